use super::*;

fn names(dirs: &[Rc<Dir>]) -> Vec<String> {
    dirs.iter().map(|d| d.name().to_string()).collect()
}

#[test]
fn new_child_links_both_ways() {
    let drops = DropCounter::new();
    let home = Dir::root("home", &drops);
    let ada = Dir::new_child(&home, "ada");
    let grace = Dir::new_child(&home, "grace");
    assert_eq!(
        names(&home.children()),
        ["ada", "grace"],
        "home should list its children in the order they were added"
    );
    for child in [&ada, &grace] {
        let parent = child.parent();
        assert!(
            parent.as_ref().is_some_and(|p| Rc::ptr_eq(p, &home)),
            "the parent of {:?} should be the `home` directory it was created in",
            child.name()
        );
    }
    assert_eq!(ada.name(), "ada", "new_child should use the given name");
}

#[test]
fn a_root_has_no_parent() {
    let drops = DropCounter::new();
    let root = Dir::root("srv", &drops);
    assert!(root.parent().is_none(), "a root should have no parent");
    assert_eq!(root.path(), "srv", "the path of a root is its own name");
}

#[test]
fn path_joins_the_names_from_the_top() {
    let drops = DropCounter::new();
    let home = Dir::root("home", &drops);
    let ada = Dir::new_child(&home, "ada");
    let notes = Dir::new_child(&ada, "notes");
    assert_eq!(ada.path(), "home/ada", "path of ada");
    assert_eq!(notes.path(), "home/ada/notes", "path of notes");
}

#[test]
fn children_point_back_without_owning_their_parent() {
    let drops = DropCounter::new();
    let home = Dir::root("home", &drops);
    let _ada = Dir::new_child(&home, "ada");
    let _grace = Dir::new_child(&home, "grace");
    assert_eq!(
        Rc::strong_count(&home),
        1,
        "only our own handle should own `home`: children must not hold an Rc to their parent"
    );
    assert_eq!(
        Rc::weak_count(&home),
        2,
        "each of the two children should hold one Weak link to `home`"
    );
    let parent = _ada.parent();
    assert_eq!(
        Rc::strong_count(&home),
        2,
        "parent() should hand out a new Rc (an upgraded Weak)"
    );
    drop(parent);
}

#[test]
fn dropping_the_root_frees_the_whole_tree() {
    let drops = DropCounter::new();
    let home = Dir::root("home", &drops);
    for user in ["ada", "grace", "linus"] {
        let dir = Dir::new_child(&home, user);
        Dir::new_child(&dir, "notes");
    }
    assert_eq!(
        drops.dropped(),
        0,
        "the tree owns its directories, so none should be freed while `home` lives"
    );
    drop(home);
    assert_eq!(
        drops.dropped(),
        7,
        "dropping the only handle to `home` should free all 7 directories (a cycle would leak them)"
    );
}

#[test]
fn holding_a_child_does_not_keep_its_parents_alive() {
    let drops = DropCounter::new();
    let home = Dir::root("home", &drops);
    let ada = Dir::new_child(&home, "ada");
    let notes = Dir::new_child(&ada, "notes");
    drop(ada);
    drop(home);
    assert_eq!(
        drops.dropped(),
        2,
        "`home` and `ada` should be freed; only `notes` is still held"
    );
    assert!(
        notes.parent().is_none(),
        "the parent of `notes` was dropped, so parent() should be None"
    );
    assert_eq!(
        notes.path(),
        "notes",
        "without a parent, the path starts at the directory itself"
    );
    drop(notes);
    assert_eq!(drops.dropped(), 3, "all 3 directories should now be freed");
}

#[test]
fn remove_child_detaches_it() {
    let drops = DropCounter::new();
    let home = Dir::root("home", &drops);
    Dir::new_child(&home, "ada");
    Dir::new_child(&home, "grace");
    let removed = home.remove_child("ada");
    let ada = removed.expect("remove_child(\"ada\") should return the child");
    assert_eq!(
        ada.name(),
        "ada",
        "remove_child should return the named child"
    );
    assert_eq!(
        names(&home.children()),
        ["grace"],
        "`ada` should no longer be listed in home"
    );
    assert!(
        ada.parent().is_none(),
        "a removed directory should have no parent, even though home still exists"
    );
    assert_eq!(ada.path(), "ada", "path of a removed directory");
    assert!(
        home.remove_child("nobody").is_none(),
        "removing a name that is not there should give None"
    );
    drop(ada);
    assert_eq!(
        drops.dropped(),
        1,
        "dropping the removed directory should free it, and only it"
    );
}

#[test]
fn remove_child_takes_the_first_of_equal_names() {
    let drops = DropCounter::new();
    let home = Dir::root("home", &drops);
    let first = Dir::new_child(&home, "tmp");
    let second = Dir::new_child(&home, "tmp");
    let removed = home.remove_child("tmp");
    assert!(
        removed.as_ref().is_some_and(|d| Rc::ptr_eq(d, &first)),
        "remove_child should take the first child with that name"
    );
    assert!(
        second.parent().is_some(),
        "the second `tmp` should still be inside home"
    );
}
