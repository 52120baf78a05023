"""A portable archive of the bundle: unpack it on a USB stick and run, nothing written to the profile.

    python packaging/portable.py      # dist/oqyrman-<version>-<platform>-portable.tar.gz (.zip on Windows)
    python packaging/portable.py --bundle dist/kz-example-reader --brand build/collection/brand.json

The archive holds ``oqyrman/`` (the one-folder bundle) with a ``portable`` marker file in it:
the reader then keeps its settings, notes and logs in ``oqyrman/OqyrmanData`` (desktop/portable.py).
It is reproducible: members sorted, every time SOURCE_DATE_EPOCH (default: the last commit's),
owners root, no gzip name or time.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import platform
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402
from desktop.portable import MARKER  # noqa: E402

MARKER_TEXT = (
    "This file makes {name} portable: settings, notes and logs are kept in the OqyrmanData\n"
    "folder beside the program, and nothing is written to the computer's user profile.\n"
    "Delete this file to use the normal per-user folders instead.\n"
)


def source_date_epoch() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=False)
    return int(found.stdout.strip() or 0)


def platform_name() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{platform.machine().lower()}"


def _members(bundle: Path) -> list[tuple[str, Path | None]]:
    """(name in the archive, file or None for the marker), sorted; the top folder is the bundle's."""
    top = bundle.name
    members: list[tuple[str, Path | None]] = [(f"{top}/{MARKER}", None)]
    for path in bundle.rglob("*"):
        if path.is_file() or path.is_symlink():
            members.append((f"{top}/" + path.relative_to(bundle).as_posix(), path))
    return sorted(members)


def write_tar(bundle: Path, target: Path, epoch: int, marker: str) -> None:
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as archive,
    ):
        for name, path in _members(bundle):
            info = tarfile.TarInfo(name)
            info.mtime, info.uid, info.gid, info.uname, info.gname = epoch, 0, 0, "root", "root"
            if path is None:
                data = marker.encode("utf-8")
                info.size, info.mode = len(data), 0o644
                archive.addfile(info, io.BytesIO(data))
            elif path.is_symlink():
                info.type, info.linkname, info.mode = tarfile.SYMTYPE, os.readlink(path), 0o777
                archive.addfile(info)
            else:
                info.size = path.stat().st_size
                info.mode = 0o755 if os.access(path, os.X_OK) and ".so" not in path.name else 0o644
                with path.open("rb") as handle:
                    archive.addfile(info, handle)


def write_zip(bundle: Path, target: Path, epoch: int, marker: str) -> None:
    import time

    stamp = time.gmtime(max(epoch, 315532800))[:6]  # ZIP cannot say a time before 1980
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, path in _members(bundle):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, marker if path is None else path.read_bytes())


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "oqyrman")
    parser.add_argument("--output", type=Path, default=ROOT / "dist")
    parser.add_argument("--brand", type=Path, help="brand.json of a branded build (packaging/collection.py)")
    parser.add_argument("--version", default=__version__)
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        sys.exit(f"no bundle at {args.bundle}: run pyinstaller build.spec first")
    brand = json.loads(args.brand.read_text(encoding="utf-8")) if args.brand else {"name": "Oqyrman", "slug": "oqyrman"}
    args.output.mkdir(parents=True, exist_ok=True)
    epoch = source_date_epoch()
    suffix = "zip" if sys.platform == "win32" else "tar.gz"
    target = args.output / f"{brand['slug']}-{args.version}-{platform_name()}-portable.{suffix}"
    marker = MARKER_TEXT.format(name=brand["name"])
    (write_zip if suffix == "zip" else write_tar)(args.bundle, target, epoch, marker)
    print(f"{target} ({target.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
