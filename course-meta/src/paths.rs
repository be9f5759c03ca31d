//! Checks on paths written by authors: they must stay inside the project.

use std::path::{Component, Path};

/// Why an author-written path was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathProblem {
    /// The path is empty.
    Empty,
    /// The path is absolute (`/x`, `C:\x`).
    Absolute,
    /// The path climbs out with `..`.
    ParentDir,
}

impl PathProblem {
    /// A sentence saying what is wrong and what to write instead.
    pub fn explain(self) -> &'static str {
        match self {
            PathProblem::Empty => {
                "the path is empty — write a relative path such as `part1/ownership/first_word.rs`"
            }
            PathProblem::Absolute => {
                "the path is absolute — write it relative to its folder, without a leading `/`"
            }
            PathProblem::ParentDir => {
                "the path uses `..` to leave its folder — keep it inside the project"
            }
        }
    }
}

/// Accepts a relative path that stays below its base folder.
pub fn check_relative_path(path: &str) -> Result<(), PathProblem> {
    if path.trim().is_empty() {
        return Err(PathProblem::Empty);
    }
    let p = Path::new(path);
    if p.is_absolute() || path.starts_with('/') || path.starts_with('\\') {
        return Err(PathProblem::Absolute);
    }
    for component in p.components() {
        match component {
            Component::ParentDir => return Err(PathProblem::ParentDir),
            Component::RootDir | Component::Prefix(_) => return Err(PathProblem::Absolute),
            Component::CurDir | Component::Normal(_) => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_relative_paths() {
        assert_eq!(check_relative_path("part1/a.rs"), Ok(()));
        assert_eq!(check_relative_path("./a.rs"), Ok(()));
    }

    #[test]
    fn refuses_escapes() {
        assert_eq!(check_relative_path(""), Err(PathProblem::Empty));
        assert_eq!(
            check_relative_path("/etc/passwd"),
            Err(PathProblem::Absolute)
        );
        assert_eq!(check_relative_path("../x.rs"), Err(PathProblem::ParentDir));
        assert_eq!(
            check_relative_path("a/../../x.rs"),
            Err(PathProblem::ParentDir)
        );
    }
}
