#!/bin/sh
# The `clinic_server` ctest fixture, setup half: starts the test clinic server in the
# background and returns once its ready file is written. Tests read the ready file.
# Usage: start-clinic-server.sh <tests/clinic-server dir> <ready file>
set -eu
server_dir=$1
ready_file=$2
log_file=${ready_file%.json}.log

node="$server_dir/node_modules/.bin/node"
if [ ! -x "$node" ]; then
    echo "The clinic server's packages are missing: run npm ci in $server_dir (scripts/test does)" >&2
    exit 1
fi
if [ -s "$ready_file" ]; then
    # Left by a run that never reached its cleanup; that server may still be running.
    sh "$(dirname "$0")/stop-clinic-server.sh" "$ready_file"
fi
rm -f "$ready_file"

cd "$server_dir"
# Its output goes to a file: ctest would wait for any process still holding the test's output.
"$node" src/server.mjs --port 0 --auto-consent --ready-file "$ready_file" \
    </dev/null >/dev/null 2>"$log_file" &
pid=$!

tries=0
while [ ! -s "$ready_file" ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "The clinic server exited before it was ready:" >&2
        cat "$log_file" >&2
        exit 1
    fi
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ]; then
        echo "The clinic server was not ready after 30 s" >&2
        kill -TERM "$pid"
        exit 1
    fi
    sleep 0.1
done
echo "Clinic server $pid ready: $(grep -o '"fhirBase":"[^"]*"' "$ready_file")"
