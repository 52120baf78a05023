"""Every problem a reader meets with a file, a book, an archive or a store, told in Kazakh and Russian
without English words left in it, and in English; made from real damaged files."""

from __future__ import annotations

import ast
import inspect
import os
import re

import pytest

from desktop.content import ContentError, load_article
from desktop.ui import translations
from desktop.ui.content_errors import (
    OS_ERRORS,
    describe,
    describe_notice,
    describe_os_error,
    describe_reason,
    technical,
)
from tests.helpers.damaged import assert_told_in, damaged_files, latin_words

LANGUAGES = ("kk", "ru")


@pytest.fixture(scope="module")
def damaged(tmp_path_factory) -> dict[str, ContentError]:
    """Each damaged file's problem, as the loader raises it."""
    problems = {}
    for problem, path in damaged_files(tmp_path_factory.mktemp("damaged")).items():
        with pytest.raises(ContentError) as caught:
            load_article(path)
        problems[problem] = caught.value
    return problems


@pytest.fixture
def speak(qapp):
    """Install an interface language for one test, then go back to Kazakh."""
    yield translations.install
    translations.install("kk")


def _quoted(error: ContentError) -> tuple[str, ...]:
    return (error.origin,)


PROBLEMS = [
    "epub cut short",
    "epub with a damaged directory",
    "epub with an unknown compression",
    "epub that is no archive",
    "epub whose package is not XML",
    "text that is not text",
    "page that is not text",
    "article with bad metadata",
    "article with an unclosed string",
    "missing text",
    "folder named as a book",
    "a file taken for a folder",
    "name too long",
    "link to itself",
    "read that fails",
]


def test_the_damaged_files_are_the_problems_they_are_named_for(damaged):
    assert set(damaged) == set(PROBLEMS)
    english = {problem: error.message for problem, error in damaged.items()}
    assert "cut off" in english["epub cut short"]
    assert "Bad magic number for central directory" in english["epub with a damaged directory"]
    assert "method 99" in english["epub with an unknown compression"]
    assert "not well-formed XML" in english["epub whose package is not XML"]
    assert english["article with bad metadata"] == "invalid metadata: Expected '=' after a key in a key/value pair"
    assert [damaged[name].params.get("errno") for name in PROBLEMS[9:]] == [
        "ENOENT", None, "ENOTDIR", "ENAMETOOLONG", "ELOOP", "EIO"
    ]  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("problem", PROBLEMS)
def test_each_problem_is_told_without_english(damaged, speak, language, problem):
    speak(language)
    error = damaged[problem]
    told = describe(error)
    assert_told_in(language, told, _quoted(error))
    assert told != describe_in("en", error)


def describe_in(language: str, error: ContentError) -> str:
    translations.install(language)
    try:
        return describe(error)
    finally:
        translations.install("kk")


@pytest.mark.parametrize("problem", PROBLEMS)
def test_each_problem_is_told_in_english_too(damaged, speak, problem):
    speak("en")
    told = describe(damaged[problem])
    assert not re.search("[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", told), told
    assert latin_words(told)


def test_the_technical_detail_keeps_the_english_words_and_the_errno(damaged):
    missing = damaged["missing text"]
    assert technical(missing) == f"{missing.origin}: cannot read file: {os.strerror(2)}\n[ENOENT]"
    assert "Bad magic number for central directory" in technical(damaged["epub with a damaged directory"])


def test_a_message_left_in_english_fails_the_check(qapp):
    """The check can fail: a reason the window does not know stays English, and is caught."""
    unknown = ContentError("bad_epub", 0, "book.epub", reason="the frobnicator is out of order")
    told = describe(unknown)
    assert told.endswith("the frobnicator is out of order")
    with pytest.raises(AssertionError, match="English left"):
        assert_told_in("kk", told, ("book.epub",))
    with pytest.raises(AssertionError, match="English left"):
        assert_told_in("ru", "не удалось прочитать файл: Permission denied")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", sorted(OS_ERRORS))
def test_every_system_error_has_its_words(speak, language, code):
    import errno

    speak(language)
    error = OSError(getattr(errno, code), "the system's English words", "/data/file.txt")
    assert_told_in(language, describe_os_error(error))


def test_an_errno_without_words_of_its_own_is_named_by_its_code(qapp):
    import errno

    assert describe_os_error(OSError(errno.EPROTO, "Protocol error")) == "жүйе қатесі EPROTO"


def _toml_messages() -> list[str]:
    """What Python's TOML reader says of a bad document, each fixed text with a sample in place of its
    details (read from its source: a message added in a new Python is found here)."""
    from tomllib import _parser

    messages = []
    for node in ast.walk(ast.parse(inspect.getsource(_parser))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "suffixed_err" and len(node.args) == 3:
            text = node.args[2]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                messages.append(text.value)
            elif isinstance(text, ast.JoinedStr):
                messages.append("".join(v.value if isinstance(v, ast.Constant) else "'x'" for v in text.values))
    assert len(messages) > 15
    return sorted(set(messages))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_problem_the_toml_reader_finds_is_told(speak, language):
    speak(language)
    for message in _toml_messages():
        told = describe(ContentError("invalid_toml", 2, "article.md", reason=message))
        assert_told_in(language, told, ("'x'",))


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_was_skipped_in_a_book_is_told(tmp_path, speak, language):
    from tests.helpers import books

    path = books.long_book(tmp_path / "кітап.epub", 6, broken=3, missing=4)
    notices = load_article(path).notices
    assert len(notices) == 2
    speak(language)
    for notice in notices:
        assert_told_in(language, describe_notice(notice))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_librarys_reasons_for_skipped_files_are_told(tmp_path, speak, language):
    """A folder added with files the library cannot add: each reason, as the window's report shows it."""
    from desktop.library import Library

    folder = tmp_path / "қалта"
    damaged_files(folder)
    (folder / "кескін.pdf").write_bytes(b"%PDF-1.4")
    library = Library(tmp_path / "data")
    try:
        report = library.add_paths([folder])
    finally:
        library.close()
    reasons = [reason for _path, reason in report.skipped]
    assert len(reasons) >= 10
    speak(language)
    for path, reason in report.skipped:
        assert_told_in(language, describe_reason(reason), (str(path), path.name))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_store_that_cannot_be_opened_is_told(tmp_path, speak, language):
    from desktop.storage.database import StorageError
    from desktop.userdata.annotations import AnnotationStore

    folder = tmp_path / "notes.sqlite"
    folder.mkdir()
    with pytest.raises(StorageError) as caught:
        AnnotationStore(folder)
    speak(language)
    assert_told_in(language, describe_reason(str(caught.value)), (str(folder),))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_damaged_store_set_aside_is_told(tmp_path, speak, language):
    from desktop.userdata.annotations import AnnotationStore

    damaged = tmp_path / "notes.sqlite"
    damaged.write_bytes(b"not a database" * 100)
    store = AnnotationStore(damaged)
    store.close()
    assert store.problem and "was damaged" in store.problem
    speak(language)
    assert_told_in(language, describe_reason(store.problem), tuple(p.name for p in tmp_path.iterdir()))


@pytest.mark.parametrize(
    ("english", "kazakh"),
    [
        ("META-INF/container.xml names OEBPS/a.opf, which is not in the archive; the package document b.opf is read "
         "instead", "META-INF/container.xml файлында аталған OEBPS/a.opf архивте жоқ; оның орнына b.opf пакет құжаты "
         "оқылды"),
        ("META-INF/container.xml is not well-formed XML: mismatched tag: line 1, column 5; the package document b.opf "
         "is read instead",
         "META-INF/container.xml дұрыс XML емес (1-жол, 5-баған); оның орнына b.opf пакет құжаты оқылды"),
        ("it names OEBPS/c9.xhtml, which is not in the archive: skipped",
         "онда аталған OEBPS/c9.xhtml архивте жоқ: өткізілді"),
        ("none of its content documents can be read (OEBPS/c1.xhtml is cut off: skipped)",
         "оның бірде-бір мәтін құжатын оқу мүмкін болмады (OEBPS/c1.xhtml файлының соңы жоқ: өткізілді)"),
        ("cannot write to /data/notes.sqlite: database or disk is full",
         "/data/notes.sqlite файлына жазу мүмкін болмады: дискіде бос орын жоқ"),
        ("cannot open /data/notes.sqlite: [Errno 13] Permission denied: '/data/notes.sqlite'",
         "/data/notes.sqlite файлын ашу мүмкін болмады: рұқсат жоқ"),
    ],
)  # fmt: skip
def test_a_detail_within_a_detail_is_told_by_the_pattern_made_for_it(qapp, english, kazakh):
    assert describe_notice(english) == kazakh


def _sample(expression: str, around: str) -> str:
    """A value like the one an f-string of the formats puts in its message, chosen by its expression
    and the message's own words (``around``)."""
    if "MAX" in expression or "len(" in expression:
        return "20,000"
    if expression == "method":
        return "99"
    if expression == "named":
        return "bzip2"
    if expression == "idref":
        return "'c9'"
    if expression == "problem":
        return "META-INF/container.xml names no package document"
    if expression.startswith("skipped"):
        return "OEBPS/c1.xhtml is cut off: skipped"
    if expression == "error":
        if "larger than the reader accepts" in around:
            return "more than 7 elements"
        if "XML" in around:
            return "mismatched tag: line 1, column 2"
        if around == ": skipped":
            return "it names OEBPS/c9.xhtml, which is not in the archive"
        return "invalid block type"
    return "OEBPS/c1.xhtml"


def _source_messages(module, raised: set[str], lists: set[str], sample) -> list[str]:
    """Every message a module raises (as one of ``raised``) or appends to one of ``lists``, worded in
    English in its source, with ``sample(expression, the message's own words)`` in place of each detail:
    a message added there is checked here."""
    messages = []
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in raised and not (name == "append" and ast.unparse(node.func.value) in lists):
            continue
        text = node.args[0]
        if isinstance(text, ast.Tuple):  # (path, reason)
            text = text.elts[-1]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            messages.append(text.value)
        elif isinstance(text, ast.Name) and isinstance(getattr(module, text.id, None), str):
            messages.append(getattr(module, text.id))  # a message kept in a constant
        elif isinstance(text, ast.JoinedStr):
            words = "".join(part.value for part in text.values if isinstance(part, ast.Constant))
            messages.append(
                "".join(
                    part.value if isinstance(part, ast.Constant) else sample(ast.unparse(part.value), words)
                    for part in text.values
                )
            )
    return sorted(set(messages))


def _format_messages() -> list[str]:
    """Every message the EPUB and ZIP readers raise or note in words of their own."""
    from desktop.content.formats import epub, zip_members

    raised = {"ZipMemberError", "EpubError", "_MissingError"}
    messages = [
        *_source_messages(zip_members, raised, {"notices"}, _sample),
        *_source_messages(epub, raised, {"notices"}, _sample),
    ]
    assert len(messages) > 25
    return messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_of_the_epub_and_zip_readers_is_told(speak, language):
    speak(language)
    for message in _format_messages():
        told = describe_notice(message)
        assert told != message, message
        assert_told_in(language, told, ("'c9'", "bzip2"))


NOTES_SAMPLES = {
    "where": "annotation 3",
    "MAX_OFFSET": "2,147,483,648",
    "problem": "its quote is not the text at its offsets",
    "anchor.passage": "4",
    "size": "9,000,000 bytes",
    "FORMAT": "oqyrman-notes",
    "VERSION": "1",
    "title": "'Басқа'",
    "article.title": "'Дала'",
    "error": "Expecting value: line 1 column 1 (char 0)",
    "name": "quote",
}
"""A value for each detail of the notes file's messages (field names are quoted on purpose)."""


def _notes_sample(expression: str, _words: str) -> str:
    sample = next((value for key, value in NOTES_SAMPLES.items() if expression.startswith(key)), None)
    return sample if sample is not None else ("8" if "MAX" in expression else "quote, note")


def _notes_messages() -> list[str]:
    """Every problem ``desktop.userdata.notes_io`` words in English, raised or reported."""
    from desktop.userdata import notes_io

    messages = _source_messages(notes_io, {"NotesFileError"}, {"report"}, _notes_sample)
    assert len(messages) > 12
    return messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_problem_of_a_notes_file_is_told(speak, language):
    from desktop.ui.content_errors import describe_notes_problem

    speak(language)
    quoted = ("quote", "note", "annotations", "passage", "start", "end", "format", "oqyrman-notes", "Oqyrman")
    for message in _notes_messages():
        told = describe_notes_problem(message)
        assert told != message, message
        assert_told_in(language, told, quoted)


def _text_sample(expression: str, words: str) -> str:
    if "strerror" in expression:
        return os.strerror(13)
    if "suffix" in expression:
        return ".pdf"
    if "encoding" in expression:
        return "UTF-16"
    if "max" in expression.lower():
        return "1,000"
    if expression == "error":
        return "more than 7 elements" if "the page has" in words else "Symlink loop from '/data/a'"
    return "7"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_problem_of_a_text_a_page_or_a_library_import_is_told(speak, language):
    """The plain text's and the saved page's problems, the page's limits, and why the library skipped a file."""
    from desktop.content.formats import html_tree, plain_text, web_page
    from desktop.library import catalogue

    messages = [
        *_source_messages(plain_text, {"TextFormatError"}, set(), _text_sample),
        *_source_messages(web_page, {"TextFormatError"}, set(), _text_sample),
        *_source_messages(html_tree, {"TreeLimitError"}, set(), _text_sample),
        *_source_messages(catalogue, set(), {"report.skipped"}, _text_sample),
    ]
    assert len(messages) > 10
    speak(language)
    for message in messages:
        told = describe_reason(message)
        assert told != message, message
        assert_told_in(language, told, ("'/data/a'",))


def test_a_text_longer_than_the_patterns_budget_is_shown_as_it_is_worded(qapp):
    """Some patterns hold open groups whose matching grows with the cube of a text made to defeat them."""
    from desktop.ui.content_errors import MAX_PHRASED, describe_notes_problem

    long = "cannot open " + "a: " * (MAX_PHRASED // 3)
    assert len(long) > MAX_PHRASED
    assert describe_reason(long) == describe_notice(long) == describe_notes_problem(long) == long
    assert describe_reason("cannot open /data/notes.sqlite: the disk is full (disk I/O error)") == (
        "/data/notes.sqlite файлын ашу мүмкін болмады: дискіде бос орын жоқ"
    )
