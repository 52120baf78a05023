"""The oqyrman command line: export, errors, version and the self-test."""

import json
import os
import subprocess
import sys

import pytest

from desktop import __version__, cli_parser
from desktop import cli as cli_module
from desktop.cli import build_parser, main, parse_arguments
from desktop.content.export import to_text
from tests.helpers.articles import GOOD
from tests.helpers.paths import ROOT


def test_export_prints_the_seed_text(capsysbinary, seed_lines):
    assert main(["export", "--format", "text"]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").split("\n")
    assert lines[:2] == ["Тоқаевтың Мәскеуге сапары: әлемдік БАҚ пен сарапшылардың пікірі", "BAQ.KZ · 2025-11-15"]
    assert lines[2:-1] == seed_lines and lines[-1] == ""


def test_export_prints_markdown_and_html_with_the_articles_structure(capsysbinary, seed_lines):
    assert main(["export", "--format", "markdown"]) == 0
    markdown = capsysbinary.readouterr().out.decode("utf-8")
    assert markdown.startswith("# Тоқаевтың Мәскеуге сапары")
    assert markdown.count("\n## ") == 6 and markdown.count("\n- ") == 6
    assert main(["export", "--format", "html"]) == 0
    page = capsysbinary.readouterr().out.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<h2 ") == 6 and page.count("<li>") == 6
    assert "&quot;жаңа тактикалық кезең&quot;деп" in page


def test_export_text_is_the_default_and_writes_to_a_file(tmp_path, article):
    target = tmp_path / "article.txt"
    assert main(["export", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == to_text(article)


def test_export_of_another_article_file(tmp_path):
    from tests.helpers.articles import GOOD

    source = tmp_path / "other.md"
    source.write_text(GOOD, encoding="utf-8")
    target = tmp_path / "out.txt"
    assert main(["export", "--open", str(source), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("Сынақ\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--no-such-option"], "unrecognized arguments"),
        (["export", "--format", "pdfx"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_unknown_arguments_exit_2_with_a_message(capsys, argv, message):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    assert message in capsys.readouterr().err


def test_missing_and_malformed_files_exit_2_with_one_line(capsys, tmp_path):
    assert main(["export", "--open", str(tmp_path / "nope.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("oqyrman: error: ") and "nope.md" in err and err.count("\n") == 1

    bad = tmp_path / "bad.md"
    bad.write_text("+++\ntitle = \n+++\n", encoding="utf-8")
    assert main(["export", "--open", str(bad)]) == 2
    assert f"{bad}:2: invalid metadata" in capsys.readouterr().err


def test_unwritable_output_exits_2(capsys, tmp_path):
    assert main(["export", "-o", str(tmp_path / "no" / "dir" / "x.txt")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_unknown_section_exits_2_and_lists_the_valid_ones(capsys):
    assert main(["--section", "mars"]) == 2
    assert "intro, west, usa" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"oqyrman {__version__}"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_self_test_opens_the_real_window_headless_and_reports_json():
    result = _run("--self-test")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True
    assert report["platform"] == "offscreen"
    assert report["sections"] == 7 and report["passages"] == 30
    assert report["font_family"] == "Noto Serif" and report["kazakh_glyphs"] is True
    assert report["first_paint_ms"] > 0
    steps = ["main", "modules", "application", "window", "first_paint"]
    assert list(report["clocks"]) == steps  # benchmarks/startup.py reads them in this order
    clocks = [report["clocks"][step] for step in steps]
    assert clocks == sorted(clocks) and clocks[0] < clocks[-1]
    assert report["first_paint_ms"] == round((clocks[-1] - clocks[0]) * 1000, 1)
    assert report["minor_faults"] > 1000  # pages touched by the first paint: Python and Qt alone take thousands


@pytest.mark.slow
def test_the_self_test_leaves_the_readers_data_folder_as_it_found_it(own_user_folders):
    """It checks the program, not the reader's notes: a damaged store stays where it is, unread."""
    data = own_user_folders / "data" / "Oqyrman" / "Oqyrman"
    data.mkdir(parents=True)
    damaged = b"not a database " * 300
    (data / "notes.sqlite").write_bytes(damaged)
    result = _run("--self-test")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1])["ok"] is True
    assert sorted(path.name for path in data.iterdir()) == ["notes.sqlite"]
    assert (data / "notes.sqlite").read_bytes() == damaged


def test_self_test_fails_with_a_reason_on_a_broken_article(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("no metadata\n", encoding="utf-8")
    result = _run("--self-test", "--open", str(bad))
    assert result.returncode == 2
    assert "must start with" in result.stderr and "Traceback" not in result.stderr


def test_search_json_contract(capsysbinary, article):
    assert main(["search", "сапар", "--json"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.count("\n") == 1
    document = json.loads(out)
    assert set(document) == {"query", "suggestion", "hits"}
    assert document["query"] == "сапар" and document["suggestion"] is None
    assert len(document["hits"]) == 9
    for hit in document["hits"]:
        assert set(hit) == {"section", "paragraph", "text", "start", "end", "match", "score", "level"}
        assert hit["level"] == ("exact" if hit["match"] == "сапар" else "word")
        assert hit["text"] == article.passages[hit["paragraph"]].text
        assert hit["text"][hit["start"] : hit["end"]] == hit["match"]
        assert hit["section"] == article.passages[hit["paragraph"]].section_id
        assert isinstance(hit["score"], float)
    scores = [hit["score"] for hit in document["hits"]]
    assert scores == sorted(scores, reverse=True)


def test_search_json_with_a_suggestion_and_with_nothing_found(capsysbinary):
    assert main(["search", "декларцияға", "--json"]) == 0
    document = json.loads(capsysbinary.readouterr().out)
    assert document["suggestion"] == "декларацияға"
    assert {hit["match"] for hit in document["hits"]} == {"декларацияға", "декларацияны"}  # every form
    assert {hit["level"] for hit in document["hits"]} == {"typo"}
    assert main(["search", "zzzzqqqq", "--json"]) == 0
    assert json.loads(capsysbinary.readouterr().out) == {"query": "zzzzqqqq", "suggestion": None, "hits": []}


def test_search_levels_and_options(capsysbinary):
    def levels(*args: str) -> dict[str, str]:
        assert main(["search", "қауіп", "--json", *args]) == 0
        document = json.loads(capsysbinary.readouterr().out)
        return {hit["match"]: hit["level"] for hit in document["hits"]}

    assert levels() == {"қауіпсіздік": "related", "қауіпсіздігіне": "related"}
    assert levels("--no-related") == {}
    assert main(["search", "сапары", "--json", "--form-only"]) == 0
    document = json.loads(capsysbinary.readouterr().out)
    assert {hit["match"] for hit in document["hits"]} == {"сапары"}


def test_related_hits_are_marked_in_the_listing(capsysbinary):
    assert main(["search", "қауіп"]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert lines[0].endswith("(related)") and "[қауіпсіздік]" in lines[0]


def test_analyze_names_stem_and_suffixes(capsysbinary):
    assert main(["analyze", "Сапарына", "оқымаған"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "  сапар (noun) + ы (possessive 3rd person) + на (dative)\n" in out
    assert "  оқы (verb) + ма (negation) + ған (past participle)\n" in out


def test_analyze_json(capsysbinary):
    assert main(["analyze", "достығы", "--json"]) == 0
    (entry,) = json.loads(capsysbinary.readouterr().out)["words"]
    assert entry["word"] == "достығы" and entry["related"] == ["дос"]
    assert {
        "stem": "достық",
        "pos": "noun",
        "suffixes": [{"text": "ы", "tag": "POSS3", "name": "possessive 3rd person"}],
    } in entry["analyses"]


def test_analyze_shows_the_readings_the_lexicon_ruled_out(capsysbinary):
    assert main(["analyze", "жеткізді"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "  жеткіз (verb) + ді (past tense)\n" in out
    ruled_out = out.split("ruled out by the lexicon:\n", 1)[1]
    assert "же (verb) + т (causative) + кіз (causative) + ді (past tense): жет is a word of its own" in ruled_out


def test_analyze_json_gives_each_ruled_out_reading_its_reason(capsysbinary):
    assert main(["analyze", "мемлекеттік", "--json"]) == 0
    (entry,) = json.loads(capsysbinary.readouterr().out)["words"]
    assert all(reading["reason"] for reading in entry["ruled_out"])
    assert {"stem", "pos", "suffixes", "reason"} <= set(entry["ruled_out"][0])


@pytest.mark.parametrize("word", ["два слова", "...", ""])
def test_analyze_wants_one_word(capsys, word):
    assert main(["analyze", word]) == 2
    assert "not one word" in capsys.readouterr().err


def test_search_for_people_shows_section_labels_and_snippets(capsysbinary):
    assert main(["search", "Le Monde"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.splitlines() == [
        "Еуропа: Францияның [Le] Monde газеті Қазақстанның тәуелсіз…",
        "Еуропа: Францияның Le [Monde] газеті Қазақстанның тәуелсіз саясатын…",
        "2 matches",
    ]


def test_search_nothing_found_still_exits_0(capsysbinary):
    assert main(["search", "zzzzqqqq"]) == 0
    assert "No matches" in capsysbinary.readouterr().out.decode("utf-8")


def test_export_in_the_latin_alphabet(capsysbinary):
    assert main(["export", "--format", "text", "--script", "latin"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("Toqaevtyñ Mäskeuge sapary")
    assert '"jaña taktikalyq kezeñ"dep' in out
    assert not any("\u0400" <= c <= "\u052f" for c in out)


# -- faults: full disks, folders, pipes, devices -------------------------------------------------


def _run_with_file_size_limit(limit: int, *args: str, cwd) -> subprocess.CompletedProcess:
    """Run oqyrman as if the disk filled up after ``limit`` bytes of any file."""
    import resource
    import signal

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", *args]
    return subprocess.run(
        command, check=False, cwd=cwd, env=env, capture_output=True, text=True, preexec_fn=limit_files
    )


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
@pytest.mark.parametrize(("fmt", "name", "limit"), [("html", "old.html", 4000), ("pdf", "old.pdf", 20000)])
def test_a_full_disk_leaves_the_old_export_and_no_partial_file(tmp_path, fmt, name, limit):
    old = tmp_path / name
    old.write_bytes(b"the previous export")
    result = _run_with_file_size_limit(limit, "export", "--format", fmt, "-o", str(old), cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.startswith(f"oqyrman: error: cannot write {old}") and "Traceback" not in result.stderr
    assert old.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_pdf_into_a_folder_is_refused(capsys, tmp_path):
    assert main(["export", "--format", "pdf", "-o", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"oqyrman: error: cannot write {tmp_path}: is a folder\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["text", "pdf"])
def test_a_read_only_file_is_not_exported_over(capsys, tmp_path, fmt):
    kept = tmp_path / "article.out"
    kept.write_bytes(b"protected")
    kept.chmod(0o444)
    assert main(["export", "--format", fmt, "-o", str(kept)]) == 2
    assert capsys.readouterr().err == f"oqyrman: error: cannot write {kept}: is read-only\n"
    assert kept.read_bytes() == b"protected" and [p.name for p in tmp_path.iterdir()] == ["article.out"]


@pytest.mark.parametrize(
    "command", [["export", "--format", "markdown"], ["export", "--format", "pdf"], ["notes", "export"]]
)
def test_an_export_over_the_article_file_being_read_is_refused(capsys, tmp_path, command):
    source = tmp_path / "article.md"
    source.write_text(GOOD, encoding="utf-8")
    assert main([*command, "--open", str(source), "-o", str(source)]) == 2
    assert capsys.readouterr().err == f"oqyrman: error: cannot write {source}: is the article file being read\n"
    assert source.read_text(encoding="utf-8") == GOOD and [p.name for p in tmp_path.iterdir()] == ["article.md"]


def test_a_finished_pdf_is_whole(tmp_path):
    output = tmp_path / "article.pdf"
    assert _run("export", "--format", "pdf", "-o", str(output)).returncode == 0
    data = output.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_standard_output_ends_with_a_message():
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "export"],
            check=False,
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert result.returncode == 2
    assert result.stderr == "oqyrman: error: cannot write to standard output: No space left on device\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipes_devices_and_folders_are_refused_at_once(capsys, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    for path in (fifo, tmp_path, "/dev/zero"):
        if not os.path.exists(path):
            continue
        assert main(["--open", str(path), "export"]) == 2  # a pipe would block, /dev/zero never ends
        assert "not a regular file" in capsys.readouterr().err


def test_a_file_over_the_size_limit_is_refused(capsys, tmp_path, monkeypatch):
    from desktop.content import loader

    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 1024)
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 2048)
    assert main(["--open", str(big), "export"]) == 2
    message = f"oqyrman: error: {big}: the file is 2 KiB, larger than the 1 KiB an article may be\n"
    assert capsys.readouterr().err == message


# -- arguments that are out of range or not text -------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-1", "must be from 0 to 1,000,000,000, not -1"),
        ("99999999999999999999999", "must be from 0 to 1,000,000,000"),
        ("x", "not a whole number: 'x'"),
        ("1e3", "not a whole number"),
    ],
)
def test_limit_out_of_range_is_a_usage_error(capsys, value, message):
    with pytest.raises(SystemExit) as caught:
        main(["search", "сапар", "--limit", value])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_the_largest_limit_works(capsysbinary):
    assert main(["search", "сапар", "--limit", "1000000000"]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8").rstrip().endswith("9 matches")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX command lines carry bytes")
@pytest.mark.parametrize("args", [["search", b"\xff\xfe"], ["search", b"\xff", "--json"], ["analyze", b"ok\xff"]])
def test_command_line_bytes_that_are_not_utf8_get_a_message(args):
    command = [sys.executable.encode(), b"-m", b"desktop", *(a if isinstance(a, bytes) else a.encode() for a in args)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith(b"oqyrman: error: not valid UTF-8 text: '") and b"Traceback" not in result.stderr


# -- notes: list, export, import ------------------------------------------------------------------


@pytest.fixture
def notes_home(tmp_path, monkeypatch, article):
    """A data folder holding one highlight with a note on the bundled article."""
    from desktop.ui.paths import notes_path
    from desktop.userdata.anchors import make_anchor
    from desktop.userdata.annotations import AnnotationStore, new_annotation

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    texts = [p.text for p in article.passages]
    start = texts[2].index("Reuters")
    store = AnnotationStore(notes_path())
    store.put(
        new_annotation("bundled", article, make_anchor(texts, 2, start, start + 7), color="green", note="маңызды")
    )
    store.close()
    return tmp_path


def test_notes_list_shows_each_annotation_with_its_section(capsysbinary, notes_home):
    assert main(["notes", "list"]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8").splitlines() == [
        "Батыс медиасы: «Reuters» — маңызды [green]",
        "1 annotations",
    ]


def test_notes_export_and_import_round_trip_without_duplicates(capsysbinary, notes_home):
    target = notes_home / "notes.json"
    assert main(["notes", "export", "--format", "json", "-o", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["annotations"][0]["note"] == "маңызды"
    assert main(["notes", "import", str(target)]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == "0 added, 1 in all\n"
    for fmt, marker in (("markdown", "> Reuters"), ("html", "<blockquote>Reuters</blockquote>")):
        assert main(["notes", "export", "--format", fmt]) == 0
        assert marker in capsysbinary.readouterr().out.decode("utf-8")


def test_notes_import_of_a_bad_file_is_one_line_and_exit_2(capsys, notes_home):
    bad = notes_home / "bad.json"
    bad.write_text('{"format": "oqyrman-notes", "version": 1, "article": {"title": "Басқа"}}', encoding="utf-8")
    assert main(["notes", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"oqyrman: error: {bad}: the notes are for another article") and err.count("\n") == 1
    assert main(["notes", "import", str(notes_home / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err


def test_a_damaged_notes_store_is_set_aside_with_a_warning(capsys, tmp_path, monkeypatch):
    from desktop.ui.paths import notes_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    notes_path().parent.mkdir(parents=True)
    notes_path().write_bytes(b"garbage " * 500)
    assert main(["notes", "list"]) == 0
    assert "warning: notes.sqlite was damaged" in capsys.readouterr().err
    assert len(list(notes_path().parent.glob("notes.sqlite.broken-*"))) == 1


def test_export_with_highlights_reads_the_notes_store(capsysbinary, article):
    from desktop.ui.paths import notes_path
    from desktop.userdata.anchors import make_anchor
    from desktop.userdata.annotations import AnnotationStore, new_annotation

    store = AnnotationStore(notes_path())
    passage = article.passages[2]
    start = passage.text.index("Reuters")
    anchor = make_anchor([p.text for p in article.passages], 2, start, start + 7)
    store.put(new_annotation("bundled", article, anchor, color="green", note="агенттік"))
    store.close()
    assert main(["export", "--format", "html", "--highlights"]) == 0
    page = capsysbinary.readouterr().out.decode("utf-8")
    assert '<span class="highlight" style="background-color: #cdeec4">Reuters</span>' in page
    assert "<li>агенттік</li>" in page
    assert main(["export", "--format", "html", "--highlights", "--script", "latin"]) == 0
    assert (
        '<span class="highlight" style="background-color: #cdeec4">Reuters</span>'
        in capsysbinary.readouterr().out.decode()
    )
    assert main(["export", "--format", "html"]) == 0
    assert 'class="highlight"' not in capsysbinary.readouterr().out.decode("utf-8")


def test_highlights_go_with_html_or_pdf_only(capsys):
    assert main(["export", "--format", "markdown", "--highlights"]) == 2
    assert "--highlights goes with --format html or pdf" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        [], ["--self-test"], ["--self-test", "--real-settings"], ["--section", "west"], ["--sec=west"],
        ["--library"], ["--open", "мақала.md", "--section", "europe"], ["--open=export"], ["--open", "export"],
        ["--open", "search", "--section", "west"], ["--section", "export"], ["--open", "a.epub", "--open", "b.epub"],
        ["--open", "a.epub", "--self-tes"],
    ],
)  # fmt: skip
def test_the_windows_options_are_read_as_the_whole_parser_reads_them(argv):
    assert parse_arguments(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        [], ["--library"], ["--self-test"], ["--real-settings"], ["--real-settings", "--self-test"],
        ["--library", "--self-test", "--real-settings"], ["--library", "--library"], ["--open", "кітап.epub"],
        ["--open", "a b.epub", "--self-test"], ["--library", "--open", "export"],
    ],
)  # fmt: skip
def test_flags_alone_are_read_without_a_parser_and_as_it_reads_them(argv, monkeypatch):
    whole = build_parser().parse_args(argv)
    monkeypatch.setattr(cli_module, "build_parser", None)  # building a parser would fail
    assert parse_arguments(argv) == whole


def test_the_command_line_is_read_from_sys_argv_by_default(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["oqyrman", "--library"])
    assert parse_arguments().library is True
    monkeypatch.setattr(sys, "argv", ["oqyrman", "--section", "west"])
    assert parse_arguments().section == "west"


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "markdown"], ["search", "Ресей", "--json"], ["library", "list"],
        ["notes", "export", "--format", "json"], ["analyze", "сапар"], ["--open", "a.md", "search", "x"],
        ["search", "Ресей", "--scope", "library", "--json", "--limit", "20", "--offset", "5"],
        ["search", "--", "-бір"], ["add", "a.txt", "b"], ["library", "remove", "3"], ["notes", "import", "x.json"],
        ["speak", "-o", "a.wav", "--rate", "1.5", "--section", "west"], ["export", "--open", "b.md"],
    ],
)  # fmt: skip
def test_commands_are_read_as_the_whole_parser_reads_them(argv):
    assert parse_arguments(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "Ресей"], ["search", "Ресей", "--json"], ["search", "--json", "Ресей"], ["search", ""],
        ["search", "Ресей", "--scope", "library", "--json", "--limit", "20", "--offset", "5"],
        ["search", "--scope", "library", "сапар", "--scope", "article"], ["search", "x", "--limit", "0"],
        ["search", "x", "--limit", " 7 ", "--offset", "1_000"], ["search", "x", "--limit", "٣"],
        ["search", "x", "--form-only", "--no-related", "--form-only"], ["search", '"екі сөз"', "--limit", "1000000000"],
        ["search", "search"], ["search", "a b", "--scope", "library"],
    ],
)  # fmt: skip
def test_a_plain_search_is_read_without_a_parser_and_as_it_reads_them(argv, monkeypatch):
    whole = build_parser().parse_args(argv)
    monkeypatch.setattr(cli_module, "build_parser", None)  # building a parser would fail
    assert parse_arguments(argv) == whole


def _read_by(read, argv: list[str], capsys) -> tuple[object, object]:
    """What ``read`` makes of ``argv`` (its arguments, or its exit code) and what it printed."""
    try:
        got: object = read(argv)
    except SystemExit as error:
        got = error.code
    return got, capsys.readouterr()


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "x", "--lim", "5"], ["search", "x", "--limit=5"], ["search", "x", "--limit", "5x"],
        ["search", "x", "--limit", "-3"], ["search", "x", "--limit", "1000000001"], ["search", "x", "--limit"],
        ["search", "x", "--scope"], ["search", "x", "--scope", "web"], ["search", "x", "--scope", "--json"],
        ["search", "x", "y"], ["search", "--json"], ["search", "-x"], ["search", "x", "--"], ["search", "x", "-j"],
        ["search", "x", "--open", "a.md"], ["search", "x", "--section", "west"], ["search", "x", "--offset", ""],
    ],
)  # fmt: skip
def test_a_search_the_plain_reader_does_not_take_is_the_whole_parsers(argv, capsys):
    """Abbreviations, values argparse refuses, unknown options: its own result or message and exit code."""
    assert _read_by(parse_arguments, argv, capsys) == _read_by(build_parser().parse_args, argv, capsys)


def test_search_command_lines_are_read_as_the_whole_parser_reads_them(capsys):
    """Every command line of up to three pieces of a search's options, values and mistakes."""
    import itertools

    pieces = ["x", "-x", "--json", "--limit", "5", "-1", "--offset", "--scope", "library", "web", "--form-only", "--"]
    for length in range(4):
        for rest in itertools.product(pieces, repeat=length):
            argv = ["search", *rest]
            expected = _read_by(build_parser().parse_args, argv, capsys)
            assert _read_by(parse_arguments, argv, capsys) == expected, argv


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"], ["-h"], ["--he"], ["--version"], ["--bogus"], ["--section"], ["expor"], ["--self-test", "x"],
        ["search"], ["search", "-h"], ["search", "x", "--he"], ["search", "x", "--limit", "-1"],
        ["search", "x", "--version"], ["search", "x", "--scope", "web"], ["library"], ["library", "bogus"],
        ["export", "--format", "bogus"], ["analyze"], ["notes", "--help"], ["add", "--json"], ["speak", "-x"],
        ["--open", "--self-test"], ["--self-test", "--open"], ["--open", "a.epub", "x"],
    ],
)  # fmt: skip
def test_help_version_and_mistakes_print_what_the_whole_parser_prints(argv, capsys):
    with pytest.raises(SystemExit) as expected:
        build_parser().parse_args(argv)
    expected_output = capsys.readouterr()
    with pytest.raises(SystemExit) as got:
        parse_arguments(argv)
    assert got.value.code == expected.value.code
    assert capsys.readouterr() == expected_output


def test_a_book_with_a_missing_chapter_is_exported_and_the_gap_is_named(tmp_path, capsysbinary):
    from tests.helpers.books import chapter, package, write

    items = [("a", "a.xhtml", "application/xhtml+xml"), ("b", "b.xhtml", "application/xhtml+xml")]
    opf = package(items, ['<itemref idref="a"/>', '<itemref idref="b"/>'])
    path = write(tmp_path / "gap.epub", {"OEBPS/content.opf": opf, "OEBPS/a.xhtml": chapter("<p>Бар тарау.</p>")})
    assert main(["--open", str(path), "export"]) == 0
    captured = capsysbinary.readouterr()
    assert "Бар тарау." in captured.out.decode("utf-8")
    assert "warning: it names OEBPS/b.xhtml, which is not in the archive: skipped" in captured.err.decode("utf-8")


@pytest.mark.parametrize("columns", [None, "50", "200", "0", "-3", "wide"])
def test_help_is_as_wide_as_argparse_would_make_it(columns, monkeypatch):
    """The width is read without shutil (its import loads the compression modules), as shutil reads it."""
    import shutil

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli_parser.terminal_columns() == shutil.get_terminal_size().columns
