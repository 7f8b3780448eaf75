"""Hostile and broken input, end to end: every case gives correct output or one clear error line with
its location and a non-zero exit; never a traceback, a hang, unbounded memory or a file written
outside the output path. Inputs are generated here (the HTML/JS thread is tests/data/hostile_thread.jsonl).

The commands run in a subprocess (``python -m bilingual``) in an empty working directory with HOME,
the model and cache directories inside a sandbox; every file that appears there is checked.
The big cases run under an address-space limit (``RLIMIT_AS``) to prove memory stays bounded.
See docs/RELIABILITY.md for the figures.
"""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT
from exit_probe import as_from_a_terminal

from bilingual.display import display_width, render
from bilingual.segment import segment
from bilingual.spans import tiles
from bilingual.threads import read, read_string

# The hostile-input suite runs the real CLI in sandboxed subprocesses: slow-marked (CI runs it).
pytestmark = pytest.mark.slow

HOSTILE = ROOT / "tests" / "data" / "hostile_thread.jsonl"
TINY_MODEL = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
ARABIC = "اللهم بلّغنا ديمقراطية السعودية و رخاء الصومال"
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Every command that reads a thread; report writes into out/ (the only place anything may be written).
THREAD_COMMANDS = {
    "thread": ["thread"],
    "segment": ["segment"],
    "pairs": ["pairs"],
    "show": ["show", "--width", "60", "--bidi", "visual"],
    "report": ["report", "--no-mt", "-o", "out/report.html"],
    "translate": ["translate"],
}


class Sandbox:
    """An empty working directory, HOME and model/cache directories; inputs live beside it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.inputs = root / "inputs"
        self.cwd = root / "work"
        self.home = root / "home"
        for d in (self.inputs, self.cwd, self.home):
            d.mkdir(parents=True)
        (self.cwd / "out").mkdir()

    def write(self, name: str, data: bytes | str) -> Path:
        path = self.inputs / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def files(self) -> set[str]:
        return {p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if not p.is_dir()}

    def run(self, *args: str | Path, stdin: bytes | None = None, limit_mb: int | None = None,
            timeout: float = 60, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
        # A user's shell, not this pytest process's: Dask's clusters (tests/test_corpus.py) leave MALLOC_TRIM_THRESHOLD_
        # and the OMP/MKL thread counts in os.environ, and with glibc's trim threshold changed orjson dies of SIGSEGV
        # on a failed allocation under the memory-limit tests (it raises MemoryError without it).
        environ = {k: v for k, v in os.environ.items() if not k.startswith(("BILINGUAL_", "MALLOC_", "OMP_", "MKL_", "OPENBLAS_"))
                   and k not in ("ARGOS_PACKAGES_DIR", "XDG_CACHE_HOME", "XDG_DATA_HOME")}
        environ.update(HOME=str(self.home), BILINGUAL_MODELS=str(self.home / "models"), ARGOS_PACKAGES_DIR=str(self.home / "argos"),
                       BILINGUAL_CACHE="off", XDG_CACHE_HOME=str(self.home / ".cache"), XDG_DATA_HOME=str(self.home / ".local"))
        environ.update(env or {})

        def limit() -> None:
            if limit_mb is not None:
                resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))

        return subprocess.run([sys.executable, "-m", "bilingual", *map(str, args)], input=stdin, capture_output=True,
                              cwd=self.cwd, env=environ, timeout=timeout, preexec_fn=limit)


@pytest.fixture
def box(tmp_path: Path) -> Sandbox:
    return Sandbox(tmp_path)


def one_line_error(r: subprocess.CompletedProcess[bytes], *needles: str, code: int = 2) -> str:
    """Assert the run failed with exactly one ``bilingual: error:`` line containing ``needles``."""
    err = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert r.returncode == code, (r.returncode, err)
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("bilingual: error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def ok(r: subprocess.CompletedProcess[bytes]) -> str:
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 0 and "Traceback" not in err and "error" not in err, err
    return r.stdout.decode("utf-8")


def jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def run_everywhere(box: Sandbox, path: Path, *needles: str, code: int = 2) -> None:
    """Every thread-reading command stops with the same one-line error and writes nothing."""
    before = box.files()
    for name, cmd in THREAD_COMMANDS.items():
        r = box.run(*cmd, path)
        one_line_error(r, *needles, code=code)
        assert r.stdout == b"", name
    assert box.files() == before


# --- encodings and bytes ----------------------------------------------------------------------------


def test_invalid_utf8_names_the_byte_offset_in_every_command(box: Sandbox) -> None:
    path = box.write("bad.jsonl", jsonl([{"id": "1", "text": "ok"}]).encode() + b'{"id": "2", "text": "caf\xe9"}\n')
    run_everywhere(box, path, str(path), "byte offset 50", "0xe9")


def test_invalid_utf8_with_errors_replace_reads_on(box: Sandbox) -> None:
    path = box.write("bad.txt", b"Article \xff\xfe text\n")
    assert "\ufffd" in ok(box.run("thread", path, "--errors", "replace"))


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32", "utf-32-be"])
def test_bom_encodings_read_like_utf8(box: Sandbox, codec: str) -> None:
    """The JSON Lines are read as such (a UTF-32 file's head decoded as UTF-16 was once read as a page dump,
    the records as its article, and a UTF-32-BE one streamed as UTF-8)."""
    text = jsonl([{"id": "1", "author": "a", "text": ARABIC}, {"id": "2", "parent": "1", "author": "b", "text": "hi"}])
    data = text.encode(codec) if not codec.endswith("-be") else "\ufeff".encode(codec) + text.encode(codec)
    path = box.write("u.jsonl", data)
    out = ok(box.run("segment", path, "--format", "jsonl"))
    assert json.loads(out.splitlines()[0])["text"] == ARABIC
    assert ok(box.run("thread", path)).rstrip().endswith("2 comments, 1 at top level")


def test_utf16_without_bom_is_named_not_read_with_nuls(box: Sandbox) -> None:
    """Without a BOM, UTF-16 read as UTF-8 was text strewn with NULs ("h⟨^@⟩e", exit 0): a misread. Every other byte
    NUL is named with the --encoding that reads it, and that reads it; NULs here and there are still read, shown."""
    for codec in ("utf-16-le", "utf-16-be"):
        path = box.write("u16.txt", "hello world".encode(codec))
        one_line_error(box.run("thread", path), f"looks like {codec} without a byte-order mark", f"--encoding {codec}")
        assert "hello world" in ok(box.run("thread", path, "--encoding", codec))


def test_nul_bytes(box: Sandbox) -> None:
    # A raw NUL inside a JSON string is malformed JSON (named by line); as \u0000 it is text, shown as a marker.
    raw = box.write("raw.jsonl", b'{"id": "1", "text": "a"}\n{"id": "2", "text": "b\x00c"}\n')
    one_line_error(box.run("thread", raw), f"{raw}:2", "malformed JSON")
    escaped = box.write("esc.jsonl", jsonl([{"id": "1", "author": "x\u0000y", "text": "nul\u0000here " + ARABIC}]))
    for cmd in (["thread"], ["show", "--width", "40", "--bidi", "visual"], ["segment"]):
        out = ok(box.run(*cmd, escaped))
        assert "\x00" not in out
    dump = box.write("nul.txt", b"Article\x00 text\n\n  1. Al\x00i Avatar\n\n    hello\x00 " + ARABIC.encode() + b"\n")
    out = ok(box.run("thread", dump))
    assert "\x00" not in out and "1 comment," in out


@pytest.mark.parametrize("head, what", [
    (b"PK\x03\x04\x14\x00\x06\x00", "is a ZIP archive (an Excel .xlsx workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an old Office file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF document"),  # its high bytes read as Arabic letters in ISO 8859-6
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image"),
    (b"SQLite format 3\x00\x10\x00", "is an SQLite database"),
])
def test_binary_files_given_by_mistake_are_named(box: Sandbox, head: bytes, what: str) -> None:
    """An Excel workbook, a PDF, an image or a database given for a comment export is said to be one, in one line,
    not reported as an undecodable byte (whose code-page hint would mislead) nor read as a page dump."""
    path = box.write("input.csv", head + bytes(range(256)))
    one_line_error(box.run("thread", path), what, "not a comment export")


def test_binary_garbage_is_refused(box: Sandbox) -> None:
    path = box.write("garbage.bin", bytes(range(256)) * 4)
    one_line_error(box.run("thread", path), str(path), "byte offset 128")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr_dumps(box: Sandbox, newline: str) -> None:
    dump = newline.join(["Title", "", "Article text.", "", "  1. Alice Avatar", "", f"    hello {ARABIC}", "    world",
                         "    1. Bob Avatar", "", "      reply", "  2. Carol Avatar", "", "    bye", ""])
    path = box.write("d.txt", dump)
    out = ok(box.run("thread", path, "--json"))
    t = json.loads(out)
    assert [(c["id"], c["parent"], c["author"]) for c in t["comments"]] == [("1", None, "Alice"), ("1.1", "1", "Bob"), ("2", None, "Carol")]
    recs = [json.loads(line) for line in ok(box.run("segment", path, "--format", "jsonl")).splitlines()]
    assert [r["text"] for r in recs] == [ARABIC]
    assert dump[recs[0]["file_start"] : recs[0]["file_end"]] == ARABIC
    assert "\r" not in ok(box.run("show", path, "--width", "40", "--bidi", "visual"))


# --- size ----------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_10000_deep_reply_chain(box: Sandbox) -> None:
    rows = [{"id": str(i), "parent": str(i - 1) if i else None, "author": f"u{i % 7}", "text": f"reply {i} " + (ARABIC if i % 2 else "hi")}
            for i in range(10_000)]
    path = box.write("deep.jsonl", jsonl(rows))
    out = ok(box.run("thread", path, limit_mb=1024))
    lines = out.splitlines()
    assert len(lines) == 10_001 and lines[-1] == "10000 comments, 1 at top level"
    assert max(map(len, lines)) < 300  # indentation is capped: no 100 MB of spaces
    assert lines[-2].lstrip().startswith("[depth 9999] 9999. u3:")
    assert len(ok(box.run("show", path, "--width", "50", limit_mb=1024)).splitlines()) > 20_000
    assert len(ok(box.run("segment", path, limit_mb=1024)).splitlines()) == 5_000
    r = box.run("report", path, "--no-mt", "-o", "out/deep.html", limit_mb=1024, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert "5000 passages" in r.stderr.decode()


@pytest.mark.slow
def test_spam_repeated_3000_times_keeps_pairing_linear(box: Sandbox) -> None:
    """The same Arabic pasted thousands of times: copies are kept to the nearest few, not n x n."""
    rows = [{"id": str(i), "parent": str(i - 1) if i % 2 else None, "author": "u", "text": ARABIC if i % 2 == 0 else "Translation: God, make us reach the democracy"}
            for i in range(6_000)]
    path = box.write("spam.jsonl", jsonl(rows))
    out = ok(box.run("pairs", path, "--format", "jsonl", limit_mb=800, timeout=120))
    assert len(out.splitlines()) == 3_000


def test_50_mb_single_line_comment(box: Sandbox) -> None:
    words = ("Some English words, then " + ARABIC + " and more text. ") * 20
    text = words * (50_500_000 // len(words.encode()) + 1)
    data = (json.dumps({"id": "1", "author": "big", "text": text}, ensure_ascii=False) + "\n").encode()
    assert len(data) > 50_000_000
    path = box.write("big.jsonl", data)
    out = ok(box.run("thread", path, limit_mb=2048, timeout=120))
    assert out.endswith("1 comment, 1 at top level\n") and len(out) < 5000  # whole comments fold at 4,000 characters
    first = box.run("segment", path, "--format", "jsonl", limit_mb=2048, timeout=120)
    recs = ok(first).splitlines()
    assert len(recs) > 10_000 and json.loads(recs[0])["text"] == ARABIC


@pytest.mark.slow
def test_1000000_tiny_comments(box: Sandbox) -> None:
    line = '{"id":%d,"parent":%s,"text":"x"}\n'
    data = "".join(line % (i, "null" if i % 10 == 0 else i - 1) for i in range(1_000_000)).encode()
    path = box.write("million.jsonl", data)
    out = ok(box.run("thread", path, limit_mb=1536, timeout=180))  # reading is the path: ~550 bytes a comment
    assert out.endswith("1000000 comments, 100000 at top level\n") and out.count("\n") == 1_000_001


def test_memory_limit_gives_one_line_not_a_traceback(box: Sandbox) -> None:
    """Past the limit the CLI says so in one line (MemoryError is caught)."""
    data = (json.dumps({"id": "1", "text": "x" * 60_000_000}) + "\n").encode()
    r = box.run("thread", box.write("huge.jsonl", data), "-f", "json", limit_mb=160, timeout=120)
    err = r.stderr.decode()
    assert r.returncode != 0 and "Traceback" not in err and len(err.splitlines()) == 1, err


@pytest.mark.slow
def test_a_memory_limit_anywhere_in_the_read_is_one_line_never_a_crash(box: Sandbox) -> None:
    """With orjson 3.8-3.10 a limit between 350 and 400 MB made the parse of a 60 MB one-line document die of SIGSEGV
    with nothing on stderr (an allocation failing inside orjson); orjson >= 3.11 raises MemoryError. Each limit from
    too little to enough: one line and exit 1, or the thread."""
    path = box.write("huge.jsonl", (json.dumps({"id": "1", "text": "x" * 60_000_000}) + "\n").encode())
    for mb in range(150, 430, 20):
        r = box.run("thread", path, "-f", "json", "-o", "out.json", limit_mb=mb, timeout=120)
        err = r.stderr.decode()
        assert r.returncode in (0, 1) and (r.returncode == 0 or len(err.splitlines()) == 1), (mb, r.returncode, err[-500:])


# --- Unicode that tends to break text processing -------------------------------------------------------


def test_every_bidi_control_is_shown_not_obeyed(box: Sandbox) -> None:
    rows = [{"id": f"c{i}", "author": f"evil{ch}author", "text": f"admin{ch} {ARABIC} {ch}end"} for i, ch in enumerate(BIDI_CONTROLS)]
    rows.append({"id": "all", "author": BIDI_CONTROLS, "text": BIDI_CONTROLS + ARABIC + BIDI_CONTROLS})
    path = box.write("bidi.jsonl", jsonl(rows))
    outputs = {
        "thread": ok(box.run("thread", path)),
        "show-visual": ok(box.run("show", path, "--width", "50", "--bidi", "visual")),
        "show-isolate": ok(box.run("show", path, "--width", "50", "--bidi", "isolate")),
        "segment": ok(box.run("segment", path)),
    }
    for name, out in outputs.items():
        # isolate mode adds its own balanced FSI/RLI..PDI around Arabic; users' controls never pass through.
        users = out.replace("\u2068", "").replace("\u2067", "").replace("\u2069", "") if name == "show-isolate" else out
        assert not set(users) & set(BIDI_CONTROLS), name
        assert "⟨RLO⟩" in out, name
    ok(box.run("report", path, "--no-mt", "-o", "out/r.html"))
    html = (box.cwd / "out" / "r.html").read_text(encoding="utf-8")
    assert "\u202e" not in html.split("<body", 1)[1]


def test_lone_combining_marks_and_presentation_forms(box: Sandbox) -> None:
    texts = ["\u0651", "\u064b\u064c\u064d start", "text \u0301\u0301\u0301", "\ufefb\ufef7 \ufdf2 \ufe8d\ufe8e\ufe91",
             "\u0300" * 500, "ﷺ ﷽ ﷻ", "\u0651" + ARABIC, ARABIC + "\u0670\u0670"]
    path = box.write("marks.jsonl", jsonl([{"id": str(i), "text": t} for i, t in enumerate(texts)]))
    for cmd in (["thread"], ["segment"], ["show", "--width", "20", "--bidi", "visual"], ["show", "--bidi", "isolate"], ["pairs"]):
        ok(box.run(*cmd, path))
    for t in texts:
        assert tiles(segment(t), len(t))
        for mode in ("visual", "isolate", "off"):
            for line in render(t, 7, mode):
                assert display_width(line) <= 7


EMOJI = ["\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f3f3\ufe0f\u200d\U0001f308", "\U0001f44d\U0001f3fd",
         "\U0001f469\U0001f3fe\u200d\U0001f4bb", "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"]


@pytest.mark.parametrize("emoji", EMOJI, ids=["family", "rainbow-flag", "thumbs-tone", "technologist", "tag-flag"])
def test_emoji_sequences_stay_whole_inside_arabic(emoji: str) -> None:
    """Found by bench/fuzz.py: a right-to-left run reversed 👍🏽 into 🏽👍 (other glyphs, 4 cells wide)."""
    text = f"مرحبا {emoji} يا صديقي {emoji}"
    for width in (None, 2, 5, 12, 80):
        lines = render(text, width, "visual")
        joined = "".join(lines)
        assert joined.count(emoji) == 2, (width, lines)
        if width is not None:
            assert all(display_width(line) <= width for line in lines), (width, lines)
    assert tiles(segment(text), len(text))


@pytest.mark.parametrize("text", ["a\U0001f3fb", "\x9b\u0610\U0001f3fb", "مرحبا \u0610\U0001f3fb يا", "x\U0001f3fd\U0001f3fd\U0001f3fd"])
def test_lone_emoji_modifier_is_cut_to_fit(text: str) -> None:
    """Found by bench/fuzz.py: a lone modifier after a letter makes a 3-cell cluster; a 2-cell line still fits."""
    for mode in ("visual", "isolate", "off"):
        lines = render(text, 2, mode)
        assert all(display_width(line) <= 2 for line in lines), (mode, lines)


def test_emoji_in_show(box: Sandbox) -> None:
    path = box.write("emoji.jsonl", jsonl([{"id": "1", "author": EMOJI[0], "text": "مرحبا " + " ".join(EMOJI) + " يا"}]))
    out = ok(box.run("show", path, "--width", "30", "--bidi", "visual"))
    assert all(e in out for e in EMOJI)


# --- malformed structure -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": 2, "text": }', "malformed JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"text": "no id"}', 'missing "id"'),
        ('{"id": 2, "text": 5}', '"text" must be a string'),
        ('{"id": true, "text": ""}', '"id" must be a string or an integer'),
        ('{"id": "1", "text": "dup"}', "duplicate comment id"),
        ('{"id": 2, "parent": "nowhere", "text": ""}', "parent 'nowhere'"),
        ("[" * 100_000, "nested too deeply"),
        ('{"id": 2, "text": "' + "a" * 100 + "", "malformed JSON"),
    ],
    ids=["syntax", "array", "no-id", "text-type", "id-type", "duplicate", "orphan", "deep-nesting", "unterminated"],
)
def test_malformed_jsonl_line_is_named(box: Sandbox, line: str, message: str) -> None:
    path = box.write("m.jsonl", '{"id": "1", "text": "first"}\n' + line + '\n{"id": "3", "text": "' + ARABIC + '"}\n')
    one_line_error(box.run("thread", path, "--input-format", "jsonl"), f"{path}:2", message)
    r = box.run("segment", path, "--input-format", "jsonl", "--skip-bad")
    assert r.returncode == 0 and ARABIC in r.stdout.decode()
    warnings = r.stderr.decode().splitlines()
    assert warnings and all(w.startswith("bilingual: warning: ") for w in warnings) and f"{path}:2" in warnings[0]


def test_malformed_jsonl_errors_in_every_command(box: Sandbox) -> None:
    path = box.write("m.jsonl", '{"id": "1", "text": "a"}\n\n{"id": "2", "text": "b"}\n{broken\n')
    run_everywhere(box, path, f"{path}:4", "malformed JSON")


def test_reply_cycle_is_an_error_and_skip_bad_cuts_it(box: Sandbox) -> None:
    """A reply cycle is a one-line error; with ``--skip-bad`` it is cut where found, flagged and warned, and no
    comment (nor another thread of the same dump) is lost."""
    path = box.write("cycle.jsonl", '{"id": 1, "parent": 2, "text": "a"}\n{"id": 2, "parent": 1, "text": "b"}\n'
                                    '{"id": 3, "parent": 2, "text": "c"}\n{"id": 4, "thread": "t2", "text": "other"}\n')
    one_line_error(box.run("thread", path), f"{path}:", "reply cycle")
    r = box.run("thread", path, "--skip-bad", "-f", "jsonl")
    assert r.returncode == 0, r.stderr
    warned = r.stderr.decode().strip().splitlines()
    assert len(warned) == 1 and warned[0].startswith(f"bilingual: warning: {path}:") and "reply cycle through comment" in warned[0]
    threads = [json.loads(line) for line in r.stdout.decode().splitlines()]
    comments = {c["id"]: c for t in threads for c in t["comments"]}
    assert sorted(comments) == ["1", "2", "3", "4"] and len(threads) == 2
    cut = [c for c in comments.values() if "cycle" in c.get("flags", [])]
    assert len(cut) == 1 and cut[0]["parent"] is None and comments["3"]["parent"] == "2"


DISQUS_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
XML_ATTACKS = {
    "billion-laughs": DISQUS_HEAD + '<!DOCTYPE disqus [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>\n<disqus>&j;</disqus>",
    "quadratic-blowup": DISQUS_HEAD + '<!DOCTYPE disqus [<!ENTITY a "' + "x" * 50_000 + '">]>\n<disqus>' + "&a;" * 50_000 + "</disqus>",
    "external-file": DISQUS_HEAD + '<!DOCTYPE disqus [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<disqus>&x;</disqus>',
    "external-url": DISQUS_HEAD + '<!DOCTYPE disqus [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>\n<disqus>&x;</disqus>',
    "parameter-entity": DISQUS_HEAD + '<!DOCTYPE disqus [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n<disqus/>',
    "external-dtd": DISQUS_HEAD + '<!DOCTYPE disqus SYSTEM "file:///etc/passwd">\n<disqus/>',
}


@pytest.mark.parametrize("payload", XML_ATTACKS.values(), ids=XML_ATTACKS.keys())
def test_disqus_entities_and_dtds_are_refused(box: Sandbox, payload: str) -> None:
    path = box.write("attack.xml", payload)
    one_line_error(box.run("thread", path, limit_mb=1024, timeout=30), str(path), "refused XML")


def test_disqus_attack_refused_in_every_command(box: Sandbox) -> None:
    run_everywhere(box, box.write("attack.xml", XML_ATTACKS["billion-laughs"]), "refused XML")


def test_malformed_disqus_names_line_and_column(box: Sandbox) -> None:
    path = box.write("broken.xml", DISQUS_HEAD + '<disqus xmlns:dsq="http://disqus.com/disqus-internals">\n<post dsq:id="1"><message>hi</message>\n</disqus>')
    one_line_error(box.run("thread", path), f"{path}:4:2", "mismatched tag")


def test_wordpress_and_hacker_news_exports_cut_or_mistyped_stop_every_command(box: Sandbox) -> None:
    """A WXR export cut after its first post (read as a stream, the post before the cut was already read) and a Hacker
    News item with a wrong type: every command stops with the one-line error and writes nothing."""
    wxr = (ROOT / "tests" / "data" / "exports" / "wordpress.xml").read_text(encoding="utf-8")
    cut = box.write("export.xml", wxr[: wxr.index("<title><![CDATA[ما معنى") + 60])
    run_everywhere(box, cut, f"{cut}:197:2", "malformed XML")
    items = (ROOT / "tests" / "data" / "exports" / "hackernews_items.jsonl").read_text(encoding="utf-8")
    bad = box.write("items.jsonl", items.replace('"kids":[37800004]', '"kids":37800004'))
    run_everywhere(box, bad, f"{bad}:5", '"kids" must be an array, not a number')


def test_disqus_html_message_is_plain_text(box: Sandbox) -> None:
    xml = (DISQUS_HEAD + '<disqus xmlns:dsq="http://disqus.com/disqus-internals"><post dsq:id="p1"><message><![CDATA[<script>alert(1)</script><p>'
           + ARABIC + '</p>]]></message><author><name>&lt;img src=x onerror=alert(2)&gt;</name></author></post></disqus>')
    path = box.write("html.xml", xml)
    ok(box.run("report", path, "--no-mt", "-o", "out/d.html"))
    html = (box.cwd / "out" / "d.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html and "<script>alert(1)" not in html


# --- HTML and JavaScript in authors and text -----------------------------------------------------------


def test_html_and_javascript_never_reach_the_report_as_markup(box: Sandbox) -> None:
    before = box.files()
    r = box.run("report", HOSTILE, "--no-mt", "-o", "out/hostile.html", "--json", "out/hostile.json")
    assert r.returncode == 0 and "Traceback" not in r.stderr.decode()
    assert box.files() - before == {"work/out/hostile.html", "work/out/hostile.json"}
    html = (box.cwd / "out" / "hostile.html").read_text(encoding="utf-8")
    for bad in ("<script>alert", "<img src=x", "<svg", "<iframe", 'href="javascript:', "<base href", '<meta http-equiv="refresh"', "onerror=alert(2)>"):
        assert bad not in html, bad
    data = json.loads((box.cwd / "out" / "hostile.json").read_text(encoding="utf-8"))
    assert data  # the JSON keeps the text as data
    for cmd in (["thread"], ["segment"], ["pairs"], ["show", "--bidi", "visual", "--width", "60"]):
        out = ok(box.run(*cmd, HOSTILE))
        assert "\x1b" not in out and "\u202e" not in out


def test_report_output_path_is_the_only_write(box: Sandbox) -> None:
    before = box.files()
    ok(box.run("report", HOSTILE, "--no-mt", "-o", "out/sub.html"))
    assert box.files() - before == {"work/out/sub.html"}
    r = box.run("report", HOSTILE, "--no-mt", "-o", "missing-dir/r.html")
    one_line_error(r, "missing-dir/r.html", "cannot write")
    r = box.run("report", HOSTILE, "--no-mt", "-o", str(HOSTILE))
    one_line_error(r, "overwrite the input")
    assert box.files() - before == {"work/out/sub.html"}


def test_translate_reads_before_it_needs_a_model(box: Sandbox) -> None:
    """Hostile input fails on the input (exit 2); good input without a model is one line (exit 3)."""
    one_line_error(box.run("translate", box.write("bad.txt", b"\xff")), "byte offset 0")
    one_line_error(box.run("translate", HOSTILE), "no Arabic->English translation model", code=3)


# --- model archives ------------------------------------------------------------------------------------


def _tiny_members() -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    with zipfile.ZipFile(TINY_MODEL) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist() if not i.is_dir()]


def _archive(box: Sandbox, name: str, extra: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    path = box.inputs / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in [*_tiny_members(), *extra]:
            zf.writestr(info, data)
    return path


def _symlink(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


MODEL_ATTACKS = {
    "dot-dot": ([("../../evil.txt", b"x")], "outside the target"),
    "nested-dot-dot": ([("translate-ar_en-tiny/../../../evil.txt", b"x")], "outside the target"),
    "absolute": ([("/tmp/evil-bilingual.txt", b"x")], "absolute path"),
    "symlink": ([(_symlink("translate-ar_en-tiny/model/evil", "/etc/passwd"), b"/etc/passwd")], "symbolic link"),
    "zip-bomb": ([("translate-ar_en-tiny/zeros", bytes(64 << 20))], "zip bomb"),
}


@pytest.mark.parametrize("attack", MODEL_ATTACKS, ids=list(MODEL_ATTACKS))
def test_hostile_model_archives_are_refused(box: Sandbox, attack: str) -> None:
    extra, message = MODEL_ATTACKS[attack]
    archive = _archive(box, f"{attack}.argosmodel", extra)
    before = box.files()
    one_line_error(box.run("models", "install", archive, limit_mb=1024), message)
    assert box.files() == before  # nothing installed, nothing written beside or above the models directory
    assert not Path("/tmp/evil-bilingual.txt").exists()


def test_model_with_wrong_checksum_is_refused(box: Sandbox) -> None:
    before = box.files()
    one_line_error(box.run("models", "install", TINY_MODEL, "--sha256", "0" * 64), "checksum mismatch")
    assert box.files() == before


def test_truncated_model_archive_is_refused(box: Sandbox) -> None:
    path = box.write("cut.argosmodel", TINY_MODEL.read_bytes()[: TINY_MODEL.stat().st_size // 2])
    before = box.files()
    one_line_error(box.run("models", "install", path), str(path))
    assert box.files() == before


# --- library-level invariants on the hostile strings ----------------------------------------------------


HOSTILE_STRINGS = [
    "", "\x00", "\r", "\r\n\r", "\u2029\u2028\x85", BIDI_CONTROLS, "\u0651", "\ufeff" * 3, "\u200d" * 10, "".join(EMOJI),
    "\ufefb" * 40, "a\u0300" * 50, ARABIC + "\u202e" + "abc" + "\u202c", "\U0010ffff\ue000", "\t\t" + ARABIC + "\t",
    "7abibi 3arabi ya5i " + ARABIC, "\u0640" * 100, unicodedata.lookup("ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM") * 3,
]


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_library_invariants_on_hostile_strings(text: str) -> None:
    assert tiles(segment(text), len(text))
    for mode in ("visual", "isolate", "off"):
        for width in (2, 9, 80):
            lines = render(text, width, mode)
            assert all(display_width(line) <= width for line in lines)
            assert all(-1 <= o < max(len(text), 1) for line in lines for o in line.logical)
    thread = read_string(json.dumps({"id": "1", "author": text, "text": text}), "jsonl")
    assert thread.comments[0].text == text and thread.comments[0].author == text


def test_align_with_digits_newer_than_python_unicode() -> None:
    """Found by bench/fuzz.py: ``int()`` on a digit the regex module knows but Python 3.11 does not (U+1E4F3)."""
    from bilingual.align import align

    links = align(["\ufe79 8", "٣ نص"], ["2....\U0001e4f3", "text 3"])
    assert [i for link in links for i in link.src] == [0, 1] and [j for link in links for j in link.tgt] == [0, 1]


def test_read_bytes_never_raises_anything_but_input_error() -> None:
    from bilingual.errors import InputError

    for data in (b"\xff\xfe", b"\xfe\xff\x00", b"\xef\xbb\xbf", b"\xef\xbb\xbf{", b"<disqus", b"<disqus><post/></disqus>",
                 b"{" * 10, b"\x00" * 100, b"  1. A Avatar\n", "  • x\n    y\n".encode()):
        try:
            read(data)
        except InputError as exc:
            assert "\n" not in str(exc)


# --- issue 19: every reproduction of the red-team pass, end to end -----------------------------------
#
# Time limits here only catch blow-ups: each is about 100x what the linear path takes on the 2-core
# machine (a superlinear path at these sizes takes minutes or hours, see bench/bench_scaling.py).

SEED = ROOT / "seeds" / "000_2161432b20e98764.txt"
DQ_HEAD = DISQUS_HEAD + '<disqus xmlns:dsq="http://disqus.com/disqus-internals"><thread dsq:id="t"><title>T</title></thread>'


# Runs the command given after the fd number in a child of its own and writes that child's CPU seconds and peak RSS
# (KiB) to the fd.
# A process started from this test process reports at least this process's own peak RSS as its ru_maxrss (Linux keeps
# the high-water mark of the address space it replaced at exec): after a few hundred tests, about 1 GB for anything.
# Forked from this small process instead, the command's peak is its own.
_MEASURE = """import os, sys
fd = int(sys.argv[1])
pid = os.fork()
if pid == 0:
    os.close(fd)
    os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
_, status, usage = os.wait4(pid, 0)
os.write(fd, f"{usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}".encode())
sys.exit(os.waitstatus_to_exitcode(status))
"""


def measured(box: Sandbox, *args: str | Path, timeout: float = 60) -> tuple[subprocess.CompletedProcess[bytes], float, float]:
    """Run the CLI like :meth:`Sandbox.run` and return it with its own CPU seconds and peak RSS in MB (``wait4`` in a
    small parent, :data:`_MEASURE`), its process tree's.

    Raises ``subprocess.TimeoutExpired`` (the whole process group killed) past ``timeout`` seconds.
    """
    import signal
    import tempfile

    environ = {k: v for k, v in os.environ.items() if not k.startswith("BILINGUAL_")}
    environ.update(HOME=str(box.home), BILINGUAL_MODELS=str(box.home / "models"), ARGOS_PACKAGES_DIR=str(box.home / "argos"),
                   BILINGUAL_CACHE="off")
    read_end, write_end = os.pipe()
    command = [sys.executable, "-c", _MEASURE, str(write_end), "-m", "bilingual", *map(str, args)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(command, stdout=out, stderr=err, cwd=box.cwd, env=environ, pass_fds=(write_end,),
                                    start_new_session=True)
        finally:
            os.close(write_end)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            os.close(read_end)
            raise
        with os.fdopen(read_end, "rb") as figures:
            cpu, kib = figures.read().split()
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(command, proc.returncode, out.read(), err.read())
    return result, float(cpu), int(kib) / 1024


# Data loss ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cmd", [["pairs"], ["translate"], ["segment"], ["thread"], ["normalize"], ["show"], ["report", "--no-mt"]],
                         ids=lambda c: c[0])
def test_no_command_overwrites_its_input(box: Sandbox, cmd: list[str]) -> None:
    """`pairs in.txt -o in.txt` replaced the thread by the listing (exit 0)."""
    path = box.write("in.txt", SEED.read_bytes())
    one_line_error(box.run(cmd[0], path, *cmd[1:], "-o", path), "overwrite the input")
    assert path.read_bytes() == SEED.read_bytes()
    assert sorted(p.name for p in box.inputs.iterdir()) == ["in.txt"]


def test_align_does_not_overwrite_its_input(box: Sandbox) -> None:
    path = box.write("a.txt", ARABIC + "\n")
    one_line_error(box.run("align", path, path, "-o", path), "overwrite the input")
    assert path.read_text(encoding="utf-8") == ARABIC + "\n"


def test_report_two_outputs_to_one_file_is_refused(box: Sandbox) -> None:
    """`report -o X --json X` silently kept only the JSON."""
    r = box.run("report", SEED, "--no-mt", "-o", "out/x", "--json", "out/x")
    assert r.returncode == 2 and "two outputs would write the same file" in r.stderr.decode()
    assert not any((box.cwd / "out").iterdir())


def _install(box: Sandbox, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return box.run("models", "install", TINY_MODEL, *extra, timeout=120)


@pytest.mark.slow
def test_killed_install_force_keeps_the_old_model(box: Sandbox) -> None:
    """A kill during `models install --force` left no model and a stranded `.install-*` directory."""
    ok(_install(box))
    environ = {**os.environ, "HOME": str(box.home), "BILINGUAL_MODELS": str(box.home / "models"), "ARGOS_PACKAGES_DIR": str(box.home / "argos")}
    for delay in (0.2, 0.4, 0.6, 0.8, 1.0, 1.3):
        proc = subprocess.Popen([sys.executable, "-m", "bilingual", "models", "install", str(TINY_MODEL), "--force"], cwd=box.cwd,
                                env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        listing = ok(box.run("models", "list"))
        assert "translate-ar_en-tiny" in listing, (delay, listing)
    ok(_install(box, "--force"))  # a later install cleans what a killed one left
    assert not [p for p in (box.home / "models").iterdir() if p.name.startswith(".install-")]


def test_concurrent_installs_of_one_name_do_not_both_succeed(box: Sandbox) -> None:
    environ = {**os.environ, "HOME": str(box.home), "BILINGUAL_MODELS": str(box.home / "models"), "ARGOS_PACKAGES_DIR": str(box.home / "argos")}
    procs = [subprocess.Popen([sys.executable, "-m", "bilingual", "models", "install", str(TINY_MODEL)], cwd=box.cwd, env=environ,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    assert sorted(rc for _, _, rc in results) == [0, 2], results
    assert all("Traceback" not in err.decode() for _, err, _ in results)
    assert "translate-ar_en-tiny" in ok(box.run("models", "list"))


@pytest.mark.slow
@pytest.mark.parametrize("signum", [2, 15], ids=["SIGINT", "SIGTERM"])
def test_signal_during_report_write_leaves_no_temporary_file(box: Sandbox, signum: int) -> None:
    """Ctrl-C during a report write left its temporary file behind."""
    path = box.write("big.jsonl", jsonl([{"id": str(i), "text": f"{ARABIC} hello {i}"} for i in range(20_000)]))
    environ = {**os.environ, "HOME": str(box.home), "BILINGUAL_CACHE": "off"}
    for delay in (0.5, 1.0, 2.0, 3.0, 4.5):
        proc = subprocess.Popen([sys.executable, "-m", "bilingual", "report", str(path), "--no-mt", "-o", "out/r.html"], cwd=box.cwd,
                                env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=as_from_a_terminal)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signum)
        _, err = proc.communicate(timeout=120)
        assert "Traceback" not in err.decode(), err
        assert [p.name for p in (box.cwd / "out").iterdir() if p.name != "r.html"] == [], delay


def test_surrogate_leaves_no_temporary_file(box: Sandbox) -> None:
    """A surrogate error left `.X.tmpPID` files."""
    path = box.write("s.jsonl", '{"id": "1", "text": "a\\ud800b ' + ARABIC + '"}\n')
    for cmd in (["report", "--no-mt", "-o", "out/s.html"], ["thread", "-o", "out/t.txt"], ["pairs", "-o", "out/p.txt"], ["normalize", "-o", "out/n.txt"]):
        r = box.run(cmd[0], path, *cmd[1:])
        assert r.returncode == 0 and "error" not in r.stderr.decode(), r.stderr
    assert not [p for p in box.root.rglob("*") if ".tmp" in p.name]


# Hangs and memory: small inputs, formerly superlinear paths --------------------------------------------


LINEAR_CASES = {
    # name: (file name, content, command, blow-up limit in CPU seconds)
    "40k-spaces-thread": ("r.txt", "T\n\n  1. a" + " " * 40_000 + "b\n", ["thread"], 30),
    "2400-letter-word-pairs": ("w.jsonl", jsonl([{"id": "1", "text": "ب" * 2400}, {"id": "2", "parent": "1", "text": "This is the translation."}]), ["pairs"], 60),
    "1200-lam-alef-pairs": ("l.jsonl", jsonl([{"id": "1", "text": "\ufefb" * 1200}, {"id": "2", "parent": "1", "text": "This is the translation."}]), ["pairs"], 60),
    "32000-tabs-show": ("t.jsonl", jsonl([{"id": "1", "text": ARABIC + "\t" * 32_000 + "x"}]), ["show", "--width", "80", "--bidi", "visual"], 30),
    "32000-tabs-report-terminal": ("t.jsonl", jsonl([{"id": "1", "text": ARABIC + "\t" * 32_000 + "x"}]),
                                   ["report", "--no-mt", "-f", "terminal", "--width", "80", "--bidi", "visual"], 60),
    "disqus-60000-a-tags": ("a.xml", DQ_HEAD + '<post dsq:id="p"><thread dsq:id="t"/><message><![CDATA[' + "<a" * 60_000 + "]]></message></post></disqus>",
                            ["thread"], 30),
    "16000-dots-pairs": ("d.jsonl", jsonl([{"id": "1", "text": ARABIC}, {"id": "2", "parent": "1", "text": "." * 16_000}]), ["pairs"], 60),
    "16000-zwnj-normalize": ("z.jsonl", jsonl([{"id": "1", "text": "ب\u200c" * 16_000}]), ["normalize"], 30),
    # an Arabizi bulleted list with a long run of spaces ending its first item: 59 s at 80,000 (a search from each space)
    "80000-spaces-arabizi-list-segment": ("b.jsonl", jsonl([{"id": "1", "text": "- yalla habibi ana b7bk" + " " * 80_000 + "x\n- yalla habibi ana b7bk"}]),
                                          ["segment"], 30),
    # one line of Arabizi runs between digit words and function-word runs: each of these runs was tested against every other
    # run of the line (90 s at 40,000); found by bisection now, and the runs joined in one pass
    "40000-arabizi-digit-words-segment": ("d.jsonl", jsonl([{"id": "1", "text": "y3ny ana m3 7d bs lw 5ale9 dh " * 40_000}]), ["segment"], 30),
    # lines with no cue beside Arabizi lines, each looked at from its neighbours, and one long such line ending in English
    "20000-arabizi-paragraphs-segment": ("p.jsonl", jsonl([{"id": "1", "text": "y3ny 3ady\n\ngalf skwl hyi\n" * 20_000 + "galf skwl " * 40_000 + "the"}]),
                                         ["segment"], 30),
    # a mostly-Arabizi line whose runs widen over short words and apostrophe digit words (93'er): each word looked at once
    "20000-arabizi-edge-words-segment": ("e.jsonl", jsonl([{"id": "1", "text": "y3ny ana by hw ally dh 93'er " * 20_000 + "for the win"}]),
                                         ["segment"], 30),
    # a line of stretches in capitals between lower-case words, each stretch's words read in lower case: each word looked at once
    "40000-arabizi-capitals-stretches-segment": ("c.jsonl", jsonl([{"id": "1", "text": "ana the EL NAS KOLAHA BT3ML 7AGA wa3rin " * 40_000}]),
                                                 ["segment"], 30),
}


@pytest.mark.parametrize("case", LINEAR_CASES, ids=list(LINEAR_CASES))
def test_formerly_superlinear_inputs_are_cheap(box: Sandbox, case: str) -> None:
    """45 s (spaces), 4 GB (2,400-letter word), 165 s (tabs), 20 s (`<a` x 60,000), 21 s (dots), 3.4 s (ZWNJ) before."""
    name, content, cmd, limit = LINEAR_CASES[case]
    r, cpu, _ = measured(box, cmd[0], box.write(name, content), *cmd[1:], timeout=limit * 2)
    ok(r)
    assert cpu < limit, cpu


def test_formerly_superlinear_inputs_stay_small_in_memory(box: Sandbox) -> None:
    """The 2,400-letter word passed 4 GB in `pairs`; every case above runs under 1 GB of address space."""
    for case, (name, content, cmd, limit) in LINEAR_CASES.items():
        ok(box.run(cmd[0], box.write(name, content), *cmd[1:], limit_mb=1024, timeout=limit * 2))


@pytest.mark.slow
def test_100000_deep_chain_report_is_no_blow_up_and_stays_under_500_mb(box: Sandbox) -> None:
    """132 s of CPU and 1.08 GB before. The issue's goal, under 30 s and 500 MB, is a speed goal and is measured by
    the benchmark, not here (`bench/bench_jobs.py --chain 100000`; docs/BENCHMARKS.md, 2026-12-04 20:27, idle: 29.4 s
    of CPU and 17.5 s wall with the default 2 jobs, 25.8 s with one, 313-343 MB). This test catches a blow-up on any
    machine: the 132 s of CPU it took (120 s fails), or 500 MB of memory."""
    rows = [{"id": str(i), "parent": str(i - 1) if i else None, "author": f"u{i % 7}", "text": f"reply {i} " + (ARABIC if i % 2 else "hi")}
            for i in range(100_000)]
    path = box.write("deep.jsonl", jsonl(rows))
    r, cpu, mb = measured(box, "report", path, "--no-mt", "-o", "out/deep.html", timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    assert mb < 500, mb
    assert cpu < 120, cpu


# Spoofing ------------------------------------------------------------------------------------------


TERMINAL_BAD = set("\x1b\x07\x9b\u202e") | set(BIDI_CONTROLS)


@pytest.mark.parametrize("cmd", [["thread"], ["show"], ["segment"], ["pairs"], ["normalize"],
                                 ["report", "--no-mt", "-f", "terminal"]], ids=lambda c: c[0])
def test_comment_ids_never_reach_the_terminal_raw(box: Sandbox, cmd: list[str]) -> None:
    """An id of OSC 52 (clipboard write) and CSI 2J (clear screen) reached the terminal."""
    path = box.write("e.jsonl", b'{"id":"x\\u001b]52;c;cHduZWQ=\\u0007\\u001b[2J","text":"hi ' + ARABIC.encode() + b'"}\n')
    r = box.run(cmd[0], path, *cmd[1:])
    assert r.returncode == 0, r.stderr
    assert not TERMINAL_BAD & set(r.stdout.decode() + r.stderr.decode())


@pytest.mark.parametrize("cmd", [["thread"], ["show"], ["report", "--no-mt", "-f", "terminal"]], ids=lambda c: c[0])
def test_disqus_c1_and_rlo_ids_are_escaped(box: Sandbox, cmd: list[str]) -> None:
    path = box.write("c1.xml", DQ_HEAD + '<post dsq:id="a&#x9b;2J&#x202e;"><thread dsq:id="t"/><message>hi ' + ARABIC
                     + '</message><author><name>n&#x9b;&#x202e;</name></author></post></disqus>')
    r = box.run(cmd[0], path, *cmd[1:])
    assert r.returncode == 0, r.stderr
    assert not TERMINAL_BAD & set(r.stdout.decode() + r.stderr.decode())


def test_file_names_in_error_lines_are_escaped(box: Sandbox) -> None:
    path = box.write("bad\x1b[2J\u202ename.jsonl", b"\xff")
    line = one_line_error(box.run("thread", path), "byte offset 0")
    assert not TERMINAL_BAD & set(line)


def test_model_metadata_is_escaped_when_printed(box: Sandbox) -> None:
    """`models install` printed an archive's language fields raw."""
    members = _tiny_members()
    meta = next(n for n, _ in members if str(n).endswith("metadata.json"))
    data = json.loads(dict(members)[meta])
    data.update(from_code="ar\x1b[2J", from_name="Ar\x1b]52;c;eA==\x07", to_name="En\u202e")
    path = box.inputs / "esc.argosmodel"
    with zipfile.ZipFile(path, "w") as zf:
        for name, blob in members:
            zf.writestr(name, json.dumps(data).encode() if name == meta else blob)
    r = box.run("models", "install", path, timeout=120)
    assert "Traceback" not in r.stderr.decode()
    assert not TERMINAL_BAD & set(r.stdout.decode() + r.stderr.decode())
    assert not TERMINAL_BAD & set(box.run("models", "list").stdout.decode())


def test_duplicate_disqus_post_ids_are_refused(box: Sandbox) -> None:
    """A later post reusing Alice's id made the report say her Arabic was "by Mallory"."""
    path = box.write("dup.xml", DQ_HEAD + '<post dsq:id="1"><thread dsq:id="t"/><message>' + ARABIC + '</message><author><name>Alice</name></author></post>'
                     '<post dsq:id="1"><thread dsq:id="t"/><message>hello</message><author><name>Mallory</name></author></post></disqus>')
    one_line_error(box.run("report", path, "--no-mt", "-o", "out/r.html"), "duplicate comment id '1'")
    r = box.run("thread", path, "--skip-bad", "-f", "json")
    comments = json.loads(r.stdout)["comments"]
    assert [(c["id"], c["author"]) for c in comments] == [("1", "Alice")] and "duplicate" in r.stderr.decode()


def test_header_line_inside_a_comment_body_stays_text(box: Sandbox) -> None:
    """`    1. Moderator Avatar` inside a body became a reply by Moderator."""
    path = box.write("mod.txt", "Title\n\nArticle.\n\n  1. Alice Avatar\n\n    hello there\n    1. Moderator Avatar\n    more of my text\n")
    comments = json.loads(ok(box.run("thread", path, "-f", "json")))["comments"]
    assert [c["author"] for c in comments] == ["Alice"] and "1. Moderator Avatar" in comments[0]["text"]


def test_look_alike_authors_are_flagged(box: Sandbox) -> None:
    """`Admin`, `Admin` + ZWSP, `Аdmin` (Cyrillic А) and `Admin` + a tag character looked identical and were not marked."""
    authors = ["Admin", "Admin\u200b", "\u0410dmin", "Admin\U000e0041"]
    path = box.write("adm.jsonl", jsonl([{"id": str(i), "author": a, "text": "hi"} for i, a in enumerate(authors)]))
    comments = json.loads(ok(box.run("thread", path, "-f", "json")))["comments"]
    assert ["look-alike-author" in c.get("flags", []) for c in comments][1:] == [True, True, True]


# Crashes ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cmd", [["thread"], ["normalize"], ["segment"], ["pairs"], ["report", "--no-mt", "-o", "out/s.html"],
                                 ["report", "--no-mt", "-f", "terminal"]], ids=lambda c: " ".join(c[:3:2]))
def test_lone_surrogate_is_replaced_and_flagged(box: Sandbox, cmd: list[str]) -> None:
    """`"\\ud800"` (valid JSON) crashed thread, translate, normalize and report."""
    path = box.write("s.jsonl", '{"id": "1", "text": "a\\ud800b ' + ARABIC + '"}\n')
    out = ok(box.run(cmd[0], path, *cmd[1:]))
    if cmd == ["thread"]:
        assert "a\ufffdb" in out
    thread = json.loads(ok(box.run("thread", path, "-f", "json")))
    assert "surrogates-replaced" in thread["comments"][0]["flags"]


def test_lone_surrogate_translate_reads_then_asks_for_a_model(box: Sandbox) -> None:
    path = box.write("s.jsonl", '{"id": "1", "text": "a\\ud800b ' + ARABIC + '"}\n')
    one_line_error(box.run("translate", path), "no Arabic->English translation model", code=3)


def test_deeply_nested_model_metadata_is_one_line(box: Sandbox) -> None:
    """A `metadata.json` nested 100,000 deep broke every model command (RecursionError)."""
    members = _tiny_members()
    meta = next(n for n, _ in members if str(n).endswith("metadata.json"))
    path = box.inputs / "deep.argosmodel"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members:
            zf.writestr(name, ("[" * 100_000 + "]" * 100_000).encode() if name == meta else blob)
    one_line_error(box.run("models", "install", path, timeout=120), "nested deeper")
    assert "internal error" not in box.run("models", "list").stderr.decode()


@pytest.mark.slow
def test_corrupt_model_bin_is_never_an_internal_error(box: Sandbox) -> None:
    """7 of 581 corrupted `model.bin` gave "internal error: IndexError"; a corrupt default broke every report."""
    members = _tiny_members()
    bin_name = next(n for n, _ in members if str(n).endswith("model.bin"))
    for k in range(8):
        path = box.inputs / f"corrupt{k}.argosmodel"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, blob in members:
                if name == bin_name:
                    cut = bytearray(blob)
                    cut[(k * 7919) % len(cut)] ^= 0xFF
                    blob = bytes(cut[: len(cut) - k * 37])
                zf.writestr(name, blob)
        for args in (["models", "install", path, "--force"], ["models", "verify"], ["report", SEED, "-o", "out/c.html"], ["translate", SEED]):
            r = box.run(*args, timeout=120)
            err = r.stderr.decode()
            assert "internal error" not in err and "Traceback" not in err, (k, args, err)
        ok_report = box.run("report", SEED, "-o", "out/c.html", timeout=120)
        assert ok_report.returncode == 0, ok_report.stderr.decode()  # a broken default falls back to no MT


@pytest.mark.parametrize("skip_bad", [False, True], ids=["strict", "skip-bad"])
def test_5000_digit_ids_are_read_as_strings(box: Sandbox, skip_bad: bool) -> None:
    big = "9" * 5000
    path = box.write("ids.jsonl", '{"id": ' + big + ', "text": "a"}\n{"id": 2, "parent": ' + big + ', "text": "b"}\n')
    out = ok(box.run("thread", path, "-f", "json", *(["--skip-bad"] if skip_bad else [])))
    comments = json.loads(out)["comments"]
    assert [c["id"] for c in comments] == [big, "2"] and comments[1]["parent"] == big


def test_unwritable_output_is_one_line(box: Sandbox) -> None:
    """A read-only file system: one line, not an internal error (/proc refuses new files even to root)."""
    one_line_error(box.run("report", SEED, "--no-mt", "-o", "/proc/bilingual-r.html"), "cannot write", code=1)
    one_line_error(box.run("thread", SEED, "-o", "/proc/bilingual-t.txt"), "cannot write", code=1)


@pytest.mark.parametrize("cmd", [["thread"], ["segment"], ["show"], ["pairs"], ["report", "--no-mt", "-f", "json"]], ids=lambda c: c[0])
def test_full_stdout_is_one_line(box: Sandbox, cmd: list[str]) -> None:
    """`> /dev/full` was an internal error."""
    environ = {**os.environ, "HOME": str(box.home), "BILINGUAL_CACHE": "off"}
    with open("/dev/full", "wb") as full:
        r = subprocess.run([sys.executable, "-m", "bilingual", cmd[0], str(SEED), *cmd[1:]], stdout=full, stderr=subprocess.PIPE,
                           cwd=box.cwd, env=environ, timeout=120)
    err = r.stderr.decode()
    assert r.returncode == 1 and "Traceback" not in err and err.count("\n") == 1 and "No space left on device" in err, err


def test_output_to_a_fifo_writes_into_it(box: Sandbox) -> None:
    """`-o` naming a FIFO (or a device such as /dev/full) must write into it, never replace it by a regular file."""
    import threading

    fifo = box.cwd / "out" / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    r = box.run("thread", SEED, "-o", fifo, timeout=30)
    if reader.is_alive():  # nothing opened the FIFO for writing: unblock the reader
        with open(fifo, "wb"):
            pass
    reader.join(10)
    is_fifo = stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert r.returncode == 0 and is_fifo and got and b"comments" in got[0], (r.stderr, is_fifo)


@pytest.mark.parametrize("encoding", ["zlib", "base64", "hex", "bz2", "rot13", "uu", "quopri", "nonsense"])
def test_non_text_encoding_is_one_line(box: Sandbox, encoding: str) -> None:
    """`--encoding zlib` was an internal error or a wrong message."""
    for cmd in (["thread", SEED], ["align", SEED, SEED], ["report", SEED, "--no-mt", "-o", "out/r.html"]):
        line = one_line_error(box.run(*cmd, "--encoding", encoding), "--encoding", repr(encoding))
        assert "error handler" not in line


def test_decode_names_what_is_wrong_with_the_encoding() -> None:
    from bilingual.errors import InputError
    from bilingual.threads.decode import decode, text_encoding

    assert text_encoding("UTF8") == "utf-8" and text_encoding("cp1256", "replace") == "cp1256"
    for encoding, errors, message in (("zlib", "strict", "not a text encoding"), ("nonsense", "strict", "unknown encoding"),
                                      ("utf-8", "bogus", "unknown error handler"), ("idna", "replace", "cannot decode with --errors replace")):
        with pytest.raises(InputError, match=message):
            text_encoding(encoding, errors)
    with pytest.raises(InputError, match="'undefined' codec cannot decode"):
        decode(b"abc", "undefined")
    with pytest.raises(InputError, match="not valid idna at byte offset 0"):
        decode(b"\xff", "idna")
    assert decode(b"\xef\xbb\xbfabc") == "abc" and decode("abc".encode("cp1256"), "CP1256") == "abc"


@pytest.mark.parametrize("encoding", ["idna", "undefined", "punycode"])
def test_text_encodings_unfit_for_files_are_one_line(box: Sandbox, encoding: str) -> None:
    r = box.run("thread", SEED, "--encoding", encoding)
    assert "internal error" not in r.stderr.decode() and r.returncode in (0, 2), r.stderr


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_at_read_time(box: Sandbox, constant: str) -> None:
    """NaN/Infinity in the input were echoed into JSON output (not JSON)."""
    path = box.write("nan.jsonl", '{"id": "1", "text": "hi", "score": %s}\n' % constant)
    for cmd in (["thread", "-f", "json"], ["segment", "-f", "json"], ["pairs", "-f", "jsonl"], ["report", "--no-mt", "-f", "json"]):
        one_line_error(box.run(cmd[0], path, *cmd[1:]), str(path), "malformed JSON", f"{constant} is not JSON")


def test_number_overflowing_to_infinity_is_refused(box: Sandbox) -> None:
    """`1e999` was refused without its line: format detection parsed the head with the file's name as the place."""
    path = box.write("inf.jsonl", '{"id": "1", "text": "hi", "score": 1e999}\n{"id": "2", "text": "ok"}\n')
    one_line_error(box.run("thread", path, "-f", "json"), f"{path}:1: malformed JSON: number out of range: 1e999 (column 36)")
    r = box.run("thread", path, "-f", "json", "--skip-bad")  # the bad first line is skipped, the rest read
    assert r.returncode == 0 and [c["id"] for c in json.loads(r.stdout)["comments"]] == ["2"], r.stderr
    doc = box.write("inf.json", '[\n  {"id": "1", "text": "hi"},\n  {"id": "2", "text": "x", "s": -1e999}\n]\n')
    one_line_error(box.run("thread", doc, "--fields", "text=text"), f"{doc}:3: malformed JSON: number out of range: -1e999 (column 33)")


def test_write_jsonl_never_writes_nan() -> None:
    from bilingual.threads.jsonl import read_jsonl, write_jsonl

    thread = read_jsonl('{"id": "1", "text": "hi"}\n')
    thread.comments[0].extra["score"] = float("nan")
    with pytest.raises(ValueError):
        write_jsonl(thread)


def test_xml_elements_inside_a_disqus_message_are_kept(box: Sandbox) -> None:
    """Markup written into <message> without CDATA was silently dropped."""
    path = box.write("m.xml", DQ_HEAD + '<post dsq:id="1"><thread dsq:id="t"/><message>before <b>bold</b> after</message></post></disqus>')
    assert "before bold after" in ok(box.run("thread", path))


# Found by bench/fuzz.py --grammar (2026-12-02) -----------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", "\t"], ids=["csv", "tsv"])
@pytest.mark.parametrize("field", ['"q" \n x', "a\u2028b", "a\x85b"], ids=["quote-newline", "U+2028", "U+0085"])
def test_table_with_a_line_break_in_a_quoted_field_is_read(box: Sandbox, delimiter: str, field: str) -> None:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerows([["id", "parent", "author", "text"], ["1", "", "alice", ARABIC + " " + field], ["2", "1", "bob", "Translation: O God"]])
    comments = json.loads(ok(box.run("thread", box.write("t.csv", buf.getvalue()), "-f", "json")))["comments"]
    assert [c["id"] for c in comments] == ["1", "2"]


def test_deeply_nested_extra_value_is_refused_at_read_time(box: Sandbox) -> None:
    """A value nested 100,000 deep was read, then `json.dumps` of the output recursed (internal error)."""
    path = box.write("deep.jsonl", '{"id": "1", "text": "hi", "nest": ' + "[" * 100_000 + "]" * 100_000 + '}\n{"id": "2", "text": "ok"}\n')
    # orjson < 3.10 read it and the record's check named the key; orjson >= 3.10 stops at 1,024 levels and the deep
    # parser refuses it past source.DEEP_DEPTH levels, with its column
    err = one_line_error(box.run("thread", path, "-f", "jsonl"), f"{path}:1", "nested too deeply")
    assert "'nest' is nested too deeply" in err or "more than 50000 levels (column 50034)" in err, err


@pytest.mark.slow
def test_deeply_nested_first_line_is_skipped_with_skip_bad(box: Sandbox) -> None:
    """orjson >= 3.10 refuses the first line while the format is detected, and the detection looked for a later good
    line only inside the 64 kB head: the read stopped. The warning names the line."""
    path = box.write("deep.jsonl", '{"id": "1", "text": "hi", "nest": ' + "[" * 100_000 + "]" * 100_000 + '}\n{"id": "2", "text": "ok"}\n')
    r = box.run("thread", path, "-f", "jsonl", "--skip-bad")
    assert r.returncode == 0 and '"id": "2"' in r.stdout.decode() and f"{path}:1: malformed JSON: nested too deeply" in r.stderr.decode()


def test_lone_surrogate_in_a_thread_id_is_replaced_and_flagged(box: Sandbox) -> None:
    """A lone surrogate escape in a Reddit `link_id` (the thread id) was kept: `thread -f jsonl` and `report -f json`
    were internal errors (UnicodeEncodeError). Found by bench/fuzz.py --grammar."""
    path = box.write("s.ndjson", '{"id":"c1","body":"hi","link_id":"t3_a\\ud800","parent_id":"t3_a\\ud800"}\n')
    thread = json.loads(ok(box.run("thread", path, "-f", "jsonl")))
    assert thread["id"] == "t3_a\ufffd" and thread["comments"][0]["flags"] == ["surrogates-replaced"]
    json.loads(ok(box.run("report", path, "--no-mt", "-f", "json")))


def test_long_line_with_quotes_is_detected_in_linear_time(box: Sandbox) -> None:
    path = box.write("sniff.txt", '  "x": [\n' + "[" * 30_000 + '\n"a": 1\n')
    r, cpu, _ = measured(box, "thread", path, timeout=60)
    assert r.returncode in (0, 2) and cpu < 5, cpu


def test_jsonl_with_a_first_line_over_64_kb_is_read(box: Sandbox) -> None:
    path = box.write("long.jsonl", jsonl([{"id": "1", "text": "ب\u200c" * 16_000}, {"id": "2", "parent": "1", "text": "hi"}]))
    assert "2 comments" in ok(box.run("thread", path))
