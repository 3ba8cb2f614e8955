#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test (core, emulator, cli, ui).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
