//! The training run of Part IV, chapter 4 ("Profile-guided optimization"):
//! built with `-Cprofile-generate`, it runs the interpreter on programs like
//! the ones it will run in production, and the instrumented binary records
//! which branches and calls were taken (`scripts/pgo.sh`).

use course_benches::vm;

fn main() {
    let mut total = 0;
    for (limit, print_every) in [(20_000, 100), (3_000, 7), (10_000, 1_000)] {
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
