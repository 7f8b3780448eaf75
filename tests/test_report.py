"""The comparison report: sacrebleu scores and word diffs, the data model built from real threads,
escaping of hostile input in HTML and terminal output, the JSON form and the command line."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual import compare
from bilingual.cli import main
from bilingual.report import build, render_html, render_terminal, to_json
from bilingual.pipeline import Settings, load_machine
from bilingual.report.builder import Mark, split_marks
from bilingual.safe import BIDI_CONTROLS
from bilingual.threads import read, read_string

from conftest import ROOT, SEED000

HOSTILE = ROOT / "tests" / "data" / "hostile_thread.jsonl"
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"


@pytest.fixture(scope="module", autouse=True)
def _no_model(no_model_home: Path) -> Path:
    """No translation model anywhere: the report must work on a fresh machine."""
    return no_model_home


@pytest.fixture(scope="module")
def seed_thread():
    return read(SEED000)


@pytest.fixture(scope="module")
def seed_report(seed_thread):
    return build(seed_thread, source=str(SEED000))


@pytest.fixture(scope="module")
def hostile_report():
    return build(read(HOSTILE), source=str(HOSTILE))


# --- compare ----------------------------------------------------------------------------------


def test_scores_are_sacrebleus():
    import sacrebleu

    s = compare.score_pair("Thanks bro", "Thank you brother")
    assert s.chrf == pytest.approx(sacrebleu.sentence_chrf("Thanks bro", ["Thank you brother"]).score)
    assert s.ter == pytest.approx(sacrebleu.sentence_ter("Thanks bro", ["Thank you brother"]).score)
    c = compare.corpus_score(["a b c", "the cat"], ["a b d", "a cat"])
    assert c.chrf == pytest.approx(sacrebleu.corpus_chrf(["a b c", "the cat"], [["a b d", "a cat"]]).score)
    assert compare.corpus_score([], []).chrf is None
    with pytest.raises(ValueError):
        compare.corpus_score(["a"], [])


def test_signatures_match_what_sacrebleu_prints_after_scoring():
    from sacrebleu.metrics import CHRF, TER

    chrf, ter = CHRF(), TER()
    chrf.sentence_score("a b", ["a c"])
    ter.sentence_score("a b", ["a c"])
    assert compare.signatures() == {"chrF2": str(chrf.get_signature()), "TER": str(ter.get_signature())}


words = st.lists(st.sampled_from(["the", "The", "god", "God", ",", "help", "us", "Saudi", "of", "peace", "."]), max_size=12)


@settings(max_examples=examples(80), deadline=None)
@given(words, words)
def test_word_diff_rebuilds_both_texts(a: list[str], b: list[str]):
    machine, human = " ".join(a), " ".join(b)
    d = compare.word_diff(machine, human)
    assert [w for op in d.ops for w in op.machine] == compare.tokens(machine)
    assert [w for op in d.ops for w in op.human] == compare.tokens(human)
    for op in d.ops:
        if op.op == "equal":
            assert [w.casefold() for w in op.machine] == [w.casefold() for w in op.human]
    if machine.casefold() == human.casefold():
        assert d.insertions == d.deletions == d.substitutions == 0


def test_word_diff_names_the_edits():
    d = compare.word_diff("God, help us reach the democracy of Saudi", "Oh God, help us reach the Saudi democracy")
    assert d.counts() == {"insertions": 2, "deletions": 2, "substitutions": 0}
    assert [o.human for o in d.ops if o.op == "insert"] == [("Oh",), ("Saudi",)]
    assert compare.word_diff("Thanks bro", "Thank you brother").substitutions == 3


def test_dialect_cues():
    assert compare.dialect_cues("انا مش فاهم إزّاي كده ومش") == {"Egyptian": ["مش", "إزاي", "كده"]}
    assert compare.dialect_cues("اللهم بلّغنا ديمقراطية السعوية و رخاء الصومال") == {}


def test_dialect_cues_on_labelled_sentences(shared_data: Path):
    base = shared_data / "mt" / "tatoeba-ara-eng" / "tatoeba-test-v2021-08-07.ara"
    lines = base.read_text(encoding="utf-8").splitlines()
    labels = Path(f"{base}.labels").read_text(encoding="utf-8").splitlines()
    msa = [line for line, lab in zip(lines, labels) if lab == "ara"]
    egyptian = [line for line, lab in zip(lines, labels) if lab == "arz"]
    assert sum(bool(compare.dialect_cues(s)) for s in msa) <= len(msa) // 1000
    assert sum(bool(compare.dialect_cues(s)) for s in egyptian) >= len(egyptian) // 5


def test_passage_flags():
    codes = lambda **kw: [f.code for f in compare.passage_flags(**kw)]  # noqa: E731
    base = dict(kind="arabic", lang="ar", text="اللهم بلّغنا", paired=True)
    assert codes(**base) == []
    assert codes(**{**base, "paired": False}) == [compare.NO_TRANSLATION]
    assert codes(**{**base, "kind": "arabizi", "text": "7abibi"}) == [compare.ARABIZI]
    assert codes(**{**base, "kind": "arabizi", "lang": "fa-Latn", "text": "Iroone Azad"}) == [compare.FINGLISH]
    assert set(compare.FLAG_MEANINGS) == set(compare.FLAG_LABELS)  # the legend explains every flag
    assert codes(**{**base, "lang": "fa"}) == [compare.DIALECT]
    assert codes(**{**base, "text": "مش عايز"}) == [compare.DIALECT]
    assert codes(**{**base, "mt_flags": ["repetition"], "duplicate_of": "3", "chrf": 10.0}) == [
        compare.SUSPICIOUS_MT, compare.DUPLICATE, compare.LOW_AGREEMENT,
    ]


# --- the data model ---------------------------------------------------------------------------


marks_strategy = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 12), st.sampled_from(["arabic", "translation"]), st.integers(1, 5)),
    max_size=6,
)


@settings(max_examples=examples(150), deadline=None)
@given(st.integers(0, 50), marks_strategy, st.lists(st.integers(0, 50), max_size=4))
def test_split_marks_tiles_and_labels(length: int, raw: list, cuts: list[int]):
    marks = [Mark(s, s + n, role, num) for s, n, role, num in raw]
    pieces = split_marks(length, marks, cuts)
    assert [a for a, _, _ in pieces][:1] in ([0], []) and all(a < b for a, b, _ in pieces)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))
    assert (pieces[-1][1] if pieces else 0) == length
    for a, b, piece in pieces:
        covering = [m for m in marks if m.start <= a and b <= m.end and m.start < m.end]
        roles = {m.role for m in covering}
        expected = "arabic" if "arabic" in roles else "translation" if roles else None
        assert piece.role == expected
        assert set(piece.passages) == {m.number for m in covering if m.role == expected}


def test_seed_report_follows_the_thread(seed_thread, seed_report):
    from bilingual.pairing import pairs

    found = pairs(seed_thread)
    assert [e.location for e in seed_report.passages] == [p.passage.location for p in found]
    assert seed_report.summary.passages == len(found)
    assert seed_report.summary.paired == sum(p.translation is not None for p in found)
    assert seed_report.model.missing and seed_report.model.install_command.startswith("bilingual models install ")
    assert seed_report.summary.translated == 0 and seed_report.summary.corpus.chrf is None
    for e in seed_report.passages:
        text = seed_thread.text_of(e.location.comment)
        assert e.text == text[e.location.start : e.location.end]
        assert e.machine is None and all(r.machine is None for r in e.rows)
        for r in e.rows:
            if r.arabic_span:
                assert e.location.start <= r.arabic_span[0] < r.arabic_span[1] <= e.location.end
                assert r.arabic == text[r.arabic_span[0] : r.arabic_span[1]]
            if r.human_span:
                assert r.human == seed_thread.text_of(e.translation.location.comment)[r.human_span[0] : r.human_span[1]]
        if e.translation is None:
            assert "no-translation" in e.flag_codes
        if e.duplicate_of is not None:
            assert "duplicate" in e.flag_codes
        # Latin-script passages are flagged by what they are: Persian is not "Arabic in Latin letters"
        expected = {"fa-Latn": {"finglish"}, "ar-Latn": {"arabizi"}}.get(e.lang or "", set())
        assert {"arabizi", "finglish"} & set(e.flag_codes) == expected, (e.lang, e.flag_codes)
        if e.line is not None:
            offset = seed_thread.source_offset(e.location.comment) + e.location.start
            assert e.line == seed_thread.source.count("\n", 0, offset) + 1


def test_json_holds_everything_shown(seed_thread, seed_report):
    data = json.loads(to_json(seed_report))
    assert data["signature"] == seed_report.signature
    assert data["signature"].startswith("bilingual:") and "|model:none|" in data["signature"]
    assert data["metric_signatures"] == compare.signatures()
    assert data["summary"]["passages"] == len(data["passages"])
    assert data["model"]["status"] == "missing" and data["model"]["install_command"]
    assert len(data["thread"]["comments"]) == len(seed_thread.comments)
    for p in data["passages"]:
        loc = p["passage"]
        assert p["text"] == seed_thread.text_of(loc["comment"])[loc["start"] : loc["end"]]
        assert {"rows", "flags", "translation", "machine", "normalized", "line"} <= set(p)
    assert "bleu" not in json.dumps(data).lower()



def test_streamed_json_is_the_whole_dicts_text(seed_report) -> None:
    """``json_pieces`` makes each passage's and comment's form as it writes it (``to_dict(streamed=True)``, memory:
    issue 20); the text is byte for byte the indented JSON of the whole ``to_dict()``, escaped as before."""
    from bilingual.safe import json_escaped

    whole = json.dumps(seed_report.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    assert to_json(seed_report) == json_escaped(whole)
    streamed = seed_report.to_dict(streamed=True)
    assert len(streamed["passages"]) == len(seed_report.passages) > 0
    assert list(streamed["passages"]) == seed_report.to_dict()["passages"]


def test_made_as_written_makes_each_item_only_as_the_encoder_reaches_it() -> None:
    from bilingual.safe import MadeAsWritten

    made: list[int] = []

    def form(n: int) -> dict[str, object]:
        made.append(n)
        return {"n": n, "list": [n] * n, "empty": []}

    lazy = MadeAsWritten(range(3), form)
    assert made == []
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    pieces = encoder.iterencode({"a": lazy, "b": MadeAsWritten([], form), "c": 1})
    assert made == []
    text = "".join(pieces)
    assert made == [0, 1, 2]
    assert text == json.dumps({"a": [form(n) for n in range(3)], "b": [], "c": 1}, ensure_ascii=False, indent=2)


# --- HTML -------------------------------------------------------------------------------------

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "div", "code", "main", "section",
    "strong", "p", "span", "label", "select", "option", "a", "article", "bdi", "table", "colgroup", "col", "thead",
    "tbody", "tr", "th", "td", "details", "summary", "del", "ins", "mark", "b", "footer", "script",
    # the page's controls, legend, cards and embedded compressed parts
    "input", "button", "dl", "dt", "dd", "em", "ul", "li", "time", "template",
}
SAFE_URL = re.compile(r"https?://[^\s<>\"'`]+\Z")


class _Dom(HTMLParser):
    """Tags with attributes, text, and the contents of <style> and <script>, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)
        else:
            self.text.append(data)


def parse(html: str) -> _Dom:
    dom = _Dom()
    dom.feed(html)
    dom.close()
    return dom


def assert_safe(html: str, links: bool = False) -> _Dom:
    """Only the template's own elements, no event handlers or script URLs, no raw bidi controls.

    ``links``: the input carries permalinks, so plain http(s) links (opened without referrer) are allowed too."""
    dom = parse(html)
    assert {t for t, _ in dom.tags} <= ALLOWED_TAGS
    counts = {tag: sum(t == tag for t, _ in dom.tags) for tag in ("script", "style", "meta", "title", "body")}
    assert counts == {"script": 1, "style": 1, "meta": 4, "title": 1, "body": 1}
    for tag, attrs in dom.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert "src" not in attrs and tag != "link"
        href = attrs.get("href")
        if links and href is not None and not href.startswith("#"):
            assert tag == "a" and SAFE_URL.match(href) and "noopener" in (attrs.get("rel") or ""), (tag, attrs)
            continue
        assert href is None or href.startswith("#"), href
    assert not any(ch in html for ch in BIDI_CONTROLS)
    return dom


def test_html_is_self_contained_and_pinned(seed_report):
    html = render_html(seed_report)
    dom = assert_safe(html)
    ids = {a["id"] for _, a in dom.tags if a.get("id")}
    hrefs = {a["href"][1:] for _, a in dom.tags if a.get("href")}
    assert hrefs <= ids
    csp = next(a["content"] for t, a in dom.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    for kind in ("style", "script"):
        digest = base64.b64encode(hashlib.sha256("".join(dom.raw[kind]).encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in csp
    assert "http://" not in html and "https://" not in html.replace("https://argos", "")


def test_html_three_columns_with_rtl_arabic(seed_report):
    dom = parse(render_html(seed_report))
    heads = [a.get("class") for t, a in dom.tags if t == "th"]
    assert heads.count("col-ar") == heads.count("col-mt") == heads.count("col-human") == len(seed_report.passages)
    cells = [a for t, a in dom.tags if t == "td" and a.get("class", "").split()[:1] == ["ar"]]
    assert len(cells) == sum(len(e.rows) for e in seed_report.passages)
    langs = [e.lang for e in seed_report.passages for _ in e.rows]
    for a, lang in zip(cells, langs):
        expected = ("ltr", lang) if "arabizi" in a["class"] else ("rtl", "ar")  # romanized: ar-Latn or fa-Latn
        assert (a.get("dir"), a.get("lang")) == expected
    arabic_marks = [a for t, a in dom.tags if t == "bdi" and a.get("lang") == "ar"]
    arabic_script = [e for e in seed_report.passages if e.kind == "arabic"]
    assert len(arabic_marks) >= len(arabic_script) and all(a.get("dir") == "rtl" for a in arabic_marks)
    text = "".join(dom.text)
    assert "bilingual models install" in text and seed_report.signature in text


def test_hostile_thread_renders_as_text(hostile_report):
    html = render_html(hostile_report)
    dom = assert_safe(html)
    text = "".join(dom.text)
    thread = hostile_report.thread
    for c in thread.comments:
        assert (c.author or "") in text.replace("⟨RLO⟩", "\u202e")
    assert "<script>alert(1)</script>" in text and "\"><img src=x onerror=\"document.title='pwned'\">" in text
    assert 'href="javascript:alert(5)"' in text and "{{ config }}" in text
    assert "⟨RLO⟩" in text and "⟨LRI⟩" in text and "⟨PDI⟩" in text and "<base href=" in text
    assert len([a for t, a in dom.tags if a.get("class") == "ctl"]) >= 8


hostile_bits = st.sampled_from([
    "<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "javascript:alert(3)", "\u202e", "\u2066",
    "\u2069", "{{ 7*7 }}", "</style>", "<!--", "&amp;", "'", '"', "\x1b[31m", "اللهم بلّغنا", "شكرا", " ", "\n",
])
hostile_text = st.lists(st.one_of(hostile_bits, st.text(max_size=8)), max_size=8).map("".join)


@settings(max_examples=examples(25), deadline=None)
@given(hostile_text, hostile_text, hostile_text)
def test_any_comment_renders_as_text(author: str, text: str, reply: str):
    lines = [
        {"id": "1", "parent": None, "author": author, "text": text},
        {"id": "2", "parent": "1", "author": author, "text": reply},
    ]
    thread = read_string("".join(json.dumps(line) + "\n" for line in lines), "jsonl")
    report = build(thread, source=author or "<input>")
    assert_safe(render_html(report))


# --- terminal ---------------------------------------------------------------------------------


def _terminal(report, width: int, bidi: str) -> str:
    from rich.console import Console

    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=True, color_system="standard", highlight=False, markup=False)
    render_terminal(report, console, width=width, bidi=bidi)
    return out.getvalue()


def test_terminal_shows_controls_as_markers(hostile_report):
    shown = _terminal(hostile_report, 100, "visual")
    plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    assert "\x1b" not in plain and not any(ch in plain for ch in BIDI_CONTROLS)
    assert "⟨RLO⟩" in plain and "<script>document.title='" in plain and "Passage 4" in plain


def test_terminal_lines_fit_the_width(seed_report):
    from bilingual.display import display_width

    plain = re.sub(r"\x1b\[[0-9;]*m", "", _terminal(seed_report, 90, "visual"))
    lines = plain.splitlines()
    assert lines[-1].startswith("signature: bilingual:")  # one line, so that it can be copied whole
    assert all(display_width(line) <= 90 for line in lines[:-1])
    assert plain.count("Passage ") >= len(seed_report.passages)
    # visual mode shapes Arabic: presentation forms, not base letters, reach the screen
    assert re.search("[\ufe70-\ufeff]", plain) and "اللهم" not in plain


# --- machine translation (random-weights test model: output is meaningless, plumbing is not) --


def test_machine_column_comes_from_the_engine(tmp_path: Path):
    from bilingual.mt import translate

    thread = read_string(
        json.dumps({"id": "1", "parent": None, "author": "a", "text": "شكرا يا أخي"}) + "\n"
        + json.dumps({"id": "2", "parent": "1", "author": "b", "text": "Thanks bro"}) + "\n",
        "jsonl",
    )
    machine = load_machine(Settings(model=str(TINY)))
    report = build(thread, source="t", machine=machine)
    assert report.model.status == "loaded" and report.model.hash
    assert f"|model:{report.model.name}@{report.model.hash[:12]}|" in report.signature
    (entry,) = report.passages
    expected = " ".join(t.text for t in translate([entry.rows[0].arabic], machine.engine, cache=False) if t.text)
    assert entry.rows[0].machine == expected and entry.machine == expected
    assert report.summary.translated == 1
    if entry.rows[0].mt_flags:
        assert "suspicious-mt" in entry.flag_codes
    assert "No translation model" not in render_html(report)


# --- command line -----------------------------------------------------------------------------


def test_reading_warnings_are_in_the_report_not_only_on_stderr():
    """A record left out with --skip-bad, or a thread the export does not hold whole, must be said where the report is
    read and published from: the HTML page (escaped), the JSON and the terminal report; a thread read clean has none."""
    data = ('{"id": "1", "author": "a", "text": "اللهم بلغنا الديمقراطية"}\n{"id": <script>\n'
            '{"id": "2", "parent": "1", "author": "b", "text": "Please translate"}\n').encode()
    report = build(read(data, skip_bad=True), source="in.jsonl")
    (note,) = report.reading_notes
    assert note.startswith("<bytes>:2: malformed JSON")
    html = render_html(report)
    assert 'id="reading-notes"' in html and "Read with 1 warning" in html and "<script>\n" not in html
    assert "&lt;bytes&gt;:2: malformed JSON" in html
    assert json.loads(to_json(report))["reading_warnings"] == [note]
    shown = _terminal(report, 100, "auto")
    assert "read with 1 warning:" in shown and "<bytes>:2: malformed JSON" in shown  # a report saved from the terminal too
    clean = build(read(SEED000), source=str(SEED000))
    assert clean.reading_notes == [] and 'id="reading-notes"' not in render_html(clean) and "read with" not in _terminal(clean, 100, "auto")


def test_cli_writes_html_and_json_without_a_model(tmp_path: Path):
    """A real process, as a user runs it on a fresh machine."""
    env = {k: v for k, v in os.environ.items() if k != "BILINGUAL_DEBUG"}
    r = subprocess.run(
        [sys.executable, "-m", "bilingual", "report", str(SEED000), "-o", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "--json is deprecated" in r.stderr  # the old spelling still works, for one release
    assert "no Arabic->English translation model is installed" in r.stderr
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["summary"]["passages"] > 0 and data["model"]["install_command"]


def test_cli_default_output_and_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(HOSTILE)]) == 0
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    capsys.readouterr()
    assert main(["report", str(HOSTILE), "-f", "terminal", "--width", "80", "--progress"]) == 0
    out, err = capsys.readouterr()
    assert "thread view" in err or "done" in err
    assert "Passage 1" in out and "\u202e" not in out and not (tmp_path / "other.html").exists()


def test_cli_json_to_stdout(capsys):
    assert main(["report", str(HOSTILE), "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == str(HOSTILE)


def test_cli_refuses_two_outputs_to_one_file(tmp_path: Path, capsys):
    out = tmp_path / "x"
    assert main(["report", str(HOSTILE), "-o", str(out), "--json", str(out)]) == 2
    assert "same file" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (["report", "missing.txt"], "missing.txt: no such file"),
        (["report", str(HOSTILE), "-f", "terminal", "-o", "-"], "-o is for html and json"),
        (["report", str(HOSTILE), "-f", "terminal", "--width", "5"], "too narrow"),
    ],
)
def test_cli_errors_are_one_line(args: list[str], message: str, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_cli_never_overwrites_its_input(tmp_path: Path, capsys):
    copy = tmp_path / "thread.jsonl"
    copy.write_bytes(HOSTILE.read_bytes())
    assert main(["report", str(copy), "-o", str(copy)]) == 2
    assert "overwrite the input" in capsys.readouterr().err
    assert copy.read_bytes() == HOSTILE.read_bytes()


# --- the page: labels, copies, folds, exports --------------------------------------------------


def _page_parts(html: str) -> tuple[list[str], dict]:
    """The page's embedded compressed parts (every entry of every blob) and its data, decompressed."""
    import gzip

    entries: list[str] = []
    for blob in re.findall(r'<template id="blob-\d+">([^<]*)</template>', html):
        entries.extend(json.loads(gzip.decompress(base64.b64decode(blob))))
    data = re.search(r'<template id="report-data">([^<]*)</template>', html)
    assert data
    return entries, json.loads(gzip.decompress(base64.b64decode(data.group(1))))


def _with_model(report, **model):
    from dataclasses import replace

    from bilingual.doc import ModelInfo

    return replace(report, model=ModelInfo(**model))


def test_labels_say_what_happened(seed_report):
    off = render_html(_with_model(seed_report, status="off", message="machine translation was turned off (--no-mt)"))
    text = "".join(parse(off).text)
    assert "machine translation off" in text and "Machine translation is off" in text
    assert "no model installed" not in text.lower() and "test model" not in text
    missing = "".join(parse(render_html(seed_report)).text)
    assert "No translation model is installed" in missing and "machine translation off" not in missing
    test = render_html(_with_model(seed_report, status="loaded", name="tiny-test", hash="ab" * 8, test_model=True))
    dom = parse(test)
    assert any(a.get("id") == "test-model" for _, a in dom.tags)
    assert "Warning: test model." in "".join(dom.text) and "meaningless" in "".join(dom.text)


def test_legend_explains_every_figure(seed_report):
    text = "".join(parse(render_html(seed_report)).text)
    for term in ("chrF", "TER", "2 Arabic : 1 English", "Confidence", "Signature", "Flags"):
        assert term in text
    for label in compare.FLAG_LABELS.values():
        assert label in text
    assert "link 1-2" not in text and "nats" not in text and "found via" not in text


def test_pair_evidence_and_plain_via(seed_report):
    html = render_html(seed_report)
    paired = [p for p in seed_report.passages if p.translation is not None]
    assert paired and all(p.evidence for p in paired)
    text = "".join(parse(html).text)
    for e in paired[0].evidence:
        assert e in text
    assert "found for the copy of this Arabic in comment 3" in text and "duplicate-of:3" not in text
    assert "found given" not in text
    data = json.loads(to_json(seed_report))
    assert all("evidence" in p and "pair_flags" in p for p in data["passages"])


def test_copies_are_shown_once(seed_report):
    """The prayer is posted three times in seed 000 (comments 2, 3, 4): one card, two copies."""
    from bilingual.report.builder import copy_groups

    groups = copy_groups(seed_report.passages)
    prayer = [p.number for p in seed_report.passages if p.text.startswith("اللهم بلّغنا")]
    assert len(prayer) == 3 and all(groups[n] == prayer for n in prayer)
    primary = next(p.number for p in seed_report.passages if p.number in prayer and p.duplicate_of is None)
    assert [seed_report.passages[n - 1].location.comment for n in prayer] == ["2", "3", "4"] and primary == prayer[1]
    dom = parse(render_html(seed_report))
    cards = {a["id"]: a["class"] for t, a in dom.tags if t == "article" and a.get("id", "").startswith("p-")}
    copies = [n for n in prayer if n != primary]
    assert cards[f"p-{primary}"] == "passage" and all(cards[f"p-{n}"] == "passage copy" for n in copies)
    text = "".join(dom.text)
    assert "posted 3 times" in text and f"Same Arabic as passage {primary}" in text
    hrefs = [a["href"] for t, a in dom.tags if t == "a"]
    assert {f"#t-{n}" for n in prayer} <= set(hrefs)


def test_thread_view_cards(seed_thread, seed_report):
    from bilingual.report.builder import thread_view

    view = thread_view(seed_thread, seed_report.passages)
    events = list(view.events)
    for fold in view.folds:
        events.extend(fold.events)
    opened = [c.id for kind, c in events if kind == "open"]
    assert sorted(opened) == sorted(c.id for c in seed_thread.comments)  # every comment once, shown or folded
    assert sum(kind == "close" for kind, _ in events) == len(opened)
    cards = [c for kind, c in events if kind == "open"]
    texts = ["".join(p.text for para in c.paragraphs for p in para) for c in cards]
    assert not any("Avatar" in t for t in texts) and "Avatar" in seed_thread.source  # scraper leftovers stay out
    anchors = [n for c in cards for para in c.paragraphs for p in para for n in p.anchors]
    anchors += [n for f in view.folds for para in f.paragraphs for p in para for n in p.anchors]
    anchors += [n for para in view.article.paragraphs for p in para for n in p.anchors] if view.article else []
    assert sorted(anchors) == [p.number for p in seed_report.passages]
    dom = parse(render_html(seed_report))
    paragraphs = [a for t, a in dom.tags if t == "p" and a.get("dir")]
    assert paragraphs and all(a["dir"] == "auto" for a in paragraphs)
    assert any(t == "details" and a.get("class") == "article" for t, a in dom.tags)
    assert any(t == "details" and a.get("class") == "replies" for t, a in dom.tags)


def test_paragraphs_split_where_direction_changes():
    from bilingual.report.builder import paragraph_spans

    text = "Salafi prayer;\n    اللهم بلّغنا\n  و حرية.\n\n\nok then\n..."
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["Salafi prayer;", "اللهم بلّغنا\n  و حرية.", "ok then\n..."]
    assert paragraph_spans("") == paragraph_spans("\n \n") == []


@pytest.mark.slow
def test_deep_chains_and_huge_texts_fold():
    from bilingual.report.builder import MAX_NEST, ViewLimits, thread_view

    lines = [{"id": "0", "parent": None, "author": "u", "text": "شكرا يا أخي"}]
    lines += [{"id": str(i), "parent": str(i - 1), "author": f"u{i % 3}", "text": f"reply {i}"} for i in range(1, 3000)]
    lines.append({"id": "big", "parent": None, "author": "big", "text": "word " * 100_000 + "\nشكرا يا أخي"})
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    report = build(thread, source="deep")
    view = thread_view(thread, report.passages)
    first = next(c for kind, c in view.events if kind == "open" and c.id == "big")
    shown = sum(len(p.text) for para in first.paragraphs for p in para)
    assert 0 < shown <= ViewLimits().long_text and first.rest is not None and first.left_out == 0
    assert sum(len(p.text) for para in first.rest.paragraphs for p in para) > 490_000
    small = thread_view(thread, report.passages, ViewLimits(embed=10_000))
    big = next(c for kind, c in small.events if kind == "open" and c.id == "big")
    assert big.left_out == len(thread.get("big").text) - 10_000
    html = render_html(report)
    depth = max_depth = 0
    for piece in re.findall(r"<details class=\"replies\"|</details>", html):
        depth += 1 if piece.startswith("<details") else -1
        max_depth = max(max_depth, depth)
    assert max_depth <= MAX_NEST
    assert len(html.encode()) < 300_000  # 500 kB of text and 3,000 comments: folded and compressed
    entries, data = _page_parts(html)
    assert "replying to" in "".join(entries)  # the flattened replies say whom they answer


def test_page_grows_with_passages_not_comments(seed_report):
    assert len(render_html(seed_report).encode()) < 100_000
    lines = [{"id": "1", "parent": None, "author": "a", "text": "اللهم بلّغنا ديمقراطية السعوية و رخاء الصومال"}]
    lines += [{"id": str(i), "parent": None if i % 4 else str(i - 1), "author": f"u{i % 50}", "text": f"Nothing Arabic here, comment {i}, just chatter about the article."} for i in range(2, 5001)]
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    html = render_html(build(thread, source="big"))
    dom = parse(html)
    assert len(html.encode()) < 250_000
    assert sum(t == "article" and a.get("class", "").startswith("comment") for t, a in dom.tags) < 20
    entries, data = _page_parts(html)
    text = "".join(entries)
    assert all(f"comment {i}," in text for i in range(2, 5001, 97))  # summarized, never dropped
    folds = [a for t, a in dom.tags if a.get("class", "").startswith("fold")]
    assert folds and all(int(a["data-fold"]) < len(data["folds"]) for a in folds)


def test_embedded_parts_are_escaped_and_match_the_report(hostile_report):
    from bilingual.report.builder import ViewLimits
    from bilingual.report.html import html_pieces, record

    html = "".join(html_pieces(hostile_report, ViewLimits(inline=1, chunk=1, quiet_after=0, long_text=30)))
    assert_safe(html)
    entries, data = _page_parts(html)
    assert entries
    for entry in entries:
        dom = parse(entry)
        assert {t for t, _ in dom.tags} <= ALLOWED_TAGS - {"script", "style", "meta", "title", "html", "head", "body", "template"}
        assert not any(k.startswith("on") for _, a in dom.tags for k in a)
        assert not any(ch in entry for ch in BIDI_CONTROLS)
    assert "<script>alert(1)</script>" in "".join("".join(parse(e).text) for e in entries)
    assert data["passages"] == [json.loads(json.dumps(record(p, None))) for p in hostile_report.passages]


def test_permalinks_only_as_plain_web_links():
    lines = [
        {"id": "1", "parent": None, "author": "a", "text": "شكرا يا أخي", "permalink": "https://example.org/c/1", "created": "2023-01-02T03:04:05Z"},
        {"id": "2", "parent": "1", "author": "b", "text": "Thanks bro", "permalink": "javascript:alert(1)"},
        {"id": "3", "parent": "1", "author": "c", "text": "ok", "permalink": "https://x.org/\"><script>"},
    ]
    thread = read_string("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "jsonl")
    html = render_html(build(thread, source="links"))
    dom = assert_safe(html, links=True)
    external = [a["href"] for t, a in dom.tags if t == "a" and not a["href"].startswith("#")]
    assert external == ["https://example.org/c/1"]
    assert "2023-01-02 03:04 UTC" in "".join(dom.text)
    assert any(t == "time" and a.get("datetime") == "2023-01-02T03:04:05Z" for t, a in dom.tags)


def test_pairs_csv(capsys):
    import csv

    assert main(["pairs", str(SEED000), "--no-mt", "-f", "csv"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert main(["pairs", str(SEED000), "--no-mt", "-f", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert list(rows[0]) == ["comment", "start", "end", "passage", "translation_comment", "translation_start",
                             "translation_end", "translation", "score", "via", "flags"]
    assert len(rows) == len(records)
    for row, rec in zip(rows, records):
        assert (row["comment"], int(row["start"]), int(row["end"])) == (rec["passage"]["comment"], rec["passage"]["start"], rec["passage"]["end"])
        assert row["passage"] == rec["passage_text"]
        if rec["translation"] is None:
            assert row["translation"] == row["translation_comment"] == row["score"] == ""
        else:
            assert row["translation"] == rec["translation_text"] and float(row["score"]) == pytest.approx(rec["score"])
            assert int(row["translation_start"]) == rec["translation"]["start"]
        assert row["flags"] == " ".join(rec["flags"])
    assert main(["pairs", str(HOSTILE), "-f", "csv"]) == 0
    hostile = list(csv.reader(io.StringIO(capsys.readouterr().out, newline="")))
    assert all(len(r) == 11 for r in hostile)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.text(max_size=300), max_size=40), st.integers(1, 5000))
def test_streamed_data_compresses_to_the_same_bytes(pieces, batch):
    """The page's data is compressed as it is written: the bytes are those of compressing it whole."""
    from bilingual.report.html import GzipText, compress

    out = GzipText()
    out.BATCH = batch
    for piece in pieces:
        out.write(piece)
    assert out.base64() == compress("".join(pieces))


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab ش<&\"\n😀"), max_size=60), max_size=12), st.integers(1, 120))
def test_blobs_are_the_parts_lists_compressed_one_at_a_time(texts, limit):
    """The page's parts go into blobs as a list of about ``BLOB_CHARS`` characters each would (a
    part starts a new blob when it would take the blob past it), each blob the compressed JSON of
    its list, and each blob is made before a part of the next one is asked for."""
    from bilingual.report import html

    groups: list[list[str]] = []
    size = 0
    for text in texts:
        if not groups or (groups[-1] and size + len(text) > limit):
            groups.append([])
            size = 0
        groups[-1].append(text)
        size += len(text)
    asked: list[int] = []

    def parts():
        for k, text in enumerate(texts):
            asked.append(k)
            yield len(text), html._json_utf8(text)

    where: list[tuple[int, int]] = []
    original = html.BLOB_CHARS
    html.BLOB_CHARS = limit
    try:
        made = []
        for blob in html._blobs(parts(), where):
            made.append(blob)
            # made once the first part of the next blob is known, before any other part is asked for
            assert len(asked) == sum(map(len, groups[: len(made)])) + (len(made) < len(groups)), "a blob held back"
    finally:
        html.BLOB_CHARS = original
    assert made == [html.compress(json.dumps(group, ensure_ascii=False, separators=(",", ":"))) for group in groups]
    assert where == [(b, i) for b, group in enumerate(groups) for i in range(len(group))]


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from("<>&'\"a ب\u202e\x1b\t\n"), max_size=40))
def test_card_escaping_matches_autoescaping(text):
    """The cards' escaping is MarkupSafe's (what the Jinja macros did), controls shown as markers."""
    from markupsafe import escape

    from bilingual.report.markup import esc, t
    from bilingual.safe import visible_controls

    assert esc(text) == str(escape(text))
    shown = t(text)
    assert not set("<>\"'\u202e\x1b") & set(re.sub(r'<span class="ctl" title="invisible control character">(⟨[^<>]*⟩)</span>', r"\1", shown))
    assert re.sub(r"<[^<>]*>", "", shown) == str(escape(visible_controls(text)))


@settings(max_examples=examples(100), deadline=None)
@given(st.text(alphabet=st.sampled_from("<>&'\"a ب\u202e\u2066\x1b\x85\r\t\n"), max_size=30))
def test_quick_looks_give_what_the_full_escaping_gives(text):
    """A thread view's piece of text, a table cell and a comment's date take a quick look for text
    with nothing to escape, mark or squeeze: what they give is what the full path gives."""
    from bilingual.report.markup import CELL_CHARS, Cards, cell, shorten, shown, squeeze, t
    from bilingual.report.model import Card

    assert shown(text) == t(squeeze(text))
    assert cell(text * 150) == t(shorten(squeeze(text * 150), CELL_CHARS))
    for created in (text, "2024-05-01T10:" + text, "2024-05-01T10:20:30Z", "1714558830"):
        card = Card(anchor="c-1", id="1", author=None, depth=0, created=created, permalink=None, status=None, flags=(), paragraphs=[])
        cards = Cards.__new__(Cards)  # a card without text reads nothing of the report
        head = cards.card_open(card)
        date = card.date
        assert (date is None and "<time" not in head) or f'<time datetime="{esc_visible(created)}">{t(date)}</time>' in head


def esc_visible(text: str) -> str:
    from bilingual.report.markup import esc
    from bilingual.safe import visible_controls

    return esc(visible_controls(text))


@settings(max_examples=examples(120), deadline=None)
@given(st.integers(0, 30), st.integers(-3, 33), st.integers(-3, 12), st.sampled_from(["arabic", "translation"]),
       st.lists(st.integers(-2, 32), max_size=4))
def test_one_mark_is_split_as_the_sweep_splits_it(length: int, start: int, size: int, role: str, cuts: list[int]):
    """A text with one highlight (a comment with one passage) is cut at once, into the pieces the
    general sweep makes: the same spans, roles, passages and first pieces."""
    from bilingual.report.builder import _sweep

    marks = [Mark(start, start + size, role, 7)]
    points = {0, length} | {c for c in cuts if 0 <= c <= length}
    shape = [(a, b, p.role, p.passages, p.first) for a, b, p in split_marks(length, marks, cuts)]
    assert shape == [(a, b, p.role, p.passages, p.first) for a, b, p in _sweep(length, marks, points)]


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\x1f\xa0\u3000aب.؟"), max_size=30))
def test_one_line_paragraph_is_the_lines_paragraph(line: str):
    """A text on one line gets the paragraph the line-by-line walk gives it (the walk runs once a
    line break follows it)."""
    from bilingual.report.builder import paragraph_spans

    assert paragraph_spans(line) == paragraph_spans(line + "\n")


@settings(max_examples=examples(60), deadline=None)
@given(st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text()
    | st.floats(-1e6, 1e6).map(lambda x: round(x, 2)) | st.floats(0, 1).map(lambda x: round(x, 4)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
))
def test_page_json_bytes_are_the_json_modules(value):
    """The page's records and parts written by orjson are byte for byte what :mod:`json` writes
    (figures rounded as the records round them)."""
    from bilingual.report.html import _json, _json_utf8

    assert _json_utf8(value) == _json(value).encode("utf-8")


def test_page_json_refuses_what_json_refuses():
    """A lone surrogate fails as before (UTF-8 cannot hold it); a figure that is not finite is refused, not written as null."""
    from bilingual.report.html import _json_utf8, _rounded

    with pytest.raises(UnicodeEncodeError):
        _json_utf8(["\ud800"])
    assert _json_utf8([2**70]) == b"[1180591620717411303424]"
    with pytest.raises(ValueError, match="not JSON compliant"):
        _rounded(float("nan"), 2)
    assert _rounded(0.123456, 4) == 0.1235


def test_report_json_writes_bidi_and_c1_controls_escaped():
    """`report -f json` wrote a comment's RLO, U+2028 and C1 controls raw (every other JSON view escaped them),
    so `cat report.json` reordered what followed on a terminal; the decoded values are the same."""
    text = "\u202eevil مرحبا بكم في الموقع\u2028next \u0085 \u2066x\u2069"
    report = build(read_string(json.dumps({"id": "1", "author": "a\u202eb", "text": text}) + "\n"), source="in.jsonl")
    written = to_json(report)
    assert not re.search("[\u202a-\u202e\u2066-\u2069\u2028\u2029\x7f-\x9f]", written)
    assert "\\u202e" in written and "\\u2028" in written and "\\u0085" in written
    data = json.loads(written)
    assert json.dumps(data, ensure_ascii=False).count("\u202e") >= 2  # the author and the text, decoded


@given(st.text(alphabet=st.sampled_from("a \"\\\u202e\u2028\u0085\u0627\n"), max_size=40), st.integers(0, 60))
def test_json_escaped_pieces_decode_to_the_same_value(text: str, cut: int) -> None:
    """Escaping a JSON text in two pieces cut anywhere (as the report's JSON is streamed) gives the same value."""
    from bilingual.safe import json_escaped

    whole = json.dumps({"t": text}, ensure_ascii=False)
    cut = min(cut, len(whole))
    assert json.loads(json_escaped(whole[:cut]) + json_escaped(whole[cut:])) == {"t": text}


def test_an_arabizi_rows_uncertain_words_are_shown_with_their_readings(monkeypatch):
    """Issue 16: the report shows an Arabizi passage's reading "with alternatives on hover for low-confidence
    words"; it showed the best reading only. Every word flagged by the transliterator is listed under the reading
    (its readings in the title), in the JSON row (``unsure_words``) and as "check:" in the terminal."""
    import bilingual.translit.core as core

    monkeypatch.setattr(core, "LOW_CONFIDENCE", 1.01)  # every word read is flagged
    data = ('{"id": "1", "author": "a", "text": "ana msh 3aref a2ol eh, bs el mawdoo3 sa3b gedan"}\n'
            '{"id": "2", "parent": "1", "author": "a", "text": "I do not know what to say, but the subject is very hard"}\n')
    report = build(read_string(data), source="in.jsonl")
    (passage,) = report.passages
    words = [u.word for row in passage.rows for u in row.unsure]
    assert words == ["ana", "msh", "3aref", "a2ol", "eh", "bs", "el mawdoo3", "sa3b", "gedan"]  # the article joined
    html = render_html(report)
    assert html.count('<span class="word" title="readings: ') == len(words) and ">3aref</span>" in html
    record = json.loads(to_json(report))["passages"][0]["rows"][0]["unsure_words"]
    assert [u["word"] for u in record] == words and all(0 <= c <= 1 for u in record for _, c in u["readings"])
    assert "check: ana, msh, 3aref" in _terminal(report, 120, "auto")


def test_an_arabic_script_row_has_no_uncertain_words(seed_report):
    """Only readings of Latin letters can be uncertain: an Arabic-script row lists none."""
    arabic = [p for p in seed_report.passages if p.kind == "arabic"]
    assert arabic and all(row.unsure == () for p in arabic for row in p.rows)


def test_the_test_model_raises_no_disagreement_and_the_terminal_names_it(seed_thread):
    """The random-weights test model's output means nothing: its low chrF against a commenter must not raise "machine
    and commenter disagree" (it spoke against every commenter's translation), and a terminal report saved to a file
    says its machine column comes from the test model (only stderr said so). The same output from a model that is not
    the test model keeps the flag. The thread is run through the pipeline once: the model's trust is the report's
    to weigh, so the second report is built from the same result with the model not the test model (a second run
    with the machine so marked translated and paired the thread again, to the same result)."""
    from dataclasses import replace

    from bilingual.pipeline import run

    machine = load_machine(Settings(model=str(TINY)))
    assert machine.info.test_model
    result = run(seed_thread, Settings(), machine=machine)
    assert result.model.test_model
    test = build(result, source="seed")
    assert test.summary.translated and not any("low-agreement" in e.flag_codes for e in test.passages)
    trusted = build(replace(result, model=replace(result.model, test_model=False)), source="seed")
    assert any("low-agreement" in e.flag_codes for e in trusted.passages)
    shown = _terminal(test, 140, "auto")
    assert "Machine (test model)" in shown and "its machine output is meaningless" in shown
    assert "Machine (test model)" not in _terminal(trusted, 140, "auto")


def test_card_heads_name_the_language_and_what_the_last_column_holds(seed_report):
    """Without scores a card's last column holds the alignment alone: headed "Alignment", not "chrF / TER"
    over "1 Arabic : 2 English"; a Finglish card's source column is Persian in Latin letters, not Arabic."""
    import re
    from dataclasses import replace

    from bilingual.compare.metrics import PairScore

    page = render_html(seed_report)
    heads = re.findall(r'<th class="col-(ar|score)">([^<]*)</th>', page)
    assert ("score", "Alignment") in heads and ("score", "chrF / TER") not in heads
    assert ("ar", "Persian (Latin letters)") in heads and ("ar", "Arabic") in heads
    assert 'class="score link"' in page
    first = seed_report.passages[0]
    scored = replace(first, rows=[replace(r, machine="words", score=PairScore(41.25, 63.5)) for r in first.rows])
    page = render_html(replace(seed_report, passages=[scored, *seed_report.passages[1:]]))
    assert '<th class="col-score">chrF / TER</th>' in page


def test_a_report_of_a_result_run_short_of_pairing_says_so(seed_thread):
    """build() of a result run until="translate" failed on a bare AssertionError inside (helper newuser8's sweep)."""
    from bilingual.pipeline import run

    result = run(seed_thread, Settings(mt=False), until="translate")
    with pytest.raises(ValueError, match=r"^build\(\): the report needs a result run to the pair stage, not until='translate'"):
        build(result)
