//! Tests for `Fixed`. The library is `no_std`; the tests are an ordinary
//! crate with `std`, so they may use `format!`.

use course_fixed::Fixed;

/// `n / 65536`, for short test cases.
fn bits(n: i32) -> Fixed {
    Fixed::from_bits(n)
}

fn half() -> Fixed {
    bits(1 << 15)
}

#[test]
fn adding_in_range() {
    let sum = Fixed::from_int(1).saturating_add(half());
    assert_eq!(
        sum,
        bits(3 << 15),
        "1 + 0.5 should be 1.5 (bits 98304), got {sum:?}"
    );
    let sum = Fixed::from_int(-3).saturating_add(Fixed::from_int(2));
    assert_eq!(sum, Fixed::from_int(-1), "-3 + 2 should be -1, got {sum:?}");
}

#[test]
fn adding_saturates_instead_of_wrapping() {
    let sum = Fixed::MAX.saturating_add(Fixed::ONE);
    assert_eq!(sum, Fixed::MAX, "MAX + 1 should stay MAX, got {sum:?}");
    let sum = Fixed::MIN.saturating_add(Fixed::from_int(-1));
    assert_eq!(sum, Fixed::MIN, "MIN - 1 should stay MIN, got {sum:?}");
}

#[test]
fn multiplying() {
    let cases = [
        (Fixed::from_int(3), Fixed::from_int(4), Fixed::from_int(12)),
        (bits(3 << 15), bits(9 << 14), bits(27 << 13)), // 1.5 * 2.25 = 3.375
        (Fixed::from_int(-2), half(), Fixed::from_int(-1)),
        (
            Fixed::from_int(-3),
            Fixed::from_int(-5),
            Fixed::from_int(15),
        ),
    ];
    for (a, b, expected) in cases {
        let got = a.saturating_mul(b);
        assert_eq!(
            got, expected,
            "{a:?} * {b:?} should be {expected:?}, got {got:?}"
        );
    }
}

#[test]
fn multiplying_rounds_down() {
    // The smallest positive value times 0.5 is half a step: rounded down, 0.
    let got = bits(1).saturating_mul(half());
    assert_eq!(got, bits(0), "1/65536 * 0.5 rounds down to 0, got {got:?}");
    // ... and for a negative product, rounding down gives -1/65536, not 0.
    let got = bits(-1).saturating_mul(half());
    assert_eq!(
        got,
        bits(-1),
        "-1/65536 * 0.5 rounds down (toward negative infinity) to -1/65536, got {got:?}"
    );
}

#[test]
fn multiplying_saturates() {
    let big = Fixed::from_int(300);
    let got = big.saturating_mul(big);
    assert_eq!(
        got,
        Fixed::MAX,
        "300 * 300 does not fit and should give MAX, got {got:?}"
    );
    let got = big.saturating_mul(Fixed::from_int(-300));
    assert_eq!(got, Fixed::MIN, "300 * -300 should give MIN, got {got:?}");
}

#[test]
fn dividing() {
    let got = Fixed::from_int(3).checked_div(Fixed::from_int(2));
    assert_eq!(got, Some(bits(3 << 15)), "3 / 2 should be 1.5, got {got:?}");
    let got = Fixed::ONE.checked_div(Fixed::from_int(3));
    assert_eq!(
        got,
        Some(bits(21845)),
        "1 / 3 should be 21845/65536, got {got:?}"
    );
    let got = Fixed::from_int(-1).checked_div(Fixed::from_int(3));
    assert_eq!(
        got,
        Some(bits(-21845)),
        "-1 / 3 rounds toward zero, to -21845/65536, got {got:?}"
    );
    let got = Fixed::from_int(7).checked_div(Fixed::from_int(-7));
    assert_eq!(
        got,
        Some(Fixed::from_int(-1)),
        "7 / -7 should be -1, got {got:?}"
    );
}

#[test]
fn dividing_by_zero_or_overflowing_gives_none() {
    let got = Fixed::ONE.checked_div(Fixed::ZERO);
    assert_eq!(got, None, "1 / 0 should be None, got {got:?}");
    let got = Fixed::from_int(20_000).checked_div(half());
    assert_eq!(
        got, None,
        "20000 / 0.5 = 40000 does not fit and should be None, got {got:?}"
    );
    let got = Fixed::MIN.checked_div(bits(-1 << 16));
    assert_eq!(
        got, None,
        "MIN / -1 does not fit and should be None, got {got:?}"
    );
}

#[test]
fn floor_rounds_toward_negative_infinity() {
    let cases = [
        (bits(3 << 15), 1),
        (bits(-(1 << 15)), -1),
        (Fixed::from_int(-2), -2),
        (bits(1), 0),
        (Fixed::MIN, -32768),
        (Fixed::MAX, 32767),
    ];
    for (value, expected) in cases {
        assert_eq!(
            value.floor(),
            expected,
            "floor({value:?}) should be {expected}"
        );
    }
}

#[test]
fn display_shows_four_truncated_decimals() {
    let cases = [
        (Fixed::ZERO, "0.0000"),
        (Fixed::ONE, "1.0000"),
        (bits(3 << 15), "1.5000"),
        (Fixed::from_int(-2), "-2.0000"),
        (bits(-(1 << 15)), "-0.5000"),
        (bits(21845), "0.3333"),
        (bits(-21845), "-0.3333"),
        (bits(1), "0.0000"),
        (Fixed::MAX, "32767.9999"),
        (Fixed::MIN, "-32768.0000"),
    ];
    for (value, expected) in cases {
        let shown = value.to_string();
        assert_eq!(shown, expected, "{value:?} should display as {expected:?}");
    }
}

#[test]
fn display_writes_only_the_number() {
    let shown = format!("[{}]", Fixed::from_int(12));
    assert_eq!(shown, "[12.0000]", "Display should write only the number");
}
