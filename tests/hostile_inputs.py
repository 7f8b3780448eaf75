"""What the hostile-text tests share: a stdout that says it is a terminal and a JSONL thread written from rows."""

from __future__ import annotations

import io
import json
from pathlib import Path


class Tty(io.StringIO):
    """A stdout that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def jsonl_thread(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    """``rows`` written as ``thread.jsonl`` in ``tmp_path``, one JSON object a line, Arabic as it is."""
    path = tmp_path / "thread.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path
