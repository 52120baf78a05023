"""Reading only regular files, up to a limit: nothing the reader opens can stall or flood it."""

from pathlib import Path

import pytest

from desktop.content.regular_file import NotRegularFileError, TooLargeError, read_regular


def test_a_regular_file_within_the_limit_is_read_whole(tmp_path):
    path = tmp_path / "article.md"
    path.write_bytes("сапар\n".encode())
    assert read_regular(path, 1024) == "сапар\n".encode()


def test_a_file_over_the_limit_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * 2049)
    with pytest.raises(TooLargeError) as refused:
        read_regular(path, 2048)
    assert refused.value.size == 2049


def test_a_file_that_grows_while_it_is_read_is_cut_off_and_refused(tmp_path, monkeypatch):
    path = tmp_path / "growing.md"
    path.write_bytes(b"x" * 10)
    seen = path.stat()
    path.write_bytes(b"x" * 5000)  # grew after the size was checked
    monkeypatch.setattr(Path, "stat", lambda self, **kw: seen)
    with pytest.raises(TooLargeError) as refused:
        read_regular(path, 100)
    assert refused.value.size is None


def test_a_file_that_grows_within_the_limit_while_it_is_read_is_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "growing.md"
    path.write_bytes(b"x" * 10)
    seen = path.stat()
    path.write_bytes(b"y" * 50)  # grew after the size was checked, still under the limit
    monkeypatch.setattr(Path, "stat", lambda self, **kw: seen)
    assert read_regular(path, 100) == b"y" * 50


def test_a_folder_or_a_device_is_refused_before_it_is_opened(tmp_path):
    for path in (tmp_path, Path("/dev/zero")):
        with pytest.raises(NotRegularFileError):
            read_regular(path, 1024)


def test_a_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_regular(tmp_path / "missing.md", 1024)


def test_a_file_whose_reads_return_a_few_bytes_at_a_time_is_read_whole(tmp_path, monkeypatch):
    import os

    path = tmp_path / "slow.txt"
    path.write_bytes("Кең дала.\n".encode() * 40)
    read = os.read
    calls = []

    def short_read(descriptor: int, size: int) -> bytes:
        calls.append(size)
        return read(descriptor, min(size, 7))  # a read may return fewer bytes than asked

    monkeypatch.setattr(os, "read", short_read)
    assert read_regular(path, 4096) == path.read_bytes()
    assert len(calls) > 40
