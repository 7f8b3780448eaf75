"""Issue 14, forty-first round: round 19's choices of comment and passage, by form. Probes of wordings nobody wrote
down, each a small grammar put around real Tatoeba pairs:

* two or three Arabic lines and English lines each labelled with the place of the line it gives ("First line:",
  "2nd one -", "Upper:", "Bottom line =", "Line 2:"), in order or not, below the Arabic or in a reply: each line
  is paired with its own English (one passage took the first line's English for both);
* a frame that says what the text means, after a clause or chat markers ("oh and for anyone wondering, the
  writing means ...", "lol she said ..."), a reply far down: it introduces the translation (the marker);
* a lyric's line and its English on the next line keyed to the same timestamp or number ("2:46 ... / 2:46 ~ ...");
* a romanization of the Arabic offered as what it "reads" or "sounds like": no translation;
* a note that someone else wrote the Arabic ("My friend wrote it for me.") does not make the question before it
  the writer's own translation.

Run ``python tests/test_pairing_round19b.py`` to print each probe's share."""

from __future__ import annotations

import itertools

import pytest
from test_pairing import make_thread
from test_pairing_leads17 import PLAIN  # real Tatoeba pairs whose English starts with plain words

from bilingual.pairing import pairs


# --- labelled lines -------------------------------------------------------------------------------------------
FIRSTS = ["First line", "1st one", "Top line", "Upper", "Line 1", "The first one", "Top", "First bit"]
SECONDS = ["Second line", "2nd one", "Line 2", "The second one", "Bottom line", "Lower", "Last one", "Bottom"]
MARKS = [": ", " - ", " = "]


def _labelled_cases() -> list[tuple[str, str, str, bool, bool, int]]:
    """(first label, second label, mark, reversed, in a reply, pair number) for every combination."""
    combos = itertools.product(FIRSTS, SECONDS, MARKS, (False, True), (False, True))
    return [(*combo, k) for k, combo in enumerate(combos)]


def _labelled_right(first: str, second: str, mark: str, backwards: bool, reply: bool, k: int) -> bool:
    """Whether both Arabic lines are paired with their own labelled English (the choice: a label before a dash is
    left in the span, where the span's edges are another round's)."""
    (a1, e1), (a2, e2) = PLAIN[k % len(PLAIN)], PLAIN[(k + 5) % len(PLAIN)]
    lines = [f"{first}{mark}{e1}", f"{second}{mark}{e2}"]
    english = "\n".join(reversed(lines) if backwards else lines)
    arabic = f"{a1}\n{a2}"
    if reply:
        rows = [("1", None, "A", f"Two lines on a sign near my flat, what do they say?\n\n{arabic}"), ("2", "1", "B", english)]
    else:
        rows = [("1", None, "A", f"{arabic}\n\nIn English:\n{english}")]
    found = [p.translation_text or "" for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return len(found) == 2 and all(got.endswith(want) and "\n" not in got for got, want in zip(found, (e1, e2)))


def test_each_labelled_line_is_paired_with_its_own_english():
    cases = _labelled_cases()[::47]
    assert sum(_labelled_right(*case) for case in cases) / len(cases) >= 0.9


@pytest.mark.slow
def test_probe_labelled_lines():
    cases = _labelled_cases()
    assert sum(_labelled_right(*case) for case in cases) / len(cases) >= 0.9


def test_lines_without_labels_stay_one_passage():
    """English lines without labels, or labels that name no place ("Note:"), leave the Arabic one passage."""
    (a1, e1), (a2, e2) = PLAIN[0], PLAIN[3]
    for english in (f"{e1}\n{e2}", f"Note: {e1}\nEdit: {e2}"):
        found = pairs(make_thread([("1", None, "A", f"{a1}\n{a2}"), ("2", "1", "B", english)]))
        assert len([p for p in found if p.passage.location.comment == "1"]) == 1


# --- a frame that says what the text means -------------------------------------------------------------------
OPENERS = ["", "oh and ", "lol ", "ok so ", "also, "]
CLAUSES = ["", "for anyone wondering, ", "since people asked, ", "to answer the question above, "]
SUBJECTS = ["the writing", "the sign", "the caption", "the text on it", "that bit"]
VERBS = ["means", "says", "reads"]
PERSONS = ["he said", "she says", "they said", "lmao she said", "lol he said"]


def _frames() -> list[str]:
    texts = [f"{o}{c}{s} {v}" for o, c, s, v in itertools.product(OPENERS, CLAUSES, SUBJECTS, VERBS)]
    return texts + PERSONS


# Egyptian lines and loose, lower-case English of them, as a chat gives them (written for this probe): the table
# knows little of their words, so what introduces the English decides.
EGYPTIAN = [
    ("بصراحة الموضوع ده تعبني جدا الفترة اللي فاتت", "honestly this whole thing wore me out lately"),
    ("احنا كنا بنروح البحر كل صيف واحنا صغيرين", "we used to go to the beach every summer as kids"),
    ("مش فاكر هو قال ايه بالظبط بس كان متضايق", "i don't remember what he said exactly but he was upset"),
    ("الأكل هناك كان حلو بس غالي شوية", "the food there was good but a bit pricey"),
    ("خلاص هنتقابل بكرة الصبح ان شاء الله", "ok we'll meet tomorrow morning god willing"),
    ("أنا لسه مخلص الشغل ومش قادر أعمل حاجة", "i just finished work and can't do anything"),
    ("كل ما أحاول أنام الجيران يعملوا دوشة", "every time i try to sleep the neighbours make noise"),
    ("هو ده اللي كنت عايز أقوله من الأول", "that's what i wanted to say from the start"),
]


def _far_down(frame: str, k: int) -> bool:
    """Whether the English after ``frame``, four replies down under small talk, is paired from that reply."""
    arabic, english = EGYPTIAN[k % len(EGYPTIAN)]
    rows = [
        ("1", None, "A", f"Graffiti near my flat:\n{arabic}"),
        ("2", "1", "B", "Nice photo, what camera?"),
        ("3", "2", "A", "Just my phone honestly."),
        ("4", "3", "B", "Phones are ridiculous these days."),
        ("5", "4", "A", f"{frame} {english}"),
    ]
    (p,) = pairs(make_thread(rows))
    return p.translation is not None and p.translation.comment == "5"


def test_a_frame_saying_the_meaning_introduces_a_translation_far_down():
    frames = _frames()[::9]
    assert sum(_far_down(f, k) for k, f in enumerate(frames)) / len(frames) >= 0.75


@pytest.mark.slow
def test_probe_frames_far_down():
    frames = _frames()
    assert sum(_far_down(f, k) for k, f in enumerate(frames)) / len(frames) >= 0.75


def test_a_report_in_capitals_introduces_nothing():
    """"The CDC has said that ..." in a reply is a report, not a frame: unrelated English stays unpaired."""
    rows = [
        ("1", None, "A", "وفقًا لتقارير إعلامية في 1 أبريل، تلقت كوريا الجنوبية طلبات من 121 دولة مختلفة للمساعدة في اختبار الفيروس."),
        ("2", "1", "A", "Posting from my phone, sorry for the format"),
        ("3", "2", "A", 'The CDC has said that "the use of the drug for treatment of the infection" is not yet established.'),
    ]
    (p,) = pairs(make_thread(rows))
    assert p.translation is None


# --- timestamped lines ----------------------------------------------------------------------------------------
STAMPS = ["2:46", "0:31", "1:02:15", "3)", "4."]
STAMP_MARKS = ["~", "=", "-", "→", ":"]
REMARKS = ["this part gives me chills", "came back for this line", "best song ever"]


def _stamped(stamp: str, mark: str, k: int) -> bool:
    """Whether a lyric's line is paired with the English on the next line, under the same timestamp or number."""
    arabic, english = EGYPTIAN[k % len(EGYPTIAN)]
    text = f"{stamp} {arabic}\n{stamp} {mark} {english}\n\n{REMARKS[k % len(REMARKS)]}"
    (p,) = pairs(make_thread([("1", None, "A", text), ("2", "1", "B", "🔥🔥")]))
    return p.translation_text == english


def test_a_line_keyed_to_the_same_timestamp_is_the_translation():
    cases = list(itertools.product(STAMPS, STAMP_MARKS))
    assert sum(_stamped(s, m, k) for k, (s, m) in enumerate(cases)) / len(cases) >= 0.9


# --- romanizations --------------------------------------------------------------------------------------------
_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ى": "a", "ة": "a", "ء": "'", "ؤ": "'", "ئ": "'",
}
LEADS = ["It reads: ", "Sounds like ", "Pronounced ", "it says ", "Phonetically: "]


def _romanized(arabic: str) -> str:
    return "".join(_LATIN.get(c, c) for c in arabic if not "\u064b" <= c <= "\u0652")


def test_a_romanization_of_the_arabic_is_no_translation():
    wrong = 0
    for k, lead in enumerate(LEADS * 3):
        arabic, _ = PLAIN[k % len(PLAIN)]
        rows = [("1", None, "A", f"Can someone check this before I get it done?\n\n{arabic}"), ("2", "1", "B", f"{lead}{_romanized(arabic)}")]
        wrong += any(p.translation is not None for p in pairs(make_thread(rows)))
    assert wrong <= 1


def test_a_translation_after_the_same_lead_is_still_paired():
    for k, lead in enumerate(LEADS[:2]):
        arabic, english = PLAIN[k]
        rows = [("1", None, "A", f"What does this say?\n\n{arabic}"), ("2", "1", "B", f"{lead}{english}")]
        (p,) = pairs(make_thread(rows))
        assert p.translation is not None


# --- someone else's writing -----------------------------------------------------------------------------------
QUESTIONS = ["Is this tattoo correct?", "Is this spelled right?", "Does this look ok?", "Can anyone check this?"]
WRITERS = ["My friend wrote it for me.", "My sister wrote this one.", "My tattoo artist wrote it out.", "My grandma wrote it on a card."]
# Tatoeba-style sentences opening with a demonstrative, which the English "this" of the question echoes.
THIS = ["هذه التفاحة حمراء جداً.", "هذا الكتاب لي.", "هذه سيارتي.", "هذا بيتي."]


def test_a_note_that_someone_else_wrote_the_arabic_marks_no_translation():
    wrong = 0
    for k, (question, writer) in enumerate(itertools.product(QUESTIONS, WRITERS)):
        arabic = THIS[k % len(THIS)]
        rows = [("1", None, "A", f"{question} {writer}\n\n{arabic}"), ("2", "1", "B", "Spelling looks fine to me.")]
        wrong += any(p.translation is not None for p in pairs(make_thread(rows)))
    assert wrong == 0


if __name__ == "__main__":
    for name, cases, check in (
        ("labelled lines", _labelled_cases(), _labelled_right),
        ("frames far down", [(f, k) for k, f in enumerate(_frames())], _far_down),
        ("timestamped lines", [(s, m, k) for k, (s, m) in enumerate(itertools.product(STAMPS, STAMP_MARKS))], _stamped),
    ):
        print(f"{name}: {sum(check(*case) for case in cases)} / {len(cases)}")
