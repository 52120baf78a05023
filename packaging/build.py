"""Build the bundle and the installer of the current platform, then smoke-test the bundle.

    python packaging/build.py [--bundle-only]
        [--collection DIR [--name NAME] [--app-id ID] [--icon FILE]] [--version V]
                                         # Linux: dist/oqyrman/, dist/oqyrman_<version>_<arch>.deb and
                                         #        dist/oqyrman-<version>-linux-<arch>-portable.tar.gz
                                         # Windows: dist/oqyrman/, dist/oqyrman-<version>-setup.exe and a
                                         #          -portable.zip
                                         # macOS: dist/Oqyrman.app and dist/Oqyrman-<version>.dmg

A branded build (``--collection``) ships the articles of DIR instead of the bundled one, under
its own name and app id: every file name above then starts with its slug (kz.example.Reader
gives kz-example-reader), so it installs beside the default reader. docs/distributing.md
walks through it. ``--version`` versions the installers (default: the reader's own).

Run it from an environment with the dev extra installed (``pip install -e '.[dev]'``).
Each step prints how long it took.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402
from desktop.branding import DEFAULT, Brand  # noqa: E402

DIST = ROOT / "dist"


def step(name: str, command: list[str], **kwargs) -> subprocess.CompletedProcess:
    print(f"== {name}: {' '.join(command)}", flush=True)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, check=True, **kwargs)
    print(f"== {name}: {time.perf_counter() - start:.1f} s", flush=True)
    return result


def executable(brand: Brand) -> Path:
    if sys.platform == "darwin":
        return DIST / f"{brand.name}.app" / "Contents" / "MacOS" / brand.slug
    return DIST / brand.slug / (f"{brand.slug}.exe" if sys.platform == "win32" else brand.slug)


def smoke_test_collection(program: Path, brand: Brand, articles: int) -> None:
    """A branded build: its own name, its collection in the library, a search across it."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "XDG_DATA_HOME": data, "XDG_CONFIG_HOME": data, "APPDATA": data, "LOCALAPPDATA": data}
        result = step("frozen self-test", [str(program), "--self-test", "--real-settings"], capture_output=True,
                      text=True, env=env)  # fmt: skip
        report = json.loads(result.stdout.strip().splitlines()[-1])
        assert report["title"].endswith(f" — {brand.name}"), report["title"]
        listed = step("frozen library", [str(program), "library", "list", "--json"], capture_output=True, env=env)
        entries = json.loads(listed.stdout)["articles"]
        assert len(entries) == articles and all(entry["bundled"] for entry in entries), entries
        print(f"   {len(entries)} articles: {', '.join(entry['title'] for entry in entries)}", flush=True)


def smoke_test(program: Path) -> None:
    """The frozen app opens its window, searches and exports exactly as from source."""
    env = {**os.environ}
    result = step("frozen self-test", [str(program), "--self-test"], capture_output=True, text=True, env=env)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"   first paint {report['first_paint_ms']} ms, font {report['font_family']}", flush=True)
    found = step("frozen search", [str(program), "search", "Batys", "--json"], capture_output=True, env=env)
    assert json.loads(found.stdout)["hits"], "search found nothing in the frozen app"
    # A misspelt query goes through rapidfuzz, whose unused parts the bundle leaves out.
    typo = step("frozen typo search", [str(program), "search", "Рессей", "--json"], capture_output=True, env=env)
    corrected = json.loads(typo.stdout)
    assert corrected["suggestion"] == "Ресей" and corrected["hits"], corrected
    exported = step("frozen export", [str(program), "export", "--format", "text"], capture_output=True, env=env)
    source = subprocess.run(
        [sys.executable, "-m", "desktop", "export", "--format", "text"], cwd=ROOT, capture_output=True, check=True
    )
    assert exported.stdout == source.stdout, "the frozen export differs from the source export"
    with tempfile.TemporaryDirectory() as spoken:  # the Kazakh voice: its process, its pruned data, every sentence
        timings = Path(spoken) / "timings.json"
        step(
            "frozen speak",
            [str(program), "speak", "-o", str(Path(spoken) / "a.wav"), "--timings", str(timings)],
            capture_output=True,
            env=env,
        )
        said = json.loads(timings.read_text(encoding="utf-8"))
        assert said and min(entry["end"] - entry["start"] for entry in said) > 0.5, "the frozen voice skipped sentences"
    with tempfile.TemporaryDirectory() as data:  # the notes store (SQLite) opens and lists in the frozen app
        notes = step(
            "frozen notes",
            [str(program), "notes", "list"],
            capture_output=True,
            env={**env, "XDG_DATA_HOME": data, "APPDATA": data, "LOCALAPPDATA": data},
        )
        assert notes.stdout.strip().endswith(b"0 annotations"), notes.stdout


def build_installer(brand: Brand, brand_file: Path, icons: Path, version: str) -> None:
    """The installer of the platform this runs on."""
    bundle = DIST / brand.slug
    if sys.platform.startswith("linux"):
        step("deb", [sys.executable, "packaging/linux/build_deb.py", "--bundle", str(bundle), "--brand",
                     str(brand_file), "--icons", str(icons), "--version", version])  # fmt: skip
        step("portable archive", [sys.executable, "packaging/portable.py", "--bundle", str(bundle), "--brand",
                                  str(brand_file), "--version", version])  # fmt: skip
    elif sys.platform == "win32":
        defines = [f"-DVERSION={version}", f"-DAPP_NAME={brand.name}", f"-DAPP_ID={brand.app_id}",
                   f"-DSLUG={brand.slug}", f"-DINSTALL_DIR={brand.data_name}", f"-DICONS={icons}"]  # fmt: skip
        step("installer", ["makensis", *defines, "packaging/windows/oqyrman.nsi"])
        step("portable archive", [sys.executable, "packaging/portable.py", "--bundle", str(bundle), "--brand",
                                  str(brand_file), "--version", version])  # fmt: skip
    elif sys.platform == "darwin":
        step("dmg", ["bash", "packaging/macos/build_dmg.sh", version, brand.name])


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle-only", action="store_true", help="no installer (CI on every push: no NSIS needed)")
    parser.add_argument(
        "--collection", type=Path, metavar="DIR", help="ship these articles (any format the reader opens)"
    )
    parser.add_argument("--name", default=None, help="with --collection: the program's name")
    parser.add_argument("--app-id", default=None, help="with --collection: its reverse-DNS id, e.g. kz.example.Reader")
    parser.add_argument("--icon", type=Path, help="with --collection: its icon, a square SVG or PNG")
    parser.add_argument("--version", default=__version__, help="the installers' version (default: the reader's)")
    args = parser.parse_args(argv)
    if args.collection is None and (args.name or args.app_id or args.icon):
        parser.error("--name, --app-id and --icon brand a collection: give --collection DIR too")
    started = time.perf_counter()
    env = {**os.environ}
    brand, icons, articles = DEFAULT, ROOT / "build" / "icons", 0
    brand_file = ROOT / "build" / "brand-default.json"
    brand_file.parent.mkdir(parents=True, exist_ok=True)
    brand_file.write_text(json.dumps({**DEFAULT._asdict(), "icon": None}) + "\n", encoding="utf-8")
    if args.collection is not None:
        compiled = ROOT / "build" / "collection"
        shutil.rmtree(compiled, ignore_errors=True)
        name, app_id = args.name or DEFAULT.name, args.app_id or DEFAULT.app_id
        icon = ["--icon", str(args.icon)] if args.icon else []
        command = [sys.executable, "packaging/collection.py", str(args.collection), "--name", name,
                   "--app-id", app_id, "--output", str(compiled), *icon]  # fmt: skip
        if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
            return 2  # every bad file was named by collection.py
        brand_file = compiled / "brand.json"
        stored = json.loads(brand_file.read_text(encoding="utf-8"))
        brand = Brand(**{key: stored[key] for key in ("name", "app_id", "slug", "data_name")})
        articles = int(stored["articles"])
        env["OQYRMAN_COLLECTION"] = str(compiled)
        if args.icon is not None:
            icons = ROOT / "build" / f"icons-{brand.slug}"
    env["OQYRMAN_ICONS"] = str(icons)
    for stale in (DIST / brand.slug, DIST / f"{brand.name}.app"):
        shutil.rmtree(stale, ignore_errors=True)
    step("icons", [sys.executable, "packaging/make_icons.py", str(icons),
                   *(["--source", str(args.icon)] if args.icon else [])])  # fmt: skip
    step("bundle", [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"], env=env)
    if args.collection is None:
        smoke_test(executable(brand))
    else:
        smoke_test_collection(executable(brand), brand, articles)
    if not args.bundle_only:
        build_installer(brand, brand_file, icons, args.version)
    print(f"== all: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
