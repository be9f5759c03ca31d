//! Tests for the UART driver. The "hardware" is an ordinary `Registers`
//! value; the test reads and writes it through the same raw pointer the
//! driver has (as a second bus master would), never through a reference,
//! so that the tests are sound under Miri too.

use course_mmio::{Registers, Uart, UartError, DIVISOR_MASK, ENABLE, OVERRUN, RX_READY, TX_READY};
use std::mem::{offset_of, size_of};
use std::ptr::NonNull;

/// The register block and the driver, as on a board.
struct Board {
    regs: NonNull<Registers>,
    uart: Uart,
}

impl Board {
    fn new(data: u32, status: u32, control: u32) -> Self {
        let regs = NonNull::from(Box::leak(Box::new(Registers {
            data,
            status,
            control,
        })));
        // SAFETY: the block is leaked, so valid for the whole test, and this
        // is its only driver.
        let uart = unsafe { Uart::new(regs) };
        Board { regs, uart }
    }

    fn data(&self) -> u32 {
        // SAFETY: the leaked block is valid; the test is single-threaded.
        unsafe { (&raw const (*self.regs.as_ptr()).data).read_volatile() }
    }

    fn status(&self) -> u32 {
        // SAFETY: as above.
        unsafe { (&raw const (*self.regs.as_ptr()).status).read_volatile() }
    }

    fn control(&self) -> u32 {
        // SAFETY: as above.
        unsafe { (&raw const (*self.regs.as_ptr()).control).read_volatile() }
    }
}

impl Drop for Board {
    fn drop(&mut self) {
        // SAFETY: the block came from `Box::leak` and the driver is done.
        drop(unsafe { Box::from_raw(self.regs.as_ptr()) });
    }
}

#[test]
fn the_register_block_matches_the_datasheet() {
    assert_eq!(offset_of!(Registers, data), 0x00, "data is at offset 0x00");
    assert_eq!(
        offset_of!(Registers, status),
        0x04,
        "status is at offset 0x04"
    );
    assert_eq!(
        offset_of!(Registers, control),
        0x08,
        "control is at offset 0x08"
    );
    assert_eq!(size_of::<Registers>(), 12, "three 32-bit registers");
}

#[test]
fn enable_sets_the_divisor_and_keeps_reserved_bits() {
    let mut board = Board::new(0, 0, 0xF000_00F0);
    board.uart.enable(0x2A);
    assert_eq!(
        board.control(),
        0xF000_2AF1,
        "control 0xF000_00F0 after enable(0x2A) should be {:#010x}, got {:#010x}",
        0xF000_2AF1u32,
        board.control()
    );
    board.uart.enable(0x05);
    assert_eq!(
        board.control() & DIVISOR_MASK,
        0x0500,
        "a second enable(0x05) should replace the divisor, not OR into it: control is {:#010x}",
        board.control()
    );
}

#[test]
fn write_byte_sends_when_the_transmitter_is_ready() {
    let mut board = Board::new(0, TX_READY, ENABLE);
    let result = board.uart.write_byte(b'R', 3);
    assert_eq!(
        result,
        Ok(()),
        "with TX_READY set, write_byte should succeed"
    );
    assert_eq!(
        board.data(),
        u32::from(b'R'),
        "the byte should be written to data"
    );
}

#[test]
fn write_byte_before_enable_is_refused() {
    let mut board = Board::new(0xDEAD_BEEF, TX_READY, 0);
    let result = board.uart.write_byte(b'x', 3);
    assert_eq!(
        result,
        Err(UartError::Disabled),
        "ENABLE is off: write_byte should refuse"
    );
    assert_eq!(
        board.data(),
        0xDEAD_BEEF,
        "nothing should be written to data"
    );
}

#[test]
fn write_byte_times_out_when_the_transmitter_stays_busy() {
    let mut board = Board::new(0xDEAD_BEEF, RX_READY, ENABLE);
    let result = board.uart.write_byte(b'x', 5);
    assert_eq!(
        result,
        Err(UartError::Timeout),
        "TX_READY never set: Timeout after 5 polls"
    );
    assert_eq!(
        board.data(),
        0xDEAD_BEEF,
        "a timed-out write must not touch data, got {:#010x}",
        board.data()
    );
    let result = board.uart.write_byte(b'x', 0);
    assert_eq!(
        result,
        Err(UartError::Timeout),
        "with max_polls 0, there is no time to wait"
    );
}

#[test]
fn read_byte_returns_the_low_eight_bits() {
    let mut board = Board::new(0xABCD_0141, RX_READY | TX_READY, ENABLE);
    let result = board.uart.read_byte();
    assert_eq!(
        result,
        Ok(Some(0x41)),
        "data 0xABCD_0141 holds the byte 0x41 in bits 7-0"
    );
}

#[test]
fn read_byte_without_data_returns_none() {
    let mut board = Board::new(0x41, TX_READY, ENABLE);
    assert_eq!(board.uart.read_byte(), Ok(None), "RX_READY clear: no byte");
}

#[test]
fn an_overrun_is_reported_and_cleared_by_writing_one_bit() {
    let mut board = Board::new(0x41, OVERRUN | RX_READY | TX_READY, ENABLE);
    let result = board.uart.read_byte();
    assert_eq!(
        result,
        Err(UartError::Overrun),
        "OVERRUN set: read_byte should report it"
    );
    assert_eq!(
        board.status(),
        OVERRUN,
        "to clear OVERRUN, write exactly {OVERRUN:#x} to status (write 1 to clear); \
         the last value written was {:#x}",
        board.status()
    );
}
