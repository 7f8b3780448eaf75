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

from bilingual.display import display_width, render
from bilingual.segment import segment
from bilingual.spans import tiles
from bilingual.threads import read, read_string

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
        environ = {k: v for k, v in os.environ.items() if not k.startswith("BILINGUAL_") and k not in ("ARGOS_PACKAGES_DIR", "XDG_CACHE_HOME", "XDG_DATA_HOME")}
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


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_bom_encodings_read_like_utf8(box: Sandbox, codec: str) -> None:
    text = jsonl([{"id": "1", "author": "a", "text": ARABIC}, {"id": "2", "parent": "1", "author": "b", "text": "hi"}])
    data = text.encode(codec) if codec != "utf-16-be" else b"\xfe\xff" + text.encode(codec)
    out = ok(box.run("segment", box.write("u.jsonl", data), "--format", "jsonl"))
    assert json.loads(out.splitlines()[0])["text"] == ARABIC


def test_utf16_without_bom_reads_as_utf8_with_nuls_shown(box: Sandbox) -> None:
    """Without a BOM (or --encoding utf-16-le) the bytes are UTF-8 with NULs: read, NULs made visible."""
    path = box.write("u16.txt", "hello world".encode("utf-16-le"))
    out = ok(box.run("thread", path))
    assert "\x00" not in out and "h⟨^@⟩e" in out
    assert "hello world" in ok(box.run("thread", path, "--encoding", "utf-16-le"))


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
    assert "\x00" not in out and "1 comments" in out


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
    assert out.endswith("1 comments, 1 at top level\n") and len(out) < 5000  # whole comments fold at 4,000 characters
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
    r = box.run("thread", box.write("huge.jsonl", data), "--json", limit_mb=160, timeout=120)
    err = r.stderr.decode()
    assert r.returncode != 0 and "Traceback" not in err and len(err.splitlines()) == 1, err


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


def test_reply_cycle_is_an_error_even_with_skip_bad(box: Sandbox) -> None:
    path = box.write("cycle.jsonl", '{"id": 1, "parent": 2, "text": ""}\n{"id": 2, "parent": 1, "text": ""}\n')
    one_line_error(box.run("thread", path), f"{path}:", "reply cycle")
    one_line_error(box.run("thread", path, "--skip-bad"), f"{path}:", "reply cycle")


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
