"""Trains the span model (``span_model.json``) on PolNeAR train, and measures it by cross-validation.

The extractor runs on every train text with a recorder in place of the span
model: for each extracted content and source it stores the candidates of
:mod:`storycheck.quotes.spanmodel` with their features, and labels a
candidate positive when, normalised as :mod:`storycheck.quotes.evaluate`
does, it equals a gold span of the same role that overlaps the rule's span.
A conditional logit (a softmax over each attribution's candidates, L2 penalty
``1 / C``, fitted with L-BFGS, on features seen in at least ``MIN_COUNT``
candidates) is trained on the attributions that have a positive candidate.
``C`` and the margin by which a candidate must beat the rule's span are chosen
per role by 5-fold cross-validation over train texts: fit on four folds, count
on the fifth the attributions whose chosen candidate is right; the pair with
the most wins (none, and the role keeps the rules' edges, unless it beats the
rules). The whole extractor is then run on each fold with that fold's models
and scored with :mod:`storycheck.quotes.evaluate` against the rules alone:
those are the cross-validated figures reported. Only
the train split is read.

    python -m storycheck.quotes.train_spans ../shared/data/polnear [--write]
"""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from storycheck.model import Span
from storycheck.quotes import packaged
from storycheck.quotes.evaluate import Score, _content_fragments, _normalise
from storycheck.quotes.extract import extract_quotes, quote_kind
from storycheck.quotes.marks import find_quoted
from storycheck.quotes.polnear import parsed_split, read_split
from storycheck.quotes.spanmodel import (MODEL_FILE, SpanModel, content_candidates, content_features,
                                         source_candidates, source_features)
from storycheck.quotes.syntax import _Quotations

FOLDS = 5
CS = (0.3, 1.0)
MARGINS = (0.0, 0.25, 0.5, 1.0)
MIN_WEIGHT = 0.01
MIN_COUNT = 5  # candidates a feature must occur in to get a weight


class _Recorder(SpanModel):
    """Keeps the rules' edges and records every candidate with its label."""

    def __init__(self, golds, doc_index):
        super().__init__({}, {}, 0.0, 0.0)
        self.golds, self.doc_index = golds, doc_index
        self.groups = {"content": [], "source": []}
        self.marks = {}

    def choose_source(self, source, cue_lemma):
        k = self.doc_index[id(source.doc)]
        gold = self.golds[k]
        text = gold.text
        golds = {g for g in (_normalise(text, a.source.fragments) for a in gold.attributions if a.source)
                 if g and g[0][0] < source.end_char and source.start_char < g[-1][1]}
        cands = source_candidates(source)
        feats = [source_features(source.doc, source, c, cue_lemma) for c in cands]
        labels = [_normalise(text, [(c.start, c.end)]) in golds for c in cands]
        self.groups["source"].append((k, feats, labels))
        return source

    def choose_content(self, doc, text, start, end, cue, source, cue_lemma, kind, blocked, inside=None):
        k = self.doc_index[id(doc)]
        gold = self.golds[k]
        if k not in self.marks:
            self.marks[k] = find_quoted(text), _Quotations(text)
        quoted, quotations = self.marks[k]
        golds = {g for g in (_normalise(text, a.content.fragments) for a in gold.attributions if a.content)
                 if g and g[0][0] < end and start < g[-1][1]}
        cands = content_candidates(doc, text, start, end, cue, blocked, inside, source)
        feats, labels = [], []
        for c in cands:
            feats.append(content_features(doc, text, (start, end), c, cue_lemma, kind))
            ckind = quote_kind(quotations, text, c.start, c.end, cue)
            q = SimpleNamespace(kind=ckind, start=c.start, end=c.end,
                                cue=Span("", *cue, "") if cue else None,
                                speaker=Span("", *source, "") if source else None, titles=())
            labels.append(_normalise(text, _content_fragments(q, text, quoted)) in golds)
        self.groups["content"].append((k, feats, labels))
        return start, end


def fit(groups, c: float) -> dict[str, float]:
    """A conditional logit over each group's candidates (groups without a positive are skipped)."""
    groups = [g for g in groups if any(g[2]) and len(g[2]) > 1]
    counts = Counter(name for _, feats, _ in groups for f in feats for name in set(f))
    vocab: dict[str, int] = {}
    indptr, indices, labels, starts = [0], [], [], []
    for _, feats, labs in groups:
        starts.append(len(labels))
        for f, y in zip(feats, labs):
            for name in set(f):
                if counts[name] >= MIN_COUNT:
                    indices.append(vocab.setdefault(name, len(vocab)))
            indptr.append(len(indices))
            labels.append(y)
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(labels), len(vocab)))
    y = np.array(labels, dtype=bool)
    starts_a = np.array(starts)
    group_of = np.repeat(np.arange(len(starts)), np.diff(np.append(starts_a, len(labels))))

    def loss(w):
        z = x @ w
        zmax = np.maximum.reduceat(z, starts_a)[group_of]
        e = np.exp(z - zmax)
        all_sum = np.add.reduceat(e, starts_a)
        pos_sum = np.add.reduceat(e * y, starts_a)
        value = -np.sum(np.log(pos_sum) - np.log(all_sum)) + 0.5 / c * w @ w
        p_all = e / all_sum[group_of]
        p_pos = e * y / pos_sum[group_of]
        return value, x.T @ (p_all - p_pos) + w / c

    w = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": 300}).x
    names = list(vocab)
    return {names[j]: round(float(v), 3) for j, v in enumerate(w) if abs(v) >= MIN_WEIGHT}


def _score(texts, parsed, model) -> dict:
    result = Score()
    for gold, article in zip(texts, parsed):
        result.add(gold, extract_quotes(article, span_model=model))
    return result.result()


def _f1s(result: dict) -> dict[str, float]:
    return {r: round(result[r]["exact"]["f1"] * 100, 2) for r in ("source", "cue", "content", "quoted_content")} | \
        {"content_overlap": round(result["content"]["overlap"]["f1"] * 100, 2)}


class _ByFold(SpanModel):
    """Each text's choices from the model not fitted on its fold."""

    def __init__(self, models, doc_index):
        super().__init__({}, {}, 0.0, 0.0)
        self.models, self.doc_index = models, doc_index

    def choose_source(self, source, cue_lemma):
        return self.models[self.doc_index[id(source.doc)]].choose_source(source, cue_lemma)

    def choose_content(self, doc, *args):
        return self.models[self.doc_index[id(doc)]].choose_content(doc, *args)


def _out_of_fold(groups, fold_of, c: float) -> tuple[list[dict[str, float]], list[list[float]]]:
    """Per fold, the weights fitted on the other folds and the scores they give that fold's candidates."""
    by_fold = [fit([g for g in groups if fold_of[g[0]] != fold], c) for fold in range(FOLDS)]
    scores = [[sum(by_fold[fold_of[k]].get(x, 0.0) for x in f) for f in feats] for k, feats, _ in groups]
    return by_fold, scores


def _picks_right(groups, scores, margin: float) -> int:
    """How many attributions get a right span when the best candidate must beat the rule's by ``margin``."""
    right = 0
    for (_, _, labels), s in zip(groups, scores):
        best = max(range(len(s)), key=lambda j: s[j])
        right += labels[best if s[best] > s[0] + margin else 0]
    return right


def train(root: str) -> tuple[SpanModel, dict]:
    texts = read_split(root, "train")
    parsed = parsed_split(texts)
    doc_index = {id(a.doc): k for k, a in enumerate(parsed)}
    fold_of = [k % FOLDS for k in range(len(texts))]
    recorder = _Recorder(texts, doc_index)
    for article in parsed:
        extract_quotes(article, span_model=recorder)
    report = {"grid": []}
    chosen = {}
    for role, groups in recorder.groups.items():
        rule = sum(g[2][0] for g in groups)
        print(f"{role}: {len(groups)} attributions, rule span right {rule}, "
              f"some candidate right {sum(any(g[2]) for g in groups)}, "
              f"{sum(len(g[2]) for g in groups) / max(len(groups), 1):.1f} candidates each", flush=True)
        best = None
        for c in CS:
            by_fold, scores = _out_of_fold(groups, fold_of, c)
            for margin in MARGINS:
                right = _picks_right(groups, scores, margin)
                report["grid"].append({"role": role, "C": c, "margin": margin, "right": right, "rule": rule})
                print(f"  C {c} margin {margin}: right {right} (rule {rule})", flush=True)
                if right > (best[2] if best else rule):
                    best = (c, margin, right, by_fold)
        chosen[role] = best
        report[role] = {"C": best[0], "margin": best[1], "right": best[2], "rule": rule} if best else None
    # the whole extractor with each fold's models, against the rules alone
    models = [SpanModel(chosen["content"][3][fold] if chosen["content"] else {},
                        chosen["source"][3][fold] if chosen["source"] else {},
                        chosen["content"][1] if chosen["content"] else 0.0,
                        chosen["source"][1] if chosen["source"] else 0.0) for fold in range(FOLDS)]
    report["rules"] = _f1s(_score(texts, parsed, None))
    print("rules:", report["rules"], flush=True)
    report["cv"] = _f1s(_score(texts, parsed, _ByFold([models[f] for f in fold_of], doc_index)))
    print("5-fold CV:", report["cv"], flush=True)
    model = SpanModel(fit(recorder.groups["content"], chosen["content"][0]) if chosen["content"] else {},
                      fit(recorder.groups["source"], chosen["source"][0]) if chosen["source"] else {},
                      models[0].content_margin, models[0].source_margin)
    return model, report


def main() -> None:
    packaged.training_main(__doc__.splitlines()[0], MODEL_FILE, train,
                           lambda r: {k: r[k] for k in ("rules", "cv", "content", "source")},
                           lambda m: f"{len(m.content)} content and {len(m.source)} source weights")


if __name__ == "__main__":
    main()
