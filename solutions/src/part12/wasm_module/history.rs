//! A module that keeps every byte JavaScript gives it. It is written like
//! the `WasmModule` at the start of this chapter, and it does not compile
//! either. Make it compile without changing what it does:
//!
//! - `new` (JavaScript: `new History()`) starts with nothing;
//! - `push(input)` appends `input` and returns how many bytes the history
//!   holds now;
//! - `contents()` returns a copy of every byte pushed so far, in order;
//! - `clear()` forgets them.
//!
//! Clippy asks one more thing of a public `new()` without arguments: a
//! `Default` implementation that does the same. Add it too.

use wasm_bindgen::prelude::*;

/// Every byte pushed so far.
#[wasm_bindgen]
#[derive(Default)]
pub struct History {
    internal_state: Vec<u8>,
}

#[wasm_bindgen]
impl History {
    /// An empty history.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `input`; returns the number of bytes held now.
    pub fn push(&mut self, input: &[u8]) -> usize {
        self.internal_state.extend_from_slice(input);
        self.internal_state.len()
    }

    /// Every byte pushed so far.
    ///
    /// A copy: JavaScript cannot borrow from the module's memory across the
    /// call, so the glue needs an owned `Vec` to copy into a `Uint8Array`.
    pub fn contents(&self) -> Vec<u8> {
        self.internal_state.clone()
    }

    /// Forgets every byte.
    pub fn clear(&mut self) {
        self.internal_state.clear();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part12/wasm_module/history.rs"]
mod tests;
