use super::*;

fn dictionary(words: &[&str]) -> Arc<HashSet<String>> {
    Arc::new(words.iter().map(|w| w.to_string()).collect())
}

/// Joins every handle, in order, and collects the results.
fn join_all(handles: Vec<JoinHandle<Vec<String>>>) -> Vec<Vec<String>> {
    handles
        .into_iter()
        .map(|h| h.join().expect("a checker thread panicked"))
        .collect()
}

#[test]
fn finds_the_unknown_words_of_each_line() {
    let dict = dictionary(&["the", "cat", "sat", "on", "mat"]);
    let lines = ["the cat sat", "the dog sat on the mat", "a bird  flew"];
    let got = join_all(spawn_checkers(&dict, &lines));
    let expected: Vec<Vec<String>> = vec![
        vec![],
        vec!["dog".into()],
        vec!["a".into(), "bird".into(), "flew".into()],
    ];
    assert_eq!(
        got, expected,
        "unknown words of {lines:?}, one list per line, in line order"
    );
}

#[test]
fn repeats_are_kept_and_case_matters() {
    let dict = dictionary(&["the", "cat"]);
    let lines = ["The cat saw the dog, the dog"];
    let got = join_all(spawn_checkers(&dict, &lines));
    let expected: Vec<Vec<String>> = vec![vec![
        "The".into(),
        "saw".into(),
        "dog,".into(),
        "dog".into(),
    ]];
    assert_eq!(got, expected, "unknown words of {lines:?}");
}

#[test]
fn empty_and_blank_lines_have_no_unknown_words() {
    let dict = dictionary(&["word"]);
    let lines = ["", "   ", "word"];
    let got = join_all(spawn_checkers(&dict, &lines));
    assert_eq!(
        got,
        vec![Vec::<String>::new(); 3],
        "unknown words of {lines:?}"
    );
}

#[test]
fn no_lines_means_no_threads() {
    let dict = dictionary(&["word"]);
    let handles = spawn_checkers(&dict, &[]);
    assert!(
        handles.is_empty(),
        "spawn_checkers with no lines should return no handles"
    );
}

#[test]
fn many_lines_come_back_in_order() {
    let words: Vec<String> = (0..20).map(|i| format!("w{i}")).collect();
    let dict = dictionary(&["w0", "w2", "w4", "w6", "w8"]);
    let lines: Vec<&str> = words.iter().map(String::as_str).collect();
    let got = join_all(spawn_checkers(&dict, &lines));
    for (i, unknown) in got.iter().enumerate() {
        let expected: Vec<String> = if i < 10 && i % 2 == 0 {
            vec![]
        } else {
            vec![format!("w{i}")]
        };
        assert_eq!(
            *unknown, expected,
            "line {i} ({:?}) should give {expected:?}",
            lines[i]
        );
    }
    assert_eq!(got.len(), 20, "one result per line");
}

#[test]
fn after_joining_only_the_callers_handle_is_left() {
    let dict = dictionary(&["a", "b"]);
    let lines = ["a b c", "d", "a"];
    let handles = spawn_checkers(&dict, &lines);
    assert_eq!(handles.len(), 3, "one handle per line");
    join_all(handles);
    assert_eq!(
        Arc::strong_count(&dict),
        1,
        "after joining every thread, the dictionary should have only the caller's handle left"
    );
}

#[test]
fn no_thread_copies_the_dictionary() {
    const WORDS: usize = 20_000;
    let dict = Arc::new(
        (0..WORDS)
            .map(|i| format!("word{i}"))
            .collect::<HashSet<String>>(),
    );
    let lines = ["word1 word2", "word3 nope", "word4", "nope word5"];
    // Every thread of the process counts here, the checkers included. A copy
    // of the dictionary allocates at least once per word, 20000 times; the
    // four threads and their results need a few dozen allocations, and the
    // other tests of this file, which may run meanwhile, far fewer than
    // 10000 together.
    let before = course_alloc::process_snapshot();
    let (handles, on_caller) = course_alloc::measure(|| spawn_checkers(&dict, &lines));
    let got = join_all(handles);
    let all_threads = course_alloc::process_snapshot().allocations - before.allocations;
    assert_eq!(
        got,
        vec![
            vec![],
            vec!["nope".to_string()],
            vec![],
            vec!["nope".to_string()]
        ],
        "unknown words of {lines:?}"
    );
    assert!(
        on_caller.allocations < 200,
        "spawning 4 threads should take a few allocations on the calling thread, not {}: \
         copying the {WORDS} words of the dictionary costs thousands; share it with Arc::clone",
        on_caller.allocations
    );
    assert!(
        all_threads < 10_000,
        "spawning 4 threads, checking 4 short lines and joining them took {all_threads} \
         allocations on all threads together, where a few dozen are enough: a copy of the \
         dictionary costs at least one per word ({WORDS}). Each thread should read the one \
         dictionary through its own clone of the Arc, not clone the HashSet"
    );
}
