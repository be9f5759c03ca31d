use super::*;

fn hash(password: &str) -> String {
    hash_password(password).unwrap_or_else(|e| panic!("hash_password({password:?}) failed: {e:?}"))
}

#[test]
fn a_hash_is_an_argon2id_phc_string_without_the_password() {
    let stored = hash("correct horse battery staple");
    assert!(
        stored.starts_with("$argon2id$v=19$m=64,t=1,p=1$"),
        "expected an Argon2id PHC string made with hasher()'s parameters, got {stored:?}"
    );
    assert!(
        !stored.contains("horse"),
        "the hash must not contain the password: {stored:?}"
    );
}

#[test]
fn the_same_password_twice_gives_two_hashes() {
    let (first, second) = (hash("hunter2"), hash("hunter2"));
    assert_ne!(first, second, "each hash needs its own random salt");
}

#[test]
fn the_right_password_is_accepted() {
    let stored = hash("hunter2");
    assert_eq!(
        verify_password("hunter2", &stored),
        Ok(()),
        "verifying the hashed password"
    );
    let stored = hash("");
    assert_eq!(
        verify_password("", &stored),
        Ok(()),
        "an empty password hashes and verifies too"
    );
}

#[test]
fn wrong_passwords_are_rejected() {
    let stored = hash("hunter2");
    for wrong in ["hunter3", "Hunter2", "hunter2 ", "", "hunter"] {
        assert_eq!(
            verify_password(wrong, &stored),
            Err(AuthError::WrongPassword),
            "verify_password({wrong:?}) against the hash of \"hunter2\""
        );
    }
}

#[test]
fn a_tampered_hash_rejects_the_password() {
    let stored = hash("hunter2");
    // Change the first character of the hash output, after the last `$`
    // (still valid base64, so the string still parses).
    let start = stored.rfind('$').expect("a PHC string") + 1;
    let first = &stored[start..=start];
    let replacement = if first == "A" { "B" } else { "A" };
    let tampered = format!("{}{replacement}{}", &stored[..start], &stored[start + 1..]);
    assert_ne!(tampered, stored);
    assert_eq!(
        verify_password("hunter2", &tampered),
        Err(AuthError::WrongPassword),
        "a hash whose output was changed must not verify"
    );
}

#[test]
fn text_that_is_not_a_hash_is_a_bad_hash() {
    for stored in ["", "hunter2", "$argon2id$", "$2b$12$abcdefghijklmnopqrstuv"] {
        assert_eq!(
            verify_password("hunter2", stored),
            Err(AuthError::BadHash),
            "verify_password against {stored:?}"
        );
    }
}

#[test]
fn hashes_made_with_other_parameters_still_verify() {
    use argon2::PasswordHasher;
    // An older hash, made with different settings (two passes, 32 KiB).
    let params = Params::new(32, 2, 1, None).expect("valid parameters");
    let old = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_with_salt(b"hunter2", b"saltsaltsaltsalt")
        .expect("hashing with fixed parameters")
        .to_string();
    assert!(
        old.contains("m=32,t=2,p=1"),
        "the old hash records its parameters: {old}"
    );
    assert_eq!(
        verify_password("hunter2", &old),
        Ok(()),
        "verification must use the parameters stored in the hash"
    );
    assert_eq!(
        verify_password("hunter3", &old),
        Err(AuthError::WrongPassword)
    );
}
