use super::*;
use std::mem::size_of;

#[test]
fn a_record_takes_at_most_40_bytes() {
    let size = size_of::<Record>();
    assert!(
        size <= 40,
        "size_of::<Record>() should be at most 40 bytes, but it is {size}"
    );
}

#[test]
fn an_optional_record_costs_nothing_extra() {
    assert_eq!(
        size_of::<Option<Record>>(),
        size_of::<Record>(),
        "Option<Record> should be as large as Record: a field with a niche gives None a free bit pattern"
    );
}

#[test]
fn new_keeps_every_value() {
    let record = Record::new(7, "Ada Lovelace", 36);
    assert_eq!(record.id(), 7, "Record::new(7, ..).id() should be 7");
    assert_eq!(
        record.name(),
        "Ada Lovelace",
        "Record::new(.., \"Ada Lovelace\", ..).name() should be \"Ada Lovelace\""
    );
    assert_eq!(record.age(), 36, "Record::new(.., 36).age() should be 36");
    assert_eq!(record.email(), None, "a new record should have no email");
    assert!(record.is_active(), "a new record should be active");
}

#[test]
fn the_largest_ids_and_ages_survive() {
    let record = Record::new(u32::MAX, "Max", u8::MAX);
    assert_eq!(record.id(), u32::MAX, "id u32::MAX should survive");
    assert_eq!(record.age(), u8::MAX, "age 255 should survive");
}

#[test]
fn with_email_adds_an_email() {
    let record = Record::new(1, "Grace", 45).with_email("grace@example.com");
    assert_eq!(
        record.email(),
        Some("grace@example.com"),
        "with_email(\"grace@example.com\") should set the email"
    );
    assert_eq!(record.name(), "Grace", "with_email should keep the name");
}

#[test]
fn rename_replaces_the_name() {
    let mut record = Record::new(2, "Ferris", 9);
    record.rename("Ferris the Crab");
    assert_eq!(
        record.name(),
        "Ferris the Crab",
        "rename should set the new name"
    );
    record.rename("");
    assert_eq!(record.name(), "", "rename(\"\") should leave an empty name");
    assert_eq!(record.id(), 2, "rename should keep the id");
}

#[test]
fn deactivate_clears_the_flag() {
    let mut record = Record::new(3, "Linus", 30);
    record.deactivate();
    assert!(
        !record.is_active(),
        "a deactivated record should not be active"
    );
    assert_eq!(record.age(), 30, "deactivate should keep the age");
}

#[test]
fn text_costs_one_allocation_each() {
    let (record, stats) = course_alloc::measure(|| Record::new(4, "Barbara Liskov", 85));
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (1, 0),
        "Record::new should make exactly one allocation, for the name ({stats:?})"
    );
    let (record, stats) = course_alloc::measure(|| record.with_email("liskov@example.com"));
    assert_eq!(
        (stats.allocations, stats.reallocations),
        (1, 0),
        "with_email should make exactly one allocation, for the email ({stats:?})"
    );
    assert_eq!(
        record.email(),
        Some("liskov@example.com"),
        "with_email should set the email"
    );
}
