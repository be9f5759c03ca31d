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

use std::io::{self, ErrorKind, Read, Write};

/// Writes `payload` as one frame.
pub fn write_frame(writer: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len()).map_err(|_| {
        io::Error::new(
            ErrorKind::InvalidInput,
            format!(
                "a frame holds at most {} bytes, not {}",
                u32::MAX,
                payload.len()
            ),
        )
    })?;
    // `write_all` loops over partial writes and retries `Interrupted`.
    writer.write_all(&len.to_be_bytes())?;
    writer.write_all(payload)
}

/// Reads one frame, or `None` at a clean end of the stream.
pub fn read_frame(reader: &mut impl Read, max_len: usize) -> io::Result<Option<Vec<u8>>> {
    let mut header = [0u8; 4];
    let mut filled = 0;
    // Not `read_exact`: it cannot tell "no frame at all" from "half a header".
    while filled < header.len() {
        match reader.read(&mut header[filled..]) {
            Ok(0) if filled == 0 => return Ok(None),
            Ok(0) => {
                return Err(io::Error::new(
                    ErrorKind::UnexpectedEof,
                    format!("the stream ended after {filled} of the 4 header bytes"),
                ))
            }
            Ok(n) => filled += n,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    let len = u32::from_be_bytes(header) as usize;
    if len > max_len {
        return Err(io::Error::new(
            ErrorKind::InvalidData,
            format!("a frame of {len} bytes is over the limit of {max_len}"),
        ));
    }
    let mut payload = vec![0; len];
    // `read_exact` retries `Interrupted` and reports a short stream as
    // `UnexpectedEof`.
    reader.read_exact(&mut payload)?;
    Ok(Some(payload))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/network/frames.rs"]
mod tests;
