use super::*;

/// Runs `f` and asserts that it freed every block it allocated: a line
/// buffer leaked (`Box::leak`, `mem::forget`) to make a borrow last longer
/// shows up here.
fn assert_leaks_nothing<R>(what: &str, f: impl FnOnce() -> R) {
    let ((), stats) = course_alloc::measure(|| drop(f()));
    assert_eq!(
        stats.allocations, stats.deallocations,
        "{what} allocated {} block(s) but freed {}: nothing may be leaked, every line \
         buffer must be dropped (fix the bound instead)",
        stats.allocations, stats.deallocations
    );
}

#[test]
fn fields_still_borrow_from_the_callers_line() {
    let line = String::from(" ada , grace,barbara ");
    let got: Option<Vec<&str>> = fields(&line);
    assert_eq!(
        got,
        Some(vec!["ada", "grace", "barbara"]),
        "fields::<&str>({line:?})"
    );
    let first = got.unwrap_or_default()[0];
    let whole = line.as_bytes().as_ptr_range();
    assert!(
        whole.contains(&first.as_ptr()),
        "fields::<&str> should return slices of the line, not copies"
    );
}

#[test]
fn fields_of_numbers_and_flags() {
    assert_eq!(
        fields::<u32>("1, 22 ,333"),
        Some(vec![1, 22, 333]),
        "fields::<u32>(\"1, 22 ,333\")"
    );
    assert_eq!(
        fields::<u32>("1, two, 3"),
        None,
        "fields::<u32>(\"1, two, 3\") should be None: `two` is not a number"
    );
    assert_eq!(
        fields::<bool>("yes,no"),
        Some(vec![true, false]),
        "fields::<bool>(\"yes,no\")"
    );
}

#[test]
fn count_valid_numbers() {
    let text = "1, 2, 3\n4,x\n\n   \n70000\n-1\n";
    let got = count_valid::<u32>(text.as_bytes()).map_err(|e| e.to_string());
    assert_eq!(
        got,
        Ok(2),
        "count_valid::<u32>({text:?}): \"1, 2, 3\" and \"70000\" are valid; blank lines do not count"
    );
}

#[test]
fn count_valid_flags() {
    let text = "yes\nno, yes\nmaybe\nyes,\n";
    let got = count_valid::<bool>(text.as_bytes()).map_err(|e| e.to_string());
    assert_eq!(
        got,
        Ok(2),
        "count_valid::<bool>({text:?}): \"yes\" and \"no, yes\" are valid"
    );
}

#[test]
fn count_valid_of_nothing_is_zero() {
    let got = count_valid::<u32>(&b""[..]).map_err(|e| e.to_string());
    assert_eq!(got, Ok(0), "count_valid of an empty reader should be Ok(0)");
}

#[test]
fn count_valid_reports_a_read_error() {
    let bytes: &[u8] = b"1\n\xff\n";
    let got = count_valid::<u32>(bytes);
    assert!(
        matches!(&got, Err(e) if e.kind() == io::ErrorKind::InvalidData),
        "count_valid of a reader with a line that is not UTF-8 should be an InvalidData error, got {got:?}"
    );
}

#[test]
fn map_lines_with_closures_that_return_slices() {
    let text = "Ada,1815\nGrace,1906\n";
    let names = map_lines(text.as_bytes(), |line| line.split(',').next().unwrap_or(""))
        .map_err(|e| e.to_string());
    assert_eq!(
        names,
        Ok(vec!["Ada".to_string(), "Grace".to_string()]),
        "map_lines({text:?}, first field)"
    );

    let trimmed = map_lines("  a \n\tb\n".as_bytes(), str::trim).map_err(|e| e.to_string());
    assert_eq!(
        trimmed,
        Ok(vec!["a".to_string(), "b".to_string()]),
        "map_lines(\"  a \\n\\tb\\n\", str::trim)"
    );
}

#[test]
fn map_lines_of_nothing_is_empty() {
    let got = map_lines(&b""[..], |line| line).map_err(|e| e.to_string());
    assert_eq!(
        got,
        Ok(vec![]),
        "map_lines of an empty reader should be Ok([])"
    );
}

#[test]
fn nothing_is_leaked() {
    let text = "1,2\nthree\n4\n".repeat(20);
    assert_leaks_nothing("count_valid::<u32> of 60 lines", || {
        count_valid::<u32>(text.as_bytes()).map_err(|e| e.to_string())
    });
    assert_leaks_nothing("map_lines of 60 lines", || {
        map_lines(text.as_bytes(), |line| line.split(',').next().unwrap_or(""))
            .map_err(|e| e.to_string())
    });
}
