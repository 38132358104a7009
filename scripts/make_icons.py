"""Render resources/icons/mentor-coordinator.svg to the PNG, ICO and ICNS files the bundles use (run by hand, kept).

ICO and ICNS both accept embedded PNG images, so no image library beyond Qt is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "mentor-coordinator.svg"


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    kinds = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b"".join(kinds[s] + struct.pack(">I", 8 + len(images[s])) + images[s] for s in sorted(kinds) if s in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    images = {size: png(renderer, size) for size in (16, 24, 32, 48, 64, 128, 256, 512)}
    (ICONS / "mentor-coordinator.png").write_bytes(images[256])
    (ICONS / "mentor-coordinator.ico").write_bytes(ico({s: images[s] for s in (16, 24, 32, 48, 64, 128, 256)}))
    (ICONS / "mentor-coordinator.icns").write_bytes(icns(images))
    return 0


if __name__ == "__main__":
    sys.exit(main())
