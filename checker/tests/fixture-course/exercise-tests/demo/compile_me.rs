use super::*;

#[test]
fn counts_twice() {
    assert_eq!(twice_len(String::from("abc")), 6);
}
