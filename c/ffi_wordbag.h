/*
 * The word bag of the "Unsafe Rust and FFI" chapter (Part I, chapter 6):
 * C code that calls functions written in Rust.
 *
 * The `wordbag_*` functions are NOT written in C: they are exported by the
 * Rust exercise `ffi-export-wordbag` (exercises/src/part1/ffi/wordbag.rs)
 * with `#[unsafe(no_mangle)] extern "C"`. This header is their contract.
 * The `ffi_*` functions below them are C code that uses the bag.
 */
#ifndef FFI_WORDBAG_H
#define FFI_WORDBAG_H

#include <stddef.h>

/* A bag of words. Opaque: C only ever holds a pointer to one. */
typedef struct wordbag wordbag;

/* A new, empty bag, or NULL if it could not be created. Free it with
 * `wordbag_free`. */
wordbag *wordbag_new(void);

/*
 * Adds one occurrence of `word` (a NUL-terminated UTF-8 string) to `bag`
 * and returns how many times `word` is now in the bag. Returns 0 and adds
 * nothing when `bag` or `word` is NULL or `word` is not valid UTF-8.
 * The bag keeps its own copy of the word.
 */
size_t wordbag_add(wordbag *bag, const char *word);

/* How many times `word` is in `bag`; 0 for NULL arguments or a word that is
 * not valid UTF-8. */
size_t wordbag_count(const wordbag *bag, const char *word);

/* How many different words `bag` holds; 0 when `bag` is NULL. */
size_t wordbag_distinct(const wordbag *bag);

/* Frees `bag` and everything in it. NULL is ignored. `bag` must not be used
 * afterwards. */
void wordbag_free(wordbag *bag);

/*
 * Splits `text` into words at ASCII whitespace, adds them all to a new bag,
 * and returns how many different words there are. A NULL or empty `text`
 * has 0. Returns (size_t)-1 if memory or the bag could not be obtained.
 */
size_t ffi_distinct_words(const char *text);

/*
 * How many of the words of `text` (split as above) are equal to `word`.
 * Returns (size_t)-1 if memory or the bag could not be obtained.
 */
size_t ffi_word_frequency(const char *text, const char *word);

#endif
