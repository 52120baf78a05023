"""Short excerpts around a hit, for result lists and the command line."""

from __future__ import annotations

from dataclasses import dataclass

ELLIPSIS = "…"


@dataclass(frozen=True)
class Snippet:
    before: str
    match: str
    after: str

    def plain(self, marker: tuple[str, str] = ("[", "]")) -> str:
        return f"{self.before}{marker[0]}{self.match}{marker[1]}{self.after}"


def make_snippet(text: str, start: int, end: int, context: int = 40) -> Snippet:
    """The match with about ``context`` characters each side, cut at word boundaries."""
    left = max(0, start - context)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    right = min(len(text), end + context)
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    before = (ELLIPSIS if left > 0 else "") + text[left:start]
    after = text[end:right] + (ELLIPSIS if right < len(text) else "")
    return Snippet(before, text[start:end], after)
