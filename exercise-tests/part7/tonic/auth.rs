use super::*;
use course_proto::inventory::inventory_client::InventoryClient;
use course_proto::inventory::inventory_server::{Inventory, InventoryServer};
use course_proto::inventory::{GetItemRequest, Item, ListItemsRequest};
use course_proto::testing::TestServer;
use std::sync::atomic::{AtomicUsize, Ordering};
use tonic::metadata::{AsciiMetadataValue, MetadataMap};
use tonic::transport::Channel;
use tonic::{Code, Response};

const ADA: &str = "s3cret-ada";
const BOB: &str = "t0ken.bob";

/// A service that answers `GetItem` with the caller's name, and fails if
/// the interceptor let a request through without a `Caller`, or with its
/// `authorization` metadata.
struct WhoAmI {
    calls: Arc<AtomicUsize>,
}

#[tonic::async_trait]
impl Inventory for WhoAmI {
    async fn get_item(&self, request: Request<GetItemRequest>) -> Result<Response<Item>, Status> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if request.metadata().get("authorization").is_some() {
            return Err(Status::internal(
                "the `authorization` metadata reached the handler; the interceptor should remove it",
            ));
        }
        let caller = request.extensions().get::<Caller>().ok_or_else(|| {
            Status::internal("the handler found no `Caller` in the request's extensions")
        })?;
        Ok(Response::new(Item {
            sku: request.get_ref().sku.clone(),
            name: caller.name.clone(),
            quantity: 1,
            price_cents: 0,
        }))
    }

    type ListItemsStream = tokio_stream::Empty<Result<Item, Status>>;

    async fn list_items(
        &self,
        _request: Request<ListItemsRequest>,
    ) -> Result<Response<Self::ListItemsStream>, Status> {
        Err(Status::unimplemented("not used by these tests"))
    }
}

/// The protected service on 127.0.0.1:0, and its count of handled calls.
async fn serve() -> (TestServer, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let auth = BearerAuth::new([
        (ADA.to_string(), Caller { name: "ada".into() }),
        (BOB.to_string(), Caller { name: "bob".into() }),
    ]);
    let service = WhoAmI {
        calls: Arc::clone(&calls),
    };
    let server = TestServer::start(InventoryServer::with_interceptor(service, auth)).await;
    (server, calls)
}

async fn channel(server: &TestServer) -> Channel {
    Channel::from_shared(server.url())
        .expect("a valid URL")
        .connect()
        .await
        .expect("the client should connect to the test server on 127.0.0.1")
}

/// Calls with a plain client and this `authorization` value (none for `None`).
async fn call_raw(
    server: &TestServer,
    authorization: Option<AsciiMetadataValue>,
) -> Result<String, Status> {
    let mut client = InventoryClient::new(channel(server).await);
    let mut request = Request::new(GetItemRequest { sku: "A1".into() });
    if let Some(value) = authorization {
        request.metadata_mut().insert("authorization", value);
    }
    client
        .get_item(request)
        .await
        .map(|response| response.into_inner().name)
}

async fn call_with(server: &TestServer, authorization: &str) -> Result<String, Status> {
    let value = authorization
        .parse()
        .expect("the test's metadata values are visible ASCII");
    call_raw(server, Some(value)).await
}

/// Calls through a client that uses `AttachToken::new(token)`.
async fn call_attached(server: &TestServer, token: &str) -> Result<String, Status> {
    let mut client =
        InventoryClient::with_interceptor(channel(server).await, AttachToken::new(token));
    client
        .get_item(GetItemRequest { sku: "A1".into() })
        .await
        .map(|response| response.into_inner().name)
}

fn expect_code(got: Result<String, Status>, code: Code, what: &str) -> String {
    match got {
        Ok(name) => {
            panic!("{what} should fail with {code:?}, but the handler answered for {name:?}")
        }
        Err(status) => {
            assert_eq!(
                status.code(),
                code,
                "{what} should fail with {code:?}, got {status:?}"
            );
            status.message().to_string()
        }
    }
}

#[tokio::test]
async fn a_known_token_reaches_the_handler_as_its_caller() {
    let (server, calls) = serve().await;
    for (token, name) in [(ADA, "ada"), (BOB, "bob")] {
        let got = call_attached(&server, token).await;
        assert_eq!(
            got.as_ref().ok().map(String::as_str),
            Some(name),
            "a call with AttachToken::new({token:?}) should reach the handler with Caller {{ name: {name:?} }}, got {got:?}"
        );
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        2,
        "the handler should have run twice"
    );
    server.stop().await;
}

#[tokio::test]
async fn the_scheme_is_case_insensitive() {
    let (server, _) = serve().await;
    for scheme in ["Bearer", "bearer", "BEARER"] {
        let got = call_with(&server, &format!("{scheme} {ADA}")).await;
        assert_eq!(
            got.as_ref().ok().map(String::as_str),
            Some("ada"),
            "`{scheme} <ada's token>` should be accepted (the scheme is case-insensitive), got {got:?}"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn missing_metadata_is_unauthenticated() {
    let (server, calls) = serve().await;
    let message = expect_code(
        call_raw(&server, None).await,
        Code::Unauthenticated,
        "a call without `authorization`",
    );
    assert!(
        message.to_lowercase().contains("missing"),
        "the message should say the `authorization` metadata is missing, got {message:?}"
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "a rejected call must not reach the handler"
    );
    server.stop().await;
}

#[tokio::test]
async fn a_malformed_value_is_unauthenticated() {
    let (server, calls) = serve().await;
    for value in [
        "Basic YWRhOnB3",
        "Bearer",
        "Bearer ",
        ADA,
        "Token s3cret-ada",
    ] {
        let what = format!("a call with `authorization: {value}`");
        let message = expect_code(
            call_with(&server, value).await,
            Code::Unauthenticated,
            &what,
        );
        assert!(
            message.contains("Bearer <token>"),
            "the message for {what} should show the expected form `Bearer <token>`, got {message:?}"
        );
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "a rejected call must not reach the handler"
    );
    server.stop().await;
}

#[tokio::test]
async fn bytes_that_are_not_visible_ascii_are_rejected_without_a_panic() {
    let (server, calls) = serve().await;
    // "Bearer caf\xe9": legal in HTTP/2 metadata, but not text.
    let value = AsciiMetadataValue::try_from(&b"Bearer caf\xe9"[..])
        .expect("an opaque byte is a legal metadata value");
    let got = call_raw(&server, Some(value)).await;
    expect_code(
        got,
        Code::Unauthenticated,
        "a call whose token has the byte 0xE9",
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "a rejected call must not reach the handler"
    );
    // The server is still there.
    let got = call_attached(&server, BOB).await;
    assert!(
        got.is_ok(),
        "after a hostile value, a good call should still work, got {got:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn an_unknown_token_is_unauthenticated_and_not_echoed() {
    let (server, calls) = serve().await;
    for token in ["guess-1234", "S3CRET-ADA", "s3cret-ada2"] {
        let what = format!("a call with the unknown token {token:?}");
        let message = expect_code(
            call_with(&server, &format!("Bearer {token}")).await,
            Code::Unauthenticated,
            &what,
        );
        assert!(
            !message.contains(token),
            "the message for {what} must not contain the token (it is a secret), got {message:?}"
        );
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "a rejected call must not reach the handler"
    );
    server.stop().await;
}

#[test]
fn attach_token_sets_the_authorization_metadata() {
    let mut interceptor = AttachToken::new(ADA);
    let request = interceptor
        .call(Request::new(()))
        .map(|request| request.into_parts().0);
    let value = request
        .as_ref()
        .ok()
        .and_then(|metadata: &MetadataMap| metadata.get("authorization"))
        .and_then(|value| value.to_str().ok());
    assert_eq!(
        value,
        Some("Bearer s3cret-ada"),
        "AttachToken::new({ADA:?}) should add `authorization: Bearer {ADA}`, got {request:?}"
    );
}

#[tokio::test]
async fn a_token_metadata_cannot_carry_fails_on_the_client() {
    let (server, calls) = serve().await;
    for token in ["", "two words", "line\nbreak", "café"] {
        let what = format!("a client with AttachToken::new({token:?})");
        let message = expect_code(
            call_attached(&server, token).await,
            Code::InvalidArgument,
            &what,
        );
        assert!(
            token.is_empty() || !message.contains(token),
            "the message for {what} must not contain the token, got {message:?}"
        );
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "a call that failed on the client must not reach the handler"
    );
    server.stop().await;
}
