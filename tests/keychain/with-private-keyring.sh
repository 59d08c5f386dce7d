#!/bin/sh
# Runs a command in its own D-Bus session with a fresh, unlocked gnome-keyring, so the keychain
# tests never touch the keyring of the session they run in (other tests use it).
#   with-private-keyring.sh COMMAND [ARG...]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
sandbox=$(mktemp -d -t stepstone-keychain.XXXXXX)
trap 'rm -rf "$sandbox"' EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
mkdir -p "$sandbox/home"
install -d -m 0700 "$sandbox/runtime"

export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime"
export STEPSTONE_TEST_KEYRING_PASSWORD=stepstone-keychain-test
# Keyrings live under XDG_DATA_HOME; QtKeychain picks its backend from the desktop.
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_CURRENT_DESKTOP DESKTOP_SESSION
# Nor may a keyring unlock prompt find a display, where it would wait for a password.
unset DISPLAY WAYLAND_DISPLAY

status=0
dbus-run-session --config-file="$here/bus-without-activation.conf" -- \
    sh "$here/start-keyring.sh" "$@" || status=$?
exit "$status"
