use super::*;

/// `(2 + 3) * -(4)`, built through the public functions only.
fn sample() -> Expr {
    mul(add(num(2), num(3)), neg(num(4)))
}

#[test]
fn a_number_is_itself() {
    assert_eq!(num(42).eval(), 42, "num(42).eval() should be 42");
    assert_eq!(num(-7).render(), "-7", "num(-7).render() should be \"-7\"");
}

#[test]
fn evaluates_nested_operations() {
    assert_eq!(sample().eval(), -20, "(2 + 3) * -4 should evaluate to -20");
    let deeper = add(sample(), mul(num(10), num(10)));
    assert_eq!(
        deeper.eval(),
        80,
        "((2 + 3) * -4) + (10 * 10) should evaluate to 80"
    );
}

#[test]
fn renders_with_parentheses() {
    assert_eq!(
        sample().render(),
        "((2 + 3) * -4)",
        "render() of mul(add(num(2), num(3)), neg(num(4)))"
    );
    assert_eq!(
        neg(neg(num(1))).render(),
        "--1",
        "render() of neg(neg(num(1)))"
    );
}

#[test]
fn overflow_wraps() {
    assert_eq!(
        add(num(i64::MAX), num(1)).eval(),
        i64::MIN,
        "i64::MAX + 1 should wrap to i64::MIN"
    );
    assert_eq!(
        neg(num(i64::MIN)).eval(),
        i64::MIN,
        "-i64::MIN should wrap to i64::MIN"
    );
}

#[test]
fn trees_compare_and_clone_by_content() {
    let tree = sample();
    assert_eq!(
        tree.clone(),
        tree,
        "a cloned tree should equal the original"
    );
    assert_ne!(
        add(num(1), num(2)),
        add(num(2), num(1)),
        "1 + 2 and 2 + 1 are different trees"
    );
}

#[test]
fn an_expr_is_at_most_24_bytes() {
    let size = std::mem::size_of::<Expr>();
    assert!(
        size <= 24,
        "size_of::<Expr>() should be at most 24 bytes, but it is {size}: box the operands, not the numbers"
    );
}

#[test]
fn a_number_leaf_does_not_allocate() {
    let (leaf, stats) = course_alloc::measure(|| num(5));
    assert!(
        stats.is_zero(),
        "num(5) should not touch the heap, but it did: {stats:?}"
    );
    assert_eq!(leaf.eval(), 5, "num(5).eval() should be 5");
}

#[test]
fn each_operation_boxes_its_operands() {
    let (a, b) = (num(1), num(2));
    let (sum, stats) = course_alloc::measure(|| add(a, b));
    assert!(
        (1..=2).contains(&stats.allocations),
        "add(num(1), num(2)) should allocate once or twice (for its operands), but made {stats:?}"
    );
    assert_eq!(sum.eval(), 3, "1 + 2 should evaluate to 3");
}
