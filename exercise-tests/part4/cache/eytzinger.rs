use super::*;

fn sorted_values(rng: &mut fastrand::Rng, len: usize) -> Vec<u32> {
    // A small range, so that there are duplicates.
    let mut values: Vec<u32> = (0..len).map(|_| rng.u32(0..(len as u32 * 2 + 4))).collect();
    values.sort_unstable();
    values
}

#[test]
fn seven_values() {
    let layout = Eytzinger::new(&[1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(
        layout.as_slice(),
        [4, 2, 6, 1, 3, 5, 7],
        "the Eytzinger layout of 1..=7"
    );
}

#[test]
fn lengths_that_are_not_full_trees() {
    assert_eq!(Eytzinger::new(&[]).as_slice(), [] as [u32; 0], "empty");
    assert_eq!(Eytzinger::new(&[9]).as_slice(), [9], "one value");
    assert_eq!(
        Eytzinger::new(&[1, 2]).as_slice(),
        [2, 1],
        "the layout of [1, 2]: root 2, left child 1"
    );
    assert_eq!(
        Eytzinger::new(&[1, 2, 3, 4, 5]).as_slice(),
        [4, 2, 5, 1, 3],
        "the layout of [1, 2, 3, 4, 5]"
    );
}

#[test]
fn the_layout_is_a_search_tree_for_every_length() {
    let mut rng = fastrand::Rng::with_seed(11);
    for len in 0..=200 {
        let sorted = sorted_values(&mut rng, len);
        let layout = Eytzinger::new(&sorted);
        let tree = layout.as_slice();
        let mut same = tree.to_vec();
        same.sort_unstable();
        assert_eq!(
            same, sorted,
            "the layout of {len} values must hold exactly those values"
        );
        for k in 0..tree.len() {
            for child in [2 * k + 1, 2 * k + 2] {
                if let Some(&value) = tree.get(child) {
                    let ordered = if child == 2 * k + 1 {
                        value <= tree[k]
                    } else {
                        value >= tree[k]
                    };
                    assert!(
                        ordered,
                        "with {len} values, position {k} holds {} and its child {child} holds {value}: left children must not be larger, right children not smaller",
                        tree[k]
                    );
                }
            }
        }
    }
}

#[test]
fn contains_agrees_with_the_sorted_slice() {
    let mut rng = fastrand::Rng::with_seed(12);
    for len in 0..=200 {
        let sorted = sorted_values(&mut rng, len);
        let layout = Eytzinger::new(&sorted);
        for x in 0..=(len as u32 * 2 + 5) {
            let expected = sorted.binary_search(&x).is_ok();
            assert_eq!(
                layout.contains(x),
                expected,
                "contains({x}) on {len} values {sorted:?}"
            );
        }
    }
}

#[test]
fn lower_bound_agrees_with_the_sorted_slice() {
    let mut rng = fastrand::Rng::with_seed(13);
    for len in 0..=200 {
        let sorted = sorted_values(&mut rng, len);
        let layout = Eytzinger::new(&sorted);
        for x in 0..=(len as u32 * 2 + 5) {
            let expected = sorted.get(sorted.partition_point(|&v| v < x)).copied();
            assert_eq!(
                layout.lower_bound(x),
                expected,
                "lower_bound({x}) on {len} values {sorted:?}"
            );
        }
    }
    let layout = Eytzinger::new(&[0, u32::MAX]);
    assert_eq!(
        layout.lower_bound(u32::MAX),
        Some(u32::MAX),
        "lower_bound(u32::MAX)"
    );
    assert_eq!(
        layout.lower_bound(1),
        Some(u32::MAX),
        "lower_bound(1) on [0, u32::MAX]"
    );
}
