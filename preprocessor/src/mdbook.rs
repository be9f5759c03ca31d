//! The mdBook 0.4 preprocessor protocol, and nothing else.
//!
//! mdBook runs `mdbook-course supports RENDERER` (exit 0 means yes), then
//! sends `[context, book]` as JSON on stdin and reads the book back on
//! stdout. The book is handled as untyped JSON so every field this adapter
//! does not touch passes through unchanged.

use std::path::PathBuf;

use anyhow::{bail, Context as _, Result};
use serde::Deserialize;
use serde_json::Value;

use crate::{Chapter, Settings, SolutionMode};

/// The parts of mdBook's preprocessor context this crate reads.
#[derive(Debug, Deserialize)]
pub struct Context {
    /// The book's root folder (where `book.toml` is).
    pub root: PathBuf,
    /// The whole `book.toml`.
    pub config: Value,
    /// The renderer the book is being built for.
    pub renderer: String,
    /// The version of mdBook that is running.
    pub mdbook_version: String,
}

/// The version of mdBook this adapter speaks.
pub const SUPPORTED_MDBOOK: &str = "0.4.";

/// Keys mdBook itself puts in a preprocessor's table.
const MDBOOK_KEYS: &[&str] = &[
    "command",
    "before",
    "after",
    "renderer",
    "renderers",
    "optional",
];

/// Splits the protocol's input into context and book.
pub fn parse_input(input: &str) -> Result<(Context, Value)> {
    let (context, book): (Context, Value) =
        serde_json::from_str(input).context("mdBook sent input this preprocessor cannot read")?;
    if !context.mdbook_version.starts_with(SUPPORTED_MDBOOK) {
        bail!(
            "this preprocessor speaks mdBook {SUPPORTED_MDBOOK}x, but mdBook {} is running — use `make book` or `make serve`, which install the pinned mdBook",
            context.mdbook_version
        );
    }
    Ok((context, book))
}

/// Reads `[preprocessor.course]` from the book's configuration.
pub fn settings(config: &Value) -> Result<Settings> {
    let Some(table) = config
        .pointer("/preprocessor/course")
        .and_then(Value::as_object)
    else {
        return Ok(Settings::default());
    };
    let mut settings = Settings::default();
    for (key, value) in table {
        match key.as_str() {
            "solutions" => {
                settings.solutions = SolutionMode::deserialize(value).map_err(|_| {
                    anyhow::anyhow!(
                        "book.toml: [preprocessor.course] solutions = {value} is not valid — use \"shown\", \"collapsed\" or \"absent\""
                    )
                })?;
            }
            "session-minutes" => {
                settings.session_minutes = value
                    .as_u64()
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|n| (30..=600).contains(n))
                    .ok_or_else(|| {
                        anyhow::anyhow!(
                            "book.toml: [preprocessor.course] session-minutes = {value} is not valid — give whole minutes from 30 to 600"
                        )
                    })?;
            }
            "speaker-notes" => {
                settings.speaker_notes = crate::NotesMode::deserialize(value).map_err(|_| {
                    anyhow::anyhow!(
                        "book.toml: [preprocessor.course] speaker-notes = {value} is not valid — use \"shown\" (instructor builds) or \"absent\""
                    )
                })?;
            }
            k if MDBOOK_KEYS.contains(&k) => {}
            other => bail!(
                "book.toml: unknown key `{other}` in [preprocessor.course] — the settings are `solutions`, `session-minutes` and `speaker-notes`"
            ),
        }
    }
    Ok(settings)
}

/// Every chapter with a file, depth first, with its part and title. Draft
/// chapters (listed in SUMMARY.md without a file) are skipped.
pub fn chapters(book: &mut Value) -> Vec<Chapter<'_>> {
    let mut out = Vec::new();
    if let Some(Value::Array(items)) = book.get_mut("sections") {
        collect(items, &mut None, &mut out);
    }
    out
}

fn collect<'b>(items: &'b mut [Value], part: &mut Option<String>, out: &mut Vec<Chapter<'b>>) {
    for item in items {
        if let Some(title) = item.get("PartTitle").and_then(Value::as_str) {
            *part = Some(title.to_string());
            continue;
        }
        if item.as_str() == Some("Separator") {
            // The `---` before the suffix chapters (appendices) ends the last part.
            *part = None;
            continue;
        }
        let Some(Value::Object(chapter)) = item.get_mut("Chapter") else {
            continue;
        };
        let path = chapter
            .get("source_path")
            .and_then(Value::as_str)
            .or_else(|| chapter.get("path").and_then(Value::as_str))
            .map(|p| p.replace('\\', "/"));
        let title = chapter
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let mut content = None;
        let mut children = None;
        for (key, value) in chapter.iter_mut() {
            match (key.as_str(), value) {
                ("content", Value::String(text)) => content = Some(text),
                ("sub_items", Value::Array(items)) => children = Some(items),
                _ => {}
            }
        }
        if let (Some(path), Some(content)) = (path, content) {
            out.push(Chapter {
                part: part.clone(),
                title,
                path,
                content,
            });
        }
        if let Some(children) = children {
            // Sub-chapters belong to their parent's part.
            collect(children, &mut part.clone(), out);
        }
    }
}
