import os, pickle, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crfexp import *
from crfexp import _Quotations
from storycheck.quotes.extract import cue_lexicon
texts = read_split("../shared/data/polnear", "train")
parsed = parsed_split(texts)
base = pickle.load(open("/tmp/crf-work/base.pkl", "rb"))
print("rules", score(texts, base["rules"]))
print("oof span model", score(texts, base["oof"]))
lex = cue_lexicon()
for tag in sys.argv[1:]:
    spans = pickle.load(open(f"/tmp/crf-work/spans-{tag}.pkl", "rb"))
    rep = [decode_replace(g.text, base["oof"][k], spans[k], _Quotations(g.text)) for k, g in enumerate(texts)]
    print(tag, "replace", score(texts, rep), flush=True)
    add = [decode_add(parsed[k].doc, g.text, rep[k], spans[k], _Quotations(g.text), lex) for k, g in enumerate(texts)]
    print(tag, "replace+add(lexicon verbs)", score(texts, add), flush=True)
    add = [decode_add(parsed[k].doc, g.text, rep[k], spans[k], _Quotations(g.text), None) for k, g in enumerate(texts)]
    print(tag, "replace+add(any verb)", score(texts, add), flush=True)
