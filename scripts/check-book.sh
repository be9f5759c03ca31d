#!/usr/bin/env bash
# Checks a built book (default: book/) end to end with the real mdBook:
#   1. every exercise is on its chapter's page, with its hints as folded
#      admonitions, and mdbook-admonish has run;
#   2. a broken directive makes `mdbook build` fail, naming file and line;
#   3. with `solutions = "absent"` no solution-only line appears anywhere in
#      the output (pages, print.html, search index), while the default build
#      does contain them (so the check itself can fail).
# Run by `make test` after `make book`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
book=${1:-book}
mdbook="$root/.tools/bin/mdbook"
cd "$root"
fail() { echo "check-book: $*" >&2; exit 1; }

[ -f "$book/index.html" ] || fail "$book/ is not a built book — run \`make book\` first"
if grep -rl '```admonish' "$book" --include='*.html' >/dev/null; then
    fail "raw \`\`\`admonish blocks in $book/ — mdbook-admonish did not run"
fi

# 1. Every exercise on its page, with folded hints.
count=0
while IFS=$'\t' read -r id chapter hints _path; do
    page="$book/${chapter%.md}.html"
    [ -f "$page" ] || fail "exercise $id: page $page is missing"
    grep -q "<strong><code>$id</code></strong>" "$page" || fail "exercise $id is not rendered on $page"
    folded=$(grep -c '<details id="admonition-hint-' "$page" || true)
    [ "$folded" -ge "$hints" ] || fail "$page: expected at least $hints folded hints, found $folded"
    count=$((count + 1))
done < <(cargo course manifest)
echo "check-book: $count exercises rendered with folded hints"

# A scratch copy of the book's sources, built with the pinned tools.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
copy_sources() {
    rm -rf "$scratch/src-book" && mkdir -p "$scratch/src-book"
    cp -r book.toml theme src exercises.toml exercise-tests "$scratch/src-book/"
    mkdir -p "$scratch/src-book/exercises" "$scratch/src-book/solutions"
    cp -r exercises/src "$scratch/src-book/exercises/"
    cp -r solutions/src "$scratch/src-book/solutions/"
    sed -i "s|^command = \".tools/bin/mdbook-course\"|command = \"$root/.tools/bin/mdbook-course\"|; \
            s|^command = \".tools/bin/mdbook-admonish\"|command = \"$root/.tools/bin/mdbook-admonish\"|" \
        "$scratch/src-book/book.toml"
}

# 2. A broken directive fails the build with file and line.
copy_sources
chapter="$scratch/src-book/src/part1/ownership.md"
line=$(( $(wc -l < "$chapter") + 2 ))
printf '\n{{#exercise no-such-exercise}}\n' >> "$chapter"
if (cd "$scratch/src-book" && "$mdbook" build -d "$scratch/out" >"$scratch/log" 2>&1); then
    fail "a directive naming a missing exercise did not fail the build"
fi
grep -q "src/part1/ownership.md:$line: unknown exercise \`no-such-exercise\`" "$scratch/log" \
    || { cat "$scratch/log" >&2; fail "the build error does not name src/part1/ownership.md:$line"; }
echo "check-book: a broken directive fails the build with its file and line"


# 3. No solution code in a workshop build.
raw="$scratch/solution-lines.raw"
patterns="$scratch/solution-lines"
: > "$raw"
while IFS=$'\t' read -r _id _chapter _hints path; do
    # Lines only the solution has, long enough to be distinctive, and free
    # of characters HTML would escape.
    grep -vxF -f "exercises/src/$path" "solutions/src/$path" \
        | sed 's/^[[:space:]]*//' | grep -v '^//' | grep -v '[<>&"'"'"']' \
        | awk 'length >= 12' >> "$raw" || true
done < <(cargo course manifest)
# Hints may show a line of the fix on purpose, a chapter may teach the same
# idiom, and a line may be part of a longer stub line (which the book shows):
# only lines found nowhere but in the solutions count.
while IFS= read -r line; do
    grep -rqF -- "$line" exercises.toml src exercises/src || printf '%s\n' "$line"
done < "$raw" > "$patterns"
[ -s "$patterns" ] || fail "found no solution-only lines to look for"
grep -rqF -f "$patterns" "$book" || fail "the default build shows no solution line (the leak check could not fail)"
copy_sources
sed -i 's/^solutions = .*/solutions = "absent"/' "$scratch/src-book/book.toml"
(cd "$scratch/src-book" && "$mdbook" build -d "$scratch/absent" >"$scratch/log" 2>&1) \
    || { cat "$scratch/log" >&2; fail "the workshop build (solutions = \"absent\") failed"; }
if leaks=$(grep -rlF -f "$patterns" "$scratch/absent"); then
    fail "solution code appears in the workshop build: $leaks"
fi
echo "check-book: the workshop build holds none of $(wc -l < "$patterns") solution-only lines"

# 4. The fixture book (preprocessor/tests/fixture-book): every directive and
#    option, built with the real mdBook and mdbook-admonish.
fixture="$scratch/fixture"
cp -r preprocessor/tests/fixture-book "$fixture"
sed -i "s|^command = \"mdbook-course\"|command = \"$root/.tools/bin/mdbook-course\"|; \
        s|^command = \"mdbook-admonish\"|command = \"$root/.tools/bin/mdbook-admonish\"|" "$fixture/book.toml"
(cd "$fixture" && "$mdbook" build -d "$scratch/fixture-out" >"$scratch/log" 2>&1) \
    || { cat "$scratch/log" >&2; fail "the fixture book did not build"; }
out="$scratch/fixture-out"
expect() { # FILE TEXT WHAT
    grep -qF -- "$2" "$out/$1" || fail "fixture book: $1 lacks $3 ($2)"
}
refuse() { # FILE TEXT WHAT
    if grep -qF -- "$2" "$out/$1"; then fail "fixture book: $1 shows $3 ($2)"; fi
}
expect part/chapter.html '<a id="exercise-demo-double"></a>' "the exercise's anchor"
expect part/chapter.html '>Exercise: Double it</a></h3>' "a level-3 title by default"
expect part/chapter.html '>Exercise: Fix the sign</a></h2>' "a level-2 title for level=2"
expect part/chapter.html 'Reading time: about 15 minutes, plus about 30 minutes of exercises.' "the reading time"
expect part/chapter.html '<details id="admonition-hint-1"' "a folded first hint"
expect part/chapter.html 'FIXTURE-SOLUTION-DOUBLE' "the collapsed solution"
expect part/chapter.html '<div id="admonition-solution-1"' "an open solution for solution=shown"
refuse part/chapter.html 'helper_the_reader_never_sees' "a hidden helper"
refuse part/chapter.html 'mod tests' "the test attachment"
expect intro.html '{{#exercise demo-double}}' "a directive inside a code block, untouched"
expect intro.html '{{#exercise escaped-example}}' "an escaped directive, shown literally"
expect intro.html 'INCLUDED-BY-MDBOOK' "mdBook's own {{#include}}"
expect index.html 'href="part/chapter.html#exercise-demo-double"' "a link to the exercise"
expect schedule.html '2 sessions, 50 min in all' "the course total"
expect intro.html 'After the notes.' "the text after the speaker notes"
if grep -rqF 'FIXTURE-SPEAKER-NOTE' "$out"; then
    fail "fixture book: speaker notes appear in a learner build (they must be absent, search index included)"
fi
(cd "$fixture" && MDBOOK_PREPROCESSOR__COURSE__SPEAKER_NOTES=shown "$mdbook" build -d "$scratch/fixture-notes" >"$scratch/log-notes" 2>&1) \
    || { cat "$scratch/log-notes" >&2; fail "the fixture book did not build with speaker notes shown"; }
grep -qF 'FIXTURE-SPEAKER-NOTE' "$scratch/fixture-notes/intro.html" \
    || fail "fixture book: an instructor build (speaker-notes = \"shown\") lacks the speaker notes"
grep -q 'warning: src/part/chapter.md' "$scratch/log" && fail "fixture book: unexpected warning: $(cat "$scratch/log")"
sed -i 's/^solutions = .*/solutions = "absent"/' "$fixture/book.toml"
(cd "$fixture" && "$mdbook" build -d "$scratch/fixture-absent" >"$scratch/log" 2>&1) \
    || { cat "$scratch/log" >&2; fail "the fixture book did not build with solutions = \"absent\""; }
if grep -rqF 'FIXTURE-SOLUTION' "$scratch/fixture-absent"; then
    fail "fixture book: a solution appears with solutions = \"absent\" (even solution=shown must not win)"
fi
echo "check-book: the fixture book renders every directive and option as documented"
