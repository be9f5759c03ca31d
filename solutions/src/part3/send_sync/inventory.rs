//! `Inventory` is a stock list that several threads update at once:
//! `receive` adds every delivery on a thread of its own, and `fill_orders`
//! tries to fill every order on a thread of its own. This file does not
//! compile: the compiler will not let the inventory, the counter of filled
//! orders or the borrowed orders cross into `thread::spawn`.
//!
//! Make it compile without changing what any public item takes, returns or
//! does (the doc comments say what that is), and keep one thread per
//! delivery and one per order. The tests check every count after the
//! threads have finished: no delivery may be lost, and no unit may be handed
//! out twice.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

/// A handle to a stock list. Clones of a handle share the same stock.
#[derive(Clone, Debug, Default)]
pub struct Inventory {
    // `Arc` instead of `Rc`: its count is atomic, so handles may be cloned
    // and dropped on any thread. `Mutex` instead of `RefCell`: a conflicting
    // access waits instead of racing, which makes `Mutex<T>` `Sync`.
    stock: Arc<Mutex<HashMap<String, u32>>>,
}

impl Inventory {
    /// An inventory with nothing in stock.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `count` units of `item`.
    pub fn add(&self, item: &str, count: u32) {
        *self
            .stock
            .lock()
            .unwrap()
            .entry(item.to_string())
            .or_insert(0) += count;
    }

    /// Takes `count` units of `item` and returns `true` if at least that many
    /// are in stock; otherwise changes nothing and returns `false`.
    pub fn take(&self, item: &str, count: u32) -> bool {
        // One guard for the check and the update, so no other thread can
        // take the same units in between.
        let mut stock = self.stock.lock().unwrap();
        match stock.get_mut(item) {
            Some(units) if *units >= count => {
                *units -= count;
                true
            }
            _ => false,
        }
    }

    /// How many units of `item` are in stock (0 for an item never added).
    pub fn count(&self, item: &str) -> u32 {
        self.stock.lock().unwrap().get(item).copied().unwrap_or(0)
    }
}

/// One line of a delivery or an order: `count` units of `item`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub item: String,
    pub count: u32,
}

/// Adds every delivery to `inventory`, each delivery on a thread of its own,
/// and returns once all of them are in.
pub fn receive(inventory: &Inventory, deliveries: Vec<Vec<Line>>) {
    let mut handles = Vec::new();
    for delivery in deliveries {
        let inventory = inventory.clone();
        handles.push(thread::spawn(move || {
            for line in delivery {
                inventory.add(&line.item, line.count);
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
}

/// Tries to fill every order with [`Inventory::take`], each order on a thread
/// of its own, and returns how many orders were filled.
pub fn fill_orders(inventory: &Inventory, orders: &[Line]) -> usize {
    // Scoped threads are joined before `scope` returns, so they may borrow
    // `orders`, `inventory` and this counter: no `Arc`, no clones.
    let filled = AtomicUsize::new(0);
    thread::scope(|s| {
        for order in orders {
            let filled = &filled;
            s.spawn(move || {
                if inventory.take(&order.item, order.count) {
                    // Relaxed: a count that publishes nothing; the scope
                    // joins every thread before it is read.
                    filled.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    filled.into_inner()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/send_sync/inventory.rs"]
mod tests;
