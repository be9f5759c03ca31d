//! Store passwords as Argon2id hashes, never as text, and check a login
//! against the stored hash. Write:
//!
//! - `hash_password(password)`: an Argon2id hash in the PHC string format
//!   (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) with a fresh random salt,
//!   so that two users with the same password get different hashes; use
//!   `hasher()` below;
//! - `verify_password(password, stored)`: `Ok(())` if the password matches,
//!   `Err(WrongPassword)` if it does not, `Err(BadHash)` if `stored` is not
//!   a PHC string at all. The parameters and the salt come from `stored`,
//!   not from `hasher()`: hashes made with older, cheaper settings must
//!   keep working after you raise them.
//!
//! `argon2::PasswordHasher::hash_password` makes a salt for you;
//! `argon2::PasswordVerifier::verify_password` checks, in constant time.

use argon2::{Algorithm, Argon2, Params, Version};

/// Why a password check failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthError {
    /// The password does not match the stored hash.
    WrongPassword,
    /// The stored value is not a password hash this code can read.
    BadHash,
    /// Hashing failed (the random number generator, or bad parameters).
    Hashing,
}

/// The hasher for new passwords. These parameters are deliberately cheap
/// (64 KiB, one pass) so that the tests run fast in a debug build; a real
/// service uses at least `Argon2::default()` (19 MiB, two passes) and
/// measures what its servers can afford.
pub fn hasher() -> Argon2<'static> {
    let params = Params::new(64, 1, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}
use argon2::password_hash::Error;
use argon2::{PasswordHash, PasswordHasher, PasswordVerifier};

/// Hashes a new password with a fresh salt.
pub fn hash_password(password: &str) -> Result<String, AuthError> {
    let hash = hasher()
        .hash_password(password.as_bytes())
        .map_err(|_| AuthError::Hashing)?;
    Ok(hash.to_string())
}

/// Checks a password against a stored hash.
pub fn verify_password(password: &str, stored: &str) -> Result<(), AuthError> {
    let parsed = PasswordHash::new(stored).map_err(|_| AuthError::BadHash)?;
    // `verify_password` reads the algorithm, parameters and salt from
    // `parsed`, and compares the outputs in constant time.
    match hasher().verify_password(password.as_bytes(), &parsed) {
        Ok(()) => Ok(()),
        Err(Error::PasswordInvalid) => Err(AuthError::WrongPassword),
        Err(_) => Err(AuthError::BadHash),
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/auth/password.rs"]
mod tests;
