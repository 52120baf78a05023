"""Reading aloud: how soon the first sentence sounds after F5, and how fast the voice speaks.

    python benchmarks/speech.py [--runs 7]

- "F5 → first samples": the window (offscreen) is shown and finished starting; F5 is pressed
  (the action triggered) and the clock stops when the sound device is first handed samples.
  The device is a stand-in that asks for 10 ms of samples every 10 ms, as a sound card does,
  so this includes importing the speech modules, starting the voice's process, loading the
  Kazakh voice and making the first sentence (the article's longest). Target: 300 ms.
- "voice process ready": starting the eSpeak NG process until it says it is ready.
- synthesis speed: the whole article (its sentences as said), seconds of audio made per second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.timing import machine_line


class ClockedDevice:
    """A silent sound device taking 10 ms of samples every 10 ms; notes when it first gets some."""

    PERIOD = 0.01
    first_samples: float | None = None

    def __init__(self, sample_rate: int) -> None:
        self.sample_rate = sample_rate
        self._stop = threading.Event()

    def start(self, pull) -> None:  # type: ignore[no-untyped-def]
        def run() -> None:
            while not self._stop.wait(self.PERIOD):
                if pull(int(self.sample_rate * self.PERIOD)) and ClockedDevice.first_samples is None:
                    ClockedDevice.first_samples = time.perf_counter()

        threading.Thread(target=run, daemon=True).start()

    def close(self) -> None:
        self._stop.set()


def f5_to_first_samples(window, app) -> float:  # type: ignore[no-untyped-def]
    from desktop.ui.mainwindow import MainAction

    ClockedDevice.first_samples = None
    window.read_aloud.stop()
    original = window.read_aloud.start
    window.read_aloud.start = lambda first=None: original(first, output_factory=ClockedDevice)  # type: ignore[method-assign]
    started = time.perf_counter()
    window.action(MainAction.READ_ALOUD).trigger()
    while ClockedDevice.first_samples is None:
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > 10:
            raise SystemExit("no sound after 10 s")
    elapsed = ClockedDevice.first_samples - started
    window.read_aloud.stop()
    del window.read_aloud.start
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--first-f5-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first_f5_only:
        return first_f5()
    print(machine_line())

    from desktop.speech.article import article_sentences
    from desktop.speech.engine import SAMPLE_WIDTH
    from desktop.speech.espeak import EspeakVoice
    from desktop.speech.reading import speakable
    from desktop.ui.resources import bundled_article

    ready = []
    for _ in range(args.runs):
        started = time.perf_counter()
        voice = EspeakVoice()
        ready.append(time.perf_counter() - started)
        voice.close()
    low, middle, high = (value * 1000 for value in (min(ready), statistics.median(ready), max(ready)))
    print(f"voice process ready: median {middle:.0f} ms (min {low:.0f}, max {high:.0f})")

    article = bundled_article()
    said = [speakable(sentence.text) for sentence in article_sentences(article)]
    voice = EspeakVoice()
    started = time.perf_counter()
    samples = sum(len(voice.synthesize(text)) // SAMPLE_WIDTH for text in said)
    making = time.perf_counter() - started
    voice.close()
    audio = samples / voice.sample_rate
    print(
        f"synthesis: {len(said)} sentences, {audio:.0f} s of speech made in {making:.2f} s"
        f" ({audio / making:.0f}× real time)"
    )

    firsts = []
    for _ in range(args.runs):  # each in a fresh reader: the first F5 imports the speech modules too
        result = subprocess.run(
            [sys.executable, __file__, "--first-f5-only"], capture_output=True, text=True, check=True, cwd=ROOT
        )
        firsts.append(float(result.stdout.split()[-1]))
    print(
        "F5 → first samples at the sound device, first F5 of a fresh reader: "
        f"median {statistics.median(firsts):.0f} ms "
        f"(min {min(firsts):.0f}, max {max(firsts):.0f}; {args.runs} runs; target 300 ms)"
    )
    return 0


def first_f5() -> int:
    import tempfile

    from desktop.ui.app import create_application
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.preferences import Preferences
    from desktop.ui.resources import bundled_article

    app, family = create_application()
    with tempfile.TemporaryDirectory() as scratch:
        window = MainWindow(
            bundled_article(), Preferences(Path(scratch) / "s.ini"), family, data_folder=Path(scratch) / "d"
        )
        window.show()
        while not window.started:
            app.processEvents()
        started = time.perf_counter()
        while time.perf_counter() - started < 0.5:  # the library opens in the background: let it settle
            app.processEvents()
        elapsed = f5_to_first_samples(window, app)
        window.close()
    print(f"{elapsed * 1000:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
