"""One pipeline: every command and the library see the same passages, machine text and pairs.

Run on the seeds, the hostile thread and generated threads, with and without the test model, the
``pairs`` and ``report`` commands must give the same pairs, and ``translate`` and the report the
same machine text; segment and normalize must agree on the language of every run.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SEEDS, SHARED_DATA

from bilingual.cli import main
from bilingual.normalize import normalize
from bilingual.pipeline import Settings, load_machine, run, run_many
from bilingual.segment import segment
from bilingual.spans import ARABIC
from bilingual.text.language import detect, is_arabic_language
from bilingual.text.sentences import clauses, model_inputs
from bilingual.threads import read

HOSTILE = ROOT / "tests" / "data" / "hostile_thread.jsonl"
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
ARABIC_SENTENCES = [
    "اللهم بلغنا ديمقراطية السعودية ورخاء الصومال.", "هذا المكان جميل جدا، وأنا أحبه كثيرا.",
    "لا إله إلا الله. محمد رسول الله.", "يقع هذا المكان في قلب المدينة القديمة.", "لن ننسى ولن نسامح.",
]
ENGLISH = ["Please translate this post.", "I agree with you.", "What does that say?", "Nice article, thanks."]


def _generated(tmp_path: Path, seed: int) -> Path:
    """A small JSONL thread with Arabic posts, requests, answers and unrelated English."""
    rng = random.Random(seed)
    lines = []
    for k in range(12):
        parent = None if k == 0 or rng.random() < 0.3 else str(rng.randrange(k))
        text = rng.choice(ARABIC_SENTENCES + ENGLISH)
        if rng.random() < 0.3:
            text = f"{rng.choice(ARABIC_SENTENCES)}\n\nTranslation: {rng.choice(ENGLISH)}"
        lines.append(json.dumps({"id": str(k), "parent": parent, "author": rng.choice("ABC"), "text": text}, ensure_ascii=False))
    path = tmp_path / f"gen{seed}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _inputs(tmp_path: Path) -> list[Path]:
    return [*sorted(SEEDS.glob("*.txt")), HOSTILE, *(_generated(tmp_path, s) for s in range(3))]


def _cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("mt", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["no-mt", "test-model"])
def test_pairs_translate_and_report_agree(
    mt: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_model_home: Path
) -> None:
    """With the model, the three commands share a translation cache, as a user's runs do: a sentence the report
    translated is looked up by ``pairs`` and ``translate`` (the engine's output not depending on the batch, and the
    cache's round trip, are test_mt's); a sentence one command cuts differently is translated afresh and still compared."""
    model = ["--model", str(TINY)] if mt else ["--no-mt"]
    monkeypatch.setenv("BILINGUAL_CACHE", str(tmp_path / "cache.sqlite3"))
    for path in _inputs(tmp_path):
        report = json.loads(_cli_json(capsys, "report", str(path), "-f", "json", *model))
        pairs = [json.loads(line) for line in _cli_json(capsys, "pairs", str(path), "-f", "jsonl", *model).splitlines()]
        assert [(p["passage"], p["translation"]) for p in pairs] == [
            (e["passage"], None if e["translation"] is None else {k: e["translation"][k] for k in ("comment", "start", "end")})
            for e in report["passages"]
        ], path.name
        if not mt:
            continue
        sentences = [json.loads(line) for line in _cli_json(capsys, "translate", str(path), "-f", "jsonl", "--model", str(TINY)).splitlines()]
        by_passage: dict[str, list[str]] = {}
        for s in sentences:
            by_passage.setdefault(json.dumps(s["passage"]), []).append(s["text"])
        for e in report["passages"]:
            if e["kind"] == ARABIC and e["machine"] is not None:
                assert e["machine"] == " ".join(t for t in by_passage[json.dumps(e["passage"])] if t), path.name


def test_the_model_sees_whole_sentences_and_rows_show_their_part(no_model_home: Path, tmp_path: Path) -> None:
    prayer_text = read(SEEDS / "000_2161432b20e98764.txt").get("4").text  # the prayer alone: the model's time is the test's
    (tmp_path / "prayer.jsonl").write_text(json.dumps({"id": "4", "text": prayer_text}, ensure_ascii=False) + "\n", encoding="utf-8")
    thread = read(tmp_path / "prayer.jsonl")
    machine = load_machine(Settings(model=str(TINY)))
    result = run(thread, Settings(model=str(TINY)), machine=machine)
    prayer = next(p for p in result.passages if p.comment == "4")
    text = thread.get("4").text
    # 9 clauses of the prayer, but the model was given sentences only
    assert len(prayer.segments) > len(prayer.machine) >= 1
    for s in prayer.machine:
        assert (s.start, s.end) in prayer.sentences and text[s.start : s.end] == s.source
    assert prayer.segment_machine is not None and len(prayer.segment_machine) == len(prayer.segments)
    # every segment lies inside one sentence, and every letter of the passage is in a sentence
    for a, b in prayer.segments:
        assert any(x <= a and b <= y for x, y in prayer.sentences)
    base = prayer.passage.location.start
    assert prayer.sentences == [(base + a, base + b) for a, b in model_inputs(prayer.text)]


def test_docs_point_into_the_comment_text(seed000) -> None:
    result = run(seed000, Settings(mt=False))
    for doc in result.docs:
        assert doc.text == seed000.text_of(doc.comment)
        assert doc.spans and doc.spans[-1].end == len(doc.text)
        for layers in doc.passages:
            loc = layers.passage.location
            assert doc.text[loc.start : loc.end] == layers.text
            # the normalized view maps back to the characters typed (through the reading, for Arabizi)
            n = layers.normalized
            a, b = n.to_original(0, len(n.text))
            if layers.reading is not None:
                assert layers.passage.kind == "arabizi" and layers.reading.original == layers.text
                a, b = layers.reading.to_original(a, b)
            assert (a, b) == (0, len(layers.text))
    assert json.loads(json.dumps(result.to_dict(), ensure_ascii=False))["docs"]


def test_segment_stage_stops_before_translation(seed000) -> None:
    result = run(seed000, Settings(model="no-such-model"), until="segment")
    assert result.passages and all(not p.machine and p.pair is None for p in result.passages)
    with pytest.raises(ValueError):
        run(seed000, until="align")


def test_a_named_model_that_does_not_exist_exits_3(capsys: pytest.CaptureFixture[str], no_model_home: Path) -> None:
    assert main(["report", str(HOSTILE), "--model", "nosuchmodel", "-o", "-"]) == 3
    assert "nosuchmodel" in capsys.readouterr().err


def _language_cases() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["چرا گفتي آمدم", "سأذهب إلی الشاطئ.", "این کتاب‌ها را می‌خواهم", "میں نے کتاب پڑھی ہے"]
    tatoeba = SHARED_DATA / "mt" / "tatoeba-ara-eng"
    for f in sorted(tatoeba.glob("*.ara"))[:1] if tatoeba.is_dir() else []:
        texts += f.read_text(encoding="utf-8").splitlines()[:1500]
    return texts


def test_segment_and_normalize_agree_on_the_language_of_every_run() -> None:
    letter_folds = {"alef", "maksura", "hamza", "teh_marbuta"}
    for text in _language_cases():
        for span in segment(text):
            if span.kind != ARABIC:
                continue
            run_text = text[span.start : span.end]
            assert span.lang == detect(run_text).code
            if "\n" in run_text:
                continue  # the normalizer decides per line; a one-line passage is one run
            folded = set(normalize(run_text, profile="search").summary)
            if not is_arabic_language(span.lang):
                assert not folded & letter_folds, (run_text, span.lang, folded)


def test_clauses_tile_inside_sentences() -> None:
    text = "اللهم بلغنا ديمقراطية السعودية و رخاء الصومال و حرية ايران و أمان افغانستان. لا إله إلا الله."
    for a, b in model_inputs(text):
        pieces = clauses(text[a:b], "ar")
        assert pieces and all(0 <= x < y <= b - a for x, y in pieces)


def test_arabizi_is_read_in_arabic_script_translated_and_mapped_back(tmp_path: Path, capsys: pytest.CaptureFixture[str], no_model_home: Path) -> None:
    path = tmp_path / "az.jsonl"
    path.write_text(
        '{"id":"1","parent":null,"author":"A","text":"Allah yer7amhom. 3ala2 kel 7ad, ma 7ada byensa."}\n'
        '{"id":"2","parent":null,"author":"B","text":"Iroone Azad, said the poster."}\n', encoding="utf-8",
    )
    [arabizi, finglish] = [json.loads(line) for line in _cli_json(capsys, "transliterate", str(path), "-f", "jsonl").splitlines()]
    assert arabizi["lang"] == "ar-Latn" and arabizi["reading"].startswith("الله يرحمهم")
    assert finglish["lang"] == "fa-Latn"
    for w in arabizi["words"]:
        assert arabizi["text"][w["start"] - arabizi["start"] : w["end"] - arabizi["start"]] == w["word"]
    sentences = [json.loads(line) for line in _cli_json(capsys, "translate", str(path), "-f", "jsonl", "--model", str(TINY)).splitlines()]
    text = "Allah yer7amhom. 3ala2 kel 7ad, ma 7ada byensa."
    assert sentences and all(s["comment"] == "1" for s in sentences)  # Persian never goes to an Arabic model
    for s in sentences:
        assert text[s["start"] : s["end"]] == s["source"]  # the Latin the commenter typed
        assert not any("a" <= ch <= "z" for ch in s["normalized"].replace("Allah", ""))  # the model saw Arabic script


def test_comments_marked_spam_or_deleted_are_left_out_of_pairing(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(
        '{"id":"1","parent":null,"author":"A","text":"لا إله إلا الله. محمد رسول الله."}\n'
        '{"id":"2","parent":"1","author":"B","text":"Please translate this post"}\n'
        '{"id":"3","parent":"2","author":"A","text":"There is no god but God. Muhammad is the messenger of God."}\n'
        '{"id":"4","parent":null,"author":"S","text":"لن ننسى ولن نسامح. Translation: We will not forget and we will not forgive."}\n',
        encoding="utf-8",
    )
    thread = read(path)
    assert {p.comment for p in run(thread, Settings(mt=False)).passages if p.pair and p.pair.translation} >= {"1"}
    thread.get("3").status = "deleted"
    thread.get("4").status = "spam"
    result = run(thread, Settings(mt=False))
    by_comment = {p.comment: p.pair for p in result.passages}
    assert by_comment["1"] is not None and (by_comment["1"].translation is None or by_comment["1"].translation.comment != "3")
    assert by_comment["4"] is not None and by_comment["4"].translation is None and "spam" in by_comment["4"].reason
    included = run(thread, Settings(mt=False, include_removed=True))
    assert [p.pair.translation for p in included.passages if p.pair] != [p.pair.translation for p in result.passages if p.pair]


def test_the_pipeline_raises_the_collector_threshold_only_while_it_runs() -> None:
    import gc

    from bilingual.collector import GC_YOUNG_THRESHOLD, few_collections

    before = gc.get_threshold()
    seen: list[int] = []
    thread = read(SEEDS / "000_2161432b20e98764.txt")
    run(thread, Settings(mt=False), until="segment", progress=lambda stage, done, total: seen.append(gc.get_threshold()[0]))
    assert seen and all(t >= GC_YOUNG_THRESHOLD for t in seen)
    assert gc.get_threshold() == before
    with few_collections():
        with few_collections():
            assert gc.get_threshold()[0] >= GC_YOUNG_THRESHOLD
        assert gc.get_threshold()[0] >= GC_YOUNG_THRESHOLD
    assert gc.get_threshold() == before


def test_the_pipeline_freezes_the_heap_after_segmenting_and_thaws_it_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed (issue 20): what reading and segmenting made lives to the end, so pairing's collections (a
    full one and a middle one while it indexes a 100,000-comment thread, alone in the parent with any
    jobs) do not walk it: it is in the collector's permanent generation while pairing runs, and back
    in the oldest after; a caller's own frozen objects stay frozen; with the collector off nothing is frozen."""
    import gc

    import bilingual.pairing as pairing

    thread = read(SEEDS / "000_2161432b20e98764.txt")
    seen: list[int] = []
    real = pairing.find_pairs

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(pairing, "find_pairs", watched)
    assert gc.get_freeze_count() == 0
    plain = run(thread, Settings(mt=False))
    assert seen and seen[-1] > 0 and gc.get_freeze_count() == 0
    gc.freeze()  # the caller's own
    try:
        mine = gc.get_freeze_count()
        again = run(thread, Settings(mt=False))
        assert 0 < seen[-1] <= mine and 0 < gc.get_freeze_count() <= mine  # nothing more frozen, nothing thawed
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        run(thread, Settings(mt=False))
        assert seen[-1] == 0
    finally:
        gc.enable()
    assert [p.pair for p in again.passages] == [p.pair for p in plain.passages]


def test_the_report_is_built_on_a_frozen_heap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed (issue 20): the pipeline's result is frozen while the report is built (and the page planned:
    a middle collection walked the pairs there, 0.12 s at 100,000 comments), thawed after."""
    import gc

    import bilingual.report.builder as builder
    from bilingual.report import build

    seen: list[int] = []
    real = builder.build

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(builder, "build", watched)
    result = run(read(SEEDS / "000_2161432b20e98764.txt"), Settings(mt=False))
    assert gc.get_freeze_count() == 0
    build(result, page=True)
    assert seen and seen[-1] > 0 and gc.get_freeze_count() == 0


def test_docs_share_one_tuple_for_equal_tilings() -> None:
    """Memory (issue 20): comments segmented alike (most: one Latin span) share the spans' tuple; no passage, no list."""
    from bilingual.threads import read_string

    lines = [json.dumps({"id": str(i), "parent": None, "author": "a", "text": text})
             for i, text in enumerate(["hello there", "hello where", "شكرا جزيلا لك يا صديقي"])]
    result = run(read_string("\n".join(lines), "jsonl"), Settings(mt=False), until="segment")
    first, second, third = result.docs
    assert first.spans is second.spans and first.spans[0].kind == "latin" and first.passages == () == second.passages
    assert third.passages == tuple(result.passages) and len(third.passages) == 1


def test_a_text_posted_again_is_segmented_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed (issues 19, 20): the segmenter runs once per distinct text; every copy gets the first
    one's spans (the same tuple) and the docs are those of segmenting each text alone."""
    import importlib

    from bilingual.threads import read_string

    segmenter = importlib.import_module("bilingual.segment")
    texts = ["شكرا جزيلا لك يا صديقي", "ok", "شكرا جزيلا لك يا صديقي", "hello there", "ok", "شكرا جزيلا لك يا صديقي"]
    thread = read_string("\n".join(json.dumps({"id": str(i), "parent": None, "author": "a", "text": t}) for i, t in enumerate(texts)), "jsonl")
    seen: list[str] = []
    real = segmenter.segment
    monkeypatch.setattr(segmenter, "segment", lambda text: seen.append(text) or real(text))
    docs = run(thread, Settings(mt=False), until="segment").docs
    assert sorted(seen) == sorted(set(texts))
    assert docs[0].spans is docs[2].spans is docs[5].spans and docs[1].spans is docs[4].spans
    assert [d.spans for d in docs] == [tuple(real(t)) for t in texts]
    assert [len(d.passages) for d in docs] == [1, 0, 1, 0, 0, 1]


def _report_json(result) -> str:
    from bilingual.report import build

    return json.dumps(build(result, source="t").to_dict(), ensure_ascii=False, allow_nan=False)


@pytest.fixture(scope="module")
def tiny_machine():
    settings = Settings(model=str(TINY), cache=False)
    return settings, load_machine(settings)


@pytest.mark.slow
def test_threads_translated_together_give_each_thread_its_report_alone(tiny_machine, tmp_path: Path, no_model_home: Path) -> None:
    """The corpus's way (run_many: one shared call, each distinct sentence once, batches of one token
    count) and ``bilingual report``'s way (each thread alone) write the same bytes for every thread."""
    settings, machine = tiny_machine
    threads = [read(p) for p in _inputs(tmp_path)]
    calls: list[int] = []
    translate = machine.engine.translate

    def counted(sentences, *args, **kwargs):
        calls.append(len(sentences))
        return translate(sentences, *args, **kwargs)

    machine.engine.translate = counted
    try:
        alone = [_report_json(run(t, settings, machine=machine)) for t in threads]
        per_thread = len(calls)
        together = [r if isinstance(r, Exception) else _report_json(r) for r in run_many(threads, settings, machine=machine)]
    finally:
        del machine.engine.translate
    assert together == alone
    assert calls[per_thread:] == [len(set().union(*(_inputs_of(t, settings, machine) for t in threads)))]
    assert sum(calls[:per_thread]) > calls[-1] > 0  # sentences shared by threads are translated once


def _inputs_of(thread, settings: Settings, machine) -> set[str]:
    """The distinct sentences the model is given for ``thread``."""
    return {s.input for p in run(thread, settings, machine=machine, until="translate").passages for s in p.machine}


def test_a_thread_that_fails_together_fails_alone(tiny_machine, tmp_path: Path, no_model_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A thread whose sentence breaks the shared call, or whose pairing fails, gives its exception in
    its place; every other thread gives its result alone."""
    import bilingual.pipeline

    from bilingual.threads import read_string

    settings, machine = tiny_machine
    settings = Settings(model=str(TINY), cache=False, decode={"max_decoding_length": 8})  # short outputs: fast
    broken = "هذه الجملة لا ترد إلا في هذا الخيط"
    threads = [read(_generated(tmp_path, 0)), read_string(_generated(tmp_path, 1).read_text(encoding="utf-8") + json.dumps(
        {"id": "x", "parent": "0", "author": "D", "text": broken}), "jsonl"), read(_generated(tmp_path, 2))]
    alone = _report_json(run(threads[0], settings, machine=machine))
    translate, pair = machine.engine.translate, bilingual.pipeline._pair

    def failing(sentences, *args, **kwargs):
        if broken in sentences:
            raise RuntimeError("this sentence breaks the model")
        return translate(sentences, *args, **kwargs)

    def pairing(thread, *args, **kwargs):
        if thread is threads[2]:
            raise ValueError("this thread breaks pairing")
        return pair(thread, *args, **kwargs)

    monkeypatch.setattr(machine.engine, "translate", failing)
    monkeypatch.setattr(bilingual.pipeline, "_pair", pairing)
    out = list(run_many(threads, settings, machine=machine))
    assert [type(r).__name__ for r in out] == ["Result", "RuntimeError", "ValueError"]
    assert _report_json(out[0]) == alone


def test_library_calls_refuse_a_str_where_segments_go_and_what_is_no_thread() -> None:
    """A bare str given to align() would be aligned character by character, silently; segment() of bytes or
    None says what it needs, like normalize() and transliterate()."""
    import bilingual

    with pytest.raises(TypeError, match="target_segments must be a sequence of segments, not a str"):
        bilingual.align(["اللهم بلغنا"], "O God, let us reach")
    with pytest.raises(TypeError, match="source_segments"):
        bilingual.align("اللهم بلغنا", ["O God, let us reach"])
    for bad in (b"\xd8\xa7", None, 7):
        with pytest.raises(TypeError, match=r"segment\(\) needs a str"):
            bilingual.segment(bad)  # type: ignore[arg-type]
    assert len(bilingual.align(["اللهم بلغنا"], ["O God, let us reach"])) == 1
    for bad in ("a thread's text", None):
        with pytest.raises(TypeError, match=r"run\(\) needs a Thread"):
            bilingual.run(bad)  # type: ignore[arg-type]
    for settings in ({"jobs": 0}, {"jobs": -1}, {"batch_size": 0}):  # the CLI's --jobs 0 (every core) is not Settings'
        with pytest.raises(ValueError, match="must be"):
            Settings(**settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("kwargs, error, message", [
    ({"mt": "no"}, TypeError, "Settings.mt must be True or False, not 'no'"),  # was a run with translation on
    ({"include_removed": 1}, TypeError, "Settings.include_removed must be True or False, not 1"),
    ({"max_chars": 0}, ValueError, "Settings.max_chars must be a number of characters, 1 or more, not 0"),
    ({"model": 5}, TypeError, "Settings.model must be a model's name or None, not int"),
    ({"cache": 3}, TypeError, "Settings.cache must be True, False or a cache file's path, not int"),
    ({"decode": [1]}, TypeError, "Settings.decode must be a mapping of decoding options, not list"),
])
def test_settings_no_run_can_have_are_refused_where_they_are_made(kwargs: dict[str, object], error: type[Exception],
                                                                   message: str) -> None:
    with pytest.raises(error) as caught:
        Settings(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message


@pytest.mark.parametrize("settings", [None, {"mt": False}])
def test_run_names_what_its_settings_must_be(settings: object) -> None:
    """A dict or None as the settings failed deep inside the run ("'dict' object has no attribute 'max_chars'")."""
    from bilingual import read

    with pytest.raises(TypeError, match=r"run\(\) needs its settings as a bilingual.Settings \(Settings\(mt=False\)\), not "):
        run(read(SEEDS / "000_2161432b20e98764.txt"), settings)  # type: ignore[arg-type]


def test_a_broken_default_model_is_said_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The report's warning read "the installed model is broken: the default model X is broken: ...": the registry's
    message names the model and says it is broken; the pipeline passes it on as it is."""
    import bilingual.mt.models as models
    from bilingual.errors import DefaultModelBrokenError

    def broken(name: object = None) -> object:
        raise DefaultModelBrokenError("the default model tiny is broken: cannot load the model", "/models/tiny")

    monkeypatch.setattr(models, "find_model", broken)
    machine = load_machine(Settings())
    assert machine.engine is None and machine.info.missing
    assert machine.info.message.startswith("the default model tiny is broken") and machine.info.message.count("broken") == 1


def test_settings_and_run_refuse_what_would_fail_later_in_one_line() -> None:
    """Settings(decode={"bogus": 1}) was accepted and failed at the first translation naming
    DecodeOptions.__init__; run(progress=3) and run(machine="x") failed inside; result.doc("nope")
    raised a bare KeyError (helper newuser8's sweep)."""
    from bilingual.threads import read

    with pytest.raises(TypeError, match=r"^Settings\.decode: unknown decoding option 'bogus' \(choose from "):
        Settings(decode={"bogus": 1})
    with pytest.raises(TypeError, match=r"^DecodeOptions: beam_size must be an int, not str$"):
        Settings(decode={"beam_size": "4"})
    assert Settings(decode={"beam_size": 2}).decode == {"beam_size": 2}
    thread = read(SEEDS / "000_2161432b20e98764.txt")
    with pytest.raises(TypeError, match=r"^run\(\): progress must be a function"):
        run(thread, Settings(mt=False), progress=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^run\(\): machine must be a loaded bilingual\.Machine"):
        run(thread, Settings(mt=False), machine="x")  # type: ignore[arg-type]
    result = run(thread, Settings(mt=False), until="segment")
    assert all(result.doc(d.comment) is d for d in result.docs)
    with pytest.raises(KeyError, match=r"Result\.doc\(\): the thread has no comment 'nope'"):
        result.doc("nope")


def test_the_model_translates_inside_the_heap_block_and_only_the_model(tiny_machine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call to the model runs inside :func:`bilingual.collector.model_blocks_from_heap` (its large blocks
    reuse the heap's pages), and nothing else does: segmenting and pairing keep large blocks mapped."""
    import contextlib

    import bilingual.pipeline as pipeline

    settings, machine = tiny_machine
    inside = [False]
    seen: list[bool] = []

    @contextlib.contextmanager
    def block():  # type: ignore[no-untyped-def]
        inside[0] = True
        try:
            yield
        finally:
            inside[0] = False

    translate = machine.engine.translate

    def spied(sentences, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(inside[0])
        return translate(sentences, *args, **kwargs)

    monkeypatch.setattr(pipeline, "model_blocks_from_heap", block)
    monkeypatch.setattr(machine.engine, "translate", spied)
    result = run(read(SEEDS / "000_2161432b20e98764.txt"), settings, machine=machine)
    assert seen and all(seen) and not inside[0]
    assert any(p.machine for p in result.passages)
