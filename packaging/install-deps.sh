#!/usr/bin/env bash
# Installs what building, running and testing VideoDB Downloads needs on Debian 12.
# Safe to run again: apt is only called when something is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev   # HttpServer's CMake package needs WebSockets
    qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools   # qt_add_translations, lupdate, lrelease
    qt6-translations-l10n                   # Qt's own translations of the standard buttons
    dbus-daemon                             # a private session bus for the notification tests
    libssl-dev                              # SHA-256 of saved files (libcrypto)
    zlib1g-dev                              # the hostile-server tests' gzip bomb
    clang-format-14                         # .ci/check-format: the pinned formatter
    clang libclang-rt-14-dev                # -DVIDEODB_FUZZ: libFuzzer, ASan, UBSan (tests/fuzz/run.sh)
    xvfb xauth curl util-linux              # offscreen GUI runs, transfer benchmark, pty tests
    python3 time                            # the listing benchmark's peer; peak RSS of fetch
    openssl                                 # throwaway CA and certificates for the TLS tests
    help2man                                # man pages from each executable's --help
    bash-completion                         # its pkg-config file says where completions go
    desktop-file-utils appstream            # validators of the .desktop entry and metainfo
    dpkg-dev fakeroot file lintian          # CPack DEB: shlibdeps, root-owned files, checks
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
