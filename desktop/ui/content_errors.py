"""Article-file and notes-file problems in the interface's language.

The loader (desktop.content) reports each problem as a code with details and an
English message for the command line; the window shows the same problem through
Qt's translations, whose Kazakh source texts are here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from desktop.content import ContentError

CONTEXT = "ContentError"
TEMPLATES = {
    "unreadable": QT_TRANSLATE_NOOP("ContentError", "файлды оқу мүмкін болмады: {reason}"),
    "not_utf8": QT_TRANSLATE_NOOP("ContentError", "мәтін UTF-8 кодтауында емес"),
    "no_opening_fence": QT_TRANSLATE_NOOP("ContentError", "файл метадеректерді ашатын «+++» жолынан басталуы керек"),
    "no_closing_fence": QT_TRANSLATE_NOOP("ContentError", "1-жолда ашылған метадеректер «+++» жолымен жабылмаған"),
    "invalid_toml": QT_TRANSLATE_NOOP("ContentError", "метадеректер қате: {reason}"),
    "unknown_key": QT_TRANSLATE_NOOP("ContentError", "белгісіз метадерек кілті «{key}»"),
    "empty_text": QT_TRANSLATE_NOOP("ContentError", "«{key}» метадерегі бос емес мәтін болуы керек"),
    "bad_date": QT_TRANSLATE_NOOP("ContentError", "«date» метадерегі 2025-11-15 сияқты күн болуы керек"),
    "no_sections": QT_TRANSLATE_NOOP("ContentError", "метадеректерде кемінде бір [[sections]] жазбасы болуы керек"),
    "section_not_table": QT_TRANSLATE_NOOP(
        "ContentError", "әрбір [[sections]] жазбасы кілттер кестесі (id, label, icon) болуы керек"
    ),
    "too_deep": QT_TRANSLATE_NOOP("ContentError", "метадеректер қате: мәндер тым терең кірістірілген"),
    "not_regular_file": QT_TRANSLATE_NOOP(
        "ContentError", "бұл кәдімгі файл емес: қалтаны, құрылғыны, арнаны не сокетті мақала ретінде оқуға болмайды"
    ),
    "too_large": QT_TRANSLATE_NOOP("ContentError", "файлдың көлемі {size}, ал мақала {limit} аспауы керек"),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "ContentError", "«{suffix}» файлдарын оқу мүмкін емес: бағдарлама .md, .txt, .html, .htm және .epub ашады"
    ),
    "bad_text": QT_TRANSLATE_NOOP("ContentError", "мәтінді оқу мүмкін болмады: {reason}"),
    "bad_epub": QT_TRANSLATE_NOOP("ContentError", "оқуға болатын EPUB кітабы емес: {reason}"),
    "text_too_large": QT_TRANSLATE_NOOP("ContentError", "мәтіні мақалаға рұқсат етілген {limit} көлемнен асады"),
    "no_text": QT_TRANSLATE_NOOP("ContentError", "файлда оқылатын мәтін жоқ"),
    "unknown_section_key": QT_TRANSLATE_NOOP("ContentError", "бөлімнің белгісіз кілті «{key}»"),
    "section_needs": QT_TRANSLATE_NOOP("ContentError", "бөлім жазбасына бос емес «{key}» керек"),
    "bad_section_id": QT_TRANSLATE_NOOP(
        "ContentError", "«{id}» бөлім идентификаторында тек кіші латын әріптері, цифрлар және дефис болуы керек"
    ),
    "duplicate_section": QT_TRANSLATE_NOOP("ContentError", "«{id}» бөлімі екі рет жарияланған"),
    "bad_icon": QT_TRANSLATE_NOOP(
        "ContentError", "«{icon}» белгішесі «fa6s.book-open» сияқты qtawesome атауы болуы керек"
    ),
    "empty_heading": QT_TRANSLATE_NOOP("ContentError", "бөлімнің «heading» мәні бос емес мәтін болуы керек"),
    "heading_not_lead": QT_TRANSLATE_NOOP(
        "ContentError",
        "«heading» тек бірінші (кіріспе) бөлімде болады; басқалары оны өз «## » жолынан алады",
    ),
    "empty_section": QT_TRANSLATE_NOOP("ContentError", "«{id}» бөлімінде мәтін жоқ"),
    "bad_heading_level": QT_TRANSLATE_NOOP(
        "ContentError", "тек «## Тақырып {{#бөлім-id}}» тақырыптарына рұқсат етіледі"
    ),
    "heading_without_id": QT_TRANSLATE_NOOP(
        "ContentError", "тақырып бөлім идентификаторымен аяқталуы керек, мысалы: «## Тақырып {{#west}}»"
    ),
    "undeclared_section": QT_TRANSLATE_NOOP(
        "ContentError", "«{id}» тақырыбының метадеректерде [[sections]] жазбасы жоқ"
    ),
    "wrong_section_order": QT_TRANSLATE_NOOP(
        "ContentError", "мұнда «{expected}» бөлімі күтілген еді (метадеректер реті), ал «{id}» табылды"
    ),
    "lead_has_heading_line": QT_TRANSLATE_NOOP(
        "ContentError",
        "«{id}» бөлімінің тақырыбы метадеректерде берілген, сондықтан ол бірінші «## » жолының "
        "алдындағы кіріспе болуы керек",
    ),
    "lead_needs_heading": QT_TRANSLATE_NOOP(
        "ContentError",
        "бірінші тақырыпқа дейінгі мәтінге кіріспе бөлім керек: метадеректерде «{id}» бөліміне «heading» беріңіз",
    ),
    "empty_list_item": QT_TRANSLATE_NOOP("ContentError", "бос тізім элементі"),
    "line_break_in_text": QT_TRANSLATE_NOOP(
        "ContentError", "мәтін ішінде жол үзу таңбасы ({char}) бар: әр абзац жеке жолда болуы керек"
    ),
    "missing_section": QT_TRANSLATE_NOOP(
        "ContentError", "«{id}» бөлімі метадеректерде бар, бірақ мәтінде «## ... {{#{id}}}» тақырыбы жоқ"
    ),
}


DETAILS = (
    (r"not UTF-8 or UTF-16 text \(line (?P<line>\d+)\)",
     QT_TRANSLATE_NOOP("ContentError", "мәтін UTF-8 не UTF-16 кодтауында емес ({line}-жол)")),
    (r"not valid (?P<encoding>UTF-[0-9A-Z-]+) text \(byte (?P<byte>\d+)\)",
     QT_TRANSLATE_NOOP("ContentError", "{encoding} мәтіні дұрыс емес ({byte}-байт)")),
    (r"not a ZIP archive, as an EPUB is",
     QT_TRANSLATE_NOOP("ContentError", "ZIP архиві емес, ал EPUB кітабы ZIP архиві болады")),
    (r"its ZIP directory is damaged \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("ContentError", "ZIP архивінің мазмұны зақымдалған ({detail})")),
    (r"it names (?P<name>.+), which is not in the archive",
     QT_TRANSLATE_NOOP("ContentError", "онда аталған {name} архивте жоқ")),
    (r"(?P<name>\S+) is cut off", QT_TRANSLATE_NOOP("ContentError", "{name} файлының соңы жоқ")),
    (r"(?P<name>\S+) is encrypted", QT_TRANSLATE_NOOP("ContentError", "{name} шифрланған")),
    (r"not an article file \(no extension\)", QT_TRANSLATE_NOOP("ContentError", "мақала файлы емес (кеңейтімі жоқ)")),
    (r"not an article file \((?P<suffix>.*)\)", QT_TRANSLATE_NOOP("ContentError", "мақала файлы емес ({suffix})")),
    (r"its name is not valid UTF-8 text", QT_TRANSLATE_NOOP("ContentError", "файлдың атауы UTF-8 мәтіні емес")),
    (r"the folder cannot be read: (?P<reason>.*)",
     QT_TRANSLATE_NOOP("ContentError", "қалтаны оқу мүмкін болмады: {reason}")),
    (r"cannot be read: (?P<reason>.*)", QT_TRANSLATE_NOOP("ContentError", "оқу мүмкін болмады: {reason}")),
    (r"a link to a folder already read \(not followed again\)",
     QT_TRANSLATE_NOOP("ContentError", "бұрын оқылған қалтаға сілтеме (қайта оқылмады)")),
    (r"more than (?P<count>[\d,]+) files in the folder: the rest were not looked at",
     QT_TRANSLATE_NOOP("ContentError", "қалтада {count} файлдан көп: қалғаны қаралмады")),
    (r"more than (?P<count>[\d,]+) files: the rest were not read",
     QT_TRANSLATE_NOOP("ContentError", "{count} файлдан көп: қалғаны оқылмады")),
)  # fmt: skip
"""The loader's details of a text's or a book's problem, and the library's reasons for a file it did
not add, as they are worded in English (for the command line), with their texts in the interface."""


def describe(error: ContentError) -> str:
    """The problem in the interface's language (the loader's English text for an unknown code)."""
    template = TEMPLATES.get(error.code)
    if template is None:
        return error.message
    params = {name: _detail(value) if name == "reason" else value for name, value in error.params.items()}
    return QCoreApplication.translate(CONTEXT, str(template)).format(**params)


def _detail(text: str) -> str:
    """One of DETAILS in the interface's language; any other text as it is."""
    import re

    for pattern, template in DETAILS:
        found = re.fullmatch(pattern, text)
        if found is not None:
            return QCoreApplication.translate(CONTEXT, str(template)).format(**found.groupdict())
    return text


def describe_reason(reason: str) -> str:
    """Why the library did not add a file, in the interface's language.

    The library has no Qt and words its reasons in English, as the command line prints them: a
    loader's problem (its English text in ``MESSAGES``, perhaps after "line N: ") is told as a file
    opened in the window tells it, the library's own reasons by DETAILS; any other as it is.
    """
    import re

    from desktop.content.errors import MESSAGES

    line = re.match(r"line (\d+): ", reason)
    if line is not None:
        where = QCoreApplication.translate("MainWindow", "%1-жол: ").replace("%1", line.group(1))
        return where + describe_reason(reason[line.end() :])
    for code, message in sorted(MESSAGES.items(), key=lambda item: ("{" in item[1], -len(item[1]))):
        found = None if code == "bad_text" else re.fullmatch(_pattern(message), reason)  # the fixed texts first
        if found is not None:
            from desktop.content import ContentError

            return describe(ContentError(code, 0, **found.groupdict()))
    return _detail(reason)


def _pattern(message: str) -> str:
    """A regular expression that matches the loader's message, its details in named groups."""
    import re
    import string

    parts, named = [], set()
    for literal, field, _spec, _conversion in string.Formatter().parse(message):
        parts.append(re.escape(literal))
        if field:
            parts.append(f"(?P={field})" if field in named else f"(?P<{field}>.*?)")
            named.add(field)
    return "".join(parts)


NOTES_DETAILS = (
    (r"not valid JSON: (?P<detail>.*)", QT_TRANSLATE_NOOP("ContentError", "JSON мәтіні дұрыс емес: {detail}")),
    (r'not an Oqyrman notes file \(no "format": "(?P<format>[^"]*)"\)',
     QT_TRANSLATE_NOOP("ContentError", "Oqyrman белгілерінің файлы емес (онда «format»: «{format}» жоқ)")),
    (r"the notes are for another article \((?P<theirs>.*)\), not (?P<ours>.*)",
     QT_TRANSLATE_NOOP("ContentError", "белгілер басқа мақалаға арналған ({theirs}), бұл мақалаға ({ours}) емес")),
    (r"notes file version (?P<theirs>.*); this reader reads version (?P<ours>.*)",
     QT_TRANSLATE_NOOP("ContentError", "белгілер файлының нұсқасы {theirs}; бағдарлама {ours} нұсқасын оқиды")),
    (r"the notes file is larger than (?P<size>\d+) MiB",
     QT_TRANSLATE_NOOP("ContentError", "белгілер файлы {size} MiB-тан үлкен")),
    (r"not UTF-8 text", QT_TRANSLATE_NOOP("ContentError", "мәтін UTF-8 кодтауында емес")),
    (r"not a regular file \(a pipe, a device or a folder\)",
     QT_TRANSLATE_NOOP("ContentError", "бұл кәдімгі файл емес (арна, құрылғы не қалта)")),
)  # fmt: skip
"""The notes file's problems as ``desktop.userdata.notes_io`` words them in English, with their texts here.
A quoted title (Python's repr, in quotes) is shown in «»."""


def describe_notes_problem(text: str) -> str:
    """Why a notes file cannot be imported, in the interface's language; a problem not listed as it is."""
    import re

    for pattern, template in NOTES_DETAILS:
        found = re.fullmatch(pattern, text)
        if found is not None:
            values = {name: _unquoted(value) for name, value in found.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, str(template)).format(**values)
    return text


def _unquoted(value: str) -> str:
    """A title as Python's repr quoted it ('Дала' or "Дала") in «»; anything else as it is."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return f"«{value[1:-1]}»"
    return value
