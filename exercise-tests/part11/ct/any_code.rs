use super::*;
use std::cell::Cell;

thread_local! {
    static COMPARISONS: Cell<usize> = const { Cell::new(0) };
}

/// A code whose comparisons are counted.
struct Counted(u64);

impl ConstantTimeEq for Counted {
    fn ct_eq(&self, other: &Counted) -> Choice {
        COMPARISONS.with(|c| c.set(c.get() + 1));
        self.0.ct_eq(&other.0)
    }
}

/// `matches_any` on counted codes: (result, number of `ct_eq` calls).
fn counted(codes: &[u64], presented: u64) -> (bool, usize) {
    let codes: Vec<Counted> = codes.iter().copied().map(Counted).collect();
    COMPARISONS.with(|c| c.set(0));
    let found = bool::from(matches_any(&codes, &Counted(presented)));
    (found, COMPARISONS.with(Cell::get))
}

const CODES: [u64; 10] = [
    482_913, 100_200, 999_999, 123_456, 654_321, 777_000, 314_159, 271_828, 161_803, 141_421,
];

#[test]
fn finds_a_code_anywhere_in_the_list() {
    for code in CODES {
        assert!(
            bool::from(matches_any(&CODES, &code)),
            "{code} is in the list"
        );
    }
}

#[test]
fn rejects_codes_not_in_the_list() {
    for code in [0, 482_914, 1_000_000, u64::MAX] {
        assert!(
            !bool::from(matches_any(&CODES, &code)),
            "{code} is not in the list"
        );
    }
    assert!(
        !bool::from(matches_any::<u64>(&[], &482_913)),
        "an empty list matches nothing"
    );
}

#[test]
fn compares_with_every_code_when_the_first_matches() {
    assert_eq!(
        counted(&CODES, CODES[0]),
        (true, CODES.len()),
        "(found, ct_eq calls) for a match at the first position"
    );
}

#[test]
fn compares_with_every_code_whatever_matches() {
    for (i, code) in CODES.iter().enumerate() {
        assert_eq!(
            counted(&CODES, *code),
            (true, CODES.len()),
            "(found, ct_eq calls) for a match at position {i}"
        );
    }
    assert_eq!(
        counted(&CODES, 5),
        (false, CODES.len()),
        "(found, ct_eq calls) for no match"
    );
}
