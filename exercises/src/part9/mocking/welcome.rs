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
    let _mailer = MockMailer::new();
    let _ = register;
    todo!("set expectations on MockMailer, call register, check the result")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/mocking/welcome.rs"]
mod tests;
