use super::*;
use std::any::Any;
use std::num::ParseIntError;
use std::panic::{self, AssertUnwindSafe};
use std::rc::Rc;

/// The text of a panic, for messages that say which panic was caught.
fn panic_text(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// A value that is neither `Clone` nor `Default`.
#[derive(Debug, PartialEq)]
struct Mode(&'static str);

#[test]
fn the_new_value_is_visible_while_the_guard_lives() {
    let mut level = 1;
    {
        let guard = Restore::set(&mut level, 5);
        assert_eq!(
            *guard, 5,
            "*guard should be the new value 5 while the guard lives"
        );
    }
    assert_eq!(
        level, 1,
        "after the guard is dropped, the slot should hold the old value 1 again"
    );
}

#[test]
fn changes_through_the_guard_are_undone() {
    let mut name = String::from("main");
    {
        let mut guard = Restore::set(&mut name, String::from("worker"));
        guard.push_str("-1");
        assert_eq!(
            *guard, "worker-1",
            "guard.push_str should change the value in the slot"
        );
        *guard = String::from("replaced");
        assert_eq!(*guard, "replaced", "`*guard = …` should replace the value");
    }
    assert_eq!(
        name, "main",
        "after the guard is dropped, changes made through it should be gone"
    );
}

#[test]
fn works_for_types_that_are_not_clone() {
    let mut mode = Mode("normal");
    {
        let guard = Restore::set(&mut mode, Mode("safe"));
        assert_eq!(*guard, Mode("safe"), "*guard should be the new value");
    }
    assert_eq!(
        mode,
        Mode("normal"),
        "the old value should come back without being cloned"
    );
}

#[test]
fn nested_guards_undo_in_reverse_order() {
    let mut depth = 0;
    {
        let mut outer = Restore::set(&mut depth, 1);
        {
            let inner = Restore::set(&mut *outer, 2);
            assert_eq!(*inner, 2, "the inner guard should show its value 2");
        }
        assert_eq!(
            *outer, 1,
            "after the inner guard is dropped, the outer guard's value 1 should be back"
        );
    }
    assert_eq!(
        depth, 0,
        "after both guards are dropped, the original value 0 should be back"
    );
}

fn first_negative(values: &[i32], status: &mut &'static str) -> Option<usize> {
    let guard = Restore::set(status, "searching");
    for (i, &value) in values.iter().enumerate() {
        if value < 0 {
            return Some(i);
        }
    }
    assert_eq!(*guard, "searching", "*guard should be the new value");
    None
}

#[test]
fn an_early_return_restores_the_old_value() {
    let mut status = "idle";
    assert_eq!(
        first_negative(&[4, -2, 7], &mut status),
        Some(1),
        "the first negative value of [4, -2, 7] is at index 1"
    );
    assert_eq!(
        status, "idle",
        "after an early `return`, the slot should hold the old value \"idle\""
    );
    assert_eq!(
        first_negative(&[4, 7], &mut status),
        None,
        "[4, 7] has no negative value"
    );
    assert_eq!(
        status, "idle",
        "after a normal return, the slot should hold the old value \"idle\""
    );
}

fn parse_field(
    field: &'static str,
    text: &str,
    current: &mut &'static str,
) -> Result<i64, ParseIntError> {
    let guard = Restore::set(current, field);
    let value = text.trim().parse::<i64>()?;
    assert_eq!(*guard, field, "*guard should name the field being parsed");
    Ok(value)
}

#[test]
fn the_question_mark_operator_restores_the_old_value() {
    let mut current = "none";
    assert_eq!(
        parse_field("port", " 8080 ", &mut current),
        Ok(8080),
        "parsing \" 8080 \" should give Ok(8080)"
    );
    assert_eq!(
        current, "none",
        "after returning Ok, the slot should hold the old value \"none\""
    );
    assert!(
        parse_field("port", "eighty", &mut current).is_err(),
        "parsing \"eighty\" should fail"
    );
    assert_eq!(
        current, "none",
        "after `?` returned an Err, the slot should hold the old value \"none\""
    );
}

#[test]
fn a_panic_restores_the_old_value() {
    let mut depth = 0;
    let mut seen_inside = None;
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut guard = Restore::set(&mut depth, 1);
        *guard += 1;
        seen_inside = Some(*guard);
        panic!("failure inside the guarded scope");
    }));
    let payload = result.expect_err("the closure should have panicked");
    assert_eq!(
        panic_text(&*payload),
        "failure inside the guarded scope",
        "the closure should reach its own panic, after using the guard"
    );
    assert_eq!(
        seen_inside,
        Some(2),
        "inside the scope, *guard should have been 1, then 2 after `*guard += 1`"
    );
    assert_eq!(
        depth, 0,
        "after a panic unwound through the guard, the slot should hold the old value 0"
    );
}

#[test]
fn a_panic_through_nested_guards_restores_the_original_value() {
    let mut name = String::from("original");
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let mut outer = Restore::set(&mut name, String::from("outer"));
        let inner = Restore::set(&mut *outer, String::from("inner"));
        assert_eq!(*inner, "inner", "*inner should be \"inner\"");
        panic!("failure inside two guards");
    }));
    let payload = result.expect_err("the closure should have panicked");
    assert_eq!(
        panic_text(&*payload),
        "failure inside two guards",
        "the closure should reach its own panic, after creating both guards"
    );
    assert_eq!(
        name, "original",
        "after a panic unwound through both guards, the slot should hold \"original\""
    );
}

#[test]
fn the_replaced_value_is_dropped_not_leaked() {
    let old = Rc::new("old");
    let new = Rc::new("new");
    let mut slot = Rc::clone(&old);
    {
        let guard = Restore::set(&mut slot, Rc::clone(&new));
        assert_eq!(**guard, "new", "*guard should be the new value");
    }
    assert_eq!(*slot, "old", "the old value should be back");
    assert_eq!(
        Rc::strong_count(&new),
        1,
        "once the guard is gone, nothing should still hold the new value: drop it, do not leak it"
    );
    assert_eq!(
        Rc::strong_count(&old),
        2,
        "the old value should be held exactly once more, by the slot"
    );
}
