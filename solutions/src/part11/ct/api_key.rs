//! Check an API key. The server stores only the SHA-256 digest of each key
//! (a copy of the database then holds no usable keys), and compares
//! digests in constant time, so that how long a check takes says nothing
//! about how close a guess was. Write `check_api_key`:
//!
//! - a presented key longer than `MAX_KEY_LEN` bytes is `false` at once
//!   (the length of a guess is the attacker's, not a secret);
//! - otherwise hash it with `KeyDigest::of` and compare it with the stored
//!   digest with `ConstantTimeEq::ct_eq`. `KeyDigest` has no `==` on
//!   purpose.
//!
//! Hashing first also hides the stored key's length: every digest is 32
//! bytes, while `ct_eq` on two slices of different lengths returns at once.

use subtle::ConstantTimeEq;

/// The longest key worth hashing, in bytes.
pub const MAX_KEY_LEN: usize = 256;

mod digest {
    use sha2::{Digest, Sha256};
    use subtle::{Choice, ConstantTimeEq};

    /// The SHA-256 digest of an API key. No `PartialEq`: compare with `ct_eq`.
    pub struct KeyDigest([u8; 32]);

    impl KeyDigest {
        /// The digest of `key`.
        pub fn of(key: &str) -> KeyDigest {
            KeyDigest(Sha256::digest(key.as_bytes()).into())
        }
    }

    impl ConstantTimeEq for KeyDigest {
        fn ct_eq(&self, other: &KeyDigest) -> Choice {
            self.0.ct_eq(&other.0)
        }
    }
}

pub use digest::KeyDigest;
/// Whether `presented` is the key whose digest is `stored`.
pub fn check_api_key(presented: &str, stored: &KeyDigest) -> bool {
    if presented.len() > MAX_KEY_LEN {
        return false;
    }
    KeyDigest::of(presented).ct_eq(stored).into()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/ct/api_key.rs"]
mod tests;
