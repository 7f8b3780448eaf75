"""Translation engine and pipeline on the committed random-weights test model.

The model is built by scripts/build_test_model.py: its output is meaningless, so these tests
assert what such a model can show (determinism, batching, cache, spans, flags, layouts,
errors), never translation quality.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, SEED000
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingual.errors import ModelMissingError
from bilingual.mt import flags as mt_flags
from bilingual.mt.cache import TranslationCache
from bilingual.mt.engine import CT2, DecodeOptions, Engine, inspect_model, padded_length
from bilingual.mt.models import install, load_model
from bilingual.mt.pipeline import Translation, translate
from bilingual.segment import passages
from bilingual.spans import ARABIC, Location, Passage, Span

TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"


@pytest.fixture(scope="module")
def model_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A models directory with the test model installed (once per module)."""
    home = tmp_path_factory.mktemp("models")
    mp = pytest.MonkeyPatch()
    mp.setenv("BILINGUAL_MODELS", str(home))
    install(str(TINY))
    mp.undo()
    return home


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, model_home: Path) -> Path:
    """Every test sees only the test model, a fresh cache and an empty argospm directory."""
    monkeypatch.setenv("BILINGUAL_MODELS", str(model_home))
    monkeypatch.setenv("BILINGUAL_CACHE", str(tmp_path / "cache.sqlite3"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    monkeypatch.delenv("BILINGUAL_MODEL", raising=False)
    return tmp_path


@pytest.fixture(scope="module")
def seed_passages():
    from bilingual.threads import read

    return [p for p in passages(read(SEED000)) if p.kind == ARABIC]


@pytest.fixture(scope="module")
def seed_translations(seed_passages, model_home: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Translation]:
    """The seed passages translated once, uncached, with only the test model (the tests reading it share it)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("BILINGUAL_MODELS", str(model_home))
    mp.setenv("ARGOS_PACKAGES_DIR", str(tmp_path_factory.mktemp("argos")))
    mp.delenv("BILINGUAL_MODEL", raising=False)
    try:
        return translate(seed_passages, cache=False)
    finally:
        mp.undo()


def test_every_sentence_has_a_span_into_its_passage(seed_passages, seed_translations) -> None:
    result = seed_translations
    assert result
    by_location = {p.location: p for p in seed_passages}
    for t in result:
        passage = by_location[t.source]
        assert passage.text[t.span[0] : t.span[1]] == t.sentence
        loc = t.location
        assert isinstance(loc, Location) and loc.comment == passage.location.comment
        assert loc.end - loc.start == len(t.sentence)
        assert t.hypotheses and t.text == t.hypotheses[0].text
        assert t.model == "translate-ar_en-tiny"
    assert {t.source for t in result} == set(by_location)


def test_sentence_location_points_into_the_comment_text(seed_translations) -> None:
    from bilingual.threads import read

    thread = read(SEED000)
    for t in seed_translations:
        loc = t.location
        assert thread.get(loc.comment).text[loc.start : loc.end] == t.sentence


def test_same_input_gives_the_same_output() -> None:
    texts = ["اللهم بلّغنا ديمقراطية السعوية و رخاء الصومال.", "و لا إرهاب فنلندا و لا مجاعات سويسرا"]
    first = translate(texts, cache=False, num_hypotheses=2)
    second = translate(texts, cache=False, num_hypotheses=2)
    assert [t.hypotheses for t in first] == [t.hypotheses for t in second]


def test_batched_equals_one_by_one(seed_passages) -> None:
    batched = translate(seed_passages, cache=False, max_decoding_length=64)
    single = [t for p in seed_passages for t in translate([p], cache=False, max_decoding_length=64)]
    assert [t.sentence for t in batched] == [t.sentence for t in single]
    assert [t.hypotheses for t in batched] == [t.hypotheses for t in single]  # tokens and scores, exactly


def _tico_sentences(count: int) -> list[str]:
    """``count`` distinct Arabic sentences of many token counts: TICO-19's test side, else the seeds' lines."""
    from bilingual.text.sentences import model_inputs

    tico = ROOT.parent / "shared" / "data" / "mt" / "tico19" / "tico19-test.ar"
    lines = tico.read_text(encoding="utf-8").splitlines() if tico.is_file() else [
        line for p in sorted((ROOT / "seeds").glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
    ]
    out = [line[a:b].strip() for line in lines for a, b in model_inputs(line, 200)]
    return list(dict.fromkeys(s for s in out if s))[:count]


def test_a_sentence_translates_in_any_call_exactly_as_alone() -> None:
    """Each source is padded to a length set by its own token count, so each sentence's n-best list,
    tokens and scores, is the one it gets alone, whatever else the call holds and however big the batches."""
    engine = load_model()
    sentences = _tico_sentences(50)
    decode = DecodeOptions(num_hypotheses=2, max_decoding_length=16)
    counts = {len(engine.encode(s)) for s in sentences}
    assert len(counts) > 10  # many lengths, so a padded batch would have mixed them
    alone = [engine.translate([s], decode)[0] for s in sentences]
    assert engine.translate(sentences, decode) == alone
    assert engine.translate(sentences[::-1], decode, batch_size=5) == alone[::-1]


def test_every_batch_is_padded_to_the_padded_length_of_each_of_its_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch's longest source has the padded length of every sentence in it (a filler of exactly that
    length where no sentence has it), so each sentence is decoded at one source length in any call."""
    engine = load_model()
    sentences = _tico_sentences(30) * 2
    lengths = [len(engine.encode(s)) for s in sentences]
    calls: list[list[int]] = []
    real = engine._translator

    class Spy:
        def translate_batch(self, source, *args, **kwargs):
            calls.append([len(tokens) for tokens in source])
            return real.translate_batch(source, *args, **kwargs)

    monkeypatch.setattr(engine, "_translator", Spy())
    out = engine.translate(sentences, DecodeOptions(max_decoding_length=8), batch_size=4)
    assert len(calls) > 5 and all(len(c) <= 4 for c in calls)
    assert all(max(c) == padded_length(n, 1024) for c in calls for n in c)
    fillers = Counter(n for c in calls for n in c) - Counter(lengths)
    assert sum(fillers.values()) == sum(len(c) for c in calls) - len(sentences) > 0
    assert all(padded_length(n, 1024) == n for n in fillers)
    assert len({padded_length(n, 1024) for n in lengths}) < len(set(lengths)) / 2  # few batches for many lengths
    assert out[:30] == out[30:] and all(out)


@pytest.mark.parametrize("cut", [0, 16, 1024])
def test_padded_length_is_the_next_power_of_two_up_to_the_cut(cut: int) -> None:
    for n in range(1, 300):
        top = padded_length(n, cut)
        assert top == (min(1 << (n - 1).bit_length(), cut) if cut else 1 << (n - 1).bit_length())
        assert top >= min(n, cut or n) and padded_length(n + 1, cut) >= top


def test_identical_sentences_are_translated_once(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = load_model()
    seen: list[list[str]] = []
    original = Engine.translate

    def spy(self, sentences, *args, **kwargs):
        seen.append(list(sentences))
        return original(self, sentences, *args, **kwargs)

    monkeypatch.setattr(Engine, "translate", spy)
    out = translate(["السلام عليكم. السلام عليكم.", "السلام عليكم"], engine, cache=False)
    assert [t.sentence for t in out] == ["السلام عليكم.", "السلام عليكم.", "السلام عليكم"]
    assert seen == [["السلام عليكم.", "السلام عليكم"]]
    assert out[0].hypotheses == out[1].hypotheses


def test_cache_hits_on_second_call_and_skips_the_model(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["اللهم بلّغنا ديمقراطية السعوية", "و رخاء الصومال"]
    first = translate(texts)
    assert not any(t.cached for t in first)
    calls: list[int] = []
    original = Engine.translate
    monkeypatch.setattr(Engine, "translate", lambda self, s, *a, **k: calls.append(len(s)) or original(self, s, *a, **k))
    second = translate(texts)
    assert all(t.cached for t in second)
    assert calls == [0]
    assert [t.hypotheses for t in first] == [t.hypotheses for t in second]


def test_cache_is_keyed_by_decoding_options() -> None:
    text = ["اللهم بلّغنا ديمقراطية السعوية"]
    translate(text, beam_size=4)
    assert not translate(text, beam_size=2)[0].cached
    assert translate(text, beam_size=4)[0].cached


def test_cache_is_keyed_by_model_content(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite3")
    files = inspect_model(load_model().files.root).files()
    root = load_model().files.root
    copy = tmp_path / "copy"
    shutil.copytree(root, copy)
    copied = inspect_model(copy)
    assert cache.model_hash(files, root) == cache.model_hash(copied.files(), copy)
    (copy / "model" / "config.json").write_text((copy / "model" / "config.json").read_text() + " ")
    assert cache.model_hash(copied.files(), copy) != cache.model_hash(files, root)


def test_n_best_scores_are_length_normalized_and_ordered() -> None:
    [t] = translate(["اللهم لا توقعنا في ديكتاتورية السويد"], cache=False, num_hypotheses=3)
    assert len(t.hypotheses) == 3
    for h in t.hypotheses:
        assert h.score < 0 and h.length >= 1
    # beam search ranks by the length-penalised score, which is this mean times length**(1-0.2)
    ranked = [h.score * (h.length + 1) ** 0.8 for h in t.hypotheses]
    assert ranked == sorted(ranked, reverse=True)


def test_passage_input_keeps_location_and_string_input_keeps_index() -> None:
    loc = Location("7", 10, 25)
    passage = Passage(loc, Span(10, 25, ARABIC), "السلام عليكم")
    out = translate([passage, "مرحبا"], cache=False)
    assert [t.source for t in out] == [loc, 1]
    assert out[0].location == Location("7", 10, 22)
    assert out[1].to_dict()["input"] == 1


def test_flags_come_from_the_real_output(seed_translations) -> None:
    for t in seed_translations:
        assert t.flags == mt_flags.flags(t.sentence, t.text, length=t.hypotheses[0].length, max_length=256)
    # the random model loops on some of these sentences, which is what the flag is for
    assert any(mt_flags.REPETITION in t.flags for t in translate(["Hello", "السلام عليكم"], cache=False))


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(["السلام", "عليكم", "و", "كيف", "حالك", "؟", ".", "،", "\n", "ok", " "]), max_size=25))
def test_sentences_trace_back_and_cover_every_letter(words: list[str]) -> None:
    text = " ".join(words)
    out = translate([text], cache=False, max_decoding_length=8)
    covered: set[int] = set()
    for t in out:
        assert text[t.span[0] : t.span[1]] == t.sentence and t.source == 0
        covered.update(range(*t.span))
    assert all(i in covered for i, ch in enumerate(text) if ch.isalnum())


def test_empty_and_whitespace_inputs_give_no_sentences() -> None:
    assert translate(["", "   \n", "…."], cache=False) == []


def test_plain_ctranslate2_directory_with_source_and_target_spm(tmp_path: Path) -> None:
    root = load_model().files.root
    ct2 = tmp_path / "opus-mt-ar-en-ct2"
    shutil.copytree(root / "model", ct2)
    shutil.copy(root / "sentencepiece.model", ct2 / "source.spm")
    shutil.copy(root / "sentencepiece.model", ct2 / "target.spm")
    files = inspect_model(ct2)
    assert files.layout == CT2
    engine = Engine(files)
    assert engine.encode("السلام عليكم")[-1] == "</s>"  # Marian models end the source with </s>
    out = translate(["السلام عليكم"], str(ct2), cache=False)
    assert out[0].hypotheses


def test_archive_path_can_be_used_directly() -> None:
    direct = translate(["السلام عليكم"], str(TINY), cache=False)
    installed = translate(["السلام عليكم"], cache=False)
    assert direct[0].text == installed[0].text


def test_no_model_installed_raises_with_the_install_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BILINGUAL_MODELS", str(tmp_path / "empty"))
    with pytest.raises(ModelMissingError) as info:
        translate(["السلام عليكم"])
    assert info.value.exit_code == 3
    assert "bilingual models install translate-ar_en-1_0" in info.value.message


def test_decode_options_are_validated() -> None:
    with pytest.raises(ValueError):
        DecodeOptions(beam_size=2, num_hypotheses=3)
    with pytest.raises(TypeError):
        translate(["x"], cache=False, beam=3)


def test_translation_to_dict_is_json() -> None:
    [t] = translate(["السلام عليكم"], cache=False)
    assert isinstance(t, Translation)
    data = json.loads(json.dumps(t.to_dict(), ensure_ascii=False))
    assert data["source"] == "السلام عليكم" and data["text"] == t.text


def _cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(check=False, args=[sys.executable, "-m", "bilingual", *args], capture_output=True, text=True, env=env, timeout=120)


def _main_out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The command run in this process (the tests of the process itself use :func:`_cli`): its stdout."""
    from bilingual.cli import main

    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def seed_cli_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One translation cache for the CLI views of seed 000: the second view reads what the first translated."""
    return tmp_path_factory.mktemp("cli-cache") / "cache.sqlite3"


def test_cli_jsonl_records_point_into_comments(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                               seed_cli_cache: Path) -> None:
    from bilingual.threads import read

    monkeypatch.setenv("BILINGUAL_CACHE", str(seed_cli_cache))

    thread = read(SEED000)
    records = [json.loads(line) for line in _main_out(capsys, "translate", str(SEED000), "--format", "jsonl").splitlines()]
    assert records
    for r in records:
        assert thread.get(r["comment"]).text[r["start"] : r["end"]] == r["source"]


def test_cli_text_inserts_each_translation_after_its_passage(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                                             seed_cli_cache: Path) -> None:
    monkeypatch.setenv("BILINGUAL_CACHE", str(seed_cli_cache))
    out = _main_out(capsys, "translate", str(SEED000))
    source = SEED000.read_text(encoding="utf-8")
    import re

    labels = re.findall(r" \[en[^\]]*?: [^\n]*?\]", out)
    assert labels
    assert re.sub(r" \[en[^\n]*?\](?=…|\n|$)", "", out).count("اللهم بلّغنا") == source.count("اللهم بلّغنا")


def test_cli_without_model_exits_3_with_a_one_line_message(tmp_path: Path) -> None:
    proc = _cli("translate", str(SEED000), env_extra={"BILINGUAL_MODELS": str(tmp_path / "none")})
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "bilingual models install" in proc.stderr


@pytest.mark.slow  # two CLI runs, one translating 30 comments: the default run's longest test
def test_cli_progress_on_stderr_for_long_inputs(tmp_path: Path) -> None:
    words = ["كتاب", "قلم", "بيت", "شمس", "قمر", "بحر"]
    texts = [f"He wrote: {a} {b} جميل" for a in words for b in words[:5]]
    lines = [json.dumps({"id": str(i), "parent": None, "author": "a", "text": t}, ensure_ascii=False)
             for i, t in enumerate(texts)]
    (tmp_path / "long.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _cli("translate", str(tmp_path / "long.jsonl"), "--format", "jsonl", "--progress")
    assert proc.returncode == 0, proc.stderr
    assert "translating" in proc.stderr and "30/30" in proc.stderr
    assert len(proc.stdout.splitlines()) == 30
    short = _cli("translate", str(SEED000), "--format", "jsonl", "--progress")
    assert "translating" not in short.stderr  # a handful of sentences needs no bar


def test_command_modules_load_nothing_heavy() -> None:
    code = (
        "import sys\nfrom bilingual.cli import build_parser\nbuild_parser()\n"
        "print(sorted(m for m in ('ctranslate2', 'sentencepiece', 'rich', 'sqlite3', 'numpy') if m in sys.modules))"
    )
    proc = subprocess.run(check=False, args=[sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_translation_never_imports_torch_stanza_or_spacy() -> None:
    code = (
        "import sys, bilingual.mt as mt\n"
        "out = mt.translate(['السلام عليكم'], cache=False)\n"
        "assert out and out[0].hypotheses\n"
        "heavy = sorted(m for m in ('torch', 'stanza', 'spacy', 'argostranslate') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    proc = subprocess.run(check=False, args=[sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_importing_bilingual_mt_loads_no_engine() -> None:
    code = "import sys, bilingual.mt, bilingual.text.sentences\nprint('ctranslate2' in sys.modules, 'sentencepiece' in sys.modules)"
    proc = subprocess.run(check=False, args=[sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["False", "False"]


@pytest.mark.slow  # trains and converts the model again: the default run's second longest test
def test_committed_test_model_is_what_the_script_builds(tmp_path: Path) -> None:
    import ctranslate2
    import sentencepiece

    with zipfile.ZipFile(TINY) as zf:
        meta = json.loads(zf.read("translate-ar_en-tiny/metadata.json"))["bilingual_test_model"]
    if (meta["ctranslate2_version"], meta["sentencepiece_version"]) != (ctranslate2.__version__, sentencepiece.__version__):
        pytest.skip("built with other ctranslate2/sentencepiece versions")
    out = tmp_path / "translate-ar_en-tiny.argosmodel"
    proc = subprocess.run(check=False, args=[sys.executable, str(ROOT / "scripts" / "build_test_model.py"), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes() == TINY.read_bytes()


def test_translate_and_decode_options_refuse_wrong_arguments_in_one_line() -> None:
    """translate(None) said "'NoneType' object is not iterable", beam_size="x" failed on a comparison
    inside DecodeOptions, an unknown option named DecodeOptions.__init__ (helper newuser8's sweep)."""
    from bilingual.mt.engine import DecodeOptions
    from bilingual.mt.pipeline import translate

    with pytest.raises(TypeError, match=r"^translate\(\) takes a string, a Passage or an iterable of them, not NoneType$"):
        translate(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^DecodeOptions: beam_size must be an int, not str$"):
        translate(["x"], beam_size="x")
    with pytest.raises(TypeError, match=r"^translate\(\): unknown decoding option 'bogus' \(choose from beam_size, "):
        translate(["x"], bogus=1)
    with pytest.raises(TypeError, match=r"^DecodeOptions: replace_unknowns must be True or False, not int$"):
        DecodeOptions(replace_unknowns=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^DecodeOptions: num_hypotheses must be an int, not bool$"):
        DecodeOptions(num_hypotheses=True)
    assert DecodeOptions(length_penalty=1).key() == DecodeOptions(length_penalty=1.0).key()  # one cache key
