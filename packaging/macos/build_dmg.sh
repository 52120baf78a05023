#!/usr/bin/env bash
# Pack dist/Oqyrman.app into dist/Oqyrman-<version>.dmg with an Applications link.
#   bash packaging/macos/build_dmg.sh 0.1.0
set -euo pipefail
version=${1:?usage: build_dmg.sh VERSION}
cd "$(dirname "$0")/../.."
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R dist/Oqyrman.app "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "dist/Oqyrman-$version.dmg"
hdiutil create -volname "Oqyrman $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "dist/Oqyrman-$version.dmg"
echo "dist/Oqyrman-$version.dmg"
