use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

fn reference(signal: &[i32], taps: &[i32]) -> i32 {
    let n = signal.len();
    (0..n).fold(0i32, |total, i| {
        total.wrapping_add(signal[i].wrapping_mul(taps[n - 1 - i]))
    })
}

#[test]
fn same_results_as_the_loop_for_every_length() {
    let mut rng = fastrand::Rng::with_seed(7);
    for n in 0..=200 {
        for extra in [0, 1, 5] {
            let signal: Vec<i32> = (0..n).map(|_| rng.i32(..)).collect();
            let taps: Vec<i32> = (0..n + extra).map(|_| rng.i32(..)).collect();
            let expected = reference(&signal, &taps);
            let got = correlate(&signal, &taps);
            assert_eq!(
                got,
                expected,
                "correlate of {n} samples with {} taps should be {expected}",
                taps.len()
            );
        }
    }
}

#[test]
fn small_example() {
    assert_eq!(
        correlate(&[1, 2, 3], &[10, 20, 30, 40]),
        100,
        "correlate([1, 2, 3], [10, 20, 30, 40]) should be 1*30 + 2*20 + 3*10 = 100"
    );
    assert_eq!(correlate(&[], &[]), 0, "correlate of nothing should be 0");
}

#[test]
fn panics_when_the_taps_are_too_short() {
    let cases: [(&[i32], &[i32]); 2] = [(&[1, 2, 3], &[1, 2]), (&[1], &[])];
    for (signal, taps) in cases {
        let result = catch_unwind(AssertUnwindSafe(|| correlate(signal, taps)));
        assert!(
            result.is_err(),
            "correlate({signal:?}, {taps:?}) should panic: the taps are shorter than the signal, but it returned {result:?}"
        );
    }
}

#[test]
fn compiled_code_has_no_bounds_checks_and_uses_simd() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part4/vectorization/hoist_checks.rs");
    let asm = course_asm::Probe::new(file)
        .item("#[unsafe(no_mangle)] pub fn probe(s: &[i32], t: &[i32]) -> i32 { exercise::correlate(s, t) }")
        .compile()
        .unwrap_or_else(|e| panic!("{e}"));
    let code = asm
        .code_of("probe")
        .expect("the probe function is in the assembly");
    assert!(
        !code.mentions("panic_bounds_check"),
        "the compiled correlate still checks bounds inside the loop (it calls panic_bounds_check): make the length of `taps` known before the loop:\n{code}"
    );
    assert!(
        !code.packed_arithmetic().is_empty(),
        "the compiled correlate has no packed (SIMD) arithmetic: the loop was not vectorized:\n{code}"
    );
}
