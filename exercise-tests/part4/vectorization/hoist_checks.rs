use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

fn reference(n: usize, values: &[u32], weights: &[u32]) -> u32 {
    (0..n).fold(0u32, |total, i| {
        total.wrapping_add(values[i].wrapping_mul(weights[i]))
    })
}

#[test]
fn same_results_as_the_loop_for_every_n() {
    let mut rng = fastrand::Rng::with_seed(7);
    for len in 0..=100 {
        let values: Vec<u32> = (0..len).map(|_| rng.u32(..)).collect();
        let weights: Vec<u32> = (0..len + rng.usize(0..4)).map(|_| rng.u32(..)).collect();
        for n in 0..=len {
            let expected = reference(n, &values, &weights);
            let got = weighted_sum(n, &values, &weights);
            assert_eq!(
                got,
                expected,
                "weighted_sum({n}, {len} values, {} weights) should be {expected}",
                weights.len()
            );
        }
    }
}

#[test]
fn small_example() {
    assert_eq!(
        weighted_sum(2, &[1, 2, 3], &[10, 20, 30]),
        50,
        "weighted_sum(2, [1, 2, 3], [10, 20, 30]) should be 1*10 + 2*20 = 50"
    );
}

#[test]
fn panics_when_n_is_too_large() {
    let cases: [(usize, &[u32], &[u32]); 3] = [
        (3, &[1, 2], &[1, 2, 3]),
        (3, &[1, 2, 3], &[1, 2]),
        (1, &[], &[]),
    ];
    for (n, values, weights) in cases {
        let result = catch_unwind(AssertUnwindSafe(|| weighted_sum(n, values, weights)));
        assert!(
            result.is_err(),
            "weighted_sum({n}, {values:?}, {weights:?}) should panic: n is larger than a slice, but it returned {result:?}"
        );
    }
}

#[test]
fn compiled_code_has_no_bounds_checks_and_uses_simd() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part4/vectorization/hoist_checks.rs");
    let asm = course_asm::Probe::new(file)
        .item("#[unsafe(no_mangle)] pub fn probe(n: usize, v: &[u32], w: &[u32]) -> u32 { exercise::weighted_sum(n, v, w) }")
        .compile()
        .unwrap_or_else(|e| panic!("{e}"));
    let code = asm
        .code_of("probe")
        .expect("the probe function is in the assembly");
    assert!(
        !code.mentions("panic_bounds_check"),
        "the compiled weighted_sum still checks bounds inside the loop (it calls panic_bounds_check); check the lengths once, before the loop:\n{code}"
    );
    assert!(
        !code.packed_arithmetic().is_empty(),
        "the compiled weighted_sum has no packed (SIMD) arithmetic: the loop was not vectorized:\n{code}"
    );
}
