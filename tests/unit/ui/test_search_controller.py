"""The article's search index is built on a worker thread; a search typed before it is ready is answered when it is."""

from __future__ import annotations

from desktop.content import Article, Paragraph, Section
from desktop.ui.search.controller import SearchController


def _book(paragraphs: int) -> Article:
    """A long article: the same few sentences, each paragraph numbered."""
    sentence = "Сапарына шыққан жолаушы даланы кезіп, Ресейге жетті."
    blocks = tuple(Paragraph(f"{number}-тарау. {sentence}") for number in range(paragraphs))
    return Article("Кітап", "2025-01-01", "Кітапхана", "kk", (Section("book", "Кітап", "Кітап", "", blocks),))


def test_a_search_typed_before_the_index_is_ready_is_answered_when_it_is(qtbot):
    controller = SearchController(_book(3000))
    progress: list[int] = []
    controller.indexProgress.connect(progress.append)
    controller.prepare()
    controller.set_query("сапар")
    with qtbot.waitSignal(controller.resultChanged, timeout=60000) as shown:
        pass
    assert shown.args[0] is not None and shown.args[0].total == 3000
    assert controller.ready and controller.hits[0].match == "Сапарына"
    if progress:  # the build may have finished before the search was asked for
        assert progress == sorted(progress) and progress[-1] == 100


def test_a_caller_that_needs_the_index_now_waits_for_the_build_instead_of_starting_another(qtbot):
    controller = SearchController(_book(500))
    controller.prepare()
    index = controller.index
    assert controller.ready and controller.index is index
    controller.set_query("ресей")
    controller.search_now()
    assert controller.result is not None and controller.result.total == 500


def test_another_article_drops_the_first_ones_build(qtbot):
    controller = SearchController(_book(2000))
    controller.prepare()
    short = _book(3)
    controller.set_article(short)
    qtbot.waitUntil(lambda: controller.ready, timeout=60000)
    controller.set_query("жолаушы")
    controller.search_now()
    assert controller.result is not None and controller.result.total == 3
    qtbot.wait(50)  # the first build's end, if it comes now, changes nothing
    assert controller.result.total == 3 and len(controller.index) == len(short.passages)


def test_completions_do_not_wait_for_the_index(qtbot):
    controller = SearchController(_book(3000))
    controller.prepare()
    if not controller.ready:
        assert controller.completions("сап") == []
    qtbot.waitUntil(lambda: controller.ready or controller._job is None, timeout=60000)
    assert [c.word for c in controller.completions("сап")][:1] == ["Сапарына"]


def test_a_build_that_ends_after_its_window_closed_tells_nobody(qtbot):
    from PySide6.QtCore import QObject
    from shiboken6 import delete

    window = QObject()
    controller = SearchController(_book(3000), parent=window)
    controller.prepare()
    job = controller._job
    assert job is not None
    delete(window)  # the window closes (and its controller with it) while the build runs
    assert job.finished.wait(60)
    qtbot.wait(50)  # the build's "done" is delivered now: to nobody, without an error


def test_the_index_builds_worker_imports_nothing_the_window_may_be_importing_too():
    """The search's modules are imported on the GUI thread when the build is started: imported on the worker
    while the GUI thread imported some of them (the library page's), the two could each hold a module the other
    waited for, and the import failed on one of them, leaving the build never done."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop.content import Article, Paragraph, Section\n"
        "from desktop.ui.search.controller import SearchController\n"
        "assert 'desktop.search' not in sys.modules\n"
        "section = Section('s', 'S', 'S', '', (Paragraph('Сапар.'),))\n"
        "controller = SearchController(Article('A', '2025-01-01', 'B', 'kk', (section,)))\n"
        "from PySide6.QtCore import QThreadPool\n"
        "QThreadPool.globalInstance().setMaxThreadCount(1)\n"
        "QThreadPool.globalInstance().reserveThread()\n"  # the build cannot start: only the GUI thread has run
        "controller.prepare()\n"
        "print('desktop.search' in sys.modules)\n"
        "QThreadPool.globalInstance().releaseThread()\n"
        "controller.index\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_a_build_has_told_all_it_tells_before_whoever_waits_for_it_goes_on(qtbot):
    """The interpreter's exit waits for a running build to be finished (and ``index`` waits for it too): a build that
    still emitted its signal after saying so ran Python code while the interpreter finalized, and crashed its exit
    now and then."""
    import time

    from PySide6.QtCore import Qt, QThreadPool

    from desktop.ui.search.controller import _IndexJob

    told: list[str] = []

    def slow_listener(_job: object) -> None:
        time.sleep(0.2)
        told.append("done")

    job = _IndexJob(_book(10))
    job.signals.done.connect(slow_listener, Qt.ConnectionType.DirectConnection)  # runs on the build's own thread
    QThreadPool.globalInstance().start(job)
    assert job.wait() is not None
    assert told == ["done"]
    QThreadPool.globalInstance().waitForDone()
