"""Issue 14, thirty-third round: where a translation ends (bilingual/pairing/edges.py). After a translation may come a
translator's note under a label of any length ("TN: ...", "P.S. ...", a "*" or "[1]" footnote), a paragraph about the
text rather than a translation of it ("The headline and the article say two different things."), a reference after
the closing quote ("(Quran 2:255)", "— Rumi"), an open bracket note ("(didn't get the second half") or a short closing
the Arabic gives nothing for ("No wahala." after a punctuated Arabic's translation): none is the translation's.

The probe (:func:`probe`, run as a script for its shares) puts tails made from a grammar (labels x note bodies,
references of several scriptures, poets and books, closings) after real Tatoeba and TICO-19 translations, asked for
in a reply, and counts the spans cut exactly where the translation ends; its controls are translations whose own
last sentence looks like a note (the Arabic accounts for it), which must keep it."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest
from test_pairing import PLACE_1, PLACE_2, PLACE_EN_1, PLACE_EN_2, make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked
from bilingual.pairing.edges import extra_tail, note_tail

PLACE = f"{PLACE_1} {PLACE_2}"  # punctuated: two sentences
PLACE_EN = f"{PLACE_EN_1} {PLACE_EN_2}"
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "mt"

LABELS = ("TN:", "T/N:", "TL note:", "Translator's note:", "Note:", "NB:", "N.B.", "PS:", "P.S.", "(TN:")
BODIES = (
    "the original uses a dialect word with no neat English equivalent.",
    "he is being sarcastic, the tone does not come across in English at all, so read it with a smirk.",
    "not sure about the tense here.",
    "\"{w}\" is my best guess for the dialect word here, the original is vaguer than that.",
    "this is how people in the Gulf would say it, Egyptians put it differently and my version follows the Gulf one.",
)
PLACES = ("\n\n{label} {body}", "\n{label} {body}", " {label} {body}")
ABOUT = (
    "The headline and the article say two different things.",
    "The original is a lot ruder than this, I toned it down.",
    "Literally it is closer to something else, but that is the sense of it.",
    "The writer is clearly from the Gulf, the dialect gives it away.",
    "Can't help with the other one.",
    "The original has no word for \"{w}\", it is implied.",
)
REFERENCES = (
    " (Quran 2:255)", "\n(Surah Al-Baqarah, 286)", " — Rumi", " (Bukhari)", " [Sahih Muslim]", " (Matthew 5:9)",
    " — Mahmoud Darwish", " (Naguib Mahfouz, Palace Walk)", " (Ibn Khaldun, Muqaddimah)", "\n~ Khalil Gibran, The Prophet",
)
OPEN_NOTES = (" (didn't get the second half", " (not sure about the last bit)", " (rest is unclear to me")
CLOSINGS = (" No wahala.", " Cheers!", " Hope this helps!", " Cheers mate.")


def _tails() -> dict[str, list[str]]:
    """Each family's tails after a translation ("{q}" marks where a quoted translation's closing quote goes)."""
    labelled = [p.format(label=label, body=body) for p, label, body in itertools.product(PLACES, LABELS, BODIES)]
    labelled = [t + ")" if t.lstrip().startswith("(") else t for t in labelled]
    footnotes = [f"*\n\n* {b}" for b in BODIES] + [f"[1]\n\n[1] {b}" for b in BODIES]
    return {
        "labelled note": labelled, "footnote": footnotes, "note about the text": ["\n\n" + a for a in ABOUT],
        "reference after the quote": ['{q}' + r for r in REFERENCES], "open bracket note": list(OPEN_NOTES),
        "closing": list(CLOSINGS),
    }


def real_pairs(n: int = 40) -> list[tuple[str, str]]:
    """``n`` real Tatoeba and TICO-19 pairs, half each, whose Arabic ends in a full stop and has no Latin letter, paired exactly
    when asked for with nothing after the translation (the probe measures where a found translation ends)."""
    out = []
    for ar, en in (("tatoeba-ara-eng/tatoeba-test-v2021-08-07.ara", "tatoeba-ara-eng/tatoeba-test-v2021-08-07.eng"), ("tico19/tico19-test.ar", "tico19/tico19-test.en")):
        rows = list(zip((DATA / ar).read_text(encoding="utf-8").splitlines(), (DATA / en).read_text(encoding="utf-8").splitlines()))
        random.Random(19).shuffle(rows)
        fit = [(a, e) for a, e in rows if a.rstrip().endswith(".") and e.rstrip().endswith(".") and not any("a" <= c.lower() <= "z" for c in a) and 4 <= len(e.split()) <= 30 and '"' not in e]
        out += [(a, e) for a, e in fit[: n] if _cut_exactly(a, e, "")][: n // 2]
    return out


_TALK = frozenset("word words original literally translation translate writer author article headline arabic english dialect text phrase meaning".split())


def controls(n: int = 40) -> list[tuple[str, str]]:
    """``n`` translations of two paragraphs whose second, a real Tatoeba sentence, talks about a text ("What does this word
    mean?") and has its Arabic above: the translation's own, to be kept whole."""
    rows = list(zip((DATA / "tatoeba-ara-eng/tatoeba-test-v2021-08-07.ara").read_text(encoding="utf-8").splitlines(),
                    (DATA / "tatoeba-ara-eng/tatoeba-test-v2021-08-07.eng").read_text(encoding="utf-8").splitlines()))
    talk = [(a, e) for a, e in rows if a.rstrip().endswith(".") and '"' not in e and _TALK.intersection(w.strip(".,?!").lower() for w in e.split())]
    random.Random(19).shuffle(talk)
    return [(f"{a1} {a2}", f"{e1}\n\n{e2}") for (a1, e1), (a2, e2) in zip(real_pairs(n), talk[:n])]


def _cut_exactly(arabic: str, english: str, tail: str, same_comment: bool = False) -> bool:
    """The translation asked for in a reply (or under the Arabic in its comment), with ``tail`` after it, is paired with
    its span ending where it ends."""
    word = max(english.strip(".").split(), key=len)
    tail = tail.replace("{w}", word)
    answer = f'It says "{english}' + tail.replace("{q}", '"') if "{q}" in tail else english + tail
    rows = [("1", None, "A", f"{arabic}\n\n{answer}")] if same_comment else [("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "2", "C", answer)]
    found = pairs(make_thread(rows))
    return len(found) == 1 and found[0].translation is not None and found[0].translation_text == english


def probe(n: int = 40, verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Per family, (spans cut exactly, tails tried) over ``n`` real pairs, every other one in the Arabic's own comment;
    "control" counts translations kept whole. ``verbose`` prints each miss."""
    shares: dict[str, tuple[int, int]] = {}
    rng = random.Random(19)
    tried = {family: [(a, e, rng.choice(tails)) for a, e in real_pairs(n)] for family, tails in _tails().items()}
    tried["control (kept whole)"] = [(a, e, "") for a, e in controls(n)]
    for family, cases in tried.items():
        exact = 0
        for k, (a, e, t) in enumerate(cases):
            if _cut_exactly(a, e, t, k % 2 == 1):
                exact += 1
            elif verbose:
                print(f"miss {family}: {e!r} + {t!r}")
        shares[family] = (exact, len(cases))
    return shares


@pytest.mark.slow
def test_probe_cuts_the_tails_exactly(shared_data):
    """Each family of tails is cut where the translation ends in nearly every real pair, and the controls stay whole
    (2026-12-05, 40 pairs a family: at 2b0695e labelled notes 38, footnotes 18, notes about the text 35, references 40,
    open bracket notes 39, closings 40, controls 40; after 40, 40, 39, 40, 40, 40, 40)."""
    shares = probe()
    for family, (exact, tried) in shares.items():
        assert exact >= 0.9 * tried, (family, shares)
    assert shares["control (kept whole)"][0] >= shares["control (kept whole)"][1] - 1, shares


@pytest.mark.parametrize("tail", [
    "\n\nTN: the original uses a dialect word with no neat English equivalent, and I could not find a better one at all.",
    "\n\nT/N: it is a pun on the word for moon, which English cannot keep, so read the sentence with that in mind please.",
    " P.S. sorry for the late answer, I was travelling all week and had no time to look at the thread until now.",
    "*\n\n* the tourists visit it.",
    "\n\nThe headline and the article say two different things.",
])
def test_a_note_after_the_translation_is_left_out(tail):
    """A labelled note longer than ten words, a footnote and an unlabelled note about the text stayed in the span when the
    table gave a word of it for the Arabic ("tourists", "two")."""
    english = "This place lies in the old city, and two tourists visit it." + tail
    cut = len("This place lies in the old city, and two tourists visit it.")
    assert extra_tail(english, 0, len(english), "هذا المكان في المدينة القديمة ويزوره سائحان اثنان") == cut


@pytest.mark.parametrize("reference", [" (Quran 2:255)", "\n(Surah Al-Baqarah, 286)", " — Rumi", " [Sahih Muslim]"])
def test_a_reference_after_the_closing_quote_is_left_out(reference):
    """The quotation ended: a reference after it is no translation, whatever name of it the Arabic seems to spell ("Al" of ال)."""
    text = f'Abdel Haleem has it as: "{PLACE_EN}"{reference}'
    start = text.index('"') + 1
    assert extra_tail(text, start, len(text), PLACE) == text.rindex('"')


def test_an_open_bracket_note_and_a_closing_are_left_out():
    """"(didn't get the second half" stayed when the Arabic had a bracket of its own and the table gave "get" for it;
    "No wahala." after a punctuated Arabic's translation stayed for the negation's "no", or when the table gave no word
    of the translation (a Maghrebi Arabic)."""
    english = "Chinese New Year (25 January) celebrations were cancelled in many places. (didn't get the second half"
    arabic = "أُلغيت احتفالات رأس السنة الصينية الجديدة (25 يناير) في عدة أماكن. لا يوجد لقاح معروف أو علاج مُحدد مضاد للفيروس."
    assert note_tail(english, 0, len(english), arabic) == english.index(" (didn't")
    closing = "I don't want to compete with anybody. No wahala."
    assert extra_tail(closing, 0, len(closing), "مانِيش باغي نتنافس مْعا حتى واحد.") == closing.index(" No")


def test_a_last_sentence_the_arabic_accounts_for_stays():
    """A translation's own note-like last sentence or paragraph stays: "Note:" of ملاحظة, a paragraph about words the Arabic
    gives ("The word is ..." of الكلمة), a closing the Arabic gives ("Thank you." of شكرا)."""
    noted = "This place lies in the old city. Note: the tourists visit it."
    assert extra_tail(noted, 0, len(noted), "هذا المكان في المدينة القديمة. ملاحظة: يزوره السياح.") == len(noted)
    thanks = "This place lies in the old city. Thank you."
    assert extra_tail(thanks, 0, len(thanks), "هذا المكان في المدينة القديمة. شكرا.") == len(thanks)


if __name__ == "__main__":  # python tests/test_pairing_ends19.py [-v]: the probe's shares (-v: each miss)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for name, (exact, tried) in probe(verbose="-v" in sys.argv).items():
        print(f"{name:28s} {exact:3d} / {tried} = {exact / tried:.2f}")


@pytest.mark.parametrize("answer", [
    "Reminds me of something my dad used to say: I can't tell you how much I love you.",
    "Kind of like the old saying: I can't tell you how much I love you.",
    "my grandma's version of this was: I can't tell you how much I love you.",
])
def test_a_lead_likening_the_arabic_to_another_saying_marks_no_translation(answer):
    """English after a lead that likens the Arabic to another saying is that saying: the verb of saying and the colon
    ("used to say:") made it "introduced as a translation" (round 16's false pair at 0.98)."""
    start = answer.index("I can't")
    assert not marked(answer, 0, len(answer))
    assert not marked(answer, start, len(answer))
    assert marked("My dad used to say: I can't tell you how much I love you.", 0, 55)


def test_a_word_of_a_handle_is_no_meaning_word():
    """"@huda_reads They were ..." was introduced as a translation by the handle's "reads" (round 16's false pair at 0.93)."""
    text = "@huda_reads They were the worst three years of my life, it was a very depressing school."
    assert not marked(text, 0, len(text))
    assert marked("@huda It reads: They were the worst three years of my life.", 0, 59)


def test_english_after_a_refusal_is_no_translation():
    """"it's personal, sorry guys. I mean I came from a school ..." by the passage's author answering a request is context,
    not the meaning (round 16's false pair at 0.90): a refusal is a non-answer as "I don't know, sorry." is."""
    rows = [
        ("c1", None, "A", "From the card my aunt sent:\n\nهو أنا مافكرتش في الموضوع ده قبل كده أوي بس أنا نفسي أسافر أصلا نفسي ولادي يتعلموا في مدرسة برا"),
        ("c2", "c1", "B", "wait what does that mean"),
        ("c3", "c2", "A", "it's personal, sorry guys. I mean I came from a school where we were all friends and it was a fun school, "
         "but then we moved to a dull school, I mean ((it was a hardworking school)) honestly, so they taught me how to study."),
    ]
    (found,) = pairs(make_thread(rows))
    assert found.translation is None
