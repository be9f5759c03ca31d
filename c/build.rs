//! Build script shared by the `exercises` and `solutions` packages: compiles
//! every C file in the course's `c/` folder into one static library that the
//! FFI exercises link against. The C code is part of the course, not of the
//! learner's work, so both packages compile the very same files.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let c_dir = manifest_dir.join("..").join("c");
    println!("cargo:rerun-if-changed={}", c_dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&c_dir)
        .expect("the course's c/ folder exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "c"))
        .collect();
    files.sort();
    if files.is_empty() {
        return;
    }
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    cc::Build::new()
        .files(&files)
        .include(&c_dir)
        .warnings(true)
        .extra_warnings(true)
        .warnings_into_errors(true)
        .compile("course_c");
}
