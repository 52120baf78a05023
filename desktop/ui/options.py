"""Kinds of setting, as Picard's options and qutebrowser's config types declare them.

A setting is declared once, as a class attribute of ``desktop.ui.preferences.Preferences``:
its key in the settings file, its default, and what a stored value must be. Read through
the preferences, it gives the stored value when that is one it allows, and its default
otherwise (the preferences log why, one line, and leave the other settings alone); written,
the value is checked first, since a wrong one is a bug of the caller, not of the file.

Nothing here imports Qt: a stored value arrives as QSettings gives it (text, a number, a list).
"""

from __future__ import annotations

import abc
import enum
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from desktop.ui.preferences import Preferences

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


class InvalidSettingError(ValueError):
    """A stored value the setting does not allow; the message says why, after the value."""


class Setting(abc.ABC, Generic[T]):
    """One setting: its key, its default, and how a stored value is read and written.

    A key may hold ``{}``, filled per item (``positions/{}/scroll`` per article): such a
    setting is read and written with ``Preferences.read(setting, item)``.
    """

    def __init__(self, key: str, default: T, doc: str = "") -> None:
        self.key = key
        self.default = default
        self.__doc__ = doc
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, instance: Preferences, owner: type) -> T: ...

    def __get__(self, instance: Preferences | None, owner: type) -> Setting[T] | T:
        return self if instance is None else instance.read(self)

    def __set__(self, instance: Preferences, value: T) -> None:
        instance.write(self, value)

    def key_for(self, item: str | None = None) -> str:
        return self.key if item is None else self.key.format(item)

    def fallback(self) -> T:
        """The default, as read when nothing (or nothing allowed) is stored."""
        return self.default

    @abc.abstractmethod
    def parse(self, stored: Any) -> T:
        """The value a stored one stands for; InvalidSettingError when it stands for none."""

    @abc.abstractmethod
    def to_stored(self, value: T) -> Any:
        """What is written for a value; ValueError when the setting does not allow it."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, default={self.default!r})"


class Flag(Setting[bool]):
    """On or off; stored as true/false (QSettings' words), 1 and 0 read too."""

    def parse(self, stored: Any) -> bool:
        if isinstance(stored, bool):
            return stored
        text = str(stored).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise InvalidSettingError("is not true or false")

    def to_stored(self, value: bool) -> bool:
        if not isinstance(value, bool):
            raise ValueError(f"{self.key} is on or off, not {value!r}")
        return value


class Choice(Setting[T]):
    """One of a few values, each stored by its name."""

    def __init__(self, key: str, options: Mapping[str, T], default: T, doc: str = "") -> None:
        super().__init__(key, default, doc)
        self.options = dict(options)
        if default not in self.options.values():
            raise ValueError(f"{key}: the default {default!r} is not one of the choices")

    def parse(self, stored: Any) -> T:
        if isinstance(stored, str) and stored in self.options:
            return self.options[stored]
        raise InvalidSettingError(f"is not one of {', '.join(self.options)}")

    def to_stored(self, value: T) -> str:
        for name, option in self.options.items():
            if option == value:
                return name
        raise ValueError(f"{self.key} is one of {', '.join(self.options)}, not {value!r}")


def one_of(key: str, names: Iterable[str], default: str, doc: str = "") -> Choice[str]:
    """A choice of names stored as themselves."""
    return Choice(key, {name: name for name in names}, default, doc)


def enum_choice(key: str, kind: type[E], default: E, doc: str = "") -> Choice[E]:
    """A choice of an enum's members, stored by their values."""
    return Choice(key, {str(member.value): member for member in kind}, default, doc)


class Number(Setting[float]):
    """A number from ``low`` to ``high``; ``digits`` rounds what is written."""

    def __init__(
        self, key: str, default: float, low: float, high: float, *, digits: int | None = None, doc: str = ""
    ) -> None:
        super().__init__(key, default, doc)
        self.low, self.high, self.digits = low, high, digits
        if not low <= default <= high:
            raise ValueError(f"{key}: the default {default} is outside {low} to {high}")

    def parse(self, stored: Any) -> float:
        try:
            number = float(stored)
        except (TypeError, ValueError):
            raise InvalidSettingError("is not a number") from None
        if not self.low <= number <= self.high:  # NaN is never inside
            raise InvalidSettingError(f"is outside {self.low:g} to {self.high:g}")
        return number

    def to_stored(self, value: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError(f"{self.key} is a number, not {value!r}")
        if not self.low <= value <= self.high:
            raise ValueError(f"{self.key} is from {self.low:g} to {self.high:g}, not {value}")
        return float(value) if self.digits is None else round(float(value), self.digits)


class WholeNumber(Setting[int]):
    """A whole number from ``low`` to ``high``."""

    def __init__(self, key: str, default: int, low: int, high: int, doc: str = "") -> None:
        super().__init__(key, default, doc)
        self.low, self.high = low, high

    def parse(self, stored: Any) -> int:
        try:
            number = int(str(stored))
        except ValueError:
            raise InvalidSettingError("is not a whole number") from None
        if not self.low <= number <= self.high:
            raise InvalidSettingError(f"is outside {self.low} to {self.high}")
        return number

    def to_stored(self, value: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not self.low <= value <= self.high:
            raise ValueError(f"{self.key} is a whole number from {self.low} to {self.high}, not {value!r}")
        return value


class Text(Setting[str | None]):
    """Some text, or nothing (None): an empty text reads as nothing."""

    def __init__(self, key: str, doc: str = "") -> None:
        super().__init__(key, None, doc)

    def parse(self, stored: Any) -> str | None:
        if isinstance(stored, str):
            return stored or None
        raise InvalidSettingError("is not text")

    def to_stored(self, value: str | None) -> str:
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{self.key} is text, not {value!r}")
        return value or ""


class TextList(Setting[list[str]]):
    """A list of texts, the first ``limit`` of them (empty ones dropped)."""

    def __init__(self, key: str, limit: int, doc: str = "") -> None:
        super().__init__(key, [], doc)
        self.limit = limit

    def fallback(self) -> list[str]:
        return []  # a new list each time: the caller may change it

    def parse(self, stored: Any) -> list[str]:
        items = [stored] if isinstance(stored, str) else stored
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise InvalidSettingError("is not a list of texts")
        return [item for item in items if item][: self.limit]

    def to_stored(self, value: list[str]) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"{self.key} is a list of texts, not {value!r}")
        return [item for item in value if item][: self.limit]
