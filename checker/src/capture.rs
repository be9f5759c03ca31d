//! Bounded capture of a test process's output.
//!
//! A test may print gigabytes; the checker keeps at most the first and the
//! last [`KEEP`] bytes of what each test printed, and says how much was left
//! out. Standard output is read as libtest writes it: each failing test's
//! captured output comes in a section headed `---- NAME stdout ----`, and
//! only sections of the tests the checker expects are kept (the learner's
//! code shares the stream and could print headers of its own).

use std::collections::{HashMap, HashSet, VecDeque};

use crate::process::Sink;

/// Bytes kept at each end of one test's output.
pub const KEEP: usize = 64 * 1024;
/// Bytes kept at each end of the output that belongs to no test.
const KEEP_OTHER: usize = 8 * 1024;
/// A line longer than this cannot be a section header.
const HEADER_MAX: usize = 4 * 1024;

/// Text kept within bounds: its first and last `keep` bytes, and how many
/// bytes there were in all.
#[derive(Debug, Clone)]
pub struct Bounded {
    keep: usize,
    head: Vec<u8>,
    tail: VecDeque<u8>,
    total: u64,
}

impl Bounded {
    /// Keeps at most `keep` bytes at each end.
    pub fn new(keep: usize) -> Self {
        Bounded {
            keep,
            head: Vec::new(),
            tail: VecDeque::new(),
            total: 0,
        }
    }

    /// Appends `bytes`.
    pub fn push(&mut self, mut bytes: &[u8]) {
        self.total += bytes.len() as u64;
        let room = self.keep - self.head.len();
        let first = room.min(bytes.len());
        self.head.extend_from_slice(&bytes[..first]);
        bytes = &bytes[first..];
        if bytes.len() >= self.keep {
            self.tail.clear();
            bytes = &bytes[bytes.len() - self.keep..];
        }
        let overflow = (self.tail.len() + bytes.len()).saturating_sub(self.keep);
        self.tail.drain(..overflow);
        self.tail.extend(bytes);
    }

    /// How many bytes were left out.
    pub fn trimmed(&self) -> u64 {
        self.total - (self.head.len() + self.tail.len()) as u64
    }

    /// The kept text, with a note where bytes were left out.
    pub fn text(&self) -> String {
        let mut text = String::from_utf8_lossy(&self.head).into_owned();
        let trimmed = self.trimmed();
        if trimmed > 0 {
            text.push_str(&format!(
                "\n[… {trimmed} bytes of output left out: the checker keeps the first and last {} KiB …]\n",
                self.keep / 1024
            ));
        }
        let (a, b) = self.tail.as_slices();
        let mut tail = a.to_vec();
        tail.extend_from_slice(b);
        text.push_str(&String::from_utf8_lossy(&tail));
        text
    }
}

impl Sink for Bounded {
    fn write(&mut self, bytes: &[u8]) {
        self.push(bytes);
    }
}

/// libtest's standard output, split into the sections of failing tests.
#[derive(Debug)]
pub struct TestOutput {
    expected: HashSet<String>,
    sections: HashMap<String, Bounded>,
    other: Bounded,
    current: Option<String>,
    line: Vec<u8>,
    long_line: bool,
}

impl TestOutput {
    /// A parser that keeps the sections of the tests named `expected` (full
    /// names, such as `tests::no_words`).
    pub fn new(expected: &[String]) -> Self {
        TestOutput {
            expected: expected.iter().cloned().collect(),
            sections: HashMap::new(),
            other: Bounded::new(KEEP_OTHER),
            current: None,
            line: Vec::new(),
            long_line: false,
        }
    }

    /// What test `name` printed, if it failed and printed anything.
    pub fn section(&self, name: &str) -> Option<&Bounded> {
        self.sections.get(name)
    }

    /// Output that belongs to no test (libtest's own lines, and whatever
    /// the code printed straight to the stream).
    #[cfg(test)]
    pub fn other(&self) -> &Bounded {
        &self.other
    }

    fn content(&mut self, bytes: &[u8]) {
        match self.current.as_ref().and_then(|n| self.sections.get_mut(n)) {
            Some(section) => section.push(bytes),
            None => self.other.push(bytes),
        }
    }

    /// A whole line (without its `\n`) short enough to be a header.
    fn line_done(&mut self, line: Vec<u8>) {
        let text = String::from_utf8_lossy(&line);
        let header = text
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"));
        if let Some(name) = header {
            if self.expected.contains(name) {
                let name = name.to_string();
                self.sections
                    .entry(name.clone())
                    .or_insert_with(|| Bounded::new(KEEP));
                self.current = Some(name);
                return;
            }
        }
        if text == "failures:" || text.starts_with("test result:") {
            self.current = None;
        }
        self.content(&line);
        self.content(b"\n");
    }
}

impl Sink for TestOutput {
    fn write(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let newline = bytes.iter().position(|b| *b == b'\n');
            let (part, rest) = match newline {
                Some(i) => (&bytes[..i], &bytes[i + 1..]),
                None => (bytes, &[][..]),
            };
            if self.long_line {
                self.content(part);
            } else {
                self.line.extend_from_slice(part);
                if self.line.len() > HEADER_MAX {
                    // Too long for a header: pass it on as it comes.
                    let line = std::mem::take(&mut self.line);
                    self.content(&line);
                    self.long_line = true;
                }
            }
            if newline.is_some() {
                if self.long_line {
                    self.content(b"\n");
                    self.long_line = false;
                } else {
                    let line = std::mem::take(&mut self.line);
                    self.line_done(line);
                }
            }
            bytes = rest;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_text_keeps_both_ends() {
        let mut text = Bounded::new(4);
        text.push(b"abc");
        assert_eq!(text.text(), "abc");
        text.push(b"defghij");
        text.push(b"kl");
        assert_eq!(text.trimmed(), 4);
        assert_eq!(text.total, 12);
        let shown = text.text();
        assert!(
            shown.starts_with("abcd\n[… 4 bytes of output left out"),
            "{shown}"
        );
        assert!(shown.ends_with("…]\nijkl"), "{shown}");
    }

    #[test]
    fn a_huge_push_keeps_its_last_bytes() {
        let mut text = Bounded::new(3);
        text.push(b"0123456789");
        assert_eq!(text.head, b"012");
        assert_eq!(text.tail.iter().copied().collect::<Vec<u8>>(), b"789");
    }

    fn parse(chunks: &[&[u8]]) -> TestOutput {
        let mut out = TestOutput::new(&["tests::two".to_string(), "tests::three".to_string()]);
        for chunk in chunks {
            out.write(chunk);
        }
        out
    }

    #[test]
    fn sections_of_expected_tests_are_kept() {
        let report = b"\nrunning 2 tests\ntest tests::two ... FAILED\n\nfailures:\n\n---- tests::two stdout ----\nhello\nthread 'tests::two' panicked at x.rs:1:1:\nboom\n\n---- tests::fake stdout ----\nforged\n\nfailures:\n    tests::two\n\ntest result: FAILED. 0 passed; 1 failed\n";
        // Split at every byte boundary: the result must not depend on chunks.
        for split in [1, 7, 50, report.len()] {
            let chunks: Vec<&[u8]> = report.chunks(split).collect();
            let out = parse(&chunks);
            let two = out
                .section("tests::two")
                .expect("a section for tests::two")
                .text();
            assert!(
                two.starts_with("hello\nthread 'tests::two' panicked"),
                "{two:?}"
            );
            assert!(out.section("tests::fake").is_none());
            assert!(out.other().text().contains("test result: FAILED"));
        }
    }

    #[test]
    fn an_endless_line_stays_bounded() {
        let mut out = parse(&[b"---- tests::two stdout ----\n"]);
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..50 {
            out.write(&chunk);
        }
        out.write(b"\nend\n");
        let section = out.section("tests::two").unwrap();
        assert!(section.head.len() + section.tail.len() <= 2 * KEEP);
        assert!(section.trimmed() > 0);
        assert!(section.text().ends_with("end\n"));
    }
}
