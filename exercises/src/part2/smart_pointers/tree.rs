//! Build a tree of names whose nodes know their parent, without a reference
//! cycle. A parent owns its children (`Rc<Node>` in its `children`); a child
//! only points back at its parent (`Weak<Node>` in its `parent`). So the
//! last handle to the root is what keeps the tree alive, and dropping it
//! frees every node nobody else holds.
//!
//! - `Node::new(name)` makes a node with no parent and no children.
//! - `Node::add_child(parent, child)` appends `child` to `parent`'s children
//!   and makes `parent` the child's parent.
//! - `parent()` is the parent while it is alive, and `None` for a root or
//!   once the parent has been dropped.
//! - `children()` is the children, in the order they were added.
//! - `path()` is the names from the root down to this node, joined with
//!   `'/'`: `"root/src/main.rs"`. A node without a live parent is its own
//!   root, so its path is its name.
//!
//! The tests count handles with `Rc::strong_count` and `Rc::weak_count`: one
//! strong count per owner (your variables, plus the parent's `children`
//! list) and one weak count per child pointing back. Handles that `parent()`
//! and `children()` return must not stay behind once the caller drops them.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A node of a tree of names.
#[derive(Debug)]
pub struct Node {
    name: String,
    /// The parent, if any. `Weak`, so a child never keeps its parent alive.
    parent: RefCell<Weak<Node>>,
    /// The children, owned.
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    /// A new node with no parent and no children.
    pub fn new(name: &str) -> Rc<Node> {
        todo!("create the node {name:?}")
    }

    /// The node's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Appends `child` to `parent`'s children and records `parent` as the
    /// child's parent.
    pub fn add_child(parent: &Rc<Node>, child: Rc<Node>) {
        todo!("link {:?} under {:?}", child.name, parent.name)
    }

    /// The parent, if it is still alive.
    pub fn parent(&self) -> Option<Rc<Node>> {
        todo!("upgrade the parent link of {:?}", self.name)
    }

    /// The children, in the order they were added.
    pub fn children(&self) -> Vec<Rc<Node>> {
        todo!("list the children of {:?}", self.name)
    }

    /// The names from the root down to this node, joined with `'/'`.
    pub fn path(&self) -> String {
        todo!("build the path of {:?}", self.name)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/smart_pointers/tree.rs"]
mod tests;
