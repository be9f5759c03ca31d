//! `Header` is the fixed-size header of a record that a C library writes
//! to disk, so it is `#[repr(C)]`: its fields stay in the order they are
//! written, and the compiler adds padding so that each field sits at a
//! multiple of its alignment. In this order that padding makes a header of
//! 32 bytes that carries 19 bytes of data.
//!
//! Reorder the fields (and change nothing else) so that `Header` takes 16
//! bytes. Keep `#[repr(C)]`: the C side will be updated to the new order,
//! but it needs a defined one. The tests check `size_of`, `align_of`, and
//! that the fields still hold what they are given.

/// The header of one record.
// Largest alignment first: after the `u64` at 0 and the `u32` at 8, the
// three one-byte fields fill 12..15, and one byte of tail padding rounds
// the size up to a multiple of 8.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// The record's unique id.
    pub id: u64,
    /// The length of the payload in bytes.
    pub len: u32,
    /// The kind of record.
    pub kind: u8,
    /// Whether the record is compressed.
    pub compressed: bool,
    /// Whether the record must be processed first.
    pub urgent: bool,
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/layout/field_order.rs"]
mod tests;
