"""The loader raises nothing but ContentError, whatever the metadata holds (hypothesis).

The metadata is generated as structured TOML (known and unknown keys, every kind of value,
nested tables and lists, sections entries of every shape), not only as random bytes, so the
checks behind a successful TOML parse are reached too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.content import ContentError, parse_article

pytestmark = pytest.mark.slow  # fuzzers: hundreds of generated sources

KEYS = ["title", "date", "source", "language", "sections", "id", "label", "icon", "heading", "x"]
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def toml_value(value) -> str:
    """A TOML literal for a generated value (json's string escapes are TOML's too, mostly)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items()) + " }"


SCALARS = st.one_of(
    TEXT,
    st.sampled_from(["intro", "Кіріспе", "fa6s.book-open", "kk", "BAQ.KZ", "", " ", "Main Part"]),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.dates(),
    st.times(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4),
    max_leaves=12,
)
SECTION_TABLE = st.dictionaries(st.sampled_from(["id", "label", "icon", "heading", "x"]), VALUES, max_size=5)


@st.composite
def sources(draw) -> str:
    lines = ["+++"]
    for key, value in draw(st.dictionaries(st.sampled_from([*KEYS[:5], "author"]), VALUES, max_size=6)).items():
        lines.append(f"{key} = {toml_value(value)}")
    for table in draw(st.lists(SECTION_TABLE, max_size=3)):
        lines.append("[[sections]]")
        lines += [f"{key} = {toml_value(value)}" for key, value in table.items()]
    lines.append("+++")
    lines += draw(
        st.lists(st.sampled_from(["Абзац.", "## Бөлім {#intro}", "## X {#main}", "- тізім", "-", "", "#тег", "### Y"]))
    )
    return "\n".join(lines)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=sources())
def test_any_structured_metadata_gives_an_article_or_a_content_error(source):
    try:
        article = parse_article(source, origin="fuzz.md")
    except ContentError as error:
        assert error.line >= 0 and error.message
    else:
        assert article.sections


@settings(max_examples=500, deadline=None)
@given(data=st.binary(max_size=400))
def test_any_bytes_after_the_fence_give_an_article_or_a_content_error(data):
    with contextlib.suppress(ContentError):
        parse_article("+++\n" + data.decode("utf-8", "replace"), origin="fuzz.md")
