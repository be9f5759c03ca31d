#!/usr/bin/env bash
# Runs the workspace's doctests (every Rust code block of the chapters,
# through book-tests, and the crates' documentation examples), unless
# nothing they depend on has changed since they last passed here.
#
# Why: rustdoc compiles each of the ~670 blocks as a program of its own,
# which is most of a warm `make test`, and the result is a function of the
# inputs. The key covers all of them: the content of every file of the
# checkout that git tracks or would track (chapters, crates, Cargo.lock,
# rust-toolchain.toml), the toolchain (`rustc -vV`, `cargo -V`), and the
# RUST*/CARGO* environment variables. Any change means another key, so a
# stale pass is never reused; a fresh clone (CI) always runs them. Outside
# a git checkout they always run. FORCE=1 runs them anyway.
#
#   scripts/doctests.sh        (make test's `unit` step calls it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo=${CARGO:-cargo}
target_dir=${CARGO_TARGET_DIR:-target}
stamp=$target_dir/doctests.passed

key=""
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    key=$(
        {
            rustc -vV
            "$cargo" -V
            env | grep -E '^(RUST|CARGO)' | sort || true
            # A file git lists but that is gone is left out, which changes
            # the key too.
            # (Build folders are left out, ignored or not: `target*`.)
            git ls-files -z -co --exclude-standard -- . ':(exclude)target*' | sort -z \
                | xargs -0 sha256sum 2>/dev/null || true
        } | sha256sum | cut -d' ' -f1
    )
fi

if [ -n "$key" ] && [ "${FORCE:-0}" != 1 ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ]; then
    echo "    nothing the doctests depend on changed since they passed here: not run again (FORCE=1 runs them)"
    exit 0
fi
rm -f "$stamp"
"$cargo" test --doc
if [ -n "$key" ]; then
    mkdir -p "$target_dir"
    echo "$key" > "$stamp"
fi
