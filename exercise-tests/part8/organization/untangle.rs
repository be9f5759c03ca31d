use super::inventory::model::Item;
use super::inventory::parse::{parse_line, ParseError};
use super::inventory::report::summary;
use super::inventory::stock::Stock;
use super::inventory::{self, load};

fn bolt(quantity: u32, unit_cents: u64) -> Item {
    Item {
        sku: "BOLT-M6".into(),
        quantity,
        unit_cents,
    }
}

#[test]
fn a_line_is_sku_quantity_and_price() {
    assert_eq!(parse_line("BOLT-M6, 12, 0.35", 1), Ok(bolt(12, 35)));
    assert_eq!(parse_line("NUT,3,10.00", 1).map(|i| i.unit_cents), Ok(1000));
}

#[test]
fn malformed_lines_are_errors_with_their_line_number() {
    for bad in [
        "BOLT-M6,12",
        "BOLT-M6,12,0.35,extra",
        ",12,0.35",
        "BOLT-M6,-1,0.35",
        "BOLT-M6,twelve,0.35",
        "BOLT-M6,12,0.3",
        "BOLT-M6,12,35",
        "BOLT-M6,12,.35",
        "BOLT-M6,12,1.+5",
        "BOLT-M6,12,99999999999999999999.00",
    ] {
        let result = parse_line(bad, 7);
        assert!(
            matches!(result, Err(ParseError { line: 7, .. })),
            "parse_line({bad:?}, 7) should be an error on line 7, got {result:?}"
        );
    }
}

#[test]
fn the_stock_adds_quantities_and_keeps_the_latest_price() {
    let mut stock = Stock::default();
    stock.add(bolt(10, 35));
    stock.add(bolt(5, 40));
    assert_eq!(stock.quantity("BOLT-M6"), 15);
    assert_eq!(stock.quantity("NUT"), 0, "an unknown SKU has quantity 0");
    assert_eq!(stock.value_cents(), 15 * 40);
}

#[test]
fn load_skips_blank_lines_and_reports_the_line_of_an_error() {
    let stock = load("BOLT-M6,10,0.35\n\n  \nNUT,4,0.10\nBOLT-M6,2,0.35\n").unwrap();
    assert_eq!(stock.quantity("BOLT-M6"), 12);
    assert_eq!(stock.quantity("NUT"), 4);
    let err = load("BOLT-M6,10,0.35\n\nNUT,four,0.10\n").unwrap_err();
    assert_eq!(err.line, 3, "the bad line is the third, got {err}");
    assert!(
        err.to_string().starts_with("line 3: "),
        "the message should start with `line 3: `, got {err}"
    );
}

#[test]
fn the_summary_lists_items_by_sku_then_the_total() {
    let stock = load("NUT,4,0.10\nBOLT-M6,10,0.35\n").unwrap();
    assert_eq!(summary(&stock), "BOLT-M6 × 10\nNUT × 4\ntotal 3.90");
    assert_eq!(summary(&Stock::default()), "total 0.00");
}

#[test]
fn callers_can_use_the_short_paths() {
    let item: inventory::Item = bolt(1, 1);
    let mut stock: inventory::Stock = inventory::Stock::default();
    stock.add(item);
    let err: inventory::ParseError = load("x").unwrap_err();
    assert_eq!(err.line, 1);
    assert_eq!(stock.quantity("BOLT-M6"), 1);
}
