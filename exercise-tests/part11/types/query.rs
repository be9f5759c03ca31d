use super::*;

fn ident(name: &str) -> Ident {
    Ident::parse(name).unwrap_or_else(|| panic!("Ident::parse({name:?}) should accept it"))
}

#[test]
fn accepts_plain_names() {
    for name in [
        "users",
        "user_id",
        "a",
        "t2",
        "_private",
        "a".repeat(63).as_str(),
    ] {
        let parsed = Ident::parse(name);
        assert_eq!(
            parsed.as_ref().map(Ident::as_str),
            Some(name),
            "Ident::parse({name:?})"
        );
    }
}

#[test]
fn rejects_names_that_could_change_the_query() {
    for name in [
        "",
        "users; DROP TABLE users",
        "users--",
        "name, password",
        "\"users\"",
        "users ",
        "Users",
        "1st",
        "emaіl", // a Cyrillic `і`
        "a".repeat(64).as_str(),
    ] {
        assert_eq!(
            Ident::parse(name),
            None,
            "Ident::parse({name:?}) should be None"
        );
    }
}

#[test]
fn selects_everything_without_columns() {
    let query = Select::from(ident("users")).build();
    assert_eq!(query.sql, "SELECT * FROM users");
    assert_eq!(query.params, [], "no conditions, no parameters");
}

#[test]
fn builds_columns_conditions_and_limit() {
    let query = Select::from(ident("users"))
        .column(ident("name"))
        .column(ident("email"))
        .where_eq(ident("id"), 7_i64)
        .where_eq(ident("role"), "admin")
        .limit(10)
        .build();
    assert_eq!(
        query.sql,
        "SELECT name, email FROM users WHERE id = ?1 AND role = ?2 LIMIT 10"
    );
    assert_eq!(
        query.params,
        [Value::Int(7), Value::Text("admin".into())],
        "the parameters, in the order of their placeholders"
    );
}

#[test]
fn a_hostile_value_stays_a_parameter() {
    let hostile = "x' OR '1'='1";
    let query = Select::from(ident("users"))
        .where_eq(ident("name"), hostile)
        .build();
    assert_eq!(query.sql, "SELECT * FROM users WHERE name = ?1");
    assert!(
        !query.sql.contains(hostile) && !query.sql.contains('\''),
        "values must never be part of the SQL text: {:?}",
        query.sql
    );
    assert_eq!(query.params, [Value::Text(hostile.into())]);
}

#[test]
fn a_single_condition_and_a_limit() {
    let query = Select::from(ident("orders"))
        .column(ident("total"))
        .where_eq(ident("customer_id"), -3_i64)
        .limit(0)
        .build();
    assert_eq!(
        query.sql,
        "SELECT total FROM orders WHERE customer_id = ?1 LIMIT 0"
    );
    assert_eq!(query.params, [Value::Int(-3)]);
}
