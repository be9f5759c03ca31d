use super::*;
use course_proto::inventory::inventory_client::InventoryClient;
use course_proto::inventory::inventory_server::InventoryServer;
use course_proto::testing::TestServer;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tonic::transport::Channel;
use tonic::Streaming;

/// A hang guard: generous, never what a test asserts.
const LIMIT: Duration = Duration::from_secs(5);

fn item(sku: &str, quantity: u32) -> Item {
    Item {
        sku: sku.into(),
        name: format!("item {sku}"),
        quantity,
        price_cents: 100,
    }
}

/// Out of SKU order on purpose.
fn stock() -> Vec<Item> {
    vec![
        item("D4", 7),
        item("A1", 0),
        item("C3", 12),
        item("B2", 5),
        item("E5", 4),
    ]
}

async fn serve<S: Store>(store: Arc<S>) -> (TestServer, InventoryClient<Channel>) {
    let server = TestServer::start(InventoryServer::new(Warehouse::new(store))).await;
    let client = InventoryClient::connect(server.url())
        .await
        .expect("the client should connect to the test server on 127.0.0.1");
    (server, client)
}

async fn open(client: &mut InventoryClient<Channel>, min_quantity: u32) -> Streaming<Item> {
    let call = client.list_items(ListItemsRequest { min_quantity });
    match tokio::time::timeout(LIMIT, call).await {
        Err(_) => panic!(
            "ListItems(min_quantity: {min_quantity}) did not return within 5 s: \
             answer with the stream at once, and fill it from a spawned task"
        ),
        Ok(Err(status)) => panic!("ListItems(min_quantity: {min_quantity}) failed: {status:?}"),
        Ok(Ok(response)) => response.into_inner(),
    }
}

/// Reads the whole stream; returns the SKUs.
async fn list(client: &mut InventoryClient<Channel>, min_quantity: u32) -> Vec<String> {
    let mut stream = open(client, min_quantity).await;
    let mut skus = Vec::new();
    loop {
        match tokio::time::timeout(LIMIT, stream.message()).await {
            Err(_) => panic!(
                "the stream of ListItems(min_quantity: {min_quantity}) did not finish within 5 s \
                 after {skus:?}: drop the sender after the last item to end it"
            ),
            Ok(Err(status)) => panic!("the stream failed after {skus:?}: {status:?}"),
            Ok(Ok(None)) => return skus,
            Ok(Ok(Some(item))) => skus.push(item.sku),
        }
    }
}

#[tokio::test]
async fn every_item_comes_in_sku_order() {
    let (server, mut client) = serve(Arc::new(MemoryStore::new(stock()))).await;
    let skus = list(&mut client, 0).await;
    assert_eq!(
        skus,
        ["A1", "B2", "C3", "D4", "E5"],
        "ListItems(min_quantity: 0) should stream every item, in SKU order"
    );
    server.stop().await;
}

#[tokio::test]
async fn min_quantity_keeps_items_with_at_least_that_many() {
    let (server, mut client) = serve(Arc::new(MemoryStore::new(stock()))).await;
    let skus = list(&mut client, 5).await;
    assert_eq!(
        skus,
        ["B2", "C3", "D4"],
        "ListItems(min_quantity: 5) should stream the items with 5 units or more (B2 has exactly 5)"
    );
    let skus = list(&mut client, 13).await;
    assert!(
        skus.is_empty(),
        "no item has 13 units: ListItems(min_quantity: 13) should be an empty stream, got {skus:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn an_empty_store_gives_an_empty_stream() {
    let (server, mut client) = serve(Arc::new(MemoryStore::default())).await;
    let skus = list(&mut client, 0).await;
    assert!(
        skus.is_empty(),
        "an empty store should give an empty stream, got {skus:?}"
    );
    server.stop().await;
}

/// A store that answers its first `answers` reads and then never answers
/// again, like a database that hangs. It counts the reads that are waiting.
struct HangingStore {
    inner: MemoryStore,
    answers: usize,
    reads: AtomicUsize,
    waiting: Arc<AtomicUsize>,
}

/// Counts one waiting read while it lives.
struct Waiting(Arc<AtomicUsize>);

impl Drop for Waiting {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Store for HangingStore {
    async fn next_after(&self, after: Option<&str>) -> Option<Item> {
        if self.reads.fetch_add(1, Ordering::SeqCst) < self.answers {
            return self.inner.next_after(after).await;
        }
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let _guard = Waiting(Arc::clone(&self.waiting));
        std::future::pending().await
    }
}

/// Waits (at most 5 s) until `waiting` holds `expected`.
async fn wait_for(waiting: &AtomicUsize, expected: usize, failure: &str) {
    let settled = tokio::time::timeout(LIMIT, async {
        while waiting.load(Ordering::SeqCst) != expected {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
    assert!(settled.is_ok(), "{failure}");
}

fn hanging_store() -> Arc<HangingStore> {
    Arc::new(HangingStore {
        inner: MemoryStore::new(stock()),
        answers: 3,
        reads: AtomicUsize::new(0),
        waiting: Arc::new(AtomicUsize::new(0)),
    })
}

#[tokio::test]
async fn items_are_sent_while_the_store_still_works() {
    let store = hanging_store();
    let (server, mut client) = serve(Arc::clone(&store)).await;
    let mut stream = open(&mut client, 0).await;
    for expected in ["A1", "B2", "C3"] {
        let next = tokio::time::timeout(LIMIT, stream.message()).await;
        let sku = match next {
            Ok(Ok(Some(item))) => item.sku,
            other => panic!(
                "the store answered A1, B2 and C3 and then hangs; the client should get {expected} \
                 before the store answers again, got {other:?} (send each item as soon as it is read)"
            ),
        };
        assert_eq!(sku, expected, "the items should come in SKU order");
    }
    drop(stream);
    drop(client);
    server.stop().await;
}

#[tokio::test]
async fn the_task_stops_when_the_client_goes_away() {
    let store = hanging_store();
    let (server, mut client) = serve(Arc::clone(&store)).await;
    let mut stream = open(&mut client, 0).await;
    for _ in 0..3 {
        let next = tokio::time::timeout(LIMIT, stream.message()).await;
        assert!(
            matches!(next, Ok(Ok(Some(_)))),
            "the first three items should arrive, got {next:?}"
        );
    }
    wait_for(
        &store.waiting,
        1,
        "after three items the task should be waiting for the store's fourth read",
    )
    .await;
    // The client goes away: it drops the stream and its connection.
    drop(stream);
    drop(client);
    wait_for(
        &store.waiting,
        0,
        "5 s after the client went away, the task still waits for the store: \
         stop it when the channel's receiver is dropped (`Sender::closed`), even mid-read",
    )
    .await;
    server.stop().await;
}
