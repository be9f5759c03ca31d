//! Running rustc on a block the way rustdoc would, with the crates the
//! chapters' doctests get, and reading its JSON diagnostics.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::UNIX_EPOCH;

use anyhow::{bail, ensure, Context as _, Result};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// The compiler and the flags every block is compiled with.
#[derive(Debug)]
pub struct Rustc {
    program: OsString,
    /// `1.95.0`.
    pub release: String,
    /// `--sysroot`, when rustc's own would show std's sources (see `sysroot_without_sources`).
    sysroot: Option<PathBuf>,
    /// `--extern`, `-L` and `--check-cfg` flags, exactly as cargo gives them to
    /// rustdoc for book-tests' doctests.
    flags: Vec<String>,
    /// The doctests' default edition.
    pub edition: String,
    /// Everything besides a block's own text that rustc's output depends on:
    /// `rustc -vV` in full, the sysroot, the flags, and the size and
    /// modification time of every crate the flags name (see `compile`).
    inputs: String,
    /// Where rustc's output for each set of inputs is kept between runs.
    cache: PathBuf,
    /// How many blocks `compile` answered from the cache.
    pub cached: AtomicUsize,
}

/// One diagnostic rustc printed.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// `error`, `warning`, ...
    pub level: String,
    /// `E0382`, if it has one.
    pub code: Option<String>,
    /// The diagnostic as rustc renders it for a terminal (without colour).
    pub rendered: String,
}

impl Rustc {
    /// Finds the flags cargo gives rustdoc for book-tests' doctests, by asking
    /// cargo to list the doctests verbosely (`cargo test --doc -v -- --list`,
    /// which prints rustdoc's command line and compiles no doctest).
    ///
    /// Why this way: the rlibs under `target/debug/deps` come in several
    /// variants (feature unification depends on which packages a command
    /// selects, so `cargo test -p book-tests` and `cargo test --workspace`
    /// build different `rayon`, `smol`, `libc`...), and only cargo knows
    /// which variant goes with which build. Picking files from `deps/` by
    /// name would be ambiguous, and rustc rejects a mix of variants. The
    /// nested cargo runs at the workspace root with its default members, the
    /// packages a plain `cargo test` and `make test` select, so in those runs
    /// every artifact it names is already built and nothing is compiled twice.
    /// (Nested cargo is safe here: cargo releases its build lock before it
    /// runs test binaries.)
    pub fn discover(root: &Path, scratch: &Path) -> Result<Rustc> {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let output = Command::new(&cargo)
            .current_dir(root)
            .args(["test", "--doc", "--verbose", "--", "--list"])
            .output()
            .with_context(|| format!("cannot run {cargo:?}"))?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        ensure!(
            output.status.success(),
            "`cargo test --doc --verbose -- --list` failed in {}:\n{stderr}",
            root.display()
        );
        let command = stderr
            .lines()
            .filter_map(|line| {
                let start = line.find("Running `")? + "Running `".len();
                let end = line.rfind('`')?;
                (end > start).then(|| &line[start..end])
            })
            .map(shell_words)
            .find(|words| {
                words
                    .windows(2)
                    .any(|w| w[0] == "--crate-name" && w[1] == "book_tests")
                    && words.iter().any(|w| w == "--test")
            })
            .with_context(|| {
                format!("cargo printed no rustdoc command line for book-tests' doctests:\n{stderr}")
            })?;

        let mut flags = Vec::new();
        let mut edition = "2015".to_string();
        let mut words = command.iter();
        let rustdoc = words.next().cloned().unwrap_or_default();
        while let Some(word) = words.next() {
            match word.as_str() {
                "--extern" | "-L" | "--check-cfg" => {
                    let value = words
                        .next()
                        .with_context(|| format!("`{word}` without a value"))?;
                    flags.push(word.clone());
                    flags.push(value.clone());
                }
                "--edition" => edition = words.next().cloned().unwrap_or(edition),
                _ => {
                    if let Some(value) = word.strip_prefix("--edition=") {
                        edition = value.to_string();
                    }
                }
            }
        }

        // The rustc beside that rustdoc built the rlibs (or RUSTC, as for cargo).
        let program = match std::env::var_os("RUSTC") {
            Some(rustc) => rustc,
            None => {
                let sibling = Path::new(&rustdoc).with_file_name("rustc");
                if sibling.is_absolute() && sibling.exists() {
                    sibling.into_os_string()
                } else {
                    "rustc".into()
                }
            }
        };
        let version = run_text(Command::new(&program).arg("-vV"))?;
        let field = |name: &str| {
            version
                .lines()
                .find_map(|line| line.strip_prefix(name))
                .map(|value| value.trim().to_string())
                .with_context(|| format!("`rustc -vV` printed no `{name}`:\n{version}"))
        };
        let (release, host) = (field("release:")?, field("host:")?);
        let sysroot = run_text(Command::new(&program).args(["--print", "sysroot"]))?;
        let sysroot = sysroot_without_sources(Path::new(sysroot.trim()), &host, scratch)?;
        let inputs = inputs(&version, sysroot.as_deref(), &flags);
        Ok(Rustc {
            program,
            release,
            sysroot,
            flags,
            edition,
            inputs,
            cache: scratch.join("cache"),
            cached: AtomicUsize::new(0),
        })
    }

    /// Compiles `source` as `dir/FILE` (`FILE` is `src/main.rs` or the like,
    /// so that messages name it as the book does), as rustdoc compiles a
    /// doctest, and returns what rustc printed, without its closing summary.
    pub fn compile(
        &self,
        dir: &Path,
        file: &str,
        source: &str,
        edition: &str,
    ) -> Result<Vec<Diagnostic>> {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap())
            .with_context(|| format!("cannot create {}", dir.display()))?;
        std::fs::write(&path, source)
            .with_context(|| format!("cannot write {}", path.display()))?;
        let mut command = Command::new(&self.program);
        command
            .current_dir(dir)
            .args([
                "--crate-type",
                "bin",
                "--crate-name",
                "rust_out",
                "--edition",
                edition,
            ])
            .args(["--error-format=json", "--color=never", "-C", "debuginfo=0"])
            // rustdoc puts `#![allow(unused)]` above every doctest.
            .args(["-A", "unused"])
            .args(&self.flags)
            .arg("-o")
            .arg(dir.join("rust_out"))
            .arg(file);
        if let Some(sysroot) = &self.sysroot {
            command.arg("--sysroot").arg(sysroot);
        }
        let (success, stderr) = self.run_cached(&mut command, file, source, edition)?;
        let mut diagnostics = Vec::new();
        for line in stderr.lines() {
            if !line.starts_with('{') {
                continue;
            }
            let json: Value = serde_json::from_str(line)
                .with_context(|| format!("rustc printed a line that is not JSON: {line}"))?;
            let level = json["level"].as_str().unwrap_or_default().to_string();
            let message = json["message"].as_str().unwrap_or_default();
            if is_summary(&level, message) {
                continue;
            }
            diagnostics.push(Diagnostic {
                level,
                code: json["code"]["code"].as_str().map(str::to_string),
                rendered: json["rendered"].as_str().unwrap_or_default().to_string(),
            });
        }
        if success && diagnostics.iter().any(|d| d.level.starts_with("error")) {
            bail!("rustc reported errors but succeeded:\n{stderr}");
        }
        if !success && !diagnostics.iter().any(|d| d.level.starts_with("error")) {
            bail!("rustc failed without an error message:\n{stderr}");
        }
        Ok(diagnostics)
    }
}

impl Rustc {
    /// Runs `command` (rustc on one block), or returns what it printed the
    /// last time it ran on the same inputs: whether it succeeded, and its
    /// standard error.
    ///
    /// Why a cache: compiling the book's ~100 failing blocks is most of a
    /// warm `make test`, and rustc's diagnostics are a function of its
    /// inputs. The key covers all of them: the block's text, file name and
    /// edition, and `self.inputs` (the compiler's exact build, the sysroot,
    /// every flag, and the size and modification time of every crate the
    /// flags name, which change whenever cargo rebuilds one). Anything else
    /// changed means another key, so a stale answer is never used.
    fn run_cached(
        &self,
        command: &mut Command,
        file: &str,
        source: &str,
        edition: &str,
    ) -> Result<(bool, String)> {
        let mut hasher = Sha256::new();
        for part in [self.inputs.as_str(), file, edition, source] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        let key: String = hasher
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        let entry = self.cache.join(format!("{key}.json"));
        if let Some(hit) = std::fs::read_to_string(&entry)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            .and_then(|json| {
                Some((
                    json["success"].as_bool()?,
                    json["stderr"].as_str()?.to_string(),
                ))
            })
        {
            self.cached.fetch_add(1, Ordering::Relaxed);
            return Ok(hit);
        }
        let output = command
            .output()
            .with_context(|| format!("cannot run {:?}", self.program))?;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        let success = output.status.success();
        // A cache that cannot be written only makes the next run slower.
        let _ = std::fs::create_dir_all(&self.cache);
        let temporary = self
            .cache
            .join(format!("{key}.json.{}", std::process::id()));
        let written = std::fs::write(
            &temporary,
            json!({ "success": success, "stderr": stderr }).to_string(),
        );
        if written.is_ok() {
            let _ = std::fs::rename(&temporary, &entry);
        }
        Ok((success, stderr))
    }
}

/// The cache key's part that is the same for every block (see
/// `Rustc::run_cached`).
fn inputs(version: &str, sysroot: Option<&Path>, flags: &[String]) -> String {
    let mut inputs = format!("{version}\nsysroot: {sysroot:?}\n");
    // The flags come in pairs (`--extern NAME=PATH`, `-L ...`, `--check-cfg ...`).
    for pair in flags.chunks(2) {
        inputs.push_str(&pair.join(" "));
        inputs.push('\n');
        // An `--extern` crate's file, as cargo last built it.
        if let [flag, value] = pair {
            if let Some((_, path)) = value.split_once('=').filter(|_| flag == "--extern") {
                let stamp = std::fs::metadata(path).ok().map(|meta| {
                    let modified = meta
                        .modified()
                        .ok()
                        .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
                        .map_or(0, |since| since.as_nanos());
                    (meta.len(), modified)
                });
                inputs.push_str(&format!("  {stamp:?}\n"));
            }
        }
    }
    inputs
}

/// The lines rustc ends with, which cargo and the book leave out.
fn is_summary(level: &str, message: &str) -> bool {
    level == "failure-note"
        || (level == "error" && message.starts_with("aborting due to"))
        || (level == "warning" && message.ends_with(" emitted"))
}

/// A sysroot that shows std's sources only if rustc's own does not.
///
/// The book shows std's locations as a toolchain without the `rust-src`
/// component prints them (`--> /rustc/HASH/library/std/src/...:201:4`, with
/// no source lines). With `rust-src` installed (rust-analyzer users have it)
/// rustc prints std's source lines too, which changes every such message.
/// So when the sysroot holds `lib/rustlib/src/rust`, blocks are compiled with
/// a sysroot of links to its target libraries only (on Unix; elsewhere such
/// messages differ from the book and the check says so).
fn sysroot_without_sources(sysroot: &Path, host: &str, scratch: &Path) -> Result<Option<PathBuf>> {
    if !sysroot.join("lib/rustlib/src/rust").is_dir() {
        return Ok(None);
    }
    #[cfg(unix)]
    {
        let fake = scratch.join("sysroot");
        let link = fake.join("lib/rustlib").join(host);
        if !link.exists() {
            std::fs::create_dir_all(link.parent().unwrap())?;
            std::os::unix::fs::symlink(sysroot.join("lib/rustlib").join(host), &link)
                .with_context(|| format!("cannot link {}", link.display()))?;
        }
        Ok(Some(fake))
    }
    #[cfg(not(unix))]
    {
        let _ = (host, scratch);
        Ok(None)
    }
}

fn run_text(command: &mut Command) -> Result<String> {
    let output = command
        .output()
        .with_context(|| format!("cannot run {command:?}"))?;
    ensure!(
        output.status.success(),
        "{command:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Splits a command line as cargo prints it (POSIX shell quoting).
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if let Some(done) = word.take() {
                    words.push(done);
                }
            }
            '\'' => {
                let current = word.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    current.push(c);
                }
            }
            '"' => {
                let current = word.get_or_insert_with(String::new);
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => current.extend(chars.next()),
                        c => current.push(c),
                    }
                }
            }
            '\\' => word.get_or_insert_with(String::new).extend(chars.next()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn a_sysroot_with_std_sources_is_replaced_by_one_without() {
        let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-errors-sysroot-test");
        let _ = std::fs::remove_dir_all(&scratch);
        let real = scratch.join("real");
        std::fs::create_dir_all(real.join("lib/rustlib/x86-host/lib")).unwrap();
        assert_eq!(
            sysroot_without_sources(&real, "x86-host", &scratch).unwrap(),
            None,
            "a sysroot without rust-src is used as it is"
        );
        std::fs::create_dir_all(real.join("lib/rustlib/src/rust/library")).unwrap();
        let fake = sysroot_without_sources(&real, "x86-host", &scratch)
            .unwrap()
            .expect("a sysroot with rust-src is replaced");
        assert!(
            fake.join("lib/rustlib/x86-host/lib").is_dir(),
            "the replacement links to the target libraries"
        );
        assert!(
            !fake.join("lib/rustlib/src").exists(),
            "the replacement has no sources"
        );
    }

    #[test]
    fn splits_cargo_command_lines() {
        assert_eq!(
            shell_words(
                r#"rustdoc --check-cfg 'cfg(docsrs,test)' --extern a=/x/liba.rlib "b c" d\ e 'it'\''s'"#
            ),
            [
                "rustdoc",
                "--check-cfg",
                "cfg(docsrs,test)",
                "--extern",
                "a=/x/liba.rlib",
                "b c",
                "d e",
                "it's"
            ]
        );
    }
}
