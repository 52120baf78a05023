"""Compile a folder of articles, and the brand they ship under, for a branded build.

    python packaging/collection.py DIR [--name NAME] [--app-id ID] [--icon FILE] [--output build/collection]

Every file in DIR (and its subfolders) must be an article the reader opens (.md, .txt, .html,
.htm, .xhtml, .epub) and must load: each bad file gets one line naming it and why, and nothing
is written. Then ``OUTPUT/oqyrman_collection.py`` (the articles as Qt resources, with the brand
and the list of articles; ``desktop/branding.py`` reads it) and ``OUTPUT/brand.json`` (for the
installer scripts) are written. ``build.py --collection`` runs this and builds around it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from desktop.branding import COLLECTION_MODULE, DEFAULT, Brand, brand_for  # noqa: E402
from desktop.content import ContentError, load_article  # noqa: E402
from desktop.content.formats import SUFFIXES  # noqa: E402

DEFAULT_OUTPUT = ROOT / "build" / "collection"
ICON_SUFFIXES = (".svg", ".png")


def article_files(folder: Path) -> list[Path]:
    """Every file a distributor put in the folder, hidden ones aside, in name order."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def problems(files: list[Path], folder: Path) -> list[str]:
    """One line per file the reader could not open, saying why; empty when all are good."""
    found = []
    for path in files:
        shown = path.relative_to(folder)
        if path.suffix.lower() not in SUFFIXES:
            found.append(f"{shown}: not an article file (the reader opens {', '.join(sorted(SUFFIXES))})")
            continue
        try:
            load_article(path)
        except ContentError as error:
            found.append(f"{shown}: {'line ' + str(error.line) + ': ' if error.line else ''}{error.message}")
    return found


def compile_collection(folder: Path, brand: Brand, icon: Path | None, output: Path) -> list[dict[str, str]]:
    """Write the resources module and brand.json; returns the articles' list as written into it."""
    from build_resources import tool

    files = article_files(folder)
    articles = []
    for number, path in enumerate(files, start=1):
        modified = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
        articles.append({"alias": f"{number:03d}{path.suffix.lower()}", "name": path.name, "modified": modified})
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        qrc = Path(scratch) / "collection.qrc"
        entries = [
            f'    <file alias="{escape(a["alias"])}">{escape(str(path.resolve()))}</file>'
            for a, path in zip(articles, files, strict=True)
        ]
        if icon is not None:
            entries.append(f'    <file alias="icon{icon.suffix.lower()}">{escape(str(icon.resolve()))}</file>')
        qrc.write_text(
            '<!DOCTYPE RCC>\n<RCC version="1.0">\n  <qresource prefix="/collection">\n'
            + "\n".join(entries)
            + "\n  </qresource>\n</RCC>\n",
            encoding="utf-8",
        )
        compiled = Path(scratch) / "compiled.py"
        subprocess.run([tool("pyside6-rcc"), "-g", "python", str(qrc), "-o", str(compiled)], check=True)
        module = compiled.read_text(encoding="utf-8")
    header = (
        "# Written by packaging/collection.py for a branded build: never edit by hand.\n"
        f"BRAND = {brand._asdict()!r}\n"
        f"ARTICLES = {articles!r}\n"
        f"ICON = {(f':/collection/icon{icon.suffix.lower()}' if icon else None)!r}\n"
    )
    (output / f"{COLLECTION_MODULE}.py").write_text(header + module, encoding="utf-8")
    (output / "brand.json").write_text(
        json.dumps(
            {**brand._asdict(), "icon": str(icon.resolve()) if icon else None, "articles": len(articles)},
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return articles


def write_default_brand(output: Path) -> None:
    """The default build: no collection module, the default brand for the installer scripts."""
    output.mkdir(parents=True, exist_ok=True)
    (output / f"{COLLECTION_MODULE}.py").unlink(missing_ok=True)
    (output / "brand.json").write_text(
        json.dumps({**DEFAULT._asdict(), "icon": None}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, metavar="DIR", help="the articles to ship")
    parser.add_argument("--name", default=DEFAULT.name, help=f"the program's name (default: {DEFAULT.name})")
    parser.add_argument("--app-id", default=DEFAULT.app_id, help=f"reverse-DNS id (default: {DEFAULT.app_id})")
    parser.add_argument("--icon", type=Path, help="the program's icon: a square SVG or PNG (512×512 or larger)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    try:
        brand = brand_for(args.name, args.app_id)
    except ValueError as error:
        print(f"collection: {error}", file=sys.stderr)
        return 2
    if not args.folder.is_dir():
        print(f"collection: not a folder: {args.folder}", file=sys.stderr)
        return 2
    if args.icon is not None and (not args.icon.is_file() or args.icon.suffix.lower() not in ICON_SUFFIXES):
        print(f"collection: the icon must be an .svg or .png file: {args.icon}", file=sys.stderr)
        return 2
    files = article_files(args.folder)
    if not files:
        print(f"collection: no files in {args.folder}", file=sys.stderr)
        return 2
    bad = problems(files, args.folder)
    if bad:
        for line in bad:
            print(f"collection: {args.folder / line}", file=sys.stderr)
        print(f"collection: {len(bad)} of {len(files)} files cannot be read; nothing was built", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    articles = compile_collection(args.folder, brand, args.icon, args.output)
    print(f"{brand.name} ({brand.app_id}): {len(articles)} articles compiled into {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
