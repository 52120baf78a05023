"""The library on the command line: oqyrman add, library list/remove, search --scope library."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.unit.library.conftest import write_text_article


def _json(capsysbinary) -> dict:
    return json.loads(capsysbinary.readouterr().out.decode("utf-8"))


def test_a_new_library_holds_the_bundled_article(capsysbinary, article):
    assert main(["library", "list", "--json"]) == 0
    [entry] = _json(capsysbinary)["articles"]
    assert (entry["key"], entry["bundled"], entry["title"], entry["words"]) == ("bundled", True, article.title, 518)


def test_add_a_folder_reports_what_was_skipped_and_exits_1(capsysbinary, tmp_path):
    write_text_article(tmp_path / "in" / "good.txt", "Жақсы", "Мәтін бар.")
    (tmp_path / "in" / "notes.pdf").write_bytes(b"%PDF")
    assert main(["add", str(tmp_path / "in")]) == 1
    captured = capsysbinary.readouterr()
    assert captured.out.decode() == "1 added, 0 updated, 0 unchanged, 1 skipped\n"
    assert f"skipped {tmp_path / 'in' / 'notes.pdf'}: not an article file (.pdf)" in captured.err.decode()
    assert main(["add", str(tmp_path / "in" / "good.txt"), "--json"]) == 0
    assert _json(capsysbinary)["unchanged"] == [str(tmp_path / "in" / "good.txt")]


def test_add_a_path_that_does_not_exist_is_a_usage_error(capsys, tmp_path):
    assert main(["add", str(tmp_path / "nowhere.txt")]) == 2
    assert capsys.readouterr().err == f"oqyrman: error: no such file or folder: {tmp_path / 'nowhere.txt'}\n"


def test_search_the_library_hits_carry_the_articles_id_and_title(capsysbinary, tmp_path):
    path = write_text_article(tmp_path / "a.txt", "Ресей туралы", "Ресеймен келіссөз басталды.")
    assert main(["add", str(path)]) == 0
    capsysbinary.readouterr()
    assert main(["search", "Ресей", "--scope", "library", "--json"]) == 0
    document = _json(capsysbinary)
    assert document["scope"] == "library" and document["complete"]
    titles = {hit["title"] for hit in document["hits"]}
    assert titles == {"Тоқаевтың Мәскеуге сапары: әлемдік БАҚ пен сарапшылардың пікірі", "Ресей туралы"}
    mine = [hit for hit in document["hits"] if hit["title"] == "Ресей туралы" and hit["field"] == "text"]
    assert [(hit["match"], hit["start"], hit["end"], hit["level"], hit["key"]) for hit in mine] == [
        ("Ресеймен", 0, 8, "word", str(path))
    ]
    assert mine[0]["text"][mine[0]["start"] : mine[0]["end"]] == "Ресеймен"


def test_search_the_library_in_words(capsysbinary, tmp_path):
    main(["add", str(write_text_article(tmp_path / "a.txt", "Дала", "Ресейге жол."))])
    capsysbinary.readouterr()
    assert main(["search", "Ресей", "--scope", "library", "--limit", "1"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert out.splitlines()[0].startswith("Тоқаевтың Мәскеуге сапары")
    assert "Дала" not in out


def test_open_and_library_scope_do_not_go_together(capsys, tmp_path):
    path = write_text_article(tmp_path / "a.txt", "А", "Б.")
    assert main(["search", "Б", "--scope", "library", "--open", str(path)]) == 2
    assert "do not go together" in capsys.readouterr().err


def test_remove_forgets_the_article_and_keeps_the_file(capsysbinary, tmp_path):
    path = write_text_article(tmp_path / "keep.txt", "Сақта", "Файл орнында қалады.")
    before = path.read_bytes()
    main(["add", str(path)])
    assert main(["library", "remove", "keep.txt"]) == 0
    assert "is untouched" in capsysbinary.readouterr().out.decode()
    assert path.read_bytes() == before
    main(["library", "list", "--json"])
    assert [entry["key"] for entry in _json(capsysbinary)["articles"]] == ["bundled"]


def test_remove_refuses_the_bundled_article_and_unknown_ones(capsys):
    assert main(["library", "remove", "bundled"]) == 2
    assert "bundled with the reader" in capsys.readouterr().err
    assert main(["library", "remove", "99"]) == 2
    assert "no article '99' in the library" in capsys.readouterr().err


def test_a_missing_file_is_listed_as_missing(capsysbinary, tmp_path):
    path = write_text_article(tmp_path / "gone.txt", "Кетті", "Мәтін.")
    main(["add", str(path)])
    path.unlink()
    capsysbinary.readouterr()
    assert main(["library", "list"]) == 0
    assert f"[{path}] (missing)" in capsysbinary.readouterr().out.decode()


def test_search_the_library_pages_through_every_article_with_exact_totals(capsysbinary, tmp_path):
    folder = tmp_path / "many"
    for n in range(5):
        write_text_article(folder / f"{n}.txt", f"Мақала {n}", *["Ресейге сапар."] * (n + 1))
    assert main(["add", str(folder)]) == 0
    capsysbinary.readouterr()
    pages = []
    for offset in (0, 2, 4):
        assert main(["search", "сапар", "--scope", "library", "--json", "--limit", "2", "--offset", str(offset)]) == 0
        pages.append(_json(capsysbinary))
    assert {page["articles"] for page in pages} == {6}  # the five and the bundled article
    assert {page["passages"] for page in pages} == {1 + 2 + 3 + 4 + 5 + 9}  # the bundled article holds nine
    assert {page["fields"] for page in pages} == {1}  # the bundled article's title: Мәскеуге сапары
    assert [page["more"] for page in pages] == [True, True, False]
    listed = [entry["article"] for page in pages for entry in page["page"]]
    assert len(listed) == len(set(listed)) == 6
    assert all({hit["article"] for hit in page["hits"]} == {e["article"] for e in page["page"]} for page in pages)


def test_an_offset_outside_the_library_scope_is_a_usage_error(capsys):
    assert main(["search", "сапар", "--offset", "3"]) == 2
    assert "--offset goes with --scope library" in capsys.readouterr().err


def test_adding_a_folder_on_a_terminal_shows_its_progress_and_clears_it(capsys, tmp_path, monkeypatch):
    for n in range(3):
        write_text_article(tmp_path / "in" / f"{n}.txt", f"Мақала {n}", "Мәтін.")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["add", str(tmp_path / "in")]) == 0
    err = capsys.readouterr().err
    assert "\roqyrman: reading 0 of 3 (0%)" in err and err.endswith("\r\033[K")


def test_adding_a_folder_into_a_pipe_prints_no_progress(capsys, tmp_path):
    for n in range(3):
        write_text_article(tmp_path / "in" / f"{n}.txt", f"Мақала {n}", "Мәтін.")
    assert main(["add", str(tmp_path / "in")]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    "argument", ["3" + "0" * 30, "9223372036854775808", "²", "³", "٣", "３", "۳", "3\u0663", os.fsdecode(b"3\xff")]
)
def test_remove_takes_only_ascii_digits_as_an_id_and_never_another_article(capsysbinary, tmp_path, argument):
    paths = [write_text_article(tmp_path / f"{name}.txt", name, "Мәтін бар.") for name in ("Бір", "Екі")]
    assert main(["add", *map(str, paths)]) == 0
    capsysbinary.readouterr()
    assert main(["library", "list", "--json"]) == 0
    before = _json(capsysbinary)["articles"]
    assert [entry["id"] for entry in before] == [1, 2, 3]
    assert main(["library", "remove", argument]) == 2
    error = capsysbinary.readouterr().err.decode()
    assert error.startswith("oqyrman: error: ") and "Traceback" not in error and error.count("\n") == 1
    assert main(["library", "list", "--json"]) == 0
    assert _json(capsysbinary)["articles"] == before


def test_add_names_a_link_loop_a_name_that_is_not_utf8_and_goes_on(capsysbinary, tmp_path):
    folder = tmp_path / "in"
    write_text_article(folder / "good.txt", "Жақсы", "Мәтін бар.")
    write_text_article(folder / "sub" / "deep.txt", "Терең", "Мәтін бар.")
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)  # a loop through a folder link
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a link to itself
    odd = Path(os.fsdecode(bytes(folder / "bad") + b"\xff\xfe.txt"))
    write_text_article(odd, "Аты бұзық", "Мәтін бар.")
    assert main(["add", str(folder), "--json"]) == 1
    document = _json(capsysbinary)
    assert sorted(Path(path).name for path in document["added"]) == ["deep.txt", "good.txt"]
    reasons = {Path(skipped["path"]).name: skipped["reason"] for skipped in document["skipped"]}
    assert reasons["back"] == "a link to a folder already read (not followed again)"
    assert reasons["self.txt"].startswith("cannot be read")
    assert reasons["bad\\xff\\xfe.txt"] == "its name is not valid UTF-8 text"
    assert main(["add", str(folder)]) == 1
    assert "skipped " + str(folder / "bad") + "\\xff\\xfe.txt: its name is not valid UTF-8 text" in (
        capsysbinary.readouterr().err.decode()
    )


def test_a_library_locked_by_another_writer_is_listed_as_it_was_and_removal_says_why(
    capsysbinary, tmp_path, monkeypatch
):
    import sqlite3

    from desktop.storage import database
    from desktop.ui.paths import data_dir

    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.2)
    first = write_text_article(tmp_path / "a.txt", "Бір", "Мәтін бар.")
    assert main(["add", str(first)]) == 0
    write_text_article(first, "Бір", "Мәтін өзгерді, енді ұзынырақ.")  # changed: listing would read it again
    holder = sqlite3.connect(data_dir() / "library.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        capsysbinary.readouterr()
        assert main(["library", "list"]) == 0
        captured = capsysbinary.readouterr()
        assert "2 articles" in captured.out.decode()
        assert "oqyrman: warning: cannot write to" in captured.err.decode() and "locked" in captured.err.decode()
        assert main(["library", "remove", str(first)]) == 2
        assert capsysbinary.readouterr().err.decode().startswith("oqyrman: error: cannot write to")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(data_dir().glob("*.broken-*"))


def test_a_search_index_locked_by_another_program_is_one_line_and_left_as_it_is(capsysbinary, monkeypatch):
    import sqlite3

    from desktop.storage import database
    from desktop.ui.paths import data_dir

    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.2)
    assert main(["library", "list"]) == 0
    index = data_dir() / "library-index.sqlite"
    with sqlite3.connect(index) as db:
        db.execute("PRAGMA journal_mode=DELETE")  # as another tool might leave it: readers then wait for writers
    holder = sqlite3.connect(index, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        capsysbinary.readouterr()
        code = main(["search", "Ресей", "--scope", "library"])
        error = capsysbinary.readouterr().err.decode()
        assert code == 2 and "Traceback" not in error
        assert error.splitlines()[-1].startswith("oqyrman: error: ") and "locked" in error.splitlines()[-1]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(data_dir().glob("*.broken-*"))
    assert main(["search", "Ресей", "--scope", "library"]) == 0


def test_a_search_answers_without_looking_at_every_file_but_indexes_what_the_index_lacks(capsysbinary, tmp_path):
    from desktop.library import catalogue as catalogue_module
    from desktop.locations import data_dir

    path = write_text_article(tmp_path / "a.txt", "Дала", "Көшпенділер даласы.")
    assert main(["add", str(path)]) == 0
    path.unlink()  # gone: a search does not look (the window, add and library list do)
    assert main(["search", "даласы", "--scope", "library", "--json"]) == 0
    capsysbinary.readouterr()
    with sqlite3.connect(data_dir() / catalogue_module.INDEX_FILE) as db:  # an index that lacks the articles
        db.execute("DELETE FROM indexed")
    db.close()
    write_text_article(tmp_path / "a.txt", "Дала", "Көшпенділер даласы.")
    assert main(["search", "даласы", "--scope", "library", "--json"]) == 0
    assert _json(capsysbinary)["articles"] == 1, "indexed again before answering"


def test_a_search_of_a_new_library_finds_the_bundled_article_and_indexes_it_again_when_the_index_lost_it(
    capsysbinary,
):
    from desktop.library import catalogue as catalogue_module
    from desktop.locations import data_dir

    assert main(["search", "сапарына", "--scope", "library", "--json"]) == 0
    assert _json(capsysbinary)["articles"] == 1, "a new library: the bundled article is added first"
    with sqlite3.connect(data_dir() / catalogue_module.INDEX_FILE) as db:
        db.execute("DELETE FROM indexed")
    db.close()
    assert main(["search", "сапарына", "--scope", "library", "--json"]) == 0
    assert _json(capsysbinary)["articles"] == 1, "the reader's own copy indexed again before answering"


def test_a_catalogue_damaged_without_its_file_changing_is_set_aside_when_a_search_reads_it(capsysbinary, tmp_path):
    """Its pages are not all read on an open that finds it unchanged since they were: the search that reads the
    damage opens it again, checked, and it is set aside and said, as on any open that finds it damaged."""
    from desktop.library import catalogue as catalogue_module
    from desktop.locations import data_dir

    path = write_text_article(tmp_path / "a.txt", "Ресей туралы", "Ресеймен келіссөз басталды.")
    assert main(["add", str(path)]) == 0
    assert main(["search", "Ресей", "--scope", "library", "--json"]) == 0  # its checks pass and are recorded
    capsysbinary.readouterr()
    catalogue = data_dir() / catalogue_module.CATALOGUE_FILE
    status = catalogue.stat()
    with open(catalogue, "r+b") as file:  # a disk's own failure: the same file, size and time
        file.seek(4096)
        file.write(b"\xff" * (status.st_size - 4096))
    os.utime(catalogue, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert main(["search", "Ресей", "--scope", "library", "--json"]) == 0
    captured = capsysbinary.readouterr()
    assert "library.sqlite was damaged" in captured.err.decode() and "Traceback" not in captured.err.decode()
    assert len(list(catalogue.parent.glob("library.sqlite.broken-*"))) >= 1


def test_a_search_leaves_out_an_article_the_index_holds_and_the_catalogue_does_not(capsysbinary, tmp_path):
    from desktop.library import catalogue as catalogue_module
    from desktop.locations import data_dir

    paths = [write_text_article(tmp_path / f"{name}.txt", name, "Көшпенділер даласы.") for name in ("Бір", "Екі")]
    assert main(["add", *map(str, paths)]) == 0
    capsysbinary.readouterr()
    with sqlite3.connect(data_dir() / catalogue_module.CATALOGUE_FILE) as db:
        db.execute("DELETE FROM articles WHERE title = 'Бір'")
    db.close()
    with sqlite3.connect(data_dir() / catalogue_module.INDEX_FILE) as db:  # the counts agree, the sets do not
        db.execute("DELETE FROM indexed WHERE article = 3")
    db.close()
    assert main(["search", "даласы", "--scope", "library", "--json"]) == 0
    document = _json(capsysbinary)
    assert {hit["title"] for hit in document["hits"]} <= {"Екі"} and [e["title"] for e in document["page"]] == ["Екі"]


def test_a_search_as_its_own_process_rests_the_collector_and_one_called_in_process_leaves_it(capsysbinary, monkeypatch):
    """The command's process ends after the search: collections rest and what it made is frozen for the exit.
    Called with arguments by another program (a test here), it leaves that program's collector as it was."""
    import gc

    from desktop import gc_pause

    monkeypatch.setattr(gc_pause, "_state", gc_pause._State())  # no window's collector in this test's process
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        frozen = gc.get_freeze_count()
        assert main(["search", "Ресей", "--scope", "library", "--json"]) == 0
        assert gc.isenabled() and gc.get_freeze_count() == frozen
        assert _json(capsysbinary)["scope"] == "library"
        seen = []
        monkeypatch.setattr(sys, "argv", ["oqyrman", "search", "Ресей", "--scope", "library", "--json"])
        monkeypatch.setattr(gc, "freeze", lambda: seen.append(gc.isenabled()))  # frozen, with collections at rest
        assert main() == 0
        assert seen == [False] and gc.isenabled()
        assert _json(capsysbinary)["scope"] == "library"
    finally:
        if not was_enabled:
            gc.disable()
