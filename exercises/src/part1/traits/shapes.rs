//! Model shapes with a trait. `Shape` has two required methods, `name` and
//! `area`, and one default method, `describe`, that every shape gets for
//! free. `describe` returns the name, then `" with area "`, then the area
//! with exactly two decimals: a 2 × 3 rectangle describes itself as
//! `"rectangle with area 6.00"`.
//!
//! 1. Write the default body of `describe`, using `name` and `area`.
//! 2. Implement `Shape` for `Circle` (name `"circle"`, area π·r²) and for
//!    `Rectangle` (name `"rectangle"`, area width × height). Do not override
//!    `describe`: the tests check it on a shape type of their own, too.
//! 3. Write `total_area`: the sum of the areas of a list of boxed shapes of
//!    any kinds. An empty list has a total area of `0.0`.
//!
//! Areas are floating-point numbers, so the tests compare them with a small
//! tolerance rather than with `==`.

/// Something with a name and an area.
pub trait Shape {
    /// A lower-case name such as `"circle"`.
    fn name(&self) -> String;

    /// The area, in square units.
    fn area(&self) -> f64;

    /// `"NAME with area AREA"`, the area with two decimals.
    fn describe(&self) -> String {
        todo!("describe the shape from self.name() and self.area()")
    }
}

/// A circle, given by its radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub radius: f64,
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rectangle {
    pub width: f64,
    pub height: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        todo!("the name of {self:?}")
    }

    fn area(&self) -> f64 {
        todo!("the area of {self:?}")
    }
}

impl Shape for Rectangle {
    fn name(&self) -> String {
        todo!("the name of {self:?}")
    }

    fn area(&self) -> f64 {
        todo!("the area of {self:?}")
    }
}

/// The sum of the areas of `shapes`; `0.0` when there are none.
pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    todo!("add up the areas of {} shape(s)", shapes.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/traits/shapes.rs"]
mod tests;
