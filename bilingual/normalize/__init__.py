"""Arabic normalization: named folds, profiles, a two-way offset map, and un-baking.

Every fold is a tiny pure function with one job (:mod:`.folds`, ftfy's ``fixes.py`` style); a profile
is a set of toggles over them (:mod:`.config`), resolved once into a :class:`Normalizer`
(:mod:`.engine`) that applies them only inside Arabic-script runs, reports what it changed (like
ftfy's ``fix_and_explain``) and keeps an exact map between normalized and original offsets
(:mod:`.offsets`), so later stages can point back at the characters a commenter actually typed.

    >>> from bilingual.normalize import normalize
    >>> n = normalize("إخاء مورىتانيا", profile="search")
    >>> n.text, n.summary
    ('اخاء موريتانيا', {'alef': 1, 'maksura': 1})
    >>> n.to_original(5, 14)
    (5, 14)

Called many times, hold the resolved profile: ``mt = resolve("mt")``, then ``mt(text)`` or, fastest,
``mt.text(text)``. Folds run in the order of :data:`FOLDS`. Folds that change letters (``hamza``,
``alef``, ``maksura``, ``teh_marbuta``) are skipped inside Persian, Urdu and Kurdish runs, whose
letters they would corrupt. ``docs/NORMALIZATION.md`` explains each fold and every deliberate
difference from CAMeL Tools and PyArabic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..text.script import arabic_runs
    from .config import FOLDS, PROFILES, Fold
    from .engine import Normalizer, resolve, run_language
    from .folds import (
        KEEP_TWO, compose, digits_to_ascii, fold_alef, fold_presentation_forms, hamza_to_bare, hamza_to_carriers,
        maksura_everywhere, maksura_inside_words, punctuation_to_ascii, remove_controls, remove_diacritics,
        remove_shadda, remove_tatweel, squeeze_repetition, teh_marbuta_to_heh,
    )
    from .offsets import Change, Normalized
    from .baked import looks_baked, unbake

# The package itself stays light (``bilingual`` binds :func:`normalize` at import): every other
# name loads its module on first use.
_LAZY: dict[str, str] = {
    "arabic_runs": "bilingual.text.script", "FOLDS": ".config", "PROFILES": ".config", "Fold": ".config",
    "Normalizer": ".engine", "resolve": ".engine", "run_language": ".engine",
    "Change": ".offsets", "Normalized": ".offsets", "looks_baked": ".baked", "unbake": ".baked",
    **{name: ".folds" for name in (
        "KEEP_TWO", "compose", "digits_to_ascii", "fold_alef", "fold_presentation_forms", "hamza_to_bare",
        "hamza_to_carriers", "maksura_everywhere", "maksura_inside_words", "punctuation_to_ascii", "remove_controls",
        "remove_diacritics", "remove_shadda", "remove_tatweel", "squeeze_repetition", "teh_marbuta_to_heh",
    )},
}

__all__ = [
    "FOLDS",
    "PROFILES",
    "KEEP_TWO",
    "Change",
    "Fold",
    "Normalized",
    "Normalizer",
    "normalize",
    "resolve",
    "unbake",
    "looks_baked",
    "run_language",
    "arabic_runs",
    "fold_presentation_forms",
    "compose",
    "remove_controls",
    "remove_tatweel",
    "remove_diacritics",
    "remove_shadda",
    "hamza_to_carriers",
    "hamza_to_bare",
    "fold_alef",
    "maksura_inside_words",
    "maksura_everywhere",
    "teh_marbuta_to_heh",
    "digits_to_ascii",
    "punctuation_to_ascii",
    "squeeze_repetition",
]


def normalize(text: str, profile: str = "mt", *, track_offsets: bool = True, **toggles: object) -> Normalized:
    """Normalize the Arabic-script runs of ``text`` with ``profile`` (``display``, ``mt``, ``search``,
    ``none``), each fold switchable by name (``normalize(t, "mt", alef=True, hamza="hamza")``).

    Text outside Arabic runs (Latin, emoji, CJK...) is returned unchanged. With
    ``track_offsets=False`` only ``.text`` is computed (several times faster); ``.changes`` and the
    offset map then raise ``ValueError``. ``resolve(profile, **toggles)`` gives the same normalizer
    to hold and call many times: a profile of your own (``resolve("mt", alef=True, repetition=False)``).
    The folds, in order, with their values: :data:`FOLDS` (``FOLDS["hamza"].doc`` says what each value
    does); what each profile switches on: :data:`PROFILES`; take them with ``from bilingual.normalize
    import FOLDS, PROFILES, resolve`` (``bilingual.normalize`` is this function, not the package). A wrong
    argument is a one-line ``TypeError`` or ``ValueError`` naming this function and the values it takes.
    """
    resolve = _resolve or _load_resolve()
    return resolve(profile, **toggles)(text, track_offsets=track_offsets)


_resolve: Callable[..., Normalizer] | None = None


def _load_resolve() -> Callable[..., Normalizer]:
    """:func:`.engine.resolve`, imported on the first call (an import statement per call costs more
    than the look-up it leads to)."""
    global _resolve
    from .engine import resolve

    _resolve = resolve
    return resolve


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'bilingual.normalize' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
