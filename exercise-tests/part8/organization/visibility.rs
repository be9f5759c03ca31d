use super::shop::cart::Cart;
use super::*;

#[test]
fn fewer_than_ten_items_pay_full_price() {
    for (unit, quantity, expected) in [(500, 1, 500), (500, 9, 4500), (0, 5, 0), (250, 0, 0)] {
        assert_eq!(
            shop::pricing::line_total(unit, quantity),
            expected,
            "line_total({unit}, {quantity}) should be {expected}"
        );
    }
}

#[test]
fn ten_items_or_more_cost_ten_percent_less() {
    for (unit, quantity, expected) in [(500, 10, 4500), (333, 10, 2997), (99, 11, 981)] {
        assert_eq!(
            shop::pricing::line_total(unit, quantity),
            expected,
            "line_total({unit}, {quantity}) should be {expected} (10% off, rounded down)"
        );
    }
}

#[test]
fn a_cart_adds_up_its_lines() {
    let mut cart = Cart::new();
    assert_eq!(cart.total_cents(), 0, "an empty cart should cost 0 cents");
    cart.add(500, 2);
    cart.add(100, 10);
    assert_eq!(
        cart.total_cents(),
        1000 + 900,
        "2 × 500 plus 10 × 100 with 10% off should be 1900 cents"
    );
}

#[test]
fn the_receipt_counts_lines_and_cents() {
    let mut cart = Cart::new();
    assert_eq!(shop::receipt(&cart), "0 line(s), 0 cents");
    cart.add(500, 2);
    cart.add(100, 10);
    assert_eq!(shop::receipt(&cart), "2 line(s), 1900 cents");
}
