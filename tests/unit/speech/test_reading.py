"""What the voice is given for written text: numbers, dates and abbreviations as words."""

import pytest

from desktop.speech.reading import speakable


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("2025 жылы", "екі мың жиырма бес жылы"),
        ("11–12 қарашада", "он бір – он екі қарашада"),
        ("11-12 қарашада", "он бір – он екі қарашада"),
        ("2025-ші жыл", "екі мың жиырма бесінші жыл"),
        ("1-інші орын", "бірінші орын"),
        ("5-ке дейін", "беске дейін"),
        ("20-дан астам", "жиырмадан астам"),
        ("1990-жылдары", "мың тоғыз жүз тоқсан жылдары"),
        ("2025-жылғы 15-інде", "екі мың жиырма бес жылғы он бесінде"),
        ("10 000 адам", "он мың адам"),
        ("2,5 % өсті", "екі бүтін оннан бес пайыз өсті"),
        ("3%-ға", "үш пайызға"),
        ("XXI ғасыр", "жиырма бірінші ғасыр"),
        ("15.11.2025 күні", "он бес қараша екі мың жиырма бес жыл күні"),
        ("сағат 14:30-да", "сағат он төрт отызда"),
        ("1991 ж. желтоқсан", "мың тоғыз жүз тоқсан бір жыл желтоқсан"),
        ("100 млн теңге", "жүз миллион теңге"),
        ("энергия, транзит т.б. салалар", "энергия, транзит тағы басқа салалар"),
        ("$200", "екі жүз доллар"),
    ],
)
def test_numbers_dates_and_abbreviations_are_said_as_words(written, said):
    assert speakable(written) == said


def test_initialisms_are_spelt_with_the_kazakh_names_of_their_letters():
    assert speakable("жетекші әлемдік БАҚ") == "жетекші әлемдік бе а қа"
    assert speakable("АҚШ пен ТМД.") == "а қа ша пен те эм де."
    assert speakable("БАҚ-та кеңінен") == "бе а қата кеңінен"


def test_acronyms_said_as_words_and_latin_names_pass_through():
    assert speakable("НАТО мен Reuters") == "НАТО мен Reuters"
    assert speakable("The Washington Post жариялаған") == "The Washington Post жариялаған"


def test_a_text_in_capitals_is_not_spelt_letter_by_letter():
    assert speakable("ҚАЗАҚСТАН ЖӘНЕ ӘЛЕМ") == "ҚАЗАҚСТАН ЖӘНЕ ӘЛЕМ"


def test_punctuation_and_quotes_around_numbers_stay():
    assert speakable("«2025» (11–12)") == "«екі мың жиырма бес» (он бір – он екі)"
