use super::*;

/// Parses `formula` in a fresh arena and returns the value of the tree.
fn value_of(formula: &str) -> Option<i64> {
    let bump = Bump::new();
    parse_rpn(&bump, formula).map(eval)
}

fn check(formula: &str, expected: i64) {
    let got = value_of(formula);
    assert_eq!(
        got,
        Some(expected),
        "parse_rpn({formula:?}) should give a tree worth {expected}"
    );
}

fn check_invalid(formula: &str) {
    let bump = Bump::new();
    let got = parse_rpn(&bump, formula);
    assert_eq!(got, None, "parse_rpn({formula:?}) should be None");
}

#[test]
fn a_number_is_a_leaf() {
    let bump = Bump::new();
    let got = parse_rpn(&bump, "42");
    assert_eq!(
        got,
        Some(&Expr::Num(42)),
        "parse_rpn(\"42\") should be Num(42)"
    );
}

#[test]
fn an_operator_combines_the_two_expressions_before_it() {
    let bump = Bump::new();
    let got = parse_rpn(&bump, "3 4 +");
    let expected = Expr::Add(&Expr::Num(3), &Expr::Num(4));
    assert_eq!(
        got,
        Some(&expected),
        "parse_rpn(\"3 4 +\") should be {expected:?}"
    );
}

#[test]
fn the_earlier_expression_is_the_left_operand() {
    let bump = Bump::new();
    let got = parse_rpn(&bump, "10 3 -");
    let expected = Expr::Sub(&Expr::Num(10), &Expr::Num(3));
    assert_eq!(
        got,
        Some(&expected),
        "parse_rpn(\"10 3 -\") should be {expected:?}"
    );
}

#[test]
fn nested_formulas_evaluate_correctly() {
    check("3 4 + 2 *", 14);
    check("2 3 4 * +", 14);
    check("5 1 2 + 4 * + 3 -", 14);
    check("1 2 - 3 -", -4);
}

#[test]
fn numbers_may_be_negative_and_spacing_is_free() {
    check("-2 3 *", -6);
    check("  7\t-8\n+ ", -1);
}

#[test]
fn malformed_formulas_give_none() {
    for formula in ["", "   ", "+", "1 +", "1 2", "1 two +", "1 2 /", "3 4 + +"] {
        check_invalid(formula);
    }
}

#[test]
fn parsing_makes_no_call_to_the_global_allocator() {
    // The arena takes its memory from the heap once, up front.
    let bump = Bump::with_capacity(64 * 1024);
    for formula in ["42", "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 2", "1 +"] {
        let (tree, stats) = course_alloc::measure(|| parse_rpn(&bump, formula));
        assert!(
            stats.is_zero(),
            "parse_rpn({formula:?}) should put its nodes and its stack in the arena \
             and not call the global allocator, but it did: {stats:?}"
        );
        let _ = tree;
    }
}

#[test]
fn long_formulas_grow_the_arena() {
    // "1 2 + 3 + 4 + ... 100 +": more nodes than the first chunk holds.
    let mut formula = String::from("1");
    for n in 2..=100 {
        formula.push_str(&format!(" {n} +"));
    }
    check(&formula, 5_050);
}
