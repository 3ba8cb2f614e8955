#!/usr/bin/env bash
# Installs dependencies, builds, and starts VideoDB Downloads. Without an API key (from
# VIDEO_DB_API_KEY, the keyring or the settings) the app starts in demo mode against a local
# emulator. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh

launch=(build/app/videodb-downloads --demo-unless-configured "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting on a virtual one (xvfb-run)" >&2
    launch=(xvfb-run -a "${launch[@]}")
fi
exec "${launch[@]}"
