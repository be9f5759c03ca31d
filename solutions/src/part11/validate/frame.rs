//! A peer sends messages as *frames*: a 4-byte big-endian length, then that
//! many bytes of payload. The length comes from the peer, so it is
//! untrusted input like any other. Write `read_frame`:
//!
//! - read the 4-byte length; if it is larger than `max_len`, return
//!   `Err(FrameError::TooLarge { declared })` *before* allocating or
//!   reading anything more;
//! - otherwise read exactly that many bytes and return them; a stream that
//!   ends early is an `Err(FrameError::Io(..))` with the kind
//!   `UnexpectedEof`;
//! - read nothing past the frame: the next frame must still be readable
//!   from the same reader.
//!
//! The tests count what your code allocates: a frame that declares 4 GiB
//! must not cost 4 GiB (or any large amount) of memory.

use std::io::{self, Read};

/// Why a frame could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("the frame declares {declared} bytes, more than allowed")]
    TooLarge { declared: u32 },
    #[error("reading the frame failed: {0}")]
    Io(#[from] io::Error),
}

/// Reads one length-prefixed frame of at most `max_len` bytes.
pub fn read_frame(reader: &mut impl Read, max_len: u32) -> Result<Vec<u8>, FrameError> {
    let mut prefix = [0u8; 4];
    reader.read_exact(&mut prefix)?;
    let declared = u32::from_be_bytes(prefix);
    if declared > max_len {
        return Err(FrameError::TooLarge { declared });
    }
    // Allocate what was declared only now that it is known to be allowed.
    let mut payload = vec![0u8; declared as usize];
    reader.read_exact(&mut payload)?;
    Ok(payload)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/validate/frame.rs"]
mod tests;
