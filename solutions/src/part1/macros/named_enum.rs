//! # `named_enum!`: an enum that knows its variants
//!
//! Write the declarative macro `named_enum!`. It takes an enum declaration
//! whose variants carry no data, emits the enum unchanged, and adds three
//! items in an `impl` block:
//!
//! - `pub const ALL: &'static [Self]`: every variant, in declaration order;
//! - `pub fn name(&self) -> &'static str`: the variant's name as written;
//! - `pub fn from_name(name: &str) -> Option<Self>`: the variant with exactly
//!   that name (case matters), or `None`.
//!
//! ```text
//! named_enum! {
//!     #[derive(Debug, Clone, Copy, PartialEq)]
//!     pub enum Level { Low = 1, High = 10 }
//! }
//! assert_eq!(Level::ALL, [Level::Low, Level::High]);
//! assert_eq!(Level::High.name(), "High");
//! assert_eq!(Level::from_name("Low"), Some(Level::Low));
//! ```
//!
//! Everything the enum's author wrote must survive: attributes and doc
//! comments on the enum and on each variant, its visibility (`pub`,
//! `pub(crate)` or none), explicit discriminants such as `Low = 1`, and an
//! optional trailing comma after the last variant.
//!
//! The starter rule below only copies the enum and fills the `impl` with
//! placeholders: replace it with one that matches the variants one by one.

/// Declares an enum and gives it `ALL`, `name()` and `from_name()`.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident $(= $discriminant:expr)?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant $(= $discriminant)?,
            )*
        }

        #[allow(dead_code)] // course:hide
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The variant's name, as written in the declaration.
            pub fn name(&self) -> &'static str {
                // `$name` is not repeated, but it may appear inside the
                // repetition over the variants: it is the same every time.
                match self {
                    $($name::$variant => ::std::stringify!($variant),)*
                }
            }

            /// The variant called `name`, if there is one.
            pub fn from_name(name: &str) -> ::std::option::Option<Self> {
                match name {
                    $(::std::stringify!($variant) => ::std::option::Option::Some($name::$variant),)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    };
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/macros/named_enum.rs"]
mod tests;
