"""Issue 14 (round 24's tuned half; bilingual/pairing/edges.extra_lead): what a translation is wrapped in at its start
is no part of its span: a romanization of the Arabic in brackets before it ("(ana hena) I'm here"), after a lead or not;
nor is the gist said after a literal rendering ('lit. "my eye is full", i.e. I'm satisfied'), which a translation without
the literal mark keeps ("The new virus, i.e. the one ..."); nor is a long lead before a colon that ends in a verb of saying
or a word of translating ("For everyone here who can't read the script, the sign on the left says: ...", bilingual/pairing/cues.lead_in); nor
is "Translated," before a frame ("Translated, it's ...", "translated, that's ...": bilingual/pairing/edges._FRAME's manners)."""

from __future__ import annotations

import pytest
from test_pairing import make_thread

from bilingual.pairing import pairs
from bilingual.pairing.cues import inline_item, lead_in, opens, tight
from bilingual.pairing.edges import _literal_gist, _romanized_lead

# Arabic, then a romanization in brackets and its translation (the romanizations a learner types, consonants mostly)
BRACKETED = [
    ("ذهبت إلى السوق مع أمي", "(dhhbt ila alswq m' ummy) ", "I went to the market with my mum."),
    ("الطقس جميل اليوم في المدينة", "for anyone curious: [altqs jmyl alywm] ", "The weather is nice in the city today."),
    ("أحب القراءة كثيرا في المساء", "basically: (ahb alqra'a kthyra) ", "I love reading a lot in the evening."),
    ("سامي يعمل في المستشفى منذ سنتين", "In English: ( samy y'ml fy almstshfa ) ", "Sami has worked at the hospital for two years."),
]


def _translations(rows: list[tuple[str, str | None, str, str]]) -> list[str]:
    text = rows[-1][3]
    return [text[p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]


@pytest.mark.parametrize("layout", ["reply", "same comment"])
@pytest.mark.parametrize(("arabic", "wrap", "english"), BRACKETED, ids=[e for _, _, e in BRACKETED])
def test_a_romanization_in_brackets_before_the_translation_is_no_part_of_it(arabic, wrap, english, layout):
    rows = [("1", None, "A", arabic), ("2", "1", "B", wrap + english)] if layout == "reply" else [("1", None, "A", f"{arabic}\n\n{wrap}{english}")]
    assert _translations(rows) == [english]


def test_a_romanization_in_brackets_after_a_reporting_lead():
    english = "Don't forget to buy the bread."
    rows = [("1", None, "A", "لا تنس أن تشتري الخبز"), ("2", "1", "B", f"my cousin wrote (la tns an tshtry alkhbz) {english}")]
    assert _translations(rows) == [english]


def test_brackets_of_english_or_closing_elsewhere_are_no_romanization():
    arabic = "أحب القراءة كثيرا في المساء"
    for text in ("(in my own words) I love reading a lot.", "(so true) I love reading a lot.", "ahb alqra'a) I love reading a lot."):
        start = 1 if text.startswith("(") else 0
        assert _romanized_lead(text, start, len(text), arabic) == start


# a passage and a literal rendering of it with its gist after: the span is the rendering
LITERAL = [
    ("Sign over the door: البيت بيت الضيف\nLiterally: ", "the house is the house of the guest", "; in other words, make yourself at home"),
    ("He told me: الأكل جاهز على الطاولة\nlit. ", "the food is ready on the table", ", as in come and eat now"),
    ("Best line of the show: الوقت من ذهب\nliteral translation: ", "Time is made of gold", " (i.e. don't waste it)"),
]


@pytest.mark.parametrize(("before", "english", "gist"), LITERAL, ids=[e for _, e, _ in LITERAL])
def test_the_gist_after_a_literal_rendering_is_no_part_of_it(before, english, gist):
    assert _translations([("1", None, "A", before + english + gist)]) == [english]


def test_a_gist_without_a_literal_mark_stays():
    english = "The new virus, i.e. the one from the news, spreads very quickly among children."
    assert _translations([("1", None, "A", f"From the news: ينتشر الفيروس الجديد بسرعة كبيرة بين الأطفال\nTranslation: {english}")]) == [english]
    text = "literally — my heart is cold like the snow; meaning, I don't care anymore"
    assert _literal_gist(text, 12, len(text)) == text.index(";")
    assert _literal_gist(text, 0, len(text)) == len(text)  # the mark inside the span: no gist cut


LONG_LEADS = [
    "For everyone here who cannot read the script, the sign on the left of the door says: ",
    "To all my friends from the climbing club who asked me yesterday, in English: ",
    "Since a few of you asked in the comments under my last video, the caption translates to: ",
    "For the people in this group who don't speak a word of it, my aunt's message reads: ",
]


@pytest.mark.parametrize("lead", LONG_LEADS)
def test_a_long_lead_before_a_colon_is_no_part_of_the_span(lead):
    arabic, english = "أعاد سامي بناء حياته و أصبح طبيبا بارزا.", "Sami rebuilt his life and became a prominent doctor."
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", lead + english)]) == [english]
    text = lead + english
    assert text[lead_in(text, 0, len(text)) :] == english


def test_a_long_phrase_before_a_colon_without_a_word_of_saying_is_no_lead():
    text = "My teacher told us on the very first day of school last year that: Patience is the key."
    assert lead_in(text, 0, len(text)) == 0


TRANSLATED = ["Translated, it's ", "translated, that's ", "Translated, this is ", "Translated, it would be "]


@pytest.mark.parametrize("lead", TRANSLATED)
def test_translated_before_a_frame_is_no_part_of_the_span(lead):
    arabic, english = "أعاد سامي بناء حياته و أصبح طبيبا بارزا.", "Sami rebuilt his life and became a prominent doctor."
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", lead + english)]) == [english]


@pytest.mark.parametrize(("arabic", "english"), [
    ("ترجمت الرسالة إلى الإنجليزية أمس", "Translated the letter into English yesterday."),
    ("تمت ترجمة الكتاب إلى عشر لغات", "Translated into ten languages, the book became famous."),
])
def test_a_translation_opening_with_translated_keeps_it(arabic, english):
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", english)]) == [english]


SPOILED = [
    "TL (hidden so the learners in here can have a go first): >!{e}!<",
    "||{e}||",
    "try it yourself first, then check: >! {e} !<",
    ">!{e}!<\n\nthat one was tricky",
]


@pytest.mark.parametrize("wording", SPOILED)
def test_a_spoilers_marks_are_no_part_of_the_span(wording):
    arabic, english = "أعاد سامي بناء حياته و أصبح طبيبا بارزا.", "Sami rebuilt his life and became a prominent doctor."
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", wording.format(e=english))]) == [english]


def test_marks_like_a_spoilers_close_without_its_opening_stay():
    text = "I asked Tom! <3 and he said yes!<"
    assert tight(text, 0, len(text))[1] == len(text)


ITEMS = ["for the folks who asked: 1) {a} 2) {b}", "my two posts, translated: 1) {a}  2) {b}", "In English: 1. {a} 2. {b}"]


@pytest.mark.parametrize("wording", ITEMS)
def test_a_list_run_into_a_line_gives_each_passage_its_item(wording):
    a1, e1 = "أعاد سامي بناء حياته و أصبح طبيبا بارزا.", "Sami rebuilt his life and became a prominent doctor."
    a2, e2 = "لا يستطيع توم أن يقرر هل يشتري حاسوبًا جديدًا الآن أم ينتظر بضعة أشهر.", "Tom can't decide whether to buy a new computer now or wait a few more months."
    rows = [("1", None, "A", f"Morning walk. {a1}"), ("2", "1", "B", "Nice! What does the caption mean?"), ("3", None, "A", f"And the one from Sunday: {a2}"), ("4", "2", "A", wording.format(a=e1, b=e2))]
    texts = {cid: text for cid, _, _, text in rows}
    found = [texts[str(p.translation.comment)][p.translation.start : p.translation.end] for p in pairs(make_thread(rows)) if p.translation is not None]
    assert found == [e1, e2]


def test_inline_items_are_told_from_numbers_of_the_text():
    text = "captions: 1) Knowing is half the battle. 2) Sami created an alias."
    assert (inline_item(text, text.index("1)")), inline_item(text, text.index("2)"))) == (1, 2)
    text = "Chapter2) Nothing after it is."  # no item 1 before it on its line
    assert inline_item(text, text.index("2)")) == 0
    text = "Look at 1) the hat on the left."  # no item 2 on its line
    assert inline_item(text, text.index("1)")) == 0


FOOTNOTED = [
    "Door sign in the medina, it says {a}(1).\n\nFujifilm X100V, no edits. Thanks for 5k followers!\n\n(1) {e}\nCheers to my friend for translating.",
    "Calligraphy class, week 3: {a} [1]\n\nStill shaky on the long strokes. Ink from the shop downtown.\n\n[1] {e}",
    "Embroidered on my grandmother's pillow: {a}[2]\n\nTook her three whole months to finish!\n\n[2] {e}",
]


@pytest.mark.parametrize("wording", FOOTNOTED)
def test_a_translation_in_a_footnote_to_the_arabic(wording):
    arabic, english = "يا رب احفظ أهلي وأصحابي من كل شر", "May God protect my family and friends from all harm."
    text = wording.format(a=arabic, e=english)
    assert _translations([("1", None, "A", text)]) == [english]
    line = text.rindex("\n\n") + 2
    assert opens(text, line, len(text))


def test_a_footnote_to_english_opens_nothing():
    text = "يا رب احفظ أهلي\n\nMy gran said it every night (1).\n\n(1) She was from Homs."
    line = text.rindex("\n\n") + 2
    assert not opens(text, line, len(text))


@pytest.mark.parametrize("lead", ["Word for word: ", "word-for-word: ", "Translation-ish: ", "Word for word-ish: "])
def test_a_word_for_word_lead_before_a_headed_translation(lead):
    arabic, english = "القاعدة الأولى: لا تستسلم أبدا مهما حدث", "Rule one: never give up, whatever happens"
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", lead + english)]) == [english]


def test_a_heading_before_a_headed_translation_stays():
    arabic, english = "القاعدة الأولى: لا تستسلم أبدا مهما حدث", "Age: Rule one: never give up, whatever happens"
    assert _translations([("1", None, "A", arabic), ("2", "1", "B", english)]) == [english]


CHAT = [
    ("انتبه لما تقوله يا توم.", "its ", "watch what you say tom"),
    ("سامي ينتظر ليلى في المحطة منذ ساعة", "its ", "sami has been waiting for layla at the station for an hour"),
    ("لا تنس أن تشتري الخبز والحليب", "it's ", "dont forget to buy bread and milk"),
    ("إنها تمطر بشدة اليوم", "", "its raining really hard today"),
    ("هذا كتاب جميل جدا", "", "its a really nice book"),
    ("ده فيلم حلو قوي", "", "its a really good movie"),
]


@pytest.mark.parametrize(("arabic", "lead", "english"), CHAT, ids=[e for _, _, e in CHAT])
def test_a_bare_its_opening_a_lower_case_reply(arabic, lead, english):
    rows = [("1", None, "A", f"What does this say?\n\n{arabic}"), ("2", "1", "B", "can someone translate"), ("3", "2", "A", lead + english)]
    assert _translations(rows) == [english]
