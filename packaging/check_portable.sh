#!/usr/bin/env bash
# Unpack the portable archive and run it as from a USB stick, with HOME an empty folder:
# first read-only (the reader must work), then writable (nothing may appear in it).
#   bash packaging/check_portable.sh dist/oqyrman-0.1.0-linux-x86_64-portable.tar.gz
set -euo pipefail
archive=${1:?usage: check_portable.sh ARCHIVE.tar.gz}
scratch=$(mktemp -d)
trap 'chmod -R u+w "$scratch"; rm -rf "$scratch"' EXIT
tar -xzf "$archive" -C "$scratch"
reader="$scratch/oqyrman/oqyrman"
test -f "$scratch/oqyrman/portable"

run() {  # a clean user environment: no XDG variables, HOME as given
    env -i PATH=/usr/bin:/bin HOME="$1" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$reader" "${@:2}"
}
for mode in read-only writable; do
    home="$scratch/home-$mode"
    mkdir "$home"
    [ "$mode" = read-only ] && chmod 0555 "$home"
    echo "== portable reader, HOME $mode"
    run "$home" --self-test --real-settings >/dev/null
    run "$home" search сапар --json >/dev/null
    run "$home" notes list >/dev/null
    if [ -n "$(ls -A "$home")" ]; then
        echo "written into HOME:"; find "$home"; exit 1
    fi
done
test -f "$scratch/oqyrman/OqyrmanData/data/Oqyrman/Oqyrman/notes.sqlite" || test -f "$scratch/oqyrman/OqyrmanData/notes.sqlite"
echo "== nothing written to HOME; data in $(basename "$scratch")/oqyrman/OqyrmanData:"
(cd "$scratch/oqyrman/OqyrmanData" && find . -type f | sort)
