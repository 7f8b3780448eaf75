"""A persistent translation cache: SQLite, keyed by model hash + normalized source + decoding options.

The model hash is the SHA-256 of the model's files, so a changed or re-installed model never
serves stale translations. Hashing an 80 MB model takes a moment, so the hash is remembered
per file signature (paths, inodes, sizes, modification and change times). ``$BILINGUAL_CACHE``
moves the database; ``BILINGUAL_CACHE=off`` disables it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .engine import Hypothesis

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, hypotheses TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS fingerprints (signature TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
"""
_OFF = {"off", "0", "no", "false", "none"}


def default_path() -> Path | None:
    """``$BILINGUAL_CACHE``, else ``mt-cache.sqlite3`` in the per-user cache directory; ``None`` when off."""
    env = os.environ.get("BILINGUAL_CACHE", "").strip()
    if env:  # empty means unset, as for $BILINGUAL_MODELS (not the current directory)
        return None if env.lower() in _OFF else Path(env).expanduser()
    import platformdirs

    return platformdirs.user_cache_path("bilingual") / "mt-cache.sqlite3"


def entry_key(model_hash: str, options_key: str, source: str) -> str:
    """The cache key of one normalized source sentence."""
    return hashlib.sha256(f"{model_hash}\0{options_key}\0{source}".encode()).hexdigest()


def file_signature(files: Iterable[Path]) -> str:
    """Paths, inodes, sizes, modification and change times of ``files``: changes whenever any of
    them does. The change time is kept because no copy can set it: a model of the same size
    copied over another with its times kept (``cp -p``, ``rsync -a``) still gets a new one."""
    parts = []
    for path in sorted(files):
        st = path.stat()
        parts.append(f"{path.resolve()}\t{st.st_ino}\t{st.st_size}\t{st.st_mtime_ns}\t{st.st_ctime_ns}")
    return "\n".join(parts)


def hash_files(files: Iterable[Path], root: Path) -> str:
    """SHA-256 over the relative names and contents of ``files``."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        digest.update(b"\0")
    return digest.hexdigest()


class TranslationCache:
    """Hypotheses per (model hash, options, normalized source); failures disable it with one warning."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(str(path), timeout=30)
                self._db.executescript(_SCHEMA)
            except (OSError, sqlite3.Error) as exc:
                self._disable(exc)

    @property
    def enabled(self) -> bool:
        """False when off or when the database could not be used."""
        return self._db is not None

    def _disable(self, exc: Exception) -> None:
        advice = ""
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            advice = "; it is damaged: delete it to start a new one (or set BILINGUAL_CACHE=off)"
        print(f"bilingual: warning: translation cache disabled ({self.path}): {exc}{advice}", file=sys.stderr)
        if self._db is not None:
            self._db.close()
        self._db = None

    def get_many(self, model_hash: str, options_key: str, sources: Sequence[str]) -> dict[str, list[Hypothesis]]:
        """The cached hypotheses of those ``sources`` that are in the cache."""
        if self._db is None or not sources:
            return {}
        keys = {entry_key(model_hash, options_key, s): s for s in sources}
        found: dict[str, list[Hypothesis]] = {}
        try:
            items = list(keys)
            for i in range(0, len(items), 500):
                chunk = items[i : i + 500]
                rows = self._db.execute(
                    f"SELECT key, hypotheses FROM translations WHERE key IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
                for key, value in rows:
                    found[keys[key]] = [Hypothesis(h["text"], h["score"], h.get("length", 0), h.get("source_cut", 0)) for h in json.loads(value)]
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            self._disable(exc)
            return {}
        return found

    def put_many(self, model_hash: str, options_key: str, items: Mapping[str, list[Hypothesis]]) -> None:
        """Store the hypotheses of each normalized source."""
        if self._db is None or not items:
            return
        rows = [
            (entry_key(model_hash, options_key, s), json.dumps([{"text": h.text, "score": h.score, "length": h.length, "source_cut": h.source_cut} for h in hyps], ensure_ascii=False))
            for s, hyps in items.items()
        ]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?)", rows)
        except sqlite3.Error as exc:
            self._disable(exc)

    def model_hash(self, files: Sequence[Path], root: Path) -> str:
        """SHA-256 of the model files, remembered per file signature so it is computed once."""
        signature = file_signature(files)
        if self._db is not None:
            try:
                row = self._db.execute("SELECT sha256 FROM fingerprints WHERE signature = ?", (signature,)).fetchone()
                if row:
                    return str(row[0])
            except sqlite3.Error as exc:
                self._disable(exc)
        value = hash_files(files, root)
        if self._db is not None:
            try:
                with self._db:
                    self._db.execute("INSERT OR REPLACE INTO fingerprints VALUES (?, ?)", (signature, value))
            except sqlite3.Error as exc:
                self._disable(exc)
        return value

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None
