"""What can be wrong with an article file: every problem by code, and the error that carries one.

Apart from the loader so that catching a ``ContentError`` (the window does it from its
first moment) does not import the loader, which the start does not otherwise need.
"""

from __future__ import annotations

MESSAGES = {
    "unreadable": "cannot read file: {reason}",
    "not_utf8": "not valid UTF-8 text",
    "no_opening_fence": "the file must start with a '+++' line opening the metadata",
    "no_closing_fence": "the metadata block opened on line 1 is never closed with '+++'",
    "invalid_toml": "invalid metadata: {reason}",
    "unknown_key": "unknown metadata key '{key}'",
    "empty_text": "metadata '{key}' must be a non-empty text",
    "bad_date": "metadata 'date' must be a date such as 2025-11-15",
    "no_sections": "metadata must declare at least one [[sections]] entry",
    "section_not_table": "each [[sections]] entry must be a table of keys (id, label, icon), not {kind}",
    "too_deep": "invalid metadata: values nested too deeply",
    "not_regular_file": "not a regular file (a folder, device, pipe or socket cannot be read as an article)",
    "too_large": "the file is {size}, larger than the {limit} an article may be",
    "unsupported_format": "cannot read '{suffix}' files: the reader opens .md, .txt, .html, .htm and .epub",
    "bad_text": "{reason}",
    "bad_epub": "not a readable EPUB book: {reason}",
    "text_too_large": "its text is more than the {limit} an article may hold",
    "no_text": "the file has no readable text",
    "unknown_section_key": "unknown section key '{key}'",
    "section_needs": "section entry needs a non-empty '{key}'",
    "bad_section_id": "section id '{id}' must use lowercase letters, digits and hyphens",
    "duplicate_section": "section id '{id}' is declared twice",
    "bad_icon": "icon '{icon}' must be a qtawesome name such as 'fa6s.book-open'",
    "empty_heading": "section 'heading' must be a non-empty text",
    "heading_not_lead": "only the first (lead) section may declare 'heading'; the others take it from their '## ' line",
    "empty_section": "section '{id}' has no text",
    "bad_heading_level": "only '## Heading {{#section-id}}' headings are allowed",
    "heading_without_id": "a heading must end with its section id, as in '## Heading {{#west}}'",
    "undeclared_section": "heading for '{id}' has no [[sections]] entry in the metadata",
    "wrong_section_order": "expected the section '{expected}' here (metadata order), found '{id}'",
    "lead_has_heading_line": (
        "section '{id}' declares a heading in the metadata, so it must be the lead text before the first '## ' line"
    ),
    "lead_needs_heading": (
        "text before the first heading needs a lead section: give section '{id}' a 'heading' in the metadata"
    ),
    "empty_list_item": "empty list item",
    "line_break_in_text": "a line break character ({char}) inside a text: put each paragraph on a line of its own",
    "missing_section": "section '{id}' is declared in the metadata but has no '## ... {{#{id}}}' heading",
}
"""Every problem the loader reports, by code; the window shows them in its own language."""


def os_problem(error: OSError) -> dict[str, str]:
    """An OS error's details for a ContentError: its words as the system gives them (English, for the
    command line) and its errno's name (``EACCES``), by which the window and a translated command line
    word it in their language; no name for an error without a number."""
    return {"reason": str(error.strerror or error), "errno": errno_name(error)}


def errno_name(error: OSError) -> str:
    """An OS error's errno name (``EACCES``); empty for an error without a number."""
    import errno  # here: the window's start and a search import this module and meet no error

    return errno.errorcode.get(error.errno, "") if isinstance(error.errno, int) else ""


class ContentError(ValueError):
    """A problem in an article source, located by file and line, with a code and its details."""

    def __init__(self, code: str, line: int, origin: str = "<article>", **params: str) -> None:
        self.code = code
        self.params = params
        self.message = MESSAGES[code].format(**params)
        super().__init__(self.message)
        self.line = line
        self.origin = origin

    def __str__(self) -> str:
        return f"{self.origin}:{self.line}: {self.message}"

    @property
    def where(self) -> str:
        """The file, and the line when the problem has one (``file:12``), as messages name the place."""
        return f"{self.origin}:{self.line}" if self.line else self.origin
