use super::*;

fn check(fields: &[&str], expected: &str) {
    let got = csv_row(fields);
    assert_eq!(got, expected, "csv_row({fields:?}) should be {expected:?}");
}

#[test]
fn needs_quotes_spots_the_special_characters() {
    for field in ["a,b", "say \"hi\"", "two\nlines", "cr\r", ",", "\""] {
        assert!(
            needs_quotes(field),
            "needs_quotes({field:?}) should be true"
        );
    }
    for field in ["", "plain", "semi;colon", "tab\there", "naïve 'single'"] {
        assert!(
            !needs_quotes(field),
            "needs_quotes({field:?}) should be false"
        );
    }
}

#[test]
fn encoded_len_counts_quotes_and_doubled_quotes() {
    for (field, expected) in [
        ("", 0),
        ("plain", 5),
        ("é", 2),
        ("a,b", 5),
        ("say \"hi\"", 12),
        ("\"", 4),
    ] {
        assert_eq!(
            encoded_len(field),
            expected,
            "encoded_len({field:?}) should be {expected}"
        );
    }
}

#[test]
fn plain_fields_are_joined_with_commas() {
    check(&["id", "name", "city"], "id,name,city");
    check(&["only"], "only");
}

#[test]
fn special_fields_are_quoted_and_quotes_doubled() {
    check(&["a,b", "c"], "\"a,b\",c");
    check(&["say \"hi\"", "x"], "\"say \"\"hi\"\"\",x");
    check(&["two\nlines"], "\"two\nlines\"");
    check(&["cr\r"], "\"cr\r\"");
    check(&["\""], "\"\"\"\"");
}

#[test]
fn empty_fields_keep_their_place() {
    check(&["", "x", ""], ",x,");
    check(&["", ""], ",");
}

#[test]
fn text_outside_ascii_is_kept() {
    check(&["Zoë", "naïve, yes"], "Zoë,\"naïve, yes\"");
}

#[test]
fn the_row_is_built_with_one_exact_allocation() {
    let rows: [&[&str]; 4] = [
        &["id", "name", "city"],
        &["7", "Ada \"the Countess\" Lovelace", "London, UK"],
        &["", "x", ""],
        &["Zoë", "naïve, yes", "line\nbreak"],
    ];
    for fields in rows {
        let (row, stats) = course_alloc::measure(|| csv_row(fields));
        assert_eq!(
            (stats.allocations, stats.reallocations),
            (1, 0),
            "csv_row({fields:?}) should make exactly 1 allocation and 0 reallocations: \
             compute the length first and use String::with_capacity ({stats:?})"
        );
        assert_eq!(
            stats.bytes_requested,
            row.len() as u64,
            "csv_row({fields:?}) should request exactly row.len() = {} bytes, \
             no more ({stats:?})",
            row.len()
        );
    }
}

#[test]
fn an_empty_row_allocates_nothing() {
    for fields in [&[][..], &[""][..]] {
        let (row, stats) = course_alloc::measure(|| csv_row(fields));
        assert_eq!(row, "", "csv_row({fields:?}) should be empty");
        assert!(
            stats.is_zero(),
            "csv_row({fields:?}) is empty and should not touch the heap ({stats:?})"
        );
    }
}
