use super::*;

fn checklist(items: &[&str]) -> Checklist {
    Checklist(items.iter().map(|item| item.to_string()).collect())
}

#[test]
fn items_are_numbered_one_per_line() {
    let list = checklist(&["buy milk", "write tests"]);
    assert_eq!(
        list.to_string(),
        "1. buy milk\n2. write tests",
        "Checklist([\"buy milk\", \"write tests\"]) should display numbered lines with no final newline"
    );
}

#[test]
fn a_single_item_has_no_newline() {
    assert_eq!(
        checklist(&["ship it"]).to_string(),
        "1. ship it",
        "Checklist([\"ship it\"])"
    );
}

#[test]
fn numbers_are_not_padded() {
    let items: Vec<String> = (1..=10).map(|n| format!("task {n}")).collect();
    let shown = Checklist(items).to_string();
    let last = shown.lines().last().unwrap_or_default();
    assert_eq!(
        last, "10. task 10",
        "the tenth line of a ten-item checklist"
    );
    assert_eq!(
        shown.lines().count(),
        10,
        "a ten-item checklist should display ten lines:\n{shown}"
    );
}

#[test]
fn an_empty_checklist_says_so() {
    assert_eq!(
        Checklist(Vec::new()).to_string(),
        "(empty)",
        "an empty Checklist"
    );
}

#[test]
fn items_are_printed_as_they_are() {
    assert_eq!(
        checklist(&["fix {} in docs", "50% done"]).to_string(),
        "1. fix {} in docs\n2. 50% done",
        "items containing {{}} and % must be printed unchanged"
    );
}

#[test]
fn indented_works_for_any_display_type() {
    assert_eq!(42.indented(3), "   42", "42.indented(3)");
    assert_eq!("hi".indented(1), " hi", "\"hi\".indented(1) (a str)");
    assert_eq!(
        String::from("owned").indented(2),
        "  owned",
        "String::from(\"owned\").indented(2)"
    );
}

#[test]
fn indented_indents_every_line_of_a_checklist() {
    assert_eq!(
        checklist(&["buy milk", "write tests"]).indented(2),
        "  1. buy milk\n  2. write tests",
        "a two-item Checklist indented by 2"
    );
}

#[test]
fn indented_keeps_empty_lines_empty() {
    assert_eq!(
        "a\n\nb".indented(2),
        "  a\n\n  b",
        "\"a\\n\\nb\".indented(2): the empty line must get no spaces"
    );
    assert_eq!("".indented(4), "", "\"\".indented(4)");
}

#[test]
fn indented_keeps_a_final_newline() {
    assert_eq!(
        "line\n".indented(1),
        " line\n",
        "\"line\\n\".indented(1) should keep the final newline"
    );
}

#[test]
fn indenting_by_zero_changes_nothing() {
    assert_eq!("a\n b".indented(0), "a\n b", "\"a\\n b\".indented(0)");
}
