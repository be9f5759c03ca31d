#!/usr/bin/env bash
# Part IV, chapter 4: profile-guided optimization of the interpreter
# benchmark (benches/benches/pgo.rs), the whole workflow by hand:
#
#   1. measure the ordinary release build;
#   2. build the training program (src/bin/pgo-train.rs) instrumented,
#      with -Cprofile-generate;
#   3. run it: every run writes a .profraw file;
#   4. merge the .profraw files into one .profdata with llvm-profdata;
#   5. rebuild with -Cprofile-use and measure again.
#
# Needs llvm-profdata from the toolchain: `rustup component add llvm-tools`.
# Everything goes to target/pgo/ (three target folders, one per kind of
# build, so that no build overwrites another). Takes several minutes: not
# part of `make test`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work="$root/target/pgo"
data="$work/profiles"
measure=(-- --warm-up-time 2 --measurement-time 10)

sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    echo "pgo.sh: $profdata not found — run \`rustup component add llvm-tools\`" >&2
    exit 1
fi
rm -rf "$data" "$work/merged.profdata"
mkdir -p "$data"

echo "== 1. the ordinary release build ($(uptime))"
cargo bench --quiet -p course-benches --bench pgo --target-dir "$work/plain" "${measure[@]}"

echo "== 2. the instrumented training program"
RUSTFLAGS="-Cprofile-generate=$data" \
    cargo build --quiet --release -p course-benches --bin pgo-train --target-dir "$work/instrumented"

echo "== 3. the training run"
"$work/instrumented/release/pgo-train"
ls -l "$data"

echo "== 4. merging the profiles"
"$profdata" merge -o "$work/merged.profdata" "$data"
ls -l "$work/merged.profdata"

echo "== 5. the optimized build, measured ($(uptime))"
RUSTFLAGS="-Cprofile-use=$work/merged.profdata" \
    cargo bench --quiet -p course-benches --bench pgo --target-dir "$work/optimized" "${measure[@]}"

echo "== 6. the ordinary build again, to see the noise ($(uptime))"
cargo bench --quiet -p course-benches --bench pgo --target-dir "$work/plain" "${measure[@]}"
echo "== done ($(uptime))"
