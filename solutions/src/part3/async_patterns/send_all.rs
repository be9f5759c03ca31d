//! Write `send_all`: send every item of `items` into the bounded channel
//! `tx`, in order, and return how many were sent.
//!
//! When the channel is full, wait for room. That wait is the back-pressure
//! that slows a fast producer down to the pace of its consumer, so do not
//! work around it: no item may be dropped, and none may be kept anywhere but
//! in the channel.
//!
//! - If an item finds no room within `patience` (counted for each item, from
//!   when you start sending it), stop. The result is then
//!   `Err(Unsent { reason: Stop::Overloaded, sent, items })`: `sent` items
//!   went through, and `items` holds every item that did not, in order,
//!   starting with the one that waited.
//! - If the receiver is gone, stop the same way with `Stop::Closed`.
//! - No items gives `Ok(0)` at once.

use std::time::Duration;
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::SendTimeoutError;

/// Why `send_all` stopped early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// An item found no room in the channel within `patience`.
    Overloaded,
    /// The receiver was dropped.
    Closed,
}

/// The items that `send_all` could not send.
#[derive(Debug, PartialEq, Eq)]
pub struct Unsent<T> {
    /// Why it stopped.
    pub reason: Stop,
    /// How many items were sent before it stopped.
    pub sent: usize,
    /// The items not sent, in their original order.
    pub items: Vec<T>,
}

/// Sends `items` in order, waiting at most `patience` for room for each.
pub async fn send_all<T>(
    tx: &mpsc::Sender<T>,
    items: Vec<T>,
    patience: Duration,
) -> Result<usize, Unsent<T>> {
    let mut items = items.into_iter();
    let mut sent = 0;
    while let Some(item) = items.next() {
        // `send_timeout` hands the item back when it gives up, so nothing is
        // lost (`timeout(patience, tx.send(item))` would drop it).
        let (reason, item) = match tx.send_timeout(item, patience).await {
            Ok(()) => {
                sent += 1;
                continue;
            }
            Err(SendTimeoutError::Timeout(item)) => (Stop::Overloaded, item),
            Err(SendTimeoutError::Closed(item)) => (Stop::Closed, item),
        };
        let mut unsent = vec![item];
        unsent.extend(items);
        return Err(Unsent {
            reason,
            sent,
            items: unsent,
        });
    }
    Ok(sent)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/async_patterns/send_all.rs"]
mod tests;
