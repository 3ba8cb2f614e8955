#!/usr/bin/env bash
# Fetches one file with videodb-downloads-cli --limit-rate for about SECONDS seconds and checks
# that the achieved rate is within 10% of the limit, with the CLI's peak RSS beside it (pacing
# must not buffer). The ctest version (tst_filetransfer's theSpeedLimitHolds) runs 3 s.
# Usage: tests/bench/run-limit-rate-bench.sh [BUILD_DIR] [RATE_IN_KIB] [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
rate_kib=${2:-500}
seconds=${3:-20}
rate=$(( rate_kib * 1024 ))
bytes=$(( rate * seconds ))
work=$(mktemp -d)
trap 'kill $emulator 2>/dev/null; rm -rf "$work"' EXIT
"$build/app/emulator/videodb-emulator" --port 0 --seed 1 --file-size "$bytes" >"$work/emulator.out" 2>/dev/null &
emulator=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/emulator.out" && break; sleep 0.1; done
api=$(sed -n 's/^listening on //p' "$work/emulator.out")

start=$(date +%s%N)
XDG_DATA_HOME="$work/state" XDG_CONFIG_HOME="$work/config" /usr/bin/time -f '%M' -o "$work/rss" \
    "$build/app/cli/videodb-downloads-cli" --base-url "$api" --api-key sk-demo \
    fetch dl-000001 --output "$work" --limit-rate "${rate_kib}K" >/dev/null
elapsed_ns=$(( $(date +%s%N) - start ))
awk -v ns="$elapsed_ns" -v b="$bytes" -v r="$rate" -v rss="$(cat "$work/rss")" 'BEGIN {
    achieved = b / (ns / 1e9)
    printf "limit:       %d bytes/s (%d bytes)\n", r, b
    printf "took:        %.2f s\n", ns / 1e9
    printf "achieved:    %.0f bytes/s (%+.1f%%, goal within 10%%)\n", achieved, (achieved / r - 1) * 100
    printf "peak RSS:    %.1f MB\n", rss / 1024
    exit (achieved < r * 0.9 || achieved > r * 1.1) ? 1 : 0
}'
