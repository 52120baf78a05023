"""A long saved web page opened in two steps: its article so far before the window paints, the rest after.

The article found in the whole page must be exactly the one ``load_article`` gives (its text's hash
keys the reader's notes), whatever was shown first and however the page was cut into pieces.
"""

from __future__ import annotations

import gc

import pytest

from desktop import gc_pause
from desktop.content import load_article, loader
from desktop.content.formats import html_charset, web_page
from desktop.content.formats.html_charset import NotUtf8Error, decode_html, decode_html_pieces
from desktop.content.loader import FIRST_SCREEN_TEXT, LONG_PAGE_BYTES, open_article
from desktop.content.model import begins
from desktop.userdata.annotations import text_hash
from tests.helpers.opening import refused_late_as_whole
from tests.helpers.pages import code_listing_page, long_page, page_with_another_start
from tests.helpers.web_gold import pages


def write(path, markup: str, encoding: str = "utf-8"):
    path.write_bytes(markup.encode(encoding))
    return path


def test_a_long_page_shows_its_first_paragraphs_and_the_rest_is_the_page_read_whole(tmp_path):
    path = write(tmp_path / "бет.html", long_page(3000))
    assert path.stat().st_size > LONG_PAGE_BYTES
    first, rest = open_article(path)
    assert rest is not None
    whole = load_article(path)
    shown = [passage.text for passage in first.passages]
    assert FIRST_SCREEN_TEXT <= sum(map(len, shown)) < 3 * FIRST_SCREEN_TEXT  # two screens, a paragraph more
    assert shown == [passage.text for passage in whole.passages[: len(shown)]]
    assert begins(first, whole) and first.title == whole.title == "Ұзақ бет"
    steps, progress = 1, [rest.progress]
    while not rest.read_more(0.0):  # a piece (or a step of finding the article) at a time
        steps += 1
        progress.append(rest.progress)
    assert steps > 100 and progress == sorted(progress) and 0 < progress[0] < 0.1
    assert rest.article() == whole and text_hash(rest.article()) == text_hash(whole)


def test_a_page_of_up_to_a_mebibyte_is_read_whole_at_once(tmp_path):
    path = write(tmp_path / "бет.html", long_page(600))
    assert path.stat().st_size <= LONG_PAGE_BYTES
    assert open_article(path) == (load_article(path), None)


@pytest.mark.parametrize("piece", [1, 7, 4096])
def test_each_hand_marked_page_read_in_pieces_is_the_page_read_whole(tmp_path, monkeypatch, piece):
    monkeypatch.setattr(loader, "LONG_PAGE_BYTES", 0)  # every page in two steps, from a few lines of its article
    monkeypatch.setattr(loader, "FIRST_SCREEN_TEXT", 200)
    monkeypatch.setattr(loader, "FIRST_PART_TEXT", 400)  # the article's beginning shown, not all of the first look's
    monkeypatch.setattr(loader, "FIRST_LOOKS", (4000, 12000, 30000))
    monkeypatch.setattr(web_page, "PIECE_BYTES", piece)
    checked = 0
    for page in pages():
        path = tmp_path / page.html.name
        path.write_bytes(page.html.read_bytes())
        first, rest = open_article(path)
        whole = rest.article() if rest is not None else first
        assert whole == load_article(path), page.name
        checked += rest is not None
    assert checked >= 5  # pages with a screen of article in their first pieces


def test_a_page_that_turns_out_not_to_be_utf8_is_read_again_as_the_whole_page_reads(tmp_path):
    markup = long_page(3000, after="<p>Соңы: " + "әріп " * 30 + ".</p>", charset="windows-1251")
    data = markup.encode("utf-8")[: -len("</body></html>")]
    data += "<p>Қате әріптер</p></body></html>".encode("kz1048")  # bytes no UTF-8 reads, at the very end
    path = tmp_path / "бет.html"
    path.write_bytes(data)
    with pytest.raises(NotUtf8Error):
        "".join(decode_html_pieces(data, 65536))
    first, rest = open_article(path)
    assert rest is not None and first.passages
    whole = rest.article()
    assert whole == load_article(path)
    assert decode_html(data)[1] != "utf-8"  # read in another set, from its start


@pytest.mark.parametrize("piece", [1, 3, 1000])
def test_a_page_decoded_in_pieces_is_the_page_decoded_whole(piece):
    for page in pages():
        data = page.html.read_bytes()
        try:
            text = "".join(decode_html_pieces(data, piece))
        except NotUtf8Error:
            assert decode_html(data)[1] != "utf-8", page.name
        else:
            assert text == decode_html(data)[0], page.name


def test_a_page_with_a_byte_order_mark_is_decoded_in_pieces_in_its_set():
    text = "<p>Сәлем, әлем!</p>" * 10
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xef\xbb\xbf", "utf-8")):
        data = bom + text.encode(codec) + b"\xff"  # a stray byte at the end: replaced, as whole
        assert "".join(html_charset.decode_html_pieces(data, 5)) == decode_html(data)[0]


def test_a_page_whose_first_part_is_not_its_article_is_given_whole_afterwards(tmp_path):
    path = write(tmp_path / "бет.html", page_with_another_start(4000))
    first, rest = open_article(path)
    assert rest is not None
    whole = rest.article()
    assert whole == load_article(path)
    assert first.passages[0].text.startswith("Алғы сөз 0:")  # what the page begins with, shown first
    assert not begins(first, whole)  # the article found in the whole page is another: shown anew
    assert whole.passages[0].text.startswith("0. Қазақ даласының")
    assert not any(passage.text.startswith("Алғы сөз") for passage in whole.passages)


def test_a_page_beyond_the_readers_limits_late_is_refused_as_before_when_that_is_read(tmp_path):
    path = write(tmp_path / "бет.html", long_page(3000, after="<br>" * 260_000))
    assert "more than 250,000 elements" in str(refused_late_as_whole(path))


def test_a_long_page_without_article_text_in_its_first_mebibyte_is_read_whole_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "FIRST_LOOK_SECONDS", 60.0)  # time for every look in the open
    script = "<script>" + "var x = 1;\n" * 200_000 + "</script>"
    path = write(tmp_path / "бет.html", long_page(200).replace("<body>", f"<body>{script}"))
    assert open_article(path) == (load_article(path), None)


def test_a_long_page_without_article_text_in_its_first_looks_opens_with_its_head_when_they_take_too_long(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(loader, "FIRST_LOOK_SECONDS", 0.0)
    script = "<script>" + "var x = 1;\n" * 200_000 + "</script>"
    path = write(tmp_path / "бет.html", long_page(200).replace("<body>", f"<body>{script}"))
    first, rest = open_article(path)
    assert rest is not None and first.passages == () and first.title == "Ұзақ бет"
    assert _read_in_slices(rest) == [] and rest.article() == load_article(path)  # no look found text: all of it


def test_a_long_page_with_a_short_article_in_its_first_mebibyte_shows_that_before_the_rest_is_read(tmp_path):
    picture = "<img src='data:image/png;base64," + "A" * 1_200_000 + "'>"
    path = write(tmp_path / "бет.html", long_page(3, after=picture))
    first, rest = open_article(path)
    assert rest is not None and len(first.passages) == 3
    assert rest.article() == load_article(path) and begins(first, rest.article())


@pytest.mark.parametrize("piece", [4096, 65536])
def test_a_long_code_listing_read_in_steps_is_the_page_read_whole(tmp_path, monkeypatch, piece):
    monkeypatch.setattr(web_page, "PIECE_BYTES", piece)
    path = write(tmp_path / "kod.rs.html", code_listing_page(12_000))
    assert path.stat().st_size > LONG_PAGE_BYTES
    _first, rest = open_article(path)
    assert rest is not None
    whole = load_article(path)
    assert rest.article() == whole and text_hash(rest.article()) == text_hash(whole)
    lines = [passage.text for passage in whole.passages]
    assert len(lines) >= 12_000 and lines[0].startswith("0 let Қазақ = жаса(0);")
    assert not any("құқықтар" in line or "Модуль" in line for line in lines)  # the copyright line and the menu


def test_collections_wait_only_while_the_rest_of_a_long_page_is_read(tmp_path):
    path = write(tmp_path / "бет.html", long_page(3000))
    _first, rest = open_article(path)
    assert rest is not None and not gc_pause.held()  # the first part is read as before
    rest.read_more(0.0)
    assert gc_pause.held()
    whole = rest.article()
    assert not gc_pause.held() and whole == load_article(path)
    _first, stopped = open_article(path)
    assert stopped is not None
    stopped.read_more(0.0)
    stopped.read_more(0.0)
    stopped.close()  # another file opened, or the window closed, before the page was read
    assert not gc_pause.held()


def test_a_page_read_in_steps_lets_its_tree_go_without_the_collector(tmp_path):
    data = code_listing_page(3000).encode("utf-8")
    gc.collect()
    gc.disable()
    try:
        elements_before = sum(isinstance(item, web_page.Element) for item in gc.get_objects())
        reader = web_page.PageReader(data, None)
        while reader.read_piece():
            pass
        assert reader.page is not None and reader.page[1].has_text()
        left = sum(isinstance(item, web_page.Element) for item in gc.get_objects()) - elements_before
    finally:
        gc.enable()
    assert left <= 1  # the next parser's empty document; the page's 21,000 elements went as they were passed


@pytest.mark.parametrize("budget", [0.0, 60.0])
def test_a_page_whose_article_starts_late_in_its_first_look_shows_its_first_lines_when_a_further_look_is_too_long(
    tmp_path, monkeypatch, budget
):
    monkeypatch.setattr(loader, "FIRST_LOOK_SECONDS", budget)
    menu = "<ul class='menu'>" + "".join(f"<li><a href='/m{n}.html'>Бөлім {n}</a></li>" for n in range(1250)) + "</ul>"
    path = write(tmp_path / "бет.html", long_page(3000, before=menu))
    assert 55_000 < len(menu.encode()) < 62_000  # the article begins a few KiB before the first look
    first, rest = open_article(path)
    assert rest is not None
    whole = rest.article()
    assert whole == load_article(path) and begins(first, whole)
    shown = sum(len(passage.text) for passage in first.passages)
    if budget:
        assert shown >= FIRST_SCREEN_TEXT  # looked on, at 256 KiB
    else:
        assert 0 < shown < FIRST_SCREEN_TEXT  # the first lines, at once


def _menu_page(paragraphs: int, menu_items: int = 3200) -> str:
    """A long page whose article begins after a menu of links (a page of documentation: 150 KiB of them)."""
    items = "".join(f"<li><a href='/std/m{n}.html'>Бөлім {n}</a></li>" for n in range(menu_items))
    return long_page(paragraphs, before=f"<nav class='sidebar'><ul>{items}</ul></nav>")


def _read_in_slices(rest) -> list:
    """The rest read a piece (or a step) at a time; what ``sooner`` gave meanwhile, with how much of the page
    was read then."""
    found, pieces = [], 0
    while not rest.read_more(0.0):
        pieces += 1
        part = rest.sooner()
        if part is not None:
            found.append((part, rest.progress))
    assert rest.sooner() is None  # once the whole page is read, it alone is shown
    return found


def test_a_page_whose_article_begins_after_its_first_look_opens_with_its_head_and_its_beginning_follows(
    tmp_path, monkeypatch
):
    """No text in the first 64 KiB, and the next look would take the open past its budget: the page's title,
    date and source are shown alone, and the article's beginning is looked for in steps after the paint
    (at 256 KiB, as the open looked before), shown before the whole page is read."""
    monkeypatch.setattr(loader, "FIRST_LOOK_SECONDS", 0.0)
    path = write(tmp_path / "бет.html", _menu_page(3000))
    assert path.stat().st_size > LONG_PAGE_BYTES and _menu_page(0).index("<article>") > 150 * 1024
    first, rest = open_article(path)
    assert rest is not None
    assert first.title == "Ұзақ бет" and first.passages == () and len(first.sections) == 1
    (part, progress), *more = _read_in_slices(rest)
    whole = rest.article()
    assert not more and progress < 0.1  # 256 KiB of the page's 1.7 MiB parsed (parsing is a third of the work)
    assert whole == load_article(path) and text_hash(whole) == text_hash(load_article(path))
    assert FIRST_SCREEN_TEXT <= sum(len(passage.text) for passage in part.passages) < 3 * FIRST_SCREEN_TEXT
    assert begins(first, part) and begins(part, whole)  # the head, then the article's start, then all of it


def test_a_page_whose_article_begins_after_its_first_look_is_looked_at_again_in_the_open_within_its_budget(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(loader, "FIRST_LOOK_SECONDS", 60.0)
    path = write(tmp_path / "бет.html", _menu_page(3000))
    first, rest = open_article(path)
    assert rest is not None and sum(len(passage.text) for passage in first.passages) >= FIRST_SCREEN_TEXT
    assert rest.sooner() is None and begins(first, rest.article())


@pytest.mark.parametrize("piece", [1, 7, 4096])
def test_each_hand_marked_page_shown_by_its_head_first_is_the_page_read_whole(tmp_path, monkeypatch, piece):
    """Every page in two steps, with no time for a second look in the open: those whose first look finds no
    text open with their head, the article's beginning found in steps, and the whole as read whole."""
    monkeypatch.setattr(loader, "LONG_PAGE_BYTES", 0)
    monkeypatch.setattr(loader, "FIRST_SCREEN_TEXT", 200)
    monkeypatch.setattr(loader, "FIRST_PART_TEXT", 400)
    monkeypatch.setattr(loader, "FIRST_LOOKS", (2000, 12000, 30000))
    monkeypatch.setattr(loader, "FIRST_LOOK_SECONDS", 0.0)
    monkeypatch.setattr(web_page, "PIECE_BYTES", piece)
    heads = 0
    for page in pages():
        path = tmp_path / page.html.name
        path.write_bytes(page.html.read_bytes())
        first, rest = open_article(path)
        whole = load_article(path)
        if rest is None:
            assert first == whole, page.name
            continue
        found = _read_in_slices(rest)
        assert rest.article() == whole and text_hash(rest.article()) == text_hash(whole), page.name
        if not first.passages:
            heads += 1
            assert len(found) <= 1 and all(part.passages for part, _ in found), page.name
        else:
            assert not found, page.name
    assert heads >= (2 if piece == 4096 else 10)  # pages whose first 4 KiB hold no text of their article


def _listing_tree(texts: int) -> tuple[web_page.Element, web_page.Element]:
    """A page's tree whose one element holds ``texts`` texts (a listing's <code>, whose lines and words
    are a hundred thousand children): the document, and its <main>."""
    document = web_page.Element("#document")
    main = web_page.Element("main", parent=document)
    code = web_page.Element("code", parent=main)
    document.children.append(main)
    main.children.append(code)
    code.children.extend(f"{number} " for number in range(texts))
    return document, main


def test_a_step_of_taking_a_tree_apart_goes_over_a_few_hundred_of_its_nodes_however_many_one_holds():
    document, main = _listing_tree(100_000)
    code = main.children[0]
    steps = sum(1 for _ in web_page._let_go_steps(document))
    assert steps >= 100_000 // (4 * web_page.STEP)
    assert (code.children, code.parent, main.children, main.parent) == ([], None, [], None)


def test_a_step_of_looking_for_list_items_in_the_article_goes_over_a_few_hundred_nodes_however_many_one_holds():
    _document, main = _listing_tree(100_000)
    item = web_page.Element("li", parent=main)
    main.children.append(item)
    steps = web_page._items_inside_steps(main, {item})
    taken = 0
    while True:
        try:
            next(steps)
        except StopIteration as done:
            assert done.value == {item}
            break
        taken += 1
    assert taken >= 100_000 // (4 * web_page.STEP)


def test_what_finding_the_article_made_is_let_go_of_a_few_thousand_items_a_step():
    places = {web_page.Element("span"): number for number in range(50_000)}
    order = list(places)
    steps = sum(1 for _ in web_page._emptied_steps(places, order))
    assert places == {} and order == []
    assert steps >= 50_000 // (16 * web_page.STEP)


def test_blocks_of_hundreds_of_kilobytes_are_each_told_apart_in_a_step_of_their_own():
    """A listing's one block is megabytes: telling its kind (a copyright line? sentences?) reads all of it,
    so a step takes no more than STEP_CHARS of text, or one block, not STEP blocks."""
    paragraph = "Қазақ даласының кең жазиралы жерінде ерте заманнан бері көшпелі ел өмір сүрген. " * 8000
    assert len(paragraph) >= web_page.STEP_CHARS
    document = web_page.parse(f"<html><body><article>{f'<p>{paragraph}</p>' * 12}</article></body></html>")
    steps = web_page._extract_steps(document, "", pictures=None)
    done = [step for step in iter(lambda: next(steps, "end"), "end") if step is not None]
    assert len({step for step in done if 0.4 <= step < 0.8}) == 12  # the blocks' kinds are told from 0.4 to 0.8
