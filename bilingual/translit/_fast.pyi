"""Types of the compiled decoder (``_fast.pyx``); see its docstring."""

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TypeVar

from .core import Weights, WordReading
from .model import LangModel, Lexicon, NgramTables

class FastModel:
    def __init__(self, model: LangModel) -> None: ...

class Lattice:
    def __contains__(self, reading: object) -> bool: ...
    def __getitem__(self, index: int) -> Lattice: ...
    def path(self, reading: str) -> tuple[tuple[int, int, str], ...]: ...

def fast_model(model: LangModel) -> FastModel | None: ...
def decode(
    word: str, model: LangModel, weights: Weights, banned: frozenset[str], words: Sequence[str] | None = None
) -> tuple[list[tuple[float, str, float]], Lattice] | None: ...
def rank_scores(
    word: str,
    readings: list[tuple[float, str, float]],
    lexicon: Lexicon,
    usual: Collection[str],
    weights: Weights,
    keep: frozenset[str],
    ranker: tuple[float, ...],
    folded: frozenset[str],
    fold: dict[int, str],
    prefixes: frozenset[str],
    suffixes: frozenset[str],
    hamzas: frozenset[str],
    unit_features: Callable[[str, str], Iterable[float]] | None = None,
    limit: int = 0,
) -> list[tuple[float, str]]: ...
def latin_scores(word: str, models: list[NgramTables]) -> tuple[float, ...]: ...
def hand_scores(
    word: str,
    readings: list[tuple[float, str, float]],
    lexicon: Lexicon,
    usual: Collection[str],
    weights: Weights,
    keep: frozenset[str],
    folded: frozenset[str],
    fold: dict[int, str],
    limit: int = 0,
) -> list[tuple[float, str]]: ...
def forget() -> None: ...
def read_prepared(
    word: str, model: LangModel, weights: Weights, banned: frozenset[str], context: tuple[object, ...]
) -> tuple[tuple[tuple[str, float], ...], tuple[tuple[int, int, str], ...]] | None: ...
def unit_spans(
    units: tuple[tuple[int, int, str], ...], index: list[int], start: int, end: int
) -> tuple[tuple[int, int, str], ...]: ...

_C = TypeVar("_C")

def candidates(cls: Callable[[str, float], _C], readings: tuple[tuple[str, float], ...]) -> tuple[_C, ...]: ...
def settled_reading(
    cls: Callable[[str, float], _C], status: str, readings: tuple[tuple[str, float], ...],
    units: tuple[tuple[int, int, str], ...], index: list[int], end: int, notes: list[str],
) -> tuple[str, str, tuple[_C, ...], tuple[tuple[int, int, str], ...], tuple[str, ...]]: ...
def offset_map(
    original: str, words: tuple[WordReading, ...], transliterated: str
) -> tuple[str, list[int], list[int], list[int], list[int]]: ...
