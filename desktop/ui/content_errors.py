"""Article-file and notes-file problems, and the system's errors about files, in the interface's language.

The loader (desktop.content) reports each problem as a code with details and an
English message; the window, and the command line in Kazakh or Russian
(desktop/cli_language.py), tell the same problem through Qt's translations, whose
Kazakh source texts are here. An OS error is told by its errno, a text's, a book's
or an archive's details by the English words the formats give them (DETAILS).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop.content import ContentError

    Translate = Callable[[str, str], str]
    """A translation function: context and Kazakh source text to the interface's text."""

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


OS_ERRORS = {
    "EACCES": QT_TRANSLATE_NOOP("ContentError", "рұқсат жоқ"),
    "EPERM": QT_TRANSLATE_NOOP("ContentError", "бұл әрекетке рұқсат етілмеген"),
    "ENOENT": QT_TRANSLATE_NOOP("ContentError", "мұндай файл не қалта жоқ"),
    "EISDIR": QT_TRANSLATE_NOOP("ContentError", "бұл – қалта"),
    "ENOTDIR": QT_TRANSLATE_NOOP("ContentError", "жолдың бір бөлігі қалта емес"),
    "EIO": QT_TRANSLATE_NOOP("ContentError", "енгізу-шығару қатесі: диск не тасымалдағыш зақымдалған болуы мүмкін"),
    "ENOSPC": QT_TRANSLATE_NOOP("ContentError", "дискіде бос орын жоқ"),
    "EDQUOT": QT_TRANSLATE_NOOP("ContentError", "дискідегі үлесіңіз таусылды"),
    "EROFS": QT_TRANSLATE_NOOP("ContentError", "файлдық жүйе тек оқуға арналған"),
    "EMFILE": QT_TRANSLATE_NOOP("ContentError", "бағдарламада тым көп файл ашық"),
    "ENFILE": QT_TRANSLATE_NOOP("ContentError", "жүйеде тым көп файл ашық"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("ContentError", "файлдың атауы тым ұзын"),
    "ELOOP": QT_TRANSLATE_NOOP("ContentError", "символдық сілтемелер тұйық айналады"),
    "EBUSY": QT_TRANSLATE_NOOP("ContentError", "құрылғы не ресурс бос емес"),
    "ENXIO": QT_TRANSLATE_NOOP("ContentError", "мұндай құрылғы жоқ"),
    "ENODEV": QT_TRANSLATE_NOOP("ContentError", "мұндай құрылғы жоқ"),
    "EFBIG": QT_TRANSLATE_NOOP("ContentError", "файл тым үлкен"),
    "EINVAL": QT_TRANSLATE_NOOP("ContentError", "жарамсыз аргумент"),
    "ESTALE": QT_TRANSLATE_NOOP("ContentError", "желідегі файл енді қолжетімсіз"),
    "ETIMEDOUT": QT_TRANSLATE_NOOP("ContentError", "күту уақыты бітті"),
    "ENOMEM": QT_TRANSLATE_NOOP("ContentError", "жады жетпейді"),
    "EAGAIN": QT_TRANSLATE_NOOP("ContentError", "ресурс уақытша қолжетімсіз"),
    "EEXIST": QT_TRANSLATE_NOOP("ContentError", "мұндай файл бар"),
}
"""The system's errors by errno name, in the interface's language (the system words them in English)."""
OTHER_OS_ERROR = QT_TRANSLATE_NOOP("ContentError", "жүйе қатесі {code}")
"""An errno not in OS_ERRORS: named by its code (EPROTO), its English words kept for the details."""

DETAILS = (
    # What was skipped in a book (its notices), and why none of it could be read: the wrappers of other details.
    (r"(?P<detail>.+); the package document (?P<name>.+) is read instead",
     QT_TRANSLATE_NOOP("ContentError", "{detail}; оның орнына {name} пакет құжаты оқылды")),
    (r"the spine names (?P<id>.+), which has no readable content document: skipped",
     QT_TRANSLATE_NOOP("ContentError", "оқу ретіндегі {id} оқылатын мәтін құжаты емес: өткізілді")),
    (r"(?P<name>.+) is larger than the reader accepts \((?P<detail>.*)\): skipped",
     QT_TRANSLATE_NOOP("ContentError", "{name} бағдарлама қабылдайтыннан үлкен ({detail}): өткізілді")),
    (r"(?P<detail>.+): skipped", QT_TRANSLATE_NOOP("ContentError", "{detail}: өткізілді")),
    (r"none of its content documents can be read \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("ContentError", "оның бірде-бір мәтін құжатын оқу мүмкін болмады ({detail})")),
    (r"not UTF-8 or UTF-16 text \(line (?P<line>\d+)\)",
     QT_TRANSLATE_NOOP("ContentError", "мәтін UTF-8 не UTF-16 кодтауында емес ({line}-жол)")),
    (r"not valid (?P<encoding>UTF-[0-9A-Z-]+) text \(byte (?P<byte>\d+)\)",
     QT_TRANSLATE_NOOP("ContentError", "{encoding} мәтіні дұрыс емес ({byte}-байт)")),
    (r"the page has (?P<detail>.+), more than the reader accepts",
     QT_TRANSLATE_NOOP("ContentError", "бет бағдарлама қабылдайтыннан үлкен: {detail}")),
    (r"more than (?P<count>[\d,]+) elements", QT_TRANSLATE_NOOP("ContentError", "{count} элементтен көп")),
    (r"more than (?P<count>[\d,]+) characters of markup",
     QT_TRANSLATE_NOOP("ContentError", "белгілеуі {count} таңбадан көп")),
    # An EPUB's archive (desktop/content/formats/zip_members.py).
    (r"not a ZIP archive, as an EPUB is",
     QT_TRANSLATE_NOOP("ContentError", "ZIP архиві емес, ал EPUB кітабы ZIP архиві болады")),
    (r"it is split over several files \(a spanned ZIP\), which cannot be joined",
     QT_TRANSLATE_NOOP("ContentError", "ол бірнеше файлға бөлінген ZIP архиві: оларды біріктіру мүмкін емес")),
    (r"it says it holds more than (?P<count>[\d,]+) files",
     QT_TRANSLATE_NOOP("ContentError", "онда {count} файлдан көп бар деп жазылған")),
    (r"the archive is cut off: its end, with the list of its files, is missing",
     QT_TRANSLATE_NOOP("ContentError", "архивтің соңы кесіліп қалған (файлдарының тізімі сонда еді)")),
    (r"its ZIP directory is damaged \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("ContentError", "ZIP архивінің мазмұны зақымдалған")),
    (r"META-INF/container\.xml names (?P<name>.+), which is not in the archive",
     QT_TRANSLATE_NOOP("ContentError", "META-INF/container.xml файлында аталған {name} архивте жоқ")),
    (r"META-INF/container\.xml names no package document",
     QT_TRANSLATE_NOOP("ContentError", "META-INF/container.xml файлында пакет құжаты аталмаған")),
    (r"it names (?P<name>.+), on the network, which is never fetched",
     QT_TRANSLATE_NOOP("ContentError", "онда желідегі {name} аталған, ал бағдарлама желіден ештеңе алмайды")),
    (r"it names (?P<name>.+), which is not in the archive",
     QT_TRANSLATE_NOOP("ContentError", "онда аталған {name} архивте жоқ")),
    (r"(?P<name>.+) is not in the archive", QT_TRANSLATE_NOOP("ContentError", "{name} архивте жоқ")),
    (r"(?P<name>.+) is cut off", QT_TRANSLATE_NOOP("ContentError", "{name} файлының соңы жоқ")),
    (r"(?P<name>.+) is encrypted", QT_TRANSLATE_NOOP("ContentError", "{name} шифрланған")),
    (r"(?P<name>.+) is damaged \(its size or checksum is not the one the archive gives\)",
     QT_TRANSLATE_NOOP("ContentError", "{name} зақымдалған: оның өлшемі не бақылау сомасы архивте жазылғандай емес")),
    (r"(?P<name>.+) is damaged \(no local header where the directory says\)",
     QT_TRANSLATE_NOOP("ContentError", "{name} зақымдалған: архивтің мазмұны көрсеткен жерде ол жоқ")),
    (r"(?P<name>.+) cannot be unpacked \((?P<detail>.*)\)",
     QT_TRANSLATE_NOOP("ContentError", "{name} ашылмады: оның қысылған деректері зақымдалған")),
    (r"(?P<name>.+) is compressed with method (?P<method>\d+), which the reader does not unpack",
     QT_TRANSLATE_NOOP("ContentError", "{name} бағдарлама ашпайтын әдіспен (нөмірі {method}) қысылған")),
    (r"(?P<name>.+) has LZMA properties this reader does not know",
     QT_TRANSLATE_NOOP("ContentError", "{name} бағдарламаға белгісіз LZMA баптауларымен қысылған")),
    (r"the book cannot be read again", QT_TRANSLATE_NOOP("ContentError", "кітапты қайта оқу мүмкін болмады")),
    # An EPUB's documents (desktop/content/formats/epub.py), and what was skipped in one (its notices).
    (r"its files unpack to more than the reader accepts",
     QT_TRANSLATE_NOOP("ContentError", "оның ашылған файлдары бағдарлама қабылдайтыннан үлкен")),
    (r"(?P<name>.+) is not well-formed XML: (?P<detail>.*): line (?P<line>\d+), column (?P<column>\d+)",
     QT_TRANSLATE_NOOP("ContentError", "{name} дұрыс XML емес ({line}-жол, {column}-баған)")),
    (r"(?P<name>.+) is not well-formed XML: (?P<detail>.*)",
     QT_TRANSLATE_NOOP("ContentError", "{name} дұрыс XML емес")),
    (r"its package document has no spine \(no reading order\)",
     QT_TRANSLATE_NOOP("ContentError", "оның пакет құжатында оқу реті жоқ")),
    (r"its files are compressed with (?P<methods>.+), which EPUB does not allow \(only Deflate\)",
     QT_TRANSLATE_NOOP("ContentError", "оның файлдары EPUB рұқсат етпейтін әдіспен ({methods}) қысылған")),
    (r"its package document has no spine: its content documents are read in the manifest's order",
     QT_TRANSLATE_NOOP("ContentError", "оның пакет құжатында оқу реті жоқ: мәтін құжаттары тізімдегі ретімен оқылды")),
    (r"its spine names (?P<count>[\d,]+) documents: those after the first (?P<first>[\d,]+) are left out",
     QT_TRANSLATE_NOOP("ContentError", "оқу ретінде {count} құжат бар: алғашқы {first} құжаттан кейінгілері оқылмады")),
    (r"(?P<name>.+) is not well-formed XHTML \((?P<detail>.*?)(: line (?P<line>\d+), column (?P<column>\d+))?\): "
     r"read leniently",
     QT_TRANSLATE_NOOP("ContentError", "{name} дұрыс XHTML емес: қатесі бар жерлеріне қарамай оқылды")),
    # The reader's own words for a file it will not write over (desktop/content/atomic.py).
    (r"is a folder", QT_TRANSLATE_NOOP("ContentError", "бұл – қалта")),
    (r"no such folder", QT_TRANSLATE_NOOP("ContentError", "мұндай қалта жоқ")),
    (r"is not a regular file \(a device, a pipe or a socket\)",
     QT_TRANSLATE_NOOP("ContentError", "кәдімгі файл емес (құрылғы, арна не сокет)")),
    (r"is read-only", QT_TRANSLATE_NOOP("ContentError", "файл тек оқуға арналған")),
    (r"is the article file being read", QT_TRANSLATE_NOOP("ContentError", "бұл – қазір ашық тұрған мақаланың файлы")),
    # The library's reasons for a file it did not add (desktop/library/catalogue.py).
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
    (r"Symlink loop from (?P<name>.+)", QT_TRANSLATE_NOOP("ContentError", "{name} сілтемелері тұйық айналады")),
    # The stores (desktop/storage/database.py: the library, the notes), and SQLite's words for why one failed.
    (r"(?P<name>.+) is open for reading only: (?P<reason>.+); changes cannot be saved",
     QT_TRANSLATE_NOOP("ContentError", "{name} тек оқу үшін ашылды: {reason}; өзгерістер сақталмайды")),
    (r"cannot save changes to (?P<path>.+?): (?P<detail>.+ is open for reading only: .+)",
     QT_TRANSLATE_NOOP("ContentError", "{path} файлына өзгерістерді сақтау мүмкін болмады: {detail}")),
    (r"cannot write to (?P<path>.+?): (?P<reason>.+)",
     QT_TRANSLATE_NOOP("ContentError", "{path} файлына жазу мүмкін болмады: {reason}")),
    (r"cannot replace the damaged (?P<path>.+?): (?P<reason>.+)",
     QT_TRANSLATE_NOOP("ContentError", "зақымдалған {path} файлын ауыстыру мүмкін болмады: {reason}")),
    (r"cannot open (?P<path>.+?): (?P<reason>.+) \((?P<detail>.+)\)",
     QT_TRANSLATE_NOOP("ContentError", "{path} файлын ашу мүмкін болмады: {reason}")),
    (r"cannot open (?P<path>.+?): (?P<reason>.+)",
     QT_TRANSLATE_NOOP("ContentError", "{path} файлын ашу мүмкін болмады: {reason}")),
    (r"(?P<path>.+) is not a store of this reader \((?P<detail>.*)\); it was left as it is",
     QT_TRANSLATE_NOOP("ContentError", "{path} бұл бағдарламаның дерекқоры емес; ол сол күйінде қалдырылды")),
    (r"(?P<path>.+) is not a regular file \(a folder, a pipe or a device\); it was left as it is",
     QT_TRANSLATE_NOOP("ContentError", "{path} кәдімгі файл емес (қалта, арна не құрылғы); ол сол күйінде қалдырылды")),
    (r"(?P<path>.+) is damaged and cannot be set aside \((?P<reason>.*)\); it was left as it is",
     QT_TRANSLATE_NOOP("ContentError",
                       "{path} зақымдалған, бірақ оны басқа атпен сақтау мүмкін болмады ({reason}); "
                       "ол сол күйінде қалдырылды")),
    (r"(?P<path>.+) was written by a newer version of the reader \(schema (?P<version>\d+)\)",
     QT_TRANSLATE_NOOP("ContentError", "{path} бағдарламаның жаңарақ нұсқасымен жазылған (сызбасы {version})")),
    (r"(?P<name>.+) was damaged \((?P<reason>.*)\); it is kept as (?P<aside>.+)",
     QT_TRANSLATE_NOOP("ContentError", "{name} зақымдалған еді ({reason}); ол {aside} деген атпен сақталды")),
    (r"not a database \((?P<detail>.*)\)", QT_TRANSLATE_NOOP("ContentError", "дерекқор емес")),
    (r"damaged", QT_TRANSLATE_NOOP("ContentError", "зақымдалған")),
    (r"permission denied", QT_TRANSLATE_NOOP("ContentError", "рұқсат жоқ")),
    (r"it is in use by another program \(locked\)",
     QT_TRANSLATE_NOOP("ContentError", "оны басқа бағдарлама пайдаланып отыр (құлыпталған)")),
    (r"the file or its folder is read-only",
     QT_TRANSLATE_NOOP("ContentError", "файл не оның қалтасы тек оқуға арналған")),
    (r"the disk cannot be written \(input/output error\)",
     QT_TRANSLATE_NOOP("ContentError", "дискіге жазу мүмкін емес (енгізу-шығару қатесі)")),
    (r"the disk is full", QT_TRANSLATE_NOOP("ContentError", "дискіде бос орын жоқ")),
    (r"the file cannot be opened for writing",
     QT_TRANSLATE_NOOP("ContentError", "файлды жазу үшін ашу мүмкін емес")),
    (r"database is locked", QT_TRANSLATE_NOOP("ContentError", "оны басқа бағдарлама пайдаланып отыр (құлыпталған)")),
    (r"database or disk is full", QT_TRANSLATE_NOOP("ContentError", "дискіде бос орын жоқ")),
    (r"attempt to write a readonly database",
     QT_TRANSLATE_NOOP("ContentError", "файл не оның қалтасы тек оқуға арналған")),
    (r"disk I/O error", QT_TRANSLATE_NOOP("ContentError", "дискіге жазу мүмкін емес (енгізу-шығару қатесі)")),
    (r"unable to open database file", QT_TRANSLATE_NOOP("ContentError", "файлды ашу мүмкін емес")),
    (r"database disk image is malformed", QT_TRANSLATE_NOOP("ContentError", "дерекқор файлы зақымдалған")),
    (r"file is not a database", QT_TRANSLATE_NOOP("ContentError", "дерекқор емес")),
    (r"\[Errno \d+\] (?P<reason>[^:]+)(: .*)?", QT_TRANSLATE_NOOP("ContentError", "{reason}")),
    # An article file's metadata, as Python's TOML reader words its problems (its place is the error's line).
    (r"Cannot overwrite a value", QT_TRANSLATE_NOOP("ContentError", "мәнді қайта жазуға болмайды")),
    (r"Cannot mutate immutable namespace (?P<key>.+)",
     QT_TRANSLATE_NOOP("ContentError", "{key} кестесін өзгертуге болмайды")),
    (r"Unescaped '\\' in a string", QT_TRANSLATE_NOOP("ContentError", "жолдағы «\\» таңбасы экрандалмаған")),
    (r"Illegal character (?P<char>.+)", QT_TRANSLATE_NOOP("ContentError", "рұқсат етілмеген таңба {char}")),
    (r"Found invalid character (?P<char>.+)", QT_TRANSLATE_NOOP("ContentError", "жарамсыз таңба {char}")),
    (r"Duplicate inline table key (?P<key>.+)",
     QT_TRANSLATE_NOOP("ContentError", "жолдағы кестеде {key} кілті қайталанған")),
    (r"Cannot redefine namespace (?P<key>.+)",
     QT_TRANSLATE_NOOP("ContentError", "{key} кестесін қайта анықтауға болмайды")),
    (r"Cannot declare (?P<key>.+) twice", QT_TRANSLATE_NOOP("ContentError", "{key} екі рет жарияланған")),
    (r"Unterminated string", QT_TRANSLATE_NOOP("ContentError", "мәтін тырнақшамен жабылмаған")),
    (r"Unclosed inline table", QT_TRANSLATE_NOOP("ContentError", "жолдағы кесте «}}» белгісімен жабылмаған")),
    (r"Unclosed array", QT_TRANSLATE_NOOP("ContentError", "тізім «]» белгісімен жабылмаған")),
    (r"Invalid value", QT_TRANSLATE_NOOP("ContentError", "мән жарамсыз")),
    (r"Invalid statement", QT_TRANSLATE_NOOP("ContentError", "жол «кілт = мән» түрінде емес")),
    (r"Invalid initial character for a key part",
     QT_TRANSLATE_NOOP("ContentError", "кілттің бірінші таңбасы жарамсыз")),
    (r"Invalid hex value", QT_TRANSLATE_NOOP("ContentError", "он алтылық сан жарамсыз")),
    (r"Invalid date or datetime", QT_TRANSLATE_NOOP("ContentError", "күн не уақыт жарамсыз")),
    (r"Expected '\]\]' at the end of an array declaration",
     QT_TRANSLATE_NOOP("ContentError", "кестелер тізімінің атауы «]]» белгісімен жабылмаған")),
    (r"Expected '\]' at the end of a table declaration",
     QT_TRANSLATE_NOOP("ContentError", "кестенің атауы «]» белгісімен жабылмаған")),
    (r"Expected '=' after a key in a key/value pair", QT_TRANSLATE_NOOP("ContentError", "кілттен кейін «=» керек")),
    (r"Escaped character is not a Unicode scalar value",
     QT_TRANSLATE_NOOP("ContentError", "экрандалған таңба Юникод таңбасы емес")),
    (r"Expected newline or end of document after a statement",
     QT_TRANSLATE_NOOP("ContentError", "бір жолда тек бір «кілт = мән» жазылады")),
    (r"Expected (?P<what>'.+')", QT_TRANSLATE_NOOP("ContentError", "мұнда {what} күтілген еді")),
)  # fmt: skip
"""The details of a text's or a book's problem (the loader's, the formats' and the system's), what was
skipped in a book, and the library's reasons for a file it did not add, as they are worded in English
(for the command line), with their texts in the interface. The first pattern that matches a whole text
is its; the details it finds named ``detail`` or ``reason`` are told the same way in their turn."""
MAX_PHRASED = 4096
"""The longest text told by the patterns (a path is at most 4,096 bytes, a message a few hundred
characters): some patterns hold two or three open groups, whose matching grows with the cube of a
text made to defeat them (0.7 s at 8,000 characters); a longer text is shown as it is worded."""
NESTED = ("detail", "reason")
MAX_NESTING = 4
"""How deep details within details are told (a notice in a problem in a problem); deeper ones stay as they are."""


COMMAND_LINE = {
    "error": QT_TRANSLATE_NOOP("CommandLine", "қате"),
    "warning": QT_TRANSLATE_NOOP("CommandLine", "ескерту"),
    "skipped": QT_TRANSLATE_NOOP("CommandLine", "қосылмады"),
    "cannot_read": QT_TRANSLATE_NOOP("CommandLine", "%1 файлын оқу мүмкін болмады: %2"),
    "cannot_write": QT_TRANSLATE_NOOP("CommandLine", "%1 файлына жазу мүмкін болмады: %2"),
    "cannot_add": QT_TRANSLATE_NOOP("CommandLine", "кітапханаға қосу мүмкін емес: %1"),
    "cannot_remove": QT_TRANSLATE_NOOP("CommandLine", "кітапханадан алып тастау мүмкін емес: %1"),
    "cannot_import": QT_TRANSLATE_NOOP("CommandLine", "%2 импорттау мүмкін емес: %1"),
}
"""The command line's own words around a message, in Kazakh or Russian (desktop/cli_language.py);
in English it prints the words of the keys."""


def qt_translate(context: str, text: str) -> str:
    """The window's translation: through the application's installed translators."""
    return QCoreApplication.translate(context, text)


def describe(error: ContentError, translate: Translate = qt_translate) -> str:
    """The problem in the interface's language (the loader's English text for an unknown code)."""
    template = TEMPLATES.get(error.code)
    if template is None:
        return error.message
    params = dict(error.params)
    code = params.pop("errno", "")
    if "reason" in params:
        params["reason"] = os_words(code, translate) if code else _detail(params["reason"], translate)
    return translate(CONTEXT, str(template)).format(**params)


def describe_notice(notice: str, translate: Translate = qt_translate) -> str:
    """What was skipped or read leniently in a book (``Article.notices``), in the interface's language."""
    return _detail(notice, translate)


def os_words(code: str, translate: Translate = qt_translate) -> str:
    """A system error, by its errno name (``EACCES``), in the interface's language."""
    template = OS_ERRORS.get(code)
    if template is None:
        return translate(CONTEXT, str(OTHER_OS_ERROR)).format(code=code)
    return translate(CONTEXT, str(template))


def describe_os_error(error: OSError, translate: Translate = qt_translate) -> str:
    """An OS error in the interface's language: the reader's own words for it (DETAILS) if it gave
    some, else its errno's; one with neither as it is worded."""
    from desktop.content.errors import errno_name

    code = errno_name(error)
    words = str(error.strerror or error)
    told = _detail(words, translate)
    if told != words or not code:
        return told
    return os_words(code, translate)


@cache
def _system_words() -> dict[str, str]:
    """The system's own English words for the errors of OS_ERRORS (``os.strerror``), by which the
    library words a file it could not read: each with its errno name."""
    import errno
    import os

    return {os.strerror(getattr(errno, code)): code for code in OS_ERRORS if hasattr(errno, code)}


def _detail(text: str, translate: Translate, depth: int = 0) -> str:
    """One of DETAILS (or the system's words for an error) in the interface's language; any other text as it is."""
    import re

    code = _system_words().get(text)
    if code is not None:
        return os_words(code, translate)
    if len(text) > MAX_PHRASED:
        return text
    for pattern, template in DETAILS:
        found = re.fullmatch(pattern, text)
        if found is not None:
            values = {name: value or "" for name, value in found.groupdict().items()}
            if depth < MAX_NESTING:
                for name in NESTED:
                    if name in values:
                        values[name] = _detail(values[name], translate, depth + 1)
            return translate(CONTEXT, str(template)).format(**values)
    return text


def describe_reason(reason: str, translate: Translate = qt_translate) -> str:
    """Why the library did not add a file, in the interface's language.

    The library has no Qt and words its reasons in English, as the command line prints them: a
    loader's problem (its English text in ``MESSAGES``, perhaps after "line N: ") is told as a file
    opened in the window tells it, the library's own reasons by DETAILS; any other as it is.
    """
    import re

    from desktop.content.errors import MESSAGES

    if len(reason) > MAX_PHRASED:
        return reason
    line = re.match(r"line (\d+): ", reason)
    if line is not None:
        where = translate("MainWindow", "%1-жол: ").replace("%1", line.group(1))
        return where + describe_reason(reason[line.end() :], translate)
    for code, message in sorted(MESSAGES.items(), key=lambda item: ("{" in item[1], -len(item[1]))):
        found = None if code == "bad_text" else re.fullmatch(_pattern(message), reason)  # the fixed texts first
        if found is not None:
            from desktop.content import ContentError

            return describe(ContentError(code, 0, **found.groupdict()), translate)
    return _detail(reason, translate)


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
    (r"not valid JSON: .*: line (?P<line>\d+) column (?P<column>\d+) \(char \d+\)",
     QT_TRANSLATE_NOOP("ContentError", "JSON мәтіні дұрыс емес ({line}-жол, {column}-баған)")),
    (r"not valid JSON: (?P<detail>.*)", QT_TRANSLATE_NOOP("ContentError", "JSON мәтіні дұрыс емес: {detail}")),
    (r'not an Oqyrman notes file \(no "format": "(?P<format>[^"]*)"\)',
     QT_TRANSLATE_NOOP("ContentError", "Oqyrman белгілерінің файлы емес (онда «format»: «{format}» жоқ)")),
    (r"the notes are for another article \((?P<theirs>.*)\), not (?P<ours>.*)",
     QT_TRANSLATE_NOOP("ContentError", "белгілер басқа мақалаға арналған ({theirs}), бұл мақалаға ({ours}) емес")),
    (r"notes file version (?P<theirs>.*); this reader reads version (?P<ours>.*)",
     QT_TRANSLATE_NOOP("ContentError", "белгілер файлының нұсқасы {theirs}; бағдарлама {ours} нұсқасын оқиды")),
    (r"the notes file is larger than (?P<size>\d+) MiB",
     QT_TRANSLATE_NOOP("ContentError", "белгілер файлы {size} MiB-тан үлкен")),
    (r"the notes file is .+, larger than the (?P<size>\d+) MiB a notes file may be",
     QT_TRANSLATE_NOOP("ContentError", "белгілер файлы {size} MiB-тан үлкен")),
    (r'"annotations" must be a list', QT_TRANSLATE_NOOP("ContentError", "«annotations» тізім болуы керек")),
    (r"annotation (?P<number>\d+) is not an object",
     QT_TRANSLATE_NOOP("ContentError", "{number}-белгі JSON нысаны емес")),
    (r"annotation (?P<number>\d+) lacks (?P<names>.+)",
     QT_TRANSLATE_NOOP("ContentError", "{number}-белгіде мына өрістер жоқ: {names}")),
    (r"annotation (?P<number>\d+): passage, start and end must be whole numbers from 0 to (?P<limit>[\d,]+)",
     QT_TRANSLATE_NOOP("ContentError",
                       "{number}-белгі: «passage», «start», «end» 0-ден {limit}-ге дейінгі бүтін сан болуы керек")),
    (r"annotation (?P<number>\d+): (?P<names>.+) must be texts",
     QT_TRANSLATE_NOOP("ContentError", "{number}-белгі: {names} мәтін болуы керек")),
    (r"annotation (?P<number>\d+): (?P<name>\w+) holds a lone surrogate .*, which is not text",
     QT_TRANSLATE_NOOP("ContentError", "{number}-белгі: «{name}» ішінде жұбы жоқ суррогат таңба бар, ол мәтін емес")),
    (r"annotation (?P<number>\d+): unknown kind, style or colour",
     QT_TRANSLATE_NOOP("ContentError", "{number}-белгі: түрі, безендіруі не түсі белгісіз")),
    (r"annotation (?P<number>\d+): the quote does not fit its offsets",
     QT_TRANSLATE_NOOP("ContentError", "{number}-белгі: дәйексөзі көрсетілген орнына сыймайды")),
    (r"annotation (?P<number>\d+): (?P<detail>.+), and its quote is not in the article: kept as not found",
     QT_TRANSLATE_NOOP("ContentError",
                       "{number}-белгі: {detail}, ал дәйексөзі мақалада жоқ: табылмаған ретінде сақталды")),
    (r"annotation (?P<number>\d+): (?P<detail>.+); placed where its quote is \(passage (?P<passage>\d+)\)",
     QT_TRANSLATE_NOOP("ContentError", "{number}-белгі: {detail}; дәйексөзі тұрған жерге қойылды ({passage}-абзац)")),
    (r"its quote is not the text at its offsets",
     QT_TRANSLATE_NOOP("ContentError", "оның дәйексөзі көрсетілген орындағы мәтін емес")),
    (r"its offsets are outside the article", QT_TRANSLATE_NOOP("ContentError", "оның орны мақаладан тыс")),
    (r"not UTF-8 text", QT_TRANSLATE_NOOP("ContentError", "мәтін UTF-8 кодтауында емес")),
    (r"not a regular file \(a pipe, a device or a folder\)",
     QT_TRANSLATE_NOOP("ContentError", "бұл кәдімгі файл емес (арна, құрылғы не қалта)")),
)  # fmt: skip
"""The notes file's problems as ``desktop.userdata.notes_io`` words them in English, with their texts here.
A quoted title (Python's repr, in quotes) is shown in «»."""


def describe_notes_problem(text: str, translate: Translate = qt_translate, depth: int = 0) -> str:
    """Why a notes file cannot be imported, in the interface's language; a problem not listed as it is."""
    import re

    if len(text) > MAX_PHRASED:
        return text
    for pattern, template in NOTES_DETAILS:
        found = re.fullmatch(pattern, text)
        if found is not None:
            values = {name: _unquoted(value) for name, value in found.groupdict().items()}
            if "detail" in values and depth < 1:  # why one annotation was placed elsewhere
                values["detail"] = describe_notes_problem(values["detail"], translate, depth + 1)
            return translate(CONTEXT, str(template)).format(**values)
    return text


def _unquoted(value: str) -> str:
    """A title as Python's repr quoted it ('Дала' or "Дала") in «»; anything else as it is."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return f"«{value[1:-1]}»"
    return value


def technical(error: ContentError) -> str:
    """A problem's technical detail, for a dialog's details: the loader's English words with the file
    and line, the system's and the archive reader's words among them, and an OS error's errno name."""
    code = error.params.get("errno")
    return f"{error.where}: {error.message}" + (f"\n[{code}]" if code else "")


def notices_told(notices: tuple[str, ...], translate: Translate = qt_translate) -> str:
    """What was skipped or read leniently in a book, each in the interface's language, in one line."""
    return "; ".join(describe_notice(notice, translate) for notice in notices)


def show_problem(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    """A file that cannot be used, said in a warning: ``text`` in the interface's language, and the
    technical detail in English (the system's, the formats') under the box's "Show Details…" button.
    Opened, not run: reading goes on behind it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.lazy_qt import Qt
    from desktop.ui.plain_text import as_rich_text

    box = QMessageBox(QMessageBox.Icon.Warning, title, as_rich_text(text), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("fileProblem")
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
