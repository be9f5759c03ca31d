use super::*;
use std::mem::size_of;

#[test]
fn a_shape_takes_at_most_24_bytes() {
    assert!(
        size_of::<Shape>() <= 24,
        "a Shape should take at most 24 bytes, but it takes {}: the largest variant decides the size of every shape",
        size_of::<Shape>()
    );
    assert_eq!(
        size_of::<Option<Shape>>(),
        size_of::<Shape>(),
        "Option<Shape> should be as small as Shape (None fits in a niche, such as a pointer that is never null), but it is {} bytes against {}",
        size_of::<Option<Shape>>(),
        size_of::<Shape>()
    );
}

#[test]
fn polygons_of_any_size() {
    for n in [0usize, 1, 3, 16, 17, 100, 1_000] {
        let corners: Vec<(f32, f32)> = (0..n).map(|i| (i as f32, -(i as f32))).collect();
        let shape = Shape::polygon(&corners);
        assert_eq!(
            shape.corners(),
            &corners[..],
            "Shape::polygon of {n} corners should give them back from corners()"
        );
        let moved = shape.moved((1.0, 2.0));
        let expected: Vec<(f32, f32)> = corners.iter().map(|&(x, y)| (x + 1.0, y + 2.0)).collect();
        assert_eq!(
            moved.corners(),
            &expected[..],
            "a polygon of {n} corners moved by (1, 2) should have every corner moved"
        );
    }
}

#[test]
fn points_and_circles_are_unchanged() {
    let point = Shape::Point { at: (1.0, 2.0) };
    assert_eq!(
        point.corners(),
        &[] as &[(f32, f32)],
        "a point has no corners"
    );
    assert_eq!(
        point.moved((0.5, -1.0)),
        Shape::Point { at: (1.5, 1.0) },
        "a point moves by (dx, dy)"
    );
    let circle = Shape::Circle {
        center: (0.0, 0.0),
        radius: 3.0,
    };
    assert_eq!(
        circle.moved((2.0, 2.0)),
        Shape::Circle {
            center: (2.0, 2.0),
            radius: 3.0
        },
        "a circle moves its center and keeps its radius"
    );
}
