"""Refresh the translation sources, compile them, and compile the Qt resources.

    python scripts/build_resources.py

1. pyside6-lupdate adds new user-visible strings of desktop/ui to
   resources/translations/oqyrman_*.ts (translate them there, e.g. with Qt Linguist);
2. pyside6-lrelease compiles each .ts to .qm;
3. the bundled article, resources/content/article.md, is parsed into article.json
   (desktop/content/compiled.py: the window starts faster from it);
4. pyside6-rcc compiles resources/oqyrman.qrc (article, fonts, icons, .qm) into the
   binary desktop/ui/oqyrman.rcc, which desktop/ui/resources.py registers;
5. the Kazakh stem lexicon, resources/lexicon/kk_KZ.dic, is compiled into the compact
   table desktop/search/lexicon.bin (desktop/search/lexicon.py) that search loads.

Tests fail while the compiled files are stale or a string lacks a translation.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QRC = ROOT / "resources" / "oqyrman.qrc"
ARTICLE = ROOT / "resources" / "content" / "article.md"
OUTPUT = ROOT / "desktop" / "ui" / "oqyrman.rcc"
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT))
from desktop.ui.translations import LANGUAGES, SOURCE_LANGUAGE

TRANSLATED_LANGUAGES = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
# lupdate reads these.
UI_SOURCES = sorted((ROOT / "desktop" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def translation_source(language: str) -> Path:
    return TRANSLATIONS / f"oqyrman_{language}.ts"


def english_content_errors_from_the_loader(source: Path) -> None:
    """The loader's English messages are the English translation of the article-file problems.

    One source: desktop.content.errors.MESSAGES (the command line prints them) is copied into
    the English .ts, as lupdate wrote it, for each template of desktop.ui.content_errors.
    """
    from xml.sax.saxutils import escape

    from desktop.content.errors import MESSAGES
    from desktop.ui.content_errors import TEMPLATES

    text = source.read_text(encoding="utf-8")
    for code, template in TEMPLATES.items():
        pattern = re.compile(
            r"(<source>" + re.escape(escape(str(template), {'"': "&quot;", "'": "&apos;"})) + r"</source>\s*)"
            r"<translation[^>]*>.*?</translation>",
            re.S,
        )
        english = escape(MESSAGES[code], {'"': "&quot;", "'": "&apos;"})
        text, found = pattern.subn(
            lambda match, english=english: f"{match.group(1)}<translation>{english}</translation>", text
        )
        if found != 1:
            sys.exit(f"the English .ts has no single entry for the content error {code!r}")
    source.write_text(text, encoding="utf-8")


def compile_translation(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def compile_article() -> None:
    from desktop.content import compiled, load_article

    target = ARTICLE.with_suffix(".json")
    target.write_text(compiled.to_json(load_article(ARTICLE)), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")


def compile_lexicon() -> None:
    from desktop.search import lexicon

    table = lexicon.encode(lexicon.compile_source(lexicon.SOURCE.read_text(encoding="utf-8")))
    lexicon.TABLE.write_bytes(table)
    print(f"wrote {lexicon.TABLE.relative_to(ROOT)} ({len(table) // 1024} KiB)")


def main() -> int:
    for language in TRANSLATED_LANGUAGES:
        source = translation_source(language)
        subprocess.run(
            [
                tool("pyside6-lupdate"), *map(str, UI_SOURCES), "-no-obsolete",
                "-source-language", SOURCE_LANGUAGE, "-target-language", language, "-ts", str(source),
            ],
            check=True,
        )  # fmt: skip
        if language == "en":
            english_content_errors_from_the_loader(source)
        compile_translation(source, source.with_suffix(".qm"))
    compile_article()
    # Format 1 carries no file times: the same sources always give the same bytes.
    rcc = [tool("pyside6-rcc"), "--binary", "--format-version", "1", str(QRC), "-o", str(OUTPUT)]
    subprocess.run(rcc, check=True)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({OUTPUT.stat().st_size // 1024} KiB)")
    compile_lexicon()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
