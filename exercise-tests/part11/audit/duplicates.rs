use super::*;

fn v(text: &str) -> Version {
    Version::parse(text).expect("a test version")
}

fn packages(list: &[(&str, &str)]) -> Vec<Package> {
    list.iter()
        .map(|(name, version)| Package {
            name: name.to_string(),
            version: v(version),
        })
        .collect()
}

fn dup(name: &str, versions: &[&str]) -> Duplicate {
    Duplicate {
        name: name.into(),
        versions: versions.iter().map(|s| v(s)).collect(),
    }
}

#[test]
fn no_duplicates_in_a_clean_build() {
    let list = packages(&[("serde", "1.0.228"), ("tokio", "1.48.0")]);
    assert_eq!(duplicate_versions(&list, &[]), vec![]);
}

#[test]
fn finds_crates_with_two_versions() {
    let list = packages(&[("sha2", "0.11.3"), ("tokio", "1.48.0"), ("sha2", "0.10.9")]);
    assert_eq!(
        duplicate_versions(&list, &[]),
        vec![dup("sha2", &["0.10.9", "0.11.3"])]
    );
}

#[test]
fn sorts_names_and_versions() {
    let list = packages(&[
        ("windows-sys", "0.61.0"),
        ("digest", "0.11.3"),
        ("windows-sys", "0.52.0"),
        ("digest", "0.10.7"),
        ("windows-sys", "0.59.0"),
        ("windows-sys", "0.9.0"),
    ]);
    assert_eq!(
        duplicate_versions(&list, &[]),
        vec![
            dup("digest", &["0.10.7", "0.11.3"]),
            dup("windows-sys", &["0.9.0", "0.52.0", "0.59.0", "0.61.0"]),
        ],
        "names sorted, versions in semver order (0.9.0 before 0.52.0)"
    );
}

#[test]
fn the_same_version_twice_is_not_a_duplicate() {
    let list = packages(&[("rand", "0.9.2"), ("rand", "0.9.2")]);
    assert_eq!(duplicate_versions(&list, &[]), vec![]);
    let list = packages(&[("rand", "0.9.2"), ("rand", "0.9.2"), ("rand", "0.8.5")]);
    assert_eq!(
        duplicate_versions(&list, &[]),
        vec![dup("rand", &["0.8.5", "0.9.2"])]
    );
}

#[test]
fn allowed_duplicates_are_left_out() {
    let list = packages(&[
        ("sha2", "0.11.3"),
        ("sha2", "0.10.9"),
        ("digest", "0.11.3"),
        ("digest", "0.10.7"),
    ]);
    assert_eq!(
        duplicate_versions(&list, &["sha2"]),
        vec![dup("digest", &["0.10.7", "0.11.3"])]
    );
    assert_eq!(duplicate_versions(&list, &["sha2", "digest"]), vec![]);
}
