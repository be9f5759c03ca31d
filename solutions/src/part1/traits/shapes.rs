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

use std::f64::consts::PI;

/// Something with a name and an area.
pub trait Shape {
    /// A lower-case name such as `"circle"`.
    fn name(&self) -> String;

    /// The area, in square units.
    fn area(&self) -> f64;

    /// `"NAME with area AREA"`, the area with two decimals.
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
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
        String::from("circle")
    }

    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }
}

impl Shape for Rectangle {
    fn name(&self) -> String {
        String::from("rectangle")
    }

    fn area(&self) -> f64 {
        self.width * self.height
    }
}

/// The sum of the areas of `shapes`; `0.0` when there are none.
pub fn total_area(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|shape| shape.area()).sum()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/traits/shapes.rs"]
mod tests;
