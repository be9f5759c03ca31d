use super::*;
use std::path::Path;

/// Whole numbers from -64 to 64 as samples: every square is a whole number
/// up to 4,096, and any sum of up to 200 of them is exact in `f32`, in
/// whatever order it is added.
fn exact_samples(rng: &mut fastrand::Rng, len: usize) -> Vec<f32> {
    (0..len).map(|_| rng.i32(-64..=64) as f32).collect()
}

/// The plain computation, one sample at a time.
fn reference(xs: &[f32]) -> f32 {
    if xs.is_empty() {
        return 0.0;
    }
    let squares: f32 = xs.iter().map(|x| x * x).sum();
    (squares / xs.len() as f32).sqrt()
}

#[test]
fn equals_the_plain_computation_for_every_length() {
    let mut rng = fastrand::Rng::with_seed(7);
    for len in 0..=200 {
        for _ in 0..3 {
            let xs = exact_samples(&mut rng, len);
            let (expected, got) = (reference(&xs), rms(&xs));
            assert_eq!(
                got,
                expected,
                "rms of {len} samples should be {expected}, got {got} (are the last {} samples, after the full chunks of 8, counted, and is the mean taken over all {len}?)",
                len % 8
            );
        }
    }
}

#[test]
fn small_examples() {
    assert_eq!(rms(&[]), 0.0, "the RMS of an empty buffer should be 0");
    assert_eq!(rms(&[-3.0]), 3.0, "rms([-3]) should be 3");
    assert_eq!(
        rms(&[3.0, 4.0, 3.0, 4.0]),
        12.5f32.sqrt(),
        "rms([3, 4, 3, 4]) should be √12.5"
    );
    let nine = [2.0f32; 9];
    assert_eq!(rms(&nine), 2.0, "nine samples of 2 should have an RMS of 2");
}

#[test]
fn compiled_code_multiplies_and_adds_several_samples_at_once() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part10/simd/rms.rs");
    let asm = course_asm::Probe::new(file)
        .item("#[unsafe(no_mangle)] pub fn probe(xs: &[f32]) -> f32 { exercise::rms(xs) }")
        .compile()
        .unwrap_or_else(|e| panic!("{e}"));
    let code = asm
        .code_of("probe")
        .expect("the probe function is in the assembly");
    let packed = code.packed_arithmetic();
    let adds = packed
        .iter()
        .any(|i| i.contains("addp") || i.starts_with("fadd"));
    let muls = packed
        .iter()
        .any(|i| i.contains("mulp") || i.starts_with("fmul") || i.contains("fmadd"));
    assert!(
        adds && muls,
        "the compiled rms has no packed float {} (mulps and addps on x86-64): it still handles one sample at a time:\n{code}",
        match (adds, muls) {
            (false, false) => "multiplication or addition",
            (false, true) => "addition",
            _ => "multiplication",
        }
    );
}
