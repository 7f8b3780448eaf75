"""The one data model every stage shares: spans with character offsets into an original text.

Like spaCy's ``Span``, a :class:`Span` never copies text; it points into the string it was
found in, so every later stage (normalization, translation, pairing, reports) can trace its
result back to the exact characters a user wrote.
"""

from __future__ import annotations

from operator import index as as_index
from typing import Any, Callable, Iterable

# Span kinds produced by the segmenter.
ARABIC = "arabic"  # an Arabic-script passage
ARABIZI = "arabizi"  # Arabic written in Latin letters
LATIN = "latin"  # Latin-script text (English, French, names...)
OTHER = "other"  # anything else: other scripts, whitespace-only or symbol-only stretches

KINDS = (ARABIC, ARABIZI, LATIN, OTHER)

# The ``lang`` of an ``arabizi`` span: which language is written in Latin letters. Romanized
# Persian (Finglish) is an ``arabizi`` span too, told apart by its ``lang``, so that everything
# that handles romanized text keeps working and only what depends on the language (the
# transliteration table, the translation model) looks at ``lang``.
AR_LATN = "ar-Latn"  # Arabizi: Arabic in Latin letters
FA_LATN = "fa-Latn"  # Finglish: Persian in Latin letters


# The three classes are written out rather than made by ``@dataclass``: building a dataclass compiles
# its generated methods, about 2.5 ms a class, paid by every command's start-up. They behave as the
# dataclasses did (slots, keyword or positional arguments, repr, equality, hash and immutability of the
# frozen ones, pickling), except that ``dataclasses.fields``/``replace``/``asdict`` do not apply to them.


def _frozen(self: object, name: str, value: object = None) -> None:
    """``__setattr__`` of a frozen class: the error a frozen dataclass raises."""
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delete(self: object, name: str) -> None:
    """``__delattr__`` of a frozen class."""
    from dataclasses import FrozenInstanceError

    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[object, object], None], ...]:
    """The slot descriptors' setters of ``names``: how a frozen class sets its own fields."""
    return tuple(cls.__dict__[name].__set__ for name in names)


def _offsets(start: object, end: object, owner: str = "Span") -> tuple[int, int]:
    """Offsets that are not plain ints as ints (numpy's), or a one-line ``TypeError`` naming ``owner()``
    (a float or a bool was kept as an offset before, a string failed inside a comparison)."""
    try:
        if isinstance(start, bool) or isinstance(end, bool):
            raise TypeError
        return as_index(start), as_index(end)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"{owner}(): offsets must be ints, not {type(start).__name__} and {type(end).__name__}") from None


class Span:
    """A half-open stretch ``[start, end)`` of a text, with what the segmenter decided it is.

    ``insertions`` lists the ``(start, end)`` of Latin words kept inside an Arabic passage,
    in the same coordinates as ``start``/``end``. Immutable.
    """

    __slots__ = ("start", "end", "kind", "lang", "confidence", "insertions")
    __match_args__ = ("start", "end", "kind", "lang", "confidence", "insertions")
    start: int
    end: int
    kind: str
    lang: str | None
    confidence: float | None
    insertions: tuple[tuple[int, int], ...]

    def __init__(self, start: int, end: int, kind: str, lang: str | None = None, confidence: float | None = None,
                 insertions: tuple[tuple[int, int], ...] = ()) -> None:
        if type(start) is not int or type(end) is not int:
            start, end = _offsets(start, end)
        if not 0 <= start <= end:
            raise ValueError(f"Span(): bad span [{start}, {end})")
        set_start, set_end, set_kind, set_lang, set_confidence, set_insertions = _SPAN_SETTERS
        set_start(self, start)
        set_end(self, end)
        set_kind(self, kind)
        set_lang(self, lang)
        set_confidence(self, confidence)
        set_insertions(self, insertions)

    __setattr__ = _frozen
    __delattr__ = _frozen_delete

    def _fields(self) -> tuple[object, ...]:
        return (self.start, self.end, self.kind, self.lang, self.confidence, self.insertions)

    def __repr__(self) -> str:
        return (f"{type(self).__qualname__}(start={self.start!r}, end={self.end!r}, kind={self.kind!r}, lang={self.lang!r}, "
                f"confidence={self.confidence!r}, insertions={self.insertions!r})")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __getstate__(self) -> tuple[object, ...]:
        return self._fields()

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for setter, value in zip(_SPAN_SETTERS, state):
            setter(self, value)

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: str) -> str:
        """The characters of ``source`` this span covers."""
        return source[self.start : self.end]

    def shifted(self, delta: int) -> "Span":
        """The same span moved by ``delta`` characters (e.g. from comment to file offsets)."""
        return Span(
            self.start + delta,
            self.end + delta,
            self.kind,
            self.lang,
            self.confidence,
            tuple((a + delta, b + delta) for a, b in self.insertions),
        )


_SPAN_SETTERS = _setters(Span, Span.__slots__)


class _SpanLayout:
    """:class:`Span`'s slots without its frozen ``__setattr__``: what :func:`span_unchecked` fills in."""

    __slots__ = Span.__slots__
    start: int
    end: int
    kind: str
    lang: str | None
    confidence: float | None
    insertions: tuple[tuple[int, int], ...]


def span_unchecked(start: int, end: int, kind: str, lang: str | None = None, confidence: float | None = None,
                   insertions: tuple[tuple[int, int], ...] = ()) -> Span:
    """``Span(start, end, kind, lang, confidence, insertions)`` without the check of its offsets, for callers
    whose offsets are valid by construction (the segmenter, which makes one for every passage and every
    stretch between two): the fields are stored into the slots of a :class:`_SpanLayout`, which then
    becomes a :class:`Span` (the two classes have the same slots, so CPython allows the ``__class__``
    assignment). Half the time of the constructor, which sets each field through its slot's setter."""
    span = _SpanLayout()
    span.start = start
    span.end = end
    span.kind = kind
    span.lang = lang
    span.confidence = confidence
    span.insertions = insertions
    span.__class__ = Span  # type: ignore[assignment]
    return span  # type: ignore[return-value]


class Location:
    """Where a span lives in a thread: a comment id (``None`` for the article) and offsets into that text.
    Immutable; offsets that are not ints or not a span are refused as :class:`Span` refuses them."""

    __slots__ = ("comment", "start", "end")
    __match_args__ = ("comment", "start", "end")
    comment: str | None
    start: int
    end: int

    def __init__(self, comment: str | None, start: int, end: int) -> None:
        if type(start) is not int or type(end) is not int:
            start, end = _offsets(start, end, "Location")
        if not 0 <= start <= end:
            raise ValueError(f"Location(): bad span [{start}, {end})")
        if comment is not None and not isinstance(comment, str):
            raise TypeError(f"Location(): comment must be a comment id (str) or None (the article), not {type(comment).__name__}")
        set_comment, set_start, set_end = _LOCATION_SETTERS
        set_comment(self, comment)
        set_start(self, start)
        set_end(self, end)

    __setattr__ = _frozen
    __delattr__ = _frozen_delete

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(comment={self.comment!r}, start={self.start!r}, end={self.end!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (self.comment, self.start, self.end) == (other.comment, other.start, other.end)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.comment, self.start, self.end))

    def __getstate__(self) -> tuple[object, ...]:
        return (self.comment, self.start, self.end)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for setter, value in zip(_LOCATION_SETTERS, state):
            setter(self, value)

    def to_dict(self) -> dict[str, object]:
        """The JSON form used by every command: ``{"comment", "start", "end"}``."""
        return {"comment": self.comment, "start": self.start, "end": self.end}


_LOCATION_SETTERS = _setters(Location, Location.__slots__)


class Passage:
    """A non-English span located in a thread: the unit that is normalized, translated and paired."""

    __slots__ = ("location", "span", "text", "author", "extra")
    __match_args__ = ("location", "span", "text", "author", "extra")
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as the dataclass was

    def __init__(self, location: Location, span: Span, text: str, author: str | None = None,
                 extra: dict[str, object] | None = None) -> None:
        if location.__class__ is not Location or span.__class__ is not Span or text.__class__ is not str:
            _refuse_passage(location, span, text)
        if author is not None and not isinstance(author, str):
            raise TypeError(f"Passage(): author must be a str or None, not {type(author).__name__}")
        self.location = location
        self.span = span
        self.text = text
        self.author = author
        if extra is not None:  # none given: no dict is kept until one is read (most passages never have one)
            self.extra = extra

    extra: dict[str, object]

    def __getattr__(self, name: str) -> Any:
        """Only reached for an unset slot: an :attr:`extra` that was not given, made empty and kept on first use
        (an empty dict a passage was 64 bytes, 1 MB of the 100,000-comment distinct thread's 16,006 passages)."""
        if name == "extra":
            value: dict[str, object] = {}
            _PASSAGE_EXTRA.__set__(self, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        return (f"{type(self).__qualname__}(location={self.location!r}, span={self.span!r}, text={self.text!r}, "
                f"author={self.author!r}, extra={self.extra!r})")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            mine = (self.location, self.span, self.text, self.author, self.extra)
            return mine == (other.location, other.span, other.text, other.author, other.extra)
        return NotImplemented

    @property
    def kind(self) -> str:
        """The span's kind (``arabic`` or ``arabizi``)."""
        return self.span.kind


_PASSAGE_EXTRA: Any = Passage.__dict__["extra"]  # the slot's descriptor


def _refuse_passage(location: object, span: object, text: object) -> None:
    """The one-line ``TypeError`` of a :class:`Passage` made of the wrong things (it was made as given, and
    failed far away: ``'str' object has no attribute 'comment'`` in pairing)."""
    for name, value, kind in (("location", location, Location), ("span", span, Span), ("text", text, str)):
        if not isinstance(value, kind):
            what = "a str" if kind is str else f"a bilingual.{kind.__name__}"
            raise TypeError(f"Passage(): {name} must be {what}, not {type(value).__name__}")


def tiles(spans: Iterable[Span], length: int) -> bool:
    """True when ``spans`` cover ``[0, length)`` exactly once, in order, with no gap or overlap."""
    pos = 0
    for span in spans:
        if span.start != pos or span.end < span.start:
            return False
        pos = span.end
    return pos == length
