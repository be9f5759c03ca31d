//! A `Scene` holds shapes and adds up their areas. It stores each shape as
//! a `Box<dyn Shape>`: one heap allocation per shape, and in `total_area`
//! one call through a vtable per shape, which the optimizer cannot inline
//! because it cannot know which `area` it will call.
//!
//! The set of shapes is closed (circles and rectangles; the drawing format
//! has no others), so an enum can replace the trait object. Change the
//! inside of `Scene` so that shapes are stored inline in one `Vec` and
//! `total_area` dispatches with a `match`. Keep the public API: the tests
//! call `Scene::with_capacity`, `add_circle`, `add_rect`, `len` and
//! `total_area`, and the `Shape` trait stays (other code implements it).
//!
//! The tests count heap allocations (adding shapes to a scene made with
//! enough capacity must allocate nothing) and compile this file with
//! `rustc -C opt-level=3` to check that `total_area` makes no indirect
//! calls.

/// Something with an area.
pub trait Shape {
    /// The area.
    fn area(&self) -> f64;
}

/// A circle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    /// Its radius.
    pub radius: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
}

/// A rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Its width.
    pub width: f64,
    /// Its height.
    pub height: f64,
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.width * self.height
    }
}

/// The shapes of a drawing.
pub struct Scene {
    shapes: Vec<Box<dyn Shape>>,
}

impl Scene {
    /// An empty scene with room for `capacity` shapes.
    pub fn with_capacity(capacity: usize) -> Scene {
        Scene {
            shapes: Vec::with_capacity(capacity),
        }
    }

    /// Adds a circle.
    pub fn add_circle(&mut self, radius: f64) {
        self.shapes.push(Box::new(Circle { radius }));
    }

    /// Adds a rectangle.
    pub fn add_rect(&mut self, width: f64, height: f64) {
        self.shapes.push(Box::new(Rect { width, height }));
    }

    /// The number of shapes.
    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    /// Whether the scene has no shapes.
    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// The sum of the areas, in the order the shapes were added.
    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(|shape| shape.area()).sum()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/zero_cost_practice/enum_dispatch.rs"]
mod tests;
