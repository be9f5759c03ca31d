//! A small database client writes what it does to a shared `Log`, and the
//! tests compare the log with what a correct client does. Two things happen
//! in the wrong order:
//!
//! - Dropping a `Query` closes its connection while the query's statement
//!   is still open, so the close fails: the log says
//!   `close db failed: 1 open statement(s)`. A statement must be finalized
//!   before its connection closes.
//! - `with_lock` should hold its lock while `work` runs, including when
//!   `work` panics, but the log shows the unlock before the work.
//!
//! Fix both. Do not change any `Drop` implementation, and keep every public
//! signature.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A shared list of events, oldest first.
pub type Log = Rc<RefCell<Vec<String>>>;

fn record(log: &Log, event: String) {
    log.borrow_mut().push(event);
}

/// A connection to a database. Closing it fails while statements prepared
/// on it are still open.
pub struct Connection {
    name: String,
    open_statements: Rc<Cell<usize>>,
    log: Log,
}

impl Connection {
    /// Opens the database `name`.
    pub fn open(name: &str, log: &Log) -> Connection {
        record(log, format!("open {name}"));
        Connection {
            name: name.to_string(),
            open_statements: Rc::new(Cell::new(0)),
            log: Rc::clone(log),
        }
    }

    /// Prepares `sql` on this connection.
    pub fn prepare(&self, sql: &str) -> Statement {
        self.open_statements.set(self.open_statements.get() + 1);
        record(&self.log, format!("prepare {sql}"));
        Statement {
            sql: sql.to_string(),
            open_statements: Rc::clone(&self.open_statements),
            log: Rc::clone(&self.log),
        }
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        let open = self.open_statements.get();
        if open == 0 {
            record(&self.log, format!("close {}", self.name));
        } else {
            record(
                &self.log,
                format!("close {} failed: {open} open statement(s)", self.name),
            );
        }
    }
}

/// A prepared statement. Dropping it finalizes it.
pub struct Statement {
    sql: String,
    open_statements: Rc<Cell<usize>>,
    log: Log,
}

impl Drop for Statement {
    fn drop(&mut self) {
        self.open_statements.set(self.open_statements.get() - 1);
        record(&self.log, format!("finalize {}", self.sql));
    }
}

/// A prepared statement together with the connection it runs on.
pub struct Query {
    // Fields are dropped in declaration order: the statement must go first.
    statement: Statement,
    connection: Connection,
}

impl Query {
    /// Opens the database `db` and prepares `sql` on it.
    pub fn new(db: &str, sql: &str, log: &Log) -> Query {
        let connection = Connection::open(db, log);
        let statement = connection.prepare(sql);
        Query {
            connection,
            statement,
        }
    }

    /// The SQL text of the statement.
    pub fn sql(&self) -> &str {
        &self.statement.sql
    }

    /// The name of the database.
    pub fn database(&self) -> &str {
        &self.connection.name
    }
}

/// A named lock, released when the guard is dropped.
pub struct Lock {
    name: String,
    log: Log,
}

impl Lock {
    /// Takes the lock `name`.
    pub fn acquire(name: &str, log: &Log) -> Lock {
        record(log, format!("lock {name}"));
        Lock {
            name: name.to_string(),
            log: Rc::clone(log),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        record(&self.log, format!("unlock {}", self.name));
    }
}

/// Runs `work` while holding the lock `name`, and returns what it returns.
pub fn with_lock<R>(name: &str, log: &Log, work: impl FnOnce() -> R) -> R {
    // A named binding keeps the guard until the end of the function.
    let _lock = Lock::acquire(name, log);
    work()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/raii/drop_order.rs"]
mod tests;
