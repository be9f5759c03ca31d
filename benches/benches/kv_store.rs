//! The capstone's storage engine (Part XIII, `course_kv::engine`): what a
//! durable `put` costs next to a buffered one, and what a `get` costs (an
//! index lookup and one positioned read of the file).
//!
//! `cargo bench -p course-benches --bench kv_store -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use course_kv::engine::{Durability, Store};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const VALUE: [u8; 100] = [b'v'; 100];

fn put(c: &mut Criterion) {
    let mut group = c.benchmark_group("kv_put");
    group.throughput(Throughput::Elements(1));
    for (name, durability) in [
        ("sync_data", Durability::Sync),
        ("buffered", Durability::Buffered),
    ] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let (mut store, _) =
            Store::open_with(&dir.path().join("kv.log"), durability).expect("the store opens");
        let mut i = 0u64;
        group.bench_function(BenchmarkId::new(name, "100-byte value"), |b| {
            b.iter(|| {
                i += 1;
                // 1 000 distinct keys, overwritten in turn.
                let key = format!("key-{}", i % 1_000);
                store
                    .put(black_box(key.as_bytes()), black_box(&VALUE))
                    .unwrap();
            })
        });
    }
    group.finish();
}

fn get(c: &mut Criterion) {
    let mut group = c.benchmark_group("kv_get");
    group.throughput(Throughput::Elements(1));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (mut store, _) = Store::open_with(&dir.path().join("kv.log"), Durability::Buffered)
        .expect("the store opens");
    for i in 0..10_000 {
        store.put(format!("key-{i}").as_bytes(), &VALUE).unwrap();
    }
    let mut i = 0u64;
    group.bench_function("10 000 keys, 100-byte values", |b| {
        b.iter(|| {
            i = (i + 7_919) % 10_000;
            let key = format!("key-{i}");
            black_box(store.get(black_box(key.as_bytes())).unwrap())
        })
    });
    group.finish();
}

criterion_group!(benches, put, get);
criterion_main!(benches);
