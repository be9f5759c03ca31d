//! Write SLIP framing (RFC 1055), the way a microcontroller sends packets
//! over a serial line: without a heap, one byte at a time.
//!
//! A frame is `END`, the payload with two bytes escaped, then `END`. An
//! `END` byte (0xC0) in the payload is sent as `ESC ESC_END` (0xDB 0xDC),
//! and an `ESC` byte (0xDB) as `ESC ESC_ESC` (0xDB 0xDD).
//!
//! - `encode::<N>(payload)` returns the whole frame in a
//!   `heapless::Vec<u8, N>`, or `Err(Overflow)` if it needs more than `N`
//!   bytes.
//! - `Decoder::<N>::feed(byte)` takes the bytes of the line as they arrive
//!   (from a UART interrupt, say). At an `END` that closes a non-empty
//!   frame, it returns `Some(Ok(payload))`. Empty frames (two `END`s in a
//!   row, which senders use to flush line noise) give `None`, as does every
//!   byte that does not close a frame.
//! - Errors are reported once, at the `END` that closes the bad frame, and
//!   the decoder is then ready for the next frame:
//!   `Some(Err(FrameError::TooLong))` when the payload would not fit in `N`
//!   bytes (drop the rest of the frame as it arrives), and
//!   `Some(Err(FrameError::BadEscape))` when `ESC` is followed by anything
//!   but `ESC_END` or `ESC_ESC`.
//!
//! The crate is `#![no_std]`; `make test` builds the solution for
//! `thumbv7em-none-eabihf`.

#![no_std]
#![allow(dead_code)] // course:hide

use heapless::Vec;

/// Starts and ends a frame.
pub const END: u8 = 0xC0;
/// Starts an escape sequence.
pub const ESC: u8 = 0xDB;
/// After `ESC`: a payload byte `END`.
pub const ESC_END: u8 = 0xDC;
/// After `ESC`: a payload byte `ESC`.
pub const ESC_ESC: u8 = 0xDD;

/// The encoded frame does not fit in the buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overflow;

/// Why a received frame was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameError {
    /// The payload did not fit in the decoder's buffer.
    TooLong,
    /// `ESC` was followed by a byte other than `ESC_END` or `ESC_ESC`.
    BadEscape,
}

/// Encodes `payload` as one SLIP frame.
pub fn encode<const N: usize>(payload: &[u8]) -> Result<Vec<u8, N>, Overflow> {
    todo!("frame {payload:?} into at most {N} bytes")
}

/// Where the decoder is within a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Reading payload bytes.
    Normal,
    /// The last byte was `ESC`.
    Escaped,
    /// The frame is bad; skipping to its `END`.
    Dropping(FrameError),
}

/// Reassembles frames from the bytes of a serial line.
#[derive(Debug)]
pub struct Decoder<const N: usize> {
    payload: Vec<u8, N>,
    state: State,
}

impl<const N: usize> Default for Decoder<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Decoder<N> {
    /// A decoder waiting for a frame.
    pub const fn new() -> Self {
        Self {
            payload: Vec::new(),
            state: State::Normal,
        }
    }

    /// Takes the next byte of the line; returns a frame (or why it was
    /// dropped) at the `END` that closes it.
    pub fn feed(&mut self, byte: u8) -> Option<Result<Vec<u8, N>, FrameError>> {
        todo!("take byte {byte:#04x}")
    }

    /// Forgets the frame so far and skips to its end.
    fn drop_frame(&mut self, error: FrameError) {
        self.payload.clear();
        self.state = State::Dropping(error);
    }
}
