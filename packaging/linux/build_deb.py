"""Build a Debian package from the PyInstaller bundle (dist/oqyrman).

    python packaging/linux/build_deb.py [--bundle dist/oqyrman] [--output dist] [--brand BRAND.json]

Files go under /opt/oqyrman with /usr/bin/oqyrman, a .desktop entry, hicolor icons,
AppStream metainfo, the manual page (written from the argument parser) and a changelog.
A branded build (``--brand``, written by packaging/collection.py) takes its slug for every
one of these names and its app id for the desktop entry, icons and metainfo, so it installs
beside the default reader.
``Depends`` comes from dpkg-shlibdeps over every ELF file in the bundle, so it names
exactly the system libraries the bundled Qt and Python load.

The package is reproducible: with the same bundle and SOURCE_DATE_EPOCH (default: the
last commit's time) it is the same bytes. Every file's time is that epoch, owners are root,
compressed files carry no name or time, and dpkg-deb sorts the members.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402
from desktop.branding import DEFAULT, Brand  # noqa: E402

APP_ID = DEFAULT.app_id  # the templates' names
HERE = Path(__file__).resolve().parent
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Oqyrman developers <oqyrman@example.invalid>"
# Loaded at run time by Qt plugins (dlopen), so dpkg-shlibdeps cannot see them.
RUNTIME_DEPENDS = ["libxcb-cursor0", "libegl1", "fonts-dejavu-core | fonts-noto-core"]
# Reading aloud plays through ALSA (PulseAudio and PipeWire serve it), which miniaudio opens at
# run time; without it the reader still reads, and F5 says there is no sound device.
RUNTIME_RECOMMENDS = ["libasound2t64 | libasound2"]


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def shlib_depends(bundle: Path) -> str:
    """The Depends line dpkg-shlibdeps computes for the bundle's ELF files."""
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    library_dirs = sorted({str(p.parent) for p in elves if ".so" in p.name})
    with tempfile.TemporaryDirectory() as scratch:
        debian = Path(scratch) / "debian"
        debian.mkdir()
        (debian / "control").write_text("Source: oqyrman\n\nPackage: oqyrman\nArchitecture: any\n")
        result = subprocess.run(
            [
                "dpkg-shlibdeps", "-O", "--ignore-missing-info", "--warnings=0",
                *(f"-l{d}" for d in library_dirs), *map(str, elves),
            ],
            cwd=scratch, capture_output=True, text=True, check=True,
        )  # fmt: skip
    for line in result.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.removeprefix("shlibs:Depends=")
    return ""


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the time of the last commit, else 0: never the build's own time."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=False)
    return int(found.stdout.strip() or 0)


def gzip_file(text: str, target: Path, epoch: int) -> None:
    """gzip -9n: no file name, a fixed time, so the bytes depend on the text alone."""
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch, compresslevel=9) as z,
    ):
        z.write(text.encode("utf-8"))


def load_brand(path: Path | None) -> tuple[Brand, Path | None]:
    """The brand written by packaging/collection.py (or the default), and its own icon if it has one."""
    if path is None:
        return DEFAULT, None
    stored = json.loads(path.read_text(encoding="utf-8"))
    brand = Brand(**{key: stored[key] for key in ("name", "app_id", "slug", "data_name")})
    return brand, Path(stored["icon"]) if stored.get("icon") else None


def desktop_entry(brand: Brand) -> str:
    """The menu entry: the template as it is, or with a branded build's name, program and icon."""
    lines = (HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    if brand == DEFAULT:
        return "\n".join(lines) + "\n"
    replaced = {"Name": brand.name, "Exec": brand.slug, "Icon": brand.app_id, "StartupWMClass": brand.slug}
    kept = []
    for line in lines:
        key = line.split("=", 1)[0]
        if key.startswith("Name["):  # the template's translations name Oqyrman, not this brand
            continue
        kept.append(f"{key}={replaced[key]}" if key in replaced else line)
    return "\n".join(kept) + "\n"


def metainfo(brand: Brand, version: str = __version__) -> str:
    """AppStream metainfo, with a branded build's id, name, desktop entry, program and release."""
    import xml.etree.ElementTree as ET

    text = (HERE / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    if brand == DEFAULT:
        return text
    component = ET.fromstring(text)
    component.find("id").text = brand.app_id  # type: ignore[union-attr]
    for name in component.findall("name"):
        if name.get("{http://www.w3.org/XML/1998/namespace}lang"):
            component.remove(name)
        else:
            name.text = brand.name
    component.find("launchable").text = f"{brand.app_id}.desktop"  # type: ignore[union-attr]
    component.find("provides/binary").text = brand.slug  # type: ignore[union-attr]
    component.find("releases/release").set("version", version)  # type: ignore[union-attr]
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(component, encoding="unicode") + "\n"


def changelog(version: str, epoch: int, package: str = DEFAULT.slug) -> str:
    when = dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    return (
        f"{package} ({version}) stable; urgency=medium\n\n"
        "  * Built from the Oqyrman sources; see the project's history for the changes.\n\n"
        f" -- {MAINTAINER}  {when}\n"
    )


def normalise(root: Path, epoch: int) -> None:
    """Shared libraries are not executable (lintian); every file and folder gets the epoch's time."""
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file() and not path.is_symlink() and ".so" in path.name and is_elf(path):
            path.chmod(0o644)
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(root, (epoch, epoch))


def stage(
    bundle: Path, root: Path, icons: Path, version: str, epoch: int, *, brand: Brand = DEFAULT, icon: Path | None = None
) -> None:
    slug, app_id = brand.slug, brand.app_id
    shutil.copytree(bundle, root / "opt" / slug, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / slug).symlink_to(f"/opt/{slug}/{slug}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{app_id}.desktop").write_text(desktop_entry(brand), encoding="utf-8")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{app_id}.metainfo.xml").write_text(metainfo(brand, version), encoding="utf-8")
    svg = icon if icon is not None else ROOT / "resources" / "icons" / "oqyrman.svg"
    if svg.suffix.lower() == ".svg":  # a PNG icon has the sized PNGs only
        scalable = share / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True)
        shutil.copy(svg, scalable / f"{app_id}.svg")
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(icons / f"oqyrman-{size}.png", target / f"{app_id}.png")
    doc = share / "doc" / slug
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        f"{brand.name}, built on Oqyrman\n\nFiles: *\nLicense: MIT\n\n"
        + (ROOT / "LICENSE").read_text(encoding="utf-8")
        + f"\nFiles: opt/{slug} (Noto Serif font, compiled into the program)\n"
        + (ROOT / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
        + f"\nFiles: opt/{slug}/_internal/PySide6\nLicense: LGPL-3\n"
        + " On Debian systems, the complete text of the GNU Lesser General Public License\n"
        + " version 3 can be found in '/usr/share/common-licenses/LGPL-3'.\n"
        + f"\nFiles: opt/{slug}/_internal/espeakng_loader (eSpeak NG, run as a program of its own)\n"
        + "License: GPL-3+\n Source: https://github.com/espeak-ng/espeak-ng (1.52.0)\n"
        + " On Debian systems, the complete text of the GNU General Public License\n"
        + " version 3 can be found in '/usr/share/common-licenses/GPL-3'.\n",
        encoding="utf-8",
    )
    gzip_file(changelog(version, epoch, slug), doc / "changelog.gz", epoch)
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    sys.path.insert(0, str(HERE))  # beside this script (the name "packaging" is PyPI's)
    from manpage import manual_page

    gzip_file(manual_page(), man / f"{slug}.1.gz", epoch)


def description(brand: Brand) -> str:
    """The synopsis line: the default's, or the brand's name with what it is (ASCII-safe either way)."""
    if brand == DEFAULT:
        return "offline reader for Kazakh-language articles"
    return f"{brand.name}: offline reader for Kazakh-language articles"


def installed_size_kib(root: Path) -> int:
    return sum(p.lstat().st_size for p in root.rglob("*")) // 1024 + 1


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "oqyrman")
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--output", type=Path, default=ROOT / "dist")
    parser.add_argument("--version", default=__version__, help="package version (default: the app's)")
    parser.add_argument("--brand", type=Path, help="brand.json of a branded build (packaging/collection.py)")
    args = parser.parse_args(argv)
    brand, icon = load_brand(args.brand)
    if not (args.bundle / brand.slug).exists():
        sys.exit(f"no bundle at {args.bundle}: run pyinstaller build.spec first")
    if not (args.icons / "oqyrman-16.png").exists():
        sys.exit(f"no icons in {args.icons}: run packaging/make_icons.py first")

    arch = architecture()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        epoch = source_date_epoch()
        stage(args.bundle, root, args.icons, args.version, epoch, brand=brand, icon=icon)
        computed = [d for d in shlib_depends(args.bundle).split(", ") if d]
        names = {d.split()[0] for d in computed}
        depends = ", ".join(computed + [d for d in RUNTIME_DEPENDS if d.split()[0] not in names])
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(
            f"Package: {brand.slug}\nVersion: {args.version}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
            f"Installed-Size: {installed_size_kib(root)}\nDepends: {depends}\n"
            f"Recommends: {', '.join(RUNTIME_RECOMMENDS)}\nSection: text\nPriority: optional\n"
            f"Description: {description(brand)}\n"
            " Oqyrman shows Kazakh articles in a comfortable window with a section sidebar,\n"
            " themes and a search that understands Kazakh word forms, Russian keyboards\n"
            " and the Latin alphabet. It reads articles aloud in Kazakh (eSpeak NG) and needs\n"
            " no network connection.\n",
            encoding="utf-8",
        )
        normalise(root, epoch)
        args.output.mkdir(parents=True, exist_ok=True)
        package = args.output / f"{brand.slug}_{args.version}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(package)],
            check=True, stdout=subprocess.DEVNULL, env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
        )  # fmt: skip
    print(f"{package} ({package.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
