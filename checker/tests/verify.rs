//! `cargo course verify`, one rule at a time, on copies of the fixture
//! course that keep only well-formed exercises (`fails`, a fix; `compile-me`,
//! a "make it compile"; `own-crate`, in a package of its own) and then
//! break one thing per rule. Each violation must name its file (and line,
//! where there is one).

mod common;

use common::Fixture;

/// The exercises that meet the contract as the fixture ships them.
const WELL_FORMED: &[&str] = &["fails", "compile-me", "own-crate"];

#[test]
fn a_well_formed_course_passes() {
    let course = Fixture::only("verify_clean", WELL_FORMED);
    course
        .checker(&["verify"])
        .assert_success()
        .assert_stdout_has(&["all 3 exercises meet the contract"]);
}

/// The rules that need no build are all reported together, each located.
#[test]
fn placements_generated_files_and_records_are_checked_before_building() {
    let course = Fixture::only("verify_static", WELL_FORMED);
    let chapter = course.read("src/chapter.md");
    course.write(
        "src/chapter.md",
        &format!("{chapter}\n{{{{#exercise fails}}}}\n\n{{{{#exercise nope}}}}\n"),
    );
    let lines = chapter.lines().count();
    // A generated target removed by hand.
    let manifest = course.read("solutions/Cargo.toml");
    course.write(
        "solutions/Cargo.toml",
        &manifest.replace(
            "[[test]]\nname = \"fails\"\npath = \"src/demo/fails.rs\"\n\n",
            "",
        ),
    );
    // A learner's work in progress, and tests changed without `sync`.
    course.write(
        "exercises/src/demo/fails.rs",
        &course.read("solutions/src/demo/fails.rs"),
    );
    let tests = course.read("exercise-tests/demo/fails.rs");
    course.write(
        "exercise-tests/demo/fails.rs",
        &format!("{tests}\n#[test]\nfn more() {{}}\n"),
    );

    let out = course.checker(&["verify"]);
    out.assert_failure().assert_stdout_has(&[
        &format!(
            "src/chapter.md:{}: exercise `fails` is placed twice (first in src/chapter.md:",
            lines + 2
        ),
        &format!("src/chapter.md:{}: unknown exercise `nope`", lines + 4),
        "solutions/Cargo.toml: out of date with exercises.toml — run `cargo course sync`",
        "exercises/src/demo/fails.rs: differs from the original stub recorded in exercises/pristine.toml. It has uncommitted changes",
        "Learners: this is your solution, and `verify` is a tool for the course's authors",
        "exercise-tests/demo/fails.rs: the tests changed since they were recorded — run `cargo course sync`",
    ]);
    assert!(
        !out.stderr.contains("building and running"),
        "it stopped before building\n{out}"
    );
}

/// The 1-based line of the first line of `text` that starts with `prefix`,
/// after the line that holds `after`.
fn line_after(text: &str, after: &str, prefix: &str) -> usize {
    let start = text
        .lines()
        .position(|l| l.contains(after))
        .unwrap_or_else(|| panic!("no line holds {after:?}"));
    start
        + 1
        + text
            .lines()
            .skip(start)
            .position(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix:?} line after {after:?}"))
}

/// The placement rules besides "placed twice" and "unknown exercise", and a
/// missing record: each violation names its file and line.
#[test]
fn misplaced_unplaced_unlisted_and_unrecorded_exercises_are_located() {
    let course = Fixture::only("verify_placements", WELL_FORMED);
    let manifest = course.read("exercises.toml");
    // `compile-me` placed in a chapter the manifest does not name.
    let chapter = course.read("src/chapter.md");
    course.write(
        "src/chapter.md",
        &chapter
            .replace("{{#exercise compile-me}}\n", "")
            .replace("{{#exercise own-crate}}\n", ""),
    );
    course.write("src/other.md", "# Other\n\n{{#exercise compile-me}}\n");
    let summary = course.read("src/SUMMARY.md");
    course.write("src/SUMMARY.md", &format!("{summary}- [Other](other.md)\n"));
    // A file that places an exercise but is not in SUMMARY.md.
    course.write("src/unlisted.md", "# Unlisted\n\n{{#exercise fails}}\n");
    // No record of `fails`.
    let record = course.read("exercises/pristine.toml");
    let kept: Vec<&str> = record
        .split("[[exercise]]")
        .filter(|table| !table.contains("id = \"fails\""))
        .collect();
    course.write("exercises/pristine.toml", &kept.join("[[exercise]]"));

    let out = course.checker(&["verify"]);
    out.assert_failure().assert_stdout_has(&[
        &format!(
            "src/other.md:3: exercise `compile-me` belongs to `chapter.md` according to exercises.toml:{} — move the directive there or change `chapter`",
            line_after(&manifest, "id = \"compile-me\"", "chapter = ")
        ),
        // `own-crate` is placed nowhere now.
        &format!(
            "exercises.toml:{}: exercise `own-crate` is not placed in any chapter",
            line_after(&manifest, "id = \"own-crate\"", "id = ")
        ),
        "src/unlisted.md:3: this file places exercises but is not listed in src/SUMMARY.md",
        "exercises/pristine.toml: no record of `fails` — run `cargo course sync`",
    ]);
    assert!(
        !out.stderr.contains("building and running"),
        "it stopped before building\n{out}"
    );
}

/// The rules that need the stubs and solutions built and run.
#[test]
fn stubs_and_solutions_are_run_against_the_contract() {
    let course = Fixture::only(
        "verify_dynamic",
        &["fails", "compile-me", "own-crate", "aborts"],
    );
    // A stub that passes untouched (recorded as the original by an author).
    course.write(
        "exercises/src/demo/fails.rs",
        &course.read("solutions/src/demo/fails.rs"),
    );
    // A "make it compile" stub that compiles.
    course.write(
        "exercises/src/demo/compile_me.rs",
        &course.read("solutions/src/demo/compile_me.rs"),
    );
    // A test marked #[ignore], recorded by `sync` like any other.
    let tests = course.read("exercise-tests/demo/aborts.rs");
    course.write(
        "exercise-tests/demo/aborts.rs",
        &format!("{tests}\n#[test]\n#[ignore]\nfn later() {{}}\n"),
    );
    course.checker(&["sync", "--stubs"]).assert_success();
    // A solution that fails one of its tests.
    let solution = course.read("solutions/src/demo/own_crate.rs");
    course.write(
        "solutions/src/demo/own_crate.rs",
        &solution.replace("x * 3", "x * 4"),
    );
    // Recorded test names that the solution does not hold.
    let record = course.read("exercises/pristine.toml");
    let (before, after) = record
        .split_once("id = \"compile-me\"")
        .expect("a record of `compile-me`");
    course.write(
        "exercises/pristine.toml",
        &format!(
            "{before}id = \"compile-me\"{}",
            after.replacen("\"tests::", "\"tests::renamed_", 1)
        ),
    );
    course.commit("broken on purpose");

    let out = course.checker(&["verify"]);
    out.assert_failure().assert_stdout_has(&[
        "exercises/src/demo/fails.rs: the stub of `fails` passes untouched",
        "exercises/src/demo/compile_me.rs: the stub of the \"make it compile\" exercise `compile-me` compiles",
        "solutions/src/demo/own_crate.rs: the solution of `own-crate` must pass all its tests, but these tests did not pass:",
        "triple(4) should be 12",
        "exercises/pristine.toml: the recorded tests of `compile-me`",
        // A stub must fail cleanly, not crash.
        "exercises/src/demo/aborts.rs: the stub of `aborts` must compile and fail its tests cleanly, but it crashed",
        "exercise-tests/demo/aborts.rs: tests of `aborts` are marked #[ignore], so they never run: later — remove the attribute",
    ]);
    // Multi-line details are indented under their rule, never flush left.
    let detail = out
        .stdout
        .lines()
        .find(|l| l.contains("triple(4) should be 12"))
        .expect("the failing assertion is shown");
    assert!(detail.starts_with("      "), "{detail:?}\n{out}");
}
