//! Reports the "make it compile" exercises, and the exercises in a package of
//! their own (procedural macros), in a plain `cargo test -p exercises`.
//!
//! Their stubs do not compile until the learner fixes them, so they cannot be
//! modules of the aggregate test binary (one compile error would stop every
//! other exercise from running). This test compiles and runs each of them in a
//! separate `cargo` call instead, so an unfixed one shows up as one failing
//! test here, with the compiler's message, and nothing else is affected.

use std::path::Path;
use std::process::Command;

use course_meta::{Course, Side};

#[test]
fn make_it_compile_exercises() {
    let package_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = package_dir
        .parent()
        .expect("exercises/ sits in the course root");
    let course = Course::load(root).unwrap_or_else(|e| panic!("{e}"));
    let mut unsolved = Vec::new();
    // The exercises the aggregate leaves out, built as the checker builds
    // them (course-meta's layout owns the package, target and features).
    for exercise in course
        .exercises
        .iter()
        .filter(|e| !course.layout(e).in_aggregate())
    {
        let output = Command::new(env!("CARGO"))
            .args(["test", "--quiet"])
            .args(course.layout(exercise).cargo_target_args(Side::Exercises))
            .args(["--message-format", "short", "--color", "never"])
            .current_dir(root)
            .output()
            .expect("cargo runs");
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let errors: Vec<&str> = stderr
                .lines()
                .filter(|line| line.contains("error") || line.contains("panicked"))
                .collect();
            unsolved.push(format!(
                "`{}` ({}) is not solved yet:\n    {}\n  details: cargo course check {}",
                exercise.id,
                course.relative(&course.stub_path(exercise)).display(),
                errors.join("\n    "),
                exercise.id
            ));
        }
    }
    assert!(
        unsolved.is_empty(),
        "expected every \"make it compile\" exercise and every procedural macro exercise to compile and pass its tests\n\n{}",
        unsolved.join("\n\n")
    );
}
