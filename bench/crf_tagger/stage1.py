"""Stage 1: out-of-fold span model quotes and rules' quotes on train, pickled."""
import os, pickle, time
os.makedirs("/tmp/crf-work", exist_ok=True)
from storycheck.quotes import train_spans as ts
from storycheck.quotes.polnear import parsed_split, read_split
from storycheck.quotes.extract import extract_quotes
from storycheck.quotes.spanmodel import SpanModel
t0 = time.time()
texts = read_split("../shared/data/polnear", "train")
parsed = parsed_split(texts)
print("parsed", len(parsed), time.time() - t0, flush=True)
doc_index = {id(a.doc): k for k, a in enumerate(parsed)}
fold_of = [k % 5 for k in range(len(texts))]
rec = ts._Recorder(texts, doc_index)
for a in parsed:
    extract_quotes(a, span_model=rec)
print("recorded", time.time() - t0, flush=True)
cg, sg = rec.groups["content"], rec.groups["source"]
cw = [ts.fit([g for g in cg if fold_of[g[0]] != f], 0.3) for f in range(5)]
sw = [ts.fit([g for g in sg if fold_of[g[0]] != f], 1.0) for f in range(5)]
print("fitted", time.time() - t0, flush=True)
models = [SpanModel(cw[f], sw[f], 0.0, 0.5) for f in range(5)]
rules = [extract_quotes(a, span_model=None) for a in parsed]
oof = [extract_quotes(a, span_model=models[fold_of[k]]) for k, a in enumerate(parsed)]
pickle.dump({"rules": rules, "oof": oof}, open("/tmp/crf-work/base.pkl", "wb"))
for name, qs in (("rules", rules), ("oof", oof)):
    s = ts.Score()
    for g, q in zip(texts, qs):
        s.add(g, q)
    print(name, ts._f1s(s.result()), flush=True)
print("done", time.time() - t0)
