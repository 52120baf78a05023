"""Word boundaries in displayed text, for whole-word selection and the word card."""

from desktop.ui.word_bounds import snap_to_words, word_at

TEXT = "Әсіресе энергия, транзит, саясат және Қасым-Жомарт тепе-теңдікті 2025 жылы."


def words(spans):
    return [TEXT[start:end] for start, end in spans]


def test_a_character_or_a_caret_at_a_words_end_names_the_word():
    assert words([word_at(TEXT, TEXT.index("нерг"))]) == ["энергия"]
    assert words([word_at(TEXT, TEXT.index(","))]) == ["энергия"]  # just after it
    assert words([word_at(TEXT, TEXT.index("Жомарт"))]) == ["Қасым-Жомарт"]
    assert words([word_at(TEXT, TEXT.index("2025") + 2)]) == ["2025"]
    assert word_at("  —  ", 2) is None


def test_a_selection_cut_inside_words_grows_to_the_whole_words():
    start, end = TEXT.index("ергия"), TEXT.index("ранзит") + 2  # the half-words a new reader saw highlighted
    assert TEXT[slice(*snap_to_words(TEXT, start, end))] == "энергия, транзит"
    start, end = TEXT.index("теңдікті") + 3, TEXT.index("теңдікті") + 5
    assert TEXT[slice(*snap_to_words(TEXT, start, end))] == "тепе-теңдікті"


def test_whole_words_spaces_and_punctuation_at_the_edges_stay_as_selected():
    start, end = TEXT.index(" транзит"), TEXT.index("саясат") + len("саясат")
    assert snap_to_words(TEXT, start, end) == (start, end)
    assert snap_to_words(TEXT, 5, 5) == (5, 5)
