"""Readers for the hand-written Kazakh gold data in tests/data/kazakh (see its README)."""

from __future__ import annotations

from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "data" / "kazakh"


def _lines(name: str) -> list[str]:
    text = (GOLD / name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def paradigms() -> dict[str, list[str]]:
    """Lemma -> its forms (the lemma itself not repeated)."""
    table = {}
    for line in _lines("paradigms.txt"):
        lemma, forms = line.split(":")
        table[lemma.strip()] = forms.split()
    return table


def verbs() -> list[str]:
    """The paradigms' verbs: the section after the '-- verbs' comment."""
    text = (GOLD / "paradigms.txt").read_text(encoding="utf-8")
    section = text.split("# -- verbs", 1)[1]
    return [line.split(":")[0] for line in section.splitlines()[1:] if ":" in line and not line.startswith("#")]


def pairs(name: str) -> list[tuple[str, str]]:
    """(word, other) from a file of pairs; a third column, if any, is left out."""
    return [(line.split()[0], line.split()[1]) for line in _lines(name)]


def homographs(name: str) -> set[tuple[str, str]]:
    """The pairs of a families file marked "homograph"."""
    return {(line.split()[0], line.split()[1]) for line in _lines(name) if line.split()[2:] == ["homograph"]}
