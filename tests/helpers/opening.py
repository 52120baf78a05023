"""Checks shared by the tests of articles opened in two steps (a first part, then the rest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content import ContentError, load_article
from desktop.content.loader import open_article


def refused_late_as_whole(path: Path) -> ContentError:
    """A file read whole is refused; opened in two steps, its first part opens and the rest is refused with the
    same message. Returns the refusal for the test's own checks."""
    with pytest.raises(ContentError) as whole:
        load_article(path)
    first, rest = open_article(path)
    assert rest is not None and first.passages
    with pytest.raises(ContentError) as late:
        rest.article()
    assert late.value.code == whole.value.code and str(late.value) == str(whole.value)
    return late.value
