"""The search engine's behaviour, one group of cases per way a reader's query can differ from the text."""

import pytest

from desktop.search import Level, SearchIndex, SearchOptions
from tests.helpers.search import matches, matches_with

# -- on the article ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("сапар", {"сапар", "сапары", "сапарын", "сапарды"}),
        ("агенттік", {"агенттігі"}),
        ("Batys", {"Батыс"}),
        ("кауипсиздик", {"қауіпсіздік", "қауіпсіздігіне"}),
        ('"жаңа тарау"', {"жаңа тарау"}),
        ("Le Monde", {"Le", "Monde"}),
        ("Токаев", {"Тоқаев", "Тоқаевтың"}),
        ("ресей", {"Ресей", "Ресейге", "Ресеймен"}),
        ("Qazaqstan", {"Қазақстан", "Қазақстанның", "Қазақстанды"}),
        ("Mäskeu", {"Мәскеуге", "Мәскеумен"}),
        ("maskeu", {"Мәскеуге", "Мәскеумен"}),
        ("teñdık", {"теңдікті", "теңдікке", "теңдігін"}),
        ("ğana", {"ғана"}),
        ("Reuters", {"Reuters"}),
        ("Financial Times", {"Financial", "Times"}),
    ],
)
def test_article_queries(index, query, expected):
    found = set(matches(index, query))
    assert expected <= found, found


def test_le_monde_finds_its_paragraph(index, article):
    hits = index.search("Le Monde").hits
    assert {hit.passage for hit in hits} == {12}
    assert article.passages[12].text.startswith("Францияның Le Monde газеті")


def test_the_typo_in_the_article_is_found_as_written(index):
    hits = index.search('"жаңа тактикалық кезең"деп').hits
    assert {hit.passage for hit in hits} == {3}
    assert [hit.match for hit in sorted(hits, key=lambda h: h.start)] == ["жаңа тактикалық кезең", "деп"]


def test_ranking_puts_exact_forms_before_other_forms(index):
    levels = [hit.level for hit in index.search("Путин").hits]
    assert levels == sorted(levels, reverse=True)
    assert levels[0] is Level.EXACT and Level.WORD in levels


def test_offsets_point_at_the_match_in_the_displayed_text(index, article):
    for query in ("сапар", "Batys", "кауипсиздик", '"жаңа тарау"', "тепе-теңдік"):
        for hit in index.search(query).hits:
            assert article.passages[hit.passage].text[hit.start : hit.end] == hit.match
            assert hit.section_id == article.passages[hit.passage].section_id


# -- synthetic sentences, one group per failure mode ---------------------------------------------


@pytest.mark.parametrize("query", ["ҚАЗАҚСТАН", "қазақстан", "ҚаЗаҚсТаН"])
def test_case(sentences, query):
    assert matches(sentences("Қазақстан елі."), query) == ["Қазақстан"]


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("кала", "қала"),
        ("гылым", "ғылым"),
        ("тен", "тең"),
        ("алем", "әлем"),
        ("онер", "өнер"),
        ("улт", "ұлт"),
        ("уйлер", "үйлер"),
        ("хикая", "һикая"),
        ("билим", "білім"),
    ],
)
def test_each_of_the_nine_letter_substitutions(sentences, typed, text):
    assert matches(sentences(f"Бұл {text} туралы."), typed) == [text]


@pytest.mark.parametrize(
    ("text", "query", "match"),
    [
        ("Қaзaқcтaн елі", "қазақстан", "Қaзaқcтaн"),  # Latin look-alikes in the text
        ("Қазақстан елі", "Қaзaқcтaн", "Қазақстан"),  # … and in the query
        ("тәуeлсiз ел", "тәуелсіз", "тәуeлсiз"),
    ],
)
def test_latin_lookalikes(sentences, text, query, match):
    assert matches(sentences(text), query) == [match]


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("Qazaqstan", "Қазақстан"),
        ("Mäskeu", "Мәскеу"),
        ("teñdık", "теңдік"),
        ("ğana", "ғана"),
        ("Şyğys", "Шығыс"),
        ("kazakstan", "Қазақстан"),
        ("Kazakhstan", "Қазақстан"),
        ("maskeu", "Мәскеу"),
        ("shygys", "Шығыс"),
        ("zhana", "жаңа"),
        ("tengdik", "теңдік"),
    ],
)
def test_official_and_informal_latin_queries(sentences, query, word):
    assert matches(sentences(f"Бұл {word} туралы."), query) == [word]


@pytest.mark.parametrize(
    "form",
    [
        "қаланың",  # genitive
        "қалаға",  # dative
        "қаланы",  # accusative
        "қалада",  # locative
        "қаладан",  # ablative
        "қаламен",  # instrumental
        "қалалар",  # plural
        "қаласы",  # possessive, 3rd person
        "қалам",  # possessive, 1st person
        "қалаларымыздың",  # plural + possessive + case
        "қаладағы",  # locative-attributive
    ],
)
def test_each_case_ending_plural_and_possessive(sentences, form):
    assert matches(sentences(f"Біз {form} туралы жаздық."), "қала") == [form]
    assert matches(sentences("Біз қала туралы жаздық."), form) == ["қала"]


@pytest.mark.parametrize(("query", "form"), [("агенттік", "агенттігі"), ("кітап", "кітабы"), ("бақ", "бағы")])
def test_stem_alternations(sentences, query, form):
    assert matches(sentences(f"Оның {form} бар."), query) == [form]
    assert matches(sentences(f"Оның {query} бар."), form) == [query]


@pytest.mark.parametrize(
    ("text", "query", "match"),
    [
        ("қауіп\u00adсіздік мәселесі", "қауіпсіздік", "қауіп\u00adсіздік"),
        ("жаңа\u00a0тарау ашылды", '"жаңа тарау"', "жаңа\u00a0тарау"),
        ("тепе-теңдік сақталды", "тепе теңдік", None),
        ("тепе теңдік сақталды", "тепе-теңдік", "тепе теңдік"),
        ("тепе-теңдік сақталды", "тепе-теңдік", "тепе-теңдік"),
    ],
)
def test_soft_hyphens_no_break_spaces_and_compounds(sentences, text, query, match):
    found = matches(sentences(text), query)
    assert found if match is None else found == [match]


@pytest.mark.parametrize(
    ("query", "word"),
    [("декларцияға", "декларацияға"), ("сарапшылр", "сарапшылар"), ("дипломатиа", "дипломатия")],
)
def test_one_edit_typos_suggest_the_word(sentences, query, word):
    result = sentences(f"Бұл {word} туралы.").search(query)
    assert [hit.match for hit in result.hits] == [word]
    assert result.suggestion == word
    assert result.hits[0].level is Level.TYPO


def test_typos_are_not_tried_when_something_matches(sentences):
    assert sentences("сапар және сапер").search("сапар").suggestion is None


def test_long_words_tolerate_two_edits_and_short_ones_none(sentences):
    index = sentences("ынтымақтастығын дамытты, ат жоқ.")
    assert matches(index, "ынтымактастыгын") == ["ынтымақтастығын"]  # two fallback letters: no typo needed
    assert matches(index, "ынтымақтсатығын") == ["ынтымақтастығын"]  # two edits
    assert matches(index, "ит") == []  # short words never fuzzy-match


@pytest.mark.parametrize(
    ("query", "text"), [("ай", "айтты"), ("бал", "бала"), ("кез", "кезек"), ("тар", "тарих"), ("жеу", "жеткізді")]
)
def test_negatives_that_must_not_match(sentences, query, text):
    assert matches(sentences(f"Бүгін {text} келді."), query) == []


def test_a_plural_pronoun_is_a_form_of_the_singular(sentences):
    assert matches(sentences("Олар келді, оларға айттым."), "ол") == ["Олар", "оларға"]


def test_several_words_must_all_be_in_one_passage_and_closer_ranks_higher(sentences):
    index = sentences(
        "Ресей мен Қазақстан.",  # adjacent
        "Ресей туралы көп айтылды, ал кейін Қазақстан.",  # far apart
        "Тек Ресей.",  # only one of the words
    )
    result = index.search("Ресей Қазақстан")
    assert {hit.passage for hit in result.hits} == {0, 1}
    assert result.hits[0].passage == 0


def test_a_quoted_phrase_needs_its_words_in_order(sentences):
    index = sentences("жаңа тарау басталды", "тарау жаңа емес")
    assert {hit.passage for hit in index.search('"жаңа тарау"').hits} == {0}


@pytest.mark.parametrize(
    "query",
    ["", "   ", "!!!", "(a+)*", "[", "\\", "😀", '"', '""', '"жаңа', "a" * 10_000, "сапар " * 2000, "\x00"],
)
def test_any_input_is_plain_text_and_never_raises(index, query):
    result = index.search(query)
    assert result.query == query


def test_regex_characters_are_searched_literally(sentences):
    assert matches(sentences("Баға (a+b) өсті"), "(a+b)") == ["a", "b"]


# -- morphology in the index: every form of a word, from any form -------------------------------

VERB_TEXT = (
    "Ол кітапты оқыды.",
    "Біз оқып шықтық.",
    "Оқитын бала келді.",
    "Оқымаған кітап қалды.",
    "Оқылған мақала жақсы.",
    "Оқушы сабаққа барды.",
)


@pytest.mark.parametrize("query", ["оқу", "оқыды", "оқымаған", "Оқылған"])
def test_any_form_of_a_verb_finds_all_the_others(sentences, query):
    found = set(matches(sentences(*VERB_TEXT), query))
    assert {"оқыды", "оқып", "Оқитын", "Оқымаған", "Оқылған"} <= found


def test_a_derived_word_is_a_related_hit_ranked_after_the_words_own_forms(sentences):
    result = sentences(*VERB_TEXT).search("оқу")
    levels = {hit.match: hit.level for hit in result.hits}
    assert levels["Оқушы"] is Level.FAMILY
    assert levels["оқыды"] is Level.WORD
    assert [hit.match for hit in result.hits][-1] == "Оқушы"


def test_related_words_can_be_left_out_and_inflection_too(sentences):
    index = sentences("Жолдар ұзақ.", "Жолдасы келді.", "Жол жақсы.")
    assert set(matches(index, "жол")) == {"Жолдар", "Жолдасы", "Жол"}
    assert set(matches_with(index, "жол", SearchOptions(related=False))) == {"Жолдар", "Жол"}
    assert set(matches_with(index, "жол", SearchOptions(inflection=False))) == {"Жол"}


def test_this_form_only_still_folds_case_and_keyboard(sentences):
    index = sentences("Қазақстан елі.", "Қазақстанның елі.")
    assert matches_with(index, "казакстан", SearchOptions(inflection=False)) == ["Қазақстан"]


@pytest.mark.parametrize(
    ("typed", "text", "found"),
    [
        ("cfgfh", "Бұл сапар және сапары туралы.", ["сапар", "сапары"]),  # сапар in the Latin layout
        ("rfpfr", "Қазақ тілі, қазақтың әні.", ["Қазақ", "қазақтың"]),  # казак → қазақ
        ("ctrfh", "Ол сағат сегізде.", []),  # meant секар: no such word, nothing is made up
    ],
)
def test_cyrillic_typed_in_the_latin_layout(sentences, typed, text, found):
    index = sentences(text)
    assert matches(index, typed) == found
    assert all(hit.level is Level.FALLBACK for hit in index.search(typed).hits)


def test_a_corrected_typo_finds_every_form_of_the_word(sentences):
    index = sentences("Декларацияға қол қойды.", "Декларацияны оқыды.", "Декларациялар көп.")
    result = index.search("декларцияға")
    assert result.suggestion == "Декларацияға"
    assert set(matches(index, "декларцияға")) == {"Декларацияға", "Декларацияны", "Декларациялар"}
    assert {hit.level for hit in result.hits} == {Level.TYPO}


@pytest.mark.parametrize("level", list(Level))
def test_every_level_has_a_label(level):
    assert level.label in {"exact", "word", "related", "keyboard", "latin", "typo"}


# -- completion ----------------------------------------------------------------------------------


def test_completions_group_the_forms_of_a_word_with_their_counts(sentences):
    index = sentences(
        "Сапар басталды. Сапары ұзақ болды.",
        "Сапарын аяқтады. Сапары туралы жазды.",
        "Саясат туралы.",
    )
    entries = index.completions("сап")
    assert [(entry.word, entry.occurrences) for entry in entries] == [("Сапар", 4)]
    assert entries[0].forms[0] == "Сапары"  # most frequent form first
    assert set(entries[0].forms) == {"Сапар", "Сапары", "Сапарын"}
    assert [entry.word for entry in index.completions("са")] == ["Сапар", "Саясат"]


def test_completions_name_a_verb_by_its_dictionary_form_when_the_text_has_it(sentences):
    index = sentences("Ол сақтап қалды.", "Сақтау керек.", "Сақтауға тырысты.")
    (entry,) = index.completions("сақ")
    assert entry.word == "Сақтау" and entry.occurrences == 3


@pytest.mark.parametrize("prefix", ["", " ", "!", "zzz", "\x00"])
def test_completions_of_nothing_are_empty(sentences, prefix):
    assert sentences("Сапар басталды.").completions(prefix) == []


def test_the_lenient_keyboard_reading_is_only_for_queries_typed_without_kazakh_letters(sentences):
    index = sentences("Бұл оқиға болды.", "Ол кітап оқыды.")
    assert matches(index, "оқу") == ["оқыды"]  # not оқиға, which оку (ы or і lost, and і typed и) may be
    assert "оқыды" in matches(index, "оку")


@pytest.mark.slow
def test_a_passage_of_more_than_a_million_words_keeps_its_hits_in_place(sentences):
    long_passage = "a " * (2**20 + 7) + "сапар соңы"
    index = sentences("кіріспе", long_passage, "сапар мұнда")
    hits = index.search("сапар").in_document_order()
    assert [(hit.passage, hit.start) for hit in hits] == [(1, len("a ") * (2**20 + 7)), (2, 0)]


def test_a_homograph_finds_both_readings_the_one_its_form_fits_first(sentences):
    index = sentences("Ол түймені басып жіберді.", "Басы ауырады.", "Бас киім.")
    ranked = [hit.match for hit in index.search("бас").hits]
    assert ranked == ["Бас", "Басы", "басып"]  # бас "head" first, then бас- "press"


def test_did_you_mean_leaves_a_real_word_alone(sentences):
    index = sentences("Кеше біз келдік.")
    result = index.search("кеме")  # "ship": a word of its own, not a misspelt кеше
    assert result.suggestion is None
    assert result.hits == ()


def test_a_bare_converb_of_a_known_verb_is_found(sentences):
    assert "келе" in matches(sentences("Ол келе жатыр.", "Ол келді."), "келді")


def test_a_verb_the_lexicon_lacks_is_known_from_the_text_itself(sentences):
    index = sentences("Ол құжатты сканерледі.", "Біз сканерлейміз.", "Кітапты сканерлей бастады.")
    assert "сканерле" in index.verbs  # two words with verb-only endings
    assert matches(index, "сканерледі") == ["сканерледі", "сканерлейміз", "сканерлей"]


def test_without_that_evidence_a_bare_converb_stays_unread(sentences):
    index = SearchIndex([("s", "Кітапты сканерлей бастады."), ("s", "Ол сканерледі.")], verbs=frozenset())
    assert matches(index, "сканерледі") == ["сканерледі"]


def test_a_kazakh_word_typed_as_it_is_spelt_is_not_read_as_another_words_keyboard_spelling(sentences):
    index = sentences("Сол жақта алманың сөлі бар.", "Кол жуды, қолы таза.")
    assert matches(index, "сол") == ["Сол"]  # сол "that", not сөл "juice" typed without ө
    assert matches(index, "кол") == ["Кол", "қолы"]  # not a Kazakh word as typed: қол on a Russian keyboard


@pytest.mark.parametrize(("noun", "verb_form"), [("қала", "қалды"), ("баға", "бақты"), ("өте", "өтті")])
def test_a_noun_or_adverb_with_words_of_its_own_is_not_a_bare_converb(sentences, noun, verb_form):
    index = sentences(f"Бүгін {noun} туралы.", f"Ол {verb_form}.")
    assert matches(index, verb_form) == [verb_form]
