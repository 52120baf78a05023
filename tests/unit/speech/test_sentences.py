"""Kazakh sentence splitting: abbreviations, initials, quotes, dashes, numbers."""

from desktop.speech.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_sentences_end_at_stops_marks_and_ellipses_before_a_capital():
    assert sentences("Ол келді. Біз кеттік! Неге? Білмеймін… Сосын бәрі тарады.") == [
        "Ол келді.", "Біз кеттік!", "Неге?", "Білмеймін…", "Сосын бәрі тарады."
    ]  # fmt: skip


def test_initials_and_titles_do_not_end_a_sentence():
    assert sentences("Қ.-Ж. Тоқаев пен Н. Ә. Назарбаев келді. Проф. Ахметов сөйледі.") == [
        "Қ.-Ж. Тоқаев пен Н. Ә. Назарбаев келді.", "Проф. Ахметов сөйледі."
    ]  # fmt: skip
    assert sentences("Оны т.ғ.д. Сейітов айтты.") == ["Оны т.ғ.д. Сейітов айтты."]


def test_abbreviations_end_a_sentence_only_before_a_capital():
    assert sentences("Энергия, транзит т.б. салалар талқыланды.") == ["Энергия, транзит т.б. салалар талқыланды."]
    assert sentences("Энергия, транзит т.б. Келесі жылы жалғасады.") == [
        "Энергия, транзит т.б.", "Келесі жылы жалғасады."
    ]  # fmt: skip
    assert sentences("Бұл 2025 ж. 15 қарашада болды.") == ["Бұл 2025 ж. 15 қарашада болды."]


def test_numbers_with_stops_do_not_end_a_sentence():
    assert sentences("Өсім 2.5 пайыз болды. Күні 15.11.2025 белгіленді.") == [
        "Өсім 2.5 пайыз болды.", "Күні 15.11.2025 белгіленді."
    ]  # fmt: skip
    assert sentences("Ол келді. 2025 жылы бәрі өзгерді.") == ["Ол келді.", "2025 жылы бәрі өзгерді."]


def test_a_closing_quote_belongs_to_its_sentence_and_speech_attribution_stays_with_it():
    assert sentences("Ол: «Біз келдік.» Содан кетті.") == ["Ол: «Біз келдік.»", "Содан кетті."]
    assert sentences("«Бұл маңызды сапар!» — деді ол. Бәрі келісті.") == [
        "«Бұл маңызды сапар!» — деді ол.", "Бәрі келісті."
    ]  # fmt: skip
    assert sentences('"Неге?" деп сұрады.') == ['"Неге?" деп сұрады.']


def test_a_dash_opening_dialogue_starts_a_sentence():
    assert sentences("Ол сұрады. — Келесің бе? — Иә, — деді.") == ["Ол сұрады.", "— Келесің бе?", "— Иә, — деді."]


def test_a_text_without_a_final_stop_is_one_sentence_and_spaces_are_left_out():
    assert sentences("  Орталық Азия және Түркия  ") == ["Орталық Азия және Түркия"]
    assert split_sentences("") == [] and split_sentences("   ") == []


def test_an_initialism_after_an_abbreviation_goes_on_the_sentence():
    assert sentences("Бюджет 100 млн. АҚШ долларын құрады. Жоба басталды.") == [
        "Бюджет 100 млн. АҚШ долларын құрады.", "Жоба басталды."
    ]  # fmt: skip


def test_numbered_points_are_not_sentences_of_their_own():
    assert sentences("Үш бағыт бар: 1. Экономика. 2. Саясат. 3. Қауіпсіздік.") == [
        "Үш бағыт бар: 1. Экономика.", "2. Саясат.", "3. Қауіпсіздік."
    ]  # fmt: skip


def test_a_long_passage_of_many_sentences_is_split_into_all_of_them():
    sentence = "Ол келді — сосын кетті. "
    assert split_sentences(sentence * 20_000)[-1] == ((20_000 - 1) * len(sentence), 20_000 * len(sentence) - 1)
