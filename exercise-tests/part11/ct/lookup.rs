use super::*;
use std::cell::Cell;
use subtle::Choice;

thread_local! {
    static SELECTS: Cell<usize> = const { Cell::new(0) };
}

/// An entry whose selections are counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counted(u32);

impl ConditionallySelectable for Counted {
    fn conditional_select(a: &Counted, b: &Counted, choice: Choice) -> Counted {
        SELECTS.with(|c| c.set(c.get() + 1));
        Counted(u32::conditional_select(&a.0, &b.0, choice))
    }
}

/// `ct_get` on counted entries: (result, number of selections).
fn counted(table: &[u32], index: usize) -> (u32, usize) {
    let table: Vec<Counted> = table.iter().copied().map(Counted).collect();
    SELECTS.with(|c| c.set(0));
    let got = ct_get(&table, index);
    (got.0, SELECTS.with(Cell::get))
}

const TABLE: [u32; 8] = [0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5];

#[test]
fn returns_the_entry_at_the_index() {
    for (i, expected) in TABLE.iter().enumerate() {
        assert_eq!(ct_get(&TABLE, i), *expected, "ct_get(TABLE, {i})");
    }
}

#[test]
fn an_index_past_the_end_gives_the_default() {
    assert_eq!(
        ct_get(&TABLE, TABLE.len()),
        0,
        "ct_get(TABLE, {})",
        TABLE.len()
    );
    assert_eq!(ct_get(&TABLE, usize::MAX), 0, "ct_get(TABLE, usize::MAX)");
    assert_eq!(ct_get::<u32>(&[], 0), 0, "ct_get of an empty table");
}

#[test]
fn reads_every_entry_whatever_the_index() {
    for i in [0, 3, TABLE.len() - 1] {
        assert_eq!(
            counted(&TABLE, i),
            (TABLE[i], TABLE.len()),
            "(value, conditional_select calls) for index {i}"
        );
    }
}

#[test]
fn reads_every_entry_for_an_index_past_the_end() {
    assert_eq!(
        counted(&TABLE, 100),
        (0, TABLE.len()),
        "(value, conditional_select calls) for index 100"
    );
}
