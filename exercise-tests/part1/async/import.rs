use super::*;

#[tokio::test]
async fn import_stores_every_well_formed_line() {
    let store = Store::new();
    let text = "apples=3\n pears = 10 \nno equals sign\nplums=many\n";
    let stored = import(&store, text).await;
    assert_eq!(stored, 2, "import({text:?}) should store 2 lines");
    assert_eq!(
        store.get("apples").await,
        Some(3),
        "after import({text:?}), apples should be 3"
    );
    assert_eq!(
        store.get("pears").await,
        Some(10),
        "after import({text:?}), pears should be 10 (spaces trimmed)"
    );
    assert_eq!(
        store.get("plums").await,
        None,
        "plums=many is not a number and should be skipped"
    );
    assert_eq!(
        store.count().await,
        2,
        "after import({text:?}) the store should hold 2 keys"
    );
}

#[tokio::test]
async fn a_repeated_key_gets_the_last_value() {
    let store = Store::new();
    let text = "x=1\nx=5\n";
    assert_eq!(
        import(&store, text).await,
        2,
        "import({text:?}) stores 2 lines"
    );
    assert_eq!(
        store.get("x").await,
        Some(5),
        "after import({text:?}), x should be 5"
    );
    assert_eq!(
        store.count().await,
        1,
        "after import({text:?}) the store holds 1 key"
    );
}

#[tokio::test]
async fn importing_empty_text_stores_nothing() {
    let store = Store::new();
    assert_eq!(
        import(&store, "").await,
        0,
        "import(\"\") should store nothing"
    );
    assert_eq!(store.count().await, 0, "the store should still be empty");
}

#[tokio::test]
async fn replace_all_drops_the_old_entries() {
    let store = Store::new();
    store.insert("old", 1).await;
    store.insert("kept?", 2).await;
    let stored = replace_all(&store, "new=7").await;
    assert_eq!(stored, 1, "replace_all(\"new=7\") stores 1 line");
    assert_eq!(
        store.get("old").await,
        None,
        "replace_all should have removed the old key `old`"
    );
    assert_eq!(
        store.get("new").await,
        Some(7),
        "after replace_all, new should be 7"
    );
    assert_eq!(
        store.count().await,
        1,
        "after replace_all the store holds only `new`"
    );
}
