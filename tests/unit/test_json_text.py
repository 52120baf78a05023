"""A command's JSON output: the same text as ``json.dumps(value, ensure_ascii=False)``, without importing json."""

from __future__ import annotations

import enum
import json
import random

from desktop import json_text


def _same_as_json(value: object) -> bool:
    return json_text.dumps(value) == json.dumps(value, ensure_ascii=False)


def test_every_code_point_is_written_as_json_writes_it():
    characters = [chr(code) for code in range(0x110000)]
    assert json_text.dumps(characters) == json.dumps(characters, ensure_ascii=False)
    assert json_text.dumps({"".join(characters[:300]): "".join(characters[:300])}) == json.dumps(
        {"".join(characters[:300]): "".join(characters[:300])}, ensure_ascii=False
    )


def test_numbers_booleans_and_none_are_written_as_json_writes_them():
    class Count(enum.IntEnum):
        ONE = 1

    values = [0, -1, 10**30, -(10**30), True, False, None, 0.0, -0.0, 0.1, 1e16, 1e-7, 2.5e300, 1 / 3]
    values += [float("nan"), float("inf"), float("-inf"), Count.ONE, 12345678901234567890.0]
    assert all(_same_as_json(value) for value in values)
    assert _same_as_json(values) and _same_as_json({"values": values})


def test_nested_documents_are_written_as_json_writes_them():
    chooser = random.Random(7)
    alphabet = 'aәқ "\\\n\t\x00\x1f\x7f\u2028\ud800/<>&ё' + "сапарына"

    def text() -> str:
        return "".join(chooser.choices(alphabet, k=chooser.randint(0, 12)))

    def value(depth: int) -> object:
        kind = chooser.randrange(8 if depth < 4 else 5)
        if kind == 0:
            return text()
        if kind == 1:
            return chooser.randint(-(10**6), 10**6)
        if kind == 2:
            return chooser.random() * 10 ** chooser.randint(-5, 20)
        if kind == 3:
            return chooser.choice([True, False, None])
        if kind == 4:
            return []
        if kind == 5:
            return [value(depth + 1) for _ in range(chooser.randint(0, 4))]
        if kind == 6:
            return tuple(value(depth + 1) for _ in range(chooser.randint(0, 4)))
        return {text(): value(depth + 1) for _ in range(chooser.randint(0, 4))}

    documents = [value(0) for _ in range(2000)]
    assert [json_text.dumps(document) for document in documents] == [
        json.dumps(document, ensure_ascii=False) for document in documents
    ]


def test_what_it_does_not_write_is_left_to_json():
    assert json_text.dumps({1: "a", None: [2]}) == '{"1": "a", "null": [2]}'  # keys json converts
    deep: list[object] = []
    for _ in range(150):
        deep = [deep]
    assert _same_as_json(deep)
    try:
        json_text.dumps({"set": {1}})
    except TypeError as error:
        assert "not JSON serializable" in str(error)
    else:
        raise AssertionError("a set was written")
