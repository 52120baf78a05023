"""Numbers as Kazakh words: cardinals (2025 → екі мың жиырма бес) and ordinals (11-ші → он бірінші).

Written from the grammar (Kazakh counts by units, tens, hundreds and groups of three digits,
like Russian, with no "and"); an initial one is not said before жүз and мың (мың тоғыз жүз
тоқсан бір), as speakers read years and sums.
"""

from __future__ import annotations

UNITS = ("нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз")
TENS = ("", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан")
GROUPS = ("", "мың", "миллион", "миллиард", "триллион")

ORDINALS = {
    "нөл": "нөлінші",
    "бір": "бірінші",
    "екі": "екінші",
    "үш": "үшінші",
    "төрт": "төртінші",
    "бес": "бесінші",
    "алты": "алтыншы",
    "жеті": "жетінші",
    "сегіз": "сегізінші",
    "тоғыз": "тоғызыншы",
    "он": "оныншы",
    "жиырма": "жиырмасыншы",
    "отыз": "отызыншы",
    "қырық": "қырқыншы",
    "елу": "елуінші",
    "алпыс": "алпысыншы",
    "жетпіс": "жетпісінші",
    "сексен": "сексенінші",
    "тоқсан": "тоқсаныншы",
    "жүз": "жүзінші",
    "мың": "мыңыншы",
    "миллион": "миллионыншы",
    "миллиард": "миллиардыншы",
    "триллион": "триллионыншы",
}
"""The ordinal of each word a number ends with (the stem changes in жиырма-сы-ншы and қыр(ы)қ-ыншы)."""

MAX_DIGITS = 15
"""Longer runs of digits (telephone numbers, codes) are read digit by digit."""


def _below_thousand(number: int) -> list[str]:
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words = []
    if hundreds:
        if hundreds > 1:
            words.append(UNITS[hundreds])
        words.append("жүз")
    if tens:
        words.append(TENS[tens])
    if units:
        words.append(UNITS[units])
    return words


def cardinal(number: int) -> str:
    """The number in words: 0 → нөл, 100 → жүз, 1991 → мың тоғыз жүз тоқсан бір."""
    if number < 0:
        return "минус " + cardinal(-number)
    if number == 0:
        return UNITS[0]
    if len(str(number)) > MAX_DIGITS:
        return digits(str(number))
    words: list[str] = []
    group_index = 0
    groups: list[list[str]] = []
    while number:
        number, group = divmod(number, 1000)
        if group:
            said = _below_thousand(group)
            if group_index:
                if group == 1 and group_index == 1:
                    said = []  # мың, not бір мың
                said = [*said, GROUPS[group_index]]
            groups.append(said)
        group_index += 1
    for said in reversed(groups):
        words.extend(said)
    return " ".join(words)


def ordinal(number: int) -> str:
    """The ordinal in words: 1 → бірінші, 20 → жиырмасыншы, 2025 → екі мың жиырма бесінші."""
    words = cardinal(number).split(" ")
    words[-1] = ORDINALS[words[-1]]
    return " ".join(words)


FRACTION_DENOMINATORS = {1: "оннан", 2: "жүзден", 3: "мыңнан"}
"""Decimal fractions are said as whole parts and tenths, hundredths, thousandths: 2,5 → екі бүтін оннан бес."""


def decimal(whole: str, fraction: str) -> str:
    """A decimal number in words: ("2", "5") → екі бүтін оннан бес; longer fractions digit by digit."""
    said = cardinal(int(whole))
    denominator = FRACTION_DENOMINATORS.get(len(fraction))
    if denominator is None:
        return f"{said} бүтін {digits(fraction)}"
    return f"{said} бүтін {denominator} {cardinal(int(fraction))}"


def digits(text: str) -> str:
    """Digit by digit: 0701 → нөл жеті нөл бір."""
    return " ".join(UNITS[int(char)] for char in text if char.isdigit())


__all__ = ["cardinal", "decimal", "digits", "ordinal"]
