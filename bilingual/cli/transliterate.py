"""``bilingual transliterate FILE...``: the Arabizi and romanized Persian of a thread written back in
Arabic script, with each word's ranked candidates (``-f json``/``jsonl``) and the uncertain words
named."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import add_input_args, add_output_args, check_outputs, dump, load_thread, none_found, write_text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``transliterate`` subcommand."""
    p = sub.add_parser("transliterate", help="write Arabizi and romanized Persian in Arabic script", description=__doc__)
    add_input_args(p, pick=True)
    add_output_args(p)
    p.set_defaults(func=run)


def records(result: Any) -> list[dict[str, Any]]:
    """One record per Latin-script passage: where it is, its reading, every word's candidates."""
    out = []
    for p in result.passages:
        if p.reading is None:
            continue
        loc = p.passage.location
        out.append({
            **loc.to_dict(), "lang": p.passage.span.lang, "text": p.text, "reading": p.reading.text,
            "words": [
                {"start": loc.start + w.start, "end": loc.start + w.end, "word": p.text[w.start : w.end],
                 "candidates": [[c.text, round(c.confidence, 3)] for c in w.candidates], "flagged": w.flagged}
                for w in p.reading.words
            ],
        })
    return out


def _text(rec: dict[str, Any]) -> str:
    """``comment 3 10-42 ar-Latn: Latin -> reading`` and the words to check."""
    from ..safe import terminal_safe

    where = "article" if rec["comment"] is None else f"comment {terminal_safe(rec['comment'])}"
    line = f"{where} {rec['start']}-{rec['end']} {rec['lang']}: {terminal_safe(rec['text'])} -> {terminal_safe(rec['reading'])}"
    unsure = [terminal_safe(w["word"]) for w in rec["words"] if w["flagged"]]
    return line + (f"\n  check: {', '.join(unsure)}" if unsure else "") + "\n"


def run(args: argparse.Namespace) -> int:
    """Transliterate the Latin-script passages of the thread (the pipeline's segment stage)."""
    from ..pipeline import Settings, run as pipeline

    check_outputs(args, [args.output])
    thread = load_thread(args)
    recs = records(pipeline(thread, Settings(mt=False), until="segment"))
    write_text(args.output, dump(recs, args.format) if args.format != "text" else (_text(r) for r in recs))
    if args.format == "text" and not recs:
        none_found("no Arabizi or romanized Persian", thread)
    return 0
