"""Issue 14, forty-fourth round: round 14's tuned half, each form probed with wordings of its own (not the round's).
A short request that asks for the meaning with "please" ("meaning pls", "Meaning please") asks for a translation, so the
author's answer under it is an answer; a refusal told as a warning ("haha you don't want to know", "trust me, you don't
wanna know") is no answer, nor is English run on after it without an end mark ("... know The police tracked Sami down."),
which shared a name with the Arabic and was paired; a gist word before a capital leads in without a colon ("basically You
will ...", "it's like Honey is ..."), as weak a mark as brackets; "easy one." before an answer is a remark on the saying."""

from __future__ import annotations

import itertools

from test_pairing import make_thread
from test_pairing_leads17 import PLAIN

from bilingual.pairing import pairs
from bilingual.pairing.cues import is_request, lead_in, marked

MEANING = ["meaning", "Meaning", "MEANING", "the meaning", "meaning of this"]
PLEASE = [" pls", " please", " plz", " pls?", " please 🙏", " pls lol"]
NOT_REQUESTS = ["meaningless pls", "meaning well, please stop", "the meaning is clear", "no meaning in it lol"]


def test_meaning_with_please_is_a_request():
    """Every wording of "meaning" and a please (30) asks for a translation; "meaningless pls" and others do not."""
    asked = [m + p for m, p in itertools.product(MEANING, PLEASE)]
    assert all(is_request(text) for text in asked), [t for t in asked if not is_request(t)]
    assert not any(is_request(text) for text in NOT_REQUESTS)


def test_the_authors_answer_to_meaning_please_answers_it():
    """The author's reply under "meaning pls" is an answer to a request, as under "what does it say?"."""
    for (arabic, english), please in zip(PLAIN, itertools.cycle(PLEASE)):
        thread = make_thread([("1", None, "A", arabic), ("2", "1", "B", "meaning" + please), ("3", "2", "A", english)])
        (p,) = pairs(thread)
        assert p.translation_text == english and "after a request in 2" in p.reason, (please, p.reason)


LAUGHS = ["haha ", "lol ", "lmao ", "hahaha, ", ""]
REFUSALS = ["you don't want to know", "trust me, you don't want to know", "you dont wanna know", "u don't want to know",
            "you really don't want to know"]
ENDS = [" ", ". ", "\n", "! "]
# Arabic with a name, and English about someone of that name that translates none of it.
NAMED = [
    ("أضاع سامي نظاراته في المسبح.", "Sami was tracked down by the police."),
    ("لا يحب توم هذا اللون.", "Tom can't let go of the past."),
    ("استمرت ليلى في إرسال المال لسامي.", "Layla waited for the bus."),
    ("ذهب توم إلى بوسطن أمس.", "Tom made a false report."),
]


def _refused() -> list[tuple[str, str]]:
    """Every wording of a refusal with unrelated English after it: (arabic, the author's answer)."""
    cases = []
    for k, (laugh, refusal, end) in enumerate(itertools.product(LAUGHS, REFUSALS, ENDS)):
        arabic, english = NAMED[k % len(NAMED)]
        cases.append((arabic, f"{laugh}{refusal}{end}{english}"))
    return cases


def test_english_after_a_refusal_is_no_answer():
    """The author's refusal and the English after it (100 wordings) leave the passage unpaired."""
    paired = []
    for arabic, answer in _refused():
        thread = make_thread([("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "2", "A", answer)])
        paired += [answer for p in pairs(thread) if p.translation is not None]
    print(f"refusals paired: {len(paired)} of {len(_refused())}")
    assert not paired, paired[:5]


def test_a_translation_said_to_be_one_after_a_refusal_stays():
    """English the author says is the translation after all ("you don't want to know. ok fine, it says: ...") is paired."""
    for arabic, english in PLAIN[:6]:
        answer = f"haha you don't want to know. ok fine, it says: {english}"
        thread = make_thread([("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "2", "A", answer)])
        (p,) = pairs(thread)
        assert p.translation_text == english


GIST = ["basically", "Basically", "literally", "roughly", "roughly,", "it's basically", "it's roughly", "it's like", "its like",
        "this is like", "it's just like"]
BEFORE_GIST = ["", "easy one. ", "sure. ", "fun one lol. "]


def test_a_gist_word_before_a_capital_introduces_the_translation():
    """Someone else's answer "<gist word> <English>" without a colon (44 wordings, the remarks before it left out):
    the English from its own first word, introduced (2 of 44 before)."""
    cases = list(itertools.product(GIST, BEFORE_GIST))
    right = 0
    for k, (gist, before) in enumerate(cases):
        arabic, english = PLAIN[k % len(PLAIN)]
        thread = make_thread([("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", "2", "C", f"{before}{gist} {english}")])
        (p,) = pairs(thread)
        right += p.translation_text == english and "introduced as a translation" in p.reason
    print(f"gist leads paired exactly: {right} of {len(cases)}")
    assert right >= 0.9 * len(cases)


def test_a_gist_word_inside_a_sentence_is_no_lead():
    """"basically the same thing", "literally everyone says it", "it's like that": no capital after the word, no lead;
    "kind of like Tom said" compares (another saying)."""
    for text in ["basically the same thing", "literally everyone says it", "it's roughly what my dad says", "it's like that lol"]:
        assert lead_in(text, 0, len(text)) == 0
    assert not marked("kind of like Tom said it.", 0, 25)


def test_a_gist_word_marks_as_weakly_as_brackets():
    """Unrelated English after "basically" is paired less often than after "it means" (a gist word is how people open
    their own sentences too): over 132 threads of someone's reply with no request, fewer than half as many."""
    counts = {}
    for lead in ("basically", "it means"):
        counts[lead] = 0
        for shift, (k, (arabic, _)) in itertools.product(range(1, 12), enumerate(PLAIN)):
            english = PLAIN[(k + shift) % len(PLAIN)][1]
            thread = make_thread([("1", None, "A", arabic), ("2", "1", "C", f"{lead} {english}")])
            counts[lead] += any(p.translation is not None for p in pairs(thread))
    print(f"unrelated English paired: {counts}")
    assert counts["basically"] * 2 < counts["it means"]


REMARKS = ["easy one.", "Fun one lol.", "a tricky one!", "what a nice one.", "that's a good one haha.", "Tough one, honestly.",
           "such a cute one!", "classic one lol"]
NOT_REMARKS = ["One more thing.", "This one is mine.", "The good one is red.", "easy one to forget, that name."]


def test_a_word_on_the_saying_before_the_translation_is_a_remark():
    """"easy one." before an answer says something of the saying, no translation of it (a sentence left out before the
    translation cost it -1 nat); sentences that only hold "one" are not such remarks."""
    from bilingual.pairing.cues import introduces

    for remark in REMARKS:
        text = f"{remark} The dog is eating his food."
        assert introduces(text, 0, len(remark)), remark
    for sentence in NOT_REMARKS:
        text = f"{sentence} The dog is eating his food."
        assert not introduces(text, 0, len(sentence)), sentence


OWN_NOTES = ["— that's my comment translated", "(my comment translated)", "- my post above, translated",
             "(that's my comment above translated into English)", "— my post translated"]


def test_my_comment_translated_after_the_english_says_whose_it_is():
    """The writer's later comment "<English> — that's my comment translated" (5 wordings x 4 translations): the note is no
    English of the translation, and it says the English is the writer's own (introduced)."""
    for k, (note, (arabic, english)) in enumerate(itertools.product(OWN_NOTES, PLAIN[:4])):
        thread = make_thread([("1", None, "A", arabic), ("2", "1", "B", "what does it say?"), ("3", None, "C", "nice pic"),
                              ("4", None, "A", f"{english} {note}")])
        (p,) = pairs(thread)
        assert p.translation_text == english and "introduced as a translation" in p.reason, (note, p.translation_text, p.reason)
