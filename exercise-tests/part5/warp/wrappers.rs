use super::*;

/// Sends one request through `finish(app_routes(), counts)` in-process and
/// returns the status, the `x-api-version` header and the body.
async fn call(
    routes: &BoxedFilter<(Response,)>,
    method: &str,
    path: &str,
    key: Option<&str>,
) -> (u16, Option<String>, String) {
    let mut request = warp::test::request().method(method).path(path);
    if let Some(key) = key {
        request = request.header("x-key", key);
    }
    let response = request.reply(routes).await;
    let version = response
        .headers()
        .get("x-api-version")
        .and_then(|value| value.to_str().ok())
        .map(str::to_string);
    let body = String::from_utf8_lossy(response.body()).into_owned();
    (response.status().as_u16(), version, body)
}

fn counts_of(counts: &StatusCounts) -> Vec<(u16, u64)> {
    let counts = counts.lock().unwrap();
    counts.iter().map(|(status, n)| (*status, *n)).collect()
}

#[tokio::test]
async fn successes_pass_through_with_the_header() {
    let counts = StatusCounts::default();
    let routes = finish(app_routes(), Arc::clone(&counts));
    let answer = call(&routes, "GET", "/ping", None).await;
    assert_eq!(
        answer,
        (200, Some("1".to_string()), "pong".to_string()),
        "GET /ping: status, x-api-version and body"
    );
    let answer = call(&routes, "GET", "/secret", Some("open-sesame")).await;
    assert_eq!(
        answer,
        (200, Some("1".to_string()), "the treasure".to_string()),
        "GET /secret with the key"
    );
}

#[tokio::test]
async fn errors_are_json_and_carry_the_header_too() {
    let counts = StatusCounts::default();
    let routes = finish(app_routes(), Arc::clone(&counts));
    for (method, path, key, status, error) in [
        ("GET", "/nope", None, 404, "not found"),
        ("GET", "/secret", None, 401, "unauthorized"),
        ("GET", "/secret", Some("guess"), 401, "unauthorized"),
        ("DELETE", "/ping", None, 405, "method not allowed"),
    ] {
        let (got_status, version, body) = call(&routes, method, path, key).await;
        assert_eq!(
            got_status, status,
            "{method} {path} (key {key:?}) should answer {status}, got {got_status} with {body:?}"
        );
        let json: serde_json::Value = serde_json::from_str(&body).unwrap_or_else(|e| {
            panic!("{method} {path}: the error must be handle_rejection's JSON, got {body:?} ({e})")
        });
        assert_eq!(json["error"], error, "{method} {path}: the error body");
        assert_eq!(
            version.as_deref(),
            Some("1"),
            "{method} {path}: an error answer must carry `x-api-version: 1` too"
        );
    }
}

#[tokio::test]
async fn answers_are_counted_by_the_status_the_client_gets() {
    let counts = StatusCounts::default();
    let routes = finish(app_routes(), Arc::clone(&counts));
    call(&routes, "GET", "/ping", None).await;
    call(&routes, "GET", "/ping", None).await;
    call(&routes, "GET", "/secret", None).await;
    call(&routes, "GET", "/nope", None).await;
    call(&routes, "DELETE", "/ping", None).await;
    assert_eq!(
        counts_of(&counts),
        vec![(200, 2), (401, 1), (404, 1), (405, 1)],
        "(status, count) pairs after 2 × 200, a 401, a 404 and a 405 (a 500 here means the \
         counting saw the rejection before handle_rejection turned it into a 401)"
    );
}

#[tokio::test]
async fn each_finished_filter_counts_into_its_own_counts() {
    let first = StatusCounts::default();
    let second = StatusCounts::default();
    let one = finish(app_routes(), Arc::clone(&first));
    let two = finish(app_routes(), Arc::clone(&second));
    call(&one, "GET", "/ping", None).await;
    call(&two, "GET", "/nope", None).await;
    call(&two.clone(), "GET", "/nope", None).await;
    assert_eq!(counts_of(&first), vec![(200, 1)], "the first counts");
    assert_eq!(
        counts_of(&second),
        vec![(404, 2)],
        "the second counts, clones included"
    );
}
