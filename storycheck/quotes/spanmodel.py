"""A learned choice of where a content and a source begin and end.

The rules of :mod:`storycheck.quotes.extract` find most attributions but often
miss their edges: a partial quotation whose content is the phrase around it
("a plan to spend [“a million dollars”] digging up dirt"), a content that runs
on into a trailing adjunct or coordinated clause, a source with its relative
clause or apposition ("[Trump], who relishes counter-punching"; "[Karen
Janes], 67, of Exeter"). For each extracted attribution this module lists a
few candidate spans read off the spaCy parse -- the rule's own choice, subtree
and clause edges, punctuation, quotation marks, sentence ends -- describes each
by cheap binary features of its edges and of what it adds or cuts off, and
keeps the candidate a linear ranking model scores highest (the rule's choice
when nothing beats it by ``margin``). Weights are plain JSON
(``span_model.json``) written by ``python -m storycheck.quotes.train_spans
PATH``; scoring is a sum of weights per candidate, so extraction stays a pure,
cheap function of the parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storycheck.quotes import packaged
from storycheck.quotes.marks import CHARS, DOUBLE

MODEL_FILE = "span_model.json"
_PUNCT_CUTS = (",", ";", ":", "\u2014", "\u2013", "--", "(", ")")
_CLAUSE_DEPS = ("conj", "advcl", "relcl", "appos", "prep", "cc", "parataxis", "npadvmod", "acl", "ccomp",
                "xcomp", "dobj", "advmod", "punct", "mark", "nsubj")
_SOURCE_CUTS = ("relcl", "appos", "acl", "prep", "amod", "npadvmod", "punct", "conj", "cc", "nummod", "advmod")


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 \
        else "9-16" if n <= 16 else "17+"


def _tok(token: Token | None) -> str:
    if token is None:
        return "NONE"
    if token.is_punct:
        return "P" + token.text
    return token.pos_


def _edge_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range [lo, hi) covering characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.start, span.end


def _trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:\u2014\u2013-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:\u2014\u2013-"):
        end -= 1
    return start, end


_FUNCTION_TAGS = ("IN", "WDT", "WP", "WRB", "CC", "TO", "DT", "RB", "PRP", "MD", "EX")


def _word(token: Token) -> str:
    """A token as a feature: punctuation and function words as written, other words by tag."""
    if token.is_punct:
        return "P" + token.text
    return token.lower_ if token.tag_ in _FUNCTION_TAGS else token.tag_


def _piece(name: str, doc: Doc, lo: int, hi: int) -> list[str]:
    """Features of tokens [lo, hi) that a candidate adds or cuts off: the first and last words (past
    punctuation), the dependency of the piece's top token, whether it holds a verb, a quotation mark,
    a subject; its length."""
    words = [t for t in doc[lo:hi] if not t.is_punct]
    if not words:
        return [f"{name}=punct:{''.join(t.text for t in doc[lo:hi])[:3]}"]
    top = min(words, key=lambda t: sum(1 for _ in t.ancestors))
    first = words[0]
    return [f"{name}_first={_word(first)}", f"{name}_firstdep={first.dep_}", f"{name}_last={_word(words[-1])}",
            f"{name}_top={top.dep_}/{top.tag_}", f"{name}_len={_bucket(hi - lo)}",
            f"{name}_verb={any(t.pos_ in ('VERB', 'AUX') for t in words)}",
            f"{name}_subj={any(t.dep_ in ('nsubj', 'nsubjpass') for t in words)}",
            f"{name}_quote={any(ch in CHARS for t in doc[lo:hi] for ch in t.text)}",
            f"{name}_punct0={_word(doc[lo])}", f"{name}_first_top={_word(first)}/{top.dep_}"]


@dataclass
class Candidate:
    start: int  # characters
    end: int
    reasons: tuple[str, ...]  # how it was generated ("rule", "end:punct", "subtree:dobj", ...)


def content_candidates(doc: Doc, text: str, start: int, end: int, cue: tuple[int, int] | None,
                       blocked, inside=None, source: tuple[int, int] | None = None) -> list[Candidate]:
    """Candidate spans for a content the rules put at [start, end); none takes in the cue or the source
    (characters) that the rule's span leaves out. ``blocked(s, e)`` says whether
    characters s..e belong to another content, ``inside(i)`` whether character offset i falls within a
    quotation (past its opening mark, before its closing one): a new edge never splits a quotation.
    The rule's own span comes first."""
    out: dict[tuple[int, int], list[str]] = {(start, end): ["rule"]}
    toks = _edge_tokens(doc, start, end)
    if toks is None:
        return [Candidate(start, end, ("rule",))]
    lo, hi = toks
    sent_lo, sent_hi = doc[lo].sent.start, doc[hi - 1].sent.end
    para_lo = text.rfind("\n", 0, start) + 1
    para_hi = text.find("\n", end)
    para_hi = len(text) if para_hi < 0 else para_hi

    def add(s: int, e: int, reason: str) -> None:
        s, e = _trim_chars(text, s, e)
        if e - s < 2 or s < para_lo or e > para_hi or not any(ch.isalnum() for ch in text[s:e]):
            return
        for part in (cue, source):
            if part is not None and s < part[1] and part[0] < e and not (start < part[1] and part[0] < end):
                return  # takes in the cue or speaker the rule's span leaves out
        if s < start and blocked(s, min(start, e)) or e > end and blocked(max(end, s), e):
            return
        if inside is not None and (s != start and inside(s) or e != end and inside(e)):
            return
        out.setdefault((s, e), []).append(reason)

    def tok_end(i: int) -> int:  # characters after token i - 1
        return doc[i - 1].idx + len(doc[i - 1])

    # shorter at the end: before punctuation, before a clause-level right dependent
    root = doc[lo:hi].root
    for t in doc[lo + 1:hi]:
        if t.text in _PUNCT_CUTS:
            add(start, doc[t.i].idx, "end:punct" + t.text)
        if t.head.i < t.i and t.left_edge.i == t.i and t.dep_ in _CLAUSE_DEPS and t.head.i >= lo \
                and t.i > lo + 1:
            add(start, tok_end(t.i), "end:cut-" + t.dep_)
    for t in root.rights:
        if lo < t.left_edge.i < hi:
            add(start, tok_end(t.left_edge.i), "end:root-" + t.dep_)
    # shorter at the start: after punctuation, at a subordinating mark ("that", "whether")
    for t in doc[lo:hi - 1]:
        if t.text in _PUNCT_CUTS and t.i > lo:
            add(tok_end(t.i + 1), end, "start:punct" + t.text)
        if t.dep_ in ("mark",) and t.i > lo:
            add(t.idx, end, "start:mark")
    # from the first quotation inside, or up to the last one
    quote_idx = [t.i for t in doc[lo:hi] if any(ch in CHARS for ch in t.text)]
    if quote_idx:
        add(doc[quote_idx[0]].idx, end, "start:quote")
        add(start, tok_end(quote_idx[-1] + 1), "end:quote")
    # longer: to the sentence edges, the next punctuation, and the subtrees of the ancestors
    if sent_lo < lo:
        add(doc[sent_lo].idx, end, "start:sent")
        if doc[lo - 1].dep_ == "mark" or doc[lo - 1].lower_ == "that":
            add(doc[lo - 1].idx, end, "start:with-mark")  # said [that "..."]
        for i in range(lo - 1, sent_lo - 1, -1):
            if doc[i].text in _PUNCT_CUTS:
                add(tok_end(i + 1), end, "start:prevpunct" + doc[i].text)
                break
    if hi < sent_hi:
        add(start, tok_end(sent_hi), "end:sent")
        last = max((i for i in range(hi, sent_hi) if not doc[i].is_space), default=hi)
        if doc[last].text in (".", "!", "?") and last > hi:
            add(start, doc[last].idx, "end:sent-stop")  # without its full stop
        for i in range(hi, sent_hi):
            if doc[i].text in _PUNCT_CUTS:
                add(start, doc[i].idx, "end:nextpunct" + doc[i].text)
                break
    node, steps = root, 0
    while node.head.i != node.i and steps < 4:
        child, node, steps = node, node.head, steps + 1
        if cue is not None and cue[0] <= node.idx < cue[1]:
            break
        s, e = node.left_edge.i, node.right_edge.i + 1
        add(doc[s].idx, tok_end(e), f"subtree:{child.dep_}>{node.dep_}")
        cuts = [t for t in doc[hi:e]  # and that subtree without a clause after the rule's span
                if t.dep_ in ("relcl", "advcl", "acl", "prep", "conj") and t.left_edge.i >= hi and t.head.i < t.i]
        for t in cuts[:3]:
            add(doc[s].idx, tok_end(t.left_edge.i), f"subtree-cut:{t.dep_}")
        # the ancestor's subtree up to the cue only
        if cue is not None:
            if doc[s].idx < cue[0] < tok_end(e) and cue[0] >= end:
                add(doc[s].idx, min(cue[0], tok_end(e)), "subtree-to-cue")
            if doc[s].idx < cue[1] < tok_end(e) and cue[1] <= start:
                add(max(cue[1], doc[s].idx), tok_end(e), "subtree-from-cue")
    return [Candidate(s, e, tuple(r)) for (s, e), r in out.items()]


def content_features(doc: Doc, text: str, rule: tuple[int, int], cand: Candidate, cue_lemma: str | None,
                     kind: str) -> list[str]:
    """Binary features of one candidate content, relative to the rule's span."""
    toks = _edge_tokens(doc, cand.start, cand.end)
    rtoks = _edge_tokens(doc, *rule)
    if toks is None or rtoks is None:
        return ["bad"]
    lo, hi = toks
    rlo, rhi = rtoks
    first, last = doc[lo], doc[hi - 1]
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi] if hi < len(doc) else None
    start_move = "same" if cand.start == rule[0] else "earlier" if cand.start < rule[0] else "later"
    end_move = "same" if cand.end == rule[1] else "longer" if cand.end > rule[1] else "shorter"
    changed = abs(lo - rlo) + abs(hi - rhi)
    inner = text[cand.start:cand.end]
    f = [
        f"move={start_move}/{end_move}", f"kind={kind}", f"changed={_bucket(changed)}",
        f"first={_tok(first)}", f"firstdep={first.dep_}", f"last={_tok(last)}", f"lastdep={last.dep_}",
        f"before={_tok(before)}", f"after={_tok(after)}",
        f"afterdep={after.dep_ if after is not None else 'NONE'}",
        f"beforedep={before.dep_ if before is not None else 'NONE'}",
        f"len={_bucket(hi - lo)}",
        f"sentstart={lo == first.sent.start}", f"sentend={hi >= last.sent.end - 1}",
        f"opens_quote={inner[:1] in CHARS}", f"closes_quote={inner[-1:] in CHARS}",
        f"oddmarks={sum(inner.count(c) for c in DOUBLE) % 2}",
        f"cue={cue_lemma}",
    ]
    if cand.end < rule[1]:  # what is cut off at the end
        f += _piece("cutend", doc, hi, rhi)
    if cand.start > rule[0] and lo > rlo:
        f += _piece("cutstart", doc, rlo, lo)
    if cand.end > rule[1] and hi > rhi:
        f += _piece("addend", doc, rhi, hi)
    if cand.start < rule[0] and lo < rlo:
        f += _piece("addstart", doc, lo, rlo)
    f += [f"why={r}" for r in cand.reasons]
    crossed = [f"{kind}|{x}" for x in f if not x.startswith("kind=")]
    crossed += [f"{start_move}/{end_move}|{x}" for x in f if x.startswith(("why=", "after", "last"))]
    crossed += [f"cue={cue_lemma}|{x}" for x in f if x.startswith(("move=", "cutend_first", "addend_first"))]
    return f + crossed


def source_candidates(source: SpacySpan) -> list[Candidate]:
    """Candidate spans for a source the rules found: the rule's, and that span cut before a
    right-hand dependent of its head (relative clause, apposition, age, place), with or without its
    determiner, or cut at its first comma."""
    doc = source.doc
    root = source.root
    lo, hi = source.start, source.end
    out: dict[tuple[int, int], list[str]] = {(lo, hi): ["rule"]}

    def add(s: int, e: int, reason: str) -> None:
        while s < e and (doc[s].is_space or doc[s].text in ",;:-\u2014\u2013"):
            s += 1
        while e > s and (doc[e - 1].is_space or doc[e - 1].text in ",;:-\u2014\u2013"):
            e -= 1
        if s < e and s <= root.i < e:
            out.setdefault((s, e), []).append(reason)

    for child in root.rights:
        if lo < child.left_edge.i < hi and child.dep_ in _SOURCE_CUTS:
            add(lo, child.left_edge.i, "cut-" + child.dep_)
    for t in doc[root.i + 1:hi]:
        if t.text == ",":
            add(lo, t.i, "cut-comma")
            break
    add(lo, root.i + 1, "head")
    det = next((c for c in root.lefts if c.dep_ == "det" and c.i == lo), None)
    if det is not None:
        for (s, e), r in list(out.items()):
            add(s + 1, e, "nodet+" + r[0])
    if root.left_edge.i < lo or root.right_edge.i + 1 > hi:
        add(min(lo, root.left_edge.i), max(hi, root.right_edge.i + 1), "subtree")
    if root.tag_ in ("WP", "WDT") and root.head.dep_ == "relcl" and root.head.head.i < lo:
        noun = root.head.head  # "[Ted Cruz, who has surged in Iowa], said": the noun with its clause
        out.setdefault((noun.left_edge.i, noun.right_edge.i + 1), []).append("antecedent")
        out.setdefault((noun.left_edge.i, noun.i + 1), []).append("antecedent-head")
    return [Candidate(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), tuple(r)) for (s, e), r in out.items()]


def source_features(doc: Doc, rule: SpacySpan, cand: Candidate, cue_lemma: str | None) -> list[str]:
    toks = _edge_tokens(doc, cand.start, cand.end)
    if toks is None:
        return ["bad"]
    lo, hi = toks
    root = rule.root
    last = doc[hi - 1]
    after = doc[hi] if hi < len(doc) else None
    end_move = "same" if hi == rule.end else "longer" if hi > rule.end else "shorter"
    start_move = "same" if lo == rule.start else "earlier" if lo < rule.start else "later"
    f = [
        f"move={start_move}/{end_move}", f"root={root.pos_}/{root.ent_type_ or '-'}", f"rootdep={root.dep_}",
        f"last={_tok(last)}", f"lastent={last.ent_type_ or '-'}", f"after={_tok(after)}",
        f"len={_bucket(hi - lo)}", f"rulelen={_bucket(len(rule))}", f"first={_tok(doc[lo])}",
        f"cue={cue_lemma}",
    ]
    if hi < rule.end:
        cut = doc[hi]
        nxt = doc[hi + 1] if hi + 1 < rule.end else None
        f += [f"cut={cut.dep_}/{_tok(cut)}", f"cutnext={_tok(nxt)}/{nxt.tag_ if nxt is not None else ''}",
              f"cutlen={_bucket(rule.end - hi)}",
              f"cutent={'/'.join(sorted({t.ent_type_ for t in doc[hi:rule.end] if t.ent_type_}))}"]
        f += _piece("cutend", doc, hi, rule.end)
    elif hi > rule.end:
        f += _piece("addend", doc, rule.end, hi)
    if lo > rule.start:
        f += _piece("cutstart", doc, rule.start, lo)
    elif lo < rule.start:
        f += _piece("addstart", doc, lo, rule.start)
    f += [f"why={r}" for r in cand.reasons]
    side = "after" if root.i > root.head.i else "before"  # "X, who ..., said" or "said X, who ..."
    return f + [f"{start_move}/{end_move}|{x}" for x in f if not x.startswith("move=")] + \
        [f"{side}|{x}" for x in f if x.startswith(("why=", "cutend_first", "cutend_top", "cutend_len"))]


@dataclass
class SpanModel:
    content: dict[str, float]  # feature -> weight
    source: dict[str, float]
    content_margin: float  # how much a candidate must beat the rule's span by
    source_margin: float

    @staticmethod
    def _best(cands: list[Candidate], feats: list[list[str]], weights: dict[str, float], margin: float) -> int:
        if not weights:
            return 0
        scores = [sum(weights.get(x, 0.0) for x in f) for f in feats]
        best = max(range(len(cands)), key=lambda k: scores[k])
        return best if scores[best] > scores[0] + margin else 0

    def choose_content(self, doc, text, start, end, cue, source, cue_lemma, kind, blocked,
                       inside=None) -> tuple[int, int]:
        """The content span to keep, in characters (``source``: the speaker's, or None)."""
        cands = content_candidates(doc, text, start, end, cue, blocked, inside, source)
        if len(cands) == 1:
            return start, end
        feats = [content_features(doc, text, (start, end), c, cue_lemma, kind) for c in cands]
        c = cands[self._best(cands, feats, self.content, self.content_margin)]
        return c.start, c.end

    def choose_source(self, source: SpacySpan, cue_lemma: str | None) -> SpacySpan:
        cands = source_candidates(source)
        if len(cands) == 1:
            return source
        feats = [source_features(source.doc, source, c, cue_lemma) for c in cands]
        c = cands[self._best(cands, feats, self.source, self.source_margin)]
        return source.doc.char_span(c.start, c.end) or source

    def to_json(self) -> dict:
        return {"content": self.content, "source": self.source, "content_margin": self.content_margin,
                "source_margin": self.source_margin}

    @classmethod
    def from_json(cls, data: dict) -> SpanModel:
        return cls(data["content"], data["source"], data["content_margin"], data["source_margin"])


@lru_cache(maxsize=1)
def packaged_model() -> SpanModel | None:
    """The shipped model, loaded once; None when the package has none."""
    data = packaged.read(MODEL_FILE)
    return SpanModel.from_json(data) if data is not None else None
