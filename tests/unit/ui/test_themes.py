"""Colour themes: every theme readable (WCAG contrast), palettes built from them, SYSTEM resolved."""

import pytest
from PySide6.QtGui import QPalette

from desktop.ui import themes
from desktop.ui.themes import COLORS, Theme


def _luminance(hex_color: str) -> float:
    """Relative luminance, as WCAG 2.1 defines it."""
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.SEPIA])
def test_text_meets_wcag_aa_on_every_background_it_is_drawn_on(theme):
    colors = COLORS[theme]
    assert contrast(colors.text, colors.base) >= 7  # body text: AAA
    assert contrast(colors.text, colors.window) >= 4.5
    assert contrast(colors.text, colors.hit) >= 4.5  # a highlighted hit stays readable
    assert contrast(colors.current_hit_text, colors.current_hit) >= 4.5
    assert contrast(colors.highlighted_text, colors.highlight) >= 4.5
    assert contrast(colors.accent, colors.base) >= 3  # headings: large text
    # muted: small text too (the byline, hints, placeholders, a missing file's row, a library hit's section)
    assert contrast(colors.muted, colors.base) >= 4.5
    assert contrast(colors.muted, colors.window) >= 4.5


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.SEPIA])
def test_the_palette_carries_the_themes_colours(qapp, theme):
    colors = COLORS[theme]
    palette = themes.palette_for(colors)
    assert palette.color(QPalette.ColorRole.Base).name() == colors.base
    assert palette.color(QPalette.ColorRole.Text).name() == colors.text
    assert palette.color(QPalette.ColorRole.Highlight).name() == colors.highlight
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled.name() == colors.muted


def test_system_follows_the_platforms_scheme(qapp, monkeypatch):
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: True)
    assert themes.resolve(Theme.SYSTEM) is Theme.DARK
    monkeypatch.setattr(themes, "system_prefers_dark", lambda: False)
    assert themes.colors_for(Theme.SYSTEM) is COLORS[Theme.LIGHT]
    assert themes.resolve(Theme.SEPIA) is Theme.SEPIA


@pytest.mark.parametrize(("window", "text", "dark"), [("#202124", "#e8eaed", True), ("#f5f5f5", "#1a1a1a", False)])
def test_before_the_qt_namespace_is_built_the_platforms_palette_tells_the_scheme(qapp, monkeypatch, window, text, dark):
    """Until the first paint the scheme is read off the platform's palette (see lazy_qt)."""
    from PySide6.QtGui import QColor

    monkeypatch.setattr(themes.lazy_qt, "built", lambda: False)
    saved = qapp.palette()
    platform = QPalette(saved)
    platform.setColor(QPalette.ColorRole.Window, QColor(window))
    platform.setColor(QPalette.ColorRole.WindowText, QColor(text))
    qapp.setPalette(platform)
    try:
        assert themes.system_prefers_dark() is dark
    finally:
        qapp.setPalette(saved)


def test_the_reading_style_sheet_uses_the_themes_colours():
    css = themes.reading_style_sheet(COLORS[Theme.DARK])
    assert f"color: {COLORS[Theme.DARK].text}" in css and f"color: {COLORS[Theme.DARK].accent}" in css


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.SEPIA])
def test_text_stays_readable_on_every_highlight_colour(theme):
    from desktop.ui.themes import ANNOTATION_COLORS

    assert set(ANNOTATION_COLORS[theme]) == {"yellow", "green", "blue", "pink"}
    for name, background in ANNOTATION_COLORS[theme].items():
        assert contrast(COLORS[theme].text, background) >= 4.5, name


def test_the_application_uses_the_fusion_style_whose_palettes_apply_everywhere(qapp):
    assert qapp.style().name().lower() == "fusion"
