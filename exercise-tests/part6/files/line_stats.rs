//! Every file these tests write is inside a temporary folder that
//! `tempfile::tempdir()` creates and removes.

use super::*;
use std::fs;
use tempfile::TempDir;

fn file(dir: &TempDir, name: &str, contents: &[u8]) -> std::path::PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, contents).unwrap();
    path
}

fn stats(lines: usize, words: usize, longest: usize) -> Stats {
    Stats {
        lines,
        words,
        longest,
    }
}

#[test]
fn counts_lines_words_and_the_longest_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(
        &dir,
        "poem.txt",
        b"the quick brown fox\njumps over\n\nthe lazy dog\n",
    );
    let got = line_stats(&path).unwrap();
    assert_eq!(
        got,
        stats(4, 9, 19),
        "4 lines (one empty), 9 words, longest 19 chars"
    );
}

#[test]
fn a_last_line_without_newline_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(&dir, "tail.txt", b"one\ntwo three");
    let got = line_stats(&path).unwrap();
    assert_eq!(got, stats(2, 3, 9), "\"one\\ntwo three\" has 2 lines");
}

#[test]
fn an_empty_file_has_no_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(&dir, "empty.txt", b"");
    assert_eq!(
        line_stats(&path).unwrap(),
        Stats::default(),
        "an empty file"
    );
}

#[test]
fn line_endings_and_multibyte_chars_are_not_counted_as_length() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(&dir, "crlf.txt", "héllo wörld\r\nab\r\n".as_bytes());
    let got = line_stats(&path).unwrap();
    assert_eq!(
        got,
        stats(2, 3, 11),
        "\"héllo wörld\" is 11 chars (13 bytes), without its \\r\\n"
    );
}

#[test]
fn a_missing_file_is_not_found_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing.txt");
    let err = line_stats(&path).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::NotFound,
        "opening a missing file: {err}"
    );
    assert!(
        err.to_string().contains("missing.txt"),
        "the message should name the file, got {err:?}"
    );
}

#[test]
fn a_line_that_is_not_utf8_is_reported_with_its_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = file(
        &dir,
        "notes.txt",
        b"fine\nalso fine\nbad \xff byte\nnever read\n",
    );
    let err = line_stats(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidData, "invalid UTF-8: {err}");
    let message = err.to_string();
    assert!(
        message.contains("notes.txt") && message.contains("line 3"),
        "the message should name notes.txt and line 3, got {message:?}"
    );
}

#[test]
fn reading_reuses_one_buffer() {
    let dir = tempfile::tempdir().unwrap();
    let text = "some words on a line\n".repeat(5_000);
    let path = file(&dir, "big.txt", text.as_bytes());
    let (result, heap) = course_alloc::measure(|| line_stats(&path));
    assert_eq!(
        result.unwrap(),
        stats(5_000, 25_000, 20),
        "5000 lines of 5 words"
    );
    assert!(
        heap.allocating_calls() < 100,
        "5000 lines should not cost an allocation each: clear and reuse one String \
         (there were {} allocations and reallocations)",
        heap.allocating_calls()
    );
}

#[test]
fn the_report_has_one_row_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.tsv");
    let rows = vec![
        ("a.txt".to_string(), stats(4, 9, 19)),
        ("b.txt".to_string(), stats(0, 0, 0)),
    ];
    write_report(&path, &rows).unwrap();
    let written = fs::read_to_string(&path).unwrap();
    assert_eq!(
        written, "a.txt\t4\t9\t19\nb.txt\t0\t0\t0\n",
        "the report's contents"
    );
}

#[test]
fn the_report_fails_when_its_folder_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("report.tsv");
    let err = write_report(&path, &[]).unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::NotFound,
        "writing into a missing folder: {err}"
    );
    assert!(
        err.to_string().contains("report.tsv"),
        "the message should name the file, got {err:?}"
    );
}
