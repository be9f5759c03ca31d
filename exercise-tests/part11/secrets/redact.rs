use super::*;

fn config() -> DatabaseConfig {
    DatabaseConfig {
        host: "db.internal".into(),
        port: 5432,
        user: "app".into(),
        password: "s3cr3t-Pa55".into(),
    }
}

#[test]
fn debug_redacts_the_password() {
    assert_eq!(
        format!("{:?}", config()),
        r#"DatabaseConfig { host: "db.internal", port: 5432, user: "app", password: [REDACTED] }"#
    );
}

#[test]
fn pretty_debug_redacts_the_password_too() {
    let pretty = format!("{:#?}", config());
    assert!(
        !pretty.contains("s3cr3t"),
        "{{:#?}} shows the password:\n{pretty}"
    );
    assert_eq!(
        pretty,
        "DatabaseConfig {\n    host: \"db.internal\",\n    port: 5432,\n    user: \"app\",\n    password: [REDACTED],\n}",
        "{{:#?}} should print one field per line, as the derive does"
    );
}

#[test]
fn the_url_for_logs_hides_the_password() {
    assert_eq!(
        config().url_for_logs(),
        "postgres://app:***@db.internal:5432"
    );
}
