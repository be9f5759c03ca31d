//! Each step of the capstone's exercises has a reference solution in
//! `solutions/src/part13/capstone/`, and the same code is a module of this
//! crate (which the later steps use). The two copies must not drift apart:
//! this test compares them, ignoring the task text (`//!` lines), the test
//! attachment, the order of `use` lines and `course_kv::` versus `crate::`.

use std::path::Path;

/// (module of this crate, solution file of the step)
const STEPS: [(&str, &str); 5] = [
    ("keys", "keys"),
    ("store", "store"),
    ("api", "http_api"),
    ("cli", "cli"),
    ("app", "end_to_end"),
];

/// The `use` lines, sorted, and the other lines, in order.
fn code(text: &str) -> (Vec<String>, Vec<String>) {
    let text = text.replace("course_kv::", "crate::");
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.starts_with("//!")).collect();
    if let Some(at) = lines.iter().position(|l| *l == "#[cfg(test)]") {
        if lines.get(at + 2).is_some_and(|l| *l == "mod tests;") {
            lines.truncate(at);
        }
    }
    let mut uses = Vec::new();
    let mut rest = Vec::new();
    for line in lines {
        if line.starts_with("use ") {
            uses.push(line.to_owned());
        } else if !(rest.is_empty() && line.trim().is_empty()) {
            rest.push(line.to_owned());
        }
    }
    while rest.last().is_some_and(|l| l.trim().is_empty()) {
        rest.pop();
    }
    uses.sort();
    (uses, rest)
}

#[test]
fn each_module_is_its_steps_reference_solution() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (module, step) in STEPS {
        let module_path = root.join("src").join(format!("{module}.rs"));
        let step_path = root.join(format!("../solutions/src/part13/capstone/{step}.rs"));
        let read = |path: &Path| {
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let (module_uses, module_code) = code(&read(&module_path));
        let (step_uses, step_code) = code(&read(&step_path));
        assert_eq!(
            module_uses,
            step_uses,
            "the `use` lines of {} and {} differ",
            module_path.display(),
            step_path.display()
        );
        if let Some(at) = (0..module_code.len().max(step_code.len()))
            .find(|&i| module_code.get(i) != step_code.get(i))
        {
            panic!(
                "{} and {} differ at their code line {}:\n  {:?}\n  {:?}\nchange both, or neither",
                module_path.display(),
                step_path.display(),
                at + 1,
                module_code.get(at),
                step_code.get(at)
            );
        }
    }
}
