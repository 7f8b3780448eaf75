"""The edges of a translation's span that its Arabic does not explain: a short clause before it that
reports who says it ("the guy said ...", "basically ...", "he's telling him "..."") and a short note
after it ("(my tl)", "... rest idk", ". classic", "EDIT: spelling").

Each is found by its form (a class of patterns: a short subject and a verb of saying before a
capital or a quote; a few words closing the span in brackets, after a dash or an ellipsis, after a
sentence in a lower case the translation does not start with, or after a label such as "edit:")
and kept in the span when a word of it is one the word translation table gives for the Arabic's
words (:func:`explained`): then it is the translation's own ("He said Tom ..." of قال). Only the
span is cut here; which English is paired is decided before.

:func:`extra_lead` and :func:`extra_tail` go by form and by what the Arabic accounts for, in any
wording: a short lead ending in a mark that introduces, in a verb of saying or in "it's", chat openers, a sentence more than
the Arabic has, a signature, a sign-off or platform chrome closing the comment, a translator's note under its label or a
footnote, a handle, an aside paragraph, a paragraph about the text, a remark or a reference after closing quotation marks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from . import _regex as regex  # compiles each pattern on first use

from ..align.length import length_evidence, text_length
from ..align.names import arabic_skeletons, english_skeleton, fold
from ..align.words import WORD_WEIGHTS, arabic_concepts, arabic_tokens, english_concepts, english_tokens, lexicon
from ..text.sentences import GAP_NOTE
from .evidence import arabic_senses, english_words, explains_prefix

__all__ = ["asks_back", "bracket_open", "enclosed", "explained", "extra_lead", "extra_tail", "gloss_opening", "lead_clause", "note_tail", "own_note", "part_lead", "rest_closes", "rest_left", "romanizes", "saying_frame", "sounds_only", "translated_frame"]

_COMMON = 0.0015  # an English word at least this common in running English (the, I, it, they, like) is no evidence either way
_TRANSLATES = 0.03  # the least translation probability that makes an English word one of the Arabic's
_NOTE_WORDS = 7  # a note after a translation is no longer
_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}'’]*")

# A clause reporting who says what follows, before a capital or a quote that opens the translation:
# openers ("ok so"), then a short subject with a verb of saying ("the guy said", "they're saying",
# "he's telling him", "the caption says"), "<subject>'s like", or a hedging adverb alone ("basically").
# An ellipsis may open the words reported, in any case: they start mid-speech ("The commentator says ...if you ...").
_SAY = r"(?:says?|said|saying|goes|going|wrote|writes?|writing|(?:yell|scream|shout)(?:s|ed|ing)?|means|meant|reads|(?:tells?|telling|told|asks?|asking)[ \t]+(?:him|her|them|us|me|you))"
_FIRST_PERSON = r"(?:i|i'\w+|i’\w+|we|we'\w+|we’\w+)\b"  # "I'll tell you, ..." is the speaker's own sentence
_BE = r"(?:'s|’s|'re|’re|[ \t]+(?:is|are|was|were))"
_LEAD = regex.compile(
    rf"""(?i:(?:(?:ok(?:ay)?|so|well|yeah|lol|and|but)[ \t,]+){{0,3}}
    (?:(?:(?!{_FIRST_PERSON})[\p{{L}}'’]+[ \t]+){{0,3}}?(?!{_FIRST_PERSON})[\p{{L}}'’]+{_BE}?[ \t]+(?:(?:basically|literally|just|kinda|really|actually)[ \t]+)?{_SAY}
     | (?:[\p{{L}}'’]+[ \t]+){{0,2}}?[\p{{L}}'’]+{_BE}[ \t]+(?:basically[ \t]+)?like
     | basically|literally|roughly|essentially|pretty[ \t]+much|kinda|loosely)
    [ \t]*[,:]?[ \t]+)(?:(?=[\p{{Lu}}"“‘'«*_])|(?:\.{{2,4}}|…)[ \t]?(?=\p{{L}}))""",
    regex.X,
)
_PREFACE = regex.compile(r"[^.!?:\n]{1,80}?[.!?:]+[ \t]+")  # a short sentence before a reporting clause
# A word every match of _LEAD has (looked for first, about 30 us saved a span): its verb of saying, "like" or the adverb.
_LEAD_HINT = re.compile(r"\b(?:sa(?:y|id)|goe|going|wr[io]t|yell|tel|told|ask|mean|reads|like|basically|literally|roughly|essentially|pretty|kinda|loosely)", re.I)
_OPENING_QUOTES = "\"“‘'«*_"  # quotation marks, and the asterisk or underscore that opens italics
_CLOSERS = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "*": "*", "_": "_"}

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


def explained(english: str, arabic: str, common: float = _COMMON) -> bool:
    """A word of ``english`` that is not among the commonest (at least ``common`` of running English) is one
    the table gives for a word of ``arabic``: the English may be part of its translation."""
    background = lexicon().background
    words = _arabic_words(arabic)
    return any(w in words for w in english_tokens(english) if background.get(w, 0.0) < common)


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
    it starts in lower case and the span in a capital, or as a label ("edit: ..."), or after the end of a
    sentence when it names a part left untranslated (:func:`_unknown_part`: "The second bit is beyond my
    level."). A note is :data:`_NOTE_WORDS` words at most, one naming a part left untranslated :data:`_REST_NOTE_WORDS`;
    ``end`` if none."""
    if end - start < 8:
        return end
    capital = next((ch.isupper() for ch in text[start:end] if ch.isalpha()), False)
    gaps = _gap_notes(text, start, end)
    for m in reversed(list(_SEPARATOR.finditer(text, start, end))):
        if any(m.start() < b and a < m.end() for a, b in gaps):
            continue  # "... [illegible] ... from?": a gap the commenter could not read, the translation goes on after it
        tail = text[m.end() : end]
        words = _LATIN_WORD.findall(tail)
        repeat = _repeat_note(words, arabic)  # "(the rest is the same line repeated, so I only did it once)"
        if len(words) > _NOTE_WORDS and not _unknown_part(words) and not repeat:  # (a note of the part left out may run longer: "(the rest is a verse I can't do)")
            return end
        if not words or len(_LATIN_WORD.findall(text, start, m.start())) < 2:
            continue
        sep = m.group()
        if any(c in sep for c in "([") and (
            any(c in tail.rstrip(" \t.!?)]") for c in "()[]") or tail.startswith(("(", "[")) or tail.count(")") + tail.count("]") > 1
        ):
            continue  # a bracket closed inside the span, or one within another: the sentence's own ("COVID-19 (coronavirus) spreads")
        if _NUMBER.search(tail) or (any(c in sep for c in "([") and not repeat and _brackets(arabic) > _brackets(text[start : m.start()])):
            continue  # a reference ("(Figure 1)"), or a bracket the Arabic has more of than the English before it: its translation
            # (not counted in an Arabic that repeats its line: its brackets are repeated too)
        framed = any(c in sep for c in "([-–—.…^")
        lower = tail.lstrip(" \t\"'“‘^*_")[:1].islower() and (capital or sep.count("\n") > 1)  # after a capitalised span, or a paragraph of its own
        marked = framed or lower or _LABEL.match(tail) is not None
        unknown = _unknown_part(words) or repeat  # "The second bit is beyond me.": a note though it opens in a capital, if the Arabic has none of it
        doubt = framed and _DOUBT_NOTE.match(tail) is not None  # "(probably wrong lol)": about the English, whatever the Arabic gives for "wrong"
        if (marked or unknown) and (not explained(tail, arabic) or marked and (unknown or doubt or _names_translation(tail, arabic))):
            cut = m.start()
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            return cut
    return end


def _gap_notes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where in ``[start, end)`` a gap note stands (:data:`bilingual.text.sentences.GAP_NOTE`: "... [illegible] ..."), so
    that no note after the translation is taken to start inside it."""
    if "[" not in text[start:end] and "(" not in text[start:end]:
        return []
    return [m.span() for m in GAP_NOTE.finditer(text, start, end)]


# A word saying a text repeats: "repeated", "again", "once", "3x", "same" ("(it's the same line over and over)").
_REPEAT_WORD = regex.compile(r"(?i)^(?:repeat\p{L}*|repetition|again|once|twice|thrice|times|same|over|duplicate\p{L}*|x\d+|\d+x)$")
_REPEAT_NOTE_WORDS = 16  # such a note is no longer
_ARABIC_PIECES = regex.compile(r"[^\n.!?؟…]+")


def _repeat_note(words: list[str], arabic: str) -> bool:
    """``words`` are a short note (:data:`_REPEAT_NOTE_WORDS` at most) saying the text repeats (:data:`_REPEAT_WORD`) and
    the ``arabic`` does repeat a line or sentence: the translator's remark that a repeated line was translated once ("(the
    rest is the same line repeated, so I only did it once)"), no part of the translation."""
    if not 0 < len(words) <= _REPEAT_NOTE_WORDS or not any(_REPEAT_WORD.match(w) for w in words):
        return False
    pieces = [m.group().strip() for m in _ARABIC_PIECES.finditer(arabic)]
    pieces = [piece for piece in pieces if piece]
    return len(set(pieces)) < len(pieces)


# A note that opens by doubting the translation before it: "probably wrong", "could be off", "not sure about the verb",
# "idk", "correct me", "don't quote me".
_DOUBT_NOTE = regex.compile(
    r"""(?i)[ \t"'“‘^*_]*(?:(?:probably|prob|maybe|could[ \t]+be|might[ \t]+be|possibly|likely|surely|almost[ \t]+certainly)[ \t]+(?:wrong|off|incorrect|bad|mistaken)
    |not[ \t]+(?:(?:100|a[ \t]+100)[ \t]*%[ \t]+|entirely[ \t]+|totally[ \t]+|completely[ \t]+)?sure|unsure|idk|correct[ \t]+me|don['’]?t[ \t]+quote[ \t]+me)(?![\p{L}'’])""",
    regex.X,
)
_TRANSLATION_WORD = regex.compile(r"(?i)(?<![\p{L}])(?:translation|translated|tl|attempt)(?![\p{L}])")


def _names_translation(note: str, arabic: str) -> bool:
    """The ``note`` names the translation ("(own translation)", "- rough tl") and the ``arabic`` gives no word for it: a note
    about the English whatever other word of it the Arabic gives ("own" of الخاص)."""
    found = _TRANSLATION_WORD.search(note)
    return found is not None and not explained(found.group(), arabic, 1.0)


def _brackets(text: str) -> int:
    """How many brackets ``text`` opens: an English bracket the Arabic has no more of than the English before it is no translation of one."""
    return text.count("(") + text.count("[")


# A note that the rest of the Arabic is left untranslated names a part of it and says it is not
# known, in any words: "rest idk", "(rest is unclear)", "can't get the second part", "second line no idea".
_PART = frozenset("rest remainder second last other end ending half bit line lines sentence part".split())
# A word of not knowing; "-n't" written with its apostrophe, or without it on an auxiliary ("dont", "cant"; "percent",
# "want" and "front" end in "nt" too).
_NOT_KNOWN = regex.compile(
    r"^(?:no|not|idk|dunno|unclear|unsure|lost|beyond|missing|skipped|skip|clue|idea|\p{L}+n[’']t"
    r"|(?:do|does|did|ca|wo|is|are|was|were|have|has|had|could|would|should|ai)nt)$"
)
# A word dismissing the part left out as not worth translating ("rest is filler", "the rest is just me ranting"): the
# writer gives the gist, as one not knowing the rest gives a part.
_DISMISSED = frozenset("filler fluff padding rambling ranting rant rambles chitchat unimportant irrelevant boring noise".split())
_REST_NOTE_WORDS = 10  # such a note is no longer
_REST_REACH = 200  # characters after the English, in its paragraph, read for it


def rest_left(text: str, end: int) -> bool:
    """What follows ``end`` in its paragraph is only a short note naming a part of the Arabic (:data:`_PART`)
    with a word of not knowing it (:data:`_NOT_KNOWN`): the English before it translates a part."""
    stop = text.find("\n\n", end, end + _REST_REACH)
    if _unknown_part(_LATIN_WORD.findall(text, end, end + _REST_REACH if stop < 0 else stop)):
        return True
    return stop >= 0 and _LATIN_WORD.search(text, end, stop) is None and _part_note_below(text, stop)


def _part_note_below(text: str, stop: int) -> bool:
    """The paragraph after the break at ``stop`` is only a note, of at most :data:`_PART_NOTE_WORDS` words, naming a part of
    the Arabic with a word of not knowing it ("Sami didn't want ...\n\n(I couldn't read the last part, the second sentence is
    missing)"): set off under the English, it says the English translates a part as a note run on after it does."""
    begin = stop + 2
    after = text.find("\n\n", begin, begin + _REST_REACH)
    return _unknown_part(_LATIN_WORD.findall(text, begin, begin + _REST_REACH if after < 0 else after), _PART_NOTE_WORDS)


_NOTE_BREAK = regex.compile(r"(?:\.{2,}|…|[ \t]+[-–—]+|[(\[]|(?<!\.)[.!?])[ \t]*(?=[\p{L}(\[])")  # where a note after the English may start


def rest_closes(text: str, start: int, end: int) -> bool:
    """``[start, end)`` closes with a short note naming a part of the Arabic with a word of not knowing it, after an
    ellipsis, a dash, a bracket or a sentence's end ("That is if I understood the question correctly.... second line no
    idea", "... convince you of it ... can't make out the second sentence."): the English before the note translates a
    part, as when the note follows it (:func:`rest_left`), with English before the note (three words at least)."""
    breaks = [m.end() for m in _NOTE_BREAK.finditer(text, start, end) if len(_LATIN_WORD.findall(text, start, m.start())) >= 3]
    return bool(breaks) and _unknown_part(_LATIN_WORD.findall(text, breaks[-1], end))


def _unknown_part(words: list[str], most: int = _REST_NOTE_WORDS) -> bool:
    """``words`` are a short note (``most`` words at most) naming a part of the Arabic (:data:`_PART`) with a word of not knowing
    it (:data:`_NOT_KNOWN`) or dismissing it (:data:`_DISMISSED`): "didn't get the second half" is no translation whatever words
    of it the table gives for the Arabic ("get")."""
    lowered = [w.lower() for w in words]
    return 0 < len(lowered) <= most and any(w in _PART for w in lowered) and any(_NOT_KNOWN.match(w) or w in _DISMISSED for w in lowered)


# A note that the English is the writer's own: a word of the first person with one for a translation
# ("(translated it myself)", "[translation mine]", "(my tl)") or for the writer's post ("(my comment up
# top)", "that's what i posted above"), in any words.
_FIRST = frozenset("my i me mine myself own".split())
_OWN_THING = regex.compile(r"^(?:translat\p{L}*|tl|post|posted|comment|commented|wrote|message)$")


def own_note(text: str, end: int) -> bool:
    """What follows ``end`` in its paragraph is only a short note (at most :data:`_REST_NOTE_WORDS`
    words) saying the English is the writer's own translation or post (:data:`_FIRST`, :data:`_OWN_THING`)."""
    stop = text.find("\n\n", end, end + _REST_REACH)
    if stop >= 0 and (stop == end or not text[end:stop].strip()):  # (no break in reach: not a copy of the text's whole rest)
        stop = text.find("\n\n", stop + 2, end + _REST_REACH)
    words = [w.lower() for w in _LATIN_WORD.findall(text, end, end + _REST_REACH if stop < 0 else stop)]
    return 0 < len(words) <= _REST_NOTE_WORDS and any(_OWN_THING.match(w) and _owned(words, k) for k, w in enumerate(words))


_BETWEEN = frozenset("own just also have had 've already".split())  # what may stand between the first person and its verb
_THINGS = frozenset("post comment message tl translation".split())  # what "my" owns, an adjective or two between


def _owned(words: list[str], k: int) -> bool:
    """Whether the first person owns ``words[k]``: "my" a word or two before a thing ("my first comment"), "I" or "me"
    right before a verb, past :data:`_BETWEEN` ("I just posted"), or "by me", "mine" or "(it) myself" after either; "My
    friend wrote it" is someone else's."""
    if words[k + 1 : k + 3] == ["by", "me"] or words[k + 1 : k + 2] == ["mine"] or "myself" in words[k + 1 : k + 3]:
        return True
    if words[k] in _THINGS or words[k].startswith("translation"):
        return any(w in _FIRST for w in words[max(0, k - 3) : k])
    j = k - 1
    while j >= 0 and words[j] in _BETWEEN:
        j -= 1
    return j >= 0 and words[j] in _FIRST


# ------------------------------------------------------------------------------------------
# English the Arabic does not account for at either end of a span, by its form and by how many
# sentences the Arabic has: a short lead ending in a mark that introduces ("for my english friends 👉",
# "(my comment above) =", "for the non-Arabic speakers:") or in a verb of saying or being or a hedge
# before a capital or a quote ("In plain English the commenter is saying The ...", "First sentence is
# ...", "prob She ...", "lit. Tell ..."), a short sentence more than the Arabic has before or after the
# translation ("haha sorry.", "Make of it what you will."), a signature or a handle closing it, a remark
# after the quotation marks a translation opened with. None of it may hold a word the table gives for
# the Arabic or a name the Arabic spells (:func:`_accounted`).

_LEAD_WORDS = 10  # a lead before a translation is no longer
# A whole sentence is the translation's own when the table gives half its words or more, the very commonest
# left out ("How are you?" of كيف حالك): the sentences a translation has more than its Arabic are of common words.
_SENTENCE_COMMON = 0.01
_SENTENCE_WORDS = 10  # nor is a sentence before or after it that the Arabic has no room for
_CLOSING_WORDS = 2  # a closing sentence ("No wahala.", "Thank you.") is no longer
# What ends a framed lead: a colon, "=", an arrow, an emoji, or a dash before a capital or a quote ("Transaltion -- Sami
# needed ..."): a dash inside a sentence goes on in lower case ("Guide us to the straight path – the path of those ...").
# A mark just inside a bracket glosses the word before it ("neither a akhoya (= brother) nor"): no lead ends there.
_MARK = regex.compile(r"(?<![(\[][ \t]*)[ \t]*(?::|=>?|->|→|⇒|[\p{So}\uFE0F\u200D]+)[ \t]+|[ \t]+(?:--?|[–—])[ \t]+(?=[\p{Lu}\"“‘'«])")
_SAYING_END = regex.compile(
    r"""(?i:(?P<verb>says?|said|saying|means?|meant|reads|goes|translates|is|was|its|\p{L}+['’]s)
    | (?P<phrase>as|to))$""",
    regex.X,
)
# A full stop, question or exclamation mark typed with no space before the next sentence's capital ("... may also be
# used.A number of ...", "... symptoms.South Korea ...": on a phone, in TICO-19's data), as :mod:`bilingual.text.sentences`
# reads it: after a word ending in three lower-case letters, not inside a handle, a domain or a number ("@salma.Reem",
# "www.example.Com") nor after an abbreviation of the text's ("Prof.Smith"), and before a word, not a name's initial
# ("Nadia.F wrote:"); "U.S.The", "e.g.The", "Mr.Smith" end none.
_GLUED_CUT = r"(?<=(?<![\p{L}\p{N}_@./])(?!(?i:prof|approx|etc)[.!?])\p{L}*\p{Ll}{3}[.!?]+[\"'”’)\]]*)(?=\p{Lu}\p{L}|[AI](?![\p{L}\p{N}_.]))"
_SENTENCE_CUT = regex.compile(r"(?:(?:(?<!\.)\.(?!\.)|[!?…]+)[\"'”’)\]]*(?:[ \t]+|" + _GLUED_CUT + r")|[ \t]*[\p{So}\uFE0F\u200D]+[ \t]+|[ \t]*\n\s*)(?=[\p{Lu}\p{N}\"“‘'(«\[*@])")
_ARABIC_BREAK = regex.compile(r"(?:(?:(?<!\.)\.(?!\.)|[!?؟…]+)[\"'”’»)\]]*[ \t]+|\n\s*)(?=[^\p{L}\n]*\p{L})")  # a sentence or line follows
_ARABIC_END = regex.compile(r"(?<!\.)\.(?!\.)|[!?؟…]")  # the Arabic marks where its sentences end
_SIGNATURE = regex.compile(r"\n[ \t]*(?:[-–—~][ \t]*)?[\p{L}\p{N}_.]{2,30}[ \t]*$")  # a name or handle on the last line
_HANDLE = regex.compile(r"[ \t]+(?:@|/?u/)[\p{L}\p{N}_.\-]{2,50}[ \t]*$")  # "@name" closing the span
# "~ Dee", "— Sam" signing off on the translation's line, after its end mark or an emoji ("... I understand. 😊 ~ Dee")
_SIGNED_LINE = regex.compile(r"(?:(?:[ \t]*[\p{So}\uFE0F\u200D]+)+|(?<=[.!?…]))[ \t]+(?:~|--|—)[ \t]*\p{Lu}[\p{L}\p{N}_.]{1,29}[ \t]*$")
# A closing word and a comma before a name or two, on a last line of its own opened by a dash or a tilde ("— love, auntie
# Salma 💐", "-- Cheers, Dave", "~ regards, M.K."): a letter's sign-off under the translation, whatever the Arabic says
# ("love" may be a sense of its بحب).
_VALEDICTION = regex.compile(
    r"\n[ \t]*(?:--?|[–—~])[ \t]*(?i:love|cheers|regards|best|thanks|xoxo|xx|peace|blessings|salam|salaam)[ \t]*,[ \t]*"
    r"\p{L}[\p{L}\p{N}_.'’\-]*(?:[ \t]+\p{L}[\p{L}\p{N}_.'’\-]*){0,2}[ \t]*(?:[\p{So}\uFE0F\u200D][ \t]*)*$"
)


def _arabic_sentences(arabic: str) -> int | None:
    """How many sentences (or lines) the Arabic has; None when it marks no sentence's end (a transcript's
    Arabic, ArzEn-ST's, is unpunctuated: then how many sentences its English may have is unknown)."""
    if _ARABIC_END.search(arabic) is None:
        return None
    return 1 + len(_ARABIC_BREAK.findall(arabic.strip()))


def _more_sentences(text: str, start: int, end: int, arabic: str) -> bool:
    """``[start, end)`` has more sentences than the ``arabic`` (which marks its sentences)."""
    known = _arabic_sentences(arabic)
    return known is not None and _spans_sentences(text, start, end) > known


def _named_in(english: str, arabic: str) -> bool:
    """A capitalised word of ``english`` (not "I") is a name the ``arabic`` spells (their consonant skeletons, :mod:`~bilingual.align.names`)."""
    names = [w.lower() for w in _LATIN_WORD.findall(english) if w[0].isupper() and w != "I"]
    if not names:
        return False
    skeletons = frozenset(s for w in fold(arabic).split() for s in arabic_skeletons(w))
    return any(len(sk := english_skeleton(n.split("'")[0].split("’")[0])) >= 2 and sk in skeletons for n in names)


def _accounted(english: str, arabic: str, rest: str = "", common: float = _COMMON) -> bool:
    """The ``arabic`` accounts for a word of ``english`` that the translation beside it (``rest``) does not
    hold already: one the table gives for it (:func:`explained`) or a name it spells. ("I think it's "...
    Let me think."": the translation's own "think" says nothing of the lead.)"""
    if rest:
        held = set(_LATIN_WORD.findall(rest.lower()))
        english = " ".join(w for w in _LATIN_WORD.findall(english) if w.lower() not in held)
    return explained(english, arabic, common) or _named_in(english, arabic)


#: A common word's concept tells a sentence's own words when a translation holds it this much more often than unrelated
#: English does (nats, :data:`~bilingual.align.words.WORD_WEIGHTS`): "why", "now", "because", not "this" or "but" (a remark
#: before a translation, "This thread is wholesome for once.", says "this" as often).
_TELLING_CONCEPT = 1.5
_TELLING = frozenset(c for c, (both, _) in WORD_WEIGHTS.items() if both >= _TELLING_CONCEPT)


def _concept_accounted(sentence: str, arabic: str, rest: str) -> bool:
    """The ``sentence`` has a telling common word's concept (:data:`_TELLING`: "why" of ليه, "now" of دلوقتي) that the
    ``arabic`` has and the translation beside it (``rest``) does not: "Why?" before "Because life there ..." of ليه؟ عشان
    ... translates the Arabic's first word, though "why" is too common for the table's evidence (:func:`explained`)."""
    return bool((english_concepts(sentence) & arabic_concepts(arabic) & _TELLING) - english_concepts(rest))


def _closing_accounted(closing: str, arabic: str, rest: str) -> bool:
    """The ``arabic`` accounts for a short closing sentence beside its translation (``rest``): a word the table gives for it,
    or a name it spells after the closing's first word (whose capital is the sentence's: "Cheers" is no name)."""
    words, held = _LATIN_WORD.findall(closing), set(_LATIN_WORD.findall(rest.lower()))
    return explained(" ".join(w for w in words if w.lower() not in held), arabic) or _named_in(" ".join(words[1:]), arabic)


def _sentence_accounted(sentence: str, arabic: str, rest: str) -> bool:
    """The ``arabic`` accounts for the ``sentence`` beside its translation (``rest``): a name it spells, or
    half its words or more (but the very commonest, :data:`_SENTENCE_COMMON`) are ones the table gives for it."""
    if _accounted(sentence, arabic, rest) or _concept_accounted(sentence, arabic, rest):
        return True
    background = lexicon().background
    words = [w for w in english_tokens(sentence) if background.get(w, 0.0) < _SENTENCE_COMMON]
    given = _arabic_words(arabic)
    return bool(words) and 2 * sum(w in given for w in words) >= len(words)


def _framed_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a lead of at most :data:`_LEAD_WORDS` words that ends in a mark
    introducing what follows (a colon, "=", an arrow, a dash, an emoji) the ``arabic`` does not have; ``start`` if none."""
    mark = _MARK.search(text, start, min(end, start + 160))
    if mark is None or _LEAD_END_BREAK.search(text, start, mark.start()):
        return start
    lead = text[start : mark.start()]
    words = len(_LATIN_WORD.findall(lead))
    if not 0 < words <= _LEAD_WORDS or len(_LATIN_WORD.findall(text, mark.end(), end)) < 2:
        return start
    if _CONFIG_KEY.fullmatch(lead) is not None and mark.group().strip() == ":" and _line_opened(text, start):
        return mark.end()  # "errors.network_down: ...": a locale file's key, whatever words of the Arabic it spells
    if _own_mark(text, lead, mark, end, arabic) or _accounted(lead, arabic if _FIRST_PERSON_WORD.search(lead) else _unfilled(arabic), text[mark.end() : end]):
        return start
    return mark.end()


# A key of a locale or config file opening its line ("errors.network_down", "welcome_banner", "app.title"): an identifier,
# its words joined by dots or underscores, before YAML's colon. A name, no English.
_CONFIG_KEY = regex.compile(r"[ \t]*[A-Za-z][A-Za-z0-9-]*(?:[._][A-Za-z0-9-]+)+[ \t]*")


def _line_opened(text: str, start: int) -> bool:
    """Only spaces stand before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


_ANSWER_LABEL = regex.compile(r"(?i)[ \t]*(?:answer|ans|a|reply|response)[ \t]*")  # a Q&A site's label of a reply ("Answer:", "A:")


def _own_mark(text: str, lead: str, mark: regex.Match[str], end: int, arabic: str) -> bool:
    """Whether the ``lead``'s ``mark`` may be the ``arabic``'s own (a dash between words, not a hyphen: "كوفيد-19"): it
    has the mark, unless the lead is a reply's label (:data:`_ANSWER_LABEL`) and the English after it has as many of it
    ("Answer: Umifenovir: umifenovir was ..." of "أوميفينوفير: ...": the Arabic's colon is the second one). Any other lead
    before a colon of the Arabic's may be its heading ("Age: Rule one: ..." of "القاعدة الأولى: ...")."""
    symbol = mark.group().strip()[:1]
    if symbol in "-–—":
        return f" {symbol}" in arabic
    if _ANSWER_LABEL.fullmatch(lead) and text.count(symbol, mark.end(), end) >= arabic.count(symbol):
        return False
    return symbol in arabic


_LEAD_END_BREAK = regex.compile(r"(?<!\.)[.!?…][ \t\n]|\n")  # a lead is inside one sentence and line
_LEAD_WORD = regex.compile(r"[\p{L}'’.]+")


def _saying_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a lead of at most :data:`_LEAD_WORDS` words ending in a verb of
    saying or a hedge (:data:`_SAYING_END`) before a capital or a quote, or in a verb of being before a quote
    (a copula before a capital is a frame's, :func:`_frame_lead`), that the ``arabic`` does not account for; ``start`` if none. Not a lead: the first person's own verb ("I
    mean I ...", "we said ..."), a hedge before "I" ("probably I ..."), a capital in text written in capitals."""
    if _SAYING_HINT.search(text, start, min(end, start + 120)) is None:  # no word a lead ends in: most spans
        return start
    before = ""
    for k, word in enumerate(_LEAD_WORD.finditer(text, start, min(end, start + 120))):
        if k >= _LEAD_WORDS:
            return start
        gap = _GAP.match(text, word.end(), end)
        if gap is None:
            if _LEAD_END_BREAK.match(text, word.end()) or text[word.end() : word.end() + 1] in ".!?\n":
                return start
            before = word.group().lower()
            continue
        first = gap.end()
        said = _SAYING_END.match(word.group().rstrip("."))
        if said is not None and said["phrase"] is not None and before not in _TRANSLATED:  # "as", "to" end "comes out as", "translates to"
            said = None
        if said is None and word.group().endswith("."):  # a sentence's end: the lead is inside one sentence
            return start
        nxt = text[first : first + 1]
        quoted = nxt in _OPENING_QUOTES
        own = before in ("i", "we", "you") or (said is not None and said["verb"] is None and text[first : first + 2] in ("I ", "I'", "I’"))
        copula = said is not None and said["verb"] is not None and (word.group().lower() in ("is", "was", "its") or word.group()[-2:].lower() in ("'s", "’s"))
        before = word.group().lower()
        lead = text[start:first]
        if said is None or own or not (nxt.isupper() or quoted) or (copula and not quoted) or bracket_open(text, start, first):
            continue
        if not any(c.islower() for c in lead) or _accounted(_unasked(lead), arabic, text[first:end]) or len(_LATIN_WORD.findall(text, first, end)) < 2:
            return start
        return _after_lead(text, first, end)[0]
    return start


# A word of the first person: a lead holding one is the writer's own sentence ("I think it's Tom's").
_FIRST_PERSON_WORD = regex.compile(r"(?i)(?<![\p{L}'’])(?:i|we|me|my)(?:['’]\p{L}+)?(?![\p{L}'’])")


# Words a chat reply opens with in lower case before the translation in its own capitals ("ok so Is that ...",
# "lol Tom ..."); only the first six are never a translation's own, so only they may stand before "I" (a capital
# anywhere in a sentence: "well I feel ..." may be the translation's own).
_OPENERS = ("ok", "okay", "k", "lol", "lmao", "haha", "so", "well", "yeah", "yes", "right", "alright", "oh", "ah", "hmm", "um", "anyway", "anyways")
_CHAT_ONLY = frozenset(_OPENERS[:6])
# Laughter as chat writes it, of any length ("hahaha", "lmaooo", "lool", "hehe", "XD"): a chat marker, never a translation's word.
_LAUGH = r"(?:a?(?:ha){2,}h?|(?:he){2,}h?|lo+l|lmf?a+o+|rofl|xd+)"
_LAUGH_WORD = regex.compile(_LAUGH, regex.I)
_OPENER = regex.compile(rf"(?:(?i:{_LAUGH})|{'|'.join(_OPENERS)})[ \t]*,?[ \t]+")
_OPENER_RUN = 3  # openers in a row, at most


def _opener_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after at most :data:`_OPENER_RUN` chat openers in lower case (:data:`_OPENERS`)
    before a capital or a quote, that the ``arabic`` does not account for; ``start`` if none."""
    first, words = start, list[str]()
    while len(words) < _OPENER_RUN and (found := _OPENER.match(text, first, end)) is not None:
        words.append(text[first : found.end()].strip(" \t,"))
        first = found.end()
    nxt = text[first : first + 1]
    lowered = len(words) > 1 and _chat_word(words[0]) and _typed_lower(text, first, end)
    if not words or not (nxt.isupper() or nxt in _OPENING_QUOTES or lowered) or len(_LATIN_WORD.findall(text, first, end)) < 2:
        return start
    next_word = _LATIN_WORD.match(text, first)
    if next_word is not None and next_word.group() == "I" and not any(_chat_word(w) for w in words):
        return start
    if not (lowered or _chat_restart(words, text[first:end])) and _accounted(text[start:first], arabic, text[first:end]):
        return start
    return _after_lead(text, first, end)[0]


def _chat_word(word: str) -> bool:
    """``word`` is chat's alone ("ok", "lol", laughter: :data:`_CHAT_ONLY`), never a translation's first word."""
    return word in _CHAT_ONLY or _LAUGH_WORD.fullmatch(word) is not None


def _typed_lower(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is typed all in lower case with no end mark ("ok so in the case of sars cov 2 such research
    ..."): no capital says where a translation starts, so a run of chat openers starting with a chat word ("ok so",
    "lol ok") is what does, whatever the Arabic gives for them (its يعني gives "so"), as a capital after them would."""
    rest = text[start:end]
    return not any(ch.isupper() for ch in rest) and not any(ch in ".!?" for ch in rest) and len(_LATIN_WORD.findall(rest)) >= 4


def _chat_restart(words: list[str], rest: str) -> bool:
    """Chat openers that start with a chat word (:data:`_CHAT_ONLY`, laughter) in lower case, before a capital other than
    "I" ("ok so They criticize me ...", "lol well The ..."): the capital restarts the sentence, so the translation starts
    there whatever the Arabic gives for the openers' words (its يعني gives "so")."""
    first = _LATIN_WORD.match(rest)
    return (
        bool(words) and _chat_word(words[0])
        and first is not None and first.group()[0].isupper() and first.group() != "I"
    )


# A lead's closing "it means", "this says": the text is the subject, so its verb is the lead's, not a translation of the
# Arabic's word for it (يعني gives "mean": "for those asking, it means ..." of Egyptian Arabic is no translation's own).
_TEXT_SAYS = regex.compile(r"(?i)(?<![\p{L}'’])(?:it|this|that)[ \t]+(?:says?|means?|reads)[ \t,:]*$")
# A lead's clause about those who asked ("for those asking,", "Since people keep asking,", "for anyone wondering,"): its
# words are the askers', never a translation's own ("those", "since" that the Arabic's هذا, نظرا لأن give).
_ASKERS = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:for|since|as|because|cause|cuz|in[ \t]+case)(?:[ \t]+[\p{L}'’]+){0,4}?[ \t]+"
    r"(?:ask(?:ed|ing|s)?|wonder(?:ed|ing|s)?|request(?:ed|ing|s)?|curious)(?![\p{L}'’])[ \t]*,?"
)


def _unasked(lead: str) -> str:
    """The ``lead`` without what says it is the text's (:data:`_TEXT_SAYS`) or for those who asked (:data:`_ASKERS`):
    the words of it that a translation could hold."""
    return _TEXT_SAYS.sub("", _ASKERS.sub("", lead))


_TRANSLATED = frozenset("out down translates translated translate translating".split())  # what "as" or "to" ends a lead after
_SAYING_HINT = re.compile(r"(?i)\b(?:sa(?:ys?|id|ying)|means?|meant|reads|goes|translat\w*|out|down|is|was|its)\b|['’]s\b")
_GAP = regex.compile(r"[ \t,:]*[ \t]+")


def bracket_open(text: str, start: int, pos: int) -> bool:
    """``pos`` lies inside a bracket opened after ``start`` and not yet closed: a lead there is a gloss's within the
    translation ("eating (the dialect word is 'baddi') for lunch"), not one of the translation."""
    return text.count("(", start, pos) + text.count("[", start, pos) > text.count(")", start, pos) + text.count("]", start, pos)


# A bracket opening a gloss with an abbreviation ("[lit.", "(approx."): its full stop ends no sentence.
_GLOSS_OPENING = regex.compile(r"(?i)[(\[][ \t]*(?:lit|transl?|approx)\.$")


def gloss_opening(text: str, start: int, end: int) -> bool:
    """``[start, end)`` ends in a bracket opening a gloss with an abbreviation ("I don't [lit." of "I don't [lit. 'on my
    head'] mean this", "my only (lit." of "my only (lit. 'by God') son"): its full stop is the abbreviation's, the sentence
    goes on (a bracket holding whole sentences, "(Thick fog creeps. The storm ...)", ends them)."""
    return _GLOSS_OPENING.search(text, max(start, end - 12), end) is not None


def _first_sentence(text: str, start: int, end: int) -> int | None:
    """Where the span's second sentence starts, when its first is at most :data:`_SENTENCE_WORDS` words long (a gloss's
    abbreviation, "[lit.", ends none: :func:`gloss_opening`)."""
    cut = next((m for m in _SENTENCE_CUT.finditer(text, start, end) if not gloss_opening(text, start, m.start() + 1)), None)
    if cut is None or len(_LATIN_WORD.findall(text, start, cut.start())) > _SENTENCE_WORDS:
        return None
    return cut.end()


def _spans_sentences(text: str, start: int, end: int) -> int:
    """How many sentences (or lines) ``[start, end)`` has: its cuts but those with no Latin word after them (the last ones)."""
    cuts = [m.end() for m in _SENTENCE_CUT.finditer(text, start, end) if m.end() < end]
    while cuts and not _LATIN_WORD.search(text, cuts[-1], end):
        cuts.pop()
    return 1 + len(cuts)


def _lead_sentence(text: str, start: int, second: int, end: int, arabic: str) -> bool:
    """The sentence ``[start, second)`` may be a remark before the translation: the span has more sentences
    than the ``arabic``, or, where the Arabic marks none, it starts in lower case and the next one in a capital
    ("english ok? But ...": a translation is written out in sentences), and the sentence more is not its last one, which
    :func:`_last_sentence` cuts ("... This won't happen again.\nCongratulations to the couple!!" after a first sentence the
    table knows nothing of: the span's count is the Arabic's without it); where the Arabic marks none, also when the rest reads as
    its translation without it (:func:`_unmarked_lead`)."""
    if _arabic_sentences(arabic) is not None:
        if not _more_sentences(text, start, end, arabic):
            return False
        cut = _last_sentence(text, start, end, arabic)
        return cut == end or _more_sentences(text, start, cut, arabic)
    return text[start : start + 1].islower() and text[second : second + 1].isupper() or _unmarked_lead(text, start, second, end, arabic)


def _unmarked_lead(text: str, start: int, second: int, end: int, arabic: str) -> bool:
    """The sentence ``[start, second)`` of two words at least may be a remark before the translation of an ``arabic`` that
    marks no sentence's end (a transcript's: how many sentences its English has is unknown): the rest reads as its
    translation from its start (:func:`~.evidence.explains_prefix`: had the sentence translated the Arabic's first words, the
    rest would not), shares no uncommon word with it (a transcript's speaker says a thing twice: "This way, you saved money. If
    you .. you saved money ...") and is no further from its translation's length without it ("Author here. But usually, I ...")."""
    if len(_LATIN_WORD.findall(text, start, second)) < _COMMA_LEAD_WORDS or _shares_words(text[start:second], text[second:end]):
        return False
    if not explains_prefix((arabic,), (text[second:end],)):
        return False
    size = text_length(arabic)
    return length_evidence(size, text_length(text[second:end])) >= length_evidence(size, text_length(text[start:end]))


# Where a lead may end before the translation's own capital or opening quote: a mark that introduces (a colon, a spaced dash,
# an ellipsis closing a word: a spaced " .. " is a transcript's pause), a sentence's end or a line break, a comma, or a space alone.
_BOUNDARY = regex.compile(
    r"""(?:(?P<mark>[ \t]*(?::|[ \t][-–—]+)|(?<=\p{L})(?:\.{3}|…))|(?P<stop>(?<!\.)\.(?!\.)|[!?]+)|(?P<comma>,))?
    (?P<gap>[ \t]*\n\s*|[ \t]+)(?=[\"“]?\p{Lu})""",
    regex.X,
)
_RESTART_COMMON = 0.002  # a capitalised word after a space alone restarts a sentence when at least this common ("The", "My"); "God", "March" go on one
_TITLE_RUN = regex.compile(r"[ \t]+(?:of[ \t]+|the[ \t]+|and[ \t]+)*(?!I(?![\p{L}]))\p{Lu}")  # another capitalised word after the first: a title's or a name's
_COPULA_END = regex.compile(r"(?i)(?:(?<![\p{L}])(?:is|was|are|were|be|been)|['’]s|['’]re)$")  # a lead ending in a copula: its capital is a complement's
_MARK_LEAD_WORDS = 20  # a lead before a mark is no longer ("Since a few asked about the quote in my other comment: ...")
_UNEXPLAINED_RUN = 3  # leads cut in a row, at most ("Hey guys. So basically: ...")


def _restarts_here(word: str, arabic: str, bare: bool) -> bool:
    """The capitalised ``word`` after a comma or (``bare``) a space alone starts a sentence: not "I" ("I'm"), which goes on any
    sentence, nor one written in capitals, nor a name the ``arabic`` spells ("To save herself, Layla ...", "Hello, Tom."), and
    after a space a common word (:data:`_RESTART_COMMON`: "There is no god but God.", "Beginning on 15 March" go on)."""
    if regex.split(r"['’]", word)[0] == "I" or word.isupper() and len(word) > 1 or _named_in(word, arabic):
        return False
    background = lexicon().background
    return not bare or all(background.get(t, 0.0) >= _RESTART_COMMON for t in english_tokens(word))


def _unexplained_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after English that the ``arabic`` does not explain, in one sentence and line, before a
    boundary the translation then opens at with its own capital or quote (:data:`_BOUNDARY`): a lead in any wording ("Loosely
    put, ...", "Hey guys. ...", "Delivered!\n\n...", "english version - ...", "i answered with The ..."). The lead is
    :data:`_LEAD_WORDS` words at most (:data:`_MARK_LEAD_WORDS` before a mark), none of them the Arabic's (:func:`_accounted`, :func:`_concept_accounted`: a first
    sentence that translates, "There is no god but God.", stays), and the rest, three words at least, reads as the translation
    from the Arabic's start (:func:`~.evidence.explains_prefix`) or has a word of the Arabic's after a mark, or after a lead with
    a word of its own (:func:`_telling`). After a comma or a space the capital must restart a sentence (:func:`_restarts_here`),
    neither a title's nor a copula's complement, and a comma's clause of fewer than :data:`_BARE_CLAUSE_WORDS` words must have a
    word translations hardly use (:func:`_rare`);
    a sentence or line is cut only where the span has more than the Arabic marks, its last not being the one more
    (:func:`_lead_sentence`), and the rest's length still fits it (:func:`_shorter_than`), or, where it marks none, as
    :func:`_unmarked_lead` says. The furthest such boundary is taken; ``start`` if none."""
    best = start
    for found in _BOUNDARY.finditer(text, start, min(end, start + 200)):
        lead = text[start : found.start()]
        if len(_LATIN_WORD.findall(lead)) > _MARK_LEAD_WORDS or _LEAD_END_BREAK.search(lead):
            break
        if found["mark"] is None and len(_LATIN_WORD.findall(lead)) > _LEAD_WORDS:
            continue
        first = found.end() + (text[found.end()] in "\"“")
        rest, opening = text[first:end], _LATIN_WORD.match(text, first)
        if not _LATIN_WORD.search(lead) or not any(c.islower() for c in lead) or opening is None or len(_LATIN_WORD.findall(rest)) < 3:
            continue
        if bracket_open(text, start, found.start()) or _accounted(lead, arabic) or _concept_accounted(lead, arabic, ""):
            continue
        sentence = found["stop"] is not None or "\n" in found["gap"]
        if found["mark"] is not None:
            symbol = found["mark"].strip()[:1]
            if symbol == ":" and ":" in arabic or symbol in "-–—" and f" {symbol}" in arabic:
                continue  # the Arabic's own colon or dash: a heading of its own may stand before it
            explains = explained(rest, arabic)
        elif sentence:
            if _arabic_sentences(arabic) is None:
                if _unmarked_lead(text, start, first, end, arabic):
                    best = found.end()
                continue
            if not _lead_sentence(text, start, first, end, arabic) or _shorter_than(text, start, first, end, arabic):
                continue
            explains = _telling(lead) and explained(rest, arabic)
        else:
            if not _restarts_here(opening.group(), arabic, found["comma"] is None) or _TITLE_RUN.match(text, opening.end()):
                continue  # "The Theory of Everything", "New York": a title or a name goes on the sentence
            if found["comma"] is None and _COPULA_END.search(lead):
                continue  # "One of my favourite films is The ...": a copula's complement
            if found["comma"] is not None and len(_LATIN_WORD.findall(lead)) < _BARE_CLAUSE_WORDS and not _rare(lead):
                continue  # "After that, The ...": a short clause of common words may open a translation
            explains = _telling(lead) and explained(rest, arabic)
        if explains or explains_prefix((arabic,), (rest,)):
            best = found.end()
    return best


_LEAD_LENGTH_SLACK = 0.5  # nats of length evidence a short lead's cut may cost (a translation may run shorter than its Arabic)


def _shorter_than(text: str, start: int, first: int, end: int, arabic: str) -> bool:
    """The rest ``[first, end)`` is further from the ``arabic``'s length than the whole span ``[start, end)`` by more than
    :data:`_LEAD_LENGTH_SLACK`: the sentence before it was part of the translation ("I am not an artist. I never had ...")."""
    size = text_length(arabic)
    return length_evidence(size, text_length(text[first:end])) < length_evidence(size, text_length(text[start:end])) - _LEAD_LENGTH_SLACK


_RARE = 0.0001  # a word this rare in translated English ("hiya", "honestly", "tbh") is seldom a translation's own


def _rare(lead: str) -> bool:
    """The ``lead`` has a word that translations hardly use (:data:`_RARE` of the table's English): a greeting, a hedge or a
    chat word ("Hiya,", "Honestly,", "Hey there,"), not a connective that opens a translated sentence ("After that,")."""
    background = lexicon().background
    return any(background.get(w, 0.0) < _RARE for w in english_tokens(lead))


def _telling(lead: str) -> bool:
    """The ``lead`` has a word not among the commonest (:data:`_COMMON`): when the table gives none of them for the Arabic, the
    lead says something the Arabic does not ("Hiya,", "Found it."); "So," or "And then" say nothing either way."""
    background = lexicon().background
    return any(background.get(w, 0.0) < _COMMON for w in english_tokens(lead))


# A Markdown or forum horizontal rule on a line of its own ("---", "***", "_ _ _"): it sets the translation apart, no word of it.
_RULE_LINE = regex.compile(r"[ \t]*(?:[-*_][ \t]*){3,}\n\s*(?=\S)")


def extra_lead(text: str, start: int, end: int, arabic: str, *, opened: bool = False) -> int:
    """Where ``[start, end)`` starts without what :func:`_extra_lead` finds before the translation, and without an ellipsis
    opening it (:data:`_OPENING_ELLIPSIS`: "Last line of the video: …we were never here": words taken up mid-speech, the
    ellipsis no word of them; a passage's own opening ellipsis is no part of its text either), three words after it at least, and
    without a clause of the writer's before a comma and the translation's capital (:func:`_comma_lead`), then without English in any
    wording that the Arabic does not explain before a boundary the translation opens at (:func:`_unexplained_lead`), and
    without a horizontal rule's line opening what is left (:data:`_RULE_LINE`). ``opened``: what
    stands right before ``start`` says the translation starts there (:func:`_extra_lead`)."""
    cut = _comma_lead(text, start, end, arabic)  # before a lead's words in the clause are taken for one ("It's Levantine, so ...")
    start = _extra_lead(text, cut, end, arabic, opened) if cut > start else _comma_lead(text, _extra_lead(text, start, end, arabic, opened), end, arabic)
    if not opened:
        for _ in range(_UNEXPLAINED_RUN):
            cut = _unexplained_lead(text, start, end, arabic)
            if cut == start:
                break
            start = _after_lead(text, cut, end)[0]
    rule = _RULE_LINE.match(text, start, end)  # a lead cut before a horizontal rule leaves the rule opening the span
    start = rule.end() if rule is not None and _line_opened(text, start) else start
    opening = _OPENING_ELLIPSIS.match(text, start, end)
    if opening is None or len(_LATIN_WORD.findall(text, opening.end(), end)) < 3:
        return start
    return opening.end()


# A clause of the writer's before a comma, then the translation opening with its own capital, a connective between or not
# ("It's Levantine, so Sami ...", "As far as I understand it, The ...", "From what I can tell, Those ..."): English goes on
# after a comma in lower case, and a capital there (not "I", which may go on a sentence of the Arabic's) restarts the words.
_COMMA_LEAD = regex.compile(r"[^,.!?:;\n\"“”(\[]{1,100}?,[ \t]+(?:(?i:but|so|and|anyway|basically)[ \t]+)?(?=[\"“]?\p{Lu})(?![\"“]?I(?![\p{L}]))")
_COMMA_LEAD_WORDS = 2  # such a clause is no shorter ("Yes, ...", "Actually, ..." open translations)
_BARE_CLAUSE_WORDS = 3  # nor, with no "but" or "so" after its comma, this ("So, ...", "After that, ..." open translations too)
_BRACKET_CLOSED = regex.compile(r"[^(\[\n]*[)\]]")  # a bracket closed on the line before any opens


def _comma_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a clause before a comma and a capital (:data:`_COMMA_LEAD`; not a name the ``arabic``
    spells) of :data:`_COMMA_LEAD_WORDS` (:data:`_BARE_CLAUSE_WORDS` with no "but" or "so" after the comma) to :data:`_LEAD_WORDS`
    words that the Arabic accounts for nothing of
    (:func:`_sentence_accounted`) while the rest reads as its translation from its start (:func:`~.evidence.explains_prefix`:
    had the clause translated the Arabic's first words, the rest would not); ``start`` if none."""
    found = _COMMA_LEAD.match(text, start, end)
    if found is None:
        return start
    clause, rest = text[start : found.end()], text[found.end() : end]
    least = _BARE_CLAUSE_WORDS if clause.rstrip().endswith(",") else _COMMA_LEAD_WORDS
    if not least <= len(_LATIN_WORD.findall(clause)) <= _LEAD_WORDS or len(_LATIN_WORD.findall(rest)) < 3:
        return start
    opening = _LATIN_WORD.search(rest)
    if opening is not None and _named_in(opening.group(), arabic):
        return start  # a name after a comma is written so inside a sentence ("To save herself, Layla jumped ...")
    if _BRACKET_CLOSED.match(rest):
        return start  # the clause is inside brackets the span opened in ("(EN above, AR below)"): an aside's, not a lead's
    if _sentence_accounted(clause, arabic, rest) or not explains_prefix((arabic,), (rest,)):
        return start
    return found.end()


# An answer's header line as Quora and its like print it over the answer: the writer's name, a middle dot, their credential
# or the answer's date ("Omar_K · Studied Arabic at the University of Jordan", "Hisham A · Translator (Arabic-English)",
# "Bassel · Updated 2y"), the answer on the lines under it.
_CREDENTIAL = regex.compile(r"[ \t]*[\p{L}\p{N}_.'’\-]{1,30}(?:[ \t]+[\p{L}\p{N}_.'’\-]{1,30}){0,3}[ \t]*[·•][ \t]*[^\n·•]{1,80}(?:[·•][^\n·•]{1,40})*\n\s*(?=\S)")

# Quora's own layout of that header: the name on a line of its own, the credential and the answer's date on the line under it
# ("Fadi_M\nTranslator (Arabic-English) · Updated 1y", "Rami K\nArabic teacher · Answered Mar 3"), its date a Quora verb's.
_BYLINED = regex.compile(
    r"[ \t]*[\p{L}\p{N}_.'’\-]{1,30}(?:[ \t]+[\p{L}\p{N}_.'’\-]{1,30}){0,3}[ \t]*\n[ \t]*[^\n·•]{1,80}[·•][ \t]*"
    r"(?:Updated|Answered|Posted|Edited)[ \t]+[^\n·•]{1,24}\n\s*(?=\S)"
)


def _credential_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after an answer's header (:data:`_CREDENTIAL` on one line, :data:`_BYLINED` on two)
    when the ``arabic`` has no middle dot of its own, three words at least under it; ``start`` if none."""
    if "·" not in text[start : start + 120] and "•" not in text[start : start + 120]:  # most spans open otherwise
        return start
    found = _CREDENTIAL.match(text, start, end) or _BYLINED.match(text, start, end)
    if found is None or "·" in arabic or "•" in arabic or len(_LATIN_WORD.findall(text, found.end(), end)) < 3:
        return start
    return found.end()


# A Markdown heading on a line of its own ("### In natural English", "## Full translation"), or Jira's and Textile's ("h4. EN"):
# a title over the text under it, no word of a translation; what the span holds before it is the tail of the part above it
# (a gloss list's last "— in").
_HEADING = regex.compile(r"(?m)^[ \t]*(?:#{1,6}|h[1-6]\.)[ \t]+[^\n]*\n\s*(?=\S)")
_TRACKER_HEADING = regex.compile(r"[ \t]*h[1-6]\.[ \t]")  # Jira's, Textile's: looked for where the span's line opens


def _heading_lead(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` starts after its first Markdown heading (:data:`_HEADING`) when at most
    :data:`_LEAD_WORDS` words stand before it and three words at least follow it, or after the Jira heading its line
    opens with ("h4. EN", the span starting after the "h4." its sentences were cut at); ``start`` if none."""
    line = text.rfind("\n", 0, start) + 1
    tracker = _TRACKER_HEADING.match(text, line, end) is not None
    if "#" not in text[start:end] and not tracker:  # most spans hold none
        return start
    found = _HEADING.search(text, line if tracker else start, end)
    if found is None or found.end() <= start or len(_LATIN_WORD.findall(text, start, found.start())) > _LEAD_WORDS or len(_LATIN_WORD.findall(text, found.end(), end)) < 3:
        return start
    return found.end()


# The writer introducing themself before the translation, by who they are and "here" ("Native speaker here, ...", "Egyptian
# here - ...", "Arabic teacher here: ..."): a word or three, then "here" and a comma or a mark, a capital after it. Not a
# sentence of the speech's ("I'm here, ...", "Come here, ...", "Look here, ..."): no pronoun, verb or place word among them.
_HERE_LEAD = regex.compile(r"[ \t]*(?P<who>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2})[ \t]+here[ \t]*(?:,|:|;|[-–—])[ \t]*(?=[\p{Lu}\p{N}\"“‘'])")
_NOT_WHO = frozenset("i i'm i’m im we you he she it they this that is am are was were be been come came look stay sit right over up down out in from not just still all everyone everybody".split())


def _here_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after the writer introducing themself (:data:`_HERE_LEAD`: "Native speaker here, It
    takes ...") that the ``arabic`` does not account for, three words after it at least; ``start`` if none."""
    found = _HERE_LEAD.match(text, start, end)
    if found is None or any(w.lower() in _NOT_WHO for w in found["who"].split()) or len(_LATIN_WORD.findall(text, found.end(), end)) < 3:
        return start
    return start if _accounted(text[start : found.end()], arabic, text[found.end() : end]) else found.end()


_OPENING_ELLIPSIS = regex.compile(r"(?:\.{2,4}|…)[ \t]?(?=\p{L})")  # an ellipsis opening words taken up mid-speech


_QUOTE_LINE_MARK = regex.compile(r"[ \t]*>+[ \t]*")  # what opens a quoted line ("> ...", an imageboard's ">he can't read arabic")
_UNQUOTED_LINE = regex.compile(r"[ \t]*\n\s*(?=[^\s>])")  # a line break, the next line not quoted


def _quote_line_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts under the quoted line it opens on (:data:`_QUOTE_LINE_MARK`), when the lines under it are
    not quoted, three words at least, and the ``arabic`` accounts for nothing of the quoted line (:func:`_sentence_accounted`):
    a quoted post or a greentext line (">he can't read arabic\nit says: ...") is someone's words the writer answers under
    it, not the start of their translation; ``start`` otherwise."""
    line = text.rfind("\n", 0, start) + 1
    if ">" not in text[line:start] or _QUOTE_LINE_MARK.fullmatch(text, line, start) is None:  # most spans open otherwise
        return start
    brk = text.find("\n", start, end)
    under = _UNQUOTED_LINE.match(text, brk, end) if brk >= 0 else None
    if under is None or len(_LATIN_WORD.findall(text, under.end(), end)) < 3:
        return start
    return start if _sentence_accounted(text[start:brk], arabic, text[under.end() : end]) else under.end()


def _extra_lead(text: str, start: int, end: int, arabic: str, opened: bool = False) -> int:
    """Where ``[start, end)`` starts without English before the translation that the ``arabic`` does not
    account for: a short sentence more than the Arabic has ("haha sorry. ...", "It's a quote from a news
    report. ..."), then a lead (:func:`_lead`); each at most once. A short sentence the Arabic does not account
    for goes with a lead after it, whatever the Arabic's sentences ("Funny clip. Literally it's ..."): the lead
    says the translation starts after it. A romanization of the Arabic before a dash, a mark or a line break
    (:func:`_romanized_lead`), a time mark ("2:46 ~ ", :func:`_timed_lead`), a chat message's header line (:func:`_header_lead`), a chat log's
    speaker mark after it (:func:`_nick_lead`) and a learner's words offering an attempt
    ("is this right? i wrote ...", :func:`_attempt_lead`) go first, and before them a line that only introduces the lines
    under it (:func:`_line_lead`: "Packet reads\n..."); before those the site's own layout (a chat's emotes, a
    <details> opening, a label over a quote line, a name line over a 'Like · Reply' row, a reblog's name line), then the
    writer introducing themself (:func:`_here_lead`: "Native speaker here, ..."), a Markdown heading over the
    translation with the tail of what it follows (:func:`_heading_lead`) and an answer's header line
    (:func:`_credential_lead`: "Omar K · Translator (Arabic-English)\n..."). A first line more than a one-line Arabic has
    (:func:`_line_before`) goes just before the short sentence. Where a lead or a quote of the Arabic right before ``start``
    says the translation starts there (``opened``: "The meaning is: ...", "Rough translation:" over it, "> ..." above it),
    its first sentence is the translation's own, however many sentences the Arabic marks: no writer puts a remark between
    the lead and what it introduces."""
    start = _quoted_lead(text, _details_lead(text, _emote_lead(text, _quote_line_lead(text, start, end, arabic), end), end), end, arabic)
    start = _reblog_lead(text, _name_line_lead(text, start, end, arabic), end)
    start = _here_lead(text, _heading_lead(text, _credential_lead(text, start, end, arabic), end), end, arabic)
    start = label_clause(text, _part_lead(text, _line_lead(text, _hedged_lead(text, start, end, arabic), end, arabic), end, arabic), end, arabic)
    start = _attempt_lead(text, _nick_lead(text, _header_lead(text, _timed_lead(text, _romanized_lead(text, start, end, arabic), end, arabic), end, arabic), end), end, arabic)
    start = _paragraph_before(text, _colon_paragraph(text, _aside_lead(text, start, end, arabic), end, arabic), end, arabic)
    start = _line_before(text, start, end, arabic)
    second = _first_sentence(text, start, end)
    if (
        second is not None and not opened and len(_LATIN_WORD.findall(text, second, end)) >= 3 and _lead_sentence(text, start, second, end, arabic)
        and not _sentence_accounted(text[start:second], arabic, text[second:end]) and explained(text[second:end], arabic)
    ):
        return _lead(text, second, end, arabic)
    found = _lead(text, start, end, arabic)
    if found == start and second is not None and not _sentence_accounted(text[start:second], arabic, text[second:end]):
        after = max(_frame_lead(text, second, end, arabic), _saying_lead(text, second, end, arabic))
        return _after_lead(text, after, end)[0] if after > second else start
    if found > start and _LEAD_END_BREAK.search(text, start, found):  # a sentence was the lead: a frame may follow it
        again = _frame_lead(text, found, end, arabic)  # "That's not what it says. It's School begins ..."
        return _after_lead(text, again, end)[0] if again > found else found
    if found > start and _MARK.search(text, start, found):  # a label: a lead of its own may follow ("EDIT 2: since you asked: ...")
        again = _lead(text, found, end, arabic)
        return label_clause(text, again, end, arabic) if again == found else again
    return found


# The writer's own doubt about their Arabic, set off by "but" before the translation ("non-native here, but ...", "Not a
# native speaker but ...", "learner here, but ...", "my Arabic is rusty, but ..."): no word of the Arabic's. Not in the
# first person ("I'm not a native speaker but I understand ..." translates أنا لست متحدثا أصليا لكني ... as often).
_NOT_NATIVE = regex.compile(
    r"""(?i)(?:
      non[- \t]?native(?:[ \t]+speaker)?
    | not[ \t]+(?:a[ \t]+)?(?:native|fluent)(?:[ \t]+speaker)?
    | (?:a[ \t]+)?(?:learner|beginner|student)
    | my[ \t]+arabic[ \t]+(?:is|'s|’s)[ \t]+(?:rusty|bad|weak|basic|not[ \t]+(?:great|good|perfect))
    )(?:[ \t]+here)?[ \t]*,?[ \t]+but[ \t]*,?[ \t]+(?=\p{L})""",
    regex.X,
)
_HEDGE_HINT = re.compile(r"(?i)nativ|fluent|learn|beginn|student|rusty|arabic")  # a word every such lead has (looked for first)


def _hedged_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts without the writer's doubt about their own Arabic opening it (:data:`_NOT_NATIVE`:
    "non-native here, but Fadil sent Dania letters."), three words after it at least, unless the ``arabic`` accounts for
    it (:func:`_accounted`: "I'm a student, but I work at night." of أنا طالب لكني ...); ``start`` otherwise."""
    if not _HEDGE_HINT.search(text, start, min(end, start + 40)):
        return start
    found = _NOT_NATIVE.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 3:
        return start
    if _accounted(text[start : found.end()], arabic, text[found.end() : end]):
        return start
    return found.end()


# A clause before a comma and a capital: what a label's addition is ("translating for the thread, He ...")
_CLAUSE_LEAD = regex.compile(r"[^,.!?:;\n]{1,100}?,[ \t]+(?=\p{Lu})(?!I(?![\p{L}]))")  # not before "I": "Not all people are the same, I should ..."
_CLAUSE_LEAD_WORDS = 3  # such a clause is no shorter ("So, ...", "After that, ..." open translations)
_HYPHEN = regex.compile(r"(?<=\p{L})-(?=\p{L})")
_LABEL_BEFORE = regex.compile(r"(?:^|\n)[ \t]*\p{L}{1,8}[ \t]?\d?[ \t]*:[ \t]*$")  # "EDIT:", "ETA:", "update2:" opening the line


def label_clause(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)``, just after a label ("EDIT:", "ETA:"), starts after a clause of :data:`_CLAUSE_LEAD_WORDS`
    to :data:`_LEAD_WORDS` words before a comma and a capital (:data:`_CLAUSE_LEAD`: "EDIT: translating for the thread,
    He closely ...", "ETA: for the non-Arabic speakers in the club, Sami ran ..."): it says what the addition is, the
    translation follows it. Not where the ``arabic`` accounts for the clause (:func:`_accounted`, a hyphenated compound
    taken as one word) or explains nothing of the rest (:func:`explained`); ``start`` then or if there is none. The score leaves the clause out too
    (:func:`~.find._without_label_clause`)."""
    found = _CLAUSE_LEAD.match(text, start, end)
    if found is None or not _LABEL_BEFORE.search(text, max(0, start - 20), start):
        return start
    rest = text[found.end() : end]
    if not _CLAUSE_LEAD_WORDS <= len(_LATIN_WORD.findall(text, start, found.end())) <= _LEAD_WORDS or len(_LATIN_WORD.findall(rest)) < 3:
        return start
    clause = _HYPHEN.sub("", text[start : found.end()])  # a compound is one word ("non-Arabic" says nothing of غير "non")
    return start if not explained(rest, arabic) or _accounted(clause, arabic, rest) else found.end()


# A line of its own that introduces the lines under it by a verb of saying or reading at its end, with no mark after it ("Packet
# reads", "The tag says", "Mum wrote", "the sign on the door says..."): a label's or a note's words are given under it, as
# after "Packet reads:". Six words at most, the verb last.
_LINE_LEAD = regex.compile(
    r"[ \t]*(?:[\p{L}'’]+[ \t]+){0,5}(?:says|said|reads|read|wrote|writes|goes|means|translates(?:[ \t]+(?:to|as))?)[ \t]*(?:\.\.\.|…|,)?[ \t]*\n\s*(?=\S)",
    regex.I,
)


# An aside in brackets opening the English that says whom it is for or what it is ("(for my English-speaking customers) ",
# "[for the non-Arabic speakers] ", "(English version) ", "(my own translation) "): at most :data:`_LEAD_WORDS` words.
_OPENING_ASIDE = regex.compile(r"[(\[][ \t]*(?P<words>[^()\[\]\n]{1,80}?)[ \t]*[)\]][ \t]*\n?[ \t]*(?=[\p{L}\p{N}\"“‘'])")
_ASIDE_WORD = regex.compile(r"(?i)^(?:for|translat\p{L}*|tl|english|eng|version|mine|rough|quick)$")


_PICTOGRAPHS = regex.compile(r"[\p{So}\uFE0F\u200D]+[ \t]*")  # pictographs, and the spaces after them


def _aside_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a bracketed aside opening it (:data:`_OPENING_ASIDE`) that opens with "for" or names the
    English as a translation or version (:data:`_ASIDE_WORD`), when the ``arabic`` opens with no bracket of its own and
    accounts for little of it (:func:`_unaccounted`), three words of English after it at least; ``start`` if none. The
    span may start inside the bracket (its opener was cut as punctuation), or at pictographs before it (a review's stars,
    "★★★★★ (Translated by Google) ...": :data:`_PICTOGRAPHS`, no words)."""
    pictographs = _PICTOGRAPHS.match(text, start, end)
    at = pictographs.end() if pictographs is not None and text[pictographs.end() : pictographs.end() + 1] in "([" else start
    opening = at - 1 if at > 0 and text[at - 1] in "([" and text[at] not in "([" else at
    found = _OPENING_ASIDE.match(text, opening, end)
    if found is None or arabic.lstrip()[:1] in "([":
        return start
    words = _LATIN_WORD.findall(found.group("words"))
    if not 0 < len(words) <= _LEAD_WORDS or not (words[0].lower() == "for" or any(_ASIDE_WORD.match(w) for w in words)):
        return start
    rest = text[found.end() : end]
    if len(_LATIN_WORD.findall(rest)) < 3 or not _unaccounted(found.group("words"), arabic, rest):
        return start
    return found.end()


# A collapsed block's opening as GitHub and other Markdown sites write it ("<details>\n<summary>Translation</summary>\n\n"): its
# title names the block, whose text follows; no word of it is the translation's.
_DETAILS_OPENING = regex.compile(r"(?i)<details\b[^>\n]{0,40}>[ \t]*\n?[ \t]*<summary\b[^>\n]{0,40}>[^<\n]{0,60}</summary>\s*")


def _details_lead(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` starts after a collapsed block's opening and its title (:data:`_DETAILS_OPENING`), two words of
    English after it at least; ``start`` if none."""
    found = _DETAILS_OPENING.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return start
    return found.end()


# A chat's quote line (Slack, Discord: ">text" or "> text" at a line's start) under a short first line that introduces it
# ("*EN:*\n>Hello ...", "*Translation* :white_check_mark:\n>Sami's ..."): the quote holds the text, the line above is a label.
_QUOTE_UNDER_LABEL = regex.compile(r"[^\n]{1,60}\n[ \t]*>[ \t]*(?=[^\s>])")
_QUOTE_LABEL_WORDS = 4  # a label line over a quote is no longer


def _quoted_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts in a quote line under a short label line (:data:`_QUOTE_UNDER_LABEL`), at most
    :data:`_QUOTE_LABEL_WORDS` words the ``arabic`` does not account for (:func:`_accounted`) and three words of English
    quoted at least; ``start`` if none."""
    found = _QUOTE_UNDER_LABEL.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 3:
        return start
    label = text[start : found.end()].rsplit("\n", 1)[0]
    if not 0 < len(_LATIN_WORD.findall(label)) <= _QUOTE_LABEL_WORDS or _accounted(label, arabic, text[found.end() : end]):
        return start
    return found.end()


# A commenter's name on its own line ("Walid.tr", "Karim E"), as a page's export or copy (Facebook's) sets it over the comment's text.
_NAME_LINE = regex.compile(r"[ \t]*[\p{L}\p{N}][\p{L}\p{N}._'’-]{0,29}(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}._'’-]{0,29})?[ \t]*\n[ \t]*(?=\S)")


def _name_line_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts under a name line (:data:`_NAME_LINE`) of a comment copied with its page's chrome, its
    row of reactions closing it (:data:`_CHROME`: "Walid.tr\nSami texted Layla again.\nLike · Reply · 1y"): the name is its
    writer's, unless the ``arabic`` gives its words (:func:`explained`: "Hello\nHow are you?" of مرحبا); a name it spells is the
    writer's all the same ("Walid" of وُلد); two words of English after it at least; ``start`` if none."""
    found = _NAME_LINE.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2 or _CHROME.search(text, found.end()) is None:
        return start
    return start if explained(text[start : found.end()], arabic) else found.end()


# A reblog chain's attribution line, as Tumblr sets it over each blog's part of the post ("karim_e:\n\n"): a blog's name, in
# lower case with no space, alone on its line before a colon.
_REBLOGGER = regex.compile(r"[ \t]*[a-z0-9][a-z0-9._-]{0,31}:[ \t]*\n\s*(?=\S)")


def _reblog_lead(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` starts under a reblog chain's attribution line (:data:`_REBLOGGER`: "adnan:\n\nSami wanted ..."),
    two words of English under it at least, whatever the Arabic says (a name it spells is the blog's all the same);
    ``start`` if none."""
    found = _REBLOGGER.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return start
    return found.end()


def _line_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a first line that only introduces the lines under it (:data:`_LINE_LEAD`: "The tag
    says\nThe latest one was Thailand."), when two words of English at least follow and the ``arabic`` accounts for no word of
    the line that the lines under it do not hold (:func:`_accounted`: a poem's "Everyone says\nthat love is blind" of الجميع
    يقول إن الحب أعمى); ``start`` if none."""
    found = _LINE_LEAD.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return start
    return start if _accounted(text[start : found.end()], arabic, text[found.end() : end]) else found.end()


# A mark of which part of a translation split over several comments this is, in brackets or as "part k:" ending a lead,
# before the part's words ("[1/2] Layla ...", "(1 of 2) May I ...", "English, part 1: I used ..."): not before lower case
# ("(1/2) cup of flour").
_PART_MARK_AFTER_LEAD = regex.compile(
    r"""[ \t]*(?:[(\[][ \t]*[1-9][ \t]*(?:/|(?i:of))[ \t]*[1-9][ \t]*[)\]][ \t]+
    |(?i:part)[ \t]+[1-9](?:[ \t]*(?:/|(?i:of))[ \t]*[1-9])?[ \t]*[:\-–—][ \t]*\n?[ \t]*)(?=[^\p{Ll}\s])""",  # "translation, part 1 of 2 —\n", "English, part 1:"
    regex.X,
)


def _part_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a short lead that ends in the mark of which part of a split translation
    follows (:data:`_PART_MARK_AFTER_LEAD`: "fan translation incoming [1/2] Layla had ...", "ok translating, bear with me
    (1/2) May I ..."): whatever its words, at most :data:`_LEAD_WORDS` of them in one sentence that the ``arabic`` does
    not account for (:func:`_accounted`), they announce the part, as the mark does; ``start`` if none. The mark alone
    at the start is :func:`~.cues.lead_in`'s."""
    mark = _PART_MARK_AFTER_LEAD.search(text, start, min(end, start + 160))
    if mark is None or _LEAD_END_BREAK.search(text, start, mark.start()) or len(_LATIN_WORD.findall(text, mark.end(), end)) < 2:
        return start
    lead = text[start : mark.start()]
    if not 0 < len(_LATIN_WORD.findall(lead)) <= _LEAD_WORDS or _accounted(lead, arabic, text[mark.end() : end]):
        return start
    return mark.end()


def part_lead(text: str, start: int, end: int) -> int:
    """Where the English ``[start, end)`` of another part of a split translation starts after a lead that ends in its part
    mark (:func:`_part_lead`: "fan translation incoming (1/2) It was amazing ..."), with no Arabic to account for the lead:
    the part's own words are the English after the mark."""
    return _part_lead(text, start, end, "")


def part_end(text: str, start: int, end: int) -> int:
    """Where the English ``[start, end)`` of another part of a split translation ends: without the ellipsis after its
    last sentence saying that more follows (:func:`_trailing_ellipsis`: "... develop symptoms. ...")."""
    return _trailing_ellipsis(text, start, end)


# A time mark opening a line of lyrics, a video's moment or a chat's row ("2:46 ~ ", "[1:02:15] ", "(0:45) - ", "03:12 | "):
# the place in the song or video, no word of the translation.
_TIME_MARK = regex.compile(r"[(\[]?[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]*[)\]]?(?:[ \t]*(?:[~=|:>•·]|-+|[–—]|->|→))?[ \t]+(?=\S)")


# A chat log's speaker mark opening a row, as IRC clients write it after the row's time ("<fadi_m> ", "<@op> ", "< nick> "):
# the nick in angle brackets, a channel mode's sign before it; no word of the translation.
_NICK_MARK = regex.compile(r"[ \t]*<[ @+%&~]?[\p{L}_\[\]\\^{}|`][\p{L}\p{N}_\[\]\\^{}|`.\-]{0,31}>[ \t]+(?=\S)")


def _nick_lead(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` starts after a chat log's speaker mark opening it (:data:`_NICK_MARK`: "<fadi_m> Sami is ..."),
    two words of English after it at least; ``start`` if none."""
    if text[start : start + 2].lstrip()[:1] != "<":  # most spans open otherwise
        return start
    found = _NICK_MARK.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return start
    return found.end()


def _timed_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a time mark opening it (:data:`_TIME_MARK`) that the ``arabic`` does not hold;
    ``start`` if none."""
    found = _TIME_MARK.match(text, start, end)
    if found is None or regex.sub(r"\D", "", found.group()) in regex.sub(r"\D", "", arabic) or not _LATIN_WORD.search(text, found.end(), end):
        return start
    return found.end()


# A chat message's header line as Discord prints it over the message: the writer's name, a dash and when it was sent
# ("Issam_R — Today at 21:14", "rami — Yesterday at 9:14 PM", "Omar K — 03/12/2024 21:14"), or the time alone
# ("Today at 16:47", "— Today at 16:47" where the name was read as a passage of its own), or as Slack and Teams print it,
# the name and a time on a twelve-hour clock ("Khalil R  9:15 AM"); the message on the lines under it.
_SENT_AT = r"(?:(?:(?:Today|Yesterday)[ \t]+at[ \t]+|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?|\d{1,2}:\d{2}[ \t]*[AaPp]\.?[Mm]\.?)"
_CLOCK = regex.compile(r"\d:\d{2}[ \t]*[AaPp]\.?[Mm]")  # a time on a twelve-hour clock: Slack's and Teams' header has it alone
_CHAT_HEADER = regex.compile(
    rf"[ \t]*(?:[\p{{L}}\p{{N}}_.'’\-]{{1,32}}(?:[ \t]+[\p{{L}}\p{{N}}_.'’\-]{{1,32}}){{0,2}}[ \t]+)?(?:[—–-][ \t]+)?{_SENT_AT}[ \t]*\n\s*(?=\S)"
)
_HEADER_CHARS = 80  # a header line is no longer


def _header_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts under a chat message's header line (:data:`_CHAT_HEADER`: "Issam_R — Today at
    21:14\nSami can leave.", Slack's and Teams' "Khalil R  9:15 AM\n...") whose time the ``arabic`` does not hold, two words of English under it at least; ``start``
    if none."""
    head = text[start : start + _HEADER_CHARS]
    if " at " not in head and "/" not in head and _CLOCK.search(head) is None:  # most spans open otherwise
        return start
    found = _CHAT_HEADER.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return start
    stamp = regex.search(r"\d{1,2}:\d{2}", found.group())
    return start if stamp is not None and stamp.group() in arabic else found.end()


def header_over(text: str, start: int, at: int) -> bool:
    """Whether ``text[start:at]`` is only a chat message's header line (:data:`_CHAT_HEADER`) over the English at ``at``:
    the site's layout, no remark of the writer's left out before a translation."""
    if not 0 < at - start <= _HEADER_CHARS or (" at " not in text[start:at] and "/" not in text[start:at]):
        return False
    found = _CHAT_HEADER.match(text, start, at + 1)
    return found is not None and found.end() == at


# A learner's words offering a translation for checking, in the first person, with no mark after them: a question whether it
# is right ("is this right?", "am i close?"), how they translated it ("i translated it as ...", "i went with ...", "i'd go
# with ...") or what their answer was ("my answer was ...", "my try is ...", "mine was ..."), after chat openers ("ok so ...").
# What they put down or would say ("i wrote ...", "I typed ...", "i got ...", "I put ...", "i'd say ...") is a lead only in
# a comment that ends doubting it (:data:`_DOUBTED`): "I wrote a letter to my mother.", "I got here Monday night." and "I
# would say that this is better." are translations of their own.
# (With a mark after them, "my try: ...", they are a framed lead already.)
_CHECK_QUESTION = r"""(?:is[ \t]+(?:this|that|it|mine)(?:[ \t]+one)?[ \t]+(?:right|correct|ok(?:ay)?|good|close)|am[ \t]+i[ \t]+(?:right|close)
    |did[ \t]+i[ \t]+get[ \t]+(?:this|it|that)(?:[ \t]+right)?|how[ \t]+did[ \t]+i[ \t]+do)"""
_ATTEMPT_LEAD = regex.compile(
    rf"""(?i:(?:(?:ok(?:ay)?|so|well|hmm+|um+|lol|yeah)[ \t]*,?[ \t]+){{0,2}}
    (?:(?P<asked>{_CHECK_QUESTION}[ \t]*\?+)[ \t]*(?:\n\s*)?
     | (?:i|we)(?:[ \t]+(?:just|also|first|originally|had))?[ \t]+(?:translated(?:[ \t]+(?:it|this|that))?(?:[ \t]+as)?|went[ \t]+with|came[ \t]+up[ \t]+with)
     | (?:i['’]?d|i[ \t]+would)[ \t]+(?:go[ \t]+with|translate[ \t]+(?:it|this)[ \t]+as)
     | (?:my|our)[ \t]+(?:answer|attempt|try|guess|translation|version|tl)[ \t]+(?:was|is|would[ \t]+be)
     | mine[ \t]+(?:was|is|would[ \t]+be)
     | (?P<put>(?:i|we)(?:[ \t]+(?:just|also|first|originally|had))?[ \t]+(?:wrote|put(?:[ \t]+down)?|got|typed|answered|submitted|entered|chose|picked)
       | (?:i['’]?d|i[ \t]+would)[ \t]+(?:say|put)))
    [ \t]*,?[ \t]*)(?=["“‘'«]?\p{{L}})""",
    regex.X,
)
_ATTEMPT_HINT = re.compile(r"(?i)\b(?:i|we|my|our|mine|is|am|did|how|ok|okay|so|well|hmm|um|lol|yeah)\b")  # what every such lead opens with
# The end of a comment that doubts the attempt it offers: a note in brackets saying it may be wrong ("(probably wrong lol)",
# "(not sure about the verb tho)", "(be gentle, grammar is hard)"), or a learner's words after it (:data:`_CHECKED_OFF`:
# "... is that ok?", "... but it was marked wrong").
_DOUBTED = regex.compile(
    r"""(?i)\([^()\n]{0,60}?(?<![\p{L}'’])(?:wrong|sure|unsure|probably|prob|idk|mistakes?|correct|right|grammar|verb|tense|typos?|spelling|gentle)(?![\p{L}'’])[^()\n]{0,60}\)
    [\s.!]*[\p{So}\p{Sk}\uFE0F\u200D\s]*$""",
    regex.X,
)


def _doubted(text: str, start: int) -> bool:
    """The comment ``text`` ends, after ``start``, doubting the attempt it offers (:data:`_DOUBTED`, :data:`_CHECKED_OFF`)."""
    end = len(text.rstrip())
    return _DOUBTED.search(text, max(start, end - 160)) is not None or (
        _CHECKED_HINT.search(text, max(start, end - 16), end) is not None and _CHECKED_OFF.search(text, max(start, end - 80), end) is not None
    )


def attempt_frame(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` opens with a learner's words offering their own translation (:data:`_ATTEMPT_LEAD`: "I
    translated it as", "My translation is", not what they put down or a question) before a quote or a capital and two
    words at least: the writer says what follows is their translation of the Arabic, as "It means" does."""
    found = _ATTEMPT_LEAD.match(text, start, end) if _ATTEMPT_HINT.match(text, start, end) else None
    if found is None or found.end() == start or found["put"] is not None or found["asked"] is not None:
        return False
    at = found.end()
    return at < end and (text[at].isupper() or text[at] in "\"“‘'«") and len(_LATIN_WORD.findall(text, at, end)) >= 2


def _attempt_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a learner's words offering it for checking (:data:`_ATTEMPT_LEAD`: "i translated it
    as ...", "is this right? ...", "my answer was ...", "i wrote ... (probably wrong)"), twice after a question only ("is this right?
    i wrote ..."; in "i wrote i got home late" the second is what they wrote), that the ``arabic`` does not account for ("I wrote ..." of كتبت is the translation's own), before two words of
    English at least; ``start`` if none."""
    first = start
    for _ in range(2):
        found = _ATTEMPT_LEAD.match(text, first, end) if _ATTEMPT_HINT.match(text, first, end) else None
        if found is None or found.end() == first or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
            break
        if found["put"] is not None and not _doubted(text, found.end()):
            break
        if _accounted(text[first : found.end()], arabic, text[found.end() : end]):
            break
        first = _after_lead(text, found.end(), end)[0]
        if found["asked"] is None:  # "i wrote i got home late": what they wrote starts after their first words
            break
    return first


# ------------------------------------------------------------------------------------------
# A frame before a translation, by its grammar rather than by its phrase: chat markers ("ok so", "lol", "fwiw"), a
# short clause closed by a comma ("for those asking,"), a manner ("in plain english", "word for word"), then a subject
# that is the text (a pronoun, "the second one", "your aunt's text", "what she wrote") or its writer ("they", "the op")
# with a verb of saying, meaning or writing ("says", "is saying", "boils down to", "comes out as") or, for the text
# only, a copula ("is", "'s", "would be", "is basically"), then adverbs and manners ("more or less", "in plain
# english"). Or markers and manners alone before a capital ("more or less The ..."). The translation starts where
# the frame ends: a capital or a quote restarting mid-sentence says so; lower-case text goes by the frame's strength
# and by what the Arabic accounts for (:func:`_frame_lead`).
_W = r"[ \t]+"
_MARKER = rf"(?:ok(?:ay)?|k|so|well|yeah|yes|yep|{_LAUGH}|honestly|tbh|fwiw|right|alright|anyway|anyways|oh|ah|hmm|um|and|but|also|basically)"
_MANNER = rf"(?:in(?:{_W}(?:plain|simple|proper|normal|rough|good|real))?{_W}(?:english|arabic)|in{_W}short|translated|in{_W}translation|in{_W}other{_W}words|word{_W}for{_W}word|(?:literally|roughly|loosely|broadly|strictly)(?:{_W}(?:speaking|translated))?|more{_W}or{_W}less|pretty{_W}much|approximately|essentially|basically)"
# A hedge ("prob She ...", "lit. Tell ...", "approx The ..."): a frame's adverb that needs a capital or a quote after it.
_HEDGE = r"(?:prob|probably|lit\.?|approx\.?)"
_ADVERB = rf"(?:{_MANNER}|{_HEDGE}|kinda|kind{_W}of|sort{_W}of|just|really|actually|like|pretty{_W}much|(?:something|smth|sth|smthn|smthng|sumn){_W}like|simply)"
_TEXT_NOUN = r"(?:text|post|comment|message|msg|caption|sign|line|sentence|part|bit|one|word|words|phrase|verse|tweet|title|quote|writing|arabic|meme|picture|pic|image|video|letter|note|reply|status|story|saying|bio|first|second|last|rest|gist|meaning|point|translation|version)"
_TEXT_SUBJECT = rf"""(?:(?:it|its|it['’]s|this|that|which)(?:{_W}one)?
    | (?:first|second|third|last|top|bottom|other|next)(?:{_W}{_TEXT_NOUN})?
    | (?:the{_W})?(?:start|beginning|end)(?:{_W}bit)?{_W}of{_W}(?:it|this|that)
    | (?:the|this|that|your|his|her|their|my|our|op['’]?s|\p{{L}}+['’]s)(?:{_W}[\p{{L}}'’]+){{0,2}}?{_W}{_TEXT_NOUN}(?:{_W}(?:up{_W}there|above|below|(?:of|on|in){_W}(?:it|this|that|there)))?
    | what{_W}(?:[\p{{L}}'’]+{_W}){{0,2}}?(?:wrote|writes|said|says|posted|sent|typed|put|means|meant))"""
_PERSON = rf"(?:he|she|they|op|(?:he|she)['’]s|they['’]re|(?:the|your|his|her|their|my|our){_W}(?:[\p{{L}}'’]+{_W})?[\p{{L}}'’]+)"
_EQUALLING = r"(?:boils|comes|came|amounts|translates|translated|works|breaks|sums|adds)"
_EQUALS = rf"{_EQUALLING}(?:{_W}(?:down|out|up))?{_W}(?:to|as)"  # "comes out as"
_SAYING = rf"""(?:(?:is|was|are|were|['’]s|['’]re){_W}(?:saying|telling{_W}(?:you|us|him|her|them|me)|writing)
    | says|said|saying|(?:yell|scream|shout)(?:s|ed|ing)|means|meant|reads|read|writes|wrote|goes|went|put{_W}it|tells{_W}(?:you|us|him|her|them|me))"""
_SAY_VERB = rf"(?:{_SAYING}|{_EQUALS})"
# A verb of equating in lower case with chat's dropped "it" ("translates to smth like ...", "boils down to ..."), as "means" and
# "says" go bare: a verb that equates the text with what follows, never a translation's first words in lower case.
_BARE_EQUALS = rf"(?:translates|boils{_W}down|sums{_W}up|comes{_W}out){_W}(?:to|as)"
# A person says the text with a verb of saying, or equals it only after a particle ("she sums up as"): a person who "came
# to" or "works to" does it ("He came to ask us to help him." is a translation's own sentence).
_PERSON_SAY = rf"(?:{_SAYING}|{_EQUALLING}{_W}(?:down|out|up){_W}(?:to|as))"
_TOOL = r"(?:google(?:[ \t]+translate)?|deepl|bing|yandex|chat[ \t]?gpt)"  # a machine translation, a source cited
_SOURCE = rf"(?:(?:according{_W}to|per){_W}(?:[\p{{L}}'’]+{_W})?[\p{{L}}'’]+|{_TOOL}{_W}(?:says|gives))[ \t]*,?{_W}"  # "According to google it's ...", "google says it's ..."
_COPULA = rf"(?:['’]s(?!{_W}(?:{_ADVERB}{_W})?{_SAY_VERB})|(?<=(?<![\p{{L}}'’])it)s(?!{_W}(?:{_ADVERB}{_W})?{_SAY_VERB})|{_W}(?:is|was)|{_W}(?:would|will|should|could|might|['’]d){_W}be)"
_FRAME = regex.compile(
    rf"""(?i:(?P<markers>(?:{_MARKER}[ \t]*,?{_W}){{0,3}})
    (?:(?P<clause>(?:[\p{{L}}'’]+{_W}){{1,4}}?[\p{{L}}'’]+,{_W}|{_SOURCE})?
    (?P<manner>(?:{_MANNER}[ \t]*,?{_W})?)
    (?:(?P<text>{_TEXT_SUBJECT})(?:{_W}(?:{_ADVERB}{_W})?(?P<tsay>{_SAY_VERB})|(?P<copula>{_COPULA}))
     | (?P<person>{_PERSON}){_W}(?:{_ADVERB}{_W})?(?P<psay>{_PERSON_SAY})
     | (?P<tsay>to{_W}(?:say|mean|put{_W}it)(?:{_W}that)?|(?-i:means|says|{_BARE_EQUALS})))[ \t]*[,:]?{_W}
     | (?P<manner>{_MANNER}[ \t]*,?{_W}))?
    (?P<after>(?:(?=(?-i:\p{{Ll}}))(?P<adverb>{_ADVERB})[ \t]*[,:]?{_W})*))""",
    regex.X,
)
_FIRST_WORD = regex.compile(r"\p{Latin}[\p{Latin}'’]*|\p{N}+")  # a translation's first word after a frame: a number's too ("it means 69 ...")
_CHAT_MARKERS = frozenset(("ok", "okay", "k", "lol", "lmao", "haha", "fwiw", "tbh", "honestly"))  # never a translation's own first word


def _frame_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a frame (:data:`_FRAME`) of at most :data:`_LEAD_WORDS` words that the
    ``arabic`` does not account for, when what follows it is a translation's start: a capital or a quote restarting
    mid-sentence (:func:`_restarts`), or lower-case text the Arabic accounts for after a strong frame
    (:func:`_strong_frame`), by half its words, laughter after it aside (:func:`_sentence_accounted`: "lmao he said to
    know that he ..." has no rare word the table gives); ``start`` if none. Its first person makes a lead the writer's own sentence."""
    found = _FRAME.match(text, start, min(end, start + 160))
    quoted = found is not None and text[found.end() : found.end() + 1] in _OPENING_QUOTES
    if found is None or found.end() == start or not _FIRST_WORD.match(text, found.end() + quoted):
        return start
    verb = found["tsay"] or found["psay"] or found["copula"]
    likened = _likened(found, arabic)
    chatted = _chat_manner(text, start, found, arabic) if verb is None else None
    if verb is None and not (found["manner"] or _manners(found) or _hedged(found) or likened or chatted is not None):
        return start  # markers or adverbs alone ("Actually, I ...", "Like many ..."): the translation's own, or chat openers (:func:`_opener_lead`)
    first = found.end() if chatted is None else chatted
    quoted = text[first : first + 1] in _OPENING_QUOTES
    lead, rest = text[start:first], text[first:end]
    if len(_LATIN_WORD.findall(lead)) > _LEAD_WORDS or len(_LATIN_WORD.findall(rest)) < 2:
        return start
    if _FIRST_PERSON_WORD.search(f'{found["clause"] or ""} {found["person"] or ""}') and not _likened_by_someone(found, likened):
        return start  # "I did bungee jumping, that is I ...", "my friend said": the writer's own sentence ("what I wrote", "my comment" are texts)
    if not any(c.islower() for c in lead) or _frame_accounted(found, arabic, rest) or _restarted_within(lead):
        return start  # a lead in capitals is a text written in capitals ("OKAY IT'S BIT BY BIT"): no capital restarts it
    nxt = _FIRST_WORD.match(text, first + quoted)
    assert nxt is not None
    if nxt.group()[0].isupper() or quoted:
        if verb is None and nxt.group() == "I" and _hedged(found):
            return start  # "probably I ...": the writer's own hedge
        if quoted and found["person"]:  # 'he's screaming "I am ...': a person's words in quotation marks are the quotation
            return first
        return first if _restarts(found, nxt.group(), arabic, len(_LATIN_WORD.findall(rest))) else start
    if verb is None and not (likened or chatted is not None):
        return start  # "Roughly speaking it's and ...": a manner alone goes before a capital only, but in chat's lower case
    if verb is not None and verb.lower() in _QUOTATIVES and "like" not in (a.lower() for a in found.captures("adverb")):
        return start  # "They went out for dinner ...": before lower case, a verb of going, not of saying ("it goes like ..." is one)
    flowing = found["person"] is not None and lead.lstrip(" \t\"'“‘*_")[:1].isupper() and _capital_within(rest)  # "He said, in remarks by CNN ..."
    strong = likened or chatted is not None or _strong_frame(found, flowing) or _chat_copula(text, start, found, arabic)
    return first if strong and _sentence_accounted(_LAUGHED_OFF.sub("", rest), arabic, "") else start


# An Arabic sentence opening with a pronoun or a demonstrative that English gives as "it's", "this is" (إنها, هذا, Egyptian ده)
_IT_OPENING = regex.compile(r"[\s\p{P}]*[وف]?(?:[إأا]ن(?:ه|ها)|هذا|هذه|هو|هي|ذلك|تلك|ده|دي|دا)(?!\p{L})")


_PRESENT_COPULAS = frozenset(("s", "'s", "’s", "is"))


_SOMEONE_OF_MINE = regex.compile(r"(?i)(?:my|our)[ \t]+[\p{L}'’]+(?:[ \t]+[\p{L}'’]+)?")  # "my grandma", "our old teacher"


def _likened_by_someone(found: regex.Match[str], likened: bool) -> bool:
    """The frame ``found`` reports someone the writer names as theirs ("my grandma", "our teacher"), no first person in its
    clause, and offers what follows as a likeness or in a manner (``likened``, :func:`_likened`: "my grandma says something
    like On 21 March ...", "my dad said roughly ..."): a lead, though "my" is in it. Without the hedge ("my friend said it
    was fine") the report is the writer's own sentence."""
    person = found["person"] or ""
    if found["clause"] and _FIRST_PERSON_WORD.search(found["clause"]) or _SOMEONE_OF_MINE.fullmatch(person) is None:
        return False
    return likened or bool(found["manner"]) or _manners(found)


def _chat_copula(text: str, start: int, found: regex.Match[str], arabic: str) -> bool:
    """The frame ``found`` is a bare "its"/"it's" opening a comment written all in lower case ("its wacth your muoth
    tom"): chat's "it's: ..." before the translation, as after a chat marker ("lol its ..."), unless the ``arabic``
    opens with a pronoun or a demonstrative (:data:`_IT_OPENING`, إنها, هذا: "its raining" is then the translation's own)."""
    copula = (found["copula"] or "").strip().lower()
    if copula not in _PRESENT_COPULAS or found["markers"] or (found["text"] or "").lower() not in ("it", "its", "it's", "it’s") or text[:start].strip():
        return False  # "it was something like ...", "that's ...": the translation's own
    if any(c.isupper() for c in text):
        return False
    return _IT_OPENING.match(arabic) is None


def _chat_manner(text: str, start: int, found: regex.Match[str], arabic: str) -> int | None:
    """Where the frame ``found`` ends when it is only markers and manners, a manner or laughter among them ("basically",
    "pretty much", "lol"), opening a message (:func:`_opens_message`) in lower case, or in a capital set off by a comma
    ("Literally, so I ..."): chat's way of offering the gist ("basically sami said that ...", "@tamer pretty much i think
    ..."), where no capital can say the translation starts after it. It ends after its last manner or laughter: a marker
    after that is the translation's first word ("basically yes, i did ..." of اه), an adverb after it is the frame's
    ("basically smth like ..."). None if it is no such frame, or the ``arabic`` gives a one-word manner of it as one of a
    word's main senses (:func:`_main_senses`: "literally" of حرفيا; an idiom's words, "in short", are no senses), has a hedge
    of degree for an idiom of it (:data:`_ARABIC_HEDGE`: "pretty much the same ..." of يشبه إلى حد كبير) or laughs itself
    (ههههه)."""
    head = found.group()
    lowered = not any(c.isupper() for c in head) or not any(c.isupper() for c in head[1:]) and _MANNER_COMMA.match(head) is not None
    if not _opens_message(text, start) or not lowered or found["clause"] or found["text"] or found["person"]:
        return None
    manners = list(_MANNER_WORD.finditer(text, start, found.end()))
    laughs = list(_LAUGH_MARKER.finditer(text, start, found.end()))
    if not manners and (not laughs or len(found["markers"].replace(",", " ").split()) > len(laughs)):
        return None  # "lol ok ...", "haha so The ...": chat openers in a row (:func:`_opener_lead`)
    senses = _main_senses(arabic)
    idioms = [m for m in manners if _LATIN_WORD.fullmatch(m.group()) is None]
    if idioms and _ARABIC_HEDGE.search(arabic) or any(m.group().lower() in senses for m in manners) or laughs and _ARABIC_LAUGH.search(arabic):
        return None
    cut = max([m.end() for m in manners + laughs] + [b for _, b in found.spans("adverb")])
    gap = _GAP.match(text, cut)
    return cut if gap is None else gap.end()


# The Arabic's own hedge of degree ("roughly", "to a large extent", "more or less", "about", "nearly"), which an English idiom
# of degree opening the translation renders ("pretty much the same ..." of يشبه إلى حد كبير ...).
_ARABIC_HEDGE = regex.compile(r"(?<!\p{L})(?:[وف]?تقريب[اًا]?|(?:إلى|الى|إلي|لحد|ل)\s*حد\s+(?:كبير|ما|بعيد)|نوع[اًا]?\s+ما|حوال[يى]|[يتن]كاد)(?!\p{L})")
_MANNER_COMMA = regex.compile(r"[\p{L} \t]+,[ \t]")  # a capitalised manner set off by its comma ("Literally, ")
_LAUGH_MARKER = regex.compile(rf"(?<![\p{{L}}]){_LAUGH}(?![\p{{L}}])", regex.I)  # laughter among a frame's markers
# What may stand on a message's line before its first word: nothing, a speaker's label or a lead ending in a colon or a dash
# ("05/03/2024, 18:12 - Sara: ", "[20:42:29] cozy_cactus: "), and the handles the message addresses ("@tamer_77 ").
_MESSAGE_OPENER = regex.compile(r"(?:[^\n]*(?::|[ \t][-–—]))?(?:[ \t]*@[\p{L}\p{N}_.\-]+[,:]?)*[ \t]*")


def _opens_message(text: str, start: int) -> bool:
    """``start`` opens a message: only a speaker's label or a lead ending in a mark, and handles, stand before it on its
    line (:data:`_MESSAGE_OPENER`)."""
    return _MESSAGE_OPENER.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")  # a blank line between paragraphs


def _capital_within(rest: str) -> bool:
    """The first paragraph of ``rest`` has a capitalised word other than "I" ("He said, in remarks published by CNN ...",
    "... page. He didn't ..."): the English before it may run on into it as the translation's own sentence. "I", which
    English always writes in a capital, says nothing of it ("He's saying and if someone ..., I did my part."), nor does a
    paragraph after it (a remark under the translation)."""
    brk = _PARAGRAPH_BREAK.search(rest)
    return any(w[0].isupper() and regex.split(r"['’]", w)[0] != "I" for w in _LATIN_WORD.findall(rest, 0, brk.start() if brk else len(rest)))


def _restarted_within(lead: str) -> bool:
    """The ``lead`` starts in lower case and a word of it after the first in a capital (not "I"): the translation
    starts there, inside the would-be frame ("ok so It's a new book ...": :func:`_opener_lead` cuts before it)."""
    words = _LATIN_WORD.findall(lead)
    return bool(words) and words[0][0].islower() and any(w[0].isupper() and w != "I" for w in words[1:])


_EQUALS_VERB = regex.compile(_EQUALS, regex.I)


def _frame_accounted(found: regex.Match[str], arabic: str, rest: str) -> bool:
    """The ``arabic`` accounts for a word of the frame ``found`` that the translation after it (``rest``) does not hold
    (as a stem: "comes to" before "... come true"): of its subject, most of its clause (:func:`_mostly_given`) or its
    verb; not of its markers, manners, adverbs or a verb of equating ("boils down to"), which are the frame's by their
    form ("so", "come" are words the table gives for many Arabic words), nor of a bare pronoun subject ("its saying ...");
    the verb counts when it is one of an Arabic word's main senses (:func:`_main_senses`) and the subject is no text the
    Arabic gives nothing of ("the writing means" before Egyptian, whose يعني gives "mean"), and never of Egyptian's filler
    يعني alone (:func:`_unfilled`: "it just means ..."). "She says" of تقول is the translation's own."""
    verb = found["tsay"] or found["psay"] or found["copula"] or ""
    hedges = [a for a in found.captures("adverb") if _HEDGE_WORDS.fullmatch(a)]  # "probably" of ربما is the translation's own
    subject = "" if _BARE_TEXT.fullmatch(found["text"] or "") else found["text"] or ""  # "its saying ...": a pronoun has no sense to give
    held = set(english_tokens(rest))
    words = " ".join(w for w in _LATIN_WORD.findall(" ".join((subject, found["person"] or "", *hedges))) if not held.intersection(english_tokens(w)))
    if words and (explained(_unasked(words), arabic) or _named_in(_uncommon(words), arabic)) or _mostly_given(found["clause"] or "", arabic, held):
        return True
    if subject and found["tsay"]:
        return False  # "the writing means" with the Arabic giving no word of "the writing": a verb of the text's saying is the frame's
    background = lexicon().background
    verb_words = [] if _EQUALS_VERB.fullmatch(verb) else [w for w in english_tokens(verb) if not held.intersection((w, _base(w))) and background.get(w, 0.0) < _COMMON]
    return any(w in _main_senses(_unfilled(arabic)) for w in verb_words)


# Egyptian's يعني alone, the filler of speech ("I mean", "like"): not beside a demonstrative ("ده يعني", "يعني هذا") nor after
# "مما" ("which means"), where it is a verb whose subject is a text.
_FILLER_MEANS = regex.compile(r"(?<!(?:هذا|هذه|ذلك|ده|دا|دي|م?ما)\s+)(?<!\p{L})[وف]?يعن[يى](?!\p{L})(?!\s+(?:هذا|هذه|ذلك|ده|دا|دي)(?!\p{L}))")


def _unfilled(arabic: str) -> str:
    """The ``arabic`` without its filler يعني (:data:`_FILLER_MEANS`), whose "mean" the table gives: a lead's "it just means",
    "# means:" before a translation is the lead's verb, saying what the text means, not the filler rendered."""
    return _FILLER_MEANS.sub(" ", arabic)


# Verbs of going that chat uses for saying ("he goes "no way"", "she went, I'm done"): only before a quote or a capital.
_QUOTATIVES = frozenset(("goes", "went"))
_IRREGULAR = {"said": "say", "meant": "mean", "wrote": "write", "written": "write", "goes": "go", "went": "go", "told": "tell"}


def _base(verb: str) -> str:
    """The base form of a verb of saying ("saying", "says", "said" -> "say"): the translation's own "I say" of بقول holds the
    Arabic's sense, so the frame's "he's saying" is not given by it a second time."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    for ending in ("ing", "ed", "s"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


def _uncommon(words: str) -> str:
    """``words`` without those among the commonest of running English (:data:`_COMMON`): a frame's capital on "What", "This"
    opens its sentence, it is no name the Arabic may spell ("What it says is On 28 ...", "wt" of حيث)."""
    background = lexicon().background
    return " ".join(w for w in _LATIN_WORD.findall(words) if background.get(w.lower(), 0.0) < _COMMON)


def _mostly_given(clause: str, arabic: str, held: set[str]) -> bool:
    """The ``arabic`` gives the words beside its translation in ``clause`` (a frame's "for anyone wondering,", a lower-case
    aside after it): a name it spells, or most of its words that are not among the commonest (:data:`_COMMON`) nor in the
    translation (``held``), more than half. One word is not enough: a long Arabic's loose senses give a word of any short
    clause by chance ("anyone" is the third sense of ينظر, "is seen"; "back", "gets" of a long news sentence's)."""
    own = " ".join(w for w in _LATIN_WORD.findall(clause) if not held.intersection(english_tokens(w)))
    words = [w for w in english_tokens(own) if lexicon().background.get(w, 0.0) < _COMMON]
    given = _arabic_words(arabic)
    return _named_in(own, arabic) or bool(words) and 2 * sum(w in given for w in words) > len(words)


_MAIN_SENSES = 3  # of an Arabic word's senses in the table, its likeliest this many are its main ones


@lru_cache(maxsize=256)
def _main_senses(arabic: str) -> frozenset[str]:
    """The English words that are among the :data:`_MAIN_SENSES` likeliest senses of a word of the ``arabic`` (probability
    :data:`_TRANSLATES` at least): "said" of قال, not of صاحب, whose fifth sense it is (the table's loose senses of a long
    Arabic give a frame's verb by chance)."""
    table = lexicon().t
    senses = set[str]()
    for stem in arabic_tokens(arabic):
        likeliest = sorted(table.get(stem, {}).items(), key=lambda sense: -sense[1])[:_MAIN_SENSES]
        senses.update(e for e, p in likeliest if p >= _TRANSLATES)
    return frozenset(senses)


def _restarts(found: regex.Match[str], word: str, arabic: str, words: int) -> bool:
    """The capitalised ``word`` after the frame ``found`` restarts a sentence: not "I" reported by a person ("She says I ...": the translation's own when the Arabic has the verb) or after a bare "that is", "this
    is" ("That is I don't ...": a speaker's "I mean"), and after a plain copula (:func:`_plain`) the start of a sentence of
    :data:`_RESTART_WORDS` ``words`` at the least ("It's On my way to work, I ran ...", "It's I really liked ..."), not a
    word in capitals ("That's MY line!"), a possessive or a name the Arabic spells ("It's Monday.", "That is Cairo over there.", "The latest one was Thailand.":
    the translation's own)."""
    if word == "I" and found["person"]:
        return False
    if found["copula"] is None or not _plain(found):
        return True
    if word.isupper() and len(word) > 1:
        return False
    bare = _BARE_TEXT.fullmatch(found["text"]) is not None
    return words >= _RESTART_WORDS and not (word == "I" and bare and not found["text"].lower().startswith("it") or word.endswith(("'s", "’s")) or _named_in(word, arabic))


_RESTART_WORDS = 5  # a sentence restarting after a plain "It's" is no shorter (a complement is: "It's Monday, you know.")


def _plain(found: regex.Match[str]) -> bool:
    """The frame ``found`` is a capitalised subject and a copula alone ("It's", "The latest one was"): no marker, clause,
    manner or adverb, nor a subject saying it is what a text says ("what she wrote is"), nor a lower case ("it's Iran
    ...": a chat's lead) stands for its being a frame."""
    text = found["text"] or ""
    framed = found["markers"] or found["clause"] or found["manner"] or found.captures("adverb") or text.lower().startswith("what")
    return not framed and text[:1].isupper()


def _hedged(found: regex.Match[str]) -> bool:
    """The adverbs of the frame ``found`` hold a hedge (:data:`_HEDGE`: "prob", "lit."), which frames a capital or a quote only."""
    return any(_HEDGE_WORDS.fullmatch(a) for a in found.captures("adverb"))


# A likeness hedge, in chat's spellings ("smth like", "something like", "sth like"): what follows is offered as the gist.
_LIKENESS = regex.compile(r"(?i)(?:something|smth|sth|smthn|smthng|sumn)[ \t]+like")


def _likened(found: regex.Match[str], arabic: str) -> bool:
    """The adverbs after the frame ``found`` end in a likeness hedge (:data:`_LIKENESS`: "basically smth like ...", "it's
    something like ...") after more of a frame, whose "something", however common, the ``arabic`` does not give: the frame offers
    the gist after it, in lower case too. "It's something like a dream" of إنه شيء مثل الحلم is the translation's own."""
    adverbs = found.captures("adverb")
    if not adverbs or _LIKENESS.fullmatch(adverbs[-1]) is None or found["copula"] is not None and not _PRESENT.search(found["copula"]):
        return False  # "it was something like a party": a past (or would-be) likeness is the translation's own
    if found.group().strip() == adverbs[-1] and not _LEAD_CUT.search(found.string, max(0, found.start() - 40), found.start()):
        return False  # the hedge alone opening its line: "something like this happened ..." is a translation's start
    return not explained(adverbs[-1].split()[0], arabic, 1.0)  # "like" the table gives for too much (تود "would like", زي)


_PRESENT = regex.compile(r"(?i)['’]s$|^s$|\bis$")  # a copula in the present: "it's", "its", "it is"
_LEAD_CUT = regex.compile(r"\p{L}[ \t,:]+$")  # a lead's word before a span on its line (cut off as a lead already: "it says smth like ...")


def _manners(found: regex.Match[str]) -> bool:
    """The adverbs after the frame ``found`` hold a manner ("more or less", "word for word"), not only "really", "just", "like"."""
    return any(_MANNER_WORDS.fullmatch(a) for a in found.captures("adverb"))


# A frame's source that is a machine translation ("According to Google it's ...", "google says"): it gives one.
_TOOL_NAMED = regex.compile(rf"(?:(?:according{_W}to|per){_W}{_TOOL}|{_TOOL}{_W}(?:says|gives))[ \t]*,?[ \t]*", regex.I)
_BARE_TEXT = regex.compile(r"(?i)it|its|it['’]s|this|that")
_MANNER_WORDS = regex.compile(_MANNER, regex.I)
_MANNER_WORD = regex.compile(rf"(?<![\p{{L}}]){_MANNER}(?![\p{{L}}])", regex.I)  # a manner as words of their own
_HEDGE_WORDS = regex.compile(_HEDGE, regex.I)


# A manner naming the translation ("Translated, it's ...", "In English it is ...", "Word for word, it's ..."): a frame so
# begun gives what follows as the text's translation (:func:`translated_frame`).
_TRANSLATED_MANNER = regex.compile(r"(?i)translat|english|word[ \t-]+for[ \t-]+word")


def translated_frame(text: str, start: int, end: int, line: int | None = None) -> bool:
    """Whether ``[start, end)`` opens with a frame (:data:`_FRAME`) whose manner or clause names the translation and whose
    subject is the text with a copula ("Translated, it's Not really, ...", "Roughly translated, it is "..."") before a
    capital or a quote and two words at least, or (``line``: where its line starts) comes right after one that opens the
    line: the writer says what follows is the translation, as "It means" does."""
    opens = start if line is None else line
    if _TRANSLATED_MANNER.search(text, opens, min(end, opens + 160)) is None:
        return False  # no word naming the translation where the frame would be: the frame's pattern is spared
    found = _FRAME.match(text, opens, min(end, opens + 160))
    if found is None or found["copula"] is None or not any(_TRANSLATED_MANNER.search(m) for m in [*found.captures("manner"), found["clause"] or ""]):
        return False
    at = found.end()
    if line is not None and at != start:
        return False
    return at < end and (text[at].isupper() or text[at] in _OPENING_QUOTES) and len(_LATIN_WORD.findall(text, at, end)) >= 2


def saying_frame(text: str, start: int, end: int, *, person: bool = True) -> bool:
    """Whether ``[start, end)`` opens with a frame (:data:`_FRAME`) whose verb says what the text means or says ("for
    anyone wondering, the writing means ...", or in lower case "he said ..."; ``person`` False: the text's verb only) before at least
    two words: the frame's grammar alone, whatever the Arabic, so a lead-in that :func:`~.cues.lead_in`'s phrases do
    not know still introduces what follows; so does a machine translation named as its source ("According to Google it's ...",
    "google says it's ...", capitals or not). A first person, a lead in capitals or one past a sentence's end is none."""
    found = _FRAME.match(text, start, min(end, start + 160))
    tool = found is not None and found["clause"] is not None and _TOOL_NAMED.fullmatch(found["clause"]) is not None
    if found is None or not (found["tsay"] or person and found["psay"] or tool):
        return False
    lead = text[start : found.end()]
    if not (found["tsay"] or tool) and any(c.isupper() for c in lead):
        return False  # "The CDC has said that ...": a report; a person's verb introduces only in chat's lower case ("lmao he said ...")
    if len(_LATIN_WORD.findall(lead)) > _LEAD_WORDS or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return False
    if _FIRST_PERSON_WORD.search(f'{found["clause"] or ""} {found["person"] or ""}'):
        return False
    return tool or any(c.islower() for c in lead) and not _restarted_within(lead)


def _strong_frame(found: regex.Match[str], flowing: bool) -> bool:
    """A frame that is no translation's own first words before lower-case text, unless ``flowing`` (a capitalised
    person's verb before text with capitals: one sentence, "He said, in remarks published by CNN ..."): a verb of saying,
    meaning or writing, a manner or an adverb, a copula whose subject names the text ("the second one is"), or, in
    a lead written in lower case (chat), a chat marker (:data:`_CHAT_MARKERS`: "lol its ...", not "OK, this is ...")."""
    if flowing:
        return False
    if found["tsay"] or found["psay"] or found["manner"] or _manners(found):
        return True
    if found["copula"] is not None and not _BARE_TEXT.fullmatch(found["text"]):
        return True
    markers = found["markers"].lower().replace(",", " ").split()
    return not found["markers"][:1].isupper() and any(m in _CHAT_MARKERS or _LAUGH_WORD.fullmatch(m) for m in markers)


# The rest of a lead's sentence or line after a lead cut inside it ("Here is what it says| in English. ...", "Lol this one
# is| easy: ..."): a few words up to a colon, a sentence's end or a line break, more English after them.
# An ellipsis ends no lead: a transcript's pause ("it says so, .. so yes ...").
_LEAD_REST = regex.compile(r"[^\n.!?:…\"“‘(\[]{1,80}?(?:(?:\.|[!?]+|:)[ \t]+|(?:\.|[!?]+|:)?[ \t]*\n\s*)(?=\S)")
_LEAD_REST_WORDS = 6  # such a rest is no longer: more words may be the translation's own
_LEAD_ENDED = regex.compile(r"(?:[.!?…:=]|\n)[\s\"“‘'«*_]*$")  # a lead that ends its sentence or line already


def _lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a lead (:func:`_lead_words`) and the rest of its sentence or line (:func:`_lead_rest`)."""
    found = _lead_words(text, start, end, arabic)
    return _lead_rest(text, start, found, end, arabic) if found > start else found


def _lead_rest(text: str, start: int, first: int, end: int, arabic: str) -> int:
    """Where the translation starts after a lead ``[start, first)`` cut inside its sentence or line: past the rest of it
    (:data:`_LEAD_REST`: "Here is what it says| in English. That's ...") when that rest has at most :data:`_LEAD_REST_WORDS`
    words, none the ``arabic`` accounts for (:func:`_accounted`, :func:`_concept_accounted`), and three words after it at
    least that it explains (:func:`explained`); ``first`` otherwise, and when the rest opens in a capital or a quote (the lead
    patterns end before one on purpose: "She says "Go home. ..."")."""
    if _LEAD_ENDED.search(text, start, first):
        return first
    found = _LEAD_REST.match(text, first, end) if text[first : first + 1].islower() else None  # a capital or a quote restarts: the lead ended
    if found is None or not 0 < len(_LATIN_WORD.findall(found.group())) <= _LEAD_REST_WORDS:
        return first
    tail, rest = found.group(), text[found.end() : end]
    if len(_LATIN_WORD.findall(rest)) < 3 or _accounted(tail, arabic, rest) or _concept_accounted(tail, arabic, rest):
        return first
    return found.end() if explained(rest, arabic) else first


def _lead_words(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a lead framed by a mark (:func:`_framed_lead`), a frame by its grammar
    (:func:`_frame_lead`), a lead before a quotation offered as one of alternatives (:func:`_alternative_lead`), a lead ending in a verb of saying, a hedge or "it's" (:func:`_saying_lead`), or else after
    chat openers in lower case (:func:`_opener_lead`: "ok so ...")."""
    framed = _framed_lead(text, start, end, arabic)
    if framed > start:
        return framed
    frame = _frame_lead(text, start, end, arabic)
    if frame > start:
        return _after_lead(text, frame, end)[0]
    offered = max(_alternative_lead(text, start, end, arabic), _proposal_lead(text, start, end, arabic))
    if offered > start:
        return offered
    said = max(_saying_lead(text, start, end, arabic), _reported_lead(text, start, end, arabic))
    return said if said > start else _opener_lead(text, start, end, arabic)


_REPORTED = regex.compile(r"(?i)(?<![\p{L}'’])(?:it|this|that)[ \t]+(?:says|means|reads)[ \t]*[,:]?[ \t]+(?=\p{L})")  # "... it means "


def _reported_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a clause of at most :data:`_LEAD_WORDS` words, in one sentence, ending in "it
    means", "it says" or "that reads", whatever its subject or person, when the ``arabic`` accounts for the rest and for
    nothing of the clause (:func:`_sentence_accounted`: "My auntie just told me on the phone it means and can you ...");
    ``start`` if none."""
    found = _REPORTED.search(text, start, min(end, start + 120))
    if found is None or found.start() == start or _LEAD_END_BREAK.search(text, start, found.start()):
        return start
    clause, rest = text[start : found.start()], text[found.end() : end]
    if len(_LATIN_WORD.findall(text, start, found.end())) > _LEAD_WORDS or len(_LATIN_WORD.findall(rest)) < 3:
        return start
    if _sentence_accounted(clause, arabic, rest) or not _accounted(rest, arabic):
        return start
    return found.end()


# "That means ...", "and this means", "which means" opening the English: a lead (:func:`~.cues.lead_in` and :func:`extra_lead` pass
# over it: "it means the shop is closing early") unless the Arabic opens the same way, a demonstrative beside its verb of meaning ("يعني هذا أن ...", "وهذا يعني", "ده معناه") or "which means"
# (مما يعني): then "That means" translates it. يعني alone, the filler of Egyptian speech, is no such opening.
_MEANS_LEAD = r"(?:(?:and|so)[ \t]+)?(?:that|this|it|which)[ \t]+means[ \t]+"
_MEANS_BEFORE = regex.compile(r"(?i)(?:^|(?<=[\s:\"'“‘(*_—–-]))" + _MEANS_LEAD + r"$")  # one ending where the words, cut tight, start
_ARABIC_MEANS = regex.compile(r"^\W*(?:و|ف)?(?:(?:هذا|هذه|ذلك|ده|دا|دي)\s+(?:يعني|تعني|معناه|معناها)|(?:يعني|تعني)\s+(?:هذا|هذه|ذلك|ده|دا|دي)\b|م?ما\s+(?:يعني|تعني))")


def means_opening(text: str, start: int, arabic: str) -> int:
    """Where the translation starts whose words, cut tight, start at ``start``: at the "That means" on its line passed
    over as a lead (:data:`_MEANS_LEAD`), alone or after a lead of its own ("the one you replied to:
    That means ..."), when the ``arabic`` opens with its own "this means" (:data:`_ARABIC_MEANS`); ``start`` otherwise."""
    found = _MEANS_BEFORE.search(text, max(text.rfind("\n", 0, start) + 1, start - 40), start)
    if found is None or found.end() != start or _ARABIC_MEANS.search(arabic) is None:
        return start
    return found.start()


# A short lead before a quotation that is one of alternatives: the closing quote is followed by "or" ('Either "..." or,
# if it's meant sarcastically, ...', 'It's either "..." or a joke', 'Could be "..." or "..."'): whatever the lead's words,
# it offers the quotation as one reading, and the quotation alone is the translation.
_OFFERED = regex.compile(r"[\p{L}'’]+(?:[ \t,]+[\p{L}'’]+){0,%d}[ \t,:]*" % (_LEAD_WORDS - 1))
_OR_AFTER = regex.compile(r"[.!?…]?[ \t,]*(?:or|OR|Or)\b")


def _alternative_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a lead of at most :data:`_LEAD_WORDS` words before a quotation closed by its
    mark and followed by "or" (:data:`_OFFERED`, :data:`_OR_AFTER`), that the ``arabic`` does not account for; ``start`` if none."""
    lead = _OFFERED.match(text, start, end)
    if lead is None or lead.end() >= end or text[lead.end()] not in _OPENING_QUOTES or "\n" in lead.group():
        return start
    first = lead.end() + 1
    close = text.find(_CLOSERS[text[lead.end()]], first)
    if close < 0 or "\n\n" in text[first:close] or _OR_AFTER.match(text, close + 1) is None or len(_LATIN_WORD.findall(text, first, close)) < 2:
        return start
    if _accounted(lead.group(), arabic, text[first:close]):
        return start
    return first


_QUOTES = "\"“‘'«"  # what opens a quotation
_PROPOSER = regex.compile(r"\p{L}[\p{L}'’]*(?:[ \t,]+\p{L}[\p{L}'’]*){0,%d}[ \t,:]*(?=[\"“‘'«])" % (_LEAD_WORDS - 1))  # words before a quotation


def _proposal_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a short lead of at most :data:`_LEAD_WORDS` words on one line before a
    quotation that runs to the span's end ("I'd sub it as “...”", 'Going with "..."', 'How about "..."?', "I'd put it as
    '...'"), when the quotation opens in a capital and holds two words at least, the ``arabic`` has no quotation of
    its own and accounts for none of the lead (:func:`_accounted`): the writer proposes the quotation as the
    translation; ``start`` if none. Lower case inside ('they call him "the big lion"') is a phrase of the sentence."""
    lead = _PROPOSER.match(text, start, end)
    if lead is None or "\n" in lead.group():
        return start
    first = lead.end() + 1
    while first < end and text[first] in " \t":
        first += 1
    line_end = text.find("\n", end)
    close = text.rfind(_CLOSERS[text[lead.end()]], first, len(text) if line_end < 0 else line_end)
    if close < 0 or _LATIN_WORD.search(text, min(close, end), max(close, end)) or text[close + 1 : end].strip(_TRAILING_MARKS):
        return start  # the quotation closes before the span's end, words after it, or it does not close near the span's end
    if not (text[first : first + 1].isupper() or text[first : first + 1].isdigit()) or len(_LATIN_WORD.findall(text, first, close)) < 2:
        return start
    if any(c in _WRAPPER_END.sub("", arabic) for c in _QUOTES) or _accounted(_CONTRACTED.sub("", _MODAL.sub("", lead.group())), arabic, text[first:close]):
        return start
    return first


_CONTRACTED = regex.compile(r"['’]\p{L}{1,2}(?![\p{L}'’])")  # a contraction's tail ("'d", "'ll"): the table's "d" is noise of its own
_MODAL = regex.compile(r"(?i)(?<=(?<![\p{L}'’])(?:i|we)[ \t]+)(?:would|will)(?![\p{L}'’])")  # "I would", as "I'd": the writer's proposal, no word of the Arabic


# A romanization of the Arabic before its translation ("ql lha ala tbhth ny — Tell her ...", "ana knt ghby jda:
# I was ..."): a run of Latin words without a sentence's end, then a dash between spaces, a colon, "=" or a line break;
# or the run in brackets ("(ana mesh fahem) I don't get it", "[shukran ya habibi] Thanks, dear"): ``closed`` is the
# bracket closing it, which counts only where the span opens in its bracket (:func:`_romanized_lead`).
_ROMANIZED = regex.compile(r"[(\[]?[\p{L}'’ \t,]{3,600}?(?:[ \t]+[-–—]+[ \t]+|[ \t]*[:=][ \t]+|[ \t]*\n\s*|(?P<closed>[ \t]*[)\]][ \t]+))(?=\S)")
_BRACKETS = {")": "(", "]": "["}
_ROMANIZED_WORDS = 2  # of a romanization's words, at least this many spell the Arabic's


def _romanized_lead(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts after a romanization of the ``arabic`` (:data:`_ROMANIZED`): half its words or more
    of two consonants or more spell a word of the Arabic (their consonant skeletons, :mod:`~bilingual.align.names`), at
    least :data:`_ROMANIZED_WORDS` of them, and English follows it; ``start`` if none. In brackets, the span opens in
    the bracket or inside it (:func:`_bracket_before`: a lead passed before it, "for those asking: (ana hena) I'm here"),
    and the bracket's words are judged. A translation's words rarely
    spell its Arabic's, but for names: a capitalised word spells none ("Sami and Layla — they went home.")."""
    found = _ROMANIZED.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return start
    words = found.group()
    if found["closed"] is not None:
        opened = _bracket_before(text, start, found.start("closed"), _BRACKETS[found["closed"].strip()])
        if opened is None:
            return start  # "ok fine) ...": a bracket the span does not open in closes something else
        words = text[opened : found.start("closed")]
    shapes = [(english_skeleton(w), w[0].islower()) for w in _LATIN_WORD.findall(words)]
    shapes = [(sk, lower) for sk, lower in shapes if len(sk) >= 2]
    if len(shapes) < _ROMANIZED_WORDS:
        return start
    spelled = _skeletons(arabic)
    hits = sum(lower and sk in spelled for sk, lower in shapes)
    return found.end() if hits >= _ROMANIZED_WORDS and 2 * hits >= len(shapes) else start


_ROMANIZED_RUN = regex.compile(r"[\p{L}'’ \t,]*")  # the words of a romanization in brackets before a span's start


def _bracket_before(text: str, start: int, close: int, opener: str) -> int | None:
    """Where the words in the bracket that closes at ``close`` begin, when it opens at ``start`` or before it on its line
    with only a romanization's words between (its first words may have been read as a passage of their own, Arabizi:
    "(ma'a alsalama ya sadiqi) Goodbye ..." leaves the span at "sadiqi)"); ``None`` if it opens nowhere there."""
    line = text.rfind("\n", 0, start) + 1
    opened = text.rfind(opener, line, start + 1)
    if opened < 0 or _ROMANIZED_RUN.fullmatch(text, opened + 1, start) is None:
        return None
    return opened + 1


def romanizes(english: str, arabic: str) -> bool:
    """Whether ``english`` is only a romanization of the ``arabic`` ("hl rddt 'la tlk alrsala b'd?"): of its words of
    two consonants or more, at least :data:`_ROMANIZED_WORDS` and half are lower case, no English word the table
    knows, and spell a word of the Arabic by their consonant skeletons (:func:`_romanized_lead`'s test, for the
    whole text): the Arabic's sounds, no translation of it. Short English words spell Egyptian's short words ("bed"
    بعد), names are capitalised."""
    background = lexicon().background
    words = _LATIN_WORD.findall(english)
    if sum(1 for w in words if w[0].islower() and w not in background) < _ROMANIZED_WORDS:
        return False  # (most English: its skeletons are not worth making)
    shapes = [(english_skeleton(w), w[0].islower() and w not in background) for w in words]
    shapes = [(sk, spelling) for sk, spelling in shapes if len(sk) >= 2]
    if len(shapes) < _ROMANIZED_WORDS:
        return False
    spelled = _skeletons(arabic)
    hits = sum(1 for sk, spelling in shapes if spelling and sk in spelled)
    return hits >= _ROMANIZED_WORDS and 2 * hits >= len(shapes)


def sounds_only(english: str, arabic: str) -> bool:
    """Whether ``english`` romanizes the ``arabic`` (:func:`romanizes`) with no English of its own: fewer than one word in
    :data:`_OWN_SHARE` is one the table knows that spells no word of the Arabic ("fy 11 mars 2020, a'ln Sami w Layla ...":
    its names and loanwords spell the Arabic too). No translation, whatever numbers and names it shares."""
    if not romanizes(english, arabic):
        return False
    background, spelled = lexicon().background, _skeletons(arabic)
    words = [w.lower() for w in _LATIN_WORD.findall(english)]
    own = sum(1 for w in words if w in background and english_skeleton(w) not in spelled)
    return _OWN_SHARE * own < len(words)


_OWN_SHARE = 4  # a romanization holds fewer English words of its own than one in this many (:func:`sounds_only`)


@lru_cache(maxsize=256)
def _skeletons(arabic: str) -> frozenset[str]:
    """The consonant skeletons of the ``arabic``'s words (:func:`~bilingual.align.names.arabic_skeletons`)."""
    return frozenset(s for w in fold(arabic).split() for s in arabic_skeletons(w))


_EMPHASIS = "*_"  # the marks of Markdown emphasis ("**...**", "__...__", "*...*")
_AFTER_CLOSE = ("", " ", "\t", "\n", ".", ",", ")", "!", "?")  # what may follow the run of marks closing the emphasis


def _emphasis_end(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends when it opens in Markdown emphasis (a run of :data:`_EMPHASIS` marks before its words,
    after a space or a line's start) that closes inside it, the same run after a word, with nothing after it but what
    the ``arabic`` does not account for ("**I like ...** (source: my mom)"): at the close, the emphasis marking the
    translation's extent; ``end`` if none."""
    first = start
    while first < end and text[first] in _EMPHASIS:
        first += 1
    mark = text[first - 1] if first > start else text[start - 1 : start]
    if not mark or mark not in _EMPHASIS:
        return end
    opening = first
    while opening > 0 and text[opening - 1] == mark:
        opening -= 1
    run = text[opening:first]
    if opening > 0 and not (text[opening - 1].isspace() or text[opening - 1] in ":\"'“("):
        return end
    close = text.find(run, first, end)
    while close >= 0 and not (text[close - 1].strip() and text[close + len(run) : close + len(run) + 1] in _AFTER_CLOSE):
        close = text.find(run, close + 1, end)
    if close < 0:
        return end
    tail = text[close + len(run) : end]
    if _LATIN_WORD.search(tail) and _accounted(tail, arabic, text[first:close]):
        return end
    while close > start and text[close - 1].isspace():
        close -= 1
    return close


def extra_tail(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without English after the translation that the ``arabic`` does not
    account for: what closes the comment by its form (:func:`_signed_off`: chrome, a signature, a sign-off),
    a translator's note under its label and a footnote (:func:`_noted`, :func:`_footnoted`),
    a handle ("@name"), a signature line or a sign-off on the last line ("😊 ~ Dee") closing it, a reference on a line of its own (:func:`_cited_line`), a remark or a reference after the closing quote
    of a translation that opened with one (", if anyone cares", "(Quran 2:255)"), an aside or a paragraph about
    the text (:func:`_aside`, :func:`_about_paragraph`), then a short sentence more than the Arabic has
    ("Make of it what you will.", "Hope this helps!"), and the gist after a literal rendering (:func:`_literal_gist`); a note
    run on unpunctuated that the rest is not known (:func:`_run_on_rest`: "... totally fine no idea about the rest"), a last
    sentence thanking the readers (:func:`_thanked_off`), a last line wishing the reader well (:func:`_wished_off`), a closing
    "So ...?" (:func:`_concluded`) and a wiki's signature
    (:func:`_wiki_signed`), a last line more than a one-line Arabic has (:func:`_line_after`), the same words again in
    another register under a register's label (:func:`_other_register`: "Formal: ...\nCasual: ..."). What follows the close of the Markdown
    emphasis the span opens in goes first (:func:`_emphasis_end`); a clause a cut left hanging on a conjunction goes last (:func:`_dangling`)."""
    whole = end
    end = _tag_end(text, start, _emphasis_end(text, start, _other_register(text, start, end), arabic), arabic)
    end = _checked_off(text, start, _thanked_off(text, start, _laughed_off(text, start, end, arabic), arabic), arabic)
    end = _concluded(text, start, _wiki_signed(text, start, _wished_off(text, start, end, arabic)), arabic)
    end = _asked_after(text, start, _et_cetera(text, start, _rest_named(text, start, _run_on_rest(text, start, _tagged_off(text, start, end, arabic), arabic), arabic), arabic), arabic)
    end = _signed_off(text, start, end, arabic)
    end = _footnoted(text, start, _noted(text, start, end, arabic))
    for closing in (_HANDLE, _SIGNATURE, _SIGNED_LINE):
        found = closing.search(text, start, end)
        if found is None or _wrapped(text[start : found.start()], found.group().lstrip(" \t\n-–—~")):
            continue  # ("His knowledge of French is\npoor.": the sentence's last word, hard-wrapped, no name)
        if not _accounted(found.group(), arabic) and len(_LATIN_WORD.findall(text, start, found.start())) >= 3:
            end = found.start()
    end = _valediction_end(text, start, end)
    end = _cited_line(text, start, _after_quote(text, start, end, arabic), arabic)
    end = _line_after(text, start, _paragraph_more(text, start, _aside(text, start, end, arabic), arabic), arabic)
    end = _remark_paragraph(text, start, _about_paragraph(text, start, _part_note(text, start, end, arabic), arabic), arabic)
    end = _run_on_remark(text, start, _remark(text, start, _last_sentence(text, start, _remarked(text, start, end, arabic), arabic), arabic), arabic)
    end = _about_bracket(text, start, _loosely(text, start, _literal_gist(text, start, end), arabic), arabic)
    end = _trailing_ellipsis(text, start, _pinned_off(text, start, end, arabic))
    while end > start and text[end - 1].isspace():
        end -= 1
    return _dangling(text, start, end, whole, arabic) if end < whole else end


# An ellipsis set apart after a sentence's end ("... symptoms. ...", then the next message "... To stop ..."): the writer's
# mark that more follows, or a pause before a remark ("... 2020. ...I think"), never a word of the sentence it follows.
_TRAILING_ELLIPSIS = regex.compile(r"(?<=[.!?][\"'”’)\]]*)[ \t]+(?:\.{3,}|…)[ \t]*$")


def _trailing_ellipsis(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends without an ellipsis set apart after its last sentence's end (:data:`_TRAILING_ELLIPSIS`),
    three words of English before it at least; ``end`` if none."""
    found = _TRAILING_ELLIPSIS.search(text, max(start, end - 12), end)
    return found.start() if found is not None and len(_LATIN_WORD.findall(text, start, found.start())) >= 3 else end


# A pictograph glued to a name or two closing the comment after a sentence's end ("... any longer. 📍Amman", "... 📷 Sara K"):
# a caption's tag of the place or the photographer, no word of the translation unless the Arabic spells the name.
_PINNED = regex.compile(r"(?<=[.!?…][\"'”’)\]]*)[ \t]+[\p{So}\uFE0F\u200D]+[ \t]?\p{Lu}[\p{L}\p{N}_.'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}_.'’\-]*){0,2}[ \t]*$")


def _pinned_off(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a pictograph's tag closing it (:data:`_PINNED`), three words of English before it
    at least, unless the ``arabic`` accounts for its name (:func:`_accounted`); ``end`` if none."""
    found = _PINNED.search(text, max(start, end - 60), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3 or _accounted(found.group(), arabic):
        return end
    return found.start()


# A label naming a register of speech opening a line ("Formal:", "Casual -", "**Informal:**", "More polite:"): a reply
# giving one translation in two registers labels each line so.
_REGISTER = regex.compile(
    r"[ \t*_>]*(?:(?:more|less|very|a[ \t]+bit[ \t]+more)[ \t]+)?"
    r"(?P<register>formal|informal|casual|colloquial|polite|slang|neutral|conversational|everyday|spoken|written|standard)"
    r"(?:[ \t]+(?:version|register|english|way|style|tone))?[*_]*[ \t]*(?::[*_]*|[ \t][-–—]+|=)[ \t]*(?=\S)",
    regex.I,
)
_REGISTER_REACH = 40  # characters before a span searched for the register label opening its line


def _other_register(text: str, start: int, end: int) -> int:
    """Where ``[start, end)``, opening its line after a register's label (:data:`_REGISTER`: "Formal: ..."), ends before
    the next line when that one opens with another register's label ("Casual: ..."): the first line is the translation,
    the second the same words said another way, no part of it; ``end`` otherwise."""
    line = text.rfind("\n", 0, start) + 1
    first = _REGISTER.match(text, line, end) if start - line <= _REGISTER_REACH else None
    if first is None or not start - 2 <= first.end() <= start:  # (an opening quote or emphasis may stand between)
        return end
    below = text.find("\n", start, end)
    if below < 0:
        return end
    second = _REGISTER.match(text, below + 1, end)
    if second is None or second["register"].lower() == first["register"].lower():
        return end
    while below > start and text[below - 1].isspace():
        below -= 1
    return below


_DANGLING = regex.compile(r"(?i)(?<![\p{L}'’])(?:but|and|or|so|though|tho|although|because|cause|cuz)[ \t,;:]*$")  # a clause cut off before its end


def _dangling(text: str, start: int, end: int, whole: int, arabic: str) -> int:
    """Where ``[start, end)``, a span cut short of ``whole`` after the translation, ends without the sentence the cut left
    hanging on a conjunction ("... Italy. Not sure about the grammar but" after "that's the gist." went): the clause the note
    was joined to is the writer's too, when it has at most :data:`_SENTENCE_WORDS` words the ``arabic`` accounts for little
    of (:func:`_unaccounted`); ``end`` otherwise."""
    if _DANGLING.search(text, start, end) is None:
        return end
    cuts = [m for m in _SENTENCE_CUT.finditer(text, start, end) if m.end() < end]
    if not cuts:
        return end
    last = cuts[-1]
    tail, rest = text[last.end() : end], text[start : last.start()]
    if len(_LATIN_WORD.findall(tail)) > _SENTENCE_WORDS or len(_LATIN_WORD.findall(rest)) < 3 or not _unaccounted(tail, arabic, rest):
        return end
    return last.start() + len(last.group()) - len(last.group().lstrip(".!?…\"'”’)]"))


def _valediction_end(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends without a sign-off line closing it (:data:`_VALEDICTION`: "— love, auntie Salma"),
    three words before it at least; ``end`` if none."""
    found = _VALEDICTION.search(text, start, end)
    return found.start() if found is not None and len(_LATIN_WORD.findall(text, start, found.start())) >= 3 else end


_OPENING_TAG = regex.compile(r"\[([A-Za-z]{1,12})(?:=[^\]\n]{0,60})?\][ \t]*$")  # a forum's tag opening right before the span ("[i]", "[color=gray]")


def _tag_end(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends when it opens right after a forum's tag (:data:`_OPENING_TAG`: "[i]", "[b]", "[quote]")
    that closes inside it ("[/i]"), with nothing after the close that the ``arabic`` accounts for ("[i]She can count.[/i]
    Cute kid btw."): at the close, the tag marking the translation's extent, as Markdown emphasis does (:func:`_emphasis_end`);
    ``end`` if none."""
    if text[start - 1 : start] != "]" and not text[max(0, start - 2) : start].endswith("] "):
        return end
    opening = _OPENING_TAG.search(text, max(0, start - 80), start)
    if opening is None:
        return end
    close = text.lower().find(f"[/{opening.group(1).lower()}]", start, end)
    if close < 0 or not _LATIN_WORD.search(text, start, close):
        return end
    tail = text[close:end]
    if _LATIN_WORD.search(tail) and _accounted(regex.sub(r"\[/?[A-Za-z]{1,12}\]", " ", tail), arabic, text[start:close]):
        return end
    while close > start and text[close - 1].isspace():
        close -= 1
    return close


# What a remark after a translation talks of, in any wording: the text and its language ("the last bit is slang", "the
# original sounds more poetic"), how sure its translator is ("not totally certain", "could be wrong", "someone can double
# check me"), or the reader ("appreciate you asking", "hope this helps", "let me know"), or it turns away with a marker of a
# new topic ("anyway", "btw", "unrelated"). Words, stemmed (:func:`~bilingual.align.words.english_tokens`), of those fields:
# a sentence of the translation has them only where its Arabic does, which :func:`_remarked` asks of the word table.
_EXCHANGE = frozenset(
    # the text, its language and its rendering
    "translat translation translated tl word words wording phrase sentence line part bit half ending original literal"
    " literally arabic english msa dialect egyptian levantine slang idiom pun grammar render rendering version gist context"
    " spelling typo native speaker accent expression nuance poetic tone register verse lyric"
    # how sure the translator is
    " sure certain unsure wrong mistaken correct correction guess doubt accurate rough roughly loose loosely fix memory"
    # the reader, the post, the exchange itself
    " thank thanks ty thx cheers welcome hope luck enjoy appreciate tag tagging post posted posting link bio op"
    # a turn to another topic
    " anyway anyways btw unrelated ps".split()
)
_EXCHANGE_STEMS = frozenset(english_tokens(" ".join(_EXCHANGE)))
_REMARK_UNIT_WORDS = 16  # a remark closing the translation, a sentence, a line or a bracket, is no longer
_REMARK_UNITS = 3  # remarks closing it, at most ("Could be wrong. Someone can double check me.")
# Where such a remark may start: a sentence's end, a line's, an emoji, an opening bracket closed at the end, a spaced dash.
_UNIT_CUT = regex.compile(
    r"(?:(?<!\.)\.(?!\.)|[!?…]+)[\"'”’)\]]*[ \t]+(?=[\p{L}\p{N}\"“‘'(«\[*@])|[ \t]*\n\s*|[ \t]*[\p{So}\uFE0F\u200D]+[ \t]+|[ \t]*[(\[](?=[^()\[\]\n]+[)\]][.!?]*[ \t]*$)|[ \t]+[-–—]+[ \t]+"
)


def _own_block(text: str, start: int, cut: regex.Match[str]) -> bool:
    """The unit after ``cut`` stands on a paragraph of its own, or on a line of its own after a finished sentence (the
    writer's own break: "... They ask why?\nQ. What happened next?"), not on a line a sentence left open goes on with."""
    return "\n" in cut.group() and (cut.group().count("\n") > 1 or _SENTENCE_ENDED.search(text, start, cut.start()) is not None)


def _exchange_words(unit: str, rest: str, arabic: str) -> bool:
    """The ``unit`` after a translation (``rest``) talks of the text, its translator or the reader (:data:`_EXCHANGE`, a word
    the table does not give for the ``arabic``), or asks a question where the Arabic, which marks its sentences, asks none
    and the translation has asked none either."""
    given = _arabic_words(arabic)
    if any(t in _EXCHANGE_STEMS and t not in given for t in english_tokens(unit)):
        return True
    asked = unit.rstrip(" \t\"'”’)]").endswith("?") and "?" not in rest
    return asked and _arabic_sentences(arabic) is not None and not _ARABIC_ASKS.search(arabic)


def _no_room(text: str, start: int, end: int, arabic: str) -> bool:
    """``[start, end)`` has as many sentences as the ``arabic`` marks at least: the Arabic has no room for another."""
    known = _arabic_sentences(arabic)
    return known is not None and _spans_sentences(text, start, end) >= known


def _unexchanged(english: str) -> str:
    """``english`` without the words of :data:`_EXCHANGE` ("i might be off on that last word" shares "word" with "No words can
    express ..." only as a word about the text)."""
    return " ".join(w for w in _LATIN_WORD.findall(english) if english_tokens(w)[:1] and english_tokens(w)[0] not in _EXCHANGE_STEMS)


def _forms(english: str) -> Counter[str]:
    """The words of ``english`` as the word table's senses may spell them: as written (lower case) and as stems and base forms."""
    words = Counter(w.lower() for w in _LATIN_WORD.findall(english))
    words.update(english_words(english))
    return words


def _new_coverage(unit: str, arabic: str, rest: str) -> bool:
    """The ``unit`` says what an Arabic word means that the translation before it (``rest``) leaves unsaid: a sure sense of the
    word table's (:func:`~.evidence.arabic_senses`) or a name the Arabic spells, or a telling common word's concept
    (:func:`_concept_accounted`): then it translates some of the Arabic, and stays."""
    if _named_in(_uncapped(unit), arabic) and not _named_in(rest, arabic) or _concept_accounted(unit, arabic, rest):
        return True
    held, new = _forms(rest), _forms(unit)
    for senses, _ in arabic_senses(arabic):
        found = next((e for e in senses if held[e] > 0), None)
        if found is not None:
            held[found] -= 1
        elif any(new[e] > 0 for e in senses):
            return True
    return False


def _uncapped(unit: str) -> str:
    """The ``unit`` with its first word in small letters when that word is common enough to open any sentence
    (:data:`_RESTART_COMMON`: "Can someone check this for me?"): its capital is the sentence's, no name's."""
    found = _LATIN_WORD.search(unit)
    if found is None or not english_tokens(found.group()) or lexicon().background.get(english_tokens(found.group())[0], 0.0) < _RESTART_COMMON:
        return unit
    return unit[: found.start()] + found.group().lower() + unit[found.end() :]


def _explained_part(arabic: str, rest: str) -> str:
    """The run of the ``arabic``'s whole sentences that ``rest`` reads as the translation of, from its first words to its last
    (:func:`~.evidence.explains_prefix`, :func:`_explains_suffix`: a reply translating one sentence of several), the nearest in
    length; the whole Arabic when none is."""
    bounds = [0, *(m.end() for m in _ARABIC_BREAK.finditer(arabic)), len(arabic)]
    best, evidence = arabic, float("-inf")
    for i, a in enumerate(bounds[:-1]):
        for b in bounds[i + 1 :]:
            piece = arabic[a:b].strip()
            if piece == arabic.strip() or not explains_prefix((piece,), (rest,)) or not _explains_suffix(piece, rest):
                continue
            fit = length_evidence(text_length(piece), text_length(rest))
            if fit > evidence:
                best, evidence = piece, fit
    return best


def _remarked(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without the remarks closing it: its last sentences, lines, brackets or dashed tails
    (:data:`_REMARK_UNITS` at most, :data:`_REMARK_UNIT_WORDS` words each) that say nothing of the ``arabic`` the translation
    before them leaves unsaid (:func:`_new_coverage`), one of them at least talking of the text, its translator or the reader
    (:func:`_exchange_words`: "Please correct me if wrong! Pledges close Friday.") and sharing no uncommon word of its own with
    the translation (:func:`_shares_words`: "Why was it so cold that day?" goes on with it), after English that reads as the Arabic's
    translation to its last words (:func:`_explains_suffix`) and is no further from its length without them, or has as many
    sentences as the Arabic marks (:func:`_no_room`: "Sami called Layla to come and get him. Who wrote it originally?"); where
    a remark talks so and neither the English before it nor all of it reads as the Arabic's translation to its end (a reply
    translating one sentence of several), the Arabic's sentences it reads as the translation of stand for the Arabic
    (:func:`_explained_part`; not for a paragraph or line set apart, which may be the next sentence's translation). A sentence that
    translates the Arabic's last clause covers words of it, or leaves the English before it short of the Arabic's end or its
    length, and stays ("I hope you are well." of أتمنى أن تكوني بخير, whose words the table is not sure of). ``end`` if none."""
    cut, stop, talks = end, end, False
    whole = text_length(text[start:end])
    for _ in range(_REMARK_UNITS):
        cuts = [m for m in _UNIT_CUT.finditer(text, start, stop) if _LATIN_WORD.search(text, m.end(), stop)]
        if not cuts:
            break
        last = cuts[-1]
        at = last.start() + len(last.group()) - len(last.group().lstrip(".!?…\"'”’)]"))
        unit, rest = text[last.end() : stop], text[start:at]
        if not 0 < len(_LATIN_WORD.findall(unit)) <= _REMARK_UNIT_WORDS or len(_LATIN_WORD.findall(rest)) < 3:
            break
        if _new_coverage(text[last.end() : end], arabic, rest) or _shares_words(_unexchanged(text[last.end() : end]), rest):
            break  # it says what the Arabic says, or goes on with the translation's own words ("Why was it so cold that day?")
        talks = talks or _exchange_words(unit, rest, arabic)
        if talks or _own_block(text, start, last):
            partial = talks and not _explains_suffix(arabic, rest) and not _explains_suffix(arabic, text[start:end])
            part = _explained_part(arabic, rest) if partial else arabic
            size = text_length(part)
            if _explains_suffix(part, rest) and (length_evidence(size, text_length(rest)) >= length_evidence(size, whole) or _no_room(text, start, at, part)):
                cut = at
        stop = last.start()
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut


# A live chat's emotes, typed as their codes (Twitch's own, BetterTTV's, FrankerFaceZ's, 7TV's: "KEKW", "PogChamp", "monkaS")
# or a chat app's shortcodes (":joy:", ":pepelaugh:"): a reaction, as laughter is, never a word of a translation. Only codes
# that are no English word (not "Clap", "Aware", "Stare"), in their own case: a code is spelled so.
_EMOTES = (
    "Kappa KappaPride Keepo Kreygasm PogChamp LUL BibleThump ResidentSleeper 4Head SwiftRage DansGame WutFace NotLikeThis SeemsGood "
    "CoolStoryBob TriHard HeyGuys VoHiYo BabyRage Jebaited FailFish HotPokket EleGiggle BloodTrail CoolCat FrankerZ SMOrc cmonBruh "
    "KEKW KEK OMEGALUL LULW Pog PogU POGGERS PogO PauseChamp WeirdChamp pepeLaugh PepeLaugh PepeHands peepoHappy peepoSad peepoClap "
    "widepeepoHappy widepeepoSad monkaS monkaW monkaHmm Sadge Madge Bedge Deadge Okayge Susge Pepega 5Head 3Head EZ catJAM COPIUM Copium "
    "ICANT xdd NODDERS NOPERS modCheck FeelsBadMan FeelsGoodMan FeelsStrongMan FeelsOkayMan FeelsWeirdMan gachiGASM WAYTOODANK"
).split()
_EMOTE = rf"(?-i:{'|'.join(sorted(_EMOTES, key=len, reverse=True))})|:[a-z0-9_+\-]{{1,30}}:"
_LAUGHED_OFF = regex.compile(
    rf"(?:[ \t]+(?:{_LAUGH}|smh|hth|(?:i[ \t]+)?hope[ \t]+(?:that|this|it)[ \t]+helps|{_EMOTE})(?![\p{{L}}\p{{N}}'’]))+[ \t.!]*[\p{{So}}\p{{Sk}}\uFE0F\u200D \t]*$", regex.I
)
_EMOTES_OPENING = regex.compile(rf"(?:(?:{_EMOTE})[ \t]+)+(?=[\p{{L}}\"“‘'])")  # emotes opening a chat line ("LUL ", "Kappa PogChamp ")


def _emote_lead(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` starts after a chat's emotes opening it (:data:`_EMOTES`: "LUL israel knows ...", "Kappa sami said
    ..."): a reaction typed as its code, never a word of a translation, with two words of English after them at least;
    ``start`` if none."""
    found = _EMOTES_OPENING.match(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, found.end(), end)) < 2:
        return start
    return found.end()


_ARABIC_LAUGH = regex.compile(r"ه{3,}|خخخ")  # the Arabic's own laughter, which "hahaha" translates
_MARKS_OFF = regex.compile(r"(?<=[.!?…][\"'”’)\]]*)[ \t]+[!?]{2,}[ \t]*$")  # a reaction's run of marks after the sentence ended ("... SAMI. !!!")


def _laughed_off(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without laughter, a chat's emotes or sign-off closing it (:data:`_LAUGH`, :data:`_EMOTES`, "smh",
    "hope that helps", emoji after: "... unwashed hands lmao", "... noise lol 😂", "... my feelings KEKW", "... was strict hope that
    helps"), or a run of marks after its
    last sentence's end (:data:`_MARKS_OFF`), after three words of English at least, unless the ``arabic`` laughs too; ``end`` if none."""
    found = _LAUGHED_OFF.search(text, start, end)
    if found is None and text[start:end].rstrip()[-1:] in ("!", "?"):  # a run of marks ends in one (the search is looked for only then)
        found = _MARKS_OFF.search(text, start, end)
    if found is None or _ARABIC_LAUGH.search(arabic) or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    return found.start()


# A learner's words after an attempt offered for checking: a question whether it is right ("is that ok?", "did i get it
# right?", "- close?", "(correct?)"; after a comma, whether it is right only: "..., is this okay?" may be the translation's
# own question; a bare "right?" or "close?" after a mark only: "..., right?" is a tag question a translation may have) or what the checker said of it ("but it was marked wrong", "and the app said incorrect").
_CHECKED_OFF = regex.compile(
    rf"""(?i:(?:[ \t]*[.;…]+[ \t]*|(?<![,:])[ \t]+){_CHECK_QUESTION}(?:[ \t]+(?:or[ \t]+not|at[ \t]+all))?[ \t]*\?+
    | [ \t]*,[ \t]*(?:is[ \t]+(?:this|that|it|mine)(?:[ \t]+one)?[ \t]+(?:right|correct|close)|am[ \t]+i[ \t]+(?:right|close))[ \t]*\?+
    | (?:[ \t]*(?:[.!…]+|[-–—]+|\()|[ \t]*\n)[ \t]*(?:close|right|correct|ok(?:ay)?|accurate)(?:[ \t]+enough)?[ \t]*\?+[ \t]*\)?
    | [ \t]*,?[ \t]+(?:but|and)[ \t]+(?:it|the[ \t]+(?:app|site|teacher|quiz|test|program)|my[ \t]+teacher|they|duolingo)[ \t]+(?:was[ \t]+|got[ \t]+)?
      (?:said|says|marked|counted|graded|flagged|rejected|accepted|took)(?:[ \t]+(?:it|me))?(?:[ \t]+as)?(?:[ \t]+(?:wrong|incorrect|right|correct|a[ \t]+mistake|an[ \t]+error|fine))?[ \t]*[.!]*)
    [ \t]*$""",
    regex.X,
)
_CHECKED_HINT = re.compile(r"(?i)\?[ \t)]*$|\b(?:said|says|marked|counted|graded|flagged|rejected|accepted|took|wrong|incorrect|right|correct|fine|mistake|error)\W*$")


def _checked_off(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a learner's words after the attempt (:data:`_CHECKED_OFF`: "... is that ok?",
    "... - close?", "... but it was marked wrong"), after three words of English at least, that the ``arabic`` does not
    account for (a question not when the Arabic ends in one: "So can I say the names, is this okay?"); ``end`` if none."""
    if _CHECKED_HINT.search(text, max(start, end - 16), end) is None:  # how every such tail ends: most spans end otherwise
        return end
    found = _CHECKED_OFF.search(text, max(start, end - 80), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3 or _accounted(found.group(), arabic, text[start : found.start()]):
        return end
    if "?" in found.group() and _ASKED.search(arabic):  # the Arabic asks too: the question may be its translation's
        return end
    return found.start()


# A last sentence thanking the readers ("Thanks all for your patience.", "Thank you everyone!", "Many thanks for the help 🙏",
# "We are grateful for every message.", after an emoji too: "🤍 Thank you, Uncle."): the writer's own, unless the Arabic thanks too (شكرا, مرسي, ممنون, ممتن, "shukran").
_THANKED = regex.compile(
    r"""(?:(?<!\.)[.!?…]+[\"'”’)\]]*[ \t]+|[ \t]*\n\s*)(?:[\p{So}\p{Sk}\uFE0F\u200D]+[ \t]*)?(?i:(?:many[ \t]+|big[ \t]+)?(?:thanks(?![ \t]+to(?![\p{L}]))|thank[ \t]+you|thx|tysm)
    |(?:i|we)(?:['’]m|['’]re|[ \t]+am|[ \t]+are)[ \t]+(?:(?:so|very|truly|really|deeply|all)[ \t]+)?(?:grateful|thankful))(?![\p{L}'’])
    [^.!?…\n]{0,60}[.!…]*[\s\p{So}\p{Sk}\uFE0F\u200D]*$""",
    regex.X,
)
_ARABIC_THANKS = regex.compile(r"شكر|شاكر|الحمد|مرسي|ممنون|متشكر|ممتن|تسلم|يسلم|(?i:(?<![\p{L}])(?:shukran|shokran|merci|mersi|thanks?)(?![\p{L}]))")


def _thanked_off(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last sentence thanking the readers (:data:`_THANKED`: "... zone. Thanks all
    for your patience."), after three words of English at least, when the ``arabic`` thanks no one; ``end`` if none."""
    found = _THANKED.search(text, max(start, end - 90), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3 or _ARABIC_THANKS.search(arabic):
        return end
    return found.start() + len(found.group()) - len(found.group().lstrip(".!?…\"'”’)]"))


# A last line wishing the reader well or closing the answer ("Good luck with the research!", "Hope that's clear.", "I hope
# this helps, and good luck with your studies.", "Let me know if anything is unclear.", "Keep it up!", "Enjoy your trip"): the
# writer turns from the text to the reader on a line of their own, after the translation.
_WISHED = regex.compile(
    r"""[ \t]*\n\s*(?:[\p{So}\p{Sk}\uFE0F\u200D]+[ \t]*)?(?P<wish>(?i:(?:i[ \t]+)?(?:hope|hoping)[ \t]+(?:this|that|it|you|u)(?![\p{L}])|good[ \t]+luck|best[ \t]+of[ \t]+luck
    |all[ \t]+the[ \t]+best|best[ \t]+wishes|wishing[ \t]+you|take[ \t]+care|stay[ \t]+safe|have[ \t]+(?:a|an|fun)(?![\p{L}])|enjoy(?![\p{L}])
    |let[ \t]+me[ \t]+know|feel[ \t]+free|(?:happy|glad)[ \t]+(?:to|i[ \t]+could)[ \t]+help|any[ \t]+(?:more[ \t]+|other[ \t]+|further[ \t]+)?questions
    |don['’]?t[ \t]+hesitate|ask[ \t]+away|you['’]?re[ \t]+welcome|no[ \t]+problem|thanks[ \t]+for[ \t]+(?:asking|sharing|posting)
    |keep[ \t]+(?:it[ \t]+up|practi[cs]ing|going|at[ \t]+it)|(?:good|great|nice)[ \t]+(?:job|work|try)|well[ \t]+done|congrats|godspeed
    |happy[ \t]+(?:learning|studying|hunting|searching|travels))(?![\p{L}]))[^\n]{0,100}$""",
    regex.X,
)
_WISHED_WORDS = 16  # such a line is no longer
# Arabic that wishes, greets or blesses itself (أتمنى, بالتوفيق, حظ, إن شاء الله, يا رب, مبروك, سلامة, أهلا, عفوا): its translation may end in
# a wish of its own.
_ARABIC_WISH = regex.compile(r"تمن|توفيق|موفق|حظ|شاء الله|شالله|يا ?رب|ربنا|مبروك|مبارك|سلام|استمتع|نجاح|شفاء|اهلا|أهلا|مرحب|عفو")


def _wished_off(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last line of at most :data:`_WISHED_WORDS` words that wishes the reader well
    or closes the answer (:data:`_WISHED`), after three words of English at least that end a sentence or a paragraph, when
    the ``arabic`` wishes no one
    (:data:`_ARABIC_WISH`) nor most of the words after its opening ones (:func:`_half_given`); ``end`` if none."""
    found = _WISHED.search(text, max(start, end - 200), end)
    if found is None or len(_LATIN_WORD.findall(found.group())) > _WISHED_WORDS or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    if "\n\n" not in found.group() and _SENTENCE_ENDED.search(text, start, found.start()) is None:
        return end  # a line break inside a sentence: a verse's next line ("It is thought to\nhave a zoonotic origin.")
    if _ARABIC_WISH.search(arabic) or _half_given(text[found.end("wish") : found.end()], arabic, text[start : found.start()]):
        return end
    return found.start()


def _half_given(clause: str, arabic: str, rest: str) -> bool:
    """More than half the words of ``clause`` that are not among the commonest (:data:`_COMMON`) nor in the translation beside
    it (``rest``) are ones the table gives for the ``arabic``: the Arabic's own ("... if you need anything" of قولي لو محتاج حاجة).
    One word is not enough, nor a name: a loose Egyptian text's senses give a word of any short line by chance."""
    held, given = set(english_tokens(rest)), _arabic_words(arabic)
    words = [w for w in english_tokens(clause) if lexicon().background.get(w, 0.0) < _COMMON and w not in held]
    return 2 * sum(w in given for w in words) > len(words) > 0


# A last question drawing the writer's conclusion from the translation for the readers ("... my life. So I think it's
# fine?", "So she's insulting me?", "So is that a compliment?"): asked after the text's sentences, not in them.
_CONCLUDED = regex.compile(r"(?:(?<!\.)[.!?…]+[\"'”’)\]]*[ \t]+|[ \t]*\n\s*)So,?[ \t]+(?=\p{L})[^.!?…\n]{1,80}\?+[\s\p{So}\p{Sk}\uFE0F\u200D]*$")
_CONCLUDED_WORDS = 10  # such a question is no longer


def _concluded(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a closing question opening with "So" (:data:`_CONCLUDED`) of at most
    :data:`_CONCLUDED_WORDS` words, after three words of English at least, when the ``arabic`` does not end in a
    question of its own or has fewer sentences than the English; ``end`` if none."""
    found = _CONCLUDED.search(text, max(start, end - 120), end)
    if found is None or len(_LATIN_WORD.findall(found.group())) > _CONCLUDED_WORDS or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    if _ASKED.search(arabic) and not _more_sentences(text, start, end, arabic):
        return end
    return found.start() + len(found.group()) - len(found.group().lstrip(".!?…\"'”’)]"))


# A wiki's signature after the sentence ("... economically. --~~~~", "... symptoms? ~~~~"): the tildes MediaWiki turns into
# the writer's name and date, with the dash before them, or a dash left dangling after the sentence ('"... What else?" — '
# before the Arabic, the tildes passed).
_WIKI_SIGNED = regex.compile(r"(?<=[.!?…\"'”’)\]])[ \t]*(?:(?:--|[–—])?[ \t]*~{3,5}|[ \t]+(?:--|[–—]))[ \t]*$")
_STAMP_HINT = regex.compile(r"(?:\d:\d{2}|\d{4}|\([A-Z]{2,5}\))[ \t]*$")  # how every stamped signature ends: most spans end otherwise


# A signature with its time stamp after the sentence, as a site renders it: a wiki talk page's ("—Hisham_A (talk) 09:51,
# 2 June 2024 (UTC)", "-- Omar (talk · contribs) 14:02, 3 March 2024") and a StackExchange comment's ("– Omar_K Mar 3 at
# 14:02", "– Bassel Jan 9, 2024 at 8:11", "– user123 Mar 3 '19 at 14:02"): a name and a time no translation ends with.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}"
_STAMPED = regex.compile(
    rf"""(?<=[.!?…\"'”’)\]\p{{L}}\p{{N}}])[ \t]*(?:--|[-–—])[ \t]*[\p{{L}}\p{{N}}_.\-]{{1,30}}(?:[ \t]+[\p{{L}}\p{{N}}_.\-]{{1,30}}){{0,2}}[ \t]*♦?[ \t]+
    (?:\((?:talk|contribs|talk[ \t]*[·•|][ \t]*contribs)\)[ \t]+\d{{1,2}}:\d{{2}},[ \t]+\d{{1,2}}[ \t]+\p{{L}}{{3,9}}[ \t]+\d{{4}}(?:[ \t]*\([A-Z]{{2,5}}\))?
    |{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}}|[ \t]+['’]\d{{2}})?[ \t]+at[ \t]+\d{{1,2}}:\d{{2}})[ \t]*$""",
    regex.X,
)


def _wiki_signed(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends without a wiki's signature closing it (:data:`_WIKI_SIGNED`) or a signature with its
    time stamp (:data:`_STAMPED`) after three words of English at least; ``end`` if none."""
    found = _STAMPED.search(text, max(start, end - 90), end) if _STAMP_HINT.search(text, max(start, end - 12), end) else None
    found = found or _WIKI_SIGNED.search(text, max(start, end - 12), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    return found.start()


_OPENED = regex.compile(rf"(?i:{'|'.join(_OPENERS)})(?:[ \t]*,)?[ \t]+(?=\p{{L}})")  # "So ", "Well, ", "Anyway " opening a sentence


def _unopened(sentence: str) -> str:
    """The ``sentence`` without the chat opener it starts with (:data:`_OPENERS`: "So no, nothing sinister."): a remark
    after a translation opens so, and the table gives the opener's word for Arabic words of another sense ("so" for جدا
    "so much" and علشان "so that", "well" for كذلك "as well"), which then accounted for the remark
    (:func:`_sentence_accounted`) though none of its own words is the Arabic's."""
    found = _OPENED.match(sentence)
    return sentence[found.end() :] if found is not None and _LATIN_WORD.search(sentence, found.end()) else sentence


def _last_sentence(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without its last sentence of at most :data:`_SENTENCE_WORDS` words when that is a
    sentence more than the ``arabic`` has and it does not account for it (:func:`_sentence_accounted`), or a closing
    of at most :data:`_CLOSING_WORDS` words ("No wahala.") none of whose uncommon words the Arabic gives, however many
    sentences an unpunctuated Arabic has (:func:`_accounted`: "Thank you." of شكرا stays); ``end`` if neither. Where the Arabic
    marks no sentence's end, a sentence is one more than it has when the English before it reads as its translation (:func:`_unmarked_tail`)."""
    cuts = [m for m in _SENTENCE_CUT.finditer(text, start, end) if m.end() < end and _LATIN_WORD.search(text, m.end(), end)]
    if not cuts:
        return end
    last = cuts[-1]
    tail, rest = text[last.end() : end], text[start : last.start()]
    size = len(_LATIN_WORD.findall(tail))
    more = _more_sentences(text, start, end, arabic) and not (_ASKED.search(tail) and _ASKED.search(arabic))  # a question closing both: the Arabic's own
    more = more or _arabic_sentences(arabic) is None and _unmarked_tail(text, start, last.start(), end, arabic)
    closing = size <= _CLOSING_WORDS and (_arabic_sentences(arabic) is None or more) and not _closing_accounted(tail, arabic, rest)
    if not closing and not (size <= _SENTENCE_WORDS and more and not _sentence_accounted(_unopened(tail), arabic, rest)):
        return end
    if not explained(rest, arabic) and not (closing and _more_sentences(text, start, end, arabic)):  # a closing beyond the Arabic's sentences goes
        return end
    return last.start() + len(last.group()) - len(last.group().lstrip(".!?…\"'”’)]"))


def _unmarked_tail(text: str, start: int, stop: int, end: int, arabic: str) -> bool:
    """The last sentence ``[stop, end)`` of two words at least may be a remark after the translation of an ``arabic`` that marks
    no sentence's end (a transcript's): the English before it reads as its translation up to its end (:func:`_explains_suffix`:
    had the sentence translated the Arabic's last words, the rest would not), shares no uncommon word with it
    (:func:`_shares_words`) and is no further from its translation's length without it ("... I don't think so. Make of it what you
    will."), by :data:`_LEAD_LENGTH_SLACK` further when the sentence turns to the reader (:func:`_addresses`)."""
    if len(_LATIN_WORD.findall(text, stop, end)) < _COMMA_LEAD_WORDS or _shares_words(text[stop:end], text[start:stop]):
        return False
    if not _explains_suffix(arabic, text[start:stop]):
        return False
    size, slack = text_length(arabic), _LEAD_LENGTH_SLACK if _addresses(text[stop:end], text[start:stop]) else 0.0
    return length_evidence(size, text_length(text[start:stop])) + slack >= length_evidence(size, text_length(text[start:end]))


_SECOND_PERSON = regex.compile(r"(?i)(?<![\p{L}'’])(?:you|your|yours|yourself|u|ya)(?![\p{L}])")


def _addresses(sentence: str, rest: str) -> bool:
    """The ``sentence`` turns to the reader where the translation before it (``rest``) does not: it asks a question, or says
    "you", and ``rest`` does neither ("Make of that what you will.", "Is that the same medicine they gave you last time?")."""
    asks = _ASKED.search(sentence) is not None and "?" not in rest
    return asks or _SECOND_PERSON.search(sentence) is not None and _SECOND_PERSON.search(rest) is None


def _shares_words(sentence: str, rest: str) -> bool:
    """The ``sentence`` has a word less common than :data:`_COMMON` that ``rest`` has too: the same speaker going on, not a
    remark about the text beside it."""
    background, held = lexicon().background, set(english_tokens(rest))
    return any(background.get(w, 0.0) < _COMMON and w in held for w in english_tokens(sentence))


def _explains_suffix(arabic: str, english: str) -> bool:
    """Whether ``english`` reads as a translation of an end of ``arabic``: :func:`~.evidence.explains_prefix` read from the
    Arabic's last word back (each word's senses are its own, so the words' order is all that changes)."""
    return explains_prefix((" ".join(reversed(arabic.split())),), (english,))


_REMARK_WORDS = 6  # a remark closing a translation is no longer
_END_MARKS = {"؟": "?", "…": "."}  # the Arabic's end marks as the English writes them
_ARABIC_MARKS = regex.compile(r"(?:[!?؟:…]|(?<!\.)\.)[\s\p{So}\p{Sk}\uFE0F\u200D]*$")  # an Arabic that ends in a mark (not "..")
# A capital restarting the words after a small letter, with no mark between ("... damage What a night", "... pandemic I'm so moved."):
# one word, or a contraction ("I'm", "I'll", "That's"), but never "I" alone, which a sentence holds anywhere.
_RESTART = regex.compile(r"(?<=[\p{Ll}\p{N}])[ \t]+(?=\p{Lu}\p{Ll}*(?:['’]\p{Ll}{1,2})?(?![\p{L}'’]))(?!I(?![\p{L}'’]))")


def _remark(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a remark of at most :data:`_REMARK_WORDS` words closing it that the ``arabic``
    accounts for none of (:func:`_unaccounted`): after as many of the Arabic's end mark as the Arabic has, when it ends in
    one (": Absolute scenes" after a translation ending in a colon), or, when the Arabic ends in none, after a sentence's
    end, a line's or a capital restarting the words without punctuation ("... most probably Absolute scenes",
    "... Beka. Shame we bottled it after.", "\nCongratulations to the couple!!"), or where the English before it translates the
    Arabic to its end and is no further from its length (:func:`_suffix_closed`) and it restarts after a mark or on a word
    that opens any sentence (:func:`_plain_restart`: "... pandemic I'm so moved."). ``end`` if none."""
    counted = _ARABIC_MARKS.search(arabic) is not None
    size, whole = text_length(arabic), text_length(text[start:end])
    for cut in _remark_cuts(text, start, end, arabic):
        tail, rest = text[cut:end], text[start:cut]
        if not 0 < len(_LATIN_WORD.findall(tail)) <= _REMARK_WORDS or not _unaccounted(tail, arabic, rest):
            continue
        if counted or _ends_alike(rest, arabic) or _plain_restart(text, start, cut) and _suffix_closed(arabic, rest, size, whole):
            return cut
    return end


_MARKED_CUT = regex.compile(r"[.!?…\n][\"'”’)\]]*[ \t]*$")  # a sentence's or a line's end before a cut


def _plain_restart(text: str, start: int, cut: int) -> bool:
    """The words restart at ``cut`` after a sentence's or a line's end, or, with no mark, on a word common enough to open any
    sentence (:data:`_RESTART_COMMON`: "I'm", "The", "That's"), not a name's capital ("... by Ann.", "... than Barcelona, ...")."""
    if _MARKED_CUT.search(text, start, cut) is not None:
        return True
    word = _LATIN_WORD.match(text, cut)
    tokens = english_tokens(word.group()) if word is not None else []
    return bool(tokens) and lexicon().background.get(tokens[0], 0.0) >= _RESTART_COMMON


def _suffix_closed(arabic: str, rest: str, size: int, whole: int) -> bool:
    """``rest`` reads as the ``arabic``'s translation to its last words (:func:`_explains_suffix`) and is no further from its
    length (``size``) than the English with what follows it (``whole``): the Arabic has nothing left for what follows."""
    return _explains_suffix(arabic, rest) and length_evidence(size, text_length(rest)) >= length_evidence(size, whole)


# A chat remark run on after the translation with no mark between them, in words said about it rather than in it:
# what it sums up ("that's the gist (of it)"), what kind of text it is ("it's an expression", "its an old idiom"), or an
# appraisal, bare ("classic", "iconic") or with "one" or a tag ("nice one btw", "funny right?"). A bare
# adjective of the common kind, intensified or not ("... sad but true", "It was really good."), is the translation's own,
# with a tag too after a copula or an intensifier ("working here is very good honestly.").
_APPRAISAL = r"(?:nice|good|great|fun|funny|cute|sweet|beautiful|lovely|cool|deep|wild|true|sad|crazy|brutal|powerful|hilarious|wholesome|iconic|classic)"
_REMARK_TAG = r"(?:[ \t,]+(?:right|huh|eh|isn'?t[ \t]+it|innit|lol|lmao|haha|tbh|btw|honestly|imo|tho|though|man|bro))"
_RUN_ON_REMARK = regex.compile(
    rf"""(?<=[\p{{L}}\p{{N}}.!?…"'”’)\]])[ \t]+(?:
      (?:(?:that'?s|thats|that[ \t]+is|it'?s|its|it[ \t]+is|this[ \t]+is)[ \t]+(?:(?:about|basically|roughly)[ \t]+)?|(?:about|basically|roughly)[ \t]+)the[ \t]+(?:gist|jist)(?:[ \t]+of[ \t]+it)?
    | (?:it'?s|its|it[ \t]+is|this[ \t]+is|that'?s|thats)[ \t]+(?:a|an)[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,2}}?(?:saying|expression|idiom|proverb|figure[ \t]+of[ \t]+speech)
      (?:[ \t]+(?:here|there|in[ \t]+\p{{L}}+|from[ \t]+\p{{L}}+))?
    | (?:(?:so|such[ \t]+a|what[ \t]+a|a|an|really|very|pretty)[ \t]+)?{_APPRAISAL}[ \t]+one
    | (?<!\b(?:very|so|really|pretty|too|quite|is|was|are|were|be|been|am|['’]s|['’]re|looks?|seems?|feels?|felt)[ \t]+){_APPRAISAL}(?={_REMARK_TAG})
    | (?<!\b(?:a|an|the|true|real|such|total|absolute|instant|modern|another|timeless)[ \t]+)(?:classic|iconic|legendary|relatable)
    ){_REMARK_TAG}*[ \t]*[.!?…]*[\s\p{{So}}\p{{Sk}}\uFE0F\u200D]*$""",
    regex.I | regex.X,
)
_RUN_ON_REACH = 60  # characters at the end of a span searched for such a remark
# The remark's frame, whatever it remarks ("it's", "that's the", "so", "one", "btw"): the Arabic may give these for its own
# words (هذا, هو), so only the remark's other words are looked for in what the Arabic accounts for.
_REMARK_FRAME = frozenset(
    "that's that’s thats that it's it’s its it is this a an the of so such what really very pretty about basically roughly one"
    " right huh eh isn't isnt innit lol lmao haha tbh btw honestly imo tho though man bro here there in from".split()
)


def _run_on_remark(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a chat remark run on after the translation (:data:`_RUN_ON_REMARK`: "... in my chest
    that's the gist", "... and the UK classic 😂", "... just perfect nice one btw"), after three words of English at least,
    when the ``arabic`` accounts for none of it beside its translation (:func:`_unaccounted`); ``end`` if none."""
    found = _RUN_ON_REMARK.search(text, max(start, end - _RUN_ON_REACH), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    said = " ".join(w for w in _LATIN_WORD.findall(found.group()) if w.lower() not in _REMARK_FRAME)
    if _accounted(said, arabic, text[start : found.start()]):
        return end
    return found.start()


# How loosely the translation renders the Arabic, said after a comma closing it (", roughly", ", more or less."): a hedge on the
# whole, not a word of it, unless the Arabic says it (تقريبا).
_LOOSELY = regex.compile(r"[ \t]*,[ \t]*(?:roughly|more[ \t]+or[ \t]+less|approximately|loosely|give[ \t]+or[ \t]+take)[ \t]*[.!…]*[ \t]*$", regex.I)


def _loosely(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a hedge on the whole after a comma closing it (:data:`_LOOSELY`), after three words of
    English at least, when the ``arabic`` gives no approximation (:data:`_APPROXIMATE`) nor all of the hedge's words; ``end`` if none."""
    found = _LOOSELY.search(text, max(start, end - 40), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    given = _arabic_words(arabic)
    words = [w.lower() for w in _LATIN_WORD.findall(found.group()) if w.lower() != "or"]
    if given & _APPROXIMATE or all(w in given for w in words):
        return end  # the Arabic's own approximation (تقريبا "almost", حوالي "approximately"), or its "more or less" (أكثر أو أقل)
    return found.start()



# A list left open after the translation (", etc.", "... etc etc", ", and so on", "and so forth", "and the like", "and whatnot",
# "blah blah"): the writer's shrug at the rest, not a word of the translation, unless the Arabic leaves its own list open
# (:data:`_ARABIC_ET_CETERA`: إلخ, وهكذا, وما إلى ذلك, وغيرها, Egyptian كده "and so on", in Arabizi too: "w kda", "keda").
_ET_CETERA = regex.compile(
    r"""(?:[ \t]*,[ \t]*|[ \t]*(?:\.{2,}|…)[ \t]*|[ \t]+)
    (?:etc(?![\p{L}])\.?(?:[ \t,]*etc(?![\p{L}])\.?)*|&c\.?|and[ \t]+so[ \t]+(?:on|forth)(?:[ \t]*,?[ \t]*and[ \t]+so[ \t]+(?:on|forth))*
    |and[ \t]+the[ \t]+like|and[ \t]+what[ \t]?not|blah(?:[ \t,]+blah)+|yadd?a(?:[ \t,]+yadd?a)+)
    [ \t.…!]*[\p{So}\p{Sk}\uFE0F\u200D \t]*$""",
    regex.I | regex.X,
)
_ARABIC_ET_CETERA = regex.compile(
    r"""(?<![\p{L}\p{N}])(?:[إا]لخ|[إا]ل[ىي][ \t]+[آا]خر[هة]|و?هكذا|وهلم[ \t]+جرا|وما[ \t]+[إا]ل[ىي][ \t]+ذلك|وما[ \t]+شابه|وغير(?:ها|ه|هم|[ \t]+ذلك)
    |و?كد[هاى]|(?i:(?:w|we|wa)?k[ei]?d+(?:a+h?|h)|etc|ela[ \t]?a?[5k]h?[ie]?r[ou]h?))(?![\p{L}\p{N}])""",
    regex.X,
)


def _et_cetera(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a list left open after it (:data:`_ET_CETERA`: "... to the community, etc",
    "... instead of PCR, and so on"), after three words of English at least, unless the ``arabic`` leaves its own open
    (:data:`_ARABIC_ET_CETERA`); ``end`` if none."""
    found = _ET_CETERA.search(text, max(start, end - 60), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3 or _ARABIC_ET_CETERA.search(arabic):
        return end
    return found.start()


# Hashtags closing a comment after its translation, with emoji among them or not ("... 📚 #yearbookquote", "... #ClassOf2024
# #proud 🎓"): the post's tags, no words of the translation, unless the Arabic has tags of its own (its "#رمضان_كريم" is
# translated "#RamadanKareem") or spells their names ("... in #Cairo").
_PICTURE_OR_TAG = r"(?:#[\p{L}\p{N}_]+|[\p{So}\p{Sk}\uFE0F\u200D]+)"
_TAGGED_OFF = regex.compile(rf"(?:[ \t]*{_PICTURE_OR_TAG})*[ \t]*#[\p{{L}}\p{{N}}_]*\p{{L}}[\p{{L}}\p{{N}}_]*(?:[ \t]*{_PICTURE_OR_TAG})*[ \t]*$")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|_")  # where a tag's words meet ("ClassOf2024", "stay_home")


# A note run on into the translation's last words, unpunctuated, saying the rest of the Arabic is not known ("... that is
# totally fine no idea about the rest.", "... on the left the rest idk", "... every day cant get the second line"): a
# word of not knowing (:data:`_NOT_KNOWING`), the part it names before it or after it (:func:`_unknown_part`).
_NOT_KNOWING = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:no[ \t]+(?:idea|clue)|not[ \t]+sure|idk|dunno|(?:can|could|do|did)n?['’]?t[ \t]+"
    r"(?:do|get|read|make|help|translate|figure|know|understand|tell))(?![\p{L}'’])"
)
_PART_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:(?:the|that)[ \t]+)?(?:rest|remainder|(?:second|last|other|2nd)[ \t]+(?:part|half|bit|line|sentence))[ \t]+$"
)


def _run_on_rest(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a note run on after its last word, with no mark between them, that says a part
    of the Arabic is not known (:data:`_NOT_KNOWING`, the part named before it too: :data:`_PART_BEFORE`;
    :func:`_unknown_part`) and that the ``arabic`` does not explain, after three words of English at least; ``end`` if none.
    A writer who stops mid-line says so in the same breath ("... totally fine no idea about the rest.")."""
    for found in _NOT_KNOWING.finditer(text, start, end):
        note = found.start()
        part = _PART_BEFORE.search(text, max(start, note - 40), note)
        if part is not None:
            note = part.start()
        before = text[start:note].rstrip(" \t")
        if len(before) == len(text[start:note]) or not before[-1:].isalnum() or len(_LATIN_WORD.findall(before)) < 3:
            continue  # (a note after a mark is note_tail's and rest_closes's)
        if _unknown_part(_LATIN_WORD.findall(text, note, end)) and not explained(text[note:end], arabic):
            return start + len(before)
    return end


# The part of the Arabic a partial translation leaves, named as the subject of a sentence run on after its last word with no
# mark between, its capital restarting the line ("... just perfect The rest is beyond me.", "... of it The second half I
# can't make out"): what the writer says of the rest, no word of the translation.
_REST_RUN_ON = regex.compile(r"(?<=\p{Ll}[ \t]+)The[ \t]+(?:rest|remainder|(?:second|last|other)[ \t]+(?:part|half|bit|line|sentence))(?![\p{L}'’])")


def _rest_named(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a sentence run on after its last word that names the part of the Arabic the
    translation leaves as its subject (:data:`_REST_RUN_ON`), of at most :data:`_REST_NOTE_WORDS` words, after three words of
    English at least, when the ``arabic`` does not explain it; ``end`` if none."""
    found = _REST_RUN_ON.search(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3 or len(_LATIN_WORD.findall(text, found.start(), end)) > _REST_NOTE_WORDS:
        return end
    return end if explained(text[found.start() : end], arabic) else start + len(text[start : found.start()].rstrip(" \t"))


def _tagged_off(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without the hashtags closing it (:data:`_TAGGED_OFF`), after three words of English at
    least, when the ``arabic`` has no tag and accounts for none of their words (:func:`_accounted`); ``end`` if none."""
    if "#" not in text[start:end] or "#" in arabic:
        return end
    found = _TAGGED_OFF.search(text, max(start, end - 120), end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    words = _CAMEL.sub(" ", found.group().replace("#", " "))
    return end if _accounted(words, arabic, text[start : found.start()]) else found.start()


_QUESTION_WORDS = 15  # a question to the reader after the translation is no longer
_ARABIC_ASKS = regex.compile(r"[?؟]")
# An English sentence that asks: opened by an auxiliary or a question word ("Does this look familiar to you?", "Why ...?")
# or closed by a tag ("You want a divorce, don't you?", "..., right?"), one sentence on one line.
_ASKING = regex.compile(
    r"""(?i:(?:do|does|did|is|are|am|was|were|can|could|will|would|have|has|had|should|shall|may|might
    |why|what|where|when|who|whom|whose|which|how)\b[^.!?\n]*
    |[^.!?\n]*,[ \t]*(?:(?:do|does|did|is|are|was|were|can|could|will|would|have|has|had|should|shall
      |won't|wouldn't|can't|couldn't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't)[ \t]+
      (?:i|you|he|she|it|we|they|there)|right|no|eh|huh|ok|okay))\?+""",
    regex.X,
)
# An Arabic question word (MSA and the dialects'), with و or ف before it: Arabic that has one may ask without its mark.
_ARABIC_QUESTION_WORD = regex.compile(
    r"(?<!\p{L})[وف]?(?:هل|لماذا|ماذا|متى|[أا]ين|كيف|كم|[أا]ي|ليه|لية|[اإأ]ي[هة]|فين|[إا]زاي|[إا]متى|مين|كام|[أا]ليس|ليش|وين|شو|شنو"
    r"|واش|علاش|فاش|منين|[إا]يش)(?!\p{L})"
)
_ASKING_FRAME = "\"'“”‘’`*_()[] \t"  # quotes, emphasis and brackets around a reply's question


def asks_back(english: str, texts: Sequence[str]) -> bool:
    """The ``english`` (a window past its lead-in) is one question while the Arabic (its segments' ``texts``) marks its
    sentences' ends and asks nothing (no question mark of either script, no question word): a reply asking the poster
    something ("Does this look familiar to you?" under ألقى سامي بكرسيّ عبر النّافذة.), not its translation, which keeps a
    statement a statement. An unpunctuated transcript (ArzEn-ST's Egyptian) asks without a mark: it is left alone."""
    asked = english.strip(_ASKING_FRAME)
    if not asked.endswith("?"):
        return False  # (most English: the Arabic is not read)
    arabic = " ".join(texts)
    if _ARABIC_ASKS.search(arabic) or _arabic_sentences(arabic) is None:
        return False
    return _ASKING.fullmatch(asked) is not None and _ARABIC_QUESTION_WORD.search(arabic) is None


def _asked_after(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a question closing it, after a sentence's end, of at most :data:`_QUESTION_WORDS`
    words, when the ``arabic`` marks its sentences' ends but asks nothing (no question mark of either script: an unpunctuated
    transcript's questions are unmarked, "Do you get me?" of فاهمني) and does not account for the question
    (:func:`_sentence_accounted`): the writer asks the poster something ("... up to 72 hours. Is that the same medicine they
    gave you last time?"), unless the English before it has fewer sentences than the Arabic marks (:data:`_GLUED_END`) and
    gives nothing of its last (:func:`_last_given`): "Layla dressed sexy. Can you rub my back?" of two Arabic sentences, the
    question is the second's, its Arabic closed by a full stop; ``end`` if none."""
    if text[start:end].rstrip()[-1:] != "?" or _ARABIC_ASKS.search(arabic) or _arabic_sentences(arabic) is None:
        return end
    cuts = [m for m in _SENTENCE_CUT.finditer(text, start, end) if m.end() < end and text[m.start()] != "?"]
    if not cuts:
        return end
    last = cuts[-1]
    tail, rest = text[last.end() : end], text[start : last.start()]
    if "?" in tail.rstrip()[:-1] or len(_LATIN_WORD.findall(tail)) > _QUESTION_WORDS or len(_LATIN_WORD.findall(rest)) < 3:
        return end
    if _sentence_accounted(_unopened(tail), arabic, rest):
        return end
    cut = last.start() + len(last.group()) - len(last.group().lstrip(".!?…\"'”’)]"))
    known = _arabic_sentences(arabic)
    if known is not None and 1 + len(_GLUED_END.findall(text, start, cut)) < known and not _last_given(text[start:cut], arabic):
        return end  # the Arabic's last sentence, its mark a full stop
    return cut


def _last_given(english: str, arabic: str) -> bool:
    """The ``english`` gives the ``arabic``'s last sentence already: a number of it, or a word the table gives for one of its
    words (:func:`explained`: "... in 2019 with his family." of كان ذلك في عام 2019 مع عائلته, two sentences made one)."""
    breaks = list(_ARABIC_BREAK.finditer(arabic.strip()))
    last = arabic.strip()[breaks[-1].end() :] if breaks else arabic
    return any(n in english for n in _DIGITS.findall(last)) or explained(english, last)


_DIGITS = regex.compile(r"\d+")


# A sentence's end before the next one, spaced off or not ("... his response.The pandemic ...", as TICO-19 glues them).
_GLUED_END = regex.compile(r"(?<!\.)[.!?…]+[\"'”’)\]]*(?=[ \t]*[\p{Lu}\"“])")

# A literal rendering's mark before a span ("lit. ", "literally: ", "word for word - ", "(literal translation) "), and the
# gist said after it (", i.e. ...", "; in other words ...", " — meaning ...", "(ie ..."): the writer explains the literal
# words, the gist is no part of their translation.
_LITERAL_BEFORE = regex.compile(
    r"(?:\blit\.|\bliterally|\bword[ \t-]+for[ \t-]+word|\bliteral(?:[ \t]+(?:translation|meaning|version))?)[)\]*_]*[ \t]*(?:[:=,]|[-–—]+)?[\s\"“‘'(\[*_]*$",
    regex.I,
)
_GIST_AFTER = regex.compile(
    r"[ \t]*(?:[,;(\[]|[ \t][-–—]+)[ \t]*(?:i\.[ \t]?e\.?|ie\b|that[ \t]+is(?:[ \t]+to[ \t]+say)?\b|meaning\b|in[ \t]+other[ \t]+words\b|as[ \t]+in\b)",
    regex.I,
)
_LITERAL_REACH = 40  # characters before a span searched for the literal mark


def _literal_gist(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends before the gist said after it (:data:`_GIST_AFTER`) when it opens after a literal
    rendering's mark (:data:`_LITERAL_BEFORE`): 'lit. "my eye is full", i.e. I'm satisfied' gives the literal words and
    then what they mean; three words of English at least before the gist; ``end`` if none. Without the mark a ", i.e."
    may be the translation's own ("... the virus, i.e. SARS-CoV-2")."""
    if _LITERAL_BEFORE.search(text, max(0, start - _LITERAL_REACH), start) is None:
        return end
    found = _GIST_AFTER.search(text, start, end)
    if found is None or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    return found.start()


# A short label opening a line ("Natural:", "More naturally -", "In proper English:"): at most four words before a colon or dash.
_RENDERING_LABEL = regex.compile(r"[ \t*_>\"“]*(?:[\p{L}'’.]+[ \t]+){0,3}[\p{L}'’.]+[)\]*_]*[ \t]*(?::|[ \t][-–—]+|=)[ \t]*(?=\S)")
_RENDERING_SHARE = 0.5  # the second rendering is this share of the first's length at least, and at most its inverse


def second_rendering(text: str, start: int, end: int) -> int:
    """Where ``[start, end)``, a literal rendering (its line opening with its mark, :data:`_LITERAL_BEFORE`: "Literally: ...")
    ending its line, ends with the rendering given under it after a label of its own ("\nNatural: ...", "\nMore naturally:
    ...", :data:`_RENDERING_LABEL`) about as long as it: the writer gives the words twice, literally then as one would say
    them, both the translation; ``end`` otherwise."""
    line = text.rfind("\n", 0, start) + 1
    if "\n" in text[start:end] or _LITERAL_BEFORE.search(text, max(line, start - _LITERAL_REACH), start) is None or text.find("\n", end) < 0:
        return end
    below = end
    while below < len(text) and text[below] in " \t":
        below += 1
    if text[below : below + 1] != "\n":  # (the span ends its line, the label opens the next)
        return end
    label = _RENDERING_LABEL.match(text, below + 1)
    if label is None or _LITERAL_BEFORE.search(text, below + 1, label.end()) is not None:
        return end
    stop = text.find("\n", label.end())
    stop = len(text) if stop < 0 else stop
    while stop > label.end() and text[stop - 1].isspace():
        stop -= 1
    if not _RENDERING_SHARE <= (stop - label.end()) / max(1, end - start) <= 1 / _RENDERING_SHARE:
        return end
    return stop


_APPROXIMATE = frozenset("roughly approximately almost nearly".split())  # what an Arabic's approximation gives ("about", "around" of عن, حول: too much)


def _remark_cuts(text: str, start: int, end: int, arabic: str) -> list[int]:
    """Where a remark after the translation in ``[start, end)`` may start, first to last (see :func:`_remark`)."""
    stripped = _PICTURES.sub("", arabic)
    if _ARABIC_MARKS.search(arabic) is not None:
        mark = _END_MARKS.get(stripped[-1], stripped[-1])
        own = sum(_END_MARKS.get(c, c) == mark and not _in_run(stripped, i) for i, c in enumerate(stripped))
        ends = [i + 1 for i in range(start, end) if text[i] == mark and not _in_run(text, i) and text[i + 1 : i + 2].isspace()]
        return [_skip_space(text, ends[own - 1], end)] if ends and len(ends) >= own else []  # (none of its own: '!!!' all a run)
    cuts = [m.end() for m in _SENTENCE_CUT.finditer(text, start, end)] + [m.end() for m in _RESTART.finditer(text, start, end)]
    return sorted(c for c in cuts if c < end)


_ARABIC_WORD = regex.compile(r"\p{Arabic}+")


def _ends_alike(rest: str, arabic: str) -> bool:
    """The last word of ``rest`` translates the ``arabic``'s last word: one the table gives for it (not among the commonest,
    :data:`_COMMON`: "to"), or a name it spells
    ("... I like Hamo Beka" of "... بحب حمو بيكا"): the translation ends where the Arabic does, what follows is not its own."""
    words, last = _LATIN_WORD.findall(rest), _ARABIC_WORD.findall(arabic)[-1:]
    if not words or not last:
        return False
    word, background = words[-1], lexicon().background
    given = _arabic_words(last[0])
    return any(w in given and background.get(w, 0.0) < _COMMON for w in english_tokens(word)) or (word != "I" and _named_in(word.capitalize(), last[0]))


def _in_run(text: str, at: int) -> bool:
    """The mark at ``at`` is one of a run of the same (".." trailing off, "!!"): no sentence's end to count."""
    return text[at - 1 : at] == text[at] or text[at + 1 : at + 2] == text[at]


def _skip_space(text: str, at: int, end: int) -> int:
    """``at`` moved past the blanks after it, up to ``end``."""
    while at < end and text[at].isspace():
        at += 1
    return at


def _unaccounted(tail: str, arabic: str, rest: str) -> bool:
    """The ``arabic`` accounts for little of ``tail`` beside its translation (``rest``): the tail has words less common than
    :data:`_COMMON` that ``rest`` does not hold, and :func:`_sentence_accounted` finds none of them given, no name spelled
    and less than half of its words given."""
    background, held = lexicon().background, set(english_tokens(rest))
    words = [w for w in english_tokens(tail) if background.get(w, 0.0) < _COMMON and w not in held]
    return bool(words) and not _sentence_accounted(tail, arabic, rest)


# What closes a comment after its translation, by its form: platform chrome (a row of short items
# between middle dots, "Like · Reply · 2h"), a signature under a delimiter line ("--", "___", "-----",
# and all after it) or on a line of its own after a dash or tilde ("-- M.R., Leeds", "~ Ravi | Pune"),
# and a letter's sign-off (a short line ending in a comma, a short name line under it: "Regards,\nJ.").
_CHROME = regex.compile(r"\n[ \t]*[^\n·•]{1,25}(?:[ \t]*[·•][ \t]*[^\n·•]{1,25}){2,}[ \t]*$")
_DELIMITER = regex.compile(r"\n[ \t]*(?:-{2,}|_{3,}|={3,}|[—―])[ \t]*(?:\n|$)")  # a line that is a delimiter only
_SIGNED = regex.compile(r"\n[ \t]*(?:--|[—―~])[ \t]*(?=[\p{L}\p{N}])[^\n]{1,60}$")  # "-- name, place" ending the text
# A marketplace answer's byline on the line under it ("By Bassel on 2 May 2024 · Verified purchase", "By Omar K. on May 2,
# 2024"): the answerer's name and the date, then the site's badges, what Amazon's and other shops' Q&A print under an answer.
_BYLINE = regex.compile(
    r"\n[ \t]*(?i:by)[ \t]+[^\n]{1,40}?[ \t]+(?i:on)[ \t]+(?:\d{1,2}[ \t]+\p{L}{3,9}|\p{L}{3,9}\.?[ \t]+\d{1,2},?)[ \t]+\d{4}(?:[ \t]*[·•|][^\n]{1,40})*[ \t]*$"
)
# A social post's header closing the text, over the post it quotes or embeds ("Quote\nOmar Fq @omar_fq · 1d"): a short label line,
# if any, then the poster's name and handle, a middle dot and the post's age or date: the platform's, not the writer's words.
_POST_HEADER = regex.compile(r"(?:\n[ \t]*\p{L}[\p{L} \t]{0,15})?\n[ \t]*[^\n@·•]{0,40}@[\p{L}\p{N}_.]{1,30}[ \t]*[·•][ \t]*[^\n·•]{1,25}$")
_SIGN_OFF = regex.compile(r"\n[ \t]*(?=\p{L})[\p{L}'’ \t]{1,30},[ \t]*(?:\n[ \t]*[\p{L}.'’ \t]{1,25})?[ \t]*$")
_SIGN_OFF_WORDS = 4  # a sign-off line is no longer
# A letter's sign-off formula ("Best wishes to all,", "Kind regards,", "Warm thanks,"): its words are the formula's, whatever
# the Arabic gives for them ("best" of خاصة); only the rest of the sign-off may be the Arabic's (a name, "Thanks," of شكرا, "love").
_FORMULA = frozenset("best kind kindest warm warmest wishes regards greetings cheers yours sincerely respectfully faithfully".split())
_PICTURES = regex.compile(r"[\s\p{So}\p{Sk}\uFE0F\u200D]+$")  # emoji left at the end once chrome is cut


def _signed_off(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without what closes a comment after its translation (:data:`_CHROME`,
    :data:`_DELIMITER` and all after it, :data:`_SIGNED`, :data:`_SIGN_OFF`, :data:`_BYLINE`, :data:`_POST_HEADER`), cut while one
    closes it (and, but for chrome, a delimiter, a byline and a post's header, the ``arabic`` does not account for its words); emoji before it go with it. ``end`` if none."""
    while True:
        cut = _closing(text, start, end, arabic)
        if cut is None:
            return end
        end = cut
        pictures = _PICTURES.search(text, start, end)
        if pictures is not None and _LATIN_WORD.search(text, start, pictures.start()):
            end = pictures.start()


def _closing(text: str, start: int, end: int, arabic: str) -> int | None:
    """Where the first closing of ``[start, end)`` starts (one of :func:`_signed_off`'s), after three words of
    English at least; None if none closes it or the ``arabic`` accounts for a signature or sign-off."""
    delimiter = _DELIMITER.search(text, start, end)
    found = [m for m in (delimiter, *(f.search(text, start, end) for f in (_CHROME, _SIGNED, _SIGN_OFF, _BYLINE, _POST_HEADER))) if m is not None]
    for m in sorted(found, key=lambda m: m.start()):
        if len(_LATIN_WORD.findall(text, start, m.start())) < 3:
            continue
        closing = text[m.start() : end]
        if m.re == _SIGN_OFF and len(_LATIN_WORD.findall(closing.strip().split("\n")[0])) > _SIGN_OFF_WORDS:
            continue
        said = _LATIN_WORD.sub(lambda w: "" if w.group().lower() in _FORMULA else w.group(), closing) if m.re == _SIGN_OFF else closing
        if m is not delimiter and m.re not in (_CHROME, _BYLINE, _POST_HEADER) and _accounted(said, arabic, text[start : m.start()]):
            continue
        return m.start()
    return None


_ASKED = regex.compile(r"[?؟][\"'”’»)\]]*\s*$")  # a text ending in a question
_PARAGRAPH = regex.compile(r"\n[ \t]*\n\s*")
_CLOSED_ASIDE = regex.compile(r"\([^()\n]+\)")  # a paragraph all in brackets, closed ("(It went up in 1987, when it cost about £40.)")
_ASIDE = regex.compile(r"[(\[]|[\p{L}]{1,8}[ \t]?\d?[ \t]*:[ \t]*\S")  # a paragraph in brackets or under a label ("Source: ...")


def _aside(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last paragraph of at most :data:`_SENTENCE_WORDS` words (:data:`_REMARK_PARAGRAPH_WORDS`
    when it is all in closed brackets, :data:`_CLOSED_ASIDE`) that is an aside by its form (in brackets, closed or not, under a label, or in lower case after a translation that opens with a
    capital: "(the grammar is very formal ...", "Source: I'm Egyptian", "this part gives me chills") the ``arabic`` does not
    account for (a lower-case one: not most of its words, :func:`_mostly_given`); ``end`` if none."""
    breaks = list(_PARAGRAPH.finditer(text, start, end))
    if not breaks:
        return end
    last = breaks[-1]
    tail = text[last.end() : end]
    lowered = tail[:1].islower() and text[start : start + 1].isupper()  # a paragraph in lower case after a capitalised translation
    closed = _CLOSED_ASIDE.match(text, last.end())  # the span may end before its closing bracket
    most = _REMARK_PARAGRAPH_WORDS if closed is not None and closed.end() >= len(text[:end].rstrip()) else _SENTENCE_WORDS
    if not (_ASIDE.match(tail) or lowered) or len(_LATIN_WORD.findall(tail)) > most or not _LATIN_WORD.search(text, start, last.start()):
        return end
    rest = text[start : last.start()]
    if any(c in arabic for c in "([") and tail[0] in "([" or (_mostly_given(tail, arabic, set(english_tokens(rest))) if lowered else _accounted(tail, arabic, rest)):
        return end
    return last.start()


_REMARK_PARAGRAPH_WORDS = 20  # a paragraph of the writer's own before a translation is no longer (a sentence or two)


def _paragraph_before(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts without a first paragraph of at most :data:`_REMARK_PARAGRAPH_WORDS` words that the
    ``arabic``, a single paragraph, has no room for (a sentence more than it marks, or it marks none): it accounts for little of it (:func:`_unaccounted`: "Interesting
    piece, though the quote in the middle is worth reading in full.", "My attempt follows."), while the paragraphs after
    it read as a translation from the Arabic's start (:func:`~.evidence.explains_prefix`) and are nearer its translation's
    length without it; ``start`` if none. The translation of one paragraph starts with its own
    paragraph, as it ends with it (:func:`_paragraph_more`)."""
    first = _PARAGRAPH.search(text, start, end)
    if first is None or _PARAGRAPH.search(arabic.strip()) is not None:
        return start
    if _arabic_sentences(arabic) is not None and not _more_sentences(text, start, end, arabic):
        return start  # as many sentences as the Arabic marks: each paragraph may be one of them
    head, rest = text[start : first.start()], text[first.end() : end]
    if not 0 < len(_LATIN_WORD.findall(head)) <= _REMARK_PARAGRAPH_WORDS or not explains_prefix((arabic,), (rest,)) or not _unaccounted(head, arabic, rest):
        return start  # the paragraphs after it must read as a translation from the Arabic's start: the first is no part of it
    size = text_length(arabic)
    if length_evidence(size, text_length(rest)) < length_evidence(size, text_length(text[start:end])):
        return start  # the paragraphs after it are too short for the Arabic's translation without it
    return first.end()


_LINE_BREAK = regex.compile(r"[ \t]*\n\s*")


def _line_before(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts without a first line of at most :data:`_SENTENCE_WORDS` words when the ``arabic`` is
    written on one line: a line more than it has, before lines that read as its translation, is a header, a name or a
    remark ("Rami here.\n...", "ENGLISH\n...", "Ok I'll give it a shot.\n..."), judged as a first paragraph is
    (:func:`_paragraph_before`); ``start`` if none."""
    if "\n" in arabic.strip():
        return start
    first = _LINE_BREAK.search(text, start, end)
    return start if first is None else _head_cut(text, start, first.start(), first.end(), end, arabic, _SENTENCE_WORDS)


def _head_cut(text: str, start: int, stop: int, rest_start: int, end: int, arabic: str, most: int) -> int:
    """``rest_start`` when ``[start, stop)``, of at most ``most`` words before the rest of the span ``[rest_start, end)``, is
    no part of the translation of ``arabic``: the span has a sentence more than the Arabic marks (or it marks none), the
    Arabic accounts for little of the head (:func:`_unaccounted`), the rest reads as a translation from the Arabic's start
    (:func:`~.evidence.explains_prefix`: had the head translated the start, the rest would not) and is no further from its
    translation's length without the head; ``start`` otherwise."""
    if _arabic_sentences(arabic) is not None and not _more_sentences(text, start, end, arabic):
        return start  # as many sentences as the Arabic marks: each line may be one of them
    head, rest = text[start:stop], text[rest_start:end]
    if not 0 < len(_LATIN_WORD.findall(head)) <= most or len(_LATIN_WORD.findall(rest)) < 3:
        return start
    if not explains_prefix((arabic,), (rest,)) or not _unaccounted(head, arabic, rest):
        return start
    size = text_length(arabic)
    if length_evidence(size, text_length(rest)) < length_evidence(size, text_length(text[start:end])):
        return start  # the rest is too short for the Arabic's translation without the head
    return rest_start


_COLON_PARAGRAPH_WORDS = 30  # a paragraph announcing the translation under it is no longer
_COLON_END = regex.compile(r":[*_)\]]*[ \t]*$")


def _colon_paragraph(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` starts without a first paragraph that ends in a colon (at most :data:`_COLON_PARAGRAPH_WORDS`
    words: "Posting a translation so this can stay up under rule 3 (English summaries required):") when the ``arabic``, a
    single paragraph, accounts for little of it (:func:`_unaccounted`): the writer announces what the paragraphs under it
    are, a lead however long; ``start`` if none."""
    first = _PARAGRAPH.search(text, start, end)
    if first is None or _COLON_END.search(text, start, first.start()) is None or _PARAGRAPH.search(arabic.strip()) is not None:
        return start
    head, rest = text[start : first.start()], text[first.end() : end]
    if not 0 < len(_LATIN_WORD.findall(head)) <= _COLON_PARAGRAPH_WORDS or len(_LATIN_WORD.findall(rest)) < 3:
        return start
    return first.end() if _unaccounted(head, arabic, rest) or _ENGLISH_NAMED.search(head) else start


# A paragraph's close that names what follows as the English ("here's the line in English:", "The grandmother's line
# translated:", "in English, roughly:"): an announcement of its language, whatever words before it the Arabic gives.
_ENGLISH_NAMED = regex.compile(r"(?i)(?:\bin[ \t]+english|\btranslated|\btranslation)(?:[ \t]*,?[ \t]*(?:roughly|approximately|loosely))?[ \t]*:[*_)\]]*[ \t]*$")


def _paragraph_more(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last paragraph of at most :data:`_SENTENCE_WORDS` words that the ``arabic``,
    a single paragraph, has no room for: it accounts for little of it (:func:`_unaccounted`: "Trip type: family", "Room
    214, sea view", "Sent from my iPhone" under a review's or a reply's translation) and for some of the paragraphs before it
    (:func:`explained`); ``end`` if none. The translation of one paragraph ends with its own paragraph."""
    breaks = list(_PARAGRAPH.finditer(text, start, end))
    if not breaks or _PARAGRAPH.search(arabic.strip()) is not None:
        return end
    last = breaks[-1]
    tail, rest = text[last.end() : end], text[start : last.start()]
    if not 0 < len(_LATIN_WORD.findall(tail)) <= _SENTENCE_WORDS or not explained(rest, arabic) or not _unaccounted(tail, arabic, rest):
        return end
    if _ASKED.search(tail) and _ASKED.search(arabic):
        return end  # a question closing both is the Arabic's own (:func:`_remark_paragraph`)
    return last.start()


def _line_after(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last line of at most :data:`_SENTENCE_WORDS` words when the ``arabic`` is written
    on one line and the lines before leave it no room for more (as many sentences as it marks, or, when it marks none, most of
    its length): a line more than it has, after lines that translate it, is a remark, a question or a sign-off ("...\nIs that
    what you needed?"), judged as a last paragraph is (:func:`_paragraph_more`); ``end`` if none."""
    if "\n" in arabic.strip():
        return end
    breaks = list(_LINE_BREAK.finditer(text, start, end))
    if not breaks:
        return end
    last = breaks[-1]
    tail, rest = text[last.end() : end], text[start : last.start()]
    if not 0 < len(_LATIN_WORD.findall(tail)) <= _SENTENCE_WORDS or len(_LATIN_WORD.findall(rest)) < 3 or _wrapped(rest, tail):
        return end
    known = _arabic_sentences(arabic)
    if (_spans_sentences(text, start, last.start()) < known) if known is not None else len(rest) < _ROOM * len(arabic.strip()):
        return end  # the lines before may leave the Arabic's last sentence to the last line
    if not explained(rest, arabic) or not _unaccounted(tail, arabic, rest) or (_ASKED.search(tail) and _ASKED.search(arabic)):
        return end
    return last.start()


_OPEN_LINE_END = regex.compile(r"[\p{L}\p{N},;]$")  # a line ending inside its sentence: a word, a comma


def _wrapped(rest: str, line: str) -> bool:
    """The ``line`` goes on with the sentence the line before it left open (``rest`` ends in a word or a comma, and the line
    opens in a small letter: "His knowledge of French is\npoor."): a hard-wrapped line, no line of its own."""
    return _OPEN_LINE_END.search(rest) is not None and line[:1].islower()


_WRAPPER_END = regex.compile(r"[\s.!?؟…\"'”’»]+$")
# The same, and the separators of a data row whose quoted field the Arabic fills: JSON's '",' and '"}', a CSV cell's '",', a list's
# '"]' ({"text": "...", "label": ...} in a dataset's row): the row's marks, not quotes of the Arabic's own words.
_FIELD_CLOSE = regex.compile(r"[\s.!?؟…\"'”’»,;\]}]+$")


def _after_quote(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends at the quote or bracket closing the one it opens after (:func:`_bracket_close`), when a short
    remark the ``arabic`` does not account for most of follows it (:func:`_mostly_given`: "Redo it and post again" of an Arabic
    whose مرة gives "again"; "[...]. Any thoughts on the dating?") or only the closing marks do ('How about "..."?'); ``end`` if none.
    The remark has :data:`_NOTE_WORDS` words at most, or :data:`_QUOTE_REMARK_WORDS` where it is set off (:func:`_set_off`) after a
    quotation holding all the sentences the Arabic marks (:data:`_FRAME_WORDS` where the writer's sentence framing the quotation
    goes on with a conjunction, :data:`_FRAME_GOES_ON`) (after fewer, the sentences that follow may be the rest of the
    translation: "'I am tired.' She said it twice and went to sleep early." of two Arabic sentences)."""
    opener = text[start - 1 : start] if start > 0 else ""
    inner = _FIELD_CLOSE.sub("", arabic)  # a quote closing the whole Arabic wraps it, as the English's wraps its translation
    if opener in _BRACKET_CLOSERS:
        close = _bracket_close(text, start, end, opener)
    elif opener not in _CLOSERS or _own_quotation(text, start, end, opener, inner):  # the Arabic's own: its translation's too
        return end
    else:
        close = _quote_close(text, start, end, opener)
    if close < 0:
        return end
    tail = text[close + 1 : end]
    if not tail.strip(_TRAILING_MARKS):  # only the quotation's own closing marks after it ('How about "..."?')
        return close
    known = _arabic_sentences(arabic)
    whole = known is None or _spans_sentences(text, start, close) >= known  # the quotation holds all the sentences the Arabic marks
    limit = (_FRAME_WORDS if _FRAME_GOES_ON.match(text, close + 1) else _QUOTE_REMARK_WORDS) if whole and _set_off(text, start, close) else _NOTE_WORDS
    if not 0 < len(_LATIN_WORD.findall(tail)) <= limit or (_CITATION.match(tail) is None and _mostly_given(tail, arabic, set(english_tokens(text[start:close])))):
        return end
    return close


_QUOTE_REMARK_WORDS = 20  # a remark set off after a quoted translation's closing quote is no longer (a sentence or two)
_SET_OFF = regex.compile(r"[ \t]*(?:[-–—]+[ \t]+(?=\p{L})|\n)|[.!?…]?[ \t]+(?=\p{Lu})|[ \t]*,[ \t]+(?=(?i:but|and|while|whereas|though|although|yet)[ \t])")
# The writer's sentence that framed the quotation going on after it with a conjunction ('which means "...", but the English
# source string is "..."'): it may quote more of its own, so it is longer than a remark.
_FRAME_GOES_ON = regex.compile(r"[ \t]*,[ \t]+(?i:but|and|while|whereas|though|although|yet)[ \t]")
_FRAME_WORDS = 40  # such a sentence is no longer


def _set_off(text: str, start: int, close: int) -> bool:
    """The quotation ``[start, close)`` ends its sentence (its last mark, before the closing quote at ``close``, is one) and a dash,
    a line's end, a new sentence's capital or a comma and a conjunction going on with the writer's sentence follows the quote:
    '"...the card." — rough translation, my cousin ...', '"..." That's what I told them, word for word:', '"...so on.", but the
    source string is ...'. What follows is said about the quotation, not in it, a sentence or two long; a quote
    that closes mid-sentence ('"Stop!" the girl screamed and ran home') goes on in lower case."""
    inner = text[start:close].rstrip(" \t\"'”’»")
    return bool(inner) and inner[-1] in ".!?…" and _SET_OFF.match(text, close + 1) is not None


def _quote_close(text: str, start: int, end: int, opener: str) -> int:
    """Where the quote ``opener`` right before ``start`` closes within ``[start, end)``: its closer's first occurrence, but for a
    single quote not an apostrophe between letters ("can't", "don’t", "Sami's") nor one right before a letter; -1 if it does not."""
    closer = _CLOSERS[opener]
    at = text.find(closer, start, end)
    if closer not in "'’":
        return at
    while at >= 0 and text[at + 1 : at + 2].isalpha():
        at = text.find(closer, at + 1, end)
    return at


def _own_quotation(text: str, start: int, end: int, opener: str, arabic: str) -> bool:
    """The ``arabic`` (its wrapper's closing marks left out) quotes something, and the quote ``opener`` before
    ``[start, end)`` may be its translation's: not where the English writes the Arabic's quote marks inside it
    before the opener's close ('“Although the word "pandemic" ... to action:” no idea about the rest' of a
    كلمة "جائحة"), the quotation rendered there, the opener the writer's own around the translation."""
    quotes = [c for c in dict.fromkeys(_CLOSERS.values()) if c in arabic]
    if not quotes:
        return False
    close = text.find(_CLOSERS[opener], start, end)
    return close < 0 or _CLOSERS[opener] in quotes or not all(text.count(c, start, close) >= arabic.count(c) for c in quotes)


_TRAILING_MARKS = " \t\n.,;:!?…\"'”’»)]"
_BRACKET_CLOSERS = {"[": "]", "(": ")"}


def _bracket_close(text: str, start: int, end: int, opener: str) -> int:
    """Where the bracket ``opener`` right before ``start`` closes within ``[start, end)``, brackets opened inside it
    closed first ("[... Administration (OSHA), ... coworkers.]"); -1 if it does not."""
    closer, depth = _BRACKET_CLOSERS[opener], 0
    for at in range(start, end):
        if text[at] == opener:
            depth += 1
        elif text[at] == closer:
            if depth == 0:
                return at
            depth -= 1
    return -1


# A reference after the closing quote or on a line of its own, in brackets (closed or not) or after a dash: a source's
# capitalised words and numbers, "of", "al-", "ibn", an article assimilated in lower case ("as-", "an-") between ("(Quran
# 2:255)", "(Surah Al-Baqarah, 286", "— Rumi", "[Sahih Muslim]", "(Bukhari)", "[Riyad as-Salihin 12]"): the quotation
# ended, so whatever words of it the Arabic seems to spell ("Al" of ال) are no translation.
_CITATION = regex.compile(
    r"""\s*(?:[(\[]|[-–—~]+)[ \t]*
    (?:(?:\p{Lu}[\p{L}'’.\-]*|a[dlnrstz]h?-\p{L}[\p{L}'’.\-]*|\d+(?:[:.,\-–]\d+)*|of|the|al|el|ibn|bin|no|vol|p|pp|ch|v|vv)[ \t,;:.\-–]*){1,8}
    [)\]]?[ \t.]*$""",
    regex.X,
)


def _cited_line(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last line that is a reference in brackets or after a dash (:data:`_CITATION`:
    "[Riyad as-Salihin 1615]", "— Rumi") after three words of English at least, when the ``arabic`` has no bracket; ``end`` if none."""
    cut = text.rfind("\n", start, end)
    if cut < 0 or any(c in arabic for c in _OPEN) or len(_LATIN_WORD.findall(text, start, cut)) < 3:
        return end
    return cut if _CITATION.fullmatch(text, cut, end) is not None else end


# A translator's note after the translation, by its label, at a line's start or after a sentence's end, and all after it,
# however long: "TN:", "T/N:", "TL note:", "Translator's note:", "Note:", "NB:", "N.B.", "PS:", "P.S.", in brackets or not;
# a footnote line under it ("* market", "[1] market"), the marker it closes on going with it.
_NOTE_LABEL = regex.compile(
    r"""[(\[]?[ \t]*(?:
      (?P<label>(?i:t[ \t]?/[ \t]?n|tn|tl[ \t]?notes?|tl|translator['’]?s?[ \t]+notes?|translation[ \t]+notes?|notes?|nb|ps|pps))[ \t]*[:\-–—][ \t]*(?=\S)
    | (?P<label>(?i:n\.[ \t]?b|p\.[ \t]?s))\.?[ \t]*:?[ \t]*(?=\S)
    | (?P<footnote>\*{1,3}|\[\d{1,2}\]|\(\d{1,2}\)|[¹²³])[ \t]*:?[ \t]*(?=[\p{L}"“‘'(]))""",
    regex.X,
)
_NOTE_PLACE = regex.compile(r"\n[ \t]*|(?:(?<!\.)\.(?!\.)|[!?…]+)[\"'”’)\]]*[ \t]+(?=[(\[]?[ \t]*[\p{L}])")  # a line's start, or a sentence's end before a label


def _noted(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends before a translator's note (:data:`_NOTE_LABEL`, a footnote only at a line's start)
    after three words of English at least, when the ``arabic`` does not account for its label ("Note:" of ملاحظة stays);
    a footnote's marker closing what is left goes too. ``end`` if none."""
    for place in _NOTE_PLACE.finditer(text, start, end):
        found = _NOTE_LABEL.match(text, place.end(), end)
        if found is None or len(_LATIN_WORD.findall(text, start, place.start())) < 3:
            continue
        if found["footnote"] is not None and ("\n" not in place.group() or not _marks(text[start : place.start()], found["footnote"])):
            continue  # a footnote is a line whose marker the translation has ("souq*"), not a bullet ("* ...")
        if found["label"] is not None and _accounted(found["label"], arabic):
            continue
        cut = place.start() + len(place.group()) - len(place.group().lstrip(".!?…\"'”’)]")) if "\n" not in place.group() else place.start()
        if found["footnote"] is not None:
            marker = found["footnote"]
            kept = text[start:cut].rstrip()
            cut = start + len(kept) - len(marker) if kept.endswith(marker) else cut
        return cut
    return end


_FOOTNOTE_MARK = regex.compile(r"(?<=\S)(?:\*{1,3}|\[\d{1,2}\]|\(\d{1,2}\)|[¹²³])[ \t]*$")  # a footnote's marker closing a span


def _footnoted(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends without a footnote's marker closing it ("folder.[1]") when a line after it opens with
    that marker (the footnote, left out of the span already); ``end`` if none."""
    found = _FOOTNOTE_MARK.search(text, start, end)
    if found is None or regex.search(rf"\n[ \t]*{regex.escape(found.group().strip())}", text[end:]) is None:
        return end
    return found.start()


def _marks(translation: str, marker: str) -> bool:
    """The ``translation`` has the footnote's ``marker`` right after a word or a mark ("souq*", "market.[1]")."""
    at = translation.find(marker)
    while at > 0:
        if not translation[at - 1].isspace():
            return True
        at = translation.find(marker, at + 1)
    return False


# What a note about the text says of it (in a last paragraph without a label: "The headline and the article say two different
# things.", "Literally it's ..."): it names the text, a part of it or its words, or how it is translated.
_ABOUT = frozenset(
    """original literally literal headline article dialect dialects writer author poster op word words phrase phrases expression
    idiom idioms translation translations translated translate translating tl caption arabic english grammar slang
    wording nuance pun untranslatable""".split()
)
_ABOUT_WORDS = 30  # such a paragraph is no longer
# A paragraph of its own saying a part is not known is no longer: set off from the translation, it may say why at more length
# than a note run on after it ("(I couldn't read the last part of the handwriting, sorry, the second sentence is missing)").
_PART_NOTE_WORDS = 20


_LAST_BRACKET = regex.compile(r"[ \t]*[(\[]([^()\[\]\n]{1,160})[)\]][ \t.!…]*$")  # a bracket closing the span
_BRACKET_WORDS = 20  # a translator's note in brackets is no longer


def _about_bracket(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a translator's note in brackets closing it, of at most :data:`_BRACKET_WORDS` words,
    that talks about the text or its translation (:data:`_ABOUT`: "(the literal version makes no sense in english)",
    "(the word for pride here is much stronger in arabic)"), after three words of English at least, when the ``arabic`` has no
    bracket and gives none of its words about the text; ``end`` if none. A short note goes before, by its form (:func:`note_tail`)."""
    found = _LAST_BRACKET.search(text, max(start, end - 200), end)
    if found is None or "(" in arabic or "[" in arabic or len(_LATIN_WORD.findall(text, start, found.start())) < 3:
        return end
    words = [w.lower() for w in _LATIN_WORD.findall(found.group(1))]
    about = [w for w in words if w in _ABOUT]
    if not about or len(words) > _BRACKET_WORDS or explained(" ".join(about), arabic, 1.0):
        return end
    return found.start()


def _about_paragraph(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last paragraph of at most :data:`_ABOUT_WORDS` words that talks about the text
    (:data:`_ABOUT`) or says a part of the Arabic is not known (:func:`_unknown_part`: "Can't help with the other one."), after a
    translation of three words at least (the note of not knowing a part: :data:`_PART_NOTE_WORDS` words at most), when the ``arabic``
    gives neither its word about the text nor half its uncommon words
    (:func:`_third_given`: the table gives about half an MSA translation's words); ``end`` if none."""
    breaks = list(_PARAGRAPH.finditer(text, start, end))
    if not breaks or len(_LATIN_WORD.findall(text, start, breaks[-1].start())) < 3:
        return end
    last = breaks[-1]
    tail, rest = text[last.end() : end], text[start : last.start()]
    words = [w.lower() for w in _LATIN_WORD.findall(tail)]
    about = [w for w in words if w in _ABOUT]
    if not 0 < len(words) <= _ABOUT_WORDS or not (about or _unknown_part(words, _PART_NOTE_WORDS)):
        return end
    if about and (explained(" ".join(about), arabic) or _third_given(tail, arabic, rest)):
        return end
    if not about and _accounted(" ".join(w for w in words if w not in _PART and w not in ("one", "ones") and not _NOT_KNOWN.match(w)), arabic, rest):
        return end  # a note of not knowing a part: the Arabic accounts for a word besides the part and the not knowing
    return last.start()


_REMARK_PARAGRAPH_WORDS = 20  # a remark's paragraph after the translation is no longer


def _remark_paragraph(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without its second and last paragraph, of at most :data:`_REMARK_PARAGRAPH_WORDS` words, after a
    translation of three words at least, when the ``arabic`` is one paragraph that the first leaves no room for more
    (:func:`_room_taken`), the table gives words of the first (:func:`explained`) and less than a third of the paragraph's
    own (:func:`_third_given`): a paragraph more than the Arabic has, said about it ("It was on a poster in my school.", "We
    say it a lot back home, it's nothing deep."); ``end`` if none."""
    if "\n" in arabic.strip():
        return end
    breaks = list(_PARAGRAPH.finditer(text, start, end))
    if len(breaks) != 1 or len(_LATIN_WORD.findall(text, start, breaks[0].start())) < 3:
        return end
    last = breaks[0]
    tail, rest = text[last.end() : end], text[start : last.start()]
    if not 0 < len(_LATIN_WORD.findall(tail)) <= _REMARK_PARAGRAPH_WORDS or not _room_taken(text, start, last.start(), arabic):
        return end
    if _ASKED.search(tail) and _ASKED.search(arabic):
        return end  # a question closing both is the Arabic's own ("... but it's okay.\n\nWhat else?" of "... أيه تاني؟")
    return end if not explained(rest, arabic) or _third_given(tail, arabic, rest) else last.start()


_SENTENCE_ENDED = regex.compile(r"[.!?…][\"'”’)\]]*\s*$")
_ROOM = 0.9  # an English at least this long (in characters) beside an Arabic that marks no sentence's end translates all of it


def _room_taken(text: str, start: int, end: int, arabic: str) -> bool:
    """``[start, end)`` leaves the ``arabic`` no room for more: it ends a sentence, and has as many sentences as the Arabic
    marks, or, when it marks none (a transcript's), :data:`_ROOM` of its length at least."""
    if _SENTENCE_ENDED.search(text, start, end) is None:
        return False  # a paragraph that breaks off a sentence ("..., not to your home,"): the next goes on with it
    known = _arabic_sentences(arabic)
    if known is None:
        return end - start >= _ROOM * len(arabic.strip())
    return _spans_sentences(text, start, end) >= known


# A translation in brackets inside a sentence of the writer's own ("My teacher wrote it on the board (...) and left it
# there.", "The jar reads ... (trans.: ...) so is it halal?"): the brackets enclose most of the span and what is outside them,
# before or after, is the writer's sentence the Arabic does not account for.
_OPEN, _CLOSE = "([", ")]"
_ENCLOSED_SHARE = 1 / 3  # the brackets hold at least this share of the span's words
_ENCLOSED_WORDS = 3  # and at least this many
_BRACKET_LABEL = regex.compile(r"[ \t]*[\p{L}.]{1,12}[ \t]*:[ \t]*(?=\S)")  # "(translation: ...", "(trans.: ...", "(tl: ..."


def enclosed(text: str, start: int, end: int, arabic: str) -> tuple[int, int]:
    """``[start, end)`` cut to the inside of a pair of brackets (one line's) that it crosses at one edge or both, when it opens
    inside them or they hold at least :data:`_ENCLOSED_SHARE` of its words (:data:`_ENCLOSED_WORDS` at least), when the ``arabic`` has no bracket and
    accounts for none of what the span holds outside them (:func:`_accounted`) and for some of what is inside (:func:`_accounted`:
    "(can't do the rest sorry)" is a note), and the inside is no note that a part is not known beside English outside
    (:func:`_unknown_part`); ``(start, end)`` if not. A bracket that only
    closes what the span says ("COVID-19 (coronavirus) spreads") holds too little of it. A label opening the brackets
    ("(translation: ...") goes too, unless the Arabic accounts for it."""
    if any(c in arabic for c in _OPEN + _CLOSE) or not any(c in text[start:end] for c in _OPEN + _CLOSE):
        return start, end
    pair = _bracket_pair(text, start, end)
    if pair is None:
        return start, end
    inner_start, inner_end = max(start, pair[0] + 1), min(end, pair[1])
    if pair[0] + 1 < start and _begun_inside(text, pair[0] + 1, start, inner_end, arabic):
        inner_start = pair[0] + 1
    label = _BRACKET_LABEL.match(text, inner_start, inner_end) if pair[0] >= start else None
    if label is not None and not _accounted(label.group(), arabic):
        inner_start = label.end()
    words = len(_LATIN_WORD.findall(text, start, end))
    inner = len(_LATIN_WORD.findall(text, inner_start, inner_end))
    opened = pair[0] >= start  # the span opens before the bracket: the bracket must hold most of it
    if (inner_start, inner_end) == (start, end) or not inner or opened and (inner < _ENCLOSED_WORDS or inner < _ENCLOSED_SHARE * words):
        return start, end
    outside = f"{text[start:inner_start]} {text[inner_end:end]}".strip(" \t()[]")
    inside = text[inner_start:inner_end]
    if not _accounted(inside, arabic) or _LATIN_WORD.search(outside) and _accounted(outside, arabic, inside):
        return start, end
    if _LATIN_WORD.search(outside) and _unknown_part(_LATIN_WORD.findall(inside)):
        return start, end  # "(the rest i dont know)" is a note on the English outside, whatever word of it the Arabic gives ("rest" of باقى)
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    return inner_start, inner_end


# A short lead, then English in double quotes that close on their line before the span ends ('— in English, "..." Loved it.',
# '★★★★☆\n\nThe label shows "..." — ...'): the quote marks bound the quoted translation; the lead (with a rating line above it)
# and a remark after the close are the writer's.
_QUOTE_AFTER_LEAD = regex.compile(r"[^\"“”]{1,80}?(?<=[\p{L},:–—][ \t]*)[ \t]+([\"“])(?=\S)")
_QUOTED_LEAD_WORDS = 4  # a lead before the quote is no longer
_QUOTED_SHARE = 2  # the quote holds at least this many times the words outside it


def quoted_whole(text: str, start: int, end: int, arabic: str) -> tuple[int, int]:
    """``[start, end)`` cut to the inside of the double quotes that open after a lead of at most :data:`_QUOTED_LEAD_WORDS`
    words (:data:`_QUOTE_AFTER_LEAD`) and close on their line within the span, holding :data:`_ENCLOSED_WORDS` words and
    :data:`_QUOTED_SHARE` times what is outside at least, when the ``arabic`` has no quote mark and accounts for none of
    the words outside (:func:`_accounted`: 'He said "..."' of قال stays whole); ``(start, end)`` if not."""
    if '"' not in text[start:end] and "“" not in text[start:end] or any(c in arabic for c in "\"“”«»"):
        return start, end
    found = _QUOTE_AFTER_LEAD.match(text, start, end)
    if found is None or not 0 < len(_LATIN_WORD.findall(text, start, found.start(1))) <= _QUOTED_LEAD_WORDS:
        return start, end
    inner_start = found.end()
    close = text.find("”" if found.group(1) == "“" else '"', inner_start, end + 1)
    if close < 0 or "\n" in text[inner_start:close]:
        return start, end
    inside, outside = text[inner_start:close], f"{text[start : found.start(1)]} {text[close + 1 : end]}"
    words = len(_LATIN_WORD.findall(inside))
    if words < _ENCLOSED_WORDS or words < _QUOTED_SHARE * len(_LATIN_WORD.findall(outside)) or _accounted(outside, arabic, inside):
        return start, end
    return inner_start, close


def _begun_inside(text: str, inside: int, start: int, end: int, arabic: str) -> bool:
    """The translation ``[start, end)`` began at ``inside``, where its brackets open before it: the inside up to ``end`` has
    as many sentences as the ``arabic`` marks, and more than the span ("(We weren't allowed ... cave. The Internet is ...)":
    a first sentence the table knows nothing of, its brackets shared with the writer's words, was left out of the window)."""
    known = _arabic_sentences(arabic)
    return known is not None and _spans_sentences(text, inside, end) == known > _spans_sentences(text, start, end)


def _bracket_pair(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first pair of brackets on the span's lines, opened before ``end`` and closed after ``start``, whose inside has
    no bracket of its own and no line break, that the span ``[start, end)`` crosses: one of them is inside it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for opened in regex.finditer(r"[(\[]", text[line_start:line_end]):
        o = line_start + opened.start()
        closer = _CLOSE[_OPEN.index(text[o])]
        c = text.find(closer, o + 1, line_end)
        if c < 0 or o >= end or c < start or any(x in text[o + 1 : c] for x in _OPEN) or _doubled(text, o, c):
            continue  # an unclosed bracket inside, or a doubled one: a transcript's "((...))" is the translation's own mark
        if start <= o or c < end:
            return o, c
    return None


def _doubled(text: str, o: int, c: int) -> bool:
    """The brackets at ``o`` and ``c`` are doubled ("((...))"): a transcript's mark inside the translation, no enclosure."""
    return (o > 0 and text[o - 1] in _OPEN) or (c + 1 < len(text) and text[c + 1] in _CLOSE)


# A line whose subject is a part of the text ("The second sentence I'll leave to ...", "The rest is an idiom ...", "That last
# bit, no idea"): a note on what the translation above it covers, not a line of it.
_PART_SUBJECT = regex.compile(
    r"(?i:(?:the|that|this|your|his|her|their)[ \t]+)?(?i:(?:first|second|third|fourth|last|final|other|next)[ \t]+)?"
    r"(?i:rest|remainder|sentences?|lines?|parts?|bits?|half|verses?|(?<=(?:first|second|third|fourth|last|final|other|next)[ \t]+)ones?)(?![\p{L}'’])"
)


def _part_note(text: str, start: int, end: int, arabic: str) -> int:
    """Where ``[start, end)`` ends without a last line of at most :data:`_ABOUT_WORDS` words whose subject names a part of the
    text (:data:`_PART_SUBJECT`) and that names who translates it or says not knowing it (:func:`_translator`: "The second sentence
    I'll leave to ...", "The rest someone else can take."), or that names a part anywhere and someone else (:data:`_PART_NAMED`,
    :data:`_HANDED_TO`: "Someone else will have to do the ending."), after a translation of three words at least, when the ``arabic`` accounts for none of its words
    but the part's and those of not knowing (:data:`_PART`, :data:`_NOT_KNOWN`); ``end`` if none."""
    cut = text.rfind("\n", start, end)
    if cut < 0 or len(_LATIN_WORD.findall(text, start, cut)) < 3:
        return end
    line = text[cut:end].strip()
    words = _LATIN_WORD.findall(line)
    if not 0 < len(words) <= _ABOUT_WORDS:
        return end
    subject = _PART_SUBJECT.match(line) is not None and any(_translator(w) for w in words)
    if not subject and (_PART_NAMED.search(line) is None or not any(w.lower() in _HANDED_TO for w in words)):
        return end
    said = " ".join(
        w for w in words if w.lower() not in _PART and w.lower() not in _HANDED_TO and w.lower() not in ("one", "ones") and not _NOT_KNOWN.match(w.lower())
    )
    return end if _accounted(said, arabic, text[start:cut]) else cut


# A part of the text named anywhere in a line ("Someone else will have to do the ending.", "Hopefully a native can finish
# the rest."): with someone else named (:data:`_OTHERS`), the line hands that part over, a note on the translation above it.
_PART_NAMED = regex.compile(
    r"(?i)(?<![\p{L}'’])(?:the|that|this|its)[ \t]+(?:(?:first|second|third|fourth|last|final|other|next)[ \t]+)?"
    r"(?:rest|remainder|ending|end|sentences?|lines?|parts?|bits?|half|verses?)(?![\p{L}'’])"
)


def names_a_part(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a part of a text (:data:`_PART_NAMED`: "the rest", "the ending", "the second
    half"): after a translation in its comment, a note that it leaves that part out ("Hopefully a native can finish the
    rest.")."""
    return _PART_NAMED.search(text, start, end) is not None


_OTHERS = frozenset("someone somebody anyone anybody else".split())
_HANDED_TO = _OTHERS | {"native", "natives"}  # whom a part is handed over to ("Hopefully a native can finish the rest.")


def _translator(word: str) -> bool:
    """``word`` names who translates or says not knowing: the writer ("I'll", "me"), someone else, or a word of not knowing."""
    lowered = word.lower()
    return lowered.split("'")[0].split("’")[0] in _FIRST or lowered in _OTHERS or _NOT_KNOWN.match(lowered) is not None


def _third_given(sentence: str, arabic: str, rest: str) -> bool:
    """A third of the uncommon words (less common than :data:`_SENTENCE_COMMON`) of ``sentence`` that the translation beside it
    (``rest``) does not hold already, or more, are ones the table gives for the ``arabic``: the Arabic's own."""
    background, given = lexicon().background, _arabic_words(arabic)
    held = set(english_tokens(rest))
    words = [w for w in english_tokens(sentence) if background.get(w, 0.0) < _SENTENCE_COMMON and w not in held]
    return bool(words) and 3 * sum(w in given for w in words) >= len(words)
