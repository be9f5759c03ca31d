use super::*;
use std::mem::size_of;

fn orders(n: u32) -> Vec<Order> {
    (0..n)
        .map(|i| Order {
            price_cents: 10_000 + i * 37 % 500,
            quantity: 1 + i % 9,
            side: if i % 3 == 0 { Side::Sell } else { Side::Buy },
            client_id: format!("client-{}", i % 17),
            note: "deliver before noon".to_string(),
            created_at: 1_700_000_000 + u64::from(i),
        })
        .collect()
}

/// The reference, computed from the orders themselves.
fn reference_buy_value(orders: &[Order]) -> u64 {
    orders
        .iter()
        .filter(|o| o.side == Side::Buy)
        .map(|o| u64::from(o.price_cents) * u64::from(o.quantity))
        .sum()
}

#[test]
fn columns_keep_every_order_in_order() {
    let list = orders(5);
    let columns = Columns::from_orders(&list);
    assert_eq!(columns.len(), 5);
    for (i, order) in list.iter().enumerate() {
        assert_eq!(
            columns.price_cents[i], order.price_cents,
            "price of order {i}"
        );
        assert_eq!(columns.quantity[i], order.quantity, "quantity of order {i}");
        assert_eq!(columns.side[i], order.side, "side of order {i}");
    }
}

#[test]
fn the_buy_value_equals_the_reference() {
    for n in [0, 1, 3, 1000] {
        let list = orders(n);
        assert_eq!(
            Columns::from_orders(&list).buy_value(),
            reference_buy_value(&list),
            "the buy value of {n} orders"
        );
    }
}

#[test]
fn large_values_do_not_overflow() {
    let big = Order {
        price_cents: u32::MAX,
        quantity: u32::MAX,
        side: Side::Buy,
        client_id: String::new(),
        note: String::new(),
        created_at: 0,
    };
    let small = Order {
        quantity: 1,
        ..big.clone()
    };
    let columns = Columns::from_orders(&[big, small]);
    let max = u64::from(u32::MAX);
    assert_eq!(
        columns.buy_value(),
        max * max + max,
        "u32::MAX cents times u32::MAX, plus u32::MAX cents once: multiply in u64"
    );
}

#[test]
fn the_columns_hold_only_hot_data() {
    assert!(
        size_of::<Order>() >= 64,
        "an Order spans a whole cache line"
    );
    let hot_bytes = size_of::<u32>() + size_of::<u32>() + size_of::<Side>();
    assert_eq!(
        hot_bytes, 9,
        "4 + 4 + 1 bytes of hot data per order in the columns"
    );
}
