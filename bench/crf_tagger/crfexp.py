"""CRF content tagger stacked on the extractor's output: features, CV, decode, score."""
import bisect, pickle, sys, time, os
from dataclasses import replace
import pycrfsuite
from storycheck.quotes.polnear import parsed_split, read_split
from storycheck.quotes.evaluate import Score, _normalise
from storycheck.quotes.extract import _Quotations, quote_kind
from storycheck.quotes.marks import CHARS, find_quoted
from storycheck.quotes import train_spans as ts

FOLDS = 5


def paragraphs(doc):
    """Token ranges of paragraphs (split at whitespace tokens holding a newline), no space tokens."""
    units, cur = [], []
    for t in doc:
        if t.is_space or not t.text.strip():
            if "\n" in t.text and cur:
                units.append(cur); cur = []
            continue
        cur.append(t.i)
        if "\n" in t.whitespace_ and cur:
            units.append(cur); cur = []
    if cur:
        units.append(cur)
    return units


def _bio(n, spans, tok_of):
    """Per-token B/I/'' for char spans (first wins)."""
    out = [""] * n
    for s, e, tag in spans:
        first = True
        for j in tok_of(s, e):
            if out[j] == "":
                out[j] = ("B" if first else "I") + tag
            first = False
    return out


def doc_features(doc, text, quotes, window):
    """Feature lists per paragraph unit: list of (token ids, xseq)."""
    quoted = find_quoted(text)
    qstarts = [q.start for q in quoted]
    n = len(doc)
    idx = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]

    def toks(s, e):
        a = bisect.bisect_left(ends, s + 1)
        b = bisect.bisect_left(idx, e)
        return range(a, b)
    rc = _bio(n, [(q.start, q.end, q.kind[0]) for q in quotes], toks)
    rs = _bio(n, [(q.speaker.start, q.speaker.end, "") for q in quotes if q.speaker], toks)
    rq = _bio(n, [(q.cue.start, q.cue.end, "") for q in quotes if q.cue], toks)
    # rule content last token
    rce = [False] * n
    for q in quotes:
        r = toks(q.start, q.end)
        if len(r):
            rce[r[-1]] = True
    cue_heads = sorted(j for j in range(n) if rq[j].startswith("B"))
    inq = [False] * n
    for q in quoted:
        for j in toks(q.start, q.end):
            inq[j] = True
    base = []
    for t in doc:
        w = t.lower_
        qm = bool(w) and all(ch in CHARS for ch in w)
        k = bisect.bisect_left(cue_heads, t.i)
        d = None
        if cue_heads:
            cands = [cue_heads[m] for m in (k - 1, k) if 0 <= m < len(cue_heads)]
            c = min(cands, key=lambda x: abs(x - t.i))
            d = t.i - c
        db = "n" if d is None else (str(d) if -3 <= d <= 3 else ("<" if d < 0 else ">") + ("10" if abs(d) > 10 else "4"))
        base.append({
            "w": w, "t": t.tag_, "d": t.dep_, "hd": t.head.dep_, "hp": t.head.pos_, "hl": t.head.lemma_.lower(),
            "l": t.lemma_.lower(), "pu": "1" if t.is_punct else "0", "qm": "1" if qm else "0",
            "iq": "1" if inq[t.i] else "0", "ss": "1" if t.is_sent_start else "0",
            "se": "1" if (t.i + 1 == n or doc[t.i + 1].is_sent_start) else "0",
            "rc": rc[t.i] or "O", "rce": "1" if rce[t.i] else "0", "rs": rs[t.i] or "O", "rq": rq[t.i] or "O",
            "cd": db,
        })
    out = []
    nb = ("w", "t", "d", "pu", "qm", "rc", "rs", "rq", "ss", "se")
    for unit in paragraphs(doc):
        xs = []
        L = len(unit)
        for p, j in enumerate(unit):
            b = base[j]
            f = [f"{k}={v}" for k, v in b.items()]
            f.append(f"rc|t={b['rc']}|{b['t']}")
            f.append(f"rc|rce|pu={b['rc']}|{b['rce']}|{b['pu']}")
            f.append(f"iq|qm={b['iq']}|{b['qm']}")
            for o in range(-window, window + 1):
                if o == 0:
                    continue
                if 0 <= p + o < L:
                    bo = base[unit[p + o]]
                    f.extend(f"{o}:{k}={bo[k]}" for k in nb)
                    if abs(o) == 1:
                        f.append(f"{o}:rc|rc={bo['rc']}|{b['rc']}")
                else:
                    f.append(f"{o}:pad")
            xs.append(f)
        out.append((unit, xs))
    return out


def gold_labels(doc, gold, unit):
    """B-C/I-C/O over the unit's tokens: gold content extents, outer first."""
    ext = sorted(((a.content.start, a.content.end) for a in gold.attributions if a.content),
                 key=lambda x: (x[0], -x[1]))
    lab = {}
    for s, e in ext:
        toks = [j for j in unit if doc[j].idx < e and doc[j].idx + len(doc[j]) > s]
        if not toks or any(j in lab for j in toks):
            continue
        for m, j in enumerate(toks):
            lab[j] = "B-C" if m == 0 else "I-C"
    return [lab.get(j, "O") for j in unit]


def spans_of(doc, unit, tags):
    out, cur = [], None
    for j, y in zip(unit, tags):
        if y == "B-C" or (y == "I-C" and cur is None):
            if cur:
                out.append(cur)
            cur = [j, j]
        elif y == "I-C":
            cur[1] = j
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [(doc[a].idx, doc[b].idx + len(doc[b])) for a, b in out]


def _alnum_overlap(text, a, b):
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return sum(ch.isalnum() for ch in text[lo:hi]) if lo < hi else 0


def decode_replace(text, quotes, spans, quotations):
    out = []
    for i, q in enumerate(quotes):
        if q.cue_lemma == "post" or "\n" in text[q.start:q.end]:
            out.append(q); continue
        best, bo = None, 0
        for c in spans:
            o = _alnum_overlap(text, (q.start, q.end), c)
            if o > bo:
                best, bo = c, o
        if best is None or best == (q.start, q.end):
            out.append(q); continue
        # never into another content, never over its own cue or speaker... (cue/speaker inside allowed as holes)
        if any(j != i and _alnum_overlap(text, (p.start, p.end), best) for j, p in enumerate(quotes)):
            out.append(q); continue
        cue = (q.cue.start, q.cue.end) if q.cue else None
        # the CRF span must not swallow the cue partially
        if cue and best[0] < cue[1] and cue[0] < best[1] and not (best[0] <= cue[0] and cue[1] <= best[1]):
            out.append(q); continue
        out.append(replace(q, start=best[0], end=best[1], text=text[best[0]:best[1]],
                           kind=quote_kind(quotations, text, best[0], best[1], cue)))
    return out


def score(texts, qss):
    s = Score()
    for g, q in zip(texts, qss):
        s.add(g, q)
    return ts._f1s(s.result())


def decode_add(doc, text, quotes, spans, quotations, lexicon=None, aid="x"):
    """New attributions for CRF spans that overlap no extracted content: the cue is the verb the span's
    root hangs from (optionally only lexicon lemmas), the source its subject."""
    from storycheck.model import Span
    from storycheck.quotes.extract import _cue_span, _subject
    added = []
    for s, e in spans:
        if "\n" in text[s:e] or any(_alnum_overlap(text, (q.start, q.end), (s, e)) for q in quotes):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        verb = root.head
        if verb.i == root.i or span.start <= verb.i < span.end or verb.pos_ not in ("VERB", "AUX"):
            continue
        if lexicon is not None and verb.lemma_.lower() not in lexicon:
            continue
        cs, ce = _cue_span(verb)
        if cs < e and s < ce:
            continue
        src = _subject(verb)
        if src is not None and src.start_char < e and s < src.end_char:
            src = None
        from storycheck.model import Quote
        added.append(Quote(id=f"{aid}:x{len(added)}", article_id=aid,
                           kind=quote_kind(quotations, text, s, e, (cs, ce)), start=s, end=e, text=text[s:e],
                           cue=Span(aid, cs, ce, text[cs:ce]), cue_lemma=verb.lemma_.lower(),
                           speaker=Span(aid, src.start_char, src.end_char, src.text) if src is not None else None))
    return sorted(list(quotes) + added, key=lambda q: q.start)
