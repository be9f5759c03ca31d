//! A sign-up form arrives as `key=value` pairs joined by `&`, such as
//! `username=ada_l&email=ada@example.com&age=36` (values are plain text
//! here: no percent-decoding). Write `parse_signup`, which turns it into a
//! `Signup` whose fields are already valid, or rejects it:
//!
//! - the whole form is at most `MAX_FORM_LEN` bytes (`TooLong`, checked
//!   before anything else);
//! - every pair has a `=` (`Malformed`); the keys are exactly `username`,
//!   `email` and `age`, each once (`UnknownField(key)`,
//!   `DuplicateField(key)`, `MissingField(key)`, in that order of
//!   checking, the first problem found wins);
//! - `username`: 3 to 20 characters, lowercase ASCII letters, digits and
//!   `_`, starting with a letter (`Invalid("username")`);
//! - `email`: at most 254 bytes, exactly one `@`, a non-empty part before
//!   it, and a part after it that contains a `.` that is neither its first
//!   nor its last character (`Invalid("email")`);
//! - `age`: a whole number from 13 to 120 in plain ASCII digits, without
//!   a sign or a leading zero (`Invalid("age")`).
//!
//! `Username` and `Email` can only be made by parsing, so any value of
//! those types is valid: code that receives them need not check again.

/// The longest form accepted, in bytes.
pub const MAX_FORM_LEN: usize = 1024;

/// A valid username.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username(String);

/// A plausible email address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Username {
    /// The username.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Email {
    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A sign-up request whose fields are valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signup {
    pub username: Username,
    pub email: Email,
    pub age: u8,
}

/// Why a form was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignupError {
    TooLong,
    Malformed,
    UnknownField(String),
    DuplicateField(String),
    MissingField(&'static str),
    Invalid(&'static str),
}

/// Parses and validates a sign-up form.
pub fn parse_signup(form: &str) -> Result<Signup, SignupError> {
    todo!("parse {} bytes of form", form.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/validate/signup.rs"]
mod tests;
