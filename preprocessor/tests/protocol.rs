//! Runs the real `mdbook-course` binary over a fixture course, speaking the
//! mdBook 0.4 protocol, and checks its output and its errors.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

const STUB: &str = "//! Write `double`.\n\n/// Doubles `x`.\npub fn double(x: i32) -> i32 {\n    todo!()\n}\n\n#[cfg(test)]\n#[path = \"../../exercise-tests/demo/double.rs\"]\nmod tests;\n";
const SOLUTION: &str = "//! Write `double`.\n\n/// Doubles `x`.\npub fn double(x: i32) -> i32 {\n    x * 2 // SOLUTION-MARKER\n}\n\n#[cfg(test)]\n#[path = \"../../exercise-tests/demo/double.rs\"]\nmod tests;\n";
const MANIFEST: &str = r#"[[exercise]]
id = "demo-double"
title = "Double it"
chapter = "demo.md"
kind = "implement"
difficulty = "easy"
minutes = 5
path = "demo/double.rs"
hints = ["Multiply by two.", "Use `x * 2`."]
"#;
const CHAPTER: &str = "# Demo\n\nSome text.\n\n{{#exercise demo-double}}\n\nAfter.\n";
const PLAIN: &str = "# Plain\n\nNo directive here: `{{#exercise demo-double}}` is code.\n\n\\{{#exercise escaped}}\n";

/// Writes a small course into a temporary folder.
fn fixture(manifest: &str, chapter: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let write = |path: &str, text: &str| {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("exercises.toml", manifest);
    write("exercises/src/demo/double.rs", STUB);
    write("solutions/src/demo/double.rs", SOLUTION);
    write(
        "exercise-tests/demo/double.rs",
        "use super::*;\n#[test]\nfn doubles() { assert_eq!(double(2), 4); }\n",
    );
    write("src/demo.md", chapter);
    write("src/plain.md", PLAIN);
    dir
}

fn chapter(name: &str, path: &str, content: &str) -> Value {
    json!({"Chapter": {
        "name": name, "content": content, "number": [1], "sub_items": [],
        "path": path, "source_path": path, "parent_names": []
    }})
}

/// Runs the preprocessor; returns (success, book or stderr).
fn run(root: &Path, solutions: &str, chapters: &[(&str, &str)]) -> (bool, Value, String) {
    run_with(
        root,
        json!({"command": "x", "solutions": solutions}),
        chapters,
    )
}

/// [`run`] with the whole `[preprocessor.course]` table.
fn run_with(root: &Path, course: Value, chapters: &[(&str, &str)]) -> (bool, Value, String) {
    let context = json!({
        "root": root,
        "config": {"book": {"src": "src"}, "preprocessor": {"course": course}},
        "renderer": "html",
        "mdbook_version": "0.4.52"
    });
    let sections: Vec<Value> = [json!({"PartTitle": "Part One"})]
        .into_iter()
        .chain(
            chapters
                .iter()
                .map(|(path, content)| chapter(path, path, content)),
        )
        .chain([json!("Separator"), chapter("Draft", "", "")])
        .collect();
    let mut sections = sections;
    // A draft chapter has no path.
    sections.last_mut().unwrap()["Chapter"]["path"] = Value::Null;
    sections.last_mut().unwrap()["Chapter"]["source_path"] = Value::Null;
    let book = json!({"sections": sections, "__non_exhaustive": null});
    let mut child = Command::new(env!("CARGO_BIN_EXE_mdbook-course"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .current_dir(root)
        .spawn()
        .unwrap();
    serde_json::to_writer(child.stdin.take().unwrap(), &json!([context, book])).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let book = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.success(), book, stderr)
}

/// The content of the `index`-th chapter (the part title comes first).
fn content(book: &Value, index: usize) -> &str {
    book["sections"][index + 1]["Chapter"]["content"]
        .as_str()
        .unwrap_or_else(|| panic!("no chapter {index} in {book:#}"))
}

#[test]
fn supports_every_renderer() {
    let status = Command::new(env!("CARGO_BIN_EXE_mdbook-course"))
        .args(["supports", "html"])
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn renders_the_exercise_and_leaves_other_bytes_alone() {
    let dir = fixture(MANIFEST, CHAPTER);
    let (ok, book, stderr) = run(
        dir.path(),
        "collapsed",
        &[("demo.md", CHAPTER), ("plain.md", PLAIN)],
    );
    assert!(ok, "{stderr}");
    let demo = content(&book, 0);
    assert!(
        demo.starts_with(
            "# Demo\n\nSome text.\n\n<a id=\"exercise-demo-double\"></a>\n\n### Exercise: Double it\n"
        ),
        "{demo}"
    );
    assert!(demo.ends_with("\n\nAfter.\n"), "{demo}");
    assert!(
        demo.contains("pub fn double(x: i32) -> i32 {\n    todo!()\n}"),
        "{demo}"
    );
    assert!(
        demo.contains("cargo course check demo-double\ncargo test -p exercises --test demo-double"),
        "{demo}"
    );
    assert!(
        demo.contains("admonish tip title=\"Hint 1\", collapsible=true\nMultiply by two."),
        "{demo}"
    );
    assert!(
        demo.contains("admonish tip title=\"Hint 2\", collapsible=true\nUse `x * 2`."),
        "{demo}"
    );
    assert!(
        demo.contains("admonish success title=\"Solution\", collapsible=true"),
        "{demo}"
    );
    assert!(demo.contains("SOLUTION-MARKER"), "{demo}");
    assert!(
        !demo.contains("mod tests"),
        "the test attachment must be hidden: {demo}"
    );
    assert!(!demo.contains("//!"), "the task is shown as prose: {demo}");
    assert_eq!(
        content(&book, 1),
        PLAIN,
        "a chapter without directives must come out byte-identical"
    );
}

#[test]
fn absent_solutions_leave_no_solution_code() {
    let dir = fixture(MANIFEST, CHAPTER);
    let (ok, book, stderr) = run(
        dir.path(),
        "absent",
        &[("demo.md", CHAPTER), ("plain.md", PLAIN)],
    );
    assert!(ok, "{stderr}");
    let all = book.to_string();
    assert!(
        !all.contains("SOLUTION-MARKER"),
        "solution code leaked: {all}"
    );
    assert!(!all.contains("title=\\\"Solution\\\""), "{all}");
}

#[test]
fn speaker_notes_are_absent_unless_asked_for() {
    let dir = fixture(MANIFEST, CHAPTER);
    let page = "# Notes\n\nBefore.\n\n{{#notes}}\n\nAsk who has used `unsafe`. NOTES-MARKER\n\n{{#end-notes}}\n\nAfter.\n";
    let (ok, book, stderr) = run(
        dir.path(),
        "collapsed",
        &[("demo.md", CHAPTER), ("notes.md", page)],
    );
    assert!(ok, "{stderr}");
    assert_eq!(content(&book, 1), "# Notes\n\nBefore.\n\n\n\nAfter.\n");
    assert!(
        !book.to_string().contains("NOTES-MARKER"),
        "notes leaked: {book}"
    );

    let (ok, book, stderr) = run_with(
        dir.path(),
        json!({"command": "x", "speaker-notes": "shown"}),
        &[("demo.md", CHAPTER), ("notes.md", page)],
    );
    assert!(ok, "{stderr}");
    let shown = content(&book, 1);
    assert!(
        shown.contains("admonish quote title=\"Speaker notes\", collapsible=false\nAsk who has used `unsafe`. NOTES-MARKER\n"),
        "{shown}"
    );
    assert!(
        shown.starts_with("# Notes\n\nBefore.\n\n") && shown.ends_with("\n\nAfter.\n"),
        "{shown}"
    );
}

#[test]
fn unclosed_speaker_notes_name_chapter_and_line() {
    let dir = fixture(MANIFEST, CHAPTER);
    let page = "# Notes\n\n{{#notes}}\n\nSecret.\n";
    let (ok, _, stderr) = run(
        dir.path(),
        "collapsed",
        &[("demo.md", CHAPTER), ("notes.md", page)],
    );
    assert!(!ok);
    assert!(
        stderr.contains("notes.md:3:") && stderr.contains("never closed"),
        "{stderr}"
    );
}

#[test]
fn shown_solutions_are_not_folded() {
    let dir = fixture(MANIFEST, CHAPTER);
    let (ok, book, stderr) = run(dir.path(), "shown", &[("demo.md", CHAPTER)]);
    assert!(ok, "{stderr}");
    assert!(content(&book, 0).contains("admonish success title=\"Solution\", collapsible=false"));
}

#[test]
fn unknown_id_names_chapter_and_line() {
    let broken = "# Demo\n\n{{#exercise demo-double}}\n\n{{#exercise demo-dubble}}\n";
    let dir = fixture(MANIFEST, broken);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", broken)]);
    assert!(!ok);
    assert!(
        stderr.contains(
            "src/demo.md:5: unknown exercise `demo-dubble` (did you mean `demo-double`?)"
        ),
        "{stderr}"
    );
}

#[test]
fn malformed_directive_names_chapter_and_line() {
    let broken = "# Demo\n\n{{#exercise demo-double}}\n\n{{#exercise demo-double extra}}\n";
    let dir = fixture(MANIFEST, broken);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", broken)]);
    assert!(!ok);
    assert!(
        stderr.contains("src/demo.md:5: unexpected `extra`"),
        "{stderr}"
    );
}

#[test]
fn directive_as_heading_text_names_chapter_and_line() {
    let broken = "# Demo\n\nIntro.\n\n{{#exercise demo-double}}\n===\n";
    let dir = fixture(MANIFEST, broken);
    let (ok, book, stderr) = run(dir.path(), "collapsed", &[("demo.md", broken)]);
    assert!(
        !ok,
        "a directive underlined as a heading must fail the build"
    );
    assert_eq!(book, Value::Null, "no book on failure");
    assert!(
        stderr.contains("src/demo.md:5: `{{#exercise demo-double}}` is the text of a heading: the `===` on line 6 underlines it and would be left on the page — put the directive on a line of its own, with a blank line between it and the underline, or remove the underline"),
        "{stderr}"
    );
}

#[test]
fn two_directives_on_one_line_give_one_error() {
    let broken = "# Demo\n\nIntro.\n\n{{#exercise demo-double}} {{#minutes 5}}\n";
    let dir = fixture(MANIFEST, broken);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", broken)]);
    assert!(!ok, "two directives on one line must fail the build");
    let line_5: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("src/demo.md:5:"))
        .collect();
    assert_eq!(line_5.len(), 1, "one error for line 5, got:\n{stderr}");
    assert!(
        line_5[0].contains("`{{#exercise demo-double}}` and `{{#minutes 5}}` are on one line"),
        "{stderr}"
    );
}

#[test]
fn exercise_placed_twice_or_never_is_an_error() {
    let twice = "# Demo\n\n{{#exercise demo-double}}\n\n{{#exercise demo-double}}\n";
    let dir = fixture(MANIFEST, twice);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", twice)]);
    assert!(!ok);
    assert!(
        stderr.contains("src/demo.md:5: exercise `demo-double` is placed twice"),
        "{stderr}"
    );

    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("plain.md", PLAIN)]);
    assert!(!ok);
    assert!(
        stderr.contains("exercises.toml:2: exercise `demo-double` is not placed in any chapter"),
        "{stderr}"
    );
}

#[test]
fn broken_manifest_names_its_line() {
    let manifest = MANIFEST.replace("minutes = 5", "minutes = 5\nminuets = 6");
    let dir = fixture(&manifest, CHAPTER);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", CHAPTER)]);
    assert!(!ok);
    assert!(
        stderr.contains("exercises.toml:8: unknown field `minuets`"),
        "{stderr}"
    );
}

#[test]
fn missing_source_file_names_the_manifest_line() {
    let manifest = MANIFEST.replace("demo/double.rs", "demo/triple.rs");
    let dir = fixture(&manifest, CHAPTER);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", CHAPTER)]);
    assert!(!ok);
    assert!(
        stderr.contains("exercises.toml:8: exercise `demo-double`: the learner's stub `exercises/src/demo/triple.rs` does not exist"),
        "{stderr}"
    );
}

#[test]
fn bad_setting_is_refused() {
    let dir = fixture(MANIFEST, CHAPTER);
    let (ok, _, stderr) = run(dir.path(), "folded", &[("demo.md", CHAPTER)]);
    assert!(!ok);
    assert!(
        stderr.contains("solutions = \"folded\" is not valid"),
        "{stderr}"
    );
}

#[test]
fn minutes_index_and_schedule_are_generated() {
    let chapter = "# Demo\n\n{{#minutes 20}}\n\n{{#exercise demo-double level=2 solution=shown}}\n";
    let index = "# Index\n\n{{#exercise-index}}\n";
    let schedule = "# Schedule\n\n{{#schedule}}\n";
    let dir = fixture(MANIFEST, chapter);
    let chapters = [
        ("demo.md", chapter),
        ("appendix/index.md", index),
        ("appendix/schedule.md", schedule),
    ];
    let (ok, book, stderr) = run(dir.path(), "collapsed", &chapters);
    assert!(ok, "{stderr}");
    let demo = content(&book, 0);
    assert!(
        demo.contains("*Reading time: about 20 minutes, plus about 5 minutes of exercises.*"),
        "{demo}"
    );
    assert!(
        demo.contains("\n## Exercise: Double it\n"),
        "level=2 gives a level-2 title: {demo}"
    );
    assert!(
        demo.contains("collapsible=false"),
        "solution=shown overrides the book's collapsed: {demo}"
    );
    let index = content(&book, 1);
    assert!(index.contains("## Part One"), "{index}");
    assert!(index.contains("| [Double it](../demo.md#exercise-demo-double) | `demo-double` | implement | ★☆☆ easy | 5 |"), "{index}");
    let schedule = content(&book, 2);
    assert!(
        schedule.contains("| 1 (25 min) | [demo.md](../demo.md) | 20 | 5 | 25 |"),
        "{schedule}"
    );
    assert!(schedule.contains("1 session, 25 min in all"), "{schedule}");
}

#[test]
fn a_workshop_build_ignores_a_page_asking_for_solutions() {
    let chapter = "# Demo\n\n{{#exercise demo-double solution=shown}}\n";
    let dir = fixture(MANIFEST, chapter);
    let (ok, book, stderr) = run(dir.path(), "absent", &[("demo.md", chapter)]);
    assert!(ok, "{stderr}");
    assert!(!book.to_string().contains("SOLUTION-MARKER"));
}

#[test]
fn long_pages_and_missing_minutes_are_reported_without_failing() {
    let dir = fixture(&MANIFEST.replace("minutes = 5", "minutes = 500"), CHAPTER);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", CHAPTER)]);
    assert!(ok, "{stderr}");
    assert!(
        stderr.contains("warning: src/demo.md:1: this page needs 8 h 20 min"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "warning: src/demo.md:1: this page places exercises but has no `{{#minutes N}}`"
        ),
        "{stderr}"
    );
}

#[test]
fn bad_options_name_chapter_and_line() {
    let broken = "# Demo\n\n{{#exercise demo-double level=9}}\n\n{{#minutes soon}}\n";
    let dir = fixture(MANIFEST, broken);
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", broken)]);
    assert!(!ok);
    assert!(
        stderr.contains("src/demo.md:3: `level=9` is not valid"),
        "{stderr}"
    );
    assert!(
        stderr.contains("src/demo.md:5: `soon` is not a reading time"),
        "{stderr}"
    );
}

#[test]
fn non_utf8_source_names_the_manifest_line() {
    let dir = fixture(MANIFEST, CHAPTER);
    std::fs::write(
        dir.path().join("exercises/src/demo/double.rs"),
        b"//! caf\xe9\npub fn double() {}\n",
    )
    .unwrap();
    let (ok, _, stderr) = run(dir.path(), "collapsed", &[("demo.md", CHAPTER)]);
    assert!(!ok);
    assert!(
        stderr.contains("exercises.toml:8: exercise `demo-double`: cannot read `exercises/src/demo/double.rs`: it is not UTF-8"),
        "{stderr}"
    );
}

#[test]
fn bad_session_length_is_refused() {
    let dir = fixture(MANIFEST, CHAPTER);
    let context = json!({
        "root": dir.path(),
        "config": {"preprocessor": {"course": {"session-minutes": 5}}},
        "renderer": "html",
        "mdbook_version": "0.4.52"
    });
    let mut child = Command::new(env!("CARGO_BIN_EXE_mdbook-course"))
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    serde_json::to_writer(
        child.stdin.take().unwrap(),
        &json!([context, {"sections": []}]),
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("session-minutes = 5 is not valid"));
}
