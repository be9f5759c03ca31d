use super::*;

#[test]
fn sums_any_number_of_terms() {
    assert_eq!(sum!(), 0, "sum!() is 0");
    assert_eq!(sum!(5), 5, "sum!(5)");
    assert_eq!(sum!(1, 2, 3, 4), 10, "sum!(1, 2, 3, 4)");
    assert_eq!(sum!(1, 2,), 3, "sum!(1, 2,) with a trailing comma");
}

#[test]
fn terms_are_expressions() {
    let x = 4;
    assert_eq!(
        sum!(x * 2, x - 1, -x),
        7,
        "sum!(x * 2, x - 1, -x) with x = 4"
    );
}

#[test]
fn the_expansion_is_one_expression() {
    // `2 * sum!(1, 2)` must be 2 * (1 + 2 + 0), not 2 * 1 + 2 + 0.
    assert_eq!(2 * sum!(1, 2), 6, "2 * sum!(1, 2)");
}

#[test]
fn total_of_three_uses_it() {
    assert_eq!(total_of_three(1, 2, 3), 6, "total_of_three(1, 2, 3)");
    assert_eq!(total_of_three(-5, 5, 0), 0, "total_of_three(-5, 5, 0)");
}
