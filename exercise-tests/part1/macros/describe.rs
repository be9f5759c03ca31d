//! Tests for `#[derive(Describe)]`: the derive is used on real structs here,
//! and the misuse cases in `describe_ui/` must fail to compile with exactly
//! the errors in their `.stderr` files.

use course_derive::Describe;

#[derive(Describe)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Describe)]
struct User {
    name: String,
    #[describe(skip)]
    #[allow(dead_code)] // never read: it exists to be skipped
    password: String,
    admin: bool,
}

#[derive(Describe)]
struct Empty {}

#[derive(Describe)]
struct Unit;

#[derive(Describe)]
struct Pair<T> {
    left: T,
    right: T,
}

#[derive(Describe)]
struct Tagged<'a, T: Clone, const N: usize> {
    label: &'a str,
    values: [T; N],
}

// The expansion must not depend on what the caller named `String`, `Vec` or
// `format`.
mod shadowing {
    #![allow(dead_code, unused_macros)]
    use course_derive::Describe;
    struct String;
    struct Vec;
    macro_rules! format {
        ($($t:tt)*) => {
            compile_error!("the expansion used the caller's format!")
        };
    }

    #[derive(Describe)]
    pub struct Shadowed {
        pub n: u8,
    }
}

#[test]
fn describes_every_field_in_order() {
    let got = Point { x: 1, y: -2 }.describe();
    assert_eq!(
        got, "Point { x: 1, y: -2 }",
        "describe() of Point {{ x: 1, y: -2 }}"
    );
}

#[test]
fn lists_field_names_in_declaration_order() {
    assert_eq!(Point::FIELD_NAMES, ["x", "y"], "Point::FIELD_NAMES");
}

#[test]
fn formats_values_with_debug() {
    let user = User {
        name: "ada".to_string(),
        password: "hunter2".to_string(),
        admin: true,
    };
    let got = user.describe();
    assert_eq!(
        got, r#"User { name: "ada", admin: true }"#,
        "strings are quoted ({{:?}}) and the skipped field is left out"
    );
    assert!(
        !got.contains("hunter2"),
        "the #[describe(skip)] field leaked: {got}"
    );
}

#[test]
fn skipped_fields_are_not_in_field_names() {
    assert_eq!(User::FIELD_NAMES, ["name", "admin"], "User::FIELD_NAMES");
}

#[test]
fn structs_without_fields_render_as_their_name() {
    assert_eq!(Empty {}.describe(), "Empty", "struct Empty {{}}");
    assert_eq!(Unit.describe(), "Unit", "struct Unit;");
    assert!(Empty::FIELD_NAMES.is_empty(), "Empty has no fields");
    assert!(Unit::FIELD_NAMES.is_empty(), "Unit has no fields");
}

#[test]
fn works_for_generic_structs() {
    let pair = Pair {
        left: 'a',
        right: 'b',
    };
    assert_eq!(
        pair.describe(),
        "Pair { left: 'a', right: 'b' }",
        "Pair<char>"
    );
    let nested = Pair {
        left: vec![1],
        right: vec![],
    };
    assert_eq!(
        nested.describe(),
        "Pair { left: [1], right: [] }",
        "Pair<Vec<i32>>"
    );
}

#[test]
fn keeps_lifetimes_bounds_and_const_generics() {
    let tagged = Tagged {
        label: "xy",
        values: [1.5, 2.0],
    };
    assert_eq!(
        tagged.describe(),
        r#"Tagged { label: "xy", values: [1.5, 2.0] }"#,
        "Tagged<'_, f64, 2>"
    );
}

#[test]
fn expansion_uses_absolute_paths() {
    let got = shadowing::Shadowed { n: 7 }.describe();
    assert_eq!(
        got, "Shadowed { n: 7 }",
        "with String, Vec and format! shadowed"
    );
}

#[test]
fn misuse_is_a_clear_compile_error() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("../../exercise-tests/part1/macros/describe_ui/*.rs");
}
