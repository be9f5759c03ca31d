#!/usr/bin/env bash
# Part IV, chapter 4: records the real profiles that the exercises
# `pgo-merge-profiles` and `pgo-hot-threshold` read, in
# exercise-tests/part4/pgo/fixtures/:
#
#   run-a.proftext, run-b.proftext   two training runs of pgo-train with
#                                    different workloads, each converted to
#                                    LLVM's text format;
#   merged.proftext                  both runs merged by llvm-profdata;
#   *.summary.txt                    `llvm-profdata show --detailed-summary`
#                                    of each (the totals and the hot-count
#                                    thresholds the tests compare with).
#
# Value profiling is turned off (-Cllvm-args=-disable-vp=true), so that the
# records hold block counters only (the exercise's reader rejects value data).
#
#   scripts/pgo-fixtures.sh          rewrites the fixtures
#   scripts/pgo-fixtures.sh --check  records them again in a temporary folder
#                                    and fails if they differ from the
#                                    committed ones (the tool's output format,
#                                    benches/src/vm.rs or the toolchain changed)
#
# Needs llvm-profdata from the toolchain: `rustup component add llvm-tools`
# (`make llvm-tools` does it). The learners' checks never run this script.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
fixtures="$root/exercise-tests/part4/pgo/fixtures"

sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    echo "pgo-fixtures.sh: $profdata not found — run \`make llvm-tools\` (or \`rustup component add llvm-tools\`)" >&2
    exit 1
fi

check=no
case "${1-}" in
    --check) check=yes ;;
    "") ;;
    *) echo "usage: scripts/pgo-fixtures.sh [--check]" >&2; exit 2 ;;
esac

work="$root/target/pgo-fixtures"
raw="$work/raw"
rm -rf "$raw"
mkdir -p "$raw"
if [ "$check" = yes ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
else
    out="$fixtures"
    mkdir -p "$out"
fi

echo "== the instrumented pgo-train (--target $host, so that build scripts are not instrumented)"
RUSTFLAGS="-Cprofile-generate=$raw -Cllvm-args=-disable-vp=true" \
    cargo build --quiet --release -p course-benches --bin pgo-train \
    --target "$host" --target-dir "$work/instrumented"
bin="$work/instrumented/$host/release/pgo-train"

echo "== two training runs (LLVM_PROFILE_FILE names each run's .profraw)"
LLVM_PROFILE_FILE="$raw/run-a.profraw" "$bin" 3000:7
LLVM_PROFILE_FILE="$raw/run-b.profraw" "$bin" 20000:100 10000:1000

echo "== text profiles and summaries into $out"
"$profdata" merge --text -o "$out/run-a.proftext" "$raw/run-a.profraw"
"$profdata" merge --text -o "$out/run-b.proftext" "$raw/run-b.profraw"
"$profdata" merge --text -o "$out/merged.proftext" "$raw/run-a.profraw" "$raw/run-b.profraw"
for name in run-a run-b merged; do
    "$profdata" show --detailed-summary "$out/$name.proftext" >"$out/$name.summary.txt"
done

if [ "$check" = yes ]; then
    if diff -r "$fixtures" "$out"; then
        echo "pgo-fixtures.sh: the committed fixtures are what the toolchain records today"
    else
        echo "pgo-fixtures.sh: the fixtures differ from a fresh recording (diff above) — run scripts/pgo-fixtures.sh and commit the result" >&2
        exit 1
    fi
else
    ls -l "$out"
fi
