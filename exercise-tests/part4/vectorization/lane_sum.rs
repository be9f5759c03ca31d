use super::*;
use std::path::Path;

/// Multiples of 1/4 between -64 and 64: any sum of up to 200 of them is
/// exact in `f32`, whatever the order of the additions.
fn exact_floats(rng: &mut fastrand::Rng, len: usize) -> Vec<f32> {
    (0..len).map(|_| rng.i32(-256..=256) as f32 / 4.0).collect()
}

#[test]
fn equals_the_plain_sum_for_every_length() {
    let mut rng = fastrand::Rng::with_seed(42);
    for len in 0..=200 {
        for _ in 0..3 {
            let xs = exact_floats(&mut rng, len);
            let expected: f32 = xs.iter().sum();
            let got = sum(&xs);
            assert_eq!(
                got, expected,
                "sum of {len} floats should be {expected}, got {got} (are the last {} elements, after the full chunks of 8, counted?)",
                len % 8
            );
        }
    }
}

#[test]
fn small_examples() {
    assert_eq!(sum(&[]), 0.0, "the sum of nothing should be 0");
    assert_eq!(sum(&[1.5]), 1.5, "sum([1.5]) should be 1.5");
    let nine: Vec<f32> = (1..=9).map(|i| i as f32).collect();
    assert_eq!(sum(&nine), 45.0, "sum(1..=9) should be 45");
}

#[test]
fn compiled_code_adds_several_lanes_at_once() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part4/vectorization/lane_sum.rs");
    let asm = course_asm::Probe::new(file)
        .item("#[unsafe(no_mangle)] pub fn probe(xs: &[f32]) -> f32 { exercise::sum(xs) }")
        .compile()
        .unwrap_or_else(|e| panic!("{e}"));
    let code = asm
        .code_of("probe")
        .expect("the probe function is in the assembly");
    let float_adds: Vec<&str> = code
        .packed_arithmetic()
        .into_iter()
        .filter(|i| i.contains("addp") || i.starts_with("fadd"))
        .collect();
    assert!(
        !float_adds.is_empty(),
        "the compiled sum has no packed float addition (addps, vaddps or fadd vN.4s): it still adds one float at a time:\n{code}"
    );
}
