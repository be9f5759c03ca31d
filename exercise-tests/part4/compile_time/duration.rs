use super::*;

fn check(input: &str, expected: Option<u64>) {
    assert_eq!(
        parse_seconds(input),
        expected,
        "parse_seconds({input:?}) should be {expected:?}"
    );
}

#[test]
fn examples() {
    check("90s", Some(90));
    check("15m", Some(900));
    check("2h", Some(7_200));
    check("7d", Some(604_800));
    check("0s", Some(0));
    check("007m", Some(420));
}

#[test]
fn invalid_text_is_none() {
    for input in [
        "", "s", "m", "15", "15x", "15 m", " 15m", "1.5h", "-3s", "+3s", "15mm", "1h30m", "15M",
        "٣s", "1é",
    ] {
        check(input, None);
    }
}

#[test]
fn random_numbers_and_units() {
    let mut rng = fastrand::Rng::with_seed(5);
    for _ in 0..2_000 {
        let n = match rng.u8(0..4) {
            0 => rng.u64(0..100),
            1 => rng.u64(..),
            _ => {
                let bits = rng.u32(1..64);
                rng.u64(0..1 << bits)
            }
        };
        for (unit, scale) in [('s', 1u64), ('m', 60), ('h', 3_600), ('d', 86_400)] {
            check(&format!("{n}{unit}"), n.checked_mul(scale));
        }
    }
}

#[test]
fn overflow_is_none() {
    check("18446744073709551615s", Some(u64::MAX));
    check("18446744073709551616s", None);
    check("99999999999999999999999999s", None);
    check(&format!("{}m", u64::MAX / 60 + 1), None);
}

#[test]
fn seconds_gives_the_number() {
    let idle = seconds("15m");
    assert_eq!(idle, 900, "seconds(\"15m\") should be 900");
}
