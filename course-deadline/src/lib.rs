//! A hang guard for tests of concurrent code.
//!
//! A broken lock, pool or pipeline often fails by never returning. A test
//! that simply calls it would hang until the checker's time limit, and the
//! learner would see "timed out" instead of what went wrong. [`finish_within`]
//! runs the call on a thread of its own and gives up after a generous limit,
//! so the test can fail with a message that says what to look for:
//!
//! ```
//! use std::time::Duration;
//!
//! let sum = course_deadline::finish_within(Duration::from_secs(2), || 1 + 1)
//!     .unwrap_or_else(|| panic!("the sum did not finish within 2 s"));
//! assert_eq!(sum, 2);
//! ```
//!
//! The limit only guards against hangs; it is never what a test asserts.

use std::panic;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

/// Runs `f` on a thread of its own and returns its result, or `None` if it
/// has not finished after `limit` (the thread is then left running). A panic
/// in `f`, such as a failed assertion, is passed on to the caller.
pub fn finish_within<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (done, result) = mpsc::channel();
    let worker = thread::spawn(move || {
        let _ = done.send(f());
    });
    match result.recv_timeout(limit) {
        Ok(value) => {
            // It has sent, so it ends at once; joining keeps nothing behind.
            let _ = worker.join();
            Some(value)
        }
        Err(RecvTimeoutError::Disconnected) => match worker.join() {
            Err(payload) => panic::resume_unwind(payload),
            Ok(()) => unreachable!("the worker sends before it ends"),
        },
        Err(RecvTimeoutError::Timeout) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_the_result() {
        let got = finish_within(Duration::from_secs(5), || "done");
        assert_eq!(got, Some("done"));
    }

    #[test]
    fn gives_up_on_a_call_that_never_returns() {
        let (_keep_open, never) = mpsc::channel::<()>();
        let got = finish_within(Duration::from_millis(50), move || never.recv());
        assert!(got.is_none(), "a call blocked forever should give None");
    }

    #[test]
    fn passes_a_panic_on() {
        let outcome = panic::catch_unwind(|| {
            finish_within(Duration::from_secs(5), || {
                panic::resume_unwind(Box::new("inner failure"))
            })
        });
        let payload = outcome.expect_err("the panic should reach the caller");
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"inner failure"));
    }
}
