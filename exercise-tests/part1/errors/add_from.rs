use super::*;
use std::error::Error as _;
use std::io::{self, BufReader, Read};

/// A reader that yields `good` and then fails with "disk on fire".
struct FailingReader {
    good: &'static [u8],
}

impl Read for FailingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.good.is_empty() {
            return Err(io::Error::other("disk on fire"));
        }
        let n = self.good.len().min(buf.len());
        buf[..n].copy_from_slice(&self.good[..n]);
        self.good = &self.good[n..];
        Ok(n)
    }
}

fn sum(text: &str) -> Result<i64, ImportError> {
    sum_numbers(text.as_bytes())
}

#[test]
fn adds_one_number_per_line() {
    let text = "1\n2\n39\n";
    let got = sum(text).map_err(|e| e.to_string());
    assert_eq!(got, Ok(42), "sum_numbers({text:?}) should be Ok(42)");
}

#[test]
fn skips_blank_lines_and_trims() {
    let text = "\n  -5 \n\n\t10\n   \n";
    let got = sum(text).map_err(|e| e.to_string());
    assert_eq!(got, Ok(5), "sum_numbers({text:?}) should be Ok(5)");
}

#[test]
fn no_numbers_is_empty() {
    for text in ["", "\n \n\t\n"] {
        let got = sum(text);
        assert!(
            matches!(got, Err(ImportError::Empty)),
            "sum_numbers({text:?}) should be Err(Empty), got {got:?}"
        );
    }
    assert_eq!(
        ImportError::Empty.to_string(),
        "the input holds no numbers",
        "the message of Empty should not change"
    );
}

#[test]
fn a_bad_line_is_a_parse_error_with_its_cause() {
    let text = "1\ntwo\n3\n";
    let err = sum(text).unwrap_err();
    assert!(
        matches!(err, ImportError::Parse(_)),
        "sum_numbers({text:?}) should be Err(Parse(_)), got {err:?}"
    );
    assert_eq!(
        err.to_string(),
        "not a number",
        "the message of Parse should not change"
    );
    let source = err.source().map(|s| s.to_string());
    assert_eq!(
        source.as_deref(),
        Some("invalid digit found in string"),
        "Parse's source() should be the ParseIntError"
    );
}

#[test]
fn a_failing_reader_is_an_io_error_with_its_cause() {
    let reader = BufReader::new(FailingReader { good: b"1\n2\n" });
    let err = sum_numbers(reader).unwrap_err();
    assert!(
        matches!(&err, ImportError::Io(e) if e.to_string() == "disk on fire"),
        "a reader that fails should give Err(Io(\"disk on fire\")), got {err:?}"
    );
    assert_eq!(
        err.to_string(),
        "reading the input failed",
        "the message of Io should not change"
    );
    let source = err.source().map(|s| s.to_string());
    assert_eq!(
        source.as_deref(),
        Some("disk on fire"),
        "Io's source() should be the io::Error"
    );
}

#[test]
fn invalid_utf8_is_an_io_error() {
    let bytes: &[u8] = b"1\n\xff\n";
    let err = sum_numbers(bytes).unwrap_err();
    assert!(
        matches!(&err, ImportError::Io(e) if e.kind() == io::ErrorKind::InvalidData),
        "a line that is not UTF-8 should give Err(Io(_)) of kind InvalidData, got {err:?}"
    );
}
