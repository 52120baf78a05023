"""What each suffix of the grammar means, in the interface language, for the word card.

Keyed by the suffix's name in ``desktop.search.grammar`` (one name may cover several forms);
written in Kazakh, the interface's source language, and translated in the .ts files with
the rest of the interface. A test holds every suffix of the grammar to having a gloss here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "WordCard"

GLOSSES: dict[str, object] = {
    "plural": QT_TRANSLATE_NOOP("WordCard", "көптік: бірнеше"),
    "possessive 1st person singular": QT_TRANSLATE_NOOP("WordCard", "менің"),
    "possessive 2nd person singular": QT_TRANSLATE_NOOP("WordCard", "сенің"),
    "possessive 2nd person polite": QT_TRANSLATE_NOOP("WordCard", "сіздің"),
    "possessive 1st person plural": QT_TRANSLATE_NOOP("WordCard", "біздің"),
    "possessive 3rd person": QT_TRANSLATE_NOOP("WordCard", "оның, олардың"),
    "genitive": QT_TRANSLATE_NOOP("WordCard", "ілік септік: кімнің? ненің?"),
    "accusative": QT_TRANSLATE_NOOP("WordCard", "табыс септік: кімді? нені?"),
    "dative": QT_TRANSLATE_NOOP("WordCard", "барыс септік: кімге? неге? қайда?"),
    "locative": QT_TRANSLATE_NOOP("WordCard", "жатыс септік: қайда? кімде?"),
    "ablative": QT_TRANSLATE_NOOP("WordCard", "шығыс септік: қайдан? кімнен?"),
    "instrumental": QT_TRANSLATE_NOOP("WordCard", "көмектес септік: кіммен? немен?"),
    "locative-attributive": QT_TRANSLATE_NOOP("WordCard", "сонда болған, сондағы"),
    "attributive": QT_TRANSLATE_NOOP("WordCard", "мезгілге, орынға қатысты"),
    "personal ending 1st person singular": QT_TRANSLATE_NOOP("WordCard", "мен (жіктік жалғау)"),
    "personal ending 2nd person singular": QT_TRANSLATE_NOOP("WordCard", "сен (жіктік жалғау)"),
    "personal ending 2nd person polite": QT_TRANSLATE_NOOP("WordCard", "сіз (жіктік жалғау)"),
    "personal ending 1st person plural": QT_TRANSLATE_NOOP("WordCard", "біз (жіктік жалғау)"),
    "personal ending 2nd person plural": QT_TRANSLATE_NOOP("WordCard", "сендер (жіктік жалғау)"),
    "passive": QT_TRANSLATE_NOOP("WordCard", "ырықсыз етіс: істелді"),
    "reflexive": QT_TRANSLATE_NOOP("WordCard", "өздік етіс: өзі үшін"),
    "reciprocal": QT_TRANSLATE_NOOP("WordCard", "ортақ етіс: бірге, бір-біріне"),
    "causative": QT_TRANSLATE_NOOP("WordCard", "өзгелік етіс: істету"),
    "negation": QT_TRANSLATE_NOOP("WordCard", "болымсыз: емес"),
    "past tense": QT_TRANSLATE_NOOP("WordCard", "өткен шақ"),
    "person 1st singular": QT_TRANSLATE_NOOP("WordCard", "мен"),
    "person 2nd singular": QT_TRANSLATE_NOOP("WordCard", "сен"),
    "person 2nd polite": QT_TRANSLATE_NOOP("WordCard", "сіз"),
    "person 1st plural": QT_TRANSLATE_NOOP("WordCard", "біз"),
    "person 2nd plural": QT_TRANSLATE_NOOP("WordCard", "сендер"),
    "present-future": QT_TRANSLATE_NOOP("WordCard", "ауыспалы осы-келер шақ"),
    "person 3rd": QT_TRANSLATE_NOOP("WordCard", "ол, олар"),
    "negative converb": QT_TRANSLATE_NOOP("WordCard", "істемей"),
    "converb": QT_TRANSLATE_NOOP("WordCard", "көсемше: істеп"),
    "perfect 3rd person": QT_TRANSLATE_NOOP("WordCard", "бұрынғы өткен шақ: істепті"),
    "past participle": QT_TRANSLATE_NOOP("WordCard", "өткен шақ есімше: істеген"),
    "habitual participle": QT_TRANSLATE_NOOP("WordCard", "есімше: істейтін"),
    "aorist participle": QT_TRANSLATE_NOOP("WordCard", "болжалды келер шақ: істер"),
    "negative aorist": QT_TRANSLATE_NOOP("WordCard", "істемес"),
    "intention": QT_TRANSLATE_NOOP("WordCard", "мақсатты келер шақ: істемек"),
    "verbal noun": QT_TRANSLATE_NOOP("WordCard", "қимыл атауы: істеу"),
    "conditional": QT_TRANSLATE_NOOP("WordCard", "шартты рай: егер"),
    "imperative 3rd person": QT_TRANSLATE_NOOP("WordCard", "бұйрық рай: істесін"),
    "imperative polite": QT_TRANSLATE_NOOP("WordCard", "бұйрық рай, сыпайы: істеңіз"),
    "optative 1st person": QT_TRANSLATE_NOOP("WordCard", "қалау рай: істейін"),
    "optative 1st person plural": QT_TRANSLATE_NOOP("WordCard", "қалау рай: істейік"),
    "purpose converb": QT_TRANSLATE_NOOP("WordCard", "мақсат: істеу үшін"),
    "desiderative": QT_TRANSLATE_NOOP("WordCard", "қалау: істегісі келеді"),
    "abstract noun -лық": QT_TRANSLATE_NOOP("WordCard", "дерексіз зат есім"),
    "agent noun -шы": QT_TRANSLATE_NOOP("WordCard", "кәсіп иесі"),
    "agent noun -ушы": QT_TRANSLATE_NOOP("WordCard", "істеуші"),
    "privative -сыз": QT_TRANSLATE_NOOP("WordCard", "онсыз"),
    "possessive adjective -лы": QT_TRANSLATE_NOOP("WordCard", "оған ие, онымен"),
    "fellow -лас": QT_TRANSLATE_NOOP("WordCard", "бірге, ортақ"),
    "comparative": QT_TRANSLATE_NOOP("WordCard", "салыстырмалы шырай: үлкенірек"),
    "equative": QT_TRANSLATE_NOOP("WordCard", "теңеу: қазақша, сонша"),
    "imperative 2nd person plural": QT_TRANSLATE_NOOP("WordCard", "бұйрық рай, сендер: істеңдер"),
    "imperative polite plural": QT_TRANSLATE_NOOP("WordCard", "бұйрық рай, сіздер: істеңіздер"),
    "intention -мақшы": QT_TRANSLATE_NOOP("WordCard", "ниет: істемекші"),
    "negative converb -мастан": QT_TRANSLATE_NOOP("WordCard", "істемей тұрып: істеместен"),
    "negative imperative": QT_TRANSLATE_NOOP("WordCard", "болымсыз бұйрық: істеме"),
    "participle noun -ғандық": QT_TRANSLATE_NOOP("WordCard", "істегені: істегендік"),
    "particle -шы": QT_TRANSLATE_NOOP("WordCard", "өтініш: істеші"),
    "person 1st singular (spoken)": QT_TRANSLATE_NOOP("WordCard", "мен (ауызекі): барам"),
    "personal ending 2nd person polite plural": QT_TRANSLATE_NOOP("WordCard", "сіздер (жіктік жалғау)"),
    "possessive -дікі": QT_TRANSLATE_NOOP("WordCard", "біреудікі: кімдікі?"),
    "similative": QT_TRANSLATE_NOOP("WordCard", "ұқсату: таудай"),
}

PARTS_OF_SPEECH: dict[str, object] = {
    "noun": QT_TRANSLATE_NOOP("WordCard", "есім сөз"),
    "verb": QT_TRANSLATE_NOOP("WordCard", "етістік"),
    "pronoun": QT_TRANSLATE_NOOP("WordCard", "есімдік"),
    "word": QT_TRANSLATE_NOOP("WordCard", "сөз (жұрнақсыз)"),
}


def gloss(name: str) -> str:
    """A suffix's meaning in the interface language; its grammar name when none is written yet."""
    source = GLOSSES.get(name)
    return name if source is None else QCoreApplication.translate(CONTEXT, str(source))


def part_of_speech(pos: str) -> str:
    source = PARTS_OF_SPEECH.get(pos)
    return pos if source is None else QCoreApplication.translate(CONTEXT, str(source))


__all__ = ["GLOSSES", "PARTS_OF_SPEECH", "gloss", "part_of_speech"]
