//! The training run of Part IV, chapter 4 ("Profile-guided optimization"):
//! built with `-Cprofile-generate`, it runs the interpreter on programs like
//! the ones it will run in production, and the instrumented binary records
//! which branches and calls were taken (`scripts/pgo.sh`).
//!
//! Without arguments it runs the standard training workload. Each argument
//! `LIMIT:EVERY` replaces it with one run of the prime-counting program
//! below `LIMIT`, printing every `EVERY`-th prime (`scripts/pgo-fixtures.sh`
//! uses this to record two different runs).

use course_benches::vm;

fn main() {
    let args: Vec<(i64, i64)> = std::env::args()
        .skip(1)
        .map(|arg| {
            let parsed = arg
                .split_once(':')
                .and_then(|(limit, every)| Some((limit.parse().ok()?, every.parse().ok()?)));
            match parsed {
                Some((limit, every)) if limit > 0 && every > 0 => (limit, every),
                _ => {
                    eprintln!("pgo-train: `{arg}` is not LIMIT:EVERY (two positive numbers)");
                    std::process::exit(2);
                }
            }
        })
        .collect();
    let workload = if args.is_empty() {
        vec![(20_000, 100), (3_000, 7), (10_000, 1_000)]
    } else {
        args
    };
    let mut total = 0;
    for (limit, print_every) in workload {
        let (count, printed) = vm::run(&vm::count_primes(limit, print_every))
            .expect("the training programs are valid");
        total += count;
        println!(
            "primes below {limit}: {count} ({} lines printed)",
            printed.lines().count()
        );
    }
    println!("total {total}");
}
