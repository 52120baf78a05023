"""PDF export: the article typeset with the bundled font, and a PDF checked whole before it replaces a file."""

import pytest

from desktop.ui.printing import article_document, check_pdf, write_pdf


def test_the_print_document_holds_the_whole_article(qapp, article, reading_font):
    document = article_document(article, reading_font)
    text = document.toPlainText()
    assert text.startswith(article.title)
    assert all(passage.text in text for passage in article.passages)
    assert document.defaultFont().family() == reading_font


def test_a_written_pdf_is_whole(qapp, article, reading_font, tmp_path):
    target = tmp_path / "article.pdf"
    write_pdf(article, target, reading_font)
    check_pdf(target)  # raises if not
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\n1 0 obj", b"not a pdf at all %%EOF"])
def test_a_truncated_or_foreign_file_is_not_a_pdf(tmp_path, content):
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(OSError, match="not written completely"):
        check_pdf(path)
