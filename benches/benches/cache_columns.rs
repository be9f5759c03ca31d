//! The benchmark behind the table in "Mind cache locality" (Part X).
//!
//! The value of the buy orders among 100,000, two ways:
//!
//! - `array_of_structs`: a pass over `Vec<Order>`, each order 72 bytes
//!   with its cold fields (two `String`s and a timestamp);
//! - `struct_of_arrays`: a pass over three columns holding only the hot
//!   fields (9 bytes an order).
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench cache_columns -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Buy,
    Sell,
}

struct Order {
    price_cents: u32,
    quantity: u32,
    side: Side,
    _client_id: String,
    _note: String,
    _created_at: u64,
}

struct Columns {
    price_cents: Vec<u32>,
    quantity: Vec<u32>,
    side: Vec<Side>,
}

fn aos_buy_value(orders: &[Order]) -> u64 {
    orders
        .iter()
        .filter(|o| o.side == Side::Buy)
        .map(|o| u64::from(o.price_cents) * u64::from(o.quantity))
        .sum()
}

fn soa_buy_value(c: &Columns) -> u64 {
    c.price_cents
        .iter()
        .zip(&c.quantity)
        .zip(&c.side)
        .filter(|(_, side)| **side == Side::Buy)
        .map(|((&p, &q), _)| u64::from(p) * u64::from(q))
        .sum()
}

fn bench(c: &mut Criterion) {
    let orders: Vec<Order> = (0..100_000u32)
        .map(|i| Order {
            price_cents: 10_000 + i * 37 % 500,
            quantity: 1 + i % 9,
            side: if i % 3 == 0 { Side::Sell } else { Side::Buy },
            _client_id: format!("client-{}", i % 17),
            _note: "deliver before noon".to_string(),
            _created_at: 1_700_000_000 + u64::from(i),
        })
        .collect();
    let columns = Columns {
        price_cents: orders.iter().map(|o| o.price_cents).collect(),
        quantity: orders.iter().map(|o| o.quantity).collect(),
        side: orders.iter().map(|o| o.side).collect(),
    };
    assert_eq!(aos_buy_value(&orders), soa_buy_value(&columns));
    let mut group = c.benchmark_group("buy_value_of_100000_orders");
    group.bench_function("array_of_structs", |b| {
        b.iter(|| aos_buy_value(black_box(&orders)))
    });
    group.bench_function("struct_of_arrays", |b| {
        b.iter(|| soa_buy_value(black_box(&columns)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
