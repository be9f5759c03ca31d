use super::*;

#[test]
fn largest_of_integers() {
    let items = [3, 9, -4, 9, 1];
    assert_eq!(largest(&items), Some(9), "largest({items:?}) should be 9");
}

#[test]
fn largest_of_floats_chars_and_strs() {
    let floats = [0.5, -1.0, 2.25];
    assert_eq!(
        largest(&floats),
        Some(2.25),
        "largest({floats:?}) should be 2.25"
    );
    let chars = ['r', 'u', 's', 't'];
    assert_eq!(
        largest(&chars),
        Some('u'),
        "largest({chars:?}) should be 'u'"
    );
    let words = ["pear", "apple", "zucchini", "fig"];
    assert_eq!(
        largest(&words),
        Some("zucchini"),
        "largest({words:?}) should be \"zucchini\""
    );
}

#[test]
fn largest_of_one_and_of_none() {
    assert_eq!(largest(&[42]), Some(42), "largest([42]) should be 42");
    let empty: [u8; 0] = [];
    assert_eq!(largest(&empty), None, "largest([]) should be None");
}

#[test]
fn join_numbers_and_text() {
    assert_eq!(
        join(&[1, 2, 3], ", "),
        "1, 2, 3",
        "join([1, 2, 3], \", \") should be \"1, 2, 3\""
    );
    assert_eq!(
        join(&['a', 'b'], "-"),
        "a-b",
        "join(['a', 'b'], \"-\") should be \"a-b\""
    );
    let names = [String::from("Ada"), String::from("Grace")];
    assert_eq!(
        join(&names, " & "),
        "Ada & Grace",
        "join({names:?}, \" & \") should be \"Ada & Grace\""
    );
}

#[test]
fn join_of_one_and_of_none() {
    assert_eq!(
        join(&[2.5], "; "),
        "2.5",
        "join([2.5], \"; \") should be \"2.5\""
    );
    let empty: [i32; 0] = [];
    assert_eq!(join(&empty, ", "), "", "join([], \", \") should be \"\"");
}

#[test]
fn count_equal_numbers() {
    let items = [1, 2, 1, 3, 1];
    assert_eq!(
        count_equal(&items, &1),
        3,
        "count_equal({items:?}, 1) should be 3"
    );
    assert_eq!(
        count_equal(&items, &7),
        0,
        "count_equal({items:?}, 7) should be 0"
    );
}

#[test]
fn count_equal_strings_that_are_not_copy() {
    let words = vec![
        String::from("to"),
        String::from("be"),
        String::from("or"),
        String::from("not"),
        String::from("to"),
        String::from("be"),
    ];
    let target = String::from("be");
    assert_eq!(
        count_equal(&words, &target),
        2,
        "count_equal({words:?}, \"be\") should be 2"
    );
    let empty: Vec<String> = Vec::new();
    assert_eq!(
        count_equal(&empty, &target),
        0,
        "count_equal([], \"be\") should be 0"
    );
}
