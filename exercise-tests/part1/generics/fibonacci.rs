use super::*;

/// The largest Fibonacci number that fits in a `u64`.
const LAST: u64 = 12_200_160_415_121_876_738;

#[test]
fn the_first_ten() {
    let got: Vec<u64> = fibonacci().take(10).collect();
    let expected = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34];
    assert_eq!(
        got, expected,
        "fibonacci().take(10) should yield {expected:?}"
    );
}

#[test]
fn next_by_hand() {
    let mut fib = fibonacci();
    for expected in [0, 1, 1, 2, 3] {
        assert_eq!(
            fib.next(),
            Some(expected),
            "the next call of next() should return Some({expected})"
        );
    }
}

#[test]
fn sum_of_the_first_ten() {
    let total: u64 = fibonacci().take(10).sum();
    assert_eq!(
        total, 88,
        "the first ten Fibonacci numbers should sum to 88"
    );
}

#[test]
fn adapters_work_on_it() {
    let even: Vec<u64> = fibonacci().filter(|n| n % 2 == 0).take(5).collect();
    assert_eq!(
        even,
        [0, 2, 8, 34, 144],
        "the first five even Fibonacci numbers should be [0, 2, 8, 34, 144]"
    );
    assert_eq!(
        fibonacci().nth(50),
        Some(12_586_269_025),
        "fibonacci().nth(50) should be Some(12586269025)"
    );
}

#[test]
fn yields_every_number_that_fits_in_a_u64() {
    assert_eq!(
        fibonacci().count(),
        94,
        "fibonacci() should yield 94 numbers, F(0) to F(93), then stop"
    );
    assert_eq!(
        fibonacci().last(),
        Some(LAST),
        "the last number yielded should be F(93) = {LAST}"
    );
}

#[test]
fn stays_finished_after_the_end() {
    let mut fib = fibonacci();
    for i in 0..94 {
        assert!(
            fib.next().is_some(),
            "call {} of next() should still return a number",
            i + 1
        );
    }
    for call in 95..=98 {
        assert_eq!(
            fib.next(),
            None,
            "call {call} of next() should return None: the iterator is finished"
        );
    }
}

#[test]
fn each_iterator_has_its_own_state() {
    let mut a = fibonacci();
    let mut b = fibonacci();
    a.nth(9);
    assert_eq!(
        b.next(),
        Some(0),
        "a fresh fibonacci() should start at 0 even after another one was advanced"
    );
    assert_eq!(
        a.next(),
        Some(55),
        "after ten numbers, the next one should be 55"
    );
}
