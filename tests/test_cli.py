"""The command line: exit codes, one-line errors, the thread command's outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from bilingual import __version__
import argparse

from bilingual.cli import _command_names, build_parser, main

from conftest import SEED000


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BILINGUAL_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "bilingual", *args], input=stdin, capture_output=True, env=env, timeout=120,
    )


def test_version():
    r = run_cli("--version")
    assert r.returncode == 0 and r.stdout.decode().strip() == f"bilingual {__version__}"


def test_version_imports_nothing_heavy():
    code = (
        "import sys; from bilingual.cli import main; main(['--version']);"
        "heavy = [m for m in ('ctranslate2', 'sentencepiece', 'sacrebleu', 'jinja2', 'rich', 'babel', 'torch') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")


def test_parser_imports_nothing_heavy():
    code = (
        "import sys; from bilingual.cli import build_parser; build_parser();"
        "print([m for m in ('ctranslate2', 'sentencepiece', 'sacrebleu', 'jinja2', 'babel', 'torch') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))


@pytest.mark.parametrize("command", _command_names())
def test_one_commands_parser_is_the_full_parsers(command):
    one, full = _subparsers(build_parser(command)), _subparsers(build_parser())
    assert list(one) == [command] and len(full) > 1
    assert one[command].format_help() == full[command].format_help()
    assert one[command].format_usage() == full[command].format_usage()


@pytest.mark.parametrize("argv", [["segment", "--format", "xml", "x.txt"], ["segment"], ["report", "--bogus", "x"], ["nosuch"]])
def test_errors_are_those_of_the_full_parser(argv, capsys):
    with pytest.raises(SystemExit) as expected:
        build_parser().parse_args(argv)
    full = capsys.readouterr().err
    with pytest.raises(SystemExit) as got:
        main(argv)
    assert got.value.code == expected.value.code == 2
    assert capsys.readouterr().err == full


def test_a_command_loads_only_its_own_module():
    code = (
        "import sys\nfrom bilingual.cli import main\ntry:\n    main(['segment', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('bilingual.cli.')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.startswith("usage: bilingual segment")
    # the shell's own parts (shared options, how a command stops) and the command's module: no other command's
    assert proc.stdout.splitlines()[-1] == "['bilingual.cli._common', 'bilingual.cli._signals', 'bilingual.cli.segment']"


def test_thread_tree(capsys):
    assert main(["thread", str(SEED000)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "3.1. IraniAngel: Please translate this post" in [line.strip() for line in out]
    assert any(line.startswith("    3.1.1. Prophettttt: ") for line in out)
    assert out[-1] == "46 comments, 12 at top level"
    # whole comments: comment 2's Arabic prayer, not only its first line
    assert any("اللهم" in line for line in out)


def test_thread_lists_the_threads_of_an_input(capsys):
    export = SEED000.parent.parent / "tests" / "data" / "exports" / "disqus_two_threads.xml"
    assert main(["thread", str(export)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "2 threads, 4 comments" and len(out) == 3
    assert main(["thread", str(export), "--thread", "t2", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "t2"


def test_thread_json(capsys):
    assert main(["thread", str(SEED000), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["comments"]) == 46
    assert data["comments"][3]["author"] == "IraniAngel"
    assert data["comments"][3]["parent"] == "3" and data["comments"][3]["depth"] == 1


def test_thread_forced_format(tmp_path, capsys):
    path = tmp_path / "t.txt"
    path.write_text('{"id": "1", "parent": null, "author": "a", "text": "hello"}\n', encoding="utf-8")
    assert main(["thread", str(path), "--input-format", "text"]) == 0
    assert "[article]" in capsys.readouterr().out
    assert main(["thread", str(path), "--format", "jsonl"]) == 0  # -f/--format is what is written
    assert json.loads(capsys.readouterr().out)["comments"][0]["text"] == "hello"
    assert main(["thread", str(path)]) == 0
    assert "1. a: hello" in capsys.readouterr().out


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        (b"", "empty input"),
        (b"caf\xe9 au lait", "byte offset 3"),
        (b'{"id": "1", "text": "a"}\n{"id": 2, "text": }\n', ":2: malformed JSON"),
    ],
)
def test_errors_are_one_line(tmp_path, content, message):
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    r = run_cli("thread", str(path))
    err = r.stderr.decode()
    assert r.returncode == 2
    assert len(err.strip().splitlines()) == 1, err
    assert message in err and "Traceback" not in err


def test_windows_1256_input_is_named(tmp_path, capsys):
    """Arabic saved by Excel or an old Windows tool is windows-1256: the error names the encoding to give,
    and with it the file reads; Latin-1 bytes are named cp1252 (Western European, a superset of Latin-1's letters)."""
    for name, data, suffix in (("a.csv", "id,parent,author,text\r\n1,,Ali,السلام عليكم ورحمة الله\r\n".encode("cp1256"), "csv"),
                               ("a.jsonl", '{"id": "1", "text": "السلام عليكم"}\n'.encode("cp1256"), "jsonl")):
        path = tmp_path / name
        path.write_bytes(data)
        _, _, err = main_in_process(capsys, "thread", str(path))
        assert "it reads as Arabic in cp1256: use --encoding cp1256" in err, (suffix, err)
        code, out, _ = main_in_process(capsys, "thread", str(path), "--encoding", "cp1256")
        assert code == 0 and "السلام عليكم" in out, suffix
    path = tmp_path / "latin.txt"
    path.write_bytes("Title\n\nJosé wrote: café au lait, très bien\n".encode("latin-1"))
    assert "it reads as Western European text in cp1252: use --encoding cp1252" in main_in_process(capsys, "thread", str(path))[2]
    assert "José wrote: café au lait" in main_in_process(capsys, "thread", str(path), "--encoding", "cp1252", "-f", "json")[1]


def test_errors_replace_reads_on(tmp_path, capsys):
    path = tmp_path / "input.txt"
    path.write_bytes(b"caf\xe9 au lait")
    code, out, _ = main_in_process(capsys, "thread", str(path), "--errors", "replace")
    assert code == 0 and "caf\ufffd" in out
    code, out, _ = main_in_process(capsys, "thread", str(path), "--encoding", "latin-1")
    assert code == 0 and "café" in out


def test_stdin(tmp_path):
    r = run_cli("thread", "-", stdin=SEED000.read_bytes())
    assert r.returncode == 0 and r.stdout.decode().strip().endswith("46 comments, 12 at top level")


def test_stdin_errors_name_stdin(tmp_path, capsys, monkeypatch):
    """An error in what came on stdin says <stdin>, as the user typed '-', not an internal '<bytes>'. Run in this
    process with stdin replaced (test_stdin reads a real pipe)."""
    import io

    monkeypatch.delenv("BILINGUAL_DEBUG", raising=False)  # as run_cli
    for data, what in ((b"", "empty input"), (b"\xff\xfe\x00", "ends inside a utf-16-le character"), (b'{"a": 1}\n', "no known comment format")):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        code, _, err = main_in_process(capsys, "segment", "-")
        assert code == 2 and err.startswith("bilingual: error: <stdin>: ") and what in err, err


def test_bidi_controls_in_authors_are_made_visible(tmp_path, capsys):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"id": "1", "parent": None, "author": "evil\u202eauthor", "text": "x\x1b[2J"}) + "\n", encoding="utf-8")
    code, out, _ = main_in_process(capsys, "thread", str(path))  # stdout is no terminal, as a pipe's
    assert code == 0 and "\u202e" not in out and "⟨RLO⟩" in out and "\x1b" not in out


def test_pairs_csv_never_holds_a_spreadsheet_formula(tmp_path, capsys):
    from bilingual.cli.pairs import csv_cell

    assert [csv_cell(v) for v in ("=1+1", "+x", "-2", "@SUM(A1)", "\tx", "ok", 3, None)] == [
        "'=1+1", "'+x", "'-2", "'@SUM(A1)", "'\tx", "ok", 3, None,
    ]
    path = tmp_path / "t.jsonl"
    path.write_text(
        '{"id":"=cmd","parent":null,"author":"A","text":"لا إله إلا الله."}\n', encoding="utf-8",
    )
    assert main(["pairs", str(path), "-f", "csv", "--no-mt"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("'=cmd,")


def test_outputs_are_written_with_ordinary_permissions(tmp_path, capsys):
    import os
    import stat

    out = tmp_path / "segments.jsonl"
    assert main(["segment", str(SEED000), "-f", "jsonl", "-o", str(out)]) == 0
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask  # not mkstemp's 0600
    out.chmod(0o640)
    assert main(["segment", str(SEED000), "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # a replaced file keeps its mode
    assert [p.name for p in tmp_path.iterdir()] == ["segments.jsonl"]  # no temporary file left


def _two_inputs(tmp_path):
    """Two JSON Lines threads (a.jsonl: a comment and a reply; b.jsonl: one comment) and a .json file beside them."""
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.jsonl").write_text('{"id":"1","parent":null,"author":"A","text":"اللهم بلغنا"}\n'
                               '{"id":"2","parent":"1","author":"B","text":"Translation: O God"}\n', encoding="utf-8")
    (d / "b.jsonl").write_text('{"id":"1","parent":null,"author":"C","text":"hello"}\n', encoding="utf-8")
    (d / "c.json").write_text('{"id":"9","parent":null,"author":"D","text":"not matched"}\n', encoding="utf-8")
    return d


def test_thread_reads_several_files_and_a_glob(tmp_path, capsys):
    d = _two_inputs(tmp_path)
    listing = [f"{d / 'a.jsonl'}\t-\tjsonl\t2 comments", f"{d / 'b.jsonl'}\t-\tjsonl\t1 comment", "2 threads, 3 comments"]
    assert main(["thread", str(d / "a.jsonl"), str(d / "b.jsonl")]) == 0
    assert capsys.readouterr().out.splitlines() == listing
    assert main(["thread", str(d / "*.jsonl")]) == 0  # the pattern itself, as a shell that did not expand it passes it
    assert capsys.readouterr().out.splitlines() == listing
    assert main(["thread", str(d / "b.*"), str(d / "a.jsonl"), "-f", "jsonl"]) == 0  # in the order given
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [[(c["id"], c["author"], c["text"]) for c in r["comments"]] for r in records] == [
        [("1", "C", "hello")], [("1", "A", "اللهم بلغنا"), ("2", "B", "Translation: O God")]]


def test_a_glob_matching_nothing_is_one_line(tmp_path):
    d = _two_inputs(tmp_path)
    r = run_cli("thread", str(d / "*.nothing"))
    assert r.returncode == 2 and r.stderr.decode().strip() == f"bilingual: error: {d / '*.nothing'}: no file matches this pattern"


def main_in_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``bilingual ARGS`` in this process (no interpreter start): exit status, stdout, stderr."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # an argparse refusal
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_pairs_on_several_threads_points_to_corpus(tmp_path, capsys, monkeypatch):
    """`pairs` reads one thread: two files (or a glob) are refused in one line that names the command for many.
    Run in this process: the exit status and the streams are :func:`main`'s (the process's own are tested above)."""
    monkeypatch.delenv("BILINGUAL_DEBUG", raising=False)  # as run_cli
    d = _two_inputs(tmp_path)
    for files in ([str(d / "a.jsonl"), str(d / "b.jsonl")], [str(d / "*.jsonl")]):
        code, out, err = main_in_process(capsys, "pairs", *files, "--no-mt", "-f", "jsonl")
        assert (code, out) == (2, "") and len(err.strip().splitlines()) == 1, err
        assert f"{d / 'a.jsonl'}, {d / 'b.jsonl'}: the inputs hold several threads" in err and "use `bilingual corpus`" in err
    (d / "c.jsonl").write_text((d / "a.jsonl").read_text(encoding="utf-8") + '{"id": "x", "thread": "t2", "text": "hi"}\n', encoding="utf-8")
    err = main_in_process(capsys, "pairs", str(d / "c.jsonl"), "--no-mt")[2]
    assert err.startswith(f"bilingual: error: {d / 'c.jsonl'}: holds several threads; pick one with --thread ID"), err
    code, out, _ = main_in_process(capsys, "pairs", str(d / "a.*"), "--no-mt", "-f", "jsonl")  # one file through a glob: read as the file itself
    assert code == 0 and json.loads(out.splitlines()[0])["passage_text"] == "اللهم بلغنا"


def test_thread_option_picks_one_thread_of_a_dump(tmp_path, capsys):
    """Every one-thread command takes --thread ID, so a dump's thread is reported without cutting the file."""
    dump = SEED000.parent.parent / "tests" / "data" / "exports" / "x_v2.jsonl"  # two conversations: 2001 (2 comments), 3001
    code, _, err = main_in_process(capsys, "pairs", str(dump), "--no-mt")
    assert code == 2 and "holds several threads; pick one with --thread ID" in err
    code, _, err = main_in_process(capsys, "pairs", str(dump), "--no-mt", "-f", "json", "--thread", "2001")
    assert code == 0, err
    out = tmp_path / "r.json"
    code, _, err = main_in_process(capsys, "report", str(dump), "--no-mt", "-f", "json", "-o", str(out), "--thread", "2001")
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["comments"] == 2
    for command in ("segment", "show", "normalize", "transliterate", "translate", "thread"):
        code, _, err = main_in_process(capsys, command, str(dump), "--thread", "nope")
        assert code == 2 and "no thread with id 'nope' (`bilingual thread --list` lists them)" in err, (command, err)


def test_thread_help_lists_only_output_formats(capsys):
    """New-user sweep: ``thread --help`` offered ``-f {text,json,jsonl,auto,disqus}`` and called all five
    output formats; ``auto`` and ``disqus`` are the old spelling of ``--input-format``, still accepted."""
    with pytest.raises(SystemExit):
        main(["thread", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "-f {text,json,jsonl}, --format {text,json,jsonl} output format: text, json, jsonl (default: text)" in out
    assert "disqus (default" not in out
    assert main(["thread", str(SEED000), "-f", "auto"]) == 0
    assert "--input-format auto" in capsys.readouterr().err


def test_models_verify_with_no_model_is_exit_3(tmp_path, monkeypatch, capsys):
    """New-user sweep: ``models verify`` with nothing installed printed "no model installed" and exited 0,
    so ``bilingual models verify || bilingual models install ...`` never installed; 3 is the README's
    code for "no translation model installed", as ``verify NAME`` of a missing one already gave."""
    monkeypatch.setenv("BILINGUAL_MODELS", str(tmp_path / "models"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    monkeypatch.delenv("BILINGUAL_MODEL", raising=False)
    assert main(["models", "verify"]) == 3
    assert capsys.readouterr().err == "bilingual: error: no model installed; see: bilingual models list\n"


def test_corpus_refuses_a_file_as_its_output_directory(tmp_path, capsys):
    """New-user sweep: ``corpus IN -o existing.txt`` said only "cannot write the output: File exists" (exit 1)."""
    target = tmp_path / "notes.txt"
    target.write_text("mine\n")
    assert main(["corpus", str(SEED000), "-o", str(target), "--no-mt"]) == 2
    assert capsys.readouterr().err == f"bilingual: error: {target}: is a file, not a directory: give a directory for the corpus outputs\n"
    assert target.read_text() == "mine\n"


def test_an_output_the_system_refuses_is_named(monkeypatch, capsys):
    """New-user sweep: an OSError on the way out (``corpus -o /proc/x/out``: a directory that cannot be
    made; a full disk) said "cannot write the output: No such file or directory" without the path."""
    import bilingual.cli

    def refuse(path, text):
        raise FileNotFoundError(2, "No such file or directory", "/proc/x")

    monkeypatch.setattr("bilingual.cli.segment.write_text", refuse)
    monkeypatch.setattr(bilingual.cli, "_drop_stdout", lambda: None)  # capsys's stdout has no descriptor
    assert main(["segment", str(SEED000)]) == 1
    assert capsys.readouterr().err == "bilingual: error: /proc/x: cannot write the output: No such file or directory\n"


def test_an_input_named_twice_is_read_once(tmp_path, capsys):
    """New-user sweep: ``normalize a.txt a.txt`` (or ``a.txt ./a.txt``, ``- -``) said "a.txt: holds several
    threads; pick one with --thread ID": the names were made unique per pattern only, and a plain-text dump
    has no id for --thread to pick."""
    path = tmp_path / "a.txt"
    path.write_text("كتابٌ\n", encoding="utf-8")
    assert main(["normalize", str(path), str(path), str(tmp_path / "." / "a.txt")]) == 0
    assert capsys.readouterr().out == "كتاب\n"
    other = tmp_path / "b.txt"
    other.write_text("مرحبا\n", encoding="utf-8")
    assert main(["normalize", str(path), str(other)]) == 2
    assert capsys.readouterr().err.endswith("give one file at a time, or use `bilingual corpus`\n")


def test_translate_text_walks_the_translations_once():
    """New-user sweep: the annotated comments of ``translate`` walked every translated passage for each
    comment (quadratic: 20,000 comments and 2,000 passages took 1.0 s of CPU, now 0.04 s, the same text)."""
    from types import SimpleNamespace as NS

    from bilingual.cli.translate import _annotated_comments

    class Counted(dict):
        walks = 0

        def items(self):
            Counted.walks += 1
            return super().items()

    comments = [NS(id=str(i), author="a", text="hello مرحبا") for i in range(50)]
    grouped = Counted({(str(i), 6, 11): [NS(text="hi", flags=())] for i in range(0, 50, 5)})
    out = _annotated_comments(NS(article=None, comments=comments), grouped)
    assert Counted.walks == 1
    assert "5 a:\nhello مرحبا [en: hi]\n" in out and "6 a:\nhello مرحبا\n" in out
    evil = [NS(id="1\n2", author="a\tb", text="x")]  # an id or author cannot make a header of its own
    assert _annotated_comments(NS(article=None, comments=evil), {}) == "1⟨^J⟩2 a⟨^I⟩b:\nx\n"


def test_pairs_text_counts_one_passage_in_the_singular():
    """New-user sweep: ``pairs`` closed a one-passage thread with "1 passages, 0 with a translation"."""
    from types import SimpleNamespace as NS

    from bilingual.cli.pairs import format_text

    unpaired = NS(passage=NS(location=NS(comment=None, start=0, end=4), text="كتاب"), translation=None,
                  reason="no English in the thread")
    assert format_text([unpaired]).splitlines()[-1] == "1 passage, 0 with a translation"


def test_json_views_write_bidi_and_c1_controls_escaped(tmp_path, capsys):
    """New-user sweep: the JSON of segment, normalize, thread ... wrote a comment's RLO, C1 controls and
    U+2028 raw (``json.dumps(ensure_ascii=False)`` escapes only C0): printed to a terminal the record was
    reordered, and ``str.splitlines()`` cut a JSON Lines record in two. ``models list -f json`` already
    escaped them; every JSON view now does, the decoded values unchanged."""
    text = "كتاب \u202eevil\u202c \x9b31m \u2028 ok"
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "1", "author": "a\u2067b", "text": text}) + "\n", encoding="utf-8")
    for argv in (["segment", "-f", "jsonl"], ["normalize", "--profile", "none"], ["thread", "-f", "json"],
                 ["transliterate", "-f", "json"]):
        assert main([argv[0], str(path), *argv[1:]]) == 0
        out = capsys.readouterr().out
        assert not any(c in out for c in "\u202e\u202c\x9b\u2028\u2067"), argv
    assert main(["normalize", str(path), "--profile", "none"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 1 and "\\u202e" in out and json.loads(out)["text"] == text


@pytest.mark.parametrize("command", ["report", "pairs", "segment", "thread", "normalize", "translate", "transliterate", "show"])
def test_an_output_in_a_missing_folder_is_refused_before_the_work(command, tmp_path, monkeypatch, capsys):
    """``report BIG -o missing/r.html`` read, paired and built a 20,000-comment report for 25 s, then said
    "cannot write: No such file or directory"; the folder is checked before the input is read."""

    def no_work(*args: object, **kw: object) -> None:
        raise AssertionError("the input was read before the output was checked")

    monkeypatch.setattr(f"bilingual.cli.{command}.load_thread", no_work, raising=False)
    monkeypatch.setattr(f"bilingual.cli.{command}.threads", no_work, raising=False)
    extra = ["--no-mt"] if command == "report" else []
    assert main([command, str(SEED000), *extra, "-o", str(tmp_path / "missing" / "out.txt")]) == 2
    assert capsys.readouterr().err == f"bilingual: error: {tmp_path / 'missing' / 'out.txt'}: cannot write: {tmp_path / 'missing'} does not exist\n"


@pytest.mark.parametrize("command", ["segment", "thread", "show"])
def test_a_full_disk_behind_o_exits_1_as_behind_stdout(command, capsys):
    """First-day sweep (helper newuser7): ``-o /dev/full`` exited 2 ("bad input or options") where ``> /dev/full``
    exits 1, as the README says of "an output the system would not let be written, such as a full disk"."""
    assert main([command, str(SEED000), "-o", "/dev/full"]) == 1
    assert capsys.readouterr().err == "bilingual: error: /dev/full: cannot write: No space left on device\n"


def test_an_output_the_system_refuses_to_create_exits_1(capsys):
    """A folder no file can be made in (/proc refuses new files, even to root): exit 1, the path named."""
    assert main(["thread", str(SEED000), "-o", "/proc/bilingual-newuser7.txt"]) == 1
    assert capsys.readouterr().err.startswith("bilingual: error: /proc/bilingual-newuser7.txt: cannot write: ")


def test_help_names_no_internal_constant():
    """First-day sweep: ``thread --help`` said "a comment longer than FOLD characters" (a module constant's name)."""
    from bilingual.cli.thread import FOLD

    text = build_parser("thread")._subparsers._group_actions[0].choices["thread"].format_help()
    assert "FOLD" not in text and f"{FOLD:,} characters" in " ".join(text.split())


def test_an_output_among_the_files_of_an_input_glob_is_refused(tmp_path, capsys):
    """First-day sweep: ``thread '*.ndjson' -o a.ndjson`` replaced the input a.ndjson with the listing (exit 0):
    the output was compared with the pattern, not with the files it names."""
    exports = SEED000.parent.parent / "tests" / "data" / "exports"
    a, b = tmp_path / "a.ndjson", tmp_path / "b.ndjson"
    a.write_bytes((exports / "reddit_comments.ndjson").read_bytes())
    b.write_bytes((exports / "hackernews_items.jsonl").read_bytes())
    before = a.read_bytes()
    assert main(["thread", str(tmp_path / "*.ndjson"), "-o", str(a)]) == 2
    assert capsys.readouterr().err == f"bilingual: error: {a}: the output would overwrite the input file\n"
    assert a.read_bytes() == before


@pytest.mark.parametrize("command, what", [("segment", "no Arabic or Arabizi passage"), ("transliterate", "no Arabizi or romanized Persian")])
def test_a_text_view_with_nothing_found_says_so(command, what, tmp_path, capsys):
    """First-day sweep: ``segment`` and ``transliterate`` of a thread without Arabic printed nothing at all, exit 0:
    nothing told a first run that found nothing from one that did not run."""
    path = tmp_path / "english.jsonl"
    path.write_text('{"id": "1", "text": "Hello"}\n{"id": "2", "parent": "1", "text": "Hi there"}\n', encoding="utf-8")
    assert main([command, str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == f"bilingual: {what} found in 2 comments\n"
    assert main([command, str(path), "-f", "json"]) == 0
    assert capsys.readouterr() == ("[\n]\n", "")


def test_a_text_with_nothing_found_names_the_text(tmp_path, capsys):
    """A plain text read as an article alone said "found in 0 comments": it names the text (a thread's comments are
    still counted: the test above)."""
    path = tmp_path / "page.txt"
    path.write_text("thanks 3omar_92 for the link\n", encoding="utf-8")
    assert main(["segment", str(path)]) == 0
    assert capsys.readouterr().err == "bilingual: no Arabic or Arabizi passage found in the text\n"


def test_thread_list_help_names_its_columns_in_order(capsys):
    """First-day sweep: ``--list`` said "(id, platform, title, comments)"; a line is input, id, platform, comments, title."""
    text = " ".join(build_parser("thread")._subparsers._group_actions[0].choices["thread"].format_help().split())
    assert "(input, id, platform, comments, title)" in text
    export = SEED000.parent.parent / "tests" / "data" / "exports" / "disqus_two_threads.xml"
    assert main(["thread", "--list", str(export)]) == 0
    first = capsys.readouterr().out.splitlines()[0].split("\t")
    assert first[:3] == [str(export), "t1", "disqus"] and first[3] == "3 comments  Hamas cuts ties with Assad"


@pytest.mark.parametrize("command, device", [("thread", "/dev/zero"), ("thread", "/dev/urandom"), ("thread", "-"),
                                             ("align", "/dev/zero"), ("align", "-")])
def test_an_endless_device_is_refused(command, device):
    """First-day sweep: ``thread /dev/zero`` (or ``/dev/urandom``, or ``- < /dev/zero``) read until memory ran out:
    a character device that is no terminal never ends. Run with 2 GB of address space and 60 s at most."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    with open("/dev/zero", "rb") as zero:
        argv = ["thread", device] if command == "thread" else ["align", device, str(SEED000)]
        r = subprocess.run([sys.executable, "-m", "bilingual", *argv], stdin=zero, capture_output=True, timeout=60,
                           preexec_fn=limit)
    name = "<stdin>" if device == "-" else device
    assert r.returncode == 2 and r.stderr.decode() == f"bilingual: error: {name}: is a device, not a file: it never ends\n"
