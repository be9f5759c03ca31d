use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the properties against `sort`: `Err` with the panic message if they
/// caught a bug.
fn run_properties(sort: Sort) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| sort_properties(sort))).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

fn require_passing_the_correct_sort() {
    let correct: Sort = |mut v| {
        v.sort();
        v
    };
    if let Err(message) = run_properties(correct) {
        panic!(
            "your properties failed for `slice::sort`: {message}\n\
             A property must hold for correct code."
        );
    }
}

fn require_caught(mutant: Sort, what: &str) {
    require_passing_the_correct_sort();
    assert!(
        run_properties(mutant).is_err(),
        "your properties hold for a broken sort: {what}. Which property would it break?"
    );
}

#[test]
fn holds_for_the_standard_sort() {
    require_passing_the_correct_sort();
}

#[test]
fn catches_a_sort_that_removes_duplicates() {
    require_caught(
        |mut v| {
            v.sort();
            v.dedup();
            v
        },
        "it removes duplicates ([2, 1, 2] gives [1, 2])",
    );
}

#[test]
fn catches_a_descending_sort() {
    require_caught(
        |mut v| {
            v.sort_by(|a, b| b.cmp(a));
            v
        },
        "it sorts in descending order",
    );
}

#[test]
fn catches_an_identity_function() {
    require_caught(|v| v, "it returns the input unchanged");
}

#[test]
fn catches_a_sort_that_loses_the_last_element() {
    require_caught(
        |mut v| {
            v.pop();
            v.sort();
            v
        },
        "it drops the last element",
    );
}

#[test]
fn catches_a_sort_that_invents_elements() {
    require_caught(
        |v| {
            let mut sorted: Vec<i32> = (0..v.len() as i32).collect();
            sorted.sort();
            sorted
        },
        "it returns 0, 1, 2, ... of the right length, sorted but not the input's elements",
    );
}

#[test]
fn catches_a_sort_that_gets_long_inputs_wrong() {
    require_caught(
        |mut v| {
            if v.len() > 20 {
                v.swap(0, 1);
                return v;
            }
            v.sort();
            v
        },
        "it only sorts inputs of at most 20 elements",
    );
}
