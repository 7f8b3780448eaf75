"""The translation engine: CTranslate2 + SentencePiece over an Argos package or a plain CTranslate2 dir.

Two on-disk layouts are understood:

* **Argos Translate package** (unpacked ``.argosmodel``): ``metadata.json``, ``model/`` (a
  CTranslate2 model) and one shared ``sentencepiece.model``.
* **Plain CTranslate2 directory** (``model.bin`` + ``config.json``), e.g. OPUS-MT converted with
  ``ct2-transformers-converter``, with ``source.spm``/``target.spm`` (or one
  ``sentencepiece.model``). Marian models expect ``</s>`` after the source tokens, which is added
  unless the model's ``config.json`` already asks CTranslate2 to add it.

ctranslate2 and sentencepiece are imported when an engine is created, never at module import.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .. import parallel
from ..errors import ModelCorruptError, ModelError
from ..safe import visible_controls

ARGOS = "argos"
CT2 = "ct2"

#: Deepest nesting of arrays/objects accepted in a model's JSON files (metadata.json, config.json,
#: the install record). Real ones nest 3 deep; 100,000 would exhaust the parser's recursion.
MAX_JSON_DEPTH = 64
#: Largest JSON file read from a model (config.json of big models is a few kB).
MAX_JSON_BYTES = 4 << 20

# What CTranslate2 and SentencePiece raise on a corrupt file: pybind11 maps C++ exceptions to
# RuntimeError, ValueError (UnicodeDecodeError), IndexError ("variable ... not found",
# std::out_of_range), OverflowError and MemoryError (std::bad_alloc on absurd dimensions).
LOAD_ERRORS: tuple[type[Exception], ...] = (
    RuntimeError, OSError, ValueError, IndexError, KeyError, OverflowError, MemoryError,
)


@dataclass(frozen=True, slots=True)
class Hypothesis:
    """One candidate translation; ``score`` is its mean log-probability per target token (EOS included)."""

    text: str
    score: float
    length: int = 0
    #: Tokens of the source beyond what the model reads (``max_input_length``): only its start was
    #: translated. Not in :meth:`to_dict`: the ``source-cut`` flag says it.
    source_cut: int = 0

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"text", "score", "length"}``."""
        return {"text": self.text, "score": round(self.score, 6), "length": self.length}


@dataclass(frozen=True, slots=True)
class DecodeOptions:
    """Decoding settings; all of them shape the output, so all of them key the cache.

    Defaults follow argostranslate (beam 4, length penalty 0.2, unknowns replaced, 256 tokens),
    so that both engines decode the same way.
    """

    beam_size: int = 4
    num_hypotheses: int = 1
    length_penalty: float = 0.2
    max_decoding_length: int = 256
    max_input_length: int = 1024
    replace_unknowns: bool = True
    repetition_penalty: float = 1.0
    no_repeat_ngram_size: int = 0

    def __post_init__(self) -> None:
        for name, kind in _OPTION_TYPES.items():
            value = getattr(self, name)
            if not _of_type(value, kind):
                raise TypeError(f"DecodeOptions: {name} must be {_KIND_NAMES[kind]}, not {type(value).__name__}")
            if kind is float:  # 1 and 1.0 decode the same: one cache key
                object.__setattr__(self, name, float(value))
        if self.beam_size < 1 or self.num_hypotheses < 1 or self.max_decoding_length < 1:
            raise ValueError("beam_size, num_hypotheses and max_decoding_length must be positive")
        if self.num_hypotheses > self.beam_size:
            raise ValueError("num_hypotheses cannot exceed beam_size")

    def key(self) -> str:
        """A stable string of every option, for the cache key."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def of(cls, options: dict[str, Any], where: str) -> DecodeOptions:
        """The options given by keyword to ``where`` (``translate()``, ``Settings``): an unknown name is
        one line naming ``where`` and the names there are, not DecodeOptions.__init__'s TypeError."""
        unknown = sorted(set(options) - set(_OPTION_TYPES))
        if unknown:
            raise TypeError(f"{where}: unknown decoding option {unknown[0]!r} (choose from {', '.join(_OPTION_TYPES)})")
        return cls(**options)


#: Each decoding option and the type it must have (an int is a float too; a bool is not an int here).
_OPTION_TYPES: dict[str, type] = {
    "beam_size": int, "num_hypotheses": int, "length_penalty": float, "max_decoding_length": int,
    "max_input_length": int, "replace_unknowns": bool, "repetition_penalty": float, "no_repeat_ngram_size": int,
}
_KIND_NAMES = {int: "an int", float: "a number", bool: "True or False"}


def _of_type(value: object, kind: type) -> bool:
    """Whether ``value`` is of the option's ``kind``: True and False only for a bool option, any int or
    float for a number."""
    if isinstance(value, bool):
        return kind is bool
    return isinstance(value, (int, float)) if kind is float else isinstance(value, kind)


@dataclass(frozen=True, slots=True)
class ModelFiles:
    """Where the parts of a model are, and what its metadata says."""

    root: Path
    layout: str
    model_dir: Path
    source_spm: Path
    target_spm: Path
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def source_lang(self) -> str | None:
        """ISO code of the source language when the metadata gives it."""
        value = self.metadata.get("from_code")
        return str(value) if value else None

    @property
    def target_lang(self) -> str | None:
        """ISO code of the target language when the metadata gives it."""
        value = self.metadata.get("to_code")
        return str(value) if value else None

    @property
    def target_prefix(self) -> str:
        """Token some multilingual Argos packages put before the output (``""`` for none)."""
        return str(self.metadata.get("target_prefix") or "")

    def files(self) -> list[Path]:
        """Every file the engine reads: the CTranslate2 directory and the SentencePiece models."""
        found = {p for p in self.model_dir.rglob("*") if p.is_file()}
        found.update({self.source_spm, self.target_spm})
        return sorted(found)


def json_depth(value: Any, limit: int | None = None) -> int:
    """Deepest nesting of lists and dicts in a parsed JSON ``value`` (``1`` for ``[]``), without recursion;
    stops as soon as it passes ``limit`` (then returns ``limit + 1``)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, depth)
            if limit is not None and deepest > limit:
                return deepest
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def loads_json(text: str, where: str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON that came from outside (an archive, a download, a file on disk) with a nesting limit.

    Raises :class:`ModelCorruptError` for malformed JSON and for nesting deeper than ``max_depth``:
    100,000 nested brackets stop the C parser at its recursion guard at once, and what parses is
    measured before anything recurses over it."""
    too_deep = f"JSON nested deeper than {max_depth} levels"
    try:
        data = json.loads(text)
    except RecursionError:
        raise ModelCorruptError(too_deep, where) from None
    except ValueError as exc:
        raise ModelCorruptError(f"malformed JSON: {visible_controls(str(exc))}", where) from None
    if json_depth(data, max_depth) > max_depth:
        raise ModelCorruptError(too_deep, where)
    return data


def read_json(path: Path, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH) -> dict[str, Any]:
    """The JSON object in ``path`` (a model's metadata or config): size, depth and type checked.

    Raises :class:`ModelCorruptError` for anything that is not a readable, reasonable JSON object."""
    where = str(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ModelCorruptError(f"unreadable {path.name}: {exc.strerror or exc}", where) from None
    if len(raw) > max_bytes:
        raise ModelCorruptError(f"{path.name} is larger than {max_bytes} bytes", where)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelCorruptError(f"unreadable {path.name}: not UTF-8 ({exc.reason} at byte {exc.start})", where) from None
    data = loads_json(text, where, max_depth=max_depth)
    if not isinstance(data, dict):
        raise ModelCorruptError(f"{path.name} is not a JSON object", where)
    return data



def _require_ct2(model_dir: Path, where: Path) -> None:
    for name in ("model.bin", "config.json"):
        if not (model_dir / name).is_file():
            raise ModelError(f"not a CTranslate2 model: {name} is missing from {model_dir.name or model_dir}/", str(where))


def inspect_model(path: str | os.PathLike[str]) -> ModelFiles:
    """Recognise the layout of the unpacked model at ``path``; :class:`ModelError` says what is missing."""
    root = Path(path)
    if not root.is_dir():
        raise ModelError("not a model directory", str(root))
    if (root / "metadata.json").is_file() and (root / "model").is_dir():
        meta = read_json(root / "metadata.json")
        _require_ct2(root / "model", root)
        spm = root / "sentencepiece.model"
        if not spm.is_file():
            if (root / "bpe.model").is_file():
                raise ModelError(
                    "this Argos package tokenizes with BPE (bpe.model), not SentencePiece; use --engine argos", str(root)
                )
            raise ModelError("Argos package without sentencepiece.model", str(root))
        return ModelFiles(root, ARGOS, root / "model", spm, spm, meta)
    if (root / "model.bin").is_file():
        _require_ct2(root, root)
        meta = read_json(root / "metadata.json") if (root / "metadata.json").is_file() else {}
        if (root / "source.spm").is_file() and (root / "target.spm").is_file():
            return ModelFiles(root, CT2, root, root / "source.spm", root / "target.spm", meta)
        if (root / "sentencepiece.model").is_file():
            spm = root / "sentencepiece.model"
            return ModelFiles(root, CT2, root, spm, spm, meta)
        raise ModelError("CTranslate2 model without SentencePiece models (source.spm and target.spm)", str(root))
    raise ModelError(
        "not a model: expected an Argos package (metadata.json, model/, sentencepiece.model) "
        f"or a CTranslate2 directory (model.bin, config.json, source.spm, target.spm){_inner_models(root)}",
        str(root),
    )


def _inner_models(root: Path) -> str:
    """``; the folder inside, NAME/, is one`` when a user gives the folder an archive was unpacked into."""
    try:
        inner = sorted(p.name for p in root.iterdir() if p.is_dir() and (
            ((p / "metadata.json").is_file() and (p / "model").is_dir()) or (p / "model.bin").is_file()))
    except OSError:
        return ""
    if not inner:
        return ""
    names = ", ".join(f"{visible_controls(n)}/" for n in inner[:3])
    return f"; the folder{'s' if len(inner) > 1 else ''} inside, {names}, {'are models' if len(inner) > 1 else 'is one'}"


def _adds_source_eos(files: ModelFiles) -> bool:
    """Marian/OPUS-MT models were trained with ``</s>`` ending the source; Argos models were not."""
    if files.layout != CT2 or files.source_spm == files.target_spm:
        return False
    config = read_json(files.model_dir / "config.json")
    return not config.get("add_source_eos", False)


def available_cores() -> int:
    """CPU cores this process may run on; ``$BILINGUAL_THREADS`` overrides."""
    env = os.environ.get("BILINGUAL_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(parallel.available_cores(), 16))


def thread_layout(cores: int) -> tuple[int, int]:
    """(batches decoded in parallel, threads per batch) for ``cores`` cores.

    Batches decoded side by side on one thread each beat one batch on all threads for small
    matrices (measured on 2 cores: see docs/BENCHMARKS.md); big machines get both.
    """
    inter = max(1, min(cores, 4))
    return inter, max(1, cores // inter)


def padded_length(tokens: int, max_input_length: int) -> int:
    """The source length a sentence of ``tokens`` tokens is decoded at: the next power of two, no
    more than ``max_input_length`` (0: no cut), where the model cuts longer inputs anyway."""
    top = 1 << max(0, tokens - 1).bit_length()
    return min(top, max_input_length) if max_input_length else top


def length_groups(encoded: Sequence[Sequence[str]], max_input_length: int) -> dict[int, list[int]]:
    """Indices of the non-empty token sequences by the padded length they are decoded at
    (:func:`padded_length`), shortest first: the batches :meth:`Engine.translate` may form."""
    groups: dict[int, list[int]] = {}
    for i, tokens in enumerate(encoded):
        if tokens:
            groups.setdefault(padded_length(len(tokens), max_input_length), []).append(i)
    return dict(sorted(groups.items()))


def padded_batches(encoded: Sequence[Sequence[str]], group: Sequence[int], length: int, batch_size: int) -> list[tuple[list[int], list[list[str]]]]:
    """``group``'s sentences cut into batches of at most ``batch_size`` sources (a sentence and its
    filler with 1), each padded to ``length`` tokens: a batch whose longest sentence is shorter gets a
    filler sentence of exactly ``length`` tokens (the longest one's tokens repeated; its output is
    dropped). Returns (indices, sources) of each batch."""
    per = max(1, batch_size - 1)
    out = []
    for k in range(0, len(group), per):
        chunk = list(group[k : k + per])
        sources = [list(encoded[i]) for i in chunk]
        longest = max(sources, key=len)
        if len(longest) < length:
            sources.append([longest[j % len(longest)] for j in range(length)])
        out.append((chunk, sources))
    return out


class Engine:
    """A loaded model: SentencePiece in, CTranslate2 beam search, SentencePiece out.

    ``translate`` decodes sentences from different passages in shared batches (argostranslate decodes
    each passage apart), each source padded to a length set by its own token count: see :meth:`translate`.
    """

    def __init__(
        self,
        files: ModelFiles,
        *,
        name: str | None = None,
        fingerprint: str | None = None,
        device: str = "cpu",
        compute_type: str = "auto",
        inter_threads: int | None = None,
        intra_threads: int | None = None,
    ) -> None:
        import ctranslate2
        import sentencepiece

        self.files = files
        self.name = name or files.root.name
        self.fingerprint = fingerprint
        default_inter, default_intra = thread_layout(available_cores())
        self.inter_threads = inter_threads or default_inter
        try:
            self._translator = ctranslate2.Translator(
                str(files.model_dir), device=device, compute_type=compute_type,
                inter_threads=self.inter_threads,
                intra_threads=default_intra if intra_threads is None else intra_threads,
            )
            self._source_sp = sentencepiece.SentencePieceProcessor(model_file=str(files.source_spm))
            self._target_sp = (
                self._source_sp if files.target_spm == files.source_spm
                else sentencepiece.SentencePieceProcessor(model_file=str(files.target_spm))
            )
        except LOAD_ERRORS as exc:
            raise ModelCorruptError(
                f"cannot load the model ({type(exc).__name__}: {visible_controls(str(exc))})", str(files.root),
            ) from None
        self._source_eos = _adds_source_eos(files)
        self._eos = str(read_json(files.model_dir / "config.json").get("eos_token") or "</s>")

    def encode(self, sentence: str) -> list[str]:
        """SentencePiece pieces of ``sentence`` as the model expects them (``</s>`` added for Marian)."""
        pieces: list[str] = self._source_sp.encode(sentence, out_type=str)
        if self._source_eos and pieces:
            pieces.append(self._eos)
        return pieces

    def decode(self, pieces: list[str]) -> str:
        """Text of the target ``pieces`` (the target prefix of multilingual packages removed)."""
        prefix = self.files.target_prefix
        if prefix and pieces and pieces[0] == prefix:
            pieces = pieces[1:]
        return str(self._target_sp.decode(pieces)).strip()

    def translate(
        self,
        sentences: Sequence[str],
        options: DecodeOptions = DecodeOptions(),
        *,
        batch_size: int = 32,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[list[Hypothesis]]:
        """n-best hypotheses for each sentence (``[]`` for a sentence with no tokens), in input order.

        Each sentence is decoded with its source padded to :func:`padded_length` of its token count
        (a filler sentence sets that length where no sentence of the batch has it), in batches of at
        most ``batch_size`` sources: a sentence's translation depends on its source and the padded
        length, never on the rest of its batch (bench/batch_identity.py), so no output depends on
        what else is in the call. Few padded lengths make full batches (mixed lengths, each padded
        as far as the longest, would change translations with the call). Every batch is queued at
        once, for ``inter_threads`` batches side by side; ``progress(done, total)`` is called as
        each batch's sentences arrive.
        """
        encoded = [self.encode(s) for s in sentences]
        results: list[list[Hypothesis]] = [[] for _ in sentences]
        groups = length_groups(encoded, options.max_input_length)
        total, done = sum(map(len, groups.values())), 0
        prefix = [self.files.target_prefix] if self.files.target_prefix else None
        try:
            queued = [
                (chunk, self._translator.translate_batch(
                    sources,
                    target_prefix=[prefix] * len(sources) if prefix else None,
                    max_batch_size=0,
                    asynchronous=True,
                    beam_size=options.beam_size,
                    num_hypotheses=options.num_hypotheses,
                    length_penalty=options.length_penalty,
                    max_decoding_length=options.max_decoding_length,
                    max_input_length=options.max_input_length,
                    replace_unknowns=options.replace_unknowns,
                    repetition_penalty=options.repetition_penalty,
                    no_repeat_ngram_size=options.no_repeat_ngram_size,
                    return_scores=True,
                ))
                for length, group in groups.items()
                for chunk, sources in padded_batches(encoded, group, length, batch_size)
            ]
            for chunk, outputs in queued:
                for i, pending in zip(chunk, outputs):
                    output = pending.result()
                    cut = max(0, len(encoded[i]) - options.max_input_length) if options.max_input_length else 0
                    results[i] = [
                        self._hypothesis(tokens, score, options.length_penalty, cut)
                        for tokens, score in zip(output.hypotheses, output.scores)
                    ]
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        except LOAD_ERRORS as exc:
            raise ModelCorruptError(
                f"translation failed ({type(exc).__name__}: {visible_controls(str(exc))})", str(self.files.root)
            ) from None
        return results

    def _hypothesis(self, tokens: list[str], score: float, length_penalty: float, source_cut: int) -> Hypothesis:
        """Undo CTranslate2's ``score / length**penalty`` to report the mean log-probability per token."""
        length = len(tokens) + 1  # CTranslate2 counts the end token it does not return
        mean = score * length**length_penalty / length
        return Hypothesis(self.decode(tokens), mean, len(tokens), source_cut)
