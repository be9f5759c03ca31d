use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

fn scalar(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[test]
fn small_example() {
    let a = [1.0, 2.0, 3.0];
    let b = [4.0, 5.0, 6.0];
    assert_eq!(dot(&a, &b), 32.0, "[1, 2, 3] · [4, 5, 6] should be 32");
    assert_eq!(
        dot(&[], &[]),
        0.0,
        "the dot product of empty slices should be 0"
    );
}

#[test]
fn equals_the_scalar_loop_for_every_length() {
    let mut rng = fastrand::Rng::with_seed(11);
    for len in 0..=200 {
        for _ in 0..3 {
            // Whole numbers up to 100: every product and sum is exact.
            let a: Vec<f32> = (0..len).map(|_| rng.i32(-10..=10) as f32).collect();
            let b: Vec<f32> = (0..len).map(|_| rng.i32(-10..=10) as f32).collect();
            let expected = scalar(&a, &b);
            let got = dot(&a, &b);
            assert_eq!(
                got, expected,
                "dot of two slices of {len} elements should be {expected}, but it is {got} (check the elements after the last full chunk of eight)"
            );
        }
    }
}

#[test]
fn different_lengths_panic() {
    let result = catch_unwind(AssertUnwindSafe(|| dot(&[1.0; 9], &[1.0; 8])));
    assert!(
        result.is_err(),
        "dot of 9 and 8 elements should panic, but it returned {result:?}"
    );
}
