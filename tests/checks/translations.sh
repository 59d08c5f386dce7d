#!/bin/sh
# Every translation file holds every string a client reads, each one translated: lupdate run on a
# copy must change nothing, and no entry may be left unfinished.
# Usage: translations.sh SOURCE_ROOT LUPDATE
set -u
root=$1
lupdate=$2
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root" || exit 1
for ts in assets/i18n/stepstone_*.ts; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none core app qml -ts "$copy" || exit 1
    if ! diff -u "$ts" "$copy"; then
        echo "$ts is not up to date with the source: run scripts/update-translations"; status=1
    fi
    unfinished=$(grep -B1 'type="unfinished"' "$copy" | grep '<source>')
    if [ -n "$unfinished" ]; then
        echo "$ts has strings still to translate:"; echo "$unfinished"; status=1
    fi
done
exit $status
