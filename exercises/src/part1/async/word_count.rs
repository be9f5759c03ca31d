//! `count_words` counts how often each word occurs in `texts`. It starts one
//! tokio task per text, and every task adds its words to one shared map.
//! Words are separated by whitespace and counted in lower case.
//!
//! This file does not compile: the future given to `spawn` is not `Send`.
//! Make it compile without changing what it does. Keep one task per text,
//! the shared `std::sync::Mutex`, and the `yield_now().await` after each word
//! (it stands in for real async work between two updates).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::task::JoinSet;

/// Counts the lower-cased words of all `texts`, one tokio task per text.
pub async fn count_words(texts: Vec<String>) -> HashMap<String, usize> {
    let counts = Arc::new(Mutex::new(HashMap::new()));
    let mut tasks = JoinSet::new();
    for text in texts {
        let counts = Arc::clone(&counts);
        tasks.spawn(async move {
            for word in text.split_whitespace() {
                let mut map = counts.lock().unwrap();
                *map.entry(word.to_lowercase()).or_insert(0) += 1;
                tokio::task::yield_now().await;
            }
        });
    }
    while let Some(result) = tasks.join_next().await {
        result.expect("a counting task panicked");
    }
    let mut map = counts.lock().unwrap();
    std::mem::take(&mut *map)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/async/word_count.rs"]
mod tests;
