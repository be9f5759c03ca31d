use super::*;
use std::collections::HashMap;

fn line(item: &str, count: u32) -> Line {
    Line {
        item: item.to_string(),
        count,
    }
}

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn inventory_handles_can_cross_threads() {
    // Compiles only if a handle may be moved to (`Send`) and shared between
    // (`Sync`) threads.
    assert_send_sync::<Inventory>();
}

#[test]
fn a_new_inventory_is_empty() {
    let inventory = Inventory::new();
    assert_eq!(inventory.count("bolts"), 0, "a new inventory has 0 bolts");
}

#[test]
fn add_and_take_on_one_thread() {
    let inventory = Inventory::new();
    inventory.add("bolts", 5);
    inventory.add("bolts", 2);
    assert_eq!(inventory.count("bolts"), 7, "5 + 2 bolts were added");
    assert!(
        inventory.take("bolts", 3),
        "take 3 of 7 bolts should succeed"
    );
    assert_eq!(inventory.count("bolts"), 4, "7 - 3 bolts should be left");
    assert!(!inventory.take("bolts", 5), "take 5 of 4 bolts should fail");
    assert_eq!(
        inventory.count("bolts"),
        4,
        "a failed take must leave the 4 bolts alone"
    );
    assert!(
        !inventory.take("nuts", 1),
        "take of an item never added should fail"
    );
}

#[test]
fn clones_share_the_stock() {
    let inventory = Inventory::new();
    let other = inventory.clone();
    other.add("nuts", 9);
    assert_eq!(
        inventory.count("nuts"),
        9,
        "9 nuts added through a clone should be visible through the original"
    );
}

#[test]
fn receive_adds_every_delivery() {
    let items = ["bolts", "nuts", "washers", "screws"];
    let deliveries: Vec<Vec<Line>> = (0..16u32)
        .map(|d| {
            (0..25u32)
                .map(|i| line(items[((d + i) % 4) as usize], d + i))
                .collect()
        })
        .collect();
    let mut expected: HashMap<String, u32> = HashMap::new();
    for l in deliveries.iter().flatten() {
        *expected.entry(l.item.clone()).or_insert(0) += l.count;
    }

    let inventory = Inventory::new();
    receive(&inventory, deliveries);
    for item in items {
        assert_eq!(
            inventory.count(item),
            expected[item],
            "after 16 deliveries on 16 threads, {item} should be {}",
            expected[item]
        );
    }
}

#[test]
fn receive_of_no_deliveries_changes_nothing() {
    let inventory = Inventory::new();
    inventory.add("bolts", 3);
    receive(&inventory, Vec::new());
    assert_eq!(inventory.count("bolts"), 3, "no deliveries: still 3 bolts");
}

#[test]
fn fill_orders_never_hands_out_more_than_the_stock() {
    for _ in 0..20 {
        let inventory = Inventory::new();
        inventory.add("bolts", 10);
        let orders = vec![line("bolts", 1); 25];
        let filled = fill_orders(&inventory, &orders);
        assert_eq!(
            filled, 10,
            "10 bolts in stock and 25 orders of 1: exactly 10 orders should be filled"
        );
        assert_eq!(inventory.count("bolts"), 0, "all 10 bolts should be gone");

        inventory.add("nuts", 10);
        let filled = fill_orders(&inventory, &vec![line("nuts", 3); 7]);
        assert_eq!(
            filled, 3,
            "10 nuts in stock and 7 orders of 3: exactly 3 orders should be filled"
        );
        assert_eq!(
            inventory.count("nuts"),
            1,
            "10 - 3 * 3 = 1 nut should be left"
        );
    }
}

#[test]
fn fill_orders_fills_everything_when_the_stock_suffices() {
    let inventory = Inventory::new();
    inventory.add("bolts", 10);
    inventory.add("nuts", 4);
    let orders = [
        line("bolts", 4),
        line("nuts", 2),
        line("bolts", 6),
        line("nuts", 2),
    ];
    assert_eq!(
        fill_orders(&inventory, &orders),
        4,
        "all 4 orders fit the stock and should be filled"
    );
    assert_eq!(
        inventory.count("bolts"),
        0,
        "10 - 4 - 6 bolts should be left"
    );
    assert_eq!(inventory.count("nuts"), 0, "4 - 2 - 2 nuts should be left");
    assert_eq!(
        orders[0],
        line("bolts", 4),
        "fill_orders must not change the orders"
    );
}

#[test]
fn fill_orders_of_unknown_items_or_no_orders_fills_none() {
    let inventory = Inventory::new();
    inventory.add("bolts", 1);
    assert_eq!(
        fill_orders(&inventory, &[line("gears", 1)]),
        0,
        "an order for an item never added cannot be filled"
    );
    assert_eq!(fill_orders(&inventory, &[]), 0, "no orders: 0 filled");
    assert_eq!(inventory.count("bolts"), 1, "the bolt should be untouched");
}
