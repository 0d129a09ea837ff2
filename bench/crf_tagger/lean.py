"""Lean features: fewer strings per token, only paragraphs holding a rule content (option)."""
import bisect
from storycheck.quotes.marks import CHARS, find_quoted
from crfexp import paragraphs


def doc_features_lean(doc, text, quotes, window=2, only_rule_paras=True):
    n = len(doc)
    idx = [t.idx for t in doc]
    ends = [t.idx + len(t) for t in doc]

    def toks(s, e):
        return range(bisect.bisect_left(ends, s + 1), bisect.bisect_left(idx, e))
    rc = ["O"] * n
    rce = [""] * n
    for q in quotes:
        r = toks(q.start, q.end)
        k = q.kind[0]
        first = True
        for j in r:
            if rc[j] == "O":
                rc[j] = ("B" if first else "I") + k
            first = False
        if len(r):
            rce[r[-1]] = "E"
    role = [""] * n  # source / cue
    cue_heads = []
    for q in quotes:
        if q.speaker:
            r = toks(q.speaker.start, q.speaker.end)
            for m, j in enumerate(r):
                role[j] = "Bs" if m == 0 else "Is"
        if q.cue:
            r = toks(q.cue.start, q.cue.end)
            for m, j in enumerate(r):
                role[j] = "Bq" if m == 0 else "Iq"
            if len(r):
                cue_heads.append(r[0])
    cue_heads.sort()
    inq = [""] * n
    for q in find_quoted(text):
        for j in toks(q.start, q.end):
            inq[j] = "q"
    units = paragraphs(doc)
    if only_rule_paras:
        units = [u for u in units if any(rc[j] != "O" for j in u)]
    out = []
    for unit in units:
        L = len(unit)
        # per-token strings once
        W, T, R = [], [], []
        for j in unit:
            t = doc[j]
            W.append(t.lower_); T.append(t.tag_); R.append(rc[j] + role[j])
        xs = []
        for p, j in enumerate(unit):
            t = doc[j]
            w = W[p]
            qm = "m" if w and all(ch in CHARS for ch in w) else ""
            k = bisect.bisect_left(cue_heads, j)
            if cue_heads:
                c = min((cue_heads[m] for m in (k - 1, k) if 0 <= m < len(cue_heads)), key=lambda x: abs(x - j))
                d = j - c
                db = str(d) if -3 <= d <= 3 else ("<" if d < 0 else ">")
            else:
                db = "n"
            ss = ("S" if t.is_sent_start else "") + ("E" if j + 1 == n or doc[j + 1].is_sent_start else "")
            f = ["w=" + w, "t=" + T[p], "d=" + t.dep_, "h=" + t.head.dep_ + t.head.pos_, "r=" + R[p],
                 "e=" + rce[j] + R[p] + T[p], "c=" + db, "q=" + qm + inq[j] + ss, "rt=" + R[p] + T[p]]
            if p > 0:
                f += ["-w=" + W[p - 1], "-t=" + T[p - 1], "-r=" + R[p - 1] + "|" + R[p]]
            else:
                f.append("BOS")
            if p + 1 < L:
                f += ["+w=" + W[p + 1], "+t=" + T[p + 1], "+r=" + R[p] + "|" + R[p + 1]]
            else:
                f.append("EOS")
            if window >= 2:
                if p > 1:
                    f.append("--r=" + R[p - 2] + T[p - 2])
                if p + 2 < L:
                    f.append("++r=" + R[p + 2] + T[p + 2])
            xs.append(f)
        out.append((unit, xs))
    return out
