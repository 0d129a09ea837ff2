import os, pickle, sys, time
from multiprocessing import Pool
import pycrfsuite
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crfexp import *
from crfexp import _Quotations, _alnum_overlap

BASE = sys.argv[1]          # oof | rules | lean (lean features on oof, rule paragraphs)
from lean import doc_features_lean
WINDOW = int(sys.argv[2])
C1, C2 = float(sys.argv[3]), float(sys.argv[4])
ITERS = int(sys.argv[5]) if len(sys.argv) > 5 else 100
tag = f"{BASE}-w{WINDOW}-c{C1}-{C2}-i{ITERS}"
W = "/tmp/crf-work"
texts = read_split("../shared/data/polnear", "train")
parsed = parsed_split(texts)
base = pickle.load(open(f"{W}/base.pkl", "rb"))
fold_of = [k % FOLDS for k in range(len(texts))]
fpath = f"{W}/feats-{BASE}-w{WINDOW}.pkl"
if os.path.exists(fpath):
    feats = pickle.load(open(fpath, "rb"))
else:
    t0 = time.time()
    feats = []
    for k, (g, a) in enumerate(zip(texts, parsed)):
        units = (doc_features_lean(a.doc, g.text, base["oof"][k], WINDOW, True) if BASE == "lean"
                 else doc_features(a.doc, g.text, base[BASE][k], WINDOW))
        feats.append([(u, xs, gold_labels(a.doc, g, u)) for u, xs in units])
    print("features", time.time() - t0, flush=True)
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


t0 = time.time()
with Pool(2) as pool:
    paths = pool.map(train_fold, range(FOLDS))
print("trained", time.time() - t0, flush=True)
taggers = []
for p in paths:
    t = pycrfsuite.Tagger(); t.open(p); taggers.append(t)
spans, tok_right, tok_all = [], 0, 0
for k, (g, a) in enumerate(zip(texts, parsed)):
    sp = []
    for u, xs, ys in feats[k]:
        y = taggers[fold_of[k]].tag(xs)
        tok_right += sum(p == q for p, q in zip(y, ys)); tok_all += len(ys)
        sp.extend(spans_of(a.doc, u, y))
    spans.append(sp)
pickle.dump(spans, open(f"{W}/spans-{tag}.pkl", "wb"))
# how many gold contents does the CRF get exactly as an extent (diagnostic)
out = []
for k, g in enumerate(texts):
    qs = decode_replace(g.text, [q for q in base["oof"][k]], spans[k], _Quotations(g.text))
    out.append(qs)
print(tag, "token acc", round(tok_right / tok_all, 4))
print(tag, "replace on oof:", score(texts, out), flush=True)
out2 = [decode_replace(g.text, base["rules"][k], spans[k], _Quotations(g.text)) for k, g in enumerate(texts)]
print(tag, "replace on rules:", score(texts, out2), flush=True)
