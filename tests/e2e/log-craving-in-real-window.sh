#!/usr/bin/env bash
# The real executable on a fresh --data-dir, in a real X window, driven only by the keyboard as
# a client would: log a craving with a note, check it was saved through the real keychain, and
# that nothing under the data dir is readable without the key.
# Usage: log-craving-in-real-window.sh STEPSTONE PROFILE_PROBE SCREENSHOT_DIR
set -euo pipefail
app=$1 probe=$2 shots=$3
marker="e2e-marker-$RANDOM-blue-door"
data=$(mktemp -d -t stepstone-e2e.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
mkdir -p "$shots"
[ -n "${DISPLAY:-}" ] || { echo "needs an X display (scripts/test runs Xvfb)"; exit 1; }

QT_QUICK_BACKEND=software "$app" --data-dir "$data/profile" >"$data/app.log" 2>&1 &
pid=$!
window=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" --name Stepstone | head -1)
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
xdotool windowsize --sync "$window" 360 640
sleep 0.5
import -window "$window" "$shots/e2e-phone-today-empty.png"

keys() { xdotool key --window "$window" --delay 60 "$@"; sleep 0.3; }
keys ctrl+n                # open "Log a craving"; the intensity scale has focus
sleep 0.7                  # let the page slide in
keys Right Right Right     # 5 -> 8
keys Tab Tab Tab Tab Tab Tab Tab Tab Tab   # past the eight trigger chips to the note
xdotool type --window "$window" --delay 20 "$marker"
sleep 0.3
import -window "$window" "$shots/e2e-phone-log-craving.png"
keys ctrl+s
sleep 0.5
import -window "$window" "$shots/e2e-phone-today-with-log.png"
xdotool windowsize --sync "$window" 1280 800
sleep 0.5
import -window "$window" "$shots/e2e-desktop-today-with-log.png"
xdotool key --window "$window" ctrl+q 2>/dev/null || true   # the window closes at once
timeout 10 tail --pid="$pid" -f /dev/null

saved=$("$probe" intensities "$data/profile")
[ "$saved" = "8" ] || { echo "expected one log of intensity 8, the profile holds: [$saved]"; cat "$data/app.log"; exit 1; }

for file in "$data"/profile/*; do
    if head -c 15 "$file" | grep -q "SQLite format"; then echo "$file is plain SQLite"; exit 1; fi
    if grep -qa "$marker" "$file"; then echo "$file holds the note in plain text"; exit 1; fi
    if [[ "$file" == *.db ]] && sqlcipher "$file" 'SELECT count(*) FROM sqlite_master;' >/dev/null 2>&1; then
        echo "$file opens without a key"; exit 1
    fi
done
if grep -qa "$marker" "$data/app.log"; then echo "the note reached the app's output"; exit 1; fi
echo "logged intensity $saved through the real window; $(ls "$data/profile" | wc -l) file(s) under the data dir, none readable without the key"
