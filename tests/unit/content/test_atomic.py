"""Atomic writes: the target is replaced whole or left as it was, with nothing partial behind."""

import errno
import os
import stat

import pytest

from desktop.content import atomic


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_new_file_is_written(tmp_path):
    target = tmp_path / "article.txt"
    atomic.write_text(target, "сапар\n")
    assert target.read_text(encoding="utf-8") == "сапар\n"
    assert _leftovers(tmp_path) == []


def test_an_old_file_is_replaced_whole_and_keeps_its_mode(tmp_path):
    target = tmp_path / "article.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    atomic.write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_write_that_fails_half_way_leaves_the_old_file_and_nothing_else(tmp_path):
    target = tmp_path / "article.html"
    target.write_text("the old export", encoding="utf-8")
    with pytest.raises(OSError, match="No space"), atomic.replacing(target) as temporary:
        with temporary.open("wb") as file:
            file.write(b"the new exp")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_text(encoding="utf-8") == "the old export"
    assert _leftovers(tmp_path) == []


def test_a_check_that_rejects_the_result_leaves_the_old_file(tmp_path):
    target = tmp_path / "article.pdf"
    target.write_bytes(b"%PDF-old")

    def reject(_path):
        raise OSError("incomplete")

    with pytest.raises(OSError, match="incomplete"), atomic.replacing(target, check=reject) as temporary:
        temporary.write_bytes(b"%PDF-trunc")
    assert target.read_bytes() == b"%PDF-old"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("make_target", "reason"), [(lambda d: d, "is a folder"), (lambda d: d / "no" / "x", "no such")]
)
def test_targets_that_cannot_become_a_file_are_refused_before_writing(tmp_path, make_target, reason):
    with pytest.raises(OSError, match=reason):
        atomic.write_text(make_target(tmp_path), "text")
    assert _leftovers(tmp_path) == []


def test_a_write_through_a_link_replaces_the_linked_file_and_keeps_the_link(tmp_path):
    """An export saved over a shortcut updates the file it points to, as an editor would."""
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "article.html"
    real.write_text("the old export", encoding="utf-8")
    link = tmp_path / "article.html"
    link.symlink_to(real)
    atomic.write_text(link, "the new export")
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8") == "the new export"
    assert _leftovers(tmp_path) == [] and _leftovers(shared) == []


def test_a_link_to_a_missing_file_is_written_where_it_points(tmp_path):
    real = tmp_path / "exports" / "article.txt"
    real.parent.mkdir()
    link = tmp_path / "article.txt"
    link.symlink_to(real)
    atomic.write_text(link, "сапар\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "сапар\n"


def test_a_file_marked_read_only_is_refused_and_left_as_it_was(tmp_path):
    """Its folder would allow a rename over it; the reader does not undo the protection."""
    target = tmp_path / "article.txt"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only"):
        atomic.write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "kept"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert _leftovers(tmp_path) == []


def test_the_file_an_export_is_made_from_is_refused_by_name_or_by_link(tmp_path):
    source = tmp_path / "article.md"
    source.write_text("# Сынақ\n", encoding="utf-8")
    link = tmp_path / "shortcut.md"
    link.symlink_to(source)
    for target in (source, link, tmp_path / "." / "article.md"):
        with pytest.raises(FileExistsError, match="article file being read"):
            atomic.check_not_source(target, source)
    atomic.check_not_source(tmp_path / "other.md", source)  # another name, not yet written
    atomic.check_not_source(source, None)  # the bundled article has no file


def test_a_device_a_pipe_or_a_socket_is_refused_and_stays_what_it_was(tmp_path):
    """Renaming a file over /dev/null would replace the device itself (root may): refused before writing."""
    import socket
    from pathlib import Path

    with pytest.raises(OSError, match="not a regular file"):
        atomic.check_target(Path("/dev/null"))  # checked only: nothing is written there
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(tmp_path / "socket"))
    try:
        for target in (pipe, tmp_path / "socket"):
            with pytest.raises(OSError, match="not a regular file"):
                atomic.write_text(target, "text")
        assert stat.S_ISFIFO(pipe.stat().st_mode) and stat.S_ISSOCK((tmp_path / "socket").stat().st_mode)
    finally:
        listening.close()
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="folders are flushed on POSIX systems")
def test_the_file_and_then_its_folder_are_flushed_to_disk(tmp_path, monkeypatch):
    """The bytes before the rename, the rename itself after it."""
    flushed = []
    real_fsync = os.fsync

    def recording_fsync(handle):
        flushed.append(os.readlink(f"/proc/self/fd/{handle}") if os.path.exists("/proc/self/fd") else handle)
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    target = tmp_path / "article.txt"
    atomic.write_text(target, "сапар\n")
    if os.path.exists("/proc/self/fd"):
        assert flushed[0].startswith(str(tmp_path / ".article.txt.")) and flushed[-1] == str(tmp_path)
    assert len(flushed) == 2
