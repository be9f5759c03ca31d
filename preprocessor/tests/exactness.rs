//! The preprocessor changes only the bytes of its own directives.
//!
//! Checked over three corpora, with one invariant: turning every rendered
//! exercise block in the output back into its directive gives the input
//! again, byte for byte. And no input makes it panic.
//!
//! 1. The CommonMark spec's examples (and pulldown-cmark's other suites), read
//!    from the pulldown-cmark crate that `Cargo.lock` pins, each processed as
//!    it is, with a directive appended, and with directives planted inside
//!    it (in code, HTML, links, lists, tables…).
//! 2. A hand-written corpus of tricky cases with known answers.
//! 3. Random markdown built from fragments, by proptest (bounded cases).

use std::path::{Path, PathBuf};
use std::process::Command;

use mdbook_course::{BookProcessor, Chapter, Settings};
use proptest::prelude::*;

const DIRECTIVE: &str = "{{#exercise demo-double}}";
/// The exercise directives the corpora use; each renders to a known block.
const VARIANTS: &[&str] = &[
    DIRECTIVE,
    "{{#exercise demo-double solution=absent level=2}}",
    "{{#exercise  demo-double  level=4 }}",
];

/// A tiny course with one exercise placed in `demo.md`.
struct Fixture {
    _dir: tempfile::TempDir,
    processor: BookProcessor,
    /// (directive, its rendering), longest rendering first.
    renderings: Vec<(&'static str, String)>,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let write = |path: &str, text: &str| {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write(
            "exercises.toml",
            "[[exercise]]\nid = \"demo-double\"\ntitle = \"Double it\"\nchapter = \"demo.md\"\nkind = \"implement\"\ndifficulty = \"easy\"\nminutes = 5\npath = \"d.rs\"\nhints = [\"Multiply.\"]\n",
        );
        write(
            "exercises/src/d.rs",
            "//! Double.\npub fn double(x: i32) -> i32 {\n    todo!()\n}\n",
        );
        write(
            "solutions/src/d.rs",
            "//! Double.\npub fn double(x: i32) -> i32 {\n    x * 2\n}\n",
        );
        write("exercise-tests/d.rs", "use super::*;\n");
        write("src/demo.md", "");
        let processor = BookProcessor::new(root, Settings::default()).unwrap();
        let mut renderings: Vec<(&'static str, String)> = VARIANTS
            .iter()
            .map(|directive| {
                let mut content = directive.to_string();
                processor.process(vec![chapter(&mut content)]).unwrap();
                (*directive, content)
            })
            .collect();
        renderings.sort_by_key(|(_, rendered)| std::cmp::Reverse(rendered.len()));
        Fixture {
            _dir: dir,
            processor,
            renderings,
        }
    }

    /// Processes `markdown` as the chapter `demo.md`; checks the invariant
    /// when it succeeds. Returns whether it succeeded.
    fn check(&self, markdown: &str) -> bool {
        let mut content = markdown.to_string();
        match self.processor.process(vec![chapter(&mut content)]) {
            Ok(_) => {
                let restored = self
                    .renderings
                    .iter()
                    .fold(content.clone(), |text, (directive, rendered)| {
                        text.replace(rendered, directive)
                    });
                assert!(
                    restored == markdown,
                    "bytes outside directives changed\n--- input ---\n{markdown:?}\n--- output ---\n{content:?}"
                );
                true
            }
            Err(problems) => {
                assert_eq!(
                    content, markdown,
                    "a failed run must leave the chapter untouched"
                );
                assert!(!problems.is_empty());
                false
            }
        }
    }
}

fn chapter(content: &mut String) -> Chapter<'_> {
    Chapter {
        part: None,
        title: "Demo".into(),
        path: "demo.md".into(),
        content,
    }
}

/// The markdown examples of pulldown-cmark's test suites (the CommonMark
/// spec among them), from the crate version in Cargo.lock.
fn spec_examples() -> Vec<String> {
    // Only the host's dependencies: they are all downloaded already, so
    // this needs no network.
    let rustc = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc runs");
    let rustc = String::from_utf8_lossy(&rustc.stdout);
    let host = rustc
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .expect("rustc -vV names the host");
    let output = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--offline",
            "--filter-platform",
            host,
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let manifest = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "pulldown-cmark")
        .and_then(|p| p["manifest_path"].as_str())
        .expect("pulldown-cmark is a dependency");
    let suite: PathBuf = Path::new(manifest).parent().unwrap().join("tests/suite");
    let mut examples = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&suite)
        .unwrap_or_else(|e| panic!("{}: {e}", suite.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let mut rest = source.as_str();
        while let Some(at) = rest.find("let original = r##\"") {
            rest = &rest[at + "let original = r##\"".len()..];
            let end = rest.find("\"##;").expect("raw string ends");
            examples.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    examples
}

#[test]
fn commonmark_examples_keep_every_byte() {
    let fixture = Fixture::new();
    let examples = spec_examples();
    assert!(
        examples.len() > 600,
        "expected the CommonMark examples, found {}",
        examples.len()
    );
    let mut placed = 0;
    for example in &examples {
        // As it is: no directive, so nothing may change (and the exercise
        // is then not placed, which is an error that must leave it alone).
        fixture.check(example);
        // With a directive after it: found unless the example leaves a
        // block open (an unclosed fence or HTML block swallows it).
        if fixture.check(&format!("{example}\n\n{DIRECTIVE}\n")) {
            placed += 1;
        }
        // With directives planted inside its constructs.
        for word in ["foo", "bar", "baz"] {
            fixture.check(&example.replace(word, DIRECTIVE));
        }
    }
    assert!(
        placed > examples.len() / 2,
        "only {placed} of {} examples accepted a trailing directive",
        examples.len()
    );
}

#[test]
fn tricky_corpus() {
    let fixture = Fixture::new();
    // (markdown, expected to succeed with the directive expanded exactly once)
    let cases: &[(&str, bool)] = &[
        ("{{#exercise demo-double}}\n", true),
        ("Intro.\n\n{{#exercise demo-double}}\n\nOutro.\n", true),
        ("{{#exercise demo-double}}", true),
        ("  {{#exercise demo-double}}  \r\n", true),
        ("```\n{{#exercise demo-double}}\n```\n", false),
        ("~~~rust\n{{#exercise demo-double}}\n~~~\n", false),
        ("    {{#exercise demo-double}}\n", false),
        ("`{{#exercise demo-double}}`\n", false),
        ("``a ` {{#exercise demo-double}} b``\n", false),
        ("<div>\n{{#exercise demo-double}}\n</div>\n", false),
        ("<!--\n{{#exercise demo-double}}\n-->\n", false),
        ("<pre>\n{{#exercise demo-double}}\n</pre>\n", false),
        ("\\{{#exercise demo-double}}\n", false),
        ("# {{#exercise demo-double}}\n", false),
        ("> {{#exercise demo-double}}\n", false),
        ("- {{#exercise demo-double}}\n", false),
        ("| a |\n| - |\n| {{#exercise demo-double}} |\n", false),
        ("[{{#exercise demo-double}}](x)\n", false),
        ("*{{#exercise demo-double}}*\n", false),
        ("text {{#exercise demo-double}}\n", false),
        (
            "{{#exercise demo-double}}\n\n{{#exercise demo-double}}\n",
            false,
        ),
        ("```\nunclosed fence\n\n{{#exercise demo-double}}\n", false),
        ("{{#include other.md}}\n\n{{#exercise demo-double}}\n", true),
        (
            "{{#exercise demo-double}}\n```\n{{#exercise demo-double}}\n```\n",
            true,
        ),
        ("日本語\n\n{{#exercise demo-double}}\n\né\n", true),
        // Heading text: the underline would be left on the page.
        ("{{#exercise demo-double}}\n===\n", false),
        ("{{#exercise demo-double}}\n---\n", false),
        ("Title\n{{#exercise demo-double}}\n---\n", false),
        ("{{#exercise demo-double}}\n\n---\n", true),
        ("Title\n---\n\n{{#exercise demo-double}}\n", true),
        // Two on one line.
        (
            "{{#exercise demo-double}} {{#exercise demo-double}}\n",
            false,
        ),
        ("{{#exercise demo-double}}{{#minutes 5}}\n", false),
    ];
    for (markdown, expect_ok) in cases {
        assert_eq!(fixture.check(markdown), *expect_ok, "{markdown:?}");
    }
}

/// A chapter of 100,000 lines of mdBook's own directives, with one of ours
/// in the middle: expanded, and every other byte kept. (Scanning it took
/// minutes when each `{{#` counted its line from the start.)
#[test]
fn a_long_chapter_of_mdbook_directives_keeps_every_byte() {
    let fixture = FIXTURE.with(|f| f.clone());
    let mdbook_lines = [
        "{{#include file.rs}}\n",
        "{{#rustdoc_include ../listings/ch01/src/main.rs:2:10}}\n",
        "See {{#include notes.md:intro}} for the details.\n",
        "{{#playground example.rs}}\n",
        "\n",
    ];
    let mut markdown = String::new();
    for i in 0..100_000 {
        if i == 50_000 {
            markdown.push_str("\n{{#exercise demo-double}}\n\n");
        }
        markdown.push_str(mdbook_lines[i % mdbook_lines.len()]);
    }
    assert!(
        fixture.check(&markdown),
        "the directive in the middle was not expanded"
    );
    assert!(
        !fixture.check(&markdown.replace("{{#exercise demo-double}}", "")),
        "without the directive, the exercise is not placed: an error"
    );
}

/// Markdown built from fragments that matter to the scanner.
///
/// With `all_directives`, also directives whose rendering depends on the
/// rest of the book (minutes, index, schedule); without, only exercise
/// directives of known rendering (plus malformed ones, which never render).
fn markdown(all_directives: bool) -> impl Strategy<Value = String> {
    let contextual = if all_directives {
        prop_oneof![
            Just("{{#minutes 5}}"),
            Just("{{#exercise-index}}"),
            Just("{{#schedule}}")
        ]
        .boxed()
    } else {
        Just("{{#minutes}}").boxed()
    };
    let fragment = prop_oneof![
        Just(VARIANTS[0]),
        Just(VARIANTS[1]),
        Just(VARIANTS[2]),
        Just("{{#exercise"),
        Just("{{#excercise demo-double}}"),
        contextual,
        Just("{{#"),
        Just("}}"),
        Just("{{#include x.md}}"),
        Just("\\"),
        Just("\n"),
        Just("\n\n"),
        Just("\r\n"),
        Just("```"),
        Just("~~~"),
        Just("`"),
        Just("    "),
        Just("\t"),
        Just("<div>"),
        Just("</div>"),
        Just("<!--"),
        Just("-->"),
        Just("> "),
        Just("- "),
        Just("1. "),
        Just("# "),
        Just("|"),
        Just("*"),
        Just("["),
        Just("]("),
        Just(")"),
        Just("word"),
        Just("é"),
        Just("日本"),
    ];
    prop::collection::vec(fragment, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_markdown_changes_only_directives(text in markdown(false)) {
        let fixture = FIXTURE.with(|f| f.clone());
        fixture.check(&text);
    }

    #[test]
    fn random_markdown_with_every_directive_never_panics(text in markdown(true)) {
        let fixture = FIXTURE.with(|f| f.clone());
        let mut content = text.clone();
        let outcome = fixture.processor.process(vec![chapter(&mut content)]);
        prop_assert!(outcome.is_ok() || content == text, "a failed run changed the chapter");
    }

    #[test]
    fn any_text_scans_without_panicking(text in "\\PC*") {
        let _ = course_meta::directive::scan(&text);
    }
}

thread_local! {
    static FIXTURE: std::rc::Rc<Fixture> = std::rc::Rc::new(Fixture::new());
}
