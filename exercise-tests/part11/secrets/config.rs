use super::*;
use secrecy::ExposeSecret;

const TOKEN: &str = "0123456789abcdef0123456789abcdef01234567";

fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn loads_a_valid_configuration() {
    let mut env = vars(&[("PORT", "8080"), ("API_TOKEN", TOKEN), ("HOME", "/root")]);
    let config = load(&mut env).expect("a valid configuration");
    assert_eq!(config.port, 8080);
    assert_eq!(
        config.api_token.expose_secret(),
        TOKEN,
        "the token, kept as a secret"
    );
}

#[test]
fn the_token_is_taken_out_of_the_map() {
    let mut env = vars(&[("PORT", "8080"), ("API_TOKEN", TOKEN), ("HOME", "/root")]);
    load(&mut env).expect("a valid configuration");
    assert!(
        !env.contains_key("API_TOKEN"),
        "API_TOKEN should have been removed from the map"
    );
    assert_eq!(
        env.get("HOME").map(String::as_str),
        Some("/root"),
        "other variables stay"
    );
    assert_eq!(
        env.get("PORT").map(String::as_str),
        Some("8080"),
        "PORT stays"
    );
}

#[test]
fn the_token_is_taken_out_even_when_loading_fails() {
    let mut env = vars(&[("PORT", "not a port"), ("API_TOKEN", TOKEN)]);
    assert_eq!(load(&mut env).map(|_| ()), Err(ConfigError::BadPort));
    assert!(
        !env.contains_key("API_TOKEN"),
        "API_TOKEN should have been removed from the map"
    );
}

#[test]
fn debug_output_does_not_show_the_token() {
    let mut env = vars(&[("PORT", "8080"), ("API_TOKEN", TOKEN)]);
    let config = load(&mut env).expect("a valid configuration");
    let printed = format!("{config:?}");
    assert!(
        !printed.contains("0123456789abcdef"),
        "the token appears in {printed}"
    );
}

#[test]
fn rejects_bad_tokens_without_repeating_them() {
    for (bad, len) in [
        ("0123456789ABCDEF0123456789ABCDEF01234567", 40),
        ("0123456789abcdef", 16),
        ("0123456789abcdef0123456789abcdef012345678", 41),
        ("0123456789abcdef0123456789abcdef0123456g", 40),
        ("", 0),
    ] {
        let mut env = vars(&[("PORT", "8080"), ("API_TOKEN", bad)]);
        let err = load(&mut env).map(|_| ()).unwrap_err();
        assert_eq!(err, ConfigError::BadToken { len }, "API_TOKEN={bad:?}");
        if !bad.is_empty() {
            assert!(
                !err.to_string().contains(bad),
                "the error message repeats the token: {err}"
            );
        }
        assert!(
            !env.contains_key("API_TOKEN"),
            "API_TOKEN should have been removed from the map"
        );
    }
}

#[test]
fn reports_missing_variables_and_bad_ports() {
    assert_eq!(
        load(&mut vars(&[("PORT", "8080")])).map(|_| ()),
        Err(ConfigError::Missing("API_TOKEN"))
    );
    assert_eq!(
        load(&mut vars(&[("API_TOKEN", TOKEN)])).map(|_| ()),
        Err(ConfigError::Missing("PORT"))
    );
    assert_eq!(
        load(&mut vars(&[])).map(|_| ()),
        Err(ConfigError::Missing("API_TOKEN")),
        "API_TOKEN is checked first"
    );
    for port in ["0", "65536", "-1", "http", ""] {
        assert_eq!(
            load(&mut vars(&[("PORT", port), ("API_TOKEN", TOKEN)])).map(|_| ()),
            Err(ConfigError::BadPort),
            "PORT={port:?}"
        );
    }
}
