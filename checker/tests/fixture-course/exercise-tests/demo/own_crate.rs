use own_crate::triple;

#[test]
fn triples() {
    assert_eq!(triple(4), 12, "triple(4) should be 12");
}
