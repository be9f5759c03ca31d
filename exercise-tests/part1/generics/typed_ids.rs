use super::*;

use std::collections::HashSet;
use std::rc::Rc;

/// A type that is none of `Clone`, `PartialEq`, `Hash`, `Debug`, `Send` and
/// `Sync`. Its ids must still be `Copy`, comparable, hashable, printable,
/// `Send` and `Sync`.
struct User {
    name: Rc<String>,
}

fn user(name: &str) -> User {
    User {
        name: Rc::new(name.to_string()),
    }
}

/// An id of a type with a lifetime: `Id` must stay covariant, so an id of
/// `&'static str` may be used as an id of a shorter-lived `&str`.
fn shorten<'a>(id: Id<&'static str>) -> Id<&'a str> {
    id
}

fn copy_send_sync<X: Copy + Send + Sync>() {}

#[test]
fn insert_hands_out_new_ids_and_get_finds_the_values() {
    let mut users = Store::new();
    let ada = users.insert(user("Ada"));
    let grace = users.insert(user("Grace"));
    assert_eq!(ada.raw(), 0, "the first id of a new store should be 0");
    assert_eq!(grace.raw(), 1, "the second id should be 1");
    assert_eq!(
        users.get(ada).map(|u| u.name.as_str()),
        Some("Ada"),
        "get(Id(0)) should find Ada"
    );
    assert_eq!(
        users.get(grace).map(|u| u.name.as_str()),
        Some("Grace"),
        "get(Id(1)) should find Grace"
    );
    assert_eq!(users.len(), 2, "the store should hold 2 users");
}

#[test]
fn ids_are_copied_not_moved() {
    let mut users = Store::new();
    let id = users.insert(user("Barbara"));
    let copy = id;
    // `id` is still usable after the copy: `Id<User>` must be `Copy` although
    // `User` is not even `Clone`.
    assert_eq!(id, copy, "a copy of an id should equal the id");
    assert!(
        users.get(id).is_some() && users.get(copy).is_some(),
        "both the id and its copy should find the value"
    );
}

#[test]
fn remove_takes_the_value_out() {
    let mut users = Store::new();
    let id = users.insert(user("Frances"));
    let removed = users.remove(id).map(|u| u.name.to_string());
    assert_eq!(
        removed.as_deref(),
        Some("Frances"),
        "remove should return the value stored under the id"
    );
    assert!(
        users.get(id).is_none(),
        "after remove, get of the same id should be None"
    );
    assert!(
        users.remove(id).is_none(),
        "removing the same id twice should give None the second time"
    );
    assert!(users.is_empty(), "the store should be empty again");
}

#[test]
fn ids_compare_and_hash_by_their_number() {
    let mut users = Store::new();
    let a = users.insert(user("a"));
    let b = users.insert(user("b"));
    assert_ne!(a, b, "ids of different values should differ");
    let set: HashSet<Id<User>> = [a, b, a].into_iter().collect();
    assert_eq!(set.len(), 2, "a set of the ids [a, b, a] should hold 2 ids");
}

#[test]
fn debug_shows_the_number() {
    let mut users = Store::new();
    users.insert(user("first"));
    let id = users.insert(user("second"));
    assert_eq!(
        format!("{id:?}"),
        "Id(1)",
        "an id with the raw number 1 should print as Id(1) with {{:?}}"
    );
}

#[test]
fn an_id_is_as_small_as_a_u32() {
    assert_eq!(
        std::mem::size_of::<Id<User>>(),
        std::mem::size_of::<u32>(),
        "Id<User> should take as much space as its u32: the marker is zero-sized"
    );
}

#[test]
fn ids_of_any_type_are_copy_send_and_sync() {
    copy_send_sync::<Id<User>>();
    copy_send_sync::<Id<Rc<String>>>();
    copy_send_sync::<Id<std::cell::Cell<u8>>>();
    let mut names: Store<&'static str> = Store::new();
    let id = names.insert("literal");
    let shorter = shorten(id);
    assert_eq!(
        shorter.raw(),
        id.raw(),
        "an Id<&'static str> used as an Id<&str> keeps its number"
    );
}
