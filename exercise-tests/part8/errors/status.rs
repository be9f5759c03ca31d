use super::*;
use http::StatusCode;
use serde_json::Value;

fn not_found() -> AppError {
    AppError::NotFound { what: "user" }
}

fn validation(reason: &str) -> AppError {
    AppError::Validation {
        field: "email",
        reason: reason.to_string(),
    }
}

/// Database errors whose text must never reach a client.
fn database_errors() -> Vec<AppError> {
    vec![
        AppError::Database(sqlx::Error::Protocol(
            "page 7 of table users_secret is corrupt".into(),
        )),
        AppError::Database(sqlx::Error::ColumnNotFound("password_hash".into())),
        AppError::Database(sqlx::Error::PoolTimedOut),
    ]
}

/// The response's status, content type and parsed body.
fn respond(error: &AppError) -> (StatusCode, Option<String>, Value) {
    let response = error_response(error);
    let content_type = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string());
    let body: Value = serde_json::from_str(response.body()).unwrap_or_else(|e| {
        panic!(
            "the body for {error:?} should be JSON, got {:?} ({e})",
            response.body()
        )
    });
    (response.status(), content_type, body)
}

#[test]
fn each_variant_has_its_status() {
    let cases = [
        (not_found(), StatusCode::NOT_FOUND),
        (validation("no @"), StatusCode::UNPROCESSABLE_ENTITY),
        (
            AppError::Conflict("ada@example.com".into()),
            StatusCode::CONFLICT,
        ),
        (
            AppError::Database(sqlx::Error::RowNotFound),
            StatusCode::INTERNAL_SERVER_ERROR,
        ),
    ];
    for (error, expected) in cases {
        assert_eq!(error.status(), expected, "status of {error:?}");
    }
    for error in database_errors() {
        assert_eq!(
            error.status(),
            StatusCode::INTERNAL_SERVER_ERROR,
            "status of {error:?}"
        );
    }
}

#[test]
fn client_errors_show_their_message() {
    assert_eq!(not_found().public_message(), "user not found");
    assert_eq!(validation("no @").public_message(), "invalid email: no @");
    assert_eq!(
        AppError::Conflict("ada@example.com".into()).public_message(),
        "ada@example.com already exists"
    );
}

#[test]
fn server_errors_say_only_internal_server_error() {
    for error in database_errors() {
        assert_eq!(
            error.public_message(),
            "internal server error",
            "the public message of {error:?}"
        );
    }
}

#[test]
fn the_response_is_json_with_status_and_message() {
    let (status, content_type, body) = respond(&not_found());
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(content_type.as_deref(), Some("application/json"));
    assert_eq!(
        body,
        serde_json::json!({ "error": { "status": 404, "message": "user not found" } })
    );
}

#[test]
fn no_response_leaks_the_database_error() {
    for error in database_errors() {
        let (status, _, body) = respond(&error);
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            body,
            serde_json::json!({ "error": { "status": 500, "message": "internal server error" } })
        );
        let text = error_response(&error).into_body();
        for secret in [
            "users_secret",
            "corrupt",
            "password_hash",
            "pool",
            "database",
            "Protocol",
        ] {
            assert!(
                !text.to_lowercase().contains(&secret.to_lowercase()),
                "the response body {text:?} for {error:?} leaks {secret:?}"
            );
        }
    }
}

#[test]
fn messages_with_quotes_and_markup_stay_valid_json() {
    let reason = r#"a "quoted" \ value with </script> and a
newline"#;
    let (status, _, body) = respond(&validation(reason));
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["error"]["message"],
        Value::String(format!("invalid email: {reason}")),
        "the message should come back unchanged after parsing the JSON"
    );
}
