//! Write `get_item` for `Catalog`: the server side of the unary method
//! `rpc GetItem(GetItemRequest) returns (Item)` of `inventory.proto`.
//!
//! - A SKU that is in the catalog gives `Ok` with its item.
//! - An empty SKU, or one made only of whitespace, is the caller's mistake:
//!   answer `INVALID_ARGUMENT`, with a message that says the SKU is empty.
//! - A SKU that is not in the catalog gives `NOT_FOUND`, with a message that
//!   names the SKU (such as `no item with SKU "Z9"`).
//!
//! SKUs are compared exactly as sent: `"a1"` is not `"A1"`. Never panic: a
//! panic in a handler drops the connection, and the client sees a transport
//! error instead of a status it can act on.
//!
//! `list_items` is not part of this exercise; it answers `UNIMPLEMENTED`.

use course_proto::inventory::inventory_server::Inventory;
use course_proto::inventory::{GetItemRequest, Item, ListItemsRequest};
use std::collections::HashMap;
use tonic::{Request, Response, Status};

/// The items a server knows, by SKU.
#[derive(Debug, Default)]
pub struct Catalog {
    items: HashMap<String, Item>,
}

impl Catalog {
    /// A catalog of `items` (a later item with the same SKU replaces an
    /// earlier one).
    pub fn new(items: impl IntoIterator<Item = Item>) -> Self {
        let items = items
            .into_iter()
            .map(|item| (item.sku.clone(), item))
            .collect();
        Catalog { items }
    }
}

#[tonic::async_trait]
impl Inventory for Catalog {
    async fn get_item(&self, request: Request<GetItemRequest>) -> Result<Response<Item>, Status> {
        let _ = &self.items; // course:hide
        todo!("look up {:?}", request.get_ref().sku)
    }

    type ListItemsStream = tokio_stream::Empty<Result<Item, Status>>;

    async fn list_items(
        &self,
        _request: Request<ListItemsRequest>,
    ) -> Result<Response<Self::ListItemsStream>, Status> {
        Err(Status::unimplemented(
            "ListItems is not part of this exercise",
        ))
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/tonic/get_item.rs"]
mod tests;
