"""Issue 20: a big thread's run lets the romanization lexicons go with the readings' statistics.

``release_statistics`` (the pipeline calls it once a big thread's passages are read) kept the lexicons that rank
the readings: 1.75 MiB for ``ar-Latn`` with the words it had looked up, held to the run's end though pairing and the
page read no Arabizi word on most threads. Let go, they are loaded again (in milliseconds) and read the same.
"""

from __future__ import annotations

import gc
import sys

from bilingual.translit import AR, core, read_word, transliterate
from bilingual.translit.model import lexicon


def test_released_lexicons_are_freed_without_a_collection() -> None:
    assert transliterate("salam 3likoum khouya", AR).text
    held = lexicon(AR)
    assert held.get("slm", 0.0) >= 0.0
    enabled = gc.isenabled()
    gc.disable()
    try:
        core.release_statistics()
        assert lexicon.cache_info().currsize == 0
        assert sys.getrefcount(held) == 2  # this function's name and getrefcount's argument only
    finally:
        if enabled:
            gc.enable()


def test_readings_after_the_release_are_the_same() -> None:
    def read() -> tuple[object, ...]:
        t = transliterate("ana 7abibi w salam 3likoum, inshallah nshoufek bokra", AR)
        return t.text, t.region, tuple(t.words), read_word("yer7amhom").best

    core.release_statistics()
    before = read()
    core.release_statistics()
    assert lexicon.cache_info().currsize == 0
    assert read() == before
    assert lexicon.cache_info().currsize == 1
