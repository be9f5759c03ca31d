//! Two functions, two signatures. `shout` *takes ownership* of a `String`, so
//! it may reuse that buffer: make the ASCII letters upper-case and append
//! `'!'`, without allocating a new string (the tests check the returned
//! string still uses the caller's buffer when it had room). `count_vowels`
//! only *reads*, so it borrows a `&str`.

/// Upper-cases the ASCII letters of `text`, appends `'!'` and returns the
/// same buffer.
pub fn shout(text: String) -> String {
    todo!("upper-case {text:?} in place and append '!'")
}

/// Counts the ASCII vowels (`a e i o u`, either case) in `text`.
pub fn count_vowels(text: &str) -> usize {
    todo!("count the vowels in {text:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ownership/shout.rs"]
mod tests;
