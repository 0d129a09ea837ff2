import os, pickle, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from collections import Counter
from crfexp import *
from crfexp import _Quotations, _normalise
from storycheck.quotes.evaluate import _content_fragments, _rows
texts = read_split("../shared/data/polnear", "train")
base = pickle.load(open("/tmp/crf-work/base.pkl", "rb"))
tag = sys.argv[1]
spans = pickle.load(open(f"/tmp/crf-work/spans-{tag}.pkl", "rb"))
c = Counter(); ex = []
for k, g in enumerate(texts):
    text = g.text; quoted = find_quoted(text)
    golds = {r[2] for r in _rows(text, g.attributions) if r[2]}
    rep = decode_replace(text, base["oof"][k], spans[k], _Quotations(text))
    gold_ext = {(a.content.start, a.content.end) for a in g.attributions if a.content}
    for sp in spans[k]:
        c["crf span is gold extent"] += sp in gold_ext or any(_normalise(text,[sp]) == _normalise(text,[ge]) for ge in gold_ext)
        c["crf spans"] += 1
    for q0, q1 in zip(base["oof"][k], rep):
        r0 = _normalise(text, _content_fragments(q0, text, quoted)) in golds
        if (q0.start, q0.end) == (q1.start, q1.end):
            c[f"kept right={r0}"] += 1; continue
        r1 = _normalise(text, _content_fragments(q1, text, quoted)) in golds
        c[f"moved {r0}->{r1} {q0.kind}->{q1.kind}"] += 1
        if r0 and not r1 and len(ex) < 12:
            ex.append((text[q0.start:q0.end][:150], "||", text[q1.start:q1.end][:150]))
for k, v in sorted(c.items()): print(k, v)
for e in ex: print(e)
