"""Saved web pages in the library: their metadata in the catalogue, and no page stops a folder import."""

from __future__ import annotations

PARAGRAPH = "Ауданның диқандары биылғы егін жинау науқанын толық аяқтады, қырық екі мың гектардан астық жиналды."


def test_a_pages_title_date_and_source_are_what_the_library_lists(library, tmp_path):
    page = tmp_path / "saved" / "egin.html"
    page.parent.mkdir()
    page.write_bytes(
        (
            "<html><head><meta charset='windows-1251'><title>Егін | Дала ақпарат</title>"
            "<meta property='og:site_name' content='Дала ақпарат'>"
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Егін жинау аяқталды", '
            '"datePublished": "2025-10-21T09:00:00+05:00"}</script></head>'
            f"<body><nav><a href='/'>Басты бет</a></nav><article><p>{PARAGRAPH}</p></article></body></html>"
        ).encode("cp1251", "xmlcharrefreplace")
    )
    entry, outcome = library.add_file(page)
    assert outcome == "added"
    assert (entry.title, entry.date, entry.source) == ("Егін жинау аяқталды", "2025-10-21", "Дала ақпарат")
    assert {hit.article for hit in library.search("диқандары").hits} == {entry.id}


def test_deeply_nested_and_unclosed_pages_never_stop_a_folder_import(library, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a-deep.html").write_text(
        "<html><body>" + "<div>" * 5_000 + f"<p>{PARAGRAPH}" + "</div>" * 5_000, encoding="utf-8"
    )
    (folder / "b-unclosed.html").write_text("<html><body>" + f"<p>{PARAGRAPH}" * 1_500, encoding="utf-8")
    (folder / "c-menu-only.html").write_text("<html><body><nav><a href='/'>Басты бет</a></nav>", encoding="utf-8")
    (folder / "d-plain.html").write_text(f"<html><body><p>{PARAGRAPH}</p></body></html>", encoding="utf-8")
    report = library.add_paths([folder])
    assert sorted(path.name for path in report.added) == ["a-deep.html", "b-unclosed.html", "d-plain.html"]
    skipped = [(path.name, reason) for path, reason in report.skipped]
    assert skipped == [("c-menu-only.html", "the file has no readable text")]
