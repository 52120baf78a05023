"""PDF export and printing: the article typeset on pages with the bundled font.

QTextDocument lays out the same HTML the reader shows, in print colours; QPdfWriter
(QtGui, no printer needed) writes PDF, QPrintPreviewDialog shows and prints pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop import branding
from desktop.content.atomic import replacing
from desktop.content.export import ExportMark, byline, html_body
from desktop.ui.themes import COLORS, Theme, reading_style_sheet

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from desktop.content import Article
    from desktop.content.export import Picture
    from desktop.content.model import Figure

PRINT_FONT_SIZE = 11.0
MARGINS_MM = QMarginsF(20, 18, 20, 18)
PRINT_PICTURE_WIDTH = 480
"""The widest a book's picture is printed, in the document's pixels (about the width of the text on A4)."""


def article_document(article: Article, font_family: str, marks: Sequence[ExportMark] = ()) -> QTextDocument:
    """The article laid out for paper: dark text on white, the bundled serif, the highlights if given."""
    document = QTextDocument()
    font = QFont(font_family)
    font.setPointSizeF(PRINT_FONT_SIZE)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(reading_style_sheet(COLORS[Theme.LIGHT]))
    document.setHtml(html_body(article, marks, _print_pictures(article, document)))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, article.title)
    return document


def _print_pictures(article: Article, document: QTextDocument) -> Callable[[Figure], Picture | None] | None:
    """A book's pictures, decoded at their printed size and given to the document as its resources."""
    images = article.images
    if images is None:
        return None
    from PySide6.QtCore import QUrl

    from desktop.ui.pictures import decode_picture, fitted, natural_size

    shown: list[str] = []

    def picture(figure: Figure) -> Picture | None:
        size = natural_size(images, figure.image)
        data = images.read(figure.image) if size is not None else None
        if size is None or not data:
            return None
        size = fitted(size, PRINT_PICTURE_WIDTH)
        image = decode_picture(data, size, 2.0)  # twice the pixels: sharp on paper
        if image is None:
            return None
        shown.append(figure.image)
        url = f"book:{len(shown) - 1}"
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url), image)
        return url, size.width(), size.height()

    return picture


PDF_END = b"%%EOF"


def check_pdf(path: Path) -> None:
    """Raise OSError unless path holds a whole PDF: its header, and its end-of-file marker last."""
    size = path.stat().st_size
    with path.open("rb") as file:
        head = file.read(5)
        file.seek(max(0, size - 64))
        tail = file.read()
    if head != b"%PDF-" or PDF_END not in tail:
        raise OSError(f"the PDF was not written completely ({size} bytes; is the disk full?)")


def write_pdf(article: Article, path: Path, font_family: str, marks: Sequence[ExportMark] = ()) -> None:
    """Write the article as an A4 PDF, atomically; raises OSError (the target untouched) on failure."""
    with replacing(path, check=check_pdf) as temporary:
        _typeset_pdf(article, temporary, font_family, marks)


def _typeset_pdf(article: Article, path: Path, font_family: str, marks: Sequence[ExportMark]) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(article.title)
    writer.setCreator(f"{branding.current().name} ({byline(article)})")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    document = article_document(article, font_family, marks)
    document.print_(writer)
    del writer  # finishes the file; QPdfWriter reports no errors, check_pdf reads what it wrote


def print_with_preview(parent, article: Article, font_family: str, marks: Sequence[ExportMark] = ()) -> None:
    """Show the article's pages in Qt's print preview, from which the reader prints."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(article.title)
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    document = article_document(article, font_family, marks)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(article.title)
    dialog.paintRequested.connect(document.print_)
    dialog.exec()
