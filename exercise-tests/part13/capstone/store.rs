use super::*;
use course_testkit::capture::{self, CapturedEvent};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use tracing::instrument::WithSubscriber as _;

fn key(text: &str) -> Key {
    Key::new(text).unwrap()
}

fn names(keys: &[Key]) -> Vec<&str> {
    keys.iter().map(Key::as_str).collect()
}

async fn open(path: &Path) -> KvStore {
    KvStore::open(path).await.expect("the store opens")
}

#[tokio::test]
async fn a_value_put_can_be_read_back_and_a_missing_key_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("kv.log")).await;
    store.put(key("greeting"), "hello".into()).await.unwrap();
    assert_eq!(
        store.get(key("greeting")).await.unwrap().as_deref(),
        Some("hello")
    );
    assert_eq!(
        store.get(key("nothing")).await.unwrap(),
        None,
        "get of a key never put should be Ok(None)"
    );
}

#[tokio::test]
async fn a_second_put_replaces_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("kv.log")).await;
    store.put(key("k"), "one".into()).await.unwrap();
    store.put(key("k"), "two".into()).await.unwrap();
    assert_eq!(store.get(key("k")).await.unwrap().as_deref(), Some("two"));
    assert_eq!(
        names(&store.list("").await.unwrap()),
        ["k"],
        "one key, listed once"
    );
}

#[tokio::test]
async fn delete_says_whether_the_key_was_there() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("kv.log")).await;
    store.put(key("k"), "v".into()).await.unwrap();
    assert!(
        store.delete(key("k")).await.unwrap(),
        "deleting a stored key should return true"
    );
    assert_eq!(
        store.get(key("k")).await.unwrap(),
        None,
        "a deleted key has no value"
    );
    assert!(
        !store.delete(key("k")).await.unwrap(),
        "deleting it again should return false"
    );
    assert!(
        !store.delete(key("never")).await.unwrap(),
        "deleting a key never put should return false"
    );
}

#[tokio::test]
async fn list_returns_the_keys_with_the_prefix_in_ascending_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("kv.log")).await;
    for name in ["user-2", "b", "user-10", "a", "user-1", "us"] {
        store.put(key(name), name.to_uppercase()).await.unwrap();
    }
    assert_eq!(
        names(&store.list("user-").await.unwrap()),
        ["user-1", "user-10", "user-2"]
    );
    assert_eq!(
        names(&store.list("").await.unwrap()),
        ["a", "b", "us", "user-1", "user-10", "user-2"],
        "the empty prefix lists every key"
    );
    assert!(
        store.list("zzz").await.unwrap().is_empty(),
        "no key starts with zzz"
    );
    store.delete(key("user-10")).await.unwrap();
    assert_eq!(
        names(&store.list("user").await.unwrap()),
        ["user-1", "user-2"],
        "a deleted key is not listed"
    );
}

#[tokio::test]
async fn everything_survives_closing_and_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kv.log");
    {
        let store = open(&path).await;
        store.put(key("kept"), "yes".into()).await.unwrap();
        store.put(key("gone"), "soon".into()).await.unwrap();
        store.put(key("changed"), "old".into()).await.unwrap();
        store.put(key("changed"), "new".into()).await.unwrap();
        store.delete(key("gone")).await.unwrap();
    }
    let store = open(&path).await;
    assert_eq!(
        store.get(key("kept")).await.unwrap().as_deref(),
        Some("yes"),
        "a value put before the store was closed should be read back after reopening: is it written to the engine?"
    );
    assert_eq!(
        store.get(key("changed")).await.unwrap().as_deref(),
        Some("new")
    );
    assert_eq!(
        store.get(key("gone")).await.unwrap(),
        None,
        "a delete must be written to the engine too"
    );
    assert_eq!(names(&store.list("").await.unwrap()), ["changed", "kept"]);
}

#[tokio::test]
async fn clones_share_one_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("kv.log")).await;
    let other = store.clone();
    other.put(key("k"), "from the clone".into()).await.unwrap();
    assert_eq!(
        store.get(key("k")).await.unwrap().as_deref(),
        Some("from the clone")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn puts_from_many_tasks_at_once_all_land() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kv.log");
    let store = KvStore::open_with(&path, Durability::Buffered)
        .await
        .unwrap();
    let tasks: Vec<_> = (0..8)
        .map(|task| {
            let store = store.clone();
            tokio::spawn(async move {
                for i in 0..10 {
                    store
                        .put(key(&format!("t{task}-{i}")), format!("{task}/{i}"))
                        .await
                        .unwrap();
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a task putting values panicked");
    }
    assert_eq!(
        store.list("").await.unwrap().len(),
        80,
        "8 tasks put 10 keys each"
    );
    drop(store);
    let store = KvStore::open(&path).await.unwrap();
    assert_eq!(
        store.list("").await.unwrap().len(),
        80,
        "and the log holds all 80 after reopening"
    );
    assert_eq!(
        store.get(key("t7-9")).await.unwrap().as_deref(),
        Some("7/9")
    );
}

/// Runs `work` with a capturing subscriber and returns the events it logged.
async fn events_of<F: std::future::Future>(work: F) -> Vec<CapturedEvent> {
    let (subscriber, captured) = capture::subscriber();
    // Creating the dispatcher recomputes every call site's interest.
    let dispatch = tracing::Dispatch::new(subscriber);
    work.with_subscriber(dispatch).await;
    captured.events()
}

fn the_event<'a>(events: &'a [CapturedEvent], message: &str) -> &'a CapturedEvent {
    let found: Vec<_> = events
        .iter()
        .filter(|e| e.message() == Some(message))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected exactly one event {message:?}, the events were: {events:#?}"
    );
    found[0]
}

fn check_span(event: &CapturedEvent, span: &str, field: &str, value: &str) {
    let inner = event.spans.last().unwrap_or_else(|| {
        panic!(
            "the event {:?} should be inside the span {span:?}, it is in no span",
            event.message()
        )
    });
    assert_eq!(
        inner.name,
        span,
        "the event {:?} should be in the span {span:?}",
        event.message()
    );
    assert_eq!(
        inner.field(field),
        Some(value),
        "the span {span:?} should have the field {field} = {value}"
    );
}

#[tokio::test]
async fn each_operation_logs_one_event_in_its_span() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("kv.log")).await;

    let events = events_of(async {
        store.put(key("greeting"), "hello".into()).await.unwrap();
    })
    .await;
    let stored = the_event(&events, "stored");
    assert_eq!(
        stored.level,
        tracing::Level::DEBUG,
        "`stored` is a DEBUG event"
    );
    assert_eq!(
        stored.field("bytes"),
        Some("5"),
        "`stored` should have bytes = 5 for \"hello\""
    );
    check_span(stored, "put", "key", "greeting");

    let events = events_of(async {
        store.get(key("greeting")).await.unwrap();
        store.get(key("missing")).await.unwrap();
    })
    .await;
    let found: Vec<_> = events
        .iter()
        .filter(|e| e.message() == Some("looked up"))
        .collect();
    assert_eq!(
        found.len(),
        2,
        "two gets, two `looked up` events: {events:#?}"
    );
    assert_eq!(found[0].field("found"), Some("true"));
    check_span(found[0], "get", "key", "greeting");
    assert_eq!(found[1].field("found"), Some("false"));
    check_span(found[1], "get", "key", "missing");

    let events = events_of(async {
        store.delete(key("greeting")).await.unwrap();
    })
    .await;
    let deleted = the_event(&events, "deleted");
    assert_eq!(deleted.field("existed"), Some("true"));
    check_span(deleted, "delete", "key", "greeting");

    let events = events_of(async {
        store.list("gr").await.unwrap();
    })
    .await;
    let listed = the_event(&events, "listed");
    assert_eq!(listed.field("count"), Some("0"));
    check_span(listed, "list", "prefix", "gr");
}

#[tokio::test]
async fn opening_logs_what_recovery_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kv.log");
    open(&path).await.put(key("k"), "v".into()).await.unwrap();
    let events = events_of(async {
        open(&path).await;
    })
    .await;
    let opened = the_event(&events, "opened");
    assert_eq!(
        (opened.field("records"), opened.field("keys")),
        (Some("1"), Some("1"))
    );
}

/// One step of the model-based property test.
#[derive(Debug, Clone)]
enum Op {
    Put(String, String),
    Delete(String),
    /// Close the store and open the file again.
    Reopen,
    /// Close the store after cutting the last record in half, as a crash
    /// in the middle of a write would, then open it again.
    TearLastWrite,
}

fn op() -> impl Strategy<Value = Op> {
    // Few keys, so that puts, deletes and overwrites hit the same keys.
    let key = prop::sample::select(vec!["a", "b", "ab", "abc", "b.1", "c"]).prop_map(String::from);
    prop_oneof![
        4 => (key.clone(), "[a-z ]{0,12}").prop_map(|(k, v)| Op::Put(k, v)),
        2 => key.prop_map(Op::Delete),
        1 => Just(Op::Reopen),
        1 => Just(Op::TearLastWrite),
    ]
}

/// Applies `ops` to a store and to a `BTreeMap`, and checks after each that
/// they agree on every key and on every listing.
async fn agrees_with_the_model(ops: Vec<Op>) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kv.log");
    let reopen = || KvStore::open_with(&path, Durability::Buffered);
    let mut store = reopen().await.unwrap();
    let mut model = BTreeMap::<String, String>::new();
    // The model's state before each record in the log, for `TearLastWrite`.
    let mut history = Vec::new();
    for op in ops {
        match op {
            Op::Put(k, v) => {
                history.push(model.clone());
                store.put(key(&k), v.clone()).await.unwrap();
                model.insert(k, v);
            }
            Op::Delete(k) => {
                let existed = store.delete(key(&k)).await.unwrap();
                prop_assert_eq!(
                    existed,
                    model.contains_key(&k),
                    "delete({}) said whether it existed",
                    k
                );
                if existed {
                    history.push(model.clone());
                    model.remove(&k);
                }
            }
            Op::Reopen => {
                drop(store);
                store = reopen().await.unwrap();
            }
            Op::TearLastWrite => {
                drop(store);
                if let Some(before) = history.pop() {
                    // Every record is at least 12 bytes: cutting 3 leaves
                    // the last one incomplete, and recovery drops it.
                    let len = std::fs::metadata(&path).unwrap().len();
                    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
                    file.set_len(len - 3).unwrap();
                    model = before;
                }
                store = reopen().await.unwrap();
            }
        }
        for k in ["a", "b", "ab", "abc", "b.1", "c"] {
            let got = store.get(key(k)).await.unwrap();
            prop_assert_eq!(
                got.as_ref(),
                model.get(k),
                "get({}) after the same operations on a BTreeMap",
                k
            );
        }
        for prefix in ["", "a", "b"] {
            let listed: Vec<String> = store
                .list(prefix)
                .await
                .unwrap()
                .into_iter()
                .map(Key::into_string)
                .collect();
            let expected: Vec<String> = model
                .keys()
                .filter(|k| k.starts_with(prefix))
                .cloned()
                .collect();
            prop_assert_eq!(listed, expected, "list({:?})", prefix);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_store_behaves_like_a_btreemap_across_reopens_and_torn_writes(ops in prop::collection::vec(op(), 1..25)) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(agrees_with_the_model(ops))?;
    }
}
