//! This file does not compile: three generic functions use their type
//! parameter in ways their signatures do not allow. Add the trait bounds each
//! one needs, and nothing else: keep the bodies, the parameter types and the
//! return types as they are (their doc comments say what they do). The tests
//! then call them with several element types, including `i32`, `f64`,
//! `char`, `&str` and `String`.

/// Returns the largest value in `items`, or `None` when `items` is empty.
// `>` needs `PartialOrd`; copying values out of the borrowed slice
// (`*rest.next()?` and `for &item`) needs `Copy`.
pub fn largest<T: PartialOrd + Copy>(items: &[T]) -> Option<T> {
    let mut rest = items.iter();
    let mut best = *rest.next()?;
    for &item in rest {
        if item > best {
            best = item;
        }
    }
    Some(best)
}

/// Writes the items with `separator` between them: `[1, 2, 3]` and `", "`
/// give `"1, 2, 3"`. No items give `""`.
// `to_string` comes from `ToString`, which every `Display` type implements.
pub fn join<T: std::fmt::Display>(items: &[T], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(&item.to_string());
    }
    out
}

/// Counts the items that are equal to `target`.
// `==` needs `PartialEq`; comparing `&T` with `&T` uses `T`'s implementation.
pub fn count_equal<T: PartialEq>(items: &[T], target: &T) -> usize {
    items.iter().filter(|&item| item == target).count()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/generics/missing_bounds.rs"]
mod tests;
