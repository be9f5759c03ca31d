use super::*;

const GOOD: &str = "username=ada_l&email=ada@example.com&age=36";

fn check_err(form: &str, expected: SignupError) {
    let got = parse_signup(form);
    assert_eq!(got, Err(expected), "parse_signup({form:?})");
}

#[test]
fn accepts_a_valid_form_in_any_order() {
    for form in [GOOD, "age=36&email=ada@example.com&username=ada_l"] {
        let signup =
            parse_signup(form).unwrap_or_else(|e| panic!("parse_signup({form:?}) failed: {e:?}"));
        assert_eq!(signup.username.as_str(), "ada_l");
        assert_eq!(signup.email.as_str(), "ada@example.com");
        assert_eq!(signup.age, 36);
    }
}

#[test]
fn rejects_an_oversized_form_first() {
    let form = format!("{GOOD}&junk={}", "x".repeat(MAX_FORM_LEN));
    check_err(&form, SignupError::TooLong);
    // Exactly MAX_FORM_LEN bytes is allowed through to the other checks.
    let at_limit = format!("{GOOD}&{}", "k".repeat(MAX_FORM_LEN - GOOD.len() - 1));
    assert_eq!(at_limit.len(), MAX_FORM_LEN);
    check_err(&at_limit, SignupError::Malformed);
}

#[test]
fn rejects_unknown_duplicate_and_missing_fields() {
    check_err(
        "username=ada_l&email=ada@example.com",
        SignupError::MissingField("age"),
    );
    check_err(
        "email=ada@example.com&age=36",
        SignupError::MissingField("username"),
    );
    check_err(
        &format!("{GOOD}&admin=true"),
        SignupError::UnknownField("admin".into()),
    );
    check_err(
        &format!("{GOOD}&age=99"),
        SignupError::DuplicateField("age".into()),
    );
    check_err("username=ada_l&email", SignupError::Malformed);
    check_err("", SignupError::Malformed);
}

#[test]
fn validates_the_username() {
    for bad in [
        "al",
        "a234567890123456789012",
        "Ada",
        "1ada",
        "_ada",
        "ada-l",
        "adа",
    ] {
        check_err(
            &format!("username={bad}&email=ada@example.com&age=36"),
            SignupError::Invalid("username"),
        );
    }
    for good in ["ada", "a_1", "a2345678901234567890"] {
        let form = format!("username={good}&email=ada@example.com&age=36");
        assert!(
            parse_signup(&form).is_ok(),
            "username {good:?} should be valid"
        );
    }
}

#[test]
fn validates_the_email() {
    let long_local = "a".repeat(250);
    let too_long = format!("{long_local}@ex.com");
    for bad in [
        "ada",
        "@example.com",
        "ada@",
        "ada@example",
        "ada@.com",
        "ada@example.",
        "ada@@example.com",
        "a@b@example.com",
        too_long.as_str(),
    ] {
        check_err(
            &format!("username=ada_l&email={bad}&age=36"),
            SignupError::Invalid("email"),
        );
    }
    let just_fits = format!("{}@ex.com", "a".repeat(247));
    assert_eq!(just_fits.len(), 254);
    let form = format!("username=ada_l&email={just_fits}&age=36");
    assert!(
        parse_signup(&form).is_ok(),
        "a 254-byte email should be valid"
    );
}

#[test]
fn validates_the_age() {
    for bad in [
        "12",
        "121",
        "",
        "+36",
        "036",
        "3 6",
        "x",
        "99999999999",
        "256",
    ] {
        check_err(
            &format!("username=ada_l&email=ada@example.com&age={bad}"),
            SignupError::Invalid("age"),
        );
    }
    for good in ["13", "120"] {
        let form = format!("username=ada_l&email=ada@example.com&age={good}");
        assert!(parse_signup(&form).is_ok(), "age {good:?} should be valid");
    }
}
