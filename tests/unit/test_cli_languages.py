"""The command line's errors about files, books, archives and stores, in its environment's language:
a non-zero exit, the message on standard error, no traceback; English as it always was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from desktop import cli_language
from desktop.cli import main
from tests.helpers.damaged import as_other_user, assert_told_in, damaged_files, latin_words, unreadable_file
from tests.helpers.paths import ROOT

WORDS = {"kk": ("қате", "ескерту", "қосылмады"), "ru": ("ошибка", "предупреждение", "не добавлен")}


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "kk_KZ.UTF-8"}, "ru"),
        ({"LC_MESSAGES": "kk_KZ", "LANG": "ru_RU"}, "kk"),
        ({"LANGUAGE": "de:ru:en", "LANG": "kk_KZ.UTF-8"}, "ru"),
        ({"LANGUAGE": "de", "LANG": "kk_KZ.UTF-8"}, "kk"),
        ({"LANGUAGE": "en", "LANG": "kk_KZ.UTF-8"}, "en"),
    ],
)
def test_the_language_is_the_environments_as_gettext_reads_it(environment, language):
    assert cli_language.language(environment) == language


@pytest.fixture(params=["kk", "ru", "en"])
def language(request, monkeypatch):
    """The command line run in a language (its environment's), in this process."""
    for variable in cli_language.VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8", "en": "C.UTF-8"}[request.param])
    return request.param


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    return damaged_files(tmp_path_factory.mktemp("damaged"))


PROBLEMS = [
    "epub cut short",
    "epub with a damaged directory",
    "epub with an unknown compression",
    "epub whose package is not XML",
    "text that is not text",
    "page that is not text",
    "article with bad metadata",
    "missing text",
    "folder named as a book",
    "name too long",
    "link to itself",
    "read that fails",
]


def _error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("problem", PROBLEMS)
def test_a_file_that_cannot_be_read_is_told_in_the_language(capsys, damaged, language, problem):
    path = damaged[problem]
    assert main(["export", "--open", str(path)]) == 2
    line = _error_line(capsys)
    if language == "en":
        assert line.startswith(f"oqyrman: error: {path}:")
        assert len(latin_words(line, (str(path),))) > 3
        return
    assert line.startswith(f"oqyrman: {WORDS[language][0]}: {path}:")
    assert_told_in(language, line, ("oqyrman", str(path)))


def test_english_is_the_loaders_own_words_as_before(capsys, damaged, monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["export", "--open", str(damaged["missing text"])]) == 2
    assert _error_line(capsys) == f"oqyrman: error: {damaged['missing text']}: cannot read file: {os.strerror(2)}"


@pytest.mark.parametrize("language", ["kk", "ru"], indirect=True)
def test_an_os_error_keeps_its_errno_name_after_the_words(capsys, damaged, language):
    assert main(["export", "--open", str(damaged["missing text"])]) == 2
    assert _error_line(capsys).endswith(" [ENOENT]")


def test_what_was_skipped_in_a_book_is_a_warning_in_the_language(capsys, tmp_path, language):
    from tests.helpers.books import long_book

    book = long_book(tmp_path / "кітап.epub", 6, broken=3, missing=4)
    assert main(["export", "--open", str(book), "-o", str(tmp_path / "кітап.md")]) == 0
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 2
    for line in warnings:
        if language == "en":
            assert line.startswith(f"{book}: warning: ")
        else:
            assert line.startswith(f"{book}: {WORDS[language][1]}: ")
            assert_told_in(language, line, (str(book),))


def test_a_library_import_names_each_skipped_file_and_why_in_the_language(capsys, tmp_path, language):
    folder = tmp_path / "қалта"
    damaged_files(folder)
    (folder / "кескін.pdf").write_bytes(b"%PDF-1.4")
    assert main(["add", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    skipped = err.splitlines()
    assert len(skipped) >= 10
    for line in skipped:
        if language == "en":
            assert line.startswith("oqyrman: skipped ")
            continue
        assert line.startswith(f"oqyrman: {WORDS[language][2]}: {folder}")
        path = line.split(": ")[2]
        assert_told_in(language, line, ("oqyrman", path))


def test_a_notes_file_that_cannot_be_imported_is_told_in_the_language(capsys, tmp_path, language):
    bad = tmp_path / "белгілер.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["notes", "import", str(bad)]) == 2
    line = _error_line(capsys)
    if language != "en":
        assert line.startswith(f"oqyrman: {WORDS[language][0]}: {bad}: ")
        assert_told_in(language, line, ("oqyrman", str(bad)))


def test_an_export_onto_a_folder_is_told_in_the_language(capsys, tmp_path, language):
    folder = tmp_path / "шығыс"
    folder.mkdir()
    assert main(["export", "--format", "html", "-o", str(folder)]) == 2
    line = _error_line(capsys)
    if language == "en":
        assert line == f"oqyrman: error: cannot write {folder}: is a folder"
    else:
        assert_told_in(language, line, ("oqyrman", str(folder)))


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_file_without_read_permission_ends_the_program_with_the_words_and_no_traceback(tmp_path, language):
    """A real run, as another user when the tests run as root (root reads any file)."""
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as another user needs setpriv")
    closed = unreadable_file()
    try:
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(closed.parent),
            "XDG_DATA_HOME": str(closed.parent / "data"),
            "XDG_CONFIG_HOME": str(closed.parent / "config"),
            "PYTHONPATH": str(ROOT),
            "LANG": {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8", "en": "C.UTF-8"}[language],
        }
        if as_other_user():  # that user must be able to run this Python, its PySide6 and this checkout
            able = subprocess.run(
                [*as_other_user(), sys.executable, "-c", "import PySide6, desktop.cli"],
                capture_output=True, env=environment, timeout=120, check=False,
            )  # fmt: skip
            if able.returncode != 0:
                pytest.skip(f"another user cannot run {sys.executable} with this checkout (a folder closed to others)")
        done = subprocess.run(
            [*as_other_user(), sys.executable, "-m", "desktop", "export", "--open", str(closed)],
            capture_output=True,
            env=environment,
            timeout=120,
            check=False,
        )
    finally:
        closed.chmod(0o600)
        shutil.rmtree(closed.parent)
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "Traceback" not in err and done.stdout == b""
    told = {
        "kk": f"oqyrman: қате: {closed}: файлды оқу мүмкін болмады: рұқсат жоқ [EACCES]\n",
        "ru": f"oqyrman: ошибка: {closed}: не удалось прочитать файл: нет доступа [EACCES]\n",
        "en": f"oqyrman: error: {closed}: cannot read file: {os.strerror(13)}\n",
    }
    assert err == told[language]


def test_an_english_error_imports_no_qt(tmp_path):
    environment = {**os.environ, "LANG": "C.UTF-8", "XDG_DATA_HOME": str(tmp_path / "data")}
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(variable, None)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "export", "--open", str(tmp_path / "жоқ.epub")],
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and "cannot read file" in err
    assert "PySide6" not in err


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_without_qt_an_error_asked_for_in_kazakh_or_russian_is_told_in_english(tmp_path, language):
    """Qt holds the phrases of every language but English (Kazakh's too: they are the window's): where it cannot
    be imported (a folder of it closed to this user, a broken install), the error is still told, in English,
    with the exit code it has, not turned into a complaint about Qt."""
    broken = tmp_path / "no-qt" / "PySide6"
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text('raise ImportError("PySide6 cannot be read here")\n', encoding="utf-8")
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": os.pathsep.join([str(broken.parent), str(ROOT)]),
        "LANG": {"kk": "kk_KZ.UTF-8", "ru": "ru_RU.UTF-8"}[language],
    }
    missing = tmp_path / "жоқ.txt"
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--open", str(missing)],
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and done.stdout == b"" and "Traceback" not in err
    assert err == f"oqyrman: error: {missing}: cannot read file: {os.strerror(2)}\n"
