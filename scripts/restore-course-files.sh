#!/usr/bin/env bash
# Copies every file of the course's own repository over a learner's copy,
# except the learner's work (exercises/src/), so that grading runs the
# course's pristine tests and records whatever the learner changed.
#   scripts/restore-course-files.sh UPSTREAM_CHECKOUT [COURSE_ROOT]
set -euo pipefail
upstream=$1
root=${2:-.}
if [ ! -d "$upstream/.git" ]; then
    echo "restore-course-files: $upstream is not a git checkout of the course" >&2
    exit 2
fi
count=$(cd "$upstream" && git ls-files | grep -cv '^exercises/src/' || true)
(cd "$upstream" && git ls-files -z | grep -zv '^exercises/src/' | xargs -0 tar -cf -) \
    | (cd "$root" && tar -xf -)
echo "restore-course-files: restored $count course files from $upstream (exercises/src/ left as the learner wrote it)"
