#!/usr/bin/env bash
# `scripts/run --demo --data-dir D`, as a client would start it: the app comes up signed in at
# the local demo clinic and shows the demo sessions; closing it stops the clinic; afterwards no
# text of the clinic's is readable in any file under D.
# Usage: demo-signed-in.sh REPO_ROOT BUILD_DIR PROFILE_PROBE SCREENSHOT_DIR
set -euo pipefail
root=$1 build=$2 probe=$3 shots=$4
work=$(mktemp -d -t stepstone-demo-e2e.XXXXXX)
data="$work/profile"
run_pid=""
trap '[ -n "$run_pid" ] && kill "$run_pid" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$shots"
[ -n "${DISPLAY:-}" ] || { echo "needs an X display (scripts/test runs Xvfb)"; exit 1; }

STEPSTONE_BUILD_DIR="$build" QT_QUICK_BACKEND=software \
    "$root/scripts/run" --demo --data-dir "$data" >"$work/run.log" 2>&1 &
run_pid=$!

clinic_pid=""
for _ in $(seq 1 600); do
    clinic_pid=$(sed -n 's/^Demo clinic at .* (pid \([0-9]*\))$/\1/p' "$work/run.log")
    [ -n "$clinic_pid" ] && break
    kill -0 "$run_pid" 2>/dev/null || { echo "scripts/run ended early:"; cat "$work/run.log"; exit 1; }
    sleep 0.2
done
[ -n "$clinic_pid" ] || { echo "the demo clinic did not start:"; cat "$work/run.log"; exit 1; }

window=$(timeout 30 xdotool search --sync --onlyvisible --name '^Stepstone$' | head -1)
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
xdotool windowsize --sync "$window" 360 640

# Signed in without a browser window, the first sync brings the sessions into the profile.
sessions=""
for _ in $(seq 1 150); do
    sessions=$("$probe" sessions "$data" 2>/dev/null || true)
    [ -n "$sessions" ] && break
    sleep 0.2
done
[ -n "$sessions" ] || { echo "no sessions arrived:"; cat "$work/run.log"; exit 1; }

xdotool key --window "$window" ctrl+6   # Sessions
sleep 1
import -window "$window" "$shots/e2e-phone-demo-sessions.png"
xdotool windowsize --sync "$window" 1280 800
sleep 0.7
import -window "$window" "$shots/e2e-desktop-demo-sessions.png"
xdotool key --window "$window" ctrl+0   # Clinic
sleep 0.7
import -window "$window" "$shots/e2e-desktop-demo-clinic.png"
xdotool key --window "$window" ctrl+q 2>/dev/null || true
timeout 20 tail --pid="$run_pid" -f /dev/null
run_pid=""

if kill -0 "$clinic_pid" 2>/dev/null && grep -qs 'src/server.mjs' "/proc/$clinic_pid/cmdline"; then
    echo "the demo clinic $clinic_pid still runs after the app closed"; exit 1
fi

sessions=$("$probe" sessions "$data")
count=$(printf '%s\n' "$sessions" | wc -l)
cancelled=$(printf '%s\n' "$sessions" | cut -f1 | grep -c '^cancelled$' || true)
video=$(printf '%s\n' "$sessions" | cut -f2 | grep -c '^1$' || true)
places=$(printf '%s\n' "$sessions" | cut -f4 | grep -vc '^$' || true)
[ "$count" -ge 4 ] || { echo "expected the demo's sessions, got $count"; exit 1; }
[ "$cancelled" -ge 1 ] || { echo "the cancelled demo session is missing"; exit 1; }
[ "$video" -ge 1 ] || { echo "the video demo session has no link"; exit 1; }
[ "$places" -ge 1 ] || { echo "no demo session has a place"; exit 1; }

# Every text the clinic sent (titles, places, comments) must be unreadable under D.
checked=0
while IFS=$'\t' read -r _ _ title place comment; do
    for text in "$title" "$place" "$comment"; do
        [ ${#text} -ge 6 ] || continue
        checked=$((checked + 1))
        if grep -rqaF -- "$text" "$data"; then echo "readable under D: $text"; exit 1; fi
    done
done <<<"$sessions"
[ "$checked" -ge 4 ] || { echo "too few clinic texts to check ($checked)"; exit 1; }
echo "demo: $count sessions ($cancelled cancelled, $video by video, $places with a place);" \
     "clinic stopped with the app; $checked clinic texts, none readable in $(ls "$data" | wc -l) file(s) under D"
