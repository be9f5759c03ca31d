use super::*;
use std::mem::{size_of, size_of_val};

#[test]
fn add_adds() {
    for (n, x, expected) in [(3, 4, 7), (-10, 4, -6), (0, 9, 9)] {
        let got = add(n)(x);
        assert_eq!(got, expected, "add({n})({x}) should be {expected}");
    }
}

#[test]
fn add_holds_only_its_number() {
    let step = add(5);
    assert_eq!(
        size_of_val(&step),
        size_of::<i32>(),
        "add(5) should capture one i32 and nothing else (no Box, no reference)"
    );
}

#[test]
fn double_or_add_doubles_or_adds() {
    for (double, n, x, expected) in [(true, 10, 4, 8), (false, 10, 4, 14), (false, -1, 0, -1)] {
        let got = double_or_add(double, n)(x);
        assert_eq!(
            got, expected,
            "double_or_add({double}, {n})({x}) should be {expected}"
        );
    }
}

#[test]
fn double_or_add_holds_only_its_two_values() {
    for double in [true, false] {
        let step = double_or_add(double, 10);
        assert_eq!(
            size_of_val(&step),
            size_of::<(bool, i32)>(),
            "double_or_add({double}, 10) should capture a bool and an i32 and nothing else"
        );
    }
}

#[test]
fn apply_changes_every_value_in_place() {
    let mut values = [1, 2, 3];
    apply(&mut values, add(10));
    assert_eq!(
        values,
        [11, 12, 13],
        "apply(&mut [1, 2, 3], add(10)) should give [11, 12, 13]"
    );

    let mut none: [i32; 0] = [];
    apply(&mut none, add(10));
    assert_eq!(none, [], "apply on an empty slice should leave it empty");
}

#[test]
fn running_total_adds_up_as_it_goes() {
    let cases: [(&[i32], &[i32]); 4] = [
        (&[], &[]),
        (&[5], &[5]),
        (&[1, 2, 3], &[1, 3, 6]),
        (&[4, -4, 4, -4, 1], &[4, 0, 4, 0, 1]),
    ];
    for (input, expected) in cases {
        let mut values = input.to_vec();
        running_total(&mut values);
        assert_eq!(
            values, expected,
            "running_total({input:?}) should give {expected:?}"
        );
    }
}

#[test]
fn then_runs_first_then_second() {
    let pipeline = Then::new(add(1), double_or_add(true, 0));
    assert_eq!(pipeline.run(4), 10, "(4 + 1) * 2 should be 10");
    let reversed = Then::new(double_or_add(true, 0), add(1));
    assert_eq!(reversed.run(4), 9, "4 * 2 + 1 should be 9");
}

#[test]
fn then_is_as_big_as_its_two_steps() {
    let pipeline = Then::new(add(1), add(2));
    assert_eq!(
        size_of_val(&pipeline),
        2 * size_of::<i32>(),
        "Then::new(add(1), add(2)) should hold two i32s and nothing else"
    );
}

#[test]
fn nothing_touches_the_heap() {
    let mut values: Vec<i32> = (0..100).collect();
    let (_, stats) = course_alloc::measure(|| {
        let pipeline = Then::new(add(1), double_or_add(false, 2));
        apply(&mut values, |x| pipeline.run(x));
        running_total(&mut values);
    });
    assert_eq!(
        values[..3],
        [3, 7, 12],
        "add 1, add 2, then a running total of 0, 1, 2, …"
    );
    assert!(
        stats.is_zero(),
        "building and applying steps should not allocate, but did: {stats:?}"
    );
}
