"""Render the application icon (resources/icons/app.svg) into the icon files the bundles need.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py``. Writes, and the
repository keeps:

* ``installer/windows/cyberassess.ico``: 16-256 px (PNG-compressed entries, Windows Vista and later),
  for the .exe files and the Inno Setup installer;
* ``installer/macos/cyberassess.icns``: 16-1024 px (PNG entries, macOS 10.7 and later), for CyberAssess.app.

Each size is drawn from the SVG by Qt (sharp at every size, no downscaling), then packed by hand:
both formats are a small header, a table of entries and the PNG data.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
ICO = ROOT / "installer" / "windows" / "cyberassess.ico"
ICNS = ROOT / "installer" / "macos" / "cyberassess.icns"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_TYPES = {  # OSType: pixel size (the @2x types are the retina versions of half that size)
    b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024,
    b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512,
}  # fmt: skip


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: Qt could not write PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (width/height 0 means 256), then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def icns(images: dict[bytes, bytes]) -> bytes:
    """'icns', total length, then (OSType, entry length, PNG data) per entry; big-endian lengths."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    pngs = {size: render_png(renderer, size) for size in {*ICO_SIZES, *ICNS_TYPES.values()}}
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    ICNS.write_bytes(icns({kind: pngs[size] for kind, size in ICNS_TYPES.items()}))
    for path in (ICO, ICNS):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
