#!/usr/bin/env bash
# Fuzzes every parser target for SECONDS each with clang's libFuzzer under ASan and UBSan, two
# targets at a time (the build machine has two cores), and merges the inputs that reach new
# code into tests/fuzz/corpus/<target>/. A crash is copied into the corpus too, so the replay
# ctest fails until it is fixed. SECONDS 0 only minimises the corpora.
#   tests/fuzz/run.sh SECONDS [TARGET...]      build folder: build-fuzz (VIDEODB_FUZZ_BUILD)
set -euo pipefail

seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${VIDEODB_FUZZ_BUILD:-$root/build-fuzz}
parallel=${VIDEODB_FUZZ_JOBS:-2}
targets=("$@")
[ ${#targets[@]} -gt 0 ] ||
    targets=(fuzz_api_reply fuzz_http_request fuzz_content_range fuzz_retry_after fuzz_file_name)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVIDEODB_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j2 --target "${targets[@]}"

fuzz_one() {
    local target=$1
    local binary=$build/tests/fuzz/$target
    local corpus=$root/tests/fuzz/corpus/$target
    local work=$build/fuzz-work/$target
    rm -rf "$work"
    mkdir -p "$work/new" "$work/hashed" "$work/kept" "$corpus"
    local status=0
    if [ "$seconds" -gt 0 ]; then
        # New inputs land in a scratch folder; the corpus itself is only read while fuzzing.
        "$binary" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
            -artifact_prefix="$work/" "$work/new" "$corpus" >"$work/log" 2>&1 || status=$?
    fi
    # Named inputs (seeds, crashes) stay as they are; of those libFuzzer named by their hash,
    # only the ones that still add coverage to them, so the corpus stays small.
    local input
    for input in "$corpus"/*; do
        if [[ $(basename "$input") =~ ^[0-9a-f]{40}$ ]]; then
            cp "$input" "$work/hashed/"
        else
            cp "$input" "$work/kept/"
        fi
    done
    if "$binary" -merge=1 "$work/kept" "$work/hashed" "$work/new" >"$work/merge.log" 2>&1; then
        rm -f "$corpus"/*
        cp "$work/kept"/* "$corpus/"
    else
        status=1
    fi
    local finding
    for finding in "$work"/crash-* "$work"/oom-* "$work"/timeout-*; do
        if [ -e "$finding" ]; then cp "$finding" "$corpus/"; fi
    done
    local final
    final=$(grep -E '^#[0-9]+.*(DONE|cov:)' "$work/log" 2>/dev/null | tail -1 || true)
    echo "$target: ${final:-not fuzzed} (exit $status, log $work/log)"
    grep -E '^stat::number_of_executed_units' "$work/log" 2>/dev/null | sed "s/^/$target: /" || true
    echo "$target: corpus of $(find "$corpus" -type f | wc -l) inputs, $(cat "$corpus"/* | wc -c) bytes"
    echo "$status" >"$work/status"
}

for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do
        wait -n || true
    done
    fuzz_one "$target" &
done
wait

failed=0
for target in "${targets[@]}"; do
    if [ "$(cat "$build/fuzz-work/$target/status" 2>/dev/null)" != 0 ]; then
        echo "$target: found a failure; the input is in its corpus, see $build/fuzz-work/$target/log" >&2
        failed=1
    fi
done
exit $failed
