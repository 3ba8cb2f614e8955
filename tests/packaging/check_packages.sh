#!/usr/bin/env bash
# check_packages.sh BUILD_DIR VERSION: builds the two .deb packages from BUILD_DIR into a
# temporary folder and checks them; the first failed check ends the run with its reason.
set -euo pipefail
build=$(realpath "$1")
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

step "cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not build the packages"; }
app_deb=$work/out/videodb-downloads_${version}_amd64.deb
emulator_deb=$work/out/videodb-emulator_${version}_amd64.deb
for deb in "$app_deb" "$emulator_deb"; do
    [ -f "$deb" ] || { ls "$work/out"; fail "no $(basename "$deb")"; }
    echo "$(basename "$deb"): Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB," \
        "Depends: $(dpkg-deb -f "$deb" Depends)"
done

step "package contents"
# Read into variables first: grep -q ending a pipeline early would fail it under pipefail.
app_files=$(dpkg-deb -c "$app_deb")
emulator_files=$(dpkg-deb -c "$emulator_deb")
grep -q 'usr/bin/videodb-emulator$' <<<"$app_files" && fail "the app package carries the emulator"
grep -q 'usr/bin/videodb-downloads' <<<"$emulator_files" &&
    fail "the emulator package carries the app or the CLI"
grep -E '/(tst_|bench_|screenshot_tour)' <<<"$app_files$emulator_files" &&
    fail "a test or benchmark is packaged"
app_depends=$(dpkg-deb -f "$app_deb" Depends)
for plugin_package in libqt6sql6-sqlite libqt6svg6 qt6-wayland libqt6gui6; do
    grep -qw "$plugin_package" <<<"$app_depends" ||
        fail "videodb-downloads does not depend on $plugin_package"
done
for field in Section Priority Maintainer Homepage; do
    [ -n "$(dpkg-deb -f "$app_deb" "$field")" ] || fail "videodb-downloads has no $field"
done

root=$work/root
for deb in "$app_deb" "$emulator_deb"; do dpkg-deb -x "$deb" "$root"; done
share=$root/usr/share

step "desktop-file-validate"
desktop=$share/applications/io.videodb.Downloads.desktop
[ -f "$desktop" ] || fail "no $desktop"
output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $output"
[ -z "$output" ] || fail "desktop-file-validate: $output"
grep -qx 'Exec=videodb-downloads %U' "$desktop" || fail "the Exec line does not take %U"

step "appstreamcli validate --no-net"
metainfo=$share/metainfo/io.videodb.Downloads.metainfo.xml
output=$(appstreamcli validate --no-net "$metainfo" 2>&1) || fail "appstreamcli: $output"
echo "$output"
! grep -qE '^[EW]:' <<<"$output" || fail "appstreamcli reports errors or warnings"

step "lintian"
lintian --fail-on error,warning --display-level '>=warning' "$app_deb" "$emulator_deb" ||
    fail "lintian reports errors or warnings"

step "icons and man pages"
[ -f "$share/icons/hicolor/scalable/apps/io.videodb.Downloads.svg" ] || fail "no scalable icon"
for size in 16 32 48 64 128 256; do
    png=$share/icons/hicolor/${size}x${size}/apps/io.videodb.Downloads.png
    [ -f "$png" ] || fail "no ${size}x${size} icon"
    description=$(file -b "$png")
    grep -q "^PNG image data, $size x $size," <<<"$description" || fail "$png: $description"
done
for program in videodb-downloads videodb-downloads-cli videodb-emulator; do
    page=$share/man/man1/$program.1.gz
    [ -f "$page" ] || fail "no man page for $program"
    grep -q '^\.SH OPTIONS' <<<"$(zcat "$page")" || fail "$program's man page lists no options"
    [ -x "$root/usr/bin/$program" ] || fail "no $program in usr/bin"
done
completion=$(pkg-config --variable=completionsdir bash-completion)
[ -f "$root$completion/videodb-downloads-cli" ] || fail "no bash completion in $completion"

step "--version of the installed programs"
for program in videodb-downloads-cli videodb-emulator videodb-downloads; do
    output=$(QT_QPA_PLATFORM=offscreen timeout 20 "$root/usr/bin/$program" --version 2>/dev/null) ||
        fail "$program --version failed"
    echo "$output"
    [ "$output" = "$program $version" ] || fail "$program --version says '$output'"
done

step "cmake --install leaves out the emulator unless asked"
cmake --install "$build" --prefix "$work/plain" >/dev/null
[ -x "$work/plain/bin/videodb-downloads" ] || fail "cmake --install did not install the app"
[ -e "$work/plain/bin/videodb-emulator" ] && fail "cmake --install installed the emulator"
find "$work/plain" -path '*videodb-emulator*' | grep . &&
    fail "cmake --install installed the emulator's files"
find "$work/plain" -name 'tst_*' -o -name 'bench_*' -o -name 'screenshot_tour' | grep . &&
    fail "cmake --install installed a test"
cmake --install "$build" --prefix "$work/plain" --component videodb-emulator >/dev/null
[ -x "$work/plain/bin/videodb-emulator" ] || fail "the emulator component installs no emulator"

echo "packages are fine"
