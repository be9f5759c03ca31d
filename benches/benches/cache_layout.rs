//! The numbers behind Part II, chapter 8 ("Cache-friendly data structures").
//!
//! Two comparisons, each on data far larger than the L2 cache:
//!
//! - `traverse/*`: summing 1,000,000 values held in a linked list of `Box`
//!   nodes (in allocation order, and with the links shuffled so that
//!   consecutive nodes are scattered over the heap), in a `Vec` of nodes
//!   linked by `u32` indices (in order, and shuffled the same way), and in a
//!   plain `Vec<u64>`.
//! - `sum_one_field/*`: summing one field of 1,000,000 64-byte records,
//!   stored as an array of structs and as a struct of arrays: an `f32` field
//!   (the additions must stay in order, so neither loop is vectorized) and a
//!   `u32` field (integer additions can be reordered, so the compiler
//!   vectorizes them).
//!
//! The chapter's numbers come from
//! `cargo bench -p course-benches --bench cache_layout -- --warm-up-time 2 --measurement-time 5`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const N: usize = 1_000_000;

// --- Deterministic shuffling -------------------------------------------------

/// A small xorshift generator: the same "random" order on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// A Fisher-Yates shuffle driven by `XorShift`.
fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut rng = XorShift(seed);
    for i in (1..items.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

// --- A linked list of boxes ---------------------------------------------------

struct BoxNode {
    value: u64,
    next: Option<Box<BoxNode>>,
}

struct BoxList {
    head: Option<Box<BoxNode>>,
}

impl BoxList {
    /// Allocates one box per value, in order, then links them in `order`
    /// (a permutation of `0..values.len()`): the list visits
    /// `values[order[0]]`, `values[order[1]]`, ...
    fn build(values: &[u64], order: &[usize]) -> BoxList {
        let mut boxes: Vec<Option<Box<BoxNode>>> = values
            .iter()
            .map(|&value| Some(Box::new(BoxNode { value, next: None })))
            .collect();
        let mut head = None;
        for &i in order.iter().rev() {
            let mut node = boxes[i].take().expect("order is a permutation");
            node.next = head;
            head = Some(node);
        }
        BoxList { head }
    }

    fn sum(&self) -> u64 {
        let mut total = 0;
        let mut cursor = self.head.as_deref();
        while let Some(node) = cursor {
            total += node.value;
            cursor = node.next.as_deref();
        }
        total
    }
}

impl Drop for BoxList {
    // The default drop recurses once per node and would overflow the stack.
    fn drop(&mut self) {
        let mut cursor = self.head.take();
        while let Some(mut node) = cursor {
            cursor = node.next.take();
        }
    }
}

// --- The same list in one Vec, linked by indices -------------------------------

const NIL: u32 = u32::MAX;

struct IndexNode {
    value: u64,
    next: u32,
}

struct IndexList {
    nodes: Vec<IndexNode>,
    head: u32,
}

impl IndexList {
    /// Stores `values` in one `Vec`, in order, and links them in `order`.
    fn build(values: &[u64], order: &[usize]) -> IndexList {
        let mut nodes: Vec<IndexNode> = values
            .iter()
            .map(|&value| IndexNode { value, next: NIL })
            .collect();
        for pair in order.windows(2) {
            nodes[pair[0]].next = pair[1] as u32;
        }
        let head = order.first().map_or(NIL, |&i| i as u32);
        IndexList { nodes, head }
    }

    fn sum(&self) -> u64 {
        let mut total = 0;
        let mut cursor = self.head;
        while cursor != NIL {
            let node = &self.nodes[cursor as usize];
            total += node.value;
            cursor = node.next;
        }
        total
    }
}

fn traverse(c: &mut Criterion) {
    let values: Vec<u64> = (0..N as u64).collect();
    let in_order: Vec<usize> = (0..N).collect();
    let mut shuffled = in_order.clone();
    shuffle(&mut shuffled, 0x9E37_79B9_7F4A_7C15);
    let expected: u64 = values.iter().sum();

    let box_in_order = BoxList::build(&values, &in_order);
    let box_shuffled = BoxList::build(&values, &shuffled);
    let index_in_order = IndexList::build(&values, &in_order);
    let index_shuffled = IndexList::build(&values, &shuffled);
    for total in [
        box_in_order.sum(),
        box_shuffled.sum(),
        index_in_order.sum(),
        index_shuffled.sum(),
    ] {
        assert_eq!(total, expected);
    }

    let mut group = c.benchmark_group("traverse");
    // One pass over the shuffled lists takes a sizeable fraction of a second.
    group.sample_size(10);
    group.bench_function("box_list_shuffled", |b| {
        b.iter(|| black_box(&box_shuffled).sum())
    });
    group.bench_function("box_list_in_order", |b| {
        b.iter(|| black_box(&box_in_order).sum())
    });
    group.bench_function("index_list_shuffled", |b| {
        b.iter(|| black_box(&index_shuffled).sum())
    });
    group.bench_function("index_list_in_order", |b| {
        b.iter(|| black_box(&index_in_order).sum())
    });
    group.bench_function("vec_iter", |b| {
        b.iter(|| black_box(&values).iter().sum::<u64>())
    });
    group.finish();
}

// --- Array of structs vs struct of arrays --------------------------------------

/// A 64-byte record, of which the loop reads one field.
#[derive(Clone, Copy)]
struct Particle {
    position: [f32; 3],
    velocity: [f32; 3],
    acceleration: [f32; 3],
    color: [f32; 4],
    mass: f32,
    charge: f32,
    id: u32,
}

#[derive(Default)]
struct Particles {
    position: Vec<[f32; 3]>,
    velocity: Vec<[f32; 3]>,
    acceleration: Vec<[f32; 3]>,
    color: Vec<[f32; 4]>,
    mass: Vec<f32>,
    charge: Vec<f32>,
    id: Vec<u32>,
}

impl Particles {
    fn push(&mut self, p: Particle) {
        self.position.push(p.position);
        self.velocity.push(p.velocity);
        self.acceleration.push(p.acceleration);
        self.color.push(p.color);
        self.mass.push(p.mass);
        self.charge.push(p.charge);
        self.id.push(p.id);
    }
}

fn particle(i: usize) -> Particle {
    let f = i as f32;
    Particle {
        position: [f, f + 1.0, f + 2.0],
        velocity: [1.0, 0.0, -1.0],
        acceleration: [0.0; 3],
        color: [0.5; 4],
        mass: (i % 8) as f32,
        charge: 1.0,
        id: i as u32,
    }
}

fn sum_one_field(c: &mut Criterion) {
    assert_eq!(std::mem::size_of::<Particle>(), 64);
    let aos: Vec<Particle> = (0..N).map(particle).collect();
    let mut soa = Particles::default();
    for p in &aos {
        soa.push(*p);
    }
    let aos_total: f32 = aos.iter().map(|p| p.mass).sum();
    let soa_total: f32 = soa.mass.iter().sum();
    assert_eq!(aos_total, soa_total);
    let aos_ids: u64 = aos.iter().map(|p| u64::from(p.id)).sum();
    let soa_ids: u64 = soa.id.iter().map(|&id| u64::from(id)).sum();
    assert_eq!(aos_ids, soa_ids);

    let mut group = c.benchmark_group("sum_one_field");
    group.sample_size(20);
    group.bench_function("f32_array_of_structs", |b| {
        b.iter(|| black_box(&aos).iter().map(|p| p.mass).sum::<f32>())
    });
    group.bench_function("f32_struct_of_arrays", |b| {
        b.iter(|| black_box(&soa).mass.iter().sum::<f32>())
    });
    group.bench_function("u32_array_of_structs", |b| {
        b.iter(|| black_box(&aos).iter().map(|p| u64::from(p.id)).sum::<u64>())
    });
    group.bench_function("u32_struct_of_arrays", |b| {
        b.iter(|| {
            black_box(&soa)
                .id
                .iter()
                .map(|&id| u64::from(id))
                .sum::<u64>()
        })
    });
    group.finish();
}

criterion_group!(benches, traverse, sum_one_field);
criterion_main!(benches);
