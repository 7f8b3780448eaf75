"""The pairing development set: threads built from real translation pairs in ../shared/data, in
the shapes commenters give translations (and the same shapes with nobody translating).

Each real pair (an Arabic sentence or utterance and its human English translation, from
Tatoeba, TICO-19 and ArzEn-ST) is set in every shape below, once as a positive (the thread holds
the translation; its comment and exact span are recorded) and once as a negative (the English
in the same places does not translate the Arabic, and nothing may be paired). Arabizi passages
are ArzEn-ST's all-Arabic rewrites spelled in Latin letters, word by word from the Jordanian
Arabizi lexicon (ATAR) where it has the word. A quarter of the pairs of each data set is held
out: their threads are marked ``held-out`` and are not looked at while tuning.

The set is written outside the repository (like the data it comes from), by default to
``~/.cache/bilingual/pairing-devset.jsonl``, one thread a line::

    {"id", "shape", "kind": "pos"|"neg", "split": "tuned"|"held-out", "source",
     "comments": [[id, parent, author, text], ...],
     "items": [{"arabic": [comment, start, end], "expected": [comment, start, end] | null}]}

Half of the Tatoeba and TICO-19 sentences are kept out of the set for the word translation table
that pairing ships (``bilingual/align/lexicon_ar_en.tsv.gz``): :func:`lexicon_pairs` says which,
``--lexicon PATH`` trains it (IBM Model 1) on them and writes it.

``--round6`` writes, apart (``~/.cache/bilingual/pairing-devset-round6.jsonl``), the shapes added in
issue 14's sixth round (an author who chats back to a request instead of translating, a translation
three replies down, the author's partial translation, a translation introduced before the Arabic),
from the same tuned and held-out pairs.

``--seeds`` writes a held-out check built from real seeds
(``~/.cache/bilingual/pairing-devset-seeds.jsonl``): seed 000's prayer and its author's own
translation in every shape above, negatives with the seed's other English (:func:`build_seeds`).

``--egyptian`` adds ArzEn-ST's train part to that training (research use only: such a table is for
measuring what Egyptian words would give, not for the package).

``--round9`` writes (``~/.cache/bilingual/pairing-devset-round9.jsonl``) the ninth round's new thread
shapes (:data:`ROUND9_SHAPES`), worded apart on the held-out part as in the seventh round; ``--round10``
(``~/.cache/bilingual/pairing-devset-round10.jsonl``) the tenth round's (:data:`ROUND10_SHAPES`), the same way;
``--round11`` (``~/.cache/bilingual/pairing-devset-round11.jsonl``) the eleventh round's (:data:`ROUND11_SHAPES`);
``--round12`` (``~/.cache/bilingual/pairing-devset-round12.jsonl``) the twelfth round's (:data:`ROUND12_SHAPES`): a
translation split over several comments, its item's ``expected`` the first part and ``continued`` the others;
``--round13`` (``~/.cache/bilingual/pairing-devset-round13.jsonl``) the thirteenth round's (:data:`ROUND13_SHAPES`): code
blocks, numbered lines, notes after the English, emoji between, edit notes, Arabizi chat, off-topic answers first;
``--round14`` (``~/.cache/bilingual/pairing-devset-round14.jsonl``) rounds 9-13's shapes worded from phrase banks
(:data:`ROUND14_BANKS`) split by phrase between the parts: no held-out thread uses a phrasing a tuned thread uses.

Run: python3 bench/pairing_devset.py [--per-shape 16] [--out PATH] [--lexicon PATH [--egyptian]] [--round6 | --round7 | --round9 | --round10 | --round11 | --round12 | --round13 | --round14 | --seeds]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import random
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset.jsonl"
ROUND6_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round6.jsonl"
ROUND7_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round7.jsonl"
ROUND9_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round9.jsonl"
ROUND10_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round10.jsonl"
ROUND11_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round11.jsonl"
ROUND12_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round12.jsonl"
ROUND13_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round13.jsonl"
ROUND14_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-round14.jsonl"
SEED = 14
HELD_OUT = 0.25  # share of each data set's pairs whose threads are held out

_TAG = regex.compile(r"\[[^\]]*\]")
_LATIN = regex.compile(r"\p{Latin}")
_ARABIC_LETTERS = regex.compile(r"\p{Arabic}")


@dataclass(frozen=True)
class Example:
    """What one thread is built from: a passage (one or two sentences), its translation sentence by
    sentence, and unrelated English from other pairs."""

    arabic: list[str]
    english: list[str]
    other: list[str]  # English of two other pairs (an unrelated reply, a wrong "translation")
    unrelated: str  # more English of another pair


Row = tuple[str, str | None, str, str]
# A shape: (example, kind) -> rows, the Arabic comment id and its text, the translating comment id
# and the translation's text in it (None on negatives).
Built = tuple[list[Row], str, str, str | None, str | None]
Shape = Callable[[Example, bool], Built]


def _join(sentences: list[str]) -> str:
    return " ".join(s.strip() for s in sentences)


def _own_reply(after: str, request: str | None) -> Shape:
    """The author answers in a reply (after a request by someone else when ``request`` is given)."""

    def build(ex: Example, pos: bool) -> Built:
        arabic = _join(ex.arabic)
        english = _join(ex.english) if pos else ex.other[0]
        answer = after.format(e=english) if pos else english  # nobody translating says nothing of the kind
        rows: list[Row] = [("1", None, "A", arabic)]
        if request:
            rows += [("2", "1", "B", request), ("3", "2", "A", answer)]
        else:
            rows.append(("2", "1", "A", answer))
        return rows, "1", arabic, rows[-1][0], english if pos else None

    return build


def _same_comment(template: str) -> Shape:
    """The translation in the passage's own comment (``{a}`` and ``{e}`` in ``template``)."""

    def build(ex: Example, pos: bool) -> Built:
        arabic = _join(ex.arabic)
        english = _join(ex.english) if pos else ex.other[0]
        text = template.format(a=arabic, e=english) if pos else f"{arabic}\n\n{english}"
        return [("1", None, "A", text)], "1", arabic, "1", english if pos else None

    return build


def _third_person(lead: str) -> Shape:
    """Someone else translates ("He says: ...") beside an unrelated reply."""

    def build(ex: Example, pos: bool) -> Built:
        arabic = _join(ex.arabic)
        english = _join(ex.english) if pos else ex.other[0]
        text = f"{lead}{english}" if pos else english
        rows = _beside_unrelated(ex, arabic, text)
        return rows, "1", arabic, "3", english if pos else None

    return build


def _reply_by_other(ex: Example, pos: bool) -> Built:
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "B", english), ("3", "1", "C", ex.other[1])]
    return rows, "1", arabic, "2", english if pos else None


def _later_top_level(ex: Example, pos: bool) -> Built:
    """The author's later top-level comment, no reply link, after an unrelated exchange."""
    arabic = _join(ex.arabic)
    english = _join(ex.english)
    last = f"For those who asked, my comment above says: {english}" if pos else ex.other[0]
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", None, "B", ex.unrelated), ("3", "2", "C", "What does the first comment say?"),
        ("4", None, "A", last),
    ]
    return rows, "1", arabic, "4", english if pos else None


def _before_the_arabic(ex: Example, pos: bool) -> Built:
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    return [("1", None, "A", f"{english}\n\n{arabic}")], "1", arabic, "1", english if pos else None


def _partial_by_other(ex: Example, pos: bool) -> Built:
    """Someone else translates the first sentence of a two-sentence passage only."""
    arabic = _join(ex.arabic)
    english = ex.english[0] if pos else ex.other[0]
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "B", "what does that mean?"), ("3", "2", "C", f"The first part says: {english}")]
    if not pos:
        rows[-1] = ("3", "2", "C", english)
    return rows, "1", arabic, "3", english if pos else None


def _quote(ex: Example, pos: bool) -> Built:
    """A reply quotes the Arabic and translates it, or quotes it and argues with it."""
    arabic = _join(ex.arabic)
    english = _join(ex.english)
    text = f"> {arabic}\n{english}" if pos else f"> {arabic}\nThat is not true at all. {ex.other[0]}"
    return [("1", None, "A", arabic), ("2", "1", "B", text)], "1", arabic, "2", english if pos else None


def _explained(ex: Example, pos: bool) -> Built:
    """The author's answer to a request: the translation, then a remark about it."""
    arabic = _join(ex.arabic)
    english = _join(ex.english)
    answer = f"{english} My grandmother used to say it." if pos else f"I don't know, sorry. {ex.other[0]}"
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "B", "translation please?"), ("3", "2", "A", answer)]
    return rows, "1", arabic, "3", english if pos else None


# What an author says to a request when not translating (a thanks, a question, an opinion), and how
# an author may open a translation ("Sure!"): the English beside a request that is no translation.
_CHAT = (
    "Thanks! I wrote it last night after the news.",
    "Why do you want to know?",
    "Honestly I think it's the most beautiful thing anyone said this year.",
    "Ask your mother, she will explain it better than me.",
    "lol it's just an old joke, don't worry about it.",
    "Google it, it's easy to find.",
    "I'm on my phone right now, I'll answer later.",
    "Glad you liked it! My grandfather taught it to me.",
)
_OPENING = ("Sure!", "Of course.", "Haha ok.", "Sure, here you go.", "No problem.")


def _pick(options: tuple[str, ...], ex: Example) -> str:
    """One of ``options``, the same for an example every time (by a hash of its Arabic)."""
    return options[zlib.crc32(ex.arabic[0].encode("utf-8")) % len(options)]


def _chat_or_answer(ex: Example, pos: bool) -> Built:
    """After a request, the author opens with a word of chat and translates, or only chats back
    (a thanks, a question, an opinion: English of the author's that translates nothing)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english)
    answer = f"{_pick(_OPENING, ex)} {english}" if pos else _pick(_CHAT, ex)
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "B", "what does this say?"), ("3", "2", "A", answer)]
    return rows, "1", arabic, "3", english if pos else None


def _deep_reply(ex: Example, pos: bool) -> Built:
    """Someone translates three replies down, under a request and a reply that does not know."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = f"I think it says: {english}" if pos else english
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", "can someone translate?"), ("3", "2", "C", "no idea, sorry"), ("4", "3", "D", text),
    ]
    return rows, "1", arabic, "4", english if pos else None


def _own_partial(ex: Example, pos: bool) -> Built:
    """The author translates the first sentence of a two-sentence passage in the same comment."""
    arabic = _join(ex.arabic)
    english = ex.english[0] if pos else ex.other[0]
    text = f"{arabic}\n\n(The first sentence means: {english})" if pos else f"{arabic}\n\n{english}"
    return [("1", None, "A", text)], "1", arabic, "1", english if pos else None


def _marked_before(ex: Example, pos: bool) -> Built:
    """The translation, introduced, before the Arabic it translates in the same comment."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = f"In English: {english}\n\nOriginal: {arabic}" if pos else f"{english}\n\n{arabic}"
    return [("1", None, "A", text)], "1", arabic, "1", english if pos else None


#: Shapes added in the sixth round of issue 14, written apart (``--round6``) so that the set above
#: stays the same thread for thread: name -> (builder, sentences of Arabic it needs).
ROUND6_SHAPES: dict[str, tuple[Shape, int]] = {
    "author chats or answers a request": (_chat_or_answer, 1),
    "translation three replies down": (_deep_reply, 1),
    "same comment, author's partial": (_own_partial, 2),
    "same comment, introduced before the Arabic": (_marked_before, 1),
}

# Issue 14, seventh round: the shapes above said in other words. Each pool's phrasings alternate
# between the tuned part (even places) and the held-out part (odd places), so that the held-out
# threads are worded in ways not looked at while tuning, as a set nobody on the team wrote would be.
_R7_REQUEST = (
    "what does this say?", "Translation?", "can someone translate pls", "english?", "What's that mean lol",
    "Meaning?", "I don't speak Arabic, what does it say?", "care to translate?", "tr pls", "What did you write?",
)
_R7_LEAD = (
    "Translation: ", "It says: ", "In English: ", "Rough translation: ", "My translation: ", "Here's the translation: ",
    "English: ", "Literally: ", "It means ", "Translated: ", "Means: ", "In english it's: ",
)
_R7_JOINED = (
    '{a} - "{e}"', "{a}\n\nEN: {e}", "{a} = {e}", "{a}\n\n({e})", "{a} [{e}]", "{a}\n\n“{e}”",
    "{a}\nEnglish: {e}", "{a} → {e}", "{a}\n\nLiterally: {e}", "{a} // {e}",
)
_R7_REMARK = (
    "Hope that helps!", "It's a famous saying here.", "Beautiful, isn't it?", "My dad says it all the time.",
    "That's the gist of it.", "You hear it a lot in Cairo.", "Took me a while to get it.", "Funny, right?",
)
_R7_THIRD = (
    "He's saying: ", "Google Translate: ", "She says ", "Per Google: ", "It roughly translates to: ", "DeepL gives: ",
    "The OP wrote: ", "Translation for those wondering: ",
)
_R7_PARTIAL = (
    "First sentence: ", "The first bit means: ", "Only got the first half: ", "The beginning says: ",
    "Part of it: ", "First line = ", "Partial translation: ", "I can only do the first part: ",
)
_R7_EDIT = (
    "translation: ", "for those asking, it means: ", "it says: ", "english version: ", "to the people asking: ",
    "here it is in English: ",
)


def _phrase(pool: tuple[str, ...], ex: Example, split: str) -> str:
    """One phrasing of ``pool`` for this example: from its even places on the tuned part, its odd
    places on the held-out part."""
    return _pick(pool[0::2] if split == "tuned" else pool[1::2], ex)


Shape7 = Callable[[Example, bool, str], Built]


def _asked(ex: Example, split: str, arabic: str, author: str, answer: str) -> list[Row]:
    """The Arabic by A, a request for its meaning under it by B, and ``answer`` by ``author`` under the request."""
    return [("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "2", author, answer)]


def _beside_unrelated(ex: Example, arabic: str, text: str) -> list[Row]:
    """The Arabic by A, an unrelated reply by B, and ``text`` by C: a third person's answer beside other talk."""
    return [("1", None, "A", arabic), ("2", "1", "B", ex.unrelated), ("3", "1", "C", text)]


def _r7_request(ex: Example, pos: bool, split: str) -> Built:
    """Someone asks in words of their own; the author answers with a lead-in of their own."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    answer = _phrase(_R7_LEAD, ex, split) + english if pos else english
    rows = _asked(ex, split, arabic, "A", answer)
    return rows, "1", arabic, "3", english if pos else None


def _r7_joined(ex: Example, pos: bool, split: str) -> Built:
    """The translation in the passage's comment, joined to it in a way of the commenter's."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R7_JOINED, ex, split).format(a=arabic, e=english) if pos else f"{arabic}\n\n{english}"
    return [("1", None, "A", text)], "1", arabic, "1", english if pos else None


def _r7_remark(ex: Example, pos: bool, split: str) -> Built:
    """After a request, the author's answer, then a remark of their own (the same remark on negatives)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    answer = f"{english} {_phrase(_R7_REMARK, ex, split)}"
    rows = _asked(ex, split, arabic, "A", answer)
    return rows, "1", arabic, "3", english if pos else None


def _r7_third(ex: Example, pos: bool, split: str) -> Built:
    """Someone else translates, introduced in words of their own, beside an unrelated reply."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R7_THIRD, ex, split) + english if pos else english
    rows = _beside_unrelated(ex, arabic, text)
    return rows, "1", arabic, "3", english if pos else None


def _r7_partial(ex: Example, pos: bool, split: str) -> Built:
    """Someone translates the first sentence of a two-sentence passage and says so in words of their own."""
    arabic = _join(ex.arabic)
    english = ex.english[0] if pos else ex.other[0]
    text = _phrase(_R7_PARTIAL, ex, split) + english if pos else english
    rows = _asked(ex, split, arabic, "C", text)
    return rows, "1", arabic, "3", english if pos else None


def _r7_edit(ex: Example, pos: bool, split: str) -> Built:
    """The author edits the post to add a translation ("EDIT: translation: ..."), or to add something
    else ("EDIT: <other English>": an edit note is no translation marker)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    lead = _phrase(_R7_EDIT, ex, split) if pos else ""
    return [("1", None, "A", f"{arabic}\n\nEDIT: {lead}{english}")], "1", arabic, "1", english if pos else None


#: Shapes of the seventh round (``--round7``): name -> (builder, sentences of Arabic it needs).
ROUND7_SHAPES: dict[str, tuple[Shape7, int]] = {
    "r7: request and answer in other words": (_r7_request, 1),
    "r7: same comment, joined otherwise": (_r7_joined, 1),
    "r7: answer then another remark": (_r7_remark, 1),
    "r7: third person in other words": (_r7_third, 1),
    "r7: partial in other words": (_r7_partial, 2),
    "r7: EDIT in the post": (_r7_edit, 1),
}

# Issue 14, ninth round: thread shapes no round before had (several passages in one comment, an
# Arabic phrase inside an English sentence, an answer in Markdown, a translation credited to a
# tool, doubt after the answer, the author's later comment worded otherwise, a translation over two
# paragraphs, an Arabic reply chain whose writers translate their own). Phrasings alternate between
# the tuned part (even places) and the held-out part (odd places), as in the seventh round.
_R9_INTERLEAVED = (
    "{a}\n{e}", "{a}\n({e})", "{a}\n- {e}", "{a}\n> {e}", "{a}\n“{e}”", "{a}\n*{e}*", "{a}\n= {e}", "{a}\n[{e}]",
)
_R9_INLINE = (
    'My grandmother always says "{a}" which means "{e}"', "Someone wrote {a} on the wall, it means {e}",
    'We say "{a}", meaning "{e}"', "The sign read {a} ({e})", 'Learned this one today: {a}, i.e. "{e}"',
    'My teacher wrote "{a}" on the board. It means: {e}', "Saw {a} on a mug, which translates to {e}",
    'The caption was "{a}" - in English "{e}"',
)
_R9_MARKDOWN = (
    "**Translation:** {e}", "*{e}*", "> {e}", "**{e}**", "__Translation__: {e}", "_{e}_", "Translation:\n\n> {e}",
    "*Translation:* {e}",
)
_R9_CREDIT = (
    "{e}\n\n(via Google Translate)", "{e} - Google Translate", "{e} (DeepL)", "{e}\n\nSource: Google Translate",
    "{e} [machine translated]", "{e} — per Google", "Google Translate says: {e} (take it with a grain of salt)",
    "{e}\n\n^ that's Google's version",
)
_R9_DOUBT = (
    "{e} (not 100% sure)", "{e}, or something like that.", "{e} I think?", "{e} - roughly", "{e}... more or less",
    "{e} (if I remember right)", "{e} Don't quote me on that.", "{e} (correct me if I'm wrong)",
)
_R9_LATER = (
    "Translation of my comment above: ", "To everyone asking what my first comment says: ", "Ok so the Arabic above means ",
    "Re my post up there - ", "My first comment in English: ", "For anyone wondering about my earlier comment, it says ",
    "Translating my own comment: ", "What I wrote above: ",
)
_R9_PARAGRAPHS = (
    "Translation:\n\n{e1}\n\n{e2}", "{e1}\n\n{e2}", "Here you go:\n{e1}\n{e2}", "In English:\n\n{e1}\n{e2}",
    "{e1}\n{e2}", "Roughly:\n\n{e1}\n\n{e2}",
)

Built9 = tuple[list[Row], list[tuple[str, str, str, str | None]]]
Shape9 = Callable[[Example, bool, str], Built9]


def _r9_interleaved(ex: Example, pos: bool, split: str) -> Built9:
    """Two passages in one comment, each followed by its translation on the next line (lyrics,
    sayings): each must be paired with its own line."""
    join = _phrase(_R9_INTERLEAVED, ex, split)
    english = ex.english if pos else ex.other
    parts = [join.format(a=a, e=e) if pos else f"{a}\n{e}" for a, e in zip(ex.arabic, english)]
    text = "\n\n".join(parts)
    return [("1", None, "A", text)], [("1", a, "1", e if pos else None) for a, e in zip(ex.arabic, english)]


def _r9_inline(ex: Example, pos: bool, split: str) -> Built9:
    """An Arabic sentence inside an English one, its meaning given in the same sentence."""
    arabic, english = _join(ex.arabic), _join(ex.english)
    text = _phrase(_R9_INLINE, ex, split).format(a=arabic, e=english) if pos else f'Saw this today, "{arabic}". {ex.other[0]}'
    return [("1", None, "A", text)], [("1", arabic, "1", english if pos else None)]


def _r9_markdown(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, the author answers in Markdown (emphasis, a quote block, a bold label)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    answer = _phrase(_R9_MARKDOWN, ex, split).format(e=english) if pos else english
    rows = _asked(ex, split, arabic, "A", answer)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r9_credit(ex: Example, pos: bool, split: str) -> Built9:
    """Someone else pastes a machine translation and says where it comes from, beside an unrelated reply."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R9_CREDIT, ex, split).format(e=english) if pos else english
    rows = _beside_unrelated(ex, arabic, text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r9_doubt(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, the author's answer followed by doubt about it (the same words on negatives)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    answer = _phrase(_R9_DOUBT, ex, split).format(e=english)
    rows = _asked(ex, split, arabic, "A", answer)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r9_later(ex: Example, pos: bool, split: str) -> Built9:
    """The author's later top-level comment, introduced in words of their own, after another thread of talk."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    last = _phrase(_R9_LATER, ex, split) + english if pos else english
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", None, "B", ex.unrelated), ("3", "1", "C", _phrase(_R7_REQUEST, ex, split)),
        ("4", "2", "D", ex.other[1]), ("5", None, "A", last),
    ]
    return rows, [("1", arabic, "5", english if pos else None)]


def _r9_paragraphs(ex: Example, pos: bool, split: str) -> Built9:
    """Two Arabic sentences on two lines; after a request, the author translates them in two
    paragraphs (or lines), under a heading line or none."""
    arabic = "\n".join(a.strip() for a in ex.arabic)
    e1, e2 = (e.strip() for e in (ex.english if pos else ex.other))
    template = _phrase(_R9_PARAGRAPHS, ex, split)
    answer = template.format(e1=e1, e2=e2) if pos else f"{e1}\n\n{e2}"
    english = answer[answer.index(e1) :]
    rows = _asked(ex, split, arabic, "A", answer)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r9_chain(ex: Example, pos: bool, split: str) -> Built9:
    """An Arabic reply to an Arabic post; someone asks under the reply, its writer answers, and the
    post's author translates the post in a reply of their own further down: each passage has its own."""
    e1, e2 = (e.strip() for e in (ex.english if pos else ex.other))
    a1, a2 = (a.strip() for a in ex.arabic)
    rows: list[Row] = [
        ("1", None, "A", a1), ("2", "1", "D", a2), ("3", "2", "B", _phrase(_R7_REQUEST, ex, split)), ("4", "3", "D", e2),
        ("5", "1", "A", e1),
    ]
    return rows, [("1", a1, "5", e1 if pos else None), ("2", a2, "4", e2 if pos else None)]


#: Shapes of the ninth round (``--round9``): name -> (builder, sentences of Arabic it needs).
ROUND9_SHAPES: dict[str, tuple[Shape9, int]] = {
    "r9: two passages, each with its line": (_r9_interleaved, 2),
    "r9: Arabic inside an English sentence": (_r9_inline, 1),
    "r9: answer in Markdown": (_r9_markdown, 1),
    "r9: machine translation credited": (_r9_credit, 1),
    "r9: answer then doubt": (_r9_doubt, 1),
    "r9: later top-level in other words": (_r9_later, 1),
    "r9: translation in two paragraphs": (_r9_paragraphs, 2),
    "r9: Arabic reply chain, each translates": (_r9_chain, 2),
}

# Issue 14, tenth round: thread shapes from the list that no round had (a reply quoting
# part of the Arabic, "Translation:" as a comment of its own, a third person answering someone
# else's request, an answer after an off-topic reply, bullet lists, emoji, Arabic and English line
# by line, replies that only ask). Phrasings (and, for the off-topic reply, where the answer hangs)
# alternate between the tuned part (even places) and the held-out part (odd places).
_R10_QUOTE_PART = (
    "> {a}\n\n{e}", '"{a}" = {e}', "> {a}\n\nThat line means: {e}", "> {a}\n{e}", '"{a}"\n\nThis bit says {e}',
    "> {a}\n\n^ {e}", "> {a}\n\nIn English: {e}", '“{a}” means “{e}”',
)
_R10_ARGUE = (
    "That is not true at all.", "Source?", "Nobody says that anymore.", "Hard disagree.", "Lol no.",
    "This is exactly the problem.",
)
_R10_HEADING = (
    "Translation:", "English below 👇", "Translation in the reply", "(translation)", "Eng version:",
    "For the non-Arabic speakers:", "Here's what it means:", "Translated ↓",
)
_R10_NOT_HEADING = ("edit: typo", "brb", "Posting from my phone, sorry for the format", "Anyway.")
_R10_BULLET = ("- ", "• ", "* ", "· ", "– ", "▪ ")
_R10_EMOJI = (
    "{e} 😂", "{e} ❤️❤️❤️", "😂😂 {e}", "{e} 🙏🏼", "✨{e}✨", "{e} 👍", "🇪🇬 {e}", "{e} 😅😅😅",
)
_R10_ARABIC_EMOJI = ("{a} 🤲", "{a} ❤️", "{a} 😂😂", "🌙 {a}")
_R10_LINES = ("{a}\n{e}", "{a}\n- {e}", "{a}\n({e})", "{a}\n> {e}", "{a}\n= {e}", "{a}\n“{e}”")
_R10_ALSO_ASKING = (
    "+1, what does it say?", "Same question, translation please?", "Also curious what it means",
    "Can someone translate? I'd like to know too", "what does this mean??", "english pls, I wanna know too",
)


def _r10_quote_part(ex: Example, pos: bool, split: str) -> Built9:
    """A reply quotes the first sentence of a two-sentence passage and translates that sentence (a
    partial translation), or quotes it and argues with it."""
    a1 = ex.arabic[0].strip()
    arabic = _join(ex.arabic)
    english = ex.english[0].strip() if pos else ex.other[0].strip()
    template = _phrase(_R10_QUOTE_PART, ex, split)
    text = template.format(a=a1, e=english) if pos else f"> {a1}\n\n{_phrase(_R10_ARGUE, ex, split)} {english}"
    return [("1", None, "A", arabic), ("2", "1", "B", text)], [("1", arabic, "2", english if pos else None)]


def _r10_heading(ex: Example, pos: bool, split: str) -> Built9:
    """The author replies with a heading alone ("Translation:", "English below"), then the English in
    a reply to it; negatives: a word of chat instead of the heading, and English of another pair."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    head = _phrase(_R10_HEADING, ex, split) if pos else _phrase(_R10_NOT_HEADING, ex, split)
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "A", head), ("3", "2", "A", english)]
    return rows, [("1", arabic, "3", english if pos else None)]


def _r10_third_answers(ex: Example, pos: bool, split: str) -> Built9:
    """Someone asks; a third person answers the asker with the translation, unmarked, beside an
    unrelated reply to the post."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "1", "D", ex.unrelated),
        ("4", "2", "C", english),
    ]
    return rows, [("1", arabic, "4", english if pos else None)]


def _r10_after_off_topic(ex: Example, pos: bool, split: str) -> Built9:
    """Someone asks, someone else replies off topic, then the author answers: beside the off-topic
    reply on the tuned part, under it on the held-out part."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    parent = "2" if split == "tuned" else "3"
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "2", "C", ex.other[1]),
        ("4", parent, "A", english),
    ]
    return rows, [("1", arabic, "4", english if pos else None)]


def _r10_bullets(ex: Example, pos: bool, split: str) -> Built9:
    """Two Arabic sentences as a bulleted list; the author translates them as the same list in a reply."""
    mark = _phrase(_R10_BULLET, ex, split)
    a1, a2 = (a.strip() for a in ex.arabic)
    e1, e2 = (e.strip() for e in (ex.english if pos else ex.other))
    arabic = f"{a1}\n{mark}{a2}"
    english = f"{e1}\n{mark}{e2}"
    rows: list[Row] = [("1", None, "A", f"{mark}{arabic}"), ("2", "1", "A", f"{mark}{english}")]
    return rows, [("1", arabic, "2", english if pos else None)]


def _r10_emoji(ex: Example, pos: bool, split: str) -> Built9:
    """Arabic with an emoji; after a request, the author's answer with emoji around it (the span is
    the words: first to last)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    post = _phrase(_R10_ARABIC_EMOJI, ex, split).format(a=arabic)
    answer = _phrase(_R10_EMOJI, ex, split).format(e=english)
    rows = _asked(ex, split, post, "A", answer)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r10_lines(ex: Example, pos: bool, split: str) -> Built9:
    """Arabic and English line by line, no blank line between (a line of Arabic, its English, the next
    line...): each Arabic line is paired with the line after it."""
    join = _phrase(_R10_LINES, ex, split)
    english = ex.english if pos else ex.other
    a1, a2 = (a.strip() for a in ex.arabic)
    e1, e2 = (e.strip() for e in english)
    parts = [join.format(a=a, e=e) if pos else f"{a}\n{e}" for a, e in ((a1, e1), (a2, e2))]
    return [("1", None, "A", "\n".join(parts))], [("1", a1, "1", e1 if pos else None), ("1", a2, "1", e2 if pos else None)]


def _r10_only_asking(ex: Example, pos: bool, split: str) -> Built9:
    """Replies that only ask (a request, then another reader asking too); the author answers the first
    (on negatives a third reader asks again: nothing there translates anything)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english)
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "1", "C", _phrase(_R10_ALSO_ASKING, ex, split)),
        ("4", "2", "A", english) if pos else ("4", "2", "D", _phrase(_R10_ALSO_ASKING[::-1], ex, split)),
    ]
    return rows, [("1", arabic, "4", english if pos else None)]


#: Shapes of the tenth round (``--round10``): name -> (builder, sentences of Arabic it needs).
ROUND10_SHAPES: dict[str, tuple[Shape9, int]] = {
    "r10: reply quotes one sentence, translates it": (_r10_quote_part, 2),
    "r10: Translation: as a comment of its own": (_r10_heading, 1),
    "r10: third person answers another's request": (_r10_third_answers, 1),
    "r10: answer after an off-topic reply": (_r10_after_off_topic, 1),
    "r10: bulleted list": (_r10_bullets, 2),
    "r10: emoji around the answer": (_r10_emoji, 1),
    "r10: Arabic and English line by line": (_r10_lines, 2),
    "r10: replies that only ask": (_r10_only_asking, 1),
}

# Issue 14, eleventh round: thread layouts no round generated (a wrong translation quoted and
# corrected, a partial one completed, a translation in another order than the Arabic, a translation
# inside a longer English comment, one of two passages translated, "here's the original:" after the
# English, the Arabic in a reply to its own translation, an "EDIT:" after other talk, replies that
# argue about the Arabic in translation words). Phrasings alternate between the tuned part (even
# places) and the held-out part (odd places), as in the seventh round.
_R11_WRONG = ("It says: ", "Translation: ", "I think it means ", "Roughly: ", "It means ", "Google says: ")
_R11_CORRECT = (
    "That's not accurate, it means: ", "Not quite. It actually says: ", "No, it means ", "Close, but it's more like: ",
    "That's wrong. Correct translation: ", "Nope, it says ", "Correction: ", "Not really, it means ",
)
_R11_ARGUE = (
    "That's not what it means at all.", "Where did you get that?", "You clearly don't speak Arabic.",
    "Not even close lol.", "I don't think that's right.", "Bad translation.",
)
_R11_FULL = (
    "Here's all of it: ", "The whole thing: ", "Full translation: ", "You missed the second half. All of it: ",
    "Both sentences: ", "The complete version: ",
)
_R11_ORDER = (
    "Second one: {e2}\nFirst one: {e1}", "{e2}\n\n{e1}", "The last part means {e2}\n\nThe first part means {e1}",
    "2) {e2}\n1) {e1}", "Bottom one: {e2}\nTop one: {e1}", "{e2}\n\nAnd the first: {e1}",
)
_R11_BEFORE = (
    "I don't know, I'm just here for the comments.", "Great thread btw.", "I lived in Cairo for two years.",
    "My Arabic is rusty but here goes.", "Funny, my mother sends me stuff like this.", "Took a while, sorry.",
)
_R11_INSIDE = ("Anyway, it means: ", "It says ", "Basically: ", "What it says is: ", "So it translates to: ", "Meaning: ")
_R11_AFTER = (
    "Hope that clears it up.", "Anyway, great post.", "Not sure why people are downvoting.", "Cheers!",
    "Took me back to school.", "Have a good one.",
)
_R11_ONE_OF_TWO = (
    "The second part means: {e}", "Only know the last line: {e}", "The bottom one says {e}",
    "Can't read the first bit, but the second says: {e}", "Second paragraph: {e}", "Last line = {e}",
)
_R11_ORIGINAL = (
    "{e}\n\nHere's the original:\n{a}", "{e}\n\n(original: {a})", "{e}\n\nOriginal Arabic: {a}",
    "{e}\n\nThe original:\n\n{a}", "{e}\n\nIn Arabic: {a}", "{e}\n\nSource text:\n{a}",
)
_R11_ORIGINAL_REPLY = ("Here's the original: {a}", "Original: {a}", "The original Arabic: {a}", "In Arabic:\n{a}")
_R11_EDIT = (
    "EDIT: added a translation since people asked:\n\n{e}", "ETA translation: {e}",
    "EDIT 2 - translation for the non Arabic speakers: {e}", "Edit: English below\n\n{e}",
    "edit - english: {e}", "EDIT: Translation for those asking\n{e}",
)
_R11_CHAT = (
    "Can't believe this happened today.", "Posting this for my grandmother.", "Saw this on the way to work.",
    "My friend sent me this.",
)
_R11_TALK = (
    "I don't think that's what the Quran says.", "Is this a translation of something?", "This is not what it means in context.",
    "People always misquote this.", "Translations never get this right.", "The meaning is lost in English.",
    "I can't translate it but I know the song.", "Whoever wrote this has never been to Egypt.",
)


def _r11_quoted_corrected(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, a third person gives a wrong translation (another pair's English), and a
    fourth quotes it and corrects it; on negatives the fourth quotes it and argues with other English."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    wrong = ex.other[1].strip()
    text = (
        f"> {wrong}\n\n{_phrase(_R11_CORRECT, ex, split)}{english}" if pos else f"> {wrong}\n\n{_phrase(_R11_ARGUE, ex, split)} {english}"
    )
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)),
        ("3", "2", "C", _phrase(_R11_WRONG, ex, split) + wrong), ("4", "3", "D", text),
    ]
    return rows, [("1", arabic, "4", english if pos else None)]


def _r11_partial_completed(ex: Example, pos: bool, split: str) -> Built9:
    """A third person translates the first sentence of a two-sentence passage only, unannounced, and
    another gives the whole translation under it: the whole one is the pair; negatives: other English."""
    arabic = _join(ex.arabic)
    e1 = ex.english[0].strip() if pos else ex.other[0].strip()
    english = _join(ex.english) if pos else ex.other[1].strip()
    full = _phrase(_R11_FULL, ex, split) + english if pos else english
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "2", "C", e1), ("4", "3", "D", full)]
    return rows, [("1", arabic, "4", english if pos else None)]


def _r11_other_order(ex: Example, pos: bool, split: str) -> Built9:
    """Two Arabic paragraphs (two passages); the author's reply translates them last first."""
    a1, a2 = (a.strip() for a in ex.arabic)
    e1, e2 = (e.strip() for e in (ex.english if pos else ex.other))
    answer = _phrase(_R11_ORDER, ex, split).format(e1=e1, e2=e2) if pos else f"{e2}\n\n{e1}"
    rows: list[Row] = [("1", None, "A", f"{a1}\n\n{a2}"), ("2", "1", "A", answer)]
    return rows, [("1", a1, "2", e1 if pos else None), ("1", a2, "2", e2 if pos else None)]


def _r11_inside(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, a third person's longer comment: unrelated talk, the translation, a remark
    (the same talk around other English on negatives)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    lead = _phrase(_R11_INSIDE, ex, split) if pos else ""
    text = f"{_phrase(_R11_BEFORE, ex, split)} {lead}{english} {_phrase(_R11_AFTER, ex, split)}"
    rows = _asked(ex, split, arabic, "C", text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r11_one_of_two(ex: Example, pos: bool, split: str) -> Built9:
    """Two Arabic paragraphs (two passages); a reply translates the second only: the first has no pair."""
    a1, a2 = (a.strip() for a in ex.arabic)
    english = ex.english[1].strip() if pos else ex.other[0].strip()
    text = _phrase(_R11_ONE_OF_TWO, ex, split).format(e=english) if pos else english
    rows: list[Row] = [("1", None, "A", f"{a1}\n\n{a2}"), ("2", "1", "B", text)]
    return rows, [("1", a1, "2", None), ("1", a2, "2", english if pos else None)]


def _r11_original_after(ex: Example, pos: bool, split: str) -> Built9:
    """The English first, then "here's the original:" and the Arabic, in one comment."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R11_ORIGINAL, ex, split).format(a=arabic, e=english) if pos else f"{english}\n\n{arabic}"
    return [("1", None, "A", text)], [("1", arabic, "1", english if pos else None)]


def _r11_original_in_reply(ex: Example, pos: bool, split: str) -> Built9:
    """The author posts the English, then the Arabic original in a reply to it (an unrelated reply
    between them); negatives: another pair's English, and the Arabic in a reply without "original"."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    rows: list[Row] = [
        ("1", None, "A", english), ("2", "1", "B", ex.unrelated),
        ("3", "1", "A", _phrase(_R11_ORIGINAL_REPLY, ex, split).format(a=arabic) if pos else arabic),
    ]
    return rows, [("3", arabic, "1", english if pos else None)]


def _r11_edit_after_talk(ex: Example, pos: bool, split: str) -> Built9:
    """The Arabic, a line of the author's chat, then an "EDIT:" adding the translation (on negatives
    the edit adds other English)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    edit = _phrase(_R11_EDIT, ex, split).format(e=english) if pos else f"EDIT: {english}"
    text = f"{arabic}\n\n{_phrase(_R11_CHAT, ex, split)}\n\n{edit}"
    return [("1", None, "A", text)], [("1", arabic, "1", english if pos else None)]


def _r11_talk_about(ex: Example, pos: bool, split: str) -> Built9:
    """Replies that talk about the Arabic in translation words ("That's not what it means") with
    other English; on positives a third reply translates it, marked."""
    arabic = _join(ex.arabic)
    rows: list[Row] = [("1", None, "A", arabic), ("2", "1", "B", f"{_phrase(_R11_TALK, ex, split)} {ex.other[0].strip()}")]
    if pos:
        english = _join(ex.english)
        rows.append(("3", "1", "C", f"{_phrase(_R7_LEAD, ex, split)}{english}"))
        return rows, [("1", arabic, "3", english)]
    rows.append(("3", "1", "C", f"{_phrase(_R11_TALK[::-1], ex, split)} {ex.other[1].strip()}"))
    return rows, [("1", arabic, "3", None)]


#: Shapes of the eleventh round (``--round11``): name -> (builder, sentences of Arabic it needs).
ROUND11_SHAPES: dict[str, tuple[Shape9, int]] = {
    "r11: wrong translation quoted, corrected": (_r11_quoted_corrected, 1),
    "r11: partial translation, then the whole": (_r11_partial_completed, 2),
    "r11: two passages translated last first": (_r11_other_order, 2),
    "r11: translation inside a longer comment": (_r11_inside, 1),
    "r11: one of two passages translated": (_r11_one_of_two, 2),
    "r11: English, then here's the original": (_r11_original_after, 1),
    "r11: the original in a reply to the English": (_r11_original_in_reply, 1),
    "r11: EDIT after a line of chat": (_r11_edit_after_talk, 1),
    "r11: replies talk about the Arabic": (_r11_talk_about, 1),
}

# Issue 14, twelfth round: a translation split over several comments of its writer (the same author
# going on in a second reply, "(cont.)", "part 2", "1/2"), and a whole translation followed by more
# of the writer's English that goes on with nothing. Each pool holds (how the first part is written,
# how the next is), even places tuned, odd places held out, as in the seventh round.
_R12_SPLIT = (
    ("{e} (cont.)", "{e}"), ("{e}...", "...{e}"), ("{e} (1/2)", "{e} (2/2)"), ("Part 1: {e}", "Part 2: {e}"),
    ("{e}", "(cont.) {e}"), ("{e} [1/2]", "[2/2] {e}"), ("{e} (continued below)", "{e}"), ("{e}", "Continued: {e}"),
    ("{e}…", "…{e}"), ("{e} (more in the reply)", "cont'd: {e}"), ("{e}", "The rest: {e}"), ("{e}", "Rest of it: {e}"),
)
_R12_FOLLOW = (
    "Also, {e}", "Unrelated, but {e}", "Oh and {e}", "PS: {e}", "{e}", "Side note: {e}",
)

#: A twelfth-round shape: rows, and per passage (its comment, its Arabic, the parts of its translation
#: as (comment, English) in thread order, or None when it has none).
Built12 = tuple[list[Row], list[tuple[str, str, list[tuple[str, str]] | None]]]
Shape12 = Callable[[Example, bool, str], Built12]


def _split_parts(ex: Example, pos: bool, split: str, parts: int) -> list[str]:
    """The texts of a translation split over ``parts`` comments in one phrasing of :data:`_R12_SPLIT`,
    each sentence of the Arabic's English its own part (a middle part written as a next one that
    says it goes on, as the first does); on negatives other English in the same phrasing."""
    first, nxt = _phrase(tuple(pair[0] for pair in _R12_SPLIT), ex, split), _phrase(tuple(pair[1] for pair in _R12_SPLIT), ex, split)
    english = [e.strip() for e in (ex.english if pos else [*ex.other, ex.unrelated])][:parts]

    def fill(template: str, e: str, k: int) -> str:
        for old in ("1/2", "2/2"):
            template = template.replace(old, f"{k}/{parts}")
        return template.replace("Part 1", f"Part {k}").replace("Part 2", f"Part {k}").format(e=e)

    out = [fill(first, english[0], 1)]
    for k in range(2, parts + 1):
        text = fill(nxt, english[k - 1], k)
        if k < parts and first.startswith("{e}") and first != "{e}" and nxt.endswith("{e}"):
            text = first.replace("{e}", "{x}").replace("1/2", f"{k}/{parts}").format(x=text)
        out.append(text)
    return out


def _r12_split(parent_of_next: str, request: bool, parts: int = 2) -> Shape12:
    """The passage's author answers (after a request when ``request``) in ``parts`` comments, each
    next one a reply to the one before (``parent_of_next`` "previous") or to the same comment as the
    first ("same")."""

    def build(ex: Example, pos: bool, split: str) -> Built12:
        arabic = _join(ex.arabic)
        rows: list[Row] = [("1", None, "A", arabic)]
        if request:
            rows.append(("2", "1", "B", _phrase(_R7_REQUEST, ex, split)))
        top = rows[-1][0]
        texts = _split_parts(ex, pos, split, parts)
        for k, text in enumerate(texts):
            cid = str(len(rows) + 1)
            parent = top if k == 0 or parent_of_next == "same" else rows[-1][0]
            rows.append((cid, parent, "A", text))
        english = [e.strip() for e in ex.english]
        answer = [(rows[-parts + k][0], english[k]) for k in range(parts)] if pos else None
        return rows, [("1", arabic, answer)]

    return build


def _r12_follow_up(ex: Example, pos: bool, split: str) -> Built12:
    """After a request the author translates the whole in one reply, then replies to it with more
    English that goes on with nothing (not a part of the translation); negatives: other English."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "2", "A", english),
        ("4", "3", "A", _phrase(_R12_FOLLOW, ex, split).format(e=ex.other[1].strip())),
    ]
    return rows, [("1", arabic, [("3", english)] if pos else None)]


#: Shapes of the twelfth round (``--round12``): name -> (builder, sentences of Arabic it needs).
ROUND12_SHAPES: dict[str, tuple[Shape12, int]] = {
    "r12: split over two replies, the second under the first": (_r12_split("previous", True), 2),
    "r12: split over two replies to the request": (_r12_split("same", True), 2),
    "r12: author's own replies, split, no request": (_r12_split("previous", False), 2),
    "r12: split in three parts": (_r12_split("previous", True, 3), 3),
    "r12: whole translation, then a follow-up": (_r12_follow_up, 2),
}

# Issue 14, thirteenth round (helper pairacc6): thread shapes no round generated, for a fresh held-out
# part: a translation in a code block, a machine translation quoted as a block, numbered lines
# answered by numbered lines, "(my translation)" after the English, emoji between the Arabic and the
# English, an edit note inside or after the translation, Arabizi chat right after a request, an
# off-topic answer before the real one, a partial translation that says the rest is left out, a
# quote that argues before a translation, "He says" with the translation in quotation marks, the
# author's later top-level comment signed after the English, the English before the Arabic in
# brackets or after a dash. Phrasings alternate between the tuned part (even places) and the
# held-out part (odd places), as in the seventh round.
_R13_CODE = ("```\n{e}\n```", "    {e}", "`{e}`", "```text\n{e}\n```", "~~~\n{e}\n~~~", "``{e}``")
_R13_QUOTED_MT = (
    "Google Translate gives:\n> {e}", "Pasted it into Google:\n\n> {e}", "DeepL:\n> {e}", "Machine translation:\n\n>{e}",
    "> {e}\n\n(Google Translate)", "> {e}\n\n— via DeepL",
)
_R13_NUMBER = ("{n}. ", "{n}) ", "({n}) ", "{n}- ", "{n}/ ", "#{n} ")
_R13_MINE = (
    "{e} (my translation)", "{e} (translated by me)", "{e} - my own translation, so not perfect", "{e} (my own rough translation)",
    "{e} [my translation]", "{e} — my translation, corrections welcome",
)
_R13_EMOJI_BETWEEN = ("{a} 😂😂 {e}", "{a} 🤣 {e}", "{a} ❤️\n{e}", "{a} 💔\n\n{e}", "{a}\n🙏\n{e}", "{a}\n👇\n{e}")
_R13_EDIT_NOTE = (
    "{e1} {e2}\n\nEDIT: typo", "{e1} {e2}\n\nedit: spelling", "{e1}\n\n(edit: typo)\n\n{e2}", "{e1} [edit: typo] {e2}",
    "{e1} {e2}\n\nEdit: fixed a word", "{e1}\n\nETA: fixed typo\n\n{e2}",
)
_R13_ARABIZI_CHAT = (
    "ana kman msh fahem 7aga", "ana bardo msh fahma", "wallahi ana kman 3ayez a3raf", "yareet 7ad yefhamna",
    "7ad yetargem law sama7to", "mafeesh 7ad by3raf english?",
)
_R13_OFF_TOPIC = (
    "It's from a song my dad used to sing.", "It's an old joke from school.", "Haha long story.",
    "Just something my aunt says.", "My cousin posted it first.", "Found it on a wall in Alexandria.",
)
_R13_ASK_AGAIN = ("Ok but what does it say?", "Sure, but what does it mean though?", "Cool, but the translation?", "And in English?")
_R13_PARTIAL_TAIL = (
    "{e} (no idea about the rest)", "{e} (the rest is beyond me)", "{e} ... can't make out the second sentence.",
    "{e} ... the second half I don't get.", "{e} - not sure about the rest", "{e} Not sure about the rest tho.",
)
_R13_QUOTE_ARGUE = (
    "Propaganda, plain and simple.", "Absolute nonsense.", "This is so wrong.", "Not this again.", "Says who?",
    "I'm tired of this kind of post.",
)
_R13_LEAD = (
    "Translation for the rest of us: ", "For non-speakers: ", "For context, it says: ", "FYI it says ", "What it says: ",
    "It translates as: ",
)
_R13_SAYS_QUOTED = (
    'He says "{e}"', "He's basically saying '{e}'", "She's saying “{e}”", 'Translation from my wife: "{e}"',
    'He wrote: "{e}"', "The guy is saying “{e}”",
)
_R13_SIGNED_LATER = (
    "{e}\n\n^ that's my post above in English", "{e} — my post, in English", "Translating my post: {e}",
    "My post above, translated: {e}", "{e} (that's what my first comment says)", "{e}\n\n(translation of what I posted)",
)
_R13_BEFORE = ('"{e}" ({a})', "{e} [{a}]", "{e}\n\n({a})", "“{e}”\n— {a}", "{e} — {a}", "{e}\n\nArabic: {a}")


def _r13_code(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, the author answers in a code block or inline code (other English the same way on negatives)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)),
        ("3", "2", "A", _phrase(_R13_CODE, ex, split).format(e=english)),
    ]
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_quoted_mt(ex: Example, pos: bool, split: str) -> Built9:
    """Someone else pastes a machine translation as a quote block, credited, beside an unrelated reply."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R13_QUOTED_MT, ex, split).format(e=english) if pos else english
    rows = _beside_unrelated(ex, arabic, text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_numbered(ex: Example, pos: bool, split: str) -> Built9:
    """Two Arabic sentences as numbered lines; after a request, the author answers with the same
    numbered lines in English (the passage's span the two lines, its translation's the two English ones)."""
    mark = _phrase(_R13_NUMBER, ex, split)
    a1, a2 = (a.strip() for a in ex.arabic)
    e1, e2 = (e.strip() for e in (ex.english if pos else ex.other))
    arabic, english = f"{a1}\n{mark.format(n=2)}{a2}", f"{e1}\n{mark.format(n=2)}{e2}"
    rows: list[Row] = [
        ("1", None, "A", f"{mark.format(n=1)}{arabic}"), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)),
        ("3", "2", "A", f"{mark.format(n=1)}{english}"),
    ]
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_mine(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, the author's answer with "(my translation)" after it; negatives: other English, no such note."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    answer = _phrase(_R13_MINE, ex, split).format(e=english) if pos else english
    rows = _asked(ex, split, arabic, "A", answer)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_emoji_between(ex: Example, pos: bool, split: str) -> Built9:
    """The translation in the passage's comment, emoji between the two (the same on negatives)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R13_EMOJI_BETWEEN, ex, split).format(a=arabic, e=english)
    return [("1", None, "A", text)], [("1", arabic, "1", english if pos else None)]


def _r13_edit_note(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, the author's two-sentence translation with an edit note after it or between
    its sentences (the span runs from the first sentence to the last); negatives: other English so."""
    arabic = _join(ex.arabic)
    e1, e2 = (e.strip() for e in (ex.english if pos else ex.other))
    answer = _phrase(_R13_EDIT_NOTE, ex, split).format(e1=e1, e2=e2)
    english = answer[answer.index(e1) : answer.rindex(e2) + len(e2)]
    rows = _asked(ex, split, arabic, "A", answer)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_arabizi_chat(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, someone chats in Arabizi (asking too: a passage nobody translates), then the
    author answers the request."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    chat = _phrase(_R13_ARABIZI_CHAT, ex, split)
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "2", "C", chat), ("4", "2", "A", english),
    ]
    return rows, [("1", arabic, "4", english if pos else None), ("3", chat, "3", None)]


def _r13_off_topic_first(ex: Example, pos: bool, split: str) -> Built9:
    """After a request the author first answers about something else; asked again, translates."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", "2", "A", _phrase(_R13_OFF_TOPIC, ex, split)),
        ("4", "3", "B", _phrase(_R13_ASK_AGAIN, ex, split)), ("5", "4", "A", english),
    ]
    return rows, [("1", arabic, "5", english if pos else None)]


def _r13_partial_tail(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, someone else translates the first of two sentences and says the rest is left
    out, after it; negatives: other English."""
    arabic = _join(ex.arabic)
    english = ex.english[0].strip() if pos else ex.other[0].strip()
    text = _phrase(_R13_PARTIAL_TAIL, ex, split).format(e=english) if pos else english
    rows = _asked(ex, split, arabic, "C", text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_argued_then_translated(ex: Example, pos: bool, split: str) -> Built9:
    """A reply quotes the whole Arabic and argues with it; a third person translates it, marked
    (negatives: other English unmarked)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R13_LEAD, ex, split) + english if pos else english
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", f"> {arabic}\n\n{_phrase(_R13_QUOTE_ARGUE, ex, split)}"), ("3", "1", "C", text),
    ]
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_says_quoted(ex: Example, pos: bool, split: str) -> Built9:
    """A third person's "He says" with the translation in quotation marks, beside an unrelated reply
    (negatives: other English in the same marks, no "He says")."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R13_SAYS_QUOTED, ex, split).format(e=english) if pos else f'"{english}"'
    rows = _beside_unrelated(ex, arabic, text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r13_signed_later(ex: Example, pos: bool, split: str) -> Built9:
    """The author's later top-level comment, the English first and a note saying it is the post, after
    a request and another exchange (no reply link); negatives: other English, no note."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    last = _phrase(_R13_SIGNED_LATER, ex, split).format(e=english) if pos else english
    rows: list[Row] = [
        ("1", None, "A", arabic), ("2", "1", "B", _phrase(_R7_REQUEST, ex, split)), ("3", None, "C", ex.unrelated),
        ("4", "3", "D", ex.other[1]), ("5", None, "A", last),
    ]
    return rows, [("1", arabic, "5", english if pos else None)]


def _r13_english_first(ex: Example, pos: bool, split: str) -> Built9:
    """The English, then the Arabic in brackets or after a dash, in one comment (negatives: other
    English, then the Arabic after a blank line)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english) if pos else ex.other[0]
    text = _phrase(_R13_BEFORE, ex, split).format(a=arabic, e=english) if pos else f"{english}\n\n{arabic}"
    return [("1", None, "A", text)], [("1", arabic, "1", english if pos else None)]


#: Shapes of the thirteenth round (``--round13``): name -> (builder, sentences of Arabic it needs).
ROUND13_SHAPES: dict[str, tuple[Shape9, int]] = {
    "r13: answer in a code block": (_r13_code, 1),
    "r13: machine translation as a quote block": (_r13_quoted_mt, 1),
    "r13: numbered lines answered by numbered lines": (_r13_numbered, 2),
    "r13: (my translation) after the English": (_r13_mine, 1),
    "r13: emoji between the Arabic and the English": (_r13_emoji_between, 1),
    "r13: edit note in or after the translation": (_r13_edit_note, 2),
    "r13: Arabizi chat after the request": (_r13_arabizi_chat, 1),
    "r13: off-topic answer, asked again, translated": (_r13_off_topic_first, 1),
    "r13: partial, the rest said to be left out": (_r13_partial_tail, 2),
    "r13: quote argued, then a translation": (_r13_argued_then_translated, 1),
    "r13: he says, in quotation marks": (_r13_says_quoted, 1),
    "r13: later top-level, the note after the English": (_r13_signed_later, 1),
    "r13: English first, the Arabic in brackets or after a dash": (_r13_english_first, 1),
}

# Issue 14, fourteenth round (helper pairacc7): the shapes of rounds 9-13, each phrase slot worded
# from a bank of many phrasings written as people write on Reddit, YouTube and X (lower case, typos,
# no punctuation, emoji, slang). Each bank is split by phrase: (tuned phrasings, held-out phrasings),
# no phrasing in both, so that the held-out part measures how rules carry to wordings nobody tuned on.
Bank = tuple[tuple[str, ...], tuple[str, ...]]
_R14_REQUEST: Bank = (
    ("what does it say", "translate pls 🙏", "english??", "can u translate this", "whats this mean",
     "someone translate?", "meaning pls", "what does that say lol", "any translation?", "eng pls"),
    ("i dont read arabic, help", "wait what does this say", "translation for us mortals?", "can anyone tell me what this means",
     "sorry, english?", "mind translating?", "huh? whats it mean", "need a translation here 😭", "plz translate",
     "what language is this and what does it say"),
)
_R14_LEAD: Bank = (
    ("translation: ", "it says: ", "in english: ", "basically ", "means: ", "it's like ", "roughly: ", "ok so it says "),
    ("Translated it: ", "english version - ", "what i wrote was: ", "tl;dr ", "in plain english: ", "it reads: ", "loosely: ",
     "short version: "),
)
_R14_THIRD: Bank = (
    ("he's saying ", "she said: ", "he says: ", "op says ", "they're saying ", "the guy said ", "it's saying ", "he means "),
    ("Dude's saying ", "what she's trying to say: ", "guy in the video says ", "she basically goes ", "the lady says: ",
     "his point: ", "Speaker says: ", "he's like "),
)
_R14_MINE: Bank = (
    ("{e} (my translation)", "{e} (translated it myself)", "{e} — my translation", "{e} (my tl)", "{e} [translation mine]",
     "{e} (own translation)", "{e} (mine, sorry if it's off)", "{e} -my translation"),
    ("{e} (i translated it, might be off)", "{e}\n\ntranslation is mine btw", "{e} (tl by me lol)", "{e} [my own tl, bear with me]",
     "{e} — translated this myself", "{e} (did this one myself)", "{e} (my attempt)", "{e}\n\n(me translating, not a pro)"),
)
_R14_DOUBT: Bank = (
    ("{e} (not sure)", "{e} i think", "{e}, roughly", "{e} (probably)", "{e}?? i think", "{e} ...or close to it", "{e} (idk 100%)",
     "{e} if i got it right"),
    ("{e} but dont hold me to it", "{e} (might be wrong lol)", "{e}, give or take", "{e} (someone fix me if im off)",
     "{e} i'm like 80% sure", "{e} (grain of salt pls)", "{e}... i believe", "{e} (pretty sure anyway)"),
)
_R14_REST: Bank = (
    ("{e} (no clue about the rest)", "{e} ... rest idk", "{e} - can't get the second part", "{e} (rest is unclear)",
     "{e} not sure about the second bit", "{e} (the rest i dont know)", "{e}... second line no idea", "{e} (can't do the rest sorry)"),
    ("{e} and the rest is lost on me", "{e} (second sentence is beyond my arabic)", "{e}, the other half idk",
     "{e} — rest is too dialect-y for me", "{e} (skipped the end, couldnt read it)", "{e} no idea what comes after tho",
     "{e} [rest missing, sorry]", "{e} ...someone else do the second part"),
)
_R14_EDIT: Bank = (
    ("{e1} {e2}\n\nedit: typo", "{e1} {e2}\n\nEDIT: spelling", "{e1}\n\n(edit: fixed typo)\n\n{e2}", "{e1} [edit: word] {e2}",
     "{e1} {e2}\n\nedit: formatting", "{e1} {e2} (edit: typo)", "{e1}\n\nedit - typo\n\n{e2}", "{e1} {e2}\n\nEdit: grammar"),
    ("{e1} {e2}\n\nedited for clarity", "{e1} {e2}\n\ne: autocorrect", "{e1} {e2}\n\n*edit: wrong word lol",
     "{e1} {e2}\n\nedit2: thanks for the gold kind stranger", "{e1}\n\n(edited, mixed up a word)\n\n{e2}",
     "{e1} {e2}\n\nEdit: fixed per comments below", "{e1} {e2}\n\nUPDATE: fixed the first line", "{e1} {e2} (edited)"),
)
_R14_SIGNED: Bank = (
    ("{e}\n\n^ my post above in english", "{e} — that's my comment translated", "my comment above in english: {e}",
     "{e} (translation of my post)", "{e}\n\nthat's what i posted above", "translating my own post: {e}", "{e} (my comment up top)",
     "{e}\n\n^ english of my first comment"),
    ("for ppl asking about my first comment: {e}", "{e}\n\n(that was my arabic comment, in english)", "{e} <- what my post says",
     "english for my post up there: {e}", "{e}\n\nthat's the translation of what i wrote", "{e} (= my comment above)",
     "{e}\n\n— me, translating myself lol", "My top comment, in english: {e}"),
)
_R14_CREDIT: Bank = (
    ("{e}\n\n(google translate)", "{e} - google translated", "google says: {e}", "{e} (deepl)", "{e} [machine translation]",
     "{e}\n\nvia google translate", "per google translate: {e}", "{e} (auto translated)"),
    ("{e}\n\nthanks google lol", "ran it through deepl: {e}", "{e} (chatgpt's translation, fwiw)",
     "{e}\n\n^ google translate so grain of salt", "translate app says {e}", "{e} (bing translator)",
     "copied into google translate and got: {e}", "{e} — google, not me"),
)
_R14_SAYS: Bank = (
    ('he says "{e}"', "she's saying '{e}'", "he said “{e}”", 'the caption says "{e}"', 'translation: "{e}"', 'they wrote "{e}"',
     "he's telling him \"{e}\"", 'my friend says it means "{e}"'),
    ('roughly she goes "{e}"', "the sign says '{e}'", "he literally said “{e}”", 'what he says is "{e}"', 'op wrote "{e}"',
     "my mom says it's \"{e}\"", 'The text reads "{e}"', 'she yells "{e}" lol'),
)
_R14_OFF_TOPIC: Bank = (
    ("it's from a movie lol", "my grandma says this", "long story haha", "it's a song", "from my uncle's wedding", "old meme",
     "it's on a shirt i bought", "a friend texted me this"),
    ("saw it on tiktok", "it's what my teacher used to yell", "inside joke sorry", "from a cartoon i watched as a kid",
     "that's my dad's favourite line", "it was on a taxi in cairo", "my coworker says it every day", "lol it's complicated"),
)
_R14_ASK_AGAIN: Bank = (
    ("ok but what does it mean", "cool but translation?", "and in english pls", "yeah but what does it say", "nice, but the meaning?",
     "but what does it SAY", "ok and it means?", "sure but english?"),
    ("that doesnt answer the question lol", "right but can you translate it", "still need the english", "so... what's it mean?",
     "you didnt say what it means 😅", "translation tho?", "ok now in english", "and that means what exactly"),
)
_R14_REMARK: Bank = (
    ("hope that helps", "It's a common saying.", "my dad says it a lot", "funny right?", "that's the gist", "classic 😂",
     "it's an expression.", "nice one btw"),
    ("we say it all the time back home", "hits different in arabic tho", "hard to translate tbh", "lol so true",
     "my teta's favourite", "makes more sense in arabic", "😂 every egyptian mom", "used to hear this every day"),
)
_R14_CHAT: Bank = (
    ("thanks!", "why do you ask?", "google it lol", "it's beautiful isn't it", "later, on my phone", "my grandpa taught me",
     "haha you don't want to know", "ask your arab friends"),
    ("omg i love that you asked", "it's personal sorry", "not important tbh", "dm me", "lmao nothing bad i promise",
     "it's a long story, maybe later", "why does everyone ask this", "you'll find out soon 😏"),
)
_R14_BRACKET: Bank = (
    ("{a} ({e})", "{a}\n({e})", "{a} [{e}]", "{a}\n\n({e})", "{a} ( {e} )", "{a}\n[{e}]", "{a}  ({e})", "{a} -({e})"),
    ("{a} (“{e}”)", "{a}\n\n[{e}]", "{a} ({e}) 🙂", "{a}\n\n( {e} )", "{a} [ {e} ]", "{a} 👉 ({e})", "{a}\n\n(( {e} ))", "{a} <{e}>"),
)
_R14_PREFACE: Bank = (
    ("my arabic is rusty but here goes.", "ok i'll try.", "not a native speaker but", "fun one.", "great thread btw.",
     "been a while since school.", "haha my mom says this.", "easy one."),
    ("lived in amman for 3 yrs so ill give it a go.", "ugh fine.", "first time commenting here!", "ok this one made me laugh.",
     "as an egyptian:", "my two cents.", "this is actually a proverb.", "sorry for the late reply."),
)
#: Every bank of the fourteenth round, by slot (each split by phrase between the parts).
ROUND14_BANKS: dict[str, Bank] = {
    "request": _R14_REQUEST, "lead-in": _R14_LEAD, "third person": _R14_THIRD, "my translation": _R14_MINE,
    "doubt": _R14_DOUBT, "rest left out": _R14_REST, "edit note": _R14_EDIT, "signed later": _R14_SIGNED,
    "machine credit": _R14_CREDIT, "says in quotation marks": _R14_SAYS, "off-topic answer": _R14_OFF_TOPIC,
    "asked again": _R14_ASK_AGAIN, "remark after": _R14_REMARK, "chat instead": _R14_CHAT, "brackets": _R14_BRACKET,
    "preface": _R14_PREFACE,
}


def _word(bank: Bank, ex: Example, split: str, slot: str) -> str:
    """One phrasing of ``bank`` for this example and slot: from its tuned phrasings on the tuned part,
    its held-out ones on the held-out part (each slot hashed apart, so that slots vary independently)."""
    options = bank[0] if split == "tuned" else bank[1]
    return options[zlib.crc32(f"{slot}/{ex.arabic[0]}".encode("utf-8")) % len(options)]


def _r14_ask(ex: Example, split: str) -> list[Row]:
    """The passage and a request under it (comments 1 and 2)."""
    return [("1", None, "A", _join(ex.arabic)), ("2", "1", "B", _word(_R14_REQUEST, ex, split, "request"))]


def _r14_lead(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, the author's answer with a lead-in (round 7, 11); negatives: other English."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    answer = _word(_R14_LEAD, ex, split, "lead") + english if pos else english
    return _r14_ask(ex, split) + [("3", "2", "A", answer)], [("1", arabic, "3", english if pos else None)]


def _r14_third(ex: Example, pos: bool, split: str) -> Built9:
    """A third person's "he says" beside an unrelated reply; negatives: other English."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    text = _word(_R14_THIRD, ex, split, "third") + english if pos else english
    rows = _beside_unrelated(ex, arabic, text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r14_note_after(bank: Bank, slot: str) -> Shape9:
    """After a request, the author's answer with a note of ``bank`` around it (round 9's doubt,
    round 13's "(my translation)"); negatives: other English, no note."""

    def build(ex: Example, pos: bool, split: str) -> Built9:
        arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
        answer = _word(bank, ex, split, slot).format(e=english) if pos else english
        return _r14_ask(ex, split) + [("3", "2", "A", answer)], [("1", arabic, "3", english if pos else None)]

    return build


def _r14_rest(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, someone else translates the first of two sentences and says the rest is
    left out (round 13); negatives: other English."""
    arabic = _join(ex.arabic)
    english = ex.english[0].strip() if pos else ex.other[0].strip()
    text = _word(_R14_REST, ex, split, "rest").format(e=english) if pos else english
    return _r14_ask(ex, split) + [("3", "2", "C", text)], [("1", arabic, "3", english if pos else None)]


def _r14_edit(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, a two-sentence answer with an edit note after it or between its sentences
    (round 13); negatives: other English with the same note."""
    arabic = _join(ex.arabic)
    e1, e2 = (e.strip() for e in (ex.english if pos else ex.other))
    answer = _word(_R14_EDIT, ex, split, "edit").format(e1=e1, e2=e2)
    english = answer[answer.index(e1) : answer.rindex(e2) + len(e2)]
    return _r14_ask(ex, split) + [("3", "2", "A", answer)], [("1", arabic, "3", english if pos else None)]


def _r14_signed(ex: Example, pos: bool, split: str) -> Built9:
    """The author's later top-level comment saying it is the post in English, after a request and an
    unrelated exchange (rounds 9, 13); negatives: other English."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    last = _word(_R14_SIGNED, ex, split, "signed").format(e=english) if pos else english
    rows = _r14_ask(ex, split) + [("3", None, "C", ex.unrelated), ("4", "3", "D", ex.other[1]), ("5", None, "A", last)]
    return rows, [("1", arabic, "5", english if pos else None)]


def _r14_credit(ex: Example, pos: bool, split: str) -> Built9:
    """Someone else's machine translation, credited, beside an unrelated reply (rounds 9, 13); negatives: other English."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    text = _word(_R14_CREDIT, ex, split, "credit").format(e=english) if pos else english
    rows = _beside_unrelated(ex, arabic, text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r14_says(ex: Example, pos: bool, split: str) -> Built9:
    """"He says" with the translation in quotation marks beside an unrelated reply (round 13);
    negatives: other English in quotation marks."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    text = _word(_R14_SAYS, ex, split, "says").format(e=english) if pos else f'"{english}"'
    rows = _beside_unrelated(ex, arabic, text)
    return rows, [("1", arabic, "3", english if pos else None)]


def _r14_off_topic(ex: Example, pos: bool, split: str) -> Built9:
    """After a request the author first answers about something else; asked again, translates (rounds 10, 13)."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    rows = _r14_ask(ex, split) + [
        ("3", "2", "A", _word(_R14_OFF_TOPIC, ex, split, "off")), ("4", "3", "B", _word(_R14_ASK_AGAIN, ex, split, "again")),
        ("5", "4", "A", english),
    ]
    return rows, [("1", arabic, "5", english if pos else None)]


def _r14_remark(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, the author's answer and a remark after it; negatives: the author chats back
    and goes on with other English (the replies that were most of the false pairs)."""
    arabic = _join(ex.arabic)
    english = _join(ex.english)
    answer = f"{english} {_word(_R14_REMARK, ex, split, 'remark')}" if pos else f"{_word(_R14_CHAT, ex, split, 'chat')} {ex.other[0].strip()}"
    return _r14_ask(ex, split) + [("3", "2", "A", answer)], [("1", arabic, "3", english if pos else None)]


def _r14_brackets(ex: Example, pos: bool, split: str) -> Built9:
    """The English in brackets after the Arabic in its comment; negatives: other English in the same
    brackets (a remark in brackets: what the brackets' weight must not pair)."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    text = _word(_R14_BRACKET, ex, split, "brackets").format(a=arabic, e=english)
    return [("1", None, "A", text)], [("1", arabic, "1", english if pos else None)]


def _r14_inside(ex: Example, pos: bool, split: str) -> Built9:
    """After a request, a third person's longer comment: a preface, a lead-in and the translation, a
    remark after (round 11); negatives: the preface, other English, the remark."""
    arabic, english = _join(ex.arabic), _join(ex.english) if pos else ex.other[0]
    lead = _word(_R14_LEAD, ex, split, "inside") if pos else ""
    text = f"{_word(_R14_PREFACE, ex, split, 'preface')} {lead}{english} {_word(_R14_REMARK, ex, split, 'after')}"
    return _r14_ask(ex, split) + [("3", "2", "C", text)], [("1", arabic, "3", english if pos else None)]


#: Shapes of the fourteenth round (``--round14``): name -> (builder, sentences of Arabic it needs).
ROUND14_SHAPES: dict[str, tuple[Shape9, int]] = {
    "r14: request, answer with a lead-in": (_r14_lead, 1),
    "r14: third person says": (_r14_third, 1),
    "r14: (my translation) after": (_r14_note_after(_R14_MINE, "mine"), 1),
    "r14: answer then doubt": (_r14_note_after(_R14_DOUBT, "doubt"), 1),
    "r14: partial, the rest left out": (_r14_rest, 2),
    "r14: edit note": (_r14_edit, 2),
    "r14: later top-level, signed": (_r14_signed, 1),
    "r14: machine translation credited": (_r14_credit, 1),
    "r14: says, in quotation marks": (_r14_says, 1),
    "r14: off-topic answer, asked again": (_r14_off_topic, 1),
    "r14: answer and remark / chat and other English": (_r14_remark, 1),
    "r14: English in brackets after the Arabic": (_r14_brackets, 1),
    "r14: lead-in inside a longer comment": (_r14_inside, 1),
}

#: Shape name -> (builder, sentences of Arabic it needs).
SHAPES: dict[str, tuple[Shape, int]] = {
    "author answers a request": (_own_reply("{e}", "what does it mean?"), 1),
    "author answers, two sentences": (_own_reply("{e}", "Please translate this post"), 2),
    "author answers, then remarks": (_explained, 1),
    "author: here is my translation": (_own_reply("Here is my translation:\n{e}", "english please"), 1),
    "author: basically": (_own_reply("Basically: {e}", "??? what does that say"), 1),
    "author's own reply": (_own_reply("{e}", None), 1),
    "reply by someone else": (_reply_by_other, 1),
    "third person: he says": (_third_person("He says: "), 1),
    "third person: google translate": (_third_person("Google Translate gives: "), 1),
    "partial, by someone else": (_partial_by_other, 2),
    "author's later top-level comment": (_later_top_level, 1),
    "same comment, next line": (_same_comment("{a}\n{e}"), 1),
    "same comment, in brackets": (_same_comment("{a} ({e})"), 1),
    "same comment, (translation: ...)": (_same_comment("{a} (translation: {e})"), 1),
    "same comment, full stop then Translation:": (_same_comment("{a}\n\nTranslation: {e}"), 1),
    "same comment, mine, not perfect": (_same_comment("{a}\n\nTranslation (mine, not perfect):\n{e}"), 1),
    "same comment, two sentences": (_same_comment("{a}\n\n{e}"), 2),
    "same comment, translation first": (_before_the_arabic, 1),
    "quote": (_quote, 1),
}
ARABIZI_SHAPES = ("author answers a request", "author's own reply", "same comment, next line")


# ------------------------------------------------------------------------------------------
# Real pairs.


def _tsv(path: Path) -> dict[str, str]:
    rows = (line.rstrip("\n").split("\t", 1) for line in path.open(encoding="utf-8"))
    return {k: _TAG.sub("", v).strip() for k, v in rows if k}


def _usable(arabic: str, english: str) -> bool:
    return 12 <= len(arabic) <= 300 and not _LATIN.search(arabic) and 8 <= len(english) and "\n" not in english


def _mt_lines() -> dict[str, list[tuple[str, str]]]:
    """Every line pair of Tatoeba and TICO-19, as they are."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, folder, ar_file, en_file in (
        ("Tatoeba", "tatoeba-ara-eng", "tatoeba-test-v2021-08-07.ara", "tatoeba-test-v2021-08-07.eng"),
        ("TICO-19", "tico19", "tico19-test.ar", "tico19-test.en"),
    ):
        path = DATA / "mt" / folder
        if (path / ar_file).exists():
            ar = (path / ar_file).read_text(encoding="utf-8").splitlines()
            en = (path / en_file).read_text(encoding="utf-8").splitlines()
            out[name] = list(zip(ar, en))
    return out


def _for_lexicon(arabic: str) -> bool:
    """Whether a Tatoeba or TICO-19 pair is kept for training the word translation table (half of
    them, by a hash of the Arabic, so that copies of a sentence fall on the same side) and out of
    the development set."""
    return zlib.crc32(arabic.strip().encode("utf-8")) % 2 == 0


def lexicon_pairs() -> list[tuple[str, str]]:
    """What the word translation table is trained on: the pairs of Tatoeba and TICO-19 that the
    development set does not use (:func:`_for_lexicon`, and every pair too short or too long for
    it), less any pair whose Arabic or English is also a sentence of the development set (Tatoeba
    translates some sentences twice). ArzEn-ST is not used: its licence is research use only, and
    the table ships with the package."""
    sources = load_sources()
    taken = {text.strip() for pairs in sources.values() for pair in pairs for text in pair}
    out = []
    for lines in _mt_lines().values():
        for a, e in lines:
            a, e = a.strip(), e.strip()
            if a and e and a not in taken and e not in taken:
                out.append((a, e))
    return out


def egyptian_pairs() -> list[tuple[str, str]]:
    """ArzEn-ST's TRAIN part (never the development set, which draws from its dev part): each
    utterance's all-Arabic Egyptian rewrite with its English translation. Research use only: a
    table trained with them (``--lexicon PATH --egyptian``) is for measuring, not for the package."""
    arzen = DATA / "codeswitch" / "arzen-st"
    if not (arzen / "train.arz.tsv").exists():
        return []
    arz, en = _tsv(arzen / "train.arz.tsv"), _tsv(arzen / "train.en.tsv")
    return [(arz[k].strip(), en[k].strip()) for k in arz if arz[k].strip() and en.get(k)]


def train_lexicon(pairs: list[tuple[str, str]], iterations: int = 8) -> tuple[dict[str, dict[str, float]], dict[str, int]]:
    """IBM Model 1 (Brown et al. 1993) by expectation-maximisation: ``t[arabic stem][english stem]``,
    the probability that the English word translates the Arabic one (:data:`NULL` for words that
    translate nothing), and the English words' counts."""
    from bilingual.align.words import NULL, arabic_tokens, english_tokens

    corpus = [([NULL, *arabic_tokens(a)], english_tokens(e)) for a, e in pairs]
    corpus = [(a, e) for a, e in corpus if len(a) > 1 and e]
    counts: dict[str, int] = {}
    for _, english in corpus:
        for w in english:
            counts[w] = counts.get(w, 0) + 1
    t: dict[str, dict[str, float]] = {}
    for arabic, english in corpus:  # uniform start over the pairs seen together
        for a in arabic:
            row = t.setdefault(a, {})
            for e in english:
                row[e] = 1.0
    for _ in range(iterations):
        expected: dict[str, dict[str, float]] = {}
        for arabic, english in corpus:
            rows = [t[a] for a in arabic]
            for e in english:
                probs = [row[e] for row in rows]
                total = sum(probs)
                for a, p in zip(arabic, probs):
                    cell = expected.setdefault(a, {})
                    cell[e] = cell.get(e, 0.0) + p / total
        t = {a: {e: c / sum(row.values()) for e, c in row.items()} for a, row in expected.items()}
    return t, counts


def write_lexicon(path: Path, t: dict[str, dict[str, float]], counts: dict[str, int], floor: float = 0.02, top: int = 12) -> None:
    """The table as the package reads it (:func:`bilingual.align.words.lexicon`): gzipped lines
    ``t<TAB>arabic<TAB>english prob english prob ...`` (each Arabic word's ``top`` likeliest English
    words from probability ``floor``) and ``c<TAB>english<TAB>count``."""
    lines = ["# bilingual word translation table, Arabic -> English (IBM Model 1); see bilingual/align/NOTICE.md"]
    for a in sorted(t):
        best = sorted(((p, e) for e, p in t[a].items() if p >= floor), reverse=True)[:top]
        if best:
            lines.append(f"t\t{a}\t" + " ".join(f"{e} {p:.3g}" for p, e in best))
    lines += [f"c\t{e}\t{n}" for e, n in sorted(counts.items())]
    with path.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as f:  # the same bytes on every run
        f.write(("\n".join(lines) + "\n").encode("utf-8"))


def load_sources() -> dict[str, list[tuple[str, str]]]:
    """Consecutive real (Arabic, English) pairs of each data set (consecutive lines make two-sentence passages).
    Read once per process and :data:`DATA` (each round's builder and its test ask again); each call gets its own lists."""
    return {name: list(pairs) for name, pairs in _sources_at(DATA).items()}


@functools.lru_cache(maxsize=1)
def _sources_at(data: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    return {name: tuple(pairs) for name, pairs in _read_sources().items()}


def _read_sources() -> dict[str, list[tuple[str, str]]]:
    sets: dict[str, list[tuple[str, str]]] = {}
    lines = _mt_lines()
    if "Tatoeba" in lines:
        sets["Tatoeba"] = [(a, e) for a, e in lines["Tatoeba"] if _usable(a, e) and len(a) >= 20 and not _for_lexicon(a)]
    if "TICO-19" in lines:
        sets["TICO-19"] = [(a, e) for a, e in lines["TICO-19"] if _usable(a, e) and len(a) <= 200 and not _for_lexicon(a)]
    arzen = DATA / "codeswitch" / "arzen-st"
    if (arzen / "dev.cs.tsv").exists():
        cs, en_ = _tsv(arzen / "dev.cs.tsv"), _tsv(arzen / "dev.en.tsv")
        sets["ArzEn-ST"] = [(cs[k], en_[k]) for k in cs if en_.get(k) and _usable(cs[k], en_[k]) and len(cs[k]) >= 25]
    return sets


_CHAR_MAP = dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ", [
    "a", "b", "t", "th", "g", "7", "kh", "d", "z", "r", "z", "s", "sh", "s", "d", "t", "z", "3", "gh", "f", "2", "k",
    "l", "m", "n", "h", "w", "y", "a", "a", "2", "a", "e", "a", "2", "2"]))


def _arabizi_lexicon() -> dict[str, str]:
    """Arabic word -> its most frequent Arabizi spelling in the ATAR lexicon."""
    path = DATA / "translit" / "atar_jordanian.words.tsv"
    counts: dict[str, dict[str, int]] = {}
    if path.exists():
        for line in path.open(encoding="utf-8"):
            latin, _, arabic = line.rstrip("\n").partition("\t")
            if latin and arabic and regex.fullmatch(r"[a-z0-9']+", latin):
                spellings = counts.setdefault(arabic, {})
                spellings[latin] = spellings.get(latin, 0) + 1
    return {a: max(s, key=lambda k: (s[k], -len(k))) for a, s in counts.items()}


def arabizi(arabic: str, lexicon: dict[str, str]) -> str:
    """``arabic`` spelled in Latin letters: the lexicon's spelling of each word, else letter by letter."""
    words = []
    for word in arabic.split():
        bare = regex.sub(r"[^\p{Arabic}]|[\u064B-\u065F]", "", word)
        if not bare:
            continue
        words.append(lexicon.get(bare) or "".join(_CHAR_MAP.get(ch, "") for ch in bare))
    return " ".join(w for w in words if w)


def arabizi_pairs(lexicon: dict[str, str]) -> list[tuple[str, str]]:
    """ArzEn-ST's all-Arabic rewrites in Arabizi, with their English translations."""
    arzen = DATA / "codeswitch" / "arzen-st"
    if not (arzen / "dev.arz.tsv").exists() or not lexicon:
        return []
    arz, en = _tsv(arzen / "dev.arz.tsv"), _tsv(arzen / "dev.en.tsv")
    out = []
    for k, text in arz.items():
        latin = arabizi(text, lexicon)
        if en.get(k) and len(latin.split()) >= 5 and _usable(text, en[k]):
            out.append((latin, en[k]))
    return out


# ------------------------------------------------------------------------------------------
# Threads.


def _examples(pairs: list[tuple[str, str]], sentences: int, count: int, rng: random.Random) -> Iterator[Example]:
    """``count`` examples of ``sentences`` consecutive pairs, with English of other pairs (never the
    English of a chosen pair, nor of the same Arabic: a negative must not hold a translation)."""
    for _ in range(count):
        k = rng.randrange(len(pairs) - sentences)
        chosen = pairs[k : k + sentences]
        own = {text for pair in chosen for text in pair}
        others: list[str] = []
        while len(others) < 3:
            arabic, english = pairs[rng.randrange(len(pairs))]
            if arabic not in own and english not in own:
                others.append(english)
        yield Example([a for a, _ in chosen], [e for _, e in chosen], others[:2], others[2])


def _record(name: str, shape: str, pos: bool, split: str, source: str, built: Built) -> dict[str, object]:
    rows, arabic_id, arabic, answer_id, english = built
    texts = {cid: text for cid, _, _, text in rows}
    start = texts[arabic_id].index(arabic)
    expected = None
    if english is not None and answer_id is not None:
        at = texts[answer_id].rindex(english)
        expected = [answer_id, at, at + len(english)]
    return {
        "id": name, "shape": shape, "kind": "pos" if pos else "neg", "split": split, "source": source,
        "comments": [list(row) for row in rows],
        "items": [{"arabic": [arabic_id, start, start + len(arabic)], "expected": expected}],
    }


def _record9(name: str, shape: str, pos: bool, split: str, source: str, built: Built9) -> dict[str, object]:
    """A ninth-round thread: like :func:`_record`, with one item per passage (in order of the
    items, each Arabic and English found after the one before it in its comment; an English in the
    Arabic's comment and not after it, before it)."""
    rows, wanted = built
    texts = {cid: text for cid, _, _, text in rows}
    items: list[dict[str, object]] = []
    after: dict[str, int] = {}
    for arabic_id, arabic, answer_id, english in wanted:
        start = texts[arabic_id].index(arabic, after.get(arabic_id, 0))
        after[arabic_id] = start + len(arabic)
        expected = None
        if english is not None:
            text = texts[answer_id]
            if answer_id != arabic_id:
                at = text.index(english)
            elif english in text[after[arabic_id] :]:
                at = text.index(english, after[arabic_id])
            else:  # the translation before the Arabic
                at = text.rindex(english, 0, start)
            expected = [answer_id, at, at + len(english)]
            if answer_id == arabic_id:
                after[arabic_id] = at + len(english)
        items.append({"arabic": [arabic_id, start, start + len(arabic)], "expected": expected})
    return {
        "id": name, "shape": shape, "kind": "pos" if pos else "neg", "split": split, "source": source,
        "comments": [list(row) for row in rows], "items": items,
    }


def _record12(name: str, shape: str, pos: bool, split: str, source: str, built: Built12) -> dict[str, object]:
    """A twelfth-round thread: one item per passage, its ``expected`` the first part of its
    translation and ``continued`` the spans of the others, in thread order (each English the
    last occurrence in its comment: a cue such as "(2/2)" follows it)."""
    rows, wanted = built
    texts = {cid: text for cid, _, _, text in rows}
    items: list[dict[str, object]] = []
    for arabic_id, arabic, parts in wanted:
        start = texts[arabic_id].index(arabic)
        spans = []
        for cid, english in parts or []:
            at = texts[cid].rindex(english)
            spans.append([cid, at, at + len(english)])
        items.append({"arabic": [arabic_id, start, start + len(arabic)], "expected": spans[0] if spans else None, "continued": spans[1:]})
    return {
        "id": name, "shape": shape, "kind": "pos" if pos else "neg", "split": split, "source": source,
        "comments": [list(row) for row in rows], "items": items,
    }


SEED_000 = ROOT / "seeds" / "000_2161432b20e98764.txt"
SEEDS_OUT = Path.home() / ".cache" / "bilingual" / "pairing-devset-seeds.jsonl"
_SPACES = regex.compile(r"\s+")


def seed_pairs(path: Path = SEED_000) -> tuple[list[tuple[str, str]], list[str]]:
    """The real pairs of seed 000, written by commenters, not by the team: the two paragraphs of
    the prayer in comment 3 with their author's own translation of each (comment 3.1.1, one line a
    paragraph, quotes left out), spaces made single; and the English of the seed's comments that
    hold no Arabic (what negatives are built from)."""
    from bilingual.threads import read

    thread = read(path)
    texts = {c.id: c.text for c in thread.comments}
    paragraphs = [[line for line in part.split("\n") if _ARABIC_LETTERS.search(line)] for part in texts["3"].split("\n\n")]
    arabic = [_SPACES.sub(" ", " ".join(lines)).strip() for lines in paragraphs if lines]
    quoted = texts["3.1.1"][texts["3.1.1"].index("“") + 1 : texts["3.1.1"].rindex("”")]
    english = [_SPACES.sub(" ", line).strip() for line in quoted.split("\n") if line.strip()]
    others = [
        _SPACES.sub(" ", c.text).strip() for c in thread.comments
        if c.id not in ("3", "3.1.1") and not _ARABIC_LETTERS.search(c.text) and 40 <= len(c.text) <= 400
    ]
    return list(zip(arabic, english, strict=True)), others


def build_seeds() -> list[dict[str, object]]:
    """A held-out check built from real seeds: seed 000's prayer and its author's translation
    (:func:`seed_pairs`) set in every shape of :data:`SHAPES`, :data:`ROUND6_SHAPES` and
    :data:`ROUND7_SHAPES` (held-out wordings), each paragraph alone and both for the shapes of two
    sentences, negatives with the seed's other English. All ``held-out``: not looked at while tuning."""
    pairs, others = seed_pairs()
    rng = random.Random(f"{SEED}/seeds")
    out: list[dict[str, object]] = []
    table: dict[str, tuple[Shape7, int]] = {
        name: (_any_split(b), n) for name, (b, n) in (SHAPES | ROUND6_SHAPES).items()
    } | ROUND7_SHAPES
    for shape, (builder, sentences) in table.items():
        chosen = [pairs] if sentences == 2 else [[pair] for pair in pairs]
        for k, group in enumerate(chosen):
            picked = rng.sample(others, 3)
            ex = Example([a for a, _ in group], [e for _, e in group], picked[:2], picked[2])
            for pos in (True, False):
                name = f"seed 000/{shape}/held-out/{k}/{'pos' if pos else 'neg'}"
                out.append(_record(name, shape, pos, "held-out", "seed 000", builder(ex, pos, "held-out")))
    return out


def _any_split(builder: Shape) -> Shape7:
    """A shape worded the same on both parts, as :data:`ROUND7_SHAPES` builders are called."""
    return lambda ex, pos, split: builder(ex, pos)


def build(
    per_shape: int = 16, round6: bool = False, round7: bool = False, round9: bool = False, round10: bool = False,
    round11: bool = False, round12: bool = False, round13: bool = False, round14: bool = False,
) -> list[dict[str, object]]:
    """The threads: for every shape and data set, ``per_shape`` positives and as many negatives, a
    quarter of them from held-out pairs. ``round6`` (``round7``): the shapes of :data:`ROUND6_SHAPES`
    (:data:`ROUND7_SHAPES`, ``round9``: :data:`ROUND9_SHAPES`, ``round10``: :data:`ROUND10_SHAPES`,
    ``round11``: :data:`ROUND11_SHAPES`, ``round12``: :data:`ROUND12_SHAPES`, ``round13``: :data:`ROUND13_SHAPES`, ``round14``: :data:`ROUND14_SHAPES`) instead, from the same tuned and
    held-out pairs, each drawn with a generator of its own."""
    rng = random.Random(SEED)
    sources = load_sources()
    lexicon = _arabizi_lexicon()
    latin = arabizi_pairs(lexicon)
    if latin:
        sources["ArzEn-ST in Arabizi"] = latin
    out: list[dict[str, object]] = []
    for source, pairs in sources.items():
        rng.shuffle(pairs)
        cut = int(len(pairs) * (1 - HELD_OUT))
        pools = {"tuned": pairs[:cut], "held-out": pairs[cut:]}
        table: dict[str, tuple[Shape7, int]] = (
            ROUND7_SHAPES if round7 else {name: (_any_split(b), n) for name, (b, n) in (ROUND6_SHAPES if round6 else SHAPES).items()}
        )
        apart = round6 or round7 or round9 or round10 or round11 or round12 or round13 or round14
        late: dict[str, tuple[Shape9, int]] | None = ROUND14_SHAPES if round14 else ROUND13_SHAPES if round13 else ROUND11_SHAPES if round11 else ROUND10_SHAPES if round10 else ROUND9_SHAPES if round9 else None  # shapes with one item per passage
        names = tuple(ROUND12_SHAPES) if round12 else tuple(late) if late else tuple(table) if apart or not source.endswith("Arabizi") else ARABIZI_SHAPES
        for shape in names:
            sentences = ROUND12_SHAPES[shape][1] if round12 else late[shape][1] if late else table[shape][1]
            draw = random.Random(f"{SEED}/{source}/{shape}") if apart else rng
            for split, pool in pools.items():
                count = per_shape if split == "tuned" else max(1, round(per_shape * HELD_OUT / (1 - HELD_OUT)))
                for k, ex in enumerate(_examples(pool, sentences, count, draw)):
                    for pos in (True, False):
                        name = f"{source}/{shape}/{split}/{k}/{'pos' if pos else 'neg'}"
                        if round12:
                            out.append(_record12(name, shape, pos, split, source, ROUND12_SHAPES[shape][0](ex, pos, split)))
                        elif late:
                            out.append(_record9(name, shape, pos, split, source, late[shape][0](ex, pos, split)))
                        else:
                            out.append(_record(name, shape, pos, split, source, table[shape][0](ex, pos, split)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-shape", type=int, default=16, help="tuned positives per shape and data set (default 16)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"where to write (default {DEFAULT_OUT})")
    parser.add_argument("--lexicon", type=Path, help="train the word translation table on what the set leaves out and write it here")
    parser.add_argument("--egyptian", action="store_true",
                        help="with --lexicon: add ArzEn-ST's train part (research use only: for measuring, never shipped)")
    parser.add_argument("--round6", action="store_true", help=f"the shapes added in issue 14's sixth round only (default out {ROUND6_OUT})")
    parser.add_argument("--round7", action="store_true",
                        help=f"the shapes of the seventh round only, held-out threads worded apart (default out {ROUND7_OUT})")
    parser.add_argument("--round9", action="store_true",
                        help=f"the shapes of the ninth round only, held-out threads worded apart (default out {ROUND9_OUT})")
    parser.add_argument("--round10", action="store_true",
                        help=f"the shapes of the tenth round only, held-out threads worded apart (default out {ROUND10_OUT})")
    parser.add_argument("--round11", action="store_true",
                        help=f"the shapes of the eleventh round only, held-out threads worded apart (default out {ROUND11_OUT})")
    parser.add_argument("--round12", action="store_true",
                        help=f"the shapes of the twelfth round only (split translations), worded apart (default out {ROUND12_OUT})")
    parser.add_argument("--round13", action="store_true",
                        help=f"the shapes of the thirteenth round only, held-out threads worded apart (default out {ROUND13_OUT})")
    parser.add_argument("--round14", action="store_true",
                        help=f"rounds 9-13's shapes worded from phrase banks split between the parts (default out {ROUND14_OUT})")
    parser.add_argument("--seeds", action="store_true",
                        help=f"a held-out check from seed 000's real prayer and translation in every shape (default out {SEEDS_OUT})")
    args = parser.parse_args(argv)
    if args.out == DEFAULT_OUT and (args.round6 or args.round7 or args.round9 or args.round10 or args.round11 or args.round12 or args.round13 or args.round14 or args.seeds):
        args.out = (
            SEEDS_OUT if args.seeds else ROUND14_OUT if args.round14 else ROUND13_OUT if args.round13 else ROUND12_OUT if args.round12 else ROUND11_OUT if args.round11 else ROUND10_OUT if args.round10 else ROUND9_OUT if args.round9
            else ROUND7_OUT if args.round7 else ROUND6_OUT
        )
    if args.lexicon:
        pairs = lexicon_pairs() + (egyptian_pairs() if args.egyptian else [])
        t, counts = train_lexicon(pairs)
        write_lexicon(args.lexicon, t, counts)
        print(f"word translation table from {len(pairs)} pairs written to {args.lexicon}")
        return 0
    threads = build_seeds() if args.seeds else build(
        args.per_shape, args.round6, args.round7, args.round9, args.round10, args.round11, args.round12, args.round13, args.round14,
    )
    return write_set(threads, args.out)


def write_set(threads: list[dict[str, object]], out: Path) -> int:
    """Write a development set's threads, one JSON line each; exit status 1 (and say why) when there are none."""
    if not threads:
        print("../shared/data is not present: no development set")
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for record in threads:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(threads)} threads written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
