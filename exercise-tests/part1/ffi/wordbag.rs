use super::*;
use std::ffi::{c_char, CString};
use std::ptr;

// The C code under test, in `c/ffi_wordbag.c`: it calls your functions.
#[link(name = "course_c", kind = "static")]
extern "C" {
    fn ffi_distinct_words(text: *const c_char) -> usize;
    fn ffi_word_frequency(text: *const c_char, word: *const c_char) -> usize;
}

fn c_string(text: &str) -> CString {
    CString::new(text).expect("the tests' strings have no NUL byte")
}

/// What the C functions return when they get no bag.
const NO_BAG: usize = usize::MAX;

/// Asks the C code how many different words `text` has.
fn distinct_words(text: &str) -> usize {
    let c_text = c_string(text);
    // SAFETY: `c_text` is NUL-terminated and outlives the call.
    let distinct = unsafe { ffi_distinct_words(c_text.as_ptr()) };
    assert_ne!(
        distinct, NO_BAG,
        "ffi_distinct_words({text:?}) returned (size_t)-1: wordbag_new() gave C a NULL bag"
    );
    distinct
}

/// Asks the C code how often `word` occurs in `text`.
fn word_frequency(text: &str, word: &str) -> usize {
    let (c_text, c_word) = (c_string(text), c_string(word));
    // SAFETY: both strings are NUL-terminated and outlive the call.
    let frequency = unsafe { ffi_word_frequency(c_text.as_ptr(), c_word.as_ptr()) };
    assert_ne!(
        frequency, NO_BAG,
        "ffi_word_frequency({text:?}, {word:?}) returned (size_t)-1: wordbag_new() gave C a NULL bag"
    );
    frequency
}

/// Adds `word` to `bag` as C does, from a buffer that is gone afterwards.
///
/// # Safety
///
/// `bag` is a live bag from `wordbag_new`.
unsafe fn add(bag: *mut WordBag, word: &str) -> usize {
    let word = c_string(word);
    // SAFETY: the caller passes a live bag; `word` is NUL-terminated.
    unsafe { wordbag_add(bag, word.as_ptr()) }
}

/// # Safety
///
/// `bag` is a live bag from `wordbag_new`.
unsafe fn count(bag: *const WordBag, word: &str) -> usize {
    let word = c_string(word);
    // SAFETY: the caller passes a live bag; `word` is NUL-terminated.
    unsafe { wordbag_count(bag, word.as_ptr()) }
}

#[test]
fn c_counts_the_distinct_words_of_a_text() {
    for (text, expected) in [
        ("the cat saw the dog", 4),
        ("one", 1),
        ("a a a", 1),
        ("  spaces\tand\nnew lines  ", 4),
        ("grüße aus köln, grüße", 3),
    ] {
        assert_eq!(
            distinct_words(text),
            expected,
            "ffi_distinct_words({text:?}) should be {expected}"
        );
    }
}

#[test]
fn c_finds_no_words_in_blank_text() {
    assert_eq!(distinct_words(""), 0, "ffi_distinct_words(\"\")");
    assert_eq!(distinct_words(" \t\n "), 0, "ffi_distinct_words of blanks");
}

#[test]
fn words_are_compared_exactly() {
    assert_eq!(
        distinct_words("Rust rust RUST"),
        3,
        "ffi_distinct_words(\"Rust rust RUST\"): case matters"
    );
}

#[test]
fn c_counts_one_word() {
    let text = "the cat saw the dog and the bird";
    for (word, expected) in [("the", 3), ("cat", 1), ("fish", 0), ("The", 0)] {
        assert_eq!(
            word_frequency(text, word),
            expected,
            "ffi_word_frequency({text:?}, {word:?}) should be {expected}"
        );
    }
}

#[test]
fn add_returns_the_count_so_far() {
    let bag = wordbag_new();
    assert!(!bag.is_null(), "wordbag_new() returned NULL");
    // SAFETY: `bag` is live until `wordbag_free`, and only this thread uses it.
    unsafe {
        assert_eq!(add(bag, "ferris"), 1, "the first \"ferris\"");
        assert_eq!(add(bag, "crab"), 1, "the first \"crab\"");
        assert_eq!(add(bag, "ferris"), 2, "the second \"ferris\"");
        assert_eq!(count(bag, "ferris"), 2, "wordbag_count of \"ferris\"");
        assert_eq!(count(bag, "crab"), 1, "wordbag_count of \"crab\"");
        assert_eq!(count(bag, "lobster"), 0, "a word never added");
        assert_eq!(wordbag_distinct(bag), 2, "ferris and crab");
        wordbag_free(bag);
    }
}

#[test]
fn the_bag_keeps_its_own_copy_of_each_word() {
    let bag = wordbag_new();
    assert!(!bag.is_null(), "wordbag_new() returned NULL");
    let mut buffer = c_string("first").into_bytes_with_nul();
    // SAFETY: `bag` is live until `wordbag_free`; `buffer` is NUL-terminated.
    unsafe {
        wordbag_add(bag, buffer.as_ptr().cast());
        // C reuses its buffer for the next word, as `c/ffi_wordbag.c` does.
        buffer[..6].copy_from_slice(b"other\0");
        wordbag_add(bag, buffer.as_ptr().cast());
        assert_eq!(
            count(bag, "first"),
            1,
            "\"first\" should still be in the bag after C overwrote its buffer"
        );
        assert_eq!(count(bag, "other"), 1, "\"other\" was added once");
        wordbag_free(bag);
    }
}

#[test]
fn every_bag_is_separate() {
    let (a, b) = (wordbag_new(), wordbag_new());
    assert!(
        !a.is_null() && !b.is_null() && a != b,
        "two calls to wordbag_new() should give two different bags, got {a:?} and {b:?}"
    );
    // SAFETY: both bags are live until `wordbag_free`.
    unsafe {
        add(a, "only-in-a");
        assert_eq!(
            count(b, "only-in-a"),
            0,
            "bag b should not see bag a's word"
        );
        assert_eq!(wordbag_distinct(b), 0, "bag b should be empty");
        wordbag_free(a);
        wordbag_free(b);
    }
}

#[test]
fn null_pointers_change_nothing() {
    let word = c_string("word");
    let bag = wordbag_new();
    assert!(!bag.is_null(), "wordbag_new() returned NULL");
    // SAFETY: null is allowed for every argument; `bag` is live until freed.
    unsafe {
        assert_eq!(
            wordbag_add(ptr::null_mut(), word.as_ptr()),
            0,
            "wordbag_add(NULL, \"word\")"
        );
        assert_eq!(wordbag_add(bag, ptr::null()), 0, "wordbag_add(bag, NULL)");
        assert_eq!(
            wordbag_count(ptr::null(), word.as_ptr()),
            0,
            "wordbag_count(NULL, \"word\")"
        );
        assert_eq!(
            wordbag_count(bag, ptr::null()),
            0,
            "wordbag_count(bag, NULL)"
        );
        assert_eq!(wordbag_distinct(ptr::null()), 0, "wordbag_distinct(NULL)");
        assert_eq!(
            wordbag_distinct(bag),
            0,
            "adding NULL should not add a word"
        );
        wordbag_free(ptr::null_mut());
        wordbag_free(bag);
    }
}

#[test]
fn words_that_are_not_utf8_are_ignored() {
    // "café" in Latin-1: the é is the single byte 0xE9, not valid UTF-8.
    let latin1 = CString::new(b"caf\xe9".to_vec()).expect("no NUL byte");
    let bag = wordbag_new();
    assert!(!bag.is_null(), "wordbag_new() returned NULL");
    // SAFETY: `bag` is live until `wordbag_free`; `latin1` is NUL-terminated.
    unsafe {
        assert_eq!(
            wordbag_add(bag, latin1.as_ptr()),
            0,
            "wordbag_add of bytes that are not UTF-8 should return 0"
        );
        assert_eq!(
            wordbag_distinct(bag),
            0,
            "a word that is not UTF-8 should not be added"
        );
        assert_eq!(
            wordbag_count(bag, latin1.as_ptr()),
            0,
            "wordbag_count of bytes that are not UTF-8"
        );
        wordbag_free(bag);
    }
}

#[test]
fn free_releases_the_bag_and_every_word() {
    let words: Vec<CString> = [
        "alpha",
        "beta",
        "alpha",
        "a-much-longer-word-than-the-others",
    ]
    .into_iter()
    .map(c_string)
    .collect();
    let ((), stats) = course_alloc::measure(|| {
        let bag = wordbag_new();
        assert!(!bag.is_null(), "wordbag_new() returned NULL");
        // SAFETY: `bag` is live until `wordbag_free`; the words are
        // NUL-terminated and outlive the calls.
        unsafe {
            for word in &words {
                wordbag_add(bag, word.as_ptr());
            }
            wordbag_free(bag);
        }
    });
    assert!(
        stats.allocations > 0,
        "a bag with words should have allocated something: {stats:?}"
    );
    assert_eq!(
        stats.allocations, stats.deallocations,
        "wordbag_free should free every block the bag allocated (the bag, its table, \
         each word): {stats:?}"
    );
}
