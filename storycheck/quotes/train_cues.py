"""Trains the cue gate (``cue_model.json``) on PolNeAR train, and measures it by cross-validation.

Every verb outside quotations whose lemma is in the rule lexicon, or heads at
least ``MIN_CUES`` gold cues in the training texts, is a candidate; it is a
positive when it is the last verb of a gold cue span (as in
:mod:`storycheck.quotes.lexicon`). An L1-regularised logistic regression
(liblinear, ``C``; features from :func:`storycheck.quotes.cuemodel.features`)
is fitted on them; L1 keeps the shipped weights to about a thousand (an L2
model scored the same within 0.2 F1 with 30 times the weights). Thresholds
(keep a lexicon verb, add another candidate) are chosen by 5-fold
cross-validation over train texts: fit on four folds, run the whole extractor
on the fifth with the gate, score with :mod:`storycheck.quotes.evaluate`; of
the pairs that raise cue exact F1 and lower neither source nor content exact F1
against the rules alone, the one with the highest sum of the three wins. Only
the train split is read.

    python -m storycheck.quotes.train_cues ../shared/data/polnear [--write]
"""

from __future__ import annotations


import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from storycheck.quotes.cuemodel import MODEL_FILE, CueModel, features
from storycheck.quotes import packaged
from storycheck.quotes.evaluate import Score
from storycheck.quotes.extract import cue_lexicon, extract_quotes
from storycheck.quotes.lexicon import candidates
from storycheck.quotes.polnear import parsed_split, read_split
from storycheck.quotes.syntax import _Quotations

MIN_CUES = 3
FOLDS = 5
C = 0.3
KEEPS = (0.25, 0.3, 0.4)
ADDS = (0.8, 1.01)  # 1.01: add nothing
MIN_WEIGHT = 0.01


def _rows(texts, parsed, lemmas: set[str], rules: dict[str, str]):
    """(text index, token index, lemma, features, label) for every candidate verb."""
    rows = []
    for k, (gold, article) in enumerate(zip(texts, parsed)):
        doc = article.doc
        quotations = _Quotations(gold.text)
        heads = set()
        for a in gold.attributions:
            if a.cue:
                span = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
                verbs = [t for t in span or () if t.pos_ == "VERB"]
                if verbs:
                    heads.add(verbs[-1].i)
        for t in doc:
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or lemma not in lemmas \
                    or quotations.containing(t.idx, t.idx + len(t)):
                continue
            rows.append((k, t.i, lemma, features(t, rules.get(lemma), quotations.overlapping), t.i in heads))
    return rows


def _fit(rows) -> tuple[dict[str, float], float]:
    vocab: dict[str, int] = {}
    indptr, indices = [0], []
    for row in rows:
        for f in row[3]:
            indices.append(vocab.setdefault(f, len(vocab)))
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))
    y = np.array([row[4] for row in rows])
    model = LogisticRegression(C=C, l1_ratio=1.0, solver="liblinear", max_iter=1000, random_state=0).fit(x, y)
    names = list(vocab)
    weights = {names[j]: round(float(w), 3) for j, w in enumerate(model.coef_[0]) if abs(w) >= MIN_WEIGHT}
    return weights, round(float(model.intercept_[0]), 4)


class _OutOfFold(CueModel):
    """The gate with each text's probabilities from the model not fitted on it."""

    def __init__(self, probs: dict, doc_index: dict, fold_candidates: list, keep: float, add: float):
        super().__init__({}, 0.0, {}, keep, add)
        self.probs, self.doc_index, self.fold_candidates = probs, doc_index, fold_candidates

    def takes(self, verb, rules_takes, overlapping):
        k = self.doc_index[id(verb.doc)]
        self.candidates = self.fold_candidates[k]
        return super().takes(verb, rules_takes, overlapping)

    def probability(self, verb, rules_takes, overlapping) -> float:
        return self.probs.get((self.doc_index[id(verb.doc)], verb.i), 0.0)


def _score(texts, parsed, model) -> dict:
    result = Score()
    for gold, article in zip(texts, parsed):
        result.add(gold, extract_quotes(article, cue_model=model))
        result.texts += 1
    return result.result()


def _f1s(result: dict) -> dict[str, float]:
    return {r: round(result[r]["exact"]["f1"] * 100, 2) for r in ("source", "cue", "content", "quoted_content")}


def train(root: str) -> tuple[CueModel, dict]:
    texts = read_split(root, "train")
    parsed = parsed_split(texts)
    rules = cue_lexicon()
    fold_of = [k % FOLDS for k in range(len(texts))]

    def learned_lemmas(keep_text) -> dict[str, str]:
        chosen = [k for k in range(len(texts)) if keep_text(k)]
        found = candidates([texts[k] for k in chosen], [parsed[k] for k in chosen], min_cues=MIN_CUES, min_rate=0.0)
        return {lemma: takes for lemma, takes in found.items() if lemma not in rules}

    all_lemmas = set(rules) | set(learned_lemmas(lambda k: True))
    rows = _rows(texts, parsed, all_lemmas, rules)
    probs: dict[tuple[int, int], float] = {}
    fold_candidates: list[dict[str, str]] = [{} for _ in texts]
    for fold in range(FOLDS):
        extra = learned_lemmas(lambda k: fold_of[k] != fold)
        lemmas = set(rules) | set(extra)
        weights, bias = _fit([r for r in rows if fold_of[r[0]] != fold and r[2] in lemmas])
        for r in rows:
            if fold_of[r[0]] == fold:
                z = bias + sum(weights.get(f, 0.0) for f in r[3])
                probs[(r[0], r[1])] = 1.0 / (1.0 + np.exp(-z))
        for k in range(len(texts)):
            if fold_of[k] == fold:
                fold_candidates[k] = extra
    doc_index = {id(a.doc): k for k, a in enumerate(parsed)}
    base = _f1s(_score(texts, parsed, None))
    report = {"rules": base, "grid": []}
    best = None
    for keep in KEEPS:
        for add in ADDS:
            f1 = _f1s(_score(texts, parsed, _OutOfFold(probs, doc_index, fold_candidates, keep, add)))
            report["grid"].append({"keep": keep, "add": add, **f1})
            print(f"keep {keep:.2f} add {add:.2f}: {f1}", flush=True)
            total = f1["source"] + f1["cue"] + f1["content"]
            if f1["cue"] > base["cue"] and f1["source"] >= base["source"] and f1["content"] >= base["content"] \
                    and (best is None or total > sum(best[2][r] for r in ("source", "cue", "content"))):
                best = (keep, add, f1)
    report["best"] = best
    keep, add = (best[0], best[1]) if best else (0.0, 1.01)
    extra = learned_lemmas(lambda k: True)
    weights, bias = _fit(rows)
    return CueModel(weights, bias, dict(sorted(extra.items())), keep, add), report


def main() -> None:
    packaged.training_main(__doc__.splitlines()[0], MODEL_FILE, train,
                           lambda r: {"rules": r["rules"], "best": r["best"]},
                           lambda m: f"{len(m.weights)} weights")


if __name__ == "__main__":
    main()
