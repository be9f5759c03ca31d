use super::*;
use std::ffi::OsStr;

fn pgo(profile_dir: &str, merged: &str) -> Pgo {
    Pgo {
        profile_dir: PathBuf::from(profile_dir),
        merged: PathBuf::from(merged),
        bin: "server".to_string(),
        host: "x86_64-unknown-linux-gnu".to_string(),
        sysroot: PathBuf::from("/home/ada/.rustup/toolchains/1.95.0-x86_64-unknown-linux-gnu"),
    }
}

fn standard() -> Pgo {
    pgo("/tmp/pgo/raw", "/tmp/pgo/merged.profdata")
}

fn program(command: &Command) -> String {
    command.get_program().to_string_lossy().into_owned()
}

fn args(command: &Command) -> Vec<String> {
    command
        .get_args()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect()
}

/// The environment variables the command sets, as `NAME=VALUE`.
fn envs(command: &Command) -> Vec<String> {
    command
        .get_envs()
        .map(|(name, value)| {
            format!(
                "{}={}",
                name.to_string_lossy(),
                value.unwrap_or(OsStr::new("<removed>")).to_string_lossy()
            )
        })
        .collect()
}

fn cargo_args(target_dir: &str) -> Vec<String> {
    [
        "build",
        "--release",
        "--bin",
        "server",
        "--target",
        "x86_64-unknown-linux-gnu",
        "--target-dir",
        target_dir,
    ]
    .map(String::from)
    .to_vec()
}

#[test]
fn instrumented_build_generates_into_the_profile_dir() {
    let command = standard().instrumented_build().expect("valid paths");
    assert_eq!(program(&command), "cargo", "the build runs cargo");
    assert_eq!(
        args(&command),
        cargo_args("target/pgo-instrumented"),
        "cargo's arguments for the instrumented build (with --target, so that build scripts are not instrumented)"
    );
    assert_eq!(
        envs(&command),
        ["RUSTFLAGS=-Cprofile-generate=/tmp/pgo/raw"],
        "the instrumented build sets RUSTFLAGS to -Cprofile-generate=PROFILE_DIR and nothing else"
    );
}

#[test]
fn merge_uses_the_toolchains_llvm_profdata() {
    let command = standard().merge().expect("valid paths");
    assert_eq!(
        program(&command),
        "/home/ada/.rustup/toolchains/1.95.0-x86_64-unknown-linux-gnu/lib/rustlib/x86_64-unknown-linux-gnu/bin/llvm-profdata",
        "llvm-profdata must come from the toolchain's sysroot, not from PATH"
    );
    assert_eq!(
        args(&command),
        ["merge", "-o", "/tmp/pgo/merged.profdata", "/tmp/pgo/raw"],
        "merge writes the merged file (-o MERGED) from the profile folder"
    );
    assert_eq!(
        envs(&command),
        Vec::<String>::new(),
        "merge needs no environment variable"
    );
}

#[test]
fn optimized_build_uses_the_merged_file_and_warns_about_missing_functions() {
    let command = standard().optimized_build().expect("valid paths");
    assert_eq!(program(&command), "cargo", "the build runs cargo");
    assert_eq!(
        args(&command),
        cargo_args("target/pgo-optimized"),
        "cargo's arguments for the optimized build (a target folder of its own)"
    );
    assert_eq!(
        envs(&command),
        ["RUSTFLAGS=-Cprofile-use=/tmp/pgo/merged.profdata -Cllvm-args=-pgo-warn-missing-function"],
        "-Cprofile-use must name the merged .profdata file (a folder is only a warning, and the build then has no profile)"
    );
}

#[test]
fn the_fields_are_used_not_copied_from_the_example() {
    let other = Pgo {
        profile_dir: PathBuf::from("/srv/build/profiles"),
        merged: PathBuf::from("/srv/build/app.profdata"),
        bin: "app".to_string(),
        host: "aarch64-apple-darwin".to_string(),
        sysroot: PathBuf::from("/opt/rust"),
    };
    let build = other.instrumented_build().expect("valid paths");
    assert_eq!(
        args(&build),
        [
            "build",
            "--release",
            "--bin",
            "app",
            "--target",
            "aarch64-apple-darwin",
            "--target-dir",
            "target/pgo-instrumented"
        ],
        "the instrumented build for bin `app` on aarch64-apple-darwin"
    );
    assert_eq!(
        envs(&build),
        ["RUSTFLAGS=-Cprofile-generate=/srv/build/profiles"]
    );
    let merge = other.merge().expect("valid paths");
    assert_eq!(
        program(&merge),
        "/opt/rust/lib/rustlib/aarch64-apple-darwin/bin/llvm-profdata"
    );
    assert_eq!(
        args(&merge),
        [
            "merge",
            "-o",
            "/srv/build/app.profdata",
            "/srv/build/profiles"
        ]
    );
    let optimized = other.optimized_build().expect("valid paths");
    assert_eq!(
        envs(&optimized),
        ["RUSTFLAGS=-Cprofile-use=/srv/build/app.profdata -Cllvm-args=-pgo-warn-missing-function"]
    );
}

#[test]
fn relative_paths_are_refused_by_every_step() {
    let relative_dir = pgo("pgo/raw", "/tmp/pgo/merged.profdata");
    let relative_merged = pgo("/tmp/pgo/raw", "merged.profdata");
    for (name, result) in [
        (
            "instrumented_build",
            relative_dir.instrumented_build().err(),
        ),
        ("merge", relative_dir.merge().err()),
        ("optimized_build", relative_dir.optimized_build().err()),
    ] {
        assert_eq!(
            result,
            Some(PgoError::RelativePath(PathBuf::from("pgo/raw"))),
            "{name} with profile_dir `pgo/raw`"
        );
    }
    for (name, result) in [
        (
            "instrumented_build",
            relative_merged.instrumented_build().err(),
        ),
        ("merge", relative_merged.merge().err()),
        ("optimized_build", relative_merged.optimized_build().err()),
    ] {
        assert_eq!(
            result,
            Some(PgoError::RelativePath(PathBuf::from("merged.profdata"))),
            "{name} with merged `merged.profdata`"
        );
    }
}

#[test]
fn the_merged_file_must_not_be_inside_the_profile_dir() {
    let inside = pgo("/tmp/pgo-data", "/tmp/pgo-data/merged.profdata");
    for (name, result) in [
        ("instrumented_build", inside.instrumented_build().err()),
        ("merge", inside.merge().err()),
        ("optimized_build", inside.optimized_build().err()),
    ] {
        assert_eq!(
            result,
            Some(PgoError::MergedInsideProfileDir),
            "{name} with the merged file /tmp/pgo-data/merged.profdata inside /tmp/pgo-data"
        );
    }
    let beside = pgo("/tmp/pgo-data", "/tmp/pgo-data.profdata");
    assert!(
        beside.merge().is_ok(),
        "/tmp/pgo-data.profdata is next to /tmp/pgo-data, not inside it (compare paths by components, not as text)"
    );
}

#[test]
fn whitespace_is_refused_in_rustflags_only() {
    let spaced = pgo("/tmp/my pgo/raw", "/tmp/merged.profdata");
    let expected = Some(PgoError::WhitespaceInRustflags(PathBuf::from(
        "/tmp/my pgo/raw",
    )));
    assert_eq!(
        spaced.instrumented_build().err(),
        expected,
        "instrumented_build with a space in profile_dir"
    );
    assert_eq!(
        spaced.optimized_build().err(),
        Some(PgoError::WhitespaceInRustflags(PathBuf::from(
            "/tmp/my pgo/raw"
        ))),
        "optimized_build checks profile_dir too"
    );
    let merge = spaced
        .merge()
        .expect("merge passes each path as one argument, so a space is fine there");
    assert_eq!(
        args(&merge),
        ["merge", "-o", "/tmp/merged.profdata", "/tmp/my pgo/raw"]
    );

    let tab = pgo("/tmp/pgo/raw", "/tmp/release\t1.profdata");
    assert_eq!(
        tab.optimized_build().err(),
        Some(PgoError::WhitespaceInRustflags(PathBuf::from(
            "/tmp/release\t1.profdata"
        ))),
        "a tab is whitespace too"
    );
}

#[test]
fn the_first_broken_rule_is_reported() {
    // profile_dir before merged; relative before whitespace; the place last.
    let both_relative = pgo("raw", "merged.profdata");
    assert_eq!(
        both_relative.instrumented_build().err(),
        Some(PgoError::RelativePath(PathBuf::from("raw")))
    );
    let relative_with_space = pgo("my raw", "/tmp/merged.profdata");
    assert_eq!(
        relative_with_space.instrumented_build().err(),
        Some(PgoError::RelativePath(PathBuf::from("my raw")))
    );
    let spaced_inside = pgo("/tmp/my pgo", "/tmp/my pgo/merged.profdata");
    assert_eq!(
        spaced_inside.optimized_build().err(),
        Some(PgoError::WhitespaceInRustflags(PathBuf::from(
            "/tmp/my pgo"
        )))
    );
    assert_eq!(
        spaced_inside.merge().err(),
        Some(PgoError::MergedInsideProfileDir)
    );
}
