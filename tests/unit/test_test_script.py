"""scripts/test.py, the README's test command: the suite in parallel unless told otherwise."""

import importlib.util

import pytest

from tests.helpers.paths import ROOT


@pytest.fixture(scope="module")
def test_script():
    spec = importlib.util.spec_from_file_location("test_script", ROOT / "scripts" / "test.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_suite_runs_in_parallel_by_default(test_script, monkeypatch):
    monkeypatch.setattr(test_script.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert test_script.parallel_arguments(["-q", "tests/unit"]) == ["-n", "4", "--dist", "worksteal"]


@pytest.mark.parametrize("cores", [1, 64])
def test_the_workers_are_two_per_core_within_bounds(test_script, monkeypatch, cores):
    monkeypatch.setattr(test_script.os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    assert test_script.parallel_arguments([])[1] == str(min(8, max(2, 2 * cores)))


@pytest.mark.parametrize("given", [["-n", "0"], ["-n0"], ["--numprocesses=3"], ["-p", "no:xdist"], ["--dist=load"]])
def test_arguments_that_choose_the_workers_are_left_alone(test_script, given):
    assert test_script.parallel_arguments(["-q", *given]) == []
