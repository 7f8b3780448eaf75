"""The edges of a translation's span that its Arabic does not explain: a short clause before it that
reports who says it ("the guy said ...", "basically ...", "he's telling him "..."") and a short note
after it ("(my tl)", "... rest idk", ". classic", "EDIT: spelling").

Each is found by its form (a class of patterns: a short subject and a verb of saying before a
capital or a quote; a few words closing the span in brackets, after a dash or an ellipsis, after a
sentence in a lower case the translation does not start with, or after a label such as "edit:")
and kept in the span when a word of it is one the word translation table gives for the Arabic's
words (:func:`explained`): then it is the translation's own ("He said Tom ..." of قال). Only the
span is cut here; which English is paired is decided before."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..align.words import arabic_tokens, english_tokens, lexicon

__all__ = ["explained", "lead_clause", "note_tail", "own_note", "rest_left"]

_COMMON = 0.0015  # an English word at least this common in running English (the, I, it, they, like) is no evidence either way
_TRANSLATES = 0.03  # the least translation probability that makes an English word one of the Arabic's
_NOTE_WORDS = 7  # a note after a translation is no longer
_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}'’]*")

# A clause reporting who says what follows, before a capital or a quote that opens the translation:
# openers ("ok so"), then a short subject with a verb of saying ("the guy said", "they're saying",
# "he's telling him", "the caption says"), "<subject>'s like", or a hedging adverb alone ("basically").
_SAY = r"(?:says?|said|saying|goes|going|wrote|writes?|writing|yells?|yelling|means|meant|reads|(?:tells?|telling|told|asks?|asking)[ \t]+(?:him|her|them|us|me|you))"
_FIRST_PERSON = r"(?:i|i'\w+|i’\w+|we|we'\w+|we’\w+)\b"  # "I'll tell you, ..." is the speaker's own sentence
_BE = r"(?:'s|’s|'re|’re|[ \t]+(?:is|are|was|were))"
_LEAD = regex.compile(
    rf"""(?i:(?:(?:ok(?:ay)?|so|well|yeah|lol|and|but)[ \t,]+){{0,3}}
    (?:(?:(?!{_FIRST_PERSON})[\p{{L}}'’]+[ \t]+){{0,3}}?(?!{_FIRST_PERSON})[\p{{L}}'’]+{_BE}?[ \t]+(?:(?:basically|literally|just|kinda|really|actually)[ \t]+)?{_SAY}
     | (?:[\p{{L}}'’]+[ \t]+){{0,2}}?[\p{{L}}'’]+{_BE}[ \t]+(?:basically[ \t]+)?like
     | basically|literally|roughly|essentially|pretty[ \t]+much|kinda|loosely)
    [ \t]*[,:]?[ \t]+)(?=[\p{{Lu}}"“‘'«])""",
    regex.X,
)
_PREFACE = regex.compile(r"[^.!?:\n]{1,80}?[.!?:]+[ \t]+")  # a short sentence before a reporting clause
# A word every match of _LEAD has (looked for first, about 30 us saved a span): its verb of saying, "like" or the adverb.
_LEAD_HINT = re.compile(r"\b(?:sa(?:y|id)|goe|going|wr[io]t|yell|tel|told|ask|mean|reads|like|basically|literally|roughly|essentially|pretty|kinda|loosely)", re.I)
_OPENING_QUOTES = "\"“‘'«"
_CLOSERS = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»"}

# Where a note may begin at the end of a span: an opening bracket, a dash or an ellipsis, or a
# sentence's end or a line break (then the note must look like one, :func:`note_tail`).
_SEPARATOR = regex.compile(r"[ \t]*[(\[][ \t]*|[ \t]+[-–—]+[ \t]*|[ \t]*(?:\.\.\.|…)[ \t]*|(?<=(?<!\.)[.!?…])\s+(?:\^[ \t]*)?")
_NUMBER = regex.compile(r"\d(?![\d.,]*%)")  # a number (not a share, "100%"): a reference such as "(Figure 1)", no note
_LABEL = regex.compile(r"[\p{L}]{1,8}[ \t]?\d?[ \t]*:[ \t]*\S")  # "EDIT: ...", "e: ...", "update2: ..."


@lru_cache(maxsize=256)
def _arabic_words(arabic: str) -> frozenset[str]:
    """The English words the translation table gives for the Arabic's words (probability at least :data:`_TRANSLATES`)."""
    table = lexicon().t
    return frozenset(e for stem in arabic_tokens(arabic) for e, p in table.get(stem, {}).items() if p >= _TRANSLATES)


def explained(english: str, arabic: str) -> bool:
    """A word of ``english`` that is not among the commonest (:data:`_COMMON`) is one the table gives
    for a word of ``arabic``: the English may be part of its translation."""
    background = lexicon().background
    words = _arabic_words(arabic)
    return any(w in words for w in english_tokens(english) if background.get(w, 0.0) < _COMMON)


# What a reporting clause that starts a sentence (capitalised) may open with: a pronoun, a determiner
# or an opener; any other capitalised word is a name, the translation's own subject ("Sami said ...").
_CAPITAL_OPENERS = frozenset(
    "he she they it this that the a my his her their our your op ok okay so well yeah lol and but basically literally roughly essentially pretty kinda loosely".split()
)


def _named(clause: str) -> bool:
    """The clause opens with a capitalised word that is no pronoun, determiner or opener (:data:`_CAPITAL_OPENERS`): a name."""
    first = _LATIN_WORD.search(clause)
    return first is not None and first.group()[0].isupper() and first.group().lower().split("'")[0].split("’")[0] not in _CAPITAL_OPENERS


def lead_clause(text: str, start: int, end: int, arabic: str) -> tuple[int, int]:
    """``[start, end)`` without a clause before it that reports who says it (:data:`_LEAD`), with a short
    sentence before that (:data:`_PREFACE`), that the ``arabic`` does not explain, and without the
    quotation marks it then opens with and closes on."""
    if _LEAD_HINT.search(text, start, end) is None:  # no word every such clause has: most translations
        return start, end
    found = _LEAD.match(text, start, end)
    if found is None:  # "ok i'll try. basically ...": a short sentence before the clause goes with it
        preface = _PREFACE.match(text, start, end)
        if preface is None or len(_LATIN_WORD.findall(preface.group())) > _NOTE_WORDS:
            return start, end
        found = _LEAD.match(text, preface.end(), end)
        if found is not None and not found.group()[0].islower():  # "Sami went home. He said ...": the translation's own
            return start, end
    if found is None or explained(text[start : found.end()], arabic) or _named(found.group()) or not _LATIN_WORD.search(text, found.end(), end):
        return start, end
    return _after_lead(text, found.end(), end)


def _after_lead(text: str, first: int, end: int) -> tuple[int, int]:
    """``[first, end)`` without the quotation marks it opens with and closes on."""
    if text[first] in _OPENING_QUOTES:
        closer = _CLOSERS[text[first]]
        last = text[first + 1 : end].rstrip(" \t.,!?")
        if last.endswith(closer) or text[first + 1 : end].endswith(closer):
            cut = text.rfind(closer, first + 1, end)
            return first + 1, cut
        return first + 1, end
    return first, end


def note_tail(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a short note after the translation that the ``arabic``
    does not explain: in brackets, after a dash or an ellipsis, or after the end of a sentence when
    it starts in lower case and the span in a capital, or as a label ("edit: ..."); ``end`` if none."""
    if end - start < 8:
        return end
    capital = next((ch.isupper() for ch in text[start:end] if ch.isalpha()), False)
    for m in reversed(list(_SEPARATOR.finditer(text, start, end))):
        tail = text[m.end() : end]
        words = _LATIN_WORD.findall(tail)
        if len(words) > _NOTE_WORDS:
            return end
        if not words or len(_LATIN_WORD.findall(text, start, m.start())) < 2:
            continue
        sep = m.group()
        if any(c in sep for c in "([") and (
            any(c in tail.rstrip(" \t.!?)]") for c in "()[]") or tail.startswith(("(", "[")) or tail.count(")") + tail.count("]") > 1
        ):
            continue  # a bracket closed inside the span, or one within another: the sentence's own ("COVID-19 (coronavirus) spreads")
        if _NUMBER.search(tail) or (any(c in sep for c in "([") and any(c in arabic for c in "([")):
            continue  # a reference ("(Figure 1)"), or a bracket the Arabic has too: its translation
        framed = any(c in sep for c in "([-–—.…^")
        lower = tail.lstrip(" \t\"'“‘^*_")[:1].islower() and (capital or sep.count("\n") > 1)  # after a capitalised span, or a paragraph of its own
        if (framed or lower or _LABEL.match(tail)) and not explained(tail, arabic):
            cut = m.start()
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            return cut
    return end


# A note that the rest of the Arabic is left untranslated names a part of it and says it is not
# known, in any words: "rest idk", "(rest is unclear)", "can't get the second part", "second line no idea".
_PART = frozenset("rest remainder second last other end ending half bit line lines sentence part".split())
_NOT_KNOWN = regex.compile(r"^(?:no|not|idk|dunno|unclear|unsure|lost|beyond|missing|skipped|skip|clue|idea|\p{L}+n[’']?t)$")
_REST_NOTE_WORDS = 10  # such a note is no longer
_REST_REACH = 200  # characters after the English, in its paragraph, read for it


def rest_left(text: str, end: int) -> bool:
    """What follows ``end`` in its paragraph is only a short note naming a part of the Arabic (:data:`_PART`)
    with a word of not knowing it (:data:`_NOT_KNOWN`): the English before it translates a part."""
    stop = text.find("\n\n", end, end + _REST_REACH)
    words = [w.lower() for w in _LATIN_WORD.findall(text, end, end + _REST_REACH if stop < 0 else stop)]
    return 0 < len(words) <= _REST_NOTE_WORDS and any(w in _PART for w in words) and any(_NOT_KNOWN.match(w) for w in words)


# A note that the English is the writer's own: a word of the first person with one for a translation
# ("(translated it myself)", "[translation mine]", "(my tl)") or for the writer's post ("(my comment up
# top)", "that's what i posted above"), in any words.
_FIRST = frozenset("my i me mine myself own".split())
_OWN_THING = regex.compile(r"^(?:translat\p{L}*|tl|post|posted|comment|commented|wrote|message)$")


def own_note(text: str, end: int) -> bool:
    """What follows ``end`` in its paragraph is only a short note (at most :data:`_REST_NOTE_WORDS`
    words) saying the English is the writer's own translation or post (:data:`_FIRST`, :data:`_OWN_THING`)."""
    stop = text.find("\n\n", end, end + _REST_REACH)
    stop = text.find("\n\n", stop + 2, end + _REST_REACH) if stop == end or not text[end:stop].strip() else stop
    words = [w.lower() for w in _LATIN_WORD.findall(text, end, end + _REST_REACH if stop < 0 else stop)]
    return 0 < len(words) <= _REST_NOTE_WORDS and any(w in _FIRST for w in words) and any(_OWN_THING.match(w) for w in words)
