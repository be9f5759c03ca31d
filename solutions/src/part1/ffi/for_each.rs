//! Write `for_each_until` on top of the course's C function `ffi_for_each`
//! (in `c/ffi_course.c`). C calls a callback once per element, in order, and
//! stops after the first call that returns non-zero; it returns how many
//! calls it made. It passes its `user` pointer to every call unchanged.
//!
//! `for_each_until(data, f)` calls `f` on each element until `f` returns
//! `true`, and returns how many times `f` was called. `f` may capture and
//! change local variables. Give C a trampoline: an `extern "C" fn` that turns
//! `user` back into a reference to your closure and calls it. An empty slice
//! gives 0 without calling `f` (C reads nothing when `len` is 0, so the
//! pointer of an empty slice is fine).
//!
//! A panic must never unwind through C: if `f` panics, catch the panic in the
//! trampoline, tell C to stop, and once C has returned, resume the panic with
//! `std::panic::resume_unwind`, so the caller sees `f`'s own panic.
//! (A panic that escapes an `extern "C" fn` aborts the whole test run with
//! "non-unwinding panic": that is the test `a_panic_in_f_reaches_the_caller`.)

use std::any::Any;
use std::ffi::{c_int, c_void};
use std::panic::{self, AssertUnwindSafe};

// The C functions are in the static library `course_c`, built from `c/*.c`.
#[link(name = "course_c", kind = "static")]
extern "C" {
    /// Calls `cb(data[i], user)` for each element until `cb` returns
    /// non-zero; returns the number of calls. Reads nothing when `len` is 0.
    fn ffi_for_each(
        data: *const i32,
        len: usize,
        cb: Option<unsafe extern "C" fn(value: i32, user: *mut c_void) -> c_int>,
        user: *mut c_void,
    ) -> usize;
}

/// What `user` points to during the C call: the closure, and the payload of
/// a panic caught in it.
struct Visit<F> {
    f: F,
    panic: Option<Box<dyn Any + Send>>,
}

/// Called by C once per element. Never unwinds: a panic in `f` is stored and
/// reported to C as "stop".
///
/// # Safety
///
/// `user` must point to a live `Visit<F>` that nothing else uses during the
/// call.
unsafe extern "C" fn trampoline<F: FnMut(i32) -> bool>(value: i32, user: *mut c_void) -> c_int {
    // SAFETY: `for_each_until` passes a pointer to its own `Visit<F>` as
    // `user`. It lives until `ffi_for_each` returns, C only calls us during
    // that call and on the same thread, and no other reference to it exists
    // meanwhile, so a unique reference is sound.
    let visit = unsafe { &mut *user.cast::<Visit<F>>() };
    match panic::catch_unwind(AssertUnwindSafe(|| (visit.f)(value))) {
        Ok(stop) => c_int::from(stop),
        Err(payload) => {
            visit.panic = Some(payload);
            1
        }
    }
}

/// Calls `f` on each element of `data` until it returns `true`; returns how
/// many times `f` was called.
pub fn for_each_until<F: FnMut(i32) -> bool>(data: &[i32], f: F) -> usize {
    let mut visit = Visit { f, panic: None };
    let user: *mut Visit<F> = &mut visit;
    // SAFETY: `data.as_ptr()` points to `data.len()` readable `i32`s (C reads
    // none when the length is 0). `trampoline::<F>` matches the callback type
    // and expects exactly the `Visit<F>` that `user` points to, which outlives
    // the call. C keeps neither pointer after it returns.
    let visited = unsafe {
        ffi_for_each(
            data.as_ptr(),
            data.len(),
            Some(trampoline::<F>),
            user.cast::<c_void>(),
        )
    };
    if let Some(payload) = visit.panic {
        panic::resume_unwind(payload);
    }
    visited
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ffi/for_each.rs"]
mod tests;
