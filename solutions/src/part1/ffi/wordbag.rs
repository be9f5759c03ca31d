//! The course's C file `c/ffi_wordbag.c` counts words with a *word bag*
//! that it does not implement: it declares five functions in
//! `c/ffi_wordbag.h` and expects a library to provide them. Write them in
//! Rust, so that the C code can call them.
//!
//! - `wordbag_new()` creates an empty bag on the heap and returns a pointer
//!   that C owns from then on.
//! - `wordbag_add(bag, word)` adds one occurrence of `word` and returns how
//!   many times it is in the bag now. The bag keeps its own copy: C reuses
//!   its buffers.
//! - `wordbag_count(bag, word)` is how many times `word` is in the bag.
//! - `wordbag_distinct(bag)` is how many different words the bag holds.
//! - `wordbag_free(bag)` frees the bag and every word in it.
//!
//! C will pass NULL pointers, and bytes that are not UTF-8: the header says
//! what each function does then (mostly: return 0 and change nothing).
//! Words are compared exactly, case included.
//!
//! Each function must be exported under its C name with the C ABI, and must
//! never panic: a panic cannot unwind out of an `extern "C" fn`, it aborts
//! the program. A function that follows a pointer from C is an
//! `unsafe extern "C" fn` with a `# Safety` section saying what C must
//! guarantee, and every `unsafe` block needs a `// SAFETY:` comment.
//!
//! The exports are in place, but their bodies are placeholders (a panic
//! in them would abort the tests, so they return NULL or 0): replace them.

use std::collections::HashMap;
use std::ffi::{c_char, CStr};

/// A bag of words: how many times each word was added. C never sees inside
/// it; it only holds a pointer, as the opaque `struct wordbag *`.
#[derive(Debug, Default)]
pub struct WordBag {
    counts: HashMap<String, usize>,
}

/// A new, empty bag. Free it with [`wordbag_free`].
#[unsafe(no_mangle)]
pub extern "C" fn wordbag_new() -> *mut WordBag {
    // The box's memory now belongs to C, until `wordbag_free` takes it back.
    Box::into_raw(Box::default())
}

/// Reads a word C passed: `None` for NULL or bytes that are not UTF-8.
///
/// # Safety
///
/// `word` is null or points to a NUL-terminated string that stays alive and
/// unchanged for `'a`.
unsafe fn word_from_c<'a>(word: *const c_char) -> Option<&'a str> {
    if word.is_null() {
        return None;
    }
    // SAFETY: `word` is not null, and the caller guarantees that it points
    // to a NUL-terminated string that outlives `'a`.
    let word = unsafe { CStr::from_ptr(word) };
    word.to_str().ok()
}

/// Adds one occurrence of `word` and returns its count; 0 (and no change)
/// when `bag` or `word` is null or `word` is not UTF-8.
///
/// # Safety
///
/// `bag` is null or a live bag from [`wordbag_new`] that nothing else uses
/// during the call; `word` is null or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wordbag_add(bag: *mut WordBag, word: *const c_char) -> usize {
    // SAFETY: the caller guarantees that `bag` is null or a live bag used by
    // no one else during the call; `as_mut` turns null into `None`.
    let Some(bag) = (unsafe { bag.as_mut() }) else {
        return 0;
    };
    // SAFETY: the caller guarantees that `word` is null or NUL-terminated,
    // and the `&str` is not used after this call.
    let Some(word) = (unsafe { word_from_c(word) }) else {
        return 0;
    };
    // `to_owned` copies the word: C may overwrite its buffer after the call.
    let count = bag.counts.entry(word.to_owned()).or_insert(0);
    *count += 1;
    *count
}

/// How many times `word` is in `bag`; 0 for null arguments or a word that
/// is not UTF-8.
///
/// # Safety
///
/// `bag` is null or a live bag from [`wordbag_new`] that nothing changes
/// during the call; `word` is null or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wordbag_count(bag: *const WordBag, word: *const c_char) -> usize {
    // SAFETY: the caller guarantees that `bag` is null or a live bag that
    // does not change during the call.
    let Some(bag) = (unsafe { bag.as_ref() }) else {
        return 0;
    };
    // SAFETY: the caller guarantees that `word` is null or NUL-terminated.
    let Some(word) = (unsafe { word_from_c(word) }) else {
        return 0;
    };
    bag.counts.get(word).copied().unwrap_or(0)
}

/// How many different words `bag` holds; 0 when `bag` is null.
///
/// # Safety
///
/// `bag` is null or a live bag from [`wordbag_new`] that nothing changes
/// during the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wordbag_distinct(bag: *const WordBag) -> usize {
    // SAFETY: the caller guarantees that `bag` is null or a live bag that
    // does not change during the call.
    unsafe { bag.as_ref() }.map_or(0, |bag| bag.counts.len())
}

/// Frees `bag` and every word in it; null is ignored.
///
/// # Safety
///
/// `bag` is null or comes from [`wordbag_new`] and was not freed yet; it is
/// not used again afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn wordbag_free(bag: *mut WordBag) {
    if bag.is_null() {
        return;
    }
    // SAFETY: `bag` came from `Box::into_raw` in `wordbag_new` and the
    // caller guarantees that it is freed only this once, so the box owns
    // it again; dropping the box frees the map and every word in it.
    drop(unsafe { Box::from_raw(bag) });
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ffi/wordbag.rs"]
mod tests;
