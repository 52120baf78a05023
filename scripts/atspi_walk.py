"""What a Linux screen reader is given: the reader's AT-SPI tree, then the events of a few keys.

Run under a virtual display with its own session bus, with the system Python that has
PyGObject and AT-SPI's introspection data (Debian: python3-gi gir1.2-atspi-2.0 at-spi2-core):

    xvfb-run -a dbus-run-session -- python3 scripts/atspi_walk.py [--python .venv/bin/python] [--language kk]

It starts the AT-SPI bus, opens the reader with scratch settings (nothing of the user's is
read or written), prints the tree (lists and tables by their first items), then clicks into
the text (without a window manager, a click gives the window the keyboard), presses
Ctrl+PgDown three times, Ctrl+F, types a query, Enter, F3 and Alt+R, printing what a screen
reader hears: focus changes, caret moves and announcements. It presses keys through the
X server (XTest), as a person would; it prints, it checks nothing.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib

ROOT = Path(__file__).resolve().parent.parent
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
MAX_NODES = 2000
ITEMS_SHOWN = 3
HOLDERS = {"list", "tree", "table", "tree table", "menu bar"}


def find_reader(name: str, timeout_s: float = 30) -> Atspi.Accessible | None:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and (app.get_name() or "").lower() == name:
                return app
        time.sleep(0.25)
    return None


def describe(node: Atspi.Accessible) -> str:
    role, name = node.get_role_name(), node.get_name()
    extra = ""
    if role == "combo box":
        labels = [
            relation.get_target(0).get_name()
            for relation in node.get_relation_set()
            if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY
        ]
        extra = f" labelled by «{', '.join(labels)}»"
    locale = node.get_object_locale() if role in ("label", "text", "frame") else ""
    return f"[{role}] «{name}»{extra}" + (f" locale={locale}" if locale else "")


def print_tree(app: Atspi.Accessible) -> None:
    stack, budget = [(app, 0)], MAX_NODES
    while stack and budget:
        node, depth = stack.pop()
        budget -= 1
        if depth > 1 and not node.get_state_set().contains(Atspi.StateType.SHOWING):
            continue
        print("  " * depth + describe(node))
        count = node.get_child_count()
        if node.get_role_name() in HOLDERS:
            for index in range(min(count, ITEMS_SHOWN)):
                item = node.get_child_at_index(index)
                if item is not None:
                    print("  " * (depth + 1) + f"{describe(item)} ({index + 1} of {count})")
            continue
        stack.extend((node.get_child_at_index(i), depth + 1) for i in reversed(range(count)))


MODIFIER_KEYCODES = {"Control_L": 37, "Alt_L": 64}
"""X keycodes of the modifiers in Xvfb's default keymap (AT-SPI presses and holds keys by keycode only)."""
KEYSYMS = {"Next": 0xFF56, "Return": 0xFF0D, "F3": 0xFFC0}


def press(keys: str) -> None:
    """Keys like "Control_L+Next" through the X server, as a person presses them."""
    *modifiers, key = keys.split("+")
    for name in modifiers:
        Atspi.generate_keyboard_event(MODIFIER_KEYCODES[name], None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(KEYSYMS.get(key, ord(key[0])), None, Atspi.KeySynthType.SYM)
    for name in reversed(modifiers):
        Atspi.generate_keyboard_event(MODIFIER_KEYCODES[name], None, Atspi.KeySynthType.RELEASE)


def listen(steps: list[tuple[str, str]]) -> None:
    def heard(event: Atspi.Event) -> None:
        source = event.source
        text = event.any_data if isinstance(event.any_data, str) else ""
        where = f"[{source.get_role_name()}] «{source.get_name()[:40]}»"
        print(f"  {event.type} {where} {text or event.detail1}", flush=True)

    listener = Atspi.EventListener.new(heard)
    for kind in ("object:state-changed:focused", "object:text-caret-moved", "object:announcement"):
        listener.register(kind)
    loop = GLib.MainLoop()
    queue = list(steps)

    def next_step() -> bool:
        if not queue:
            loop.quit()
            return False
        label, keys = queue.pop(0)
        print(f"{label}:", flush=True)
        for key in keys.split(" "):
            press(key)
        return True

    GLib.timeout_add(1500, next_step)
    loop.run()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"), help="the reader's Python")
    parser.add_argument("--language", default="kk", choices=["kk", "ru", "en"])
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="oqyrman-atspi-"))
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_DATA_HOME=str(scratch / "data"), XDG_CACHE_HOME=str(scratch / "cache"))  # fmt: skip
    (scratch / "config" / "Oqyrman").mkdir(parents=True)
    (scratch / "config" / "Oqyrman" / "settings.ini").write_text(f"[ui]\nlanguage={args.language}\n")
    bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env)
    time.sleep(1)
    reader = subprocess.Popen([args.python, "-m", "desktop"], cwd=ROOT, env=env)
    try:
        app = find_reader("oqyrman")
        if app is None:
            print("the reader did not appear on the AT-SPI bus", file=sys.stderr)
            return 1
        time.sleep(2)
        print_tree(app)
        frame = app.get_child_at_index(0)
        box = frame.get_extents(Atspi.CoordType.SCREEN)
        Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")  # into the text
        time.sleep(0.5)
        listen([
            ("Ctrl+PgDown ×3", "Control_L+Next Control_L+Next Control_L+Next"),
            ("Ctrl+F, сапар, Enter", "Control_L+f"),
            ("", "s a p a r"),
            ("Enter", "Return"),
            ("F3", "F3"),
            ("Alt+R", "Alt_L+r"),
        ])  # fmt: skip
    finally:
        reader.terminate()
        reader.wait(10)
        bus.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
