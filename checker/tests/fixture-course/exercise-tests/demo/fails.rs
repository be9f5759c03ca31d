use super::*;

#[test]
fn doubles_one() {
    assert_eq!(double(1), 2);
}

#[test]
fn doubles_two() {
    let got = double(2);
    let expected = 4;
    assert_eq!(got, expected, "double(2) should be 4");
}
