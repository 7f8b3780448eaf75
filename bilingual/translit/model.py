"""The shipped statistics (``bilingual/data/translit_model.bin``) and the word lexicons, loaded once, lazily.

The model file holds, per romanization, the channel (Latin unit and position -> Arabic readings with
log probabilities), a joint model of ``unit:reading`` tokens and a character 4-gram model of
Arabic-script words, for all regions and for each region (Levant, Maghreb), and a character model of
each region's Latin words: character statistics learned by :mod:`bilingual.translit.train` (rebuild
with ``scripts/build_translit_model.py``). The lexicons are wordfreq's Arabic and Persian word
frequencies, shipped as compact hash tables (``scripts/build_wordlists.py``). Everything is read when
a word is first read, and only the parts that word needs.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import operator
import sys
import zlib
from array import array
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, overload

from .rules import AR, FA, units_for

__all__ = [
    "ALL_REGIONS", "COMMON_FILE", "COMMON_FILE_FA", "LEXICON_FILE", "LangModel", "Lexicon", "MODEL_FILE", "NgramTables", "WORDS_FILE", "arabic_words",
    "backoff_logp", "common_readings", "common_spellings", "dump_model", "encode_words", "lang_model", "lexicon", "lexicon_key", "region_models", "region_table_list", "region_tables", "use_model",
]

ALL_REGIONS = "all"
"""The key of the statistics learned from every region's writers."""
MODEL_FILE = "data/translit_model.bin"
"""Where the shipped statistics live, inside the ``bilingual`` package (see :func:`dump_model`)."""

Step = tuple[str, float, float, str]
"""One reading of a unit after a context: ``(letters, joint log P, channel log P, the next context)``."""

_UNSEEN = -12.0  # log probability of a letter the letter model never saw
# Lexicon keys fold what Arabic writers (and the references) use interchangeably: alef forms,
# ة/ه, ى/ي, and Arabic/Persian yeh and kaf.
_KEY_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه"})


_FOLDED = frozenset("أإآٱةىیکۀ")


def lexicon_key(word: str) -> str:
    """The form a word is looked up under: alef forms, ة/ه, ى/ي and Persian yeh/kaf folded."""
    return word if _FOLDED.isdisjoint(word) else word.translate(_KEY_FOLD)


class NgramTables:
    """One n-gram model of the model file, ``p`` (n-gram -> log P) and ``b`` (context -> back-off weight): decoded into
    dicts from the file's bytes (:func:`_ngram_from_bytes`) on first use. The compiled decoder builds its tables from
    ``data`` itself (``bilingual.translit._fast``), so a reading with it never makes the dicts (0.02 s and about 3 MB
    for the three Arabizi models a text may need)."""

    __slots__ = ("data", "_p", "_b")

    def __init__(self, data: bytes | None = None, p: dict[str, float] | None = None,
                 b: dict[str, float] | None = None) -> None:
        self.data = data
        """The part's bytes as :func:`_ngram_bytes` wrote them (decompressed), None for a model built in memory."""
        self._p = p
        self._b = b

    def _decoded(self) -> None:
        if self.data is None:  # a model built in memory comes with its dicts
            raise ValueError("translit model: an n-gram table without its statistics")
        tables = _ngram_from_bytes(self.data)
        self._p, self._b = tables["p"], tables["b"]

    @property
    def p(self) -> dict[str, float]:
        """n-gram -> log P."""
        if self._p is None:
            self._decoded()
        assert self._p is not None
        return self._p

    @property
    def b(self) -> dict[str, float]:
        """context -> back-off weight."""
        if self._b is None:
            self._decoded()
        assert self._b is not None
        return self._b


@dataclass
class LangModel:
    """One romanization's statistics, ready for decoding."""

    lang: str
    channel_part: dict[str, Any]
    """The channel as the model file holds it: ``unit|position`` -> ``[[letters, log P], ...]`` (:attr:`channel`)."""
    letter_tables: NgramTables
    """The letter model (:attr:`letters`, :attr:`backoff`), shared by the statistics of every region."""
    joint_tables: NgramTables
    """The joint model (:attr:`joint`, :attr:`joint_backoff`)."""
    max_unit: int
    region: str = ""
    _memo: dict[str, float] = field(default_factory=dict)
    _joint_memo: dict[str, float] = field(default_factory=dict)
    _seq_rows: dict[str, dict[str, float]] = field(default_factory=dict)
    """tail -> letters -> :meth:`letters_score` (one row per tail, so the decoder fetches it once per reading)."""
    _steps: dict[frozenset[str], dict[str, dict[str, tuple[Step, ...]]]] = field(default_factory=dict)
    _bigram_rows: dict[tuple[str, str, frozenset[str]], tuple[tuple[Step, ...], tuple[str, ...]]] = field(default_factory=dict)
    """``(last token, unit|position, banned)`` -> the :meth:`step_row` of a context that backs off to its last token,
    and the rows' tokens: every two-token context ending in that token shares it."""
    _ends: dict[str, float] = field(default_factory=dict)
    """two tokens -> :meth:`pair` of the word's end (``$``) after them."""
    _lattices: dict[tuple[object, ...], Any] = field(default_factory=dict)
    """The decoder's memo of lattice layers by word prefix (``bilingual.translit.core``): cleared with the others."""
    _filled: int = 0
    _fast: Any = field(default=None, repr=False, compare=False)
    """The compiled decoder's integer-coded tables of this model (``bilingual.translit._fast.fast_model``)."""
    _channel: dict[str, tuple[tuple[str, float], ...]] | None = field(default=None, repr=False, compare=False)
    _options: dict[str, tuple[tuple[str, float, str, str], ...]] | None = field(default=None, repr=False, compare=False)

    @property
    def channel(self) -> dict[str, tuple[tuple[str, float], ...]]:
        """``unit|position`` -> ``(letters, log P)`` of each reading of the unit (made on first use: the compiled
        decoder reads :attr:`channel_part` itself)."""
        if self._channel is None:
            self._channel = {k: tuple((o, float(p)) for o, p in v) for k, v in self.channel_part.items()}
        return self._channel

    @property
    def options(self) -> dict[str, tuple[tuple[str, float, str, str], ...]]:
        """``unit|position`` -> ``(letters, log P, unit:letters token, unit|letters)`` of each reading (for the
        interpreted decoder; made on first use)."""
        if self._options is None:
            options = {}
            for key, readings in self.channel.items():
                unit = key.rpartition("|")[0]
                options[key] = tuple((o, p, unit + ":" + o, unit + "|" + o) for o, p in readings)
            self._options = options
        return self._options

    @property
    def letters(self) -> dict[str, float]:
        """Letter model: up to four letters (``^``-padded) -> log P of the last after the ones before it."""
        return self.letter_tables.p

    @property
    def backoff(self) -> dict[str, float]:
        """Letter model: context -> back-off weight."""
        return self.letter_tables.b

    @property
    def joint(self) -> dict[str, float]:
        """Joint model: up to three ``unit:letters`` tokens (space-separated) -> log P of the last."""
        return self.joint_tables.p

    @property
    def joint_backoff(self) -> dict[str, float]:
        """Joint model: context -> back-off weight."""
        return self.joint_tables.b

    def memo_size(self) -> int:
        """How many entries the memos hold together (about 100 bytes each; bigger ones count as several)."""
        return len(self._memo) + len(self._joint_memo) + len(self._ends) + self._filled

    def bound_memos(self, limit: int = 1 << 18) -> None:
        """Forget the memos once they hold more than ``limit`` entries together (:meth:`memo_size`), so
        that reading millions of distinct words keeps memory bounded; they fill again from the tables."""
        if self.memo_size() > limit:
            self._memo.clear()
            self._joint_memo.clear()
            self._seq_rows.clear()
            self._steps.clear()
            self._bigram_rows.clear()
            self._ends.clear()
            self._lattices.clear()
            self._filled = 0

    def letters_score(self, tail: str, letters: str) -> float:
        """log P of ``letters`` written after ``tail`` (the three letters before them, ``^``-padded)."""
        row = self._seq_rows.get(tail)
        if row is None:
            row = self._seq_rows[tail] = {}
        v = row.get(letters)
        if v is None:
            v = row[letters] = self._letters_logp(tail, letters)
            self._filled += 1
        return v

    def _letters_logp(self, tail: str, letters: str) -> float:
        v = 0.0
        for c in letters:
            v += self.letter(tail + c)
            tail = tail[1:] + c
        return v

    def steps(self, banned: frozenset[str]) -> dict[str, dict[str, tuple[Step, ...]]]:
        """The memo of :meth:`step_row` for the unit readings ``banned`` leaves: ``unit|position`` -> two tokens -> row."""
        table = self._steps.get(banned)
        if table is None:
            table = self._steps[banned] = {}
        return table

    def step_row(self, ctx: str, key: str, banned: frozenset[str]) -> tuple[Step, ...]:
        """How each allowed reading of the unit ``key`` (``unit|position``) follows the two tokens ``ctx``:
        ``(letters, joint log P, channel log P, the next context)``: what the decoder adds, worked out once.
        The joint log P is :meth:`pair`'s.

        The row is the one of ``ctx``'s last token (:meth:`_bigram_row`, shared by every context ending in that
        token) with the three-token entries of ``ctx`` and its back-off weight on top; a context with no back-off
        weight has no entry of its own (:func:`bilingual.translit.train.ngram_model` keeps an n-gram only under a
        context it weighs), so its row is the shared one itself.
        """
        last = ctx.partition(" ")[2]
        base, tokens = self._bigram_row(last, key, banned)
        outer = self.joint_backoff.get(ctx)
        if outer is None:
            return base
        self._filled += 5  # about 500 bytes
        joint = self.joint
        row = []
        for (letters, v, logp, next_ctx), token in zip(base, tokens):
            own = joint.get(ctx + " " + token)
            row.append((letters, outer + v if own is None else own, logp, next_ctx))
        return tuple(row)

    def _bigram_row(self, last: str, key: str, banned: frozenset[str]) -> tuple[tuple[Step, ...], tuple[str, ...]]:
        """The :meth:`step_row` of ``key`` after a context with nothing of its own (no back-off weight, no entry)
        whose last token is ``last`` (memoized), and the token of each reading in it."""
        memo_key = (last, key, banned)
        found = self._bigram_rows.get(memo_key)
        if found is not None:
            return found
        self._filled += 5
        joint = self.joint
        inner = self.joint_backoff.get(last)
        row, tokens = [], []
        for letters, logp, token, unit_reading in self.options[key]:
            if unit_reading in banned:
                continue
            v = joint.get(last + " " + token)
            if v is None:
                v = joint.get(token, _UNSEEN)
                if inner is not None:
                    v = inner + v
            row.append((letters, v, logp, last + " " + token))
            tokens.append(token)
        found = self._bigram_rows[memo_key] = (tuple(row), tuple(tokens))
        return found

    def pair(self, ctx: str, token: str) -> float:
        """log P(``unit:reading`` token | the two tokens before it, ``ctx``, space-separated)."""
        key = ctx + " " + token
        v = self._joint_memo.get(key)
        if v is None:
            v = self._joint_lookup(ctx, token)
            self._joint_memo[key] = v
        return v

    def _joint_lookup(self, ctx: str, token: str) -> float:
        return backoff_logp(self.joint, self.joint_backoff, ctx, token, " ")

    def letter(self, key: str) -> float:
        """log P(last letter of ``key`` | the three before it); ``key`` is four characters, ``^``-padded.

        :func:`backoff_logp`'s value, worked out through the memo of the shorter keys (``bcd`` for ``abcd``) that
        the letters after other contexts share: the same additions in the same order."""
        v = self._memo.get(key)
        if v is None:
            v = self.letters.get(key)
            if v is None:
                if len(key) == 1:
                    v = _UNSEEN
                else:
                    v = self.letter(key[1:])
                    weight = self.backoff.get(key[:-1])
                    if weight is not None:
                        v = weight + v
            self._memo[key] = v
        return v


def backoff_logp(table: dict[str, float], backoff: dict[str, float], ctx: str, item: str, sep: str) -> float:
    """log P(``item`` | ``ctx``) in a back-off n-gram model: the longest context the table has, plus the back-off
    weights of the longer ones (added innermost first, as the recursive definition does)."""
    v = table.get(ctx + sep + item if ctx else item)
    if v is not None:
        return v
    weights = []
    while ctx:
        b = backoff.get(ctx)
        if b is not None:
            weights.append(b)
        ctx = ctx.partition(sep)[2] if sep else ctx[1:]
        v = table.get(ctx + sep + item if ctx else item)
        if v is not None:
            break
    else:
        v = _UNSEEN
    for b in reversed(weights):
        v = b + v
    return v


def dump_model(model: dict[str, object]) -> bytes:
    """The bytes of a model file: an index line (JSON), then each part, zlib-compressed.

    The tree of the model is cut into parts: each n-gram model (``{"p": ..., "b": ...}``) is a part
    of its own, stored as its keys and its log probabilities in thousandths (16-bit integers),
    which loads about twice as fast as JSON; any other leaf (a channel, counts) is a JSON part.
    Reading one region of one romanization decompresses and decodes only its parts. The bytes are
    the same on every run (sorted keys, fixed compression).
    """
    parts: dict[str, bytes] = {}
    meta: dict[str, object] = {}

    def walk(path: str, node: object) -> None:
        if isinstance(node, dict) and set(node) == {"p", "b"}:
            parts[path + "#ngram"] = zlib.compress(_ngram_bytes(node), 9)
        elif isinstance(node, dict) and path.count("/") < 3 and any(isinstance(v, dict) for v in node.values()):
            for key in sorted(node):
                walk(f"{path}/{key}", node[key])
        else:
            parts[path + "#json"] = zlib.compress(_json(node), 9)

    for key, value in model.items():
        if isinstance(value, dict):
            for name in sorted(value):
                walk(f"{key}/{name}", value[name])
        else:
            meta[key] = value
    index: dict[str, list[int]] = {}
    pos = 0
    for path, data in parts.items():
        index[path] = [pos, pos + len(data)]
        pos += len(data)
    return _json({**meta, "parts": index}) + b"\n" + b"".join(parts.values())


def _ngram_bytes(ngram: dict[str, dict[str, float]]) -> bytes:
    out = []
    for table in (ngram["p"], ngram["b"]):
        keys = "\x00".join(table).encode("utf-8")
        values = array("h", (round(v * 1000) for v in table.values()))
        if sys.byteorder != "little":
            values.byteswap()
        out += [len(table).to_bytes(4, "little"), len(keys).to_bytes(4, "little"), keys, values.tobytes()]
    return b"".join(out)


def _ngram_from_bytes(data: bytes) -> dict[str, dict[str, float]]:
    tables = []
    pos = 0
    for _ in range(2):
        n = int.from_bytes(data[pos : pos + 4], "little")
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        keys = data[pos + 8 : pos + 8 + size].decode("utf-8").split("\x00") if n else []
        values = array("h")
        values.frombytes(data[pos + 8 + size : pos + 8 + size + 2 * n])
        if sys.byteorder != "little":
            values.byteswap()
        tables.append(dict(zip(keys, map(operator.mul, values, itertools.repeat(0.001)))))
        pos += 8 + size + 2 * n
    return {"p": tables[0], "b": tables[1]}


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


class _ModelSource:
    """Where the statistics come from: the shipped file (each part decoded when first asked for), or a
    model built in memory (the benches and the tuning script)."""

    def __init__(self, built: dict[str, object] | None = None) -> None:
        self._built = built
        self._raw: bytes | None = None
        self._index: dict[str, list[int]] = {}
        self._start = 0

    @property
    def built(self) -> dict[str, object] | None:
        """The model built in memory, or None for the shipped file."""
        return self._built

    def part(self, path: str) -> Any:
        """The node of the model at ``path`` (``ar-Latn/letters``, ``ar-Latn/models/levant`` ...), or None."""
        if self._built is not None:
            node: Any = self._built
            for step in path.split("/"):
                node = node.get(step) if isinstance(node, dict) else None
            return node
        for kind in ("#ngram", "#json"):
            data = self._bytes(path + kind)
            if data is not None:
                return _ngram_from_bytes(data) if kind == "#ngram" else json.loads(data)
        children = {p.partition("#")[0][len(path) + 1 :].partition("/")[0] for p in self._index if p.startswith(path + "/")}
        return {child: self.part(f"{path}/{child}") for child in sorted(children)} or None

    def _bytes(self, name: str) -> bytes | None:
        """The decompressed bytes of the shipped file's part ``name`` (``path#kind``), or None."""
        if self._raw is None:
            self._raw = resources.files("bilingual").joinpath(MODEL_FILE).read_bytes()
            head = self._raw.index(b"\n")
            meta = json.loads(self._raw[:head])
            if not isinstance(meta, dict) or meta.get("version") != 3:
                raise ValueError("translit model: unknown file version")
            self._index, self._start = meta["parts"], head + 1
        span = self._index.get(name)
        if span is None:
            return None
        return zlib.decompress(self._raw[self._start + span[0] : self._start + span[1]])

    def children(self, path: str) -> list[str]:
        """The names of the parts just under ``path``, sorted."""
        if self._built is not None:
            node = self.part(path)
            return sorted(node) if isinstance(node, dict) else []
        self._bytes("")  # the index
        return sorted({p.partition("#")[0][len(path) + 1 :].partition("/")[0] for p in self._index
                       if p.startswith(path + "/")})

    def ngram(self, path: str) -> NgramTables | None:
        """The n-gram model at ``path`` (``ar-Latn/letters``, ``ar-Latn/models/levant/joint``), its dicts decoded on
        first use, or None."""
        if self._built is not None:
            node = self.part(path)
            return None if node is None else NgramTables(None, node["p"], node["b"])
        data = self._bytes(path + "#ngram")
        return None if data is None else NgramTables(data)


_source = _ModelSource()


def use_model(built: dict[str, object] | None) -> None:
    """Read with ``built`` (a model from :func:`bilingual.translit.train.build_model`), or with the
    shipped file again when None; forgets every model and reading made so far."""
    global _source
    _source = _ModelSource(built)
    lang_model.cache_clear()
    _letters.cache_clear()
    region_tables.cache_clear()
    region_table_list.cache_clear()
    region_models.cache_clear()


def release() -> None:
    """Forget the statistics loaded so far (about 10 MB once both romanizations are read), keeping the model
    chosen: the next reading loads them again, the same."""
    use_model(_source.built)


@functools.cache
def _letters(lang: str) -> tuple[NgramTables, dict[str, float], dict[str, dict[str, float]]]:
    """The letter model of ``lang`` and its memos, shared by the statistics of every region."""
    part = _source.ngram(f"{lang}/letters")
    if part is None:
        raise ValueError(f"translit model has no statistics for {lang}")
    return part, {}, {}


@functools.cache
def lang_model(lang: str, region: str = "") -> LangModel:
    """The statistics for ``lang`` (``ar-Latn`` or ``fa-Latn``): those of ``region`` when the model has
    them, else those of all regions; loaded on first use."""
    units_for(lang)  # raises ValueError for an unknown romanization
    path = f"{lang}/models/{region or ALL_REGIONS}"
    part = _source.part(f"{path}/channel")
    joint = _source.ngram(f"{path}/joint")
    if part is None or joint is None:
        if region:
            return lang_model(lang)
        raise ValueError(f"translit model has no statistics for {lang}")
    letters, memo, rows = _letters(lang)
    return LangModel(lang, part, letters, joint, max(map(len, units_for(lang))), region, _memo=memo, _seq_rows=rows)


@functools.cache
def region_tables(lang: str) -> dict[str, NgramTables]:
    """Region -> character 3-gram model of its Latin words, for guessing a text's region (the compiled decoder reads
    them from the file's bytes); empty when the model has no regions."""
    return {region: tables for region in _source.children(f"{lang}/latin")
            if (tables := _source.ngram(f"{lang}/latin/{region}")) is not None}


@functools.cache
def region_table_list(lang: str) -> list[NgramTables]:
    """:func:`region_tables`' models in the order of their regions' names (as the region guess sums them)."""
    tables = region_tables(lang)
    return [tables[region] for region in sorted(tables)]


@functools.cache
def region_models(lang: str) -> dict[str, tuple[dict[str, float], dict[str, float]]]:
    """Region -> character 3-gram model of its Latin words (``p``, ``b``: :func:`region_tables`' dicts), for guessing
    a text's region; empty when the model has no regions."""
    return {region: (tables.p, tables.b) for region, tables in region_tables(lang).items()}


class Lexicon:
    """Folded word -> Zipf frequency, for a few hundred thousand words, that loads in milliseconds.

    Each key is stored as its 32-bit CRC: the top 16 bits pick one of 65,536 buckets (a count per
    bucket), the low 16 bits are kept sorted within the bucket, beside the Zipf value in 1/25 steps
    (one byte). A lookup is one CRC and one C-level bisection; nothing is built per word at load
    time. Two keys may share a hash (46 of the 503,005 Arabic keys do; they keep the higher Zipf), and a
    word that is not listed is taken for a listed one about once in 8,500 lookups (the share of the
    hash space in use): harmless for re-ranking candidates.
    """

    _MAGIC = b"BLX1"
    _BUCKETS = 1 << 16

    _MEMO = 1 << 15
    """How many looked-up keys :meth:`get` remembers (about 130 bytes each: 4 MB at most) before it forgets them all."""

    __slots__ = ("_offsets", "_low", "_zipf", "size", "_memo")

    def __init__(self, data: bytes) -> None:
        if data[:4] != self._MAGIC:
            raise ValueError("translit lexicon: not a lexicon file")
        n = int.from_bytes(data[4:8], "little")
        counts_end = 8 + self._BUCKETS
        low_end = counts_end + 2 * n
        if len(data) != low_end + n:
            raise ValueError("translit lexicon: truncated file")
        self._offsets = array("I", itertools.accumulate(data[8:counts_end], initial=0))
        self._low = array("H")
        self._low.frombytes(data[counts_end:low_end])
        if sys.byteorder != "little":
            self._low.byteswap()
        self._zipf = data[low_end:]
        self.size = n
        self._memo: dict[str, float] = {}

    @overload
    def get(self, key: str) -> float | None: ...

    @overload
    def get(self, key: str, default: float) -> float: ...

    def get(self, key: str, default: float | None = None) -> float | None:
        """The Zipf value of a folded word (:func:`lexicon_key`), or ``default`` when it is not listed.

        Remembered (0.0: not listed): the ranker asks for the same stems again and again (a cold pass over the
        Algerian sentences makes 42,000 look-ups of 26,000 keys)."""
        memo = self._memo
        z = memo.get(key)
        if z is None:
            if len(memo) >= self._MEMO:
                memo.clear()
            z = memo[key] = self._find(key)
        return z if z else default

    def _find(self, key: str) -> float:
        """The Zipf value of a folded word in the table, 0.0 when it is not listed."""
        h = zlib.crc32(key.encode("utf-8"))
        bucket = h >> 16
        start, end = self._offsets[bucket], self._offsets[bucket + 1]
        low = h & 0xFFFF
        i = bisect.bisect_left(self._low, low, start, end)
        if i < end and self._low[i] == low:
            return 1.0 + self._zipf[i] / 25
        return 0.0

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return self.size

    @classmethod
    def encode(cls, zipfs: dict[str, float]) -> bytes:
        """The file for folded words and their Zipf values (1 to 11.2; a shared hash keeps the higher value)."""
        best: dict[int, int] = {}
        for key, zipf in zipfs.items():
            h = zlib.crc32(key.encode("utf-8"))
            q = min(255, max(0, round((zipf - 1.0) * 25)))
            best[h] = max(q, best.get(h, 0))
        hashes = sorted(best)
        counts = bytearray(cls._BUCKETS)
        for h in hashes:
            counts[h >> 16] += 1  # at most 23 keys share a bucket in wordfreq's lists: bytes suffice
        low = array("H", (h & 0xFFFF for h in hashes))
        if sys.byteorder != "little":
            low.byteswap()
        return cls._MAGIC + len(hashes).to_bytes(4, "little") + bytes(counts) + low.tobytes() + bytes(best[h] for h in hashes)


COMMON_FILE = "data/translit_common.txt"
"""The usual Arabic spelling of very common Arabizi words, written for the project."""
COMMON_FILE_FA = "data/translit_common_fa.txt"
"""The usual Persian spelling of very common Finglish words, written for the project."""


@functools.cache
def _common_pairs(lang: str) -> tuple[tuple[str, str], ...]:
    """``(prepared Latin word, Arabic-script spelling)`` of each line of :data:`COMMON_FILE` (Arabizi) or
    :data:`COMMON_FILE_FA` (Finglish), in the file's order."""
    from .rules import prepare

    name = COMMON_FILE if lang == AR else COMMON_FILE_FA if lang == FA else None
    if name is None:
        raise ValueError(f"unknown romanization {lang!r}")
    lines = resources.files("bilingual").joinpath(name).read_text(encoding="utf-8").splitlines()
    return tuple((prepare(latin)[0], spelling) for latin, spelling in
                 (line.split() for line in lines if line.strip() and not line.startswith("#")))


@functools.cache
def common_readings(lang: str) -> dict[str, frozenset[str]]:
    """Prepared Latin word -> the folded (:func:`lexicon_key`) usual spellings of very common Arabizi or
    Finglish words (pronouns, negation, prepositions, greetings...)."""
    found: dict[str, set[str]] = {}
    for latin, spelling in _common_pairs(lang):
        found.setdefault(latin, set()).add(lexicon_key(spelling))
    return {latin: frozenset(spellings) for latin, spellings in found.items()}


@functools.cache
def listed_spellings(lang: str) -> dict[tuple[str, str], str]:
    """``(prepared Latin word, folded spelling)`` -> the spelling :data:`COMMON_FILE` (or :data:`COMMON_FILE_FA`)
    writes. The ranker keeps one spelling of each folded word, not always the listed one (the Levant's ``mafi``
    came out مأفي, the list and the lexicon's frequent form say مافي): the reading is written as listed."""
    found: dict[tuple[str, str], str] = {}
    for latin, spelling in _common_pairs(lang):
        found.setdefault((latin, lexicon_key(spelling)), spelling)
    return found


@functools.cache
def listed_words(lang: str) -> frozenset[str]:
    """The prepared Latin words that :func:`listed_spellings` has a spelling for (a word outside it keeps its
    readings as they are)."""
    return frozenset(latin for latin, _ in listed_spellings(lang))


@functools.cache
def common_spellings(lang: str) -> dict[str, str]:
    """Prepared Latin word -> the preferred (first listed) spelling of a very common Arabizi or Finglish word.
    The reading falls back on it where the beam cannot write it (Egyptian ``2abl`` قبل: no model writes ق for
    ``2`` in that word)."""
    first: dict[str, str] = {}
    for latin, spelling in _common_pairs(lang):
        first.setdefault(latin, spelling)
    return first


LEXICON_FILE = "data/translit_lexicon_{}.bin"
"""The lexicons inside the ``bilingual`` package (``ar``, ``fa``), built by ``scripts/build_wordlists.py``."""


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """Folded word -> Zipf frequency (wordfreq's scale, about 1 to 8) of Arabic (``ar-Latn``) or Persian words,
    from the shipped lexicon (loaded once, in a few milliseconds)."""
    code = "ar" if lang == AR else "fa" if lang == FA else None
    if code is None:
        raise ValueError(f"unknown romanization {lang!r}")
    return Lexicon(resources.files("bilingual").joinpath(LEXICON_FILE.format(code)).read_bytes())


WORDS_FILE = "data/translit_words_ar.bin"
"""wordfreq's most frequent Arabic-script words of ``ar``, spelled as listed, sorted (``scripts/build_translit_words.py``)."""


def encode_words(words: list[str]) -> bytes:
    """The bytes of :data:`WORDS_FILE`: the distinct words, sorted, one a line, zlib-compressed."""
    return zlib.compress("\n".join(sorted(set(words))).encode("utf-8"), 9)


@functools.cache
def arabic_words() -> tuple[str, ...]:
    """The sorted Arabic words the second, lexicon-bound search of an Arabizi word may spell (so a known word
    the free search misses, ``machakil`` مشاكل, is still a candidate); loaded once."""
    return tuple(zlib.decompress(resources.files("bilingual").joinpath(WORDS_FILE).read_bytes()).decode("utf-8").split("\n"))
