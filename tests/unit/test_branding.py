"""Branded builds: a distributor's collection and name compiled in (packaging/collection.py, desktop/branding.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.branding import DEFAULT, brand_for
from tests.helpers.paths import ROOT

COLLECTION = ROOT / "tests" / "data" / "collection"


@pytest.mark.parametrize(
    ("name", "app_id", "slug"),
    [("Мысал оқырманы", "kz.example.Reader", "kz-example-reader"), ("Oqyrman", DEFAULT.app_id, "oqyrman")],
)
def test_a_brand_gets_its_own_program_and_data_names(name, app_id, slug):
    brand = brand_for(name, app_id)
    assert (brand.name, brand.slug, brand.data_name) == (name, slug, "Oqyrman" if slug == "oqyrman" else slug)


@pytest.mark.parametrize(
    ("name", "app_id"), [("", "kz.example.Reader"), ("Two\nlines", "kz.example.Reader"), ("A/B", "kz.example.Reader"),
                         ("<b>", "kz.example.Reader"), ("Ok", "reader"),
                         ("Ok", "kz..reader"), ("Ok", "kz.example.Reader;rm"), ("Ok", "1kz.example")]
)  # fmt: skip
def test_a_bad_name_or_app_id_is_refused(name, app_id):
    with pytest.raises(ValueError):
        brand_for(name, app_id)


def _compile(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "packaging/collection.py", *args, "--output", str(tmp_path / "collection")],
        cwd=ROOT, capture_output=True, text=True, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


def test_every_bad_file_is_named_and_nothing_is_built(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Жақсы\n\nМәтін бар.\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / "broken.md").write_text("+++\ntitle = 1\n", encoding="utf-8")
    (folder / "empty.html").write_text("<html><body><nav>мәзір</nav></body></html>", encoding="utf-8")
    result = _compile(tmp_path, str(folder), "--name", "Мысал", "--app-id", "kz.example.Reader")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert any("photo.jpg: not an article file" in line for line in lines)
    assert any("broken.md: line " in line for line in lines)
    assert any("empty.html: the file has no readable text" in line for line in lines)
    assert not any("good.txt" in line for line in lines)
    assert lines[-1] == "collection: 3 of 4 files cannot be read; nothing was built"
    assert not (tmp_path / "collection").exists()


@pytest.mark.slow
def test_a_branded_build_shows_its_name_and_ships_its_collection(tmp_path):
    result = _compile(tmp_path, str(COLLECTION), "--name", "Мысал & Ақпарат", "--app-id", "kz.example.Reader")
    assert result.returncode == 0, result.stderr
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path / "collection"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }

    def oqyrman(*args: str) -> str:
        run = subprocess.run(
            [sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, capture_output=True, check=True
        )
        return run.stdout.decode("utf-8")

    listed = json.loads(oqyrman("library", "list", "--json"))["articles"]
    assert [(a["title"], a["source"], a["bundled"]) for a in listed] == [
        ("Астанада халықаралық медиафорум өтті", "Мысал Ақпарат", True),  # the page's og:title and og:site_name
        ("Дала жолдары жаңарып жатыр", "steppe-roads.txt", True),  # a .txt: its first line
    ]
    assert oqyrman("export").startswith("Астанада халықаралық медиафорум өтті\nМысал Ақпарат · 2025-10-02\n")
    report = json.loads(oqyrman("--self-test", "--real-settings").splitlines()[-1])
    assert report["ok"] and report["title"] == "Астанада халықаралық медиафорум өтті — Мысал & Ақпарат"
    assert report["library"]["articles"] == 2
    assert (tmp_path / "data" / "kz-example-reader" / "kz-example-reader" / "library.sqlite").exists()  # its own
    assert (tmp_path / "config" / "kz-example-reader" / "settings.ini").exists()
    assert not (tmp_path / "data" / "Oqyrman").exists()
