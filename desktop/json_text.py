"""A command's JSON output without importing ``json``: the same text as ``json.dumps(value, ensure_ascii=False)``.

``json`` compiles five regular expressions when imported (its decoder's and its encoder's), about 1.3 ms of a
command's start, for output that is only dictionaries, lists, text, numbers, booleans and None. ``dumps`` writes
those as ``json``'s encoder does (its separators, its escapes, ``float.__repr__``, ``NaN`` and ``Infinity``);
any other value (a key that is not text, an object ``json`` would refuse or convert) is left to ``json`` itself,
imported then. Tests compare the two on every code point and on many values.
"""

from __future__ import annotations

_ESCAPES = {code: f"\\u{code:04x}" for code in range(0x20)}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\b"): "\\b", ord("\f"): "\\f"})
_ESCAPES.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
"""What ``json`` escapes in text when ``ensure_ascii`` is off: the control characters, the quote and the backslash."""
_SPECIAL_FLOATS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}


class _NotPlainError(Exception):
    """A value this module does not write: ``json`` writes the whole value instead."""


def dumps(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False)``."""
    parts: list[str] = []
    try:
        _write(value, parts, 0)
    except _NotPlainError:
        import json

        return json.dumps(value, ensure_ascii=False)
    return "".join(parts)


def _write(value: object, parts: list[str], depth: int) -> None:
    """``value`` as JSON text appended to ``parts``; ``depth`` bounds the nesting (``json``'s own limit is Python's
    recursion limit: deeper values are left to it, to fail as it fails)."""
    if depth > 100:
        raise _NotPlainError
    if isinstance(value, str):
        parts.append(f'"{value.translate(_ESCAPES)}"')
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        text = float.__repr__(value)
        parts.append(_SPECIAL_FLOATS.get(text, text))
    elif isinstance(value, (list, tuple)):
        parts.append("[")
        for number, item in enumerate(value):
            if number:
                parts.append(", ")
            _write(item, parts, depth + 1)
        parts.append("]")
    elif isinstance(value, dict):
        parts.append("{")
        for number, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise _NotPlainError
            parts.append(f'{", " if number else ""}"{key.translate(_ESCAPES)}": ')
            _write(item, parts, depth + 1)
        parts.append("}")
    else:
        raise _NotPlainError
