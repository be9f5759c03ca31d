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
// `repr(u8)`: the discriminant is a `u8`, with the values written here,
// which is what makes `op as u8` the byte of the file format.
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opcode {
    /// Push the next byte of the program.
    Push = 0x01,
    /// Add the two values on top of the stack.
    Add = 0x02,
    /// Multiply the two values on top of the stack.
    Mul = 0x03,
    /// Jump to the position in the next byte.
    Jump = 0x10,
    /// Stop.
    Halt = 0xFF,
}

impl Opcode {
    /// The opcode whose byte is `byte`, or `None` for a byte the format
    /// does not use.
    pub fn from_byte(byte: u8) -> Option<Opcode> {
        Some(match byte {
            0x01 => Opcode::Push,
            0x02 => Opcode::Add,
            0x03 => Opcode::Mul,
            0x10 => Opcode::Jump,
            0xFF => Opcode::Halt,
            _ => return None,
        })
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/layout/opcode.rs"]
mod tests;
