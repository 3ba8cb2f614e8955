#!/usr/bin/env bash
# check_bash_completion.sh COMPLETION CLI EMULATOR: completes command lines of
# videodb-downloads-cli with the shipped completion, against a seeded emulator on loopback.
set -euo pipefail
completion=$1
cli=$2
emulator=$3
work=$(mktemp -d)
emulator_pid=
cleanup() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Never the user's account, keyring or settings.
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset VIDEO_DB_API_KEY DBUS_SESSION_BUS_ADDRESS
mkdir -p "$work/bin"
ln -s "$cli" "$work/bin/videodb-downloads-cli"
export PATH=$work/bin:$PATH

"$emulator" --seed 20 --processing-ms 3600000 >"$work/emulator.out" 2>&1 &
emulator_pid=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/emulator.out" && break
    sleep 0.1
done
base_url=$(sed -n 's/^listening on //p' "$work/emulator.out")
[ -n "$base_url" ] || fail "the emulator did not start: $(cat "$work/emulator.out")"

source /usr/share/bash-completion/bash_completion
source "$completion"

# complete LINE: the candidates for the last word of LINE, one a line, sorted.
complete_line() {
    COMP_LINE=$1
    COMP_POINT=${#COMP_LINE}
    read -ra COMP_WORDS <<<"$COMP_LINE"
    [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _videodb_downloads_cli
    printf '%s\n' "${COMPREPLY[@]}" | sort
}

expect() {
    local line=$1 expected actual
    expected=$(printf '%s\n' "${@:2}" | sort)
    actual=$(complete_line "$line")
    [ "$actual" = "$expected" ] ||
        fail "completing '$line': expected [$(echo $expected)], got [$(echo $actual)]"
    echo "ok: '$line' -> $(echo $actual)"
}

ids() { "$cli" --base-url "$base_url" --api-key sk-demo list "$@" | awk 'NR > 1 { print $1 }'; }
all_ids=$(ids)
failed_ids=$(ids --status failed)
done_ids=$(ids --status done)
[ "$(wc -l <<<"$all_ids")" -eq 20 ] || fail "the emulator lists $(wc -l <<<"$all_ids") jobs"
[ -n "$failed_ids" ] && [ -n "$done_ids" ] || fail "the seeded jobs lack a failed or a done one"

expect "videodb-downloads-cli " list show create retry delete fetch
expect "videodb-downloads-cli de" delete
expect "videodb-downloads-cli --" --base-url --api-key --timeout-s --help --version
expect "videodb-downloads-cli list --status " processing done failed unknown
expect "videodb-downloads-cli list --j" --json --jsonl
expect "videodb-downloads-cli fetch --w" --wait
expect "videodb-downloads-cli --api-key sk-demo --base-url $base_url show " $all_ids
expect "videodb-downloads-cli --base-url $base_url --api-key sk-demo retry " $failed_ids
expect "videodb-downloads-cli --base-url $base_url --api-key sk-demo fetch x " $done_ids
# No key configured: the listing fails at once and no id is offered.
expect "videodb-downloads-cli --base-url $base_url show "
echo "bash completion is fine"
