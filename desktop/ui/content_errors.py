"""Article-file problems in the interface's language.

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


def describe(error: ContentError) -> str:
    """The problem in the interface's language (the loader's English text for an unknown code)."""
    template = TEMPLATES.get(error.code)
    if template is None:
        return error.message
    return QCoreApplication.translate(CONTEXT, str(template)).format(**error.params)
