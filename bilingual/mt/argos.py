"""``--engine argos``: argostranslate's own pipeline on the same package, for comparison.

Needs the optional extra ``bilingual[argos]`` (argostranslate imports stanza and torch, which
the toolkit's own engine never does). Each passage goes through argostranslate's
``PackageTranslation.hypotheses``: its sentence splitter, its tokenizer, its
``translate_batch`` call and its detokenizer. A package that carries no sentence-boundary data
of its own (``stanza/`` or ``minisbd/``) would make argostranslate download a splitter; offline,
such packages are split with the toolkit's :func:`~bilingual.text.sentences.model_inputs` instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..spans import Location
from .engine import ARGOS, DecodeOptions, Hypothesis, inspect_model
from .flags import flags as flag_output
from .models import find_model, model_path
from .record import Translation
from ..text.sentences import model_inputs


class SplitSentencizer:
    """argostranslate's sentencizer interface over the toolkit's splitter."""

    def split_sentences(self, text: str) -> list[str]:
        """The sentences of ``text`` (the whole text when it has none)."""
        return [text[a:b] for a, b in model_inputs(text)] or [text]


def package_translation(path: Path) -> Any:
    """argostranslate's ``PackageTranslation`` for the unpacked package at ``path``."""
    try:
        from argostranslate import package as argos_package
        from argostranslate import translate as argos_translate
    except ImportError:
        raise ModelError("--engine argos needs argostranslate: pip install 'bilingual[argos]'") from None
    pkg = argos_package.Package(path)
    source = argos_translate.Language(pkg.from_code, pkg.from_name)
    target = argos_translate.Language(pkg.to_code, pkg.to_name)
    translation = argos_translate.PackageTranslation(source, target, pkg)
    if pkg.packaged_sbd_path is None:
        translation.sentencizer = SplitSentencizer()
    return translation


def translate_passages(
    inputs: list[tuple[Location | int, str]], model: str | os.PathLike[str] | None, options: DecodeOptions
) -> list[Translation]:
    """One :class:`~bilingual.mt.record.Translation` per passage, from argostranslate.

    argostranslate decodes with its own settings (beam 4 or ``ARGOS_BEAM_SIZE``, length penalty
    0.2); only ``num_hypotheses`` is passed. Its scores are its own: the sum over sentences of
    CTranslate2's length-penalised scores.
    """
    found = find_model(model)
    path = model_path(found)
    if inspect_model(path).layout != ARGOS:
        raise ModelError("--engine argos runs Argos packages only; this is a plain CTranslate2 model", str(path))
    translation = package_translation(path)
    out: list[Translation] = []
    for source, text in inputs:
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        if start >= end:
            continue
        passage = text[start:end]
        hyps = [Hypothesis(h.value, float(h.score)) for h in translation.hypotheses(passage, options.num_hypotheses)]
        best = hyps[0].text if hyps else ""
        out.append(Translation(
            source, (start, end), passage, passage, hyps, flag_output(passage, best),
            model=found.name, engine="argos",
        ))
    return out
