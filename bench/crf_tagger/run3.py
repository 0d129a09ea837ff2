"""CRF on the rules' edges (span_model=None output), out-of-fold per-token marginals for every text."""
import os, pickle, sys, time
from multiprocessing import Pool
import numpy as np
import pycrfsuite
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crfexp import *
from lean import doc_features_lean

WINDOW, C1, C2, ITERS = 2, 0.1, 0.01, 100
tag = f"rules-w{WINDOW}-c{C1}-{C2}-i{ITERS}"
W = "/tmp/crf-work"
texts = read_split("../shared/data/polnear", "train")
parsed = parsed_split(texts)
base = pickle.load(open(f"{W}/base.pkl", "rb"))
fold_of = [k % FOLDS for k in range(len(texts))]
t0 = time.time()
feats = []
for k, (g, a) in enumerate(zip(texts, parsed)):
    units = doc_features_lean(a.doc, g.text, base["rules"][k], WINDOW, True)
    feats.append([(u, xs, gold_labels(a.doc, g, u)) for u, xs in units])
print("features", time.time() - t0, flush=True)


def train_fold(f):
    path = f"{W}/m-{tag}-f{f}.crfsuite"
    if os.path.exists(path):
        return path
    tr = pycrfsuite.Trainer(verbose=False)
    for k in range(len(feats)):
        if fold_of[k] != f:
            for u, xs, ys in feats[k]:
                tr.append(xs, ys)
    tr.set_params({"c1": C1, "c2": C2, "max_iterations": ITERS, "feature.possible_transitions": True})
    tr.train(path + ".tmp")
    os.replace(path + ".tmp", path)
    return path


with Pool(2) as pool:
    paths = pool.map(train_fold, range(FOLDS))
print("trained", time.time() - t0, flush=True)
taggers = []
for p in paths:
    t = pycrfsuite.Tagger(); t.open(p); taggers.append(t)
marg, spans = [], []
for k, (g, a) in enumerate(zip(texts, parsed)):
    m = np.zeros((len(a.doc), 3), dtype=np.float32)  # P(B), P(I), unit id+1 (0: not tagged)
    tg = taggers[fold_of[k]]
    sp = []
    for ui, (u, xs, ys) in enumerate(feats[k]):
        tg.set(xs)
        y = tg.tag()
        for p, j in enumerate(u):
            m[j] = (tg.marginal("B-C", p), tg.marginal("I-C", p), ui + 1)
        sp.extend(spans_of(a.doc, u, y))
    marg.append(m); spans.append(sp)
pickle.dump(marg, open(f"{W}/marg-{tag}.pkl", "wb"))
pickle.dump(spans, open(f"{W}/spans-{tag}.pkl", "wb"))
print("done", time.time() - t0, flush=True)
