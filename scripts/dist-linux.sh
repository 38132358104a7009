#!/usr/bin/env bash
# After PyInstaller: put the icon, the .desktop file and a per-user installer into the bundle folder, then archive it.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:?usage: scripts/dist-linux.sh VERSION}"
BUNDLE=dist/mentor-coordinator
ARCHIVE="dist/mentor-coordinator-$VERSION-linux-$(uname -m).tar.gz"

install -m 0644 resources/icons/mentor-coordinator.png "$BUNDLE/mentor-coordinator.png"
install -m 0644 packaging/linux/mentor-coordinator.desktop "$BUNDLE/mentor-coordinator.desktop"
install -m 0755 packaging/linux/install.sh "$BUNDLE/install.sh"
rm -f dist/mentor-coordinator-*-linux-*.tar.gz
tar -C dist -czf "$ARCHIVE" mentor-coordinator
echo "$ARCHIVE: $(du -h "$ARCHIVE" | cut -f1) (bundle folder $(du -sh "$BUNDLE" | cut -f1))"
