# Rust Pro — the front door.
#
#   make serve   install the pinned book tools (first time only), build the
#                preprocessor and serve the book on http://127.0.0.1:3000
#   make book    build the book into book/
#   make test    everything CI checks
#   make bare-metal   build Part VI's no_std crates for a Cortex-M4F (in test)
#   make miri    run the unsafe exercises' tests under Miri (in test; adds a
#                nightly with Miri through rustup; MIRI=skip leaves it out)
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

.PHONY: serve book test tools preprocessor fmt-check clippy unit verify book-check bare-metal miri clean-tools help

help:
	@sed -n '3,14p' Makefile

serve: tools preprocessor
	@echo "==> Serving the book on http://$(HOST):$(PORT) (Ctrl-C to stop)"
	$(BOOK_ENV) $(MDBOOK) serve --hostname $(HOST) --port $(PORT)

book: tools preprocessor
	@echo "==> Building the book into book/"
	$(BOOK_ENV) $(MDBOOK) build

test: tools fmt-check clippy unit verify bare-metal miri book-check
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

# --- Part VI: bare metal and Miri ------------------------------------------------

# The no_std solutions of Part VI, built for a bare-metal target to prove that
# they need neither std nor an allocator. Their tests run on the host (`unit`).
BARE_METAL_TARGET := thumbv7em-none-eabihf
BARE_METAL_CRATES := solutions-bump solutions-freelist solutions-fixed \
                     solutions-nostd solutions-slip solutions-mmio solutions-driver
# The solutions with `unsafe` code whose tests Miri can run (mmap is beyond
# it, so the memory-mapped table is not here).
MIRI_CRATES       := solutions-bump solutions-freelist solutions-mmio
MIRI              ?= run

# The target is added to the toolchain cargo uses here: the one that
# rust-toolchain.toml pins, or RUSTUP_TOOLCHAIN when set. (A `targets` entry
# in rust-toolchain.toml would download it for every learner on their first
# cargo command, Part I included.)
bare-metal:
	@echo "==> Building Part VI's no_std crates for $(BARE_METAL_TARGET) (bare metal)"
	@if ! rustup target list --installed | grep -qx '$(BARE_METAL_TARGET)'; then \
		echo "==> Adding the $(BARE_METAL_TARGET) target with rustup (first time only)"; \
		rustup target add $(BARE_METAL_TARGET) || { \
			echo "error: could not add the $(BARE_METAL_TARGET) target; run 'rustup target add $(BARE_METAL_TARGET)' in this folder and try again" >&2; \
			exit 1; }; \
	fi
	@$(CARGO) build --target $(BARE_METAL_TARGET) $(addprefix -p ,$(BARE_METAL_CRATES))

# Miri interprets the tests and stops at undefined behaviour. It needs a
# nightly toolchain with the `miri` and `rust-src` components, which this
# stage installs with rustup the first time (a minimal nightly, about 100 MB).
# The first run also builds Miri's own standard library (kept in ~/.cache/miri)
# and the tested crates: 25 minutes on a 2-core machine at load 13 to 17, most
# of it the standard library; later runs interpret the tests only (2 minutes
# at load 12). It is run as `cargo +nightly`, through rustup, whatever
# CARGO says. MIRI=skip leaves the stage out.
miri:
ifeq ($(MIRI),skip)
	@echo "==> Miri skipped (MIRI=skip)"
else
	@echo "==> Running the unsafe exercises' tests under Miri (nightly)"
	@if ! rustup run nightly rustc --version >/dev/null 2>&1; then \
		echo "==> Installing a minimal nightly toolchain with Miri (first time only)"; \
		rustup toolchain install nightly --profile minimal --component miri,rust-src || { \
			echo "error: could not install a nightly toolchain with Miri; install one with" >&2; \
			echo "       'rustup toolchain install nightly --profile minimal --component miri,rust-src'," >&2; \
			echo "       or leave this stage out with 'make test MIRI=skip'." >&2; \
			exit 1; }; \
	fi
	@installed="$$(rustup +nightly component list --installed)"; \
	if ! echo "$$installed" | grep -q '^miri' || ! echo "$$installed" | grep -qx 'rust-src'; then \
		echo "==> Adding the miri and rust-src components to nightly (first time only)"; \
		rustup +nightly component add miri rust-src || { \
			echo "error: this nightly has no Miri; try 'rustup update nightly', or 'make test MIRI=skip'" >&2; \
			exit 1; }; \
	fi
	@echo "==> cargo +nightly miri test $(MIRI_CRATES) (the first run builds Miri's sysroot)"
	@cargo +nightly miri test $(addprefix -p ,$(MIRI_CRATES))
endif

book-check: book
	@echo "==> Checking the built book (exercises, hints, no solution leaks)"
	@scripts/check-book.sh book
