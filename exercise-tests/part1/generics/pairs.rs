use super::*;

/// Collects the pairs of `items` as owned values, to compare them easily.
fn collect_pairs<T: Clone>(items: &[T]) -> Vec<(T, T)> {
    pairs(items).map(|(a, b)| (a.clone(), b.clone())).collect()
}

#[test]
fn four_numbers_give_three_pairs() {
    let items = [1, 2, 3, 4];
    let expected = vec![(1, 2), (2, 3), (3, 4)];
    assert_eq!(
        collect_pairs(&items),
        expected,
        "pairs({items:?}) should yield {expected:?}"
    );
}

#[test]
fn two_elements_give_one_pair() {
    let items = ['a', 'b'];
    assert_eq!(
        collect_pairs(&items),
        vec![('a', 'b')],
        "pairs({items:?}) should yield one pair, ('a', 'b')"
    );
}

#[test]
fn fewer_than_two_elements_give_no_pairs() {
    let one = [7];
    assert_eq!(
        pairs(&one).next(),
        None,
        "pairs({one:?}) should yield no pairs"
    );
    let none: [i32; 0] = [];
    assert_eq!(pairs(&none).next(), None, "pairs([]) should yield no pairs");
}

#[test]
fn works_for_strings_without_copying() {
    let words = vec![
        String::from("fast"),
        String::from("safe"),
        String::from("fun"),
    ];
    let got: Vec<String> = pairs(&words).map(|(a, b)| format!("{a}-{b}")).collect();
    assert_eq!(
        got,
        ["fast-safe", "safe-fun"],
        "pairs({words:?}) should yield (fast, safe) and (safe, fun)"
    );
    let (first, _) = pairs(&words)
        .next()
        .expect("pairs of three words should not be empty");
    assert!(
        std::ptr::eq(first, &words[0]),
        "the pairs should borrow the slice's elements, not copies of them"
    );
}

#[test]
fn one_pair_fewer_than_elements() {
    for len in 2..10 {
        let items: Vec<usize> = (0..len).collect();
        assert_eq!(
            pairs(&items).count(),
            len - 1,
            "a slice of {len} elements should give {} pairs: one fewer than the elements",
            len - 1
        );
    }
}

#[test]
fn differences_add_up_to_last_minus_first() {
    let readings = [10, 13, 9, 20, 25];
    let total: i32 = pairs(&readings).map(|(a, b)| b - a).sum();
    assert_eq!(
        total, 15,
        "the differences of neighbors in {readings:?} should sum to 25 - 10 = 15"
    );
}

#[test]
fn stays_finished_after_the_end() {
    let items = [1, 2, 3];
    let mut it = pairs(&items);
    assert_eq!(
        it.next(),
        Some((&1, &2)),
        "the first pair of {items:?} should be (1, 2)"
    );
    assert_eq!(
        it.next(),
        Some((&2, &3)),
        "the second pair of {items:?} should be (2, 3)"
    );
    for _ in 0..3 {
        assert_eq!(
            it.next(),
            None,
            "after the last pair, next() should keep returning None"
        );
    }
}
