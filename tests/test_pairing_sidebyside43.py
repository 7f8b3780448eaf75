"""Issue 14 (round 43's tuned misses, by how people write, tested on other wordings): a wiki talk page's signature as its
source writes it ("[[User:..|..]] ([[User talk:..|talk]]) 11:02, 4 June 2023 (UTC)") is markup, blanked before pairing
(find._unsigned); English quoted whole with the Arabic after it on its line, a short link between ('The mug says "..."
with the original next to it: <Arabic>'), is marked as a quote is (cues._beside_original); a learner offering their own
translation ("I would translate it as "...""), as "It means" is (edges.attempt_frame), and so does a lead ending in "as:"
("Rendered in the box as: ...", cues._AS_COLON); and the English before an Arabic
quoted inside a sentence that runs on after it ('Where can I find "<Arabic>" in the phrasebook?') is that sentence's
frame, no candidate (find._quoted_within); a quote opened after a frame marks where the translation starts, so a lead cut
inside it is given back ('Which translates to: "It's like ..."', find._quote_start), and a span holding a short lead, the
English in double quotes and a remark after them is cut to the inside of the quotes (edges.quoted_whole); a sentence run on
after a partial translation's last word, naming the part it leaves as its subject ("... for work The rest is slang"), is
the writer's note (edges._rest_named)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import _beside_original, marked
from bilingual.pairing.edges import attempt_frame, quoted_whole
from bilingual.pairing.find import _quote_start, _quoted_within, _unsigned

_SIGNED = "[[User:Mona K|Mona]] ([[User talk:Mona K|talk]]) 11:02, 4 June 2023 (UTC)"


def _paired(rows: list[tuple[str, str | None, str | None, str]]) -> str | None:
    return pairs(make_thread(rows))[0].translation_text


def test_a_wiki_signature_is_blanked_with_its_offsets_kept():
    text = f':Rough translation: "Sami was in a hospital ER." {_SIGNED}'
    out = _unsigned(text)
    assert len(out) == len(text) and out.rstrip() == ':Rough translation: "Sami was in a hospital ER."'
    assert _unsigned("--[[Special:Contributions/10.0.0.7|10.0.0.7]] 09:15, 2 May 2022 (UTC)").strip() == ""
    assert _unsigned("See [[Cairo]] and [[Help:Talk pages]].") == "See [[Cairo]] and [[Help:Talk pages]]."  # links to articles stay
    field = "{{Information\n|source={{own}}\n|author=[[User:Mona K|Mona]]\n}}"
    assert _unsigned(field) == field  # a template's field: its structure


@pytest.mark.parametrize("reply", [
    f':My rendering: "Sami was in a hospital ER." {_SIGNED}',
    f"::Sami was in a hospital ER. —{_SIGNED}",
])
def test_a_wiki_reply_pairs_without_its_signature(reply):
    rows = [("1", None, "Omar", f"== Quote ==\nThe lead cites كان سامي في غرفة استعجالات أحد المستشفيات. Anyone? {_SIGNED}"),
            ("2", "1", "Mona K", reply)]
    assert _paired(rows) == "Sami was in a hospital ER."


@pytest.mark.parametrize(("text", "beside"), [
    ('My mug says "I drink coffee every morning." with the original next to it: أشرب القهوة كل صباح. Love it.', True),
    ('The poster shows "Patience is beautiful" and, smaller, صبر جميل underneath.', True),
    ('The poster shows "Patience is beautiful". I bought it in Cairo. صبر جميل', False),  # a sentence between
    ('He said "I drink coffee" to me\nأشرب القهوة', False),  # the Arabic on another line
])
def test_english_quoted_beside_its_arabic(text, beside):
    start = text.index("My") if text.startswith("My") else text.index("The") if text.startswith("The") else 0
    end = text.index('"', text.index('"') + 1) + 1
    assert _beside_original(text, start, end) is beside
    assert marked(text, start, end) or not beside


@pytest.mark.parametrize(("text", "english"), [
    ('Great print.\n\nThe frame shows "Home is where your people are." next to the Arabic: البيت حيث ناسك. Fast shipping.',
     "Home is where your people are."),
    ('Love it.\n\nThe bookmark reads "Knowledge is light." — and, in Arabic, العلم نور. Cute.', "Knowledge is light."),
])
def test_english_quoted_before_its_arabic_is_paired(text, english):
    assert _paired([("1", None, "A", text)]) == english


@pytest.mark.parametrize(("text", "framed"), [
    ('I would translate it as "They left early."', True),
    ("My translation would be They left early.", True),
    ('I wrote "They left early." (not sure about the tense)', False),  # what they put down: a lead only
    ("I translated it as they left early", False),  # lower case after it: the words may be the translation's own
])
def test_attempt_frame(text, framed):
    assert attempt_frame(text, 0, len(text)) is framed


def test_a_learners_own_translation_after_the_arabic_is_paired():
    text = 'غادروا مبكراً.\n\nI would translate it as "They left early."\n\nAny thoughts?'
    assert _paired([("1", None, "A", text), ("2", "1", "B", "Spot on.")]) == "They left early."


@pytest.mark.parametrize(("text", "within"), [
    ('Where can I find "أين يمكنني أن أجد" in the phrasebook?', True),
    ('Does "مع السلامة" mean goodbye?', True),
    ('Translation: "Where can I find it?" "أين يمكنني أن أجده؟"', False),  # nothing runs on after it
    ("Where can I find it? أين يمكنني أن أجده؟ is what I asked", False),  # not in quote marks
])
def test_arabic_quoted_within_a_sentence(text, within):
    start = next(i for i, c in enumerate(text) if "\u0600" <= c <= "\u06ff")
    end = max(i for i, c in enumerate(text) if "\u0600" <= c <= "\u06ff") + 1
    assert _quoted_within(text, start, end) is within


def test_the_frame_of_a_quoted_arabic_is_no_translation():
    rows = [("1", None, "A", 'Where can I find "أين يمكنني أن أجد" in the phrasebook?'), ("2", "1", "B", "Page 40, I think.")]
    assert _paired(rows) is None


def test_a_lead_cut_inside_the_quote_a_frame_opens_is_given_back():
    text = 'Which translates to: "It\'s like I am talking to myself."\n\nIt is a common complaint.'
    quote = text.index('"') + 1
    end = text.index('."') + 1
    assert _quote_start(text, quote, text.index("I am"), end) == quote
    assert _quote_start(text, quote, quote, end) == quote  # nothing cut
    plain = "Which translates to: It's like I am talking to myself."
    assert _quote_start(plain, plain.index("It"), plain.index("I am"), len(plain)) == plain.index("I am")  # no quote: the cut stands
    rows = [("1", None, "A", "What does this mean? كأنني أتكلم مع نفسي."), ("2", "1", "B", text)]
    assert _paired(rows) == "It's like I am talking to myself."


@pytest.mark.parametrize(("text", "arabic", "inside"), [
    ('in English, "We went there a lot, then we stopped. Now we are back again." Loved her.',
     "روحنا هناك كتير و بعدين بطلنا و دلوقتي رجعنا تاني", True),
    ('translated: "The sea was calm that night and nobody slept." The ending drags.', "كان البحر هادئاً تلك الليلة ولم ينم أحد", True),
    ('★★★★☆\n\nThe label shows "You should be the one who answers."', "انت اللي لازم تجاوب", True),  # a rating line above the lead
    ('He said "I will come back later" and left the house.', "سأعود لاحقاً", False),  # as many words outside as in
    ('He said "I will come back later, after the prayer, with the bread" and left.', "قال سأعود لاحقاً بعد الصلاة مع الخبز وغادر", False),  # قال, غادر: its words
    ('The sign says "No smoking" in red.', "ممنوع التدخين", False),  # two words in the quotes
])
def test_quoted_whole(text, arabic, inside):
    start, end = quoted_whole(text, 0, len(text), arabic)
    if inside:
        assert text[start - 1] == '"' and text[end] == '"' and text[start:end] == text.split('"')[1]
    else:
        assert (start, end) == (0, len(text))


@pytest.mark.parametrize(("text", "introduced"), [
    ("Rendered in the box as: He behaves like he is the king.", True),
    ("We printed it on the shirts as: Home is where your people are.", True),
    ("Some words, such as: king, box and shirt.", False),  # examples
    ("Edit: He behaves like he is the king.", False),  # a label of the writer's
])
def test_a_lead_ending_in_as_and_a_colon_introduces(text, introduced):
    assert marked(text, 0, len(text)) is introduced


def test_a_wiki_reply_given_as_a_form_is_paired():
    rows = [("1", None, "A", "What is this? تصرف كأنه الملك."), ("2", "1", "B", ":Is the quote sourced?"),
            ("3", "2", "C", "::Rendered in the box as: He behaves like he is the king.")]
    assert _paired(rows) == "He behaves like he is the king."


@pytest.mark.parametrize(("arabic", "reply", "english"), [
    ('What does "أنا بصحى بدري كل يوم عشان الشغل بس ساعات بنام تاني لحد الضهر" mean?',
     "The first part means: I wake up early every day for work The rest is slang I never learned.", "I wake up early every day for work"),
    ("Translation needed: احنا روحنا البحر امبارح و الجو كان حلو اوي بس الزحمة كانت فظيعة و مش هنروح تاني",
     "First bit: we went to the sea yesterday and the weather was really nice The second half I can't make out, sorry.",
     "we went to the sea yesterday and the weather was really nice"),
])
def test_a_note_on_the_rest_run_on_after_a_partial_translation_is_cut(arabic, reply, english):
    assert _paired([("1", None, "A", arabic), ("2", "1", "B", reply)]) == english
