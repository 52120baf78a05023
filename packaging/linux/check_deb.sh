#!/usr/bin/env bash
# Install, upgrade and remove the .deb on this (Debian) machine, checking each step:
# the installed program's --self-test passes, and removal leaves nothing behind.
# A branded package (packaging/build.py --collection) is checked by its own names.
#   sudo bash packaging/linux/check_deb.sh dist/oqyrman_0.1.0_amd64.deb dist/oqyrman_0.1.0+1_amd64.deb
set -euo pipefail
package=${1:?usage: check_deb.sh PACKAGE.deb [NEWER.deb]}
newer=${2:-}
name=$(dpkg-deb -f "$package" Package)  # oqyrman, or a branded build's slug
entry=$(dpkg-deb -c "$package" | grep -o 'usr/share/applications/[^ ]*\.desktop' | head -n1)
app_id=$(basename "$entry" .desktop)

timed() { local start=$SECONDS; "$@"; echo "   ($(( SECONDS - start )) s)"; }
quiet() { "$@" >/dev/null; }
self_test() { (cd / && env -u DISPLAY -u WAYLAND_DISPLAY "$name" --self-test); }

echo "== install $package ($name, $app_id)"
DEBIAN_FRONTEND=noninteractive timed quiet apt-get install -y -qq --no-install-recommends "./$package"
[ "$(readlink -f "/usr/bin/$name")" = "/opt/$name/$name" ]
test -f "/usr/share/applications/$app_id.desktop"
grep -q "^Exec=$name\$" "/usr/share/applications/$app_id.desktop"
test -f "/usr/share/icons/hicolor/256x256/apps/$app_id.png"
test -f "/usr/share/metainfo/$app_id.metainfo.xml"
test -f "/usr/share/man/man1/$name.1.gz" && zcat "/usr/share/man/man1/$name.1.gz" | grep -q '^\.SH COMMANDS'
test -f "/usr/share/doc/$name/changelog.gz"
echo "== installed self-test"
timed self_test

if [ -n "$newer" ]; then
    echo "== upgrade to $newer"
    DEBIAN_FRONTEND=noninteractive timed quiet apt-get install -y -qq --no-install-recommends "./$newer"
    dpkg-query -W -f='${Version}\n' "$name"
    timed self_test
fi

echo "== remove"
timed quiet dpkg --purge "$name"
leftovers=$(find "/opt/$name" "/usr/bin/$name" "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/doc/$name" "/usr/share/man/man1/$name.1.gz" \
    2>/dev/null || true)
leftovers+=$(find /usr/share/icons/hicolor -name "$app_id.*" 2>/dev/null || true)
if [ -n "$leftovers" ]; then
    echo "left behind after removal:"; echo "$leftovers"; exit 1
fi
echo "== nothing left behind"
