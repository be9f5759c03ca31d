//! Write length-prefixed framing over any byte stream, blocking, with
//! `std::io`: the first step of every binary protocol on TCP. A frame is
//! the payload's length as a 4-byte big-endian `u32`, then the payload.
//!
//! - `write_frame(writer, payload)` writes one frame. A payload longer than
//!   `u32::MAX` bytes is `ErrorKind::InvalidInput`. `write` may accept only
//!   part of a buffer (a socket's send buffer is full): every byte must
//!   still go out.
//! - `read_frame(reader, max_len)` reads one frame. `read` may return fewer
//!   bytes than asked (a TCP segment ends), or fail with
//!   `ErrorKind::Interrupted` (a signal), which means "try again".
//!   - The stream ending *before* a frame starts is the normal end:
//!     `Ok(None)`.
//!   - The stream ending *inside* a frame (in the header or the payload) is
//!     `ErrorKind::UnexpectedEof`.
//!   - A length above `max_len` is `ErrorKind::InvalidData`, returned
//!     before reading or allocating the payload: a peer must not make the
//!     server allocate 4 GiB by sending four bytes.

#![allow(unused_imports)] // course:hide

use std::io::{self, ErrorKind, Read, Write};

/// Writes `payload` as one frame.
pub fn write_frame(writer: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    todo!("write a frame of {} bytes", payload.len())
}

/// Reads one frame, or `None` at a clean end of the stream.
pub fn read_frame(reader: &mut impl Read, max_len: usize) -> io::Result<Option<Vec<u8>>> {
    todo!("read one frame of at most {max_len} bytes")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/network/frames.rs"]
mod tests;
