"""Makes resources/app.ico (the Windows icon of the built app) from the Lucide shield-check icon.

Run once when the icon changes: `python scripts/make_icon.py`. An .ico file may hold PNG
images directly, one per size, so no imaging library beyond Qt is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
COLOUR = "#1d5fa8"  # the app's blue, dark enough for the white taskbar and the black


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    QGuiApplication(sys.argv[:1])
    svg = (ROOT / "resources" / "icons" / "shield-check.svg").read_text(encoding="utf-8")
    svg = svg.replace("currentColor", COLOUR).replace('stroke-width="2"', 'stroke-width="2.25"')
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    images = [png(renderer, size) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(SIZES, images, strict=True):
        side = 0 if size == 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (ROOT / "resources" / "app.ico").write_bytes(header + entries + b"".join(images))
    print(f"resources/app.ico: {len(SIZES)} sizes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
