use super::*;

// Real profiles of `pgo-train` and llvm-profdata's own summaries of them
// (`scripts/pgo-fixtures.sh` records them).
const PROFILES: [(&str, &str, &str); 3] = [
    (
        "run-a",
        include_str!("fixtures/run-a.proftext"),
        include_str!("fixtures/run-a.summary.txt"),
    ),
    (
        "run-b",
        include_str!("fixtures/run-b.proftext"),
        include_str!("fixtures/run-b.summary.txt"),
    ),
    (
        "merged",
        include_str!("fixtures/merged.proftext"),
        include_str!("fixtures/merged.summary.txt"),
    ),
];

/// The functions of a text profile, as (name, counts). Only what these
/// fixtures need: the name is the line three lines above `# Num Counters:`.
fn functions(text: &str) -> Vec<(&str, Vec<u64>)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut functions = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if *line == "# Num Counters:" {
            let n: usize = lines[i + 1].parse().expect("a number of counters");
            let counts = lines[i + 3..i + 3 + n]
                .iter()
                .map(|c| c.parse().expect("a counter"))
                .collect();
            functions.push((lines[i - 3], counts));
        }
    }
    functions
}

fn all_counts(text: &str) -> Vec<u64> {
    functions(text).into_iter().flat_map(|(_, c)| c).collect()
}

/// llvm-profdata's lines "N blocks (P%) with count >= C account for ...",
/// one per default cutoff.
fn printed_summary(summary: &str) -> Vec<CutoffEntry> {
    let entries: Vec<CutoffEntry> = summary
        .lines()
        .filter(|line| line.contains(" blocks (") && line.contains("with count >="))
        .zip(DEFAULT_CUTOFFS)
        .map(|(line, cutoff)| {
            let words: Vec<&str> = line.split_whitespace().collect();
            CutoffEntry {
                cutoff,
                num_counts: words[0].parse().expect("a number of blocks"),
                min_count: words[6].parse().expect("a count"),
            }
        })
        .collect();
    assert_eq!(
        entries.len(),
        DEFAULT_CUTOFFS.len(),
        "the fixture summary has one line per default cutoff"
    );
    entries
}

#[test]
fn the_summary_of_real_profiles_is_what_llvm_profdata_prints() {
    for (name, profile, summary) in PROFILES {
        let expected = printed_summary(summary);
        let got = detailed_summary(&all_counts(profile), &DEFAULT_CUTOFFS);
        for (got, expected) in got.iter().zip(&expected) {
            assert_eq!(
                got, expected,
                "{name}: at cutoff {} llvm-profdata prints {} blocks with count >= {}",
                expected.cutoff, expected.num_counts, expected.min_count
            );
        }
        assert_eq!(got.len(), expected.len(), "{name}: one entry per cutoff");
    }
}

#[test]
fn equal_counts_are_taken_together() {
    assert_eq!(
        detailed_summary(&[1, 5, 5, 5], &[500_000]),
        [CutoffEntry {
            cutoff: 500_000,
            min_count: 5,
            num_counts: 3
        }],
        "half of 16 is 8: the three blocks of 5 are taken together"
    );
    assert_eq!(
        detailed_summary(&[2, 9, 2, 2, 1], &[100_000, 600_000, 999_999]),
        [
            CutoffEntry {
                cutoff: 100_000,
                min_count: 9,
                num_counts: 1
            },
            CutoffEntry {
                cutoff: 600_000,
                min_count: 9,
                num_counts: 1
            },
            CutoffEntry {
                cutoff: 999_999,
                min_count: 2,
                num_counts: 4
            },
        ],
        "total 16: 1.6 and 9.6 round down to 1 and 9, which 9 reaches; 15.99 needs the three 2s"
    );
}

#[test]
fn nothing_taken_gives_zeros() {
    let zeros = |cutoff| CutoffEntry {
        cutoff,
        min_count: 0,
        num_counts: 0,
    };
    assert_eq!(
        detailed_summary(&[], &[10_000, 990_000]),
        [zeros(10_000), zeros(990_000)],
        "an empty profile"
    );
    assert_eq!(
        detailed_summary(&[0, 0, 0], &[990_000]),
        [zeros(990_000)],
        "a profile that never ran: the desired sum is 0"
    );
    assert_eq!(
        detailed_summary(&[3, 1], &[1]),
        [CutoffEntry {
            cutoff: 1,
            min_count: 0,
            num_counts: 0
        }],
        "4 × 1 / 1,000,000 rounds down to 0: nothing is needed"
    );
}

#[test]
fn huge_counts_do_not_overflow() {
    // Counts of a server that ran for days: their total fits in a u64,
    // the total times the cutoff does not.
    let days = [300_000_000_000_000, 200_000_000_000_000, 7];
    assert_eq!(
        detailed_summary(&days, &[500_000, 990_000]),
        [
            CutoffEntry {
                cutoff: 500_000,
                min_count: 300_000_000_000_000,
                num_counts: 1
            },
            CutoffEntry {
                cutoff: 990_000,
                min_count: 200_000_000_000_000,
                num_counts: 2
            },
        ],
        "counts {days:?}"
    );
    // Counts whose total does not even fit in a u64.
    let saturated = [u64::MAX, 1, u64::MAX];
    assert_eq!(
        detailed_summary(&saturated, &[500_000]),
        [CutoffEntry {
            cutoff: 500_000,
            min_count: u64::MAX,
            num_counts: 2
        }],
        "counts {saturated:?}"
    );
}

#[test]
fn the_hot_function_of_the_interpreter_profile_is_the_interpreter_loop() {
    let (_, merged, _) = PROFILES[2];
    let functions = functions(merged);
    let hot_count = detailed_summary(&all_counts(merged), &[990_000])[0].min_count;
    let borrowed: Vec<(&str, &[u64])> = functions.iter().map(|(n, c)| (*n, &c[..])).collect();
    let hot = hot_functions(&borrowed, hot_count);
    assert_eq!(
        hot.len(),
        1,
        "at the 99% cutoff (hot count {hot_count}) one function is hot, got {hot:?}"
    );
    assert!(
        hot[0].0.contains("course_benches2vm3run"),
        "the hot function is `course_benches::vm::run`, got {hot:?}"
    );
}

#[test]
fn hot_functions_of_a_real_profile_at_every_cutoff() {
    let (_, merged, _) = PROFILES[2];
    let functions = functions(merged);
    let borrowed: Vec<(&str, &[u64])> = functions.iter().map(|(n, c)| (*n, &c[..])).collect();
    for entry in detailed_summary(&all_counts(merged), &DEFAULT_CUTOFFS) {
        let hot_count = entry.min_count;
        let mut expected: Vec<(&str, u64)> = borrowed
            .iter()
            .filter_map(|&(name, counts)| counts.iter().max().map(|&max| (name, max)))
            .filter(|&(_, max)| max >= hot_count)
            .collect();
        expected.sort_by_key(|&(name, max)| (std::cmp::Reverse(max), name));
        assert_eq!(
            hot_functions(&borrowed, hot_count),
            expected,
            "the functions with a block count of at least {hot_count} (cutoff {})",
            entry.cutoff
        );
    }
}

#[test]
fn hot_functions_include_the_threshold_and_break_ties_by_name() {
    let functions: [(&str, &[u64]); 6] = [
        ("zebra", &[0, 40, 3]),
        ("apple", &[40]),
        ("cold", &[0, 0]),
        ("empty", &[]),
        ("mango", &[39, 39]),
        ("kiwi", &[100, 0]),
    ];
    assert_eq!(
        hot_functions(&functions, 40),
        [("kiwi", 100), ("apple", 40), ("zebra", 40)],
        "hot count 40: a count of exactly 40 is hot; equal counts in name order"
    );
    assert_eq!(
        hot_functions(&functions, 101),
        [],
        "hot count 101: nothing ran that often"
    );
}
