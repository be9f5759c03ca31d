#!/usr/bin/env bash
# Measures how fast `cargo course check ID` re-checks an exercise after an
# edit (warm: dependencies already built), for a std-only exercise and for a
# tokio-based one. Prints the median of N runs of each.
#
#   scripts/bench-checker.sh [RUNS]     (default 11)
#
# It works in a scratch copy of the course, so your files are never touched.
# The course has no tokio exercise yet, so the copy gets one: a small async
# function tested with #[tokio::test], as the async chapters will use.
set -euo pipefail
runs=${1:-11}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "==> Copying the course to $scratch"
(cd "$root" && git ls-files -z | xargs -0 -I{} cp --parents {} "$scratch/")
cd "$scratch"
export CARGO_TARGET_DIR="$scratch/target"

# A tokio-based exercise, stub and solution.
mkdir -p exercises/src/bench solutions/src/bench exercise-tests/bench
for pkg in exercises solutions; do
    sed -i 's/^\[dev-dependencies\]$/[dev-dependencies]\ntokio = { version = "1", features = ["rt", "macros", "time"] }/' "$pkg/Cargo.toml"
    grep -q '^tokio' "$pkg/Cargo.toml" || printf '\n[dev-dependencies]\ntokio = { version = "1", features = ["rt", "macros", "time"] }\n' >> "$pkg/Cargo.toml"
done
cat > exercises/src/bench/sum_later.rs <<'RS'
//! Add two numbers after yielding to the runtime once.

/// Returns `a + b`, after yielding once.
pub async fn sum_later(a: u32, b: u32) -> u32 {
    tokio::task::yield_now().await;
    a + b + 1
}

#[cfg(test)]
#[path = "../../../exercise-tests/bench/sum_later.rs"]
mod tests;
RS
sed 's/a + b + 1/a + b/' exercises/src/bench/sum_later.rs > solutions/src/bench/sum_later.rs
cat > exercise-tests/bench/sum_later.rs <<'RS'
use super::*;

#[tokio::test]
async fn sums() {
    assert_eq!(sum_later(2, 3).await, 5, "sum_later(2, 3) should be 5");
}
RS
cat >> exercises.toml <<'TOML'

[[exercise]]
id = "bench-tokio"
title = "Benchmark: a tokio exercise"
chapter = "part1/ownership.md"
kind = "implement"
difficulty = "easy"
minutes = 1
path = "bench/sum_later.rs"
hints = ["Benchmark only."]
TOML
printf '\n{{#exercise bench-tokio}}\n' >> src/part1/ownership.md
cargo run -q -p checker -- sync >/dev/null

echo "==> Building the checker and both exercises once (warm-up)"
# Timed as learners run it: through `cargo course` (cargo's own start-up included).
cargo course check ownership-shout >/dev/null || true
# Make sure the tokio exercise really builds and runs its #[tokio::test].
tokio_output=$(cargo course check bench-tokio 2>&1 || true)
if ! grep -q 'sum_later(2, 3) should be 5' <<<"$tokio_output"; then
    echo "bench-checker: the tokio exercise did not run as expected:" >&2
    echo "$tokio_output" >&2
    exit 1
fi

measure() { # ID FILE
    local id=$1 file=$2 times=()
    for i in $(seq 1 "$runs"); do
        echo "// edit $i" >> "$file"
        local start end
        start=$(date +%s%N)
        cargo course check "$id" >/dev/null || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v id="$id" -v n="$runs" \
        '{ t[NR] = $1 } END { printf "%-18s median %4d ms  (min %d, max %d, %d runs, after an edit)\n", id, t[int((n + 1) / 2)], t[1], t[n], n }'
}
echo "==> Re-checking after an edit"
measure ownership-shout exercises/src/part1/ownership/shout.rs
measure bench-tokio exercises/src/bench/sum_later.rs
