"""Kinds of setting: what each reads a stored value as, and what it refuses to write."""

import enum
import math

import pytest

from desktop.ui.options import (
    Choice,
    Flag,
    InvalidSettingError,
    Number,
    Text,
    TextList,
    WholeNumber,
    enum_choice,
    one_of,
)


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@pytest.mark.parametrize(
    ("stored", "value"), [("true", True), ("false", False), ("1", True), ("0", False), (True, True)]
)
def test_a_flag_reads_qsettings_words_and_digits(stored, value):
    assert Flag("a/flag", False).parse(stored) is value


@pytest.mark.parametrize("stored", ["perhaps", "", "2", ["true"]])
def test_a_flag_refuses_anything_else(stored):
    with pytest.raises(InvalidSettingError, match="not true or false"):
        Flag("a/flag", False).parse(stored)


def test_a_flag_writes_only_on_or_off():
    flag = Flag("a/flag", False)
    assert flag.to_stored(True) is True
    with pytest.raises(ValueError, match="a/flag"):
        flag.to_stored("yes")


def test_a_choice_is_stored_by_its_name_and_read_back_as_its_value():
    script = Choice("reader/script", {"cyrillic": False, "latin": True}, False)
    assert script.to_stored(True) == "latin" and script.parse("latin") is True
    with pytest.raises(InvalidSettingError, match="cyrillic, latin"):
        script.parse("runic")


def test_a_choice_refuses_to_write_what_it_does_not_offer():
    with pytest.raises(ValueError, match="section, article"):
        one_of("search/scope", ("section", "article"), "article").to_stored("everywhere")


def test_a_choice_whose_default_it_does_not_offer_is_a_mistake_in_the_declaration():
    with pytest.raises(ValueError, match="default"):
        one_of("search/scope", ("section", "article"), "library")


def test_an_enum_choice_stores_the_members_value():
    colour = enum_choice("ui/colour", Colour, Colour.RED)
    assert colour.to_stored(Colour.BLUE) == "blue" and colour.parse("blue") is Colour.BLUE
    with pytest.raises(InvalidSettingError):
        colour.parse("BLUE")  # the member's name is not what is stored


@pytest.mark.parametrize(
    ("stored", "reason"), [("big", "not a number"), ("400", "outside 8 to 36"), ("nan", "outside")]
)
def test_a_number_outside_its_range_or_not_a_number_is_refused(stored, reason):
    with pytest.raises(InvalidSettingError, match=reason):
        Number("reader/font_size", 13.0, 8.0, 36.0).parse(stored)


def test_a_number_is_read_from_text_and_written_rounded():
    scroll = Number("reader/scroll", 0.0, 0.0, 1.0, digits=5)
    assert scroll.parse("0.25") == 0.25
    assert scroll.to_stored(1 / 3) == 0.33333


@pytest.mark.parametrize("value", [37.0, math.inf, math.nan, True, "13"])
def test_a_number_refuses_to_write_a_value_outside_its_range(value):
    with pytest.raises(ValueError, match="reader/font_size"):
        Number("reader/font_size", 13.0, 8.0, 36.0).to_stored(value)


def test_a_number_whose_default_is_outside_its_range_is_a_mistake_in_the_declaration():
    with pytest.raises(ValueError, match="default"):
        Number("reader/font_size", 40.0, 8.0, 36.0)


def test_a_whole_number_refuses_fractions_and_values_out_of_range():
    read = WholeNumber("positions/{}/read", 0, 0, 10**6)
    assert read.parse("1700") == 1700
    for stored in ("17.5", "-1", "many"):
        with pytest.raises(InvalidSettingError):
            read.parse(stored)
    assert read.key_for("a.md") == "positions/a.md/read"


def test_empty_text_reads_as_nothing_and_a_list_is_not_text():
    section = Text("reader/section")
    assert section.parse("europe") == "europe" and section.parse("") is None
    with pytest.raises(InvalidSettingError, match="not text"):
        section.parse(["europe", "asia"])


def test_a_list_of_texts_keeps_its_first_items_and_drops_empty_ones():
    recent = TextList("files/recent", 2)
    assert recent.parse("a.md") == ["a.md"]
    assert recent.parse(["", "a.md", "b.md", "c.md"]) == ["a.md", "b.md"]
    with pytest.raises(InvalidSettingError):
        recent.parse(["a.md", 3])
    first = recent.fallback()
    first.append("changed by a caller")
    assert recent.fallback() == []
