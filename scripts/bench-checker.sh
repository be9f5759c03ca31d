#!/usr/bin/env bash
# Measures how fast `cargo course check ID` re-checks an exercise after an
# edit (warm: dependencies already built), for a std-only exercise and for a
# tokio-based one. Prints the median of N runs of each.
#
#   scripts/bench-checker.sh [RUNS]     (default 11)
#
# It works in a scratch copy of the course, so your files are never touched.
# The exercises timed: `ownership-shout` (std only) and `async-fetch-all`
# (tokio, with `#[tokio::test]`); pass others as EXERCISES="id1 id2".
set -euo pipefail
runs=${1:-11}
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "==> Copying the course to $scratch"
(cd "$root" && git ls-files -z | xargs -0 -I{} cp --parents {} "$scratch/")
cd "$scratch"
export CARGO_TARGET_DIR="$scratch/target"
exercises=${EXERCISES:-ownership-shout async-fetch-all}

echo "==> Building the checker and the exercises once (warm-up)"
# Timed as learners run it: through `cargo course` (cargo's own start-up included).
for id in $exercises; do
    cargo course check "$id" >/dev/null || true
done

measure() { # ID FILE HOW COMMAND...
    local id=$1 file=$2 how=$3 times=()
    shift 3
    for i in $(seq 1 "$runs"); do
        echo "// edit $i" >> "$file"
        local start end
        start=$(date +%s%N)
        "$@" check "$id" >/dev/null || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v id="$id" -v n="$runs" -v how="$how" \
        '{ t[NR] = $1 } END { printf "%-18s %-16s median %4d ms  (min %d, max %d, %d runs, after an edit)\n", id, how, t[int((n + 1) / 2)], t[1], t[n], n }'
}
echo "==> Re-checking after an edit"
for id in $exercises; do
    file=$(cargo course manifest | awk -F'\t' -v id="$id" '$1 == id { print "exercises/src/" $4 }')
    # As learners type it (cargo's start-up included), then as `cargo course
    # watch` does it on every save (the checker is already running).
    measure "$id" "$file" "cargo course" cargo course
    measure "$id" "$file" "checker (watch)" "$CARGO_TARGET_DIR/debug/checker"
done
