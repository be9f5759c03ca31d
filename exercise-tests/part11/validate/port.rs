use super::*;

fn check(text: &str, expected: Result<u16, PortError>) {
    let got = parse_port(text).map(Port::get);
    assert_eq!(got, expected, "parse_port({text:?})");
}

#[test]
fn accepts_canonical_ports() {
    check("80", Ok(80));
    check("8080", Ok(8080));
    check("1", Ok(1));
    check("65535", Ok(65535));
}

#[test]
fn rejects_empty_text() {
    check("", Err(PortError::Empty));
}

#[test]
fn rejects_signs_and_spaces() {
    check("+80", Err(PortError::InvalidChar('+')));
    check("-80", Err(PortError::InvalidChar('-')));
    check(" 80", Err(PortError::InvalidChar(' ')));
    check("80\n", Err(PortError::InvalidChar('\n')));
    check("8O", Err(PortError::InvalidChar('O')));
}

#[test]
fn rejects_digits_of_other_scripts() {
    // ARABIC-INDIC DIGIT EIGHT and ZERO: `char::is_numeric` says yes.
    check("\u{668}\u{660}", Err(PortError::InvalidChar('\u{668}')));
    // FULLWIDTH DIGIT EIGHT
    check("\u{ff18}0", Err(PortError::InvalidChar('\u{ff18}')));
}

#[test]
fn rejects_leading_zeros() {
    check("0", Err(PortError::LeadingZero));
    check("080", Err(PortError::LeadingZero));
    check("00000000000000000000080", Err(PortError::LeadingZero));
}

#[test]
fn rejects_numbers_out_of_range_without_overflowing() {
    check("65536", Err(PortError::OutOfRange));
    check("99999", Err(PortError::OutOfRange));
    check("123456", Err(PortError::OutOfRange));
    check(
        "340282366920938463463374607431768211456",
        Err(PortError::OutOfRange),
    );
}
