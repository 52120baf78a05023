"""Killing the process in the middle of a burst of note writes loses no acknowledged note."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop.userdata.annotations import AnnotationStore
from tests.helpers.paths import ROOT

pytestmark = pytest.mark.slow  # writers started as processes and killed

WRITER = textwrap.dedent(
    """
    import sys
    from desktop.content import load_article
    from desktop.userdata.anchors import make_anchor
    from desktop.userdata.annotations import AnnotationStore, new_annotation

    article = load_article(sys.argv[2])
    texts = [p.text for p in article.passages]
    store = AnnotationStore(sys.argv[1])
    number = 0
    while True:  # until killed
        number += 1
        passage = number % len(texts)
        made = new_annotation("bundled", article, make_anchor(texts, passage, 0, 3), note=f"ескертпе {number}")
        store.put(made)
        print(made.uuid, flush=True)  # acknowledged: the transaction has committed
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("after", [1, 40, 300])
def test_every_acknowledged_note_survives_sigkill(tmp_path, after):
    path = tmp_path / "notes.sqlite"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(ROOT / "resources" / "content" / "article.md")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    acknowledged = []
    while len(acknowledged) < after:
        line = writer.stdout.readline()
        assert line, "the writer stopped by itself"
        acknowledged.append(line.strip())
    os.kill(writer.pid, signal.SIGKILL)  # in the middle of the next write, or between two
    writer.wait()
    acknowledged += [line.strip() for line in writer.stdout.read().splitlines() if line.strip()]
    store = AnnotationStore(path)
    assert store.problem is None
    assert store.database.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {annotation.uuid for annotation in store.stored()}
    assert set(acknowledged) <= stored
    assert len(stored) - len(acknowledged) <= 1  # at most the write that was committing
