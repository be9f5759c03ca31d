use super::*;
use std::thread;

/// `apple` appears twice (the later price wins); three lines do not parse.
const LIST: &str =
    "apple = 3\nbread=250\n\n  cheese =  1200 \nbroken line\ndiscount=-5\n=7\napple=4\n";

fn check_parses(catalog: &Catalog, expected: usize, after: &str) {
    assert_eq!(
        catalog.parses(),
        expected,
        "after {after}, the text should have been parsed {expected} time(s)"
    );
}

#[test]
fn new_does_not_parse() {
    let catalog = Catalog::new(LIST);
    assert!(
        !catalog.is_loaded(),
        "is_loaded() should be false before any price is asked for"
    );
    assert!(
        !catalog.is_loaded(),
        "is_loaded() should still be false: it must not parse"
    );
    check_parses(&catalog, 0, "Catalog::new and is_loaded()");
}

#[test]
fn prices_follow_the_list() {
    let catalog = Catalog::new(LIST);
    for (name, expected) in [
        ("apple", Some(4)),
        ("bread", Some(250)),
        ("cheese", Some(1200)),
        ("pear", None),
        ("broken line", None),
        ("discount", None),
        ("", None),
    ] {
        assert_eq!(
            catalog.price(name),
            expected,
            "price({name:?}) should be {expected:?}"
        );
    }
    assert!(
        catalog.is_loaded(),
        "is_loaded() should be true after price()"
    );
    check_parses(&catalog, 1, "seven calls of price()");
}

#[test]
fn product_count_counts_distinct_products() {
    let catalog = Catalog::new(LIST);
    assert_eq!(
        catalog.product_count(),
        3,
        "the list has 3 products: apple, bread and cheese"
    );
    assert!(
        catalog.is_loaded(),
        "is_loaded() should be true after product_count()"
    );
    check_parses(&catalog, 1, "product_count()");
}

#[test]
fn many_calls_parse_once() {
    let catalog = Catalog::new(LIST);
    for _ in 0..100 {
        assert_eq!(
            catalog.price("bread"),
            Some(250),
            "price(\"bread\") should be Some(250)"
        );
        assert_eq!(catalog.product_count(), 3, "product_count() should be 3");
    }
    check_parses(&catalog, 1, "200 calls");
}

#[test]
fn asking_for_a_missing_product_also_loads() {
    let catalog = Catalog::new(LIST);
    assert_eq!(
        catalog.price("pear"),
        None,
        "price(\"pear\") should be None"
    );
    assert!(
        catalog.is_loaded(),
        "is_loaded() should be true after price(\"pear\")"
    );
    assert_eq!(
        catalog.price("apple"),
        Some(4),
        "price(\"apple\") should be Some(4)"
    );
    check_parses(&catalog, 1, "two calls of price()");
}

#[test]
fn an_empty_list_is_parsed_once_too() {
    let catalog = Catalog::new("");
    assert_eq!(catalog.product_count(), 0, "an empty list has 0 products");
    assert_eq!(catalog.price("apple"), None, "an empty list has no apple");
    assert_eq!(catalog.product_count(), 0, "an empty list has 0 products");
    check_parses(&catalog, 1, "three calls on an empty list");
}

#[test]
fn each_catalog_parses_its_own_text() {
    let first = Catalog::new("tea=5");
    let second = Catalog::new("tea=7");
    assert_eq!(
        first.price("tea"),
        Some(5),
        "the first catalog's tea costs 5"
    );
    assert_eq!(
        second.price("tea"),
        Some(7),
        "the second catalog's tea costs 7"
    );
    check_parses(&first, 1, "one price() on the first catalog");
    check_parses(&second, 1, "one price() on the second catalog");
}

#[test]
fn threads_share_one_parse() {
    fn assert_sync_and_send<T: Sync + Send>() {}
    assert_sync_and_send::<Catalog>();

    let catalog = Catalog::new(LIST);
    assert!(
        !catalog.is_loaded(),
        "is_loaded() should be false before the threads start"
    );
    let totals: Vec<u32> = thread::scope(|s| {
        let workers: Vec<_> = (0..8)
            .map(|_| {
                let catalog = &catalog;
                s.spawn(move || {
                    (0..50)
                        .map(|_| {
                            catalog.price("apple").unwrap_or(0)
                                + catalog.price("cheese").unwrap_or(0)
                        })
                        .sum::<u32>()
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    assert_eq!(
        totals,
        vec![50 * 1204; 8],
        "each of the 8 threads should see apple = 4 and cheese = 1200 on all 50 rounds"
    );
    check_parses(&catalog, 1, "800 calls of price() from 8 threads at once");
}
