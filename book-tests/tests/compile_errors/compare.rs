//! Comparing what rustc printed for a block with what its chapter shows.

use crate::blocks::{self, Example};
use crate::diff;
use crate::normalise::{self, Context};
use crate::rustc::{Diagnostic, Rustc};

/// What is wrong with one block.
#[derive(Default)]
pub struct Verdict {
    /// Problems on any toolchain: codes, a missing or error-less text block.
    pub failures: Vec<String>,
    /// The text block differs from rustc's output (a failure on the pinned toolchain).
    pub text: Option<String>,
    /// What BLESS writes into the text block.
    pub rewrite: Option<String>,
}

/// Checks one block against rustc's diagnostics for it.
pub fn check(
    example: &Example,
    diagnostics: &[Diagnostic],
    rustc: &Rustc,
    context: &Context,
) -> Verdict {
    let mut verdict = Verdict::default();
    let location = example.location();
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.level.starts_with("error"))
        .collect();
    let Some(first_error) = errors.first() else {
        verdict.failures.push(format!(
            "{location}: the block is marked `{}` but compiles with rustc {}",
            example.info, rustc.release
        ));
        return verdict;
    };

    // A lint turned into an error (`#![forbid(unsafe_code)]`) reports the
    // lint's name as its code; it has no `E` code to put in the info string.
    let actual_code = first_error
        .code
        .as_deref()
        .filter(|code| blocks::is_error_code(code));
    if example.codes.first().map(String::as_str) != actual_code {
        let marked = match actual_code {
            Some(code) => format!("`rust,compile_fail,{code}`"),
            None => "`rust,compile_fail` (the error has no code)".to_string(),
        };
        let described = actual_code.map_or("an error without a code".to_string(), str::to_string);
        verdict.failures.push(format!(
            "{location}: the block is marked `{}`, but rustc's first error is {described} — mark it {marked}",
            example.info
        ));
    }
    for code in example.codes.iter().skip(1) {
        if !errors.iter().any(|e| e.code.as_deref() == Some(code)) {
            verdict.failures.push(format!(
                "{location}: the block lists {code}, but rustc reports no such error"
            ));
        }
    }

    let Some(shown) = &example.shown else {
        if !example.error_not_shown {
            verdict.failures.push(format!(
                "{location}: no ```text block with rustc's error follows this block — put one right after it, or mark the block `{}` if the chapter deliberately shows no error",
                blocks::NO_ERROR_SHOWN
            ));
        }
        return verdict;
    };
    let shown_at = format!("{}:{}", example.chapter.display(), shown.line);
    let expected = normalise::split_diagnostics(&normalise::tidy(&shown.text));
    let shown_first_error = expected
        .iter()
        .flat_map(|d| d.lines())
        .find(|line| line.starts_with("error"));
    let Some(shown_first_error) = shown_first_error else {
        verdict.failures.push(format!(
            "{shown_at}: this text block, after the `compile_fail` block at line {}, shows no `error` line — show rustc's error",
            example.line
        ));
        return verdict;
    };

    let actual: Vec<String> = diagnostics
        .iter()
        .map(|d| normalise::rendered(&d.rendered, context))
        .collect();
    let first_error_index = diagnostics
        .iter()
        .position(|d| d.level.starts_with("error"))
        .unwrap_or_default();
    let shown_count = expected.len();
    let compared = actual[..shown_count.min(actual.len())].join("\n\n");
    let expected = expected.join("\n\n");
    if compared == expected {
        return verdict;
    }
    let actual_first_error = actual[first_error_index].lines().next().unwrap_or_default();
    let mut message = format!(
        "{shown_at}: the error shown for the block at line {} is not what rustc {} prints",
        example.line, rustc.release
    );
    if shown_first_error != actual_first_error {
        message.push_str(&format!(
            "\n    first error shown: {shown_first_error}\n    rustc's first error: {actual_first_error}"
        ));
    }
    let rewrite_count = shown_count.max(first_error_index + 1).min(actual.len());
    let rewrite = actual[..rewrite_count].join("\n\n");
    message.push_str(&format!(
        "\n    (- shown, + rustc)\n{}",
        indent(&diff::lines(&expected, &rewrite))
    ));
    if actual.len() > rewrite_count {
        message.push_str(&format!(
            "    (rustc prints {} more diagnostic(s) after these; the book may leave them out)\n",
            actual.len() - rewrite_count
        ));
    }
    verdict.text = Some(message);
    verdict.rewrite = Some(rewrite);
    verdict
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    {line}\n")).collect()
}
