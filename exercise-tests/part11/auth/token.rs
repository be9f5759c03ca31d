use super::*;

const KEY: &[u8] = b"a server-side key of 32 bytes!!!";

fn token(user: &str, expires_at: u64) -> String {
    issue(KEY, user, expires_at)
        .unwrap_or_else(|| panic!("issue({user:?}, {expires_at}) should give a token"))
}

#[test]
fn a_token_is_the_claim_and_its_hmac() {
    let mut mac = HmacSha256::new_from_slice(KEY).expect("any key length");
    mac.update(b"ada.1000");
    let expected = format!("ada.1000.{}", to_hex(&mac.finalize().into_bytes()));
    assert_eq!(
        token("ada", 1000),
        expected,
        "user.expires.hex(HMAC-SHA256(user.expires))"
    );
}

#[test]
fn a_fresh_token_names_its_user() {
    let t = token("ada", 1000);
    assert_eq!(
        verify(KEY, &t, 0),
        Ok("ada".to_string()),
        "verify at time 0"
    );
    assert_eq!(
        verify(KEY, &t, 999),
        Ok("ada".to_string()),
        "verify at time 999"
    );
}

#[test]
fn a_token_expires_at_its_expiry_time() {
    let t = token("ada", 1000);
    assert_eq!(
        verify(KEY, &t, 1000),
        Err(TokenError::Expired),
        "verify at time 1000"
    );
    assert_eq!(
        verify(KEY, &t, 5000),
        Err(TokenError::Expired),
        "verify at time 5000"
    );
}

#[test]
fn a_changed_user_or_expiry_breaks_the_signature() {
    let t = token("ada", 1000);
    let other_user = t.replacen("ada", "eve", 1);
    assert_eq!(
        verify(KEY, &other_user, 0),
        Err(TokenError::BadSignature),
        "user changed to eve"
    );
    let later = t.replacen("1000", "9999", 1);
    assert_eq!(
        verify(KEY, &later, 2000),
        Err(TokenError::BadSignature),
        "expiry pushed from 1000 to 9999"
    );
    let upper = format!("{}{}", &t[..9], t[9..].to_uppercase());
    assert_eq!(
        verify(KEY, &upper, 0),
        Ok("ada".to_string()),
        "hex in upper case is the same signature"
    );
    let mut flipped = t.clone();
    let last = flipped.pop().expect("a token");
    flipped.push(if last == '0' { '1' } else { '0' });
    assert_eq!(
        verify(KEY, &flipped, 0),
        Err(TokenError::BadSignature),
        "last hex digit changed"
    );
}

#[test]
fn another_key_does_not_verify() {
    let t = token("ada", 1000);
    assert_eq!(verify(b"another key", &t, 0), Err(TokenError::BadSignature));
}

#[test]
fn the_signature_is_checked_before_the_expiry() {
    let t = token("ada", 1000).replacen("ada", "eve", 1);
    assert_eq!(
        verify(KEY, &t, 5000),
        Err(TokenError::BadSignature),
        "a forged token must be reported as forged, not as expired"
    );
}

#[test]
fn malformed_tokens_are_rejected() {
    let good = token("ada", 1000);
    let signature = good.rsplit('.').next().expect("three parts");
    for bad in [
        String::new(),
        "ada".to_string(),
        "ada.1000".to_string(),
        format!(".1000.{signature}"),
        format!("ada.soon.{signature}"),
        format!("ada.-1.{signature}"),
        "ada.1000.xyz".to_string(),
        "ada.1000.abc".to_string(),
        format!("ada.x.1000.{signature}"),
    ] {
        assert_eq!(
            verify(KEY, &bad, 0),
            Err(TokenError::Malformed),
            "verify({bad:?})"
        );
    }
}

#[test]
fn issue_refuses_users_that_would_break_the_format() {
    assert_eq!(issue(KEY, "", 1000), None, "an empty user");
    assert_eq!(issue(KEY, "ada.admin", 1000), None, "a user with a dot");
}
