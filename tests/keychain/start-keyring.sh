#!/bin/sh
# Inside with-private-keyring.sh's session: starts gnome-keyring with an unlocked login keyring,
# waits until it serves the bus, then becomes the command.
set -eu

printf %s "$STEPSTONE_TEST_KEYRING_PASSWORD" |
    gnome-keyring-daemon --unlock --components=secrets >/dev/null

# The daemon forks and claims its bus name after this script has moved on.
has_secret_service() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'
}
tries=0
until has_secret_service; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "gnome-keyring did not appear on the session bus" >&2
        exit 1
    fi
    sleep 0.05
done

exec "$@"
