"""Numbers said in Kazakh: gold written from the grammar, not from the code's output."""

import pytest

from desktop.speech.numbers import cardinal, decimal, digits, ordinal


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "нөл"),
        (7, "жеті"),
        (10, "он"),
        (11, "он бір"),
        (19, "он тоғыз"),
        (20, "жиырма"),
        (40, "қырық"),
        (99, "тоқсан тоғыз"),
        (100, "жүз"),
        (101, "жүз бір"),
        (250, "екі жүз елу"),
        (1000, "мың"),
        (1991, "мың тоғыз жүз тоқсан бір"),
        (2025, "екі мың жиырма бес"),
        (10_000, "он мың"),
        (100_500, "жүз мың бес жүз"),
        (1_000_000, "бір миллион"),
        (2_500_000, "екі миллион бес жүз мың"),
        (3_000_000_000, "үш миллиард"),
    ],
)
def test_cardinals_are_said_as_kazakh_speakers_say_them(number, words):
    assert cardinal(number) == words


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1, "бірінші"),
        (2, "екінші"),
        (6, "алтыншы"),
        (9, "тоғызыншы"),
        (11, "он бірінші"),
        (20, "жиырмасыншы"),
        (21, "жиырма бірінші"),
        (40, "қырқыншы"),
        (50, "елуінші"),
        (100, "жүзінші"),
        (2025, "екі мың жиырма бесінші"),
    ],
)
def test_ordinals_change_the_last_word_only(number, words):
    assert ordinal(number) == words


def test_decimals_are_said_as_whole_and_tenths_or_hundredths():
    assert decimal("2", "5") == "екі бүтін оннан бес"
    assert decimal("0", "75") == "нөл бүтін жүзден жетпіс бес"
    assert decimal("3", "1415") == "үш бүтін бір төрт бір бес"


def test_codes_are_said_digit_by_digit():
    assert digits("0701") == "нөл жеті нөл бір"
    assert cardinal(10**20) == "бір " + "нөл " * 19 + "нөл"
