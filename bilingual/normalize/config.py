"""The fold registry, the profiles, and toggles resolved into settings (once, then cached)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..text.script import ALEF_MAKSURA, ALEF_VARIANTS, CONTROLS, DIACRITICS, PF_MAP, SHADDA, TATWEEL, TEH_MARBUTA, WAW_HAMZA, YEH_HAMZA
from .folds import (
    ARABIC_DIGITS, NUMBER_SIGNS, PUNCTUATION, compose, digits_to_ascii, fold_alef, fold_presentation_forms, hamza_to_bare,
    hamza_to_carriers, maksura_everywhere, maksura_inside_words, punctuation_to_ascii, remove_controls, remove_diacritics,
    remove_shadda, remove_tatweel, squeeze_repetition, teh_marbuta_to_heh,
)

__all__ = ["FOLDS", "PROFILES", "Fold", "Settings", "resolve_settings"]

#: The effective ``(fold, mode)`` pairs, in fold order.
Settings = tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Fold:
    """A named fold: its functions by mode, the characters it can change, and whether it changes letters."""

    name: str
    modes: dict[object, Callable[[str], str]]
    chars: frozenset[str]
    letters: bool = False  # skipped inside Persian, Urdu and Kurdish runs

    @property
    def doc(self) -> str:
        """One line per mode, from the functions' docstrings."""
        return " | ".join(f"{mode}: {fn.__doc__}" for mode, fn in self.modes.items())


#: The folds, in the order they run. ``modes`` maps each accepted toggle value to its function.
FOLDS: dict[str, Fold] = {
    f.name: f
    for f in (
        Fold("presentation_forms", {True: fold_presentation_forms}, frozenset(PF_MAP)),
        Fold("compose", {True: compose}, frozenset()),
        Fold("controls", {True: remove_controls}, frozenset(CONTROLS)),
        Fold("tatweel", {True: remove_tatweel}, frozenset(TATWEEL)),
        Fold("diacritics", {True: remove_diacritics}, frozenset(DIACRITICS)),
        Fold("shadda", {True: remove_shadda}, frozenset(SHADDA)),
        Fold("hamza", {"carriers": hamza_to_carriers, "hamza": hamza_to_bare},
             frozenset(WAW_HAMZA + YEH_HAMZA + "\u0623\u0625\u0622"), letters=True),
        Fold("alef", {True: fold_alef}, frozenset(ALEF_VARIANTS), letters=True),
        Fold("maksura", {"inside": maksura_inside_words, "all": maksura_everywhere},
             frozenset(ALEF_MAKSURA), letters=True),
        Fold("teh_marbuta", {True: teh_marbuta_to_heh}, frozenset(TEH_MARBUTA), letters=True),
        Fold("digits", {True: digits_to_ascii}, frozenset({**ARABIC_DIGITS, **NUMBER_SIGNS})),
        Fold("punctuation", {True: punctuation_to_ascii}, frozenset(PUNCTUATION)),
        Fold("repetition", {True: squeeze_repetition}, frozenset()),
    )
}

_DISPLAY: dict[str, object] = {"presentation_forms": True, "compose": True, "controls": True}
_MT = {**_DISPLAY, "tatweel": True, "diacritics": True, "shadda": True, "maksura": "inside",
       "digits": True, "repetition": True}
_SEARCH = {**_MT, "hamza": "carriers", "alef": True, "maksura": "all", "teh_marbuta": True,
           "punctuation": True}
#: Profiles: ``display`` keeps the text looking the same, ``mt`` is what a translation engine should
#: see, ``search`` folds aggressively for matching (like Lucene's ArabicNormalizer), ``none`` is
#: nothing (switch single folds on with toggles).
PROFILES: dict[str, dict[str, object]] = {"none": {}, "display": _DISPLAY, "mt": _MT, "search": _SEARCH}

_ALIASES: dict[str, dict[object, object]] = {"hamza": {True: "carriers", "keep": False}, "maksura": {True: "inside"}}


def resolve_settings(profile: str, toggles: dict[str, object]) -> Settings:
    """The effective (fold, mode) pairs, in fold order, for ``profile`` overridden by ``toggles``.

    Raises ``ValueError`` for an unknown profile or mode and ``TypeError`` for a profile that is not a
    ``str`` or an unknown fold, in one line naming ``normalize()`` and what it takes.
    """
    if not isinstance(profile, str):
        raise TypeError(f"normalize(): the profile is a str ({', '.join(PROFILES)}), not {type(profile).__name__}")
    if profile not in PROFILES:
        raise ValueError(f"normalize(): unknown profile {profile!r}; choose one of {', '.join(PROFILES)}")
    unknown = set(toggles) - set(FOLDS)
    if unknown:
        raise TypeError(f"normalize(): unknown fold {sorted(unknown)[0]!r}; folds are {', '.join(FOLDS)}")
    try:
        return _resolve(profile, tuple(toggles.items()))
    except TypeError:  # a value the cache cannot hash (a list, a dict): no mode of any fold
        name, value = next((n, v) for n, v in toggles.items() if not _hashable(v))
        raise ValueError(_bad_value(name, value)) from None


def _hashable(value: object) -> bool:
    """Whether ``value`` can be a toggle's value at all (the settings are cached by value)."""
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _bad_value(name: str, value: object) -> str:
    """The one-line error for a value fold ``name`` does not take, with the values it does take."""
    choices = ", ".join(repr(m) for m in [False, *FOLDS[name].modes])
    return f"normalize(): bad value {value!r} for fold {name!r}; choose one of {choices}"


@lru_cache(maxsize=256)
def _resolve(profile: str, toggles: tuple[tuple[str, object], ...]) -> Settings:
    merged = {**PROFILES[profile], **dict(toggles)}
    out = []
    for name, fold in FOLDS.items():
        value = merged.get(name, False)
        value = _ALIASES.get(name, {}).get(value, value)
        if value is False or value is None or (type(value) is int and value == 0):  # 1 is True already
            continue
        if value not in fold.modes:
            raise ValueError(_bad_value(name, value))
        out.append((name, value))
    return tuple(out)
