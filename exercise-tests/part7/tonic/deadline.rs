use super::*;
use course_proto::inventory::inventory_client::InventoryClient;
use course_proto::inventory::inventory_server::{Inventory, InventoryServer};
use course_proto::inventory::ListItemsRequest;
use course_proto::testing::TestServer;
use std::sync::{Arc, Mutex};
use tokio::time::Instant;
use tonic::metadata::AsciiMetadataValue;
use tonic::Code;

/// A guard against hangs, in paused time: never what a test asserts.
const GUARD: Duration = Duration::from_secs(24 * 3600);

fn metadata(grpc_timeout: &str) -> MetadataMap {
    let mut map = MetadataMap::new();
    let value: AsciiMetadataValue = grpc_timeout
        .parse()
        .expect("the test's values are valid metadata");
    map.insert("grpc-timeout", value);
    map
}

fn anchor() -> Item {
    Item {
        sku: "A1".into(),
        name: "anchor".into(),
        quantity: 3,
        price_cents: 4_999,
    }
}

/// A request for A1 with `timeout` as its deadline (none for `None`).
fn request(timeout: Option<Duration>) -> Request<GetItemRequest> {
    let mut request = Request::new(GetItemRequest { sku: "A1".into() });
    if let Some(timeout) = timeout {
        request.set_timeout(timeout);
    }
    request
}

/// The future a test downstream returns.
type Answer = std::pin::Pin<Box<dyn Future<Output = Result<Response<Item>, Status>> + Send>>;

/// What the downstream saw: its request's message and budget.
#[derive(Debug, Default)]
struct Seen {
    calls: usize,
    sku: String,
    budget: Option<Duration>,
}

/// A downstream that records its request and answers after `delay`
/// (never, for `None`), with `answer`.
fn downstream(
    seen: &Arc<Mutex<Seen>>,
    delay: Option<Duration>,
    answer: Result<Item, Status>,
) -> impl FnOnce(Request<GetItemRequest>) -> Answer {
    let seen = Arc::clone(seen);
    move |request: Request<GetItemRequest>| {
        {
            let mut seen = seen.lock().unwrap();
            seen.calls += 1;
            seen.sku = request.get_ref().sku.clone();
            seen.budget = request
                .metadata()
                .get("grpc-timeout")
                .and_then(|value| value.to_str().ok())
                .map(parse_for_test);
        }
        Box::pin(async move {
            match delay {
                Some(delay) => tokio::time::sleep(delay).await,
                None => std::future::pending().await,
            }
            answer.map(Response::new)
        })
    }
}

/// The test's own reading of a `grpc-timeout` value tonic wrote.
fn parse_for_test(value: &str) -> Duration {
    let (digits, unit) = value.split_at(value.len() - 1);
    let amount: u64 = digits.parse().expect("tonic writes digits");
    match unit {
        "H" => Duration::from_secs(amount * 3600),
        "M" => Duration::from_secs(amount * 60),
        "S" => Duration::from_secs(amount),
        "m" => Duration::from_millis(amount),
        "u" => Duration::from_micros(amount),
        "n" => Duration::from_nanos(amount),
        other => panic!("tonic wrote an unknown unit {other:?}"),
    }
}

/// Runs the call with a guard against hangs; returns its answer and the
/// (paused) time it took.
async fn run<F, Fut>(
    request: Request<GetItemRequest>,
    downstream: F,
) -> (Result<Item, Status>, Duration)
where
    F: FnOnce(Request<GetItemRequest>) -> Fut,
    Fut: Future<Output = Result<Response<Item>, Status>>,
{
    let start = Instant::now();
    let answer = tokio::time::timeout(GUARD, get_item_within_budget(request, downstream))
        .await
        .unwrap_or_else(|_| {
            panic!("get_item_within_budget did not return within a day of (paused) time: stop waiting when the budget is spent")
        });
    (answer.map(Response::into_inner), start.elapsed())
}

#[test]
fn every_unit_is_read() {
    for (value, expected) in [
        ("1H", Duration::from_secs(3600)),
        ("2M", Duration::from_secs(120)),
        ("30S", Duration::from_secs(30)),
        ("250m", Duration::from_millis(250)),
        ("7u", Duration::from_micros(7)),
        ("9n", Duration::from_nanos(9)),
        ("00000005S", Duration::from_secs(5)),
        ("99999999H", Duration::from_secs(99_999_999 * 3600)),
    ] {
        let got = caller_budget(&metadata(value));
        assert_eq!(
            got.as_ref().ok(),
            Some(&Some(expected)),
            "grpc-timeout {value:?} is {expected:?}, got {got:?}"
        );
    }
}

#[test]
fn no_grpc_timeout_is_no_deadline() {
    let got = caller_budget(&MetadataMap::new());
    assert!(
        matches!(got, Ok(None)),
        "no grpc-timeout should give Ok(None), got {got:?}"
    );
}

#[test]
fn malformed_values_are_invalid_arguments() {
    for value in [
        "",
        "S",
        "10",
        "5s",
        "1.5S",
        "+5S",
        "-5S",
        "5 S",
        "123456789S",
        "5SS",
        "1d",
        "0x10m",
    ] {
        match caller_budget(&metadata(value)) {
            Err(status) => {
                assert_eq!(
                    status.code(),
                    Code::InvalidArgument,
                    "grpc-timeout {value:?} should be INVALID_ARGUMENT, got {status:?}"
                );
                assert!(
                    status.message().contains(&format!("{value:?}")) || (!value.is_empty() && status.message().contains(value)),
                    "the message for grpc-timeout {value:?} should quote the value, got {:?}",
                    status.message()
                );
            }
            Ok(got) => panic!("grpc-timeout {value:?} is malformed and should be INVALID_ARGUMENT, got Ok({got:?})"),
        }
    }
}

#[tokio::test(start_paused = true)]
async fn the_downstream_gets_the_budget_minus_the_reserve() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let (answer, _) = run(
        request(Some(Duration::from_secs(2))),
        downstream(&seen, Some(Duration::from_millis(10)), Ok(anchor())),
    )
    .await;
    assert_eq!(
        answer.as_ref().ok(),
        Some(&anchor()),
        "the downstream's item should be the answer, got {answer:?}"
    );
    let seen = seen.lock().unwrap();
    assert_eq!(
        seen.calls, 1,
        "the downstream should be called exactly once"
    );
    assert_eq!(
        seen.sku, "A1",
        "the downstream should get the same GetItemRequest"
    );
    assert_eq!(
        seen.budget,
        Some(Duration::from_secs(2) - RESERVE),
        "with a 2 s deadline, the downstream's request should carry a deadline of 2 s - RESERVE"
    );
}

#[tokio::test(start_paused = true)]
async fn without_a_deadline_the_default_budget_applies() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let (answer, _) = run(
        request(None),
        downstream(&seen, Some(Duration::ZERO), Ok(anchor())),
    )
    .await;
    assert!(
        answer.is_ok(),
        "a fast downstream should give its item, got {answer:?}"
    );
    assert_eq!(
        seen.lock().unwrap().budget,
        Some(DEFAULT_BUDGET - RESERVE),
        "a caller without a deadline gets DEFAULT_BUDGET: the downstream's deadline should be DEFAULT_BUDGET - RESERVE"
    );
}

#[tokio::test(start_paused = true)]
async fn a_slow_downstream_is_cut_off_at_its_budget() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let (answer, took) = run(
        request(Some(Duration::from_secs(1))),
        downstream(&seen, None, Ok(anchor())),
    )
    .await;
    match &answer {
        Err(status) => assert_eq!(
            status.code(),
            Code::DeadlineExceeded,
            "a downstream that never answers should give DEADLINE_EXCEEDED, got {status:?}"
        ),
        Ok(item) => panic!("a downstream that never answers cannot give {item:?}"),
    }
    let left = Duration::from_secs(1) - RESERVE;
    assert!(
        took >= left && took < Duration::from_secs(1),
        "with a 1 s deadline, the front service should give up when the downstream's {left:?} are spent, \
         keeping RESERVE for itself; it gave up after {took:?} (paused time)"
    );
}

#[tokio::test(start_paused = true)]
async fn a_downstream_within_its_budget_is_waited_for() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let delay = Duration::from_millis(900);
    let (answer, took) = run(
        request(Some(Duration::from_secs(1))),
        downstream(&seen, Some(delay), Ok(anchor())),
    )
    .await;
    assert_eq!(
        answer.as_ref().ok(),
        Some(&anchor()),
        "a downstream that answers after 900 ms, within its 950 ms, should be waited for, got {answer:?}"
    );
    assert_eq!(
        took, delay,
        "the answer should come as soon as the downstream answers"
    );
}

#[tokio::test(start_paused = true)]
async fn a_downstream_status_is_passed_on() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let failure = Status::not_found("no item with SKU \"A1\" in pricing");
    let (answer, _) = run(
        request(Some(Duration::from_secs(1))),
        downstream(&seen, Some(Duration::from_millis(1)), Err(failure)),
    )
    .await;
    match answer {
        Err(status) => {
            assert_eq!(
                status.code(),
                Code::NotFound,
                "the downstream's NOT_FOUND should be passed on, got {status:?}"
            );
            assert_eq!(
                status.message(),
                "no item with SKU \"A1\" in pricing",
                "the downstream's message should be passed on"
            );
        }
        Ok(item) => panic!("the downstream failed with NOT_FOUND, but the answer was {item:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn a_budget_within_the_reserve_fails_at_once() {
    for budget in [RESERVE, RESERVE / 2, Duration::from_nanos(1)] {
        let seen = Arc::new(Mutex::new(Seen::default()));
        let (answer, took) = run(
            request(Some(budget)),
            downstream(&seen, Some(Duration::ZERO), Ok(anchor())),
        )
        .await;
        match &answer {
            Err(status) => assert_eq!(
                status.code(),
                Code::DeadlineExceeded,
                "a deadline of {budget:?} leaves nothing beyond RESERVE ({RESERVE:?}): DEADLINE_EXCEEDED, got {status:?}"
            ),
            Ok(item) => panic!("a deadline of {budget:?} leaves no time for the downstream, but the answer was {item:?}"),
        }
        assert_eq!(
            seen.lock().unwrap().calls,
            0,
            "with a deadline of {budget:?}, the downstream must not be called"
        );
        assert_eq!(
            took,
            Duration::ZERO,
            "with a deadline of {budget:?}, the answer should come at once"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_malformed_deadline_is_an_invalid_argument() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let mut bad = request(None);
    bad.metadata_mut()
        .insert("grpc-timeout", AsciiMetadataValue::from_static("soon"));
    let (answer, _) = run(bad, downstream(&seen, Some(Duration::ZERO), Ok(anchor()))).await;
    match answer {
        Err(status) => assert_eq!(
            status.code(),
            Code::InvalidArgument,
            "grpc-timeout \"soon\" should give INVALID_ARGUMENT, got {status:?}"
        ),
        Ok(item) => panic!("grpc-timeout \"soon\" is malformed, but the answer was {item:?}"),
    }
    assert_eq!(
        seen.lock().unwrap().calls,
        0,
        "a call with a malformed deadline must not reach the downstream"
    );
}

/// The downstream service over gRPC: records the deadline it was given.
struct Pricing {
    seen: Arc<Mutex<Option<Duration>>>,
}

#[tonic::async_trait]
impl Inventory for Pricing {
    async fn get_item(&self, request: Request<GetItemRequest>) -> Result<Response<Item>, Status> {
        *self.seen.lock().unwrap() = request
            .metadata()
            .get("grpc-timeout")
            .and_then(|value| value.to_str().ok())
            .map(parse_for_test);
        Ok(Response::new(anchor()))
    }

    type ListItemsStream = tokio_stream::Empty<Result<Item, Status>>;

    async fn list_items(
        &self,
        _: Request<ListItemsRequest>,
    ) -> Result<Response<Self::ListItemsStream>, Status> {
        Err(Status::unimplemented("not used by these tests"))
    }
}

/// The front service over gRPC: answers through `get_item_within_budget`,
/// with a client of the downstream service.
struct Front {
    pricing: InventoryClient<tonic::transport::Channel>,
}

#[tonic::async_trait]
impl Inventory for Front {
    async fn get_item(&self, request: Request<GetItemRequest>) -> Result<Response<Item>, Status> {
        let mut pricing = self.pricing.clone();
        get_item_within_budget(
            request,
            |onward| async move { pricing.get_item(onward).await },
        )
        .await
    }

    type ListItemsStream = tokio_stream::Empty<Result<Item, Status>>;

    async fn list_items(
        &self,
        _: Request<ListItemsRequest>,
    ) -> Result<Response<Self::ListItemsStream>, Status> {
        Err(Status::unimplemented("not used by these tests"))
    }
}

#[tokio::test]
async fn the_deadline_travels_over_grpc() {
    let seen = Arc::new(Mutex::new(None));
    let pricing = TestServer::start(InventoryServer::new(Pricing {
        seen: Arc::clone(&seen),
    }))
    .await;
    let pricing_client = InventoryClient::connect(pricing.url())
        .await
        .expect("connect to the pricing server");
    let front = TestServer::start(InventoryServer::new(Front {
        pricing: pricing_client,
    }))
    .await;
    let mut client = InventoryClient::connect(front.url())
        .await
        .expect("connect to the front server");

    let answer = client
        .get_item(request(Some(Duration::from_secs(30))))
        .await;
    assert!(
        answer.is_ok(),
        "a call with a 30 s deadline should pass through the front to pricing, got {answer:?}"
    );
    assert_eq!(
        *seen.lock().unwrap(),
        Some(Duration::from_secs(30) - RESERVE),
        "the front got a 30 s deadline over gRPC: pricing should get 30 s - RESERVE"
    );

    let mut bad = request(None);
    bad.metadata_mut()
        .insert("grpc-timeout", AsciiMetadataValue::from_static("soon"));
    let answer = client.get_item(bad).await;
    assert_eq!(
        answer.as_ref().map_err(Status::code).err(),
        Some(Code::InvalidArgument),
        "a grpc-timeout of \"soon\" sent over gRPC should be answered INVALID_ARGUMENT, got {answer:?}"
    );
    front.stop().await;
    pricing.stop().await;
}
