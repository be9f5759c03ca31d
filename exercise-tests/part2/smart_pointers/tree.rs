use super::*;

/// The names of `node`'s children.
fn child_names(node: &Node) -> Vec<String> {
    node.children()
        .iter()
        .map(|child| child.name().to_string())
        .collect()
}

/// `(strong, weak)` counts of `node`.
fn counts(node: &Rc<Node>) -> (usize, usize) {
    (Rc::strong_count(node), Rc::weak_count(node))
}

/// root ── a ── x
///      └─ b
fn sample() -> (Rc<Node>, Rc<Node>, Rc<Node>, Rc<Node>) {
    let root = Node::new("root");
    let a = Node::new("a");
    let b = Node::new("b");
    let x = Node::new("x");
    Node::add_child(&root, Rc::clone(&a));
    Node::add_child(&root, Rc::clone(&b));
    Node::add_child(&a, Rc::clone(&x));
    (root, a, b, x)
}

#[test]
fn a_new_node_has_no_parent_and_no_children() {
    let node = Node::new("alone");
    assert_eq!(node.name(), "alone", "Node::new(\"alone\") keeps its name");
    assert!(node.parent().is_none(), "a new node should have no parent");
    assert!(
        node.children().is_empty(),
        "a new node should have no children"
    );
    assert_eq!(
        counts(&node),
        (1, 0),
        "a new node should have one strong handle (yours) and no weak ones"
    );
}

#[test]
fn add_child_links_both_ways() {
    let (root, a, b, x) = sample();
    assert_eq!(
        child_names(&root),
        ["a", "b"],
        "root's children, in the order they were added"
    );
    assert_eq!(child_names(&a), ["x"], "a's children");
    assert!(child_names(&x).is_empty(), "x should have no children");

    let parent_of_a = a.parent().expect("a's parent should be root");
    assert!(
        Rc::ptr_eq(&parent_of_a, &root),
        "a.parent() should be the root node itself, not a copy"
    );
    let parent_of_x = x.parent().expect("x's parent should be a");
    assert!(Rc::ptr_eq(&parent_of_x, &a), "x.parent() should be a");
    assert!(root.parent().is_none(), "the root should have no parent");
    assert!(
        Rc::ptr_eq(&root.children()[1], &b),
        "root's second child should be b itself"
    );
}

#[test]
fn counts_after_building() {
    let (root, a, b, x) = sample();
    assert_eq!(
        counts(&root),
        (1, 2),
        "root: 1 strong (your variable; children must not own their parent), 2 weak (a and b point back)"
    );
    assert_eq!(
        counts(&a),
        (2, 1),
        "a: 2 strong (your variable and root's children), 1 weak (x points back)"
    );
    assert_eq!(
        counts(&b),
        (2, 0),
        "b: 2 strong (your variable and root's children), no weak"
    );
    assert_eq!(
        counts(&x),
        (2, 0),
        "x: 2 strong (your variable and a's children), no weak"
    );
}

#[test]
fn handles_from_parent_and_children_go_away_when_dropped() {
    let (root, a, _b, _x) = sample();
    let parent = a.parent();
    let children = root.children();
    assert_eq!(
        counts(&root),
        (2, 2),
        "while you hold the result of a.parent(), root has one more strong handle"
    );
    assert_eq!(
        counts(&a),
        (3, 1),
        "while you hold root.children(), a has one more strong handle"
    );
    drop(parent);
    drop(children);
    assert_eq!(
        counts(&root),
        (1, 2),
        "after dropping a.parent()'s result, root should be back to (1 strong, 2 weak)"
    );
    assert_eq!(
        counts(&a),
        (2, 1),
        "after dropping root.children()'s result, a should be back to (2 strong, 1 weak)"
    );
}

#[test]
fn paths_go_from_the_root_down() {
    let (root, a, b, x) = sample();
    assert_eq!(root.path(), "root", "the root's path is its name");
    assert_eq!(a.path(), "root/a", "a's path");
    assert_eq!(b.path(), "root/b", "b's path");
    assert_eq!(x.path(), "root/a/x", "x's path");
}

#[test]
fn dropping_the_root_frees_it_and_leaves_children_without_a_parent() {
    let (root, a, b, x) = sample();
    let watch_root = Rc::downgrade(&root);
    drop(root);
    assert!(
        watch_root.upgrade().is_none(),
        "dropping your only handle to the root should free it (is a child keeping it alive?)"
    );
    assert!(
        a.parent().is_none(),
        "a.parent() should be None once the root is gone"
    );
    assert_eq!(
        counts(&a),
        (1, 1),
        "a: root's children list is gone, so only your variable owns a; x still points back"
    );
    assert_eq!(counts(&b), (1, 0), "b: only your variable owns it now");
    assert_eq!(
        a.path(),
        "a",
        "a has no live parent, so its path is its name"
    );
    assert_eq!(
        x.path(),
        "a/x",
        "x's parent a is still alive, so x's path starts at a"
    );
}

#[test]
fn dropping_the_root_frees_the_whole_tree() {
    let root = Node::new("root");
    let mut watches = vec![Rc::downgrade(&root)];
    for name in ["a", "b", "c"] {
        let child = Node::new(name);
        let grandchild = Node::new(&format!("{name}1"));
        watches.push(Rc::downgrade(&child));
        watches.push(Rc::downgrade(&grandchild));
        Node::add_child(&child, grandchild);
        Node::add_child(&root, child);
    }
    assert_eq!(
        child_names(&root),
        ["a", "b", "c"],
        "root's children, in the order they were added"
    );
    let leaf = root.children()[2].children()[0].clone();
    assert_eq!(leaf.path(), "root/c/c1", "the path of the third grandchild");
    drop(leaf);

    drop(root);
    for watch in &watches {
        assert!(
            watch.upgrade().is_none(),
            "after dropping the root, every node should be freed, but one is still alive: is there a strong cycle?"
        );
    }
}
