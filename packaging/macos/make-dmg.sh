#!/usr/bin/env bash
# Wraps dist/Mentor Coordinator.app in a compressed disk image with a link to /Applications (drag to install).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION="${1:?usage: packaging/macos/make-dmg.sh VERSION}"
STAGE="$(mktemp -d)"
cp -R "dist/Mentor Coordinator.app" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Mentor Coordinator $VERSION" -srcfolder "$STAGE" -ov -format UDZO \
  "dist/MentorCoordinator-$VERSION.dmg"
rm -rf "$STAGE"
hdiutil verify "dist/MentorCoordinator-$VERSION.dmg"
