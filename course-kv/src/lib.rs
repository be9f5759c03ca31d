//! The capstone of Part XIII, finished: a key-value service built in five
//! steps, each a module here and an exercise in the book.
//!
//! | Module | Step | What it is |
//! | --- | --- | --- |
//! | [`engine`] | (Part VI) | The log-structured storage engine: records with CRC-32 in one append-only file, an in-memory index, recovery from a torn tail. |
//! | [`keys`] | 1, `capstone-keys` | Validated keys. |
//! | [`store`] | 2, `capstone-store` | The engine behind an async, shareable handle, with tracing. |
//! | [`api`] | 3, `capstone-http-api` | The axum HTTP API. |
//! | [`cli`] | 4, `capstone-cli` | The clap command line and the HTTP client. |
//! | [`app`] | 5, `capstone-end-to-end` | The whole program, `main` without the process. |
//!
//! The binary `kv` (`src/main.rs`) runs [`app::main_with`]. Each exercise
//! of step N uses this crate's versions of the steps before N, so a
//! workshop can start at any step.

#![warn(missing_docs)]

pub mod api;
pub mod app;
pub mod cli;
pub mod engine;
pub mod keys;
pub mod store;
