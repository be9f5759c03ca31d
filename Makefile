# Rust Pro — the front door.
#
#   make serve   install the pinned book tools (first time only), build the
#                preprocessor and serve the book on http://127.0.0.1:3000
#   make book    build the book into book/
#   make test    everything CI checks
#
# Book variants (for `serve` and `book`): NOTES=shown adds the speaker notes
# (instructors), SOLUTIONS=absent leaves every solution out (workshops).
#
# The book tools are installed into .tools/ at exact versions; an mdbook on
# your PATH is never used (mdBook 0.5 changed the preprocessor protocol).

MDBOOK_VERSION   := 0.4.52
ADMONISH_VERSION := 1.20.0
TOOLS            := $(CURDIR)/.tools
MDBOOK           := $(TOOLS)/bin/mdbook
ADMONISH         := $(TOOLS)/bin/mdbook-admonish
# Where cargo puts its output (honours CARGO_TARGET_DIR); the preprocessor is
# copied from there to .tools/bin/, where book.toml expects it.
TARGET_DIR       := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
PREPROCESSOR     := $(TOOLS)/bin/mdbook-course
HOST             ?= 127.0.0.1
PORT             ?= 3000
CARGO            ?= cargo
# mdBook reads these as [preprocessor.course] settings, overriding book.toml.
BOOK_ENV         := $(if $(SOLUTIONS),MDBOOK_PREPROCESSOR__COURSE__SOLUTIONS=$(SOLUTIONS)) \
                    $(if $(NOTES),MDBOOK_PREPROCESSOR__COURSE__SPEAKER_NOTES=$(NOTES))

.PHONY: serve book test tools preprocessor fmt-check clippy unit verify book-check clean-tools help

help:
	@sed -n '3,11p' Makefile

serve: tools preprocessor
	@echo "==> Serving the book on http://$(HOST):$(PORT) (Ctrl-C to stop)"
	$(BOOK_ENV) $(MDBOOK) serve --hostname $(HOST) --port $(PORT)

book: tools preprocessor
	@echo "==> Building the book into book/"
	$(BOOK_ENV) $(MDBOOK) build

test: tools fmt-check clippy unit verify book-check
	@echo "==> make test: all checks passed"

# --- the pinned book tools ----------------------------------------------------

tools: $(MDBOOK).$(MDBOOK_VERSION) $(ADMONISH).$(ADMONISH_VERSION)

# A stamp per exact version: a different version in .tools/ is replaced.
$(MDBOOK).$(MDBOOK_VERSION):
	@scripts/install-tool.sh mdbook $(MDBOOK_VERSION) "$(TOOLS)"
	@touch $@

$(ADMONISH).$(ADMONISH_VERSION):
	@scripts/install-tool.sh mdbook-admonish $(ADMONISH_VERSION) "$(TOOLS)"
	@touch $@

clean-tools:
	rm -rf "$(TOOLS)"

# --- building and checking ------------------------------------------------------

preprocessor:
	@echo "==> Building the exercise preprocessor"
	@$(CARGO) build --quiet --package mdbook-course
	@mkdir -p "$(TOOLS)/bin"
	@cp "$(TARGET_DIR)/debug/mdbook-course" "$(PREPROCESSOR)"

fmt-check:
	@echo "==> cargo fmt --check"
	@$(CARGO) fmt --all --check

# Both run on the workspace's default members: every package but the
# learners' stubs (checker/tests/layout.rs keeps that list honest).
clippy:
	@echo "==> cargo clippy (all crates but the learners' stubs) -D warnings"
	@$(CARGO) clippy --quiet --all-targets -- -D warnings

unit:
	@echo "==> cargo test (tools, solutions, chapter code blocks, compiler errors)"
	@$(CARGO) test

verify:
	@echo "==> cargo course verify (every stub fails, every solution passes, placements)"
	@$(CARGO) course verify

book-check: book
	@echo "==> Checking the built book (exercises, hints, no solution leaks)"
	@scripts/check-book.sh book
