//! Write `list_items` for `Warehouse`: the server side of the
//! server-streaming method `rpc ListItems(ListItemsRequest) returns (stream
//! Item)`. It streams every item with at least `min_quantity` units in
//! stock, in SKU order, one message per item, and then ends the stream.
//!
//! The items are kept in a `Store`, such as a database, whose reads can be
//! slow: `next_after(Some(sku))` gives the first item whose SKU comes after
//! `sku` (`next_after(None)` the very first), or `None` after the last.
//!
//! - Send each item as soon as the store has returned it. Do not read the
//!   whole store first: the first items must reach the client while the
//!   store is still working on the next ones.
//! - Read from a task you spawn, and send through a `tokio::sync::mpsc`
//!   channel of `CHANNEL_CAPACITY` messages, whose receiver, wrapped in a
//!   `ReceiverStream`, is the response. Dropping the sender ends the stream.
//! - When the client goes away (it cancels the call, drops the stream or
//!   loses its connection), tonic drops the response stream. Stop the task
//!   then, even while it waits for the store: a task that waits on forever
//!   for nobody is a leak.
//!
//! `get_item` is not part of this exercise; it answers `UNIMPLEMENTED`.

use course_proto::inventory::inventory_server::Inventory;
use course_proto::inventory::{GetItemRequest, Item, ListItemsRequest};
use std::collections::BTreeMap;
use std::future::Future;
use std::ops::Bound;
use std::sync::Arc;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

/// How many items may wait in the channel between the task and tonic.
pub const CHANNEL_CAPACITY: usize = 4;

/// Where the warehouse keeps its items. Reads can be slow.
pub trait Store: Send + Sync + 'static {
    /// The first item whose SKU comes after `after` in SKU order (the first
    /// of all for `None`), or `None` when there is none.
    fn next_after(&self, after: Option<&str>) -> impl Future<Output = Option<Item>> + Send;
}

/// A store in memory.
#[derive(Debug, Default)]
pub struct MemoryStore {
    items: BTreeMap<String, Item>,
}

impl MemoryStore {
    /// A store holding `items`, in any order.
    pub fn new(items: impl IntoIterator<Item = Item>) -> Self {
        let items = items
            .into_iter()
            .map(|item| (item.sku.clone(), item))
            .collect();
        MemoryStore { items }
    }
}

impl Store for MemoryStore {
    async fn next_after(&self, after: Option<&str>) -> Option<Item> {
        let from = after.map_or(Bound::Unbounded, Bound::Excluded);
        let mut rest = self.items.range::<str, _>((from, Bound::Unbounded));
        rest.next().map(|(_, item)| item.clone())
    }
}

/// The gRPC service: streams the items of its store.
#[derive(Debug)]
pub struct Warehouse<S> {
    store: Arc<S>,
}

impl<S: Store> Warehouse<S> {
    /// A warehouse that reads `store`.
    pub fn new(store: Arc<S>) -> Self {
        Warehouse { store }
    }
}

#[tonic::async_trait]
impl<S: Store> Inventory for Warehouse<S> {
    type ListItemsStream = ReceiverStream<Result<Item, Status>>;

    async fn list_items(
        &self,
        request: Request<ListItemsRequest>,
    ) -> Result<Response<Self::ListItemsStream>, Status> {
        let _ = (&self.store, mpsc::channel::<()>, CHANNEL_CAPACITY); // course:hide
        todo!(
            "stream the items with at least {} units",
            request.get_ref().min_quantity
        )
    }

    async fn get_item(&self, _request: Request<GetItemRequest>) -> Result<Response<Item>, Status> {
        Err(Status::unimplemented(
            "GetItem is not part of this exercise",
        ))
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/tonic/list_items.rs"]
mod tests;
