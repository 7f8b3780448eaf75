"""The report page's repeated parts as plain Python: passage cards, comment cards and folds.

They were Jinja macros; on a 100,000-comment thread, or a reply chain 100,000 deep, the macro
calls, Jinja's attribute look-ups and a ``Markup`` object per escaped value cost more than the
rest of the report (issue 19). The markup made here is byte for byte what those macros made.

Escaping is not optional here either: every value that comes from the input (texts, ids, authors,
dates, notes, flags, languages, links) reaches the markup only through :func:`esc` (what
autoescaping does) or :func:`t` (controls made visible first, then escaped); the only strings
put in as they are are this module's own literals, numbers it formats itself, and markup made
by these functions. Results are plain ``str``; :func:`bilingual.report.html.html_pieces` hands
them to the page template as ``Markup``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from ..compare import Flag
from ..safe import BIDI_CONTROLS, MARKED, visible_controls
from .model import Card, Fold, PassageEntry, Piece, Report, Row, Sketched

__all__ = ["Cards", "esc", "squeeze", "t"]

#: Characters of one table cell shown; the full text is in the CSV/JSONL export.
CELL_CHARS = 4000

ARABIC_ROLE = "arabic"
TRANSLATION_ROLE = "translation"

_AROUND_BREAKS = re.compile(r"[ \t]*\n[ \t]*")
_SPACES = re.compile(r"[ \t]{2,}")
_NEEDS_SQUEEZE = re.compile(r"[ \t]\n|\n[ \t]|[ \t]{2}")
#: What :func:`t` escapes or marks, and a tab (:func:`squeeze` may take one out): a text with none of
#: these, no two spaces and no space beside a line break comes out of both as it went in.
_TOUCHED = re.compile("[&<>'\"\t" + MARKED.pattern[1:-1] + "]")
#: What :func:`t` escapes or marks.
_ESCAPED = re.compile("[&<>'\"" + MARKED.pattern[1:-1] + "]")
#: A date as readers give it (ISO 8601, digits): nothing in it to escape or mark.
_PLAIN_DATE = re.compile(r"[0-9TZ:.+ -]*")

# The markers visible_controls writes: ⟨RLO⟩ for bidi controls, ⟨^[⟩, ⟨U+0085⟩ and ⟨U+E0041⟩ for others.
_MARKER = re.compile(
    "⟨(" + "|".join(sorted(BIDI_CONTROLS.values())) + r"|\^[@-_]|U\+[0-9A-F]{4,5})⟩"
)
_MARKER_HTML = r'<span class="ctl" title="invisible control character">⟨\1⟩</span>'

#: What a pair's ``via`` means, in words ("found ...").
VIA_WORDS = {
    "same-comment": "in the same comment, after the Arabic",
    "reply": "in a reply to it",
    "quote": "in a reply that quotes it",
    "same-author": "in another comment by the same author",
    "nearby": "in a comment just after it, introduced as a translation",
}
#: What pairing's own flags mean.
PAIR_FLAG_WORDS = {
    "uncertain": "the translator says it is rough",
    "partial": "translates only part of the passage",
    "quoted-copy": "the passage is a quoted copy of an earlier one",
}


def esc(value: object) -> str:
    """``value`` as text, HTML-escaped exactly as Jinja's autoescaping (MarkupSafe) does it."""
    text = value if type(value) is str else str(value)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text or ">" in text or "'" in text or '"' in text:
        text = text.replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")
    return text


def t(value: object) -> str:
    """Input text as HTML: escaped, each invisible control shown as a ``<span class="ctl">`` marker."""
    text = value if type(value) is str else str(value)
    if _ESCAPED.search(text) is None:  # the usual case: nothing to escape or mark
        return text
    if MARKED.search(text) is None:
        return esc(text)
    return _MARKER.sub(_MARKER_HTML, esc(visible_controls(text)))


@functools.lru_cache(maxsize=4096)
def who(name: str | None) -> str:
    """A commenter's name isolated in ``<bdi>`` (an RTL name cannot reorder the line), or "unknown author"
    (kept for the last 4,096 names: a thread's cards name the same few writers again and again)."""
    if name is None:
        return '<span class="anon">(unknown author)</span>'
    return f"<bdi>{t(name)}</bdi>"


def shown(text: str) -> str:
    """``t(squeeze(text))``, a look first for the usual text that both leave as it is (one scan, not
    one for each: a thread view's text goes through here piece by piece)."""
    if _TOUCHED.search(text) is None and "  " not in text and " \n" not in text and "\n " not in text:
        return text
    return t(squeeze(text))


def squeeze(value: object) -> str:
    """Text with the spaces around line breaks and runs of spaces made one: what the page's
    ``white-space`` shows anyway, in fewer bytes."""
    text = value if type(value) is str else str(value)
    if _NEEDS_SQUEEZE.search(text) is None:
        return text
    return _SPACES.sub(" ", _AROUND_BREAKS.sub("\n", text))


def shorten(value: object, limit: int) -> str:
    """``value`` cut after ``limit`` characters, with the count of the rest."""
    text = value if type(value) is str else str(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text) - limit:,} more characters)"


def unsure_words(row: Row) -> str:
    """The words of an Arabizi row whose reading is uncertain, each with its readings on hover
    (``title``) and for screen readers: which words of the reading to check, and against what."""
    if not row.unsure:
        return ""
    words = ", ".join(
        f'<span class="word" title="{esc(_readings(u.readings))}">{t(u.word)}</span>' for u in row.unsure
    )
    return f'<div class="unsure" dir="ltr">check: {words}</div>'


def _readings(readings: Sequence[tuple[str, float]]) -> str:
    """``reading 42 % · other 30 %``, or a note that no reading fits."""
    if not readings:
        return "no reading fits: left as written"
    return "readings: " + " · ".join(f"{text} {round(100 * confidence)} %" for text, confidence in readings)


def cell(value: object) -> str:
    """A table cell's text as HTML: squeezed, cut after :data:`CELL_CHARS` characters, escaped."""
    text = value if type(value) is str else str(value)
    return shown(text) if len(text) <= CELL_CHARS else t(shorten(squeeze(text), CELL_CHARS))


def via_words(via: object) -> str:
    """How a translation was found, in words after "found" (``duplicate-of:3`` -> for the copy of this
    Arabic in comment 3; "found given for the copy" read wrong)."""
    text = str(via)
    if text.startswith("duplicate-of:"):
        return f"for the copy of this Arabic in comment {text.split(':', 1)[1]}"
    return VIA_WORDS.get(text, text)


def pair_flag(code: object) -> str:
    """A pairing flag in words."""
    return PAIR_FLAG_WORDS.get(str(code), str(code))


def _fmt1(x: float) -> str:
    return "%.1f" % x


def _link_kind(row: Row) -> str:
    """How a row was lined up; one Arabic piece to one English piece, the usual case, goes unsaid."""
    link = row.link
    assert link is not None
    parts = link.split("-")
    if len(parts) == 2 and parts[1] == "0":
        return '<span class="linkkind" title="alignment: Arabic with no English counterpart">not translated</span>'
    if len(parts) == 2 and parts[0] == "0":
        return '<span class="linkkind" title="alignment: English with no Arabic counterpart">English only</span>'
    if link == "1-1":
        return ""
    if len(parts) == 2:
        score = "" if row.link_score is None else f", score {esc('%.2f' % row.link_score)}"
        return f'<span class="linkkind" title="alignment link {esc(link)}{score}">{esc(parts[0])} Arabic : {esc(parts[1])} English</span>'
    return f'<span class="linkkind">{t(link)}</span>'


def _diff(d: Any) -> str:
    out = []
    for op in d.ops:
        if op.space:
            out.append(" ")
        kind = op.op
        if kind == "equal":
            out.append(t(op.human_text))
        elif kind == "insert":
            out.append(f'<ins title="only in the commenter\'s translation">{t(op.human_text)}</ins>')
        elif kind == "delete":
            out.append(f'<del title="only in the machine translation">{t(op.machine_text)}</del>')
        else:
            out.append(f'<del title="machine">{t(op.machine_text)}</del><ins title="commenter">{t(op.human_text)}</ins>')
    return "".join(out)


class ViewCards:
    """The markup of a thread view's comment cards and folds: of the passages it reads only each one's
    kind and language, by number (``passages[n - 1]``), so the page's workers can render the folds
    from the pipeline's result before the report is built (:class:`~.model.PassageSketch`)."""

    def __init__(self, passages: Sequence[Sketched]) -> None:
        self.passages = passages

    def paragraphs(self, paragraphs: Sequence[Sequence[Piece]]) -> str:
        """A text's paragraphs, each after a line break."""
        return "".join([f'\n<p dir="auto">{self.pieces(para)}</p>' for para in paragraphs])

    def pieces(self, pieces: Sequence[Piece]) -> str:
        """One paragraph of the thread view: its plain text, Arabic passages (with their anchors and
        links to their cards) and commenters' translations as highlighted marks, input text escaped."""
        if len(pieces) == 1 and pieces[0].role != ARABIC_ROLE and pieces[0].role != TRANSLATION_ROLE:  # most paragraphs
            return shown(pieces[0].text)
        passages = self.passages
        out: list[str] = []
        for piece in pieces:
            text = shown(piece.text)
            if piece.role == ARABIC_ROLE:
                first = passages[piece.passages[0] - 1]
                out.extend(f'<span class="canchor" id="{esc(passages[n - 1].thread_anchor)}"></span>' for n in piece.anchors[1:])
                attrs = ""
                if piece.anchors:
                    numbers = " ".join(map(str, piece.passages))
                    attrs = f' id="{esc(passages[piece.anchors[0] - 1].thread_anchor)}" data-p="{numbers}"'
                if first.kind == "arabizi":
                    bdi = f'<bdi dir="ltr" lang="{esc(first.lang or "ar-Latn")}">'
                else:
                    bdi = '<bdi dir="rtl" lang="ar">'
                out.append(f'<mark class="arabic" tabindex="0"{attrs}>{bdi}{text}</bdi></mark>')
                out.extend(f'<a class="pn" href="#{esc(passages[n - 1].anchor)}">{n}</a>' for n in piece.anchors)
            elif piece.role == TRANSLATION_ROLE:
                attrs = f' data-p="{" ".join(map(str, piece.passages))}" data-role="translation"' if piece.first else ""
                out.append(f'<mark class="translation" tabindex="0"{attrs}>{text}</mark>')
            else:
                out.append(text)
        return "".join(out)

    def fold(self, f: Fold) -> str:
        """The button standing in for a fold's content."""
        if f.kind == "text":
            return (f'<p class="fold" data-fold="{f.id}"><button type="button">Show the rest of this text '
                    f"({f.chars:,} more characters)</button></p>")
        what = "no Arabic in them or next to them" if f.kind == "quiet" else "not shown at first, to keep the page fast"
        authors = ""
        if f.authors:
            authors = "; by " + ", ".join(f"<bdi>{t(a)}</bdi>" for a in f.authors) + (" and others" if f.comments > len(f.authors) else "")
        return (f'<div class="fold {esc(f.kind)}" data-fold="{f.id}"><button type="button">Show {f.comments:,} more '
                f'comment{"" if f.comments == 1 else "s"}</button>\n<span class="meta">{what}{authors}</span></div>')

    def card_body(self, c: Card) -> str:
        """A comment's (or the article's) text: its paragraphs, the fold with the rest, what was left out."""
        out = ['<div class="ctext">', self.paragraphs(c.paragraphs)]
        if c.rest is not None:
            out.append(self.fold(c.rest))
        if c.left_out:
            where = "the article" if c.id is None else f'comment <bdi class="mono">{t(c.id)}</bdi>'
            out.append(f'<p class="left-out">&hellip; and {c.left_out:,} more characters, not included in this page (see {where} in the input).</p>')
        if not c.paragraphs and c.rest is None:
            out.append('<p class="empty">(no text)</p>')
        out.append("</div>")
        return "".join(out)

    def card_open(self, c: Card) -> str:
        """A comment card up to its replies (closed by the ``close`` event)."""
        out = [f'<article class="comment{" gone" if c.status else ""}" id="{esc(c.anchor)}">\n<div class="chead">{who(c.author)}']
        if c.reply_to is not None:
            out.append(f' <span class="meta">replying to {who(c.reply_to)}</span>')
        date = c.date
        if date:
            created = str(c.created)
            if _PLAIN_DATE.fullmatch(created) is not None:  # date is made of its characters
                out.append(f' <time datetime="{created}">{date}</time>')
            else:
                out.append(f' <time datetime="{esc(visible_controls(created))}">{t(date)}</time>')
        if c.permalink:
            out.append(f' <a class="ext" href="{esc(c.permalink)}" rel="nofollow noopener noreferrer" target="_blank">permalink</a>')
        out.append(f'\n <span class="cid mono">#<bdi>{t(c.id)}</bdi></span>')
        if c.status:
            out.append(f' <span class="status">{t(c.status)}</span>')
        for f in c.flags:
            out.append(f' <span class="cflag" title="what the reader changed or suspects">{t(f)}</span>')
        out.append("</div>\n")
        out.append(self.card_body(c))
        if c.replies:
            below = f" ({c.total:,} comments below)" if c.total > c.replies else ""
            out.append(f'\n<details class="replies" open><summary>{c.replies} repl{"y" if c.replies == 1 else "ies"}{below}</summary>')
        return "".join(out)

    def events(self, events: Sequence[tuple[str, Any]]) -> str:
        """Comment cards opened and closed around their replies, and folds, in reading order."""
        out: list[str] = []
        for kind, item in events:
            if kind == "open":
                out.append("\n" + self.card_open(item))
            elif kind == "close":
                out.append("</details></article>" if item.replies else "</article>")
            else:
                out.append("\n" + self.fold(item))
        return "".join(out)


class Cards(ViewCards):
    """The markup of one report's passage cards, comment cards and folds.

    ``groups`` gives every passage number the members of its group of copies, ``primary`` the
    passage whose card stands for the group; ``fixed_notes`` are the flags shown without their
    note and ``copy_links`` how many copies a card links to.
    """

    def __init__(self, report: Report, groups: dict[int, list[int]], primary: dict[int, int],
                 fixed_notes: frozenset[str], copy_links: int) -> None:
        super().__init__(report.passages)
        self.report = report
        self.entries = report.passages
        self.groups, self.primary = groups, primary
        self.fixed_notes, self.copy_links = fixed_notes, copy_links
        model = report.model
        self.comments = report.summary.comments
        name = "" if model.missing or not model.name else (
            f' <span class="model">({t(model.name)}{", test model" if model.test_model else ""})</span>'
        )
        self._machine_head = f'<th class="col-mt">Machine translation{name}</th>\n'
        self._heads: dict[tuple[str, bool], str] = {}
        self.model_status = model.status
        self.model_missing = model.missing
        self.no_mt = "machine translation off" if model.status == "off" else "no model installed (see the top of the page)"
        # the copies' links of a group are the same on every card of the group: made once per group,
        # kept until its last card
        self._copies: dict[int, str] = {}
        # the rows of copies with the same Arabic, layout and no translation are the same markup: kept
        # for the copies of a group until its last card (a passage alone is never asked again; kept for
        # every passage, the last 4,096 tables held 10 MB at the page's peak on 100,000 distinct comments)
        self._tables: dict[tuple[Any, ...], str] = {}
        self._expiring: dict[int, list[tuple[Any, ...]]] = {}  # a group's last passage -> the tables kept for it

    # --- passage cards ---------------------------------------------------------------------------

    def passages_html(self, entries: Sequence[PassageEntry]) -> str:
        """Cards of ``entries``, each after a line break (the page's passage list, or a batch of it)."""
        return "".join(["\n" + self.passage(p) for p in entries])

    def _mt_absent(self, p: PassageEntry) -> str:
        if self.model_status == "off":
            return "machine translation off"
        if self.model_missing:
            return "no model installed"
        if p.lang == "fa-Latn":
            return "not machine-translated (Persian in Latin letters)"
        if p.kind == "arabizi":
            return "no output for its Arabic-script reading"
        if p.lang and not p.lang.startswith("ar"):
            return f"not machine-translated (language: {t(p.lang)})"
        return "no output"

    def _table_key(self, p: PassageEntry) -> tuple[Any, ...] | None:
        """What :meth:`table` reads of ``p``, when it is cheap to compare: rows without scores or diffs."""
        key: list[Any] = [p.kind, p.lang, p.translation is None]
        for r in p.rows:
            if r.score is not None or r.diff is not None:
                return None
            key.append((r.arabic, r.arabic_normalized, r.machine, r.human, r.link, r.link_score, r.mt_flags))
        return tuple(key)

    def _table_head(self, p: PassageEntry) -> str:
        """The table's head: the source column named by the passage's language and script (Finglish is
        Persian in Latin letters), the last by what it holds: chrF / TER where a row has them, else the
        alignment alone (a card without a model showed "chrF / TER" over "1 Arabic : 2 English")."""
        source = p.heading
        scored = any(r.score is not None for r in p.rows)
        head = self._heads.get((source, scored))
        if head is None:
            head = self._heads[(source, scored)] = (
                f'<table class="aligned">\n<thead><tr>\n<th class="col-ar">{source}</th>\n{self._machine_head}'
                "<th class=\"col-human\">Commenter's translation</th>\n"
                f'<th class="col-score">{"chrF / TER" if scored else "Alignment"}</th>\n</tr></thead>\n<tbody>'
            )
        return head

    def table(self, p: PassageEntry) -> str:
        """The aligned rows of a passage: Arabic, machine translation, commenter's words, scores
        (kept for the next copies of its group while there are some: the copies of one Arabic text
        make the same rows, a passage alone none)."""
        group: Sequence[int] = self.groups.get(p.number, [])
        key = self._table_key(p) if len(group) > 1 else None
        html = None if key is None else self._tables.get(key)
        if html is None:
            html = self._table(p)
            if key is not None and p.number != group[-1]:
                if len(self._tables) >= 4096:  # a bounded memory of recent tables, not one per passage
                    self._tables.clear()
                    self._expiring.clear()
                self._tables[key] = html
                self._expiring.setdefault(group[-1], []).append(key)
        for done in self._expiring.pop(p.number, ()):  # its group's last card: what was kept for the group is let go
            self._tables.pop(done, None)
        return html

    def _table(self, p: PassageEntry) -> str:
        """:meth:`table`, made."""
        out = [self._table_head(p)]
        rows = p.rows
        span = f' rowspan="{len(rows)}"' if len(rows) > 1 else ""
        arabizi = p.kind == "arabizi"
        for k, row in enumerate(rows):
            out.append('\n<tr class="seg">')
            if arabizi:
                reading = ""
                if row.arabic_normalized:
                    lang = "fa" if p.lang == "fa-Latn" else "ar"
                    reading = (f'<div class="reading" dir="rtl" lang="{lang}" title="read in Arabic script by bilingual.translit">'
                               f"{cell(row.arabic_normalized)}</div>{unsure_words(row)}")
                out.append(f'\n<td class="ar arabizi" dir="ltr" lang="{esc(p.lang or "ar-Latn")}">{cell(row.arabic)}{reading}</td>')
            elif row.arabic:
                norm = ""
                if row.arabic_normalized != row.arabic:
                    norm = (f'<details class="norm"><summary>as the model reads it</summary><div dir="rtl" lang="ar">'
                            f"{cell(row.arabic_normalized)}</div></details>")
                out.append(f'\n<td class="ar" dir="rtl" lang="ar">{cell(row.arabic)}{norm}</td>')
            else:
                out.append('\n<td class="ar" dir="rtl" lang="ar"></td>')
            if row.machine is not None:
                flags = ""
                if row.mt_flags:
                    flags = '<div class="flags">' + "".join(f'<span class="flag suspicious-mt">{t(f)}</span>' for f in row.mt_flags) + "</div>"
                out.append(f'\n<td class="mt">{cell(row.machine)}{flags}</td>')
            elif self.model_missing:
                if k == 0:
                    out.append(f'\n<td class="mt none"{span}>{self.no_mt}</td>')
            else:
                out.append(f'\n<td class="mt none">{self._mt_absent(p) if row.arabic else ""}</td>')
            if row.human is not None:
                out.append(f'\n<td class="human">{cell(row.human)}</td>')
            elif p.translation is not None:
                out.append('\n<td class="human none">(not translated by the commenter)</td>')
            elif k == 0:
                out.append(f'\n<td class="human none"{span}>no translation found</td>')
            score = "" if row.score is None else f"<b>{_fmt1(row.score.chrf)}</b> / {_fmt1(row.score.ter)}"
            link = _link_kind(row) if row.link else ""
            kind = "score" if score or not link else "score link"  # a link alone is labelled as one on a phone's width
            out.append(f'\n<td class="{kind}">{score}{link}</td>\n</tr>')
            d = row.diff
            if d is not None:
                out.append(
                    '\n<tr class="diff"><td colspan="4"><span class="label">machine &rarr; commenter</span>'
                    f'{_diff(d)}<span class="counts">{d.insertions} added, {d.deletions} left out, {d.substitutions} replaced</span></td></tr>'
                )
        out.append("\n</tbody>\n</table>")
        return "".join(out)

    def _flag(self, f: Flag) -> str:
        """A passage's flag: its label, and its note unless the legend says it all."""
        if f.code in self.fixed_notes or not f.note:
            return f'<span class="flag {esc(f.code)}">{esc(f.label)}</span>'
        return f'<span class="flag {esc(f.code)}">{esc(f.label)}: <span class="note">{t(f.note)}</span></span>'

    def _where(self, p: PassageEntry) -> str:
        if p.location.comment is None:
            return f'in the <a href="#{esc(p.comment_anchor)}">article</a>'
        return f'in <a href="#{esc(p.comment_anchor)}">comment <bdi class="mono">{t(p.location.comment)}</bdi></a>'

    def _copy_links(self, group: list[int], number: int) -> str:
        """``posted N times, in comments`` and the links to the first copies: the same for a whole group
        (kept until the card of its last member, ``number``)."""
        done = self._copies.get(group[0])
        if done is not None:
            if number == group[-1]:
                del self._copies[group[0]]
            return done
        links = []
        for n in group[: self.copy_links]:
            q = self.entries[n - 1]
            inner = "article" if q.location.comment is None else f"<bdi>{t(q.location.comment)}</bdi>"
            links.append(f' <a href="#{esc(q.thread_anchor)}">{inner}</a>')
        more = f" and {len(group) - self.copy_links} more" if len(group) > self.copy_links else ""
        html = f"posted {len(group)} times, in comments{','.join(links)}{more}</p>"
        if number != group[-1]:
            self._copies[group[0]] = html
        return html

    def passage(self, p: PassageEntry) -> str:
        """One passage's card: where it is, its copies, flags, pairing and aligned rows."""
        number = p.number
        main = self.primary[number]
        group = self.groups[number]
        copy = main != number
        loc = p.location
        out = [
            f'<article class="passage{" copy" if copy else ""}" id="{esc(p.anchor)}" data-pos="{number}">\n<div class="phead">\n'
            f'<h3>Passage {number}</h3>\n<span class="meta">by {who(p.author)} {self._where(p)}'
        ]
        if loc.comment is not None:
            out.append(f", reply level {p.depth}, {p.ordinal} of {self.comments}" if p.depth else f", {p.ordinal} of {self.comments}")
        if p.line is not None:
            out.append(f" &middot; line {p.line}")
        out.append(f' &middot; <a href="#{esc(p.thread_anchor)}">show in thread</a></span>')
        if p.score is not None:
            out.append(
                '\n<span class="pscore" title="the whole passage: machine translation against the commenter\'s">'
                f"chrF <b>{_fmt1(p.score.chrf)}</b> &middot; TER <b>{_fmt1(p.score.ter)}</b></span>"
            )
        out.append("\n</div>")
        if len(group) > 1:
            same = f'Same Arabic as <a href="#{esc(self.entries[main - 1].anchor)}">passage {main}</a>, ' if copy else ""
            out.append(f'\n<p class="copies">{same}{self._copy_links(group, number)}')
        if copy:
            out.append("\n<details class=\"copy\"><summary>this copy's comparison</summary>")
        if p.flags:
            out.append('\n<div class="flags">' + "".join(map(self._flag, p.flags)) + "</div>")
        out.append('\n<div class="pairing">')
        tr = p.translation
        if tr is not None:
            out.append(
                f"<p>Commenter's translation by {who(tr.author)} in <a href=\"#{esc(tr.anchor)}\">comment "
                f'<bdi class="mono">{t(tr.location.comment)}</bdi></a>, found {esc(via_words(tr.via))}; '
                f"confidence {esc('%.2f' % tr.score)}."
            )
            for part in tr.continued:
                out.append(
                    f' It goes on in <a href="#{esc(part.anchor)}">comment <bdi class="mono">{t(part.location.comment)}</bdi></a>: '
                    f'<q class="continued">{t(part.text)}</q>'
                )
            for f in p.pair_flags:
                out.append(f' <span class="flag pf">{esc(pair_flag(f))}</span>')
            if p.covered is not None and "partial" in p.pair_flags:
                pieces = ", ".join(str(i + 1) for i in p.covered)
                out.append(f' It covers piece{"" if len(p.covered) == 1 else "s"} {pieces} of the Arabic.')
            out.append("</p>")
        elif p.pair_flags:
            out.append("<p>" + "".join(f'<span class="flag pf">{esc(pair_flag(f))}</span> ' for f in p.pair_flags) + "</p>")
        if p.evidence or tr is not None:
            evidence = "<ul>" + "".join(f"<li>{t(e)}</li>" for e in p.evidence) + "</ul>" if p.evidence else ""
            reason = f'<p class="meta">{t(tr.reason)}</p>' if tr is not None and tr.reason else ""
            out.append(f'\n<details class="why"><summary>why</summary>{evidence}{reason}</details>')
        out.append("\n</div>\n")
        out.append(self.table(p))
        out.append("\n</details>\n</article>" if copy else "\n</article>")
        return "".join(out)
