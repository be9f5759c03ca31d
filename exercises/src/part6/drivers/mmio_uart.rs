//! Write a driver for a memory-mapped UART whose three 32-bit registers
//! sit at consecutive addresses:
//!
//! | offset | register  | bits                                                        |
//! |--------|-----------|-------------------------------------------------------------|
//! | 0x00   | `data`    | write: the byte to send (bits 7-0); read: the byte received |
//! | 0x04   | `status`  | bit 0 `TX_READY`, bit 1 `RX_READY`, bit 2 `OVERRUN` (write 1 to clear) |
//! | 0x08   | `control` | bit 0 `ENABLE`, bits 15-8 the baud-rate divisor; others reserved |
//!
//! Every access to a register is volatile (`read_volatile` and
//! `write_volatile` through a raw pointer), because the hardware reads and
//! changes them behind the compiler's back. Write the four private
//! accessors, then:
//!
//! - `enable(divisor)`: set `ENABLE` and the divisor in one write to
//!   `control`, keeping its reserved bits (read, modify, write).
//! - `write_byte(byte, max_polls)`: `Err(UartError::Disabled)` if `ENABLE`
//!   is off. Otherwise read `status` up to `max_polls` times until
//!   `TX_READY` is set, then write the byte to `data`; if it never is,
//!   return `Err(UartError::Timeout)` without writing `data`.
//! - `read_byte()`: if `OVERRUN` is set, clear it by writing *only* that
//!   bit to `status` (a read-modify-write would write back the other 1 bits
//!   too) and return `Err(UartError::Overrun)`. Else, if `RX_READY` is set,
//!   return the low 8 bits of `data`; otherwise `Ok(None)`.
//!
//! Each `unsafe` block gets a `// SAFETY:` comment that says why it is
//! sound. The tests play the hardware with an ordinary `Registers` value;
//! they also run under Miri: `cargo +nightly miri test -p exercises-mmio`.

#![no_std]
#![allow(dead_code)] // course:hide

use core::ptr::NonNull;

/// The register block, laid out as in the datasheet.
#[repr(C)]
#[derive(Debug, Default)]
pub struct Registers {
    /// 0x00: the byte to send, or the byte received.
    pub data: u32,
    /// 0x04: `TX_READY`, `RX_READY`, `OVERRUN`.
    pub status: u32,
    /// 0x08: `ENABLE` and the baud-rate divisor.
    pub control: u32,
}

/// `status`: the transmitter can take a byte.
pub const TX_READY: u32 = 1 << 0;
/// `status`: a received byte is waiting in `data`.
pub const RX_READY: u32 = 1 << 1;
/// `status`: a received byte was lost; write 1 to clear.
pub const OVERRUN: u32 = 1 << 2;
/// `control`: the UART is on.
pub const ENABLE: u32 = 1 << 0;
/// `control`: where the baud-rate divisor starts.
pub const DIVISOR_SHIFT: u32 = 8;
/// `control`: the bits of the baud-rate divisor.
pub const DIVISOR_MASK: u32 = 0xFF << DIVISOR_SHIFT;

/// What went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UartError {
    /// `write_byte` before `enable`.
    Disabled,
    /// `TX_READY` stayed clear for `max_polls` reads.
    Timeout,
    /// A received byte was lost (the flag is now cleared).
    Overrun,
}

/// A driver for one UART.
#[derive(Debug)]
pub struct Uart {
    regs: NonNull<Registers>,
}

impl Uart {
    /// A driver for the register block at `regs`.
    ///
    /// # Safety
    ///
    /// `regs` must point to the UART's register block (or to memory laid
    /// out like it), valid for volatile reads and writes for as long as the
    /// `Uart` lives, and no other `Uart` may drive the same block.
    pub unsafe fn new(regs: NonNull<Registers>) -> Self {
        Self { regs }
    }

    fn read_status(&self) -> u32 {
        // SAFETY: `new`'s contract: `regs` is valid for volatile reads.
        // `&raw const` makes a pointer to the field without a reference.
        unsafe { (&raw const (*self.regs.as_ptr()).status).read_volatile() }
    }

    fn write_status(&mut self, value: u32) {
        todo!("a volatile write of {value:#x} to status")
    }

    fn read_control(&self) -> u32 {
        todo!("a volatile read of control")
    }

    fn write_control(&mut self, value: u32) {
        todo!("a volatile write of {value:#x} to control")
    }

    fn read_data(&self) -> u32 {
        todo!("a volatile read of data")
    }

    fn write_data(&mut self, value: u32) {
        todo!("a volatile write of {value:#x} to data")
    }

    /// Switches the UART on with baud-rate divisor `divisor`.
    pub fn enable(&mut self, divisor: u8) {
        todo!("set ENABLE and divisor {divisor:#04x}, keeping the reserved bits")
    }

    /// Sends `byte`, waiting for the transmitter at most `max_polls` reads.
    pub fn write_byte(&mut self, byte: u8, max_polls: u32) -> Result<(), UartError> {
        todo!("send {byte:#04x}, polling at most {max_polls} times")
    }

    /// The received byte, if there is one.
    pub fn read_byte(&mut self) -> Result<Option<u8>, UartError> {
        todo!("report an overrun, or the received byte")
    }
}
