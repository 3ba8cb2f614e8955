#!/usr/bin/env bash
# Installs dependencies, builds, and starts VideoDB Downloads. Without an API key (from
# VIDEO_DB_API_KEY, the keyring or the settings) the app starts in demo mode against a local
# emulator. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh

if [ -x build/app/videodb-downloads ]; then
    launch=(build/app/videodb-downloads --demo-unless-configured "$@")
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "run: no display found; starting on a virtual one (xvfb-run)" >&2
        launch=(xvfb-run -a "${launch[@]}")
    fi
    exec "${launch[@]}"
fi

# Until the window exists: the emulator, and the CLI listing what it serves.
emulator_out=$(mktemp)
build/app/emulator/videodb-emulator --port 0 --seed 25 >"$emulator_out" &
emulator_pid=$!
trap 'kill $emulator_pid 2>/dev/null; rm -f "$emulator_out"' EXIT
for _ in $(seq 50); do grep -q '^listening on' "$emulator_out" && break; sleep 0.1; done
api_url=$(sed -n 's/^listening on //p' "$emulator_out")
build/app/cli/videodb-downloads-cli --base-url "$api_url" --api-key sk-demo list
