"""An article as the sentences a reader says, each with its place in the text (passage and span)."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from desktop.content.model import PassageKind
from desktop.speech.sentences import Span, split_sentences

if TYPE_CHECKING:
    from desktop.content import Article


class Sentence(NamedTuple):
    """One sentence: characters [start, end) of a passage, and its text as written."""

    passage: int
    start: int
    end: int
    text: str


def article_sentences(article: Article, section: str | None = None) -> list[Sentence]:
    """Every sentence in reading order (headings are one each), or those of one section."""
    sentences: list[Sentence] = []
    for passage in article.passages:
        if section is not None and passage.section_id != section:
            continue
        if passage.kind is PassageKind.HEADING:
            spans = [Span(0, len(passage.text))] if passage.text.strip() else []
        else:
            spans = split_sentences(passage.text)
        sentences.extend(Sentence(passage.index, start, end, passage.text[start:end]) for start, end in spans)
    return sentences


def sentence_at(sentences: list[Sentence], passage: int, offset: int) -> int:
    """The sentence holding this character (or the next one after it); 0 when none is after it."""
    for index, sentence in enumerate(sentences):
        if (sentence.passage, sentence.end) > (passage, offset):
            return index
    return 0


__all__ = ["Sentence", "article_sentences", "sentence_at"]
