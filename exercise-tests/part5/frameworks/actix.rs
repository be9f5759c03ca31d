use super::*;
use actix_web::{test, App, HttpServer};
use serde_json::Value;
use std::io::{Read as _, Write as _};

/// Sends one request in-process to an app built with `configure` and
/// `store`, and returns the status and the body as JSON (or the raw text).
async fn call(
    store: &web::Data<Store>,
    request: test::TestRequest,
) -> (StatusCode, Result<Value, String>) {
    let app = test::init_service(App::new().configure(|cfg| configure(cfg, store.clone()))).await;
    let response = test::call_service(&app, request.to_request()).await;
    let status = response.status();
    let bytes = test::read_body(response).await;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (status, serde_json::from_str(&text).map_err(|_| text))
}

fn post_json(body: &str) -> test::TestRequest {
    test::TestRequest::post()
        .uri("/notes")
        .insert_header(("content-type", "application/json"))
        .set_payload(body.to_string())
}

fn expect_error(what: &str, got: (StatusCode, Result<Value, String>), status: StatusCode) {
    let (got_status, body) = got;
    assert_eq!(
        got_status, status,
        "{what} should answer {status} (body: {body:?})"
    );
    let body = body.unwrap_or_else(|text| {
        panic!("{what}: an error must have a JSON body {{\"error\": ...}}, got the text {text:?}")
    });
    assert!(
        body.get("error")
            .and_then(Value::as_str)
            .is_some_and(|e| !e.is_empty()),
        "{what}: an error's JSON body must have a non-empty string field `error`, got {body}"
    );
}

#[actix_web::test]
async fn create_stores_the_text_in_the_given_store_and_answers_201() {
    let store = web::Data::new(Store::default());
    let (status, body) = call(&store, post_json(r#"{"text": "milk"}"#)).await;
    assert_eq!(status, StatusCode::CREATED, "POST /notes (body: {body:?})");
    assert_eq!(body, Ok(serde_json::json!({"id": 1})));
    let (_, body) = call(&store, post_json(r#"{"text": "eggs"}"#)).await;
    assert_eq!(body, Ok(serde_json::json!({"id": 2})), "the second note");
    let notes = store.notes.lock().unwrap().clone();
    assert_eq!(
        notes,
        ["milk", "eggs"],
        "the notes must be in the `store` passed to configure (state shared by every worker)"
    );
}

#[actix_web::test]
async fn get_answers_the_note_or_404() {
    let store = web::Data::new(Store::default());
    store
        .notes
        .lock()
        .unwrap()
        .extend(["a".to_string(), "b".to_string()]);
    let (status, body) = call(&store, test::TestRequest::get().uri("/notes/2")).await;
    assert_eq!(status, StatusCode::OK, "GET /notes/2 (body: {body:?})");
    assert_eq!(body, Ok(serde_json::json!({"id": 2, "text": "b"})));
    for uri in ["/notes/3", "/notes/0"] {
        let got = call(&store, test::TestRequest::get().uri(uri)).await;
        expect_error(&format!("GET {uri}"), got, StatusCode::NOT_FOUND);
    }
}

#[actix_web::test]
async fn bad_bodies_answer_like_axum_with_json_errors() {
    let store = web::Data::new(Store::default());
    let cases = [
        (
            "malformed JSON",
            post_json(r#"{"text": "#),
            StatusCode::BAD_REQUEST,
        ),
        (
            "a missing field",
            post_json(r#"{"note": "x"}"#),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "a mistyped field",
            post_json(r#"{"text": 5}"#),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "text/plain",
            post_json(r#"{"text": "x"}"#).insert_header(("content-type", "text/plain")),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            "a body over MAX_BODY_BYTES",
            post_json(&format!(r#"{{"text": "{}"}}"#, "x".repeat(MAX_BODY_BYTES))),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
    ];
    for (what, request, status) in cases {
        let got = call(&store, request).await;
        expect_error(what, got, status);
    }
    assert!(
        store.notes.lock().unwrap().is_empty(),
        "a rejected body stores nothing"
    );
}

#[actix_web::test]
async fn a_real_server_on_loopback_serves_the_api_and_stops() {
    let store = web::Data::new(Store::default());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binding 127.0.0.1:0");
    let address = listener
        .local_addr()
        .expect("a bound listener has an address");
    let shared = store.clone();
    let server = HttpServer::new(move || {
        let store = shared.clone();
        App::new().configure(move |cfg| configure(cfg, store))
    })
    .workers(2)
    .disable_signals()
    .listen(listener)
    .expect("listening")
    .run();
    let handle = server.handle();
    let running = actix_web::rt::spawn(server);

    let json = r#"{"text": "over tcp"}"#;
    let request = format!(
        "POST /notes HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{json}",
        json.len()
    );
    // A blocking client on a thread of its own, so that the server's
    // workers and this runtime are never blocked by it.
    let answer = actix_web::rt::task::spawn_blocking(move || {
        let mut socket = std::net::TcpStream::connect(address)?;
        socket.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
        socket.write_all(request.as_bytes())?;
        let mut answer = String::new();
        socket.read_to_string(&mut answer)?;
        Ok::<_, std::io::Error>(answer)
    })
    .await
    .expect("the client thread did not panic")
    .expect("the request over TCP got an answer");
    assert!(
        answer.starts_with("HTTP/1.1 201"),
        "POST /notes over TCP should answer 201, got:\n{answer}"
    );
    assert_eq!(
        store.notes.lock().unwrap().as_slice(),
        ["over tcp"],
        "the store the server shares"
    );

    handle.stop(true).await;
    running
        .await
        .expect("the server task did not panic")
        .expect("the server stopped without an I/O error");
    assert!(
        std::net::TcpStream::connect(address).is_err(),
        "after stop, connecting is refused"
    );
}
