//! Helpers for the tests of Part VII (popular crates) and the parts built on
//! it. Each module has one job:
//!
//! - [`capture`]: a `tracing` subscriber that records every event, with its
//!   fields and the spans it happened in, so tests can assert on logs;
//! - [`http`]: a small HTTP/1 server on `127.0.0.1`, port 0, answering with a
//!   closure and stopped when dropped, bodies sent in chunks that end, stall
//!   or break off, and an HTTP client to call it.
//!
//! The tests of the exercises use these; the chapters show how each is built.

pub mod capture;
pub mod http;
