//! "Did you mean …?" suggestions.

/// The candidate closest to `word`, if within `max_edits` edits.
pub fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a (impl AsRef<str> + ?Sized + 'a)>,
    max_edits: usize,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(c.as_ref(), word), c.as_ref()))
        .filter(|(d, _)| *d <= max_edits)
        .min()
        .map(|(_, best)| best)
}

/// Levenshtein distance between two strings, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("shout", "shout"), 0);
        assert_eq!(edit_distance("shout", "shuot"), 2);
        assert_eq!(edit_distance("first-word", "first-wrd"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn closest_respects_the_limit() {
        let names = ["exercise", "minutes"];
        assert_eq!(closest("excercise", &names, 2), Some("exercise"));
        assert_eq!(closest("include", &names, 2), None);
    }
}
