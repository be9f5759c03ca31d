#!/usr/bin/env bash
# Installs one crates.io binary at an exact version into a project-local folder.
#   scripts/install-tool.sh NAME VERSION TOOLS_DIR [--bin BIN] [-- CARGO_INSTALL_ARGS...]
# Reuses the binary when that exact version is already there. `--bin` names
# the installed program that reports the version when it is not called NAME
# (wasm-bindgen-cli installs `wasm-bindgen`); arguments after `--` go to
# `cargo install` (such as `--no-default-features`). The builds of all tools
# share one target directory, which saves part of a cold install.
set -euo pipefail
name=$1 version=$2 tools=$3
shift 3
program=$name
if [ "${1:-}" = "--bin" ]; then
    program=$2
    shift 2
fi
if [ "${1:-}" = "--" ]; then
    shift
fi
bin="$tools/bin/$program"
if [ -x "$bin" ] && "$bin" --version 2>/dev/null | grep -q "v\?$version\b"; then
    echo "==> $name $version is already installed in $tools"
    exit 0
fi
echo "==> Installing $name $version into $tools (first time only; a few minutes on two cores)"
mkdir -p "$tools"
CARGO_TARGET_DIR="$tools/build" cargo install --locked --force \
    --version "$version" --root "$tools" "$@" "$name"
"$bin" --version
