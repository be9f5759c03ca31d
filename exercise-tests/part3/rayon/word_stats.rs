use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The same statistics, computed sequentially.
fn expected<W: AsRef<str>>(words: &[W]) -> WordStats {
    let mut by_length = vec![0; MAX_LEN + 1];
    let mut letters = 0;
    for word in words {
        let len = word.as_ref().chars().count();
        letters += len;
        by_length[len.min(MAX_LEN)] += 1;
    }
    WordStats {
        words: words.len(),
        letters,
        by_length,
    }
}

/// `count` deterministic words of lengths 0 to 19, some with non-ASCII letters.
fn many_words(count: usize) -> Vec<String> {
    let mut state: u64 = 11;
    (0..count)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let len = ((state >> 33) % 20) as usize;
            if state.is_multiple_of(3) {
                "ü".repeat(len)
            } else {
                "x".repeat(len)
            }
        })
        .collect()
}

#[test]
fn a_short_sentence() {
    let words = ["the", "quick", "brown", "fox", "jumps"];
    let got = word_stats(&words);
    let mut by_length = vec![0; MAX_LEN + 1];
    by_length[3] = 2;
    by_length[5] = 3;
    let want = WordStats {
        words: 5,
        letters: 21,
        by_length,
    };
    assert_eq!(got, want, "word_stats({words:?}) should be {want:?}");
}

#[test]
fn letters_are_chars_not_bytes() {
    let words = ["größe", "é"];
    let got = word_stats(&words);
    assert_eq!(
        got.letters, 6,
        "word_stats({words:?}).letters should be 6 chars"
    );
    assert_eq!(
        got.by_length[5], 1,
        "\"größe\" has 5 chars, so by_length[5] should be 1"
    );
    assert_eq!(
        got.by_length[1], 1,
        "\"é\" has 1 char, so by_length[1] should be 1"
    );
}

#[test]
fn long_words_count_as_max_len() {
    let words = ["internationalization", "abcdefghijkl", "abcdefghijklm"];
    let got = word_stats(&words);
    assert_eq!(
        got.by_length[MAX_LEN], 3,
        "words of 12, 13 and 20 chars should all count in by_length[MAX_LEN]"
    );
    assert_eq!(
        got.letters, 45,
        "word_stats({words:?}).letters should be 45"
    );
}

#[test]
fn no_words() {
    let got = word_stats(&[] as &[&str]);
    let want = expected(&[] as &[&str]);
    assert_eq!(got, want, "word_stats(&[]) should be {want:?}");
    assert_eq!(
        got.by_length.len(),
        MAX_LEN + 1,
        "by_length should always have MAX_LEN + 1 entries"
    );
}

#[test]
fn many_words_match_the_sequential_count() {
    let owned = many_words(20_000);
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let want = expected(&words);
    assert_eq!(
        word_stats(&words),
        want,
        "word_stats of 20,000 words should match a sequential count"
    );
}

#[test]
fn the_same_result_with_any_number_of_threads() {
    let owned = many_words(5_000);
    let words: Vec<&str> = owned.iter().map(String::as_str).collect();
    let want = expected(&words);
    for threads in [1, 2, 3, 8] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let got = pool.install(|| word_stats(&words));
        assert_eq!(
            got, want,
            "word_stats in a pool of {threads} threads should match a sequential count"
        );
    }
}

/// A word that counts how often it is read, and how often that happens
/// outside Rayon's worker threads.
struct Probe<'a> {
    text: &'a str,
    reads: &'a AtomicUsize,
    off_pool: &'a AtomicUsize,
}

impl AsRef<str> for Probe<'_> {
    fn as_ref(&self) -> &str {
        // `Relaxed`: the counts are read after `word_stats` has returned,
        // and Rayon's join makes every worker's writes visible by then.
        self.reads.fetch_add(1, Ordering::Relaxed);
        if rayon::current_thread_index().is_none() {
            self.off_pool.fetch_add(1, Ordering::Relaxed);
        }
        self.text
    }
}

#[test]
fn the_words_are_read_on_rayons_threads() {
    // Called from the test's own thread, which is not one of Rayon's: a
    // parallel iterator hands all of its work to the pool's worker threads,
    // while sequential code reads the words right here.
    let owned = many_words(2_000);
    let (reads, off_pool) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let probes: Vec<Probe> = owned
        .iter()
        .map(|text| Probe {
            text,
            reads: &reads,
            off_pool: &off_pool,
        })
        .collect();
    let got = word_stats(&probes);
    let want = expected(&owned);
    assert_eq!(
        got, want,
        "word_stats of 2,000 words should match a sequential count"
    );
    let (reads, off_pool) = (reads.into_inner(), off_pool.into_inner());
    assert!(reads > 0, "word_stats never read a word through as_ref()");
    assert_eq!(
        off_pool, 0,
        "word_stats read {off_pool} of its {reads} words on the calling thread instead of \
         on Rayon's worker threads: keep the work parallel (par_iter)"
    );
}
