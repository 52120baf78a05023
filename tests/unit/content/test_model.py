"""The bundled article as a content model."""

import datetime as dt

from desktop.content import BulletList, PassageKind

EXPECTED_SECTIONS = ["intro", "west", "usa", "europe", "russia", "central-asia", "conclusion"]


def test_article_metadata(article):
    assert article.date == dt.date(2025, 11, 15)
    assert article.source == "BAQ.KZ"
    assert article.language == "kk"
    assert article.title


def test_seven_sections_in_reading_order(article):
    assert list(article.section_ids) == EXPECTED_SECTIONS


def test_every_section_has_label_heading_and_icon(article):
    for section in article.sections:
        assert section.label and section.heading and section.icon.count(".") == 1
        assert len(section.label) <= 30, "sidebar labels stay short"


def test_lead_section_heading_is_not_part_of_the_text(article):
    intro = article.section("intro")
    assert not intro.heading_in_text
    assert article.passages[0].kind is PassageKind.PARAGRAPH
    assert all(s.heading_in_text for s in article.sections[1:])


def test_bullet_lists_stay_lists(article):
    lists = [b for b in article.section("conclusion").blocks if isinstance(b, BulletList)]
    assert [len(b.items) for b in lists] == [3, 3]
    assert lists[1].items[0] == "дербес шешім қабылдайтын мемлекет бейнесі,"


def test_passages_are_numbered_in_reading_order(article):
    assert [p.index for p in article.passages] == list(range(len(article.passages)))
    assert len(article.passages) == 30
    headings = [p.text for p in article.passages if p.kind is PassageKind.HEADING]
    assert headings[0] == 'Батыс медиасының бағасы: "Теңгерімді сыртқы саясат"'
