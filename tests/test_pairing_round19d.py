"""Issue 14, forty-third round: round 19's leftovers, each form probed with wordings of its own (not the round's):

* a third reader who names one of two answers by its place and calls it right or wrong ("2nd reply is correct", "the
  top answer is a guess", "Go with the second one."), replying to either answer or to the Arabic: the answer it
  confirms is chosen where the texts alone cannot tell (two loose translations of an Egyptian line);
* a lead-in that says what the text goes as or is before a colon ("The chorus goes:", "ok so it's:"): it introduces
  the translation, which the table alone is too weak to pair;
* a clause before a frame ("for anyone wondering, the writing means ...") is the Arabic's only when the table gives
  most of its words, not one by chance ("anyone" is a loose sense of ينظر);
* a translation with one sentence more than the Arabic, that sentence last and unaccounted for ("...\\nCongrats to
  you both!!"), keeps its first sentence, even when the table knows none of its words;
* a translation of two sentences in brackets inside the writer's sentence ("My gran stitched it on a cushion (...) and
  ..."): the window leaves out the first sentence, which shares its segment with the writer's words; the span is the
  brackets' whole inside when it has the Arabic's count of sentences.

Run ``python -m pytest -s tests/test_pairing_round19d.py`` to print each probe's share."""

from __future__ import annotations

import itertools

import pytest
from test_pairing import make_thread
from test_pairing_leads17 import PLAIN
from test_pairing_round19b import EGYPTIAN

from bilingual.pairing import pairs
from bilingual.pairing.cues import marked, verdicts
from bilingual.pairing.edges import extra_lead, extra_tail
from bilingual.pairing.find import _labelled_line_end

# --- a third reader's verdict by place --------------------------------------------------------------------------
# (what the reader says, the place it confirms: 0 the first answer, 1 the second, -1 the last)
VERDICTS = [
    ("2nd reply is correct.", 1),
    ("The second translation is the right one, the first is off.", 1),
    ("Go with the second one.", 1),
    ("Second answer's spot on. The first one is wrong.", 1),
    ("Native speaker here: the latter is right.", -1),
    ("The top answer is a guess; the second one nailed it.", 1),
    ("First one is correct, the other is from google translate.", 0),
    ("The first reply is right.", 0),
    ("Trust the top answer.", 0),
    ("The second one isn't right, the first one is.", 0),
    ("1st translation is accurate.", 0),
    ("the former is right, second is made up", 0),
]


def test_a_verdict_names_the_answer_by_its_place():
    """Each wording's confirmed place; a place word in other sentences is no verdict."""
    assert all(dict(verdicts(text)).get(place) is True for text, place in VERDICTS)
    for text in ("I came second in the race.", "Second! Great song", "The first part is right", "Last time I checked it was fine."):
        assert verdicts(text) == ()


# A learner's misreading of each Egyptian line's English (EGYPTIAN's order): most of its words, a few read wrong, so that
# the texts alone can hardly tell the two answers apart.
MISREAD = [
    "honestly this whole thing made me laugh lately",
    "we used to go to the market every winter as kids",
    "i don't remember what he ate exactly but he was happy",
    "the food there was cold but a bit spicy",
    "ok we'll travel tomorrow evening god willing",
    "i just started work and can't stop anything",
    "every time i try to cook the neighbours make food",
    "that's what i wanted to eat from the start",
]


def _settled(verdict: str, place: int, to: str, k: int) -> bool:
    """Whether the answer the reader confirms is paired, the two answers loose translations of an Egyptian line (the
    right one and a misreading), the reader replying to ``to`` ("answer": the second answer, "post")."""
    arabic, english = EGYPTIAN[k % len(EGYPTIAN)]
    other = MISREAD[k % len(MISREAD)]
    first, second = (english, other) if place == 0 else (other, english)  # the confirmed one is right, wherever it stands
    rows = [
        ("1", None, "A", f"{arabic}\n\nWhat does this mean? Saw it on a wall."),
        ("2", "1", "B", f"I think it says: {first}"),
        ("3", "1", "C", f"Actually it means: {second}"),
        ("4", "3" if to == "answer" else "1", "D", verdict),
    ]
    (p,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    return p.translation is not None and p.translation_text == english


def _settled_share(step: int = 1) -> float:
    cases = list(itertools.product(VERDICTS, ("answer", "post")))[::step]
    right = sum(_settled(v, place, to, k) for k, ((v, place), to) in enumerate(cases))
    print(f"verdict by place: {right} of {len(cases)}")
    return right / len(cases)


def test_the_answer_a_third_reader_confirms_is_chosen():
    assert _settled_share(3) >= 0.85


@pytest.mark.slow
def test_probe_verdicts():
    assert _settled_share() >= 0.85


def test_an_answer_called_right_is_not_disputed_by_its_readers_verdict():
    """"The first one is not right, the second is." replying to the second answer disputes the first, not the reply it answers."""
    arabic, english = PLAIN[1]
    _, other = PLAIN[6]
    rows = [
        ("1", None, "A", f"{arabic}\n\nanyone?"),
        ("2", "1", "B", f"Maybe: {other}"),
        ("3", "1", "C", f"It says: {english}"),
        ("4", "3", "D", "The first one is not right, the second is."),
    ]
    (p,) = [p for p in pairs(make_thread(rows)) if p.passage.location.comment == "1"]
    assert p.translation is not None and p.translation.comment == "3"


# --- "goes:", "it's:" ---------------------------------------------------------------------------------------------
GOES = ["The chorus goes", "Chant goes", "the song goes", "My nan's saying goes", "It goes", "Right, so it's", "ok so it's", "It's", "basically this is", "so it is"]


def test_a_lead_saying_what_the_text_goes_as_introduces_it():
    english = "we used to go to the beach every summer as kids"
    for lead in GOES:
        text = f"{lead}: {english}"
        assert marked(text, 0, len(text)), lead
    for lead in ("The problem is", "My answer is", "The weather is"):
        text = f"{lead}: {english}"
        assert not marked(text, 0, len(text)), lead


def _goes_paired(lead: str, k: int) -> bool:
    arabic, english = EGYPTIAN[k % len(EGYPTIAN)]
    rows = [("1", None, "A", f"Heard this all night outside:\n\n{arabic}"), ("2", "1", "B", f"{lead}: {english}")]
    (p,) = pairs(make_thread(rows))
    return p.translation_text == english


def test_a_loose_translation_after_goes_or_its_is_paired():
    cases = list(enumerate(GOES * 2))
    share = sum(_goes_paired(lead, k) for k, lead in cases) / len(cases)
    print(f"'goes:' and 'it's:' before loose Egyptian English: {share:.3f} of {len(cases)}")
    assert share >= 0.95


# --- a clause before a frame ------------------------------------------------------------------------------------
# Real TICO-19 pairs (long, formal Arabic whose many words give loose senses by chance: "anyone", "asked", "curious").
LONG = [
    (
        "يُنظر إلى اكتساب المناعة باعتباره محتملاً، استنادًا إلى سلوك فيروسات كورونا الأخرى.",
        "Immunity is seen as likely, based on the behaviour of other coronaviruses.",
    ),
    (
        "طُلب من الناس البقاء في منازلهم وعدم الخروج إلا للضرورة.",
        "People were asked to stay at home and not to go out except when necessary.",
    ),
    ("ينظر العلماء في إمكانية انتقال الفيروس عبر الهواء.", "Scientists are looking at whether the virus can spread through the air."),
]
CLAUSES = ["for anyone wondering, ", "for anyone curious, ", "for those who asked, ", "in case anyone asks, ", "to whoever was wondering, "]
FRAMED = ["the writing means", "the sign says", "the text reads", "the caption means"]


def test_a_clause_before_a_frame_is_the_writers_unless_the_arabic_gives_most_of_it():
    cases = list(itertools.product(LONG, CLAUSES, FRAMED))
    cut = 0
    for (arabic, english), clause, frame in cases:
        text = f"Oh and {clause}{frame} {english}"
        cut += text[extra_lead(text, 0, len(text), arabic) :] == english
    print(f"clause before a frame: {cut} of {len(cases)}")
    assert cut / len(cases) >= 0.9


# --- one sentence more, last -------------------------------------------------------------------------------------
# Arabic of which the table knows nothing of the first sentence (rare words), then plain sentences; the English of each.
UNKNOWN_FIRST = [
    ("تتمايل السنابل الذهبية فوق التلال.", "Golden ears of wheat sway over the hills."),
    ("يتسلل الضباب الكثيف بين الأزقة.", "Thick fog creeps between the alleys."),
]
CLOSINGS = ["Congrats to you both!!", "Wishing them every happiness.", "Mabrook to the lovely couple!"]


def test_a_last_sentence_more_than_the_arabic_goes_before_a_first_one():
    cases = list(itertools.product(UNKNOWN_FIRST, range(3), CLOSINGS))
    kept = 0
    for (first_ar, first_en), j, closing in cases:
        (a1, e1), (a2, e2) = PLAIN[j], PLAIN[j + 6]
        arabic = f"{first_ar}\n{a1} {a2}"
        english = f"{first_en} {e1} {e2}"
        text = f"{english}\n{closing}"
        kept += extra_lead(text, 0, len(text), arabic) == 0
    print(f"first sentence kept before a closing: {kept} of {len(cases)}")
    assert kept / len(cases) >= 0.9


# --- a two-sentence translation in brackets inside the writer's sentence ---------------------------------------------
OUTSIDE = [
    ("My gran stitched it on a cushion years ago (", ") and it still sits on her sofa."),
    ("Our coach used to shout it before every match (", ") which never made sense to us."),
    ("The shopkeeper had it framed by the till (", "), no idea why."),
]


def _bracketed(before: str, after: str, first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether both sentences inside the brackets are paired, the first one the table knows nothing of."""
    arabic, english = f"{first[0]} {second[0]}", f"{first[1]} {second[1]}"
    rows = [("1", None, "A", arabic), ("2", "1", "A", f"{before}{english}{after}")]
    (p,) = pairs(make_thread(rows))
    return p.translation_text == english


def test_a_bracketed_translation_keeps_the_first_sentence_the_window_left_out():
    cases = list(itertools.product(OUTSIDE, UNKNOWN_FIRST, range(4)))
    kept = sum(_bracketed(before, after, first, PLAIN[j]) for (before, after), first, j in cases)
    print(f"bracketed two-sentence translation whole: {kept} of {len(cases)}")
    assert kept / len(cases) >= 0.8  # the rest: a word outside the brackets the Arabic seems to give keeps the writer's words


# --- a lower-case aside after a long translation ---------------------------------------------------------------------
ASIDES = [
    "came back for this part, it still gets me",
    "who else is back here after all these years",
    "this line never gets old honestly",
    "i could listen to this all day",
    "still gives me chills every time",
]


# Real TICO-19 pairs whose Arabic's loose senses give two or three of the asides' words by chance.
NEWS = [
    (
        "بالرغم من ذلك، ظهرت علامات واعدة في الصين بناءً على عدد الحالات الجديدة الآخذ في الانخفاض، الذي يشير إلى أن الإستراتيجيات الحالية ربما كانت تجدي نفعًا.",
        "However, promising signs have occurred in China based on the declining number of new cases, indicating the current strategies might have been working.",
    ),
    (
        "إن جهودكم قد جعلت الأمر ممكنًا، سواء كان ذلك من خلال استمرار عمل المواقع، أو حصول زملائنا على الرواتب، أو توفير السلامة لمجتمعاتنا.",
        "Your work makes this possible, whether you keep the sites stay up or our colleagues paid or our communities safe.",
    ),
    (
        "على سبيل المثال، ينطوي اكتساب جينات التشفير البروتينية المستجدة أو فقدانها على القدرة على تعديل الأنماط الظاهرية الفيروسية بدرجة كبيرة.",
        "For example, the acquisition or loss of novel protein-coding genes has the potential to drastically modify viral phenotypes.",
    ),
]


def test_a_lower_case_aside_is_left_out_unless_the_arabic_gives_most_of_it():
    """A long Arabic's loose senses give a word of the aside by chance ("back", "gets"): most of its words must be given."""
    cases = list(itertools.product([*LONG, *NEWS], ASIDES))
    cut = 0
    for (arabic, english), aside in cases:
        text = f"{english}\n\n{aside}"
        cut += text[: extra_tail(text, 0, len(text), arabic)] == english
    print(f"lower-case aside after a long translation: {cut} of {len(cases)}")
    assert cut / len(cases) >= 0.9


# --- a remark after the closing quote ---------------------------------------------------------------------------------
QUOTE_REMARKS = ["Redo it and post again 👍", "Try it once more tomorrow.", "Hope that clears it up!", "Good luck with the next one", "Sorry it took me so long"]


def test_a_remark_after_the_closing_quote_is_left_out_unless_the_arabic_gives_most_of_it():
    cases = list(itertools.product([*LONG, *NEWS, *EGYPTIAN], QUOTE_REMARKS))
    cut = 0
    for (arabic, english), remark in cases:
        text = f'Read as it should be, it says "{english}" {remark}'
        start = text.index('"') + 1
        cut += text[start : extra_tail(text, start, len(text), arabic)] == english
    print(f"remark after the closing quote: {cut} of {len(cases)}")
    assert cut / len(cases) >= 0.9


# --- a paragraph after labelled lines ---------------------------------------------------------------------------------
LABELS = [("First line: ", "Second line: "), ("Top: ", "Bottom: "), ("1st one - ", "2nd one - "), ("Line 1 = ", "Line 2 = "), ("Upper: ", "Lower: ")]
AFTERWORDS = ["So not a slogan, just the owner being funny.", "Not religious at all, just a family joke.", "No idea why, but it's not rude I promise."]


def test_a_labelled_line_ends_with_its_line():
    """A span opening a line labelled with its Arabic line's place, beside another such line, ends with its line: the
    paragraph after the last labelled line is no part of it (the window may take it in where the Arabic gives "not")."""
    for (first, second), afterword in itertools.product(LABELS, AFTERWORDS):
        text = f"{first}I tried once to work with them.\n{second}No, I cannot do that at all.\n\n{afterword}"
        for label, line in ((first, "I tried once to work with them."), (second, "No, I cannot do that at all.")):
            start = text.index(line)
            assert text[start : _labelled_line_end(text, start, len(text))] == line
    alone = "Top: I tried once to work with them.\nNo, I cannot do that at all."  # one label, no layout of labelled lines
    assert _labelled_line_end(alone, 5, len(alone)) == len(alone)
