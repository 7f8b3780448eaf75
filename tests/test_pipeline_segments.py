"""The pipeline cuts a passage into segments as pairing's ``pairs()`` does (one definition,
``text.sentences.passage_layers``: an Arabic list's items as the list's text cuts them, a long sentence's
clauses within the pieces the model is given), so the report, the ``pairs`` command, the library and the
bench pair alike."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pipeline import Settings, _blocks, load_machine, run
from bilingual.threads.model import Comment, Thread, set_depths

ROOT = Path(__file__).resolve().parents[1]
TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
sys.path.insert(0, str(ROOT / "bench"))
import pairing_devset  # noqa: E402

# Item 1 alone is one clause; in the list (a text with a sentence of five comma clauses) it is three.
ITEMS = ["ذهبت الى السوق، اشتريت الخبز، رجعت البيت", "قرأت الكتاب، كتبت الدرس، نمت قليلا، استيقظت مبكرا، خرجت"]
ENGLISH = ["I went to the market, I bought bread, I came home", "I read the book, I wrote the lesson, I slept a little, I woke early, I went out"]


def _thread():  # type: ignore[no-untyped-def]
    arabic = "\n".join(f"- {item}" for item in ITEMS)
    english = "\n".join(f"- {line}" for line in ENGLISH)
    return make_thread([("1", None, "A", arabic), ("2", "1", "A", english)])


def test_the_pipeline_cuts_list_items_as_pairing_does():
    result = run(_thread(), Settings(mt=False))
    first = result.passages[0]
    assert first.passage.text == ITEMS[0]
    assert len(first.segments) == 3  # cut as the list cuts it, not as the item alone (one clause)
    for layers in result.passages:
        assert all(any(x <= a and b <= y for x, y in layers.sentences) for a, b in layers.segments)


def test_the_report_pairs_a_list_as_pairs_does():
    thread = _thread()
    library = pairs(thread)
    piped = run(thread, Settings(mt=False)).pairs
    assert [(p.passage.text, p.translation_text) for p in piped] == [(p.passage.text, p.translation_text) for p in library]
    assert [p.translation_text for p in piped] == ENGLISH


def test_a_copy_of_an_item_elsewhere_keeps_its_own_cut():
    thread = make_thread([("1", None, "A", "\n".join(f"- {item}" for item in ITEMS)), ("2", None, "B", ITEMS[0])])
    result = run(thread, Settings(mt=False))
    alone = [p for p in result.passages if p.passage.location.comment == "2"]
    assert len(alone) == 1 and len(alone[0].segments) == 1


@pytest.mark.slow
def test_the_pipeline_pairs_the_development_threads_as_pairs_does() -> None:
    """Every thread of rounds 10 and 13 (built from ../shared/data: lists, long sentences the model is
    given in pieces, Arabizi): the pipeline's pairs are those of ``pairs()``, which the bench scores."""
    if not pairing_devset.load_sources():
        pytest.skip("../shared/data is absent")
    records = pairing_devset.build(round10=True) + pairing_devset.build(round13=True)
    for record in records:
        comments = [Comment(cid, parent, author, 0, text) for cid, parent, author, text in record["comments"]]  # type: ignore[attr-defined]
        set_depths(comments)
        thread = Thread(None, comments, "jsonl")
        mine = [(p.passage.location, p.translation, p.flags) for p in run(thread, Settings(mt=False)).pairs]
        assert mine == [(p.passage.location, p.translation, p.flags) for p in pairs(thread)], record["id"]
    assert len(records) >= 500


def test_blocks_group_the_pieces_of_a_long_sentence_with_the_clause_across_them() -> None:
    sentences = [(0, 10), (11, 20), (21, 40), (41, 50)]
    segments = [(0, 4), (5, 10), (11, 30), (31, 40), (41, 50), (52, 55)]  # (52, 55): outside every sentence
    assert _blocks(sentences, segments) == [
        ([(0, 10)], [(0, 4), (5, 10)]),
        ([(11, 20), (21, 40)], [(11, 30), (31, 40)]),
        ([(41, 50)], [(41, 50)]),
        ([], [(52, 55)]),
    ]


def test_a_clause_the_model_reads_in_pieces_gets_their_translations(no_model_home: Path) -> None:
    """A sentence longer than max_chars is given to the model in pieces; the clause running across
    them is one segment (as pairing aligns it), and its machine text is the pieces' together."""
    settings = Settings(model=str(TINY), cache=False, max_chars=40)
    text = "ذهبت الى السوق في الصباح الباكر مع أخي الصغير واشتريت الخبز والحليب والفاكهة الطازجة"
    result = run(make_thread([("1", None, "A", text)]), settings, machine=load_machine(settings))
    (layers,) = result.passages
    assert len(layers.sentences) > 1 and len(layers.segments) == 1
    assert layers.segment_machine == [" ".join(s.text for s in layers.machine if s.text)]
    assert layers.segment_machine[0]


def test_lines_translated_by_labels_are_paired_line_by_line_by_the_pipeline_too() -> None:
    """A passage of two lines whose reply translates each line under a label ("Second line:") is cut
    into its lines for pairing, in the report as in ``pairs()``."""
    arabic = "أنا أحب القهوة كثيرا\nأين تسكن الآن"
    english = "Second line: Where do you live now?\nFirst line: I love coffee very much."
    thread = make_thread([("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "1", "C", english)])
    piped = run(thread, Settings(mt=False)).pairs
    assert [(p.passage.text, p.translation_text) for p in piped] == [(p.passage.text, p.translation_text) for p in pairs(thread)]
    assert [p.translation_text for p in piped] == ["I love coffee very much.", "Where do you live now?"]
