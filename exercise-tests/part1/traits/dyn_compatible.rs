use super::*;

#[test]
fn standard_pipeline_trims_upper_cases_and_indents() {
    let pipeline = standard_pipeline();
    assert_eq!(
        run(&pipeline, "  hello, world \t"),
        "    HELLO, WORLD",
        "run(standard_pipeline(), \"  hello, world \\t\")"
    );
}

#[test]
fn standard_pipeline_has_three_steps() {
    assert_eq!(
        standard_pipeline().len(),
        3,
        "standard_pipeline should be Trim, Upper and Indent"
    );
}

#[test]
fn steps_run_in_order() {
    let indent_then_trim: Vec<Box<dyn Step>> = vec![Box::new(Indent { width: 2 }), Box::new(Trim)];
    assert_eq!(
        run(&indent_then_trim, "x"),
        "x",
        "indenting and then trimming should leave \"x\""
    );

    let trim_then_indent: Vec<Box<dyn Step>> = vec![Box::new(Trim), Box::new(Indent { width: 2 })];
    assert_eq!(
        run(&trim_then_indent, " x "),
        "  x",
        "trimming and then indenting by 2 should give \"  x\""
    );
}

#[test]
fn an_empty_pipeline_changes_nothing() {
    assert_eq!(
        run(&[], "  as is "),
        "  as is ",
        "run with no steps should return the line unchanged"
    );
}

#[test]
fn new_gives_the_usual_settings() {
    assert_eq!(Indent::new().width, 4, "Indent::new() should indent by 4");
    assert_eq!(
        Indent::new().apply("a"),
        "    a",
        "Indent::new().apply(\"a\")"
    );
    assert_eq!(Trim::new().apply(" a "), "a", "Trim::new().apply(\" a \")");
    assert_eq!(
        Upper::new().apply("straße"),
        "STRASSE",
        "Upper::new().apply(\"straße\")"
    );
}

#[test]
fn apply_all_still_works_on_concrete_steps() {
    assert_eq!(
        Upper.apply_all(["a", "b"]),
        ["A", "B"],
        "Upper.apply_all([\"a\", \"b\"])"
    );
    assert_eq!(
        Indent { width: 1 }.apply_all(vec!["x", "", "y"]),
        [" x", " ", " y"],
        "Indent {{ width: 1 }}.apply_all([\"x\", \"\", \"y\"])"
    );
    assert!(
        Trim.apply_all(Vec::<&str>::new()).is_empty(),
        "apply_all of no lines should be empty"
    );
}
