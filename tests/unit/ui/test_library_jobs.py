"""The library's work runs on worker threads; what the workers need is imported where the jobs are made."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "make_job",
    [
        "_Job(Path('.'), {}, lambda library, progress: None)",
        "_SearchJob(Path('.'), 'сапар', None, 0, 20)",
    ],
    ids=["import or refresh", "search"],
)
def test_a_library_job_has_its_modules_imported_by_the_thread_that_makes_it(make_job):
    """Imported by a worker while the GUI thread imported some of the same modules, each thread could hold a module
    the other waited for, and Python's import failed on one of them: the job made on the GUI thread imports them
    there, before any worker runs it."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.ui.library.controller import _Job, _SearchJob\n"
        "assert 'desktop.library.catalogue' not in sys.modules\n"
        f"job = {make_job}\n"
        "print('desktop.library.catalogue' in sys.modules, 'desktop.search.engine' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True"]
