"""The stem lexicon: compiled from the shipped Hunspell dictionary, fresh, loaded only when needed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.search import lexicon, morphology
from tests.helpers.paths import ROOT


def test_the_compiled_table_is_fresh():
    source = lexicon.SOURCE.read_text(encoding="utf-8")
    assert lexicon.decode(lexicon.TABLE.read_bytes()) == lexicon.compile_source(source), (
        "desktop/search/lexicon.bin is stale: run scripts/build_resources.py"
    )


def test_the_licence_notice_ships_beside_the_dictionary():
    notice = (lexicon.SOURCE.parent / "copyright").read_text(encoding="utf-8")
    assert "GPL-2+ or LGPL-2.1+ or MPL-1.1+" in notice


def test_verbs_and_nominal_stems_are_told_apart():
    known = lexicon.load()
    assert all(stem in known.verbs for stem in ("бар", "оқы", "тыңда", "қой", "ки", "шық"))  # бару, оқу, тыңдау…
    assert all(word in known.nominal for word in ("кітап", "мемлекет", "білім", "су", "тау"))
    assert not any(stem in known.verbs for stem in ("та", "са", "оқ"))  # тау, сау are nouns in -у; оқу is оқы-


def test_a_verbs_dictionary_form_gives_its_stem():
    assert lexicon.verb_stems("бару") == ["бар"]
    assert lexicon.verb_stems("тыңдау") == ["тыңда"]
    assert lexicon.verb_stems("қою") == ["қой"]
    assert lexicon.verb_stems("кию") == ["ки"]
    assert lexicon.verb_stems("шығу") == ["шығ", "шық"]
    assert lexicon.verb_stems("оқу") == ["оқы"]
    assert lexicon.verb_stems("тау") == []  # a noun in -у: no verb та-


def _words_loaded_from(table, monkeypatch) -> int:
    """How many words the lexicon loads from ``table`` in place of the bundled one."""
    monkeypatch.setattr(lexicon, "TABLE_FILE", str(table))
    lexicon.load.cache_clear()
    try:
        return len(lexicon.load())
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()


def _lists(table: bytes) -> tuple[list[str], list[str]]:
    """The nominal words and the verb stems of a table, read from its index's lines (an oracle for ``read``)."""
    header, rest = table.split(b"\n", 1)
    index_size = int(header.split()[-1][:8], 16)
    entries = rest[:index_size].decode().splitlines()
    nominal_end = max((int(entry[1:9], 16) for entry in entries if entry[0] == "n"), default=0)
    lines = rest[index_size:]
    return lines[:nominal_end].decode().splitlines(), lines[nominal_end:].decode().splitlines()


def _same_length_change(table: bytes, word: str, changed: str) -> bytes:
    """The table with ``word``'s line (in a block, not the index) spelled ``changed`` (as many bytes)."""
    line = f"\n{word}\n".encode()
    assert len(changed.encode()) == len(word.encode())
    at = table.rindex(line)  # the index has no whole line of a word
    return table[:at] + f"\n{changed}\n".encode() + table[at + len(line) :]


@pytest.fixture
def table_in(tmp_path, monkeypatch):
    """Points the lexicon (and so the analyser) at a table written from bytes; the bundled one again afterwards."""

    def point(data: bytes) -> lexicon.Lexicon:
        table = tmp_path / "lexicon.bin"
        table.write_bytes(data)
        monkeypatch.setattr(lexicon, "TABLE_FILE", str(table))
        lexicon.load.cache_clear()
        morphology.ANALYSER.forget()
        return lexicon.load()

    yield point
    monkeypatch.undo()
    lexicon.load.cache_clear()
    morphology.ANALYSER.forget()


def test_a_table_not_written_by_this_module_leaves_search_without_a_lexicon(tmp_path, monkeypatch):
    damaged = tmp_path / "lexicon.bin"
    damaged.write_bytes("жоқ\nбар\n\nкел\n".encode())  # a list of words: not a table we wrote
    assert _words_loaded_from(damaged, monkeypatch) == 0


def test_a_table_cut_short_is_refused_on_load(table_in):
    table = lexicon.TABLE.read_bytes()
    for cut in (1, 5000, len(table) - 100):
        known = table_in(table[:-cut])
        assert len(known) == 0 and not known.damaged
        assert "кітап" not in known.nominal and "бар" not in known.verbs


def test_a_damaged_index_is_refused_on_load(table_in):
    table = lexicon.TABLE.read_bytes()
    first_word = table.index(b"\n") + 1 + 17  # the first block's first word, in the index
    known = table_in(table[:first_word] + "ә".encode() + table[first_word + 2 :])
    assert len(known) == 0 and not known.damaged


def test_a_changed_block_is_found_when_first_read_and_the_lexicon_then_answers_as_none(table_in):
    known = table_in(_same_length_change(lexicon.TABLE.read_bytes(), "кітап", "кітаб"))
    assert "мемлекет" in known.nominal and "бар" in known.verbs  # blocks of their own: read and sound
    assert not known.damaged
    assert "кітап" not in known.nominal  # its block does not match its checksum
    assert known.damaged
    assert "мемлекет" not in known.nominal and "бар" not in known.verbs and not known.knows("тау")
    assert len(known) == 0 and list(known.nominal) == []


def test_a_long_session_reads_the_rest_of_the_table_at_once_and_checks_every_block(table_in, monkeypatch):
    table = lexicon.TABLE.read_bytes()
    nominal, verbs = _lists(table)
    monkeypatch.setattr(lexicon, "WHOLE_AFTER", 0)  # the first block asked: the whole table read
    known = table_in(table)
    assert "мемлекет" in known.nominal and not known.damaged
    assert all(word in known.nominal for word in nominal[::500]) and all(verb in known.verbs for verb in verbs[::100])
    known = table_in(_same_length_change(table, "тауып", "тауыб"))
    assert "мемлекет" not in known.nominal  # its own block is sound, another read with it is not
    assert known.damaged


def test_a_table_cut_short_after_its_load_is_found_when_a_block_is_read(table_in, tmp_path):
    table = lexicon.TABLE.read_bytes()
    known = table_in(table)
    assert "мемлекет" in known.nominal
    (tmp_path / "lexicon.bin").write_bytes(table[: len(table) // 2])  # replaced while the lexicon is in use
    assert "бала" in known.nominal  # an early block: the same bytes as it was
    assert "шық" not in known.verbs and known.damaged  # the verbs' blocks are gone
    assert "мемлекет" not in known.nominal


def test_after_a_damaged_block_every_word_is_read_as_without_a_lexicon(table_in, tmp_path):
    words = ("кітаптарымыздағы", "қаладағы", "тауып", "оқыды", "келді", "алма", "жапырақ")
    table = lexicon.TABLE.read_bytes()
    table_in(b"")  # no lexicon
    without = [morphology.judge(word) for word in words]
    table_in(table)
    with_it = [morphology.judge(word) for word in words]
    assert all(one != other for one, other in zip(without, with_it, strict=True))  # the lexicon decides each
    known = table_in(_same_length_change(table, "тауып", "тауыб"))
    before = morphology.judge(words[0])
    assert before == with_it[0] and not known.damaged
    # тап- is found among the verbs, then тау in the changed block: the word is read again wholly without the lexicon
    assert morphology.judge("тауып") == without[2]
    assert known.damaged
    assert [morphology.judge(word) for word in words] == without  # the word read before too, not as cached


def test_a_word_is_found_in_the_table_as_in_its_list(monkeypatch):
    """The first words asked are looked for in their blocks' bytes, later ones in their lines split once: the same."""
    nominal, verbs = _lists(lexicon.TABLE.read_bytes())
    asked = [*nominal[:3], *nominal[-3:], *nominal[::997], *(word + "ә" for word in nominal[::1499]), "", "a", "ө" * 9]
    monkeypatch.setattr(lexicon, "SPLIT_AFTER", len(asked))
    lexicon.load.cache_clear()
    try:
        in_place = lexicon.load()
        found_in_place = [word in in_place.nominal for word in asked]
        found_split = [word in in_place.nominal for word in asked]  # past SPLIT_AFTER: the split lines
        assert found_in_place == found_split == [word in set(nominal) for word in asked]
        assert len(in_place.nominal) == len(nominal) and list(in_place.nominal) == nominal
        asked = [*verbs[::311], *(verb + "ә" for verb in verbs[::409]), *verbs[-2:]]
        monkeypatch.setattr(lexicon, "SPLIT_AFTER", len(asked))  # the verbs' own count: then hashed
        found_in_place = [verb in in_place.verbs for verb in asked]
        assert found_in_place == [verb in in_place.verbs for verb in asked] == [verb in set(verbs) for verb in asked]
        assert list(in_place.verbs) == verbs
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()


def test_a_table_has_blocks_of_whole_lines_each_indexed_by_its_first_word():
    table = lexicon.TABLE.read_bytes()
    header, rest = table.split(b"\n", 1)
    index_size = int(header.split()[-1][:8], 16)
    entries = rest[:index_size].decode().splitlines()
    data, start = rest[index_size:], 0
    assert len(entries) > 100
    for entry in entries:
        end = int(entry[1:9], 16)
        block = data[start:end]
        assert 0 < len(block) <= lexicon.BLOCK_BYTES and block.endswith(b"\n")
        assert block.decode().split("\n", 1)[0] == entry[17:]
        start = end
    assert start == len(data)


def test_importing_search_does_not_load_the_lexicon():
    code = (
        "import sys, desktop.search, desktop.search.engine, desktop.search.morphology\n"
        "from desktop.search import lexicon\n"
        "assert lexicon.load.cache_info().currsize == 0\n"
        "desktop.search.morphology.stems('кітаптар')\n"
        "assert lexicon.load.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_search_modules_import_each_other_not_names_of_their_package():
    """``from desktop.search import …`` at a module's top waits for the package's own import, whose __init__
    imports the engine: a thread importing the package while another imports the engine would each wait for
    the other, and one of them fails (the window imports both at once, on two threads)."""
    import ast

    folder = ROOT / "desktop" / "search"
    through_the_package = [
        f"{path.name}:{node.lineno}"
        for path in sorted(folder.glob("*.py"))
        if path.name != "__init__.py"
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.ImportFrom) and node.module == "desktop.search"
    ]
    assert through_the_package == []


def test_a_command_that_meets_a_damaged_block_answers_without_the_lexicon(table_in, capsysbinary):
    from desktop.cli import main

    known = table_in(_same_length_change(lexicon.TABLE.read_bytes(), "тауып", "тауыб"))
    assert main(["search", "тауып", "--json"]) == 0  # the bundled article: the query's analysis meets the block
    assert known.damaged
    out, err = capsysbinary.readouterr()
    assert json.loads(out)["query"] == "тауып" and err == b""
