#[test]
fn one_expression() {
    let x = 4;
    assert_eq!(show!(x), "x = 4", "show!(x) with x = 4");
    assert_eq!(show!(x * 2), "x * 2 = 8", "show!(x * 2) with x = 4");
}

#[test]
fn values_are_formatted_with_debug() {
    let name = "ada";
    let list = vec![1, 2];
    assert_eq!(
        show!(name),
        r#"name = "ada""#,
        "strings are quoted, as {{:?}} does"
    );
    assert_eq!(
        show!(list),
        "list = [1, 2]",
        "show!(list) with list = vec![1, 2]"
    );
    assert_eq!(
        show!(Some('x')),
        "Some('x') = Some('x')",
        "show!(Some('x'))"
    );
}

#[test]
fn several_expressions_are_joined_with_a_comma() {
    let (a, b) = (1, 2);
    assert_eq!(
        show!(a, b, a + b),
        "a = 1, b = 2, a + b = 3",
        "show!(a, b, a + b) with a = 1, b = 2"
    );
}

#[test]
fn a_trailing_comma_is_allowed() {
    let n = 7;
    assert_eq!(show!(n,), "n = 7", "show!(n,)");
    assert_eq!(show!(n, n - 1,), "n = 7, n - 1 = 6", "show!(n, n - 1,)");
}

#[test]
fn method_calls_and_indexing_keep_their_text() {
    let words = ["first", "second"];
    assert_eq!(
        show!(words.len(), words[1]),
        r#"words.len() = 2, words[1] = "second""#,
        "show!(words.len(), words[1])"
    );
}

#[test]
fn each_expression_is_evaluated_once_in_order() {
    let mut log = Vec::new();
    let mut note = |n: i32| {
        log.push(n);
        n
    };
    let shown = show!(note(1), note(2));
    assert_eq!(shown, "note(1) = 1, note(2) = 2", "show!(note(1), note(2))");
    assert_eq!(
        log,
        [1, 2],
        "each expression should run once, left to right, but the calls were {log:?}"
    );
}
