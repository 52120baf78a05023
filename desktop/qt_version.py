"""The PySide6 releases the reader runs on, checked before it first uses Qt.

The oldest is the oldest the test suite passes on (an older one cannot read the compiled
resources or lacks calls the window makes); continuous integration runs the suite on it and
on the newest. Excluded releases are named with the reason. pyproject.toml declares the same
range, and a test holds the two together. Nothing here imports Qt: the check reads the
version from the PySide6 package itself, which the reader imports anyway before its window.
"""

from __future__ import annotations

MINIMUM = (6, 8, 1)
EXCLUDED = {
    (6, 12, 0): "it loses a reference to None on every call that returns nothing, and the reader aborts",
}
REQUIREMENT = "PySide6-Essentials>={}{}".format(
    ".".join(map(str, MINIMUM)), "".join(f",!={'.'.join(map(str, release))}" for release in EXCLUDED)
)
"""The range as pip writes it (and pyproject.toml declares it)."""


class UnsupportedQtError(Exception):
    """The installed PySide6 is outside the range the reader runs on; the message is one line."""


def problem(installed: tuple[int, ...]) -> str | None:
    """Why this PySide6 release will not do, in one line naming it and the range; None when it will."""
    release = tuple(installed[:3])
    if release >= MINIMUM and release not in EXCLUDED:
        return None
    shown = ".".join(map(str, release))
    needed = ".".join(map(str, MINIMUM)) + " or newer" + "".join(f", not {'.'.join(map(str, r))}" for r in EXCLUDED)
    why = f" ({EXCLUDED[release]})" if release in EXCLUDED else ""
    return f"PySide6 {shown} is installed{why}; Oqyrman needs PySide6 {needed}: pip install '{REQUIREMENT}'"


def require_supported_pyside6() -> None:
    """Raise UnsupportedQtError unless the installed PySide6 is in the range."""
    import PySide6

    installed = tuple(part for part in PySide6.__version_info__ if isinstance(part, int))
    reason = problem(installed)
    if reason is not None:
        raise UnsupportedQtError(reason)
