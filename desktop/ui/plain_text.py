"""Text from an article (or a file name, a query, an error) shown by Qt as exactly those characters.

Qt guesses: a label, a tooltip or a message box whose text looks like HTML (``<b>``, ``<img
src=…>``, ``<a href=…>``) is rendered as HTML. An article may hold such text and must show it
literally, so widgets that take it either get the plain-text format or this escaped form.
"""

from __future__ import annotations

from desktop.content.export import escape


def as_rich_text(text: str) -> str:
    """Rich text that displays ``text`` literally, line breaks kept (for tooltips and message boxes)."""
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"
