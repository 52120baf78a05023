"""What a reader says for a written sentence: numbers, dates and abbreviations as Kazakh words.

A voice reads letters; "2025", "11–12", "т.б." and "БАҚ" need saying first. The rules:

- a number is said as a cardinal (2025 → екі мың жиырма бес), with an ending written after a
  hyphen joined to it (5-ке → беске) and a word so written said apart (1990-жылдары → мың
  тоғыз жүз тоқсан жылдары); an ordinal
  ending (-ші, -шы, -інші, -ыншы) makes it an ordinal (11-ші → он бірінші);
- a range (11–12 қарашада) is said as its two numbers; thousands may be grouped by spaces
  (10 000); a decimal comma or point is said as "бүтін" (2,5 → екі бүтін оннан бес); % → пайыз;
- a Roman numeral before ғасыр is an ordinal (XXI ғасыр → жиырма бірінші ғасыр);
- abbreviations that stand for words are said as the words (т.б. → тағы басқа, млн → миллион,
  ж. after a number → жыл);
- an initialism in capitals (БАҚ, АҚШ, ТМД) is spelt with the letters' Kazakh names, unless
  it is said as a word (НАТО) or the whole text is in capitals;
- everything else (Latin-script names too) passes to the voice as written.
"""

from __future__ import annotations

import re

from desktop.speech.numbers import cardinal, decimal, digits, ordinal

LETTER_NAMES = {
    "А": "а", "Ә": "ә", "Б": "бе", "В": "ве", "Г": "ге", "Ғ": "ға", "Д": "де", "Е": "е",
    "Ё": "ё", "Ж": "же", "З": "зе", "И": "и", "Й": "й", "К": "ка", "Қ": "қа", "Л": "эл",
    "М": "эм", "Н": "эн", "Ң": "ың", "О": "о", "Ө": "ө", "П": "пе", "Р": "эр", "С": "эс",
    "Т": "те", "У": "у", "Ұ": "ұ", "Ү": "ү", "Ф": "эф", "Х": "ха", "Һ": "һа", "Ц": "це",
    "Ч": "че", "Ш": "ша", "Щ": "ща", "Ы": "ы", "І": "і", "Э": "э", "Ю": "ю", "Я": "я",
}  # fmt: skip
"""The Kazakh names of the capital letters, as an initialism is spelt aloud (БАҚ → бе а қа)."""

SAID_AS_WORDS = frozenset({"НАТО", "ЮНЕСКО", "ОПЕК", "ЮНИСЕФ", "ЭКСПО", "ЖОО", "ЖЭО", "ТМД-ның"})
"""Initialisms that speakers say as words."""

ABBREVIATIONS = {
    "т.б.": "тағы басқа",
    "т.с.с.": "тағы сол сияқты",
    "т.с.": "тағы сол",
    "мыс.": "мысалы",
    "жж.": "жылдар",
    "б.з.б.": "біздің заманымыздан бұрын",
    "б.з.": "біздің заманымыз",
    "проф.": "профессор",
    "акад.": "академик",
    "доц.": "доцент",
    "млн": "миллион",
    "млрд": "миллиард",
    "трлн": "триллион",
    "км": "километр",
    "кг": "килограмм",
    "шақ.": "шақырым",
    "тг": "теңге",
    "№": "нөмір",
}
"""Abbreviations said as the words they stand for."""

AFTER_NUMBER = {"ж.": "жыл", "ж": "жыл", "%": "пайыз", "₸": "теңге", "$": "доллар", "€": "еуро"}
"""Abbreviations and signs said so when they follow a number."""

WORDS_AFTER_NUMBERS = ("жыл", "ғасыр", "жас", "күн", "ай", "сағат", "минут", "пайыз", "мың", "млн", "млрд")
"""Words, not endings, that older spelling joins to a number with a hyphen (1990-жылдары): said apart."""
ORDINAL_ENDING = re.compile(r"^(?:ыншы|інші|ншы|нші|шы|ші)")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
CENTURY_WORDS = ("ғасыр", "ғ.")

_SPACE = " \u00a0\u202f"
_NUMBER = re.compile(
    r"(?P<number>\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+)"
    r"(?:[.,](?P<fraction>\d+))?"
    r"(?P<percent>\s?%)?"
    r"(?:[-‐‑](?P<ending>[а-яәғқңөұүһі]+))?",
    re.IGNORECASE,
)
_RANGE_DASH = re.compile(r"(?<=\d)\s?[-‐‑–—]\s?(?=\d)")
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|[№$€₸%]")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]\d)")
_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)")
_TIME = re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?:[-‐‑]([а-яәғқңөұүһі]+))?", re.IGNORECASE)
MONTHS = (
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
    "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
)  # fmt: skip
_ROMAN_CENTURY = re.compile(r"\b([IVXLC]+)\s+(ғасыр|ғ\.)", re.IGNORECASE)


def _roman_value(text: str) -> int | None:
    total, previous = 0, 0
    for char in reversed(text.upper()):
        value = ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


def _say_date(match: re.Match[str]) -> str:
    """15.11.2025 → он бес қараша екі мың жиырма бес жыл; not a date (31.13.2025) → its numbers."""
    day, month, year = (int(group) for group in match.groups())
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return " ".join(cardinal(int(group)) for group in match.groups())
    return f"{cardinal(day)} {MONTHS[month - 1]} {cardinal(year)} жыл"


def _say_time(match: re.Match[str]) -> str:
    """14:30 → он төрт отыз, 9:00 → тоғыз нөл нөл; an ending after a hyphen joined (14:30-да)."""
    hours, minutes, ending = match.group(1), match.group(2), match.group(3) or ""
    said_minutes = digits(minutes) if minutes == "00" else cardinal(int(minutes))
    return f"{cardinal(int(hours))} {said_minutes}{ending}"


def _say_number(match: re.Match[str]) -> str:
    whole = re.sub(r"\D", "", match.group("number"))
    fraction = match.group("fraction")
    ending = match.group("ending") or ""
    if len(whole) > 15:
        said = digits(whole)
    elif fraction:
        said = decimal(whole, fraction)
    else:
        value = int(whole)
        ordinal_ending = ORDINAL_ENDING.match(ending.lower())
        if ordinal_ending:
            said = ordinal(value)
            ending = ending[ordinal_ending.end() :]
        elif whole.startswith("0") and len(whole) > 1:
            said = digits(whole)  # a code, not an amount: 007
        else:
            said = cardinal(value)
    if match.group("percent"):
        said += " пайыз"
    if ending.lower().startswith(WORDS_AFTER_NUMBERS) and len(ending) > 2:
        return f"{said} {ending}"
    return said + ending


def _spell(word: str) -> str:
    """An initialism spelt out, an ending after a hyphen joined to its last letter."""
    letters, _, ending = word.partition("-")
    names = [LETTER_NAMES.get(char, char) for char in letters]
    if ending:
        names[-1] += ending
    return " ".join(names)


def _is_initialism(word: str) -> bool:
    letters = word.partition("-")[0]
    return 2 <= len(letters) <= 5 and letters.isupper() and all(char in LETTER_NAMES for char in letters)


def _mostly_capitals(text: str) -> bool:
    """A heading or a slogan set in capitals: its short words are words, not initialisms."""
    words = [word for word in re.findall(r"[^\W\d_]{2,}", text)]
    return len(words) >= 3 and sum(word.isupper() for word in words) >= 0.8 * len(words)


def speakable(text: str) -> str:
    """The sentence as a reader says it, for a voice that reads letters only."""
    text = _ROMAN_CENTURY.sub(
        lambda m: f"{ordinal(value)} {m.group(2)}" if (value := _roman_value(m.group(1))) else m.group(), text
    )
    text = _DATE.sub(_say_date, text)
    text = _TIME.sub(_say_time, text)
    text = _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group()), text)
    text = _RANGE_DASH.sub(" – ", text)
    spell = not _mostly_capitals(text)
    pieces: list[str] = []
    position = 0
    previous_was_number = False
    for match in re.finditer(r"\S+", text):
        pieces.append(text[position : match.start()])
        position = match.end()
        token = match.group()
        said = _say_token(token, previous_was_number, spell)
        previous_was_number = bool(re.search(r"\d$", token))
        pieces.append(said)
    pieces.append(text[position:])
    return "".join(pieces)


def _say_token(token: str, after_number: bool, spell: bool) -> str:
    """One whitespace-separated token: its numbers, abbreviations and initialisms said."""
    lead = len(token) - len(token.lstrip("«\"“„'‘(["))
    core = token[lead:]
    trail_start = len(core.rstrip('»"”’)],;:!?…'))
    head, core, tail = token[:lead], core[:trail_start], core[trail_start:]
    lowered = core.lower()
    if after_number and lowered in AFTER_NUMBER:
        return head + AFTER_NUMBER[lowered] + tail
    if lowered in ABBREVIATIONS:
        return head + ABBREVIATIONS[lowered] + tail
    if core.endswith(".") and lowered[:-1] in ABBREVIATIONS:  # млн. written with a stop
        return head + ABBREVIATIONS[lowered[:-1]] + tail
    if core.startswith("$") and core[1:2].isdigit():
        return head + _NUMBER.sub(_say_number, core[1:]) + " доллар" + tail
    if any(char.isdigit() for char in core):
        return head + _NUMBER.sub(_say_number, core).replace("%", " пайыз") + tail
    if core.endswith(".") and not core.endswith(".."):  # a sentence's full stop after an initialism
        core, tail = core[:-1], "." + tail
    if spell and _is_initialism(core) and core.partition("-")[0] not in SAID_AS_WORDS:
        return head + _spell(core) + tail
    return token


__all__ = ["speakable"]
