//! Prints the word report of a generated text: the program whose binary
//! size Part IV, chapter 3 measures under each release-profile setting
//! (`scripts/profiles.sh`).

fn main() {
    let words = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(200_000);
    let text = course_benches::words::generate_text(words);
    print!("{}", course_benches::words::report(&text, 5));
}
