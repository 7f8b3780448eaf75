"""The pairing modules' patterns compile on first use (bilingual/pairing/_regex.py): importing the pairing compiles
none of them, every one of them compiles, and a lazy pattern answers as the compiled one, before and after its
first use."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

from bilingual.pairing import _regex, find  # noqa: F401  (find imports every module that makes its patterns)

ROOT = Path(__file__).resolve().parent.parent


def test_importing_the_pairing_compiles_none_of_its_patterns() -> None:
    # A fresh process: this one has used them. ~300 patterns compiled at import cost every process that pairs ~0.9 s.
    code = ("import bilingual.pairing\nfrom bilingual.pairing import _regex\nmade = _regex.made()\n"
            "print(len(made), [p.pattern[:80] for p in made if not isinstance(p, _regex.Lazy)])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, timeout=60)
    count, compiled = out.stdout.split(" ", 1)
    assert int(count) > 200, out.stdout  # the modules do make their patterns through the shim
    assert compiled.strip() == "[]", f"compiled at import (a module-level use of a pattern?): {compiled}"


def test_every_pattern_of_the_pairing_compiles() -> None:
    # A bad pattern fails on its first use, no longer at import: this is where it fails now. (The registry holds
    # them weakly: one that only its module's name held is gone once that name is its compiled pattern, compiled.)
    for p in _regex.made():
        if isinstance(p, _regex.Lazy):
            p.compile()
        assert type(p) is _regex.Compiled and isinstance(p.compiled, regex.Pattern), p.pattern


CASES = [
    (r"\p{Latin}[\p{Latin}'’]*", 0),
    (r"(?P<word>\b\w+\b)[ \t]*(?P<mark>[:=])?", regex.I),
    (r"""
     \b(?:he|she)\s+(?:says?|said)   # a verb of saying
     | (?<=\p{Arabic}\s)\d+
     """, regex.I | regex.X | regex.M),
    (r"^(\w+)-(\w+)$", regex.M),
    (r"(?r)\d", 0),
]
TEXT = "He said: word-for-word ١٢\nshe says 12, Translation = it's nice ٣ 4\nab-cd\n"


def _spans(found: Iterator[regex.Match[str]]) -> list[object]:
    return [(m.span(), m.groups(), m.groupdict()) for m in found]


def _one(m: regex.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.group(), m.groups())


def _answers(p: regex.Pattern[str]) -> list[object]:
    one, spans = _one, _spans
    return [
        p.pattern, p.flags, p.groups, dict(p.groupindex),
        one(p.search(TEXT)), one(p.search(TEXT, 5)), one(p.search(TEXT, 3, 30)), one(p.match(TEXT)),
        one(p.match(TEXT, 3)), one(p.fullmatch("ab-cd")), p.findall(TEXT), spans(p.finditer(TEXT)),
        spans(p.finditer(TEXT, 4, 40)), p.sub("<>", TEXT), p.sub(lambda m: m.group().upper(), TEXT, count=2),
        p.subn("_", TEXT), p.split(TEXT), p.split(TEXT, maxsplit=1), list(p.splititer(TEXT)),
    ]


@pytest.mark.parametrize("pattern,flags", CASES)
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern: str, flags: int) -> None:
    compiled = regex.compile(pattern, flags)
    lazy = _regex.compile(pattern, flags)
    assert isinstance(lazy, _regex.Lazy) and lazy.pattern == pattern  # the text, without compiling
    assert isinstance(lazy, _regex.Lazy) and "(not compiled yet)" in repr(lazy)
    assert _answers(lazy) == _answers(compiled)
    # Once used: no longer lazy, the compiled pattern's own bound methods (a call costs what it costs on it).
    assert type(lazy) is _regex.Compiled and not hasattr(type(lazy), "__getattr__")
    assert (lazy.compiled.pattern, lazy.compiled.flags) == (compiled.pattern, compiled.flags) and lazy.search.__self__ is lazy.compiled
    assert _answers(lazy) == _answers(compiled)
    # It equals its compiled pattern (which pattern a match came from: ``m.re == _PATTERN``), as its copies do. (Two
    # patterns ``regex`` compiled apart are unequal: equal ones here are one object from regex's cache, which the rest of
    # a whole run may have emptied, so each is compared with its own compiled pattern.)
    found = lazy.search(TEXT)
    assert found is not None and found.re == lazy and lazy == found.re and lazy in (lazy.compiled,)
    assert lazy != regex.compile(pattern, flags | regex.S) and hash(lazy) == hash(lazy.compiled)
    fresh = _regex.compile(pattern, flags)
    assert fresh == fresh.compiled and fresh.compiled == fresh and isinstance(fresh, _regex.Compiled)
    assert _answers(fresh) == _answers(compiled)
    # A copy is the pattern itself, as a compiled pattern's is; pickles (a pattern inside something sent to a worker
    # process) are patterns that answer the same, compiled or not when pickled.
    assert copy.copy(lazy) is lazy and copy.deepcopy([lazy])[0] is lazy
    for other in (pickle.loads(pickle.dumps(lazy)), pickle.loads(pickle.dumps(_regex.compile(pattern, flags)))):
        assert other == other.compiled and _answers(other) == _answers(compiled)


def test_the_modules_name_for_a_pattern_becomes_the_compiled_pattern_on_first_use() -> None:
    module: dict[str, Any] = {"regex": _regex}
    exec("LETTERS = regex.compile(r'\\p{L}+')\nBOTH = (LETTERS,)", module)  # as a pairing module defines one
    lazy = module["LETTERS"]
    assert isinstance(lazy, _regex.Lazy)
    assert module["BOTH"][0].search("12 ab").group() == "ab"
    # A call through the name costs what it costs today; the tuple keeps the (no longer lazy) object, which equals it.
    assert module["LETTERS"] is lazy.compiled and type(module["LETTERS"]) is regex.Pattern
    assert module["BOTH"][0] is lazy and lazy == module["LETTERS"]


def test_no_pairing_module_asks_whether_a_match_came_from_a_pattern_by_identity() -> None:
    # ``m.re`` is the compiled pattern, not always the module's (lazy) one: ``m.re is _SIGN_OFF`` can be False.
    # (Read as text: parsing the modules cost 0.5 s.)
    for path in (ROOT / "bilingual" / "pairing").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found = regex.search(r"\.re[ \t]+is\b|\bis(?:[ \t]+not)?[ \t]+[\w.]+\.re\b", text) if path.name != "_regex.py" else None
        assert found is None, f"{path.name}:{text.count(chr(10), 0, found.start()) + 1}"


def test_a_bad_pattern_fails_on_its_first_use() -> None:
    lazy = _regex.compile(r"(?P<x>a")
    with pytest.raises(regex.error):
        lazy.search("a")
    with pytest.raises(regex.error):  # still lazy: it fails every time, as regex.compile does
        lazy.search("a")
    assert isinstance(lazy, _regex.Lazy)


def test_the_shim_is_regex_but_for_compile() -> None:
    for name in regex.__all__:
        if name not in ("compile", "__version__", "__doc__", "cache_all", "prefixmatch", "template", "Scanner", "Regex"):
            assert getattr(_regex, name) is getattr(regex, name), name  # what the modules use of regex, and the rest
