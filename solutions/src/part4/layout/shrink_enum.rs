//! A drawing program keeps millions of `Shape`s. Most are points and
//! circles, a few are polygons, and polygons store up to 16 corners inline.
//! An enum is as large as its largest variant (plus its tag), so every
//! point pays for 16 corners: a `Shape` is 132 bytes. Polygons are also
//! limited to 16 corners, and `Shape::polygon` panics on more.
//!
//! Change the `Polygon` variant so that a `Shape` takes at most 24 bytes
//! and a polygon can have any number of corners, and update the three
//! methods. `Option<Shape>` must stay as small as `Shape` (it will, if the
//! new variant holds a pointer the compiler knows is never null). Of the
//! heap types that can hold the corners, pick the smallest: a polygon
//! never changes after it is made.

/// A shape of the drawing.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A point.
    Point {
        /// Where it is.
        at: (f32, f32),
    },
    /// A circle.
    Circle {
        /// Its center.
        center: (f32, f32),
        /// Its radius.
        radius: f32,
    },
    /// A closed polygon.
    Polygon {
        /// The corners, on the heap. A `Box<[T]>` is a pointer and a
        /// length (16 bytes); a `Vec<T>` would add a capacity the polygon
        /// never uses.
        corners: Box<[(f32, f32)]>,
    },
}

impl Shape {
    /// A polygon with these corners, in order.
    pub fn polygon(corners: &[(f32, f32)]) -> Shape {
        Shape::Polygon {
            corners: corners.into(),
        }
    }

    /// The corners of a polygon; empty for points and circles.
    pub fn corners(&self) -> &[(f32, f32)] {
        match self {
            Shape::Polygon { corners } => corners,
            Shape::Point { .. } | Shape::Circle { .. } => &[],
        }
    }

    /// Moves the shape by `(dx, dy)`.
    pub fn moved(&self, (dx, dy): (f32, f32)) -> Shape {
        match self {
            Shape::Point { at } => Shape::Point {
                at: (at.0 + dx, at.1 + dy),
            },
            Shape::Circle { center, radius } => Shape::Circle {
                center: (center.0 + dx, center.1 + dy),
                radius: *radius,
            },
            Shape::Polygon { corners } => Shape::Polygon {
                corners: corners.iter().map(|&(x, y)| (x + dx, y + dy)).collect(),
            },
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/layout/shrink_enum.rs"]
mod tests;
