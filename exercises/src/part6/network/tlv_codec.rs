//! Write `TlvCodec`, a tokio-util codec for a type-length-value protocol,
//! so that `Framed` can turn a socket into a stream of `Frame`s and a sink
//! for them. On the wire a frame is:
//!
//! | bytes | field                                           |
//! |-------|-------------------------------------------------|
//! | 1     | kind: 1 `Ping`, 2 `Data`, 3 `Close`             |
//! | 2     | payload length, `u16` big-endian                |
//! | n     | payload                                         |
//!
//! `Decoder::decode` gets everything received so far in `src` and:
//!
//! - returns `Ok(None)` while a whole frame has not arrived yet, leaving
//!   `src` as it is (reserve the room the rest of the frame needs);
//! - rejects an unknown kind with `CodecError::UnknownKind(byte)` and a
//!   length above `max_payload` with `CodecError::TooLong { len, max }`,
//!   both as soon as the header is there, without waiting for the payload;
//! - otherwise removes exactly one frame from the front of `src` and
//!   returns it, the payload as `Bytes` (no copy: `split_to` and `freeze`).
//!
//! `Encoder::encode` appends a frame to `dst`, or refuses a payload longer
//! than `max_payload` with `CodecError::TooLong`. I/O errors become
//! `CodecError::Io` (the `#[from]` is there).

#![allow(dead_code, unused_imports)] // course:hide

use bytes::{Buf, BufMut, Bytes, BytesMut};
use std::io;
use tokio_util::codec::{Decoder, Encoder};

/// What a frame means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A keep-alive.
    Ping,
    /// Application data.
    Data,
    /// The peer is closing.
    Close,
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// What the frame means.
    pub kind: Kind,
    /// Its payload.
    pub payload: Bytes,
}

/// What can go wrong while framing.
#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    /// The kind byte is not 1, 2 or 3.
    #[error("unknown frame kind {0}")]
    UnknownKind(u8),
    /// The payload is longer than the codec allows.
    #[error("a payload of {len} bytes is over the limit of {max}")]
    TooLong {
        /// The payload's length.
        len: usize,
        /// The codec's limit.
        max: usize,
    },
    /// The socket failed.
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// The header: a kind byte and a `u16` length.
const HEADER: usize = 3;

/// Frames `Frame`s with payloads of at most `max_payload` bytes.
#[derive(Debug, Clone)]
pub struct TlvCodec {
    max_payload: usize,
}

impl TlvCodec {
    /// A codec that allows payloads of up to `max_payload` bytes.
    pub fn new(max_payload: usize) -> Self {
        Self { max_payload }
    }
}

impl Kind {
    fn from_byte(byte: u8) -> Option<Kind> {
        match byte {
            1 => Some(Kind::Ping),
            2 => Some(Kind::Data),
            3 => Some(Kind::Close),
            _ => None,
        }
    }

    fn to_byte(self) -> u8 {
        match self {
            Kind::Ping => 1,
            Kind::Data => 2,
            Kind::Close => 3,
        }
    }
}

impl Decoder for TlvCodec {
    type Item = Frame;
    type Error = CodecError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Frame>, CodecError> {
        todo!("decode a frame from {} buffered bytes", src.len())
    }
}

impl Encoder<Frame> for TlvCodec {
    type Error = CodecError;

    fn encode(&mut self, frame: Frame, dst: &mut BytesMut) -> Result<(), CodecError> {
        todo!("encode {frame:?}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/network/tlv_codec.rs"]
mod tests;
