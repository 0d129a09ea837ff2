"""Lean features, rule-aligned gold labels, spans with marginal confidence."""
import os, pickle, sys, time
from multiprocessing import Pool
import pycrfsuite
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crfexp import *
from crfexp import _Quotations, _alnum_overlap
from lean import doc_features_lean

WINDOW = int(sys.argv[1]); C1, C2 = float(sys.argv[2]), float(sys.argv[3]); ITERS = int(sys.argv[4])
tag = f"aligned-w{WINDOW}-c{C1}-{C2}-i{ITERS}"
W = "/tmp/crf-work"
texts = read_split("../shared/data/polnear", "train")
parsed = parsed_split(texts)
base = pickle.load(open(f"{W}/base.pkl", "rb"))
fold_of = [k % FOLDS for k in range(len(texts))]


def aligned_labels(doc, text, gold, quotes, unit):
    exts = [(a.content.start, a.content.end) for a in gold.attributions if a.content]
    order = []
    for q in quotes:  # the gold content each rule content overlaps most, first
        best = max(exts, key=lambda e: _alnum_overlap(text, e, (q.start, q.end)), default=None)
        if best is not None and _alnum_overlap(text, best, (q.start, q.end)) and best not in order:
            order.append(best)
    order += sorted((e for e in exts if e not in order), key=lambda e: e[1] - e[0])
    lab = {}
    for s, e in order:
        toks = [j for j in unit if doc[j].idx < e and doc[j].idx + len(doc[j]) > s]
        if not toks or any(j in lab for j in toks):
            continue
        for m, j in enumerate(toks):
            lab[j] = "B-C" if m == 0 else "I-C"
    return [lab.get(j, "O") for j in unit]


fpath = f"{W}/feats-aligned-w{WINDOW}.pkl"
if os.path.exists(fpath):
    feats = pickle.load(open(fpath, "rb"))
else:
    feats = []
    for k, (g, a) in enumerate(zip(texts, parsed)):
        units = doc_features_lean(a.doc, g.text, base["oof"][k], WINDOW, True)
        feats.append([(u, xs, aligned_labels(a.doc, g.text, g, base["oof"][k], u)) for u, xs in units])
    pickle.dump(feats, open(fpath, "wb"))


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


def spans_conf(doc, unit, y, tagger):
    out = []
    for s, e in spans_of(doc, unit, y):
        pos = [p for p, j in enumerate(unit) if s <= doc[j].idx < e]
        m = [tagger.marginal(y[p], p) for p in pos]
        nxt = pos[-1] + 1
        if nxt < len(unit):
            m.append(1 - tagger.marginal("I-C", nxt))
        out.append((s, e, min(m)))
    return out


t0 = time.time()
with Pool(2) as pool:
    paths = pool.map(train_fold, range(FOLDS))
print("trained", time.time() - t0, flush=True)
taggers = []
for p in paths:
    t = pycrfsuite.Tagger(); t.open(p); taggers.append(t)
spans = []
for k, (g, a) in enumerate(zip(texts, parsed)):
    sp = []
    tg = taggers[fold_of[k]]
    for u, xs, ys in feats[k]:
        y = tg.tag(xs)
        sp.extend(spans_conf(a.doc, u, y, tg))
    spans.append(sp)
pickle.dump(spans, open(f"{W}/spans-{tag}.pkl", "wb"))
for t in (0.0, 0.5, 0.7, 0.9):
    out = [decode_replace(g.text, base["oof"][k], [(s, e) for s, e, c in spans[k] if c >= t], _Quotations(g.text))
           for k, g in enumerate(texts)]
    print(tag, f"replace conf>={t}:", score(texts, out), flush=True)
