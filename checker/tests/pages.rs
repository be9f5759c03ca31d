//! The terminal sessions that the book's getting-started pages show are what
//! the checker really prints, so they cannot drift from the tool.
//!
//! Each page is replayed in a fresh copy of the course as committed
//! (`git archive HEAD`, so a learner's own work never leaks in): every
//! ```` ```console ```` block is taken in page order, each `$ cargo course …`
//! line in it is run, and every non-blank line shown after it must appear in
//! the real output, in the same order (a line `...` or `…` marks an
//! elision; timestamps are replaced by `<TIME>` on both sides). A block can
//! set the state it shows with a comment on the line before it:
//!
//! ```text
//! <!-- page-check: copy solutions/src/a.rs exercises/src/a.rs; append exercises/src/b.rs -->
//! ```
//!
//! (`append` adds a comment line, so the file differs from its stub.) A
//! block whose command is not `cargo course` may show no output, unless it is
//! marked `<!-- page-check: skip -->` with a reason after it.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The pages replayed.
const PAGES: &[&str] = &["src/part0/setup.md", "src/part0/how-to-use.md"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("checker/ sits in the course root")
}

/// A fresh copy of the committed course, itself a git repository (`reset`
/// needs history). Its path and target folder are stable across runs, so its
/// builds stay warm.
fn fresh_copy(name: &str) -> (PathBuf, PathBuf) {
    let base = Path::new(env!("CARGO_TARGET_TMPDIR")).join("pages");
    let copy = base.join(name);
    let target = base.join(format!("{name}-target"));
    let _ = std::fs::remove_dir_all(&copy);
    let _ = std::fs::remove_dir_all(target.join("course"));
    std::fs::create_dir_all(&copy).expect("the copy's folder can be created");
    let tar = base.join(format!("{name}.tar"));
    run_ok(
        Command::new("git")
            .args(["archive", "--format=tar", "-o"])
            .arg(&tar)
            .arg("HEAD")
            .current_dir(root()),
        "git archive (this test needs the course as a git checkout)",
    );
    // `-m`: the files get the current time, not the commit's, or cargo
    // would take a build of an earlier run's edited file for up to date.
    run_ok(
        Command::new("tar").arg("-xmf").arg(&tar).current_dir(&copy),
        "tar -x",
    );
    for args in [
        &["init", "-q"][..],
        &["add", "-A"],
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-q",
            "--no-verify",
            "-m",
            "course",
        ],
    ] {
        run_ok(
            Command::new("git")
                .args(args)
                .current_dir(&copy)
                .env_remove("GIT_DIR")
                .env_remove("GIT_WORK_TREE")
                .env_remove("GIT_INDEX_FILE"),
            "git in the copy",
        );
    }
    (copy, target)
}

fn run_ok(command: &mut Command, what: &str) {
    let output = command.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        output.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// One console block of a page.
struct Block {
    /// 1-based line of its opening fence.
    line: usize,
    /// The `page-check:` instruction before it, if any.
    setup: Option<String>,
    /// Commands with the output lines shown after each.
    steps: Vec<(String, Vec<String>)>,
}

fn console_blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "```console" {
            i += 1;
            continue;
        }
        let setup = lines[..i]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .and_then(|l| l.trim().strip_prefix("<!-- page-check:"))
            .and_then(|l| l.strip_suffix("-->"))
            .map(|l| l.trim().to_string());
        let mut block = Block {
            line: i + 1,
            setup,
            steps: Vec::new(),
        };
        i += 1;
        while i < lines.len() && lines[i].trim() != "```" {
            match lines[i].strip_prefix("$ ") {
                Some(command) => block.steps.push((command.trim().to_string(), Vec::new())),
                None => {
                    if let Some((_, shown)) = block.steps.last_mut() {
                        shown.push(lines[i].to_string());
                    }
                }
            }
            i += 1;
        }
        blocks.push(block);
        i += 1;
    }
    blocks
}

/// `2026-11-25T12-57-54Z`-like stamps (backup names) become `<TIME>`.
fn normalise(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let stamp = bytes.get(i..i + 20).is_some_and(|s| {
            s.iter().enumerate().all(|(k, b)| match k {
                4 | 7 => *b == b'-',
                10 => *b == b'T',
                13 | 16 => *b == b'-',
                19 => *b == b'Z',
                _ => b.is_ascii_digit(),
            })
        });
        if stamp {
            out.push_str("<TIME>");
            i += 20;
        } else {
            let c = line[i..].chars().next().expect("inside the line");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out.trim_end().to_string()
}

fn apply_setup(copy: &Path, setup: &str, place: &str) {
    for op in setup.split(';').map(str::trim).filter(|o| !o.is_empty()) {
        let words: Vec<&str> = op.split_whitespace().collect();
        match words.as_slice() {
            ["copy", from, to] => {
                std::fs::copy(copy.join(from), copy.join(to))
                    .unwrap_or_else(|e| panic!("{place}: copy {from} {to}: {e}"));
            }
            ["append", path] => {
                let file = copy.join(path);
                let text = std::fs::read_to_string(&file)
                    .unwrap_or_else(|e| panic!("{place}: append {path}: {e}"));
                std::fs::write(&file, format!("{text}// my attempt so far\n")).unwrap();
            }
            ["skip", ..] => {}
            _ => panic!("{place}: unknown page-check instruction `{op}`"),
        }
    }
}

/// Whether every shown line appears in `actual`, in order; else the first
/// line that does not.
fn first_missing(shown: &[String], actual: &str) -> Option<String> {
    let actual: Vec<String> = actual.lines().map(normalise).collect();
    let mut at = 0;
    for line in shown {
        let line = normalise(line);
        if line.trim().is_empty() || line.trim() == "..." || line.trim() == "…" {
            continue;
        }
        match actual[at..].iter().position(|a| *a == line) {
            Some(found) => at += found + 1,
            None => return Some(line),
        }
    }
    None
}

#[test]
fn the_getting_started_pages_show_what_the_checker_prints() {
    let mut problems = Vec::new();
    for page in PAGES {
        let text = std::fs::read_to_string(root().join(page))
            .unwrap_or_else(|e| panic!("cannot read {page}: {e}"));
        let name = page.rsplit('/').next().unwrap().trim_end_matches(".md");
        let (copy, target) = fresh_copy(name);
        for block in console_blocks(&text) {
            let place = format!("{page}:{}", block.line);
            let skip = block
                .setup
                .as_deref()
                .is_some_and(|s| s.starts_with("skip"));
            if let Some(setup) = &block.setup {
                apply_setup(&copy, setup, &place);
            }
            for (command, shown) in &block.steps {
                let Some(args) = command.strip_prefix("cargo course") else {
                    if !skip && shown.iter().any(|l| !l.trim().is_empty()) {
                        problems.push(format!(
                            "{place}: `{command}` shows output this test cannot check — mark the block `<!-- page-check: skip (why) -->`"
                        ));
                    }
                    continue;
                };
                if skip {
                    continue;
                }
                let args: Vec<&str> = args
                    .split("  #")
                    .next()
                    .unwrap_or_default()
                    .split_whitespace()
                    .collect();
                let output = Command::new(env!("CARGO_BIN_EXE_checker"))
                    .args(&args)
                    .current_dir(&copy)
                    .env("CARGO_TARGET_DIR", &target)
                    .env("NO_COLOR", "1")
                    .env("CLICOLOR", "0")
                    .env_remove("CLICOLOR_FORCE")
                    .stdin(std::process::Stdio::null())
                    .output()
                    .unwrap_or_else(|e| panic!("{place}: cannot run `{command}`: {e}"));
                let actual = String::from_utf8_lossy(&output.stdout);
                if let Some(missing) = first_missing(shown, &actual) {
                    problems.push(format!(
                        "{place}: `{command}` does not print (in this order) the line\n    {missing}\n  It printed:\n{actual}"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn the_replay_catches_a_line_the_checker_does_not_print() {
    let shown = vec!["a".to_string(), "...".to_string(), "c".to_string()];
    assert_eq!(first_missing(&shown, "a\nb\nc\n"), None);
    assert_eq!(first_missing(&shown, "c\na\n"), Some("c".into()));
    assert_eq!(
        normalise("saved to .course-backups/x-2026-11-25T12-57-54Z.rs  "),
        "saved to .course-backups/x-<TIME>.rs"
    );
}
