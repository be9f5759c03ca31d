use super::*;

fn check(a: &[i16], b: &[i16], expected: Option<i64>) {
    let got = dot(a, b);
    assert_eq!(got, expected, "dot({a:?}, {b:?}) should be {expected:?}");
}

#[test]
fn multiplies_and_adds() {
    check(&[1, 2, 3], &[4, 5, 6], Some(32));
    check(&[-1, 2], &[3, -4], Some(-11));
    check(&[7], &[6], Some(42));
}

#[test]
fn empty_vectors_give_zero() {
    check(&[], &[], Some(0));
}

#[test]
fn different_lengths_give_none() {
    check(&[1, 2, 3], &[4, 5], None);
    check(&[4, 5], &[1, 2, 3], None);
    check(&[], &[1], None);
}

#[test]
fn large_values_do_not_overflow() {
    check(&[i16::MAX], &[i16::MAX], Some(1_073_676_289));
    check(&[i16::MIN], &[i16::MIN], Some(1_073_741_824));
    check(
        &[i16::MIN, i16::MAX],
        &[i16::MAX, i16::MIN],
        Some(-2_147_418_112),
    );
    check(&[300, 400], &[300, 400], Some(250_000));
}

#[test]
fn many_extreme_products_add_up_exactly() {
    let a = vec![i16::MIN; 10_000];
    let expected = 10_000 * 1_073_741_824;
    check(&a, &a, Some(expected));
}

#[test]
fn allocates_nothing() {
    let a: Vec<i16> = (0..100).collect();
    let b: Vec<i16> = (0..100).rev().collect();
    let (got, stats) = course_alloc::measure(|| dot(&a, &b));
    assert!(
        got.is_some(),
        "dot of two vectors of 100 values should be Some"
    );
    assert!(
        stats.is_zero(),
        "dot should not allocate, but did: {stats:?}"
    );
}
