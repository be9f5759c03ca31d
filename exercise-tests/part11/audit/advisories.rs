use super::*;

/// The snapshot, parsed with `toml` (the test's job, not the exercise's).
fn snapshot() -> Vec<Advisory> {
    let table: toml::Table = include_str!("advisories.toml")
        .parse()
        .expect("the snapshot is TOML");
    let reqs = |entry: &toml::Value, key: &str| -> Vec<VersionReq> {
        entry[key]
            .as_array()
            .expect("a list of requirements")
            .iter()
            .map(|r| VersionReq::parse(r.as_str().expect("a string")).expect("a requirement"))
            .collect()
    };
    table["advisory"]
        .as_array()
        .expect("[[advisory]] tables")
        .iter()
        .map(|entry| Advisory {
            id: entry["id"].as_str().expect("an id").to_string(),
            package: entry["package"].as_str().expect("a package").to_string(),
            patched: reqs(entry, "patched"),
            unaffected: reqs(entry, "unaffected"),
        })
        .collect()
}

fn advisory(id: &str) -> Advisory {
    snapshot()
        .into_iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("{id} is in the snapshot"))
}

fn v(text: &str) -> Version {
    Version::parse(text).expect("a test version")
}

fn package(name: &str, version: &str) -> Package {
    Package {
        name: name.into(),
        version: v(version),
    }
}

#[test]
fn patched_and_unaffected_versions_are_not_affected() {
    let time = advisory("RUSTSEC-2020-0071");
    for (version, affected) in [
        ("0.1.45", true),
        ("0.2.0", false),
        ("0.2.6", false),
        ("0.2.7", true),
        ("0.2.22", true),
        ("0.2.23", false),
        ("0.3.36", false),
    ] {
        assert_eq!(
            time.affects(&v(version)),
            affected,
            "RUSTSEC-2020-0071 and time {version}"
        );
    }
}

#[test]
fn patched_ranges_can_have_gaps() {
    let tokio = advisory("RUSTSEC-2021-0124");
    for (version, affected) in [
        ("0.1.13", false),
        ("0.1.14", true),
        ("1.8.3", true),
        ("1.8.4", false),
        ("1.8.5", false),
        ("1.9.0", true),
        ("1.13.0", true),
        ("1.13.1", false),
        ("1.48.0", false),
    ] {
        assert_eq!(
            tokio.affects(&v(version)),
            affected,
            "RUSTSEC-2021-0124 and tokio {version}"
        );
    }
}

#[test]
fn an_advisory_without_patches_affects_every_version() {
    let rsa = advisory("RUSTSEC-2023-0071");
    for version in ["0.1.0", "0.9.8", "1.0.0"] {
        assert!(
            rsa.affects(&v(version)),
            "RUSTSEC-2023-0071 and rsa {version}"
        );
    }
}

#[test]
fn audit_finds_affected_packages_only() {
    let packages = [
        package("tokio", "1.13.0"),
        package("time", "0.3.36"),
        package("time", "0.1.45"),
        package("rsa", "0.9.8"),
        package("serde", "1.0.0"),
        package("timely", "0.1.0"),
    ];
    let found = audit(&packages, &snapshot());
    let expected = vec![
        Finding {
            advisory: "RUSTSEC-2020-0071".into(),
            package: "time".into(),
            version: v("0.1.45"),
        },
        Finding {
            advisory: "RUSTSEC-2021-0124".into(),
            package: "tokio".into(),
            version: v("1.13.0"),
        },
        Finding {
            advisory: "RUSTSEC-2023-0071".into(),
            package: "rsa".into(),
            version: v("0.9.8"),
        },
    ];
    assert_eq!(found, expected);
}

#[test]
fn audit_sorts_by_advisory_then_version() {
    let packages = [
        package("time", "0.2.10"),
        package("rsa", "0.9.8"),
        package("time", "0.1.0"),
    ];
    let found: Vec<(String, String)> = audit(&packages, &snapshot())
        .into_iter()
        .map(|f| (f.advisory, f.version.to_string()))
        .collect();
    assert_eq!(
        found,
        [
            ("RUSTSEC-2020-0071".to_string(), "0.1.0".to_string()),
            ("RUSTSEC-2020-0071".to_string(), "0.2.10".to_string()),
            ("RUSTSEC-2023-0071".to_string(), "0.9.8".to_string()),
        ]
    );
}

#[test]
fn a_clean_lockfile_has_no_findings() {
    let packages = [package("tokio", "1.48.0"), package("time", "0.3.36")];
    assert_eq!(audit(&packages, &snapshot()), vec![]);
    assert_eq!(audit(&[], &snapshot()), vec![]);
}
