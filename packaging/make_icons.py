"""Render the app icon (resources/icons/oqyrman.svg) to PNG sizes, a Windows .ico and a macOS .icns.

    python packaging/make_icons.py [OUTPUT_DIR] [--source ICON.svg|ICON.png]   (default: build/icons)

``--source`` renders a branded build's own icon (an SVG, or a square PNG, scaled down smoothly).

Used by build.spec and the installers; the outputs are build products, never committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "oqyrman.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def main(argv: list[str]) -> int:
    import argparse

    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", nargs="?", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    out, source = args.output, args.source
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    if source.suffix.lower() == ".png":
        picture = QImage(str(source))
        if picture.isNull() or picture.width() != picture.height():
            sys.exit(f"cannot use {source}: the icon must be a square PNG")

        def scaled(size: int) -> QImage:
            return picture.scaled(
                size, size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            )

        for size in PNG_SIZES:
            scaled(size).save(str(out / f"oqyrman-{size}.png"))
        return _containers(out)
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        sys.exit(f"cannot read {source}")

    def render(size: int) -> QImage:
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    for size in PNG_SIZES:
        render(size).save(str(out / f"oqyrman-{size}.png"))
    return _containers(out)


def _containers(out: Path) -> int:
    # Pillow writes the multi-size containers Windows and macOS want; Qt's writers hold one size only.
    from PIL import Image

    largest = Image.open(out / f"oqyrman-{PNG_SIZES[-1]}.png")
    largest.save(out / "oqyrman.ico", sizes=[(size, size) for size in ICO_SIZES])
    largest.save(out / "oqyrman.icns")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
