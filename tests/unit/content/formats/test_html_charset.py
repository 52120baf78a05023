"""A saved page's character set: its BOM, what it declares, else a careful guess among the stdlib's codecs."""

import codecs

import pytest

from desktop.content.formats.html_charset import codec_for, decode_html

KAZAKH = "Қазақстанның оңтүстігінде ұлттық саябақ ашылды. Әр өңірден үкімет өкілдері, ғалымдар және һәм жастар келді."
RUSSIAN = "Правительство утвердило проект строительства новой железной дороги между двумя крупнейшими городами страны."
ENGLISH = "The café owners said the naïve plan would fail — their résumé of the year was short."


def page(text: str, head: str = "") -> str:
    return f"<html><head>{head}<title>Page</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    ("text", "codec"),
    [(KAZAKH, "kz1048"), (RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (ENGLISH, "cp1252"), (KAZAKH, "utf-8")],
)
def test_a_page_that_declares_nothing_is_guessed_right(text, codec):
    decoded, used = decode_html(page(text).encode(codec))
    assert text in decoded
    assert used == codec


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        ('<meta charset="windows-1251">', "cp1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        ("<meta charset=KZ-1048>", "kz1048"),
        ('<meta http-equiv=content-type content="text/html;charset=koi8-r">', "koi8_r"),
    ],
)
def test_the_declared_character_set_is_used(head, codec):
    decoded, used = decode_html(page(RUSSIAN, head).encode(codec))
    assert RUSSIAN in decoded
    assert used == codec


def test_an_xml_declaration_names_the_character_set_of_an_xhtml_page():
    markup = '<?xml version="1.0" encoding="windows-1251"?>' + page(RUSSIAN)
    assert RUSSIAN in decode_html(markup.encode("cp1251"))[0]


def test_kazakh_letters_in_a_windows_1251_page_come_as_character_references():
    markup = page(KAZAKH, '<meta charset="windows-1251">').encode("cp1251", "xmlcharrefreplace")
    decoded, used = decode_html(markup)
    assert used == "cp1251"
    assert "&#1178;" in decoded  # Қ: the page's own reference, read by the parser as the letter


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_a_byte_order_mark_settles_it_whatever_the_page_declares(bom, codec):
    decoded, _ = decode_html(bom + page(KAZAKH, '<meta charset="windows-1251">').encode(codec))
    assert KAZAKH in decoded


def test_utf16_without_a_byte_order_mark_is_recognised_by_its_zero_bytes():
    decoded, used = decode_html(page(KAZAKH).encode("utf-16-le"))
    assert (KAZAKH in decoded, used) == (True, "utf-16-le")


def test_a_declaration_the_bytes_contradict_is_not_believed():
    # Converted to UTF-8 by a tool that left the old tag: read as UTF-8, not as mojibake.
    assert RUSSIAN in decode_html(page(RUSSIAN, '<meta charset="windows-1251">').encode("utf-8"))[0]
    # Says UTF-8 but is windows-1251: guessed.
    assert RUSSIAN in decode_html(page(RUSSIAN, '<meta charset="utf-8">').encode("cp1251"))[0]


def test_labels_are_read_as_browsers_read_them():
    assert [codec_for(label) for label in ("latin1", "US-ASCII", "x-cp1251", "utf-16", "rk1048", "nonsense")] == [
        "cp1252", "cp1252", "cp1251", "utf-8", "kz1048", None,
    ]  # fmt: skip


def test_a_declaration_inside_a_comment_is_not_read():
    markup = '<!-- <meta charset="koi8-r"> -->' + page(RUSSIAN)
    assert decode_html(markup.encode("cp1251"))[1] == "cp1251"


@pytest.mark.parametrize("label", ["idna", "punycode", "utf-7", "unicode_escape", "rot13", "base64", "x-unknown"])
def test_a_label_no_browser_reads_a_page_in_is_not_used(label):
    decoded, used = decode_html(page(RUSSIAN, f'<meta charset="{label}">').encode("cp1251"))
    assert (RUSSIAN in decoded, used) == (True, "cp1251")
