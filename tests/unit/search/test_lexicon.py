"""The stem lexicon: compiled from the shipped Hunspell dictionary, fresh, loaded only when needed."""

from __future__ import annotations

import subprocess
import sys

from desktop.search import lexicon
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


def test_a_damaged_table_leaves_search_without_a_lexicon(tmp_path, monkeypatch):
    damaged = tmp_path / "lexicon.bin"
    damaged.write_bytes("жоқ\nбар\n\nкел\n".encode())  # out of order: not a table we wrote
    assert _words_loaded_from(damaged, monkeypatch) == 0


def test_a_changed_table_is_refused(tmp_path, monkeypatch):
    table = bytearray(lexicon.TABLE.read_bytes())
    table[-3:-1] = "ж".encode()  # the last verb's last letter: the table still reads, in order, as UTF-8
    changed = tmp_path / "lexicon.bin"
    changed.write_bytes(bytes(table))
    assert _words_loaded_from(changed, monkeypatch) == 0


def test_a_word_is_found_in_the_table_as_in_its_list(monkeypatch):
    """The first words asked are looked for in the table's bytes, later ones in its lines split once: the same."""
    data = lexicon.TABLE.read_bytes()
    nominal = data[data.index(b"\n") + 1 : data.index(b"\n\n")].decode().split("\n")
    asked = [*nominal[:3], *nominal[-3:], *nominal[::997], *(word + "ә" for word in nominal[::1499]), "", "a", "ө" * 9]
    monkeypatch.setattr(lexicon, "SPLIT_AFTER", len(asked))
    lexicon.load.cache_clear()
    try:
        in_place = lexicon.load()
        found_in_place = [word in in_place.nominal for word in asked]
        found_split = [word in in_place.nominal for word in asked]  # past SPLIT_AFTER: the split lines
        assert found_in_place == found_split == [word in set(nominal) for word in asked]
        assert len(in_place.nominal) == len(nominal) and list(in_place.nominal) == nominal
        verbs = list(in_place.verbs)
        asked = [*verbs[::311], *(verb + "ә" for verb in verbs[::409])]
        monkeypatch.setattr(lexicon, "SPLIT_AFTER", len(asked))  # the verbs' own count: then hashed
        found_in_place = [verb in in_place.verbs for verb in asked]
        assert found_in_place == [verb in in_place.verbs for verb in asked] == [verb in set(verbs) for verb in asked]
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()


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
