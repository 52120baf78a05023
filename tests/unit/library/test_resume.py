"""A folder import killed half-way keeps what it committed and goes on from there; nothing is listed twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop.library import Library
from tests.unit.library.conftest import write_text_article

WORDS = ("алма", "бота", "дала", "жыра", "көше", "мата", "нөкер", "отан", "сана", "тау", "үміт", "шам")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_an_import_killed_with_sigkill_is_finished_by_adding_the_folder_again(tmp_path):
    folder = tmp_path / "saved"
    for number in range(40):
        name = f"{WORDS[number % len(WORDS)]}{number:02d}"
        write_text_article(folder / f"{number:02d}.txt", f"Мақала {number}", f"Бүгін {name} туралы жазылды.")
    data = tmp_path / "data"
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from desktop.library import Library, catalogue
        catalogue.BATCH_FILES = 7
        library = Library(Path({str(data)!r}))
        def progress(done, total, path):
            if done == 25:  # three batches committed, the fourth half written
                os.kill(os.getpid(), signal.SIGKILL)
            return True
        library.add_paths([Path({str(folder)!r})], progress)
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], env=os.environ.copy(), timeout=120, check=False)
    assert killed.returncode == -signal.SIGKILL

    library = Library(data)
    try:
        kept = library.count()
        assert kept == 21, "every committed batch is kept, the one being written is not"
        assert library.index.size()[0] == kept
        report = library.add_paths([folder])
        assert (len(report.added), len(report.unchanged)) == (40 - kept, kept)
        assert library.count() == 40 and library.index.size()[0] == 40
        for number in range(40):
            name = f"{WORDS[number % len(WORDS)]}{number:02d}"
            result = library.search(name)
            assert (result.total_articles, result.passages) == (1, 1), name
    finally:
        library.close()
