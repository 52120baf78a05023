"""The installers of a branded build take its names: desktop entry, AppStream metainfo, package, command line."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from desktop.branding import DEFAULT, brand_for
from tests.helpers.paths import ROOT

BRAND = brand_for("Мысал Ақпарат", "kz.example.Reader")


def _module(relative: str, name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_deb():
    return _module("packaging/linux/build_deb.py", "build_deb")


def test_the_default_desktop_entry_and_metainfo_are_the_templates(build_deb):
    folder = ROOT / "packaging" / "linux"
    assert build_deb.desktop_entry(DEFAULT) == (folder / "kz.oqyrman.Oqyrman.desktop").read_text(encoding="utf-8")
    assert build_deb.metainfo(DEFAULT) == (folder / "kz.oqyrman.Oqyrman.metainfo.xml").read_text(encoding="utf-8")


def test_a_branded_desktop_entry_runs_and_names_the_branded_program(build_deb):
    lines = build_deb.desktop_entry(BRAND).splitlines()
    entry = dict(line.split("=", 1) for line in lines if "=" in line)
    assert (entry["Name"], entry["Exec"], entry["Icon"], entry["StartupWMClass"]) == (
        "Мысал Ақпарат", "kz-example-reader", "kz.example.Reader", "kz-example-reader",
    )  # fmt: skip
    assert not any(line.startswith("Name[") for line in lines), "Oqyrman's translated names are not this brand's"
    assert lines[0] == "[Desktop Entry]" and entry["Type"] == "Application"


def test_branded_metainfo_has_its_id_name_program_and_release(build_deb):
    component = ET.fromstring(build_deb.metainfo(BRAND, "1.2.0").encode("utf-8"))
    assert component.findtext("id") == "kz.example.Reader"
    assert [name.text for name in component.findall("name")] == ["Мысал Ақпарат"]
    assert component.findtext("launchable") == "kz.example.Reader.desktop"
    assert component.findtext("provides/binary") == "kz-example-reader"
    assert component.find("releases/release").get("version") == "1.2.0"


def test_build_refuses_a_brand_without_a_collection():
    result = subprocess.run(
        [sys.executable, "packaging/build.py", "--name", "Мысал"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2 and "give --collection DIR too" in result.stderr


def test_build_stops_before_bundling_when_a_collection_file_is_bad(tmp_path):
    (tmp_path / "broken.md").write_text("+++\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "packaging/build.py", "--collection", str(tmp_path), "--app-id", "kz.example.Reader"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "broken.md: line 1:" in result.stderr and "nothing was built" in result.stderr
    assert "== bundle" not in result.stdout
