#!/usr/bin/env bash
# Part IV, chapter 3: one program under several release-profile settings.
# For each setting, builds the `words` binary of course-benches (its size is
# the table's "binary size") and runs the `profiles` benchmark, which times
# the same code (the table's "run time"), each in a target folder of its own
# under target/profiles/ so that no setting rebuilds over another.
#
#   scripts/profiles.sh [NAME...]    default: every setting below
#
# Takes a long time (every setting compiles criterion again): not part of
# `make test`. Benchmarks ignore `panic = "abort"` (cargo builds tests and
# benchmarks with unwinding), so that setting changes the size only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

declare -A settings=(
    [dev]="--profile dev"
    [release]=""
    [opt1]="--config profile.release.opt-level=1"
    [opt2]="--config profile.release.opt-level=2"
    [opt_s]="--config profile.release.opt-level='s'"
    [opt_z]="--config profile.release.opt-level='z'"
    [lto_thin]="--config profile.release.lto='thin'"
    [lto_fat]="--config profile.release.lto='fat'"
    [cgu1]="--config profile.release.codegen-units=1"
    [fat_cgu1_abort]="--config profile.release.lto='fat' --config profile.release.codegen-units=1 --config profile.release.panic='abort'"
    [fat_cgu1_abort_strip]="--config profile.release.lto='fat' --config profile.release.codegen-units=1 --config profile.release.panic='abort' --config profile.release.strip=true"
)
order=(dev release opt1 opt2 opt_s opt_z lto_thin lto_fat cgu1 fat_cgu1_abort fat_cgu1_abort_strip)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${order[@]}")

for name in "${names[@]}"; do
    flags=${settings[$name]?"unknown setting $name"}
    # The bench profile inherits from release; say it for both anyway.
    flags="$flags ${flags//profile.release./profile.bench.}"
    [[ $flags == --profile* ]] && flags="--profile dev"
    dir="$root/target/profiles/$name"
    # `--profile dev` replaces --release; every other setting is a release build.
    build_profile=--release
    bin_dir="$dir/release"
    if [[ $flags == --profile* ]]; then
        build_profile=""
        bin_dir="$dir/debug"
    fi
    echo "== $name: $flags"
    start=$(date +%s)
    # shellcheck disable=SC2086
    cargo build --quiet $build_profile $flags -p course-benches --bin words --target-dir "$dir"
    echo "   build: $(( $(date +%s) - start )) s (dependencies included)"
    echo "   size: $(stat -c %s "$bin_dir/words") bytes"
    "$bin_dir/words" | tail -n 1
    echo "   load: $(uptime)"
    # shellcheck disable=SC2086
    cargo bench --quiet $flags -p course-benches --bench profiles --target-dir "$dir" \
        -- --warm-up-time 2 --measurement-time 5 | grep -E 'time:'
done
