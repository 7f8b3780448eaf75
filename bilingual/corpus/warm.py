"""Warm-up of the embedded cluster's worker processes, imported once by their fork server.

The first thread a fresh process runs costs seconds more than the next ones: the pipeline's imports,
the word lists and transliteration lexicon it loads on first use, its compiled patterns, the report's
templates, sacrebleu's metrics. The embedded cluster starts its workers from a fork server
(``multiprocessing``'s ``forkserver`` start method) that imports this module first, so all of that is
done once, before any worker exists, and every worker (a replacement for one that died included)
starts warm, sharing those pages with the others until it writes to them. Importing this module runs
one small built-in thread through the pipeline, the JSON and HTML report and the shard figures.

The model is not loaded here: CTranslate2 starts threads, and a process with threads must not fork.
A failure here is never fatal: a worker that does not start warm warms up on its first thread.
Importing it also quiets the children that start after the command has gone (:func:`.forking.quiet_late_starts`)
and gives Ctrl-C back its default handler, ignored through the server's imports (:mod:`.calm`).
"""

from __future__ import annotations

import json
import signal

from .forking import quiet_late_starts

#: One small thread that reaches every stage: an Arabic passage, a request and the author's
#: translation (pairing, alignment), Arabizi (the transliteration lexicon), English chatter, a copy.
_THREAD = [
    {"id": "1", "parent": None, "author": "amal", "text": "اللهم بلغنا رمضان. السلام عليكم ورحمة الله وبركاته"},
    {"id": "2", "parent": "1", "author": "bob", "text": "Translation please?"},
    {"id": "3", "parent": "2", "author": "amal", "text": "It's a prayer.\nO God, let us reach Ramadan. Peace be upon you and the mercy of God."},
    {"id": "4", "parent": None, "author": "carl", "text": "inshallah ya 7abibi, wallah 3ajbetni el fikra"},
    {"id": "5", "parent": "4", "author": "dana", "text": "Nice article, thanks."},
    {"id": "6", "parent": None, "author": "eve", "text": "اللهم بلغنا رمضان. السلام عليكم ورحمة الله وبركاته"},
]


def warm_up() -> bool:
    """Run the built-in thread through what a shard runs; whether it went through."""
    try:
        from ..doc import ModelInfo
        from ..pipeline import Machine, Settings, run
        from ..report import build, html_pieces
        from ..threads import read_string
        from . import runner  # noqa: F401  (the shard task's module, unpickled by reference in each worker)
        from .shards import dumps
        from .summary import pair_statistics

        thread = read_string("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in _THREAD), "jsonl", name="warm-up")
        settings = Settings(mt=False, cache=False)
        report = build(run(thread, settings, machine=Machine(ModelInfo("off", message="warm-up"))), source="warm-up")
        dumps(report.to_dict())
        "".join(html_pieces(report))
        pair_statistics(["O God, let us reach Ramadan"], ["O God, make us reach Ramadan"])
    except Exception:  # a cold worker still works
        return False
    return True


WARM = warm_up()
quiet_late_starts()
signal.signal(signal.SIGINT, signal.default_int_handler)  # ignored through the preload (.calm); the workers' own again
