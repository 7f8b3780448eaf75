"""``translate``: passages -> sentences (with spans) -> normalized -> deduplicated -> cached or
batch-translated -> flagged :class:`Translation` records, one per sentence, in input order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..spans import Location, Passage
from ..text.sentences import MAX_CHARS, model_inputs
from .cache import TranslationCache, default_path
from .engine import DecodeOptions, Engine, Hypothesis
from .flags import flags as flag_output
from .record import Translation

ENGINES = ("ctranslate2", "argos")


def normalizer() -> tuple[Callable[[str], str], str]:
    """The normalizer's ``mt`` profile (resolved once, no offsets tracked) and its name."""
    from ..normalize import resolve

    return resolve("mt").text, "mt"


_CACHES: dict[str, TranslationCache] = {}


def _open_cache(cache: bool | str | os.PathLike[str] | TranslationCache | None) -> TranslationCache | None:
    """The cache to use: an instance, a path, ``True`` for the default one, ``False``/``None`` for none."""
    if isinstance(cache, TranslationCache):
        return cache if cache.enabled else None
    if not cache:
        return None
    path = default_path() if cache is True else Path(cache)
    if path is None:
        return None
    key = str(path)
    if key not in _CACHES:
        _CACHES[key] = TranslationCache(path)
    return _CACHES[key] if _CACHES[key].enabled else None


def _inputs(texts_or_passages: Any) -> list[tuple[Location | int, str]]:
    """(source, text) for each input: a passage's location, or the index of a plain string."""
    if isinstance(texts_or_passages, (str, Passage)):
        texts_or_passages = [texts_or_passages]
    elif not isinstance(texts_or_passages, Iterable):
        raise TypeError(f"translate() takes a string, a Passage or an iterable of them, not {type(texts_or_passages).__name__}")
    out: list[tuple[Location | int, str]] = []
    for i, item in enumerate(texts_or_passages):
        if isinstance(item, Passage):
            out.append((item.location, item.text))
        elif isinstance(item, str):
            out.append((i, item))
        else:
            raise TypeError(f"translate() takes strings or Passages, not {type(item).__name__}")
    return out


def _engine(model: Any) -> Engine:
    if isinstance(model, Engine):
        return model
    from .models import load_model

    return load_model(model)


def translate(
    texts_or_passages: str | Passage | Iterable[str | Passage],
    model: str | os.PathLike[str] | Engine | None = None,
    *,
    cache: bool | str | os.PathLike[str] | TranslationCache | None = True,
    progress: Callable[[int, int], None] | None = None,
    max_chars: int = MAX_CHARS,
    batch_size: int = 32,
    engine: str = "ctranslate2",
    **options: Any,
) -> list[Translation]:
    """Translate every sentence of the given texts or passages; one :class:`Translation` per sentence.

    Sentences come from :func:`~bilingual.text.sentences.model_inputs`; each is normalized with the
    ``mt`` profile, identical sentences are translated once, cached ones not at all, and the
    rest in length-sorted batches across all inputs. ``options`` are :class:`DecodeOptions`
    fields (``beam_size``, ``num_hypotheses``, ``length_penalty``, ``max_decoding_length`` ...).
    ``engine="argos"`` runs argostranslate's own pipeline instead (one record per passage).
    Raises :class:`~bilingual.errors.ModelMissingError` when no model is installed.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    decode = DecodeOptions.of(options, "translate()")
    inputs = _inputs(texts_or_passages)
    if engine == "argos":
        from .argos import translate_passages

        return translate_passages(inputs, model.files.root if isinstance(model, Engine) else model, decode)
    mt = _engine(model)
    normalize, _ = normalizer()
    records: list[Translation] = []
    for source, text in inputs:
        for start, end in model_inputs(text, max_chars):
            sentence = text[start:end]
            records.append(Translation(source, (start, end), sentence, normalize(sentence), [], model=mt.name))
    results = translate_sentences([r.normalized for r in records], mt, cache=cache, progress=progress, batch_size=batch_size, decode=decode)
    for record, (hypotheses, cached) in zip(records, results):
        record.hypotheses, record.cached = hypotheses, cached
        record.flags = output_flags(record.sentence, hypotheses, decode)
    return records


def output_flags(source: str, hypotheses: list[Hypothesis], decode: DecodeOptions) -> list[str]:
    """The flags of a sentence's best output (loops, copied source, odd length, empty, truncated)."""
    best = hypotheses[0] if hypotheses else None
    return flag_output(source, best.text if best else "", length=best.length if best else None,
                       max_length=decode.max_decoding_length, source_cut=best.source_cut if best else 0)


def translate_sentences(
    sentences: list[str],
    mt: Engine,
    *,
    cache: bool | str | os.PathLike[str] | TranslationCache | None = True,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = 32,
    decode: DecodeOptions | None = None,
) -> list[tuple[list[Hypothesis], bool]]:
    """The n-best list of each sentence (already cut and normalized: given to the model as is) and
    whether it came from the cache; identical sentences are translated once, in length-sorted
    batches across all of them."""
    decode = decode or DecodeOptions()
    unique = list(dict.fromkeys(sentences))
    store = _open_cache(cache)
    found: dict[str, list[Hypothesis]] = {}
    if store is not None:
        if mt.fingerprint is None:
            mt.fingerprint = store.model_hash(mt.files.files(), mt.files.root)
        found = store.get_many(mt.fingerprint, decode.key(), unique)
    missing = [s for s in unique if s not in found]
    fresh = dict(zip(missing, mt.translate(missing, decode, batch_size=batch_size, progress=progress)))
    if store is not None and mt.fingerprint is not None:
        store.put_many(mt.fingerprint, decode.key(), {s: h for s, h in fresh.items() if h})
    return [(found.get(s) or fresh.get(s, []), s in found) for s in sentences]
