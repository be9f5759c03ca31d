//! The real course's exercise layout agrees with cargo: for every exercise
//! in `exercises.toml`, the package and test target that course-meta's
//! layout names (and so the command the book prints, and the build the
//! checker runs) exist, with the features they need; the learners' packages
//! are the only workspace members left out of a plain `cargo test`.
//!
//! `cargo metadata --no-deps` reads the manifests without building anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use cargo_metadata::{MetadataCommand, Package, TargetKind};
use course_meta::{Course, Side};

fn course_and_packages() -> (Course, BTreeMap<String, Package>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("checker/ sits in the course root");
    let course = Course::load(root).unwrap_or_else(|e| panic!("{e}"));
    let metadata = MetadataCommand::new()
        .current_dir(root)
        .no_deps()
        .exec()
        .expect("cargo metadata runs");
    let packages = metadata
        .packages
        .into_iter()
        .map(|p| (p.name.to_string(), p))
        .collect();
    (course, packages)
}

#[test]
fn every_command_names_a_real_package_target_and_features() {
    let (course, packages) = course_and_packages();
    let mut problems = Vec::new();
    for exercise in &course.exercises {
        let layout = course.layout(exercise);
        for side in Side::BOTH {
            let name = layout.package(side);
            let command = layout.raw_test_command(side);
            let Some(package) = packages.get(&name) else {
                problems.push(format!("`{command}`: there is no package `{name}`"));
                continue;
            };
            let Some(target) = package
                .targets
                .iter()
                .find(|t| t.name == layout.target() && t.kind.contains(&TargetKind::Test))
            else {
                problems.push(format!(
                    "`{command}`: `{name}` has no test target `{}` (run `cargo course sync`)",
                    layout.target()
                ));
                continue;
            };
            let required: BTreeSet<&str> = target
                .required_features
                .iter()
                .map(String::as_str)
                .collect();
            let features = layout.features();
            let wanted: BTreeSet<&str> = features.iter().map(String::as_str).collect();
            if required != wanted {
                problems.push(format!(
                    "`{name}`'s target `{}` requires the features {required:?}, the layout {wanted:?}",
                    layout.target()
                ));
            }
            for feature in &features {
                if !package.features.contains_key(feature) {
                    problems.push(format!(
                        "`{name}` has no feature `{feature}`, which `{}` needs: add it to {}",
                        exercise.id, package.manifest_path
                    ));
                }
                let default = package.features.get("default").cloned().unwrap_or_default();
                if !default.contains(feature) {
                    problems.push(format!(
                        "`{name}`'s default features leave out `{feature}`: a plain `cargo test -p {name}` would skip `{}`",
                        exercise.id
                    ));
                }
            }
            let expected_dir = layout.package_dir(side);
            let actual_dir = package
                .manifest_path
                .parent()
                .expect("a manifest is in a folder");
            if actual_dir.as_std_path().canonicalize().ok() != expected_dir.canonicalize().ok() {
                problems.push(format!(
                    "`{name}` lives in {actual_dir}, the layout expects {}",
                    expected_dir.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn only_the_learners_packages_are_left_out_of_a_plain_cargo_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let metadata = MetadataCommand::new()
        .current_dir(root)
        .no_deps()
        .exec()
        .expect("cargo metadata runs");
    let name_of = |id: &cargo_metadata::PackageId| {
        metadata
            .packages
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.to_string())
            .expect("a member is a package")
    };
    let defaults: BTreeSet<String> = metadata
        .workspace_default_members
        .iter()
        .map(name_of)
        .collect();
    let mut problems = Vec::new();
    for member in metadata.workspace_members.iter().map(name_of) {
        // Stubs fail their tests by design; everything else must pass.
        let learners = member == Side::Exercises.shared_package()
            || member.starts_with(&format!("{}-", Side::Exercises.shared_package()));
        if learners == defaults.contains(&member) {
            problems.push(format!(
                "`{member}` {} in `default-members` of the root Cargo.toml",
                if learners { "must not be" } else { "must be" }
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
