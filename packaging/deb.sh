#!/usr/bin/env bash
# Builds videodb-downloads_VERSION_amd64.deb (the app and the CLI) and
# videodb-emulator_VERSION_amd64.deb (the local API emulator) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
cd build
cpack -G DEB
ls -l ./*.deb
