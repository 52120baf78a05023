"""``NamedTuple`` classes as ``typing`` makes them, without importing ``typing``; and ``TYPE_CHECKING``.

The command line's library search imports the search engine, the library and the stores, whose
results are named tuples declared as ``class Hit(NamedTuple): ...``. ``typing`` takes 2.5 ms to
import, and its ``NamedTuple`` checks every field's annotation (each a string here, compiled
into a ``ForwardRef``): about 5 ms of a search's start in all for some 35 classes. This one
builds the same class from the declaration with ``collections.namedtuple``: the same fields,
defaults, methods, docstring and errors, the annotations kept as written. Type checkers see
``typing.NamedTuple`` itself.

``TYPE_CHECKING`` is False, as ``typing.TYPE_CHECKING`` is when the program runs; type checkers
take any name ``TYPE_CHECKING`` as true, so ``if TYPE_CHECKING:`` imports work as with typing's.
"""

from __future__ import annotations

from collections import namedtuple

__all__ = ["TYPE_CHECKING", "NamedTuple"]

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import NamedTuple
else:
    _PROHIBITED = frozenset(
        {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults", "_make", "_replace"}
        | {"_asdict", "_source"}
    )
    _SPECIAL = frozenset(("__module__", "__name__", "__annotations__"))

    class _NamedTupleMaker(type):
        """Makes each class declared with ``NamedTuple`` as its base into a ``collections.namedtuple``, as
        ``typing.NamedTupleMeta`` does (Python 3.11), less the check of each annotation."""

        def __new__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, object]) -> type:
            if not bases:  # NamedTuple itself
                return super().__new__(cls, name, bases, namespace)
            if bases != (NamedTuple,):
                raise TypeError("can only inherit from a NamedTuple type and Generic")
            annotations = namespace.get("__annotations__", {})
            defaulted = []
            for field in annotations:
                if field in namespace:
                    defaulted.append(field)
                elif defaulted:
                    raise TypeError(
                        f"Non-default namedtuple field {field} cannot follow default field"
                        f"{'s' if len(defaulted) > 1 else ''} {', '.join(defaulted)}"
                    )
            defaults = [namespace[field] for field in defaulted]
            made = namedtuple(name, list(annotations), defaults=defaults, module=namespace["__module__"])
            made.__annotations__ = made.__new__.__annotations__ = dict(annotations)
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
                if key not in _SPECIAL and key not in annotations:
                    setattr(made, key, value)
            return made

    class NamedTuple(metaclass=_NamedTupleMaker):
        """The base of a named tuple declared as a class: ``class Hit(NamedTuple): start: int``."""
