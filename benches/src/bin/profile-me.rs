//! Counts the distinct users of a generated access log, the slow way: the
//! program profiled with `perf` in Part X, "Profile before optimizing".
//!
//!     cargo build --release -p course-benches --bin profile-me
//!     perf record -g target/release/profile-me
//!     perf report --no-children

fn main() {
    let log = course_benches::access_log::generate(200_000, 5_000);
    println!(
        "{} distinct users",
        course_benches::access_log::distinct_users_slow(&log)
    );
}
