use super::*;
use std::io;
use std::num::ParseIntError;
use std::path::PathBuf;

/// A file in the system's temporary folder, with a name no other test uses;
/// it is removed when the value is dropped.
struct TempFile {
    path: PathBuf,
}

impl TempFile {
    fn path_for(name: &str) -> PathBuf {
        std::env::temp_dir().join(format!("rust-pro-errors-{}-{name}", std::process::id()))
    }

    fn with_contents(name: &str, contents: &str) -> TempFile {
        let path = Self::path_for(name);
        std::fs::write(&path, contents).expect("the test could not create its temporary file");
        TempFile { path }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn read_err(path: &Path) -> anyhow::Error {
    match read_limit(path) {
        Ok(limit) => panic!("read_limit({path:?}) should fail, but returned {limit}"),
        Err(err) => err,
    }
}

#[test]
fn reads_the_number_around_whitespace() {
    let file = TempFile::with_contents("limit-ok.txt", "  42\n");
    let got = read_limit(&file.path).map_err(|e| format!("{e:#}"));
    assert_eq!(
        got,
        Ok(42),
        "read_limit of a file holding \"  42\\n\" should be Ok(42)"
    );
}

#[test]
fn a_missing_file_says_what_and_why() {
    let path = TempFile::path_for("limit-does-not-exist.txt");
    let _ = std::fs::remove_file(&path);
    let cause = std::fs::read_to_string(&path).unwrap_err().to_string();

    let err = read_err(&path);
    let expected = format!("reading {}: {cause}", path.display());
    assert_eq!(
        format!("{err:#}"),
        expected,
        "{{:#}} should print the context, then the io::Error's message"
    );
    assert_eq!(
        format!("{err}"),
        format!("reading {}", path.display()),
        "{{}} should print only the outermost context"
    );
    let kind = err.downcast_ref::<io::Error>().map(io::Error::kind);
    assert_eq!(
        kind,
        Some(io::ErrorKind::NotFound),
        "the original io::Error should stay reachable with downcast_ref::<io::Error>()"
    );
}

#[test]
fn text_that_is_not_a_number_names_the_file() {
    let file = TempFile::with_contents("limit-apples.txt", "12 apples\n");
    let err = read_err(&file.path);
    let expected = format!(
        "parsing the limit in {}: invalid digit found in string",
        file.path.display()
    );
    assert_eq!(
        format!("{err:#}"),
        expected,
        "{{:#}} should print the context, then the ParseIntError's message"
    );
    assert!(
        err.downcast_ref::<ParseIntError>().is_some(),
        "the original ParseIntError should stay reachable with downcast_ref::<ParseIntError>(); the chain is {err:#}"
    );
    assert_eq!(
        err.chain().count(),
        2,
        "the chain should be the context, then the ParseIntError: {err:#}"
    );
}

#[test]
fn an_empty_file_is_a_parse_error_too() {
    let file = TempFile::with_contents("limit-empty.txt", " \n");
    let err = read_err(&file.path);
    let expected = format!(
        "parsing the limit in {}: cannot parse integer from empty string",
        file.path.display()
    );
    assert_eq!(format!("{err:#}"), expected, "{{:#}} for an empty file");
}

#[test]
fn a_negative_number_is_not_a_valid_limit() {
    let file = TempFile::with_contents("limit-negative.txt", "-3");
    let err = read_err(&file.path);
    let expected = format!(
        "parsing the limit in {}: invalid digit found in string",
        file.path.display()
    );
    assert_eq!(
        format!("{err:#}"),
        expected,
        "{{:#}} for \"-3\" (a u32 has no sign)"
    );
}

#[test]
fn zero_is_rejected_with_its_own_message() {
    let file = TempFile::with_contents("limit-zero.txt", "0\n");
    let err = read_err(&file.path);
    let expected = format!("the limit in {} must be at least 1", file.path.display());
    assert_eq!(format!("{err:#}"), expected, "{{:#}} for a limit of 0");
    assert_eq!(err.chain().count(), 1, "this error has no cause: {err:#}");
}
