use super::*;

fn check(expr: &Expr, value: i64, depth: usize) {
    assert_eq!(expr.eval(), value, "{expr:?} should evaluate to {value}");
    assert_eq!(expr.depth(), depth, "{expr:?} should have depth {depth}");
}

#[test]
fn a_number_is_itself() {
    check(&num(42), 42, 1);
    check(&num(-7), -7, 1);
}

#[test]
fn negation_addition_and_multiplication() {
    check(&neg(num(5)), -5, 2);
    check(&add(num(2), num(3)), 5, 2);
    check(&mul(num(4), num(-6)), -24, 2);
}

#[test]
fn nested_expressions() {
    // 2 * (3 + -4) = -2
    let expr = mul(num(2), add(num(3), neg(num(4))));
    check(&expr, -2, 4);
}

#[test]
fn clones_are_equal_and_independent() {
    let expr = add(num(1), num(2));
    let copy = expr.clone();
    assert_eq!(copy, expr, "a clone should equal the original");
    drop(expr);
    check(&copy, 3, 2);
}

#[test]
fn a_long_chain_of_negations() {
    let mut expr = num(7);
    for _ in 0..1000 {
        expr = neg(expr);
    }
    // An even number of negations gives the number back.
    check(&expr, 7, 1001);
}

#[test]
fn an_expr_is_at_most_three_words() {
    let words = std::mem::size_of::<Expr>() / std::mem::size_of::<usize>();
    assert!(
        words <= 3,
        "size_of::<Expr>() should be at most 3 words (a tag and two pointers), but it is {words}"
    );
}
