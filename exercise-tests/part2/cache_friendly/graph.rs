use super::*;

/// A graph with nodes `a`, `b`, `c` and edges a→b, a→c, c→b.
fn abc() -> (Graph, [NodeId; 3]) {
    let mut g = Graph::new();
    let a = g.add_node("a");
    let b = g.add_node("b");
    let c = g.add_node("c");
    for (from, to) in [(a, b), (a, c), (c, b)] {
        assert!(
            g.add_edge(from, to),
            "add_edge between two live nodes should return true"
        );
    }
    (g, [a, b, c])
}

#[test]
fn nodes_have_names_and_distinct_ids() {
    let (g, [a, b, c]) = abc();
    assert_eq!(g.len(), 3, "three added nodes should give len() 3");
    assert!(
        !g.is_empty(),
        "a graph with three nodes should not be empty"
    );
    assert!(
        a != b && b != c && a != c,
        "add_node should return a new id each time"
    );
    assert_eq!(
        [g.name(a), g.name(b), g.name(c)],
        [Some("a"), Some("b"), Some("c")],
        "each id should name its own node"
    );
    assert!(Graph::new().is_empty(), "a new graph should be empty");
}

#[test]
fn edges_are_listed_once_in_the_order_added() {
    let (mut g, [a, b, c]) = abc();
    assert!(
        g.add_edge(a, b),
        "adding an existing edge again should still return true"
    );
    assert_eq!(
        g.neighbors(a),
        ["b", "c"],
        "neighbors(a) should be [\"b\", \"c\"]"
    );
    assert_eq!(g.neighbors(c), ["b"], "neighbors(c) should be [\"b\"]");
    assert!(
        g.neighbors(b).is_empty(),
        "b has no edges, so neighbors(b) should be empty"
    );
}

#[test]
fn add_edge_with_a_node_of_a_larger_graph_returns_false() {
    let (mut small, [a, _, _]) = abc();
    let mut larger = Graph::new();
    let foreign: Vec<NodeId> = (0..6).map(|i| larger.add_node(&format!("n{i}"))).collect();
    // The ids of `larger`'s nodes 3, 4 and 5 are past the end of `small`.
    for (i, &id) in foreign.iter().enumerate().skip(3) {
        assert!(
            !small.add_edge(a, id),
            "add_edge(a, id of node {i} of a 6-node graph) on a 3-node graph should return false"
        );
        assert!(
            !small.add_edge(id, a),
            "add_edge(id of node {i} of a 6-node graph, a) on a 3-node graph should return false"
        );
        assert_eq!(
            small.name(id),
            None,
            "name(id of node {i}) should be None in a 3-node graph"
        );
        assert!(
            small.neighbors(id).is_empty(),
            "neighbors(id of node {i}) should be empty in a 3-node graph"
        );
    }
    assert_eq!(
        small.neighbors(a),
        ["b", "c"],
        "failed add_edge calls should change nothing"
    );
}

#[test]
fn remove_node_returns_its_name_once() {
    let (mut g, [_, b, _]) = abc();
    assert_eq!(
        g.remove_node(b),
        Some("b".to_string()),
        "remove_node(b) should return Some(\"b\")"
    );
    assert_eq!(g.len(), 2, "after removing b, len() should be 2");
    assert_eq!(g.name(b), None, "after removing b, name(b) should be None");
    assert_eq!(
        g.remove_node(b),
        None,
        "removing b a second time should return None"
    );
    assert_eq!(
        g.len(),
        2,
        "a second remove_node(b) should not change len()"
    );
}

#[test]
fn edges_to_a_removed_node_are_gone() {
    let (mut g, [a, b, c]) = abc();
    g.remove_node(b);
    assert_eq!(
        g.neighbors(a),
        ["c"],
        "after removing b, neighbors(a) should be [\"c\"]"
    );
    assert!(
        g.neighbors(c).is_empty(),
        "after removing b, neighbors(c) should be empty"
    );
    assert!(
        !g.add_edge(a, b),
        "add_edge(a, b) after removing b should return false"
    );
    assert!(
        !g.add_edge(b, a),
        "add_edge(b, a) after removing b should return false"
    );
}

#[test]
fn a_reused_slot_starts_without_edges_into_it() {
    let (mut g, [a, b, c]) = abc();
    g.remove_node(b);
    let d = g.add_node("d");
    assert_eq!(
        d, b,
        "add_node should reuse the slot that remove_node(b) freed: freed slots are reused"
    );
    assert_eq!(g.name(d), Some("d"), "the new node should be called \"d\"");
    assert_eq!(
        g.len(),
        3,
        "after removing b and adding d, len() should be 3"
    );
    assert_eq!(
        g.neighbors(a),
        ["c"],
        "d was never connected to a: after remove_node(b) and add_node(\"d\"), neighbors(a) should be [\"c\"]"
    );
    assert!(
        g.neighbors(c).is_empty(),
        "d was never connected to c: after remove_node(b) and add_node(\"d\"), neighbors(c) should be empty"
    );
    assert!(g.neighbors(d).is_empty(), "a new node should have no edges");
    assert!(g.add_edge(a, d), "add_edge(a, d) should return true");
    assert_eq!(
        g.neighbors(a),
        ["c", "d"],
        "after add_edge(a, d), neighbors(a) should be [\"c\", \"d\"]"
    );
}

#[test]
fn a_self_loop_goes_with_its_node() {
    let mut g = Graph::new();
    let a = g.add_node("a");
    let b = g.add_node("b");
    assert!(g.add_edge(a, a), "a self-loop a→a should be allowed");
    assert!(g.add_edge(b, a), "add_edge(b, a) should return true");
    assert_eq!(g.neighbors(a), ["a"], "neighbors(a) should be [\"a\"]");
    g.remove_node(a);
    let c = g.add_node("c");
    assert_eq!(
        c, a,
        "add_node(\"c\") should reuse the slot of the removed a"
    );
    assert!(
        g.neighbors(c).is_empty(),
        "c reuses a's slot but should have no edges"
    );
    assert!(
        g.neighbors(b).is_empty(),
        "b's edge went to the removed a, so after add_node(\"c\") neighbors(b) should be empty"
    );
}

#[test]
fn removed_slots_are_reused_once_each() {
    let (mut g, [a, b, c]) = abc();
    g.remove_node(a);
    g.remove_node(c);
    g.remove_node(c);
    let d = g.add_node("d");
    let e = g.add_node("e");
    let f = g.add_node("f");
    assert!(
        d != e && e != f && d != f,
        "add_node should never hand out a live node's id"
    );
    assert_eq!(
        [g.name(b), g.name(d), g.name(e), g.name(f)],
        [Some("b"), Some("d"), Some("e"), Some("f")],
        "b, d, e and f should all be in the graph"
    );
    assert_eq!(g.len(), 4, "b, d, e and f should give len() 4");
}
