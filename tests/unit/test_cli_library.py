"""The library on the command line: oqyrman add, library list/remove, search --scope library."""

from __future__ import annotations

import json
import sys

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
