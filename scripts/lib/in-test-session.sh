#!/usr/bin/env bash
# Runs inside the private D-Bus session and Xvfb display that scripts/test made.
set -euo pipefail
printf 'stepstone-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export QT_QUICK_BACKEND=software
cd "$STEPSTONE_BUILD_DIR"
exec ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
