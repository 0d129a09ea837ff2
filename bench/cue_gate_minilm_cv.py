"""Contextual MiniLM token vectors as cue-gate features, by 5-fold CV on PolNeAR train: NOT shipped.

Question: the cue gate (``storycheck/quotes/cuemodel.py``) judges a candidate verb from sparse parse
features; does the verb's *contextual* vector from all-MiniLM-L6-v2 (int8 ONNX, the encoder already shipped
for claims, :mod:`storycheck.nlp.embed`) tell the cue uses of "find", "support", "call" from the others
better? Train only; dev never run or read.

Design: the gate's own cross-validation (:mod:`storycheck.quotes.train_cues`: the same 62,931 candidate
verbs, the same folds by text index mod 5, out-of-fold probabilities, the whole extractor run on each
held-out fold with the gate, pooled counts scored by ``evaluate.py``). Each candidate verb gets the mean of
the last-layer states of its word pieces, the verb's spaCy sentence encoded alone (up to 128 pieces),
standardised over all rows and multiplied by ``--scale``; those 384 numbers join the sparse features in the
same L1 logistic regression (liblinear, C 0.3; up to 2,000 iterations against the gate's 1,000, and no weight
cut below 0.01). ``--scale 0`` is the shipped gate (the vectors are still computed, then unused). Decision
rule, fixed before the first run: ship only at >= +0.5 cue exact F1 over the shipped gate in the same run,
source and content not down more than 0.02, and extraction still within the 25% speed budget (never reached:
the accuracy bar failed first). The vectors are cached in /tmp by no key: delete the file after changing the
data or the code.

Results, 2026-11-27 evening, commit 369f4e7's extractor, train 5-fold CV, exact F1 (row AUC is over the
candidate verbs, out of fold):

| setting | source | cue | content | quoted | row AUC |
|---|---|---|---|---|---|
| shipped gate (scale 0), keep 0.3 / add 0.8 | 75.98 | 70.70 | 62.69 | 80.43 | 0.9571 |
| shipped gate (scale 0), keep 0.4 / add 0.8 | 75.73 | 70.57 | 62.50 | 80.31 | |
| + MiniLM vector, scale 0.1, keep 0.3 / add 0.8 (best) | 76.09 | 70.80 | 62.85 | 80.44 | 0.9617 |
| + MiniLM vector, scale 0.1, keep 0.4 / add 0.8 | 75.89 | 70.79 | 62.75 | 80.41 | |
| + MiniLM vector, scale 0.3, keep 0.3 / add 0.8 | 76.06 | 70.79 | 62.80 | 80.41 | 0.9615 |

**Not taken**: +0.10 cue against a bar of +0.5. The vectors do separate the candidate verbs a little better
(AUC 0.957 -> 0.962), but the gate only keeps or drops verbs the lexicon proposes; what cue recall lacks is
cues the rules give no source and content for (a helper's tally: 1,375 of train's 5,397 missed cues are lemmas
the gate never adds, 721 have no candidate at all, about 800 are adjectives, prepositions and names). The
vectors cost 179 s for the 62,931 train verbs on one core (their sentences encoded once each), against about
110 s to parse train's 624k words at 5,700 words/s: the encoder would have cost 1.6x the parse, against a
budget of 0.25x for all of extraction, so it failed the speed rule as well.

    python bench/cue_gate_minilm_cv.py ../shared/data/polnear --scale 0.1   # ~3 min for the vectors, then ~1.5 min
"""

from __future__ import annotations

import argparse
import os
import pickle

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from storycheck.nlp.embed import DIMENSION, get_embedder
from storycheck.quotes import train_cues
from storycheck.quotes.extract import cue_lexicon
from storycheck.quotes.polnear import parsed_split, read_split

CACHE = "/tmp/cue_gate_minilm_vectors.pkl"


def token_vectors(doc, token_ids, batch_size: int = 32) -> dict[int, np.ndarray]:
    """{token index: contextual vector} for the given tokens, each encoded within its spaCy sentence."""
    embedder = get_embedder()
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i in token_ids:
        by_sentence.setdefault((doc[i].sent.start, doc[i].sent.end), []).append(i)
    keys = sorted(by_sentence, key=lambda k: len(doc[k[0]:k[1]].text))
    out = {}
    for b in range(0, len(keys), batch_size):
        batch = keys[b:b + batch_size]
        encodings = embedder.tokenizer.encode_batch([doc[s:e].text for s, e in batch])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = embedder.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
        for row, (key, enc) in enumerate(zip(batch, encodings)):
            base = doc[key[0]].idx
            for i in by_sentence[key]:
                start, end = doc[i].idx - base, doc[i].idx - base + len(doc[i])
                pieces = [p for p, (x, y) in enumerate(enc.offsets)
                          if enc.attention_mask[p] and y > x and x < end and y > start]
                out[i] = hidden[row, pieces].mean(axis=0) if pieces else np.zeros(DIMENSION, np.float32)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root")
    parser.add_argument("--scale", type=float, default=0.1, help="weight of the standardised vector; 0 = shipped gate")
    args = parser.parse_args()
    texts = read_split(args.root, "train")
    parsed = parsed_split(texts)
    rules = cue_lexicon()
    fold_of = [k % train_cues.FOLDS for k in range(len(texts))]

    def learned(keep_text) -> dict[str, str]:
        chosen = [k for k in range(len(texts)) if keep_text(k)]
        found = train_cues.candidates([texts[k] for k in chosen], [parsed[k] for k in chosen],
                                      min_cues=train_cues.MIN_CUES, min_rate=0.0)
        return {lemma: takes for lemma, takes in found.items() if lemma not in rules}

    rows = train_cues._rows(texts, parsed, set(rules) | set(learned(lambda k: True)), rules)
    if os.path.exists(CACHE):
        with open(CACHE, "rb") as f:
            vectors = pickle.load(f)
    else:
        vectors, by_text = {}, {}
        for r in rows:
            by_text.setdefault(r[0], []).append(r[1])
        for k, ids in by_text.items():
            vectors.update({(k, i): v for i, v in token_vectors(parsed[k].doc, ids).items()})
        with open(CACHE, "wb") as f:
            pickle.dump(vectors, f)
    dense = np.stack([vectors[(r[0], r[1])] for r in rows]).astype(np.float64)
    dense = (dense - dense.mean(0)) / (dense.std(0) + 1e-6) * args.scale

    def fit(chosen: list[int]):
        vocab: dict[str, int] = {}
        indptr, indices = [0], []
        for j in chosen:
            indices += [vocab.setdefault(f, len(vocab)) for f in rows[j][3]]
            indptr.append(len(indices))
        x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(chosen), len(vocab)))
        if args.scale:
            x = hstack([x, csr_matrix(dense[chosen])]).tocsr()
        model = LogisticRegression(C=train_cues.C, l1_ratio=1.0, solver="liblinear", max_iter=2000,
                                   random_state=0).fit(x, [rows[j][4] for j in chosen])
        names, w = list(vocab), model.coef_[0]
        return dict(zip(names, w[:len(names)])), w[len(names):], float(model.intercept_[0])

    probs, fold_candidates = {}, [{} for _ in texts]
    for fold in range(train_cues.FOLDS):
        extra = learned(lambda k: fold_of[k] != fold)
        lemmas = set(rules) | set(extra)
        weights, dense_w, bias = fit([j for j, r in enumerate(rows) if fold_of[r[0]] != fold and r[2] in lemmas])
        for j, r in enumerate(rows):
            if fold_of[r[0]] == fold:
                z = bias + sum(weights.get(f, 0.0) for f in r[3]) + (float(dense[j] @ dense_w) if args.scale else 0.0)
                probs[(r[0], r[1])] = 1.0 / (1.0 + np.exp(-z))
        for k in range(len(texts)):
            if fold_of[k] == fold:
                fold_candidates[k] = extra
    auc = roc_auc_score([r[4] for r in rows], [probs[(r[0], r[1])] for r in rows])
    print(f"scale {args.scale}: candidate verbs {len(rows)}, out-of-fold AUC {auc:.4f}", flush=True)
    doc_index = {id(a.doc): k for k, a in enumerate(parsed)}
    for keep in train_cues.KEEPS:
        for add in train_cues.ADDS:
            gate = train_cues._OutOfFold(probs, doc_index, fold_candidates, keep, add)
            print(f"  keep {keep} add {add}: {train_cues._f1s(train_cues._score(texts, parsed, gate))}", flush=True)


if __name__ == "__main__":
    main()
