//! A signed token lets a server hand a client a claim ("this is ada, until
//! time 1000") and later trust it without storing it: the signature is an
//! HMAC-SHA256 over the claim with a key only the server knows. A token
//! looks like `ada.1000.<64 lowercase hex digits>`:
//!
//! - `issue(key, user, expires_at)`: the user (non-empty, no `.`; else
//!   `None`), a `.`, the expiry time in whole seconds, a `.`, and the hex of
//!   the HMAC-SHA256 of `user.expires_at` (the text before the second dot);
//! - `verify(key, token, now)`: `Ok(user)` for a good token; in this order,
//!   `Err(Malformed)` if it is not three dot-separated parts with a
//!   non-empty user, a number and hex; `Err(BadSignature)` if the signature
//!   does not match (a changed user or expiry, another key); and only then
//!   `Err(Expired)` if `now >= expires_at`.
//!
//! Check the signature before you believe anything in the token, and
//! compare it with `Mac::verify_slice`, which takes the same time however
//! many bytes match. Time is a parameter, so the tests need no clock.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Why a token is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenError {
    Malformed,
    BadSignature,
    Expired,
}

/// A MAC keyed with `key`: HMAC takes keys of any length.
fn mac(key: &[u8]) -> HmacSha256 {
    HmacSha256::new_from_slice(key).expect("HMAC accepts any key length")
}

/// Lowercase hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Bytes from hex (either case); `None` for odd lengths or other characters.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}
/// A token for `user` that expires at `expires_at` (seconds).
pub fn issue(key: &[u8], user: &str, expires_at: u64) -> Option<String> {
    if user.is_empty() || user.contains('.') {
        return None;
    }
    let claim = format!("{user}.{expires_at}");
    let mut mac = mac(key);
    mac.update(claim.as_bytes());
    let signature = mac.finalize().into_bytes();
    Some(format!("{claim}.{}", to_hex(&signature)))
}

/// The user named by a valid, unexpired token.
pub fn verify(key: &[u8], token: &str, now: u64) -> Result<String, TokenError> {
    let (claim, signature) = token.rsplit_once('.').ok_or(TokenError::Malformed)?;
    let (user, expires_at) = claim.split_once('.').ok_or(TokenError::Malformed)?;
    if user.is_empty() || user.contains('.') {
        return Err(TokenError::Malformed);
    }
    let expires_at: u64 = expires_at.parse().map_err(|_| TokenError::Malformed)?;
    let signature = from_hex(signature).ok_or(TokenError::Malformed)?;
    let mut mac = mac(key);
    mac.update(claim.as_bytes());
    // Constant time: how long this takes says nothing about the signature.
    mac.verify_slice(&signature)
        .map_err(|_| TokenError::BadSignature)?;
    if now >= expires_at {
        return Err(TokenError::Expired);
    }
    Ok(user.to_string())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/auth/token.rs"]
mod tests;
