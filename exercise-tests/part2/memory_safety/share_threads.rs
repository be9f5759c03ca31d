use super::*;

fn check_sum(values: &[u64], workers: usize) {
    let expected: u64 = values.iter().sum();
    let got = parallel_sum(values, workers);
    assert_eq!(
        got,
        expected,
        "parallel_sum(<{} values>, {workers}) should be {expected}",
        values.len()
    );
}

#[test]
fn parallel_sum_adds_every_part() {
    let values: Vec<u64> = (1..=1000).collect();
    for workers in [1, 2, 3, 4, 7] {
        check_sum(&values, workers);
    }
}

#[test]
fn parallel_sum_edge_cases() {
    check_sum(&[], 4);
    check_sum(&[42], 1);
    check_sum(&[1, 2, 3], 0);
    check_sum(&[1, 2, 3], 10);
    check_sum(&[u64::MAX / 2, u64::MAX / 2], 2);
}

fn histogram_by_hand(bytes: &[u8]) -> [u64; 256] {
    let mut counts = [0u64; 256];
    for &byte in bytes {
        counts[usize::from(byte)] += 1;
    }
    counts
}

fn check_histogram(bytes: &[u8], workers: usize) {
    let expected = histogram_by_hand(bytes);
    let got = byte_histogram(bytes, workers);
    for (byte, (&g, &e)) in got.iter().zip(expected.iter()).enumerate() {
        assert_eq!(
            g,
            e,
            "byte_histogram(<{} bytes>, {workers})[{byte}] should be {e}: \
             byte {byte} ({:?}) occurs {e} time(s) in the input",
            bytes.len(),
            char::from(byte as u8),
        );
    }
}

#[test]
fn byte_histogram_counts_each_byte() {
    let counts = byte_histogram(b"hello", 2);
    assert_eq!(
        counts[usize::from(b'l')],
        2,
        "byte_histogram(b\"hello\", 2)[b'l'] should be 2"
    );
    assert_eq!(
        counts[usize::from(b'h')],
        1,
        "byte_histogram(b\"hello\", 2)[b'h'] should be 1"
    );
    assert_eq!(
        counts.iter().sum::<u64>(),
        5,
        "the counts of byte_histogram(b\"hello\", 2) should add up to 5, one per byte"
    );
}

#[test]
fn byte_histogram_matches_a_single_threaded_count() {
    let text = b"the quick brown fox jumps over the lazy dog, again and again";
    for workers in [1, 2, 3, 8] {
        check_histogram(text, workers);
    }
    let every_byte: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
    check_histogram(&every_byte, 4);
}

#[test]
fn byte_histogram_edge_cases() {
    check_histogram(b"", 3);
    check_histogram(b"a", 0);
    check_histogram(b"ab", 16);
}

#[test]
fn shared_log_clones_share_one_list() {
    let log = SharedLog::new();
    let other = log.clone();
    other.push("from the clone".to_string());
    log.push("from the original".to_string());
    assert_eq!(
        log.lines(),
        ["from the clone", "from the original"],
        "a clone of a SharedLog should append to the same list"
    );
}

#[test]
fn log_from_threads_keeps_every_line() {
    let log = SharedLog::new();
    log_from_threads(&log, 4, 25);
    let lines = log.lines();
    assert_eq!(
        lines.len(),
        100,
        "4 workers × 25 lines should give 100 lines"
    );
    for worker in 0..4 {
        let prefix = format!("worker {worker}:");
        let own: Vec<String> = lines
            .iter()
            .filter(|l| l.starts_with(&prefix))
            .cloned()
            .collect();
        let expected: Vec<String> = (0..25)
            .map(|line| format!("worker {worker}: line {line}"))
            .collect();
        assert_eq!(
            own, expected,
            "worker {worker}'s lines should all be there, in order"
        );
    }
}

#[test]
fn log_from_no_threads_leaves_the_log_alone() {
    let log = SharedLog::new();
    log.push("before".to_string());
    log_from_threads(&log, 0, 10);
    log_from_threads(&log, 3, 0);
    assert_eq!(
        log.lines(),
        ["before"],
        "no workers, or no lines each, should add nothing"
    );
}

/// Starting a thread allocates on the calling thread (its handle, the slot
/// for its result and the boxed closure), and the course's counting
/// allocator counts per thread. So a call that starts `threads` threads makes
/// at least `threads` allocations on the caller's thread, and a call that
/// does all the work itself makes none for these inputs.
fn check_starts_threads(what: &str, threads: u64, f: impl FnOnce()) {
    let ((), stats) = course_alloc::measure(f);
    assert!(
        stats.allocations >= threads,
        "{what} should start {threads} threads, and starting a thread allocates its handle on \
         the calling thread; but the call made only {} allocation(s) there ({stats:?}). \
         Does the work still run on other threads?",
        stats.allocations
    );
}

#[test]
fn parallel_sum_starts_one_thread_per_part() {
    let values: Vec<u64> = (1..=1000).collect();
    check_starts_threads("parallel_sum(<1000 values>, 4)", 4, || {
        let sum = parallel_sum(&values, 4);
        assert_eq!(sum, 500_500, "parallel_sum(1..=1000, 4) should be 500500");
    });
}

#[test]
fn byte_histogram_starts_one_thread_per_part() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(1024).collect();
    check_starts_threads("byte_histogram(<1024 bytes>, 4)", 4, || {
        let counts = byte_histogram(&bytes, 4);
        assert_eq!(
            counts[7], 4,
            "byte 7 occurs 4 times in 1024 bytes cycling through 0..=255"
        );
    });
}

#[test]
fn shared_log_can_be_shared_between_threads() {
    fn assert_send_and_sync<T: Send + Sync>() {}
    assert_send_and_sync::<SharedLog>();

    let log = SharedLog::new();
    check_starts_threads("log_from_threads(&log, 3, 0)", 3, || {
        log_from_threads(&log, 3, 0);
    });
    assert!(
        log.lines().is_empty(),
        "3 workers with 0 lines each should add nothing, got {:?}",
        log.lines()
    );
}
