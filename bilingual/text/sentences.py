"""Sentences and clauses, defined once: where the model's inputs, the aligner's segments and the
pairing's windows begin and end.

:func:`sentences` cuts after ``. ! ? ؟ …`` (not after abbreviations such as ``U.S.`` or ``Dr.``,
nor inside numbers, nor at an ellipsis that pauses: " .. ", "... and"; direction marks after the
full stop are passed), at blank lines and at line breaks that do not continue a sentence.
:func:`clauses` cuts further into list items when a text is a long list (a prayer of clauses
joined by ``و``), so that a listed prayer and its translation meet item by item.
:func:`model_inputs` is what a translation model sees: whole sentences, and only a sentence too
long for the model is cut (before a conjunction, else at a space). Every span is
``(start, end)`` into the text it came from, stripped of surrounding whitespace.
"""

from __future__ import annotations

from collections.abc import Sequence

import html
import re

import regex

__all__ = ["CONJUNCTIONS", "GAP_NOTE", "HEMISTICH_MARK", "MAX_CHARS", "clauses", "ends_inside", "halves_inside", "html_view", "model_inputs", "passage_layers", "sentences"]

_SENTENCE_END = regex.compile(r"""[.!?؟…]+["'”’»)\]]*""")
_END_MARKS = frozenset(".!?؟…")  # what a sentence end (:data:`_SENTENCE_END`) begins with
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "mt", "vs", "etc", "e.g", "i.e", "jr", "sr", "prof", "approx"})
# Abbreviations only before a number ("No. 5", "Vol. 2"): "I said no." ends its sentence.
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "vol", "pp"})
_INNER_END = regex.compile(r"[.!?؟][ \t]+\S")  # a sentence mark with more words after it on its line


#: The mark between the two halves of a line of verse (hemistichs) as the line is typed online: "***", "*", "//", "/",
#: "|", a run of tatweel or dashes, spaced off on both sides ("صدر *** عجز", "صدر / عجز", "صدر ـــــ عجز").
HEMISTICH_MARK = regex.compile(r"[ \t]+(?:\*{1,3}|/{1,2}|\|{1,2}|[ـ\-–—]{3,})[ \t]+")


def halves_inside(text: str) -> bool:
    """Whether ``text`` holds a mark setting a verse's halves apart (:data:`HEMISTICH_MARK`): the cheap test whether
    pairing may cut a passage of one line into its halves, asked by pairing and by the pipeline alike."""
    return HEMISTICH_MARK.search(text) is not None


def ends_inside(text: str) -> bool:
    """Whether a sentence mark stands inside ``text`` with more words after it on its line ("A. B"): the cheap test
    whether a passage of one line may hold several sentences (pairing cuts such a passage into them for a numbered
    list, and the pipeline asks before it hands the passage over)."""
    return _INNER_END.search(text) is not None


_DIGIT_NEXT = regex.compile(r"[ \t]*+\d")
# "Spiteri et al. reported": "al." after "et" is an abbreviation, which a sentence goes on after as after "U.S.".
_ET_AL = regex.compile(r"(?i)\bet al$")
_CONJUNCTIONS_AR = frozenset({"و", "ولا", "او", "أو", "ثم", "ام", "أم"})
_CONJUNCTIONS_EN = frozenset({"and", "or", "nor", "but"})
_LIST_SEPARATORS = regex.compile(r"[,،;؛]")
_SEPARATORS = frozenset(",،;؛")
_NEWLINE = re.compile("\n")
_ALNUM = re.compile(r"[^\W_]")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)$")
# A word ending in three lower-case letters before a mark glued to a capital ("used.A number"), not the last label of a
# domain or a handle ("www.example.Com", "salma.Reem"), nor a word with a digit: a sentence ends there.
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}_@./])\p{L}*\p{Ll}{3}$")
# After an initialism, on the line: a lowercase letter (group 1) or a capitalised word (group 2).
_NEXT_WORD = regex.compile(r"[ \t]*+(?:(\p{Ll})|(\p{Lu}[\p{L}'’]*+)|[^\n]?)")
# Capitalised words that open a new sentence after an initialism ("... in the U.S. Such underestimation"),
# where another capitalised word goes on as a name ("U.S. President Trump", "10 a.m. Central European Time").
_OPENERS = frozenset(
    "a about according after all also although an and another as at because before both but by during each even "
    "every for from he her here his how however i if in it it's its many meanwhile more most my no not now of on "
    "one or other our over she since so some such that the their then there these they this those though thus to "
    "today under until we what when where which while who why with yes yet you your".split()
)
# An abbreviation made of single letters with dots: U.S, e.g, U.A.E (its last dot follows).
_INITIALISM = regex.compile(r"(?:\p{L}\.)+\p{L}")
# Invisible direction marks that stand between a sentence's end and the next one (RLM, LRM, ALM).
_MARKS = "\u200e\u200f\u061c"
# After an ellipsis, a word in lower case on the same line: the sentence goes on ("it's not .. it's not").
_LOWER_NEXT = regex.compile(r"[ \t]*+\p{Ll}")
#: A note in brackets marking words that could not be read or heard, as transcripts and quotes mark them ("[illegible]",
#: "(inaudible)", "[unclear word]", "[?]"), with the ellipses around it: a gap inside the sentence, no sentence end or note.
GAP_NOTE = regex.compile(
    r"(?:(?:\.{2,}|…)[ \t]*+)?[\[(][ \t]*(?:\p{L}+[ \t]+)?(?i:illegible|inaudible|unintelligible|unreadable|unclear|indistinct"
    r"|garbled|blurr(?:y|ed)|cut[ \t]off|can['’]?t[ \t](?:read|hear|make[ \t]out)|\?+)(?:[ \t]+\p{L}+)?[ \t]*[\])](?:[ \t]*+(?:\.{2,}|…))?"
)


# A run of HTML line-break and paragraph tags, with the spaces between them: "<br>", "<br />", "</p>\n<p>".
_LINE_TAGS = regex.compile(r"(?i)(?:<(?:br[ \t]*+/?|/?p(?:[ \t][^<>\n]{0,80})?)>[ \t\r\n]*+)+")
_BREAK = regex.compile(r"(?i)<br")
_PARAGRAPH = regex.compile(r"(?i)</?p")
# A word holding a character reference: "don&#39;t", "&quot;Hi&quot;", "R&amp;D".
_ENTITY = regex.compile(r"&(?:\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ENTITY_WORD = regex.compile(r"[^\s&]*+&[^\s]*+")


def _breaks(m: regex.Match[str]) -> str:
    """A run of line-break and paragraph tags as spaces then its line breaks (:func:`html_view`)."""
    run = m.group()
    count = min(2, len(_BREAK.findall(run)) + (2 if _PARAGRAPH.search(run) else 0))
    return " " * (len(run) - count) + "\n" * count


def _decoded(m: regex.Match[str]) -> str:
    """One character reference as the character it stands for; a no-break space as a space."""
    return html.unescape(m.group()).replace("\xa0", " ")


def html_view(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` as an HTML export shows it, same length: each run of line-break and paragraph tags ("<br>",
    "</p><p>") as spaces then its line breaks (one per ``<br>``, two where a paragraph tag is, two at most), and each
    word's character references decoded ("don&#39;t" as "don't", its spare characters spaces after the word). A
    comment exported as HTML ("Translation:<br>He ...") has lines every rule on lines must see, and no ";" of a
    reference cuts a clause; its offsets stay those of the text. Also the spaces a word's references left (start,
    end): a span ending on that word ends at their end in the text."""
    if "<" in text:
        text = _LINE_TAGS.sub(_breaks, text)
    if "&" not in text or ";" not in text:
        return text, ()
    pads: list[tuple[int, int]] = []
    parts: list[str] = []
    at = 0
    for m in _ENTITY_WORD.finditer(text):
        word = _ENTITY.sub(_decoded, m.group())
        if len(word) < len(m.group()):
            parts += (text[at : m.start()], word, " " * (len(m.group()) - len(word)))
            pads.append((m.start() + len(word), m.end()))
            at = m.end()
    return ("".join(parts) + text[at:] if pads else text), tuple(pads)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence_cuts(text: str) -> list[int]:
    """Offsets where a sentence ends: after terminal punctuation followed by a space, a capital
    letter or the end; at blank lines; at line breaks unless the line ends with a conjunction or comma."""
    cuts: set[int] = set()
    # Each pattern runs only where a character it needs is in the text (most comments' short
    # pieces have no line break, many no end mark: a pattern call costs more than the look).
    for m in _SENTENCE_END.finditer(text) if not _END_MARKS.isdisjoint(text) else ():
        end = m.end()
        while end < len(text) and text[end] in _MARKS:
            end += 1
        after = text[end:end + 1]
        punct = m.group()
        if after == "" or after.isspace():
            if punct == "." and _abbreviation_before(text, m.start()):
                continue
            if _pause(text, m.start(), punct, end):
                continue
            cuts.add(end)
        elif after.isupper() and (len(punct.rstrip("\"'”’»)]")) > 1 or _glued_end(text, m.start(), punct)) and not _in_handle(text, m.start()):
            cuts.add(end)
    line_start = 0
    for nl in _NEWLINE.finditer(text) if "\n" in text else ():
        line = text[line_start:nl.start()].rstrip()
        line_start = nl.end()
        words = line.split()
        if not words:
            continue
        last = words[-1].lower()
        if last in _CONJUNCTIONS_AR or last in _CONJUNCTIONS_EN or line.endswith((",", "،")):
            continue
        nxt = text[nl.end() : nl.end() + 64].lstrip(" \t")  # bounded: a line of spaces stays linear
        if nxt[:1].islower():
            continue
        cuts.add(nl.start())
    return sorted(cuts)


def _pause(text: str, start: int, punct: str, end: int) -> bool:
    """The ellipsis ``punct`` at ``start`` is a pause inside a sentence, not its end: a lower-case
    word follows it on the line ("it's not .. it's not") or a gap note does ("... [illegible] ..."), or it is two dots spaced off on both sides
    (" .. ", how transcripts mark a pause: "used to be .. I mean my class had twenty")."""
    dots = punct.rstrip("\"'”’»)]")
    if not (dots.startswith("..") or "…" in dots):
        return False
    if _LOWER_NEXT.match(text, end) or _gap_next(text, end):
        return True
    return dots == ".." and start > 0 and text[start - 1].isspace()


def _gap_next(text: str, end: int) -> bool:
    """A :data:`GAP_NOTE` follows ``end`` on the line ("She took ... [illegible] ... pen"): the sentence goes on past it."""
    pos = end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return text[pos : pos + 1] in ("[", "(") and GAP_NOTE.match(text, pos) is not None


def _abbreviation_before(text: str, pos: int) -> bool:
    m = _WORD_BEFORE.search(text[max(0, pos - 12):pos])
    if not m:
        return False
    word = m.group(1).lower()
    return (
        word in _ABBREVIATIONS
        or (word == "al" and _ET_AL.search(text, max(0, pos - 6), pos) is not None and _starts_lower_or_name(text, pos + 1))
        or (word in _NUMBER_ABBREVIATIONS and _DIGIT_NEXT.match(text, pos + 1) is not None)
        or (len(word) == 1 and word.isalpha() and word.isascii())
        or (_INITIALISM.fullmatch(word) is not None and _starts_lower_or_name(text, pos + 1))
    )


def _starts_lower_or_name(text: str, pos: int) -> bool:
    """After ``U.S.``: a sentence goes on when a lowercase word or a capitalised word that is no common
    sentence opener (:data:`_OPENERS`) follows on the same line (``the U.S. Army``, ``U.S. President
    Trump``); it ends before an opener (``the U.S. Such ...``), a line break, a digit or the end."""
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    if m.group(1) is not None:
        return True
    name = m.group(2)
    return name is not None and name.lower().replace("’", "'") not in _OPENERS


# A handle the full stop at the end of this is inside ("@Salma.R", "u/Hadi.K"): a name, not a sentence end before a capital.
_HANDLE_BEFORE = regex.compile(r"(?:^|(?<=[\s(\[]))(?:@|/?u/)[\p{L}\p{N}_.\-]+$")
_HANDLE_REACH = 50  # characters: a handle is no longer
# A handle with a dot opening a line without "@", set off as the one addressed ("Hana.M, Do you ...", "Khaled.N — ...").
_BARE_HANDLE_BEFORE = regex.compile(r"(?:^|(?<=\n))\p{L}[\p{L}\p{N}_]*$")
_BARE_HANDLE_AFTER = regex.compile(r"\.[\p{L}\p{N}_]{1,3}(?:,|[ \t]+[—–-][ \t])")


# A chat row's time and the start of its writer's name, opening the line up to a full stop in the name ("[23:48] Nadia",
# "[03/03/25, 09:15:46] Mama", "04/06/2024, 07:52 - Hadi"), and the name's rest up to the colon after it (".F: ").
_ROW_NAME_BEFORE = regex.compile(
    r"(?:^|(?<=\n))[ \t]*\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\]?"
    r"[ \t]*(?:[-–—][ \t]*)?[\p{L}\p{N}_.\-]+$"
)
_ROW_NAME_AFTER = regex.compile(r"\.[\p{L}\p{N}_.\-]*:[ \t]")


def _in_handle(text: str, pos: int) -> bool:
    """Whether the full stop at ``pos`` is inside a handle (:data:`_HANDLE_BEFORE`), a chat row's writer's name
    (:data:`_ROW_NAME_BEFORE`) or a line's first word addressed without "@" (:data:`_BARE_HANDLE_AFTER`): "@Salma.R
    thanks", "[23:48] Nadia.F: and i think ..." and "Hana.M, Do you ..." name one writer."""
    start = max(0, pos - _HANDLE_REACH)
    before = text[start:pos]
    if ("@" in before or "u/" in before) and _HANDLE_BEFORE.search(text, start, pos) is not None:
        return True
    if ":" in before and _ROW_NAME_AFTER.match(text, pos) is not None and _ROW_NAME_BEFORE.search(text, start, pos) is not None:
        return True
    return _BARE_HANDLE_AFTER.match(text, pos) is not None and _BARE_HANDLE_BEFORE.search(text, start, pos) is not None


def _glued_end(text: str, pos: int, punct: str) -> bool:
    """The mark at ``pos``, glued to the capital after it, ends a sentence: it follows a word of :data:`_LOWER_WORD_BEFORE`
    that is no abbreviation ("used.A number" ends one; "Prof.Smith", "etc.The", "Mr.Smith", "U.S.The" do not, as with a space)."""
    if _LOWER_WORD_BEFORE.search(text[max(0, pos - 30):pos]) is None:
        return False
    return not (punct.startswith(".") and _abbreviation_before(text, pos))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a piece with no letter or digit joins the sentence before it (or after it, at the start)."""
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*_sentence_cuts(text), len(text)]:
        a, b = _strip_span(text, prev, cut)
        if a < b and any(ch.isalnum() for ch in text[a:b]):
            spans.append((a, b))
            prev = cut
        elif spans and a < b:
            spans[-1] = (spans[-1][0], b)
            prev = cut
    return spans


def _clause_starts_arabic(text: str, start: int, end: int) -> list[int]:
    """Word offsets in ``[start, end)`` where a list clause starts: a standalone conjunction, a word
    with a ``و`` prefix, or after a comma, provided the clause before holds a content word."""
    starts = []
    words = list(_WORD.finditer(text, start, end))
    content_since = False
    for k, w in enumerate(words):
        token = w.group()
        pos = w.start()
        bare = token.strip("،,؛;.…")
        is_conj = bare in _CONJUNCTIONS_AR
        prefixed = bare.startswith("و") and len(bare) >= 4 and k > 0
        after_comma = k > 0 and words[k - 1].group().endswith(("،", ",", "؛", ";"))
        if (is_conj or prefixed or after_comma) and content_since:
            starts.append(pos)
            content_since = False
        if not is_conj and _ALNUM.search(bare):
            content_since = True
    return starts


def _clause_starts_english(text: str, start: int, end: int) -> list[int]:
    """Offsets in ``[start, end)`` after each comma or semicolon (the list items of a sentence)."""
    starts: list[int] = []
    if _SEPARATORS.isdisjoint(text[start:end]):  # no separator: no pattern call
        return starts
    for m in _LIST_SEPARATORS.finditer(text, start, end):
        k = m.end()
        while k < end and text[k].isspace():
            k += 1
        if k < end and any(ch.isalnum() for ch in text[start:m.start()]):
            starts.append(k)
    return starts


def _list_items(text: str, span: tuple[int, int], lang: str) -> list[int]:
    if lang == "ar":
        starts = _clause_starts_arabic(text, *span)
        conj = sum(1 for w in text[span[0]:span[1]].split() if w.strip("،,") in _CONJUNCTIONS_AR)
        return starts if conj + len(_LIST_SEPARATORS.findall(text, *span)) >= 2 else []
    return _clause_starts_english(text, *span)


def clauses(text: str, lang: str) -> list[tuple[int, int]]:
    """Segments of ``text`` as ``(start, end)`` spans, for ``lang`` ``"ar"`` or ``"en"``.

    Sentences; in a text where some sentence is a long list (4+ items: clauses joined by ``و`` in
    Arabic, comma-separated phrases in English), every sentence of 3+ items is cut into its items,
    so that a listed prayer and its translation meet item by item.
    """
    if lang not in ("ar", "en"):
        raise ValueError(f"unsupported language {lang!r} (use 'ar' or 'en')")
    if lang == "en" and _END_MARKS.isdisjoint(text) and "\n" not in text and _SEPARATORS.isdisjoint(text):
        return _one_sentence(text)
    spans = sentences(text)
    items = [_list_items(text, s, lang) for s in spans]
    if not any(len(starts) >= 3 for starts in items):
        return spans
    out: list[tuple[int, int]] = []
    for (a, b), starts in zip(spans, items):
        if len(starts) < 2:
            out.append((a, b))
            continue
        bounds = [a, *starts, b]
        for x, y in zip(bounds, bounds[1:]):
            x, y = _strip_span(text, x, y)
            if any(ch.isalnum() for ch in text[x:y]):
                out.append((x, y))
            elif x < y:  # a trailing "..." item stays with the item before it
                out[-1] = (out[-1][0], y)
    return out


def _one_sentence(text: str) -> list[tuple[int, int]]:
    """:func:`clauses` of English without an end mark, a line break or a list separator (a reply
    such as "reply 12 hi"; pairing cuts every new comment's English): the text stripped, one
    sentence and one clause, when it holds a letter or a digit."""
    start, end = _strip_span(text, 0, len(text))
    return [(start, end)] if start < end and _has_content(text[start:end]) else []


#: Default length cap (characters) for one sentence; long unpunctuated runs are cut below it.
MAX_CHARS = 160

#: Standalone words before which a long unpunctuated run may be cut ("and", "or", "then", "but"...).
CONJUNCTIONS = frozenset({"و", "أو", "او", "ثم", "لكن", "ولكن", "بل", "ولا", "أم", "إذ"})

_WORD = re.compile(r"\S+")
#: Past the cap, a word is read only as far as it could still be a conjunction (a longer one cut short is none).
_CONJUNCTION_REACH = max(map(len, CONJUNCTIONS)) + 1


def _has_content(text: str) -> bool:
    """True when ``text`` holds a letter or digit (pieces of bare punctuation are not sentences)."""
    return any(ch.isalnum() for ch in text)


def _cut_point(text: str, start: int, end: int, max_chars: int) -> int:
    """Where to cut the over-long piece ``[start, end)``: before the conjunction nearest an even
    share of the piece, else at the last space within the cap, else at the cap itself."""
    pieces = -(-(end - start) // max_chars)
    target = start + (end - start) // pieces
    limit = start + max_chars
    conjunctions = [  # the scan stops past the cap: to the piece's end, each cut made it quadratic in a long comment
        m.start() for m in _WORD.finditer(text, start, min(end, limit + _CONJUNCTION_REACH))
        if start < m.start() <= limit and m.group() in CONJUNCTIONS
    ]
    if conjunctions:
        return min(conjunctions, key=lambda pos: abs(pos - target))
    spaces = [m.start() for m in re.finditer(r"\s", text[start + 1 : limit + 1])]
    if spaces:
        return start + 1 + spaces[-1]
    return limit


def _cap(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``[start, end)`` into stripped pieces of at most ``max_chars`` characters."""
    out: list[tuple[int, int]] = []
    while end - start > max_chars:
        cut = _cut_point(text, start, end, max_chars)
        piece = _strip_span(text, start, cut)
        if piece[0] < piece[1]:
            out.append(piece)
        start, end = _strip_span(text, cut, end)
    if start < end:
        out.append((start, end))
    return out


def model_inputs(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, int]]:
    """What a translation model is given: the :func:`sentences` of ``text``, each cut further only
    when longer than ``max_chars`` (before a conjunction, else at a space, else at the cap).

    The model never sees a clause fragment of a sentence that fits: a fragment like
    ``و رخاء الصومال`` translates far worse than the sentence it belongs to.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    spans: list[tuple[int, int]] = []
    for start, end in sentences(text):
        spans.extend(s for s in _cap(text, start, end, max_chars) if _has_content(text[s[0] : s[1]]))
    return spans


def passage_layers(
    text: str, max_chars: int = MAX_CHARS, cut: Sequence[tuple[int, int]] | None = None, latin: bool = False,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A passage's sentences, as its translation model is given them (:func:`model_inputs`), and its
    segments, what alignment and pairing work on: its Arabic clauses as the whole text cuts them
    (``cut``: as something else cuts them, e.g. the list it is an item of; ``latin``, Arabizi or
    Finglish: its sentences, the clause cues being Arabic-script). A segment may span pieces the
    model is given apart (a long sentence cut at ``max_chars``): the cap is the model's, not the
    text's. The one definition the pipeline and :func:`bilingual.pairing.pairs` share."""
    whole = [(0, len(text))]
    inputs = model_inputs(text, max_chars) or whole
    if cut is not None:
        return inputs, list(cut) or whole
    return inputs, (sentences(text) if latin else clauses(text, "ar")) or whole
