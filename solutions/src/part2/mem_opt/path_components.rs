//! Write `normalize`: the components of a `/`-separated path once `.` and
//! `..` are resolved, in a `SmallVec` that holds up to eight components
//! inline.
//!
//! - Empty components (from `//`, or a leading or trailing `/`) and `.` are
//!   dropped.
//! - `..` removes the component before it. With nothing before it, it is
//!   dropped: `/../etc` gives `["etc"]`.
//! - Every component is a slice of `path`; no text is copied.
//!
//! As long as no more than eight components are kept at any one time,
//! `normalize` must not touch the heap at all. Deeper paths must still work:
//! the `SmallVec` then spills to the heap.

use smallvec::SmallVec;

/// The components of a path: up to eight are stored inline.
pub type Components<'a> = SmallVec<[&'a str; 8]>;

/// Splits `path` into components and resolves `.` and `..`.
pub fn normalize(path: &str) -> Components<'_> {
    let mut components = Components::new();
    for component in path.split('/') {
        match component {
            "" | "." => {}
            ".." => {
                // Popping an empty `SmallVec` returns `None`: `..` at the top
                // is simply dropped.
                components.pop();
            }
            _ => components.push(component),
        }
    }
    components
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/mem_opt/path_components.rs"]
mod tests;
