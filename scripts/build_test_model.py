#!/usr/bin/env python3
"""Build a random-weights Arabic->English model packaged exactly like an Argos Translate package.

The Transformer is declared with ``ctranslate2.specs`` and filled with seeded random numpy
weights, so neither torch nor the network is needed. The SentencePiece model is a real one,
trained on the given corpus (the seed documents by default). The result is a deterministic
``.argosmodel`` zip (``<name>/metadata.json``, ``model/``, ``sentencepiece.model``, ``README.md``).

Such a model translates nothing meaningfully: it exists so that the engine, batching, cache,
spans, flags and installer can be tested, and so that speed can be measured at a realistic size.

    python scripts/build_test_model.py                      # tests/data/translate-ar_en-tiny.argosmodel
    python scripts/build_test_model.py --size bench --corpus FILE... --out /tmp/bench.argosmodel
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

# name -> (layers, d_model, heads, ffn, vocabulary size); "bench" matches the Argos ar_en package.
SIZES: dict[str, tuple[int, int, int, int, int]] = {
    "tiny": (2, 32, 2, 64, 400),
    "bench": (6, 512, 8, 2048, 32000),
}
# Fixed timestamp for zip members, so that the same inputs give the same bytes.
_ZIP_DATE = (2020, 1, 1, 0, 0, 0)


def corpus_lines(paths: list[Path]) -> list[str]:
    """Non-empty stripped lines of the corpus files, in order."""
    lines: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lines.append(line.strip())
    return lines


def train_sentencepiece(lines: list[str], vocab_size: int) -> bytes:
    """A unigram SentencePiece model trained on ``lines`` (up to ``vocab_size`` pieces)."""
    import sentencepiece as spm

    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=out,
        vocab_size=vocab_size,
        hard_vocab_limit=False,
        model_type="unigram",
        character_coverage=1.0,
        normalization_rule_name="identity",
        num_threads=1,
        shuffle_input_sentence=False,
        input_sentence_size=0,
        minloglevel=2,
    )
    return out.getvalue()


def vocabulary(spm_model: bytes, size: int) -> list[str]:
    """The SentencePiece pieces (ids 0..n-1), padded with unused ``<extra_i>`` tokens up to ``size``."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_proto=spm_model)
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    return pieces + [f"<extra_{i}>" for i in range(max(0, size - len(pieces)))]


def _fill_attention(spec, d: int, fused: list[int], rng: np.random.Generator) -> None:
    """Random weights for one attention block: fused input projections then the output one."""
    sizes = [*fused, d]
    for linear, rows in zip(spec.linear, sizes):
        linear.weight = rng.normal(0, d**-0.5, (rows, d)).astype(np.float32)
        linear.bias = np.zeros(rows, np.float32)
    _fill_norm(spec.layer_norm, d)


def _fill_norm(spec, d: int) -> None:
    spec.gamma = np.ones(d, np.float32)
    spec.beta = np.zeros(d, np.float32)


def _fill_ffn(spec, d: int, ffn: int, rng: np.random.Generator) -> None:
    spec.linear_0.weight = rng.normal(0, d**-0.5, (ffn, d)).astype(np.float32)
    spec.linear_0.bias = np.zeros(ffn, np.float32)
    spec.linear_1.weight = rng.normal(0, ffn**-0.5, (d, ffn)).astype(np.float32)
    spec.linear_1.bias = np.zeros(d, np.float32)
    _fill_norm(spec.layer_norm, d)


# Decoder dimension pair (sin, cos) of the sinusoidal position encoding with a ~40-token period.
_POSITION_PERIOD = 40.0


def _position_dims(d: int) -> tuple[int, int]:
    """The sin and cos dimensions of CTranslate2's position encoding that turn once per ~40 tokens."""
    i = round((d // 2 - 1) * np.log(_POSITION_PERIOD) / np.log(10000.0))
    return i, d // 2 + i


def _route_position_to_eos(spec, d: int, eos: int, slope: float) -> None:
    """Make the end-of-sentence logit grow with the output position, as in a trained model.

    The decoder never writes to two position-encoding dimensions (their embedding columns and
    every sublayer's output rows are zero), so the final layer still holds sin/cos of the
    position there; the EOS row of the projection reads them. Random models otherwise either
    stop at once or loop to the length limit.
    """
    dims = list(_position_dims(d))
    spec.decoder.embeddings.weight[:, dims] = 0
    for layer in spec.decoder.layer:
        for linear in (layer.self_attention.linear[-1], layer.attention.linear[-1], layer.ffn.linear_1):
            linear.weight[dims, :] = 0
            linear.bias[dims] = 0
    spec.decoder.projection.weight[eos, :] = 0
    spec.decoder.projection.weight[eos, dims] = (slope, -slope)


def build_spec(
    layers: int, d: int, heads: int, ffn: int, vocab: list[str], seed: int, eos_bias: float, eos_slope: float = 0.0
):
    """A pre-norm Transformer spec (like OpenNMT-py's, which Argos packages use) with random weights.

    ``eos_bias`` raises the end-of-sentence logit so that random outputs end at plausible lengths;
    ``eos_slope`` (when not 0) makes it grow with the output position instead of staying flat.
    """
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config((layers, layers), heads, pre_norm=True)
    v = len(vocab)
    spec.encoder.embeddings[0].weight = rng.normal(0, d**-0.5, (v, d)).astype(np.float32)
    spec.decoder.embeddings.weight = rng.normal(0, d**-0.5, (v, d)).astype(np.float32)
    for layer in spec.encoder.layer:
        _fill_attention(layer.self_attention, d, [3 * d], rng)
        _fill_ffn(layer.ffn, d, ffn, rng)
    for layer in spec.decoder.layer:
        _fill_attention(layer.self_attention, d, [3 * d], rng)
        _fill_attention(layer.attention, d, [d, 2 * d], rng)
        _fill_ffn(layer.ffn, d, ffn, rng)
    _fill_norm(spec.encoder.layer_norm, d)
    _fill_norm(spec.decoder.layer_norm, d)
    # Peaked output distributions (std ~3 logits) so that decoding is not decided by rounding noise.
    spec.decoder.projection.weight = rng.normal(0, 3 * d**-0.5, (v, d)).astype(np.float32)
    bias = np.zeros(v, np.float32)
    bias[vocab.index("</s>")] = eos_bias
    spec.decoder.projection.bias = bias
    if eos_slope:
        _route_position_to_eos(spec, d, vocab.index("</s>"), eos_slope)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    return spec


def metadata(name: str, size: str, sp_version: str) -> dict[str, object]:
    """Argos ``metadata.json`` for the package, marked as a random-weights test model."""
    return {
        "package_version": "0.0",
        "argos_version": "1.0",
        "from_code": "ar",
        "from_name": "Arabic",
        "to_code": "en",
        "to_name": "English",
        "type": "translate",
        "code": name,
        "links": [],
        "bilingual_test_model": {
            "size": size,
            "weights": "random (seeded); translations are meaningless",
            "built_by": "scripts/build_test_model.py",
            "sentencepiece_version": sp_version,
        },
    }


README = """# {name}

A random-weights Arabic->English Transformer ({layers}+{layers} layers, d_model {d}, {v} tokens,
{quantization}) with a real SentencePiece model, built by `scripts/build_test_model.py` of the
`bilingual` project for tests and benchmarks. Its translations are meaningless by design.
"""


def write_zip(src: Path, top: str, out: Path) -> None:
    """Zip the directory ``src`` as ``top/...`` with sorted names and fixed timestamps."""
    tmp = out.with_name(out.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(zipfile.ZipInfo(f"{top}/", _ZIP_DATE), b"")
        for path in sorted(p for p in src.rglob("*")):
            rel = path.relative_to(src).as_posix()
            name = f"{top}/{rel}/" if path.is_dir() else f"{top}/{rel}"
            info = zipfile.ZipInfo(name, _ZIP_DATE)
            info.external_attr = (0o40755 << 16) if path.is_dir() else (0o100644 << 16)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, b"" if path.is_dir() else path.read_bytes())
    tmp.replace(out)


def build(
    out: Path, size: str, corpus: list[Path], seed: int, quantization: str, eos_bias: float, name: str,
    eos_slope: float = 0.0,
) -> Path:
    """Train the SentencePiece model, build the CTranslate2 model and write the ``.argosmodel``."""
    import ctranslate2
    import sentencepiece

    layers, d, heads, ffn, vocab_size = SIZES[size]
    lines = corpus_lines(corpus)
    if not lines:
        raise SystemExit("the corpus is empty")
    spm_model = train_sentencepiece(lines, min(vocab_size, 8000) if size == "tiny" else vocab_size)
    vocab = vocabulary(spm_model, vocab_size)
    spec = build_spec(layers, d, heads, ffn, vocab, seed, eos_bias, eos_slope)
    with tempfile.TemporaryDirectory() as tmpdir:
        pkg = Path(tmpdir) / name
        pkg.mkdir()
        spec.validate()
        spec.optimize(quantization=quantization)
        (pkg / "model").mkdir()
        spec.save(str(pkg / "model"))
        (pkg / "sentencepiece.model").write_bytes(spm_model)
        meta = metadata(name, size, sentencepiece.__version__)
        meta["bilingual_test_model"]["ctranslate2_version"] = ctranslate2.__version__  # type: ignore[index]
        (pkg / "metadata.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (pkg / "README.md").write_text(
            README.format(name=name, layers=layers, d=d, v=len(vocab), quantization=quantization), encoding="utf-8"
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.suffix == ".argosmodel":
            write_zip(pkg, name, out)
        else:
            if out.exists():
                shutil.rmtree(out)
            shutil.copytree(pkg, out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="tiny")
    parser.add_argument("--corpus", nargs="+", type=Path, default=sorted((ROOT / "seeds").glob("*.txt")),
                        help="text files to train SentencePiece on (default: seeds/*.txt)")
    parser.add_argument("--out", type=Path, default=None,
                        help="an .argosmodel file, or a directory for the unpacked package")
    parser.add_argument("--name", default=None, help="package name (default: from --out)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quantization", default="int8", help="CTranslate2 weight type (int8, float32, ...)")
    parser.add_argument("--eos-bias", type=float, default=None, help="end-of-sentence logit bias")
    parser.add_argument("--eos-slope", type=float, default=0.0,
                        help="make the end-of-sentence logit grow with output position (0: flat)")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "tests" / "data" / f"translate-ar_en-{args.size}.argosmodel"
    name = args.name or out.name.removesuffix(".argosmodel")
    eos_bias = args.eos_bias if args.eos_bias is not None else (1.0 if args.size == "tiny" else 0.0)
    path = build(out, args.size, args.corpus, args.seed, args.quantization, eos_bias, name, args.eos_slope)
    size = path.stat().st_size if path.is_file() else sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    print(f"wrote {path} ({size} bytes{'' if path.is_file() else ' in a directory'})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
