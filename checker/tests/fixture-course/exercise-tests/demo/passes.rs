use super::*;

#[test]
fn adds_small_numbers() {
    assert_eq!(add(2, 3), 5);
}

#[test]
fn adds_zero() {
    assert_eq!(add(7, 0), 7);
}
