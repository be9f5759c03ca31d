//! "Did you mean …?" suggestions.

/// The candidate closest to `word` by edit distance (Levenshtein, counted in
/// characters, from the `strsim` crate), if within `max_edits` edits.
pub fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a (impl AsRef<str> + ?Sized + 'a)>,
    max_edits: usize,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(c.as_ref(), word), c.as_ref()))
        .filter(|(d, _)| *d <= max_edits)
        .min()
        .map(|(_, best)| best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_respects_the_limit() {
        let names = ["exercise", "minutes"];
        assert_eq!(closest("excercise", &names, 2), Some("exercise"));
        assert_eq!(closest("include", &names, 2), None);
        assert_eq!(
            closest("first-wrd", ["first-word", "shout"].iter(), 3),
            Some("first-word")
        );
    }
}
