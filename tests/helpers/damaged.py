"""Files that cannot be read, made for real, one for each problem a reader meets, and a check that a
message about one is told in Kazakh or Russian words.

Root reads a file whatever its mode, so a file without read permission is refused only to another
user (``as_other_user``); the other system errors come from real paths: a missing file, a folder, a
file taken for a folder, a name too long, a link to itself, a read that fails (``/proc/self/mem``).
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path

from tests.helpers import books

TECHNICAL = re.compile(r"\b(EPUB|ZIP|XML|XHTML|JSON|LZMA|TOML|UTF-\d+|KiB|MiB|E[A-Z]{2,}[A-Z0-9]*)\b")
"""Codes a message quotes on purpose: formats, encodings, sizes' units and errno names (EACCES)."""


def latin_words(text: str, quoted: tuple[str, ...] = ()) -> list[str]:
    """The words in Latin letters of a message, apart from the file names and paths it quotes and TECHNICAL codes."""
    for name in sorted(quoted, key=len, reverse=True):
        text = text.replace(name, " ")
    text = re.sub(r"[\w./-]+\.(epub|txt|html|htm|md|json|sqlite|xhtml|opf|xml)\b", " ", text)  # files in an archive
    text = re.sub(r"(?<![\w.])\.[a-z0-9]{1,5}\b", " ", text)  # a file's extension: (.pdf)
    return re.findall(r"[A-Za-z]+", TECHNICAL.sub(" ", text))


def assert_told_in(language: str, text: str, quoted: tuple[str, ...] = ()) -> None:
    """A Kazakh or Russian message holds no English: every Latin word in it is a name or a code it quotes."""
    assert language in ("kk", "ru")
    left = latin_words(text, quoted)
    assert not left, f"English left in the {language} message {text!r}: {left}"


def _book(folder: Path) -> bytes:
    return books.book(folder / "whole.epub", {"c1.xhtml": books.chapter("<p>Сәлем, әлем.</p>" * 40)}).read_bytes()


def _with_method(data: bytes, method: int) -> bytes:
    """The archive with every member said to be compressed with ``method`` (in both of its headers)."""
    patched = bytearray(data)
    for signature, offset in ((b"PK\x01\x02", 10), (b"PK\x03\x04", 8)):
        at = patched.find(signature)
        while at != -1:
            struct.pack_into("<H", patched, at + offset, method)
            at = patched.find(signature, at + 4)
    return bytes(patched)


def damaged_files(folder: Path) -> dict[str, Path]:
    """One file for each problem, by a name that says it (``folder`` is made if need be)."""
    folder.mkdir(parents=True, exist_ok=True)
    whole = _book(folder)
    directory = whole.rfind(b"PK\x01\x02")
    files = {
        "epub cut short": whole[: len(whole) // 2],
        "epub with a damaged directory": whole[:directory] + b"XX" + whole[directory + 2 :],
        "epub with an unknown compression": _with_method(whole, 99),
        "epub that is no archive": "Бұл кітап емес.".encode(),
        "epub whose package is not XML": books.write(
            folder / "package.epub", {"OEBPS/content.opf": "<package><unclosed></package>"}
        ).read_bytes(),
        "text that is not text": b"\x89PNG\r\n\x1a\n\xff\xd8\x00\x00",
        "page that is not text": b"\xff\xfe\x00\xd8 " * 4,
        "article with bad metadata": b'+++\ntitle "x"\n+++\n',
        "article with an unclosed string": b'+++\ntitle = "x\n+++\n',
    }
    suffixes = {"epub": ".epub", "text": ".txt", "page": ".htm", "article": ".md"}
    made: dict[str, Path] = {}
    for number, (problem, data) in enumerate(files.items()):
        path = folder / f"{number:02}{suffixes[problem.split()[0]]}"
        path.write_bytes(data)
        made[problem] = path
    made["missing text"] = folder / "жоқ.txt"
    made["folder named as a book"] = folder / "қалта.epub"
    made["folder named as a book"].mkdir(exist_ok=True)
    made["a file taken for a folder"] = made["text that is not text"] / "ішінде.txt"
    made["name too long"] = folder / ("ұзын" * 80 + ".txt")
    loop = folder / "тұйық.html"
    if not loop.is_symlink():
        loop.symlink_to(loop.name)
    made["link to itself"] = loop
    failing = folder / "оқылмайды.txt"
    if not failing.is_symlink():
        failing.symlink_to("/proc/self/mem")  # a read of it fails: an input/output error
    made["read that fails"] = failing
    return made


def as_other_user() -> list[str]:
    """The command prefix that runs a program as a user without root's rights (nobody), when the tests
    run as root (chmod 000 stops anyone else); nothing when they do not."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]


def unreadable_file() -> Path:
    """A text file no one but root may read, in a folder of its own under the system's temporary
    folder that anyone may enter (pytest's folders are their owner's alone); removed by the caller."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="oqyrman-closed-"))
    folder.chmod(0o755)
    path = folder / "жабық.txt"
    path.write_text("Жабық мәтін\n\nОны тек иесі оқиды.\n", encoding="utf-8")
    path.chmod(0)
    return path
