use super::*;

use std::time::Duration;

/// A correct `count_words` finishes these inputs in milliseconds. The limit
/// only stops a test that would otherwise wait forever.
const LIMIT: Duration = Duration::from_secs(2);

/// Calls `count_words(documents, workers)` on a thread of its own. Fails the
/// test if it panics or has not returned within `LIMIT`.
fn counted(documents: Vec<String>, workers: usize) -> BTreeMap<String, usize> {
    let what = format!("count_words(<{} documents>, {workers})", documents.len());
    course_deadline::finish_within(LIMIT, move || {
        let documents: Vec<&str> = documents.iter().map(String::as_str).collect();
        count_words(&documents, workers)
    })
    .unwrap_or_else(|| {
        panic!(
            "{what} did not return within {LIMIT:?}: some thread is still waiting. \
             Which loop waits for a message, and which `send` waits for room?"
        )
    })
}

/// The same count, on one thread, without channels.
fn by_hand(documents: &[String]) -> BTreeMap<String, usize> {
    let mut totals = BTreeMap::new();
    for word in documents.iter().flat_map(|d| d.split_whitespace()) {
        *totals.entry(word.to_string()).or_insert(0) += 1;
    }
    totals
}

fn docs(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

/// `count` documents, each of ten words; every document has words of its
/// own, so there are far more distinct `(word, count)` pairs than `CAPACITY`.
fn many_documents(count: usize) -> Vec<String> {
    (0..count)
        .map(|d| {
            (0..10)
                .map(|w| format!("w{}", (d * 7 + w * 3) % 101))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn check(documents: Vec<String>, workers: usize) {
    let expected = by_hand(&documents);
    let len = documents.len();
    let got = counted(documents, workers);
    assert_eq!(
        got, expected,
        "count_words(<{len} documents>, {workers}) should count every word once"
    );
}

#[test]
fn counts_a_few_words() {
    let got = counted(docs(&["the cat", "the dog", "a cat"]), 2);
    let expected = BTreeMap::from([
        ("a".to_string(), 1),
        ("cat".to_string(), 2),
        ("dog".to_string(), 1),
        ("the".to_string(), 2),
    ]);
    assert_eq!(
        got, expected,
        "count_words([\"the cat\", \"the dog\", \"a cat\"], 2) should be {expected:?}"
    );
}

#[test]
fn no_documents_give_no_words() {
    for workers in [0, 1, 4] {
        let got = counted(Vec::new(), workers);
        assert!(
            got.is_empty(),
            "count_words(&[], {workers}) should be an empty map, not {got:?}"
        );
    }
}

#[test]
fn blank_documents_give_no_words() {
    let got = counted(docs(&["", "   ", "\n\t"]), 2);
    assert!(
        got.is_empty(),
        "count_words([\"\", \"   \", \"\\n\\t\"], 2) should be an empty map, not {got:?}"
    );
}

#[test]
fn counts_many_distinct_words() {
    check(many_documents(60), 3);
}

#[test]
fn any_number_of_workers_gives_the_same_counts() {
    for workers in [0, 1, 2, 5, 100] {
        check(many_documents(40), workers);
    }
}
