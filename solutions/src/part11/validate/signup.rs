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

impl Username {
    fn parse(text: &str) -> Option<Username> {
        let valid_len = (3..=20).contains(&text.len());
        let starts_with_letter = text.starts_with(|c: char| c.is_ascii_lowercase());
        let valid_chars = text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        (valid_len && starts_with_letter && valid_chars).then(|| Username(text.to_string()))
    }
}

impl Email {
    fn parse(text: &str) -> Option<Email> {
        if text.len() > 254 {
            return None;
        }
        let (local, domain) = text.split_once('@')?;
        let dot_inside = domain
            .find('.')
            .is_some_and(|_| !domain.starts_with('.') && !domain.ends_with('.'));
        (!local.is_empty() && !domain.contains('@') && dot_inside).then(|| Email(text.to_string()))
    }
}

/// Parses and validates a sign-up form.
pub fn parse_signup(form: &str) -> Result<Signup, SignupError> {
    if form.len() > MAX_FORM_LEN {
        return Err(SignupError::TooLong);
    }
    const FIELDS: [&str; 3] = ["username", "email", "age"];
    let mut values: [Option<&str>; 3] = [None; 3];
    for pair in form.split('&') {
        let (key, value) = pair.split_once('=').ok_or(SignupError::Malformed)?;
        let slot = FIELDS
            .iter()
            .position(|&field| field == key)
            .ok_or_else(|| SignupError::UnknownField(key.to_string()))?;
        if values[slot].replace(value).is_some() {
            return Err(SignupError::DuplicateField(key.to_string()));
        }
    }
    let [Some(username), Some(email), Some(age)] = values else {
        let missing = values.iter().position(Option::is_none).unwrap_or(0);
        return Err(SignupError::MissingField(FIELDS[missing]));
    };
    let username = Username::parse(username).ok_or(SignupError::Invalid("username"))?;
    let email = Email::parse(email).ok_or(SignupError::Invalid("email"))?;
    let age = (1..=3)
        .contains(&age.len())
        .then_some(age)
        .filter(|a| a.bytes().all(|b| b.is_ascii_digit()) && !a.starts_with('0'))
        .and_then(|a| a.parse::<u8>().ok())
        .filter(|a| (13..=120).contains(a))
        .ok_or(SignupError::Invalid("age"))?;
    Ok(Signup {
        username,
        email,
        age,
    })
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/validate/signup.rs"]
mod tests;
