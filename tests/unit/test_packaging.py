"""What `pip install .` puts in the wheel: every package of desktop/ (an editable install would hide a gap)."""

import tomllib

from tests.helpers.paths import ROOT


def test_every_package_under_desktop_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk == listed
