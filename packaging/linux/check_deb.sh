#!/usr/bin/env bash
# Install, upgrade and remove the .deb on this (Debian) machine, checking each step:
# the installed `oqyrman --self-test` passes, and removal leaves nothing behind.
#   sudo bash packaging/linux/check_deb.sh dist/oqyrman_0.1.0_amd64.deb dist/oqyrman_0.1.0+1_amd64.deb
set -euo pipefail
package=${1:?usage: check_deb.sh PACKAGE.deb [NEWER.deb]}
newer=${2:-}

timed() { local start=$SECONDS; "$@"; echo "   ($(( SECONDS - start )) s)"; }
quiet() { "$@" >/dev/null; }
self_test() { (cd / && env -u DISPLAY -u WAYLAND_DISPLAY oqyrman --self-test); }

echo "== install $package"
DEBIAN_FRONTEND=noninteractive timed quiet apt-get install -y -qq --no-install-recommends "./$package"
[ "$(readlink -f /usr/bin/oqyrman)" = /opt/oqyrman/oqyrman ]
test -f /usr/share/applications/kz.oqyrman.Oqyrman.desktop
test -f /usr/share/icons/hicolor/scalable/apps/kz.oqyrman.Oqyrman.svg
test -f /usr/share/metainfo/kz.oqyrman.Oqyrman.metainfo.xml
test -f /usr/share/man/man1/oqyrman.1.gz && zcat /usr/share/man/man1/oqyrman.1.gz | grep -q '^\.SH COMMANDS'
test -f /usr/share/doc/oqyrman/changelog.gz
echo "== installed self-test"
timed self_test

if [ -n "$newer" ]; then
    echo "== upgrade to $newer"
    DEBIAN_FRONTEND=noninteractive timed quiet apt-get install -y -qq --no-install-recommends "./$newer"
    dpkg-query -W -f='${Version}\n' oqyrman
    timed self_test
fi

echo "== remove"
timed quiet dpkg --purge oqyrman
leftovers=$(find /opt/oqyrman /usr/bin/oqyrman /usr/share/applications/kz.oqyrman.Oqyrman.desktop \
    /usr/share/metainfo/kz.oqyrman.Oqyrman.metainfo.xml /usr/share/doc/oqyrman /usr/share/man/man1/oqyrman.1.gz \
    2>/dev/null || true)
leftovers+=$(find /usr/share/icons/hicolor -name 'kz.oqyrman.Oqyrman.*' 2>/dev/null || true)
if [ -n "$leftovers" ]; then
    echo "left behind after removal:"; echo "$leftovers"; exit 1
fi
echo "== nothing left behind"
