use super::*;
use course_testkit::http::{json, text, ClosedPort, TestServer};
use std::sync::{Arc, Mutex};

/// A user service that answers every request with `status` and `body`, and
/// remembers the paths it was asked for.
async fn service(status: u16, body: &'static str) -> (TestServer, Arc<Mutex<Vec<String>>>) {
    let paths = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&paths);
    let status = hyper::StatusCode::from_u16(status).expect("a valid status");
    let server = TestServer::start(move |request| {
        seen.lock().unwrap().push(request.uri().path().to_string());
        async move { json(status, body) }
    })
    .await;
    (server, paths)
}

async fn fetch(server: &TestServer, id: u64) -> Result<User, FetchError> {
    fetch_user(&course_testkit::http::client(), &server.url(""), id).await
}

#[tokio::test]
async fn a_user_is_read_from_its_json() {
    let (server, paths) = service(200, r#"{"id":7,"name":"Ada"}"#).await;
    let user = fetch(&server, 7).await;
    assert_eq!(
        user.as_ref().ok(),
        Some(&User {
            id: 7,
            name: "Ada".into()
        }),
        "a 200 answer with a user's JSON should give Ok(User), got {user:?}"
    );
    assert_eq!(
        *paths.lock().unwrap(),
        ["/users/7"],
        "fetch_user(.., 7) should ask for exactly one path, /users/7"
    );
    server.stop().await;
}

#[tokio::test]
async fn any_2xx_status_is_a_success() {
    let (server, _) = service(203, r#"{"id":9,"name":"Grace"}"#).await;
    let user = fetch(&server, 9).await;
    assert!(
        matches!(&user, Ok(user) if user.name == "Grace"),
        "203 Non-Authoritative Information is a 2xx status and should give Ok(User), got {user:?}"
    );
}

#[tokio::test]
async fn not_found_is_its_own_variant() {
    let (server, _) = service(404, r#"{"error":"no such user"}"#).await;
    let user = fetch(&server, 42).await;
    assert!(
        matches!(user, Err(FetchError::NotFound(42))),
        "a 404 answer should give Err(FetchError::NotFound(42)) whatever its body, got {user:?}"
    );
}

#[tokio::test]
async fn another_status_names_the_status() {
    // The body is a valid user: the status must be checked before the body.
    let (server, _) = service(500, r#"{"id":7,"name":"Ada"}"#).await;
    let user = fetch(&server, 7).await;
    match user {
        Err(FetchError::Status(status)) => {
            assert_eq!(
                status,
                StatusCode::INTERNAL_SERVER_ERROR,
                "the status of the answer"
            );
            let message = FetchError::Status(status).to_string();
            assert!(
                message.contains("500"),
                "the message should name the status, got {message:?}"
            );
        }
        other => panic!("a 500 answer should give Err(FetchError::Status(500)), got {other:?}"),
    }
}

#[tokio::test]
async fn a_client_error_other_than_404_is_a_status_error() {
    let (server, _) = service(400, "bad request").await;
    let user = fetch(&server, 7).await;
    assert!(
        matches!(user, Err(FetchError::Status(StatusCode::BAD_REQUEST))),
        "a 400 answer should give Err(FetchError::Status(400)), not NotFound, got {user:?}"
    );
}

#[tokio::test]
async fn malformed_json_is_a_bad_body_not_a_panic() {
    for body in [
        r#"{"id":7,"name":"Ada""#,
        r#"{"id":7}"#,
        "<html>oops</html>",
    ] {
        let (server, _) = service(200, body).await;
        let user = fetch(&server, 7).await;
        assert!(
            matches!(&user, Err(FetchError::BadBody(error)) if error.is_decode()),
            "a 200 answer with the body {body:?} should give Err(FetchError::BadBody(..)) holding reqwest's decode error, got {user:?}"
        );
    }
}

#[tokio::test]
async fn a_plain_text_answer_is_a_bad_body() {
    let server = TestServer::start(|_| async { text(hyper::StatusCode::OK, "Ada") }).await;
    let user = fetch(&server, 7).await;
    assert!(
        matches!(user, Err(FetchError::BadBody(_))),
        "a 200 answer with the text body \"Ada\" should give Err(FetchError::BadBody(..)), got {user:?}"
    );
}

#[tokio::test]
async fn no_server_is_a_request_error() {
    let closed = ClosedPort::new();
    let base = closed.url("");
    let user = fetch_user(&course_testkit::http::client(), &base, 7).await;
    assert!(
        matches!(&user, Err(FetchError::Request(error)) if error.is_connect()),
        "with nothing listening at {base}, fetch_user should give Err(FetchError::Request(..)) holding a connection error, got {user:?}"
    );
}
