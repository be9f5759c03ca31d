#!/usr/bin/env bash
# Runs the criterion benchmarks behind the numbers of Part IV, one after the
# other, with the settings the chapters quote, and prints the load average
# before and after each (the machine may be shared: numbers measured under
# load are noisier, and the chapters say under which load they were taken).
#
#   scripts/part4-benches.sh [BENCH...]    default: every Part IV benchmark
#
# Output: criterion's report on stdout. The profile table of chapter 3 and
# the PGO comparison of chapter 4 have scripts of their own
# (scripts/profiles.sh, scripts/pgo.sh), because they rebuild the benchmark.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
    benches=(inlining simd criterion_demo layout vectorize cache_tiling)
fi
echo "# $(rustc -V); $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
for bench in "${benches[@]}"; do
    echo "# $bench: before: $(uptime)"
    cargo bench --quiet -p course-benches --bench "$bench" -- --warm-up-time 2 --measurement-time 5
    echo "# $bench: after: $(uptime)"
done
