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
    assert {"бар", "оқы", "тыңда", "қой", "ки", "шық"} <= known.verbs  # бару, оқу, тыңдау, қою, кию, шығу
    assert all(word in known.nominal for word in ("кітап", "мемлекет", "білім", "су", "тау"))
    assert not {"та", "са", "оқ"} & known.verbs  # тау, сау are nouns in -у; оқу is оқы-


def test_a_verbs_dictionary_form_gives_its_stem():
    assert lexicon.verb_stems("бару") == ["бар"]
    assert lexicon.verb_stems("тыңдау") == ["тыңда"]
    assert lexicon.verb_stems("қою") == ["қой"]
    assert lexicon.verb_stems("кию") == ["ки"]
    assert lexicon.verb_stems("шығу") == ["шығ", "шық"]
    assert lexicon.verb_stems("оқу") == ["оқы"]
    assert lexicon.verb_stems("тау") == []  # a noun in -у: no verb та-


def test_a_damaged_table_leaves_search_without_a_lexicon(tmp_path, monkeypatch):
    damaged = tmp_path / "lexicon.bin"
    damaged.write_bytes("жоқ\nбар\n\nкел\n".encode())  # out of order: not a table we wrote
    monkeypatch.setattr(lexicon, "TABLE", damaged)
    lexicon.load.cache_clear()
    try:
        assert len(lexicon.load()) == 0
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
