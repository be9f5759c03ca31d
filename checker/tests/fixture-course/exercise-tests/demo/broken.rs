use super::*;

#[test]
fn is_forty_two() {
    assert_eq!(answer(), 42);
}
