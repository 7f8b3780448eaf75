"""The segmenter's shortcuts decide as the full computations they skip: a run's language from one
scan (:func:`bilingual.text.language.detect`) as from weighing every evidence letter, the lines
worth an Arabizi look from one byte per character as from the UTF-8 bytes, spans made through their
slots as by their constructor, Zipf values searched in the shipped list as read from it parsed,
patterns compiled by stdlib ``re`` as ``regex`` reads them, and a gap's Latin words counted before its
split as after."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples

from bilingual.segment import core, fast, words
from bilingual.spans import Span, span_unchecked
from bilingual.text import language
from bilingual.text.script import PF_MAP, ZWNJ

# Arabic letters and marks, every evidence letter, presentation forms that fold to one (and some
# that do not), ZWNJ, spaces and punctuation: what decides a run's language, and what does not.
_EVIDENCE = "".join(language._CLASS)
_ALPHABET = (
    "\u0627\u0644\u0645\u0646\u0628\u062a\u0633\u0639\u0631\u0648\u064e\u0651"  # ا ل م ن ب ت س ع ر و, fatha, shadda
    + _EVIDENCE + "".join(language._FOLD_PF) + "".join(list(PF_MAP)[:40]) + ZWNJ + " \u060c.\n"
)
runs = st.text(alphabet=_ALPHABET, max_size=60)


@settings(max_examples=examples(100), deadline=None)  # 1,000 in the slow copy below
@given(runs)
def test_detect_decides_as_the_full_weighing(run: str) -> None:
    assert language.detect(run) == language._weigh(run)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(runs)
def test_detect_decides_as_the_full_weighing_thoroughly(run: str) -> None:
    test_detect_decides_as_the_full_weighing.hypothesis.inner_test(run)


@settings(max_examples=examples(150), deadline=None)
@given(st.text(alphabet=_ALPHABET + "abc ", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_detect_at_offsets_decides_as_on_the_slice(text: str, a: int, b: int) -> None:
    a, b = min(a, b, len(text)), min(max(a, b), len(text))
    assert language.detect_at(text, a, b) == language._weigh(text[a:b])


def test_detect_on_runs_of_each_kind() -> None:
    plain = "ذهبت إلى المدرسة في الصباح"  # Arabic-only letters: the one-scan path
    assert language.detect(plain) == language._weigh(plain) == ("ar", 0.8)  # إ ى ة ي: four Arabic-only letters
    assert language.detect("سلام") == ("und", None)  # no evidence at all
    persian = "من به مدرسه می‌روم و کتاب می‌خوانم"  # ZWNJ, Persian yeh and keheh: the weighing path
    assert language.detect(persian).code == "fa"
    urdu = "میں نے کتاب پڑھی ہے اور وہ بہت اچھی تھی"
    assert language.detect(urdu).code == "ur"


def _utf8_cue_lines(text: str) -> tuple[list[int], list[int]]:
    """The cue lines as the segmenter found them before on the UTF-8 bytes (byte offsets mapped back to
    characters): the reference the one-byte-per-character scan must agree with."""
    for ch in "’\x85\u2028\u2029":
        text = text.replace(ch, "'" if ch == "’" else "\n")
    raw = text.encode("utf-8", "surrogatepass")
    data = raw.translate(core._CUE_BYTES)
    found = {pos for pos in range(len(data)) if (pos == 0 or data[pos - 1] == 10)
             and not core._arabizi_tables()[0].isdisjoint(data[pos:].split(b"\n", 1)[0].split())}
    classes = data.translate(core._CUE_CLASSES)
    # the text with each character padded to its UTF-8 length (by characters of no case), for the line-in-capitals test
    padded = "".join(c + "\0" * (len(c.encode("utf-8", "surrogatepass")) - 1) for c in text)
    for cue in (b"a2", b"2a", b"20a", b"-a"):
        core._add_lines(padded, raw, data, classes, cue, found)
    core._add_doubled_a_lines(raw, data, found, set())
    starts, ends = [], []
    for line in sorted(found):
        end = data.find(b"\n", line)
        end = len(data) if end < 0 else end
        starts.append(len(raw[:line].decode("utf-8", "surrogatepass")))
        ends.append(len(raw[:end].decode("utf-8", "surrogatepass")))
    return starts, ends


_WORDS = ["3ala", "7abibi", "ya", "el-bayt", "al-Assad", "wallah", "inshallah", "mp3", "5th", "the", "café3", "5thDrawer",
          "SHOUTING", "ÉCRIT", "LOUDER",
          "مرحبا", "يا", "😀", "é", "x86", "ma’a", "bi-sur3a", "HALA2", "Table2", "kteer", "daashtim", "bazaar", "KHAANOM"]
_SEPARATORS = [" ", " ", "\n", "\n\n", ", ", "\u2028", "\u00a0", "-", "'", "\x85", "\u2029", "."]


@settings(max_examples=examples(100), deadline=None)  # 1,000 in the slow copy below
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=40))
def test_cue_lines_in_characters_as_on_utf8_bytes(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in pieces)
    assert core._cue_lines(text) == _utf8_cue_lines(text)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=40))
def test_cue_lines_in_characters_as_on_utf8_bytes_thoroughly(pieces: list[tuple[str, str]]) -> None:
    test_cue_lines_in_characters_as_on_utf8_bytes.hypothesis.inner_test(pieces)


_MIXED = ["مرحبا", "بكم", "في", "الكتاب", "hello", "world", "3ala", "7abibi", "ya", "می‌روم", "…", "؟", "5th", "😀"]


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_MIXED), st.sampled_from(_SEPARATORS)), max_size=30))
def test_spans_made_through_the_slots_are_ordinary_spans(pieces: list[tuple[str, str]]) -> None:
    """The segmenter makes its spans with :func:`bilingual.spans.span_unchecked`, skipping the constructor's
    check: each must be a :class:`Span`, equal (and hash and print as) the span the checked constructor
    makes, and be a valid one."""
    text = "".join(w + s for w, s in pieces)
    for span in core.segment(text):
        made = Span(span.start, span.end, span.kind, span.lang, span.confidence, span.insertions)
        assert span == made and hash(span) == hash(made) and 0 <= span.start < span.end <= len(text)
        assert type(span) is Span and repr(span) == repr(made)


def test_spans_made_unchecked_are_frozen_spans() -> None:
    """:func:`bilingual.spans.span_unchecked` makes a :class:`Span` (not a span of another class): frozen,
    pickled and compared as one made by the constructor."""
    import pickle
    from dataclasses import FrozenInstanceError

    span = span_unchecked(2, 9, "arabic", "ar", 0.75, ((4, 6),))
    assert type(span) is Span and span == Span(2, 9, "arabic", "ar", 0.75, ((4, 6),))
    assert pickle.loads(pickle.dumps(span)) == span and len(span) == 7
    with pytest.raises(FrozenInstanceError):
        span.start = 3
    with pytest.raises(AttributeError):
        span.other = 1  # type: ignore[attr-defined]


def _shipped_list() -> str:
    from importlib import resources

    return resources.files("bilingual").joinpath(words.LATIN_WORDS_FILE).read_text(encoding="utf-8")


def _sections(text: str) -> tuple[words.ZipfSection, words.ZipfSection]:
    return words.latin_sections(text.encode("utf-8"))


_LIST = _shipped_list()
_TABLES = {  # the shipped list parsed whole: a table of each section
    name: {word: float(zipf) for word, zipf in (line.split(" ") for line in section.strip("\n").split("\n"))}
    for name, section in (part.split("]\n", 1) for part in _LIST.split("\n[")[1:])
}
_LISTED = sorted(_TABLES["en"].keys() | _TABLES["fr"].keys())


@settings(max_examples=examples(40), deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_LISTED), st.text(alphabet="abcdeéz \n", max_size=8)), max_size=300))
def test_zipf_values_searched_in_the_list_are_the_parsed_tables(asked: list[str]) -> None:
    """A word's Zipf value is searched in the list's text for the first words asked, then read from the
    parsed table: both give what parsing the whole list gives, listed words or not (empty, with spaces)."""
    en, fr = _sections(_LIST)
    for word in asked:
        assert en.get(word) == _TABLES["en"].get(word, 0.0) and fr.get(word) == _TABLES["fr"].get(word, 0.0)
    assert (en._table is not None) == (len(set(asked)) >= words.TABLE_AFTER)  # both ways were taken


def test_zipf_values_after_the_table_is_built() -> None:
    en, _ = _sections(_LIST)
    asked = _LISTED[:: max(1, len(_LISTED) // (2 * words.TABLE_AFTER))]
    assert [en.get(w) for w in asked] == [_TABLES["en"].get(w, 0.0) for w in asked] and en._table is not None


def test_binary_search_finds_listed_words_and_no_other() -> None:
    """Every fourth word of each section (the first and last included) is found with its value by the
    search alone, and words next to listed ones in the sort order (a letter added, one taken off) are found
    exactly when listed."""
    en, fr = _sections(_LIST)
    for section, table in ((en, _TABLES["en"]), (fr, _TABLES["fr"])):
        listed = sorted(table)
        assert all(section._search(word) == table[word] for word in [*listed[::4], listed[-1]])
        near = [w + "a" for w in listed[::25]] + [w[:-1] for w in listed[::25]] + ["", "zzzzzz", "aaaaa"]
        assert [section._search(w) for w in near] == [table.get(w, 0.0) for w in near]


# Latin letters with their case traps (Kelvin sign, long s, dotted and dotless i, ß), digits and hyphens.
_WORD_CHARS = "abdeilnstwyABEILWY\u212a\u017f\u0130\u0131\u00df\u00e9" + "0123456789" + "--"


_CLITICS = ["al", "Al", "AL", "aL", "el", "il", "Il", "l", "L", "bi", "b", "bil", "bel", "wa", "w", "wal", "wel", "li",
            "lil", "fi", "fil", "ba", "ya", "\u0131l", "\u0130l", "ab", "x"]


@settings(max_examples=examples(60), deadline=None)
@given(st.text(alphabet=_WORD_CHARS, min_size=1, max_size=12), st.lists(st.sampled_from(_CLITICS), min_size=1, max_size=3))
def test_patterns_compiled_by_re_read_words_as_regex_would(word: str, clitics: list[str]) -> None:
    """The word tests compiled by stdlib ``re`` (cheaper at start-up) answer as ``regex`` would with the same
    pattern: the English endings on any word; the Arabic-only clitics (``re`` and ``regex`` fold case
    differently outside ASCII, dotless i) on what they are asked about, the clitics :data:`_CLITIC` found."""
    import regex

    assert (words.ENGLISH_SUFFIX.search(word) is None) == (regex.search(words.ENGLISH_SUFFIX.pattern, word) is None)
    clitic = core._CLITIC.fullmatch("-".join(clitics) + "-" + word)
    if clitic:
        found = clitic.group("clitics")
        same = regex.search(core._ARABIC_ONLY_CLITICS.pattern, found) is None
        assert (core._ARABIC_ONLY_CLITICS.search(found) is None) == same


_ASCII_WORD_CHARS = "abcdefghkmnoprstwxyzABDGKMSTXZ0123456789'-"


@settings(max_examples=examples(100), deadline=None)  # 1,000 in the slow copy below
@given(
    st.text(alphabet=_ASCII_WORD_CHARS, min_size=1, max_size=10),
    st.sampled_from(["", "al-", "wa-bi-", "El-", "Li-", "orf", "NSP", "mp", "x", "Flash", "gr8", "b4"]),
    st.sampled_from(["", "th", "S", "k", "mph", "b", "1", "Usd"]),
)
def test_word_tests_read_ascii_words_as_their_regex_patterns(word: str, before: str, after: str) -> None:
    """The word tests (a digit word, a technical word, hyphenated clitics) answer on an ASCII word as the
    ``regex`` patterns that non-ASCII words get: by string methods, or by ``re`` with ASCII classes."""
    for text in (word, before + word, word + after, before + word.lower() + after):
        assert core._is_digit_word(text) == (core._digit_word().fullmatch(text) is not None)
        assert core._is_technical(text) == (core._technical().fullmatch(text) is not None)
        fast, full = core._CLITIC.ascii.fullmatch(text), core._CLITIC.unicode.fullmatch(text)
        assert (fast is None) == (full is None)
        if fast is not None and full is not None:
            assert fast.groupdict() == full.groupdict()


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(
    st.text(alphabet=_ASCII_WORD_CHARS, min_size=1, max_size=10),
    st.sampled_from(["", "al-", "wa-bi-", "El-", "Li-", "orf", "NSP", "mp", "x", "Flash", "gr8", "b4"]),
    st.sampled_from(["", "th", "S", "k", "mph", "b", "1", "Usd"]),
)
def test_word_tests_read_ascii_words_as_their_regex_patterns_thoroughly(word: str, before: str, after: str) -> None:
    test_word_tests_read_ascii_words_as_their_regex_patterns.hypothesis.inner_test(word, before, after)


@pytest.mark.parametrize(
    ("word", "technical"),
    [("5th", True), ("1950s", True), ("x86", True), ("Flash90", True), ("mp3", True), ("orf3b", True), ("nsp9", True),
     ("gr8", True), ("a1234", True), ("7abibi", False), ("3ajbetni", False), ("hala2", False), ("m3ak", False)],
)
def test_technical_words(word: str, technical: bool) -> None:
    assert core._is_technical(word) == technical == (core._technical().fullmatch(word) is not None)


def test_word_tests_send_non_ascii_words_to_regex() -> None:
    """A word with a non-ASCII Latin letter is read with ``\\p{Latin}``: ``é`` is a letter there."""
    assert core._is_digit_word("sé7a") and core._CLITIC.fullmatch("al-sé7a") is not None
    assert core._CLITIC.ascii.fullmatch("al-sé7a") is None
    assert core._is_technical("é12") and not core._is_technical("sé7a")


def test_a_user_name_with_a_digit_makes_no_cue_line_unless_the_line_is_in_capitals() -> None:
    """``5thDrawer`` is no cue as written, only read in lower case, which a line in capitals is; a line of
    English with the name is not looked at word by word, a line in capitals with it is."""
    english = "I agree with 5thDrawer here, it was a long thread\nthanks"
    assert core._cue_lines(english) == ([], [])
    capitals = "5thDrawer SAYS WALLAH MA BA3REF SHI\nthanks"
    assert core._cue_lines(capitals) == ([0], [capitals.index("\n")])
    assert core._cue_lines("HAMAWET NAFSY FATA7T EL ZOOM CAMERA") == ([0], [35])


@settings(max_examples=examples(100), deadline=None)  # 1,000 in the slow copy below
@given(st.text(alphabet="abefilwx- \n", max_size=40))
def test_hyphens_after_clitics_include_every_clitic_hyphen(text: str) -> None:
    """The hyphens the clitic cue looks at (:data:`core._AFTER_CLITIC`, one C-level search) include every
    hyphen before a letter that ends a clitic (what :func:`core._cue_word` accepts)."""
    data = text.encode("ascii")
    looked_at = {m.start() for m in core._AFTER_CLITIC.finditer(data)}
    for at in range(len(data) - 1):
        if data[at : at + 1] == b"-" and data[at + 1 : at + 2].isalpha():
            if core._CLITIC_BEFORE_HYPHEN.search(data, max(0, at - 3), at + 1):
                assert at in looked_at


@pytest.mark.slow
@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="abefilwx- \n", max_size=40))
def test_hyphens_after_clitics_include_every_clitic_hyphen_thoroughly(text: str) -> None:
    test_hyphens_after_clitics_include_every_clitic_hyphen.hypothesis.inner_test(text)


_BLOCK_PIECES = ["مرحبا", "بكم", "الكتابُ", "٣", "،", "؟", "ـ", "\u200c", "\u064e", "hello", "café", "x2", "Ω", "ב",
                 "\ud800", "1", "...", "…", "!", "\u2029", "\u0605", "ﷲ", "\u0870", "éa\u0301",
                 "😀", "\U0001d7cf", "\U0001ee01", "\U000102e0", "\U00010780", "\U000e0101"]
_BLOCK_SEPARATORS = [" ", " ", "\n", "\n\n", "\n \n", ", ", ". ", "\t", "\u00a0", "\x85", "\u2028", "\r", ""]


@pytest.mark.slow
@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BLOCK_PIECES), st.sampled_from(_BLOCK_SEPARATORS)), max_size=40))
def test_blocks_found_by_re_are_the_blocks_regex_finds(pieces: list[tuple[str, str]]) -> None:
    """The ``re`` patterns (:mod:`bilingual.segment.fast`: the strict block pattern alone, the gap patterns),
    used once a process has segmented enough text, give the blocks, passages, insertions and spans the
    ``regex`` patterns give (the loose block pattern, its blocks with a blank line cut): both read on one text."""
    text = "".join(w + s for w, s in pieces)
    paragraph_breaks = "\u2029" in text

    def blocks() -> list[tuple[tuple[int, int], ...]]:
        scanned, matches, more, _ = core._block_matches(text, paragraph_breaks)
        return [(*m.regs, *(more(m, m.span(1), m.span(2)) if m.start(2) >= 0 else ())) for m in matches]

    seen, after = fast._seen, fast.AFTER_CHARS
    try:
        fast._seen, fast.AFTER_CHARS = 0, 1 << 60
        by_regex, passages_by_regex, spans_by_regex = blocks(), core._arabic_passages(text), core.segment(text)
        fast.AFTER_CHARS = 0
        assert fast.patterns_for(text) is not None
        assert blocks() == by_regex
        assert core._arabic_passages(text) == passages_by_regex
        assert core.segment(text) == spans_by_regex
    finally:
        fast._seen, fast.AFTER_CHARS = seen, after


@pytest.mark.slow
def test_re_block_classes_are_read_off_regex() -> None:
    """Each ``re`` class holds exactly the BMP characters of its ``regex`` class (a lone surrogate
    included)."""
    import re

    every = "".join(map(chr, range(0x10000)))
    for regex_class in fast.CLASSES:
        ours = re.compile(fast.bmp_class(regex_class))
        assert "".join(ours.findall(every)) == "".join(core.regex.findall(regex_class, every))


@pytest.mark.slow
def test_every_character_beyond_the_bmp_has_a_stand_in() -> None:
    """Each character beyond the BMP is in the same classes of the block pattern as its stand-in, so a
    text with emoji, Arabic mathematical letters or Rumi numerals is scanned by ``re`` too."""
    astral = "".join(map(chr, range(0x10000, 0x110000)))
    # where some class starts or stops holding characters: between two such places, one kind of character
    bounds = sorted({i for cls in fast.CLASSES for m in core.regex.finditer(f"{cls}+", astral) for i in m.span()} | {0})
    kinds = {tuple(core.regex.fullmatch(cls, astral[i]) is not None for cls in fast.CLASSES): astral[i] for i in bounds[:-1]}
    assert len(kinds) >= 8  # symbols, digits, Arabic letters and marks, Latin letters...
    for wanted, char in kinds.items():
        found = fast.stand_in(char)
        assert found is not None and len(found) == 1 and found < "\U00010000"
        assert tuple(core.regex.fullmatch(cls, found) is not None for cls in fast.CLASSES) == wanted


@settings(max_examples=examples(40), deadline=None)
@given(st.binary(max_size=30).map(lambda b: bytes(b"a20 \n-"[c % 6] for c in b)), st.integers(0, 32))
def test_digit_needles_are_found_where_bytes_find_finds_them(classes: bytes, start: int) -> None:
    """The digit cues, found from their digit (:func:`core._find_digit_needle`), are where ``bytes.find``
    finds the needle in the class map."""
    for needle in (b"a2", b"2a", b"20a"):
        assert core._find_digit_needle(classes, needle, start) == classes.find(needle, start)


@pytest.mark.parametrize("text", ["", "abc", "مرحبا", "é", "a😀", "\U0010ffff", "\ud800", "\ud800\udc00", "x\ud83d"])
def test_astral_characters_are_told_by_the_utf16_length(text: str) -> None:
    """:func:`fast.has_astral` (a UTF-16 copy's length) answers as a search for a character beyond the BMP,
    lone surrogates included (a pair of them is two BMP characters)."""
    assert fast.has_astral(text) == (fast._ASTRAL.search(text) is not None)


def _latin_words_by_split_first(scanned: str, end: int, start: int) -> int | None:
    """The gap test as written before its Latin chunks were counted first: the reference
    :func:`core._gap_latin_words` must agree with (a split, then the chunks of a gap with two or more)."""
    gaps = core._REGEX_GAPS
    gap = scanned[end:start]
    if gaps.gap_stop.search(gap):
        return None
    words = -1
    if len(gap.split(None, 1)) > 1 and (words := len(gaps.latin_chunk.findall(gap))) > core.MAX_INSERTION_WORDS:
        return None
    if core._SENTENCE_END.isdisjoint(gap) or gaps.english_sentence.search(scanned[end - 1] + gap) is None:
        return words
    return None


@settings(max_examples=examples(150), deadline=None)
@given(st.text(alphabet="ab é1 ,.!?؟-\t", max_size=50))
def test_gap_latin_words_counts_as_the_split_first(gap: str) -> None:
    scanned = "\u0645" + gap + "\u0645"  # a gap between two blocks
    latin_words = core._gap_latin_words(scanned, core._REGEX_GAPS)
    assert latin_words(1, len(scanned) - 1) == _latin_words_by_split_first(scanned, 1, len(scanned) - 1)
