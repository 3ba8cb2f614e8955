#!/usr/bin/env bash
# Fetches the same 1 GiB file from the emulator's file host with videodb-downloads-cli and with
# curl, in the same run, and prints both times, the ratio and the CLI's peak RSS.
# Usage: tests/bench/run-fetch-bench.sh [BUILD_DIR] [BYTES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
bytes=${2:-1073741824}
work=$(mktemp -d)
trap 'kill $emulator 2>/dev/null; rm -rf "$work"' EXIT
"$build/app/emulator/videodb-emulator" --port 0 --seed 1 --file-size "$bytes" >"$work/emulator.out" 2>/dev/null &
emulator=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/emulator.out" && break; sleep 0.1; done
api=$(sed -n 's/^listening on //p' "$work/emulator.out")
url=$(curl -s -H 'x-access-token: sk-demo' "$api/download/dl-000001" |
      python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["download_url"])')

now() { date +%s%N; }
mkdir -p "$work/cli" "$work/curl"
start=$(now)
curl -s -o "$work/curl/file.mp4" "$url"
curl_ns=$(( $(now) - start ))
# curl's gigabyte is still being written back: let that land before timing the CLI, or the CLI
# pays for it (seen as 1.2x in one run, 3x in the next).
sync
start=$(now)
XDG_DATA_HOME="$work/state" XDG_CONFIG_HOME="$work/config" /usr/bin/time -f '%M' -o "$work/rss" \
    "$build/app/cli/videodb-downloads-cli" --base-url "$api" --api-key sk-demo \
    fetch dl-000001 --output "$work/cli" >/dev/null
cli_ns=$(( $(now) - start ))
cmp -s "$work/curl/file.mp4" "$work/cli/Quarterly keynote 0001.mp4" || { echo "files differ" >&2; exit 1; }
awk -v c="$cli_ns" -v k="$curl_ns" -v r="$(cat "$work/rss")" -v b="$bytes" 'BEGIN {
    printf "bytes:          %d\n", b
    printf "curl:           %.0f ms (%.0f MB/s)\n", k / 1e6, b / (k / 1e9) / 1e6
    printf "cli fetch:      %.0f ms (%.0f MB/s), including the API lookup\n", c / 1e6, b / (c / 1e9) / 1e6
    printf "ratio cli/curl: %.2fx (goal <= 1.15)\n", c / k
    printf "cli peak RSS:   %.1f MB (goal <= 64)\n", r / 1024
}'
