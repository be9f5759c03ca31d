use super::*;
use std::any::Any;
use std::mem::{align_of, size_of};
use std::panic::{self, UnwindSafe};

/// Builds a `Meters` directly, so these tests do not depend on `new`.
fn m(value: f64) -> Meters {
    Meters(value)
}

#[test]
fn has_the_layout_of_an_f64() {
    assert_eq!(
        size_of::<Meters>(),
        size_of::<f64>(),
        "Meters should be exactly as big as an f64"
    );
    assert_eq!(
        align_of::<Meters>(),
        align_of::<f64>(),
        "Meters should be aligned like an f64"
    );
    assert_eq!(
        size_of::<[Meters; 3]>(),
        size_of::<[f64; 3]>(),
        "an array of Meters should be as big as an array of f64"
    );
}

#[test]
fn new_accepts_finite_non_negative_values() {
    for value in [0.0, 1.5, 400.0, f64::MAX] {
        let got = Meters::new(value).map(Meters::get);
        assert_eq!(
            got,
            Some(value),
            "Meters::new({value}) should accept the value"
        );
    }
}

#[test]
fn new_rejects_negative_and_non_finite_values() {
    for value in [
        -1.0,
        -f64::MIN_POSITIVE,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        let got = Meters::new(value);
        assert_eq!(got, None, "Meters::new({value}) should be None");
    }
}

#[test]
fn get_returns_the_number() {
    assert_eq!(m(12.5).get(), 12.5, "Meters(12.5).get() should be 12.5");
}

#[test]
fn adds_two_distances() {
    let got = m(1.5) + m(2.25);
    assert_eq!(
        got,
        m(3.75),
        "Meters(1.5) + Meters(2.25) should be Meters(3.75)"
    );
}

#[test]
fn checked_add_adds_or_reports_overflow() {
    let cases = [
        (m(1.5), m(2.25), Some(m(3.75))),
        (m(0.0), m(0.0), Some(m(0.0))),
        (m(f64::MAX), m(1.0), Some(m(f64::MAX))),
        (m(f64::MAX), m(f64::MAX), None),
        (m(f64::MAX / 2.0), m(f64::MAX), None),
    ];
    for (a, b, expected) in cases {
        let got = a.checked_add(b);
        assert_eq!(
            got, expected,
            "{a:?}.checked_add({b:?}) should be {expected:?}: None exactly when the sum is not finite"
        );
    }
}

/// The text of a panic, to say which panic happened.
fn panic_text(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Runs `f`, which must panic with a message that mentions overflow.
fn check_overflow_panic(what: &str, f: impl FnOnce() -> Meters + UnwindSafe) {
    match panic::catch_unwind(f) {
        Ok(got) => panic!(
            "{what} should panic because the sum is not finite, but it returned {got:?}: \
             a Meters must never hold infinity"
        ),
        Err(payload) => {
            let text = panic_text(&*payload);
            assert!(
                text.contains("overflow"),
                "{what} should panic with a message that says \"overflow\", but it panicked with {text:?}"
            );
        }
    }
}

#[test]
fn adding_past_the_largest_f64_panics() {
    check_overflow_panic("Meters(f64::MAX) + Meters(f64::MAX)", || {
        m(f64::MAX) + m(f64::MAX)
    });
}

#[test]
fn a_route_too_long_to_be_finite_panics() {
    let route = [m(f64::MAX), m(1.0), m(f64::MAX)];
    check_overflow_panic("summing [f64::MAX, 1, f64::MAX] m by reference", || {
        route.iter().sum()
    });
    check_overflow_panic("summing [f64::MAX, 1, f64::MAX] m by value", || {
        route.into_iter().sum()
    });
}

#[test]
fn sums_owned_and_borrowed_distances() {
    let route = [m(100.0), m(250.5), m(0.5)];
    let by_ref: Meters = route.iter().sum();
    assert_eq!(
        by_ref,
        m(351.0),
        "the sum of {route:?} (by reference) should be 351 m"
    );
    let by_value: Meters = route.into_iter().sum();
    assert_eq!(
        by_value,
        m(351.0),
        "the sum of {route:?} (by value) should be 351 m"
    );
}

#[test]
fn an_empty_route_is_zero_meters_long() {
    let route: [Meters; 0] = [];
    let by_ref: Meters = route.iter().sum();
    assert_eq!(by_ref, m(0.0), "the sum of no distances should be 0 m");
    let by_value: Meters = route.into_iter().sum();
    assert_eq!(by_value, m(0.0), "the sum of no distances should be 0 m");
}

#[test]
fn as_f64s_shows_the_same_numbers_without_copying() {
    let route = vec![m(1.0), m(2.5), m(40.0)];
    let (numbers, stats) = course_alloc::measure(|| as_f64s(&route));
    assert_eq!(
        numbers,
        [1.0, 2.5, 40.0],
        "as_f64s({route:?}) should show the same numbers"
    );
    assert_eq!(
        numbers.as_ptr() as usize,
        route.as_ptr() as usize,
        "as_f64s should point at the route's own memory, not a copy"
    );
    assert!(
        stats.is_zero(),
        "as_f64s should not allocate, but did: {stats:?}"
    );
}

#[test]
fn as_f64s_of_an_empty_slice_is_empty() {
    let route: Vec<Meters> = Vec::new();
    let numbers = as_f64s(&route);
    assert!(
        numbers.is_empty(),
        "as_f64s of no distances should be empty, got {numbers:?}"
    );
}

#[test]
fn nothing_touches_the_heap() {
    let route: Vec<Meters> = (1..=100).map(|i| m(f64::from(i))).collect();
    let (total, stats) = course_alloc::measure(|| {
        let checked = Meters::new(2.0).map(|extra| route.iter().sum::<Meters>() + extra);
        checked.map(Meters::get)
    });
    assert_eq!(
        total,
        Some(5052.0),
        "1 + 2 + … + 100 m, plus 2 m, should be 5052 m"
    );
    assert!(
        stats.is_zero(),
        "new, sum and + should not allocate, but did: {stats:?}"
    );
}
