/*
 * C functions of the "Unsafe Rust and FFI" chapter (Part I, chapter 6).
 *
 * The exercises call them through `extern "C"` blocks and wrap them in safe
 * Rust functions. Each comment states what the function assumes of its
 * caller: those assumptions are what the Rust wrappers must guarantee.
 */
#ifndef FFI_COURSE_H
#define FFI_COURSE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Counts the words of the NUL-terminated string `s`. Words are separated by
 * ASCII whitespace (space, \t, \n, \v, \f, \r); every other byte, including
 * the bytes of non-ASCII UTF-8 characters, belongs to a word.
 * Returns 0 when `s` is NULL.
 */
size_t ffi_word_count(const char *s);

/* The callback of `ffi_for_each`: return 0 to go on, non-zero to stop. */
typedef int (*ffi_visit_fn)(int32_t value, void *user);

/*
 * Calls `cb(data[i], user)` for i = 0, 1, ... in order, and stops after the
 * first call that returns non-zero. Returns how many times `cb` was called.
 *
 * When `len` is 0, `data` is never read and may be NULL (or dangling).
 * Otherwise `data` must point to `len` readable `int32_t`s. `user` is passed
 * to `cb` unchanged and is never read by this function. When `cb` is NULL,
 * nothing is called and the result is 0.
 */
size_t ffi_for_each(const int32_t *data, size_t len, ffi_visit_fn cb, void *user);

/*
 * Copies the NUL-terminated string `src` into `dst` with the ASCII letters
 * upper-cased; all other bytes are copied unchanged. Like snprintf, it writes
 * at most `cap - 1` bytes and then a NUL terminator, so the copy is cut short
 * when `cap` is too small, and nothing at all is written when `cap` is 0.
 *
 * Returns strlen(src): the length of the full result, without the NUL. A
 * result >= cap means the copy was cut short. `dst` may be NULL only when
 * `cap` is 0 (to ask for the length first). A NULL `src` counts as "".
 */
size_t ffi_upper_copy(const char *src, char *dst, size_t cap);

/*
 * Parses a decimal TCP port: one or more ASCII digits and nothing else, with
 * a value from 0 to 65535. Returns the port, or -1 when `s` is NULL, empty,
 * has any other character (a sign, a space) or is out of range.
 */
int32_t ffi_parse_port(const char *s);

#endif
