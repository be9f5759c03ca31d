//! A 32-byte key arrives in a buffer (read from a file or a socket). Copy
//! it into a `SecretBox<[u8; 32]>`, which zeroes its memory when dropped,
//! and wipe the buffer with `zeroize`, so that no second copy of the key is
//! left behind in memory the program no longer watches:
//!
//! - `take_key(buf)`: if `buf` holds exactly 32 bytes, `Ok(the key)`;
//!   otherwise `Err(KeyError::WrongLength(buf.len()))`. In *both* cases
//!   `buf` is all zeros afterwards (a wrong-length buffer may still hold
//!   most of a key);
//! - `fingerprint(key)`: a name for the key that is safe to log: the first
//!   8 hex digits (lowercase) of the SHA-256 of the key bytes.
//!
//! `SecretBox::init_with_mut` builds the secret in place, on the heap,
//! without a temporary copy on the stack.

use secrecy::{ExposeSecret, SecretBox};
use sha2::{Digest, Sha256};
use zeroize::Zeroize;

/// Why a buffer does not hold a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyError {
    WrongLength(usize),
}
/// Moves a 32-byte key out of `buf`, leaving zeros behind.
pub fn take_key(buf: &mut [u8]) -> Result<SecretBox<[u8; 32]>, KeyError> {
    let result = if buf.len() == 32 {
        Ok(SecretBox::init_with_mut(|key: &mut [u8; 32]| {
            key.copy_from_slice(buf)
        }))
    } else {
        Err(KeyError::WrongLength(buf.len()))
    };
    // Wipe on both paths: a short buffer may hold most of a key.
    buf.zeroize();
    result
}

/// A short, loggable name for a key.
pub fn fingerprint(key: &SecretBox<[u8; 32]>) -> String {
    let digest = Sha256::digest(key.expose_secret());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/secrets/key.rs"]
mod tests;
