#!/bin/sh
# Runs one fuzz target for a bounded time: new inputs and any crash go to a temporary folder
# (never the source tree); the checked-in seeds are read only.
# Usage: run-fuzzer.sh TARGET SEED_DIR SECONDS
set -u
target=$1 seeds=$2 seconds=$3
work=$(mktemp -d -t stepstone-fuzz.XXXXXX) || exit 1
mkdir "$work/corpus"
"$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=1024 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$seeds"
status=$?
if [ "$status" -ne 0 ]; then
    echo "The fuzzer stopped with status $status; its inputs are kept in $work:"
    ls "$work"
    exit "$status"
fi
rm -rf "$work"
