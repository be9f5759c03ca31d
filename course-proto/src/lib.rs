//! The gRPC messages, client and server of Part VII ch. 6 (Tonic), generated
//! from `proto/inventory.proto` by tonic-prost-build and committed.
//!
//! Do not edit `inventory.v1.rs` by hand: change the `.proto` file and run
//! `BLESS=1 cargo test -p course-proto` (the test `generated` regenerates the
//! code with protox, without a system `protoc`, and fails when the committed
//! copy is stale).
//!
//! [`testing`] starts a tonic server on `127.0.0.1:0` for the exercises' tests.

/// Package `inventory.v1` of `proto/inventory.proto`: the messages (`Item`,
/// `GetItemRequest`, `ListItemsRequest`), `inventory_client` and
/// `inventory_server`.
pub mod inventory {
    #![allow(missing_docs, clippy::all, clippy::pedantic)]
    include!("inventory.v1.rs");
}

pub mod testing;
