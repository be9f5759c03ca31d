use super::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Every `benchmark.json` criterion wrote for a finished benchmark (in a
/// `new` folder), as text.
fn records(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.ends_with("new/benchmark.json") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", f.display()))
        })
        .collect()
}

/// Runs `compare_sums` quickly into a temporary folder; returns its records.
fn run() -> Vec<String> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut c = Criterion::default()
        .output_directory(dir.path())
        .warm_up_time(Duration::from_millis(5))
        .measurement_time(Duration::from_millis(20))
        .sample_size(10)
        .nresamples(100)
        .without_plots();
    compare_sums(&mut c);
    records(dir.path())
}

fn find<'a>(records: &'a [String], function: &str, n: usize) -> Option<&'a String> {
    records.iter().find(|r| {
        r.contains(&format!("\"function_id\":\"{function}\""))
            && r.contains(&format!("\"value_str\":\"{n}\""))
    })
}

#[test]
fn the_two_functions_agree() {
    for n in [0, 1, 2, 100] {
        let input = line(n);
        assert_eq!(
            sum_split(&input),
            sum_digits(&input),
            "both sums of line({n})"
        );
    }
}

#[test]
fn measures_both_functions_at_both_sizes_with_throughput() {
    let records = run();
    assert!(
        !records.is_empty(),
        "compare_sums ran but criterion recorded no benchmark: define a group with c.benchmark_group and benchmark in it"
    );
    for record in &records {
        assert!(
            record.contains("\"group_id\":\"sum_csv\""),
            "every benchmark should be in the group \"sum_csv\", but criterion recorded: {record}"
        );
    }
    for n in SIZES {
        let bytes = line(n).len();
        for function in ["split", "digits"] {
            let record = find(&records, function, n).unwrap_or_else(|| {
                panic!(
                    "no benchmark BenchmarkId::new(\"{function}\", {n}) in group sum_csv; criterion recorded:\n{}",
                    records.join("\n")
                )
            });
            assert!(
                record.contains(&format!("\"throughput\":{{\"Bytes\":{bytes}}}")),
                "the benchmark {function}/{n} should have a throughput of Throughput::Bytes({bytes}) (the length of line({n})), but criterion recorded: {record}"
            );
        }
    }
    assert_eq!(
        records.len(),
        4,
        "there should be exactly 4 benchmarks (split and digits at 2 sizes), but criterion recorded {}",
        records.len()
    );
}
