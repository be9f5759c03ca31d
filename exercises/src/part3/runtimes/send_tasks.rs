//! This file does not compile: both functions give `tokio::spawn` a future
//! that is not `Send`. Make it compile without changing what the functions
//! take, return or do, and keep `tokio::spawn` (no `LocalSet`). The tests run
//! the functions on a multi-thread runtime as well as a current-thread one.

use std::rc::Rc;

/// For each line of `text`, the length in characters of its longest word
/// (0 for a line without words). The work runs in a spawned task that lets
/// other tasks run after each line.
pub async fn longest_words(text: String) -> Vec<usize> {
    let task = tokio::spawn(async move {
        let mut longest = Vec::new();
        for line in text.lines() {
            let words: Rc<[&str]> = line.split_whitespace().collect();
            let max = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
            tokio::task::yield_now().await;
            longest.push(max);
        }
        longest
    });
    task.await.expect("the task panicked")
}

/// For each prefix, how many of `words` start with it, in the order of
/// `prefixes`. One task per prefix; all of them read the same list of words.
pub async fn count_prefixes(words: Vec<String>, prefixes: Vec<String>) -> Vec<usize> {
    let words = Rc::new(words);
    let mut tasks = Vec::new();
    for prefix in prefixes {
        let words = Rc::clone(&words);
        tasks.push(tokio::spawn(async move {
            words
                .iter()
                .filter(|w| w.starts_with(prefix.as_str()))
                .count()
        }));
    }
    let mut counts = Vec::new();
    for task in tasks {
        counts.push(task.await.expect("a task panicked"));
    }
    counts
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/send_tasks.rs"]
mod tests;
