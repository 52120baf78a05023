"""An illustrated book's first paint against a bare window showing the same text.

    python benchmarks/books.py [--runs 9] [--mib 30]

Builds an EPUB of about ``--mib`` MiB (20 chapters of the bundled article's text, three
photographs a chapter, as incompressible as real ones) and the same book without its
pictures, then times, as fresh processes taken in turn, ``oqyrman --open BOOK --self-test``
for both (the book read, the window built, its first paint) and a bare ``QTextBrowser``
showing the book's text from a file. The target (issue 29): the illustrated book's first
paint at most 1.5 times the bare window's. Medians, compared within one run.

Like with like: the bare window's text is the book's own, exported by the reader, and the
illustrated book and the one without pictures are checked to export the same text. The reader
paints a long book from its first sections and reads the rest after the paint
(docs/architecture.md): the first paint is timed, as it is for the bare window.

``--before "COMMAND"`` times another start of the reader too (an older checkout), in the same
alternating run, for before/after figures.
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import BARE_WINDOW, FAULTS, instructions
from timing import machine_line, time_runs

ROOT = Path(__file__).resolve().parent.parent
CHAPTERS = 20
PICTURES_PER_CHAPTER = 3
TARGET = 1.5


def photograph(width: int, height: int) -> bytes:
    """A PNG of noise: it does not compress, as a photograph's JPEG does not."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    noise = bytearray(os.urandom(height * (1 + width * 3)))
    for row in range(height):
        noise[row * (1 + width * 3)] = 0  # each row's filter byte: none
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(noise), 1)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + data


def build_book(path: Path, mib: float, pictures: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from desktop.content import compiled
    from desktop.content.export import escape

    article = compiled.from_json((ROOT / "resources" / "content" / "article.json").read_bytes())
    paragraphs = "".join(f"<p>{escape(p.text)}</p>" for p in article.passages)
    count = CHAPTERS * PICTURES_PER_CHAPTER
    side = int(((mib * 1024 * 1024) / count / 3) ** 0.5)
    items, spine, files = [], [], {}
    for number in range(CHAPTERS):
        figures = "".join(
            f'<figure><img src="images/p{number}-{k}.png" alt="Сурет {k}"/><figcaption>{number + 1}.{k + 1}-сурет'
            "</figcaption></figure>"
            for k in range(PICTURES_PER_CHAPTER)
        )
        half = paragraphs.index("<p>", len(paragraphs) // 2)
        body = f"<h1>{number + 1}-тарау</h1>{paragraphs[:half]}{figures}{paragraphs[half:]}"
        files[f"OEBPS/c{number}.xhtml"] = (
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            f"{body}</body></html>"
        )
        items.append(f'<item id="c{number}" href="c{number}.xhtml" media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="c{number}"/>')
        for k in range(PICTURES_PER_CHAPTER):
            name = f"images/p{number}-{k}.png"
            items.append(f'<item id="p{number}-{k}" href="{name}" media-type="image/png"/>')
            if pictures:
                files[f"OEBPS/{name}"] = photograph(side, side)
    files["OEBPS/content.opf"] = (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Суретті кітап</dc:title><dc:creator>BAQ.KZ</dc:creator>'
        "<dc:date>2025-11-15</dc:date></metadata>"
        f"<manifest>{''.join(items)}</manifest><spine>{''.join(spine)}</spine></package>"
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/container.xml",
            '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        for name, data in files.items():
            book.writestr(name, data, compress_type=zipfile.ZIP_STORED if name.endswith(".png") else None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--mib", type=float, default=30.0)
    parser.add_argument(
        "--oqyrman", default=f"{shlex.quote(sys.executable)} -m desktop", help="command that starts the reader"
    )
    parser.add_argument("--before", help="command that starts another version of the reader, timed alike")
    parser.add_argument(
        "--instructions", action="store_true",
        help="also count instructions to the first paint with valgrind's callgrind (repeatable on a busy machine)",
    )  # fmt: skip
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True)
    scratch = ROOT / "build" / "bench"
    scratch.mkdir(parents=True, exist_ok=True)
    illustrated, plain = scratch / "illustrated.epub", scratch / "plain.epub"
    build_book(illustrated, args.mib, pictures=True)
    build_book(plain, args.mib, pictures=False)
    text_file = scratch / "book.txt"
    subprocess.run([*shlex.split(args.oqyrman), "--open", str(plain), "export", "-o", str(text_file)], check=True)
    illustrated_text = scratch / "illustrated.txt"
    subprocess.run(
        [*shlex.split(args.oqyrman), "--open", str(illustrated), "export", "-o", str(illustrated_text)], check=True
    )
    if illustrated_text.read_bytes() != text_file.read_bytes():
        sys.exit("the illustrated book and the one without pictures do not give the same text")
    (scratch / "bare_window.py").write_text(FAULTS + BARE_WINDOW, encoding="utf-8")

    ours, without, bare = "illustrated book", "same book, no pictures", "bare QTextBrowser"
    commands = {
        ours: [*shlex.split(args.oqyrman), "--open", str(illustrated), "--self-test"],
        without: [*shlex.split(args.oqyrman), "--open", str(plain), "--self-test"],
        bare: [sys.executable, str(scratch / "bare_window.py"), str(text_file)],
    }
    if args.before:
        commands["before: illustrated book"] = [*shlex.split(args.before), "--open", str(illustrated), "--self-test"]
    samples = time_runs(commands, args.runs, ROOT)
    print(machine_line())
    print(
        f"book: {illustrated.stat().st_size / 1048576:.1f} MiB, {CHAPTERS} chapters, "
        f"{CHAPTERS * PICTURES_PER_CHAPTER} pictures; text {text_file.stat().st_size / 1024:.0f} KiB; "
        f"runs: {args.runs} each, alternating"
    )
    paint = {}
    for name, runs in samples.items():
        paints = [run.first_paint for run in runs if run.first_paint is not None]
        if len(paints) != len(runs):
            sys.exit(f"{name} did not report its first paint")
        paint[name] = statistics.median(paints)
        print(f"{name:24s} first paint: median {paint[name] * 1000:7.1f} ms, min {min(paints) * 1000:7.1f} ms")
    ratio = paint[ours] / paint[bare]
    print(f"first paint, illustrated book / bare window: {ratio:.2f} (target <= {TARGET})")
    print(f"first paint, illustrated / same book without pictures: {paint[ours] / paint[without]:.2f}")
    if args.before:
        before = paint["before: illustrated book"] / paint[bare]
        print(f"first paint before, illustrated book / bare window: {before:.2f}")
    if args.instructions:
        counts = {name: instructions(command)[0] for name, command in commands.items()}
        for name, count in counts.items():
            print(f"{name:24s} {count / 1e9:6.3f} G to the first paint, / bare window: {count / counts[bare]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
