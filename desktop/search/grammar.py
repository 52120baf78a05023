"""Kazakh inflection and derivation as data: every suffix, the rule that picks each of its forms.

The analyser in ``desktop.search.morphology`` reads these tables; nothing here runs a
rule on text. Each suffix is declared once, in its back-vowel form, with the table of
the sound classes it follows; the front-vowel forms are derived by vowel harmony
(а → е, ы → і, қ → к, ғ → г), so a table row is the grammar book's row.

Sound classes of the sound a suffix follows (the column heads of the grammar tables):

- ``V``: a vowel (бала, әке, Токио);
- ``G``: р, й, у (сиыр, үй, тау), and и, ю, which also end in a glide;
- ``L``: л (ауыл);
- ``N``: м, н, ң (құм, нан, жең);
- ``Z``: ж, з (Париж, қыз);
- ``K``: a voiceless consonant, and б, в, г, ғ, д, which end loanwords voiceless (кітап, клуб).

Slots follow the order of the word (stem → plural → possessive → case → attributive →
personal ending for nouns; stem → voice → negation → tense, participle, converb or verbal
noun → person → case for verbs). ``left`` names what may stand just before a suffix;
``final`` says whether a word may end with it.
"""

from __future__ import annotations

from desktop.records import NamedTuple

VOWELS = frozenset("аәеоөұүыіэюяиу")
BACK_VOWELS = frozenset("аоұыя")
FRONT_VOWELS = frozenset("әеөүіэ")
EITHER_VOWELS = frozenset("иую")
"""Vowels that do not decide harmony: in loanwords (политик → политиктер, институт →
институттар) the suffix follows the vowel before them, or either form is written."""

SOUND_CLASSES = ("V", "G", "L", "N", "Z", "K")
CLASS_OF_LETTER = (
    dict.fromkeys("аәеоөұүыіэя", "V")
    | dict.fromkeys("рйу", "G")
    | {"л": "L"}
    | dict.fromkeys("мнң", "N")
    | dict.fromkeys("жз", "Z")
    | dict.fromkeys("пкқтсшщфхцчһбвгғд", "K")
)  # fmt: skip
AMBIGUOUS_CLASS_OF_LETTER = {"и": ("V", "G"), "ю": ("V", "G")}

FRONT = str.maketrans("аықғұо", "еікгүө")
"""Back-vowel suffix → its front-vowel form."""

VOICED_BEFORE_VOWEL = {"б": "п", "г": "к", "ғ": "қ"}
"""A stem's final п, к, қ is written б, г, ғ before a vowel (кітап → кітабы, жүрек →
жүрегі, табақ → табағы, шық- → шығады); read back, б, г, ғ may stand for п, к, қ."""

UNVOICED_STEM_ENDINGS = frozenset("пкқ")
"""After a vowel these are voiced before a vowel-initial suffix, so жақ + ы is жағы: a
word spelled жақын is not жақ with an ending."""

VOWEL_DROPPING_STEMS = frozenset(
    (
        "мұрын", "ауыз", "ерін", "қарын", "әріп", "дауыс", "халық", "орын", "көрік", "ерік", "бөрік",
        "мүлік", "қалып", "нарық", "ғұрып", "сіңір", "қойын", "парық", "ырық", "құлық", "бауыр", "мойын",
        "қауіп", "дәріп", "ілік", "көңіл", "бейіл", "қырық", "ерік", "зауық", "тұрық", "қорық", "шырық",
    )
)  # fmt: skip
"""Nouns whose last ы/і drops before a vowel (мұрын → мұрны, халық → халқы, қауіп → қаупі): a
closed class; other stems keep it (отырыс → отырысы, not отырсы)."""

CONTRACTIONS = (("и", "й", ("ы", "і")), ("у", "у", ("ы", "і")))
"""Spelling contractions at a verb stem's end: ы/і + й → и (оқы + йды → оқиды),
ы/і + у → у (оқы + у → оқу). Each row: written letter, the suffix's first letter, the
stem's lost vowels."""

CONTRACTED_VERB_STEMS = frozenset(
    (
        "оқы",
        "тоқы",
        "таны",
        "аңды",
        "қаңғы",
        "ұлы",
        "ері",
        "кемі",
        "шірі",
        "ірі",
        "тасы",
        "жасы",
        "сасы",
        "қасы",
        "дамы",
        "жылы",
        "бекі",
        "есті",
    )
)
"""The verbs whose stem ends in ы/і, swallowed by the dictionary form's -у (оқу is оқы-: оқиды,
оқып; даму is дамы-: дамиды); every other dictionary form in consonant + у is that consonant's
stem (бару is бар-)."""  # fmt: skip

MIN_STEM = 2
OPEN_TWO_LETTER_STEMS = frozenset(
    ("де", "же", "жу", "ки", "қу", "ту", "су", "шу", "ми", "би", "жи", "сү", "тү", "ти", "қи", "аю", "ию")
)
"""The two-letter stems that end in a vowel (де-, же-, жу-, су, ту…). They are few; any other
consonant + vowel pair read as a stem (ке-, та-, са-) would join unrelated words (кеме, кету)."""


GLIDE_SPELLINGS = (("ю", "у"), ("я", "а"))
"""A stem's final й with a suffix's у or а is written ю, я (қой + у → қою, тый + а → тыя); after
и the suffix alone is (ки + у → кию, қи + а → қия). Each row: written letter, suffix's first letter."""

ATTRIBUTIVE_STEMS = frozenset(
    (
        "күз", "жаз", "қыс", "көктем", "бүгін", "ертең", "кеше", "қазір", "соң", "іш", "сырт", "түн", "таң",
        "кеш", "кейін", "бұрын", "жыл", "арт", "алдың", "жоғар", "төмен", "ілгер", "былтыр", "биыл", "алғаш",
        "әуел", "түс", "бүгін", "ай", "апта", "күн", "сағат", "мезгіл", "уақыт", "ғасыр",
    )
)  # fmt: skip
"""The nouns of time and place that take the attributive -ғы/-гі without a locative (күзгі, соңғы,
ішкі, жылғы). On any other noun the same letters end a word of its own (белгі, күлкі, шалғы)."""


class Suffix(NamedTuple):
    """One suffix in all its forms: ``forms`` maps a sound class to the back-vowel form."""

    tag: str
    name: str
    forms: dict[str, str]
    left: frozenset[str]
    final: bool = True
    harmony: bool = True
    """False for the few suffixes written the same after any vowel (the instrumental -мен)."""
    lexical: bool = False
    """Read only on a stem known as a verb (the lexicon, or the reader's own articles): the bare
    converb, the bare aorist, the colloquial 1st person: alone, their letters end too many nouns."""


def _by_class(**forms_by_classes: str) -> dict[str, str]:
    """``V="лар", GL="дар"`` → {"V": "лар", "G": "дар", "L": "дар"}: one row of a table."""
    table: dict[str, str] = {}
    for classes, form in forms_by_classes.items():
        for sound_class in classes:
            table[sound_class] = form
    return table


def _everywhere(form: str) -> dict[str, str]:
    return dict.fromkeys(SOUND_CLASSES, form)


def _after_vowel_or_not(after_vowel: str, after_consonant: str) -> dict[str, str]:
    return _by_class(V=after_vowel, GLNZK=after_consonant)


# What behaves as a noun: a nominal stem and the verb forms that take nominal endings.
NOMINAL = frozenset({"NSTEM", "PTCP", "HAB", "VN", "DESID", "COMP", "PTCPN"})
VERBAL = frozenset({"VSTEM", "VOICE", "NEG"})
CASE_LEFT = NOMINAL | {"PL", "POSS1PL", "POSS2POL", "ATTR"}
PREDICATE_LEFT = NOMINAL | {"PL", "LOC", "ATTR", "CONV", "AOR", "NEGAOR", "INTENT", "POSS3", "SIM"}

# fmt: off
INFLECTION: tuple[Suffix, ...] = (
    # -- nominal: plural, possessive (all persons), case (7), attributive, personal endings
    Suffix("PL", "plural", _by_class(VG="лар", LNZ="дар", K="тар"), NOMINAL | {"ATTR"}),
    Suffix("POSS1SG", "possessive 1st person singular", _after_vowel_or_not("м", "ым"), NOMINAL | {"PL"}),
    Suffix("POSS2SG", "possessive 2nd person singular", _after_vowel_or_not("ң", "ың"), NOMINAL | {"PL"}),
    Suffix("POSS2POL", "possessive 2nd person polite", _after_vowel_or_not("ңыз", "ыңыз"), NOMINAL | {"PL"}),
    Suffix("POSS1PL", "possessive 1st person plural", _after_vowel_or_not("мыз", "ымыз"), NOMINAL | {"PL"}),
    Suffix("POSS3", "possessive 3rd person", _after_vowel_or_not("сы", "ы"), NOMINAL | {"PL"}),
    Suffix("GEN", "genitive", _by_class(VN="ның", GLZ="дың", K="тың"),
           CASE_LEFT | {"POSS1SG", "POSS2SG", "POSS3"}),
    Suffix("ACC", "accusative", _by_class(V="ны", GLNZ="ды", K="ты"), CASE_LEFT | {"POSS1SG", "POSS2SG"}),
    Suffix("DAT", "dative", _by_class(VGLNZ="ға", K="қа"), CASE_LEFT),
    Suffix("LOC", "locative", _by_class(VGLNZ="да", K="та"), CASE_LEFT | {"POSS1SG", "POSS2SG"}),
    Suffix("ABL", "ablative", _by_class(VGLZ="дан", N="нан", K="тан"), CASE_LEFT | {"POSS1SG", "POSS2SG"}),
    Suffix("INS", "instrumental", _by_class(VGLN="мен", Z="бен", K="пен"),
           CASE_LEFT | {"POSS1SG", "POSS2SG", "POSS3"}, harmony=False),
    Suffix("INS", "instrumental", _by_class(VGLN="менен", Z="бенен", K="пенен"),
           CASE_LEFT | {"POSS1SG", "POSS2SG", "POSS3"}, harmony=False),
    # after the 1st and 2nd person singular possessive the dative is -а/-е (балама, балаңа)
    Suffix("DAT", "dative", _everywhere("а"), frozenset({"POSS1SG", "POSS2SG"})),
    # after the 3rd person possessive an н comes in (баласын, баласына, баласында, баласынан)
    Suffix("ACC", "accusative", _everywhere("н"), frozenset({"POSS3"})),
    Suffix("DAT", "dative", _everywhere("на"), frozenset({"POSS3"})),
    Suffix("LOC", "locative", _everywhere("нда"), frozenset({"POSS3"})),
    Suffix("ABL", "ablative", _everywhere("нан"), frozenset({"POSS3"})),
    # locative-attributive: -дағы/-тағы/-ндағы is the locative + -ғы (қаладағы); -ғы/-қы on time words
    Suffix("ATTR", "locative-attributive", _everywhere("ғы"), frozenset({"LOC"})),
    Suffix("ATTR", "attributive", _by_class(VGLNZ="ғы", K="қы"), frozenset({"NSTEM"})),
    # possessive -дікі "the one of" (мұғалімдікі, баланікі, менікі), front after any vowel
    Suffix("ATTR", "possessive -дікі", _by_class(VN="нікі", GLZ="дікі", K="тікі"),
           CASE_LEFT | {"POSS1SG", "POSS2SG", "POSS3"}, harmony=False),
    # similative -дай/-тай (баладай, тастай, айтқандай), after the 3rd person possessive -ндай
    Suffix("SIM", "similative", _by_class(VGLNZ="дай", K="тай"),
           CASE_LEFT | {"POSS1SG", "POSS2SG", "ATTR", "LOC"}),
    Suffix("SIM", "similative", _everywhere("ндай"), frozenset({"POSS3"})),
    # equative -ша (қазақша, келгенше), after the 3rd person possessive -нша (сөзінше, айтуынша)
    Suffix("EQU", "equative", _everywhere("ша"), CASE_LEFT | {"POSS1SG", "POSS2SG"}),
    Suffix("EQU", "equative", _everywhere("нша"), frozenset({"POSS3"})),
    # comparative -рақ/-ырақ (жақсырақ, үлкенірек, ағырақ): a new adjective stem
    Suffix("COMP", "comparative", _after_vowel_or_not("рақ", "ырақ"), frozenset({"NSTEM"})),
    Suffix("PRED", "personal ending 1st person singular", _by_class(VGLN="мын", Z="бын", K="пын"), PREDICATE_LEFT),
    Suffix("PRED", "personal ending 1st person singular", _by_class(N="бын"), PREDICATE_LEFT),
    Suffix("PRED", "personal ending 1st person plural", _by_class(N="быз"), PREDICATE_LEFT),
    Suffix("PRED", "personal ending 2nd person polite plural", _everywhere("сыздар"), PREDICATE_LEFT),
    Suffix("PRED", "personal ending 2nd person singular", _everywhere("сың"), PREDICATE_LEFT),
    Suffix("PRED", "personal ending 2nd person polite", _everywhere("сыз"), PREDICATE_LEFT),
    Suffix("PRED", "personal ending 1st person plural", _by_class(VGLN="мыз", Z="быз", K="пыз"), PREDICATE_LEFT),
    Suffix("PRED", "personal ending 2nd person plural", _everywhere("сыңдар"), PREDICATE_LEFT),
    # -- verbal: voice, negation
    Suffix("VOICE", "passive", _by_class(V="л", GNZK="ыл", L="ын"), VERBAL - {"NEG"}, final=False),
    Suffix("VOICE", "reflexive", _after_vowel_or_not("н", "ын"), VERBAL - {"NEG"}, final=False),
    Suffix("VOICE", "reciprocal", _after_vowel_or_not("с", "ыс"), VERBAL - {"NEG"}, final=False),
    Suffix("VOICE", "causative", _by_class(V="т", GLNZ="дыр", K="тыр"), VERBAL - {"NEG"}, final=False),
    Suffix("VOICE", "causative", _by_class(VGLNZ="ғыз", K="қыз"), VERBAL - {"NEG"}, final=False),
    Suffix("NEG", "negation", _by_class(VGL="ма", NZ="ба", K="па"), VERBAL - {"NEG"}, final=False),
    # -- verbal: tense, mood, participles, converbs, verbal nouns
    Suffix("PAST", "past tense", _by_class(VGLNZ="ды", K="ты"), VERBAL),
    Suffix("PERS", "person 1st singular", _everywhere("м"), frozenset({"PAST", "COND"})),
    Suffix("PERS", "person 2nd singular", _everywhere("ң"), frozenset({"PAST", "COND"})),
    Suffix("PERS", "person 2nd polite", _everywhere("ңыз"), frozenset({"PAST", "COND"})),
    Suffix("PERS", "person 1st plural", _everywhere("қ"), frozenset({"PAST", "COND"})),
    Suffix("PERS", "person 2nd plural", _everywhere("ңдар"), frozenset({"PAST", "COND"})),
    Suffix("PRES", "present-future", _after_vowel_or_not("й", "а"), VERBAL, final=False),
    Suffix("PERS", "person 3rd", _everywhere("ды"), frozenset({"PRES"})),
    Suffix("PERS", "person 1st singular", _everywhere("мын"), frozenset({"PRES"})),
    Suffix("PERS", "person 2nd singular", _everywhere("сың"), frozenset({"PRES"})),
    Suffix("PERS", "person 2nd polite", _everywhere("сыз"), frozenset({"PRES"})),
    Suffix("PERS", "person 1st plural", _everywhere("мыз"), frozenset({"PRES"})),
    Suffix("PERS", "person 2nd plural", _everywhere("сыңдар"), frozenset({"PRES"})),
    Suffix("NEGCONV", "negative converb", _everywhere("й"), frozenset({"NEG"})),
    Suffix("CONV", "converb", _after_vowel_or_not("п", "ып"), VERBAL - {"NEG"}),
    # the negative perfect: болмапты, айтпапты (never a bare болмап)
    Suffix("CONV", "converb", _everywhere("п"), frozenset({"NEG"}), final=False),
    Suffix("PRED", "perfect 3rd person", _by_class(VGLNZ="ды", K="ты"), frozenset({"CONV"})),
    Suffix("PTCP", "past participle", _by_class(VGLNZ="ған", K="қан"), VERBAL),
    Suffix("HAB", "habitual participle", _after_vowel_or_not("йтын", "атын"), VERBAL),
    Suffix("AOR", "aorist participle", _after_vowel_or_not("р", "ар"), VERBAL - {"NEG"}, final=False),
    Suffix("NEGAOR", "negative aorist", _by_class(VGL="мас", NZ="бас", K="пас"), VERBAL - {"NEG"}),
    Suffix("INTENT", "intention", _by_class(VGL="мақ", NZ="бақ", K="пақ"), VERBAL),
    Suffix("INTENT", "intention -мақшы", _by_class(VGL="мақшы", NZ="бақшы", K="пақшы"), VERBAL),
    Suffix("VN", "verbal noun", _everywhere("у"), VERBAL),
    Suffix("COND", "conditional", _everywhere("са"), VERBAL),
    Suffix("IMP", "imperative 3rd person", _everywhere("сын"), VERBAL),
    Suffix("IMP", "imperative polite", _after_vowel_or_not("ңыз", "ыңыз"), VERBAL),
    Suffix("IMP", "imperative 2nd person plural", _after_vowel_or_not("ңдар", "ыңдар"), VERBAL),
    Suffix("IMP", "imperative polite plural", _after_vowel_or_not("ңыздар", "ыңыздар"), VERBAL),
    Suffix("PART", "particle -шы", _everywhere("шы"), VERBAL - {"NEG"} | {"IMP", "PERS"}, lexical=True),
    Suffix("PERS", "person 1st singular (spoken)", _everywhere("м"), frozenset({"PRES"}), lexical=True),
    Suffix("CONV", "converb", _after_vowel_or_not("й", "а"), VERBAL - {"NEG"}, lexical=True),
    Suffix("AOR", "aorist participle", _after_vowel_or_not("р", "ар"), VERBAL - {"NEG"}, lexical=True),
    Suffix("IMP", "negative imperative", _by_class(VGL="ма", NZ="ба", K="па"), VERBAL - {"NEG"}, lexical=True),
    Suffix("NEGCONV", "negative converb -мастан", _by_class(VGL="мастан", NZ="бастан", K="пастан"),
           VERBAL - {"NEG"}),
    Suffix("PTCPN", "participle noun -ғандық", _everywhere("дық"), frozenset({"PTCP"})),
    Suffix("IMP", "optative 1st person", _after_vowel_or_not("йын", "айын"), VERBAL),
    Suffix("IMP", "optative 1st person plural", _after_vowel_or_not("йық", "айық"), VERBAL),
    Suffix("PURP", "purpose converb", _by_class(VGLNZ="ғалы", K="қалы"), VERBAL),
    Suffix("DESID", "desiderative", _by_class(VGLNZ="ғы", K="қы"), VERBAL, final=False),
)
"""Inflection. The bare converb -а/-е/-й, the bare aorist -ар/-ер, the bare negative imperative
and the spoken 1st person -м are ``lexical``: read only on known verbs, since too many nouns end
in the same letters (ата, бала, сапар, шекер, алма, адам). A bare voice stem is never a word."""

DERIVATION: tuple[Suffix, ...] = (
    Suffix("DER", "abstract noun -лық", _by_class(VG="лық", LNZ="дық", K="тық"), frozenset({"NSTEM"})),
    Suffix("DER", "agent noun -шы", _everywhere("шы"), frozenset({"NSTEM"})),
    Suffix("DER", "agent noun -ушы", _everywhere("ушы"), frozenset({"VSTEM"})),
    Suffix("DER", "privative -сыз", _everywhere("сыз"), frozenset({"NSTEM"})),
    Suffix("DER", "possessive adjective -лы", _by_class(VG="лы", LNZ="ды", K="ты"), frozenset({"NSTEM"})),
    Suffix("DER", "fellow -лас", _by_class(VG="лас", LNZ="дас", K="тас"), frozenset({"NSTEM"})),
)
"""Derivation: a word's family (дос → достық, оқу → оқушы, жол → жолдас)."""
# fmt: on

IRREGULAR: dict[str, tuple[str, str]] = {
    # personal and demonstrative pronouns: the stem changes (мен → маған, ол → оған)
    **dict.fromkeys(("мен", "менің", "маған", "мені", "менде", "менен", "менімен"), ("мен", "pronoun")),
    **dict.fromkeys(("сен", "сенің", "саған", "сені", "сенде", "сенен", "сенімен"), ("сен", "pronoun")),
    **dict.fromkeys(("ол", "оның", "оған", "оны", "онда", "одан", "онымен"), ("ол", "pronoun")),
    **dict.fromkeys(("бұл", "бұның", "бұған", "бұны", "бұнда", "бұдан", "бұнымен"), ("бұл", "pronoun")),
    **dict.fromkeys(("мұның", "мұған", "мұны", "мұнда", "мұдан", "мұнымен"), ("бұл", "pronoun")),
    **dict.fromkeys(("сол", "соның", "соған", "соны", "сонда", "содан", "сонымен"), ("сол", "pronoun")),
    **dict.fromkeys(("осы", "осының", "осыған", "осыны", "осында", "осыдан", "осымен"), ("осы", "pronoun")),
    **dict.fromkeys(("мұндағы", "бұндағы"), ("бұл", "pronoun")),
    "ондағы": ("ол", "pronoun"),
    "сондағы": ("сол", "pronoun"),
    "осындағы": ("осы", "pronoun"),
    # the copula е- (еді, екен) in its persons
    **dict.fromkeys(
        (
            "еді",
            "едім",
            "едің",
            "едік",
            "едіңіз",
            "едіңдер",
            "едіңіздер",
            "екен",
            "екенмін",
            "екенсің",
            "екенбіз",
            "екенсіз",
            "екенсіңдер",
            "екені",
            "екенін",
            "екенін",
            "екендігі",
            "екендігін",
        ),
        ("е", "verb"),
    ),
    # contracted converbs: боп for болып, қып/ғып for қылып
    "боп": ("бол", "verb"),
    "қып": ("қыл", "verb"),
    "ғып": ("қыл", "verb"),
    # converbs of verbs in -п: тап- → тауып, жап- → жауып, қап- → қауып, кеп- → кеуіп
    "тауып": ("тап", "verb"),
    "жауып": ("жап", "verb"),
    "қауып": ("қап", "verb"),
    "кеуіп": ("кеп", "verb"),
}
"""Closed-class and irregular forms. Pronouns are analysed by this table only; the verb forms are
also read by the grammar (жауып is жап- here and жау- "rain" there), and the lexicon judges."""

NOT_CONVERBS = frozenset(("өте", "аса", "кеше", "қоса", "жеке", "қайта", "қарай", "бойлай", "жағалай"))
"""Adverbs and postpositions spelt like a verb's bare converb (өте "very" and өт- "pass"): read as
themselves only, as a text uses them far more often than the converb."""

NOT_PASSIVES = frozenset(("келін", "желін", "жұлын"))
"""Nouns spelt like the passive of a verb in л (кел-, жел-, жұл- + -ін): the source lists the
passives of such verbs among its nouns too (алын, бөлін, салын), so it cannot tell them apart."""

PRESENT_AUXILIARIES = {"жатыр": "жат", "отыр": "отыр", "тұр": "тұр", "жүр": "жүр"}
"""The present of the four position verbs (жатыр, отырмын, тұрсың, жүрміз): a tense of its own."""
PRESENT_PERSONS = ("", "мын", "сың", "мыз", "сыз", "сыңдар", "сыздар")

PRONOUN_PLURALS = {"олар": "ол", "бұлар": "бұл", "солар": "сол", "осылар": "осы", "сендер": "сен", "сіздер": "сіз"}
"""Plural pronouns, read as their singular too (олардың is ол's)."""
