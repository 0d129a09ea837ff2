import os, pickle, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pycrfsuite
from crfexp import *
from lean import doc_features_lean
from storycheck.nlp.pipeline import get_nlp
texts = read_split("../shared/data/polnear", "train")
parsed = parsed_split(texts)
base = pickle.load(open("/tmp/crf-work/base.pkl", "rb"))
N = int(sys.argv[2]); model = sys.argv[1]
sub = list(range(0, len(texts), max(1, len(texts) // N)))[:N]
nlp = get_nlp()
words = sum(sum(1 for t in parsed[k].doc if not t.is_punct and not t.is_space) for k in sub)
t0 = time.process_time()
for d in nlp.pipe((texts[k].text for k in sub), batch_size=16):
    pass
parse = time.process_time() - t0
tg = pycrfsuite.Tagger(); tg.open(model)
t0 = time.process_time()
for k in sub:
    for u, xs in doc_features_lean(parsed[k].doc, texts[k].text, base["oof"][k], 2, True):
        y = tg.tag(xs)
        spans_of(parsed[k].doc, u, y)
crf = time.process_time() - t0
print(f"{len(sub)} texts, {words} words: parse {parse:.1f}s CPU ({words/parse:.0f} words/s), "
      f"features+tagging {crf:.2f}s CPU = {100*crf/parse:.1f}% of parse")
