use super::*;
use std::cell::Cell;
use std::rc::Rc;

/// A clock the test moves by hand.
#[derive(Clone, Default)]
struct Manual(Rc<Cell<u64>>);

impl Manual {
    fn set(&self, ns: u64) {
        self.0.set(ns);
    }
}

impl Clock for Manual {
    fn now_ns(&self) -> u64 {
        self.0.get()
    }
}

fn totals(calls: u64, inclusive_ns: u64, exclusive_ns: u64) -> Totals {
    Totals {
        calls,
        inclusive_ns,
        exclusive_ns,
    }
}

/// Runs `steps` (time, `Some(name)` to enter or `None` to exit) and returns
/// the report.
fn run(steps: &[(u64, Option<&'static str>)]) -> Vec<(&'static str, Totals)> {
    let clock = Manual::default();
    let mut profiler = Profiler::new(clock.clone());
    for &(at, step) in steps {
        clock.set(at);
        match step {
            Some(name) => profiler.enter(name),
            None => profiler.exit(),
        }
    }
    profiler.report()
}

#[test]
fn one_section() {
    assert_eq!(
        run(&[(5, Some("load")), (105, None)]),
        [("load", totals(1, 100, 100))],
        "a section entered at 5 ns and left at 105 ns: one call, 100 ns inclusive and exclusive"
    );
    assert_eq!(run(&[]), [], "nothing entered: the report should be empty");
}

#[test]
fn nested_sections_split_inclusive_and_exclusive_time() {
    // main 0..100 { parse 10..40, eval 50..90 { parse 60..70 } }
    let report = run(&[
        (0, Some("main")),
        (10, Some("parse")),
        (40, None),
        (50, Some("eval")),
        (60, Some("parse")),
        (70, None),
        (90, None),
        (100, None),
    ]);
    assert_eq!(
        report,
        [
            ("parse", totals(2, 40, 40)),
            ("eval", totals(1, 40, 30)),
            ("main", totals(1, 100, 30)),
        ],
        "main's own time is 100 - 30 (parse) - 40 (eval) = 30; eval's is 40 - 10 = 30; \
         parse has no sections inside, 30 + 10 = 40; sorted by exclusive time, largest first, ties by name"
    );
}

#[test]
fn recursion_counts_inclusive_time_once() {
    // walk 0..100 { walk 10..60 { walk 20..30 } }
    let report = run(&[
        (0, Some("walk")),
        (10, Some("walk")),
        (20, Some("walk")),
        (30, None),
        (60, None),
        (100, None),
    ]);
    assert_eq!(
        report,
        [("walk", totals(3, 100, 100))],
        "a recursive section: 3 calls; inclusive time only from the outermost call (100 ns, not 100 + 50 + 10); \
         exclusive times 10 + 40 + 50 = 100"
    );
}

#[test]
fn open_sections_are_not_reported_yet() {
    let clock = Manual::default();
    let mut profiler = Profiler::new(clock.clone());
    profiler.enter("request");
    clock.set(10);
    profiler.enter("query");
    clock.set(35);
    profiler.exit();
    assert_eq!(
        profiler.report(),
        [("query", totals(1, 25, 25))],
        "`request` is still open: only `query` (10..35 ns) is finished"
    );
    clock.set(50);
    profiler.exit();
    assert_eq!(
        profiler.report(),
        [("query", totals(1, 25, 25)), ("request", totals(1, 50, 25))],
        "after `request` ends at 50 ns: its own time is 50 - 25 = 25, a tie with `query`, so by name"
    );
}

#[test]
fn exit_without_an_open_section_panics() {
    let mut profiler = Profiler::new(Manual::default());
    profiler.enter("one");
    profiler.exit();
    let extra = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| profiler.exit()));
    assert!(
        extra.is_err(),
        "an exit with no open section is the caller's bug: it should panic"
    );
}
