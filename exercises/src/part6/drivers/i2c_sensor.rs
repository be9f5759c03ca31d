//! Write a driver for the TH-01, a made-up I²C temperature and humidity
//! sensor, against the embedded-hal 1.0 traits `I2c` and `DelayNs`, so that
//! it runs on any microcontroller whose HAL implements them (and, in the
//! tests, on embedded-hal-mock's mocks). Its datasheet:
//!
//! - Bus address: given to `Th01::new` (0x40 on most boards).
//! - Register `WHO_AM_I` (0x0F) reads `0xBC`.
//! - Writing `[CTRL, START]` (`[0x20, 0x01]`) starts one measurement.
//! - Register `STATUS` (0x27): bit 0 is set once the measurement is ready,
//!   typically within 5 ms.
//! - Register `DATA` (0x28): 5 bytes. Bytes 0-1: temperature in hundredths
//!   of a degree Celsius, `i16` little-endian. Bytes 2-3: relative humidity
//!   in hundredths of a percent, `u16` little-endian. Byte 4: the CRC-8 of
//!   bytes 0-3 (`crc8`, given).
//!
//! Read a register with one `write_read(address, &[REGISTER], &mut buf)`.
//! Write:
//!
//! - `init`: read `WHO_AM_I`; any other value is `Error::WrongChip(value)`.
//! - `measure`: write `[CTRL, START]`, then up to `MAX_POLLS` times wait
//!   `POLL_INTERVAL_MS` with `delay_ms` and read `STATUS`, until bit 0 is
//!   set; if it never is, `Error::Timeout`. Then read the 5 `DATA` bytes,
//!   check the CRC (`Error::Crc` if it does not match) and decode them.
//! - Every bus error is returned as `Error::Bus(e)`, at once: after a
//!   failed transfer the driver does nothing more on the bus.
//! - `release` gives the bus and the delay back.
//!
//! The crate is `#![no_std]`; `make test` builds the solution for
//! `thumbv7em-none-eabihf`. The tests list the exact bus transactions each
//! case expects; a transaction the test did not expect fails the test.

#![no_std]
#![allow(dead_code)] // course:hide

use embedded_hal::delay::DelayNs;
use embedded_hal::i2c::I2c;

/// Register: the chip's identity.
pub const WHO_AM_I: u8 = 0x0F;
/// What `WHO_AM_I` reads on a TH-01.
pub const CHIP_ID: u8 = 0xBC;
/// Register: control.
pub const CTRL: u8 = 0x20;
/// `CTRL` value: start one measurement.
pub const START: u8 = 0x01;
/// Register: status; bit 0 is "data ready".
pub const STATUS: u8 = 0x27;
/// Register: the 5 bytes of a measurement.
pub const DATA: u8 = 0x28;
/// How many times `measure` reads `STATUS` before giving up.
pub const MAX_POLLS: usize = 5;
/// How long `measure` waits before each read of `STATUS`.
pub const POLL_INTERVAL_MS: u32 = 2;

/// One measurement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measurement {
    /// Temperature in hundredths of a degree Celsius.
    pub centi_celsius: i16,
    /// Relative humidity in hundredths of a percent.
    pub centi_percent_rh: u16,
}

/// What went wrong, with the bus's own error type `E`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error<E> {
    /// The I²C transfer failed.
    Bus(E),
    /// `WHO_AM_I` read this instead of `CHIP_ID`.
    WrongChip(u8),
    /// The measurement was not ready after `MAX_POLLS` polls.
    Timeout,
    /// The data's CRC did not match.
    Crc,
}

/// The CRC-8 the sensor sends (polynomial 0x31, initial value 0xFF).
pub fn crc8(bytes: &[u8]) -> u8 {
    let mut crc = 0xFFu8;
    for &byte in bytes {
        crc ^= byte;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 {
                (crc << 1) ^ 0x31
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// A TH-01 on an I²C bus.
#[derive(Debug)]
pub struct Th01<I2C, D> {
    i2c: I2C,
    delay: D,
    address: u8,
}

impl<I2C: I2c, D: DelayNs> Th01<I2C, D> {
    /// A driver for the sensor at `address`. Does not touch the bus.
    pub fn new(i2c: I2C, delay: D, address: u8) -> Self {
        Self {
            i2c,
            delay,
            address,
        }
    }

    /// Reads `buf.len()` bytes starting at `register`.
    fn read_register(&mut self, register: u8, buf: &mut [u8]) -> Result<(), Error<I2C::Error>> {
        self.i2c
            .write_read(self.address, &[register], buf)
            .map_err(Error::Bus)
    }

    /// Checks that the chip is a TH-01.
    pub fn init(&mut self) -> Result<(), Error<I2C::Error>> {
        todo!("read WHO_AM_I from the chip at {:#04x}", self.address)
    }

    /// Takes one measurement.
    pub fn measure(&mut self) -> Result<Measurement, Error<I2C::Error>> {
        todo!("start, poll STATUS, read and check DATA")
    }

    /// Gives the bus and the delay back.
    pub fn release(self) -> (I2C, D) {
        (self.i2c, self.delay)
    }
}
