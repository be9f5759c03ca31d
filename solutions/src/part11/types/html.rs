//! Text that a user typed must never be pasted into HTML as it is: a name
//! such as `<script>…</script>` would run in every visitor's browser. Make
//! the type system keep the two apart. `Html` holds markup that is safe to
//! send; the only ways to get one are:
//!
//! - `Html::text(s)`: any text, escaped: `&` → `&amp;`, `<` → `&lt;`,
//!   `>` → `&gt;`, `"` → `&quot;`, `'` → `&#x27;`; every other character
//!   unchanged;
//! - `Html::trusted(s)`: markup written by the programmer, which is why it
//!   takes a `&'static str` (a literal in the source), never a `String`
//!   built at run time;
//! - `push` appends another `Html`; `push_text` appends text, escaped.
//!
//! `as_str` reads the markup out. There is deliberately no `From<String>`.

/// Markup that is safe to send to a browser.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Markup from the program's own source.
    pub fn trusted(markup: &'static str) -> Html {
        Html(markup.to_string())
    }

    /// The markup.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Appends other markup.
    pub fn push(&mut self, other: &Html) {
        self.0.push_str(&other.0);
    }
    /// Untrusted text, escaped.
    pub fn text(text: &str) -> Html {
        let mut html = Html::default();
        html.push_text(text);
        html
    }

    /// Appends untrusted text, escaped.
    pub fn push_text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#x27;"),
                other => self.0.push(other),
            }
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/types/html.rs"]
mod tests;
