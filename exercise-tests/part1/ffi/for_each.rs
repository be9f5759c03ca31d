use super::*;

/// Runs `for_each_until` and returns (its result, the values `f` saw).
fn visit(data: &[i32], stop_at: Option<i32>) -> (usize, Vec<i32>) {
    let mut seen = Vec::new();
    let count = for_each_until(data, |value| {
        seen.push(value);
        Some(value) == stop_at
    });
    (count, seen)
}

#[test]
fn visits_every_element_in_order() {
    let data = [3, 1, 4, 1, 5];
    let (count, seen) = visit(&data, None);
    assert_eq!(
        seen, data,
        "f should see every element of {data:?} in order"
    );
    assert_eq!(
        count, 5,
        "for_each_until({data:?}, never stop) should return 5"
    );
}

#[test]
fn stops_after_the_first_true() {
    let data = [10, 20, 30, 20, 10];
    let (count, seen) = visit(&data, Some(20));
    assert_eq!(
        seen,
        [10, 20],
        "f returned true for 20, so C should stop right after it"
    );
    assert_eq!(
        count, 2,
        "for_each_until({data:?}, stop at 20) should count the call that said stop: 2"
    );
}

#[test]
fn stopping_at_the_last_element() {
    let (count, seen) = visit(&[1, 2, 3], Some(3));
    assert_eq!(seen, [1, 2, 3], "f should see all three values");
    assert_eq!(count, 3, "stopping at the last element should return 3");
}

#[test]
fn empty_slice_never_calls_f() {
    let (count, seen) = visit(&[], None);
    assert_eq!(count, 0, "for_each_until(&[], ..) should return 0");
    assert!(seen.is_empty(), "f was called on an empty slice: {seen:?}");
}

#[test]
fn closure_state_is_kept_between_calls() {
    let data = [5, -2, 7, 100, 1];
    let mut sum = 0;
    let mut calls = 0;
    let count = for_each_until(&data, |value| {
        sum += value;
        calls += 1;
        sum > 50
    });
    assert_eq!(
        sum, 110,
        "the closure's running sum over {data:?} should reach 110 and stop there"
    );
    assert_eq!(calls, 4, "the closure should have run 4 times");
    assert_eq!(
        count, 4,
        "for_each_until should return 4, the number of calls"
    );
}

#[test]
fn large_input() {
    let data: Vec<i32> = (0..1_000_000).collect();
    let mut sum: i64 = 0;
    let count = for_each_until(&data, |value| {
        sum += i64::from(value);
        false
    });
    assert_eq!(count, 1_000_000, "all 1_000_000 elements should be visited");
    assert_eq!(sum, 499_999_500_000, "the sum of 0..1_000_000");
}

#[test]
fn a_panic_in_f_reaches_the_caller() {
    let mut seen = Vec::new();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        for_each_until(&[1, 2, 3], |value| {
            seen.push(value);
            if value == 2 {
                panic!("f gave up at 2");
            }
            false
        })
    }));
    let payload = result.expect_err("f panicked, so for_each_until should panic too");
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("<not a string>");
    assert_eq!(
        message, "f gave up at 2",
        "for_each_until should resume f's own panic after C returns"
    );
    assert_eq!(
        seen,
        [1, 2],
        "after f panicked at 2, C should have been told to stop"
    );
}
