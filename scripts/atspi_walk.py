"""What a Linux screen reader is given: the reader's AT-SPI tree, then the events of a few keys.

Run under a virtual display with its own session bus, with the system Python that has
PyGObject and AT-SPI's introspection data (Debian: python3-gi gir1.2-atspi-2.0 at-spi2-core):

    xvfb-run -a dbus-run-session -- python3 scripts/atspi_walk.py [--python .venv/bin/python]
        [--language kk] [--add FOLDER] [--scenes reading,library,note,dialogs,menus] [--items 3]

It starts the AT-SPI bus, opens the reader with scratch settings (nothing of the user's is
read or written; ``--add`` runs ``oqyrman add`` into them first, for a library of many
articles), then plays scenes: keys pressed through the X server (XTest), as a person would,
with what a screen reader hears printed after each (focus changes, caret moves, checked,
expanded and selected states, announcements) and the window walked where a scene says so.
Each scene starts with a click into the text: without a window manager, a click gives the
window the keyboard (also after a dialog closed, which no window manager gives it back).

- reading: the tree; Ctrl+PgDown ×3, a search (Ctrl+F, "сап" typed, the words offered walked,
  ↓ Enter, F3 ×2, Alt+R), Tab on to the results list, ↓, walked; the sections list (Ctrl+1, ↓);
  the highlights list opened (Ctrl+Shift+M), walked, and closed; the Latin alphabet on and off.
- library: Ctrl+Shift+L, walked; ↓, a letter typed (to the filter), Esc ×2.
- note: a word of the text selected, Ctrl+Shift+N, the dialog walked; Tab, Esc.
- dialogs: the word card (Ctrl+I), About (F1) and the file dialog (Ctrl+O), each walked, then Esc.
- menus: every menu walked (their items are there before they open); Alt (the menu bar), Esc;
  the first menu opened by its Alt+letter, walked, ↓, → through the others, Esc.

Each node is printed with its role, name, description, states, actions with their keys,
its text (with the caret) or value; a line starting with "!" flags what a screen-reader user
would miss: an interactive node without a name, a control named in the wrong language, a
list item without text, a progress bar without a value or a name, a step that should move
the focus and sent no focus event. It prints, it checks nothing: it is not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib

ROOT = Path(__file__).resolve().parent.parent
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
MAX_NODES = 2000
HOLDERS = {"list", "tree", "table", "tree table", "menu bar", "menu"}
"""Their children are the article's or the library's own words (or menu items): the first few are shown."""
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry", "password text",
    "list", "table", "tree", "tree table", "menu item", "check menu item", "radio menu item", "page tab",
    "slider", "spin button", "link", "menu", "list item", "table cell",
}  # fmt: skip
CONTENT = {"list item", "table cell", "tree item", "frame", "label", "table row", "table row header"}
"""Roles whose names may be the article's own words (Kazakh in every interface)."""
STATES_SHOWN = (
    "focusable", "focused", "checkable", "checked", "expandable", "expanded", "selectable", "selected",
    "editable", "multi-line", "read-only", "sensitive", "indeterminate", "modal", "active", "busy",
)  # fmt: skip
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
SAME_IN_EVERY_LANGUAGE = {"OK", "Qt", "Oqyrman", "PDF", "HTML", "JSON", "Markdown", "EPUB", "Ctrl", "Shift", "Alt",
                          "Enter", "Esc", "PgDown", "PgUp", "Space", "Del", "Home", "End", "Tab", "Up", "Down",
                          "Left", "Right", "Ins", "Print", "Backspace", "English"}  # fmt: skip
LANGUAGE_NAMES = {"Қазақша", "Русский", "English"}
"""The interface languages are named in their own language, in every interface."""
MODIFIER_KEYCODES = {"Control_L": 37, "Alt_L": 64, "Shift_L": 50}
"""X keycodes of the modifiers in Xvfb's default keymap (AT-SPI presses and holds keys by keycode only)."""
KEYSYMS = {"Next": 0xFF56, "Return": 0xFF0D, "F1": 0xFFBE, "F3": 0xFFC0, "Down": 0xFF54, "Up": 0xFF52, "Right": 0xFF53,
           "Left": 0xFF51, "Tab": 0xFF09, "Escape": 0xFF1B, "Home": 0xFF50}  # fmt: skip


CLICK = "click"
"""A click into the text: without a window manager it gives the window the keyboard (a dialog closed)."""
FIRST_MENU_KEY = "first-menu"
"""Stands for the first menu's Alt+letter, read from the menu bar (it is the interface language's)."""


@dataclass
class Step:
    """Keys pressed (space-separated, "Control_L+f"), then what was heard; ``walk`` walks the active window
    ("window") or the open menu ("menu") after them; ``moves_focus`` flags a step that sent no focus event."""

    label: str
    keys: str = ""
    walk: str = ""
    moves_focus: bool = False
    wait_ms: int = 1500
    """How long what follows the keys is listened to (a file dialog takes longer to open)."""


SCENES: dict[str, list[Step]] = {
    "reading": [
        Step("Ctrl+PgDown ×3", "Control_L+Next Control_L+Next Control_L+Next"),
        Step("Ctrl+F", "Control_L+f", moves_focus=True),
        Step("с а п (typed: words offered)", "с а п", walk="menu"),
        Step("↓ (a word offered)", "Down"),
        Step("Enter (the word taken: all its forms searched)", "Return"),
        Step("F3", "F3"),
        Step("F3", "F3"),
        Step("Alt+R", "Alt_L+r"),
        Step("Tab (from the search box: the results)", "Tab", moves_focus=True),
        Step("↓ (the next hit)", "Down", walk="window"),
        Step("Tab", "Tab", moves_focus=True),
        Step("Tab", "Tab", moves_focus=True),
        Step("Ctrl+1, ↓ (the sections list)", "Control_L+1 Down", moves_focus=True),
        Step("Ctrl+2 (the text)", "Control_L+2", moves_focus=True),
        Step("Ctrl+Shift+M (the highlights list)", "Control_L+Shift_L+m", walk="window", moves_focus=True),
        Step("Ctrl+Shift+M (closed)", "Control_L+Shift_L+m", moves_focus=True),
        Step("Ctrl+L (the Latin alphabet)", "Control_L+l"),
        Step("Ctrl+L", "Control_L+l"),
    ],
    "library": [
        Step("Ctrl+Shift+L (the library)", "Control_L+Shift_L+l", walk="window", moves_focus=True),
        Step("↓ ↓", "Down Down"),
        Step("k (typed on the table: to the filter)", "k", moves_focus=True),
        Step("Esc (clears the filter)", "Escape"),
        Step("↓ (back to the table)", "Down", moves_focus=True),
        Step("Esc (back to the text)", "Escape", moves_focus=True),
    ],
    "note": [
        Step(
            "Ctrl+2, Ctrl+Home, ↓ ↓ ↓, Ctrl+Shift+→ (a word selected)",
            "Control_L+2 Control_L+Home Down Down Down Control_L+Shift_L+Right",
        ),
        Step("Ctrl+Shift+N (the note dialog)", "Control_L+Shift_L+n", walk="window", moves_focus=True),
        Step("Tab", "Tab", moves_focus=True),
        Step("Esc", "Escape", moves_focus=True),
    ],
    "dialogs": [
        Step("Ctrl+2, Ctrl+I (the word card)", "Control_L+2 Control_L+i", walk="window", moves_focus=True),
        Step("Esc", "Escape", moves_focus=True),
        Step("F1 (about)", "F1", walk="window", moves_focus=True),
        Step("Esc", "Escape", moves_focus=True),
        Step(
            "(a click into the text), Ctrl+O (the file dialog)",
            f"{CLICK} Control_L+o",
            walk="window",
            moves_focus=True,
            wait_ms=5000,
        ),
        Step("Tab", "Tab", moves_focus=True),
        Step("Esc", "Escape", moves_focus=True),
    ],
    "menus": [
        Step("(no key)", walk="menu bar"),
        Step("Ctrl+2, Alt (the menu bar)", "Control_L+2 Alt_L", moves_focus=True),
        Step("Esc", "Escape"),
        Step("the first menu's Alt+letter", FIRST_MENU_KEY, walk="menu", moves_focus=True),
        Step("↓", "Down", moves_focus=True),
        Step("→ (the next menu)", "Right", walk="menu", moves_focus=True),
        Step("→", "Right", walk="menu", moves_focus=True),
        Step("→", "Right", walk="menu", moves_focus=True),
        Step("→", "Right", walk="menu", moves_focus=True),
        Step("→", "Right", walk="menu", moves_focus=True),
        Step("Esc Esc", "Escape Escape", moves_focus=True),
    ],
}


@dataclass
class Report:
    """What the walk flagged, to be summed up at the end."""

    language: str
    flags: list[str] = field(default_factory=list)

    def flag(self, what: str, indent: str = "") -> None:
        self.flags.append(what)
        print(f"{indent}! {what}", flush=True)


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


def states_of(node: Atspi.Accessible) -> list[str]:
    states = node.get_state_set()
    return [nick for nick in STATES_SHOWN if states.contains(getattr(Atspi.StateType, nick.upper().replace("-", "_")))]


def has(node: Atspi.Accessible, interface: str) -> bool:
    return interface in node.get_interfaces()


def actions_of(node: Atspi.Accessible) -> list[str]:
    if not has(node, "Action"):
        return []
    found = []
    for index in range(node.get_n_actions()):
        name, key = node.get_action_name(index), node.get_key_binding(index)
        found.append(f"{name}({key})" if key else name)
    return found


def text_of(node: Atspi.Accessible, shown: int = 60) -> str:
    if not has(node, "Text"):
        return ""
    count = node.get_character_count()
    text = node.get_text(0, min(count, shown)).replace("\n", "⏎")
    return f" text[{count}, caret {node.get_caret_offset()}]=«{text}{'…' if count > shown else ''}»"


def value_of(node: Atspi.Accessible) -> str:
    if not has(node, "Value"):
        return ""
    low, high = node.get_minimum_value(), node.get_maximum_value()
    return f" value={node.get_current_value():g} of {low:g}–{high:g}"


def describe(node: Atspi.Accessible) -> str:
    role, name = node.get_role_name(), node.get_name()
    labels = [
        relation.get_target(0).get_name()
        for relation in node.get_relation_set()
        if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY
    ]
    line = f"[{role}] «{name}»" + (f" labelled by «{', '.join(labels)}»" if labels else "")
    description = node.get_description()
    if description:
        line += f" desc=«{description}»"
    states = states_of(node)
    if states:
        line += " {" + ",".join(states) + "}"
    actions = [a for a in actions_of(node) if a != "SetFocus"]
    if actions:
        line += " actions=" + ",".join(actions)
    if role in ("text", "label", "entry", "paragraph", "document text"):
        line += text_of(node)
    line += value_of(node)
    if role in ("label", "text", "frame", "dialog"):
        locale = node.get_object_locale()
        line += f" locale={locale}" if locale else ""
    return line


def concerns(node: Atspi.Accessible, language: str) -> list[str]:
    """What a screen-reader user would miss or hear wrong at this node."""
    role, name = node.get_role_name(), node.get_name() or ""
    states = node.get_state_set()
    found = []
    labelled = any(r.get_relation_type() == Atspi.RelationType.LABELLED_BY for r in node.get_relation_set())
    interactive = role in INTERACTIVE or (states.contains(Atspi.StateType.FOCUSABLE) and role not in CONTENT)
    if interactive and not name.strip() and not labelled:
        found.append(f"no name: [{role}]")
    if role == "progress bar" and not has(node, "Value"):
        found.append("a progress bar without a value")
    if role == "progress bar" and not name.strip():
        found.append("a progress bar without a name")
    if role in CONTENT or not name or name in LANGUAGE_NAMES or name.startswith("/"):  # a folder's path
        return found
    words = [w for w in LATIN_WORD.findall(name.replace("&", "")) if w not in SAME_IN_EVERY_LANGUAGE]
    if language == "en" and CYRILLIC.search(name) and not words:  # "About the word: сапар" holds the article's
        found.append(f"not in English: [{role}] «{name}»")
    elif language != "en" and words and not CYRILLIC.search(name):
        found.append(f"not translated {words}: [{role}] «{name}»")
    return found


def print_tree(root: Atspi.Accessible, report: Report, items: int, depth0: int = 0, menus: bool = False) -> None:
    """The showing nodes under ``root``, depth first; holders (lists, tables, menus) by their first ``items``.

    ``menus``: the menus whole, shown or not (a menu's items are there before it opens)."""
    stack, budget = [(root, depth0)], MAX_NODES
    while stack and budget:
        node, depth = stack.pop()
        budget -= 1
        if node is None:
            continue
        if not menus and depth > depth0 + 1 and not node.get_state_set().contains(Atspi.StateType.SHOWING):
            continue
        indent = "  " * depth
        print(indent + describe(node), flush=True)
        for concern in concerns(node, report.language):
            report.flag(concern, indent + "  ")
        count = node.get_child_count()
        if node.get_role_name() in HOLDERS and not menus:
            nameless = 0
            for index in range(count):
                item = node.get_child_at_index(index)
                if item is None:
                    continue
                if index < items:
                    print(indent + f"  {describe(item)} ({index + 1} of {count})", flush=True)
                    for concern in concerns(item, report.language):
                        report.flag(concern, indent + "    ")
                elif not (item.get_name() or "").strip() and index < 400:
                    nameless += 1
            if nameless:
                report.flag(f"{nameless} more items without a name in [{node.get_role_name()}] «{node.get_name()}»",
                            indent + "  ")  # fmt: skip
            continue
        stack.extend((node.get_child_at_index(i), depth + 1) for i in reversed(range(count)))


def keysym_of(letter: str) -> int:
    """X's keysym of a letter: Latin-1 as is, any other (Cyrillic) by its Unicode keysym (AT-SPI maps a spare key)."""
    return ord(letter) if ord(letter) < 0x100 else 0x1000000 + ord(letter)


def press(keys: str) -> None:
    """Keys like "Control_L+Next" through the X server, as a person presses them ("Alt_L" alone: pressed, let go)."""
    *modifiers, key = keys.split("+")
    for name in modifiers:
        Atspi.generate_keyboard_event(MODIFIER_KEYCODES[name], None, Atspi.KeySynthType.PRESS)
    if key in MODIFIER_KEYCODES:
        Atspi.generate_keyboard_event(MODIFIER_KEYCODES[key], None, Atspi.KeySynthType.PRESSRELEASE)
    else:
        Atspi.generate_keyboard_event(KEYSYMS.get(key, keysym_of(key[0])), None, Atspi.KeySynthType.SYM)
    for name in reversed(modifiers):
        Atspi.generate_keyboard_event(MODIFIER_KEYCODES[name], None, Atspi.KeySynthType.RELEASE)


EVENTS = (
    "object:state-changed:focused", "object:text-caret-moved", "object:announcement",
    "object:state-changed:checked", "object:state-changed:expanded", "object:state-changed:selected",
    "object:active-descendant-changed", "window:activate",
)  # fmt: skip
EVENTS_SHOWN_PER_STEP = 14


def top_of(node: Atspi.Accessible) -> Atspi.Accessible:
    """The outermost object above ``node`` (below the application), found by its parents."""
    for _ in range(64):  # depth budget
        parent = node.get_parent()
        if parent is None or parent.get_role_name() == "application":
            break
        node = parent
    return node


def walk_active(app: Atspi.Accessible, what: str, focused: Atspi.Accessible | None, report: Report, items: int) -> None:
    """The active window (``"window"``), or the popup holding the focus (``"menu"`` and ``"window"``), walked.

    Qt lists no popup (a menu, the words offered under the search box, the word card) among the
    application's windows: a screen reader meets one by the focus, so it is found from there.
    """
    try:
        popup = top_of(focused) if focused is not None else None
    except GLib.Error:  # the object with the focus is gone (a popup closed)
        popup = None
    if popup is not None and popup.get_role_name() != "frame" and popup.get_index_in_parent() < 0:
        print(f"  the popup with the focus, walked (from its focused [{focused.get_role_name()}]):", flush=True)
        print_tree(popup, report, max(items, 40), depth0=2)
    if what != "window":
        return
    for index in range(app.get_child_count()):
        top = app.get_child_at_index(index)
        if top is not None and top.get_state_set().contains(Atspi.StateType.ACTIVE):
            print("  the active window, walked:", flush=True)
            print_tree(top, report, items, depth0=2)


def find_menu_bar(app: Atspi.Accessible) -> Atspi.Accessible | None:
    frame = app.get_child_at_index(0)
    for index in range(frame.get_child_count()):
        child = frame.get_child_at_index(index)
        if child is not None and child.get_role_name() == "menu bar":
            return child
    return None


def click_into_text(app: Atspi.Accessible) -> None:
    box = app.get_child_at_index(0).get_extents(Atspi.CoordType.SCREEN)
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    time.sleep(0.5)


def first_menu_key(app: Atspi.Accessible) -> str:
    """The first menu's Alt+letter as keys to press ("Alt_L+ф"), from its key binding."""
    menu_bar = find_menu_bar(app)
    first = menu_bar.get_child_at_index(0) if menu_bar is not None else None
    binding = first.get_key_binding(0) if first is not None and has(first, "Action") else ""
    letter = binding.rsplit("+", 1)[-1].lower() if binding.startswith("Alt+") else ""
    return f"Alt_L+{letter}" if letter else "Alt_L"


def play(app: Atspi.Accessible, steps: list[Step], report: Report, items: int) -> None:
    heard: list[str] = []
    focused: list[str] = []
    last_focused: list[Atspi.Accessible] = []

    def on_event(event: Atspi.Event) -> None:
        source = event.source
        if event.type.startswith("object:state-changed") and not event.detail1:
            return  # what was lost is said by what was gained
        text = event.any_data if isinstance(event.any_data, str) else ""
        try:
            if event.type == "object:active-descendant-changed" and isinstance(event.any_data, Atspi.Accessible):
                text = f"→ [{event.any_data.get_role_name()}] «{event.any_data.get_name()}»"
            where = f"[{source.get_role_name()}] «{(source.get_name() or '')[:40]}»"
        except GLib.Error as error:  # gone before it was asked (a menu closed, a row filtered out)
            where = f"(gone: {error.message})"
        heard.append(f"    {event.type} {where} {(text or str(event.detail1)).replace(chr(10), ' ⏎ ')}")
        if event.type == "object:state-changed:focused":
            focused.append(where)
            last_focused[:] = [source]

    listener = Atspi.EventListener.new(on_event)
    for kind in EVENTS:
        listener.register(kind)
    loop = GLib.MainLoop()
    queue = list(steps)
    current: list[Step] = []

    def finish_step() -> None:
        if not current:
            return
        step = current.pop()
        for line in heard[:EVENTS_SHOWN_PER_STEP]:
            print(line, flush=True)
        if len(heard) > EVENTS_SHOWN_PER_STEP:
            print(f"    … {len(heard) - EVENTS_SHOWN_PER_STEP} events more", flush=True)
        if step.moves_focus and not focused:
            report.flag(f"no focus event after «{step.label}»", "    ")
        heard.clear()
        focused.clear()
        if step.walk == "menu bar":
            menu_bar = find_menu_bar(app)
            if menu_bar is not None:
                print("  the menu bar, every menu (shown or not), walked:", flush=True)
                print_tree(menu_bar, report, items, depth0=2, menus=True)
        elif step.walk:
            walk_active(app, step.walk, last_focused[0] if last_focused else None, report, items)

    def next_step() -> bool:
        finish_step()
        if not queue:
            loop.quit()
            return False
        step = queue.pop(0)
        print(f"  {step.label}:", flush=True)
        keys = step.keys.split()
        if step.keys == FIRST_MENU_KEY:
            keys = [first_menu_key(app)]
        for key in keys:
            if key == CLICK:
                click_into_text(app)
            else:
                press(key)
            time.sleep(0.05)
        current.append(step)
        GLib.timeout_add(step.wait_ms, next_step)
        return False  # each step sets the time of the next

    GLib.timeout_add(1500, next_step)
    loop.run()
    for kind in EVENTS:
        listener.deregister(kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"), help="the reader's Python")
    parser.add_argument("--language", default="kk", choices=["kk", "ru", "en"])
    parser.add_argument("--add", action="append", default=[], metavar="PATH",
                        help="add these files or folders to the scratch library first (oqyrman add)")  # fmt: skip
    parser.add_argument("--scenes", default=",".join(SCENES), help=f"which of {', '.join(SCENES)}, in this order")
    parser.add_argument("--items", type=int, default=3, help="items shown of each list, table or menu")
    args = parser.parse_args()
    scenes = [name for name in args.scenes.split(",") if name]
    unknown = [name for name in scenes if name not in SCENES]
    if unknown:
        parser.error(f"no such scene: {', '.join(unknown)}")
    scratch = Path(tempfile.mkdtemp(prefix="oqyrman-atspi-"))
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_DATA_HOME=str(scratch / "data"), XDG_CACHE_HOME=str(scratch / "cache"))  # fmt: skip
    (scratch / "config" / "Oqyrman").mkdir(parents=True)
    (scratch / "config" / "Oqyrman" / "settings.ini").write_text(f"[ui]\nlanguage={args.language}\n")
    for path in args.add:
        added = subprocess.run([args.python, "-m", "desktop", "add", path], cwd=ROOT, env=env, capture_output=True,
                               text=True, check=False)  # fmt: skip
        print(f"oqyrman add {path}: {(added.stdout or added.stderr).strip().splitlines()[-1:]}", flush=True)
    report = Report(args.language)
    bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env)
    time.sleep(1)
    reader = subprocess.Popen([args.python, "-m", "desktop"], cwd=ROOT, env=env)
    try:
        app = find_reader("oqyrman")
        if app is None:
            print("the reader did not appear on the AT-SPI bus", file=sys.stderr)
            return 1
        time.sleep(2)
        print_tree(app, report, args.items)
        for scene in scenes:
            print(f"== {scene}", flush=True)
            click_into_text(app)  # the keyboard, also back from a dialog a scene closed
            play(app, SCENES[scene], report, args.items)
    finally:
        reader.terminate()
        reader.wait(10)
        bus.terminate()
    print(f"== {len(report.flags)} flagged ({args.language})")
    for flag in sorted(set(report.flags)):
        print(f"  {report.flags.count(flag)}× {flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
