"""Render ``resources/icons/isv-desktop.svg`` into the PNG, ICO and ICNS files beside it.

The renders are committed (small) so a bundle build needs no SVG renderer:
- ``isv-desktop.png`` (256 px) and ``isv-desktop-{16,32,48,64,128}.png``: the window icon
  (application.py) and the Linux desktop entry;
- ``isv-desktop.ico`` (16-256 px): the Windows executables and the installer;
- ``isv-desktop.icns`` (16-512 px): the macOS .app.

Run after changing the SVG: ``.venv/bin/python -m isv_desktop.devtools.build_icons``.
Uses Qt's SVG renderer (PySide6 QtSvg) and Pillow (installed with reportlab).
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "isv-desktop.svg"
PNG_SIZES = (16, 32, 48, 64, 128)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 512


def render(size: int) -> bytes:
    """The SVG as a ``size`` x ``size`` PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build_icons", "-platform", "offscreen"])  # noqa: F841
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub wants bytes for the format, but the binding refuses bytes and takes str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def main() -> int:
    from PIL import Image

    (ICONS / "isv-desktop.png").write_bytes(render(256))
    for size in PNG_SIZES:
        (ICONS / f"isv-desktop-{size}.png").write_bytes(render(size))
    largest = Image.open(io.BytesIO(render(max(ICO_SIZES))))
    largest.save(ICONS / "isv-desktop.ico", sizes=[(size, size) for size in ICO_SIZES])
    Image.open(io.BytesIO(render(ICNS_SIZE))).save(ICONS / "isv-desktop.icns")
    for path in sorted(ICONS.glob("isv-desktop*")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
