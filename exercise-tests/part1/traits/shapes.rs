use super::*;

use std::f64::consts::PI;

/// Floating-point results are compared within this tolerance.
const TOLERANCE: f64 = 1e-9;

fn assert_close(got: f64, expected: f64, what: &str) {
    assert!(
        (got - expected).abs() < TOLERANCE,
        "{what} should be {expected} (within {TOLERANCE}), got {got}"
    );
}

/// A shape the exercise does not know about: it only writes `name` and
/// `area`, so `describe` must come from the trait's default.
struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Triangle {
    fn name(&self) -> String {
        String::from("triangle")
    }

    fn area(&self) -> f64 {
        self.base * self.height / 2.0
    }
}

#[test]
fn circle_has_a_name_and_an_area() {
    let circle = Circle { radius: 2.0 };
    assert_eq!(circle.name(), "circle", "Circle::name should be \"circle\"");
    assert_close(circle.area(), 4.0 * PI, "Circle { radius: 2.0 }.area()");
    assert_close(
        Circle { radius: 0.5 }.area(),
        0.25 * PI,
        "Circle { radius: 0.5 }.area()",
    );
}

#[test]
fn rectangle_has_a_name_and_an_area() {
    let rectangle = Rectangle {
        width: 2.0,
        height: 3.0,
    };
    assert_eq!(
        rectangle.name(),
        "rectangle",
        "Rectangle::name should be \"rectangle\""
    );
    assert_close(
        rectangle.area(),
        6.0,
        "Rectangle { width: 2.0, height: 3.0 }.area()",
    );
}

#[test]
fn describe_uses_the_name_and_two_decimals() {
    let rectangle = Rectangle {
        width: 2.0,
        height: 3.0,
    };
    assert_eq!(
        rectangle.describe(),
        "rectangle with area 6.00",
        "describe() of a 2 x 3 rectangle"
    );
    assert_eq!(
        Circle { radius: 1.0 }.describe(),
        "circle with area 3.14",
        "describe() of a circle of radius 1"
    );
}

#[test]
fn describe_is_a_default_method_every_shape_gets() {
    let triangle = Triangle {
        base: 1.0,
        height: 1.0,
    };
    assert_eq!(
        triangle.describe(),
        "triangle with area 0.50",
        "describe() of a shape that only implements name and area should come from the trait's default body"
    );
}

#[test]
fn shapes_of_zero_size_have_zero_area() {
    assert_eq!(
        Circle { radius: 0.0 }.describe(),
        "circle with area 0.00",
        "describe() of a circle of radius 0"
    );
    assert_eq!(
        Rectangle {
            width: 0.0,
            height: 5.0
        }
        .describe(),
        "rectangle with area 0.00",
        "describe() of a 0 x 5 rectangle"
    );
}

#[test]
fn total_area_adds_mixed_shapes() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Rectangle {
            width: 2.0,
            height: 3.0,
        }),
        Box::new(Circle { radius: 1.0 }),
        Box::new(Triangle {
            base: 4.0,
            height: 1.0,
        }),
    ];
    assert_close(
        total_area(&shapes),
        6.0 + PI + 2.0,
        "total_area of a 2 x 3 rectangle, a circle of radius 1 and a triangle of area 2",
    );
}

#[test]
fn total_area_of_one_shape_is_its_area() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { radius: 3.0 })];
    assert_close(
        total_area(&shapes),
        9.0 * PI,
        "total_area of one circle of radius 3",
    );
}

#[test]
fn total_area_of_nothing_is_zero() {
    assert_close(total_area(&[]), 0.0, "total_area of an empty list");
}
