"""The article source format: what loads, and how mistakes are reported."""

import os

import pytest

from desktop.content import ContentError, Paragraph, load_article, parse_article
from tests.helpers.articles import GOOD
from tests.helpers.pipes import without_blocking_on


def test_a_good_file_loads(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(GOOD, encoding="utf-8")
    article = load_article(path)
    assert article.section_ids == ("lead", "main")
    assert article.sections[0].heading == "Кіріспе"
    assert article.sections[1].heading == "Негізгі бөлім"


def test_markup_in_text_is_kept_literally():
    article = parse_article(GOOD)
    assert article.sections[0].blocks == (Paragraph("Бірінші *абзац* <b>жуан емес</b> \\ қалады."),)


def test_windows_line_endings_and_bom_are_accepted():
    article = parse_article("\ufeff" + GOOD.replace("\n", "\r\n"))
    assert article.passages[-1].text == "Соңғы абзац."


def _broken(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


@pytest.mark.parametrize(
    ("source", "line", "fragment"),
    [
        ("title = 1\n", 1, "must start with"),
        (GOOD.replace("+++\nБірінші", "Бірінші"), 1, "never closed"),
        (_broken('title = "Сынақ"', 'title = "Сынақ'), 2, "invalid metadata"),
        (_broken('title = "Сынақ"', 'title = ""'), 2, "'title'"),
        (_broken("date = 2025-01-02", 'date = "yesterday"'), 3, "'date'"),
        (_broken('language = "kk"', 'language = "kk"\nauthor = "x"'), 6, "unknown metadata key 'author'"),
        (_broken('id = "main"', 'id = "Main Part"'), 14, "lowercase"),
        (_broken('id = "main"', 'id = "lead"'), 14, "declared twice"),
        (_broken('icon = "fa6s.star"', 'icon = "star"'), 16, "qtawesome name"),
        (_broken('icon = "fa6s.star"', 'icon = "fa6s.star"\ncolour = "red"'), 17, "unknown section key"),
        (_broken("## Негізгі бөлім {#main}", "## Негізгі бөлім"), 20, "must end with its section id"),
        (_broken("## Негізгі бөлім {#main}", "### Негізгі бөлім {#main}"), 20, "only '## Heading"),
        (_broken("## Негізгі бөлім {#main}", "## Негізгі бөлім {#other}"), 20, "expected the section 'main'"),
        (_broken("- бір", "- "), 21, "empty list item"),
        (_broken("Соңғы абзац.\n", "Соңғы абзац.\n## Тағы {#more}\n"), 25, "no [[sections]]"),
        (_broken('heading = "Кіріспе"\n', ""), 17, "lead section"),
        (_broken("Соңғы абзац.", "Соңғы\u2029абзац."), 24, "line break character (U+2029)"),
        (_broken("- бір", "- б\rір"), 21, "line break character (U+000D)"),
        (_broken('title = "Сынақ"', 'title = "Сы\\nнақ"'), 2, "line break character (U+000A)"),
        (_broken("## Негізгі бөлім {#main}", "# Негізгі бөлім {#main}"), 20, "only '## Heading"),
        (_broken('title = "Сынақ"', "title = " + "[" * 3000 + "]" * 3000), 2, "nested too deeply"),
        (_broken('title = "Сынақ"', "x = { a = " + "{ a = " * 3000 + "1" + " }" * 3001), 2, "nested too deeply"),
    ],
)
def test_mistakes_are_reported_with_their_line(source, line, fragment):
    with pytest.raises(ContentError) as caught:
        parse_article(source, origin="bad.md")
    assert caught.value.line == line, str(caught.value)
    assert fragment in caught.value.message
    assert str(caught.value).startswith(f"bad.md:{line}: ")


SECTIONS_TABLES = GOOD[GOOD.index("[[sections]]") : GOOD.index("+++\nБірінші")]


@pytest.mark.parametrize(
    ("sections", "kind"),
    [
        ('sections = ["id"]', "a text"),
        ("sections = [1, 2]", "a number"),
        ("sections = [1.5]", "a number"),
        ("sections = [true]", "true or false"),
        ("sections = [2025-01-02]", "a date or time"),
        ("sections = [12:00:00]", "a date or time"),
        ('sections = [["id", "lead"]]', "a list"),
    ],
)
def test_sections_that_are_not_tables_are_reported_by_kind(sections, kind):
    source = GOOD.replace(SECTIONS_TABLES, sections + "\n")
    with pytest.raises(ContentError) as caught:
        parse_article(source, origin="bad.md")
    assert caught.value.code == "section_not_table"
    assert caught.value.message.endswith(f"not {kind}")
    assert caught.value.line == 7


def test_a_single_text_where_the_sections_list_belongs_is_reported():
    with pytest.raises(ContentError) as caught:
        parse_article(GOOD.replace(SECTIONS_TABLES, 'sections = "id"\n'))
    assert caught.value.code == "no_sections"


@pytest.mark.parametrize("line", ["#хэштег бүгін", "#2025", "##сөз"])
def test_a_hash_without_a_space_is_a_paragraph(line):
    article = parse_article(_broken("Соңғы абзац.", line))
    assert article.passages[-1].text == line


def test_a_declared_section_missing_from_the_text_is_reported():
    source = _broken("## Негізгі бөлім {#main}\n- бір\n- екі\n\nСоңғы абзац.\n", "")
    with pytest.raises(ContentError, match="'main' is declared in the metadata") as caught:
        parse_article(source)
    assert caught.value.line == 13  # its [[sections]] entry


def test_an_empty_section_is_reported():
    source = _broken("- бір\n- екі\n\nСоңғы абзац.\n", "")
    with pytest.raises(ContentError, match="has no text"):
        parse_article(source)


def test_missing_and_undecodable_files_are_content_errors(tmp_path):
    with pytest.raises(ContentError, match="cannot read file"):
        load_article(tmp_path / "missing.md")
    bad = tmp_path / "latin1.md"
    bad.write_bytes(GOOD.encode("utf-8") + "\nқате".encode("cp1251", errors="replace") + b"\xff\n")
    with pytest.raises(ContentError, match="not valid UTF-8") as caught:
        load_article(bad)
    assert caught.value.line == GOOD.count("\n") + 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_put_in_a_files_place_after_its_check_neither_blocks_nor_is_read(tmp_path, monkeypatch):
    """Between the check of the path and its opening, the file may be replaced by a pipe."""
    from pathlib import Path

    from desktop.content.loader import read_regular_file

    checked = tmp_path / "checked.md"
    checked.write_text("x", encoding="utf-8")
    regular = checked.stat()  # what the check saw: a small regular file
    pipe = tmp_path / "article.md"
    os.mkfifo(pipe)
    real_stat = Path.stat
    monkeypatch.setattr(Path, "stat", lambda self, **kw: regular if self == pipe else real_stat(self, **kw))
    with pytest.raises(ContentError) as refused:
        without_blocking_on(pipe, lambda: read_regular_file(pipe, 1024))
    assert refused.value.code == "not_regular_file"


def test_a_book_larger_than_four_mebibytes_opens_whole(tmp_path):
    paragraph = "Абай ауылға қайтты, күз еді, дала сарғайып жатты. " * 20
    count = 5 * 1024 * 1024 // len(paragraph.encode("utf-8")) + 1  # a long novel's 5 MiB
    path = tmp_path / "novel.txt"
    path.write_text("Ұзақ роман\n\n" + "\n\n".join(f"{n}. {paragraph}" for n in range(count)), encoding="utf-8")
    assert path.stat().st_size > 5 * 1024 * 1024
    article = load_article(path)
    assert article.title == "Ұзақ роман"
    assert len(article.passages) == count
    assert article.passages[-1].text == f"{count - 1}. {paragraph.strip()}"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from desktop.content import loader

    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 1024)
    with pytest.raises(ContentError) as caught:
        load_article(path)
    assert caught.value.code == "too_large"


@pytest.mark.parametrize(
    ("name", "text"), [("a.txt", "Ай\n\nТолған ай.\n"), ("a.html", "<html><body><p>Толған ай.</p></body></html>")]
)
def test_a_file_that_names_no_date_is_dated_the_day_it_was_last_changed(tmp_path, name, text):
    import datetime as dt
    import time

    from desktop.content.loader import open_article

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    noon = time.mktime((2021, 3, 4, 12, 0, 0, 0, 0, -1))  # local time, as the day is
    os.utime(path, (noon, noon))
    assert load_article(path).date == open_article(path)[0].date == dt.date(2021, 3, 4)
    assert load_article(str(path)).date == dt.date(2021, 3, 4)
