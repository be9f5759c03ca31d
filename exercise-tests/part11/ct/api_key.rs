use super::*;

const KEY: &str = "rp_live_3f9a6c0d1e2b4a5968778695a4b3c2d1";

#[test]
fn the_right_key_is_accepted() {
    let stored = KeyDigest::of(KEY);
    assert!(
        check_api_key(KEY, &stored),
        "the key whose digest is stored"
    );
}

#[test]
fn other_keys_are_rejected() {
    let stored = KeyDigest::of(KEY);
    let mut last_changed = KEY.to_string();
    last_changed.pop();
    last_changed.push('2');
    for wrong in [
        "",
        "rp_live_",
        &KEY[..KEY.len() - 1],
        format!("{KEY}0").as_str(),
        last_changed.as_str(),
        KEY.to_uppercase().as_str(),
    ] {
        assert!(
            !check_api_key(wrong, &stored),
            "check_api_key({wrong:?}) should be false"
        );
    }
}

#[test]
fn an_empty_key_matches_only_its_own_digest() {
    assert!(
        check_api_key("", &KeyDigest::of("")),
        "the digest of the empty key"
    );
    assert!(
        !check_api_key(KEY, &KeyDigest::of("")),
        "a key against the empty key's digest"
    );
}

#[test]
fn oversized_keys_are_rejected_even_if_they_match() {
    let long = "k".repeat(MAX_KEY_LEN + 1);
    assert!(
        !check_api_key(&long, &KeyDigest::of(&long)),
        "a key of {} bytes is over MAX_KEY_LEN and must be refused",
        long.len()
    );
    let at_limit = "k".repeat(MAX_KEY_LEN);
    assert!(
        check_api_key(&at_limit, &KeyDigest::of(&at_limit)),
        "a key of exactly MAX_KEY_LEN bytes is allowed"
    );
}
