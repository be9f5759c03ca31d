//! Tests for `#[trace]`: the attribute is used on real functions here, and
//! the misuse cases in `trace_ui/` must fail to compile with exactly the
//! errors in their `.stderr` files.

use course_trace::trace;
use std::cell::RefCell;

thread_local! {
    // One log per test thread, so tests running side by side do not mix.
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The logging function the traced functions are given.
fn log(line: &str) {
    LOG.with(|log| log.borrow_mut().push(line.to_string()));
}

/// Takes what has been logged on this thread so far.
fn take_log() -> Vec<String> {
    LOG.with(|log| log.take())
}

#[trace(log)]
fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[trace(log)]
fn outer() -> i32 {
    add(1, 2) * 10
}

/// Returns early for negative input.
#[trace(log)]
fn sign(n: i32) -> &'static str {
    if n < 0 {
        return "negative";
    }
    "not negative"
}

#[trace(log)]
fn parse_sum(a: &str, b: &str) -> Result<i64, std::num::ParseIntError> {
    let a: i64 = a.parse()?;
    let b: i64 = b.parse()?;
    Ok(a + b)
}

#[trace(log)]
fn fail(message: &str) {
    panic!("{message}");
}

#[trace(log)]
fn largest<T>(items: &[T]) -> Option<T>
where
    T: PartialOrd + Copy,
{
    let mut best = *items.first()?;
    for &item in items {
        if item > best {
            best = item;
        }
    }
    Some(best)
}

/// The argument is a path; the function keeps its visibility and docs.
mod shapes {
    use course_trace::trace;

    pub mod audit {
        pub fn record(line: &str) {
            crate::log(&format!("audit: {line}"));
        }
    }

    pub struct Square(pub f64);

    impl Square {
        /// A traced method: `&self` must survive.
        #[trace(crate::shapes::audit::record)]
        pub fn area(&self) -> f64 {
            self.0 * self.0
        }
    }

    #[trace(audit::record)]
    #[must_use]
    pub fn unit() -> Square {
        Square(1.0)
    }
}

#[test]
fn logs_enter_and_exit_around_a_call() {
    take_log();
    let sum = add(2, 3);
    assert_eq!(sum, 5, "add(2, 3) should still return 5");
    assert_eq!(
        take_log(),
        ["enter add", "exit add"],
        "the log of one call to add"
    );
}

#[test]
fn nested_calls_nest_in_the_log() {
    take_log();
    assert_eq!(outer(), 30, "outer() should still return 30");
    assert_eq!(
        take_log(),
        ["enter outer", "enter add", "exit add", "exit outer"],
        "outer() calls add()"
    );
}

#[test]
fn an_early_return_logs_the_exit() {
    take_log();
    assert_eq!(sign(-4), "negative", "sign(-4)");
    assert_eq!(
        take_log(),
        ["enter sign", "exit sign"],
        "sign(-4) returns early, and must still log its exit"
    );
    assert_eq!(sign(4), "not negative", "sign(4)");
    assert_eq!(
        take_log(),
        ["enter sign", "exit sign"],
        "sign(4) runs to the end of its body"
    );
}

#[test]
fn a_question_mark_logs_the_exit() {
    take_log();
    assert_eq!(parse_sum("2", "40"), Ok(42), "parse_sum(\"2\", \"40\")");
    assert_eq!(
        take_log(),
        ["enter parse_sum", "exit parse_sum"],
        "parse_sum(\"2\", \"40\")"
    );
    assert!(
        parse_sum("2", "forty").is_err(),
        "parse_sum(\"2\", \"forty\") should be an error"
    );
    assert_eq!(
        take_log(),
        ["enter parse_sum", "exit parse_sum"],
        "parse_sum(\"2\", \"forty\") returns through `?`, and must still log its exit"
    );
}

#[test]
fn a_panic_logs_the_exit() {
    take_log();
    let result = std::panic::catch_unwind(|| fail("traced panic (part of the test)"));
    assert!(result.is_err(), "fail() should still panic");
    assert_eq!(
        take_log(),
        ["enter fail", "exit fail"],
        "a panic that unwinds out of fail() must still log its exit"
    );
}

#[test]
fn generics_and_where_clauses_are_kept() {
    take_log();
    assert_eq!(largest(&[3, 9, 2]), Some(9), "largest(&[3, 9, 2])");
    assert_eq!(largest(&[0.5, -1.0]), Some(0.5), "largest(&[0.5, -1.0])");
    assert_eq!(largest::<u8>(&[]), None, "largest(&[])");
    assert_eq!(
        take_log(),
        [
            "enter largest",
            "exit largest",
            "enter largest",
            "exit largest",
            "enter largest",
            "exit largest"
        ],
        "three calls to largest(), one of them returning through `?`"
    );
}

#[test]
fn methods_and_paths_work() {
    take_log();
    let square = shapes::unit();
    let area = shapes::Square(3.0).area();
    assert_eq!(
        square.0, 1.0,
        "shapes::unit() should still return Square(1.0)"
    );
    assert_eq!(area, 9.0, "Square(3.0).area() should still return 9.0");
    assert_eq!(
        take_log(),
        [
            "audit: enter unit",
            "audit: exit unit",
            "audit: enter area",
            "audit: exit area"
        ],
        "unit() and area() log through shapes::audit::record"
    );
}

#[test]
fn misuse_is_a_clear_compile_error() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("../../exercise-tests/part1/macros/trace_ui/*.rs");
}
