//! A chat server keeps the messages it has not sent yet in a queue. Most of
//! them are pings and short texts, yet every `Message` takes more than a
//! kilobyte, because an enum is as large as its largest variant: each `Ping`
//! in the queue reserves room for a whole `Frame`.
//!
//! Make `Message` at most 32 bytes on a 64-bit target by moving the frame's
//! bytes to the heap. Keep the public functions' signatures, and keep what
//! they return: the tests check the size and the behavior.

/// Bytes in one binary frame.
pub const FRAME_LEN: usize = 1024;

/// A message waiting to be sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Keeps the connection alive; carries nothing.
    Ping,
    /// A line of text.
    Text(String),
    /// A fixed-size binary frame. The box keeps the enum small: the variant
    /// holds an 8-byte pointer, and the kilobyte lives on the heap.
    Frame(Box<[u8; FRAME_LEN]>),
}

impl Message {
    /// A frame that holds `bytes`.
    pub fn frame(bytes: [u8; FRAME_LEN]) -> Message {
        Message::Frame(Box::new(bytes))
    }

    /// The bytes the message carries: none for a ping.
    pub fn payload(&self) -> &[u8] {
        match self {
            Message::Ping => &[],
            Message::Text(text) => text.as_bytes(),
            Message::Frame(bytes) => bytes.as_slice(),
        }
    }

    /// How many bytes the message puts on the wire: a one-byte kind, then
    /// the payload.
    pub fn wire_len(&self) -> usize {
        1 + self.payload().len()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/stack_heap/shrink_message.rs"]
mod tests;
