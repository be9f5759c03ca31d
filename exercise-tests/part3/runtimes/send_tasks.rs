use super::*;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn longest_words_per_line() {
    let text = "the quick brown fox\njumps over\nthe lazy dog".to_string();
    let got = longest_words(text).await;
    assert_eq!(
        got,
        [5, 5, 4],
        "longest_words should give the longest word's length for each of the three lines"
    );
}

#[tokio::test]
async fn longest_words_counts_characters_and_empty_lines() {
    let text = "naïve café\n\n   \nß".to_string();
    let got = longest_words(text).await;
    assert_eq!(
        got,
        [5, 0, 0, 1],
        "characters, not bytes, count; a line without words gives 0"
    );
    assert!(
        longest_words(String::new()).await.is_empty(),
        "an empty text has no lines, so longest_words(\"\") should be empty"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn longest_words_on_a_multi_thread_runtime() {
    let text = "a bb ccc\ndddd".to_string();
    let got = longest_words(text).await;
    assert_eq!(
        got,
        [3, 4],
        "longest_words(\"a bb ccc\\ndddd\") should be [3, 4]"
    );
}

#[tokio::test]
async fn count_prefixes_in_prefix_order() {
    let words = strings(&["tokio", "task", "smol", "spawn", "timer"]);
    let prefixes = strings(&["t", "s", "ta", "x", ""]);
    let got = count_prefixes(words, prefixes).await;
    assert_eq!(
        got,
        [3, 2, 1, 0, 5],
        "counts should follow the prefixes t, s, ta, x and \"\" (every word starts with \"\")"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn count_prefixes_on_a_multi_thread_runtime() {
    let words: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
    let prefixes = strings(&["w1", "w19", "w2", "v"]);
    let got = count_prefixes(words, prefixes).await;
    // w1, w10..w19, w100..w199 = 1 + 10 + 100; w19, w190..w199 = 11; w2, w20..w29 = 11.
    assert_eq!(
        got,
        [111, 11, 11, 0],
        "count_prefixes over w0..w199 should count 111, 11, 11 and 0"
    );
}

#[tokio::test]
async fn count_prefixes_without_prefixes_or_words() {
    let none = count_prefixes(strings(&["a"]), Vec::new()).await;
    assert!(
        none.is_empty(),
        "no prefixes should give no counts, got {none:?}"
    );
    let zeros = count_prefixes(Vec::new(), strings(&["a", ""])).await;
    assert_eq!(
        zeros,
        [0, 0],
        "no words should give a count of 0 for every prefix"
    );
}
