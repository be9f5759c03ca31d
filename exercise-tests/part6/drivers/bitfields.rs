use super::*;

#[test]
fn reading_the_fields_of_a_datasheet_example() {
    // 0b1010_0111_1001_0101: ODR 7, RANGE 0b10 (±8 g), LOW_POWER 1.
    let config = Config::from_bits(0b1010_0111_1001_0101);
    assert_eq!(
        config.odr(),
        7,
        "bits 11-8 of {:#018b} hold ODR 7",
        config.bits()
    );
    assert_eq!(
        config.range(),
        Range::G8,
        "bits 7-6 of {:#018b} are 0b10, ±8 g",
        config.bits()
    );
    assert!(
        config.low_power(),
        "bit 4 of {:#018b} is set",
        config.bits()
    );
}

#[test]
fn reading_every_range() {
    let cases = [
        (0b00, Range::G2),
        (0b01, Range::G4),
        (0b10, Range::G8),
        (0b11, Range::G16),
    ];
    for (code, expected) in cases {
        let config = Config::from_bits(code << 6);
        assert_eq!(
            config.range(),
            expected,
            "RANGE bits {code:#04b} mean {expected:?}"
        );
    }
}

#[test]
fn reserved_bits_do_not_leak_into_fields() {
    let config = Config::from_bits(0b1111_0000_0010_1111);
    assert_eq!(
        config.odr(),
        0,
        "only reserved bits are set in {:#018b}: ODR is 0",
        config.bits()
    );
    assert_eq!(
        config.range(),
        Range::G2,
        "only reserved bits are set: RANGE is ±2 g"
    );
    assert!(
        !config.low_power(),
        "only reserved bits are set: LOW_POWER is off"
    );
}

#[test]
fn setting_a_field_keeps_every_other_bit() {
    for start in [0x0000u16, 0xFFFF, 0b1010_0101_0110_1001] {
        let config = Config::from_bits(start);
        let changed = config.with_odr(0b0110).unwrap();
        assert_eq!(
            changed.bits(),
            (start & !0x0F00) | 0x0600,
            "with_odr(6) on {start:#018b} should change bits 11-8 only"
        );
        let changed = config.with_range(Range::G4);
        assert_eq!(
            changed.bits(),
            (start & !0x00C0) | 0x0040,
            "with_range(G4) on {start:#018b} should change bits 7-6 only"
        );
        let changed = config.with_low_power(true);
        assert_eq!(
            changed.bits(),
            start | 0x0010,
            "with_low_power(true) on {start:#018b}"
        );
        let changed = config.with_low_power(false);
        assert_eq!(
            changed.bits(),
            start & !0x0010,
            "with_low_power(false) on {start:#018b}"
        );
    }
}

#[test]
fn fields_read_back_what_was_written() {
    let mut config = Config::from_bits(0xA00F);
    for code in 0..=15 {
        config = config.with_odr(code).unwrap();
        assert_eq!(config.odr(), code, "with_odr({code}) then odr()");
    }
    for range in [Range::G16, Range::G2, Range::G8, Range::G4] {
        config = config.with_range(range);
        assert_eq!(config.range(), range, "with_range({range:?}) then range()");
    }
    assert_eq!(
        config.bits() & 0xF02F,
        0xA00F,
        "the reserved bits should be untouched"
    );
}

#[test]
fn an_odr_code_too_big_is_refused() {
    let config = Config::from_bits(0);
    for code in [16, 17, 255] {
        assert_eq!(
            config.with_odr(code),
            Err(OdrOutOfRange(code)),
            "ODR has 4 bits: with_odr({code}) should be refused"
        );
    }
}
