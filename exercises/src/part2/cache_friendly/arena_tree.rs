//! `BoxTree` below is a binary search tree of `i64` keys in which every node
//! is a heap allocation of its own, reached through a `Box`. Write
//! `ArenaTree`: the same tree, with all its nodes in one `Vec<Node>` and the
//! children stored as indices (`NodeId`) into that vector.
//!
//! `ArenaTree` must behave exactly like `BoxTree`. `insert` adds a key and
//! returns `true`, or returns `false` and changes nothing when the key is
//! already there. Smaller keys go left and larger keys right, so both trees
//! grow the same shape. `contains`, `len` and `is_empty` do what they say.
//! `in_order` returns the keys in ascending order. `height` is the number of
//! nodes on the longest path down from the root, 0 for an empty tree.
//!
//! The point of the change is the heap: inserting 1,000 keys into an
//! `ArenaTree` may allocate only when the `Vec` grows, not once per node, and
//! `contains`, `len` and `height` never allocate.

use std::cmp::Ordering;

// ---------------------------------------------------------------------------
// Before: one heap allocation per node (given, do not change).
// ---------------------------------------------------------------------------

/// A binary search tree whose nodes are separate heap allocations.
#[derive(Debug, Default)]
pub struct BoxTree {
    root: Option<Box<BoxNode>>,
    len: usize,
}

#[derive(Debug)]
struct BoxNode {
    key: i64,
    left: Option<Box<BoxNode>>,
    right: Option<Box<BoxNode>>,
}

impl BoxTree {
    /// An empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `key`; returns `false` if it was already there.
    pub fn insert(&mut self, key: i64) -> bool {
        let mut slot = &mut self.root;
        while let Some(node) = slot {
            slot = match key.cmp(&node.key) {
                Ordering::Equal => return false,
                Ordering::Less => &mut node.left,
                Ordering::Greater => &mut node.right,
            };
        }
        *slot = Some(Box::new(BoxNode {
            key,
            left: None,
            right: None,
        }));
        self.len += 1;
        true
    }

    /// Whether `key` is in the tree.
    pub fn contains(&self, key: i64) -> bool {
        let mut cursor = self.root.as_deref();
        while let Some(node) = cursor {
            cursor = match key.cmp(&node.key) {
                Ordering::Equal => return true,
                Ordering::Less => node.left.as_deref(),
                Ordering::Greater => node.right.as_deref(),
            };
        }
        false
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the tree has no keys.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The keys in ascending order.
    pub fn in_order(&self) -> Vec<i64> {
        fn walk(node: Option<&BoxNode>, out: &mut Vec<i64>) {
            if let Some(node) = node {
                walk(node.left.as_deref(), out);
                out.push(node.key);
                walk(node.right.as_deref(), out);
            }
        }
        let mut out = Vec::with_capacity(self.len);
        walk(self.root.as_deref(), &mut out);
        out
    }

    /// The number of nodes on the longest path from the root.
    pub fn height(&self) -> usize {
        fn height(node: Option<&BoxNode>) -> usize {
            node.map_or(0, |n| {
                1 + height(n.left.as_deref()).max(height(n.right.as_deref()))
            })
        }
        height(self.root.as_deref())
    }
}

// ---------------------------------------------------------------------------
// After: all nodes in one Vec, linked by indices.
// ---------------------------------------------------------------------------

/// The position of a node in `ArenaTree::nodes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeId(u32);

#[allow(dead_code)] // course:hide
#[derive(Debug)]
struct Node {
    key: i64,
    left: Option<NodeId>,
    right: Option<NodeId>,
}

/// A binary search tree whose nodes live in one `Vec`.
#[allow(dead_code)] // course:hide
#[derive(Debug, Default)]
pub struct ArenaTree {
    nodes: Vec<Node>,
    root: Option<NodeId>,
}

impl ArenaTree {
    /// An empty tree. Allocates nothing until the first insert.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `key`; returns `false` if it was already there.
    pub fn insert(&mut self, key: i64) -> bool {
        todo!("insert {key} into the arena")
    }

    /// Whether `key` is in the tree.
    pub fn contains(&self, key: i64) -> bool {
        todo!("look for {key}")
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        todo!("count the keys")
    }

    /// Whether the tree has no keys.
    pub fn is_empty(&self) -> bool {
        todo!("is the tree empty?")
    }

    /// The keys in ascending order.
    pub fn in_order(&self) -> Vec<i64> {
        todo!("list the keys in order")
    }

    /// The number of nodes on the longest path from the root.
    pub fn height(&self) -> usize {
        todo!("measure the height")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/cache_friendly/arena_tree.rs"]
mod tests;
