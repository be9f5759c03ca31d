//! A virtual machine reads its program as bytes, one opcode per byte. The
//! byte values are fixed by the file format:
//!
//! | Opcode | Byte |
//! | --- | --- |
//! | `Push` | `0x01` |
//! | `Add` | `0x02` |
//! | `Mul` | `0x03` |
//! | `Jump` | `0x10` |
//! | `Halt` | `0xFF` |
//!
//! Give `Opcode` a defined one-byte representation with these values as
//! its discriminants, so that `op as u8` is the byte of the format, and
//! write `Opcode::from_byte`, which turns a byte back into an opcode (and
//! an unknown byte into `None`). Write it with a `match`, not with
//! `transmute`: a byte that is not a discriminant would be undefined
//! behavior.

/// One instruction of the virtual machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opcode {
    /// Push the next byte of the program.
    Push,
    /// Add the two values on top of the stack.
    Add,
    /// Multiply the two values on top of the stack.
    Mul,
    /// Jump to the position in the next byte.
    Jump,
    /// Stop.
    Halt,
}

impl Opcode {
    /// The opcode whose byte is `byte`, or `None` for a byte the format
    /// does not use.
    pub fn from_byte(byte: u8) -> Option<Opcode> {
        todo!("decode {byte:#04x}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/layout/opcode.rs"]
mod tests;
