#!/usr/bin/env bash
# Lists N jobs (default 100,000) from an emulator in its own process with
# `videodb-downloads-cli list --json`, with text `list`, and with a plain Python script that
# fetches every page and prints the same full JSON, all in the same run; prints wall times,
# ratios to the script and the CLI's peak RSS, and checks the JSON outputs agree.
# Usage: tests/bench/run-cli-list-bench.sh BUILD_DIR [N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run-cli-list-bench.sh BUILD_DIR [N]}
jobs=${2:-100000}
cli="$build/app/cli/videodb-downloads-cli"
work=$(mktemp -d)
emulator=
trap '[ -n "$emulator" ] && kill "$emulator" 2>/dev/null; rm -rf "$work"' EXIT
# Processing jobs that never finish keep every listing in this run identical.
"$build/app/emulator/videodb-emulator" --port 0 --seed "$jobs" --processing-ms 86400000 \
    >"$work/emulator.out" 2>/dev/null &
emulator=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/emulator.out" && break; sleep 0.1; done
api=$(sed -n 's/^listening on //p' "$work/emulator.out")
[ -n "$api" ] || { echo "the emulator did not start" >&2; exit 1; }

now() { date +%s%N; }
# Every run pays for the same warm emulator: the first listing fills its JSON cache.
python3 "$here/cli_list_peer.py" "$api" >/dev/null

start=$(now)
python3 "$here/cli_list_peer.py" "$api" >"$work/peer.json"
peer_ns=$(( $(now) - start ))
start=$(now)
/usr/bin/time -f '%M' -o "$work/json.rss" "$cli" --base-url "$api" --api-key sk-demo \
    list --json >"$work/cli.json"
json_ns=$(( $(now) - start ))
start=$(now)
/usr/bin/time -f '%M' -o "$work/text.rss" "$cli" --base-url "$api" --api-key sk-demo \
    list >"$work/cli.txt"
text_ns=$(( $(now) - start ))

python3 - "$work/peer.json" "$work/cli.json" "$jobs" <<'PY'
import json, sys
peer, cli = (json.load(open(path)) for path in sys.argv[1:3])
if peer != cli or len(cli) != int(sys.argv[3]):
    sys.exit(f"outputs differ: script {len(peer)} jobs, cli {len(cli)} jobs")
PY
[ "$(($(wc -l <"$work/cli.txt") - 1))" -eq "$jobs" ] || { echo "text list is short" >&2; exit 1; }

awk -v p="$peer_ns" -v j="$json_ns" -v t="$text_ns" -v jr="$(cat "$work/json.rss")" \
    -v tr="$(cat "$work/text.rss")" -v n="$jobs" 'BEGIN {
    printf "jobs:                  %d\n", n
    printf "plain script (json):   %.0f ms\n", p / 1e6
    printf "cli list --json:       %.0f ms, %.2fx the script (goal <= 0.70), peak RSS %.1f MB (goal <= 64)\n", j / 1e6, j / p, jr / 1024
    printf "cli list (text):       %.0f ms, %.2fx the script (goal <= 0.60), peak RSS %.1f MB\n", t / 1e6, t / p, tr / 1024
}'
