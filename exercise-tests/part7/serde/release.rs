use super::*;
use proptest::prelude::*;

fn ripgrep() -> Release {
    Release {
        name: "ripgrep".to_string(),
        version: "14.1.0".to_string(),
        download_url: "https://example.com/rg.tar.gz".to_string(),
        notes: None,
        tags: vec!["search".to_string()],
        yanked: false,
    }
}

#[test]
fn keys_are_camel_case_and_none_is_left_out() {
    let json = serde_json::to_string(&ripgrep()).expect("a Release always serializes");
    let expected = r#"{"name":"ripgrep","version":"14.1.0","downloadUrl":"https://example.com/rg.tar.gz","tags":["search"],"yanked":false}"#;
    assert_eq!(json, expected, "the JSON of a release without notes");
}

#[test]
fn notes_are_written_when_present() {
    let release = Release {
        notes: Some("faster".to_string()),
        ..ripgrep()
    };
    let json = serde_json::to_string(&release).expect("a Release always serializes");
    assert!(
        json.contains(r#""notes":"faster""#),
        "the JSON should hold \"notes\":\"faster\", got {json}"
    );
}

#[test]
fn missing_optional_keys_take_their_defaults() {
    let input = r#"{"name":"fd","version":"10.0.0","downloadUrl":"https://example.com/fd.tar.gz"}"#;
    let parsed: Result<Release, _> = serde_json::from_str(input);
    let expected = Release {
        name: "fd".to_string(),
        version: "10.0.0".to_string(),
        download_url: "https://example.com/fd.tar.gz".to_string(),
        notes: None,
        tags: Vec::new(),
        yanked: false,
    };
    match parsed {
        Ok(release) => assert_eq!(release, expected, "parsing {input}"),
        Err(error) => panic!("parsing {input} should succeed, got the error: {error}"),
    }
}

#[test]
fn a_misspelt_key_is_an_error_that_names_it() {
    let input = r#"{"name":"fd","version":"10.0.0","downloadURL":"https://example.com/fd.tar.gz"}"#;
    match serde_json::from_str::<Release>(input) {
        Ok(release) => panic!("{input} has a typo (downloadURL) but parsed as {release:?}"),
        Err(error) => {
            let message = error.to_string();
            assert!(
                message.contains("unknown field `downloadURL`"),
                "the error should name the unknown key `downloadURL`, got: {message}"
            );
        }
    }
}

#[test]
fn a_missing_required_key_is_an_error_that_names_it() {
    let input = r#"{"name":"fd","version":"10.0.0"}"#;
    match serde_json::from_str::<Release>(input) {
        Ok(release) => panic!("{input} has no downloadUrl but parsed as {release:?}"),
        Err(error) => {
            let message = error.to_string();
            assert!(
                message.contains("missing field `downloadUrl`"),
                "the error should name the missing key `downloadUrl`, got: {message}"
            );
        }
    }
}

fn any_release() -> impl Strategy<Value = Release> {
    (
        ".*",
        "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}",
        ".*",
        proptest::option::of(".*"),
        proptest::collection::vec("[a-z]{1,8}", 0..4),
        any::<bool>(),
    )
        .prop_map(
            |(name, version, download_url, notes, tags, yanked)| Release {
                name,
                version,
                download_url,
                notes,
                tags,
                yanked,
            },
        )
}

proptest! {
    // Failing cases are not saved: the file would land next to the stub.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn every_release_survives_a_round_trip(release in any_release()) {
        let json = serde_json::to_string(&release).expect("a Release always serializes");
        let back: Release = serde_json::from_str(&json)
            .unwrap_or_else(|error| panic!("{json} does not parse back: {error}"));
        prop_assert_eq!(back, release, "after a round trip through {}", json);
    }
}
