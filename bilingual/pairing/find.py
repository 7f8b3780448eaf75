"""Find the commenters' own translations of the Arabic passages in a thread.

Candidates come from where commenters put translations: the English after a passage in its own
comment, the replies under it (above all the author's own, after someone asked for a
translation), replies that quote it, and the author's other comments. Each candidate is aligned
clause by clause with the passage (:func:`bilingual.align.align`) and cut to the run of whole
sentences that aligns best, so explanations around a translation are left out. A candidate is
accepted only when its evidence (alignment plus context) clears a calibrated threshold: a
passage nobody translated is reported as such, never paired with the nearest English. Copies of
the same Arabic elsewhere share a translation and say so (``duplicate-of:<comment id>``).
"""

from __future__ import annotations

import bisect
import math
import os
import re
import weakref
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from . import _regex as regex  # compiles each pattern on first use

from ..align import (
    ANCHOR_WEIGHTS,
    LENGTH_EVIDENCE_MAX,
    LOG_RATIO_MEAN,
    AnchorSimilarity,
    BlockScorer,
    ChrfSimilarity,
    PRIORS,
    Link,
    PreparedSource,
    PreparedTarget,
    Similarity,
    align,
    length_evidence,
    text_length,
)
from ..align.dp import indices
from ..align.names import WORD, arabic_concept, arabic_skeletons, english_concept, english_skeleton, fold, load_names
from ..align.sets import EMPTY, frozen
from ..align.similarity import as_block, link_scorer, prepare_source, prepare_target
from ..align.words import WORD_WEIGHTS, LexiconSimilarity, lexicon, table_tokens
from ..parallel import Forked, forks
from ..spans import AR_LATN, ARABIC, ARABIZI, FA_LATN, Location, Passage, Span
from ..text.sentences import GAP_NOTE, HEMISTICH_MARK, clauses, ends_inside, html_view, passage_layers, sentences
from .copies import MAX_RELATED, copies, copy_groups, reading_copies, spells
from .cues import (
    HEADING, acknowledged, addressed, annotates, mentioned, pinned, bot_signed, chat_row, checked, row_message, completes, corrects, disputes, foreign, heading, inline_item, introduces, is_request, lead_in, per_line,
    describes, disowned, guesses, likens, marked, names_another, names_text, other_edition, past_cue_timing, promises, summary_lead, template_close, opens, original_before, part_named, partial, puts_off, rebuts, reported, restamped, run_on_in, run_ons, runs_on, tight, uncertain, verdicts,
    video_time, writer_label,
)
from .edges import (
    asks_back, enclosed, extra_lead, extra_tail, gloss_opening, header_over, label_clause, lead_clause, means_opening, names_a_part, note_tail, part_end, part_lead, quoted_whole, romanizes,
    second_rendering, sounds_only,
)
from .evidence import HIT_CAP, WEIGHT, answer_doubt, coverage, coverage_bound, covered_words, explained, explains_prefix, negation, pronouns_unsaid, shared_anchors, unwritten_spelled
from .lists import LISTED, item_clauses, lists, merged, shared_out
from .model import THRESHOLD, Alignment, Pair, Translator
from .parts import Tree, split_parts

if TYPE_CHECKING:
    from ..threads.model import Comment, Thread

__all__ = ["find_pairs", "pairs"]

# The decision is a sum of log-odds (nats): the context of the route, what the commenter says of
# the English ("Translation:"), and what the texts show (lengths, anchors, where the translation
# lies in its block, machine output). The weights were fitted (logistic regression) on the tuned
# part of the development set (bench/pairing_devset.py), where every shape has as many threads
# whose English does not translate the Arabic as threads whose English does: there, where the
# English stands says little, and the texts and the marker decide. The share of translations
# among the candidates of each route in real threads is not in that fit; the routes' order is
# kept from how people translate in threads, compressed to the fit's weight on it (0.14).
_ROUTE = {
    "same-comment": -1.0,  # English after the passage in its comment
    "same-comment-before": -1.1,  # English before the passage in its comment, no Arabic between
    "reply": -1.4,  # a reply by someone else, nobody asked
    "quote": -1.0,  # a reply that quotes the passage and goes on in English (others argue with it)
    "same-author": -1.45,  # another comment by the same author
    "nearby": -1.6,  # a comment of English just after the passage's by someone else, not a reply to it (:func:`_nearby_candidates`)
    "duplicate": 1.0,  # the translation already accepted for a copy of the same Arabic
}
_BY_AUTHOR = 0.35  # the reply is the passage author's own
_AFTER_REQUEST = 0.35  # someone else asked for a translation on the way down to the reply
_ACKNOWLEDGED = 0.5  # the author's other comment opens with a word to an asker ("Sure thing. ..."): it answers one
# The author's own reply to a request for a translation (both of the above): what it says is a
# translation unless the texts show otherwise. The development set cannot tell (its authors
# answer requests with the English of other sentences as often as with translations); issue 14
# asks that such an answer is never lost to a model's output, so it keeps enough context to be
# accepted on a translation's length and one anchor without any MT.
_AUTHORS_ANSWER = 1.7
# Someone else's reply right under a request for a translation answers it (a translation, or "no
# idea"); deeper replies are only below one (_AFTER_REQUEST).
_ANSWERS_REQUEST = 0.5
# A reply that itself asks for a translation ("+1, what does it say?") is seldom one (a question
# translated as a question still can be: evidence, not a veto).
_ASKS = -1.5
_ONLY_ASKS = 160  # characters: a reply that only asks is no longer (longer ones are not looked at)
# A reply answered by one that says it is a wrong translation ("That's not accurate, it means ...",
# :func:`~.cues.disputes`): the correction, not it, is the translation.
_DISPUTED = -4.0
# More against it when the disputing reply gives English of its own after the dispute (:func:`~.cues.corrects`):
# the correction, even where the disputed one was introduced as a translation ("It reads: ...", :data:`_MARKER`)
# and the correction was not ("That's not what it says. On my way ..."); a dispute alone stays evidence, no veto.
_CORRECTED = -2.0
# A reply that another reader names by its place among the answers and calls right ("The second one is right; the first
# reply is a different sentence entirely.", :func:`~.cues.verdicts`): a vote for it, where the one called wrong is disputed.
_CONFIRMED = 2.0
_VERDICT_ANSWERS = 20  # a place among more answers than this (a long flat chat's) names nothing a reader counts
# English after the Arabic (in its comment, or in a reply quoting it) that opens by calling it false ("Nobody says that
# anymore. What's the real reason ...", :func:`~.cues.rebuts`) argues with it: the rest is the writer's own words, unless
# introduced as a translation ("Wrong. It actually says: ...").
_REBUTTED = -4.0
# English that says what the Arabic is about ("mostly about candidates, developing and available.", :func:`~.cues.describes`)
# summarises its topic: whatever introduces it ("Summary: ...") marks no translation, and it counts this much against.
_DESCRIBED = -4.0
# English that guesses what the Arabic is about or mentions ("no idea, I can't read Arabic, but I'd guess it's about
# understand and berber?", :func:`~.cues.guesses`) is no translation, however many of the Arabic's words it names: the
# words it picks out are evidence of the Arabic read, not translated (one such guess scored 6.3 nats of words and coverage).
_GUESSED = -8.0
# A comment that opens by putting the asker off ("can't now, at work. <more English>", :func:`~.cues.puts_off`): the
# English after it is the writer's own news, unless introduced as a translation.
_PUT_OFF = -4.0
_REBUTTAL_REACH = 80  # characters of a block searched for the end of its first sentence (a rebuttal is shorter)
_SENTENCE_STOP = regex.compile(r"[.!?…]+(?=[\s\"'”’)*_]|$)|\n")  # where the first sentence of a block ends
# English that says it translates another of its comment's passages ("The second part means ...",
# :func:`~.cues.part_named`, for the first of two passages): it is that one's.
_OTHER_PART = -4.0
# The writer's next comment taken, with no mark, as the rest of a translation (:func:`_with_rest`) must show this much
# evidence of its own that it translates the Arabic (:func:`_parts_evidence`): the length it adds would otherwise carry any
# English ("Can I have a private opinion?" after the first sentence's translation). On probe threads the rests of
# translations showed 5 to 13 nats, other sentences' English and chatter -3 to 0.
_REST_SHOWN = 2.0
# A comment that gives its Arabic and English line by line, two passages or more each followed by
# a line of English of its own (:func:`_alternates`): the layout of a translation, where each
# passage's English is the line after it.
_INTERLEAVED = 0.7
# More when another of the comment's Arabic lines was paired with the English under it on its own evidence
# (:func:`_lines_shown`): the writer translates line by line, and a line's English it shows nothing against (a short or
# loose rendering, a dialect's words the lexicon lacks) is the rest of that translation. Each interleaved comment of the
# development sets translates all of its lines or none; on those that translate, one line's English stayed under the
# threshold beside its neighbour's accepted in 9 tuned threads of rounds 9, 10 and 18 that this accepts. A remark naming
# the line it is under stays out (:data:`_ABOUT_LINE`); another sentence's English under the second of two lines, the first
# translated, was paired in 4 of 187 probe comments (none without this).
_LINES_SHOWN = 2.0
# What a comment says, before its first Arabic line, of the English it puts under each line (:func:`~.cues.per_line`):
# the writer's own notes ("my notes under each line:", "thoughts per line:") count this much against each line's English
# (the layout bonus dropped), a translation ("I'll put the English right under each line:") this much for it. Said once
# for all the lines, far from each, it counts less than a marker before the English (:data:`_MARKER`): with 4.0, English
# of other sentences under such a heading was paired in 35 of 50 probe comments (2.0: 11; the English "Translation:" runs
# into in a reply: 3 of 30).
_NOTED = -2.0
_LINES_TRANSLATED = 2.0
_DEPTH = -0.07  # per reply level beyond the first (beyond the request and its answer)
# English introduced as what the text reads or says that only spells the Arabic's sounds (:func:`~.edges.romanizes`:
# "It reads: hl rddt 'la tlk ..."): a transliteration, introduced as readily as a translation, is none.
_ROMANIZED = -4.0
_MARKER = 4.0  # the English is introduced as a translation ("translation:", "He says:", "= ", Markdown emphasis)
# Only quotes or brackets around the English ("<Arabic> (<English>)", "<Arabic>\n“<English>”"): they
# enclose a remark as readily ("(posted yesterday)"): with the full marker, other English so enclosed
# beside the Arabic was paired in 30 of 192 such negatives built from round 13's tuned part.
_ENCLOSED = 3.0
# Only a lead naming the text it translates ("The notice - ...", "As for the sign: ...", :func:`~.cues.names_text`): a reply
# names the sign to say something of its own as well ("The flyer: Printed at the library, I think."), which with
# :data:`_ENCLOSED` was paired under a sentence it shares a length with; a translation so led has the texts' evidence too.
_NAMED_LEAD = 2.0
# A name or a number the English shares with the Arabic that another comment of the thread writes too ("Sami" in a
# thread about Sami) is the thread's topic as much as a sign of a translation: English about the topic shares it
# whatever it says. Such an anchor keeps this share of its match (:func:`_topic`).
_TOPIC_KEPT = 0.5
_MENTION = re.compile(r"[a-z]+|[0-9]+")  # the words a comment is indexed by (:meth:`_Index.mentioned`), in lower case
_MENTIONS = 8  # comments listed per word: more than a candidate and the parts of its translation ever exclude
_UNMATCHED = 0.2  # per segment on either side that the alignment leaves without counterpart
_LENGTH_WEIGHT = 0.83  # the length evidence (bilingual.align.length_evidence) counts this much
_ANCHOR_WEIGHT = 0.69  # the anchors' log-likelihood ratios count this much
_WORD_WEIGHT = 1.0  # the common words' log-likelihood ratios (bilingual.align.words) count this much
# The word translation table's log-likelihood ratios (bilingual.align.words.LexiconSimilarity)
# count this much; half of each English word of a translation taken to translate the Arabic, each
# word's share capped at 4 nats (chosen with the threshold on the tuned part of the development set).
_LEXICON_WEIGHT = 0.5
_LEXICON_MIX = 0.5
_LEXICON_CAP = 4.0
# Where a translation lies in its block of English: leaving a sentence out before it, or after it.
_REMARK_BEFORE = -1.0
_REMARK_AFTER = -0.5
_PART_OF = 0.8  # a copy shorter than this share of a passage is a part of it (a quoted sentence)
_LINES_LEFT = -1.5  # whole lines left out of a block written on as many lines as the passage (:func:`_lines_left`)
_WINDOW_SPREAD = 1.2  # windows of English tried: log length ratio within this of the usual one

# Search limits that keep a 10,000-comment thread fast: every passage looks at a bounded set.
MAX_REPLIES = 60  # replies (depth first, in reading order) examined under a passage's comment
MAX_REPLY_DEPTH = 6
# A thread whose comments hardly reply to one another (a chat export, Facebook or Disqus pasted flat,
# at most one comment in _FLAT_LINKS a reply): the comments after a passage's stand for its replies.
MAX_FOLLOWING = 5  # comments after a passage's own looked at as its replies in such a thread
_ADDRESSING = 20  # comments naming a writer listed per name (:meth:`_Index.addressing`)
_PINNED_LISTED = 5  # pinned comments read per thread (:meth:`_Index.pinned_naming`; a platform pins one or two)
_ADDRESS_OPENERS = ("@", "u/", "/u/", "Replying to", "replying to", "In reply to", "in reply to")  # how a comment naming whom it answers opens
_NAME_MARKS = regex.compile(r"[^\p{L}\p{N}]+")
# How a comment refers to another's writer in its opening words, as a reply's link would tie it: a handle ("@mira",
# "@mira@social.coop", "u/mira"), a possessive ("ktheory's comment"), the writer as the agent of a verb of posting ("the
# Arabic oddbit posted", "what mhj said") or the source of a quote ("the quote (from Calloway)"). Read word by word
# (:func:`_named_references`), and only in an opening that holds one of :data:`_REFERENCE_HINTS`: a pattern tried at every
# position of every comment cost 1.8 s on a 20,000-comment thread.
_POSTING = frozenset(("posted", "wrote", "said", "shared", "quoted", "commented"))
_SOURCE = frozenset(("from", "by", "(from", "(by"))
_WORD_EDGE = "\"'“”‘’()[]{}<>,.:;!?…*—–-"
_CONTRACTIONS = frozenset(f"{w}{a}s" for w in ("it", "that", "there", "here", "what", "he", "she", "let", "who", "where", "how") for a in "'’")  # no possessives
_REFERENCE_HINTS = ("@", "u/", "'s", "’s", " posted", " wrote", " said", " shared", " quoted", " commented", "from ", "by ", "From ", "By ")
_WORD_RUN = re.compile(r"\S+")  # the words of an opening, as str.split() gives them, with their places


def _named_references(head: str) -> list[tuple[tuple[str, ...], int, int]]:
    """The names ``head`` refers to a writer by (:data:`_POSTING`, :data:`_SOURCE`: "@mira's", "oddbit posted", "by
    Calloway"), each as the forms to look up (a display name's two words, then its word alone) with where the reference
    starts and ends (after a verb of posting: "the Arabic oddbit posted| says ..."). The words are looked at before their
    places are found (most openings hold no reference)."""
    if not any(hint in head for hint in _REFERENCE_HINTS):
        return []
    words, lows = head.split(), head.lower().split()
    n = len(words)
    found = [
        k for k, (word, low) in enumerate(zip(words, lows))
        if word[0] == "@" or (("'s" in low or "’s" in low) and low.rstrip(_WORD_EDGE) not in _CONTRACTIONS) or low.startswith(("u/", "/u/", "(@"))
        or (k + 1 < n and lows[k + 1].rstrip(":,") in _POSTING) or (k and lows[k - 1] in _SOURCE)
    ]
    if not found:
        return []
    spans = [m.span() for m in _WORD_RUN.finditer(head)]
    out: list[tuple[tuple[str, ...], int, int]] = []
    for k in found:
        word, start = words[k], spans[k][0]
        at = start + len(word.rstrip(_WORD_EDGE))  # the marks after it are the lead's ("Translating @nadine: ...")
        bare = word.strip(_WORD_EDGE)
        after = words[k + 1].strip(_WORD_EDGE) if k + 1 < n else ""
        before = words[k - 1].strip(_WORD_EDGE) if k and not words[k - 1].endswith((",", ".", ":", ";")) else ""
        possessive = bare.endswith(("'s", "’s"))
        name = bare[:-2] if possessive else bare
        if word.startswith(("@", "u/", "/u/", "(@")):
            out.append(((name.lstrip("@").removeprefix("/").removeprefix("u/"),), start, at))
        elif possessive or after.lower() in _POSTING:
            end = at if possessive else spans[k + 1][0] + len(words[k + 1].rstrip(_WORD_EDGE))
            shown = (f"{before} {name}",) if before[:1].isupper() else ()
            out.append(((*shown, name), start, end))
        elif bare and lows[k - 1] in _SOURCE:
            out.append(((f"{bare} {after}", bare) if after[:1].isupper() else (bare,), start, at))
    return out


# How it refers to a comment by its place: the thread's first ("the OP", "the top comment", "the Arabic up top"), the nearest
# above holding Arabic ("the quote upthread", "the comment above"), or the n-th at the top level ("the second comment").
_PLACE_REFERENCE = regex.compile(
    r"(?i:\b(?P<top>OP(?![\p{L}\-])|O\.P\.|(?:original|opening|top|first|1st)[ \t]+(?:post|comment|message|quote|poster|one)|up[ \t]+top|at[ \t]+the[ \t]+top)"
    r"|\b(?P<above>upthread|up-thread|above|up[ \t]+there)\b"
    r"|\b(?P<nth>second|2nd|third|3rd|fourth|4th)[ \t]+(?:post|comment|message|quote|one)\b)"
)
_NTH = {"second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
_PLACE_HINTS = ("op", "first", "1st", "riginal", "pening", "above", "thread", "up there", "second", "2nd", "third", "3rd", "fourth", "4th")  # one is in an opening that refers by place ("top" holds "op")
_REFERENCE_REACH = 160  # characters of a comment's opening searched for a reference (its lead, before the translation)


def _folded_name(name: str) -> str:
    """A writer's name as a reply writes it: case, "@" and the marks in it dropped ("Salma.R", "@salma_r": ``salmar``)."""
    return _NAME_MARKS.sub("", name).casefold()


_NO_LABELS: dict[int, tuple[str, int]] = {}  # a comment's writer labels when it has none (:func:`_writer_lines`); never changed
_LABEL_SEPARATORS = (":", " -", " –", " —")  # what ends a writer's label (:func:`~.cues.writer_label`)
_LABEL_REACH = 80  # characters of a line a label may take
_LABEL_BEFORE = ("re", "for", "asfor", "u")  # what may open a label before the name, folded ("Re ", "u/")
_LABEL_AFTER = ("s", "says", "said", "wrote", "writes", "means", "meant")  # what may close it after the name ("'s", " says")


def _may_label(line: str, writers: frozenset[str]) -> bool:
    """Whether ``line`` may open with a label naming one of ``writers``: what stands before its first separator (its
    second after a bare "Re:"), folded, is such a name, after "Re", "for" or "u/" or before "'s" or "says" (a look at the
    line's head before the pattern is matched)."""
    ends = sorted(k for sep in _LABEL_SEPARATORS if (k := line.find(sep, 0, _LABEL_REACH)) > 0)
    if not ends:
        return False
    head = _folded_name(line[: ends[0]])
    if head in _LABEL_BEFORE and (after := line.find(":", ends[0] + 1, _LABEL_REACH)) > 0:  # "Re: kebab_enjoyer: ..."
        head += _folded_name(line[ends[0] : after])
    names = {head[len(a) :] for a in ("", *_LABEL_BEFORE) if head.startswith(a)}
    return any(name in writers or any(name.endswith(b) and name[: -len(b)] in writers for b in _LABEL_AFTER) for name in names)


def _writer_lines(text: str, writers: frozenset[str], own: str = "") -> dict[int, tuple[str, int]]:
    """The lines of ``text`` that open with a label naming one of ``writers`` (folded names) but ``own`` (the text's
    writer's: a name of one's own labels nothing) before English and no Arabic
    (:func:`~.cues.writer_label`: "kebab_enjoyer: He made up his mind ...", "@Omar_K - ..."): each line's start -> the
    writer's folded name and where the words after the label begin. A line so labelled translates that writer's
    Arabic, as "First post:" does a post's by its place; a name no writer of Arabic has labels nothing, and a lone one
    opening the comment only addresses its writer ("@fig_and_honey: that's not what it says", :func:`_naming`)."""
    if not writers or not any(sep in text for sep in _LABEL_SEPARATORS):
        return _NO_LABELS
    found: dict[int, tuple[str, int]] = {}
    at = 0
    for line in text.split("\n"):
        if _may_label(line, writers) and (label := writer_label(text, at)) is not None:
            stop = at + len(line)
            if (folded := _folded_name(label[0])) in writers and folded != own and _LATIN.search(text, label[1], stop) and not _ARABIC_LETTER.search(text, at, stop):
                found[at] = (folded, label[1])
        at += len(line) + 1
    if len(found) == 1 and not text[: next(iter(found))].strip():
        return _NO_LABELS
    return found or _NO_LABELS


_FLAT_LINKS = 10
MAX_SAME_AUTHOR = 20  # the author's comments nearest in reading order
MAX_COPIES = 10  # copies of a passage whose translations are tried, nearest first
MAX_ALIGNED = 6  # candidates aligned per passage, best first by context and length
MAX_WINDOW_SENTENCES = 12  # sentences in one window of English
MAX_WINDOWS = 40  # windows aligned per candidate, the most promising first (long comments have thousands)
_FULL_BAND = 30  # windows of up to this many segments lie wholly inside the aligner's band (align(band=30))
MAX_PREPARED = 1024  # candidates' English kept prepared (replies and the author's comments near the passages; about 26 kB each:
# 512 saved 11 MB on the 100,000-comment distinct-sentence thread and cost 6-10 % of its pairing CPU)
#: Blocks kept prepared once every passage is searched (:meth:`_Index.searched`): a pair reads its own block twice in
#: a row, and step 3's pairs seldom share one (961 blocks, 1.65 MiB, filled again at pairing's end on the 30,000-comment
#: distinct-sentence thread, and up to :data:`MAX_PREPARED` at 100,000).
MAX_PREPARED_PAIRED = 16
# The bounds' parts that depend on the texts alone, kept until this many: the author's comments are
# searched after every passage's replies, so a bound kept for the nearest 1,024 blocks only was
# computed again for each block (twice the English analysed on a 100,000-deep reply chain).
MAX_BOUND_PARTS = 1 << 18

# A run of end marks tried from its first mark only (a try inside a run rescans it: quadratic on a
# reply of 16,000 dots), then closing quotes or brackets and the end of the segment.
_SENTENCE_END = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+$")
_LATIN = regex.compile(r"\p{Latin}")
_LETTER = regex.compile(r"\p{L}")
_COLON = regex.compile(r"[:=]")  # where an introducing phrase ends
_LINE_BREAKS = regex.compile(r"\n+")
_QUOTE_LINE = regex.compile(r"(?m)^[ \t]*>(?!>)[ \t]*(?P<words>[^\n]*)")  # a Markdown quote's line (">>123" is a 4chan link)
_QUOTED_CHARS = 3  # a quote's line this long at least (its words folded) copies the parent when the parent holds it
_TAG_WORDS = regex.compile(r"[ \t]*(?:\p{Lu}[\p{L}'’.\-]*[ \t]+){2,4}[,:]?[ \t]*\p{L}")  # a full name and the word after it
# The passage's own closing punctuation, spaced off or not, and a number the segmenter left out before it (the
# sentence's own: "... في 23 فبراير 2020.", whose "2020." opened the English span after it).
_CLOSING = regex.compile(r"(?:[ \t]+\p{Nd}[\p{Nd},.%]*(?<=\p{Nd}%?))?[ \t]*[.!?؟…،,;؛]+")


# ------------------------------------------------------------------------------------------
# The thread, indexed once.


@dataclass(slots=True)
class _Source:
    """A passage cut into clauses: spans in its comment's text, the texts aligned, their machine
    output, and the Arabic side prepared once for every candidate (:func:`bilingual.align.prepare_source`)."""

    spans: list[tuple[int, int]]
    texts: list[str]
    mt: list[str] | None
    chars: int
    prepared: PreparedSource
    lines: int = 1  # lines the passage is written on (a verse, two sentences on two lines)
    read: bool = False  # the texts are a reading of Latin letters (Arabizi): a word may be misread
    writer: str = ""  # the passage's writer's name folded (:func:`_folded_name`), which a label may name (:meth:`_Index.labels`)


# What names a stretch of English among the blocks prepared: (the comment's text, its passages'
# spans, the block's number) for a whole block, (text, spans, start, end) for the part of a comment a
# copy's translation covers. The English, its segments and its marks are all made from these, so
# the same comment posted again shares what was prepared of it.
_Key = tuple[Any, ...]
# A comment's blocks of English (:meth:`_Index.pieces`): each block's segments, their lengths, their characters in all and
# its key. A tuple, () for a comment without English: a list grown block by block kept room for four.
_Pieces = tuple[tuple[list[tuple[int, int]], list[int], int, _Key], ...]
# The rows of English of one stretch of a comment between passages (:meth:`_Index._stretch`): each row's segments, their
# lengths and their characters in all, the pieces of :data:`_Pieces` before their keys.
_Rows = list[tuple[list[tuple[int, int]], list[int], int]]
# A comment's text, its quoted lines and, where it may hold a table of glosses, its passages' spans: what its
# stretches of English are cut by, besides their bounds (:meth:`_Index._stretch`).
_Context = tuple[str, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...] | None]
_Stretch = tuple[list[tuple[int, int]], bool, _Rows]  # a stretch's clauses, whether a chat's rows, its rows (:meth:`_Index._stretch`)


_NONE_INSERTED: frozenset[int] = frozenset()  # a comment's words kept inside its English when it has none (:meth:`_Index.inserted`)
_MANY_BLOCKS = 16  # blocks of a comment past which their bounds are kept (:meth:`_Index.block_bounds`)
_MANY_SPANS = 32  # a comment's passage spans (two a passage) past which its keys hash them once (:class:`_Spans`)


class _Spans(tuple[int, ...]):
    """A comment's passages' spans in a key (:data:`_Key`), hashed once: a tuple is hashed item by item at every look-up,
    and a comment of thousands of passages looked its blocks up thousands of times (0.9 s of a 100 kB comment's 14 s).
    Only past :data:`_MANY_SPANS`: each carries a dict, 5 MB on the 100,000-comment bench thread if every comment's did."""

    def __hash__(self) -> int:
        found: int | None = self.__dict__.get("hash")
        if found is None:
            found = self.__dict__["hash"] = super().__hash__()
        return found


@dataclass(slots=True)
class _Candidate:
    """A stretch of English (consecutive segments of one comment) that may translate a passage;
    its notes and context are worded only when it is scored (most candidates are ranked away)."""

    comment: str | None
    segments: list[tuple[int, int]]
    key: _Key
    route: str
    prior: float
    chars: int  # the segments' characters (bilingual.align.text_length)
    reply: tuple[int, bool, str | None] | None = None  # a reply's (depth, by the author, request above it)
    duplicate_of: str | None = None
    headed: bool = False  # a reply under its writer's own comment announcing a translation ("Translation:")
    part: bool = False  # the translation found for a shorter copy (a quoted sentence): of a part of the passage
    place: tuple[int, int] = (0, 1)  # the passage's place among its comment's passages, and their number
    elsewhere: int = 0  # characters of the other parts of a translation split over several comments (:func:`~.parts.split_parts`)
    parts: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # those parts when not the comment's marked ones (:func:`_with_rest`)
    interlinear: bool = False  # the English under each part of the passage quoted part by part (:func:`_interlinear`)
    named: bool = False  # a comment beside the passage's that opens by naming its writer (:func:`_naming`)
    referred: tuple[int, int] | None = None  # where its opening refers to the passage's comment (:func:`_referring`, :data:`_OWN_REFERENCE`; cut by :func:`_without_reference`)
    cut: tuple[int, int] | None = None  # where the segment its reference's lead was cut from began, and where it begins now
    later: bool = False  # the author's comment after the passage's in a thread whose comments reply to one another (:func:`_untied`)
    pinned: bool = False  # a pinned comment above the passage's that names its writer (:func:`_pinned_above`)

    @property
    def notes(self) -> list[str]:
        """Where the English is, in a reader's words, for the pair's reason."""
        if self.reply is not None:
            depth, by_author, request = self.reply
            notes = [f"{'reply quoting the passage' if self.route == 'quote' else 'reply'} {self.comment} at depth {depth}"]
            if by_author:
                notes.append("by the passage's author")
            if request:
                notes.append(f"after a request in {request}")
            return notes
        if self.route == "same-author":
            return [f"comment {self.comment} by the same author"]
        if self.route == "nearby":
            where = "naming the passage's writer" if self.named or self.pinned else "just after the passage's"
            return [f"{'pinned comment' if self.pinned else 'comment'} {self.comment} {where}"]
        if self.route == "duplicate":
            return [f"translation of the copy in comment {self.duplicate_of}"]
        return [_NOTES[self.route]]

    @property
    def context(self) -> str:
        """The route in a reader's words: "the author's own reply right after a request..."."""
        if self.reply is not None:
            depth, by_author, request = self.reply
            levels = max(0, depth - 1 - (1 if request else 0))  # the request itself takes one level (none beside it)
            return _reply_context(self.route == "quote", by_author, request is not None, levels == 0)
        return _PINNED_CONTEXT if self.pinned else _NAMED_CONTEXT if self.named else _CONTEXTS[self.route]


_NAMED_CONTEXT = "a comment that names the passage's writer, not a reply to it"  # (:func:`_naming`)
_PINNED_CONTEXT = "a pinned comment that names the passage's writer"  # (:func:`_pinned_above`)
_NOTES = {
    "same-comment": "English after the passage in its comment",
    "same-comment-before": "English before the passage in its comment",
}
_CONTEXTS = {
    "same-comment": "the English right after the Arabic in the same comment",
    "same-comment-before": "the English right before the Arabic in the same comment",
    "same-author": "another comment by the passage's author",
    "nearby": "a comment of English just after the passage's, not a reply to it",
    "duplicate": "the translation found for a copy of the same Arabic",
}


@dataclass(slots=True)
class _Block:
    """A candidate's English, prepared once for every passage it is tried against: each segment
    without its frame (quotes, brackets, "Translation:", which the Arabic does not have), their
    lengths, the sentences they make, the English side of the aligner, and which segments are
    introduced as a translation (found when first asked)."""

    texts: list[str]
    lengths: list[int]
    sentences: list[tuple[int, int]]
    target: PreparedTarget
    marked: dict[tuple[int, int | None], float]
    partial: dict[int, bool]  # window start -> introduced as the translation of a part (found when first asked)
    lines: list[int] | None  # each segment's line in the block (0 for the first), found when first asked
    opens: frozenset[int] | None = None  # sentences (their first segments) opening with a lead-in that says a meaning


@dataclass(slots=True)
class _Core:
    """What the texts say of a passage and a block of English, whoever wrote it and wherever it
    stands (kept: copies of a passage are scored against the same English again): the best window,
    its alignment, its evidence (log-odds) and what each kind gave, whether it is introduced."""

    evidence: float
    window: tuple[int, int]
    links: list[Link]
    shares: dict[str, float]
    marked: float  # the marker's evidence (log-odds): _MARKER, _ENCLOSED, _NAMED_LEAD or 0
    reach: float  # the most the alignment's evidence could be (before the window was chosen), as the floor is checked


@dataclass(slots=True)
class _Scored:
    """A candidate cut to its best window and scored."""

    candidate: _Candidate
    window: tuple[int, int]
    total: float  # log-odds: context plus evidence
    score: float
    reason: str
    # What each kind of evidence gave to the total (log-odds), until the candidate is kept (:func:`_kept`): then only
    # ``evidence``, what of it the pair names (:func:`_evidence_words`), 14,922 dicts of 12 floats less at 100,000 comments.
    shares: dict[str, float] | None
    evidence: tuple[str, ...] | None = None


def _unshouted(text: str) -> str:
    """English written in capitals ("GOD, MAKE US REACH DEMOCRACY") in lower case: the anchors and the word
    evidence take a capital for a name, and a text in capitals has none to tell (before, such a translation
    lost 2.2 nats as a row of unmatched names and its words were left out as names)."""
    return text.lower() if text.isupper() and text.count(" ") >= 2 else text


#: Short words a headline capitalises only in Title Case ("The Weather Is Very Nice Today In Cairo"): a line whose
#: function words are capitalised is no line of names.
_TITLE_FUNCTION = frozenset(
    "a an the and or but of in on at to for by with from as is are was were be been has have had it its i you we they he she this that not so".split()
)
_TITLE_LINE = re.compile(r"[^\n]+")
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _title_cased(line: str) -> bool:
    """Whether a line is written in Title Case: four words at least, nearly all capitalised, two function words at
    least and most of them capitalised (a row of names, "Amr Diab, Mounir, Hamo Beka", has none)."""
    words = _TITLE_WORD.findall(line)
    if len(words) < 4 or line.isupper():  # (a line in capitals is left to :func:`_unshouted`)
        return False
    capital = sum(w[0].isupper() for w in words)
    small = [w for w in words if w.lower() in _TITLE_FUNCTION and w != "I"]
    return 5 * capital >= 4 * len(words) and len(small) >= 2 and 3 * sum(w[0].isupper() for w in small) >= 2 * len(small)


def _untitled(text: str) -> str:
    """``text`` with each line written in Title Case in lower case, as English in capitals is (:func:`_unshouted`): its
    capitals say nothing of names, and taken for them they cut its clauses and count as names the Arabic lacks.
    Offsets are kept (a line whose lower case is another length stays). A text with no such line is returned itself,
    not an equal copy: the substitution joins a new string for a text of several lines (pairing's index of the thread's
    texts held 5,477 such copies, 2.2 MiB, on the 30,000-comment distinct-sentence thread)."""
    if text == text.lower():
        return text
    out = _TITLE_LINE.sub(_untitled_line, text)
    return text if out == text else out


def _untitled_line(m: re.Match[str]) -> str:
    """The line ``m`` in lower case if it is written in Title Case and its lower case is as long (offsets kept)."""
    line = m.group()
    low = line.lower()
    return low if len(low) == len(line) and _title_cased(line) else line


def _ungapped(text: str) -> str:
    """English without its gap notes (:data:`~bilingual.text.sentences.GAP_NOTE`: "She took ... [illegible] ... pen"): the
    mark of words the commenter could not read or hear is no word or length of the translation, for the aligner."""
    return GAP_NOTE.sub(" ", text) if "[" in text or "(" in text else text


# A wiki talk page's signature as its source writes it: the links to the writer's user page, talk page or contributions
# ("[[User:Omar|Omar]] ([[User talk:Omar|talk]])", "--[[User:Omar]]"), a dash before them, and the time stamp MediaWiki
# puts after them ("03:58, 19 May 2024 (UTC)"). Markup naming the writer, no word of what the comment says.
_WIKI_USER = r"\[\[[ \t]*(?i:user(?:[ _]talk)?|special:contrib(?:ution)?s)[ \t]*[:/][^\[\]\n]{1,80}\]\]"
_WIKI_SIGNATURE = regex.compile(
    rf"(?:--|[-–—~])?[ \t]*{_WIKI_USER}(?:[ \t]*(?:[(·•|]|<small>|<sup>)?[ \t]*{_WIKI_USER}[ \t]*(?:\)|</small>|</sup>)?)*"
    r"(?:[ \t]*\d{1,2}:\d{2},[ \t]+\d{1,2}[ \t]+\p{L}{3,9}[ \t]+\d{4}(?:[ \t]*\([A-Z]{2,5}\))?)?"
)


def _unsigned(text: str) -> str:
    """``text`` with each wiki signature (:data:`_WIKI_SIGNATURE`) blanked, offsets kept: the writer's links and time stamp
    read as English would be taken into the span of a translation they close and counted as words the Arabic lacks. A
    template's field ("|author=[[User:...]]") stays: it is the template's structure, which the fields' reading needs."""
    return _WIKI_SIGNATURE.sub(_blanked_signature, text) if "[[" in text else text


_FIELD_REACH = 8  # characters before a signature searched for the "=" of a template's field


def _blanked_signature(m: regex.Match[str]) -> str:
    """The signature ``m`` as spaces of its length, or as it is when it is a template field's value (after "=" or "|")."""
    return m.group() if m.string[max(0, m.start() - _FIELD_REACH) : m.start()].rstrip(" \t")[-1:] in ("=", "|") else " " * len(m.group())


def _keep(cache: dict[Any, Any], key: Any, value: Any, limit: int = MAX_PREPARED) -> None:
    """Store ``value`` under ``key``, dropping the oldest eighth of the entries once ``limit`` are
    kept: a dict's first entry is found past the holes its deleted ones leave, so dropping one at a
    time scanned the holes again for every entry stored (2.7 % of pairing with 1,024 kept)."""
    if len(cache) >= limit:
        for old in list(islice(cache, max(1, limit // 8))):
            del cache[old]
    cache[key] = value


def _thread_maps(thread: Thread) -> tuple[_Texts, dict[str | None, list[str]]]:
    """The thread's texts by comment (the article's under ``None``, first: the order of ``thread.texts()``), an HTML
    export as it shows (:func:`~bilingual.text.sentences.html_view`: line breaks, references decoded, offsets kept), and each comment's replies
    in order (top-level comments under ``None``); a line in Title Case is read in lower case (:func:`_untitled`), a wiki
    signature as blanks (:func:`_unsigned`)."""
    comments = thread.comments
    read: dict[str | None, str] = {None: html_view(thread.article)[0]} if thread.article else {}
    for c in comments:
        text = _unsigned(_untitled(html_view(c.text)[0]))
        if text != c.text:
            read[c.id] = text
        else:
            read.pop(c.id, None)  # (an id given twice: its last comment's, as the thread's index holds it)
    children: dict[str | None, list[str]] = {}
    for c in comments:
        children.setdefault(c.parent, []).append(c.id)
    return _Texts(thread.by_id, read), children


class _Texts(Mapping[str | None, str]):
    """The thread's texts as pairing reads them (:func:`_thread_maps`), by comment, in the thread's order: a text that
    reading leaves as it is read from the thread's own index of its comments (:attr:`Thread.by_id`), only those that
    reading changes (and the article's) held here. A dict of every comment's text held 3.67 MiB at 100,000 comments."""

    __slots__ = ("_by_id", "_read")

    def __init__(self, by_id: Mapping[str, Comment], read: dict[str | None, str]) -> None:
        self._by_id = by_id
        self._read = read

    def __getitem__(self, cid: str | None) -> str:
        found = self._read.get(cid)
        if found is not None:
            return found
        if cid is None:
            raise KeyError(cid)
        return self._by_id[cid].text

    def get(self, cid: str | None, default: Any = None) -> Any:
        found = self._read.get(cid)
        if found is not None:
            return found
        comment = self._by_id.get(cid) if cid is not None else None
        return default if comment is None else comment.text

    def __contains__(self, cid: object) -> bool:
        return cid in self._read or (cid is not None and cid in self._by_id)

    def __iter__(self) -> Iterator[str | None]:
        if None in self._read:
            yield None
        yield from self._by_id

    def __len__(self) -> int:
        return len(self._by_id) + (None in self._read)


class _Authors(Mapping[str | None, str | None]):
    """Each comment's writer by its id, read from the thread's own index of its comments (:attr:`Thread.by_id`): a
    dict of its own held 3.67 MiB at 100,000 comments. ``get`` as a dict's: None for the article or an unknown id."""

    __slots__ = ("_by_id",)

    def __init__(self, thread: Thread) -> None:
        self._by_id = thread.by_id

    def get(self, cid: str | None, default: Any = None) -> Any:
        found = self._by_id.get(cid) if cid is not None else None
        return default if found is None else found.author

    def __getitem__(self, cid: str | None) -> str | None:
        if cid is None:
            raise KeyError(cid)
        return self._by_id[cid].author

    def __iter__(self) -> Iterator[str | None]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)


class _Index:
    """Lookups built once per thread: replies, authors' comments, English blocks, requests."""

    def __init__(self, thread: Thread, found: list[Passage], labels: LineLabels | None = None) -> None:
        # the thread's texts and replies: those the segmenter's LineLabels made for this thread, if it made them
        made = labels.maps(thread) if labels is not None else None
        self.texts, children = made if made is not None else _thread_maps(thread)
        self.order: dict[str | None, int] = dict(zip(self.texts, range(len(self.texts))))
        self.author = _Authors(thread)
        self._comment = thread.get  # the thread's own index of its comments (the segmenter built it)
        self._big = len(thread.comments) >= FORGET_SEARCHES_FROM
        self._article = thread.article
        by_author: dict[str, list[str]] = {}
        for c in thread.comments:
            if c.author:
                by_author.setdefault(c.author, []).append(c.id)
        # Held as tuples: lists grown one item at a time keep room for more (2-4 MiB of it at 100,000 comments).
        self.children: dict[str | None, tuple[str, ...]] = {parent: tuple(ids) for parent, ids in children.items()}
        self.by_author: dict[str, tuple[str, ...]] = {a: tuple(ids) for a, ids in by_author.items()}
        del children, by_author
        self.author_positions = {a: [self.order[i] for i in ids] for a, ids in self.by_author.items()}
        self.since: dict[str, int] = {a: self.order[ids[0]] for a, ids in self.by_author.items() if " " in a}  # full names' first comments
        top: Sequence[str] = self.children.get(None, ())
        flat = len(thread.comments) > 1 and (len(thread.comments) - len(top)) * _FLAT_LINKS <= len(thread.comments)
        self.top_at: dict[str, int] = {c: k for k, c in enumerate(top)} if flat else {}
        self._top = top
        self._ends: dict[str | None, list[int]] = {}  # comment -> its passages' ends, sorted (:meth:`passages_before`)
        self._bounds: dict[str | None, tuple[list[int], list[int]]] = {}  # comment -> its blocks' starts and ends (:meth:`block_bounds`)
        passages_in: dict[str | None, list[Passage]] = {}
        passage_ids: dict[str | None, list[int]] = {}
        for k, p in enumerate(found):
            passages_in.setdefault(p.location.comment, []).append(p)
            passage_ids.setdefault(p.location.comment, []).append(k)
        self.passages_in: dict[str | None, tuple[Passage, ...]] = {cid: tuple(ps) for cid, ps in passages_in.items()}
        self.passage_ids: dict[str | None, tuple[int, ...]] = {cid: tuple(ks) for cid, ks in passage_ids.items()}  # comment -> indices of its passages in ``found``
        del passages_in, passage_ids
        self.romanizing = _romanization_lines(found, self.passage_ids, self.texts)  # (:func:`_romanization_lines`)
        self._romanized: dict[str | None, dict[int, tuple[int, int]]] = {}  # comment -> its romanizations' passages' starts -> their lines
        for k, (start, end, _) in self.romanizing.items():
            self._romanized.setdefault(found[k].location.comment, {})[found[k].location.start] = (start, end)
        # Each comment's blocks of English: (segments, their lengths, their characters, key), by
        # comment, and for a comment without passages by its text too (a comment posted again shares them).
        self._pieces: dict[str | None, _Pieces] = {}
        self._plain_pieces: dict[str, _Pieces] = {}
        self._inserted: dict[str | None, frozenset[int]] = {}
        self._own_pieces: dict[str | None, _Pieces] = {}  # (:meth:`own_pieces`)
        self._introducing: dict[str | None, dict[tuple[int, int], bool]] = {}  # (:meth:`_cut`, until :meth:`own_pieces`)
        self._stretched: dict[_Context, dict[tuple[int, int, bool], _Stretch]] = {}  # (:meth:`_cut`, the last MAX_PREPARED)
        self._requests: dict[str, bool] = {}
        self._headings: dict[str, bool] = {}
        self._disputed: dict[str, bool] = {}
        self._judged: dict[str, dict[str, bool]] = {}
        self._parts: dict[str, tuple[list[str], list[str]]] = {}
        self._tree: Tree | None = None
        self._interleaved: dict[str | None, bool] = {}
        self._per_line: dict[str | None, int] = {}
        self._prepared: dict[_Key, _Block] = {}
        self._kept_blocks = MAX_PREPARED  # how many of them (:data:`MAX_PREPARED_PAIRED` once searched)
        # The English side of the blocks kept, by their texts: blocks of the same English (a comment posted again, cut as
        # other blocks' keys name it) share one, and what the aligner works out of it (:meth:`block`); one lives as long
        # as a block kept holds it.
        self._targets: weakref.WeakValueDictionary[tuple[str, ...], PreparedTarget] = weakref.WeakValueDictionary()
        self.cores: dict[tuple[PreparedSource, _Key, tuple[int, int] | None, bool, str | None], _Core] = {}
        # What the bounds are made of, kept longer (:data:`MAX_BOUND_PARTS`): the texts' bound
        # without the marker, by passage text then block (:meth:`bound`), and whether any window of a block may be
        # introduced as a translation.
        self.text_bounds: dict[PreparedSource, dict[_Key, float]] = {}
        self._bounds_kept = 0  # the bounds in ``text_bounds``
        self.introduced: dict[_Key, bool] = {}
        self.values: dict[Any, Any] = {}  # each distinct part of a pair made here, held once (:func:`_pair`)
        self._mentions: dict[str, tuple[str | None, ...]] | None = None
        self._addressing: dict[str, tuple[str, ...]] | None = None  # (:meth:`addressing`)
        self._pinned: dict[str, tuple[str, ...]] | None = None  # (:meth:`pinned_naming`)
        self._writers: frozenset[str] | None = None  # (:meth:`writers`)
        self._labels: dict[str | None, dict[int, tuple[str, int]]] = {}  # (:meth:`labels`)
        self._labelling: dict[str, tuple[str, ...]] | None = None  # (:meth:`labelling`)
        self._referring: dict[str, tuple[str, ...]] | None = None  # (:meth:`referring`)
        self._references: dict[tuple[str | None, str], tuple[int, int]] = {}  # (comment, writer) -> its reference's span (:meth:`reference`)
        self._ids: tuple[str | None, ...] | None = None  # the comments in reading order (:meth:`after`)

    def own(self, cid: str | None) -> str:
        """The comment's text as written (an HTML export's tags and references kept): what a pair publishes, while
        :attr:`texts` shows them as they read (:func:`_thread_maps`)."""
        found = self._comment(cid) if cid is not None else None
        return found.text if found is not None else self._article or ""

    def own_end(self, cid: str | None, end: int) -> int:
        """``end``, a span's end in :attr:`texts`, in the comment's own text: past a word's character references
        ("... it&#39;s" ends after "s;", not after the "s" of the decoded "it's")."""
        text = self.own(cid)
        if "&" not in text:
            return end
        return next((b for a, b in html_view(text)[1] if a == end), end)

    def searched(self) -> None:
        """Let go what only the searches read (the bounds' parts, the cores and the candidates' English prepared, with
        the English sides' analyses), once every passage is searched: step 3's pairs, made after, fill the room they
        held (text bounds 19.7 MiB and cores 2.4 at pairing's end on the 100,000-comment distinct-sentence thread, where
        step 3 made 15 MiB of pairs beside them; the :data:`MAX_PREPARED` blocks about 13 MB more). A pair prepares
        again the few blocks it reads (:func:`_explained_arabic`: 5 of 12,217 on the 20,000-comment thread)."""
        self.text_bounds.clear()
        self._bounds_kept = 0
        self.introduced.clear()
        self.cores.clear()
        self._prepared.clear()
        self._kept_blocks = MAX_PREPARED_PAIRED
        self._forget_comments()
        self._forget_lookups()
        if self._big:
            _forget_searches()

    def _forget_comments(self) -> None:
        """Let go the per-comment memos the searches filled (:meth:`searched`): the blocks of English of comments
        without passages (step 3 and the pairs' checks read those of the passages' comments, and cut again the few
        others they read: a translation's other parts), how each was cut, and what was judged of each comment.
        They held 9 MiB at pairing's end on the 30,000-comment distinct-sentence thread, beside step 3's pairs."""
        self._pieces = {cid: kept for cid, kept in self._pieces.items() if cid in self.passages_in}
        for memo in (self._plain_pieces, self._bounds, self._stretched, self._introducing, self._requests,
                     self._headings, self._disputed, self._judged, self._interleaved, self._labels):
            memo.clear()

    def _forget_lookups(self) -> None:
        """Let go the thread-wide lookups only the searches read (:meth:`searched`): the words each comment mentions
        (:meth:`mentioned`), who opens by naming whom (:meth:`addressing`, :meth:`names_writer_elsewhere`), who refers to whom (:meth:`referring`), the
        pinned comments' names, the comments in reading order (:meth:`after`). Step 3's pairs read none of them;
        each is made again, the same, if asked (1 MiB at pairing's end on the 30,000-comment thread, 0.77 of it the mentions)."""
        self._mentions = self._addressing = self._pinned = self._labelling = self._referring = None
        self._references = {}
        self._writers = None
        self._ids = None

    def bound(self, source: PreparedSource, key: _Key) -> float | None:
        """The texts' bound kept for passage text ``source`` and block ``key`` (:func:`_reachable`), or None."""
        kept = self.text_bounds.get(source)
        return None if kept is None else kept.get(key)

    def keep_bound(self, source: PreparedSource, key: _Key, bound: float) -> None:
        """Keep a texts' bound (:meth:`bound`), those of the passage texts met first dropped once
        :data:`MAX_BOUND_PARTS` are kept. A dict per passage text, not one keyed by (text, block) pairs: no pair
        made for each bound (5.3 MiB of them on the 100,000-comment distinct-sentence thread's 99,700 bounds)."""
        kept = self.text_bounds
        if self._bounds_kept >= MAX_BOUND_PARTS:
            for old in list(islice(kept, max(1, len(kept) // 8))):
                self._bounds_kept -= len(kept.pop(old))
            if self._bounds_kept >= MAX_BOUND_PARTS:  # a few passage texts hold them all (copies of one prayer)
                kept.clear()
                self._bounds_kept = 0
        mine = kept.get(source)
        if mine is None:
            mine = kept[source] = {}
        mine[key] = bound
        self._bounds_kept += 1

    def block(self, candidate: _Candidate) -> _Block:
        """The candidate's English prepared (:class:`_Block`), kept for the next passages that try
        it: replies and the author's comments are candidates of the passages near them, so the
        last :data:`MAX_PREPARED` are kept (oldest dropped first) and memory stays bounded."""
        key = candidate.key
        found = self._prepared.get(key)
        if found is None:
            segments = candidate.segments
            text = self.texts[candidate.comment]
            texts = [_ungapped(_unshouted(text[slice(*tight(text, a, b))])) for a, b in segments]
            english = tuple(texts)
            target = self._targets.get(english)
            if target is None:  # (the aligner's analyses depend on the texts alone: an equal block's are the same)
                target = self._targets[english] = PreparedTarget(english)
            found = _Block(texts, [text_length(t) for t in texts], _sentence_bounds(text, segments), target, {}, {}, None)
            _keep(self._prepared, key, found, self._kept_blocks)
        return found


    def pieces(self, cid: str | None) -> _Pieces:
        """The English of a comment as blocks of segments, one block per stretch between passages:
        each block's segments, their lengths, their characters in all and its key (:data:`_Key`).
        Kept by comment (asked about 13 times per passage: the replies and the author's comments of
        its neighbours), and for a comment without passages also by its text (posted again, it shares them)."""
        found = self._pieces.get(cid)
        if found is not None:
            return found
        text = self.texts[cid]
        quoted = self.quoted_lines(cid)
        plain = cid not in self.passages_in and not quoted  # (a quote is of its parent: a twin elsewhere may quote another)
        found = self._plain_pieces.get(text) if plain else None
        if found is not None:
            self._pieces[cid] = found
            return found
        inserted = self.inserted(cid)
        said = self._introducing.setdefault(cid, {}) if inserted else None  # cut again by own_pieces, mostly into the same segments
        kept = self._cut(cid, text, quoted, [p for p in self.passages_in.get(cid, ()) if p.location.start not in inserted], said)
        if plain:
            self._plain_pieces[text] = kept
        self._pieces[cid] = kept
        return kept

    def inserted(self, cid: str | None) -> frozenset[int]:
        """Where comment ``cid``'s passages that are words kept inside its English start (:func:`_inserted`): its blocks
        of English (:meth:`pieces`) run over them."""
        found = self._inserted.get(cid)
        if found is None:
            passages = self.passages_in.get(cid)
            if passages is None:  # a comment without passages (most): nothing kept, no set made (2.3 MiB at 30,000 lines)
                return _NONE_INSERTED
            text = self.texts[cid]
            found = self._inserted[cid] = frozenset(
                p.location.start for p in passages if _inserted(text, p.location.start, p.location.end)
            ) or _NONE_INSERTED
        return found

    def own_pieces(self, cid: str | None) -> _Pieces:
        """The blocks of English around a passage kept inside comment ``cid``'s English (:meth:`inserted`), as its own
        search sees them: cut at every passage, as though none were kept inside the English ("yalla means let's go":
        the English after the word may still translate it)."""
        found = self._own_pieces.get(cid)
        if found is None:
            said = self._introducing.pop(cid, None)
            found = self._own_pieces[cid] = self._cut(cid, self.texts[cid], self.quoted_lines(cid), self.passages_in.get(cid, ()), said)
        return found

    def _cut(
        self, cid: str | None, text: str, quoted: list[tuple[int, int]], cutting: Sequence[Passage],
        said: dict[tuple[int, int], bool] | None = None,
    ) -> _Pieces:
        """Comment ``cid``'s blocks of English (:meth:`pieces`), one per stretch between the ``cutting`` passages (each
        stretch's rows kept, :meth:`_stretch`); ``said`` keeps which segments only introduce (:func:`introduces`) for the
        comment's second cut (:meth:`own_pieces`), whose stretches its kept words split are cut into mostly the same segments."""
        bounds = [0]
        spans = []
        lines = self._romanized.get(cid, {})  # a romanization's line is cut out whole, the words between its passages too
        for p in cutting:
            spans += [p.location.start, p.location.end]
            line = lines.get(p.location.start)
            if line is not None:
                if bounds[-1] < line[1]:
                    bounds += line
                continue
            closing = _CLOSING.match(text, p.location.end)  # the passage's own full stop is not English
            bounds += [p.location.start, closing.end() if closing else p.location.end]
        bounds.append(len(text))
        where = (text, _Spans(spans) if len(spans) > _MANY_SPANS else tuple(spans))
        glossed = tuple((p.location.start, p.location.end) for p in self.passages_in[cid]) if "|" in text and cid in self.passages_in else None
        context = (text, tuple(quoted), glossed)
        kept = self._stretched.get(context)
        if kept is None:
            kept = {}
            _keep(self._stretched, context, kept)
        out: list[tuple[list[tuple[int, int]], list[int], int, _Key]] = []
        for a, b in zip(bounds[::2], bounds[1::2]):
            for row, lengths, chars in self._stretch(cid, a, b, said, context, kept):
                out.append((row, lengths, chars, (*where, len(out))))
        return tuple(out) if out else ()

    def _stretch(
        self, cid: str | None, a: int, b: int, said: dict[tuple[int, int], bool] | None, context: _Context, kept: dict[tuple[int, int, bool], _Stretch],
    ) -> _Rows:
        """The rows of English of comment ``cid``'s stretch ``[a, b)`` between two passages (:meth:`_cut`): each row's
        segments, their lengths and their characters in all. Kept by what they are made of, in ``kept`` (the stretches
        cut of a ``context``: the text, its quoted lines and the spans of its passages where it may hold a table of
        glosses) by the stretch and whether the comment says it gives English under each line: a comment posted again,
        or cut again by :meth:`own_pieces`, is not cut again (the bench thread's copies: 30 % of pairing). The full name
        the comment may open with (:meth:`_untagged`) depends on who wrote it and when: looked for each time in the
        clauses kept, and rows cut after one are not kept."""
        text = context[0]
        lines = a == 0 and b < len(text) and self.lines_said(cid) != 0
        done = kept.get((a, b, lines))
        cut, rows = (done[0], done[1]) if done is not None else _english_clauses(text, a, b)
        untagged = self._untagged(cid, text, cut) if a == 0 and self.since and cid is not None else cut
        untagged = self._unlabelled(cid, text, untagged)
        if done is not None and untagged is cut:
            return done[2]
        out = _english_rows(b, said, untagged, rows, lines, *context)
        if untagged is cut:
            kept[(a, b, lines)] = (cut, rows, out)
        return out

    def _unlabelled(self, cid: str | None, text: str, cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``cut`` with each clause that runs into a line labelled with a writer's name (:meth:`labels`) cut where that
        line opens ("translations\nfig_and_honey: if only ...\nkebab_enjoyer: he made up ...", no end mark between): each
        such line is the translation of its writer's Arabic, no part of the English above it; ``cut`` itself when none is."""
        labels = self.labels(cid)
        if not labels or not any(x < line < y for x, y in cut for line in labels):
            return cut
        out = []
        for x, y in cut:
            for line in sorted(q for q in labels if x < q < y):
                if text[x:line].strip():
                    out.append((x, len(text[:line].rstrip())))
                x = line
            out.append((x, y))
        return out

    def _untagged(self, cid: str, text: str, cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``cut`` without the full name a comment opens with when it is the name of an earlier
        comment's writer (:meth:`tagged`): no word of a translation."""
        if not cut:
            return cut
        tag = self.tagged(cid, cut[0][0], cut[-1][1])
        if tag is None:
            return cut
        start = tag[1]
        return [(max(x, start), y) for x, y in cut if y > start]

    def tagged(self, cid: str, start: int = 0, end: int | None = None) -> tuple[str, int] | None:
        """The full name comment ``cid`` opens with (from ``start``) when it is an earlier comment's
        writer's ("Graham Pike Will you go ...": Facebook tags whom a reply answers so), and where the
        words after it start. Names of one word are left ("Sami waited ..." may name a writer too)."""
        text = self.texts[cid]
        words = _TAG_WORDS.match(text, start, len(text) if end is None else end) if self.since else None
        if words is None:
            return None
        here, writer = self.order[cid], self.author.get(cid)
        parts = words.group().split()
        for n in range(len(parts) - 1, 1, -1):  # the longest name first, the last word being the text's
            name = " ".join(parts[:n])
            if name != writer and self.since.get(name, here) < here:
                after = text.index(name, start) + len(name)
                while text[after] in " \t,:":
                    after += 1
                return name, after
        return None

    def part_key(self, cid: str | None, start: int, end: int) -> _Key:
        """The key of the segments of comment ``cid`` (which has English) within ``[start, end)`` (:data:`_Key`)."""
        text, spans, _ = self.pieces(cid)[0][3]
        return (text, spans, start, end)

    def block_bounds(self, cid: str | None) -> tuple[list[int], list[int]]:
        """Where each of comment ``cid``'s blocks of English (:meth:`pieces`, in the text's order) starts and ends, kept
        per comment: the blocks beside each of its passages are found by bisection, not by a walk over all of them
        (asked for comments of more than :data:`_MANY_BLOCKS` blocks: the lists of every comment held 2 MB more)."""
        found = self._bounds.get(cid)
        if found is None:
            blocks = self.pieces(cid)
            found = self._bounds[cid] = ([b[0][0][0] for b in blocks], [b[0][-1][1] for b in blocks])
        return found

    def passages_before(self, cid: str | None, offset: int) -> int:
        """How many passages of comment ``cid`` end at or before ``offset`` (their ends sorted once per comment: asked
        for each passage, a comment of thousands counted all of them each time)."""
        ends = self._ends.get(cid)
        if ends is None:
            ends = self._ends[cid] = sorted(p.location.end for p in self.passages_in.get(cid, []))
        return bisect.bisect_right(ends, offset)

    def mentioned(self, word: str, exclude: set[str | None]) -> bool:
        """Whether a comment not in ``exclude`` writes ``word`` (a name or a number in lower case, :func:`~.evidence.shared_anchors`)
        as a word of its own, outside its passages (a passage's numbers, an Arabizi passage's words, a quoted copy's are the
        Arabic's). Each word's first :data:`_MENTIONS` comments are listed once per thread, when first asked."""
        if self._mentions is None:
            mentions: dict[str, tuple[str | None, ...]] = {}
            for cid, text in self.texts.items():
                cuts = [0, *(x for p in sorted(self.passages_in.get(cid, ()), key=lambda p: p.location.start) for x in (p.location.start, p.location.end)), len(text)]
                outside = " ".join(text[cuts[j] : cuts[j + 1]] for j in range(0, len(cuts) - 1, 2))
                for w in set(_MENTION.findall(outside.lower())):
                    had = mentions.get(w, ())
                    if len(had) < _MENTIONS:
                        mentions[w] = (*had, cid)
            self._mentions = mentions
        return any(cid not in exclude for cid in self._mentions.get(word, ()))

    def addressing(self, author: str) -> tuple[str, ...]:
        """The comments that open by naming ``author`` ("@Salma_R ...", "u/salma.r, ..."; :func:`~.cues.addressed`, names
        compared by :func:`_folded_name`), in reading order, the first :data:`_ADDRESSING` of each name; listed once per
        thread, when first asked (only comments opening with "@", "u/" or "Replying to" are read)."""
        if self._addressing is None:
            found: dict[str, tuple[str, ...]] = {}
            for cid, text in self.texts.items():
                if cid is None or not text.startswith(_ADDRESS_OPENERS):
                    continue
                for name in {_folded_name(n) for n in addressed(text)}:
                    had = found.get(name, ())
                    if len(had) < _ADDRESSING:
                        found[name] = (*had, cid)
            self._addressing = found
        return self._addressing.get(_folded_name(author), ())

    def pinned_naming(self, author: str) -> tuple[str, ...]:
        """The comments a platform pinned over the others (:func:`~.cues.pinned`: "📌 Pinned by @RetroRepairs") that name
        ``author`` anywhere ("This comment from @nadine_h ...", names compared by :func:`_folded_name`), in reading order,
        the first :data:`_PINNED_LISTED`; listed once per thread, when first asked."""
        if self._pinned is None:
            found: dict[str, tuple[str, ...]] = {}
            kept = [cid for cid, text in self.texts.items() if cid is not None and pinned(text)][:_PINNED_LISTED]
            for cid in kept:
                for name in {_folded_name(n) for n in mentioned(self.texts[cid])}:
                    found[name] = (*found.get(name, ()), cid)
            self._pinned = found
        return self._pinned.get(_folded_name(author), ())

    def names_writer_elsewhere(self, cid: str, author: str | None, request: str | None) -> bool:
        """Whether comment ``cid`` opens by naming (:func:`~.cues.addressed`) the writer of Arabic in another comment of
        the thread, and not ``author`` (the passage's writer) nor the writer of ``request`` (whom an answer names): it
        speaks to that writer of their own text ("@Salma_R yours says: ..." under someone else's Arabic)."""
        text = self.texts[cid]
        if not text.startswith(_ADDRESS_OPENERS):
            return False
        names = {_folded_name(n) for n in addressed(text)}
        if not names or (author is not None and _folded_name(author) in names):
            return False
        asker = self.author.get(request) if request is not None else None
        if asker is not None:
            names.discard(_folded_name(asker))
        return not names.isdisjoint(self.writers())

    def writers(self) -> frozenset[str]:
        """The names of the thread's writers of Arabic, requests aside, folded (:func:`_folded_name`); listed when first asked."""
        if self._writers is None:
            by_name: dict[str, list[str]] = {}
            for c in self.passages_in:
                if c is not None and (a := self.author.get(c)):
                    by_name.setdefault(_folded_name(a), []).append(c)
            # a writer is one once one of their comments is no request: most are at their first (one test each)
            self._writers = frozenset(name for name, cids in by_name.items() if not all(self.is_request(c) for c in cids))
        return self._writers

    def referring(self, author: str) -> tuple[str, ...]:
        """The comments holding no Arabic whose opening words refer to ``author``, a writer of Arabic, by name
        (:func:`_named_references`: "Translation of @mira@social.coop's post: ...", "the Arabic oddbit posted says ..."; names compared
        by :func:`_folded_name`, a handle's user part standing for its "user@server"), not their own writer's, in reading
        order, the first :data:`_ADDRESSING` of each name, or by place (:data:`_PLACE_REFERENCE`: the OP's, the nearest above
        holding Arabic, the n-th at the top level); listed once per thread, when first asked."""
        if self._referring is None:
            found: dict[str, tuple[str, ...]] = {}
            writers = self.writers()
            aliases = {name: name for name in writers}
            for c in self.passages_in:
                raw = self.author.get(c) if c is not None else None
                if raw and "@" in raw.lstrip("@") and _folded_name(raw) in writers:
                    aliases.setdefault(_folded_name(raw.lstrip("@").split("@")[0]), _folded_name(raw))
            first = _folded_name(self.author.get(next(iter(self.texts), None)) or "")
            top = [_folded_name(self.author.get(c) or "") for c in self._top[: max(_NTH.values()) + 1]]
            above = ""  # the writer of the nearest comment holding Arabic so far
            for cid, text in self.texts.items() if writers else ():
                if cid in self.passages_in:
                    above = _folded_name(self.author.get(cid) or "")
                    continue
                if cid is None:
                    continue
                own = _folded_name(self.author.get(cid) or "")
                names: dict[str, tuple[int, int]] = {}
                head = text[:_REFERENCE_REACH]
                for forms, start, end in _named_references(head):
                    for form in forms:
                        name = aliases.get(_folded_name(form))
                        if name is not None and name != own:
                            names.setdefault(name, (start, end))
                            break
                low = head.lower()
                for m in _PLACE_REFERENCE.finditer(head) if any(hint in low for hint in _PLACE_HINTS) else ():
                    nth = _NTH.get(m.group("nth").lower(), len(top)) if m.group("nth") else 0
                    name = first if m.group("top") else above if m.group("above") else top[nth] if nth < len(top) else ""
                    if name in writers and name != own:
                        names.setdefault(name, (m.start(), m.end()))
                for name, at in names.items():
                    had = found.get(name, ())
                    if len(had) < _ADDRESSING:
                        found[name] = (*had, cid)
                        self._references[cid, name] = at
            self._referring = found
        return self._referring.get(_folded_name(author), ())

    def reference(self, cid: str | None, writer: str) -> tuple[int, int] | None:
        """Where the first reference to ``writer`` (a folded name) in comment ``cid``'s opening words starts and ends
        (:meth:`referring`, which must have listed it), or None."""
        return self._references.get((cid, writer))

    def labels(self, cid: str | None) -> dict[int, tuple[str, int]]:
        """The lines of comment ``cid`` that open with a label naming another writer of Arabic in the thread
        (:func:`_writer_lines`: "kebab_enjoyer: He made up his mind ..."), kept when first asked."""
        found = self._labels.get(cid)
        if found is None:
            own = self.author.get(cid) if cid is not None else None
            found = self._labels[cid] = _writer_lines(self.texts[cid], self.writers(), _folded_name(own or ""))
        return found

    def labelling(self, author: str) -> tuple[str, ...]:
        """The comments holding no Arabic with a line labelled with ``author``'s name (:func:`_writer_lines`, names
        compared by :func:`_folded_name`), in reading order, the first :data:`_ADDRESSING` of each name; listed once per
        thread, when first asked."""
        if self._labelling is None:
            found: dict[str, tuple[str, ...]] = {}
            writers = self.writers()
            for cid, text in self.texts.items() if writers else ():
                if cid is None or cid in self.passages_in:
                    continue
                own = _folded_name(self.author.get(cid) or "")
                for name in {name for name, _ in _writer_lines(text, writers, own).values()}:
                    had = found.get(name, ())
                    if len(had) < _ADDRESSING:
                        found[name] = (*had, cid)
            self._labelling = found
        return self._labelling.get(_folded_name(author), ())

    def is_request(self, cid: str) -> bool:
        """Whether comment ``cid`` asks for a translation (cached)."""
        if cid not in self._requests:
            text, quoted = self.texts[cid], self.quoted_lines(cid)
            self._requests[cid] = is_request("".join(text[a:b] for a, b in zip([0, *(q[1] for q in quoted)], [*(q[0] for q in quoted), len(text)])))
        return self._requests[cid]

    def quoted_lines(self, cid: str | None) -> list[tuple[int, int]]:
        """The lines of comment ``cid`` that quote the comment it answers, Markdown's way ("> what does it say?"
        over the answer, Reddit's quote of the request): each line's span, from its ">" to its end."""
        text = self.texts[cid]
        if not (text.startswith(">") or "\n>" in text) or cid is None:
            return []
        parent = self._comment(cid).parent
        above = " ".join(self.texts.get(parent, "").split()).casefold() if parent is not None else ""
        out = []
        for line in _QUOTE_LINE.finditer(text):
            words = " ".join(line["words"].split()).casefold()
            if above and len(words) >= _QUOTED_CHARS and words in above:
                out.append(line.span())
        return out

    def parent(self, cid: str | None) -> str | None:
        """The comment ``cid`` replies to (None for a top-level comment or the article)."""
        return None if cid is None else self._comment(cid).parent

    def headed(self, reply: str, parent: str | None) -> bool:
        """Whether comment ``reply`` answers (``parent``) its writer's own comment that only
        announces a translation (:func:`~.cues.heading`: "Translation:", "English below"), the
        announcement kept per comment."""
        if parent is None or self.author.get(parent) != self.author.get(reply):
            return False
        found = self._headings.get(parent)
        if found is None:
            found = self._headings[parent] = heading(self.texts[parent])
        return found

    def _tree_of(self) -> Tree:
        """The thread's lookups for :func:`~.parts.split_parts`, made when first asked."""
        if self._tree is None:  # given the thread's lookup, not self.parent: index -> tree -> index is a cycle,
            comment = self._comment  # which kept the index and its prepared blocks until a full collection (30 MB)
            self._tree = Tree(self.texts, self.author, self.children, lambda c: comment(c).parent)
        return self._tree

    def parts(self, cid: str) -> tuple[list[str], list[str]]:
        """The other comments a translation in comment ``cid`` is split over (:func:`~.parts.split_parts`), cached."""
        found = self._parts.get(cid)
        if found is None:
            found = split_parts(cid, self._tree_of(), lambda c: c not in self.passages_in and bool(self.pieces(c)))
            self._parts[cid] = found = found if found[0] or found[1] else _NO_PARTS  # one shared pair of empty lists: most comments
        return found

    def next_said(self, cid: str) -> str | None:
        """The writer's comment right after comment ``cid`` in reading order that may go on with its English unmarked
        (:func:`_with_rest`): their reply to it or their next beside it (:meth:`~.parts.Tree.next`), one block of
        English without Arabic after a comment with English, no request, and neither of them a marked part of a split
        translation. Not cached: a few bounded look-ups (:data:`~.parts.MAX_BESIDE`), and a dict by comment held 2 MB
        at 100,000 comments."""
        writer = self.author.get(cid)
        nxt = self._tree_of().next(cid, writer) if writer and cid not in self.passages_in else None
        if nxt is not None and not (
            self.order[nxt] == self.order[cid] + 1 and nxt not in self.passages_in and len(self.pieces(nxt)) == 1 and self.pieces(cid)
            and not self.is_request(nxt) and self.parts(cid) is _NO_PARTS and self.parts(nxt) is _NO_PARTS
        ):
            nxt = None
        return nxt

    def said_before(self, cid: str) -> str | None:
        """The writer's comment whose English comment ``cid`` may go on with unmarked (:meth:`next_said`), if any."""
        writer = self.author.get(cid)
        prev = self._tree_of().previous(cid, writer) if writer else None
        return prev if prev is not None and self.next_said(prev) == cid else None

    def disputed(self, cid: str) -> bool:
        """Whether a reply to comment ``cid`` says it is a wrong translation (:func:`~.cues.disputes`) or
        repeats it and completes it (:func:`~.cues.completes`), or a reader names it by its place and calls it wrong
        (:meth:`judged`; one who calls it right outweighs a reply's dispute, which may be of another answer), cached."""
        found = self._disputed.get(cid)
        if found is None:
            text, judged = self.texts[cid], self.judged(cid, self.parent(cid))
            disputed = judged is None and any(
                disputes(self.texts[c]) or completes(self.texts[c], text) or self.reworded(c) for c in self.children.get(cid, ())
            )
            found = self._disputed[cid] = judged is False or disputed
        return found

    def judged(self, cid: str, parent: str | None) -> bool | None:
        """What readers say of reply ``cid`` by its place among the replies to its ``parent`` that hold English (the
        answers): True when one calls it right, False when wrong (:func:`~.cues.verdicts`), None when none names it. A
        reader is a later reply to the same parent or a reply to one of the answers; the answers are those before it."""
        if parent is None or len(self.children.get(parent, ())) < 2:
            return None
        found = self._judged.get(parent)
        if found is None:
            found = self._judged[parent] = self._verdicts_under(parent)
        return found.get(cid)

    def _verdicts_under(self, parent: str) -> dict[str, bool]:
        """The verdicts on the replies to ``parent`` by their place (see :meth:`judged`), the first one said of each."""
        replies: Sequence[str] = self.children.get(parent, ())
        if len(replies) > _VERDICT_ANSWERS:
            return {}
        out: dict[str, bool] = {}
        for reader in [*replies, *(c for r in replies for c in self.children.get(r, ()))]:
            said = verdicts(self.texts[reader])
            if not said:
                continue
            answers = [r for r in replies if r != reader and self.order[r] < self.order[reader] and self.pieces(r)]
            for place, right in said:
                if len(answers) >= 2 and -len(answers) <= place < len(answers):
                    out.setdefault(answers[place], right)
        return out

    def corrected(self, cid: str) -> bool:
        """Whether a reply to comment ``cid`` disputes it and gives English of its own after the dispute (:func:`~.cues.corrects`)."""
        return any(corrects(self.texts[c]) or self.reworded(c) for c in self.children.get(cid, ()))

    def reworded(self, cid: str) -> bool:
        """Whether reply ``cid`` quotes English of the comment it answers ("> Sami attracted was by ...") and goes on
        with its own rewording of it (:func:`_rewords`): a correction of the quoted translation (a machine's garbled
        output, say), whatever words introduce it."""
        quoted = self.quoted_lines(cid)
        if not quoted:
            return False
        text = self.texts[cid]
        own = "".join(text[a:b] for a, b in zip([0, *(q[1] for q in quoted)], [*(q[0] for q in quoted), len(text)]))
        return _rewords(own, " ".join(text[a:b] for a, b in quoted))

    def lines_said(self, cid: str | None) -> int:
        """What comment ``cid`` says, before its first passage, of the English under each of its Arabic lines
        (:func:`~.cues.per_line`: 1 a translation, -1 notes, 0 nothing), cached."""
        found = self._per_line.get(cid)
        if found is None:
            mine = self.passages_in.get(cid)
            found = self._per_line[cid] = per_line(self.texts[cid][: mine[0].location.start]) if mine else 0
        return found

    def interleaved(self, cid: str | None) -> bool:
        """Whether comment ``cid`` gives its Arabic and English line by line (:func:`_alternates`), cached."""
        found = self._interleaved.get(cid)
        if found is None:
            found = self._interleaved[cid] = _alternates(self.texts[cid], self.passages_in.get(cid, []), self.pieces(cid))
        return found

    def following(self, cid: str) -> Sequence[str]:
        """In a thread without reply links (:data:`_FLAT_LINKS`), the top-level comments after the
        top-level comment ``cid`` that has no replies of its own (:data:`MAX_FOLLOWING`): where its replies are."""
        at = self.top_at.get(cid)
        if at is None or cid in self.children:
            return ()
        return self._top[at + 1 : at + 1 + MAX_FOLLOWING]

    def reply_ids(self, cid: str) -> set[str]:
        """The comments :meth:`replies` yields (which replies are requests does not change which)."""
        following = self.following(cid)
        if following:
            author = self.author.get(cid)
            return {c for c in following if author is None or self.author.get(c) != author}
        children = self.children
        stack: list[tuple[str, int]] = [(c, 1) for c in reversed(children.get(cid, []))]
        out: set[str] = set()
        while stack and len(out) < MAX_REPLIES:
            c, depth = stack.pop()
            out.add(c)
            if depth < MAX_REPLY_DEPTH:
                below = children.get(c)
                if below:
                    stack.extend((k, depth + 1) for k in reversed(below))
        return out

    def asks_own(self, cid: str) -> bool:
        """Whether comment ``cid`` asks, in its own words around its Arabic, what the Arabic says ("Learning to read, what
        does this say?" over it, r/translator's way; cached with :meth:`is_request`'s answers, the key set apart)."""
        key = "\0" + cid
        if key not in self._requests:
            text, ends = self.texts[cid], [(p.location.start, p.location.end) for p in self.passages_in.get(cid, ())]
            words = zip([0, *(end for _, end in ends)], [*(start for start, _ in ends), len(text)])
            self._requests[key] = is_request("\n".join(text[a:b] for a, b in words))
        return self._requests[key]

    def replies(self, cid: str, author: str | None) -> Iterator[tuple[str, int, str | None]]:
        """``(reply id, depth below cid, id of a request above it or None)``, depth first, bounded. A reply
        that opens by naming the writer of an earlier request beside it ("@sarah.k ..." after sarah.k's
        "Please translate" under the same comment: YouTube's replies are all one level deep) answers it,
        and so does the passage author's own reply beside one (the author answering under his comment).
        In a thread without reply links the comments after ``cid`` (:meth:`following`) are its replies,
        and a request among them is answered by every comment after it."""
        following = self.following(cid)
        if following:
            yield from self._flat_replies(following, author)
            return
        stack: list[tuple[str, int, str | None]] = [(c, 1, None) for c in reversed(self.children.get(cid, []))]
        count = 0
        asked: dict[tuple[str | None, str], str] = {}  # (a request's parent, its writer's name folded) -> the request
        while stack and count < MAX_REPLIES:
            c, depth, request = stack.pop()
            if request is None and asked:
                request = self._addressed(c, asked)
                if request is None and author is not None and self.author.get(c) == author:
                    request = asked.get((self._comment(c).parent, ""))
            count += 1
            yield c, depth, request
            if depth < MAX_REPLY_DEPTH:
                if request is None and self.author.get(c) != author and self.is_request(c):
                    request = c
                    parent, name = self._comment(c).parent, self.author.get(c)
                    asked.setdefault((parent, ""), c)  # the first request under this parent, for the author's replies
                    if name:
                        asked[(parent, name.lstrip("@").casefold())] = c
                below = self.children.get(c)
                if below:
                    stack.extend([(k, depth + 1, request) for k in reversed(below)])

    def _flat_replies(self, following: Sequence[str], author: str | None) -> Iterator[tuple[str, int, str | None]]:
        """:meth:`replies` of a comment in a thread without reply links: each comment after it by someone
        else than its ``author``, one level down, those after a request below it (the author's own later
        comments stay the author's other comments, :meth:`same_author`)."""
        request: str | None = None
        for c in following:
            if author is not None and self.author.get(c) == author:
                continue  # the author's later comment: another comment of the author's (no reply link says otherwise)
            yield c, 1, request
            if request is None and self.is_request(c):
                request = c

    def beside(self, cid: str, other: str) -> bool:
        """Whether comments ``cid`` and ``other`` reply to the same comment."""
        return self._comment(cid).parent == self._comment(other).parent

    def _addressed(self, cid: str, asked: dict[tuple[str | None, str], str]) -> str | None:
        """The request of ``asked`` beside reply ``cid`` whose writer ``cid`` names first, if any."""
        names = addressed(self.texts[cid])  # (no name: nothing looked up)
        if not names and (tag := self.tagged(cid)) is not None:  # "Graham Pike <answer>" of Graham Pike's request
            names = [tag[0]]
        parent = self._comment(cid).parent if names else None
        for name in names:
            request = asked.get((parent, name.casefold()))
            if request is not None:
                return request
        return None

    def after(self, cid: str | None, count: int) -> Sequence[str | None]:
        """The ``count`` comments right after comment ``cid`` in reading order (the order of the thread's texts; the
        list of them made when first asked)."""
        if self._ids is None:
            self._ids = tuple(self.texts)
        at = self.order[cid] + 1
        return self._ids[at : at + count]

    def same_author(self, cid: str | None, author: str | None, exclude: set[str | None]) -> list[str]:
        """The author's other comments nearest to ``cid`` in reading order."""
        if not author or author not in self.by_author:
            return []
        ids, positions = self.by_author[author], self.author_positions[author]
        here, size = self.order[cid], len(ids)  # (looked up once: the walk below runs about 20 steps a passage)
        at = bisect.bisect_left(positions, here)
        lo, hi = at - 1, at
        out: list[str] = []
        while len(out) < MAX_SAME_AUTHOR and (lo >= 0 or hi < size):
            left = here - positions[lo] if lo >= 0 else math.inf
            right = positions[hi] - here if hi < size else math.inf
            if right <= left:
                pick, hi = ids[hi], hi + 1
            else:
                pick, lo = ids[lo], lo - 1
            if pick not in exclude:
                out.append(pick)
        return out


def _line_numbers(text: str, segments: list[tuple[int, int]]) -> list[int]:
    """Each segment's line among the block's lines (a run of line breaks between two segments starts a new one)."""
    out = [0]
    for (_, b), (a, _) in zip(segments, segments[1:]):
        out.append(out[-1] + ("\n" in text[b:a]))
    return out


def _copies(text: str, lines: int) -> int:
    """How many times the passage ``text``, written on ``lines`` lines, is one line over and over (a chant, a line
    pasted three times), else 1: a translation gives such a line once, so its length is judged against one copy."""
    if lines < 2:
        return 1
    rows = {row.strip(" \t.!،,") for row in text.split("\n") if row.strip()}
    return lines if len(rows) == 1 else 1


def _line_count(text: str) -> int:
    """How many lines ``text`` is written on (runs of line breaks count once)."""
    if "\n" not in text:  # most passages
        return 1
    return 1 + len(_LINE_BREAKS.findall(text.strip()))


def _lines_left(source: _Source, text: str, candidate: _Candidate, block: _Block, first: int, last: int) -> float:
    """Log-odds that a translation leaves whole lines of its block out when the passage is written
    on as many lines as the block (two sentences on two lines, translated line by line): a
    translation's later lines are commoner than a remark on a line of its own."""
    if source.lines < 2:
        return 0.0
    lines = block.lines
    if lines is None:
        lines = block.lines = _line_numbers(text, candidate.segments)
    if lines[-1] + 1 != source.lines or (lines[first] == 0 and lines[last - 1] == lines[-1]):
        return 0.0
    return _LINES_LEFT


_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


def _paragraph(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``segments`` up to the first blank line among them (a segment run over it cut there): the paragraph of the first."""
    blank = _BLANK_LINE.search(text, segments[0][0], segments[-1][1])
    if blank is None:
        return segments
    out = [(a, min(b, blank.start())) for a, b in segments if a < blank.start()]
    return out if _LATIN.search(text, out[-1][0], out[-1][1]) else out[:-1] or segments


_INSERTED_WORDS = 2  # an insertion kept in an English sentence is no longer ("3ashan", "el 3arabeya", "ليلى and سامي")
_JOINERS = frozenset("and or & el al il w".split())  # what joins or heads its words, not counted ("el 3arabeya", "ليلى and سامي")
_INSERTED_CHARS = 30
# English running up to it ("cried 3ashan", '"Thanks," ديما'). Searched from the end ((?r)): forwards, every Latin letter
# of the line was tried as its start (0.1 ms a short passage, 80 % of :func:`_inserted`); a match exists or not all the same.
_WORD_BEFORE = regex.compile(r"(?r)\p{Latin}[\p{Latin}\p{N}'’\-]*[,\"'”’]{0,2}[ \t]+$")
_GLOSS = r"(?:[ \t]*\([^()\n]{1,40}\))?"  # the meaning given after it in brackets ("akhoya (= brother)")
_WORD_AFTER = regex.compile(_GLOSS + r"(?:[,;\"'”’]?[ \t]+\p{Latin}|[.!?…]+[\"'”’)]*(?:\s|$))")  # English goes on, or the sentence ends
_GLOSSED_AFTER = regex.compile(r"[ \t]*(?:is|means|=+>?|:|->|→|[–—-])[ \t]+(?:[\"'“‘«]|\p{Lu})")  # "ليلى is Layla", "لقاح = 'vaccine'": a gloss
_SENTENCE_MARK = regex.compile(r"[.!?…]+(?=\s|$)")
_ENGLISH_WORD = regex.compile(r"\p{Latin}[\p{Latin}'’]*")
_AROUND_REACH = 200  # characters read on either side of it
_SENTENCE_AROUND = 3  # English words at least in its sentence, on its line, besides it
_OPENS_LINE = regex.compile(r"(?:\p{L}[\p{L} \t]{0,20}:[ \t]+)?[ \t\"“'‘]*$")  # the line, or a label on it ("Translation: "), opens with it
# "سامي has been": a sentence it is the subject of; "Wallahi, I hope ...", "والله, how foolish ...": an oath or
# interjection set off by a comma before the sentence
_GOES_ON = regex.compile(r"(?:[ \t]+(?!(?:means?|meaning|is|=)\b)\p{Ll}+|,[ \t]+(?!(?:means?|meaning|is|i\.e\.)\b)(?:\p{Ll}+,?|I|I['’]\p{Ll}+))[ \t]+\p{Latin}")


def _introducing(text: str, start: int, end: int, said: dict[tuple[int, int], bool] | None) -> bool:
    """:func:`introduces`, looked up in ``said`` first and kept there (a comment cut twice, :meth:`_Index.own_pieces`)."""
    if said is None:
        return introduces(text, start, end)
    found = said.get((start, end))
    if found is None:
        found = said[(start, end)] = introduces(text, start, end)
    return found


def _words_in(text: str, start: int, end: int, most: int) -> int:
    """How many English words ``text[start:end]`` holds (:data:`_ENGLISH_WORD`), counted up to ``most`` only."""
    return sum(1 for _ in islice(_ENGLISH_WORD.finditer(text, start, end), most))


def _inserted(text: str, start: int, end: int) -> bool:
    """Whether the passage at ``[start, end)`` of ``text`` is a word or two kept inside an English sentence
    ("I just cried 3ashan all the others did.", "neither a akhoya (= brother) nor", "late ٢٠٠٢ in ... of الصين.",
    "سامي has been Muslim"): English before it on its line and English or the sentence's end after it, or the
    sentence opening with it and going on in lower case; not a word glossed after it ("شكرا means thanks", "ليلى is
    Layla", English the lexicon gives for it: a mention, :func:`_word_gloss`).
    Such a word is part of the English around it, which may translate another passage: a block of English is not cut
    there (:meth:`_Index.pieces`), but for the word's own search (:meth:`_Index.own_pieces`). Its sentence has
    :data:`_SENTENCE_AROUND` English words besides it on its line ("Alf mabrook!" is Arabizi of its own)."""
    if end - start > _INSERTED_CHARS or "\n" in text[start:end]:  # (before its words: most passages are long)
        return False
    if sum(w.lower() not in _JOINERS for w in text[start:end].split()) > _INSERTED_WORDS:
        return False
    reach = max(0, start - _AROUND_REACH)
    line = text.rfind("\n", reach, start) + 1 or reach  # (read back so far only: a long line's many words stay cheap)
    stop = text.find("\n", end, end + _AROUND_REACH)
    stop = min(len(text), end + _AROUND_REACH) if stop < 0 else stop
    opened = max((m.end() for m in _SENTENCE_MARK.finditer(text, line, start)), default=line)
    closed = _SENTENCE_MARK.search(text, end, stop)
    around = _words_in(text, opened, start, _SENTENCE_AROUND)
    if around < _SENTENCE_AROUND:
        around += _words_in(text, end, closed.start() if closed else stop, _SENTENCE_AROUND - around)
    if around < _SENTENCE_AROUND:  # "Alf mabrook!": no English sentence around it
        return False
    if _WORD_BEFORE.search(text, line, start):
        return _WORD_AFTER.match(text, end) is not None and _GLOSSED_AFTER.match(text, end) is None
    if not _OPENS_LINE.match(text, line, start) or not _GOES_ON.match(text, end):
        return False
    return explained((text[start:end],), (text[end : min(stop, end + 40)],))[0] == 0


def _alternates(text: str, passages: Sequence[Passage], blocks: _Pieces) -> bool:
    """Two passages or more, each followed on the next line by a block of English of its own and
    nothing else (a line of Arabic, its English, the next line...): the layout of a translation."""
    if len(passages) < 2 or len(blocks) != len(passages):
        return False
    for k, (p, (segs, _, _, _)) in enumerate(zip(passages, blocks)):
        start, end = segs[0][0], segs[-1][1]
        if start < p.location.end or "\n" not in text[p.location.end : start]:
            return False
        if k + 1 < len(passages) and end > passages[k + 1].location.start:
            return False
    return True


# ------------------------------------------------------------------------------------------
# Windows of English and their scores.


# An emoji between words before a capital ("sorry I only speak english and arabic 😅 Sami was ..."):
# it ends the remark before it as a full stop would, so a window can start after it.
_EMOJI_BREAK = regex.compile(r"\s\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*\s+(?=\p{Lu})")


def _emoji_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause ``[start, end)`` cut before each emoji that ends a remark ahead of a capital
    (:data:`_EMOJI_BREAK`); the emoji is left between the pieces, where :func:`_sentence_bounds` reads it as a sentence's end."""
    out = []
    for m in _EMOJI_BREAK.finditer(text, start, end):
        if m.start() > start:
            out.append((start, m.start()))
            start = m.end()
    out.append((start, end))
    return out


# A literal translation in quotation marks, then what it means: '"I quickly ate lunch.", meaning patience pays off',
# '"the sky fell", i.e. ...'. The closing quote ends the literal; the meaning after it is no translation of the words.
_MEANING_BREAK = re.compile(r",[ \t]*(?=(?:meaning|ie|which\s+means|as\s+in|that\s+is)\b|i\.e\.)", re.I)  # the comma first: searched fast


_MEANING_END = regex.compile(r"[.!?…]+(?=\s|$)|\n")
_OPENING = {'"': '"', "”": "“", "’": "‘", "'": "'"}  # the quote that opens a literal, by the one that closes it


def _without_meanings(text: str, cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses ``cut`` without what a literal in quotation marks is said to mean, from the comma after its closing
    quote (:data:`_MEANING_BREAK`) to the end of the sentence: the saying's sense, in other words than the Arabic's."""
    start, end = cut[0][0], cut[-1][1]
    gone = []
    for m in _MEANING_BREAK.finditer(text, start, end):
        close = m.start() - 1  # the quote closing the literal, right before the comma, after a word or its end mark
        before = text[close - 2 : close].rstrip(".!?")
        if close <= start or text[close] not in _OPENING or not before[-1:].isalnum():
            continue
        opened = text.rfind(_OPENING[text[close]], start, close)
        if opened < 0 or not _LATIN.search(text, opened, close):  # a quotation of the Arabic's, or none in this English
            continue
        stop = _MEANING_END.search(text, m.end(), end)
        gone.append((m.start(), stop.end() if stop is not None else end))
    out = []
    for x, y in cut:
        for g0, g1 in gone:
            if x < g0 < y:
                y = g0
            elif g0 <= x < g1:
                x = min(y, g1)
        if x < y:
            out.append((x, y))
    return out


# A lower-case romanization opening a clause, then a dash between spaces and a capital: "ql lha ala tbhth ny — Tell her ...".
_ROMANIZED_BREAK = regex.compile(r"[ \t]*(?:[a-z0-9']+[ \t]+)*[a-z0-9']+[ \t]+[\u2014\u2013-][ \t]+(?=\p{Lu})")


def _romanized_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause ``[start, end)`` without a romanized lead (:data:`_ROMANIZED_BREAK`): in one clause with the
    translation, or a segment of its own beside it, its length sank the score."""
    found = _ROMANIZED_BREAK.match(text, start, end)
    return [(found.end(), end)] if found else [(start, end)]


# a line that may open with a chat row's label, its time first or after its writer's name ("Me (14:50): ")
_ROW_BREAK = regex.compile(r"\n[ \t\[]*(?=\d{1,4}[./:-]\d|[^\n:()\[\]]{1,40}[(\[]\d{1,2}:\d{2})")


def _row_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clause ``[start, end)`` cut at each line break before a chat row's label (:func:`~.cues.chat_row`);
    the line break left between the pieces ends a sentence there (:func:`_sentence_bounds`)."""
    out = []
    for m in _ROW_BREAK.finditer(text, start, end):
        if m.start() > start and chat_row(text, m.start() + 1):
            out.append((start, m.start()))
            start = m.start() + 1
    out.append((start, end))
    return out


def _english_clauses(text: str, a: int, b: int) -> tuple[list[tuple[int, int]], bool]:
    """The clauses of English of ``text``'s stretch ``[a, b)`` between two passages (:meth:`_Index._stretch`), cut as
    its rows of a chat pasted whole and its remarks run on, emoji and romanized words call for, and whether it is such a
    chat (each row a message of its own)."""
    cut = [(a + x, a + y) for x, y in clauses(text[a:b], "en")]
    if run_on_in(text, a, b):  # a remark run on after a translation without an end mark is a clause of its own
        cut = [piece for x, y in cut for piece in run_ons(text, x, y)]
    if _EMOJI_BREAK.search(text, a, b):
        cut = [piece for x, y in cut for piece in _emoji_breaks(text, x, y)]
    cut = [piece for x, y in cut for piece in _romanized_breaks(text, x, y)]
    if cut and _MEANING_BREAK.search(text, a, b):
        cut = _without_meanings(text, cut)
    cut = [(max(x, restamped(text, x)), y) for x, y in cut]  # "2:46 ~ " repeated from the Arabic's line: no English
    if "-->" in text[a:b]:
        cut = [(past_cue_timing(text, x, y), y) for x, y in cut]
    rows = _ROW_BREAK.search(text, a, b) is not None
    if rows:  # a chat pasted whole: each row a message of its own
        cut = [piece for x, y in cut for piece in _row_breaks(text, x, y)]
    return cut, rows


def _english_rows(
    b: int, said: dict[tuple[int, int], bool] | None, cut: list[tuple[int, int]], rows: bool, lines: bool,
    text: str, quoted: tuple[tuple[int, int], ...], glossed: tuple[tuple[int, int], ...] | None,
) -> _Rows:
    """The rows of a stretch ending at ``b`` (:meth:`_Index._stretch`) from its clauses ``cut``: its segments with
    English that introduce nothing (none when the comment says it gives English under each line, ``lines``), less those
    of a table's row glossing one of the passages at ``glossed`` and those of ``quoted`` lines, each row (``rows``: a
    chat pasted whole, else one) with its segments' lengths."""
    segs = [(x, y) for x, y in cut if _LATIN.search(text, x, y) and not _introducing(text, x, y, said) and not template_close(text, x, y)]
    if lines:  # "English under each line:" before the first Arabic line: says, translates nothing
        segs = []
    if glossed is not None:  # a word-by-word gloss table's English: the words' meanings
        segs = [(x, y) for x, y in segs if not _glossed_row(text, x, y, glossed)]
    if quoted:  # "> what does it say?" quoting the comment it answers: its writer's words, not this one's
        segs = [(x, y) for x, y in segs if not any(a <= x and y <= b for a, b in quoted)]
    # A clause that only begins an introducing phrase ("For those who asked," of "For
    # those who asked, my comment above says: ...") is no translation either.
    segs = [(x, y) for x, y in segs if not _COLON.search(text, y, min(b, y + 200)) or lead_in(text, x, b) <= y]
    if len(segs) > 1 and "#" in text[segs[-1][0] : segs[-1][1]] and _closing_tags(text, *segs[-1]):
        segs = segs[:-1]
    out: _Rows = []
    for row in _rows(text, segs) if rows else [segs] if segs else []:
        lengths = [text_length(_ungapped(text[x:y])) for x, y in row]
        out.append((row, lengths, sum(lengths)))
    return out


_TAGS_LINE = regex.compile(r"[ \t]*(?:#[\p{L}\p{N}_]+[ \t]*)+")  # a line of hashtags only


def _closing_tags(text: str, start: int, end: int) -> bool:
    """The segment ``[start, end)``, the last of a stretch after English, is a line of hashtags only closing the comment
    ("...\n\n#Arabic #translation", "#innovation #MENA"): the post's tags, as Instagram, X, LinkedIn and Mastodon writers
    add them, no English of a translation."""
    line = text.rfind("\n", 0, start)
    return line >= 0 and not text[line + 1 : start].strip() and not text[end:].strip() and _TAGS_LINE.fullmatch(text, start, end) is not None


def _rows(text: str, segments: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``segments`` grouped by the chat rows they are in (a row's label opening a line starts one): a
    chat pasted whole gives each message a block of its own, as a thread gives it a comment."""
    out: list[list[tuple[int, int]]] = []
    last = 0
    for x, y in segments:
        if not out or (text.find("\n", last, x) >= 0 and chat_row(text, text.rfind("\n", 0, x) + 1)):
            out.append([])
        out[-1].append((x, y))
        last = y
    return out


def _sentence_bounds(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group consecutive segments (clauses) into sentences: ``[first, last + 1)`` index ranges (a
    sentence run on without an end mark ends where :func:`~.cues.run_ons` cut it, one before an emoji where :func:`_emoji_breaks` did;
    a gloss's abbreviation ends none, "I don't [lit.", :func:`~.edges.gloss_opening`)."""
    out = []
    first = 0
    for k, (a, b) in enumerate(segments):
        nxt = segments[k + 1][0] if k + 1 < len(segments) else len(text)
        if k + 1 == len(segments) or _SENTENCE_END.search(text, a, b) and not gloss_opening(text, a, b) or "\n" in text[b:nxt] or runs_on(text, b, nxt) or _EMOJI_BREAK.match(text, b):
            out.append((first, k + 1))
            first = k + 1
    return out


def _windows(sentences: list[tuple[int, int]], lengths: list[int], source_chars: int) -> list[tuple[int, int]]:
    """Runs of whole ``sentences`` (segments of ``lengths`` characters) long enough and short enough
    to translate ``source_chars`` characters (within a factor e^1.2 of the usual length); the
    closest in length when none is."""
    cumulative = [0]
    for n in lengths:
        cumulative.append(cumulative[-1] + n)
    scored = []
    for s, (first, _) in enumerate(sentences):
        for _, last in sentences[s : s + MAX_WINDOW_SENTENCES]:
            x = math.log((cumulative[last] - cumulative[first] + 2) / (source_chars + 2)) - LOG_RATIO_MEAN
            scored.append((abs(x), (first, last)))
            if x > _WINDOW_SPREAD:
                break
    inside = [window for off, window in scored if off <= _WINDOW_SPREAD]
    return inside or [min(scored)[1]]


def _quote_answered(text: str, candidate: _Candidate, last: int) -> bool:
    """The candidate is English under a quote of the passage (route "quote") and the window's last segment ends a paragraph:
    a reply that quotes the Arabic, answers with its English, then comments in a paragraph of its own ("> ...\n\nThey were
    standing in a queue.\n\nThat line is in the second lesson too.") leaves that remark out by its structure."""
    segments = candidate.segments
    return candidate.route == "quote" and 0 < last < len(segments) and _BLANK_LINE.search(text, segments[last - 1][1], segments[last][0] + 1) is not None


def _annotated(text: str, candidate: _Candidate, last: int) -> bool:
    """The English after the window ``[.., last)`` opens a later line with a note on it (:func:`~.cues.annotates`: "T/N: ...",
    the footnote its "*" keys): the translator's apparatus, no remark left out of the translation."""
    segments = candidate.segments
    return 0 < last < len(segments) and annotates(text, segments[last - 1][1], segments[last][0])


def _position(first: int, last: int, count: int, opened: bool = False) -> float:
    """Log-odds that a translation leaves English of its block out before (``first`` > 0) or after
    (``last`` < ``count``) it: most translations fill their comment's English, a remark after one
    ("My grandmother used to say it.") is commoner than one before it (an introducing phrase is no
    segment at all, :func:`~.cues.introduces`); English before a window that opens with a lead-in
    saying a meaning (``opened``: "... Basically: ...", or a later item of a list run into its line: "... 2) ...") costs nothing."""
    if opened:
        return 0.0
    return (_REMARK_BEFORE if first > 0 else 0.0) + (_REMARK_AFTER if last < count else 0.0)


_MERGED_OPENING = PRIORS["2-1"] - PRIORS["1-1"]  # log-odds of two Arabic sentences given one English sentence, not one each


def _merged_opening(path: Sequence[tuple[int, int, int, int, float]], first: int, before: str) -> float:
    """What a window that leaves English out before it (``first`` > 0, ``before`` the segment right before it) pays when
    its path (:meth:`_Gains.align`) opens by giving the Arabic's first two segments one English sentence: the aligner's
    prior odds of that merge against one sentence each, which the window before it ("... my attitude.| I feel that yes I
    should ...") may give, the sentence left out being the translation's first (a translation seldom merges the Arabic's
    sentences). Nothing when ``before`` opens a bracket it does not close: the translation starts at the bracket inside
    it (:func:`~.edges.enclosed` takes the span back to it), after the writer's words ("My gran stitched it (Golden ...")."""
    if first == 0 or not path:
        return 0.0
    i0, i1, j0, j1, _ = path[0]
    if i1 - i0 != 2 or j1 - j0 != 1 or before.count("(") + before.count("[") > before.count(")") + before.count("]"):
        return 0.0
    return _MERGED_OPENING


def _opened(text: str, candidate: _Candidate, block: _Block, index: _Index) -> frozenset[int]:
    """The segments that start a sentence of the block after its first and open with a lead-in
    saying a meaning (:func:`~.cues.opens`) or a label naming a writer of Arabic (:func:`_label_naming`), or stand under a
    chat message's header line opening the block (:func:`~.edges.header_over`: "Fadi_M — Today at 21:14"), found when
    first asked: a translation starts there. None in the English
    under a passage quoted part by part (:func:`_interlinear`): each part's English opens under its quote, as the
    writer's own words after a quote do, and the translation runs over all of them."""
    if block.opens is None:
        segments = candidate.segments
        block.opens = EMPTY if candidate.interlinear else frozen(
            first for first, _ in block.sentences[1:]
            if opens(text, *segments[first]) or header_over(text, segments[0][0], segments[first][0]) or _label_naming(candidate, index, first) is not None
        )
    return block.opens


_ITEM_HINT = regex.compile(r"[\s:]2[.)][ \t]")  # what a line holding a list's second item has
_LISTED = regex.compile(r"(?:^|\s)[2-9٢-٩][.)\-][ \t]")  # a passage that numbers items of its own


def _items(text: str, candidate: _Candidate, block: _Block, source: _Source) -> tuple[int, ...]:
    """The segments that start a sentence of the block after its first with the second or a later item of a list
    run into a line (:func:`~.cues.inline_item`: "translations of my captions: 1) Knowing is ... 2) He left ..."),
    when the passage numbers no items of its own: each item translates another passage, so no window runs over two."""
    segments = candidate.segments
    if _ITEM_HINT.search(text, segments[0][0], segments[-1][1]) is None or any(_LISTED.search(t) for t in source.texts):
        return ()  # (the block's English looked at, not its comment's: a comment may hold thousands of blocks)
    found = []
    for first, _ in block.sentences[1:]:
        start, end = segments[first]
        while start < end and text[start].isspace():
            start += 1
        if inline_item(text, start) > 1:
            found.append(first)
    return tuple(found)


_MACRO_LINE_END = regex.compile(r"\{[a-z]{2,12}(?::[^{}\n]{0,60})?\}[ \t]*\n\s*$")  # "{quote}" closing a line, before a segment


def _macro_lines(text: str, candidate: _Candidate, block: _Block) -> tuple[int, ...]:
    """The sentences of the block after its first that open the line after a Jira or Confluence macro's mark ("{quote}",
    "{noformat}" closing the line above): the mark opens or closes a block of its own (a quote, a code block), so the
    English before it and after it are apart ("{quote}<translation>{quote}\nMoving to QA.")."""
    segments = candidate.segments
    return tuple(
        first for first, _ in block.sentences[1:]
        if _MACRO_LINE_END.search(text, max(segments[first - 1][0], segments[first][0] - 80), segments[first][0]) is not None
    )


# A line of a field list: a bullet, a label of one or two words and a colon, then its value ("- Script: naskh").
_FIELD_LINE = regex.compile(r"[ \t]*+([-*•])[ \t]+\p{L}+(?:[ \t]\p{L}+)?[ \t]*:[ \t]+\S")


_FIELD_HINT = regex.compile(r"\n[ \t]*+[-*•][ \t]+\p{L}+(?:[ \t]\p{L}+)?[ \t]*:")  # what a block holding a field list's second field has
_FIELD_WORDS = 4  # words of a field's value at most: a field of a description ("naskh", "worn, maybe 1950s"), no speaker's line


def _fields(text: str, candidate: _Candidate, block: _Block, source: _Source) -> tuple[int, ...]:
    """The segments that start a sentence of the block after its first on a line of a field list right under another
    field of it with a short value (:data:`_FIELD_LINE`, the same bullet, :data:`_FIELD_WORDS`: "- Script: naskh\n-
    Legend: ..."), when the passage is one line: each field says another thing of it, so no window runs from one field's
    value into the next (a dialogue's "- Ahmed: <a sentence>\n- Sara: ..." may translate one line of Arabic)."""
    segments = candidate.segments
    if source.lines > 1 or _FIELD_HINT.search(text, segments[0][0], segments[-1][1]) is None:
        return ()
    found = []
    for first, _ in block.sentences[1:]:
        start = segments[first][0]
        line = text.rfind("\n", 0, start) + 1
        here = _FIELD_LINE.match(text, line) if line > 0 else None
        if here is None or text[here.end() - 1 : start].strip():
            continue  # the segment opens no field's value
        above = _FIELD_LINE.match(text, text.rfind("\n", 0, line - 1) + 1)
        if above is not None and here[1] == above[1] and above.end() < line and len(text[above.end() - 1 : line].split()) <= _FIELD_WORDS:
            found.append(first)
    return tuple(found)


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def _length(source_chars: int, target_chars: int) -> float:
    """The length evidence (nats) of a translation of ``source_chars`` characters in ``target_chars``,
    as the decision weighs it (:func:`bilingual.align.length_evidence`, absolute statistics). Not cached:
    about 1 us a call against 0.55 for a cache's hit, while its cache of 65,536 pairs of lengths held to
    pairing's end set 12 MiB of the 100,000-comment distinct thread's peak (30,000 comments: 170,000 calls,
    46,000 pairs; the calls made without it cost about 0.05 s of pairing's 50 s)."""
    return _LENGTH_WEIGHT * length_evidence(source_chars, target_chars)


_NAME_MATCH = _ANCHOR_WEIGHT * 2.5  # what a name the Arabic spells counts in the English (_DECISION_ANCHORS' name_match)
_NUMBER_MATCH = _ANCHOR_WEIGHT * ANCHOR_WEIGHTS["number"][0]  # what a number of both counts


# Commenters punctuate their English their own way (a transcript has no commas, its translation
# has several), so punctuation found on one side only is weak evidence against a pair here; so is
# a capitalised English word with no Arabic spelling of it ("God" for الله, "Muslims").
# Punctuation on both sides, numbers and names keep the aligner's weights, except the full stop
# that ends nearly every sentence of both languages: it says nothing about a pair. Every weight
# counts _ANCHOR_WEIGHT times (the fit above).
_DECISION_ANCHORS = AnchorSimilarity(
    weights={
        **{
            key: (_ANCHOR_WEIGHT * (0.0 if key == "p." else hit), _ANCHOR_WEIGHT * (miss if key in ("number", "name") else min(miss, 0.2)))
            for key, (hit, miss) in ANCHOR_WEIGHTS.items()
        },
        **{f"w:{concept}": (_WORD_WEIGHT * hit, _WORD_WEIGHT * miss) for concept, (hit, miss) in WORD_WEIGHTS.items()},
    },
    name_match=_NAME_MATCH,
    name_miss=_ANCHOR_WEIGHT * 0.4,
    weak_name_match=_ANCHOR_WEIGHT * 2.25,
    latin_match=_ANCHOR_WEIGHT * 2.0,
    latin_miss=_ANCHOR_WEIGHT * 1.0,
)


# The word translation table (bilingual.align.words.lexicon): whether the English words are those
# the Arabic words are translated by, against ordinary English.
_DECISION_WORDS = LexiconSimilarity(weight=_LEXICON_WEIGHT, mix=_LEXICON_MIX, cap=_LEXICON_CAP, clitics=True)


# chrF between machine output and English that does not translate it: mean 16 / 10 / 13, 99th
# percentile 27 / 23 / 27 (random sentence pairs of TICO-19, Tatoeba, ArzEn-ST); published MT
# reaches about 50-67 against real translations. So chrF counts for a pair from 28 on, at 0.25 nats
# a point: about -4 nats for typical unrelated English, +5 for a good translation.
_CHRF_WEIGHT = 25.0
_CHRF_BASELINE = 28.0
# Machine output that looks unlike the English counts against the pair by at most this much (times
# the trust in the model): it must not veto the author's answer to a request (accepted on its
# length and one anchor, see _AUTHORS_ANSWER); a right translation gains up to +5 from a good model.
_MACHINE_FLOOR = 0.5


#: :meth:`_Index.parts` of a comment whose translation is not split (never changed by its callers).
_NO_PARTS: tuple[list[str], list[str]] = ([], [])


def _decision_parts(machine_weight: float) -> list[tuple[str, Similarity]]:
    """What says that two texts translate each other, part by part: anchors (with the punctuation
    weights above), plus chrF against the machine output weighted by how far the model is trusted
    (``machine_weight``, 0..1). The aligner's length model is left out of the decision because it
    is relative to each pair's own length ratio (a lone pair always fits it); the absolute check
    :func:`_length_evidence` stands in for it."""
    parts: list[tuple[str, Similarity]] = [("anchors", _DECISION_ANCHORS), ("words", _DECISION_WORDS)]
    if machine_weight > 0:
        parts.append(("machine", ChrfSimilarity(weight=_CHRF_WEIGHT * machine_weight, baseline=_CHRF_BASELINE)))
    return parts


class _Gains:
    """Every candidate link's gain between a source and a block of English, computed once (tables
    by link kind, ``[first source segment][first English segment]``) for each part of the decision
    similarity and for their sum."""

    def __init__(self, scorers: dict[str, BlockScorer], n: int, m: int) -> None:
        kinds = [(ds, dt) for ds, dt in ((1, 1), (1, 2), (2, 1), (2, 2)) if ds <= n and dt <= m]
        self.parts: dict[str, dict[tuple[int, int], list[list[float]]]] = {
            name: {(ds, dt): scorer.rows(ds, dt, range(n - ds + 1), range(m - dt + 1)) for ds, dt in kinds}
            for name, scorer in scorers.items()
        }
        tables = iter(self.parts.values())
        self.tables: dict[tuple[int, int], list[list[float]]] = {kind: [list(row) for row in table] for kind, table in next(tables).items()}
        for other in tables:
            for kind, table in other.items():
                for row, extra in zip(self.tables[kind], table):
                    for j, gain in enumerate(extra):
                        row[j] += gain
        self.n = n

    def bound(self) -> float:
        """An upper bound of the alignment evidence any window can reach: every link of a path
        starts at a distinct source segment, so its gain is at most that segment's best gain."""
        best = [0.0] * self.n
        for table in self.tables.values():
            for i, row in enumerate(table):
                best[i] = max(best[i], max(row))
        return sum(best) + _LENGTH_WEIGHT * LENGTH_EVIDENCE_MAX

    def promise(self, first: int, last: int) -> float:
        """A quick upper estimate of a window's gain: each of its segments' best 1-1 gain, if positive."""
        table = self.tables[1, 1]
        return sum(max(0.0, max(row[j] for row in table)) for j in range(first, last))

    def shares(self, links: Sequence[Link], first: int) -> dict[str, float]:
        """How much each part gave to the linked pairs of ``links`` (a window starting at ``first``)."""
        out = dict.fromkeys(self.parts, 0.0)
        for link in links:
            if link.src and link.tgt:
                kind = (len(link.src), len(link.tgt))
                for name, tables in self.parts.items():
                    out[name] += tables[kind][link.src[0]][first + link.tgt[0]]
        return out

    def align(self, first: int, lasts: Sequence[int]) -> dict[int, list[tuple[int, int, int, int, float]]]:
        """The best monotonic alignment of the source with each window ``[first, last)`` of the
        block, as its path of ``(i0, i1, j0, j1, gain)`` steps (:func:`_links` makes links of it): :func:`bilingual.align.align`'s dynamic program (same link kinds, priors, band and
        ties) over the gains already computed, in plain Python. Windows of up to
        :data:`_FULL_BAND` segments lie wholly inside the aligner's band, so one pass from
        ``first`` serves every window that starts there; longer ones get a pass each."""
        top = max(lasts)
        if top - first <= _FULL_BAND:
            best, back = self._forward(first, top - first, None)
            return {last: self._path(back, last - first) for last in lasts}
        out = {}
        for last in lasts:
            best, back = self._forward(first, last - first, 30 + abs(self.n - (last - first)))
            out[last] = self._path(back, last - first)
        return out

    def _forward(self, first: int, m: int, width: int | None) -> tuple[list[list[float | None]], list[list[tuple[int, int, float] | None]]]:
        """The dynamic program's tables over target segments ``first .. first + m`` (within
        ``width`` of the diagonal when given): best score and back-pointer of every cell."""
        n = self.n
        t11, t21, t12, t22 = (self.tables.get(kind) for kind in ((1, 1), (2, 1), (1, 2), (2, 2)))
        p11, p10, p01, p21, p12, p22 = (PRIORS[kind] for kind in ("1-1", "1-0", "0-1", "2-1", "1-2", "2-2"))
        best: list[list[float | None]] = [[None] * (m + 1) for _ in range(n + 1)]
        back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
        best[0][0] = 0.0
        for i in range(n + 1):
            lo, hi = 0, m
            if width is not None:
                centre = i * m / n if n else 0
                lo, hi = max(0, int(centre) - width), min(m, math.ceil(centre) + width)
            row, row_back = best[i], back[i]
            up = best[i - 1] if i else None
            up2 = best[i - 2] if i > 1 else None
            for j in range(lo, hi + 1):
                score: float = -math.inf
                arg: tuple[int, int, float] | None = None
                x = first + j
                # The aligner's order of link kinds (ties go to the first): 1-1, 1-0, 0-1, 2-1, 1-2, 2-2.
                if up is not None:
                    if j and t11 is not None and (prev := up[j - 1]) is not None:
                        gain = t11[i - 1][x - 1]
                        if (total := prev + p11 + gain) > score:
                            score, arg = total, (i - 1, j - 1, gain)
                    if (prev := up[j]) is not None and (total := prev + p10) > score:
                        score, arg = total, (i - 1, j, 0.0)
                if j and (prev := row[j - 1]) is not None and (total := prev + p01) > score:
                    score, arg = total, (i, j - 1, 0.0)
                if up2 is not None and j and t21 is not None and (prev := up2[j - 1]) is not None:
                    gain = t21[i - 2][x - 1]
                    if (total := prev + p21 + gain) > score:
                        score, arg = total, (i - 2, j - 1, gain)
                if up is not None and j > 1 and t12 is not None and (prev := up[j - 2]) is not None:
                    gain = t12[i - 1][x - 2]
                    if (total := prev + p12 + gain) > score:
                        score, arg = total, (i - 1, j - 2, gain)
                if up2 is not None and j > 1 and t22 is not None and (prev := up2[j - 2]) is not None:
                    gain = t22[i - 2][x - 2]
                    if (total := prev + p22 + gain) > score:
                        score, arg = total, (i - 2, j - 2, gain)
                if arg is not None:
                    row[j] = score
                    row_back[j] = arg
        return best, back

    def _path(self, back: list[list[tuple[int, int, float] | None]], m: int) -> list[tuple[int, int, int, int, float]]:
        """The steps ``(i0, i1, j0, j1, gain)`` of the best path to ``(n, m)``, in order."""
        path = []
        i, j = self.n, m
        while i or j:
            step = back[i][j]
            assert step is not None
            pi, pj, gain = step
            path.append((pi, i, pj, j, gain))
            i, j = pi, pj
        path.reverse()
        return path


def _links(path: Sequence[tuple[int, int, int, int, float]]) -> list[Link]:
    """The aligner's links of a path (:meth:`_Gains.align`): linked steps scored ``sigmoid(gain)``."""
    return [
        Link(indices(i0, i1), indices(j0, j1), _sigmoid(gain) if i1 > i0 and j1 > j0 else 0.0)
        for i0, i1, j0, j1, gain in path
    ]


def _path_evidence(path: Sequence[tuple[int, int, int, int, float]]) -> float:
    """Alignment evidence in nats of a path (:meth:`_Gains.align`): the log-odds of every link,
    less a cost per unmatched segment."""
    total = 0.0
    for i0, i1, j0, j1, gain in path:
        if i1 > i0 and j1 > j0:
            total += _logit(_sigmoid(gain))
        else:
            total -= _UNMATCHED * (i1 - i0 + j1 - j0)
    return total


#: What a CLDR place name (a country: ``T:DE``) in an English segment the window leaves unlinked costs when the
#: Arabic does not name it: the aligner's one-sided weight of a name (ANCHOR_WEIGHTS, here _ANCHOR_WEIGHT times).
#: Languages and months are left out: "for Arabic", "in English" are a commenter's remarks on the text.
_NAME_LEFT = _ANCHOR_WEIGHT * ANCHOR_WEIGHTS["name"][1]
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{Ll}\p{Lu}]{3,}")


@lru_cache(maxsize=16384)
def _english_names(text: str) -> tuple[str, ...]:
    """The CLDR place names (``T:DE``) of an English segment's capitalised words, as the anchors find them."""
    return tuple(c for m in _CAPITALISED.finditer(text) if (c := english_concept(m.group().lower())) is not None and c[0] == "T")


@lru_cache(maxsize=4096)
def _arabic_names(texts: tuple[str, ...]) -> frozenset[str]:
    """The CLDR names the Arabic's words spell (its readings' for Arabizi), as the anchors find them."""
    return frozen(c for t in texts for w in WORD.findall(fold(t)) if len(w) >= 3 and (c := arabic_concept(w)) is not None)


#: Threads of at least this many comments let go the caches only the searches read once searched
#: (:func:`_forget_searches`); a smaller thread keeps them for the next one, whose words a corpus of small threads
#: reads again (the report's :data:`~bilingual.report.FORGET_FROM` is the same size).
FORGET_SEARCHES_FROM = 2000


def _forget_searches() -> None:
    """Let go the caches that only the searches read (:meth:`_Index.searched`): the evidence's words, senses and shared
    anchors, the cues' verdicts, the names of both sides. Step 3's pairs do not read them, and the report after pairing
    let them go only once its page was built (:func:`~bilingual.pairing.forget_texts`): about 10 MB of them at 20,000
    comments stayed through step 3, pairing's peak on the 100,000-comment thread whose passages seldom repeat. Those step 3
    reads (the words' stems and skeletons, the edges' and cues' of the English) are kept. The next thread paired makes
    them again: the same values."""
    from . import cues, evidence

    for cache in (
        evidence.shared_anchors, evidence.english_words, evidence.base_form, evidence.filler_mean, evidence._in_order,
        evidence.arabic_senses, evidence.stripped_senses, evidence.loose_senses, evidence._stem_senses,
        evidence._stripped_stem, evidence._loose_stem, evidence._dialect_base, evidence._verb_sibling, cues.verdicts,
        _english_names, _arabic_names,
    ):
        cache.cache_clear()


def _names_left(path: Sequence[tuple[int, int, int, int, float]], english: list[str], first: int, arabic: frozenset[str]) -> float:
    """Evidence (never positive) against a window from the CLDR names of its English segments the alignment
    leaves unlinked that the Arabic does not name: a flat cost per unlinked segment said nothing of them, so a
    reply naming six countries was paired with Arabizi naming one of them on that name alone."""
    total = 0.0
    for i0, i1, j0, j1, _ in path:
        if i1 == i0:
            total -= _NAME_LEFT * sum(c not in arabic for j in range(first + j0, first + j1) for c in _english_names(english[j]))
    return total


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


#: The decision's parts without machine output (:func:`_decision_parts`), made once: most passages have none.
_TEXT_PARTS = _decision_parts(0.0)


def _scorers(source: _Source, block: _Block, machine_weight: float) -> dict[str, BlockScorer]:
    """The decision's scorers of this passage against this English, part by part (each part's
    scorer as a block scorer: what a sum of that one part would score, without the sum around it)."""
    weight = machine_weight if source.mt is not None else 0.0
    parts = _decision_parts(weight) if weight > 0 else _TEXT_PARTS
    return {name: as_block(link_scorer(part, source.prepared, block.target)) for name, part in parts}


def _is_marked(text: str, candidate: _Candidate, block: _Block, first: int, last: int | None) -> float:
    """The evidence (log-odds) that the window ``[first, last)`` is introduced as a translation
    (:func:`~.cues.marked`): :data:`_MARKER` when something says so, :data:`_ENCLOSED` when only
    quotes or brackets enclose it, :data:`_NAMED_LEAD` when only a lead names the text, 0 when nothing; ``last`` None: for any window starting at
    ``first``. Kept per block."""
    key = (first, last)
    found = block.marked.get(key)
    if found is None:
        segments = candidate.segments
        start, end = segments[first][0], segments[-1 if last is None else last - 1][1]
        found = 0.0
        if marked(text, start, end, whole=last is not None):
            found = _MARKER if marked(text, start, end, whole=last is not None, enclosing=False) else _ENCLOSED
        elif names_text(text, start, end):
            found = _NAMED_LEAD
        block.marked[key] = found
    return found


def _reachable(
    source: _Source, candidate: _Candidate, key: tuple[PreparedSource, _Key], index: _Index, floor: float,
) -> bool:
    """Whether the candidate could reach ``floor`` (log-odds) at all, judged before any link is
    scored from each side's totals (:meth:`bilingual.align.AnchorSimilarity.upper_bound`): every
    shared anchor matched, the best length, a marker if any sentence has one (looked up whenever it
    could decide, so the answer never depends on what was kept before). Machine output is not
    bounded here (its scores are not known before they are computed)."""
    if source.mt is not None or floor == -math.inf:
        return True
    bound = index.bound(*key)
    if bound is None:
        block = index.block(candidate)
        bound = (
            _DECISION_ANCHORS.upper_bound(source.prepared, block.target) + _DECISION_WORDS.upper_bound(source.prepared, block.target)
            + _LENGTH_WEIGHT * LENGTH_EVIDENCE_MAX + coverage_bound(source.texts, block.texts)
        )
        index.keep_bound(*key, bound)
    if candidate.headed:
        bound += _MARKER
    elif candidate.prior + bound + _MARKER >= floor:  # a marker could decide it: look for one
        bound += _MARKER if _introduced(candidate, index) else 0.0
    return candidate.prior + bound >= floor


def _introduced(candidate: _Candidate, index: _Index) -> bool:
    """Whether some window of the candidate's English is introduced as a translation (:func:`_is_marked`, any window
    from each of its sentences), kept per block (:attr:`_Index.introduced`)."""
    introduced = index.introduced.get(candidate.key)
    if introduced is None:
        text = index.texts[candidate.comment]
        block = index.block(candidate)
        introduced = any(_is_marked(text, candidate, block, first, None) or _label_naming(candidate, index, first) is not None for first, _ in block.sentences)
        _keep(index.introduced, candidate.key, introduced, MAX_BOUND_PARTS)
    return introduced


def _hopeless(source: _Source, candidate: _Candidate, index: _Index, floor: float) -> bool:
    """Whether the bound kept for the candidate's texts already says it cannot reach ``floor``, even
    with a marker: :func:`_reachable` would say no in each of its branches (the same sums, in its
    order). A quick look before :func:`_evaluate`: most candidates a passage ranks are English met
    before, whose bound and marker are kept (90,000 of 120,000 evaluations at 20,000 deep), and the three
    calls to reject each were 1-2 % of the deep chain's pairing."""
    if source.mt is not None or floor == -math.inf:
        return False
    bound = index.bound(source.prepared, candidate.key)
    if bound is None:
        return False
    if candidate.headed:
        bound += _MARKER
    elif candidate.prior + bound + _MARKER >= floor:
        introduced = index.introduced.get(candidate.key)
        if introduced is None:
            return False
        bound += _MARKER if introduced else 0.0
    return candidate.prior + bound < floor


def _core(source: _Source, candidate: _Candidate, index: _Index, floor: float, machine_weight: float) -> _Core | None:
    """The texts' evidence for the candidate (:class:`_Core`), kept per passage text and block;
    None when the block has no window or the candidate cannot reach ``floor`` (log-odds). A kept
    core passes the same bounds as a new one: which cores were kept (by this process or a worker,
    in whatever order) never changes which candidates are scored. The English is prepared
    (:meth:`_Index.block`) only when the bounds' parts kept do not decide."""
    key = (source.prepared, candidate.key)
    if not _reachable(source, candidate, key, index, floor):
        return None
    # its windows depend on its place among several or its writer named by a label, and a remark after the English under
    # a quote of the passage is free
    labelled = bool(index.labels(candidate.comment))
    kept = (*key, candidate.place if candidate.place[1] > 1 else None, candidate.route == "quote", source.writer if labelled else None)
    core = index.cores.get(kept)
    if core is not None:
        return core if candidate.prior + _MARKER + core.reach >= floor else None
    block = index.block(candidate)
    scorers = _scorers(source, block, machine_weight)
    gains = _Gains(scorers, len(source.texts), len(block.texts))
    lift = _MACHINE_FLOOR if "machine" in scorers else 0.0  # what the floor below may add to the alignment's evidence
    reach = gains.bound() + lift + coverage_bound(source.texts, block.texts)
    if candidate.prior + _MARKER + reach < floor:
        return None
    best: tuple[float, float, tuple[int, int], list[tuple[int, int, int, int, float]]] | None = None
    lengths = block.lengths
    text = index.texts[candidate.comment]
    opened = _opened(text, candidate, block, index) if len(block.sentences) > 1 else frozenset()
    windows = _windows(block.sentences, lengths, source.chars)
    if opened:  # a window holds no second lead-in: its English before that is no part of what it introduces
        windows = [w for w in windows if not any(w[0] < k < w[1] for k in opened)] or windows
        if candidate.place[1] > 1 or labelled:  # nor opens with one naming another passage ("Lower: ...", "kebab_enjoyer: ...")
            named = {w[0]: _names_part(source, candidate, index, w[0]) for w in windows}
            windows = [w for w in windows if named[w[0]] is not False] or windows
            if labelled and any(named.values()):  # the line labelled with this passage's writer is its translation, alone
                windows = [w for w in windows if named[w[0]]]
    items = _items(text, candidate, block, source) if len(block.sentences) > 1 else ()
    if items:  # nor runs from one item of a list run into a line into the next, and an item opens like a lead-in
        windows = [w for w in windows if not any(w[0] < k < w[1] for k in items)] or windows
    macros = _macro_lines(text, candidate, block) if len(block.sentences) > 1 and "{" in text else ()
    if macros:  # nor runs across a Jira macro's mark closing its line ("...{quote}\nMoving to QA.")
        windows = [w for w in windows if not any(w[0] < k < w[1] for k in macros)] or windows
    fields = _fields(text, candidate, block, source) if len(block.sentences) > 1 else ()
    if fields:  # nor from one field of a field list into the next
        windows = [w for w in windows if not any(w[0] < k < w[1] for k in fields)] or windows
    if len(windows) > MAX_WINDOWS:
        windows.sort(key=lambda w: -gains.promise(*w) - _length(source.chars, sum(lengths[w[0] : w[1]])))
        windows = windows[:MAX_WINDOWS]
    starts: dict[int, list[int]] = {}
    for first, last in windows:
        starts.setdefault(first, []).append(last)
    paths = {(first, last): links for first, lasts in starts.items() for last, links in gains.align(first, lasts).items()}
    arabic_names = _arabic_names(tuple(source.texts))
    for first, last in windows:
        path = paths[first, last]
        evidence = (
            _path_evidence(path) + _names_left(path, block.texts, first, arabic_names)
            + _window_length(source, text, candidate, block, first, last, path)
            + _position(first, last, len(lengths), first in opened or first in items) - (_REMARK_AFTER if _quote_answered(text, candidate, last) or _annotated(text, candidate, last) else 0.0) + _lines_left(source, text, candidate, block, first, last)
        )
        before = text[slice(*candidate.segments[first - 1])] if first else ""
        rank = evidence + _merged_opening(path, first, before)  # (it chooses the window only: the evidence is what the texts show)
        if best is None or rank > best[0]:
            best = (rank, evidence, (first, last), path)
    if best is None:
        return None
    _, evidence, (first, last), path = best
    links = _links(path)
    shares = {
        "length": _window_length(source, text, candidate, block, first, last, path),
        "position": _position(first, last, len(lengths), first in opened or first in items) - (_REMARK_AFTER if _quote_answered(text, candidate, last) or _annotated(text, candidate, last) else 0.0) + _lines_left(source, text, candidate, block, first, last),
        **gains.shares(links, first),
    }
    shares["unmatched"] = evidence - sum(shares.values())
    if "machine" in shares:  # evidence, never a veto
        floor_lift = max(0.0, -_MACHINE_FLOOR * machine_weight - shares["machine"])
        shares["machine"] += floor_lift
        evidence += floor_lift
    core = _Core(evidence, (first, last), links, shares, _is_marked(index.texts[candidate.comment], candidate, block, first, last), reach)
    _keep(index.cores, kept, core)
    return core


def _window_length(
    source: _Source, text: str, candidate: _Candidate, block: _Block, first: int, last: int, path: Sequence[tuple[int, int, int, int, float]],
) -> float:
    """The length evidence of the window ``[first, last)``: against the whole passage, or, when the
    English is introduced as the translation of a part of it (:func:`~.cues.partial`), against the
    Arabic segments it links (never below zero when it links them all: the part's size is unknown).
    The English of a translation split over several comments counts every part's characters."""
    chars = sum(block.lengths[first:last]) + candidate.elsewhere
    whole = _length(source.chars, chars)
    if not _said_partial(text, candidate, block, first) and not candidate.part:
        return whole
    linked = sum(text_length(source.texts[i]) for i0, i1, j0, j1, _ in path if i1 > i0 and j1 > j0 for i in range(i0, i1))
    return max(whole, _length(linked, chars) if linked < source.chars else 0.0)


def _said_partial(text: str, candidate: _Candidate, block: _Block, first: int) -> bool:
    """Whether the window starting at segment ``first`` says it translates a part of the passage (:func:`~.cues.partial`:
    "The first part says:", "... (no idea about the rest)"), kept with the block."""
    introduced = block.partial.get(first)
    if introduced is None:
        a, b = candidate.segments[first]
        introduced = block.partial[first] = partial(text, a, b)
    return introduced


def _anchors_spared(source: _Source, text: str, candidate: _Candidate, index: _Index, core: _Core) -> float:
    """What the Arabic's own anchors (numbers, punctuation, common words the English lacks) took from a translation said
    to be of a part of the passage ("If you were calm, you get nervous. (the rest i dont know)"): the rest the English
    leaves out, as it says, holds them, so they say nothing against it (its length is spared so too,
    :func:`_window_length`); the English's own anchors the Arabic lacks still count. Only when the English reads as a
    translation of the passage's beginning through the Arabic it links (:func:`~.evidence.explains_prefix`): a note
    that the rest is left out says the part translated comes first, and unrelated English with such a note ("I moved to
    Cairo in 2019. (the rest i dont know)") was paired on the anchors forgiven."""
    if core.shares.get("anchors", 0.0) >= 0.0:  # (most windows: nothing to spare)
        return 0.0
    block = index.block(candidate)
    if not (candidate.part or _said_partial(text, candidate, block, core.window[0])):
        return 0.0
    rows = sorted({i for link in core.links if link.src and link.tgt for i in link.src})
    if not rows or not explains_prefix(tuple(source.texts[: rows[-1] + 1]), tuple(block.texts[core.window[0] : core.window[1]])):
        return 0.0
    return _DECISION_ANCHORS.source_tally(source.prepared, block.target, rows, range(*core.window))[1]


def _asks(candidate: _Candidate, index: _Index) -> float:
    """:data:`_ASKS` when the candidate is a short reply that asks for a translation itself (looked
    at only for candidates scored: the bounds before scoring hold without it, as it is never positive)."""
    if candidate.reply is None or candidate.comment is None or len(index.texts[candidate.comment]) > _ONLY_ASKS:
        return 0.0
    return _ASKS if index.is_request(candidate.comment) else 0.0


_REWORD_WORDS = 4  # words of English a quoted translation holds, at the least, to be reworded
_REWORD_SHARE = 0.75  # of the quoted translation's words, the share its rewording keeps at the least
_REWORD_CHANGE = 0.1  # of the quoted translation's length in words, the most its rewording adds or drops


def _rewords(own: str, quoted: str) -> bool:
    """Whether ``own`` (a reply's English outside its "> " quote) is a rewording of ``quoted`` (the English it
    quotes): nearly the same words, about as many, in another order or with a word or two changed ("> Sami his and
    friends ambushed Farid's gang." / "Sami and his friends ambushed Farid's gang."). A reply that only remarks
    on the quote ("> ... \n\nwhich app gives that?") shares few of its words."""
    old = [w.casefold() for w in _LATIN_WORD.findall(quoted)]
    if len(old) < _REWORD_WORDS:
        return False
    new = [w.casefold() for w in _LATIN_WORD.findall(own)]
    kept = set(new)
    share = sum(w in kept for w in old) / len(old)
    return share >= _REWORD_SHARE and new[-len(old) :] != old and abs(len(new) - len(old)) <= max(3, _REWORD_CHANGE * len(old)) + _LEAD_WORDS


_LATIN_WORD = regex.compile(r"\p{Latin}[\p{Latin}'’]*")
_LEAD_WORDS = 8  # words of a phrase that introduces a correction ("the machine mangled it, it's:"), at the most


def _disputed(candidate: _Candidate, index: _Index) -> float:
    """:data:`_DISPUTED` when the candidate is a reply that a reply to it says is a wrong translation,
    or repeats and completes, :data:`_CORRECTED` more when that reply gives its own English (looked at only for candidates scored, as :func:`_asks`: never positive, so the bounds hold without it)."""
    if candidate.reply is None or candidate.comment is None:
        return 0.0
    if not index.disputed(candidate.comment):
        return 0.0
    return _DISPUTED + (_CORRECTED if index.corrected(candidate.comment) else 0.0)


def _answer_doubted(source: _Source, candidate: _Candidate, index: _Index, window: tuple[int, int], links: Sequence[Link], covered: float) -> float:
    """What the author's answer to a request loses of its bonus (:data:`_AUTHORS_ANSWER`) when the
    English leaves the Arabic's words unexplained (:func:`~.evidence.answer_doubt` of its coverage),
    all of it when it shares only names or numbers with the Arabic (:func:`_only_anchors`):
    the bonus stands for "a translation unless the texts show otherwise", so it cannot outweigh
    them. Never positive: the bounds before scoring hold without it. For a reading of Arabizi the coverage is read
    again with its uncovered words counted (:func:`_coverage`'s ``misses``): its score spares them (a misread word has
    no sense to find), but then no answer's bonus is ever doubted, and the author's unrelated answers to a request under
    Arabizi kept the whole bonus ("No, I don't think so, they only care about the money." for Arabizi saying the writer
    studies every day for an exam, and round 12's tuned answers that translate other Egyptian)."""
    if candidate.reply is None or not candidate.reply[1] or candidate.reply[2] is None:
        return 0.0
    if _only_anchors(source, candidate, index, window, links):
        return -_AUTHORS_ANSWER
    if source.read:
        covered = _coverage(source, candidate, index, window, links, misses=True)
    return -answer_doubt(covered, _AUTHORS_ANSWER)


#: The informative words an Arabic passage needs for English that covers none of them to say something else of its names
#: (:func:`_only_anchors`). With two, the author's loose answers to a request were lost: "Sami had some issues with
#: stealing his roommates' things." for Arabic whose two informative words (room, colleague) it rephrases.
_UNEXPLAINED_WORDS = 3


def _only_anchors(source: _Source, candidate: _Candidate, index: _Index, window: tuple[int, int], links: Sequence[Link]) -> bool:
    """Whether the window's English shares names or numbers with the Arabic it links (:func:`~.evidence.shared_anchors`)
    and none of its informative words, of which it has at least :data:`_UNEXPLAINED_WORDS` (:func:`~.evidence.explained`)
    or fewer while it leaves out a name or a loanword the Arabic spells (:func:`~.evidence.unwritten_spelled`): English
    about the same people that says something else of them ("Tom is coming to the party tomorrow." for Arabic
    saying Tom was not here yesterday; "Sami should have waited." for Arabic saying Sami knew Layla was looking for
    him). Its names earn it word and anchor evidence that the coverage, a few common words missed, does not take back
    (coverage -0.35, above :data:`~.evidence.ANSWER_SLACK`). Not for English that says it translates a part, a part of a split translation or a reading of Arabizi (:func:`_coverage` spares them too)."""
    if source.read or candidate.part or candidate.elsewhere or index.block(candidate).partial.get(window[0]):
        return False
    linked = tuple(source.texts[i] for i in sorted({i for link in links if link.src and link.tgt for i in link.src}))
    english = tuple(index.block(candidate).texts[window[0] : window[1]])
    found, words = explained(linked, english)
    if found or (words < _UNEXPLAINED_WORDS and not unwritten_spelled(linked, english)):
        return False
    names, numbers = shared_anchors(linked, english)
    return bool(names or numbers)


def _names_part(source: _Source, candidate: _Candidate, index: _Index, first: int) -> bool | None:
    """Whether the window starting at segment ``first`` says, in its lead, that it translates this
    passage (True) or another (False): another of its comment's passages by its place (first, second, third,
    last: "The second part means ...", "Upper: ..."), or another comment's by its writer's name labelling the line
    (:meth:`_Index.labels`: "kebab_enjoyer: ..." where two writers' Arabic is translated at once); None when it names none."""
    k, n = candidate.place
    named = part_named(index.texts[candidate.comment], *candidate.segments[first]) if n > 1 else None
    if named is not None:
        return named in (k, k - n)
    label = _label_naming(candidate, index, first)
    return None if label is None else label[0] == source.writer


def _label_naming(candidate: _Candidate, index: _Index, first: int) -> tuple[str, int] | None:
    """The writer (folded name) whom the label opening the line of the window's first segment names
    (:meth:`_Index.labels`), when the segment starts at or inside that label, and where the words after it begin; None else."""
    labels = index.labels(candidate.comment)
    if not labels:
        return None
    text = index.texts[candidate.comment]
    start, end = candidate.segments[first]
    while start < end and text[start].isspace():
        start += 1
    found = labels.get(text.rfind("\n", 0, start) + 1)
    return found if found is not None and start <= found[1] else None


_LINE_REACH = 2000  # characters of a window's line read before and after it (:func:`_romanized`)


def _romanized(source: _Source, candidate: _Candidate, index: _Index, window: tuple[int, int], marked: bool) -> float | None:
    """For English that would be accepted: None when the lines of the window's English (:func:`_window_lines`) only spell
    the Arabic of the passage, or the reading of an Arabizi one, with no English words of their own
    (:func:`~.edges.sounds_only`: "It's read like: ida kant alnar, 'ytw lـ119.", "fy 11 mars 2020, a'ln Sami w Layla ...",
    whose numbers, names and commas the anchors match): the Arabic's sounds, no translation however much they share;
    :data:`_ROMANIZED` when ``marked`` English (offered as what the text reads) spells it among words of its own; 0.0 else."""
    lines = _window_lines(candidate, index, window)
    arabic = " ".join(source.texts)
    if sounds_only(lines, arabic):
        return None
    return _ROMANIZED if marked and romanizes(lines, arabic) else 0.0


def _window_lines(candidate: _Candidate, index: _Index, window: tuple[int, int]) -> str:
    """The lines of the window's English past a lead-in (a window of a clause or two of a romanization spells too
    few words to tell; a romanized lead before a dash that the window starts after, "kant as'ltk mbashra jda — Your
    questions ...", :data:`_ROMANIZED_BREAK`, is no part of its lines). A line reaching more than :data:`_LINE_REACH`
    characters past the window is cut at the window, so a comment of one long line is not read whole for each window."""
    text = index.texts[candidate.comment]
    first, last = candidate.segments[window[0]][0], candidate.segments[window[1] - 1][1]
    opening = text.rfind("\n", max(0, first - _LINE_REACH), first)
    start = lead_in(text, opening + 1 if opening >= 0 or first <= _LINE_REACH else first, last)
    end = text.find("\n", last, last + _LINE_REACH)
    end = end if end >= 0 else len(text) if len(text) - last <= _LINE_REACH else last
    romanized = _ROMANIZED_BREAK.match(text, start, first + 1)
    if romanized is not None and romanized.end() == first:
        start = first
    return text[start:end]


#: The coverage (:func:`~.evidence.coverage`) of a split translation's English joined at which the Arabic anchors one part
#: holds are no longer charged to the others (:func:`_split_charges`): on net, one informative Arabic word explained.
_COVERED_NET = WEIGHT * HIT_CAP


def _parts_evidence(source: _Source, candidate: _Candidate, core: _Core, index: _Index, machine_weight: float, covered: float) -> float:
    """What the other parts of a translation split over several comments say of the passage: their
    anchors, common words and machine output (their lengths count in the candidate's own, :func:`_window_length`),
    less the Arabic's anchors charged twice (:func:`_split_charges`)."""
    if not candidate.elsewhere or candidate.comment is None:
        return 0.0
    total = 0.0
    aligned = [(index.block(candidate), core)]
    for side in _parts_of(candidate, index):
        for cid in side:
            segments, _, chars, key = index.pieces(cid)[0]
            part = _Candidate(cid, segments, key, candidate.route, 0.0, chars)
            found = _core(source, part, index, -math.inf, machine_weight)
            if found is not None:
                total += sum(v for name, v in found.shares.items() if name not in ("length", "position", "unmatched"))
                aligned.append((index.block(part), found))
    return total + (_split_charges(source, aligned) if covered >= _COVERED_NET else 0.0)


def _parts_of(candidate: _Candidate, index: _Index) -> tuple[Sequence[str], Sequence[str]]:
    """The other comments the candidate's translation is split over, before it and after it: its own (:func:`_with_rest`)
    or its comment's marked ones (:meth:`_Index.parts`)."""
    if candidate.parts is not None:
        return candidate.parts
    return index.parts(candidate.comment) if candidate.comment is not None else _NO_PARTS


def _goes_on(source: _Source, candidate: _Candidate, core: _Core, index: _Index, machine_weight: float) -> bool:
    """Whether the writer's comment joined to the candidate as the rest of its translation (:func:`_with_rest`) goes on
    where the earlier of the two stops: the later one explains Arabic the earlier leaves unexplained, further on than
    what the earlier explains, as the second half of a translation does. By the words each covers
    (:func:`~.evidence.covered_words`: the later covers one the earlier leaves, past most of those the earlier covers:
    not past all, the table's senses are loose and a stray one is often found late), or, where the table knows too few
    of them (Egyptian, Algerian), by the segments each explains best (:func:`_explained_by`: the later explains one past
    the last the earlier does). A follow-up after a whole translation ("Sami is my cousin btw, he still has six classes
    a day") repeats names and words the translation holds already, or glosses one in the middle of it: it explains
    nothing the translation left, and the two are no translation joined."""
    before, after = candidate.parts or ((), ())
    cid = (*before, *after)[0]
    segments, _, chars, key = index.pieces(cid)[0]
    part = _Candidate(cid, segments, key, candidate.route, 0.0, chars)
    found = _core(source, part, index, -math.inf, machine_weight)
    if found is None:
        return False
    mine, theirs = (index.block(candidate), core.window), (index.block(part), found.window)
    (early_block, early_window), (late_block, late_window) = (theirs, mine) if before else (mine, theirs)
    arabic = tuple(source.texts)
    early = covered_words(arabic, tuple(early_block.texts[early_window[0] : early_window[1]]))
    late = covered_words(arabic, tuple(late_block.texts[late_window[0] : late_window[1]]))
    if any(2 * sum(j < k for j in early) > len(early) for k in late - early):
        return True
    early_gains = _segment_gains(source, early_block, early_window, machine_weight)
    late_gains = _segment_gains(source, late_block, late_window, machine_weight)
    last = max(_explained_by(early_gains, late_gains), default=-1)
    return any(i > last for i in _explained_by(late_gains, early_gains))


def _segment_gains(source: _Source, block: _Block, window: tuple[int, int], machine_weight: float) -> list[float]:
    """Each Arabic segment's evidence (log-odds) from the English segment of the window that best translates it alone (a
    1-1 link's gain): how well that English explains the segment, whatever links the aligner made (it joins a segment
    the English does not explain to one it does when that costs less than leaving it out: two Arabic sentences to the
    first one's English)."""
    first, last = window
    segments = range(len(source.texts))
    tables = [scorer.rows(1, 1, segments, range(first, last)) for scorer in _scorers(source, block, machine_weight).values()]
    return [max(sum(table[i][j] for table in tables) for j in range(last - first)) for i in segments]


def _explained_by(gains: list[float], other: list[float]) -> list[int]:
    """The Arabic segments that English of these per-segment ``gains`` (:func:`_segment_gains`) explains, and better
    than the other English (``other``) does."""
    return [i for i, (gain, rival) in enumerate(zip(gains, other)) if gain > max(0.0, rival)]


def _split_charges(source: _Source, aligned: Sequence[tuple[_Block, _Core]]) -> float:
    """The anchors of a split translation counted once, not once per part (:func:`_parts_evidence`: each part and the
    candidate are aligned with the whole passage). A part's links charge the Arabic anchors its own English lacks, so an
    anchor translated in one part was charged in every other ("I was born in Cairo. (cont.)" then "Then we moved in
    2010": the 2010 is not missing from the first part, it is in the second): those charges come back. And an Arabic
    anchor that several parts hold (a common "not" or "all" in each) was matched by each: its matches past the one the
    joined English makes are taken back. An anchor no part holds stays charged to each. Positive when the parts share
    the Arabic's anchors out between them, as a translation cut in pieces does; negative when they only repeat the same
    ones. Looked at only where the parts joined explain the Arabic's words (:data:`_COVERED_NET`): English that shares a
    comma, a "but" and a "what" with it is no translation put together."""
    english = tuple(text for block, core in aligned for text in block.texts[core.window[0] : core.window[1]])
    joined = PreparedTarget(english)
    held = claimed = 0.0
    rows: set[int] = set()
    for block, core in aligned:
        first = core.window[0]
        for link in core.links:
            if link.src and link.tgt:
                cols = [first + j for j in link.tgt]
                hit, charged = _DECISION_ANCHORS.source_tally(source.prepared, block.target, link.src, cols)
                held += charged
                held -= _DECISION_ANCHORS.source_tally(source.prepared, joined, link.src, range(len(english)))[1]
                claimed += hit
                rows.update(link.src)
    matched = _DECISION_ANCHORS.source_tally(source.prepared, joined, sorted(rows), range(len(english)))[0] if rows else 0.0
    return held - max(0.0, claimed - matched)


def _coverage(source: _Source, candidate: _Candidate, index: _Index, window: tuple[int, int], links: Sequence[Link], misses: bool = False) -> float:
    """How much of the Arabic the window's English explains (:func:`~.evidence.coverage`): the
    Arabic segments it links against the window and the other parts of a split translation; its
    words left uncovered say nothing when the English says it translates a part or the Arabic is
    a reading of Arabizi (a misread word has no sense to find). Egyptian's wrapped negation
    (:func:`~.evidence.negation`) counts for Arabic script only: readings of Arabizi paired unrelated
    English that negates with it. The personal pronouns the Arabic writes out and the English renders none of
    (:func:`~.evidence.pronouns_unsaid`) count against it, for Arabic script and English of the whole only.
    ``misses``: a reading's uncovered words count too (:func:`_answer_doubted`)."""
    linked = sorted({i for link in links if link.src and link.tgt for i in link.src})
    english = index.block(candidate).texts[window[0] : window[1]]
    if candidate.elsewhere and candidate.comment is not None:
        english = [*english, *(index.texts[cid] for side in _parts_of(candidate, index) for cid in side)]
    partly = (source.read and not misses) or candidate.part or bool(index.block(candidate).partial.get(window[0]))
    arabic = tuple(source.texts[i] for i in linked)
    unsaid = 0.0 if source.read or partly else pronouns_unsaid(arabic, english)
    return coverage(arabic, tuple(english), partly) + (0.0 if source.read else negation(arabic, english)) + unsaid


def _topic(source: _Source, candidate: _Candidate, index: _Index, core: _Core, total: float) -> float:
    """What the names and numbers the window's English shares with the Arabic it links (:func:`~.evidence.shared_anchors`)
    lose of their matches (:data:`_TOPIC_KEPT`) where another comment of the thread writes them too (:meth:`_Index.mentioned`:
    not the candidate's own comment nor the other parts of a translation split over several). Looked at only where it
    decides: for a candidate of ``total`` (log-odds) that would be accepted and that losing them all could put under the
    bar (a thread of 10,000 comments is then seldom indexed). Never positive: the bounds before scoring hold without it.
    Not for a reading of Arabizi, whose own Latin words, quoted in replies, hold its names."""
    if total < _ACCEPT or source.read or candidate.comment is None:
        return 0.0
    first, last = core.window
    linked = sorted({i for link in core.links if link.src and link.tgt for i in link.src})
    names, numbers = shared_anchors(tuple(source.texts[i] for i in linked), tuple(index.block(candidate).texts[first:last]))
    if total - (1.0 - _TOPIC_KEPT) * (_NAME_MATCH * len(names) + _NUMBER_MATCH * len(numbers)) >= _ACCEPT:
        return 0.0
    exclude: set[str | None] = {candidate.comment, *(cid for side in _parts_of(candidate, index) for cid in side)}
    topical = sum(_NAME_MATCH for w in names if index.mentioned(w, exclude)) + sum(_NUMBER_MATCH for n in numbers if index.mentioned(n, exclude))
    return -(1.0 - _TOPIC_KEPT) * topical


#: The informative words an Arabic passage needs, and the share of them English may explain at most, for the names the
#: English shares with it to be all that ties the two (:func:`_names_once`).
_NAMES_ONLY_WORDS = 4
_NAMES_ONLY_SHARE = 0.2
_SHARED_NAME = regex.compile(r"\b[A-Z][A-Za-z]{2,}")  # a capitalised word, as :func:`~.evidence.shared_anchors` finds names


def _places_shared(arabic: tuple[str, ...], english: tuple[str, ...]) -> frozenset[str]:
    """The English's capitalised words (lower case) naming a CLDR place or people that an Arabic word names too
    ("Egypt" and مصر, "Japanese" and اليابانية: :func:`_english_names`, :func:`_arabic_names`), as the anchors match them."""
    places = _arabic_names(arabic)
    return frozenset(m.group().lower() for e in english for m in _CAPITALISED.finditer(e) if english_concept(m.group().lower()) in places)


def _names_once(source: _Source, candidate: _Candidate, index: _Index, core: _Core, total: float) -> float:
    """What the word table's credit for the names the window's English shares with the Arabic it links
    (:func:`~.evidence.shared_anchors`; with the places and peoples both name, :func:`_places_shared`, when the English is
    too short for a translation: "Egypt again! Same Egypt as last spring?") takes back, where they are all that ties the two: the Arabic has at least
    :data:`_NAMES_ONLY_WORDS` informative words and the English explains at most :data:`_NAMES_ONLY_SHARE` of them
    (:func:`~.evidence.explained`). The anchors count a shared name; the table, learned from sentences full of Sami,
    Layla and SARS-CoV-2, counts it again as a word translated (up to 2 nats a name), so English that only names the
    same people or places ("Mary, have you ever been to France?" under Arabic saying Mary read three books on the
    history of France) read as a translation. There they count once, by the anchors; where the English explains the
    Arabic's words too, the fitted weights stand (the table's credit taken back everywhere lost translations the table
    knows few words of: "Mary texted me.", "Aart was incredibly antisemitic."). Only the Arabic segments that hold a
    shared name are read, so a one-sentence translation linked with two ("We can boycott Israel." for two sentences)
    is not held to the other's words. Spared, as in :func:`_only_anchors`: English that says it translates a part, or
    with a line below its first in its comment that names the part left out (:func:`~.edges.names_a_part`:
    "Hopefully a native can finish the rest.", which the window may hold). Looked at only where it decides (as
    :func:`_topic`). Never positive: the bounds before scoring hold without it."""
    if total < _ACCEPT or candidate.comment is None or candidate.part or index.block(candidate).partial.get(core.window[0]):
        return 0.0
    first, last = core.window
    text = index.texts[candidate.comment]
    reach = min(len(text), candidate.segments[last - 1][1] + _LINE_REACH)
    below = text.find("\n", candidate.segments[first][0], reach)
    if below >= 0 and names_a_part(text, below, reach):
        return 0.0
    english = tuple(index.block(candidate).texts[first:last])
    linked = sorted({i for link in core.links if link.src and link.tgt for i in link.src})
    short = core.shares.get("length", 0.0) < 0.0  # too short for a translation: a place it names may be all it shares
    named = tuple(arabic for arabic in (source.texts[i] for i in linked) if shared_anchors((arabic,), english)[0] or short and _places_shared((arabic,), english))
    names = frozenset(shared_anchors(named, english)[0]) | (_places_shared(named, english) if short else frozenset())
    if not names:
        return 0.0
    found, words = explained(named, english)
    if words < _NAMES_ONLY_WORDS or found > _NAMES_ONLY_SHARE * words:
        return 0.0
    prepared = prepare_source((" ".join(named),))
    joined = " ".join(english)
    unnamed = _SHARED_NAME.sub(lambda m: "" if m.group().lower() in names else m.group(), joined)
    credit = link_scorer(_DECISION_WORDS, prepared, prepare_target((joined,)))(0, 1, 0, 1)
    credit -= link_scorer(_DECISION_WORDS, prepared, prepare_target((unnamed,)))(0, 1, 0, 1)
    return -max(0.0, credit)


#: The informative words the Arabic needs for a bot's English that renders none of them to be another post's
#: translation (:func:`_bot_elsewhere`). The bots' own translations of the tuned sets render 1 of 2 to 10 of 16.
_BOT_WORDS = 2


def _bot_elsewhere(source: _Source, candidate: _Candidate, index: _Index, core: _Core) -> bool:
    """Whether the window's English is a bot's (:func:`~.cues.bot_signed`) that renders none of the informative words of
    the Arabic it links, of which it has at least :data:`_BOT_WORDS` (:func:`~.evidence.explained`): then it is the bot's
    translation of another post, and its "Translated from Arabic:" says nothing of this one. A person's translation
    may render none of the words the table knows and be right (a loose or idiomatic one: 97 of the tuned sets' pairs
    introduced as translations, the Arabic with four such words or more); a machine's renders them one by one (the
    bots' translations of the tuned sets render 1 to 10 each; the bot of round 24 that translates another post, none:
    "Translated from Arabic: I want to be a doctor or a nurse or a teacher." under Arabic about a spider waiting for
    butterflies). Not for a reading of Arabizi (a misread word has no sense to find) or English that says it translates
    a part."""
    if source.read or candidate.part or candidate.comment is None or not bot_signed(index.texts[candidate.comment]):
        return False
    first, last = core.window
    linked = tuple(source.texts[i] for i in sorted({i for link in core.links if link.src and link.tgt for i in link.src}))
    found, words = explained(linked, tuple(index.block(candidate).texts[first:last]))
    return found == 0 and words >= _BOT_WORDS


def _put_off(candidate: _Candidate, index: _Index) -> float:
    """:data:`_PUT_OFF` when the candidate is another comment (a reply, the author's other comment) whose first block opens
    with a sentence putting the asker off (:func:`~.cues.puts_off`) and goes on after it. Never positive: the bounds before
    scoring hold without it."""
    if candidate.route in ("same-comment", "same-comment-before", "duplicate") or candidate.comment is None:
        return 0.0
    text = index.texts[candidate.comment]
    start, end = candidate.segments[0][0], candidate.segments[-1][1]
    if start > _REBUTTAL_REACH or text[:start].strip():  # not the comment's first words
        return 0.0
    stop = _SENTENCE_STOP.search(text, start, min(end, start + _REBUTTAL_REACH))
    if stop is None or not _LATIN.search(text, stop.end(), end):
        return 0.0
    return _PUT_OFF if puts_off(text, start, stop.end()) else 0.0


def _after_quote(text: str, start: int) -> bool:
    """The last line with words before ``start`` is a Markdown quote's ("> ...", not a 4chan link ">>123")."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end].lstrip()
    return line.startswith(">") and not line.startswith(">>")


def _title_line(text: str, start: int, end: int) -> bool:
    """``[start, end)`` opens with a line of its own that no sentence mark closes ("CW: translation of the post above\n\n
    ..."): a title over the English, not its first sentence."""
    line = text.find("\n", start, end)
    return line >= 0 and text[start:line].rstrip()[-1:] not in _SENTENCE_CLOSERS


_SENTENCE_CLOSERS = frozenset(".!?…\"'”’)")


def _under_quoted_arabic(text: str, start: int) -> bool:
    """The last line with words before ``start`` quotes Arabic (:func:`_after_quote`: "> <the passage>"): what the writer
    says under it is their answer to that Arabic, its translation from its first word."""
    if not _after_quote(text, start):
        return False
    end = len(text[:start].rstrip())
    return _ARABIC_LETTER.search(text, text.rfind("\n", 0, end) + 1, end) is not None


def _rebutted(candidate: _Candidate, index: _Index) -> float:
    """:data:`_REBUTTED` when the candidate is English after a quote of the Arabic (a reply quoting the passage, or the
    English after a Markdown quote line in its comment: the quoted copy's) whose block opens with a sentence calling it
    false (:func:`~.cues.rebuts`) and goes on after it: the English argues with the Arabic it quotes. Not for English
    after the author's own Arabic, where "That's not true. ..." translates an Arabic rebuttal as readily. Never positive:
    the bounds before scoring hold without it."""
    if candidate.route not in ("same-comment", "quote") or candidate.comment is None:
        return 0.0
    text = index.texts[candidate.comment]
    start, end = candidate.segments[0][0], candidate.segments[-1][1]
    if candidate.route == "same-comment" and not _after_quote(text, start):
        return 0.0
    stop = _SENTENCE_STOP.search(text, start, min(end, start + _REBUTTAL_REACH))
    if stop is None or not _LATIN.search(text, stop.end(), end):
        return 0.0
    return _REBUTTED if rebuts(text, start, stop.end()) else 0.0


def _read_before(source: _Source, candidate: _Candidate, index: _Index, first: int) -> bool:
    """The window's first segment follows a romanization of the passage: on its line before a dash (:data:`_ROMANIZED_BREAK`,
    "kant as'ltk mbashra jda — Your questions were too direct."), or as the line above the one it opens ("ah jrbtha mra
    ...\n\nYes, I have tried this before, ..."): the reading, then its meaning, so the English is offered as the
    translation, as brackets around it would offer it (an Arabizi passage's own letters are no reading of it)."""
    if source.read:  # an Arabizi passage: its own Latin letters spell it
        return False
    text = index.texts[candidate.comment]
    start = candidate.segments[first][0]
    line = text.rfind("\n", 0, start) + 1
    arabic = " ".join(source.texts)
    if text[line:start].strip():
        if not any(dash in text[max(0, start - 4) : start] for dash in "\u2014\u2013-"):
            return False
        found = _ROMANIZED_BREAK.match(text, lead_in(text, line, start), start + 1)
        return found is not None and found.end() == start and romanizes(found.group(), arabic)
    above = line  # the line above ends here, its spaces left out (not a copy of the whole text before: thousands of lines)
    while above > 0 and text[above - 1].isspace():
        above -= 1
    top = text.rfind("\n", 0, above) + 1
    return above > 0 and romanizes(text[lead_in(text, top, above) : above], arabic)


# A hashtag of Arabic words ("#خليك_في_البيت", "#رمضان_كريم") closing a passage: a tag, no part of what it says.
_HASHTAG = regex.compile(r"#[\p{Arabic}\p{M}_]*\p{Arabic}[\p{Arabic}\p{M}_]*")
_TAG_WORDS_MORE = 2  # English words a tag's own gloss may hold beyond the tag's ("'stay at home' btw")
_ENGLISH_WORD = regex.compile(r"\p{Latin}+")
_UNTAGGED_WORDS = 2  # the passage's words outside its tags, at least, for English that explains only a tag to translate none of it
# English opening by saying what a hashtag says ("the hashtag says", "The hash tag just means", "hashtag at the end =",
# "and the tags:"): what follows glosses the tag.
_TAG_NAMED = regex.compile(
    r"[\W_]*(?:(?:and|also|oh|btw|so|the|that|this|your|his|her|their|last|final)\s+)*hash[\s-]?tags?\b"
    r"(?:\s+(?:at\s+the\s+(?:end|bottom)|on\s+it|there))?"
    r"(?:\s+(?:just|basically|only|literally|roughly))?\s*(?:says?|means?|reads?|is|translates?\b|[:=])",
    regex.I,
)


def _tag_named(text: str, start: int, end: int) -> bool:
    """Whether the English at ``[start, end)`` opens by saying what a hashtag says (:data:`_TAG_NAMED`: "the hashtag
    says 'Ramadan is generous', it's a greeting"): what follows glosses the tag, however many words it adds about it."""
    return _TAG_NAMED.match(text, start, end) is not None


def _tag_only(source: _Source, candidate: _Candidate, index: _Index, window: tuple[int, int]) -> bool:
    """The window's English explains a hashtag of the passage and nothing else of it: its lead-in names the hashtag
    (:func:`_tag_named`), or every Arabic word it covers (:func:`~.evidence.covered_words`) is a word of a tag
    (:data:`_HASHTAG`) and the English is about as long as the tags, not the passage (their words and
    :data:`_TAG_WORDS_MORE`); either way the passage has words outside its tags (:data:`_UNTAGGED_WORDS`): "the
    hashtag just means 'stay at home' btw" under "<a sentence> #خليك_في_البيت" glosses the tag, no translation of the
    sentence (issue 14's false pairs on a hashtag glossed). A translation of the sentence is as long as the sentence,
    covers its words when the table knows them, and is not introduced as the tag's."""
    if not any("#" in arabic for arabic in source.texts):  # most passages hold no tag
        return False
    places: set[int] = set()
    count = 0
    for arabic in source.texts:
        at = 0
        for tag in _HASHTAG.finditer(arabic):
            count += len(table_tokens(arabic[at : tag.start()]))
            tagged = len(table_tokens(tag.group()))
            places.update(range(count, count + tagged))
            count, at = count + tagged, tag.end()
        count += len(table_tokens(arabic[at:]))
    if not places or count - len(places) < _UNTAGGED_WORDS:
        return False
    text = index.texts[candidate.comment]
    if _tag_named(text, candidate.segments[window[0]][0], candidate.segments[window[1] - 1][1]):
        return True
    english = index.block(candidate).texts[window[0] : window[1]]
    if sum(len(_ENGLISH_WORD.findall(e)) for e in english) > len(places) + _TAG_WORDS_MORE:
        return False
    covered = covered_words(tuple(source.texts), tuple(english))
    return bool(covered) and covered <= places


# A word by which English speaks as someone or to someone ("I", "we're", "my", "you"): a translation renders the
# writer's own voice; a summary speaks of the writer or the text ("he's not happy", "it's a review").
_SPEAKER = regex.compile(r"\b(?:i|me|my|mine|we|us|our|ours|you|your|yours)\b|\bi['’]|\b(?:we|you)['’]", regex.I)
#: What the words, the anchors and the coverage of English offered as a summary add up to at most (nats) for the
#: offer to count for nothing (:func:`_summary_only`).
_SUMMARY_EVIDENCE = -1.0


def _explains_nothing(core: _Core, covered: float) -> bool:
    """Whether a window's words explain none of the Arabic: the word table's and the anchors' evidence and the
    coverage add up to :data:`_SUMMARY_EVIDENCE` or less (:func:`_summary_only`, :func:`_points_on`)."""
    return core.shares.get("words", 0.0) + core.shares.get("anchors", 0.0) + covered <= _SUMMARY_EVIDENCE


def _summary_only(text: str, start: int, end: int, core: _Core, covered: float) -> bool:
    """The English at ``[start, end)`` is offered as a summary (:func:`~.cues.summary_lead`: "The gist: ...") and its
    words explain none of the Arabic: the word table's and the anchors' evidence and the coverage add up to
    :data:`_SUMMARY_EVIDENCE` or less, and it speaks of the writer or the text, never as or to someone (no :data:`_SPEAKER`
    word). Such a summary says what the text is about or what its writer wants ("someone's unhappy and wants it
    fixed", "it's a positive review, mostly about the service"), not what it says, so its lead is no mark of a
    translation (issue 14's false pairs on summaries). A gist that renders the Arabic explains its words ("The gist:
    Sami likes making friends.") or speaks in the writer's voice where the table knows few of an Egyptian's words
    ("the gist: *No, absolutely not, I can start a conversation directly ...*"), and keeps its mark."""
    if not _explains_nothing(core, covered):
        return False
    return summary_lead(text, start, end) and _SPEAKER.search(text, lead_in(text, start, end), end) is None


# English before the Arabic that points on to it ("Hi! For the engraved bracelet, the text is below.", "The message
# reads as follows:", "Here it is:"): it announces the text, whatever label the Arabic then carries.
_POINTS_ON = regex.compile(r"(?:\b(?:below|underneath|as\s+follows|here\s+it\s+is|here\s+you\s+go)|:)[\s.!)*_👇⬇↓]*$", regex.I)


def _points_on(candidate: _Candidate, text: str, end: int, core: _Core, covered: float) -> bool:
    """English in the passage's comment just before it, whose line the Arabic's label takes for a translation
    (:func:`~.cues.original_before`: "The Arabic: ..."), ends by pointing on to what follows (:data:`_POINTS_ON`) and
    its words explain none of the Arabic (:data:`_SUMMARY_EVIDENCE`, as :func:`_summary_only`): a heading of the Arabic,
    no translation of it (issue 14's false pairs on a lead-in before the Arabic). A translation given before its
    original ("Patience is the key to relief. Original below:") explains its words and keeps its mark."""
    if candidate.route != "same-comment-before" or not candidate.headed:
        return False
    if not _explains_nothing(core, covered):
        return False
    return _POINTS_ON.search(text, max(0, end - 40), end) is not None


#: What the author's later comment that is only English, saying nothing of what it is, counts (:func:`_untied`).
_UNTIED = -2.0

#: What English that is one question, under Arabic that marks its sentences and asks nothing, counts (:func:`~.edges.asks_back`):
#: a reply asking the poster something, seldom a translation (a question mark typed in error leaves it one: evidence, no veto).
_ASKED_BACK = -1.5
# A word by which a comment says what it is or points to the post it speaks of ("my comment above", "^", "in English",
# "translating", "it says", "means"): a comment with none of them says nothing of what it is.
_TIES = regex.compile(r"\^|\b(?:above|up\s+there|earlier|comment|post|caption|english|arabic|translat\w*|means?|meaning|says?|said)\b", regex.I)


def _untied(candidate: _Candidate, text: str, start: int, end: int, marker: float) -> bool:
    """The author's comment after the passage's, in a thread whose comments reply to one another, no reply under it
    (``candidate.later``), is the window of English ``[start, end)`` and nothing else, and says nothing of what it is:
    no lead-in, no marker, no word pointing to a post or naming a translation (:data:`_TIES`). A commenter who
    translates their own Arabic there says so ("For those who asked, my comment above says: ...", "... ^ english of my
    first comment") or replies under it; a bare sentence posted later is a comment of its own (issue 14's false
    pairs: "Sami waited for Layla." after a request left unanswered)."""
    if not candidate.later or marker or text[:start].strip() or text[end:].strip():
        return False
    return lead_in(text, start, end) == start and _TIES.search(text) is None


# An Arabic word or two picked out of a longer passage and written in the English's own line just before it, with the
# marks that close or gloss it between ("«الأمان» = 'peace'", "the word بسبب is 'because'", "Only know «بإمكاني»: it's
# \"check\""): no Arabic letter before it on its line past spaces and marks ("... مش .. مش لطيف, which means" ends a
# sentence), the fragment's letters (their vowel marks too), then at most four such marks.
_FRAGMENT_CLOSE = r"[\s\"'«»“”‘’()\[\]=~:,.\-–—]"  # what closes or glosses the fragment
_FRAGMENT_BEFORE = regex.compile(rf"(?<![\p{{Arabic}}\p{{Mn}}][\s\p{{P}}]*)[\p{{Arabic}}\p{{Mn}}]+(?:[ \u00a0][\p{{Arabic}}\p{{Mn}}]+)?{_FRAGMENT_CLOSE}{{0,4}}$")
_FRAGMENT_MARKS = regex.compile(rf"{_FRAGMENT_CLOSE}+$")  # the marks after the fragment's words, taken off
_GLOSS_MARKS = 4  # quote marks a window may open on, closing the fragment
_GLOSS_WORDS_LEFT = 2  # the passage holds at least this many words more than the fragment: a gloss of a part of it
_GLOSS_TAIL_WORDS = 8  # English words at most on the window's lines after the gloss's ("Everything else is review.")


def _glosses_word(source: _Source, text: str, start: int, end: int) -> bool:
    """The English ``[start, end)`` follows, on its own line, one or two Arabic words of the passage quoted alone
    (:data:`_FRAGMENT_BEFORE`) where the passage has :data:`_GLOSS_WORDS_LEFT` words more, with no label between them
    and it, and holds little past that line (:data:`_GLOSS_TAIL_WORDS`): it glosses that word ("«الأمان» – 'peace'",
    "the word بسبب is 'because' if that helps", "Only know «الأخيرة», I think that's \"beheaded\""), it translates no
    passage (issue 14's false pairs on one word's gloss). A label after the word ("Ignoring the typo in «الموضوع»
    [sic], it reads: ...") introduces a translation, and a word-by-word list above a full one holds more than a
    remark (:func:`_word_gloss` drops a gloss marked "=" or ":" from the candidates)."""
    line = text.rfind("\n", 0, start) + 1
    at = start
    while at < len(text) and at < start + _GLOSS_MARKS and text[at] in "«»\"'“”‘’)":
        at += 1  # a window may open on the quote closing the fragment
    found = _FRAGMENT_BEFORE.search(text, max(line, at - 60), at)
    if found is None or ":" in text[found.end() : lead_in(text, start, end)]:
        return False
    fragment = _FRAGMENT_MARKS.sub("", found.group()).split()
    passage = " ".join(source.texts)
    if not fragment or len(passage.split()) < len(fragment) + _GLOSS_WORDS_LEFT or not all(word in passage for word in fragment):
        return False
    stop = text.find("\n", start, end)
    return stop < 0 or len(_ENGLISH_WORD.findall(text, stop, end)) <= _GLOSS_TAIL_WORDS


def _evaluate(source: _Source, candidate: _Candidate, index: _Index, floor: float, machine_weight: float) -> _Scored | None:
    """The candidate cut to the window of whole sentences with the most evidence, scored with its
    context; None when it has no English (none, or another language in Latin letters: :func:`~.cues.foreign`), is
    introduced as another text the Arabic is likened to (:func:`~.cues.likens`) or cannot reach ``floor`` (log-odds)."""
    core = _core(source, candidate, index, floor, machine_weight)
    if core is None:
        return None
    first, last = core.window
    text, start, end = index.texts[candidate.comment], candidate.segments[first][0], candidate.segments[last - 1][1]
    named = _names_part(source, candidate, index, first)
    lead = lead_in(text, start, end)
    if likens(text, lead):
        return None  # "Reminds me of my textbook example: ...": the writer's other text, whatever names and words it shares
    other = _OTHER_PART if named is False or names_another(text, lead) or _tag_only(source, candidate, index, core.window) else 0.0
    linked = sum(len(link.src) for link in core.links if link.src and link.tgt)
    # "The second part means:" introduces the second only ("Upper: ..." the first); English of which no segment
    # translates the Arabic (the aligner links none) is introduced as the translation of something else, not this passage's
    marker = (_MARKER if candidate.headed or named else core.marked) if not other and linked else 0.0
    if marker and checked(text, start, end):
        marker = min(marker, _ENCLOSED)  # 'she wrote "..." — is this right?': a try asked about, marked as weakly as quotes
    if not marker and not other and linked and _read_before(source, candidate, index, first):
        marker = _ENCLOSED
    described = _DESCRIBED if describes(text, start, end) or promises(text, start, end) or other_edition(text, start, end) or disowned(text, start, end) or _glosses_word(source, text, start, end) else _GUESSED if guesses(text, start, end) else 0.0
    covered = _coverage(source, candidate, index, core.window, core.links)
    unmarked = marker and (_summary_only(text, start, end, core, covered) or _points_on(candidate, text, end, core, covered))
    marker = 0.0 if described or unmarked or (marker and _bot_elsewhere(source, candidate, index, core)) else marker
    if candidate.route == "nearby" and not marker and not candidate.named:
        return None  # nothing ties English beside the passage to it but what it says of itself (:func:`_nearby_candidates`)
    reason = (
        f"{'; '.join(candidate.notes)}{'; introduced as a translation' if marker else ''}; {linked} of "
        f"{len(source.texts)} Arabic segment{'s' * (len(source.texts) != 1)} aligned with {last - first} English "
        f"segment{'s' * (last - first != 1)}"
    )
    context = candidate.prior + _asks(candidate, index) + other + _disputed(candidate, index) + (0.0 if marker else _rebutted(candidate, index) + _put_off(candidate, index)) + described
    context += _UNTIED if _untied(candidate, text, start, end, marker) else 0.0
    context += _ASKED_BACK if asks_back(text[lead:end], source.texts) else 0.0
    parts = _parts_evidence(source, candidate, core, index, machine_weight, covered)
    if candidate.parts is not None and (parts < _REST_SHOWN or not _goes_on(source, candidate, core, index, machine_weight)):
        return None  # a comment beside it that shows no sign of translating the Arabic it leaves: no rest of its translation
    context += _answer_doubted(source, candidate, index, core.window, core.links, covered)
    spared = _anchors_spared(source, text, candidate, index, core)
    total = context + marker + core.evidence + spared + parts + covered
    topic = _topic(source, candidate, index, core, total)
    spared, total = spared + topic, total + topic
    once = _names_once(source, candidate, index, core, total)
    total += once
    if total >= _ACCEPT and foreign(text[lead_in(text, start, end) : end]):  # looked at for pairs only: most candidates are none
        return None  # "En français : Il pleut encore": no English, so no translation for an English reader
    if total >= _ACCEPT:  # (under the bar it is no pair either way: the look, which reads every word, is spared)
        romanized = _romanized(source, candidate, index, core.window, bool(marker))
        if romanized is None:
            return None  # only the Arabic's sounds, with no English word of its own: no translation at all
        context, total = context + romanized, total + romanized
    shares = {"context": context, "marker": marker, **core.shares, "parts": parts, "coverage": covered}
    shares["anchors"] = shares.get("anchors", 0.0) + spared
    shares["words"] = shares.get("words", 0.0) + once
    return _Scored(candidate, core.window, total, _sigmoid(total), reason, shares)


# ------------------------------------------------------------------------------------------
# Candidates.


class _Related:
    """Each passage's copies as :func:`~.copies.copies` gives them, kept in memory linear in the
    passages: one sorted list of indices per group of copies and each passage's window into it.

    The passages' texts are joined once per distinct text (:func:`~.copies.copy_groups`): a thread
    of 50,000 copies of one passage held a set of n-grams per copy (330 MB) and a list of its 200
    nearest copies each (80 MB). When some text has more than half :data:`~.copies.MAX_RELATED`
    distinct texts related (their lists, each its own, could grow with the square of the passages),
    :func:`~.copies.copies` runs on all the texts as they are. A thread whose texts seldom repeat is
    joined the same way (bench_jobs.py --distinct's 100,000 comments, 16,006 passages of 8,281 texts:
    a list per passage held 7.19 MiB, the groups' lists 2.83, and the join took 3.72 -> 2.87 s CPU).
    """

    __slots__ = ("_lists", "_members")

    def __init__(self, texts: Sequence[str]) -> None:
        distinct: dict[str, int] = {}
        ids = [distinct.setdefault(t, len(distinct)) for t in texts]
        count = len(distinct)
        self._lists: list[list[int]] | None = None
        self._members: list[list[int] | None] = []
        near = copy_groups(list(distinct))
        if any(g is not None and len(g) > MAX_RELATED // 2 for g in near):
            del near
            self._lists = copies(texts)
            return
        by_text: list[list[int]] = [[] for _ in range(count)]
        for k, i in enumerate(ids):
            by_text[i].append(k)
        shared: dict[tuple[int, ...], list[int]] = {}  # texts with the same copies share one list
        members = [None if g is None else shared.get(key := tuple(g)) or shared.setdefault(key, sorted(k for j in g for k in by_text[j])) for g in near]
        self._members = [members[i] for i in ids]

    def _window(self, k: int) -> tuple[list[int], int, int]:
        """Passage ``k``'s group of copies (``k`` among them) and the range of it that is its copies."""
        members = self._members[k]
        assert members is not None
        if len(members) <= MAX_RELATED + 1:
            return members, 0, len(members)
        at = bisect.bisect_left(members, k)
        lo = min(max(at - MAX_RELATED // 2, 0), len(members) - MAX_RELATED - 1)
        return members, lo, lo + MAX_RELATED + 1

    def __getitem__(self, k: int) -> list[int]:
        """Passage ``k``'s copies, in order (:func:`~.copies.copies`)."""
        if self._lists is not None:
            return self._lists[k]
        if self._members[k] is None:
            return []
        members, lo, hi = self._window(k)
        return [m for m in members[lo:hi] if m != k]

    def __len__(self) -> int:
        return len(self._lists) if self._lists is not None else len(self._members)

    def any(self, k: int) -> bool:
        """Whether passage ``k`` has copies."""
        if self._lists is not None:
            return bool(self._lists[k])
        members = self._members[k]
        return members is not None and len(members) > 1

    def copied(self, ks: Sequence[int], chosen: dict[int, _Scored]) -> set[int]:
        """Those of passages ``ks`` (none of them in ``chosen``) with a copy in ``chosen``: a group held whole
        is looked at once for all its members, no list of copies made per passage."""
        if self._lists is not None:
            return {k for k in ks if any(q in chosen for q in self._lists[k])}
        out: set[int] = set()
        whole: dict[int, bool] = {}  # a group held whole (by its list's identity) -> whether a member is chosen
        for k in ks:
            members = self._members[k]
            if members is None:
                continue
            if len(members) <= MAX_RELATED + 1:
                hit = whole.get(id(members))
                if hit is None:
                    hit = whole[id(members)] = any(q in chosen for q in members)
            else:
                _, lo, hi = self._window(k)
                hit = any(members[i] in chosen for i in range(lo, hi))
            if hit:
                out.add(k)
        return out

    def holds(self, k: int, q: int) -> bool:
        """Whether passage ``q`` is one of passage ``k``'s copies."""
        if self._lists is not None:
            ordered, lo, hi = self._lists[k], 0, len(self._lists[k])
        elif self._members[k] is None or q == k:
            return False
        else:
            ordered, lo, hi = self._window(k)
        at = bisect.bisect_left(ordered, q, lo, hi)
        return at < hi and ordered[at] == q


def _copy_keys(found: Sequence[Passage], sources: Sequence[_Source], romanizing: Mapping[int, tuple[int, int, int]]) -> list[str]:
    """The texts :class:`_Related` finds copies by: each passage's own, but the Arabic-script text
    that an Arabizi passage's reading spells (:func:`~.copies.reading_copies`) or whose line romanizes
    (``romanizing``, :func:`_romanization_lines`) for that passage, so that the author's transliteration
    of the Arabic shares its translation instead of taking it."""
    keys = [p.text for p in found]
    readings = {k: " ".join(source.texts) for k, source in enumerate(sources) if source.read}
    for k, q in reading_copies(keys, readings).items():
        keys[k] = keys[q]
    for k, (_, _, q) in romanizing.items():
        keys[k] = keys[q]
    return keys


_LINE_REST = regex.compile(r"[\s\p{P}]*")  # what may follow or lead an Arabic passage on its line: spaces, marks
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")


def _romanization_lines(found: Sequence[Passage], passage_ids: Mapping[str | None, tuple[int, ...]], texts: Mapping[str | None, str]) -> dict[int, tuple[int, int, int]]:
    """The Arabizi passages of a line of Latin letters right under (or over) an Arabic-script passage's line that
    spells it word for word (:func:`~.copies.spells`, the whole line read in Arabic script): a language learner's
    romanization between the Arabic and its English ("سيكون فعل ذلك خطرًا.\\nsykwn f'l dhlk khtra.\\nDoing that would be
    dangerous."), cut by the segmenter into Arabizi passages with the words it took for English between them. Each
    such passage -> (the line's start, its end, the Arabic passage's index): the line is a copy of the Arabic, no
    passage of its own and no English."""
    from ..translit import transliterate

    out: dict[int, tuple[int, int, int]] = {}
    for cid, ks in passage_ids.items():
        latin = [k for k in ks if found[k].kind == ARABIZI]
        if not latin or len(latin) == len(ks):
            continue
        text = texts[cid]
        for q in ks:
            if found[q].kind != ARABIC:
                continue
            for start, end in _lines_beside(text, found[q].location.start, found[q].location.end):
                inside = [k for k in latin if start <= found[k].location.start and found[k].location.end <= end and k not in out]
                if inside and not _ARABIC_LETTER.search(text, start, end) and spells(transliterate(text[start:end]).text, found[q].text):
                    out.update((k, (start, end, q)) for k in inside)
    return out


def _lines_beside(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines right under and right over the passage ``[start, end)`` (under first) where it ends and starts its
    line (nothing but spaces and marks beside it there)."""
    out = []
    below = text.find("\n", end)
    if below >= 0 and _LINE_REST.fullmatch(text, end, below) is not None:
        stop = text.find("\n", below + 1)
        out.append((below + 1, len(text) if stop < 0 else stop))
    top = text.rfind("\n", 0, start) + 1
    if top > 0 and _LINE_REST.fullmatch(text, top, start) is not None:
        out.append((text.rfind("\n", 0, top - 1) + 1, top - 1))
    return out


def _quoted(k: int, reply: str, found: list[Passage], related: _Related, index: _Index) -> int | None:
    """Where the last copy of passage ``k`` in comment ``reply`` ends, or None when the reply holds none."""
    ends = [found[q].location.end for q in index.passage_ids.get(reply, ()) if related.holds(k, q)]
    return max(ends) if ends else None


def _quoted_lines(k: int, reply: str, found: list[Passage], related: _Related, index: _Index) -> list[tuple[int, int]]:
    """The spans of comment ``reply`` that quote passage ``k`` part by part, in order: two copies or more, each a part of
    it (shorter than :data:`_PART_OF` of it) and together most of it (a translator going through it line by line,
    "> <line 1>\n<its English>\n> <line 2>\n<its English>"); none when the reply quotes it otherwise."""
    size = len(found[k].text)
    lines = [found[q].location for q in index.passage_ids.get(reply, ()) if related.holds(k, q)]
    if len(lines) < 2 or any(loc.end - loc.start >= _PART_OF * size for loc in lines) or sum(loc.end - loc.start for loc in lines) < _PART_OF * size:
        return []
    return sorted((loc.start, loc.end) for loc in lines)


def _interlinear(text: str, lines: list[tuple[int, int]], pieces: Sequence[tuple[list[tuple[int, int]], list[int], int, _Key]]) -> list[tuple[int, int]] | None:
    """The English of a reply that quotes a passage part by part (:func:`_quoted_lines`), each quoted part followed on
    the next line by a block of English of its own before the next part: the segments of those blocks, the last cut at
    its first blank line (a remark after the last part's English), as one candidate; None when a part has no English
    of its own on the lines under it (the reply quotes the parts to say something after them, it lays out no translation).
    Only the English after the last part was a candidate of such a reply (:func:`_own_candidates`): the passage of two
    lines was paired with its second line's English alone (round 29's subtitle check, 9 of 9 tuned threads)."""
    starts = [b[0][0][0] for b in pieces]
    out: list[tuple[int, int]] = []
    for i, (_, end) in enumerate(lines):
        n = bisect.bisect_left(starts, end)
        if n == len(pieces):
            return None
        segs = pieces[n][0]
        if "\n" not in text[end : segs[0][0]] or (i + 1 < len(lines) and segs[-1][1] > lines[i + 1][0]):
            return None
        if i + 1 == len(lines):
            segs = _paragraph(text, segs)
        out += segs
    return out


def _quoted_copy(k: int, found: list[Passage], related: _Related, index: _Index) -> bool:
    """Passage ``k`` repeats a passage of a comment above it (at most :data:`MAX_REPLY_DEPTH`
    levels up, where that passage's replies are searched): a quote, not a passage of its own."""
    parent = index.parent(found[k].location.comment)
    for _ in range(MAX_REPLY_DEPTH):
        if parent is None:
            return False
        if any(related.holds(k, q) for q in islice(index.passage_ids.get(parent, ()), MAX_RELATED)):
            return True
        parent = index.parent(parent)
    return False


# A word of the Arabic glossed in a reply: "I only know غرفته = 'room'", "أتى: came". The English after the mark is that
# word's, no translation of the passage it was taken from.
_GLOSS_MARK = regex.compile(r"[»\"”’')\]]*[ \t]*(?:=+>?|:|->|→)[ \t]*[\"'“‘]?")  # closing the word's quotes first: "«المنزل» = 'the house'"
_GLOSS_WORD = regex.compile(r"\p{L}")
_GLOSS_HINT = re.compile("[=:>→]|mean")  # what every gloss mark holds, looked for first
# Or the word, closed in its quotes, then "(just) means": "«اللغات.» just means 'together', the rest you had right".
_GLOSS_MEANS = regex.compile(r"""[.!?…،]*[»"”’')\]]*[ \t]*(?:(?:just|only|simply)[ \t]+)?means?[ \t]+["'“‘«]?""", regex.I)
_GLOSS_REACH = 4  # characters a gloss's mark lies within, either side of its block's start
_MEANS_REACH = 16  # characters past a gloss's reach where "(just) means" may end
_GLOSSED_WORDS = 2  # a word glossed is no longer (in words); the passage it is taken from is longer


def _word_gloss(k: int, reply: str, start: int, end: int, found: list[Passage], index: _Index) -> bool:
    """The English block ``[start, end)`` in comment ``reply`` only glosses an Arabic word of the reply just before it (at
    most :data:`_GLOSSED_WORDS` words, then "=", ":", an arrow or "(just) means", :data:`_GLOSS_MEANS`), on its line, while passage ``k`` is longer: the gloss
    is the word's. (A block going on past the line holds more: "... = dating\nSo the whole thing: ...".)"""
    mine = index.passage_ids.get(reply)
    if not mine:  # most replies hold no Arabic
        return False
    text = index.texts[reply]
    if _GLOSS_HINT.search(text, max(0, start - _GLOSS_REACH), start + _GLOSS_REACH + _MEANS_REACH) is None:  # no mark where a gloss's is
        return False
    glossed = [q for q in mine if found[q].location.end <= start]
    if not glossed or len(found[k].text.split()) <= _GLOSSED_WORDS or text.find("\n", start, end) >= 0:
        return False
    word = _GLOSS_WORD.search(text, start)
    first = word.start() if word is not None else start  # the block may start at the mark
    return any(
        len(found[q].text.split()) <= _GLOSSED_WORDS and (
            _GLOSS_MARK.fullmatch(text, found[q].location.end, first) is not None
            or ((means := _GLOSS_MEANS.match(text, found[q].location.end)) is not None and start <= means.end())
        )
        for q in glossed
    )


# A Markdown table's row: "| أحب | like |". A cell of a word or two is a word-by-word gloss's (Stack Exchange's "Word by
# word:" table): the English in the row is the word's meaning, no translation of a passage a reader would publish.
_TABLE_ROW = regex.compile(r"[ \t]*\|[^\n]*\|[ \t]*(?:\n|$)")


def _table_word(text: str, start: int, end: int) -> bool:
    """The passage ``[start, end)`` of ``text`` is a cell of a Markdown table's row holding at most
    :data:`_GLOSSED_WORDS` words: a word glossed in the row, no passage (its English is the word's meaning)."""
    if "|" not in text or len(text[start:end].split()) > _GLOSSED_WORDS:  # most comments hold no table
        return False
    line = text.rfind("\n", 0, start) + 1
    row = _TABLE_ROW.match(text, line)
    return row is not None and row.end() >= end and "|" in text[line:start]


def _glossed_row(text: str, start: int, end: int, passages: Sequence[tuple[int, int]]) -> bool:
    """The English segment ``[start, end)`` of ``text`` lies in a Markdown table's row that glosses a word of the
    comment (one of its ``passages``, by their spans, is a cell of the row, :func:`_table_word`) and holds no word past
    the row: it is that word's meaning, no English of the comment that could translate a passage."""
    line = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end < end and _GLOSS_WORD.search(text, line_end, end) is not None:
        return False
    return any(line <= a < line_end and _table_word(text, a, b) for a, b in passages)


# A word of a passage above, written again inside a reply's English ("«تأتي» just means 'come'", "the word كلام is
# 'fabricate'", "• أقلامك – 'peace'"): the reply talks about that word, whatever it then says of it.
_MENTION_WORD = regex.compile(r"[\p{L}\p{M}]+")
_MENTION_REACH = MAX_REPLY_DEPTH  # comments above a reply searched for the passage its word is taken from


def _mentioned_word(p: Passage, index: _Index) -> bool:
    """Passage ``p`` is a word or two (:data:`_GLOSSED_WORDS`) that a passage of a comment above its own (up to
    :data:`_MENTION_REACH` levels) holds among more words, written in a comment with English of its own: the
    commenter names a word of the Arabic they answer, to ask about it or gloss it. A mention, no passage of its own
    to pair: its gloss says what one word means, not what anybody wrote (issue 14's false pairs on one word glossed).
    An all-Arabic reply of the same words (a greeting answered) is no mention: no English names it."""
    cid = p.location.comment
    if cid is None or len(p.text.split()) > _GLOSSED_WORDS or not index.pieces(cid):
        return False
    words = _MENTION_WORD.findall(p.text)
    if not words:
        return False
    n, above = len(words), index.parent(cid)
    for _ in range(_MENTION_REACH):
        if above is None:
            return False
        for q in index.passages_in.get(above, ()):
            theirs = _MENTION_WORD.findall(q.text)
            if len(theirs) > n and any(theirs[i : i + n] == words for i in range(len(theirs) - n + 1)):
                return True
        above = index.parent(above)
    return False


# The Arabic in quote marks inside an English sentence that runs on after it ('How would you translate "<Arabic>" into
# English?', 'Does "<Arabic>" mean the same thing?'): a word before the opening quote, a lower-case word after the closing one.
_QUOTED_AFTER_WORD = regex.compile(r"\p{Latin}[,]?[ \t]+[\"“«]$")
_QUOTE_RUNS_ON = regex.compile(r"[.!?؟،,…]*[\"”»][ \t]+\p{Ll}")


def _quoted_within(text: str, start: int, end: int) -> bool:
    """Whether the passage ``[start, end)`` is quoted inside an English sentence that goes on after it (:data:`_QUOTED_AFTER_WORD`,
    :data:`_QUOTE_RUNS_ON`): the English before it is that sentence's frame, which names the Arabic, not its translation."""
    return _QUOTED_AFTER_WORD.search(text, max(0, start - 40), start) is not None and _QUOTE_RUNS_ON.match(text, end) is not None


def _own_candidates(k: int, found: list[Passage], related: _Related, index: _Index) -> list[_Candidate]:
    """English after the passage in its comment, then the replies under the comment (a reply that
    holds a copy of the passage quotes it)."""
    p = found[k]
    cid = p.location.comment
    out = []
    blocks = index.pieces(cid)
    mine = index.passage_ids[cid]  # in thread order
    at = bisect.bisect_left(mine, k)
    text = index.texts[cid]
    # Its place among the comment's passages, when they are parts of it apart (lines, paragraphs)
    # that an English may name ("The second part means"): a line break between it and each neighbour.
    neighbours = [mine[j] for j in (at - 1, at + 1) if 0 <= j < len(mine)]
    apart = all("\n" in text[found[min(j, k)].location.end : found[max(j, k)].location.start] for j in neighbours)
    place = (at, len(mine)) if apart else (0, 1)
    glossed = _table_word(text, p.location.start, p.location.end)
    if p.location.start in index.inserted(cid):  # a word kept inside the English: what is around it may still translate it
        blocks = index.own_pieces(cid)
        starts, ends = [b[0][0][0] for b in blocks], [b[0][-1][1] for b in blocks]
    else:
        starts, ends = index.block_bounds(cid) if len(blocks) > _MANY_BLOCKS else ([b[0][0][0] for b in blocks], [b[0][-1][1] for b in blocks])
    after = None if glossed or (n := bisect.bisect_left(starts, p.location.end)) == len(blocks) else n  # the first block after it
    if after is not None:
        segs, _, chars, key = blocks[after]
        said = index.lines_said(cid) if "\n" in text[p.location.end : segs[0][0]] else 0  # of the English under each line
        interleaved = said >= 0 and index.interleaved(cid)
        if interleaved and (cut := _paragraph(text, segs)) != segs:  # "\n\nHope that answers it." after the last line's English
            segs, chars, key = cut, sum(text_length(text[a:b]) for a, b in cut), index.part_key(cid, cut[0][0], cut[-1][1])
        prior = _ROUTE["same-comment"] + (_INTERLEAVED if interleaved else 0.0) + (_NOTED if said < 0 else _LINES_TRANSLATED if said else 0.0)
        out.append(_Candidate(cid, segs, key, "same-comment", prior, chars, place=place))
        out += _later_rows(cid, blocks, after, p.location.end, index, place)
    before = None if glossed or (n := bisect.bisect_right(ends, p.location.start)) == 0 else n - 1  # the last block before it
    # Laid out line by line (:func:`_alternates`), a comment's English above an Arabic line is the line before's.
    if (before is not None and index.passages_before(cid, blocks[before][0][-1][1]) == index.passages_before(cid, p.location.start)
            and not index.interleaved(cid) and not _quoted_within(text, p.location.start, p.location.end)):
        segs, _, chars, key = blocks[before]
        headed = original_before(index.texts[cid], p.location.start)  # "<English>\n\nHere's the original: <Arabic>"
        out.append(_Candidate(cid, segs, key, "same-comment-before", _ROUTE["same-comment-before"], chars, headed=headed))
    if cid is None:
        return out
    author = p.author
    stamp = _passage_time(text, p.location.start)
    above = [cid]  # the comments above the reply walked (depth first: its parent is the last of them)
    for reply, depth, request in index.replies(cid, author):
        del above[depth:]
        parent = above[-1]
        above.append(reply)
        pieces: Sequence[tuple[list[tuple[int, int]], list[int], int, _Key]] = index.pieces(reply)
        if not pieces:
            continue
        by_author = author is not None and index.author.get(reply) == author
        end = _quoted(k, reply, found, related, index)
        route = "reply" if end is None else "quote"
        levels = max(0, depth - 1 - (1 if request else 0))  # the request itself takes one level (none beside it)
        answers = request is not None and not by_author and (parent == request or index.beside(reply, request))
        prior = (_ROUTE[route] + _DEPTH * levels + (_BY_AUTHOR if by_author else 0.0) + (_AFTER_REQUEST if request else 0.0)
                 + (_AUTHORS_ANSWER if by_author and request else 0.0) + (_ANSWERS_REQUEST if answers else 0.0)
                 + (_CONFIRMED if index.judged(reply, parent) else 0.0)
                 + (_AFTER_REQUEST + _ANSWERS_REQUEST if depth == 1 and request is None and not by_author and index.asks_own(cid) else 0.0)
                 + (_OTHER_PART if not by_author and index.names_writer_elsewhere(reply, author, request) else 0.0))
        lines = _quoted_lines(k, reply, found, related, index) if end is not None else []
        interlinear = _interlinear(index.texts[reply], lines, pieces) if lines else None
        if end is not None:
            pieces = [b for b in pieces if b[0][0][0] >= end] or pieces
        pieces = [b for b in pieces if not _word_gloss(k, reply, b[0][0][0], b[0][-1][1], found, index)]
        about = (depth, by_author, request)
        headed = index.headed(reply, parent) if depth > 1 else by_author and _announced_after(p, text)
        split = index.parts(reply)  # a translation split over comments (most are not: one shared pair of empty lists)
        elsewhere = 0 if split is _NO_PARTS else sum(index.pieces(c)[0][2] for side in split for c in side)
        for segs, _, chars, key in pieces:  # (a loop, not a generator: most replies have one block)
            keyed = headed or stamp is not None and _keyed(index.texts[reply], segs[0][0], stamp)
            out.append(_Candidate(reply, segs, key, route, prior, chars, about, headed=keyed, place=place, elsewhere=elsewhere))
        if interlinear is not None:
            rtext = index.texts[reply]
            chars = sum(text_length(rtext[a:b]) for a, b in interlinear)
            key = (*index.part_key(reply, interlinear[0][0], interlinear[-1][1]), "interlinear")
            out.append(_Candidate(reply, interlinear, key, route, prior, chars, about, headed=headed, place=place, elsewhere=elsewhere, interlinear=True))
    return out


# A video's moment opening the passage's line, only marks between it and the Arabic ("5:02 لأ خالص ...", "[0:46] ...").
_TIME_REACH = 16  # characters before a passage or a reply's English on its line where such a moment is looked for
_PASSAGE_TIME = regex.compile(r"[ \t\[(]*(\d{1,2}(?::\d{2}){1,2})[\])]?[ \t]*[~=>|\-–—→:]*[ \t]*")


def _passage_time(text: str, start: int) -> str | None:
    """The video's moment that the line of the passage starting at ``start`` opens with before it, or None."""
    line = text.rfind("\n", max(0, start - _TIME_REACH), start) + 1
    if line == 0 and start > _TIME_REACH:  # (more than a moment before it on its line)
        return None
    found = _PASSAGE_TIME.fullmatch(text, line, start) if text[line:start].strip(" \t[(")[:1].isdigit() else None
    return None if found is None else found[1]


def _keyed(text: str, start: int, stamp: str) -> bool:
    """The English at ``start`` opens its line with the video's moment ``stamp`` the passage's line opens with ("5:02 لأ
    ..." answered "5:02 → No, ..."): keyed to the same moment, the line says it renders that one (as a line under an
    Arabic line with the same stamp does in one comment, :func:`~.cues.restamped`)."""
    line = text.rfind("\n", max(0, start - _TIME_REACH), start) + 1
    return (line > 0 or start <= _TIME_REACH) and not text[line:start].strip(" \t[(") and video_time(text, line) == stamp


_ANNOUNCED_REACH = 200  # characters after a passage, past which they are more than an announcement (:func:`~.cues.heading`'s 80 and room)


def _announced_after(p: Passage, text: str) -> bool:
    """Whether all that follows the passage in its comment ``text`` announces a translation given after it (:func:`~.cues.heading`:
    "<Arabic>\nTranslation below 👇", "<Arabic>\n\nEnglish in the replies"): the author's own reply to the comment is introduced
    as its translation, as a reply to the writer's comment that only announces one is (:meth:`_Index.headed`)."""
    closing = _CLOSING.match(text, p.location.end)  # the passage's own full stop, left out of it
    start = closing.end() if closing else p.location.end
    if len(text) - start > _ANNOUNCED_REACH:  # (a long comment's every passage and reply: no slice of the rest made)
        return False
    rest = text[start:]
    return bool(rest.strip()) and heading(rest)


def _later_rows(
    cid: str | None, blocks: _Pieces, after: int, end: int, index: _Index, place: tuple[int, int],
) -> list[_Candidate]:
    """In a chat pasted whole into one comment, the rows after the first row after the passage (up to
    :data:`MAX_FOLLOWING`, before the comment's next passage): its replies, as in a thread without reply
    links (:meth:`_Index.following`); those after a row that asks for a translation answer it."""
    text = index.texts[cid]
    first = blocks[after][0][0][0]
    # (its row's label may be left out of the block: "8:38 - Me: ??? english please", the "???" no English)
    if not chat_row(text, text.rfind("\n", 0, first) + 1 if row_message(text, first) else first):
        return []
    out = []
    before = index.passages_before(cid, end)
    asked = is_request(text[blocks[after][0][0][0] : blocks[after][0][-1][1]])
    for segs, _, chars, key in blocks[after + 1 : after + 1 + MAX_FOLLOWING]:
        if index.passages_before(cid, segs[0][0]) != before or not chat_row(text, segs[0][0]):
            break
        prior = _ROUTE["same-comment"] + (_AFTER_REQUEST + _ANSWERS_REQUEST if asked else 0.0)
        out.append(_Candidate(cid, segs, key, "same-comment", prior, chars, place=place))
        asked = asked or is_request(text[segs[0][0] : segs[-1][1]])
    return out


def _reply_context(quoting: bool, by_author: bool, after_request: bool, adjacent: bool) -> str:
    """Where a reply stands, in a reader's words."""
    who = "the author's own reply" if by_author else "a reply by someone else"
    if quoting:
        who += " quoting the Arabic"
    if after_request:
        who += " right after a request for a translation" if adjacent else " below a request for a translation"
    return who


# The author's later comment referring to their own text above ("my comment above says: ...", "translating my own post:",
# "the caption on my photo: ..."): its reference is a lead (:func:`_author_candidates`, :func:`_without_reference`).
_OWN_REFERENCE = regex.compile(
    r"(?i)\bmy[ \t]+(?:own[ \t]+|first[ \t]+|earlier[ \t]+|last[ \t]+|original[ \t]+)?(?:comment|post|caption|photo|pic|message|quote|text|tweet|toot|reply|sign|line|arabic)s?\b"
)


def _author_candidates(p: Passage, index: _Index, source_chars: int) -> list[_Candidate]:
    """The English of the author's other comments, nearest first; only the :data:`MAX_ALIGNED`
    that :func:`_choose` would align for a passage of ``source_chars`` characters, so that no candidate is made to be
    ranked away; in :func:`_ranked`'s order (so :func:`_choose` is told not to rank them again). A comment opening with a
    word to an asker ("Sure thing. ...", :func:`~.cues.acknowledged`) answers one: :data:`_ACKNOWLEDGED` more."""
    cid = p.location.comment
    exclude: set[str | None] = {cid}
    if cid is not None:
        exclude.update(index.reply_ids(cid))
    prior = _ROUTE["same-author"]
    blocks = [
        (other, segs, chars, key, prior + (_ACKNOWLEDGED if acknowledged(index.texts[other], segs[0][0]) else 0.0))
        for other in index.same_author(cid, p.author, exclude) for segs, _, chars, key in index.pieces(other)
    ]
    usual, length = _usual(source_chars), _length
    blocks.sort(key=lambda b: -(b[4] + length(source_chars, min(b[2], usual))))  # _ranked's order of their candidates
    del blocks[MAX_ALIGNED:]
    # "Here's the original: <Arabic>": the author's English before it is introduced as its translation.
    original = original_before(index.texts[cid], p.location.start)
    here, threaded = index.order[cid], not index.top_at
    return [
        _Candidate(other, segs, key, "same-author", own, chars, headed=original and index.order[other] < here,
                   later=threaded and index.order[other] > here, referred=_own_reference(index.texts[other]) if index.order[other] > here else None)
        for other, segs, chars, key, own in blocks
    ]


def _own_reference(text: str) -> tuple[int, int] | None:
    """Where the opening of the author's later comment refers to their own text (:data:`_OWN_REFERENCE`), or None."""
    found = _OWN_REFERENCE.search(text, 0, _REFERENCE_REACH)
    return None if found is None else found.span()


def _nearby_candidates(p: Passage, index: _Index) -> list[_Candidate]:
    """The English of the :data:`MAX_FOLLOWING` comments right after the passage's own in reading order that are no
    replies to it, none of them its author's (those are :func:`_author_candidates`) nor holding Arabic of their own:
    where a reader answers a comment without replying to it, beside it under the same post ("The second one says:
    <English>" under two Arabic comments) or under another comment the thread shows first (a reply to the first
    post that translates the second's Arabic). Only English introduced as a translation (:func:`_introduced`; a
    window of it unmarked is no pair, :func:`_evaluate`): nothing else ties such a comment to this passage, and
    unmarked English beside Arabic (another review naming the same people, a question about the same symptoms)
    is paired on its words alone. Looked at with the author's other comments, after the passage's own comment and
    replies (:data:`_ROUTE`'s "nearby", below both)."""
    cid = p.location.comment
    if cid is None:
        return []
    replies = index.reply_ids(cid)
    named = _naming(p, index, replies)
    referring = _referring(p, index, replies)
    out = []
    pinned_above = _pinned_above(p, index)
    for other in dict.fromkeys([*index.after(cid, MAX_FOLLOWING), *named, *referring, *pinned_above]):
        if other in replies or other in index.passages_in or (p.author is not None and index.author.get(other) == p.author):
            continue
        for segs, _, chars, key in index.pieces(other):
            if other in named or other in referring:
                referred = index.reference(other, _folded_name(p.author or "")) if other not in named else None
                out.append(_Candidate(other, segs, key, "nearby", _ROUTE["reply"], chars, named=True, referred=referred))
                continue
            candidate = _Candidate(other, segs, key, "nearby", _ROUTE["nearby"], chars, pinned=other in pinned_above)
            if _introduced(candidate, index):
                out.append(candidate)
    return out


def _naming(p: Passage, index: _Index, replies: set[str]) -> list[str]:
    """The first :data:`MAX_FOLLOWING` comments after the passage's own, no replies to it, that open by naming its writer
    (:meth:`_Index.addressing`: "@Salma_R yours says: ..." under another comment, a reply to the post under which she
    wrote her Arabic), then as many that label a line with her name (:meth:`_Index.labelling`: "translations:\n\nsalma_r:
    ...\n\nkebab_enjoyer: ..."): written about her text, as a reply to it would be."""
    if p.author is None:
        return []
    here = index.order[p.location.comment]
    addressing = [c for c in index.addressing(p.author) if index.order[c] > here and c not in replies][:MAX_FOLLOWING]
    return addressing + [c for c in index.labelling(p.author) if index.order[c] > here and c not in replies][:MAX_FOLLOWING]


def _referring(p: Passage, index: _Index, replies: set[str]) -> list[str]:
    """The first :data:`MAX_FOLLOWING` comments after the passage's own, no replies to it, whose opening words refer to its
    writer (:meth:`_Index.referring`: "Translation of @mira@social.coop's post: ...", "the Arabic oddbit posted says ...", a
    later top-level comment answering her Arabic without a reply's link): tied to her text by the reference, as a reply is by
    its link."""
    if p.author is None:
        return []
    here = index.order[p.location.comment]
    return [c for c in index.referring(p.author) if index.order[c] > here and c not in replies][:MAX_FOLLOWING]


def _pinned_above(p: Passage, index: _Index) -> list[str]:
    """The pinned comments above the passage's own that name its writer (:meth:`_Index.pinned_naming`: "📌 Pinned by
    @RetroRepairs ... what @rania_k wrote below, it says: ..."): the platform shows a pinned comment first, though it
    answers a comment under it, so it is looked at as the comments after the passage's are (introduced as a
    translation only: the channel's thanks naming her are no translation)."""
    if p.author is None:
        return []
    here = index.order[p.location.comment]
    return [c for c in index.pinned_naming(p.author) if index.order[c] < here]


def _later_candidates(p: Passage, index: _Index, source_chars: int) -> list[_Candidate]:
    """Step 3's candidates for a passage its own comment and replies gave no translation: the author's other comments
    (:func:`_author_candidates`) and the comments just after its own (:func:`_nearby_candidates`), the :data:`MAX_ALIGNED`
    most promising in :func:`_ranked`'s order."""
    nearby = _nearby_candidates(p, index)
    authors = _author_candidates(p, index, source_chars)
    return _ranked(authors + nearby, source_chars)[:MAX_ALIGNED] if nearby else authors


def _duplicate_candidates(k: int, found: list[Passage], related: list[int], chosen: dict[int, _Scored], index: _Index) -> list[_Candidate]:
    """The translations found for the copies of this passage nearest in the thread, one candidate per
    translating comment."""
    here = index.order[found[k].location.comment]
    translated = [q for q in related if q in chosen and chosen[q].candidate.duplicate_of is None]
    translated.sort(key=lambda q: abs(index.order[found[q].location.comment] - here))
    spans: dict[str | None, tuple[int, int, str | None, bool]] = {}
    size = len(found[k].text)
    for q in translated[:MAX_COPIES]:
        scored = chosen[q]
        c = scored.candidate
        a, b = c.segments[scored.window[0]][0], c.segments[scored.window[1] - 1][1]
        old = spans.get(c.comment)
        copy_of = found[q].location.comment
        part = len(found[q].text) < _PART_OF * size
        spans[c.comment] = (min(a, old[0]), max(b, old[1]), old[2], old[3] and part) if old else (a, b, copy_of, part)
    out = []
    for comment, (a, b, copy_of, part) in spans.items():
        inside = [(s, n) for block, lengths, _, _ in index.pieces(comment) for s, n in zip(block, lengths) if a <= s[0] and s[1] <= b]
        if inside:
            key = (*index.part_key(comment, a, b), part)
            out.append(_Candidate(comment, [s for s, _ in inside], key, "duplicate", _ROUTE["duplicate"],
                                  sum(n for _, n in inside), duplicate_of=copy_of, part=part))
    return out


def _usual(source_chars: int) -> int:
    """The usual length (characters) of the translation of a passage of ``source_chars`` characters."""
    return round((source_chars + 2) * math.exp(LOG_RATIO_MEAN)) - 2


def _ranked(candidates: list[_Candidate], source_chars: int) -> list[_Candidate]:
    """``candidates`` most promising first, ties in their order: a quick ranking before aligning by
    context (their prior) and whether their English is long enough for a passage of ``source_chars``
    characters (up to the usual length of its translation, :func:`_usual`)."""
    usual, length = _usual(source_chars), _length
    return sorted(candidates, key=lambda c: -(c.prior + length(source_chars, min(c.chars, usual))))


def _with_rest(candidates: list[_Candidate], source: _Source, index: _Index) -> list[_Candidate]:
    """``candidates``, each reply or comment of the author's followed by itself with its writer's next (or previous)
    comment as the rest of its translation (:meth:`_Index.next_said`, :meth:`_Index.said_before`) where the two together
    come nearer a translation's length than either alone or the candidate leaves Arabic segments unexplained on that side
    (:func:`_leaves`): a translation continued in the next post with no mark ("(2/2)") to say so. The texts decide (the rest must show evidence of its own, :data:`_REST_SHOWN`, explain Arabic the
    earlier part leaves, further on, :func:`_goes_on`, and it counts in the joined one's, :func:`_parts_evidence`): a whole
    translation and a follow-up after it are too long together, or the follow-up explains nothing the translation left."""
    out = []
    for c in candidates:
        out.append(c)
        if c.route not in ("reply", "same-author") or c.comment is None or c.elsewhere or c.parts is not None:
            continue
        nxt, prev = index.next_said(c.comment), index.said_before(c.comment)
        sides: list[tuple[tuple[str, ...], tuple[str, ...]]] = [((), (nxt,))] if nxt is not None else []
        sides += [((prev,), ())] if prev is not None else []
        for parts in sides:
            rest = index.pieces((*parts[0], *parts[1])[0])[0][2]
            nearer = _length(source.chars, c.chars + rest) > max(_length(source.chars, c.chars), _length(source.chars, rest))
            if nearer or _leaves(source, c, index, later=not parts[0]):
                out.append(replace(c, key=(*c.key, *parts[0], "+", *parts[1]), parts=parts, elsewhere=rest))
    return out


def _leaves(source: _Source, candidate: _Candidate, index: _Index, later: bool) -> bool:
    """Whether the candidate's English leaves Arabic segments unexplained where the rest of its translation would go:
    after the last segment it explains (``later``: the rest in the writer's next post) or before the first (the rest in
    the one before), by each segment's evidence (:func:`_segment_gains`). A first part as long as the whole passage's
    translation would be ("He noticed a hole in his jacket, but he tried to ignore it." of two sentences, the second,
    "I took care of my sick sister.", in the next post) leaves the second sentence all the same."""
    if len(source.texts) < 2:
        return False
    block = index.block(candidate)
    explained = [i for i, gain in enumerate(_segment_gains(source, block, (0, len(block.texts)), 0.0)) if gain > 0]
    return bool(explained) and (explained[-1] < len(source.texts) - 1 if later else explained[0] > 0)


#: The log-odds at which a candidate is accepted (:data:`THRESHOLD`), less a rounding margin.
_ACCEPT = _logit(THRESHOLD) - 1e-9


def _without_label_clause(source: _Source, candidate: _Candidate, index: _Index) -> _Candidate:
    """The candidate with each segment that opens after a label starting after the clause that says what the addition is
    (:func:`~.edges.label_clause`: "EDIT: translating for the thread, He closely ..."), for this passage's Arabic. The span
    published leaves such a clause out (:func:`_window`, :func:`~.edges.extra_lead`), so its words are no English the Arabic
    must explain, nor count in the window's length: scored with them, round 27's added translations stayed under the
    threshold. The candidate itself when none is cut (its key then names its English as before)."""
    if candidate.comment is None:
        return candidate
    text = index.texts[candidate.comment]
    segments = candidate.segments
    cut: list[tuple[int, int]] | None = None
    for k, (a, b) in enumerate(segments):
        if text.find(":", a, min(b, a + _LABEL_CHARS)) < 0:  # no label opens it: most segments
            continue
        start = tight(text, a, b)[0]
        after = label_clause(text, start, b, " ".join(source.texts))
        if after > start:
            cut = cut or list(segments)
            cut[k] = (after, b)
    if cut is None:
        return candidate
    return replace(candidate, segments=cut, key=(*candidate.key, "label clause", *(a for a, _ in cut)))


# Where a reference's lead ends after it: at a colon, or after a verb in the present saying what the text says ("the Arabic
# oddbit posted says it's ...", "Re @sami's post, it says: ...", "the line sarah_k shared reads ..."; not "is": "fsck_ok's
# comment is wrong" is what the writer thinks of it); a past one ends it before a colon only ("kiln_gods wrote: ..."), for
# "What @mira said made me ..." is a sentence about her words, not their translation; nor is "it says nothing about figs" one.
_REFERENCE_END = regex.compile(
    r"[^.!?:\n]{0,60}?(?:(?:\b(?:said|meant|wrote|posted))?[ \t]*:|\b(?:says|means|reads|translates(?:[ \t]+(?:to|as))?|in[ \t]+English)\b(?![ \t]+(?:nothing|not|no)\b)[ \t]*:?)[ \t]*", regex.I
)


def _without_reference(candidate: _Candidate, index: _Index) -> _Candidate:
    """The candidate whose opening refers to the passage's comment (:func:`_referring`, :meth:`_Index.reference`; the author's
    own "my comment above", :data:`_OWN_REFERENCE`) without its English before the end of the reference's lead
    (:data:`_REFERENCE_END`): "Since nobody answered: the Arabic oddbit posted says" is no word of the translation, so no
    English the Arabic must explain, nor a window's first words, and it announces the translation (``headed``); the candidate
    itself when no lead end is found or fewer than three words of English follow it."""
    if candidate.referred is None:
        return candidate
    text, (opens, at) = index.texts[candidate.comment], candidate.referred
    lead = _REFERENCE_END.match(text, at, min(len(text), at + _REFERENCE_REACH))
    if lead is None or len(_LATIN_WORD.findall(text, lead.end())) < 3 or (not text[:opens].strip() and not text[at : lead.end()].strip(": \t")):
        return candidate  # "OP: we had figs too": a comment opening with the name and a colon addresses its writer (:func:`_naming`)
    cut = lead.end()
    kept = [(a, b) for a, b in candidate.segments if b > cut and text[max(a, cut) : b].strip()]
    if not kept:
        return candidate
    segments = [(max(a, cut), b) for a, b in kept]
    # the lead ends at a colon or a verb saying what the text says: it announces the translation, as "Translation:" does
    return replace(candidate, segments=segments, key=(*candidate.key, "reference", cut), cut=(kept[0][0], segments[0][0]), headed=True)


def _choose(
    source: _Source, candidates: list[_Candidate], index: _Index, machine_weight: float, explained: bool = False, ranked: bool = False,
) -> tuple[_Scored | None, _Scored | None]:
    """Align the most promising candidates, best first; once one is scored (or ``explained``: the
    passage already has a best candidate to name), the others only when they could still be
    accepted and beat it (``ranked``: the candidates come in :func:`_ranked`'s order already, as
    :func:`_author_candidates` gives them). Return (the best if accepted else None, the best scored or None)."""
    best: _Scored | None = None
    if not ranked and len(candidates) > 1:
        candidates = _ranked(candidates, source.chars)
    for candidate in _with_rest(candidates[:MAX_ALIGNED], source, index):
        candidate = _without_reference(_without_label_clause(source, candidate, index), index)
        floor = -math.inf if best is None and not explained else max(_ACCEPT, best.total if best else -math.inf)
        if _hopeless(source, candidate, index, floor):
            continue
        scored = _evaluate(source, candidate, index, floor, machine_weight)
        if scored is not None and (best is None or scored.total > best.total):
            best = scored
    return (best if best is not None and best.score >= THRESHOLD else None), best


_LABEL_CHARS = 16  # a label's colon lies this near its segment's start ("update2:", "EDIT 3:")


# ------------------------------------------------------------------------------------------
# The entry point.


def _clauses(p: Passage, cut: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The passage's segments as the pipeline cuts them (:func:`~bilingual.text.sentences.passage_layers`:
    its clauses, or ``cut``), as spans in its comment's text."""
    start = p.location.start
    inner = None if cut is None else [(a - start, b - start) for a, b in cut]
    return [(start + a, start + b) for a, b in passage_layers(html_view(p.text)[0], cut=inner)[1]]


def _layers(p: Passage, cut: list[tuple[int, int]] | None = None) -> tuple[list[tuple[int, int]], list[str]]:
    """What :func:`pairs` aligns a passage on, as the pipeline gives it: the clauses of Arabic
    script (``cut``: as its list cuts them, for an item of one, :func:`~.lists.item_clauses`) and their
    characters; the sentences of Arabizi or Finglish (their clause cues are Arabic-script) and the
    Arabic-script reading of each."""
    start = p.location.start
    if p.kind != ARABIZI:
        spans, text = _clauses(p, cut), html_view(p.text)[0]
        return spans, [text[a - start : b - start] for a, b in spans]
    from ..translit import transliterate

    reading = transliterate(p.text, FA_LATN if p.span.lang == FA_LATN else AR_LATN)
    inner = passage_layers(p.text, latin=True)[1]
    readings = [reading.text[slice(*reading.to_output(a, b))] for a, b in inner]
    return [(start + a, start + b) for a, b in inner], readings


def _all_layers(found: list[Passage], cut: dict[int, list[tuple[int, int]]]) -> list[tuple[list[tuple[int, int]], list[str]]]:
    """:func:`_layers` of each passage of ``found`` (``cut``: the list items' clauses, by index), made once per distinct
    passage (its kind, its text, Finglish or not, and its cut from its start), as the pipeline's segment stage does
    (:func:`bilingual.pipeline._segment`): a copy gets the first one's spans moved to its own offset. The bench thread's
    3,052 passages are copies of 10 (cut and read again, a tenth of :func:`pairs`)."""
    made: dict[tuple[str, bool, str, tuple[tuple[int, int], ...] | None], tuple[list[tuple[int, int]], list[str], int]] = {}
    out: list[tuple[list[tuple[int, int]], list[str]]] = []
    for k, p in enumerate(found):
        start, given = p.location.start, cut.get(k)
        key = (p.kind, p.span.lang == FA_LATN, p.text, None if given is None else tuple((a - start, b - start) for a, b in given))
        first = made.get(key)
        if first is None:
            first = made[key] = (*_layers(p, given), start)
        spans, texts, at = first
        out.append(([(a - at + start, b - at + start) for a, b in spans], list(texts)))
    return out


def _check_given(
    found: Sequence[Passage], segments: Sequence[Sequence[tuple[int, int]]] | None, machine: Sequence[Sequence[str]] | None,
    texts: Sequence[Sequence[str]] | None,
) -> None:
    """One line when a list given for the passages has not one entry per passage."""
    for name, given in (("clause", segments), ("machine translation", machine), ("text", texts)):
        if given is not None and len(given) != len(found):
            raise ValueError(f"{len(given)} {name} lists for {len(found)} passages")


def _sources(
    found: Sequence[Passage],
    segments: Sequence[Sequence[tuple[int, int]]] | None,
    machine: Sequence[Sequence[str]] | None,
    texts: Sequence[Sequence[str]] | None,
    comments: Mapping[str | None, str],
) -> list[_Source]:
    """Each passage as its clauses (given, or cut by :func:`~bilingual.text.sentences.clauses`),
    the text each is aligned on (given in ``texts``, e.g. the Arabic-script reading of Arabizi, or
    the comment's characters) and their machine translations when there are some."""
    out = []
    same: dict[tuple[tuple[tuple[str, ...], tuple[str, ...] | None], int, bool], PreparedSource] = {}  # identical passages share one
    lengths: dict[tuple[str, ...], int] = {}  # the length of each distinct passage's texts, counted once (a thread repeats its Arabic)
    for k, p in enumerate(found):
        spans = list(segments[k]) if segments is not None else _clauses(p)
        comment = comments[p.location.comment]
        aligned = list(texts[k]) if texts is not None else [comment[a:b] for a, b in spans]
        if len(aligned) != len(spans):
            raise ValueError(f"passage {k}: {len(aligned)} texts for {len(spans)} clauses")
        closing = _CLOSING.match(comment, spans[-1][1])  # the passage's own full stop, when it left it out
        if closing:
            aligned[-1] += comment[spans[-1][1] : closing.end()]
        mt = None
        if machine is not None:
            mt = list(machine[k])
            if len(mt) != len(spans):
                raise ValueError(f"passage {k}: {len(mt)} machine translations for {len(spans)} clauses")
        key = (tuple(aligned), None if mt is None else tuple(mt))
        lines = _line_count(comment[spans[0][0] : spans[-1][1]])
        read = p.kind == ARABIZI
        prepared = same.get((key, lines, read))  # its lines are part of what the cores kept for it depend on
        if prepared is None:
            prepared = same[key, lines, read] = PreparedSource(*key, read=read)
        chars = lengths.get(key[0])
        if chars is None:
            chars = lengths[key[0]] = sum(text_length(t) for t in aligned) // _copies(comment[spans[0][0] : spans[-1][1]], lines)
        out.append(_Source(spans, aligned, mt, chars, prepared, lines, read, _folded_name(p.author or "")))
    return out


# What each kind of evidence is called in a pair's ``evidence``, for those that count for it.
_PHRASES = {
    "marker": "introduced as a translation",
    "anchors": "numbers and names match",
    "words": "the words translate each other",
    "coverage": "the English says what most of the Arabic's words mean",
    "length": "lengths match",
    "machine": "machine translation agrees",
}
#: Digits a share of the evidence is ordered by (:func:`_evidence_words`): shares a few units in the last place apart (one
#: sum taken in another order) are equal there, listed in the fixed order, the context first, then :data:`_PHRASES`'.
_SHARE_DIGITS = 9


def _evidence_words(scored: _Scored) -> tuple[str, ...]:
    """What decided the pair, strongest first, in a reader's words: the context when it counts for
    the pair, then each kind of evidence that counts for it."""
    shares = scored.shares
    if shares is None:  # kept (:func:`_kept`): worded then
        assert scored.evidence is not None
        return scored.evidence
    out: list[tuple[float, str]] = []
    context = round(shares["context"] - _ROUTE["same-author"], _SHARE_DIGITS)
    if context > 0.0:
        out.append((context, scored.candidate.context))
    out.extend((share, phrase) for key, phrase in _PHRASES.items() if (share := round(shares.get(key, 0.0), _SHARE_DIGITS)) > 0.3)
    return tuple(phrase for _, phrase in sorted(out, key=lambda x: -x[0]))


_TRAILER = regex.compile(r"[^\p{L}\n]{1,12}")  # what closes a passage's line after it, no word: "-19.", " ."


def _closed(p: Passage, index: _Index) -> str:
    """The passage's text with what closes its line after it (no word: its own closing punctuation, a number's
    end such as "-19.", left out of the passage): how many sentences it marks."""
    where = p.location
    if where.comment not in index.texts:
        return p.text
    closing = _TRAILER.match(index.texts[where.comment], where.end)
    return p.text + closing.group().strip() if closing else p.text


def _explained_arabic(source: _Source, scored: _Scored, index: _Index) -> str | None:
    """Where the accepted window's English says it translates a part of a passage of several segments
    (:func:`~.cues.partial`: "Skip the first part, the key sentence is: ..."), the segments it explains
    (:func:`_segment_gains`), each counted a sentence, closed or not (the passage's last, an unpunctuated transcript's),
    but where the passage writes marks after its clauses (:data:`_CLAUSE_END`), one it leaves without an end mark
    ("زورت حاجات كتير," or "زورت القلعة" before "و المكتبة") runs on into the next: a transcript's clauses are one
    sentence, whose English is one too, and counted a sentence each they left room for a line after it ("\nAssigning
    to QA."); None otherwise, or where it explains none or all of them."""
    c = scored.candidate
    if len(source.texts) < 2 or source.read or c.comment is None or not _said_partial(index.texts[c.comment], c, index.block(c), scored.window[0]):
        return None
    explained = [text for text, gain in zip(source.texts, _segment_gains(source, index.block(c), scored.window, 0.0)) if gain > 0]
    if not 0 < len(explained) < len(source.texts):
        return None
    marked = any(_CLAUSE_END.search(text) for text in source.texts[:-1])
    last = len(explained) - 1
    return " ".join(text if _SEGMENT_END.search(text) or (marked and k < last) else f"{text}." for k, text in enumerate(explained))


_SEGMENT_END = regex.compile(r"[.!?؟…][\"'”’»)\]]*\s*$")  # a segment that ends its sentence with a mark
_CLAUSE_END = regex.compile(r"[.!?؟…,،;؛:][\"'”’»)\]]*\s*$")  # a segment that ends with a mark, its sentence's or a clause's


def _line_more(text: str, start: int, end: int, explained: str | None) -> int:
    """Where ``[start, end)``, a partial translation's span, ends without its last line when that is more than the
    Arabic it explains (``explained``, :func:`_explained_arabic`) has room for (:func:`~.edges.extra_tail`): a line
    after it ("\nLinked to the release ticket.") is no part of it, though the whole passage has a sentence more. Only a
    line: the sentences a writer cuts a clause's translation into stay on its line."""
    line = text.rfind("\n", start, end)
    if explained is None or line < 0 or not text[start:line].strip():
        return end
    cut = extra_tail(text, start, end, explained)
    return cut if cut <= line else end


def _window(p: Passage, scored: _Scored, index: _Index, source: _Source) -> list[tuple[int, int]]:
    """The accepted candidate's window as spans of its comment's text, cut tight (the translation keeps a heading of its own;
    a report of someone's first-person sentence, "She says I ...", is left out where the Arabic has no verb of saying), less
    a clause before it and a note after it that the Arabic does not explain (:func:`~.edges.lead_clause`, :func:`~.edges.note_tail`),
    and a lead, a sentence, a note or a signature at either end that the Arabic does not account for (:func:`~.edges.extra_lead`,
    :func:`~.edges.extra_tail`, told how many sentences the Arabic marks by its closing punctuation, :func:`_closed`; a "That means"
    the Arabic opens with stays, :func:`~.edges.means_opening`), and a line after a partial translation that the Arabic it explains has no room for (:func:`_line_more`)."""
    c = scored.candidate
    text = index.texts[c.comment]
    first, last = scored.window
    heading = HEADING.match(p.text) is not None  # the translation keeps its own ("Age: ...")
    spans = [tight(text, a, b, heading=heading and k == first) for k, (a, b) in enumerate(c.segments[first:last], first)]
    top = spans[0][0]
    if p.kind != ARABIZI:
        a, b = spans[0]
        spans[0] = (reported(text, a, b, p.text), b)
    start, end = lead_clause(text, *quoted_whole(text, *enclosed(text, spans[0][0], spans[-1][1], p.text), p.text), p.text)
    label = _label_naming(c, index, first)
    start = start if label is None else max(start, label[1])  # "kebab_enjoyer: ...": the writer's name is no word of it
    arabic = _closed(p, index)
    end = _labelled_line_end(text, start, end)  # a labelled line's translation ends with its line, whatever follows it
    opened = not _title_line(text, start, end) and (marked(text, start, end, whole=False, enclosing=False) or _under_quoted_arabic(text, start))
    start = _quote_start(text, top, _kept_opening(p, text, means_opening(text, extra_lead(text, start, end, arabic, opened=opened), p.text), index, c.comment), end)
    spans[0] = (min(start, spans[0][0]), spans[0][1])  # a lead given back ("That means ..." of يعني هذا) opens the first span
    end = extra_tail(text, start, note_tail(text, start, end, p.text), arabic)
    end = _line_more(text, start, end, _explained_arabic(source, scored, index))
    spans = [(a, b) for a, b in c.segments[:first] if b > start] + spans  # brackets the window ends in, opened before it
    kept = _kept_closing(p, text, end, index, c.comment)  # "... problems. Inshallah." of إن شاء الله
    spans = [(max(a, start), min(b, end)) for a, b in spans if b > start and a < end] + ([kept] if kept else [])
    return spans + _rendered_again(text, start, spans[-1][1], c.segments[last:]) if spans else spans


_FRAMED_QUOTE = regex.compile(r"(?<=\p{L}[:,]?[ \t]+|:)[\"“](?=\S)")  # a quote mark opening after a frame's last word or a colon on its line
_QUOTE_CLOSER = {'"': '"', "“": "”"}


def _quote_start(text: str, before: int, start: int, end: int) -> int:
    """Where the span starts when a lead was cut (from ``before`` to ``start``) inside a quote that opens after a frame's word
    or colon (:data:`_FRAMED_QUOTE`) and closes at ``end`` ('My try: "She writes the ..."', 'It means "It's like ..."'): right
    inside the quote, whose words are the quoted English's own however they read as a lead; ``start`` otherwise."""
    found = _FRAMED_QUOTE.search(text, max(0, before - 1), start) if start > before else None
    if found is None or text.find(closer := _QUOTE_CLOSER[found.group()], found.end(), start) >= 0:
        return start
    close = end
    while close < len(text) and text[close] in ".,!?…":
        close += 1
    return found.end() if closer in (text[end - 1 : end], text[close : close + 1]) else start


def _rendered_again(text: str, start: int, end: int, after: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the rendering given again under a literal one (:func:`~.edges.second_rendering`, "Literally: ...\nNatural:
    ..."), from the candidate's segments ``after`` the window (the line's own when they are not there); none if none."""
    again = second_rendering(text, start, end)
    if again == end:
        return []
    more = [(max(a, end), min(b, again)) for a, b in after if a < again and b > end and text[max(a, end) : min(b, again)].strip()]
    if not more:
        line = text.rfind("\n", end, again) + 1
        more = [(line, again)]
    return more


_KEPT_GAP = regex.compile(r",?[ \t]*")  # between a word kept opening the English and the span


def _kept_opening(p: Passage, text: str, start: int, index: _Index, cid: str | None) -> int:
    """Where a span starting at ``start`` starts with the word kept inside its English right before it (:func:`_inserted`,
    "والله, how foolish I am ...", "Wallahi, I hope ..."): an oath or interjection opening the translation's sentence is
    the writer's own word in it, though a block of English is cut where Arabic letters stand; ``start`` otherwise."""
    kept = index.inserted(cid)
    if not kept:
        return start
    for q in index.passages_in.get(cid, ()):
        if q is not p and q.location.start in kept and q.location.end <= start and _KEPT_GAP.fullmatch(text, q.location.end, start):
            return q.location.start
    return start


_KEPT_WORDS = 3  # the Arabic's words a word kept closing the English may spell ("إن شاء الله": "Inshallah")


def _kept_closing(p: Passage, text: str, end: int, index: _Index, cid: str | None) -> tuple[int, int] | None:
    """The span of a word kept closing the translation right after its ``end`` (a passage of up to :data:`_KEPT_WORDS` words,
    spaces before it, with its closing punctuation, closing its line): "... stomach problems. Inshallah." where the Arabic
    says إن شاء الله, an oath or formula the writer leaves in the original is the translation's last word, though the Arabic
    or Arabizi cuts the English there; the word must spell words of the Arabic (:func:`_spells_arabic`), else it is a
    remark. None if none."""
    passages = index.passages_in.get(cid, ())
    after = index.passages_before(cid, end)  # (in text order: the next passage of the comment, the first ending after it)
    if after >= len(passages):
        return None
    q = passages[after]
    where = q.location
    if q is p or where.start < end or text[end : where.start].strip(" \t"):
        return None
    if where.end - where.start > _INSERTED_CHARS or len(q.text.split()) > _KEPT_WORDS or not _spells_arabic(q.text, p.text):
        return None
    closing = _CLOSING.match(text, where.end)
    last = closing.end() if closing else where.end
    line = text.find("\n", last)
    if _LETTER.search(text, last, len(text) if line < 0 else line):  # its line goes on: a word glossed ("شكرا means thanks"), not kept
        return None
    return where.start, last


def _spells_arabic(word: str, arabic: str) -> bool:
    """Whether ``word`` (Arabic letters or Latin) is one to :data:`_KEPT_WORDS` running words of ``arabic`` written
    together, compared by consonant skeletons (:func:`~bilingual.align.names.english_skeleton`, :func:`~bilingual.align.names.arabic_skeletons`:
    "Inshallah", "mashallah", "alhamdulillah" spell إن شاء الله, ما شاء الله, الحمد لله); three consonants at least."""
    mine = _joined_skeletons(word)
    if not mine:
        return False
    words = fold(arabic).split()
    return any(
        not mine.isdisjoint(_joined_skeletons(" ".join(words[k : k + n])))
        for n in range(1, _KEPT_WORDS + 1)
        for k in range(len(words) - n + 1)
    )


def _joined_skeletons(words: str) -> frozenset[str]:
    """The consonant skeletons of ``words`` written as one word, Latin letters or folded Arabic (with and without its
    clitics), doubled classes merged once more (the "lil" of "alhamdulillah" as the لله it spells); three classes at least."""
    if _LATIN.search(words):
        found = frozenset((english_skeleton("".join(ch for ch in words.lower() if ch.isalpha())),))
    else:
        found = arabic_skeletons("".join(ch for ch in fold(words) if ch.isalpha()))
    merged = ("".join(ch for k, ch in enumerate(sk) if k == 0 or sk[k - 1] != ch) for sk in found)
    return frozenset(sk for sk in merged if len(sk) >= 3)


def _labelled_line_end(text: str, start: int, end: int) -> int:
    """Where ``[start, end)`` ends when it opens a line labelled with the place of the Arabic line it gives, beside another
    such line (:data:`_LINE_LABEL`: "1st one: ...\nSecond line: ..."): at that line's end, what follows it is no part of
    the line's translation ("\n\nSo not specials, just ..." after the last labelled line); ``end`` otherwise."""
    line_end = text.find("\n", start, end)
    line_start = text.rfind("\n", 0, start) + 1
    if line_end < 0 or _LINE_LABEL.match(text, line_start, line_end) is None:
        return end
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    beside = (line_start > 0 and _LINE_LABEL.match(text, above, line_start - 1) is not None) or _LINE_LABEL.match(text, line_end + 1) is not None
    return line_end if beside else end


def _contested(chosen: dict[int, _Scored], related: _Related) -> dict[int, int]:
    """The passages that lose the English they were given to another passage given the same English
    (the same span of one comment, a reference's lead cut or not: :func:`_without_reference`), each against the passage that keeps it: one reply does not
    translate two different passages ("The second part means: ..." under two paragraphs), so the
    English goes to the passage with the most evidence for it (the log-odds, coverage among them:
    coverage alone is noisy on short sentences, "Sami never killed anyone." covers يقتل less than
    it does nothing of the other paragraph). Windows that only overlap are left alone: a passage the
    segmenter cut in two has its pieces paired to a line of the translation and to the whole of it.
    Copies of one passage share their translation and are left alone. Of passages with equal evidence the first
    in the thread keeps it: ``chosen`` is filled in the order the passages were settled, which forked workers change."""
    same: dict[tuple[str, int, int], list[int]] = {}
    for k, scored in sorted(chosen.items()):
        c = scored.candidate
        if c.comment is not None and c.duplicate_of is None:
            first, last = scored.window
            start = c.segments[first][0]
            start = c.cut[0] if c.cut is not None and start == c.cut[1] else start  # a reference's lead cut: the same English
            same.setdefault((c.comment, start, c.segments[last - 1][1]), []).append(k)
    lost: dict[int, int] = {}
    for ks in same.values():
        if len(ks) > 1:
            keep = max(ks, key=lambda k: chosen[k].total)
            lost.update((k, keep) for k in ks if k != keep and not related.holds(keep, k))
    return lost


def _taken(p: Passage, winner: Passage) -> Pair:
    """The result for a passage whose English went to another passage (:func:`_contested`)."""
    at = winner.location
    reason = f"no English in the thread aligns with it (its best candidate translates the passage at {at.comment}:{at.start}-{at.end})"
    return Pair(p, None, None, 0.0, None, None, reason, None)


def _mention(p: Passage) -> Pair:
    """The result for a word of a passage above named in a reply's English (:func:`_mentioned_word`): its gloss was
    found, and kept from the passage it was taken from (:func:`_contested`), but a word's meaning is no pair."""
    return Pair(p, None, None, 0.0, None, None, "a word of a passage above, named in an English reply: its gloss is no translation", None)


def _unpaired(p: Passage, best: _Best | None) -> Pair:
    """The result for a passage without a translation: why, naming the best candidate rejected."""
    reason = "no English in the thread aligns with it"
    if best is not None:
        reason += f" (best candidate: {best.reason}; score {best.score:.2f} < {THRESHOLD})"
    return Pair(p, None, None, 0.0, None, None, reason, None)


#: A :class:`Pair`'s fields after its passage, as :func:`_pairs_of` sends them back: a worker's copy of
#: the passage would be kept beside the parent's own (about 10 MB at 100,000 comments).
_PairRest = tuple[
    Location, str, float, str, str | None, str, Alignment, tuple[int, ...], tuple[str, ...], tuple[str, ...],
    tuple[Location, ...], tuple[str, ...],
]


def _pair(
    source: _Source, scored: _Scored, index: _Index, window: list[tuple[int, int]], links: list[Link], quoted: bool,
) -> _PairRest:
    """The result for a passage given a translation, but the passage (``Pair(passage, *rest)``):
    ``window`` (:func:`_window`) and ``links``, its alignment by the aligner's default settings, as
    ``bilingual align`` shows (``quoted``: the passage is a quoted copy of one above it)."""
    c = scored.candidate
    text = index.texts[c.comment]
    first, last = scored.window
    start, end = window[0][0], index.own_end(c.comment, window[-1][1])
    via = f"duplicate-of:{c.duplicate_of}" if c.duplicate_of is not None else c.route
    alignment = Alignment(tuple(source.spans), tuple(window), tuple(links))
    before, after = _split(c, index)
    if before or after:  # the clauses covered by every part of a split translation
        parts = [index.texts[loc.comment][loc.start : loc.end] for loc in before]
        parts += [text[a:b] for a, b in window] + [index.texts[loc.comment][loc.start : loc.end] for loc in after]
        links = align(source.prepared, PreparedTarget(tuple(parts)))  # (not remembered: :func:`_pairs_of`)
    covered = tuple(sorted(i for link in links if link.tgt for i in link.src))
    flags = []
    if uncertain(text, c.segments[first][0], c.segments[last - 1][1]):
        flags.append("uncertain")
    if len(covered) < len(source.spans) or partial(text, *c.segments[first]):
        flags.append("partial")
    if quoted:
        flags.append("quoted-copy")
    continued = (*before, *after)
    english, evidence = index.own(c.comment)[start:end], _evidence_words(scored)
    one = index.values.setdefault  # copies of a passage translated by copies of the English make equal parts: held once
    return (
        Location(c.comment, start, end), one(english, english), scored.score, via, c.duplicate_of, scored.reason,
        one(alignment, alignment), one(covered, covered), tuple(flags), one(evidence, evidence), continued,
        tuple(index.own(loc.comment)[loc.start : loc.end] for loc in continued),
    )


def _split(c: _Candidate, index: _Index) -> tuple[list[Location], list[Location]]:
    """The other parts of a translation its writer split over several comments (:func:`~.parts.split_parts`)
    when ``c`` is a reply or another comment of the author's: their English, each cut tight, before and after ``c``."""
    if c.route not in ("reply", "same-author") or c.comment is None:
        return [], []

    def span(cid: str) -> Location:  # its lead passed over its whole English: a lead cut off as a segment of its own ("EN 👇") goes too
        text, segments = index.texts[cid], index.pieces(cid)[0][0]
        start, end = tight(text, segments[0][0], segments[-1][1])[0], tight(text, *segments[-1])[1]
        return Location(cid, part_lead(text, start, end), index.own_end(cid, part_end(text, start, end)))  # "fan translation incoming (1/2) <the first part>"

    before, after = _parts_of(c, index)
    return [span(cid) for cid in before], [span(cid) for cid in after]


@dataclass(slots=True)
class _Rejected:
    """A passage's best candidate that was not accepted, as its result names it (:func:`_unpaired`):
    its score and reason. What a worker sends back and what is kept of it until the end (the
    candidate, its alignment and shares cost more to pickle and to hold than they serve)."""

    score: float
    reason: str


_Best = _Scored | _Rejected  # a passage's best candidate so far
_Choice = tuple[_Scored | None, _Best | None]  # a search's outcome: (the accepted, the best scored)

#: The source of a passage paired in step 3's last map (:func:`_pairs_of`): its clauses, texts and prepared Arabic let go.
_PAIRED = _Source([], [], None, 0, PreparedSource((), None))


def _kept(choice: _Choice) -> _Choice:
    """The outcome of a search as it is sent back and kept: an unaccepted best cut to :class:`_Rejected`, an accepted
    candidate's shares of the evidence to the words its pair names (:func:`_evidence_words`; the same object)."""
    accepted, best = choice
    if accepted is not None and accepted.shares is not None:
        accepted.evidence, accepted.shares = _evidence_words(accepted), None
    if best is None or best is accepted or isinstance(best, _Rejected):
        return choice
    return accepted, _Rejected(best.score, best.reason)


@dataclass(slots=True)
class _Work:
    """What pairing's processes read (:class:`~bilingual.parallel.Forked`'s state): the thread as
    indexed, forked once for the three maps; what the parent decides between them (the passages
    given a translation, the next map's items) reaches the workers through :func:`_learn`."""

    found: list[Passage]
    sources: list[_Source]
    related: _Related
    index: _Index
    machine_weight: float
    groups: list[list[int]]  # step 1's items: groups of passages
    parallel: bool  # with workers: every passage left after step 1 is searched ahead in the second map
    chosen: dict[int, _Scored] = field(default_factory=dict)
    parent: int = field(default_factory=os.getpid)  # the process that made it, which forks the workers
    ran: list[int] = field(default_factory=list)  # step 1's groups the parent searched itself (with workers)
    mine: dict[int, _Scored] = field(default_factory=dict)  # in a worker: step 1's passages it accepted itself
    todo: list[int] = field(default_factory=list)  # the second map's items: the passages left after step 1
    explained: list[bool] = field(default_factory=list)  # whether each of ``todo`` has a best candidate already
    copied: list[bool] = field(default_factory=list)  # whether each of ``todo`` has a copy given a translation (searched among the copies')
    shared: list[list[int]] = field(default_factory=list)  # step 3's items: groups of pairs aligned once
    last: bool = False  # step 3's last map: each group lets go of its passages' candidates and sources once paired


def _learn(work: _Work, news: tuple[dict[int, _Scored], dict[str, Any]]) -> None:
    """In a worker: what the parent decided since the fork or the last news, before the next map:
    the passages given a translation since (besides those this worker accepted in step 1, which the
    parent does not send back), and the fields of ``work`` set anew."""
    chosen, fields = news
    work.chosen.update(work.mine)
    work.mine.clear()
    work.chosen.update(chosen)
    for name, value in fields.items():
        setattr(work, name, value)
    if "shared" in fields:  # step 3's pairs from now on: the searches are over
        work.index.searched()


def _tell(forked: Forked, work: _Work, new: dict[int, _Scored], **fields: Any) -> int:
    """Send the workers what they need of the parent's ``work`` for the next map: ``fields`` (set
    in ``work`` here) and the passages chosen that they do not know of, ``new``; returns how many
    passages chosen they know of now (the first in ``work.chosen``: a passage is chosen once, so
    the dict's order says which are new, :func:`_since`)."""
    for name, value in fields.items():
        setattr(work, name, value)
    if forked.links:
        forked.tell(_learn, (new, fields))
    return len(work.chosen)


def _since(chosen: dict[int, _Scored], told: int) -> dict[int, _Scored]:
    """The passages chosen after the first ``told``."""
    return dict(islice(chosen.items(), told, None))


def _choose_own(work: _Work, i: int) -> list[_Choice]:
    """The passages of the ``i``-th group, each against its own comment and the replies under it
    (one item of step 1's map)."""
    found, sources, related, index, machine_weight = work.found, work.sources, work.related, work.index, work.machine_weight
    out = [_kept(_choose(sources[k], _own_candidates(k, found, related, index), index, machine_weight)) for k in work.groups[i]]
    if work.parallel:  # the parent tells the workers only the passages it accepted itself
        if os.getpid() == work.parent:
            work.ran.append(i)
        else:
            work.mine.update((k, choice[0]) for k, choice in zip(work.groups[i], out) if choice[0] is not None)
    return out


def _lines_shown(work: _Work, best: dict[int, _Best | None]) -> dict[int, _Scored]:
    """The passages left after step 1 in a comment that gives its Arabic and English line by line (:meth:`_Index.interleaved`,
    nothing said of the English under each line) where another passage was accepted with the English under it: each
    searched again among its own candidates, the English under it counting :data:`_LINES_SHOWN` more; those accepted so."""
    found, chosen, index = work.found, work.chosen, work.index
    shown = {found[j].location.comment for j, s in chosen.items() if s.candidate.route == "same-comment" and s.candidate.comment == found[j].location.comment}
    out: dict[int, _Scored] = {}
    for k, p in enumerate(found):
        cid = p.location.comment
        if k in chosen or cid not in shown or best[k] is None or index.lines_said(cid) != 0 or not index.interleaved(cid):
            continue
        candidates = _own_candidates(k, found, work.related, index)
        under = next((i for i, c in enumerate(candidates) if c.route == "same-comment"), None)
        if under is None:
            continue
        candidates[under] = replace(candidates[under], prior=candidates[under].prior + _LINES_SHOWN)
        accepted, scored = _choose(work.sources[k], candidates, index, work.machine_weight)  # (only the boost accepts one)
        if accepted is not None and _about_line(index.texts[cid], accepted.candidate, accepted.window):
            accepted = None
        accepted, alternative = _kept((accepted, scored))
        if accepted is not None:
            out[k] = accepted
        best[k] = alternative or best[k]
    return out


# English under an Arabic line that names the line it is under ("this is the bit I can't read", "lol this one is so true",
# "no idea about that part"): a remark on that line, which the layout of a translation line by line (:data:`_LINES_SHOWN`)
# does not make one.
_ABOUT_LINE = regex.compile(
    r"\b(?:(?:this|that)(?:\s+(?:first|second|last|next|other))?|the\s+(?:first|second|last|next|other))\s+(?:one|bit|line|part|word|verse|sentence)\b"
    r"|\bthe\s+(?:bit|line)\b",
    regex.I,
)


def _about_line(text: str, candidate: _Candidate, window: tuple[int, int]) -> bool:
    """Whether the candidate's window names the line it is under (:data:`_ABOUT_LINE`)."""
    return _ABOUT_LINE.search(text, candidate.segments[window[0]][0], candidate.segments[window[1] - 1][1]) is not None


def _by_source(sources: list[_Source]) -> list[int]:
    """The passages' indices, copies of the same Arabic together (in the order of their first
    copy), each copy in thread order."""
    groups: dict[int, list[int]] = {}  # by the prepared Arabic's identity, in the order of their first copy
    for k, source in enumerate(sources):
        group = groups.get(id(source.prepared))
        if group is None:
            groups[id(source.prepared)] = [k]
        else:
            group.append(k)
    return [k for group in groups.values() for k in group]


def _record(
    k: int, choice: _Choice, chosen: dict[int, _Scored], best: dict[int, _Best | None],
) -> bool:
    """Record one search's outcome for passage ``k`` (:func:`_choose`'s pair): the better scored
    candidate as its best, the accepted one as chosen; whether one was accepted."""
    accepted, alternative = _kept(choice)
    old = best[k]
    if alternative is not None and (old is None or alternative.score > old.score):
        best[k] = alternative
    if accepted is not None:
        chosen[k] = accepted
    return accepted is not None


def _search_ahead(work: _Work, i: int) -> _Choice:
    """The ``i``-th passage of ``work.todo``, left after step 1, searched as the sequential pass will
    search it next (one item of the second map; ``explained`` as it stands): among its copies'
    translations when a copy has one (step 2), else among its author's other comments (step 3: step 2
    would find no candidate). Searched here, not in step 1's map for every passage left, the author's
    comments of a passage whose copy gets a translation in step 1 are not searched for nothing (at
    100,000 comments, 6 of 10 such searches were)."""
    k, index, sources = work.todo[i], work.index, work.sources
    if work.copied[i]:
        candidates = _duplicate_candidates(k, work.found, work.related[k], work.chosen, index)
        return _kept(_choose(sources[k], candidates, index, work.machine_weight, work.explained[i]))
    candidates = _later_candidates(work.found[k], index, sources[k].chars)
    return _kept(_choose(sources[k], candidates, index, work.machine_weight, work.explained[i], True))


def _pairs_of(work: _Work, i: int) -> list[tuple[int, _PairRest]]:
    """The pairs of the ``i``-th group of ``work.shared``, passages given a translation which share their Arabic
    and their window of English (the same spans of the same text, cut the same): cut and aligned
    once for all of them (one item of step 3's map), each without its passage (:data:`_PairRest`)."""
    found, sources, related, chosen, index, groups = work.found, work.sources, work.related, work.chosen, work.index, work.shared
    first = groups[i][0]
    window = _window(found[first], chosen[first], index, sources[first])
    text = index.texts[chosen[first].candidate.comment]
    # The English prepared for this alignment alone, not remembered (:func:`~bilingual.align.prepare_target`'s last 256
    # sides, with their analyses): a window is aligned once. 256 of them held 2.45 MiB after pairing at 20,000 comments
    # of distinct sentences; at 100,000, 8 % of step 3's alignments found their English remembered.
    links = align(sources[first].prepared, PreparedTarget(tuple(text[a:b] for a, b in window)))
    out = [
        (k, _pair(sources[k], chosen[k], index, window, links, related.any(k) and _quoted_copy(k, found, related, index)))
        for k in groups[i]
    ]
    if work.last:  # nothing reads them after their pairs (:func:`_contested` ran before): the pairs fill their room
        for k in groups[i]:
            del chosen[k]
            sources[k] = _PAIRED
    return out


def _shared(work: _Work, ks: list[int]) -> list[list[int]]:
    """The passages ``ks`` given a translation, grouped for step 3's map (:func:`_pairs_of`): each
    distinct (Arabic, window of English) is cut and aligned once (copies of a passage translated by
    copies of an English comment are common). A window is the same where its spans of the same text
    are, with or without the passage's heading (:func:`_window`); a pair depends only on that and on
    its own passage, so a group may be split (the pairs of step 1 made early) without changing them."""
    found, sources, index, chosen = work.found, work.sources, work.index, work.chosen
    same: dict[tuple[PreparedSource, str, tuple[tuple[int, int], ...], bool], list[int]] = {}
    for k in ks:
        c, (first, last) = chosen[k].candidate, chosen[k].window
        key = (sources[k].prepared, index.texts[c.comment], tuple(c.segments[first:last]), HEADING.match(found[k].text) is not None)
        same.setdefault(key, []).append(k)
    return list(same.values())


def _sequential(work: _Work, left: list[int], ahead: dict[int, _Choice], by_copies: set[int], best: dict[int, _Best | None]) -> None:
    """Steps 2 and 3 in thread order for the passages ``left`` after step 1, into ``work.chosen`` and
    ``best``: a search made ``ahead`` (``by_copies``: among the copies' translations) is used while
    what it depended on still holds (no copy of the passage was given its own translation in this
    pass, and its best candidate so far is as it was)."""
    found, sources, related, index, machine_weight, chosen = work.found, work.sources, work.related, work.index, work.machine_weight, work.chosen
    found_here: set[int] = set()  # passages given a translation of their own in this pass
    for k in left:
        settled = best[k] is not None
        valid = k in ahead and not (found_here and any(q in found_here for q in related[k]))
        if valid and k in by_copies:
            done = _record(k, ahead[k], chosen, best)
        else:
            duplicates = _duplicate_candidates(k, found, related[k], chosen, index) if chosen and related.any(k) else []
            done = _record(k, _choose(sources[k], duplicates, index, machine_weight, settled), chosen, best) if duplicates else False
        if done:
            continue
        if valid and k not in by_copies and (best[k] is not None) == settled:
            choice = ahead[k]
        else:
            choice = _choose(sources[k], _later_candidates(found[k], index, sources[k].chars), index, machine_weight, best[k] is not None, True)
        if _record(k, choice, chosen, best):
            found_here.add(k)


def _checked_passages(thread: Thread, found: Sequence[Passage]) -> list[Passage]:
    """``found`` as a list, once each passage is known to be a :class:`Passage` of ``thread``'s article or
    one of its comments: one line naming find_pairs() otherwise (a string gave "'str' object has no
    attribute 'location'", an unknown comment id a bare KeyError)."""
    if not callable(getattr(thread, "texts", None)) or not callable(getattr(thread, "get", None)):
        raise TypeError(f"find_pairs() needs a Thread (bilingual.threads), not {type(thread).__name__}")
    if isinstance(found, (str, bytes)) or not isinstance(found, Sequence):
        raise TypeError(f"find_pairs() needs a sequence of Passage (bilingual.segment.passages), not {type(found).__name__}")
    out = list(found)
    for i, p in enumerate(out):
        if not isinstance(p, Passage):
            raise TypeError(f"find_pairs(): passage {i} is a {type(p).__name__}, not a Passage")
        cid = p.location.comment
        if cid is not None:
            try:
                thread.get(cid)
            except KeyError:
                raise ValueError(f"find_pairs(): passage {i} is in comment {cid!r}, which the thread does not hold") from None
    return out


def find_pairs(
    thread: Thread,
    found: Sequence[Passage],
    *,
    segments: Sequence[Sequence[tuple[int, int]]] | None = None,
    machine: Sequence[Sequence[str]] | None = None,
    machine_weight: float = 1.0,
    texts: Sequence[Sequence[str]] | None = None,
    jobs: int = 1,
    labels: LineLabels | None = None,
) -> list[Pair]:
    """For each passage of ``found`` (in thread order, as :func:`bilingual.segment.passages` gives
    them), the English in ``thread`` that translates it: one :class:`Pair` per passage, in order.

    ``segments`` gives each passage's clauses as spans in its comment's text (``None``: cut them
    with :func:`bilingual.text.sentences.clauses`, as the pipeline does); ``machine`` the machine
    translation of each clause (``None``: no MT); ``texts`` the text each clause is aligned on
    (``None``: the comment's characters; for Arabizi and Finglish, the Arabic-script reading of the
    clause, :func:`bilingual.translit.transliterate`, so that its Latin words do not count as
    names missing from the English). Machine output is evidence weighted by
    ``machine_weight`` (0..1, how far the model is trusted; 0 for a model whose output means
    nothing), added to the context, anchors and lengths, never a veto on them. A passage without
    an acceptable candidate gets ``translation=None`` (its ``reason`` names the best candidate
    rejected). ``jobs`` processes search the passages' own comments and replies and align the pairs
    found, most of the work, when there are many passages (:class:`bilingual.parallel.Forked`,
    forked once for the three maps; the pairs are the same). ``labels``, the :class:`LineLabels` that cut
    ``found`` (as :func:`pairs` and the pipeline do), hands over the maps of the thread it made (its texts
    and replies), so they are not made again.
    """
    if not 0.0 <= machine_weight <= 1.0:
        raise ValueError(f"machine_weight must be within 0..1, not {machine_weight}")
    found = _checked_passages(thread, found)
    _check_given(found, segments, machine, texts)
    groups = lists(found, thread.text_of)
    if not groups:
        return _find_pairs(thread, found, segments, machine, machine_weight, texts, jobs, labels)
    if segments is None:
        cut = item_clauses(found, groups, thread.text_of)
        segments = [_clauses(p, cut.get(k)) for k, p in enumerate(found)]
    whole, spans_of, machine_of, texts_of = merged(found, groups, segments, machine, texts, thread.text_of)
    paired = _find_pairs(thread, whole, spans_of, machine_of, machine_weight, texts_of, jobs, labels)
    return shared_out(found, groups, segments, paired, thread.text_of)


def _find_pairs(
    thread: Thread,
    found: list[Passage],
    segments: Sequence[Sequence[tuple[int, int]]] | None,
    machine: Sequence[Sequence[str]] | None,
    machine_weight: float,
    texts: Sequence[Sequence[str]] | None,
    jobs: int,
    labels: LineLabels | None = None,
) -> list[Pair]:
    """:func:`find_pairs` once each item of an Arabic list is one passage with the others (:mod:`.lists`)."""
    if jobs > 1 and found:
        lexicon()  # read once here, not once per forked worker
        load_names()  # (numpy is not loaded: the aligner scores pairing's few links without it)
    given, found = found, _html_viewed(found)
    index = _Index(thread, found, labels)
    sources = _sources(found, segments, machine, texts, index.texts)
    related = _Related(_copy_keys(found, sources, index.romanizing))
    best: dict[int, _Best | None] = {}
    # 1. Where the passage is: its own comment, the replies under it.
    # 2. Copies of the same Arabic share what was found for them; 3. then the author's other comments.
    # With workers, every passage left is searched beforehand, in parallel, as it will be searched
    # next: among its copies' translations when a copy has one after step 1, else (step 2 would find
    # no candidate) among its author's comments (the second map). In the sequential pass below,
    # a search made ahead is used while what it depended on still holds: no copy of the passage was
    # given its own translation in this pass (that would add a candidate to step 2) and its best
    # candidate so far is as it was (the search's floor).
    parallel = forks(len(found), jobs)
    # Copies of the same Arabic, then neighbouring passages, go to a worker together (about 256
    # groups a job): what is kept of a passage against the English around it (by content) is made
    # once there, not once in each worker that took some of them.
    size = max(1, len(found) // (256 * jobs)) if parallel else 1
    order = _by_source(sources) if parallel else list(range(len(found)))
    groups = [order[a : a + size] for a in range(0, len(order), size)]
    work = _Work(found, sources, related, index, machine_weight, groups, parallel)
    chosen = work.chosen
    told = 0  # passages chosen that the workers know of (the first in ``chosen``)
    with Forked(work, len(groups), jobs) as forked:
        own = [r for rs in forked.map(_choose_own, len(groups)) for r in rs]
        for k, (accepted, best[k]) in zip(order, own):
            if accepted is not None:
                chosen[k] = accepted
        del own
        shown = _lines_shown(work, best)
        chosen.update(shown)
        left = [k for k in range(len(found)) if k not in chosen]
        ahead: dict[int, _Choice] = {}
        by_copies: set[int] = set()  # passages searched ahead among their copies' translations
        early: list[list[int]] = []  # the pairs found in step 1, made by the workers during the sequential pass
        if parallel:
            by_copies = related.copied(left, chosen) if chosen else set()  # none of ``left`` is chosen
            todo = [k for k in order if k not in chosen]  # copies of the same Arabic together, as in step 1
            mine = {k: chosen[k] for i in work.ran for k in groups[i] if k in chosen}  # the workers know their own
            mine.update(shown)  # but not those accepted here after step 1
            told = _tell(forked, work, mine, todo=todo, explained=[best[k] is not None for k in todo], copied=[k in by_copies for k in todo])
            del mine
            searching = forked.start(_search_ahead, len(todo))
            early = _shared(work, sorted(chosen)) if forked.links else []  # while the workers search
            ahead.update(zip(todo, searching.results()))
            del searching
            _tell(forked, work, _since(chosen, told), shared=early)
        making = forked.start(_pairs_of, len(early))
        _sequential(work, left, ahead, by_copies, best)
        del ahead
        index.searched()
        made = dict(r for rs in making.results() for r in rs)
        del making, early
        # Step 3's last map lets go of each passage's candidate and source once paired (:attr:`_Work.last`), and of
        # ``best``'s hold on the accepted (the same objects): at 100,000 comments of distinct sentences the pairs made
        # beside them set pairing's peak. ``_contested`` reads them first.
        lost = _contested(chosen, related)
        for k in chosen:
            best[k] = None  # (a passage given a translation is paired: ``best`` names only those left unpaired)
        _tell(forked, work, _since(chosen, told), shared=_shared(work, sorted(k for k in chosen if k not in made)), last=True)
        made.update(r for rs in forked.map(_pairs_of, len(work.shared)) for r in rs)
    return [
        _taken(given[k], given[lost[k]]) if k in lost else _mention(given[k]) if k in made and _mentioned_word(p, index)
        else Pair(given[k], *made.pop(k)) if k in made else _unpaired(given[k], best[k])
        for k, p in enumerate(found)
    ]  # each tuple's room for its pair


def _html_viewed(found: list[Passage]) -> list[Passage]:
    """``found`` as pairing reads it: a passage exported as HTML ("...<br>...", "&quot;") as it shows
    (:func:`~bilingual.text.sentences.html_view`, its offsets kept); its pair names the passage as given."""
    if all("<" not in p.text and "&" not in p.text for p in found):
        return found
    return [_html_passage(p) for p in found]


def _html_passage(p: Passage) -> Passage:
    """One passage as an HTML export shows it (:func:`_html_viewed`): itself when it has no tag or reference."""
    text = html_view(p.text)[0] if "<" in p.text or "&" in p.text else p.text
    return p if text == p.text else Passage(p.location, p.span, text, p.author, p.extra)


# A line of English that names by its place the line of the Arabic it gives ("First line: ...", "2nd one - ...",
# "Upper: ...", "Bottom line: ...", "Line 2: ..."): the first, second, third, or last (-1) line.
_LINE_LABEL = regex.compile(
    r"""^[ \t]*(?:the[ \t]+)?(?:(?P<first>first|1st|top|upper)|(?P<second>second|2nd)|(?P<third>third|3rd)|(?P<last>last|final|bottom|lower)
    |line[ \t]*\#?(?:(?P<first>1)|(?P<second>2)|(?P<third>3)))(?:[ \t]+(?:line|one|bit|part|row|sentence|half|verse))?[ \t]*[:=\-–—][ \t]*\S""",
    regex.I | regex.X | regex.M,
)
_LINE_PLACES = {"first": 0, "second": 1, "third": 2, "last": -1}


def _labelled_runs(text: str) -> Iterator[list[int]]:
    """The runs of consecutive lines of ``text`` that each name a line of the Arabic by its place
    (:data:`_LINE_LABEL`), as the places they name."""
    run: list[int] = []
    for line in text.split("\n"):
        found = _LINE_LABEL.match(line)
        if found is None:
            if len(run) > 1:
                yield run
            run = []
        else:
            run.append(_LINE_PLACES[str(found.lastgroup)])
    if len(run) > 1:
        yield run


def _lines_named(text: str, count: int) -> bool:
    """Whether ``text`` gives ``count`` lines of English each naming another of ``count`` lines by its place."""
    return any(len(run) == count and sorted(q % count for q in run) == list(range(count)) for run in _labelled_runs(text))


# A line of English that opens with a list's bullet or number ("- ...", "* ...", "2. ...", "3) ...") and holds a Latin letter,
# or that is one quotation whole ('"The train left before they got to the station."'): an annotator's lines, quoted one by one.
_LIST_LINE = regex.compile(
    r"[ \t]*+(?:(?:(?P<mark>[-*•–—·▪◦‣⁃])|(?P<number>\d{1,2})[.)])[ \t]+(?=[^\n]*\p{Latin})|[\"“](?=[^\n]*\p{Latin}[^\n]*[\"”][ \t]*$))"
)


def _list_runs(text: str) -> Iterator[int]:
    """The lengths of the runs of consecutive lines of ``text`` that make one English list
    (:data:`_LIST_LINE`): each opening with the same bullet, or numbered on from the line before."""
    run, mark = 0, ""
    for line in text.split("\n"):
        found = _LIST_LINE.match(line)
        if found is not None and (found["mark"] or "") == mark and (not found["number"] or int(found["number"]) == run + 1):
            run += 1
            continue
        if run > 1:
            yield run
        run, mark = (0, "") if found is None or found["number"] not in (None, "1") else (1, found["mark"] or "")
    if run > 1:
        yield run


def _listed(text: str, count: int) -> bool:
    """Whether ``text`` gives an English list of exactly ``count`` items (:func:`_list_runs`): one answering
    ``count`` lines of Arabic line by line ("Sure:\n- ...\n- ..." under two lines that ask)."""
    return "\n" in text and count in _list_runs(text)


def _numbered(text: str, count: int) -> bool:
    """Whether ``text`` gives an English list of exactly ``count`` lines numbered 1 to ``count`` (:data:`_LIST_LINE`)."""
    run = 0
    for line in text.split("\n"):
        found = _LIST_LINE.match(line)
        number = found["number"] if found is not None else None
        if number is not None and int(number) == run + 1:
            run += 1
            continue
        if run == count:
            return True
        run = 1 if number == "1" else 0
    return run == count


def _lines_given(text: str, count: int) -> bool:
    """Whether ``text`` is English of exactly ``count`` lines (blank lines aside), under at most one line that leads them
    with a colon ("Line by line:"), and no Arabic: a verse's halves answered half by half, each on its own line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and len(lines) == count + 1 and lines[0].endswith(":"):
        lines = lines[1:]
    return len(lines) == count and all(_LATIN.search(line) and not _ARABIC_LETTER.search(line) for line in lines)


def _line_passages(p: Passage, listed: bool = False) -> list[Passage]:
    """The passage cut into its lines, each with its own Arabic (the whole passage when it is one line);
    ``listed``: each line marked as an item of a list (:data:`LISTED`), for an English list answering it."""
    out, at = [], 0
    for line in p.text.split("\n"):
        a = at + len(line) - len(line.lstrip())
        b = at + len(line.rstrip())
        at += len(line) + 1
        if b > a:
            out.append(_piece(p, a, b, listed))
    return out


def _piece(p: Passage, a: int, b: int, listed: bool) -> Passage:
    """The part ``[a, b)`` of the passage's text as a passage of its own (``listed``: an item of a list, :data:`LISTED`)."""
    start, end = p.location.start + a, p.location.start + b
    inside = tuple((x, y) for x, y in p.span.insertions if start <= x and y <= end)
    span = Span(start, end, p.span.kind, p.span.lang, p.span.confidence, inside)
    extra = {**p.extra, LISTED: True} if listed else dict(p.extra)
    return Passage(Location(p.location.comment, start, end), span, p.text[a:b], p.author, extra)


def _sentence_passages(p: Passage) -> list[Passage]:
    """The one-line passage cut into its sentences, each an item of a list (:data:`LISTED`): an English list of as
    many items answers it sentence by sentence ("1) ...\n2) ...")."""
    return [_piece(p, a, b, True) for a, b in sentences(p.text)]


class LineLabels:
    """Where a passage of several lines is cut into its lines for pairing: English in its comment after
    it, or in a reply to that comment, gives as many lines each labelled with the place of the line it
    translates ("First line: ...\n2nd one: ...", "Lower: ...\nUpper: ..."); that English pairs line by
    line, in whatever order its labels say, where the whole passage could take only one of its lines.
    One per thread, for :func:`pairs` and the pipeline alike (the thread's texts and replies are
    indexed on the first passage of several lines)."""

    def __init__(self, thread: Thread) -> None:
        self._thread = thread
        self._comments = thread.comments  # the list the maps were made of (a thread given other comments makes its own)
        self._article = thread.article
        self._texts: _Texts | None = None
        self._replies: dict[str | None, list[str]] = {}

    def maps(self, thread: Thread) -> tuple[_Texts, dict[str | None, list[str]]] | None:
        """The texts and replies of ``thread`` by comment (:func:`_thread_maps`), if they were made for it
        (pairing's index takes them over, not made a second time), else ``None``; handed over once."""
        texts, self._texts = self._texts, None
        if texts is None or thread is not self._thread or thread.comments is not self._comments or thread.article is not self._article:
            return None
        replies, self._replies = self._replies, {}
        return texts, replies

    def cut(self, p: Passage) -> list[Passage]:
        """``p`` as the passages pairing works on: its lines, its verse's halves (:meth:`_by_hemistich`), its sentences
        (:meth:`_by_sentence`), or itself."""
        if p.kind == ARABIZI:
            return [p]
        if "\n" not in p.text:
            return self._by_hemistich(p) or self._by_sentence(p)
        count = p.text.count("\n") + 1
        english = self._english_after(p)
        if any(_LINE_LABEL.search(text) and _lines_named(text, count) for text in english):
            return _line_passages(p)
        if any(_listed(text, count) for text in english):
            return _line_passages(p, listed=True)
        return [p]

    def _english_after(self, p: Passage) -> list[str]:
        """The texts that may answer ``p`` line by line: the rest of its comment after it, and each reply to its comment."""
        if self._texts is None:
            self._texts, self._replies = _thread_maps(self._thread)
        cid, texts = p.location.comment, self._texts
        return [texts[cid][p.location.end :], *(texts[r] for r in self._replies.get(cid, []) if cid is not None)]

    def _by_hemistich(self, p: Passage) -> list[Passage]:
        """``p``, one line of verse whose halves a mark sets apart (:data:`~bilingual.text.sentences.HEMISTICH_MARK`: "صدر *** عجز"), cut into its
        halves where English in its comment after it or in a reply to it gives as many lines (:func:`_lines_given`), each
        half's translation on its own line; else ``[]``."""
        marks = list(HEMISTICH_MARK.finditer(p.text))
        if not marks:
            return []
        english = self._english_after(p)
        if not any(_lines_given(text, len(marks) + 1) for text in english):
            return []
        bounds = [0, *(x for m in marks for x in (m.start(), m.end())), len(p.text)]
        return [_piece(p, a, b, True) for a, b in zip(bounds[::2], bounds[1::2])]

    def _by_sentence(self, p: Passage) -> list[Passage]:
        """``p``, one line of several sentences, cut into its sentences where English in its comment after it or in
        a reply to it is a numbered list of as many items (:func:`_numbered`: "Sentence by sentence:\n1) ...\n2) ..."),
        each item the translation of its sentence; else ``[p]`` (a dialogue's lines, "- Ahmed: ...", stay one translation)."""
        if not ends_inside(p.text):
            return [p]
        count = len(sentences(p.text))
        if count < 2:
            return [p]
        english = self._english_after(p)
        return _sentence_passages(p) if any(_numbered(text, count) for text in english) else [p]


def _passages(thread: Thread) -> list[Passage]:
    """Every Arabic and Arabizi passage of ``thread``, as :func:`bilingual.segment.passages` gives them, each distinct
    text segmented once, as the pipeline's segment stage does (:func:`bilingual.pipeline._split`): a thread repeats its
    comments (the bench thread: 30 texts in 10,028 comments), and segmenting every copy was a sixth of :func:`pairs`.
    Copies share their spans (immutable) and their passages' strings."""
    from ..segment import segment

    seen: dict[str, tuple[tuple[Span, str], ...]] = {}
    out: list[Passage] = []
    for cid, text in thread.texts():
        spans = seen.get(text)
        if spans is None:
            spans = seen[text] = tuple((s, text[s.start : s.end]) for s in segment(text) if s.kind in (ARABIC, ARABIZI))
        if spans:
            author = None if cid is None else getattr(thread.get(cid), "author", None)
            out.extend(Passage(Location(cid, s.start, s.end), s, cut, author) for s, cut in spans)
    return out


def pairs(thread: Thread, *, translator: Translator | None = None) -> list[Pair]:
    """For every Arabic or Arabizi passage of ``thread``, the English in the thread that translates it.

    The passages are found and cut into segments here, as the pipeline does (:func:`_layers`: the
    clauses of Arabic script, the sentences of Arabizi read in Arabic script); ``translator``
    (Arabic segments -> English, one output per input; e.g. the MT engine), when given, translates
    every Arabic-script segment of the thread in one call (Finglish never: it is not Arabic) and
    is fully trusted. See :func:`find_pairs`.
    """
    if not callable(getattr(thread, "texts", None)):
        raise TypeError(f"pairs() needs a Thread (bilingual.threads), not {type(thread).__name__}")
    labels = LineLabels(thread)
    found = [q for p in _passages(thread) for q in labels.cut(p)]
    cut = item_clauses(found, lists(found, thread.text_of), thread.text_of)
    layers = _all_layers(found, cut)
    segments = [spans for spans, _ in layers]
    texts = [aligned for _, aligned in layers]
    machine = None
    if translator is not None:
        wanted = [(k, j) for k, p in enumerate(found) if p.span.lang != FA_LATN for j in range(len(texts[k]))]
        translated = list(translator([texts[k][j] for k, j in wanted])) if wanted else []
        if len(translated) != len(wanted):
            raise ValueError(f"the translator returned {len(translated)} outputs for {len(wanted)} segments")
        machine = [[""] * len(spans) for spans in segments]
        for (k, j), english in zip(wanted, translated):
            machine[k][j] = english
    return find_pairs(thread, found, segments=segments, machine=machine, texts=texts, labels=labels)
