use super::*;

fn swapped(input: &[u8]) -> Vec<u8> {
    let mut data = input.to_vec();
    swap_halves(&mut data);
    data
}

#[test]
fn swaps_even_lengths() {
    assert_eq!(
        swapped(&[1, 2, 3, 4]),
        [3, 4, 1, 2],
        "swap_halves([1, 2, 3, 4])"
    );
    assert_eq!(swapped(&[1, 2]), [2, 1], "swap_halves([1, 2])");
}

#[test]
fn keeps_the_middle_of_odd_lengths() {
    assert_eq!(
        swapped(&[1, 2, 3, 4, 5]),
        [4, 5, 3, 1, 2],
        "swap_halves([1, 2, 3, 4, 5])"
    );
    assert_eq!(swapped(&[1, 2, 3]), [3, 2, 1], "swap_halves([1, 2, 3])");
}

#[test]
fn short_slices_are_unchanged() {
    assert_eq!(swapped(&[]), Vec::<u8>::new(), "swap_halves([])");
    assert_eq!(swapped(&[9]), [9], "swap_halves([9])");
}
