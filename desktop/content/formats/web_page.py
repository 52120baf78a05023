"""Web pages saved from a news site (.html, .htm): the article's own text, not the page around it.

The page is parsed with the standard library's html.parser into a small tree. Scripts,
styles, navigation, headers, footers, asides, forms, comments and elements whose class or
id says they are comments, ads, share buttons or related links are left out. The article
is the <article> element, else <main>, else the element holding the most paragraph text.
Its h1–h3 headings start sections. Title, date and source come from the page's metadata
(Open Graph, article:published_time, <time>, <title>). Nothing is fetched: images and links
are not followed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.content.formats.build import ArticleBuilder, clean
from desktop.content.formats.html_tree import Element, parse

__all__ = ["Element", "PageInfo", "collect_blocks", "parse", "prune", "read_web_page"]

SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe",
     "svg", "canvas", "select", "textarea", "figure", "object", "embed"}
)  # fmt: skip
CLUTTER = ("comment", "advert", "banner", "share", "social", "related", "subscribe", "cookie", "promo", "sidebar")
VOID = frozenset({"area", "base", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd", "dt"})
HEADINGS = frozenset({"h1", "h2", "h3"})


def _is_clutter(element: Element) -> bool:
    if element.tag in SKIPPED or element.tag in VOID:
        return True
    marks = f"{element.attrs.get('class', '')} {element.attrs.get('id', '')} {element.attrs.get('role', '')}".lower()
    return any(word in marks for word in CLUTTER) or "navigation" in marks or element.attrs.get("hidden") is not None


def prune(element: Element) -> Element:
    """A copy of ``element`` without its clutter (built with a stack, not recursion)."""
    copy = Element(element.tag, element.attrs)
    pending: list[tuple[Element, Element]] = [(element, copy)]
    while pending:
        original, made = pending.pop()
        for child in original.children:
            if isinstance(child, str):
                made.children.append(child)
            elif not _is_clutter(child):
                kept = Element(child.tag, child.attrs, made)
                made.children.append(kept)
                pending.append((child, kept))
    return copy


def _paragraph_weight(element: Element) -> int:
    return sum(len(clean(node.text())) for node in element.iter() if node.tag == "p")


def main_content(root: Element) -> Element:
    """The element holding the article: <article>, <main>, else the one with the most paragraph text."""
    body = prune(root)
    for tag in ("article", "main"):
        candidates = [element for element in body.iter() if element.tag == tag]
        if candidates:
            return max(candidates, key=_paragraph_weight)
    containers = [element for element in body.iter() if element.tag not in BLOCKS]
    return max(containers, key=lambda element: (_direct_paragraph_weight(element), -sum(1 for _ in element.iter())))


def _direct_paragraph_weight(element: Element) -> int:
    return sum(
        len(clean(child.text())) for child in element.children if isinstance(child, Element) and child.tag == "p"
    )


def collect_blocks(element: Element, builder: ArticleBuilder, title: str) -> None:
    pending: list[Element | str] = list(reversed(element.children))
    while pending:
        child = pending.pop()
        if isinstance(child, str):
            continue
        if child.tag in HEADINGS:
            text = clean(child.text())
            if text and text != title:
                builder.heading(text)
        elif child.tag == "li":
            builder.list_item(child.text())
        elif child.tag in BLOCKS:
            builder.paragraph(child.text())
        else:
            pending.extend(reversed(child.children))


@dataclass
class PageInfo:
    title: str
    date: dt.date | None
    source: str


def page_info(root: Element) -> PageInfo:
    meta: dict[str, str] = {}
    title_tag = ""
    time_value = ""
    h1 = ""
    for element in root.iter():
        if element.tag == "meta":
            key = (element.attrs.get("property") or element.attrs.get("name") or "").lower()
            if key and "content" in element.attrs:
                meta.setdefault(key, element.attrs["content"])
        elif element.tag == "title" and not title_tag:
            title_tag = clean(element.text())
        elif element.tag == "time" and not time_value:
            time_value = element.attrs.get("datetime", "")
        elif element.tag == "h1" and not h1:
            h1 = clean(element.text())
    title = clean(meta.get("og:title", "")) or h1 or title_tag
    date_text = meta.get("article:published_time") or meta.get("date") or meta.get("dc.date") or time_value
    source = clean(meta.get("og:site_name", "")) or _site_of(meta.get("og:url", ""))
    return PageInfo(title, _date(date_text), source)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10]) if text.strip() else None
    except ValueError:
        return None


def _site_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


def read_web_page(markup: str) -> tuple[PageInfo, ArticleBuilder]:
    root = parse(markup)
    info = page_info(root)
    builder = ArticleBuilder()
    collect_blocks(main_content(root), builder, info.title)
    return info, builder
