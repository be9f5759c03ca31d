use super::*;

// Real profiles of two runs of `pgo-train` and their merge by
// llvm-profdata, with llvm-profdata's own summaries
// (`scripts/pgo-fixtures.sh` records them).
const RUN_A: &str = include_str!("fixtures/run-a.proftext");
const RUN_B: &str = include_str!("fixtures/run-b.proftext");
const MERGED: &str = include_str!("fixtures/merged.proftext");
const SUMMARY_A: &str = include_str!("fixtures/run-a.summary.txt");
const SUMMARY_B: &str = include_str!("fixtures/run-b.summary.txt");
const SUMMARY_MERGED: &str = include_str!("fixtures/merged.summary.txt");

/// A number that llvm-profdata printed after `label` in a summary.
fn summary_number(summary: &str, label: &str) -> u64 {
    summary
        .lines()
        .find_map(|line| line.strip_prefix(label))
        .and_then(|rest| rest.trim().parse().ok())
        .unwrap_or_else(|| panic!("the fixture summary has no `{label}` line"))
}

fn parsed(text: &str, what: &str) -> Vec<Record> {
    parse(text).unwrap_or_else(|e| panic!("parsing {what} failed: {e:?}"))
}

fn record(name: &str, hash: u64, counts: &[u64]) -> Record {
    Record {
        name: name.to_string(),
        hash,
        counts: counts.to_vec(),
    }
}

fn check_error(text: &str, line: usize, kind: ErrorKind) {
    assert_eq!(
        parse(text),
        Err(ParseError { line, kind }),
        "parse({text:?}) should fail at line {line} with {kind:?}"
    );
}

const SMALL: &str = "\
# IR level Instrumentation Flag
:ir
main
# Func Hash:
42
# Num Counters:
2
# Counter Values:
10
0

helper;with;semicolons
# Func Hash:
7
# Num Counters:
1
# Counter Values:
18446744073709551615
";

#[test]
fn a_small_profile_is_read_in_order() {
    assert_eq!(
        parse(SMALL),
        Ok(vec![
            record("main", 42, &[10, 0]),
            record("helper;with;semicolons", 7, &[u64::MAX]),
        ]),
        "the two records of {SMALL:?}"
    );
}

#[test]
fn headers_and_blank_lines_are_optional() {
    assert_eq!(parse(""), Ok(vec![]), "an empty text has no records");
    assert_eq!(
        parse("# IR level Instrumentation Flag\n:ir\n"),
        Ok(vec![]),
        "a header alone has no records"
    );
    let text = "\n\nf\n# Func Hash:\n1\n# Num Counters:\n1\n# Counter Values:\n5\n\n\n\ng\n# Func Hash:\n2\n# Num Counters:\n0\n# Counter Values:";
    assert_eq!(
        parse(text),
        Ok(vec![record("f", 1, &[5]), record("g", 2, &[])]),
        "no header, several blank lines, no final newline: {text:?}"
    );
}

#[test]
fn a_real_profile_has_the_totals_llvm_profdata_reports() {
    for (name, text, summary) in [
        ("run-a", RUN_A, SUMMARY_A),
        ("run-b", RUN_B, SUMMARY_B),
        ("merged", MERGED, SUMMARY_MERGED),
    ] {
        let records = parsed(text, name);
        let functions = records.len() as u64;
        let blocks: u64 = records.iter().map(|r| r.counts.len() as u64).sum();
        let total: u64 = records.iter().flat_map(|r| &r.counts).sum();
        assert_eq!(
            functions,
            summary_number(summary, "Total functions:"),
            "the number of records in {name}.proftext"
        );
        assert_eq!(
            blocks,
            summary_number(summary, "Total number of blocks:"),
            "the number of counters in {name}.proftext"
        );
        assert_eq!(
            total,
            summary_number(summary, "Total count:"),
            "the sum of all counters in {name}.proftext"
        );
    }
}

#[test]
fn merging_two_real_runs_gives_what_llvm_profdata_merge_gives() {
    let a = parsed(RUN_A, "run-a");
    let b = parsed(RUN_B, "run-b");
    let expected = parsed(MERGED, "merged");
    let got = merge(&[a.clone(), b.clone()]).expect("the two runs come from one binary");
    assert!(
        got == expected,
        "merge(run-a, run-b) differs from llvm-profdata's merge: {} records instead of {}, first difference {:?}",
        got.len(),
        expected.len(),
        got.iter().zip(&expected).find(|(g, e)| g != e)
    );
    let got = merge(&[b, a]).expect("the two runs come from one binary");
    assert!(got == expected, "the order of the profiles does not matter");
}

#[test]
fn merging_one_profile_sorts_it_and_merging_it_twice_doubles_it() {
    let a = parsed(RUN_A, "run-a");
    let mut sorted = a.clone();
    sorted.sort_by(|x, y| (&x.name, x.hash).cmp(&(&y.name, y.hash)));
    assert!(
        merge(std::slice::from_ref(&a)) == Ok(sorted),
        "merging one profile gives its records sorted by name, then hash"
    );
    let twice = merge(&[a.clone(), a.clone()]).expect("one binary");
    let doubled: u64 = twice.iter().flat_map(|r| &r.counts).sum();
    assert_eq!(
        doubled,
        2 * summary_number(SUMMARY_A, "Total count:"),
        "run-a merged with itself counts everything twice"
    );
    assert_eq!(merge(&[]), Ok(vec![]), "merging nothing gives nothing");
}

#[test]
fn functions_are_keyed_by_name_and_hash_and_sorted() {
    let first = vec![
        record("zeta", 1, &[1, 2]),
        record("alpha", 9, &[5]),
        record("alpha", 3, &[7, 7, 7]),
    ];
    let second = vec![record("alpha", 9, &[10]), record("beta", 4, &[0])];
    assert_eq!(
        merge(&[first, second]),
        Ok(vec![
            record("alpha", 3, &[7, 7, 7]),
            record("alpha", 9, &[15]),
            record("beta", 4, &[0]),
            record("zeta", 1, &[1, 2]),
        ]),
        "same name and hash are added; another hash stays separate; sorted by name, then hash"
    );
}

#[test]
fn sums_saturate_at_u64_max() {
    let a = vec![record("hot", 1, &[u64::MAX - 1, 3, u64::MAX])];
    let b = vec![record("hot", 1, &[5, 4, u64::MAX])];
    assert_eq!(
        merge(&[a, b]),
        Ok(vec![record("hot", 1, &[u64::MAX, 7, u64::MAX])]),
        "a sum that does not fit in a u64 stays at u64::MAX"
    );
}

#[test]
fn a_different_number_of_counters_is_a_mismatch() {
    let a = vec![record("f", 1, &[1]), record("g", 2, &[1, 2])];
    let b = vec![record("g", 2, &[1, 2, 3])];
    assert_eq!(
        merge(&[a, b]),
        Err(CounterMismatch {
            name: "g".to_string(),
            hash: 2
        }),
        "`g` has 2 counters in one profile and 3 in the other"
    );
}

#[test]
fn missing_labels_are_reported_at_their_line() {
    check_error(
        "f\n# Func Hash\n1\n# Num Counters:\n1\n# Counter Values:\n5\n",
        2,
        ErrorKind::MissingLabel(FUNC_HASH),
    );
    check_error(
        "f\n# Func Hash:\n1\n# Counters:\n1\n# Counter Values:\n5\n",
        4,
        ErrorKind::MissingLabel(NUM_COUNTERS),
    );
    check_error(
        ":ir\nf\n# Func Hash:\n1\n# Num Counters:\n1\n5\n",
        7,
        ErrorKind::MissingLabel(COUNTER_VALUES),
    );
    // A second record without its name: its first label is read as the name.
    check_error(
        "f\n# Func Hash:\n1\n# Num Counters:\n1\n# Counter Values:\n5\n\n# Func Hash:\n2\n# Num Counters:\n1\n# Counter Values:\n6\n",
        10,
        ErrorKind::MissingLabel(FUNC_HASH),
    );
}

#[test]
fn bad_numbers_are_reported_at_their_line() {
    let record_with = |hash: &str, n: &str, value: &str| {
        format!("f\n# Func Hash:\n{hash}\n# Num Counters:\n{n}\n# Counter Values:\n{value}\n")
    };
    check_error(
        &record_with("0x0384b8b9f3be1d18", "1", "5"),
        3,
        ErrorKind::NotANumber,
    );
    check_error(&record_with("1", "-1", "5"), 5, ErrorKind::NotANumber);
    check_error(&record_with("1", "1", "12 "), 7, ErrorKind::NotANumber);
    check_error(
        &record_with("1", "1", "18446744073709551616"),
        7,
        ErrorKind::NotANumber,
    );
    check_error(&record_with("1", "1", ""), 7, ErrorKind::NotANumber);
}

#[test]
fn what_follows_the_counters_is_checked() {
    check_error(
        "f\n# Func Hash:\n1\n# Num Counters:\n1\n# Counter Values:\n5\n6\n",
        8,
        ErrorKind::ExpectedBlankLine,
    );
    check_error(
        "f\n# Func Hash:\n1\n# Num Counters:\n1\n# Counter Values:\n0\n# Num Value Kinds:\n1\n# ValueKind = IPVK_IndirectCallTarget:\n0\n# NumValueSites:\n1\n0\n",
        8,
        ErrorKind::ValueProfile,
    );
}

#[test]
fn a_truncated_record_is_an_unexpected_end() {
    let full = "f\n# Func Hash:\n1\n# Num Counters:\n3\n# Counter Values:\n5\n6\n7\n";
    for cut in 1..9 {
        let text: String = full.lines().take(cut).map(|l| format!("{l}\n")).collect();
        check_error(&text, cut + 1, ErrorKind::UnexpectedEnd);
    }
    check_error(
        "f\n# Func Hash:\n1\n# Num Counters:\n3",
        6,
        ErrorKind::UnexpectedEnd,
    );
}

#[test]
fn a_huge_number_of_counters_is_an_unexpected_end_not_an_allocation() {
    check_error(
        "f\n# Func Hash:\n1\n# Num Counters:\n18446744073709551615\n# Counter Values:\n1\n2\n",
        9,
        ErrorKind::UnexpectedEnd,
    );
}

#[test]
fn a_real_profile_cut_after_any_line_is_an_error_or_fewer_records_never_a_panic() {
    let full = parsed(RUN_A, "run-a");
    for (cut, _) in RUN_A.match_indices('\n') {
        let part = &RUN_A[..cut];
        let lines = part.lines().count();
        match parse(part) {
            Ok(records) => assert!(
                records.len() <= full.len() && records[..] == full[..records.len()],
                "run-a.proftext cut after its line {lines} parsed into records that are not a prefix of run-a's"
            ),
            Err(error) => assert_eq!(
                error,
                ParseError {
                    line: lines + 1,
                    kind: ErrorKind::UnexpectedEnd
                },
                "run-a.proftext cut after its line {lines} ends inside a record"
            ),
        }
    }
}
