use super::*;
use std::mem::{align_of, size_of};
use std::thread;

const LINE: usize = 64;

#[test]
fn a_slot_starts_a_cache_line() {
    assert!(
        align_of::<Slot>() >= LINE,
        "a Slot should be aligned to a {LINE}-byte cache line, but its alignment is {} bytes",
        align_of::<Slot>()
    );
}

#[test]
fn a_slot_fills_one_or_two_lines() {
    let size = size_of::<Slot>();
    assert!(
        (LINE..=2 * LINE).contains(&size),
        "a Slot should take one or two {LINE}-byte lines ({LINE} to {} bytes), but it takes {size} bytes",
        2 * LINE
    );
}

#[test]
fn no_two_slots_share_a_cache_line() {
    let counters = Counters::new(4);
    let lines: Vec<usize> = counters
        .slot_addresses()
        .iter()
        .map(|address| address / LINE)
        .collect();
    for (i, a) in lines.iter().enumerate() {
        for (j, b) in lines.iter().enumerate().skip(i + 1) {
            assert_ne!(
                a,
                b,
                "the slots of workers {i} and {j} are on the same {LINE}-byte cache line \
                 (addresses {:?})",
                counters.slot_addresses()
            );
        }
    }
}

#[test]
fn counts_add_up_on_one_thread() {
    let counters = Counters::new(3);
    assert_eq!(counters.total(), 0, "new counters should total 0");
    counters.add(0, 5);
    counters.add(2, 7);
    counters.add(0, 1);
    assert_eq!(counters.total(), 13, "5 + 7 + 1 should total 13");
}

#[test]
fn counts_from_four_threads_add_up() {
    let counters = Counters::new(4);
    thread::scope(|s| {
        for worker in 0..4 {
            let counters = &counters;
            s.spawn(move || {
                for _ in 0..10_000 {
                    counters.add(worker, 1);
                }
            });
        }
    });
    assert_eq!(
        counters.total(),
        40_000,
        "4 workers adding 1 ten thousand times each should total 40000"
    );
}
