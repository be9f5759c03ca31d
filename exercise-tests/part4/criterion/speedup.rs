use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

fn same(got: Range, expected: (f64, f64, f64)) -> bool {
    close(got.low, expected.0) && close(got.mid, expected.1) && close(got.high, expected.2)
}

fn estimate(low: f64, mid: f64, high: f64) -> Estimate {
    Estimate { low, mid, high }
}

#[test]
fn the_parse_sum_example() {
    // split/1024 against bytes/1024 from the chapter's table.
    let before = estimate(29_531.0, 30_682.0, 31_939.0);
    let after = estimate(9_154.3, 9_648.3, 10_216.0);
    let got = speedup(&before, &after);
    let expected = (29_531.0 / 10_216.0, 30_682.0 / 9_648.3, 31_939.0 / 9_154.3);
    assert!(
        same(got, expected),
        "speedup of the chapter's example should be {expected:?}, but it is {got:?}"
    );
    assert!(
        got.is_clear_gain(),
        "{got:?} lies entirely above 1: a clear gain"
    );
}

#[test]
fn ranges_from_random_intervals() {
    let mut rng = fastrand::Rng::with_seed(29);
    for _ in 0..1_000 {
        let make = |rng: &mut fastrand::Rng| {
            let mid = 1.0 + rng.f64() * 1e6;
            estimate(
                mid * (1.0 - rng.f64() * 0.3),
                mid,
                mid * (1.0 + rng.f64() * 0.3),
            )
        };
        let (before, after) = (make(&mut rng), make(&mut rng));
        let got = speedup(&before, &after);
        let expected = (
            before.low / after.high,
            before.mid / after.mid,
            before.high / after.low,
        );
        assert!(
            same(got, expected),
            "speedup({before:?}, {after:?}) should be {expected:?}, but it is {got:?}"
        );
        assert!(
            got.low <= got.mid && got.mid <= got.high,
            "a range is ordered: {got:?}"
        );
        assert_eq!(
            got.is_clear_gain(),
            expected.0 > 1.0,
            "is_clear_gain of {got:?}"
        );
        let bytes = rng.u64(1..1 << 30);
        let got = throughput(bytes, &after);
        let b = bytes as f64 * 1e9;
        let expected = (b / after.high, b / after.mid, b / after.low);
        assert!(
            same(got, expected),
            "throughput({bytes}, {after:?}) should be {expected:?} bytes/s, but it is {got:?}"
        );
    }
}

#[test]
fn overlapping_intervals_are_not_a_clear_gain() {
    let before = estimate(100.0, 110.0, 120.0);
    let after = estimate(90.0, 100.0, 105.0);
    let got = speedup(&before, &after);
    assert!(got.mid > 1.0, "the estimate says faster: {got:?}");
    assert!(
        !got.is_clear_gain(),
        "but the pessimistic end, 100/105, is below 1: not a clear gain ({got:?})"
    );
    let one = throughput(1_000_000_000, &estimate(1e9, 1e9, 1e9));
    assert!(
        same(one, (1e9, 1e9, 1e9)),
        "a GB in a second is 1e9 bytes/s, but it is {one:?}"
    );
}
