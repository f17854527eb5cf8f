"""Render competentieplanner.svg to the PNG and the multi-size Windows .ico next to it.

Run from the project folder:
    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/icons/make_icons.py
The .ico holds PNG-compressed images (16..256 px), which Windows Vista and later read.
"""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> None:
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(HERE / "competentieplanner.svg"))
    images = [(size, render(renderer, size)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    (HERE / "competentieplanner.ico").write_bytes(header + entries + blobs)
    (HERE / "competentieplanner-256.png").write_bytes(images[-1][1])


if __name__ == "__main__":
    main()
