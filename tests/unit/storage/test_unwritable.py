"""A store that cannot be written is not a damaged store: it is read, never set aside, and writes say why.

Locks are held by a second real connection; a full disk is a subprocess under
``RLIMIT_FSIZE``; read-only files and folders are real ones, read by a subprocess that runs
as an unprivileged user when the tests run as root (root may write anything).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage import database
from desktop.storage.database import Database, StorageError
from desktop.userdata.anchors import make_anchor
from desktop.userdata.annotations import MIGRATIONS, AnnotationStore, new_annotation
from tests.helpers.damaged import assert_told_in

ROOT = Path(__file__).resolve().parents[3]
NOBODY = 65534


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.2, raising=False)


def _store_with_notes(path: Path, article, count: int = 3) -> None:
    store = AnnotationStore(path)
    texts = [passage.text for passage in article.passages]
    for number in range(count):
        store.put(new_annotation("bundled", article, make_anchor(texts, number + 1, 0, 5)))
    store.close()


def _aside(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if ".broken-" in path.name)


@pytest.mark.parametrize("lock", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_a_store_locked_by_another_program_is_never_set_aside(tmp_path, article, lock):
    """An older store in the rollback journal, held by another program: switching it to WAL must wait."""
    path = tmp_path / "notes.sqlite"
    _store_with_notes(path, article)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute(lock)
    try:
        if lock == "BEGIN EXCLUSIVE":  # not even reading is possible: said, and the file left alone
            with pytest.raises(StorageError, match="in use by another program"):
                AnnotationStore(path)
        else:  # the holder lets others read: the notes are shown
            store = AnnotationStore(path)
            assert len(store.stored()) == 3
            assert "in use by another program" in store.database.read_only
            with pytest.raises(StorageError, match="cannot save changes"):
                store.update(store.stored()[0].uuid, note="жаңа")
            store.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _aside(tmp_path) == []
    reopened = AnnotationStore(path)
    assert len(reopened.stored()) == 3 and reopened.database.read_only is None
    reopened.close()


def test_an_older_store_that_is_locked_is_read_through_its_new_schema(tmp_path, article):
    """The upgrade needs a write the lock forbids: the store is read through a migrated copy in memory."""
    path = tmp_path / "notes.sqlite"
    old = Database(path, MIGRATIONS[:1])
    with old.transaction() as db:
        db.execute(
            'INSERT INTO annotations (uuid, article_key, text_hash, kind, passage, start, "end", quote, prefix,'
            " suffix, section_id, color, note, name, created, modified) VALUES ('a1', 'bundled', 'h', 'highlight',"
            " 3, 0, 7, 'Reuters', '', '', 'west', 'green', '', '', '2026-01-01', '2026-01-01')"
        )
    old.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # in WAL mode: others may read, not write
    try:
        store = AnnotationStore(path)
        [annotation] = store.stored()
        assert (annotation.quote, annotation.style) == ("Reuters", "highlight")
        assert store.database.read_only
        store.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _aside(tmp_path) == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (1,), "left for a start that can write"


_OPEN_SCRIPT = """
import json, os, resource, signal, sys
from pathlib import Path
limit, user, path = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
if limit >= 0:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from desktop.userdata.annotations import AnnotationStore  # before giving up root: its files may be root's
from desktop.storage.errors import StorageError
if user >= 0:
    os.setgid(user); os.setuid(user)
try:
    store = AnnotationStore(path)
except StorageError as error:
    print(json.dumps({"error": str(error)})); raise SystemExit
result = {"notes": len(store.stored()), "read_only": store.database.read_only, "problem": store.problem}
try:
    store.merge([])
    result["written"] = True
except StorageError as error:
    result["written"] = str(error)
print(json.dumps(result))
"""


def _open_in_subprocess(path: Path, *, limit: int = -1, user: int = -1) -> dict:
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _OPEN_SCRIPT, str(limit), str(user), str(path)],
        capture_output=True, text=True, env=environment, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout)


def test_a_full_disk_opens_the_notes_for_reading_and_says_changes_cannot_be_saved(tmp_path, article):
    path = tmp_path / "notes.sqlite"
    _store_with_notes(path, article)
    result = _open_in_subprocess(path, limit=1024)  # no file may grow past 1 KiB: SQLite's -shm cannot be made
    assert result["notes"] == 3 and result["problem"] is None
    assert "changes cannot be saved" in result["read_only"]
    assert "cannot save changes" in result["written"]
    assert _aside(tmp_path) == []
    assert len(AnnotationStore(path).stored()) == 3


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another local user can reach (pytest's own are its owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="oqyrman-test-"))
    folder.chmod(0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o700 if path.is_dir() else 0o600)
    shutil.rmtree(folder)


def _as_reader(folder: Path) -> int:
    """The user the subprocess runs as: nobody when the tests are root (who ignores permissions)."""
    if os.geteuid() != 0:
        return -1
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)
    return NOBODY


@pytest.mark.parametrize("case", ["read-only folder", "read-only file", "read-only file and folder", "no file"])
def test_a_read_only_store_is_read_and_never_set_aside(shared_folder, article, case):
    data = shared_folder / "data"
    path = data / "notes.sqlite"
    if case != "no file":
        _store_with_notes(path, article)
    else:
        data.mkdir()
    user = _as_reader(shared_folder)
    if "file" in case and case != "no file":
        path.chmod(0o444)
    if "folder" in case or case == "no file":
        data.chmod(0o555)
    before = path.read_bytes() if path.exists() else None
    result = _open_in_subprocess(path, user=user)
    assert result["notes"] == (0 if case == "no file" else 3)
    assert result["problem"] is None
    assert "notes.sqlite is open for reading only" in result["read_only"]
    assert f"cannot save changes to {path}" in result["written"]
    assert _aside(data) == []
    assert {child.name for child in data.iterdir()} <= {"notes.sqlite", "notes.sqlite-wal", "notes.sqlite-shm"}
    assert (path.read_bytes() if path.exists() else None) == before


_CLI_SCRIPT = """
import os, resource, signal, sys
limit, user = int(sys.argv[1]), int(sys.argv[2])
import argparse, gettext, json, locale, logging  # everything the command reads, before giving up root
from desktop import cli
from desktop.content.loader import read_regular_file
from desktop.library import Library
from desktop.ui.paths import data_dir
from desktop.ui.resources import bundled_article, bundled_articles
from desktop.userdata import notes_io
from desktop.userdata.annotations import AnnotationStore
import rapidfuzz.process, rapidfuzz.distance.Levenshtein
bundled_article(); data_dir()
if limit >= 0:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
if user >= 0:
    os.setgid(user); os.setuid(user)
raise SystemExit(cli.main(sys.argv[3:]))
"""


def _command(
    home: Path, *argv: str, limit: int = -1, user: int = -1, language: str = "C.UTF-8"
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(home / "data"),
                       XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))  # fmt: skip
    environment["LANG"] = language
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(variable, None)
    done = subprocess.run(
        [sys.executable, "-c", _CLI_SCRIPT, str(limit), str(user), *argv],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.mark.parametrize("trouble", ["full disk", "read-only folder"])
def test_the_command_line_reads_from_an_unwritable_store_and_refuses_writes_in_one_line(shared_folder, trouble):
    export = shared_folder / "export.json"
    export.write_text(json.dumps({"annotations": []}), encoding="utf-8")
    steppe = shared_folder / "steppe.txt"
    steppe.write_text("Дала\n\nҚазақ даласы кең.\n", encoding="utf-8")
    assert _command(shared_folder, "add", str(steppe)).returncode == 0  # the stores exist, as after a first start
    notes = shared_folder / "data" / "Oqyrman" / "Oqyrman"
    store = AnnotationStore(notes / "notes.sqlite")
    article_key = "bundled"
    from desktop.ui.resources import bundled_article

    bundled = bundled_article()
    store.put(new_annotation(article_key, bundled, make_anchor([p.text for p in bundled.passages], 1, 0, 5)))
    store.close()
    limit, user = (1024, -1) if trouble == "full disk" else (-1, _as_reader(shared_folder))
    if trouble == "read-only folder":
        for folder in [notes, *notes.rglob("*")]:
            if folder.is_dir():
                folder.chmod(0o555)
    listed = _command(shared_folder, "notes", "list", limit=limit, user=user)
    assert listed.returncode == 0, listed.stderr
    assert "1 annotations" in listed.stdout
    assert "notes.sqlite is open for reading only" in listed.stderr and "changes cannot be saved" in listed.stderr
    imported = _command(shared_folder, "notes", "import", str(export), limit=limit, user=user)
    assert imported.returncode == 2
    assert imported.stderr.startswith(f"oqyrman: error: cannot import {export}: notes.sqlite is open for reading only")
    listed = _command(shared_folder, "library", "list", limit=limit, user=user)
    assert listed.returncode == 0 and "2 articles" in listed.stdout
    assert "library.sqlite is open for reading only" in listed.stderr
    removed = _command(shared_folder, "library", "remove", str(steppe), limit=limit, user=user)
    assert removed.returncode == 2
    assert removed.stderr.startswith("oqyrman: error: cannot remove from the library: library.sqlite is open for")
    added = _command(shared_folder, "add", str(steppe), limit=limit, user=user)
    assert added.returncode == 2 and added.stderr.startswith("oqyrman: error: cannot add to the library:")
    for language, refused in (
        ("kk", "oqyrman: қате: кітапханаға қосу мүмкін емес: library.sqlite тек оқу үшін ашылды: "),
        ("ru", "oqyrman: ошибка: нельзя добавить в библиотеку: library.sqlite открыт только для чтения: "),
    ):
        added = _command(shared_folder, "add", str(steppe), limit=limit, user=user, language=f"{language}_KZ.UTF-8")
        assert added.returncode == 2 and added.stderr.startswith(refused), added.stderr
        assert_told_in(language, added.stderr, ("oqyrman", "library.sqlite"))
    assert "2 articles" in _command(shared_folder, "library", "list").stdout
    assert not list(notes.glob("*.broken-*"))
