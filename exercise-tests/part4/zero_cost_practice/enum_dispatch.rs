use super::*;
use std::f64::consts::PI;
use std::path::Path;

#[test]
fn total_area_of_a_small_scene() {
    let mut scene = Scene::with_capacity(2);
    scene.add_circle(1.0);
    scene.add_rect(2.0, 3.0);
    assert_eq!(scene.len(), 2, "two shapes were added");
    assert!(!scene.is_empty(), "a scene with two shapes is not empty");
    assert_eq!(
        scene.total_area(),
        PI + 6.0,
        "a unit circle and a 2x3 rectangle have an area of pi + 6"
    );
    assert_eq!(
        Scene::with_capacity(0).total_area(),
        0.0,
        "an empty scene has no area"
    );
}

#[test]
fn same_areas_in_the_same_order_as_the_trait_objects() {
    let mut rng = fastrand::Rng::with_seed(23);
    for n in [1, 2, 10, 100] {
        let mut scene = Scene::with_capacity(n);
        let mut expected = 0.0;
        for _ in 0..n {
            if rng.bool() {
                let radius = rng.f64() * 10.0;
                scene.add_circle(radius);
                expected += Circle { radius }.area();
            } else {
                let (width, height) = (rng.f64() * 10.0, rng.f64() * 10.0);
                scene.add_rect(width, height);
                expected += Rect { width, height }.area();
            }
        }
        assert_eq!(
            scene.total_area(),
            expected,
            "the total area of {n} random shapes, added up in order"
        );
    }
}

#[test]
fn adding_shapes_allocates_nothing() {
    let mut scene = Scene::with_capacity(1_000);
    let ((), stats) = course_alloc::measure(|| {
        for i in 0..500 {
            scene.add_circle(f64::from(i));
            scene.add_rect(f64::from(i), 2.0);
        }
    });
    assert_eq!(
        stats.allocating_calls(),
        0,
        "adding 1,000 shapes to a scene with room for 1,000 should not touch the heap, but it made {} allocations: store the shapes inline, not in a Box each",
        stats.allocating_calls()
    );
}

#[test]
fn compiled_total_area_makes_no_indirect_calls() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part4/zero_cost_practice/enum_dispatch.rs");
    let asm = course_asm::Probe::new(file)
        .item("#[unsafe(no_mangle)] pub fn probe(scene: &exercise::Scene) -> f64 { scene.total_area() }")
        .compile()
        .unwrap_or_else(|e| panic!("{e}"));
    let code = asm
        .code_of("probe")
        .expect("the probe function is in the assembly");
    let indirect = code.indirect_calls();
    assert!(
        indirect.is_empty(),
        "the compiled total_area calls through a pointer (a vtable): {indirect:?}; dispatch with a match on an enum instead:\n{code}"
    );
}
