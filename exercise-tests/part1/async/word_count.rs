use super::*;

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn counts(pairs: &[(&str, usize)]) -> HashMap<String, usize> {
    pairs.iter().map(|&(w, n)| (w.to_string(), n)).collect()
}

#[tokio::test]
async fn counts_words_across_all_texts() {
    let input = ["the cat", "the dog saw the cat"];
    let got = count_words(texts(&input)).await;
    assert_eq!(
        got,
        counts(&[("the", 3), ("cat", 2), ("dog", 1), ("saw", 1)]),
        "count_words({input:?})"
    );
}

#[tokio::test]
async fn words_are_counted_in_lower_case() {
    let input = ["The THE the", "\tthe\n"];
    let got = count_words(texts(&input)).await;
    assert_eq!(got, counts(&[("the", 4)]), "count_words({input:?})");
}

#[tokio::test]
async fn no_words_give_an_empty_map() {
    let got = count_words(Vec::new()).await;
    assert!(
        got.is_empty(),
        "count_words([]) should be empty, got {got:?}"
    );
    let input = ["", "  \n "];
    let got = count_words(texts(&input)).await;
    assert!(
        got.is_empty(),
        "count_words({input:?}) should be empty, got {got:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_tasks_on_many_threads_lose_no_update() {
    let input = vec![String::from("a b a"); 100];
    let got = count_words(input).await;
    assert_eq!(
        got,
        counts(&[("a", 200), ("b", 100)]),
        "count_words of 100 copies of \"a b a\""
    );
}
