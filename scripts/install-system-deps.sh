#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need (Qt offscreen and under Xvfb, Chromium for the portal).
# Does nothing when everything is already installed; needs root (or sudo) otherwise.
set -euo pipefail

QT_OFFSCREEN="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0"
QT_WINDOW="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 \
libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
BROWSER="chromium libatomic1"
BUILD="python3-venv postgresql-client"
# The screen-reader check (tests/accessibility): Debian's pyatspi in the system Python, the AT-SPI bus, keys by xdotool.
ACCESSIBILITY="python3-pyatspi at-spi2-core dbus-x11 xdotool curl"

case "${1:-all}" in
  run) wanted="$QT_OFFSCREEN $QT_WINDOW python3-venv" ;;
  *) wanted="$QT_OFFSCREEN $QT_WINDOW $BROWSER $BUILD $ACCESSIBILITY" ;;
esac

missing=()
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# npm (for the portal test's axe-core): Debian's package only where no npm is on the PATH; a machine with Node.js
# from NodeSource already has npm, and Debian's npm conflicts with that nodejs.
if [ "${1:-all}" != "run" ] && ! command -v npm >/dev/null 2>&1; then
  missing+=("npm")
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
