use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Deterministic pseudo-random numbers (a linear congruential generator).
fn numbers(len: usize, seed: u64) -> Vec<u64> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state >> 40
        })
        .collect()
}

fn words(len: usize) -> Vec<String> {
    numbers(len, 7)
        .into_iter()
        .map(|n| "ab".repeat((n % 9) as usize) + "é")
        .collect()
}

fn is_even(x: u64) -> bool {
    x.is_multiple_of(2)
}

/// Whether `n` is prime, by trial division.
fn is_prime(n: u64) -> bool {
    n >= 2
        && (2..)
            .take_while(|d| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
}

/// Counts the calls of the closures it wraps, and those made outside
/// Rayon's worker threads.
#[derive(Default)]
struct Calls {
    all: AtomicUsize,
    off_pool: AtomicUsize,
}

impl Calls {
    fn note(&self) {
        // `Relaxed`: the counts are read after the Rayon call has returned,
        // and Rayon's join makes every worker's writes visible by then.
        self.all.fetch_add(1, Ordering::Relaxed);
        if rayon::current_thread_index().is_none() {
            self.off_pool.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Fails unless the closure was called, always on a Rayon worker.
    fn check(&self, function: &str) {
        let all = self.all.load(Ordering::Relaxed);
        let off_pool = self.off_pool.load(Ordering::Relaxed);
        assert!(all > 0, "{function} never called its closure");
        assert_eq!(
            off_pool, 0,
            "{function} called its closure {off_pool} of {all} times on the calling thread \
             instead of on Rayon's worker threads: the work ran sequentially"
        );
    }
}

#[test]
fn total_size_adds_up_the_sizes() {
    let few: Vec<String> = ["par", "iter", "", "é"].map(String::from).to_vec();
    assert_eq!(
        total_size(&few, |w| w.len()),
        9,
        "total_size({few:?}, len) should be 9 (bytes, not chars)"
    );
    let many = words(10_000);
    let expected: usize = many.iter().map(|w| w.chars().count()).sum();
    assert_eq!(
        total_size(&many, |w| w.chars().count()),
        expected,
        "total_size of 10,000 words, counting chars, should be {expected}"
    );
    assert_eq!(
        total_size(&[] as &[String], |w| w.len()),
        0,
        "total_size of no items should be 0"
    );
}

#[test]
fn squares_of_kept_keeps_input_order() {
    assert_eq!(
        squares_of_kept(&[5, 4, 3, 2, 10, 0], is_even),
        [16, 4, 100, 0],
        "squares_of_kept([5, 4, 3, 2, 10, 0], is_even) should be [16, 4, 100, 0], in input order"
    );
    let xs = numbers(50_000, 1);
    let expected: Vec<u64> = xs.iter().filter(|&&x| is_even(x)).map(|&x| x * x).collect();
    let got = squares_of_kept(&xs, is_even);
    assert_eq!(
        got.len(),
        expected.len(),
        "squares_of_kept of 50,000 numbers should keep every even one"
    );
    assert!(
        got == expected,
        "squares_of_kept of 50,000 numbers should return the squares in input order"
    );
    assert_eq!(
        squares_of_kept(&[1, 3], is_even),
        Vec::<u64>::new(),
        "squares_of_kept([1, 3], is_even) should be empty"
    );
}

#[test]
fn update_all_changes_the_values_in_place() {
    let mut values = vec![-5, 0, 3, 7, 12, i32::MIN, i32::MAX];
    update_all(&mut values, |v| v.clamp(0, 10));
    assert_eq!(
        values,
        [0, 0, 3, 7, 10, 0, 10],
        "update_all(.., clamp to 0..=10) should limit every value to 0..=10"
    );

    let mut many: Vec<i32> = numbers(20_000, 3)
        .iter()
        .map(|&n| n as i32 - 8_000_000)
        .collect();
    let expected: Vec<i32> = many.iter().map(|&v| v / 3).collect();
    update_all(&mut many, |v| v / 3);
    assert!(
        many == expected,
        "update_all of 20,000 values with |v| v / 3 should change each value where it is"
    );

    let mut empty: Vec<i32> = Vec::new();
    update_all(&mut empty, |v| v + 1);
    assert!(
        empty.is_empty(),
        "update_all on an empty slice should leave it empty"
    );
}

#[test]
fn count_passing_counts_below_the_limit() {
    for (limit, expected) in [
        (0, 0),
        (2, 0),
        (3, 1),
        (10, 4),
        (11, 4),
        (12, 5),
        (10_000, 1229),
    ] {
        assert_eq!(
            count_passing(limit, is_prime),
            expected,
            "count_passing({limit}, is_prime) should be {expected}"
        );
    }
}

#[test]
fn key_range_finds_both_ends() {
    let id = |x: &i64| *x;
    assert_eq!(
        key_range(&[3, -7, 12, 0], id),
        (-7, 12),
        "key_range([3, -7, 12, 0], identity) should be (-7, 12)"
    );
    assert_eq!(
        key_range(&[42], id),
        (42, 42),
        "key_range([42], identity) should be (42, 42)"
    );
    assert_eq!(
        key_range(&[i64::MIN, i64::MAX], id),
        (i64::MIN, i64::MAX),
        "key_range([i64::MIN, i64::MAX], identity) should be (i64::MIN, i64::MAX)"
    );
    let words = ["fork", "join", "steal", "a"];
    assert_eq!(
        key_range(&words, |w| w.len() as i64),
        (1, 5),
        "key_range({words:?}, len) should be (1, 5)"
    );
    let xs: Vec<i64> = numbers(100_000, 5)
        .iter()
        .map(|&n| n as i64 - 8_000_000)
        .collect();
    let expected = (*xs.iter().min().unwrap(), *xs.iter().max().unwrap());
    assert_eq!(
        key_range(&xs, id),
        expected,
        "key_range of 100,000 numbers should be {expected:?}"
    );
}

#[test]
fn key_range_of_nothing_is_the_identity() {
    assert_eq!(
        key_range(&[] as &[i64], |x| *x),
        (i64::MAX, i64::MIN),
        "key_range(&[], ..) should be the identity (i64::MAX, i64::MIN)"
    );
}

#[test]
fn every_closure_runs_on_rayons_threads() {
    // Called from the test's own thread, which is not one of Rayon's: a
    // parallel iterator hands all of its work to the pool's worker threads,
    // while a sequential one runs it right here.
    let xs = numbers(1_000, 2);
    let signed: Vec<i64> = xs.iter().map(|&n| n as i64).collect();

    let calls = Calls::default();
    total_size(&xs, |_| {
        calls.note();
        1
    });
    calls.check("total_size");

    let calls = Calls::default();
    squares_of_kept(&xs, |x| {
        calls.note();
        is_even(x)
    });
    calls.check("squares_of_kept");

    let calls = Calls::default();
    let mut values: Vec<i32> = (0..1_000).collect();
    update_all(&mut values, |v| {
        calls.note();
        v + 1
    });
    calls.check("update_all");

    let calls = Calls::default();
    count_passing(1_000, |n| {
        calls.note();
        is_prime(n)
    });
    calls.check("count_passing");

    let calls = Calls::default();
    key_range(&signed, |&k| {
        calls.note();
        k
    });
    calls.check("key_range");
}

#[test]
fn results_do_not_depend_on_the_number_of_threads() {
    let xs = numbers(30_000, 9);
    let signed: Vec<i64> = xs.iter().map(|&n| n as i64 - 8_000_000).collect();
    let run = || {
        (
            squares_of_kept(&xs, is_even),
            key_range(&signed, |&k| k),
            count_passing(2_000, is_prime),
        )
    };
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let four = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    let with_one = one.install(run);
    let with_four = four.install(run);
    assert!(
        with_one == with_four,
        "the results should be the same in a pool of 1 thread and a pool of 4 threads"
    );
}
