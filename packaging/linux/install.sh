#!/bin/sh
# Per-user install, no root: the app folder in ~/.local/opt, a command in ~/.local/bin, a menu entry and an icon.
# Run again to update; `./install.sh --remove` takes it all away again (the data folder stays).
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/mentor-coordinator"
if [ "${1:-}" = "--remove" ]; then
  rm -rf "$TARGET" "$HOME/.local/bin/mentor-coordinator" "$DATA/applications/mentor-coordinator.desktop" \
    "$DATA/icons/hicolor/256x256/apps/mentor-coordinator.png"
  echo "Mentor Coordinator removed (your data in $DATA/mentor-coordinator is kept)."
  exit 0
fi
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$DATA/applications" "$DATA/icons/hicolor/256x256/apps"
if [ "$HERE" != "$TARGET" ]; then
  rm -rf "$TARGET.new" && cp -a "$HERE" "$TARGET.new" && rm -rf "$TARGET" && mv "$TARGET.new" "$TARGET"
fi
ln -sf "$TARGET/mentor-coordinator" "$HOME/.local/bin/mentor-coordinator"
sed "s|^Exec=mentor-coordinator|Exec=$TARGET/mentor-coordinator|" "$TARGET/mentor-coordinator.desktop" \
  >"$DATA/applications/mentor-coordinator.desktop"
cp "$TARGET/mentor-coordinator.png" "$DATA/icons/hicolor/256x256/apps/mentor-coordinator.png"
echo "Mentor Coordinator installed: find it in your applications menu, or run ~/.local/bin/mentor-coordinator."
