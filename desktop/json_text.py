"""A command's JSON output without importing ``json``: the same text as ``json.dumps(value, ensure_ascii=False)``.

``json`` compiles five regular expressions when imported (its decoder's and its encoder's), about 1.3 ms of a
command's start, for output that is only dictionaries, lists, text, numbers, booleans and None. ``dumps`` writes
those as ``json``'s encoder does (its separators, its escapes, ``float.__repr__``, ``NaN`` and ``Infinity``);
any other value (a key that is not text, an object ``json`` would refuse or convert) is left to ``json`` itself,
imported then. Tests compare the two on every code point and on many values.
"""

from __future__ import annotations

_CONTROLS = {chr(code): f"\\u{code:04x}" for code in range(0x20)}
_CONTROLS.update({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"})
"""How ``json`` escapes the control characters (and, with ``ensure_ascii`` off, nothing else but ``"`` and ``\\``)."""
_SPECIAL_FLOATS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}
_KEYS: dict[str, str] = {}
"""Keys quoted, the first 256: a search's hundred hits have the same dozen keys."""


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
    recursion limit: deeper values are left to it, to fail as it fails). Text, whole numbers and None are looked
    for first and by their exact type: they are most of a search's values."""
    kind = type(value)
    if kind is str:
        parts.append(_quoted(value))  # type: ignore[arg-type]
    elif kind is int:
        parts.append(int.__repr__(value))
    elif value is None:
        parts.append("null")
    elif depth > 100:
        raise _NotPlainError
    elif isinstance(value, dict):
        parts.append("{")
        separator = ""
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlainError
            quoted = _KEYS.get(key)
            if quoted is None:
                quoted = _quoted(key)
                if len(_KEYS) < 256:
                    _KEYS[key] = quoted
            parts.append(f"{separator}{quoted}: ")
            _write(item, parts, depth + 1)
            separator = ", "
        parts.append("}")
    elif isinstance(value, (list, tuple)):
        parts.append("[")
        separator = ""
        for item in value:
            parts.append(separator)
            _write(item, parts, depth + 1)
            separator = ", "
        parts.append("]")
    else:
        parts.append(_scalar(value))


def _scalar(value: object) -> str:
    """The rest of what ``json`` writes as it is: booleans, numbers of other types (subclasses too), text of a
    subclass of str."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        text = float.__repr__(value)
        return _SPECIAL_FLOATS.get(text, text)
    raise _NotPlainError


def _quoted(text: str) -> str:
    """Text in quotes, escaped as ``json`` escapes it. Replaced one escape at a time (``str.translate`` with a table
    of what to escape raises and catches a KeyError inside for every other character of Kazakh text)."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")  # first: the escapes below add backslashes
    if '"' in text:
        text = text.replace('"', '\\"')
    if not text.isprintable():  # a control character perhaps (or another unprintable one, left as it is)
        for control, escape in _CONTROLS.items():
            if control in text:
                text = text.replace(control, escape)
    return f'"{text}"'
