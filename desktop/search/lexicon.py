"""The stem lexicon: which Kazakh stems are nouns or adjectives, and which are verbs.

The analyser in ``desktop.search.morphology`` reads a word into every stem + suffixes
the grammar allows; this lexicon then decides which of those readings a real word can
be: verbal endings only on verb stems, nominal endings on nominal stems, and a stem
unknown to it is not guessed when a known one explains the word.

Source: the Kazakh Hunspell dictionary (``resources/lexicon/kk_KZ.dic``, shipped
unmodified; see ``resources/lexicon/copyright``), taken under the Mozilla Public
License 1.1 of its three licences. Its entries carry affix flags that tell the classes
apart: verbs are listed in the dictionary form in -у/-ю with the verbal flags, every
other entry (nouns, adjectives, names, and many derived or inflected words) is nominal.
``compile_source`` turns it into a compact table (``lexicon.bin``, 0.85 MiB against the source's 2.1):
a header line, an index, then the two word lists, sorted, as UTF-8 lines in blocks of at most ``BLOCK_BYTES``;
the index has each block's end, CRC-32 and first word. It is written by ``scripts/build_resources.py`` and
checked fresh by a test. ``load`` reads and checks the header and the index once, at the first word analysed,
never at start-up; a block is read and checked when a word first needs it. A command line's search asks a handful
of words: the few blocks they are in are all it reads of the table (reading and checking the whole table was
about a tenth of the pages the command touches). A table refused on load (not one this module wrote, cut short,
its index damaged) leaves search without a lexicon; a block found damaged later (the file changed or damaged
since) leaves it without one from then on (``Lexicon.damaged``, ``on_damage``). A long session (the window, an
import) asks thousands of words; after ``SPLIT_AFTER`` words the blocks are split into lists of lines as they
are asked, ten times faster a word (figures in docs/benchmarks.md).
"""

from __future__ import annotations

import bisect
import os
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise

from desktop.records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

TABLE_FILE = os.path.join(os.path.dirname(__file__), "lexicon.bin")
"""The compiled table read by ``load`` (``TABLE``, below, is it as a Path)."""
VERB_FLAG = "M"
"""The Hunspell affix class the dictionary gives verbs (in -у/-ю); nominal entries carry A or B."""
_VOWELS = frozenset("аәеоөұүыіиуэюя")
_BACK = frozenset("аоұыя")
_FRONT = frozenset("әеөүіэ")
MISFLAGGED = frozenset(("аю", "қару", "елу"))
"""Entries the source flags as verbs that are nouns or numerals (аю "bear" is no verb ай-, қару
"weapon" no қар-, елу "fifty" no ел-)."""
_UNVOICED = {"б": "п", "г": "к", "ғ": "қ"}
MAX_TABLE_BYTES = 8 * 1024 * 1024
"""A compiled table larger than this is not the one we ship: it is not read (no lexicon)."""


HEADER = b"oqyrman-lexicon 2 "
"""The table's first line: this, the length of the index and its CRC-32, each in 8 hexadecimal digits."""
BLOCK_BYTES = 4096
"""A block's most bytes (whole lines; one page): a command line's search asks a handful of words, found in two to four
of the table's 212 blocks."""
SPLIT_AFTER = 32
"""Words asked of one list in place before its blocks are split into lists of lines as they are asked: a word costs
a few µs in place and under 1 µs in a list. A command line's query asks a handful; the window's first search
analyses every word of the article (some 3,800 questions)."""
WHOLE_AFTER = 16
"""Blocks read one by one before the rest of the table is read at once (a session that asks thousands of words)."""
_ENTRY = 17
"""An index line's fixed start: the list (``n`` nominal, ``v`` verbs), the block's end and its CRC-32 (8 hexadecimal
digits each); its first word follows, then a newline."""


class DamagedBlockError(Exception):
    """A block of the table was not as its index says (cut short, changed, unreadable) when first read."""


class _Table:
    """A compiled table's index (read and checked on load) and its blocks, each read and checked when first needed.

    A block that fails its check makes the whole table ``damaged``: from then on every list of it answers as an
    empty one, and ``on_damage``'s callbacks (the analyser's caches) are called, so no answer mixes the lexicon's
    words with a lexicon that stopped answering.
    """

    __slots__ = ("_blocks", "_data_start", "_entries", "_file", "_reads", "damaged")

    def __init__(self, file: str, data_start: int, entries: list[bytes]) -> None:
        self._file, self._data_start, self._entries = file, data_start, entries
        self._blocks: list[bytes | None] = [None] * len(entries)
        self._reads = 0
        self.damaged = False

    def block(self, number: int) -> bytes:
        """Block ``number``'s lines; DamagedBlockError (the table then marked damaged) if not as indexed.

        After ``WHOLE_AFTER`` blocks read one by one (a long session: the window's first search reads nearly all),
        the rest are read at once, in one read of the file rather than one each."""
        block = self._blocks[number]
        if block is not None:
            return block
        if self.damaged:
            raise DamagedBlockError(self._file)
        self._reads += 1
        first, last = (number, number + 1) if self._reads <= WHOLE_AFTER else (0, len(self._entries))
        start = self._start(first)
        try:
            with open(self._file, "rb", buffering=0) as table:
                table.seek(self._data_start + start)
                data = table.read(self._start(last) - start)
        except OSError:
            data = b""
        found = b""
        for reading in range(first, last):
            if self._blocks[reading] is None:
                checked = self._checked(reading, data[self._start(reading) - start : self._start(reading + 1) - start])
                self._blocks[reading] = checked
                if reading == number:
                    found = checked
        return found

    def _start(self, number: int) -> int:
        """Where block ``number`` starts (the end of the one before it), from the end of the index."""
        return int(self._entries[number - 1][1:9], 16) if number else 0

    def _checked(self, number: int, block: bytes) -> bytes:
        """``block`` if it is as the index says (its length, CRC-32, first word); else the table is damaged."""
        entry = self._entries[number]
        if (
            len(block) != self._start(number + 1) - self._start(number)
            or zlib.crc32(block) != int(entry[9:_ENTRY], 16)
            or not block.startswith(entry[_ENTRY:] + b"\n")
        ):
            self.damaged = True
            Lexicon.damage_found += 1
            for callback in _ON_DAMAGE:
                callback()
            raise DamagedBlockError(self._file)
        return block


_ON_DAMAGE: list[Callable[[], None]] = []


def on_damage(callback: Callable[[], None]) -> None:
    """Call ``callback`` when a table's block is found damaged after its load (to forget what was read with it)."""
    _ON_DAMAGE.append(callback)


class SortedWords:
    """Sorted UTF-8 words, in blocks of a ``_Table`` (``first``: each block's first word), with ``in`` by bisection.

    The block a word would be in is found by its first words, read when first asked and searched in place in its
    bytes until ``SPLIT_AFTER`` words have been asked of the list: then each block as a list of lines, or with
    ``hashed`` (the verbs: a seventh of the words, asked of every reading) the whole list as a set of words.
    """

    __slots__ = ("_asked", "_base", "_first", "_hashed", "_lines", "_table", "_words")

    def __init__(
        self, table: _Table | None = None, base: int = 0, first: list[bytes] | None = None, *, hashed: bool = False
    ) -> None:
        self._table, self._base, self._first, self._hashed = table, base, first or [], hashed
        self._lines: list[list[bytes] | None] = [None] * len(self._first)
        self._words: frozenset[str] | None = None
        self._asked = 0

    @property
    def damaged(self) -> bool:
        """Whether a block of its table was found damaged: it then answers as an empty list."""
        return self._table is not None and self._table.damaged

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or self._table is None or self._table.damaged:
            return False
        if self._words is not None:
            return word in self._words
        try:
            encoded = word.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no word of the table
            return False
        number = bisect.bisect_right(self._first, encoded) - 1
        if number < 0:
            return False
        self._asked += 1
        try:
            if self._asked > SPLIT_AFTER and self._hashed:
                self._words = frozenset(iter(self))
                return word in self._words
            lines = self._lines[number]
            if lines is None:
                block = self._table.block(self._base + number)
                if self._asked <= SPLIT_AFTER:
                    return _in_place(block, encoded)
                lines = self._lines[number] = block[:-1].split(b"\n")
        except DamagedBlockError:
            return False
        index = bisect.bisect_left(lines, encoded)
        return index < len(lines) and lines[index] == encoded

    def _all(self) -> bytes:
        """Every block's lines; empty if the table is damaged (or is found so now)."""
        if self._table is None:
            return b""
        try:
            return b"".join([self._table.block(self._base + number) for number in range(len(self._first))])
        except DamagedBlockError:
            return b""

    def __len__(self) -> int:
        return self._all().count(b"\n")

    def __iter__(self) -> Iterator[str]:
        return (line.decode("utf-8") for line in self._all().splitlines())


def _in_place(data: bytes, word: bytes) -> bool:
    """Bisection over a block's bytes (lines each ending in a newline): the line around the middle byte, then the
    half the word sorts in."""
    low, high = 0, len(data)  # low: a line's start; high: just after a newline
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", low, middle) + 1 or low
        end = data.find(b"\n", middle, high)
        line = data[start:end]
        if line < word:
            low = end + 1
        elif line > word:
            high = start
        else:
            return True
    return False


class Lexicon:
    """Known stems by class. A stem in neither list is unknown: the grammar alone decides."""

    __slots__ = ("nominal", "verbs")
    damage_found = 0
    """How many times a table's block was found damaged in this process: the analyser compares it before and after
    reading a word (a number to compare costs less than asking the lexicon, for every word)."""

    def __init__(self, nominal: SortedWords | None = None, verbs: SortedWords | None = None):
        self.nominal = SortedWords() if nominal is None else nominal
        self.verbs = SortedWords() if verbs is None else verbs

    @property
    def damaged(self) -> bool:
        """Whether a block of the table was found damaged after the load: it then answers as an empty lexicon."""
        return self.nominal.damaged or self.verbs.damaged

    def knows(self, stem: str) -> bool:
        return stem in self.nominal or stem in self.verbs

    def is_verb(self, stem: str) -> bool:
        return stem in self.verbs

    def has_family(self, word: str) -> bool:
        """Whether the lexicon lists two words derived from this one by suffixes only nouns and
        adjectives take (-лық, -лы, -сыз, -шы): қала (қалалық, қалалы), баға (бағалы, бағасыз).

        Such a word is a noun of its own, not a verb's bare converb the source happens to list
        (it lists many: бола, келе, бара, with no derived word).
        """
        front = not _BACK.intersection(word[-2:]) and bool(_FRONT.intersection(word[-3:]))
        first = "л" if word[-1:] in _VOWELS or word[-1:] in "руй" else "д" if word[-1:] in "лмнңжз" else "т"
        suffixes: tuple[str, ...] = (first + "ық", first + "ы", "сыз", "шы")
        if front:
            suffixes = tuple(suffix.replace("ы", "і") for suffix in suffixes)
        return sum(word + suffix in self.nominal for suffix in suffixes) >= 2

    def __len__(self) -> int:
        return len(self.nominal) + len(self.verbs)


def verb_stems(dictionary_form: str) -> list[str]:
    """The stems a verb's dictionary form can stand for.

    бару → бар; тыңдау → тыңда; жауу → жау; қою → қой; кию → ки; шығу → шық. After a
    consonant the -у swallows the ы/і of the few stems that end in it (оқу is оқы-,
    ``grammar.CONTRACTED_VERB_STEMS``).
    """
    if len(dictionary_form) < 2:
        return []
    stem, ending = dictionary_form[:-1], dictionary_form[-1]
    if ending == "ю":
        found = [stem if stem.endswith("и") else stem + "й"]
    elif ending != "у":
        return []
    elif stem[-1] in _VOWELS and not (stem[-1] == "у" and len(stem) > 1 and stem[-2] in _VOWELS):
        found = [stem]
    else:
        from desktop.search.grammar import CONTRACTED_VERB_STEMS

        contracted = [stem + vowel for vowel in "ыі" if stem + vowel in CONTRACTED_VERB_STEMS]
        found = contracted or [stem]
        if stem[-1] in _UNVOICED and not contracted:  # шығу is шық-: шықты, шығады
            found.append(stem[:-1] + _UNVOICED[stem[-1]])
    return [stem for stem in found if _plausible_stem(stem)]


def _plausible_stem(stem: str) -> bool:
    """A verb stem has two letters or more, and a two-letter one ending in a vowel is one of the few
    (де-, же-, су-…): the source also flags nouns in -у as verbs (тау, сау, су, ту)."""
    from desktop.search.grammar import OPEN_TWO_LETTER_STEMS

    if len(stem) < 2 or not any(char in _VOWELS for char in stem):
        return False
    return len(stem) > 2 or stem[-1] not in _VOWELS or stem in OPEN_TWO_LETTER_STEMS


def compile_source(dictionary: str) -> str:
    """The table's text from a Hunspell .dic: the header line, the index, the nominal words' blocks, the verb stems'.

    Each list sorted and cut into blocks of whole lines of at most ``BLOCK_BYTES``; the index has a line per block:
    its list, its end (from the index's end) and CRC-32 in hexadecimal, its first word.
    """
    nominal: set[str] = set()
    verbs: set[str] = set()
    lines = dictionary.lstrip("\ufeff").splitlines()[1:]  # the first line is the entry count
    for line in lines:
        word, _, flags = line.strip().partition("/")
        word = word.casefold()
        if not word or not word.isalpha():
            continue
        stems = verb_stems(word) if VERB_FLAG in flags and word not in MISFLAGGED else []
        if stems:
            verbs.update(stems)
        else:
            nominal.add(word)
    index: list[str] = []
    blocks: list[bytes] = []
    end = 0
    for kind, words in (("n", sorted(nominal)), ("v", sorted(verbs))):
        for block_words in _blocks([(word + "\n").encode("utf-8") for word in words]):
            block = b"".join(block_words)
            end += len(block)
            index.append(f"{kind}{end:08x}{zlib.crc32(block):08x}{block_words[0][:-1].decode('utf-8')}\n")
            blocks.append(block)
    index_bytes = "".join(index).encode("utf-8")
    header = f"{HEADER.decode()}{len(index_bytes):08x}{zlib.crc32(index_bytes):08x}\n"
    return header + index_bytes.decode("utf-8") + b"".join(blocks).decode("utf-8")


def _blocks(lines: list[bytes]) -> Iterator[list[bytes]]:
    """Consecutive lines in blocks of at most ``BLOCK_BYTES`` (a longer line is a block of its own)."""
    block: list[bytes] = []
    size = 0
    for line in lines:
        if block and size + len(line) > BLOCK_BYTES:
            yield block
            block, size = [], 0
        block.append(line)
        size += len(line)
    if block:
        yield block


def encode(text: str) -> bytes:
    return text.encode("utf-8")


def decode(data: bytes) -> str:
    if len(data) > MAX_TABLE_BYTES:
        raise ValueError("lexicon table larger than expected")
    return data.decode("utf-8")


def read(file: str) -> Lexicon:
    """The table's index, checked (its header, CRC-32, order, and that the blocks end where the file ends); the
    blocks are read when first asked. A table that is not one this module wrote, or damaged, is refused
    (ValueError); a block found damaged later makes the lexicon answer as an empty one (``_Table``)."""
    header_size = len(HEADER) + 17  # the header, two numbers of 8 hexadecimal digits and a newline
    with open(file, "rb", buffering=0) as table:
        size = os.fstat(table.fileno()).st_size
        if size > MAX_TABLE_BYTES:
            raise ValueError("lexicon table larger than expected")
        head = table.read(header_size + 8192)  # the index too, as the table ships
        if not head.startswith(HEADER) or head[header_size - 1 : header_size] != b"\n":
            raise ValueError("not a lexicon table")
        try:
            index_size = int(head[len(HEADER) : len(HEADER) + 8], 16)
            checksum = int(head[len(HEADER) + 8 : header_size - 1], 16)
        except ValueError:
            raise ValueError("not a lexicon table") from None
        if len(head) < header_size + index_size:
            head += table.read(header_size + index_size - len(head))
    index = head[header_size : header_size + index_size]
    if len(index) != index_size or zlib.crc32(index) != checksum or not index.endswith(b"\n"):
        raise ValueError("lexicon table damaged")
    entries = index[:-1].split(b"\n")
    if any(len(entry) <= _ENTRY or entry[:1] not in b"nv" for entry in entries):
        raise ValueError("not a lexicon table")
    nominal = [entry[_ENTRY:] for entry in entries if entry[:1] == b"n"]
    verbs = [entry[_ENTRY:] for entry in entries[len(nominal) :] if entry[:1] == b"v"]
    ends = [int(entry[1:9], 16) for entry in entries]
    if (
        len(nominal) + len(verbs) != len(entries)
        or any(first >= following for first, following in pairwise(nominal))
        or any(first >= following for first, following in pairwise(verbs))
        or any(end <= previous for previous, end in pairwise([0, *ends]))
        or header_size + index_size + (ends[-1] if ends else 0) != size
    ):
        raise ValueError("lexicon table damaged")
    blocks = _Table(file, header_size + index_size, entries)
    return Lexicon(SortedWords(blocks, 0, nominal), SortedWords(blocks, len(nominal), verbs, hashed=True))


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The compiled lexicon, its index read once. Missing or damaged, search still works without it."""
    try:
        return read(TABLE_FILE)
    except (OSError, ValueError):
        return Lexicon()


def __getattr__(name: str) -> Path:
    """``TABLE`` (the compiled table) and ``SOURCE`` (the dictionary it is compiled from) as Paths, made when
    asked for: a search reads the table without importing ``pathlib``."""
    from pathlib import Path

    if name == "TABLE":
        return Path(TABLE_FILE)
    if name == "SOURCE":
        return Path(__file__).resolve().parent.parent.parent / "resources" / "lexicon" / "kk_KZ.dic"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
