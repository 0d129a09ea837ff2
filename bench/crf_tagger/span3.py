"""The span model with CRF features (and the CRF's span as an extra candidate), out of fold."""
import os, pickle, sys, time
from types import SimpleNamespace
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crfexp import *
from crfexp import _Quotations, _alnum_overlap, _normalise
from storycheck.model import Span
from storycheck.quotes.evaluate import _content_fragments
from storycheck.quotes.extract import extract_quotes
from storycheck.quotes.spanmodel import SpanModel, content_candidates, content_features, Candidate
from storycheck.quotes import train_spans as ts

W = "/tmp/crf-work"
TAG = "rules-w2-c0.1-0.01-i100"
ADD_CAND = sys.argv[1] == "add"
texts = read_split("../shared/data/polnear", "train")
parsed = parsed_split(texts)
doc_index = {id(a.doc): k for k, a in enumerate(parsed)}
fold_of = [k % FOLDS for k in range(len(texts))]
marg = pickle.load(open(f"{W}/marg-{TAG}.pkl", "rb"))
crfspans = pickle.load(open(f"{W}/spans-{TAG}.pkl", "rb"))
base = pickle.load(open(f"{W}/base.pkl", "rb"))


def bucket(p):
    return "0" if p < .1 else "1" if p < .3 else "3" if p < .5 else "5" if p < .7 else "7" if p < .9 else "9"


def crf_conf(k, doc, s, e):
    sp = doc.char_span(s, e, alignment_mode="expand")
    m = marg[k]
    if sp is None or not len(sp) or m[sp.start, 2] == 0:
        return None
    a, b = sp.start, sp.end - 1
    while a < b and doc[a].is_space: a += 1
    while b > a and doc[b].is_space: b -= 1
    pb = float(m[a, 0])
    pi = float(m[a + 1:b + 1, 1].min()) if b > a else 1.0
    pn = 1.0 - float(m[b + 1, 1]) if b + 1 < len(doc) and m[b + 1, 2] == m[b, 2] else 1.0
    return pb, pi, pn


def with_crf(k, doc, text, start, end, cue, blocked, inside, source, cands, feats, cue_lemma, kind):
    if ADD_CAND:
        best, bo = None, 0
        for c in crfspans[k]:
            o = _alnum_overlap(text, (start, end), c)
            if o > bo:
                best, bo = c, o
        ok = best is not None and all((c.start, c.end) != best for c in cands)
        if ok:
            s_, e_ = best
            for part in (cue, source):  # as content_candidates: no cue or speaker the rule's span leaves out
                if part is not None and s_ < part[1] and part[0] < e_ and not (start < part[1] and part[0] < end):
                    ok = False
            if s_ < start and blocked(s_, min(start, e_)) or e_ > end and blocked(max(end, s_), e_):
                ok = False
            if inside is not None and (s_ != start and inside(s_) or e_ != end and inside(e_)):
                ok = False
        if ok:
            c = Candidate(best[0], best[1], ("crf",))
            cands = cands + [c]
            feats = feats + [content_features(doc, text, (start, end), c, cue_lemma, kind) + ["gen=crf"]]
    confs = [crf_conf(k, doc, c.start, c.end) for c in cands]
    prods = [x[0] * x[1] * x[2] if x else -1 for x in confs]
    top = max(range(len(cands)), key=lambda j: prods[j])
    out = []
    for j, (c, f) in enumerate(zip(cands, feats)):
        f = list(f)
        x = confs[j]
        if x is None:
            f.append("crf=none")
        else:
            f += ["crf_b=" + bucket(x[0]), "crf_i=" + bucket(x[1]), "crf_n=" + bucket(x[2]),
                  "crf_c=" + bucket(prods[j])]
            if j == top:
                f.append("crf_top")
            if j == 0:
                f.append("rule_crf_c=" + bucket(prods[j]))
        out.append(f)
    return cands, out


class Rec(ts._Recorder):
    def choose_content(self, doc, text, start, end, cue, source, cue_lemma, kind, blocked, inside=None):
        k = self.doc_index[id(doc)]
        gold = self.golds[k]
        if k not in self.marks:
            self.marks[k] = find_quoted(text), _Quotations(text)
        quoted, quotations = self.marks[k]
        golds = {g for g in (_normalise(text, a.content.fragments) for a in gold.attributions if a.content)
                 if g and g[0][0] < end and start < g[-1][1]}
        cands = content_candidates(doc, text, start, end, cue, blocked, inside, source)
        feats = [content_features(doc, text, (start, end), c, cue_lemma, kind) for c in cands]
        cands, feats = with_crf(k, doc, text, start, end, cue, blocked, inside, source, cands, feats, cue_lemma, kind)
        labels = []
        for c in cands:
            ckind = quote_kind(quotations, text, c.start, c.end, cue)
            q = SimpleNamespace(kind=ckind, start=c.start, end=c.end,
                                cue=Span("", *cue, "") if cue else None,
                                speaker=Span("", *source, "") if source else None)
            labels.append(_normalise(text, _content_fragments(q, text, quoted)) in golds)
        self.groups["content"].append((k, feats, labels))
        return start, end


class ByFold(SpanModel):
    def __init__(self, cw, sw):
        super().__init__({}, {}, 0.0, 0.5)
        self.cw, self.sw = cw, sw

    def choose_source(self, source, cue_lemma):
        f = fold_of[doc_index[id(source.doc)]]
        return SpanModel({}, self.sw[f], 0.0, 0.5).choose_source(source, cue_lemma)

    def choose_content(self, doc, text, start, end, cue, source, cue_lemma, kind, blocked, inside=None):
        k = doc_index[id(doc)]
        cands = content_candidates(doc, text, start, end, cue, blocked, inside, source)
        feats = [content_features(doc, text, (start, end), c, cue_lemma, kind) for c in cands]
        cands, feats = with_crf(k, doc, text, start, end, cue, blocked, inside, source, cands, feats, cue_lemma, kind)
        if len(cands) == 1:
            return start, end
        c = cands[self._best(cands, feats, self.cw[fold_of[k]], 0.0)]
        return c.start, c.end


t0 = time.time()
rec = Rec(texts, doc_index)
for a in parsed:
    extract_quotes(a, span_model=rec)
groups = rec.groups["content"]
print("recorded", len(groups), "rule right", sum(g[2][0] for g in groups), "oracle", sum(any(g[2]) for g in groups),
      time.time() - t0, flush=True)
by_fold, scores = ts._out_of_fold(groups, fold_of, 0.3)
print("picks right (margin 0)", ts._picks_right(groups, scores, 0.0), time.time() - t0, flush=True)
# source weights: the same per-fold source models as the baseline (C 1, margin 0.5)
sg = rec.groups["source"]
sw = [ts.fit([g for g in sg if fold_of[g[0]] != f], 1.0) for f in range(FOLDS)]
out = [extract_quotes(a, span_model=ByFold(by_fold, sw)) for a in parsed]
print(("crf features + crf candidate" if ADD_CAND else "crf features"), score(texts, out), time.time() - t0, flush=True)
pickle.dump(out, open(f"{W}/span3-{sys.argv[1]}.pkl", "wb"))
