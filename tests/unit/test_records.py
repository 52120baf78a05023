"""desktop.records.NamedTuple makes the class typing.NamedTuple makes from the same declaration."""

from __future__ import annotations

import typing

import pytest

from desktop import records


def _declared(base: type) -> type:
    class Point(base):  # type: ignore[misc, valid-type]
        """A point."""

        x: int
        label: str | None = None
        weight: float = 1.0
        ORIGIN = 0

        def moved(self, by: int) -> Point:
            return self._replace(x=self.x + by)

        @property
        def far(self) -> bool:
            return self.x > 10

    return Point


def test_a_declared_named_tuple_is_the_one_typing_makes():
    ours, theirs = _declared(records.NamedTuple), _declared(typing.NamedTuple)
    assert ours._fields == theirs._fields == ("x", "label", "weight")
    assert ours._field_defaults == theirs._field_defaults == {"label": None, "weight": 1.0}
    assert ours.__bases__ == theirs.__bases__ == (tuple,)
    assert (ours.__doc__, ours.__name__, ours.__qualname__, ours.__module__) == (
        theirs.__doc__,
        theirs.__name__,
        theirs.__qualname__,
        theirs.__module__,
    )
    assert list(ours.__annotations__) == list(theirs.__annotations__)
    point = ours(12)
    assert point == theirs(12) == (12, None, 1.0)
    assert point.moved(-5) == (7, None, 1.0) and point.far and ours.ORIGIN == 0
    assert repr(point) == repr(theirs(12)) == "Point(x=12, label=None, weight=1.0)"
    assert hash(point) == hash((12, None, 1.0))


@pytest.mark.parametrize("base", [records.NamedTuple, typing.NamedTuple])
def test_a_field_without_default_after_one_with_is_refused_as_typing_refuses_it(base):
    with pytest.raises(TypeError, match="Non-default namedtuple field y cannot follow default field x"):

        class Bad(base):  # type: ignore[misc, valid-type]
            x: int = 0
            y: int


@pytest.mark.parametrize("base", [records.NamedTuple, typing.NamedTuple])
def test_a_named_tuples_own_attributes_cannot_be_overwritten(base):
    with pytest.raises(AttributeError, match="Cannot overwrite NamedTuple attribute _replace"):

        class Bad(base):  # type: ignore[misc, valid-type]
            x: int

            def _replace(self) -> None: ...


def test_type_checking_is_false_when_the_program_runs():
    assert records.TYPE_CHECKING is typing.TYPE_CHECKING is False
