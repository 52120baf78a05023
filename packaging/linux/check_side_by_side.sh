#!/usr/bin/env bash
# Install the default reader and a branded collection build together, run both, remove both.
# Each must start (--self-test), list its own library (the bundled article; the collection's
# articles) from its own data folder, and leave nothing behind when removed.
#   sudo bash packaging/linux/check_side_by_side.sh dist/oqyrman_0.1.0_amd64.deb dist/kz-example-reader_1.0.0_amd64.deb
set -euo pipefail
default=${1:?usage: check_side_by_side.sh DEFAULT.deb BRANDED.deb}
branded=${2:?usage: check_side_by_side.sh DEFAULT.deb BRANDED.deb}
first=$(dpkg-deb -f "$default" Package)
second=$(dpkg-deb -f "$branded" Package)
[ "$first" != "$second" ] || { echo "both packages are named $first"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

listing() {  # program -> "count<TAB>first title" from its own library, in a clean HOME
    (cd / && env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" QT_QPA_PLATFORM=offscreen "$1" library list --json) |
        python3 -c 'import json, sys; a = json.load(sys.stdin)["articles"]; print(len(a), a[0]["title"], sep="\t")'
}

echo "== install $first and $second together"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$default" "./$branded" >/dev/null
for program in "$first" "$second"; do
    echo "== $program --self-test"
    (cd / && env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" "$program" --self-test --real-settings) | tail -c 160
    echo
done
echo "== libraries"
one=$(listing "$first"); two=$(listing "$second")
echo "$first: $one"; echo "$second: $two"
[ "${one%%$'\t'*}" = 1 ] || { echo "$first should list its one bundled article"; exit 1; }
[ "${two%%$'\t'*}" -ge 2 ] || { echo "$second should list its collection"; exit 1; }
[ "$one" != "$two" ] || { echo "the two readers share a library"; exit 1; }
ls "$home/.local/share"

echo "== remove both"
dpkg --purge "$first" "$second" >/dev/null
for name in "$first" "$second"; do
    if [ -e "/opt/$name" ] || [ -e "/usr/bin/$name" ] || [ -e "/usr/share/doc/$name" ]; then
        echo "$name left files behind"; exit 1
    fi
done
echo "== both installed, ran with their own data, and were removed"
