//! `Graph` is a directed graph that keeps its nodes in one `Vec` and names
//! them by `NodeId`, an index into that `Vec`. Removing a node empties its
//! slot, and the next `add_node` reuses the emptied slot. Two bugs have been
//! reported:
//!
//! - `add_edge` should return `false` when either node is not in the graph.
//!   With the id of a node of a larger graph, it sometimes panics instead.
//! - After `remove_node(b)`, the nodes that had an edge to `b` seem fine at
//!   first, but as soon as `add_node` creates a new node, they list that new
//!   node among their neighbors, although no edge to it was ever added.
//!
//! Fix both. Keep the public signatures and the documented behavior: edges
//! are listed in the order they were added, an edge is stored once however
//! often it is added, and freed slots are reused.

/// The position of a node's slot in the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeId(u32);

#[derive(Debug)]
struct Node {
    name: String,
    /// The nodes this node has an edge to, in the order the edges were added.
    edges: Vec<NodeId>,
}

/// A directed graph stored in one `Vec` of slots.
#[derive(Debug, Default)]
pub struct Graph {
    slots: Vec<Option<Node>>,
    /// Emptied slots, reused by `add_node`.
    free: Vec<NodeId>,
    len: usize,
}

impl Graph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a node called `name` and returns its id.
    pub fn add_node(&mut self, name: &str) -> NodeId {
        let node = Node {
            name: name.to_string(),
            edges: Vec::new(),
        };
        self.len += 1;
        if let Some(id) = self.free.pop() {
            self.slots[id.0 as usize] = Some(node);
            id
        } else {
            let id = NodeId(u32::try_from(self.slots.len()).expect("more than u32::MAX nodes"));
            self.slots.push(Some(node));
            id
        }
    }

    fn node(&self, id: NodeId) -> Option<&Node> {
        // `get` checks the bounds: an index equal to the length is past the end.
        self.slots.get(id.0 as usize)?.as_ref()
    }

    /// Adds an edge from `from` to `to`. Returns `false`, and changes
    /// nothing, if either node is not in the graph.
    pub fn add_edge(&mut self, from: NodeId, to: NodeId) -> bool {
        if self.node(from).is_none() || self.node(to).is_none() {
            return false;
        }
        let node = self.slots[from.0 as usize].as_mut().expect("checked above");
        if !node.edges.contains(&to) {
            node.edges.push(to);
        }
        true
    }

    /// Removes the node `id` and every edge into it; returns its name, or
    /// `None` if it was not in the graph.
    pub fn remove_node(&mut self, id: NodeId) -> Option<String> {
        let node = self.slots.get_mut(id.0 as usize)?.take()?;
        // The slot will be reused, so no edge may keep pointing at it.
        for other in self.slots.iter_mut().flatten() {
            other.edges.retain(|&to| to != id);
        }
        self.free.push(id);
        self.len -= 1;
        Some(node.name)
    }

    /// The name of node `id`, if it is in the graph.
    pub fn name(&self, id: NodeId) -> Option<&str> {
        self.node(id).map(|node| node.name.as_str())
    }

    /// The names of the nodes `id` has an edge to, in the order the edges
    /// were added. Empty if `id` is not in the graph.
    pub fn neighbors(&self, id: NodeId) -> Vec<&str> {
        let Some(node) = self.node(id) else {
            return Vec::new();
        };
        node.edges.iter().filter_map(|&to| self.name(to)).collect()
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/cache_friendly/graph.rs"]
mod tests;
