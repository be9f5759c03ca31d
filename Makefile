# Rust Pro — the front door.
#
#   make serve   install the pinned book tools (first time only), build the
#                preprocessor and serve the book on http://127.0.0.1:3000
#   make book    build the book into book/
#   make test    everything CI checks
#   make bare-metal   build Part VI's no_std crates for a Cortex-M4F (in test)
#   make miri    run the unsafe exercises' tests under Miri (in test; adds a
#                nightly with Miri through rustup; MIRI=skip leaves it out)
#   make wasm-test  the Part XII module built for wasm32 and tested in Node.js
#                (part of make test; SIDE=exercises tests your own version)
#   make pgo-fixtures-check  record the PGO exercises' profiles again with the
#                toolchain's llvm-profdata and compare with the committed ones
#                (adds the llvm-tools component through rustup if missing)
#
# Book variants (for `serve` and `book`): NOTES=shown adds the speaker notes
# (instructors), SOLUTIONS=absent leaves every solution out (workshops).
#
# The book tools are installed into .tools/ at exact versions; an mdbook on
# your PATH is never used (mdBook 0.5 changed the preprocessor protocol).

MDBOOK_VERSION   := 0.4.52
ADMONISH_VERSION := 1.20.0
# Validates the autograding workflow against the GitHub Actions schema.
VALIDATOR_VERSION := 0.9.0
# The wasm-bindgen CLI must match the wasm-bindgen crate to the patch
# version, so its version is read from Cargo.lock rather than written here.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
WASM_TARGET      := wasm32-unknown-unknown
# Which side `make wasm-test` builds: solutions (CI) or exercises (yours).
SIDE             ?= solutions
# Drives Chromium for the browser test (Node.js package, no browser download).
PLAYWRIGHT_VERSION := 1.64.1
TOOLS            := $(CURDIR)/.tools
MDBOOK           := $(TOOLS)/bin/mdbook
ADMONISH         := $(TOOLS)/bin/mdbook-admonish
VALIDATOR        := $(TOOLS)/bin/action-validator
WASM_BINDGEN     := $(TOOLS)/bin/wasm-bindgen
PLAYWRIGHT       := $(TOOLS)/node/node_modules/playwright-core
CHROMIUM         ?= /usr/bin/chromium
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

.PHONY: llvm-tools pgo-fixtures-check serve book test tools preprocessor fmt-check clippy unit verify bare-metal miri wasm-target wasm-test book-check workflow-check browser-check clean-tools help

help:
	@sed -n '3,19p' Makefile

serve: tools preprocessor
	@echo "==> Serving the book on http://$(HOST):$(PORT) (Ctrl-C to stop)"
	$(BOOK_ENV) $(MDBOOK) serve --hostname $(HOST) --port $(PORT)

book: tools preprocessor
	@echo "==> Building the book into book/"
	$(BOOK_ENV) $(MDBOOK) build

test: tools fmt-check clippy unit verify pgo-fixtures-check bare-metal miri wasm-test book-check workflow-check browser-check
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

$(VALIDATOR).$(VALIDATOR_VERSION):
	@scripts/install-tool.sh action-validator $(VALIDATOR_VERSION) "$(TOOLS)"
	@touch $@

$(PLAYWRIGHT).$(PLAYWRIGHT_VERSION):
	@command -v node >/dev/null || { echo "make: the browser test needs Node.js (18 or newer): install it (Debian/Ubuntu: sudo apt-get install nodejs; or https://nodejs.org), then run make test again" >&2; exit 1; }
	@echo "==> Installing playwright-core $(PLAYWRIGHT_VERSION) into $(TOOLS)/node (first time only)"
	@npm install --prefix "$(TOOLS)/node" --no-audit --no-fund --loglevel=error "playwright-core@$(PLAYWRIGHT_VERSION)"
	@touch $@

# wasm-bindgen-cli installs `wasm-bindgen` and `wasm-bindgen-test-runner`.
$(WASM_BINDGEN).$(WASM_BINDGEN_VERSION):
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "make: no wasm-bindgen in Cargo.lock: run a cargo command (cargo metadata) to write it, then make wasm-test again" >&2; exit 1; }
	@scripts/install-tool.sh wasm-bindgen-cli $(WASM_BINDGEN_VERSION) "$(TOOLS)" --bin wasm-bindgen
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

# Two steps: every target but the doctests, then the doctests (the chapters'
# code blocks), which scripts/doctests.sh skips while nothing they depend on
# has changed since they passed (FORCE=1 runs them anyway).
unit:
	@echo "==> cargo test --all-targets (tools, solutions, compiler errors, benchmarks in test mode)"
	@$(CARGO) test --all-targets
	@echo "==> cargo test --doc (every Rust code block of the chapters, and the crates' examples)"
	@CARGO="$(CARGO)" scripts/doctests.sh

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
# nightly toolchain with the `miri` and `rust-src` components. The machine's
# own `nightly` is used when it has one (rustup adds the two components the
# first time); otherwise a dated nightly is installed, so that every machine
# without one runs the same Miri (an undated nightly can lack Miri on the
# day). The first run also builds Miri's own standard library (kept in
# ~/.cache/miri); later runs only interpret the tests. MIRI=skip leaves the
# stage out.
MIRI_DATED        := nightly-2026-05-20
MIRI_TOOLCHAIN    ?= $(shell rustup run nightly rustc --version >/dev/null 2>&1 && echo nightly || echo $(MIRI_DATED))
miri:
ifeq ($(MIRI),skip)
	@echo "==> Miri skipped (MIRI=skip)"
else
	@if ! rustup run $(MIRI_TOOLCHAIN) cargo miri --version >/dev/null 2>&1; then \
		if rustup run $(MIRI_TOOLCHAIN) rustc --version >/dev/null 2>&1; then \
			echo "==> Adding the miri and rust-src components to $(MIRI_TOOLCHAIN) (first time only)"; \
			rustup component add --toolchain $(MIRI_TOOLCHAIN) miri rust-src; \
		else \
			echo "==> Installing $(MIRI_TOOLCHAIN) with the miri and rust-src components (first time only)"; \
			rustup toolchain install $(MIRI_TOOLCHAIN) --profile minimal --component miri,rust-src --no-self-update; \
		fi || { \
			echo "error: could not get Miri for $(MIRI_TOOLCHAIN); check the network and run make test again," >&2; \
			echo "       or leave this stage out with 'make test MIRI=skip'" >&2; \
			exit 1; }; \
	fi
	@echo "==> Running the unsafe exercises' tests under Miri ($(MIRI_TOOLCHAIN); the first run builds Miri's standard library)"
	@# A target folder per toolchain: two nightlies with the same compiler would
	@# otherwise take each other's Miri builds for their own.
	@rustup run $(MIRI_TOOLCHAIN) cargo miri test --target-dir "$(TARGET_DIR)/miri-$(MIRI_TOOLCHAIN)" $(addprefix -p ,$(MIRI_CRATES))
endif

book-check: book
	@echo "==> Checking the built book (exercises, hints, no solution leaks)"
	@scripts/check-book.sh book

workflow-check: $(VALIDATOR).$(VALIDATOR_VERSION)
	@echo "==> Validating .github/workflows against the GitHub Actions schema"
	@$(VALIDATOR) .github/workflows/*.yml

# The book in headless Chromium, from file:// with the network refused:
# rendering, hints, search, and a workshop build without solutions.
browser-check: book $(PLAYWRIGHT).$(PLAYWRIGHT_VERSION)
	@test -x "$(CHROMIUM)" || { echo "make: the browser test needs Chromium at $(CHROMIUM): install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM=/path/to/chromium" >&2; exit 1; }
	@echo "==> Testing the book in headless Chromium (screenshots in target/browser/)"
	@rm -rf "$(TARGET_DIR)/book-workshop"
	@MDBOOK_PREPROCESSOR__COURSE__SOLUTIONS=absent $(MDBOOK) build -d "$(TARGET_DIR)/book-workshop" >/dev/null 2>&1
	@CHROMIUM="$(CHROMIUM)" PLAYWRIGHT_HOME="$(TOOLS)/node" node scripts/browser-test.mjs book "$(TARGET_DIR)/book-workshop" "$(TARGET_DIR)/browser"

# The Part XII module (exercise wasm-module) built for WebAssembly, linted
# there, and its tests run in Node.js by wasm-bindgen-test-runner: the same
# tests `cargo course check wasm-module` runs natively, plus the ones that
# need a JavaScript engine.
wasm-target:
	@rustup target list --installed | grep -qx "$(WASM_TARGET)" || { \
	    echo "==> Adding the Rust target $(WASM_TARGET) (first time only)"; \
	    rustup target add "$(WASM_TARGET)"; }

wasm-test: wasm-target $(WASM_BINDGEN).$(WASM_BINDGEN_VERSION)
	@command -v node >/dev/null || { echo "make: the WebAssembly tests run in Node.js, which is not installed: install it (Debian/Ubuntu: sudo apt-get install nodejs; or https://nodejs.org, version 18 or newer), then run make test again" >&2; exit 1; }
ifeq ($(SIDE),solutions)
	@echo "==> Building $(SIDE)-wasm for $(WASM_TARGET) (clippy -D warnings)"
	@$(CARGO) clippy --quiet --package $(SIDE)-wasm --target $(WASM_TARGET) --all-targets -- -D warnings
endif
	@echo "==> Running its tests in Node.js $$(node --version) (wasm-bindgen-test-runner $(WASM_BINDGEN_VERSION))"
	@CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$(TOOLS)/bin/wasm-bindgen-test-runner" \
	    $(CARGO) test --package $(SIDE)-wasm --target $(WASM_TARGET)

# --- Part IV, chapter 4: the real profiles behind the PGO exercises -------------

# llvm-profdata must come from the toolchain's own LLVM (rust-toolchain.toml).
LLVM_PROFDATA = $(shell rustc --print sysroot)/lib/rustlib/$(shell rustc -vV | sed -n 's/^host: //p')/bin/llvm-profdata

llvm-tools:
	@if [ -x "$(LLVM_PROFDATA)" ]; then \
	    echo "==> llvm-tools: $(LLVM_PROFDATA) is installed"; \
	else \
	    echo "==> llvm-tools: installing the llvm-tools component with rustup (for llvm-profdata)"; \
	    rustup component add llvm-tools; \
	fi

pgo-fixtures-check: llvm-tools
	@echo "==> Recording the PGO exercises' profiles again and comparing them with exercise-tests/part4/pgo/fixtures/"
	@scripts/pgo-fixtures.sh --check
