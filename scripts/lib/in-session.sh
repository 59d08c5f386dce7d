#!/usr/bin/env bash
# Runs a command inside the private D-Bus session and Xvfb display that run_in_private_session
# (common.sh) made, from the build folder: the tests and the benchmarks run here.
set -euo pipefail
# gnome-keyring writes its keyrings under XDG_DATA_HOME (HOME/.local/share by default): name the
# sandbox explicitly, so a HOME that points into the source tree can never put them there.
case "$HOME" in
    "$STEPSTONE_ROOT"|"$STEPSTONE_ROOT"/*)
        echo "HOME ($HOME) lies in the source tree; the tests need a private one" >&2; exit 1 ;;
esac
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
printf 'stepstone-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export QT_QUICK_BACKEND=software
cd "$STEPSTONE_BUILD_DIR"
exec "$@"
