//! A directory tree in which every directory knows its parent. A parent owns
//! its children (`Rc<Dir>`); a child points back to its parent with a
//! `Weak<Dir>`, which does not own it. So the tree has no ownership cycle,
//! and a directory is freed as soon as no `Rc` points at it.
//!
//! Write the four methods marked `todo!`:
//!
//! - `Dir::new_child(&parent, name)` creates a directory called `name` inside
//!   `parent`, links it both ways (the parent lists it last among its
//!   children; it knows its parent) and returns it.
//! - `parent()` returns the parent, or `None` for a root, for a directory
//!   that was removed from its parent, and for one whose parent has been
//!   dropped.
//! - `path()` joins the names from the top down with `/`: a root `home`
//!   gives `"home"`, its child `ada` gives `"home/ada"`. A directory without
//!   a parent starts the path at itself.
//! - `remove_child(name)` takes the first child called `name` out of this
//!   directory and returns it, now without a parent; `None` if there is no
//!   such child.
//!
//! Every `Dir` counts its own drop in the `DropCounter` it was made with.
//! The tests use it to check that dropping the last handle to a tree frees
//! every directory in it, and that holding a child does not keep its parent
//! alive.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// Counts how many directories have been dropped. Clones share one count.
#[derive(Clone, Debug, Default)]
pub struct DropCounter(Rc<Cell<usize>>);

impl DropCounter {
    /// A counter at zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many directories made with this counter have been dropped.
    pub fn dropped(&self) -> usize {
        self.0.get()
    }
}

/// A directory: a name, a link to its parent and the children it owns.
pub struct Dir {
    name: String,
    #[allow(dead_code)] // course:hide
    parent: RefCell<Weak<Dir>>,
    children: RefCell<Vec<Rc<Dir>>>,
    drops: DropCounter,
}

impl Drop for Dir {
    fn drop(&mut self) {
        let counter = &self.drops.0;
        counter.set(counter.get() + 1);
    }
}

impl Dir {
    /// A directory with no parent.
    pub fn root(name: &str, drops: &DropCounter) -> Rc<Dir> {
        Rc::new(Dir {
            name: name.to_string(),
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(Vec::new()),
            drops: drops.clone(),
        })
    }

    /// The directory's own name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The directories directly inside this one, oldest first.
    pub fn children(&self) -> Vec<Rc<Dir>> {
        self.children.borrow().clone()
    }

    /// Creates a directory called `name` inside `parent` and returns it.
    pub fn new_child(parent: &Rc<Dir>, name: &str) -> Rc<Dir> {
        todo!("create {name:?} inside {:?}", parent.name)
    }

    /// The parent, while it is alive; `None` for a directory without one.
    pub fn parent(&self) -> Option<Rc<Dir>> {
        todo!("find the parent of {:?}", self.name)
    }

    /// The names from the top down, joined with `/`.
    pub fn path(&self) -> String {
        todo!("build the path of {:?}", self.name)
    }

    /// Takes the first child called `name` out of this directory.
    pub fn remove_child(&self, name: &str) -> Option<Rc<Dir>> {
        todo!("remove {name:?} from {:?}", self.name)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/memory_safety/weak_tree.rs"]
mod tests;
