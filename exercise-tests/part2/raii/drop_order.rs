use super::*;
use std::panic::{self, AssertUnwindSafe};

fn events(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

#[test]
fn a_query_finalizes_its_statement_before_closing_the_connection() {
    let log = Log::default();
    let query = Query::new("db", "SELECT 1", &log);
    assert_eq!(
        query.sql(),
        "SELECT 1",
        "Query::new(\"db\", \"SELECT 1\", ..).sql() should be \"SELECT 1\""
    );
    assert_eq!(
        query.database(),
        "db",
        "Query::new(\"db\", ..).database() should be \"db\""
    );
    drop(query);
    assert_eq!(
        events(&log),
        [
            "open db",
            "prepare SELECT 1",
            "finalize SELECT 1",
            "close db"
        ],
        "dropping a Query should finalize the statement first, then close the connection \
         (fields are dropped in the order they are declared)"
    );
}

#[test]
fn two_queries_dropped_at_the_end_of_a_scope() {
    let log = Log::default();
    {
        let _first = Query::new("a", "SELECT a", &log);
        let _second = Query::new("b", "SELECT b", &log);
    }
    assert_eq!(
        events(&log),
        [
            "open a",
            "prepare SELECT a",
            "open b",
            "prepare SELECT b",
            "finalize SELECT b",
            "close b",
            "finalize SELECT a",
            "close a",
        ],
        "locals drop in reverse order (the second query first), and each query \
         should finalize its statement before closing its connection"
    );
}

#[test]
fn local_statements_and_connections_already_close_in_the_right_order() {
    let log = Log::default();
    {
        let connection = Connection::open("db", &log);
        let _statement = connection.prepare("SELECT 2");
    }
    assert_eq!(
        events(&log),
        [
            "open db",
            "prepare SELECT 2",
            "finalize SELECT 2",
            "close db"
        ],
        "as locals, the statement (declared last) should be dropped first"
    );
}

#[test]
fn with_lock_holds_the_lock_while_the_work_runs() {
    let log = Log::default();
    let answer = with_lock("jobs", &log, || {
        log.borrow_mut().push("work".to_string());
        42
    });
    assert_eq!(answer, 42, "with_lock should return what the work returns");
    assert_eq!(
        events(&log),
        ["lock jobs", "work", "unlock jobs"],
        "the lock should be taken before the work and released after it"
    );
}

#[test]
fn with_lock_releases_the_lock_when_the_work_panics() {
    let log = Log::default();
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        with_lock("jobs", &log, || {
            log.borrow_mut().push("work".to_string());
            panic!("the work failed");
        })
    }));
    assert!(result.is_err(), "the work should have panicked");
    assert_eq!(
        events(&log),
        ["lock jobs", "work", "unlock jobs"],
        "the lock should be held during the work and released while the panic unwinds"
    );
}

#[test]
fn a_query_run_under_a_lock() {
    let log = Log::default();
    let length = with_lock("db", &log, || {
        Query::new("db", "SELECT 3", &log).sql().len()
    });
    assert_eq!(
        length, 8,
        "the work should see the query's SQL \"SELECT 3\""
    );
    assert_eq!(
        events(&log),
        [
            "lock db",
            "open db",
            "prepare SELECT 3",
            "finalize SELECT 3",
            "close db",
            "unlock db",
        ],
        "the temporary query should be dropped (statement first) inside the work, \
         and the lock released last"
    );
}
