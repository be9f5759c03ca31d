use super::*;
use course_proto::inventory::inventory_client::InventoryClient;
use course_proto::inventory::inventory_server::InventoryServer;
use course_proto::testing::TestServer;
use tonic::transport::Channel;
use tonic::Code;

fn item(sku: &str, name: &str, quantity: u32, price_cents: u64) -> Item {
    Item {
        sku: sku.into(),
        name: name.into(),
        quantity,
        price_cents,
    }
}

fn stock() -> Vec<Item> {
    vec![
        item("A1", "anchor", 3, 4_999),
        item("B2", "bollard", 0, 12_000),
        item("C3", "chain, 10 m", 40, 8_050),
    ]
}

/// Serves a catalog of `stock()` on 127.0.0.1:0 and connects a client.
async fn serve() -> (TestServer, InventoryClient<Channel>) {
    let server = TestServer::start(InventoryServer::new(Catalog::new(stock()))).await;
    let client = InventoryClient::connect(server.url())
        .await
        .expect("the client should connect to the test server on 127.0.0.1");
    (server, client)
}

async fn get(client: &mut InventoryClient<Channel>, sku: &str) -> Result<Item, Status> {
    client
        .get_item(GetItemRequest { sku: sku.into() })
        .await
        .map(Response::into_inner)
}

/// The call must fail with `code`; returns its message.
async fn expect_status(client: &mut InventoryClient<Channel>, sku: &str, code: Code) -> String {
    match get(client, sku).await {
        Ok(item) => panic!("GetItem({sku:?}) should fail with {code:?}, but it returned {item:?}"),
        Err(status) => {
            assert_eq!(
                status.code(),
                code,
                "GetItem({sku:?}) should fail with {code:?}, got {status:?}"
            );
            status.message().to_string()
        }
    }
}

#[tokio::test]
async fn a_known_sku_gives_its_item() {
    let (server, mut client) = serve().await;
    for expected in stock() {
        let got = get(&mut client, &expected.sku).await;
        assert_eq!(
            got.as_ref().ok(),
            Some(&expected),
            "GetItem({:?}) should return {expected:?}, got {got:?}",
            expected.sku
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn an_unknown_sku_is_not_found_and_named() {
    let (server, mut client) = serve().await;
    let message = expect_status(&mut client, "Z9", Code::NotFound).await;
    assert!(
        message.contains("Z9"),
        "the NOT_FOUND message should name the SKU \"Z9\", got {message:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn skus_are_compared_exactly() {
    let (server, mut client) = serve().await;
    let message = expect_status(&mut client, "a1", Code::NotFound).await;
    assert!(
        message.contains("a1"),
        "\"a1\" is not \"A1\": GetItem(\"a1\") should be NOT_FOUND naming \"a1\", got {message:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn an_empty_sku_is_an_invalid_argument() {
    let (server, mut client) = serve().await;
    for sku in ["", "   ", "\t\n"] {
        let message = expect_status(&mut client, sku, Code::InvalidArgument).await;
        assert!(
            message.to_lowercase().contains("empty"),
            "the INVALID_ARGUMENT message for SKU {sku:?} should say the SKU is empty, got {message:?}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn the_server_keeps_answering_after_bad_requests() {
    let (server, mut client) = serve().await;
    let _ = get(&mut client, "").await;
    let _ = get(&mut client, "nope").await;
    let got = get(&mut client, "C3").await;
    assert_eq!(
        got.as_ref().map(|item| item.name.as_str()).ok(),
        Some("chain, 10 m"),
        "after an empty and an unknown SKU, the same connection should still answer GetItem(\"C3\"), got {got:?}"
    );
    server.stop().await;
}
