#!/bin/sh
# The `clinic_server` ctest fixture, cleanup half: stops the server named in the ready file.
# Usage: stop-clinic-server.sh <ready file>
set -eu
ready_file=$1
if [ ! -f "$ready_file" ]; then
    echo "No clinic server to stop"
    exit 0
fi
pid=$(sed -n 's/.*"pid":\([0-9][0-9]*\).*/\1/p' "$ready_file")
rm -f "$ready_file"
# Only the server this fixture started: a stale file may name a pid reused since.
if [ -z "$pid" ] || ! grep -qs 'src/server.mjs' "/proc/$pid/cmdline"; then
    echo "The clinic server named in $ready_file is not running"
    exit 0
fi
kill -TERM "$pid"
tries=0
while kill -0 "$pid" 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        kill -KILL "$pid"
        break
    fi
    sleep 0.1
done
echo "Clinic server $pid stopped"
