//! Generates one documented module per chapter under `../src`, so that every
//! chapter's code blocks run as doctests without a hand-kept list.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let src = manifest_dir.join("..").join("src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut files = Vec::new();
    collect(&src, &mut files);
    files.sort();
    let mut out = String::new();
    for file in files {
        let relative = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if relative == "SUMMARY.md" {
            continue;
        }
        println!("cargo:rerun-if-changed={}", file.display());
        let name: String = relative
            .trim_end_matches(".md")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "#[doc = include_str!({:?})]\n#[doc = \"\"]\n#[doc = \"(from `src/{relative}`)\"]\npub mod chapter_{name} {{}}",
            file.display().to_string()
        );
    }
    let dest = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("chapters.rs");
    std::fs::write(dest, out).unwrap();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            // Every folder is watched, so a new chapter file triggers a rebuild.
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}
