use super::*;

fn check(path: &str, expected: &[&str]) {
    let got = normalize(path);
    assert_eq!(
        got.as_slice(),
        expected,
        "normalize({path:?}) should be {expected:?}"
    );
}

#[test]
fn splits_on_slashes() {
    check("/usr/local/bin", &["usr", "local", "bin"]);
    check("src/main.rs", &["src", "main.rs"]);
}

#[test]
fn empty_components_and_dots_are_dropped() {
    check("//usr///bin/", &["usr", "bin"]);
    check("./a/./b/.", &["a", "b"]);
    check("/", &[]);
    check("", &[]);
}

#[test]
fn dot_dot_removes_the_component_before_it() {
    check("/usr/local/../bin", &["usr", "bin"]);
    check("a/b/c/../../d", &["a", "d"]);
    check("a/..", &[]);
}

#[test]
fn dot_dot_at_the_top_is_dropped() {
    check("/../etc", &["etc"]);
    check("../../x/..", &[]);
}

#[test]
fn names_that_only_contain_dots_are_names() {
    check("/a/.../.hidden/..b", &["a", "...", ".hidden", "..b"]);
}

#[test]
fn components_borrow_from_the_path() {
    let path = String::from("/home/ferris/./projects/../code");
    let range = path.as_ptr() as usize..path.as_ptr() as usize + path.len();
    for component in normalize(&path) {
        assert!(
            range.contains(&(component.as_ptr() as usize)),
            "component {component:?} should be a slice of the path, not a copy"
        );
    }
}

#[test]
fn short_paths_do_not_touch_the_heap() {
    for path in [
        "/usr/local/bin",
        "/a/b/c/d/e/f/g/h",
        "/a/b/c/d/e/f/g/h/../i",
        "./x/../../y",
    ] {
        let (components, stats) = course_alloc::measure(|| normalize(path));
        assert!(
            stats.is_zero(),
            "normalize({path:?}) keeps at most 8 components and should not touch the heap, \
             but it did: {stats:?}"
        );
        assert!(
            !components.spilled(),
            "normalize({path:?}) should keep its {} components inline",
            components.len()
        );
    }
}

#[test]
fn deep_paths_spill_to_the_heap_and_still_work() {
    let path: String = (0..20).map(|i| format!("/d{i}")).collect();
    let expected: Vec<String> = (0..20).map(|i| format!("d{i}")).collect();
    let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
    let got = normalize(&path);
    assert_eq!(
        got.as_slice(),
        expected.as_slice(),
        "normalize of a 20-level path is wrong"
    );
    assert!(
        got.spilled(),
        "20 components do not fit in 8 inline slots; the SmallVec should have spilled"
    );

    let back_up = format!("{path}/../../..");
    check(&back_up, &expected[..17]);
}
