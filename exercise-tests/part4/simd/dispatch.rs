use super::*;

fn reference(bytes: &[u8]) -> u64 {
    bytes.iter().map(|&b| u64::from(b)).sum()
}

fn random_bytes(rng: &mut fastrand::Rng, len: usize) -> Vec<u8> {
    (0..len).map(|_| rng.u8(..)).collect()
}

#[test]
fn without_avx2_only_the_scalar_kernel_runs() {
    let mut rng = fastrand::Rng::with_seed(3);
    for len in 0..=200 {
        let bytes = random_bytes(&mut rng, len);
        let got = checksum_on(false, &bytes);
        assert_eq!(
            got,
            reference(&bytes),
            "checksum_on(false, ..) of {len} bytes"
        );
        assert_eq!(
            last_kernel(),
            Some(Kernel::Scalar),
            "checksum_on(false, ..) must run the scalar kernel: a processor without AVX2 dies on the other one"
        );
    }
}

#[test]
fn with_avx2_the_avx2_kernel_runs_when_there_is_one() {
    #[cfg(target_arch = "x86_64")]
    {
        if !is_x86_feature_detected!("avx2") {
            eprintln!("this processor has no AVX2: the AVX2 path cannot be tested here");
            return;
        }
        let mut rng = fastrand::Rng::with_seed(4);
        for len in 0..=200 {
            let bytes = random_bytes(&mut rng, len);
            let got = checksum_on(true, &bytes);
            assert_eq!(
                got,
                reference(&bytes),
                "checksum_on(true, ..) of {len} bytes"
            );
            assert_eq!(
                last_kernel(),
                Some(Kernel::Avx2),
                "checksum_on(true, ..) should run the AVX2 kernel on x86-64"
            );
        }
    }
}

#[test]
fn checksum_detects_the_processor() {
    #[cfg(target_arch = "x86_64")]
    let expected = if is_x86_feature_detected!("avx2") {
        Kernel::Avx2
    } else {
        Kernel::Scalar
    };
    #[cfg(not(target_arch = "x86_64"))]
    let expected = Kernel::Scalar;
    let mut rng = fastrand::Rng::with_seed(5);
    for len in [0, 1, 31, 32, 33, 200, 4_096] {
        let bytes = random_bytes(&mut rng, len);
        assert_eq!(
            checksum(&bytes),
            reference(&bytes),
            "checksum of {len} bytes"
        );
        assert_eq!(
            last_kernel(),
            Some(expected),
            "checksum should pick {expected:?} on this processor"
        );
    }
}
