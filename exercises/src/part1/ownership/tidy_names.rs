//! `tidy_names` should trim every name and capitalise its first letter, in
//! place. It compiles and runs, and it computes the right strings, yet the
//! caller's names never change. Find out why and fix it. Keep the signature.

/// Trims each name and upper-cases its first character, in place.
pub fn tidy_names(names: &mut [String]) {
    for name in names.iter() {
        let tidy = capitalise(name.trim());
        let _ = tidy;
    }
}

/// `"alice"` becomes `"Alice"`; the rest of the string is left as it is.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ownership/tidy_names.rs"]
mod tests;
