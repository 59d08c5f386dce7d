#!/usr/bin/env bash
# "I need help now" in the real executable, in a real X window: from every destination and from
# the craving editor on top, once with a mouse click on the help button and once with F1, at
# phone and desktop size. It arrived when the window's title says so (Main.qml names the help
# layer in the title); Esc must bring the title back.
# Usage: help-from-every-page.sh STEPSTONE SCREENSHOT_DIR
set -euo pipefail
app=$1 shots=$2
data=$(mktemp -d -t stepstone-e2e-help.XXXXXX)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
mkdir -p "$shots"
[ -n "${DISPLAY:-}" ] || { echo "needs an X display (scripts/test runs Xvfb)"; exit 1; }

QT_QUICK_BACKEND=software "$app" --data-dir "$data/profile" >"$data/app.log" 2>&1 &
pid=$!
window=$(timeout 20 xdotool search --sync --onlyvisible --pid "$pid" --name Stepstone | head -1)
xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"

keys() { xdotool key --window "$window" --delay 60 "$@"; sleep 0.4; }
title() { xdotool getwindowname "$window"; }
expect_title() { # WANTED WHERE
    local now
    for _ in $(seq 20); do now=$(title); [[ "$now" == $1 ]] && return 0; sleep 0.1; done
    echo "$2: the window is titled [$now], expected [$1]"; cat "$data/app.log"; exit 1
}

reach_help() { # SIZE_NAME X Y WHERE
    local size=$1 x=$2 y=$3 where=$4
    expect_title "Stepstone" "$size $where before"
    xdotool mousemove --window "$window" "$x" "$y" click 1; sleep 0.5
    expect_title "Help now*" "$size $where, clicking the help button"
    import -window "$window" "$shots/e2e-$size-help-from-$where.png"
    keys Escape
    expect_title "Stepstone" "$size $where, Esc after the click"
    keys F1
    expect_title "Help now*" "$size $where, F1"
    keys Escape
    expect_title "Stepstone" "$size $where, Esc after F1"
}

# Where the help button is: the right end of the bottom bar on a phone, the foot of the rail on
# a desktop.
for size in phone desktop; do
    if [ "$size" = phone ]; then w=360 h=640 x=318 y=606; else w=1280 h=800 x=44 y=766; fi
    xdotool windowsize --sync "$window" "$w" "$h"; sleep 0.7
    n=1
    for page in today log journal plan homework sessions check-in medicines program clinic; do
        keys "ctrl+$((n % 10))"   # Ctrl+1 … Ctrl+9, then Ctrl+0
        reach_help "$size" "$x" "$y" "$page"
        n=$((n + 1))
    done
    keys ctrl+1 ctrl+n; sleep 0.7   # the craving editor, on top of Today
    reach_help "$size" "$x" "$y" editor
    keys Escape                       # closes the editor (a draft is kept)
done

xdotool key --window "$window" ctrl+q 2>/dev/null || true
timeout 10 tail --pid="$pid" -f /dev/null
echo "help reached by click and by F1 from 7 places at 2 sizes (28 arrivals checked by title)"
