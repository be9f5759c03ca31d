//! `register` signs a user up and sends a welcome mail through a `Mailer`.
//! It is correct. Write `register_suite`, a suite for any function with
//! its signature, using `MockMailer`, the mock that `#[automock]` generates
//! from the `Mailer` trait. It panics when the function breaks a promise:
//!
//! - for an email with an `@`, it sends exactly one mail, to that address,
//!   with the subject `"Welcome!"`, and returns `Ok(())`;
//! - when sending fails, it returns `Err(RegisterError::Mail)`;
//! - for an email without `@`, it returns `Err(RegisterError::InvalidEmail)`
//!   and sends nothing.
//!
//! The course runs your suite against `register` (it must pass) and against
//! several broken versions (it must panic for each).

use mockall::automock;

/// Why a mail could not be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailError;

/// Something that sends mail.
#[automock]
pub trait Mailer {
    /// Sends a mail with `subject` to `to`.
    fn send(&self, to: &str, subject: &str) -> Result<(), MailError>;
}

/// Why `register` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterError {
    InvalidEmail,
    Mail,
}

/// Registers `email` and welcomes the new user (given; correct).
pub fn register(mailer: &dyn Mailer, email: &str) -> Result<(), RegisterError> {
    if !email.contains('@') {
        return Err(RegisterError::InvalidEmail);
    }
    mailer
        .send(email, "Welcome!")
        .map_err(|_| RegisterError::Mail)
}

/// The signature the suite checks.
pub type Register = fn(&dyn Mailer, &str) -> Result<(), RegisterError>;

/// Checks `register` with mock mailers; panics on the first broken promise.
pub fn register_suite(register: Register) {
    use mockall::predicate::eq;

    // One welcome mail, to the new user, and Ok. `times(1)` is checked
    // when the mock is dropped (or at `checkpoint`): no call, or two, panic.
    let mut mailer = MockMailer::new();
    mailer
        .expect_send()
        .with(eq("ada@example.com"), eq("Welcome!"))
        .times(1)
        .returning(|_, _| Ok(()));
    assert_eq!(
        register(&mailer, "ada@example.com"),
        Ok(()),
        "registering ada@example.com"
    );
    mailer.checkpoint();

    // A failing mailer is reported.
    let mut mailer = MockMailer::new();
    mailer
        .expect_send()
        .times(1)
        .returning(|_, _| Err(MailError));
    assert_eq!(
        register(&mailer, "grace@example.com"),
        Err(RegisterError::Mail),
        "registering while the mailer fails"
    );
    mailer.checkpoint();

    // An invalid email sends nothing: a mock without expectations panics
    // on any call.
    let mailer = MockMailer::new();
    assert_eq!(
        register(&mailer, "not-an-email"),
        Err(RegisterError::InvalidEmail),
        "registering an email without @"
    );
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/mocking/welcome.rs"]
mod tests;
