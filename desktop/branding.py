"""Who this build of the reader is: Oqyrman, or a distributor's branded build with its own collection.

``python packaging/build.py --collection DIR --name … --app-id …`` compiles the articles of DIR
into a module named ``oqyrman_collection`` (``packaging/collection.py`` writes it), which the
frozen build carries. When it is there, its name and app id are the program's (window title,
About box, where settings and data live) and its articles are the bundled ones. From source,
and in the default build, there is no such module: the reader is Oqyrman with the one article.
Nothing here imports Qt: the command line and the packaging scripts read it too.
"""

from __future__ import annotations

import re
from functools import cache

from desktop.records import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any

COLLECTION_MODULE = "oqyrman_collection"
APP_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_-]*)+$"
"""A reverse-DNS id as AppStream and desktop entries want it: kz.example.Reader (compiled when a brand is asked
for: every start reads the brand, and only packaging makes one)."""
WINDOWS_FORBIDDEN = '<>:"/\\|?*'
"""Characters a Windows file name cannot hold."""


class Brand(NamedTuple):
    """A build's identity (a named tuple, made without compiling: the window needs it at start)."""

    name: str
    """Shown to people: window title, About box, menu entries, the installer."""
    app_id: str
    """Reverse-DNS id: desktop entry, AppStream, the Windows uninstall key, the macOS bundle."""
    slug: str
    """The program's file name and package name (oqyrman, kz-example-reader)."""
    data_name: str
    """The folder name of its settings and data: two brands never share a library or notes."""


DEFAULT = Brand("Oqyrman", "kz.oqyrman.Oqyrman", "oqyrman", "Oqyrman")


def brand_for(name: str, app_id: str) -> Brand:
    """The brand a distributor asks for; the default id keeps the default slug and data folder."""
    if not name.strip() or any(char in name for char in "\r\n\t\x00"):
        raise ValueError(f"the name must be one line of text, not {name!r}")
    if any(char in name for char in WINDOWS_FORBIDDEN):
        raise ValueError(f"the name names the Start-menu shortcut, so it cannot hold any of {WINDOWS_FORBIDDEN}")
    if not re.match(APP_ID_PATTERN, app_id):
        raise ValueError(f"the app id must look like kz.example.Reader (letters, digits, dots), not {app_id!r}")
    if app_id == DEFAULT.app_id:
        return Brand(name.strip(), app_id, DEFAULT.slug, DEFAULT.data_name)
    slug = app_id.lower().replace(".", "-").replace("_", "-")
    return Brand(name.strip(), app_id, slug, slug)


@cache
def collection_module() -> Any | None:
    """The compiled collection of a branded build (it registers its Qt resources), or None.

    Looked up once: a failed import searches every folder on the path again each time. Imported by ``__import__``
    (a top-level module: it returns the module itself), not ``importlib``, whose import (with ``warnings``) is a
    tenth of a command's own start."""
    try:
        return __import__(COLLECTION_MODULE)
    except ImportError:
        return None


@cache
def current() -> Brand:
    module = collection_module()
    if module is None:
        return DEFAULT
    return Brand(**module.BRAND)
