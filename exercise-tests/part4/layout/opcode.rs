use super::*;
use std::mem::{align_of, size_of};

const TABLE: [(Opcode, u8); 5] = [
    (Opcode::Push, 0x01),
    (Opcode::Add, 0x02),
    (Opcode::Mul, 0x03),
    (Opcode::Jump, 0x10),
    (Opcode::Halt, 0xFF),
];

#[test]
fn an_opcode_is_one_byte() {
    assert_eq!(
        size_of::<Opcode>(),
        1,
        "an Opcode should be one byte, but it is {}",
        size_of::<Opcode>()
    );
    assert_eq!(
        align_of::<Opcode>(),
        1,
        "an Opcode should be aligned to 1, but it is aligned to {}",
        align_of::<Opcode>()
    );
}

#[test]
fn each_opcode_casts_to_its_byte() {
    for (op, byte) in TABLE {
        assert_eq!(
            op as u8, byte,
            "{op:?} as u8 should be {byte:#04x}, the byte of the file format, but it is {:#04x}",
            op as u8
        );
    }
}

#[test]
fn every_byte_decodes_to_its_opcode_or_none() {
    for byte in 0..=u8::MAX {
        let expected = TABLE.iter().find(|&&(_, b)| b == byte).map(|&(op, _)| op);
        let got = Opcode::from_byte(byte);
        assert_eq!(
            got, expected,
            "Opcode::from_byte({byte:#04x}) should be {expected:?}, but it is {got:?}"
        );
    }
}
