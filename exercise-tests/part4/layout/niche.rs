use super::*;
use std::mem::size_of;

#[test]
fn an_optional_handle_is_four_bytes() {
    assert_eq!(
        size_of::<Handle>(),
        4,
        "a Handle should stay 4 bytes, but it is {}",
        size_of::<Handle>()
    );
    assert_eq!(
        size_of::<Option<Handle>>(),
        4,
        "an Option<Handle> should be 4 bytes, with None in the value 0 that no handle has, but it is {}",
        size_of::<Option<Handle>>()
    );
    assert_eq!(
        size_of::<Option<Option<Handle>>>(),
        8,
        "there is one unused value (0), so only one level of Option fits in it; Option<Option<Handle>> should be 8 bytes, but it is {}",
        size_of::<Option<Option<Handle>>>()
    );
}

#[test]
fn zero_is_not_a_handle() {
    assert_eq!(Handle::new(0), None, "Handle::new(0) should be None");
}

#[test]
fn every_other_number_round_trips() {
    let mut rng = fastrand::Rng::with_seed(13);
    let numbers = [1, 2, 255, 256, u32::MAX - 1, u32::MAX]
        .into_iter()
        .chain((0..1_000).map(|_| rng.u32(1..)));
    for n in numbers {
        let handle = Handle::new(n);
        assert_eq!(
            handle.map(Handle::get),
            Some(n),
            "Handle::new({n}) should be a handle whose get() is {n}, but it is {handle:?}"
        );
    }
}
