#!/usr/bin/env bash
# Pack dist/<name>.app into dist/<name>-<version>.dmg with an Applications link.
#   bash packaging/macos/build_dmg.sh 0.1.0 [NAME]     (NAME: a branded build's, default Oqyrman)
set -euo pipefail
version=${1:?usage: build_dmg.sh VERSION [NAME]}
name=${2:-Oqyrman}
cd "$(dirname "$0")/../.."
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "dist/$name.app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "dist/$name-$version.dmg"
hdiutil create -volname "$name $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "dist/$name-$version.dmg"
echo "dist/$name-$version.dmg"
