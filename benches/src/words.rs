//! The program measured under each release-profile setting in Part IV,
//! chapter 3 ("Compile-time optimization"): count the words of a text,
//! list the most frequent ones, and checksum the text with CRC-32.
//!
//! It is small, but it uses what most programs use: `String`s, a
//! `HashMap`, sorting, iterator chains, formatting and a lookup table
//! built by a `const fn`. The binary `src/bin/words.rs` runs it once on a
//! generated text and prints the result (its size is the table's "binary
//! size"); `benches/profiles.rs` times [`report`] (the table's "run time").

use std::collections::HashMap;
use std::fmt::Write as _;

/// The CRC-32 (IEEE) lookup table, computed by the compiler.
pub const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
}

/// The CRC-32 of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| {
        CRC_TABLE[usize::from((crc as u8) ^ b)] ^ (crc >> 8)
    })
}

/// A text of `words` words drawn from a fixed vocabulary with a skewed
/// (roughly Zipf-like) distribution, the same for every call.
pub fn generate_text(words: usize) -> String {
    const VOCABULARY: [&str; 24] = [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
        "by", "on", "not", "he", "this", "are", "or", "his", "from", "at",
    ];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut text = String::with_capacity(words * 5);
    for i in 0..words {
        // xorshift64
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        // Taking the smaller of two draws favours the first words.
        let a = (state % 24) as usize;
        let b = ((state >> 32) % 24) as usize;
        let word = VOCABULARY[a.min(b)];
        if i % 12 == 0 {
            // Capitalized, with a number now and then: tokens to normalize.
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                text.extend(first.to_uppercase());
                text.push_str(chars.as_str());
            }
            if i % 60 == 0 {
                let _ = write!(text, "{}", i % 1000);
            }
        } else {
            text.push_str(word);
        }
        text.push(if i % 17 == 16 { '\n' } else { ' ' });
    }
    text
}

/// The `top` most frequent words of `text` (compared in lower case, digits
/// dropped) with their counts, most frequent first (ties in alphabetical
/// order), and the CRC-32 of the text, as a printable report.
pub fn report(text: &str, top: usize) -> String {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for word in text.split_whitespace() {
        let word: String = word
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        if !word.is_empty() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    let mut ranked: Vec<(String, u32)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut out = String::new();
    for (word, count) in ranked.iter().take(top) {
        let _ = writeln!(out, "{word:>8} {count}");
    }
    let _ = writeln!(out, "crc32 {:08x}", crc32(text.as_bytes()));
    out
}
