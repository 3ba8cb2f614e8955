#!/usr/bin/env bash
# Lists 100,000 jobs from a local emulator with the app (model + proxy + view) and with a plain
# Python script, side by side, and prints the app's figures and the ratio to the script.
# Usage: tests/bench/run-list-bench.sh [BUILD_DIR] [JOBS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
jobs=${2:-100000}
out=$(mktemp)
"$build/app/emulator/videodb-emulator" --port 0 --seed "$jobs" >"$out" &
emulator=$!
trap 'kill $emulator 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 100); do grep -q '^listening on' "$out" && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$out")

peer=$(python3 "$here/list_peer.py" "$url")
app=$("$build/tests/bench/bench_joblist" "$url")
echo "$app"
echo "$peer"
peer_ms=$(sed -n 's/.*peer_ms=\([0-9]*\).*/\1/p' <<<"$peer")
load_ms=$(sed -n 's/.*load_ms=\([0-9]*\).*/\1/p' <<<"$app")
awk -v a="$load_ms" -v p="$peer_ms" 'BEGIN { printf "app load / plain script listing: %.2fx (%d ms vs %d ms)\n", a / p, a, p }'
