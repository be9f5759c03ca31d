use std::cell::Cell;

#[test]
fn picks_the_largest() {
    assert_eq!(max_of!(3), 3, "max_of!(3)");
    assert_eq!(max_of!(3, 9), 9, "max_of!(3, 9)");
    assert_eq!(max_of!(9, 3), 9, "max_of!(9, 3)");
    assert_eq!(max_of!(4, -2, 17, 8, 0), 17, "max_of!(4, -2, 17, 8, 0)");
    assert_eq!(
        max_of!(1.5, 0.5,),
        1.5,
        "max_of!(1.5, 0.5,) with a trailing comma"
    );
}

#[test]
fn ties_keep_the_earlier_argument() {
    // Compare by the first element only, to see which argument won.
    #[derive(Debug, PartialEq)]
    struct Ranked(u8, &'static str);
    impl PartialOrd for Ranked {
        fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
            self.0.partial_cmp(&other.0)
        }
    }
    let got = max_of!(Ranked(5, "first"), Ranked(5, "second"), Ranked(1, "third"));
    assert_eq!(
        got,
        Ranked(5, "first"),
        "on a tie the earlier argument wins"
    );
}

#[test]
fn evaluates_each_argument_once() {
    let calls = Cell::new(0);
    let next = |v: i32| {
        calls.set(calls.get() + 1);
        v
    };
    let got = max_of!(next(3), next(7));
    assert_eq!(got, 7, "max_of!(3, 7)");
    assert_eq!(calls.get(), 2, "two arguments should mean two calls");

    calls.set(0);
    let got = max_of!(next(1), next(8), next(2), next(6), next(4));
    assert_eq!(got, 8, "max_of!(1, 8, 2, 6, 4)");
    assert_eq!(calls.get(), 5, "five arguments should mean five calls");
}

#[test]
fn evaluates_left_to_right() {
    let log = std::cell::RefCell::new(Vec::new());
    let note = |v: i32| {
        log.borrow_mut().push(v);
        v
    };
    let _ = max_of!(note(1), note(2), note(3));
    assert_eq!(
        *log.borrow(),
        [1, 2, 3],
        "arguments evaluated once each, in order"
    );
}

#[test]
fn works_with_values_that_move() {
    let made = Cell::new(0);
    let make = |s: &str| {
        made.set(made.get() + 1);
        String::from(s)
    };
    let got = max_of!(make("pear"), make("apple"), make("zucchini"));
    assert_eq!(got, "zucchini", "the largest string");
    assert_eq!(made.get(), 3, "three strings should be built, not more");
}

#[test]
fn does_not_clash_with_callers_variables() {
    let first = 10;
    let rest = 20;
    let only = 5;
    assert_eq!(
        max_of!(first, rest, only),
        20,
        "with variables named like the macro's"
    );
    assert_eq!(max_of!(rest, first), 20, "max_of!(rest, first)");
}
