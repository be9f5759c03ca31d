use super::*;

/// A stack holding `values`, pushed in order (so the last one is on top).
fn stack_of<T: Clone>(values: &[T]) -> Stack<T> {
    let mut stack = Stack::new();
    for value in values {
        stack.push(value.clone());
    }
    stack
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|w| w.to_string()).collect()
}

#[test]
fn pop_returns_the_last_value_pushed_first() {
    let mut stack = stack_of(&[1, 2, 3]);
    for expected in [3, 2, 1] {
        assert_eq!(
            stack.pop(),
            Some(expected),
            "after pushing 1, 2, 3, pop should return 3, 2, 1 in that order"
        );
    }
    assert_eq!(stack.pop(), None, "pop on an emptied stack should be None");
    assert!(
        stack.is_empty(),
        "the stack should be empty after popping everything"
    );
}

#[test]
fn pop_and_peek_on_an_empty_stack() {
    let mut stack: Stack<String> = Stack::new();
    assert_eq!(stack.peek(), None, "peek on a new stack should be None");
    assert_eq!(stack.pop(), None, "pop on a new stack should be None");
}

#[test]
fn peek_does_not_take_the_value_off() {
    let mut stack = stack_of(&words(&["bottom", "top"]));
    assert_eq!(
        stack.peek().map(String::as_str),
        Some("top"),
        "peek should return the top value, \"top\""
    );
    assert_eq!(stack.len(), 2, "peek should leave both values on the stack");
    assert_eq!(
        stack.pop().as_deref(),
        Some("top"),
        "pop after peek should still return \"top\""
    );
    assert_eq!(
        stack.peek().map(String::as_str),
        Some("bottom"),
        "after popping \"top\", peek should return \"bottom\""
    );
}

#[test]
fn for_loop_over_a_reference_goes_from_top_to_bottom() {
    let stack = stack_of(&[10, 20, 30]);
    let mut seen = Vec::new();
    for value in &stack {
        seen.push(*value);
    }
    assert_eq!(
        seen,
        [30, 20, 10],
        "`for value in &stack` should yield the values top first"
    );
    assert_eq!(stack.len(), 3, "iterating should leave the stack unchanged");
    assert_eq!(
        stack.peek(),
        Some(&30),
        "the top should still be 30 after the loop"
    );
}

#[test]
fn iterating_strings_yields_references_into_the_stack() {
    let stack = stack_of(&words(&["a", "bb", "ccc"]));
    let got: Vec<&String> = stack.iter().collect();
    assert_eq!(
        got,
        ["ccc", "bb", "a"],
        "stack.iter() should yield \"ccc\", \"bb\", \"a\""
    );
    let top = stack
        .iter()
        .next()
        .expect("iter over three values should not be empty");
    assert!(
        std::ptr::eq(top, stack.peek().unwrap()),
        "iter should yield references to the values in the stack, not copies"
    );
}

#[test]
fn adapters_work_through_into_iterator() {
    let stack = stack_of(&words(&["fast", "safe", "fun"]));
    let total: usize = (&stack).into_iter().map(|w| w.len()).sum();
    assert_eq!(
        total, 11,
        "the lengths of fast, safe and fun should sum to 11"
    );
    let short: Vec<&String> = stack.iter().filter(|w| w.len() < 4).collect();
    assert_eq!(
        short,
        ["fun"],
        "the only word shorter than 4 letters is \"fun\""
    );

    let numbers = stack_of(&[1.5, 2.5]);
    let sum: f64 = numbers.iter().sum();
    assert_eq!(sum, 4.0, "1.5 + 2.5 should be 4.0");
}

#[test]
fn generic_code_accepts_a_borrowed_stack() {
    fn count_over<'a>(values: impl IntoIterator<Item = &'a i32>, limit: i32) -> usize {
        values.into_iter().filter(|&&v| v > limit).count()
    }
    let stack = stack_of(&[5, 50, 500]);
    assert_eq!(
        count_over(&stack, 10),
        2,
        "two values of the stack [5, 50, 500] are over 10"
    );
}

#[test]
fn an_empty_stack_yields_nothing() {
    let stack: Stack<char> = Stack::new();
    assert_eq!(
        stack.iter().next(),
        None,
        "iter on an empty stack should yield nothing"
    );
    assert_eq!(
        (&stack).into_iter().count(),
        0,
        "an empty stack should yield no values"
    );
}

#[test]
fn iter_stays_finished_after_the_end() {
    let stack = stack_of(&['x', 'y']);
    let mut it = stack.iter();
    assert_eq!(
        it.next(),
        Some(&'y'),
        "the first value yielded should be the top, 'y'"
    );
    assert_eq!(
        it.next(),
        Some(&'x'),
        "the second value yielded should be 'x'"
    );
    for _ in 0..3 {
        assert_eq!(
            it.next(),
            None,
            "after the bottom value, next() should keep returning None"
        );
    }
}
