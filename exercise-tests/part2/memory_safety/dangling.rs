use super::*;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// Whether `part` lies inside the memory of `whole`.
fn points_into(part: &str, whole: &str) -> bool {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    start <= at && at + part.len() <= start + whole.len()
}

#[test]
fn first_after_push_returns_the_first_entry() {
    let mut log = strings(&["boot", "login"]);
    let first = first_after_push(&mut log, "logout".to_string()).to_string();
    assert_eq!(
        first, "boot",
        "first_after_push([\"boot\", \"login\"], \"logout\") should return \"boot\""
    );
    assert_eq!(
        log,
        ["boot", "login", "logout"],
        "first_after_push should append the entry at the end"
    );
}

#[test]
fn first_after_push_on_an_empty_log_returns_the_new_entry() {
    let mut log = Vec::new();
    let first = first_after_push(&mut log, "only".to_string()).to_string();
    assert_eq!(
        first, "only",
        "on an empty log, the first entry is the one just pushed"
    );
    assert_eq!(log, ["only"], "the log should hold the pushed entry");
}

#[test]
fn first_after_push_points_into_the_log_and_allocates_nothing() {
    // Room for one more entry, so the push itself needs no allocation.
    let mut log = Vec::with_capacity(4);
    log.push("boot".to_string());
    let entry = "login".to_string();
    let (address, stats) = course_alloc::measure(|| {
        let first = first_after_push(&mut log, entry);
        first.as_ptr() as usize
    });
    assert_eq!(
        address,
        log[0].as_ptr() as usize,
        "the returned &str should be the log's own first entry, not a copy"
    );
    assert!(
        stats.is_zero(),
        "first_after_push should neither copy nor leak text, but it touched the heap: {stats:?}"
    );
}

#[test]
fn key_of_finds_the_key() {
    for (line, expected) in [
        ("name = Ferris", "name"),
        ("name=Ferris", "name"),
        ("  port\t=  8080  ", "port"),
        ("a = b = c", "a"),
        ("= no key", ""),
        ("   flag   ", "flag"),
        ("", ""),
    ] {
        let got = key_of(line);
        assert_eq!(got, expected, "key_of({line:?}) should be {expected:?}");
    }
}

#[test]
fn key_of_points_into_the_line_and_allocates_nothing() {
    for line in ["  name = Ferris", "flag", "x=1"] {
        let (key, stats) = course_alloc::measure(|| key_of(line));
        assert!(
            points_into(key, line),
            "key_of({line:?}) returned {key:?}, which should be a slice of the line itself, not a copy"
        );
        assert!(
            stats.is_zero(),
            "key_of({line:?}) should neither copy nor leak text, but it touched the heap: {stats:?}"
        );
    }
}
