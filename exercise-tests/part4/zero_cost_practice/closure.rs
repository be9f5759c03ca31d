use super::*;
use std::mem::size_of_val;

#[test]
fn computes_x_times_factor_plus_offset() {
    let f = make_scaler(3, 1);
    assert_eq!(f(0), 1, "make_scaler(3, 1)(0) should be 1");
    assert_eq!(f(5), 16, "make_scaler(3, 1)(5) should be 16");
    let g = make_scaler(u32::MAX, 2);
    assert_eq!(
        g(2),
        0,
        "make_scaler(u32::MAX, 2)(2) should wrap around to 0"
    );
}

#[test]
fn making_one_allocates_nothing() {
    let (f, stats) = course_alloc::measure(|| make_scaler(7, 9));
    assert_eq!(
        stats.allocating_calls(),
        0,
        "make_scaler should not touch the heap, but it made {} allocation(s): return the closure itself, not a Box",
        stats.allocating_calls()
    );
    assert_eq!(f(1), 16, "make_scaler(7, 9)(1) should be 16");
}

#[test]
fn the_value_is_the_closure_itself() {
    let f = make_scaler(2, 3);
    assert_eq!(
        size_of_val(&f),
        8,
        "the returned value should be the closure, two u32s (8 bytes), but it is {} bytes (a Box<dyn Fn> is a pointer and a vtable pointer, 16 bytes)",
        size_of_val(&f)
    );
}
