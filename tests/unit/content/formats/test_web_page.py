"""Saved news pages: the article's text and headings, without the page around it."""

import datetime as dt

from desktop.content import load_article

PAGE = """<!DOCTYPE html>
<html lang="kk"><head>
<meta charset="utf-8">
<title>Сапар | BAQ.KZ — жаңалықтар</title>
<meta property="og:title" content="Тоқаевтың Мәскеуге сапары">
<meta property="og:site_name" content="BAQ.KZ">
<meta property="article:published_time" content="2025-11-15T10:30:00+05:00">
<script>var ads = "<p>жарнама скрипттен</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><nav><ul><li><a href="/">Басты бет</a></li><li><a href="/news">Жаңалықтар</a></li></ul></nav></header>
<div class="banner-top advert">Жарнама: арзан билеттер!</div>
<main><article>
  <h1>Тоқаевтың Мәскеуге сапары</h1>
  <p>Бірінші абзац <b>жуан</b> сөзбен және <a href="https://example.com">сілтемемен</a>.</p>
  <!-- <p>жасырын түсініктеме</p> -->
  <h2>Батыс медиасы</h2>
  <p>Reuters агенттігі сапарды сипаттады.</p>
  <ul><li>бірінші тармақ</li><li>екінші   тармақ</li></ul>
  <figure><img src="https://example.com/photo.jpg"><figcaption>Сурет</figcaption></figure>
  <div class="share-buttons">Бөлісу: Facebook Telegram</div>
  <h2>Қорытынды</h2>
  <p>Соңғы абзац &amp; белгілер &lt;b&gt;.</p>
</article>
<section class="comments"><h3>Пікірлер</h3><p>Оқырман: керемет мақала!</p></section>
<aside><h3>Ұқсас жаңалықтар</h3><p>Басқа мақала</p></aside>
</main>
<footer><p>© BAQ.KZ 2025</p></footer>
</body></html>"""


def _article(tmp_path, markup=PAGE, name="page.html"):
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return load_article(path)


def test_title_date_and_source_come_from_the_pages_metadata(tmp_path):
    article = _article(tmp_path)
    assert (article.title, article.date, article.source) == (
        "Тоқаевтың Мәскеуге сапары", dt.date(2025, 11, 15), "BAQ.KZ"
    )  # fmt: skip


def test_only_the_article_text_is_kept_with_its_headings_as_sections(tmp_path):
    article = _article(tmp_path)
    assert [section.heading for section in article.sections] == [
        "Тоқаевтың Мәскеуге сапары", "Батыс медиасы", "Қорытынды"
    ]  # fmt: skip
    assert [p.text for p in article.passages] == [
        "Бірінші абзац жуан сөзбен және сілтемемен.",
        "Батыс медиасы",
        "Reuters агенттігі сапарды сипаттады.",
        "бірінші тармақ",
        "екінші тармақ",
        "Қорытынды",
        "Соңғы абзац & белгілер <b>.",
    ]
    text = " ".join(p.text for p in article.passages)
    for left_out in ("жарнама", "Басты бет", "Жарнама", "жасырын", "Бөлісу", "керемет", "Ұқсас", "©", "Сурет", "red"):
        assert left_out not in text


def test_a_page_without_article_or_main_keeps_the_densest_text(tmp_path):
    markup = (
        "<html><head><title>Жай бет</title></head><body>"
        "<div id='menu'><p>Мәзір</p></div>"
        "<div class='content'><p>Ұзын бірінші абзац мұнда тұр.</p><p>Ұзын екінші абзац та мұнда тұр.</p></div>"
        "<div id='footer-links'><p>Байланыс</p></div></body></html>"
    )
    article = _article(tmp_path, markup, "plain.htm")
    assert article.title == "Жай бет"
    assert [p.text for p in article.passages] == ["Ұзын бірінші абзац мұнда тұр.", "Ұзын екінші абзац та мұнда тұр."]


def test_a_page_with_no_text_is_refused(tmp_path):
    import pytest

    from desktop.content import ContentError

    with pytest.raises(ContentError, match="no readable text"):
        _article(tmp_path, "<html><body><script>x()</script><nav><p>Мәзір</p></nav></body></html>", "empty.html")
