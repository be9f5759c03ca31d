use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the suite against `f`: `Err` with its panic message if it caught a
/// bug.
fn run_suite(f: Register) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| register_suite(f))).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

fn require_passing_the_correct_function() {
    if let Err(message) = run_suite(register) {
        panic!(
            "your suite panicked for the correct `register`: {message}\n\
             A suite must pass correct code: check your expectations and assertions."
        );
    }
}

fn require_caught(mutant: Register, what: &str) {
    require_passing_the_correct_function();
    assert!(
        run_suite(mutant).is_err(),
        "your suite passed a broken `register`: {what}. Add an expectation or a scenario that shows it."
    );
}

#[test]
fn passes_the_correct_function() {
    require_passing_the_correct_function();
}

#[test]
fn catches_a_forgotten_mail() {
    require_caught(
        |_, email| {
            if email.contains('@') {
                Ok(())
            } else {
                Err(RegisterError::InvalidEmail)
            }
        },
        "it sends no mail at all",
    );
}

#[test]
fn catches_two_mails() {
    require_caught(
        |mailer, email| {
            if !email.contains('@') {
                return Err(RegisterError::InvalidEmail);
            }
            mailer
                .send(email, "Welcome!")
                .map_err(|_| RegisterError::Mail)?;
            mailer
                .send(email, "Welcome!")
                .map_err(|_| RegisterError::Mail)
        },
        "it sends the welcome mail twice",
    );
}

#[test]
fn catches_a_mail_to_the_wrong_address() {
    require_caught(
        |mailer, email| {
            if !email.contains('@') {
                return Err(RegisterError::InvalidEmail);
            }
            mailer
                .send("admin@example.com", "Welcome!")
                .map_err(|_| RegisterError::Mail)
        },
        "it sends the mail to admin@example.com instead of the new user",
    );
}

#[test]
fn catches_the_wrong_subject() {
    require_caught(
        |mailer, email| {
            if !email.contains('@') {
                return Err(RegisterError::InvalidEmail);
            }
            mailer.send(email, "Hello").map_err(|_| RegisterError::Mail)
        },
        r#"the subject is "Hello" instead of "Welcome!""#,
    );
}

#[test]
fn catches_a_swallowed_mail_error() {
    require_caught(
        |mailer, email| {
            if !email.contains('@') {
                return Err(RegisterError::InvalidEmail);
            }
            let _ = mailer.send(email, "Welcome!");
            Ok(())
        },
        "it returns Ok(()) when the mailer fails",
    );
}

#[test]
fn catches_a_mail_to_an_invalid_address() {
    require_caught(
        |mailer, email| {
            let sent = mailer.send(email, "Welcome!");
            if !email.contains('@') {
                return Err(RegisterError::InvalidEmail);
            }
            sent.map_err(|_| RegisterError::Mail)
        },
        "it sends a mail before it checks the address, also to an invalid one",
    );
}
