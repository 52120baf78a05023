"""The Kazakh analyser, measured against hand-written paradigms (tests/data/kazakh).

Two words are the same word when their readings share a stem, and related when their
families (stems and the roots they derive from) meet. The expected values all come from
the gold files, written from the grammar, never from the analyser.
"""

from __future__ import annotations

import pytest

from desktop.search.morphology import analyse, fallback_stems, family, stems, word_keys
from tests.helpers import gold

PARADIGMS = gold.paradigms()
LOOK_ALIKES = gold.pairs("non_matching.txt")
NON_MATCHING = [pair for pair in LOOK_ALIKES if pair not in gold.homographs("non_matching.txt")]
"""The look-alike pairs, less those where one word is also a form of the other (ата of ату-)."""
FAMILIES = gold.pairs("families.txt")
HOMOGRAPHS = gold.homographs("families.txt")


def same_word(a: str, b: str) -> bool:
    return bool(word_keys(a.casefold()) & word_keys(b.casefold()))


def related(a: str, b: str) -> bool:
    return bool(family(a.casefold()) & family(b.casefold()))


def _positive_pairs() -> list[tuple[str, str]]:
    """Each form against its lemma, both ways."""
    return [pair for lemma, forms in PARADIGMS.items() for form in forms for pair in ((lemma, form), (form, lemma))]


def _negative_pairs() -> list[tuple[str, str]]:
    """The look-alike pairs both ways, and every lemma against every other lemma's forms."""
    pairs = [pair for a, b in NON_MATCHING for pair in ((a, b), (b, a))]
    for lemma in PARADIGMS:
        for other, forms in PARADIGMS.items():
            if other != lemma:
                pairs += [(lemma, form) for form in (other, *forms)]
    return pairs


def test_the_gold_data_is_as_large_as_promised():
    assert len(PARADIGMS) >= 60
    assert len(gold.verbs()) >= 20
    assert len(NON_MATCHING) >= 120
    assert sum(len(forms) for forms in PARADIGMS.values()) >= 800


def test_recall_on_the_gold_paradigms():
    pairs = _positive_pairs()
    missed = [pair for pair in pairs if not same_word(*pair)]
    recall = 1 - len(missed) / len(pairs)
    print(f"\nrecall {recall:.4f} ({len(pairs) - len(missed)} of {len(pairs)} form-lemma pairs)")
    assert recall >= 0.97, (recall, missed)


def test_precision_on_the_gold_pairs():
    found = sum(same_word(*pair) for pair in _positive_pairs())
    negatives = _negative_pairs()
    wrong = [pair for pair in negatives if related(*pair)]
    precision = found / (found + len(wrong))
    print(f"\nprecision {precision:.4f} ({len(wrong)} false matches among {len(negatives)} pairs that must not match)")
    assert precision >= 0.99, (precision, wrong)


def test_look_alike_words_stay_apart():
    wrong = [pair for pair in NON_MATCHING if related(*pair)]
    share = 1 - len(wrong) / len(NON_MATCHING)
    print(f"\nlook-alike pairs kept apart: {share:.4f}; joined: {wrong}")
    assert share >= 0.98, wrong


@pytest.mark.parametrize(("word", "other"), FAMILIES)
def test_derived_words_are_related(word, other):
    assert related(word, other)
    if (word, other) not in HOMOGRAPHS:
        assert not same_word(word, other)


# -- the cases the old suffix stripper got wrong, and the examples ----------------------


@pytest.mark.parametrize("form", ["мақсаты", "мақсатының", "мақсатын", "мақсатқа"])
def test_a_possessive_after_t_d_n_is_not_read_as_an_accusative(form):
    assert "мақсат" in stems(form)


def test_loanwords_follow_their_last_vowel():
    assert "политик" in stems("политиктер")


@pytest.mark.parametrize(
    ("dictionary_form", "stem", "forms"),
    [
        ("оқу", "оқы", ["оқыды", "оқып", "оқитын", "оқымаған", "оқылған"]),
        ("бару", "бар", ["барады", "барған", "бармайды"]),
        ("тыңдау", "тыңда", ["тыңдады", "тыңдап", "тыңдайтын"]),
    ],
)
def test_a_verbs_dictionary_form_meets_its_finite_forms(dictionary_form, stem, forms):
    assert stem in stems(dictionary_form)
    for form in forms:
        assert stem in stems(form)
        assert same_word(form, forms[0])


@pytest.mark.parametrize(("stem", "form"), [("мұрын", "мұрны"), ("ауыз", "аузы"), ("ерін", "ерні")])
def test_vowel_dropping_stems(stem, form):
    assert stem in stems(form)


def test_an_analysis_names_every_suffix():
    readings = {analysis.describe() for analysis in analyse("сапарына")}
    assert "сапар (noun) + ы (possessive 3rd person) + на (dative)" in readings


def test_ambiguity_is_kept():
    readings = {analysis.stem for analysis in analyse("қалады")}
    assert {"қал", "қала"} <= readings  # қал- "stay" + present, and қала- "want" + past


@pytest.mark.parametrize("word", ["reuters", "2025", "", "csis"])
def test_words_that_are_not_kazakh_are_their_own_stem(word):
    assert stems(word) == {word}


def test_words_typed_without_kazakh_letters_are_analysed_in_that_spelling():
    assert "казакстан" in fallback_stems("казакстаннын")
    assert "кауипсиздик" in fallback_stems("кауипсиздиги")


@pytest.mark.parametrize(("noun", "verb_form"), [("білім", "білді"), ("шешімі", "шешті"), ("бөлімі", "бөлді")])
def test_a_deverbal_noun_in_ym_is_not_the_verb_plus_my(noun, verb_form):
    assert not same_word(noun, verb_form)


def test_a_noun_that_is_also_a_verb_stem_keeps_its_my_form():
    assert same_word("қызым", "қыз")  # қыз "girl", though қыз- "heat up" is a verb too


@pytest.mark.parametrize(("passive", "verb"), [("бөлінді", "бөлу"), ("алынды", "алу"), ("салынды", "салу")])
def test_the_passive_after_l_is_read_though_the_source_lists_it_as_a_noun(passive, verb):
    assert same_word(passive, verb)


def _tables_the_plain_way(grammar, suffixes):
    """Each form of each suffix in turn, as its table was first made: the reference for ``Grammar._compile``."""
    from desktop.search.grammar import FRONT
    from desktop.search.morphology import _Form

    by_text: dict = {}
    for suffix in suffixes:
        classes_of: dict = {}
        for sound_class, back in suffix.forms.items():
            front = back.translate(FRONT)
            if back == front or not suffix.harmony:
                classes_of.setdefault((back, None), set()).add(sound_class)
            else:
                classes_of.setdefault((back, "back"), set()).add(sound_class)
                classes_of.setdefault((front, "front"), set()).add(sound_class)
        for (text, harmony), classes in classes_of.items():
            folded = grammar._fold(text)
            form = _Form(folded, suffix, frozenset(classes), None if grammar.fallback else harmony)
            by_text.setdefault(folded, []).append(form)
    return by_text


@pytest.mark.parametrize("fallback", [False, True])
def test_the_suffix_tables_hold_every_form_of_every_suffix_in_order(fallback):
    from desktop.search.grammar import DERIVATION, INFLECTION, Suffix
    from desktop.search.morphology import Grammar

    grammar = Grammar(fallback=fallback)
    for table, suffixes in ((grammar.inflection, INFLECTION), (grammar.derivation, DERIVATION)):
        expected = _tables_the_plain_way(grammar, suffixes)
        assert list(table) == list(expected)
        assert table == expected
    shared = Suffix("DAT", "dative", {"V": "ға", "G": "қа", "K": "ка", "L": "ға"}, frozenset({"NSTEM"}))
    made = grammar._compile((shared,))  # -қа and -ка share a front form, -ке, which follows both's classes
    assert made == _tables_the_plain_way(grammar, (shared,))
    assert list(made) == (["га", "ге", "ка", "ке"] if fallback else ["ға", "ге", "қа", "ке", "ка"])
    assert made["ке"][0].classes == {"G", "K"}
