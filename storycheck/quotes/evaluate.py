"""``storycheck eval quotes``: scores the extractor on PolNeAR.

What is compared, per text (one annotation per text, see
:mod:`storycheck.quotes.polnear`):

* **source**, **cue**, **content** spans, each as a set of fragments. A
  predicted direct quote's fragments are its quotations (``"A," he said on
  Monday. "B."`` gives two, as PolNeAR annotates it), less any it marks as a
  title (``Quote.titles``: a show the cue's sentence names); other contents are
  their span minus the cue and speaker inside it.
  Every fragment, gold and predicted alike, is stripped of white space (the
  no-break space too) and of the separators ``, ; : — –`` at its edges, and
  fragments with only white space between them are joined (PolNeAR stores a
  content running over two sentences as two fragments); nothing else is
  normalised.
* **exact**: a span counts when the same fragments exist on the other side.
* **overlap**: a span counts when it shares at least one word character with
  a span of the same role on the other side (precision over predicted spans,
  recall over gold spans).
* **quoted_content**: the same, restricted to contents with quotation marks:
  on both sides, contents whose fragments hold a double quotation mark (until
  2026-11-27 predictions counted by their kind, direct or mixed, so a headline
  quoted in single marks could never match: the two sides now use one test,
  the one the human agreement always used).
* **agreement** (when the split has texts that several annotators annotated):
  every other annotation of such a text scored against its first, by the
  same measures -- how far trained humans agree, the ceiling to read our
  figures against.
* **link_accuracy**: of the predicted contents that overlap a gold content,
  the share whose speaker overlaps that attribution's gold source (or both
  have none); ``quoted_link_accuracy`` restricts it to quoted gold contents.

Published anchors (PolNeAR test split, exact F1) are printed beside ours.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field

from storycheck.model import Quote
from storycheck.quotes.extract import extract_quotes
from storycheck.quotes.marks import DOUBLE, Quoted, find_quoted
from storycheck.quotes.polnear import GoldAttribution, GoldSpan, GoldText, parsed_split, read_split

Fragments = tuple[tuple[int, int], ...]
ROLES = ("source", "cue", "content", "quoted_content")
_QUOTE_MARK = re.compile("[" + re.escape(DOUBLE) + "]|''|``")
_EDGE = " \t\n\r,;:\u2014\u2013"
ANCHORS = {
    "CofeNet (BERT, GPU), PolNeAR test, exact F1": {"source": 83.2, "cue": 75.3, "content": 72.9},
    "Stanford CoreNLP quote annotator, PolNeAR test, exact F1": {"source": 13.9, "content": 17.5},
    "BBC Citron on PARC 3.0": {"content exact F1": 59.3, "all spans overlap F1": 83.2},
}


def _normalise(text: str, fragments) -> Fragments:
    out = []
    for start, end in fragments:
        while start < end and (text[start] in _EDGE or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in _EDGE or text[end - 1].isspace()):
            end -= 1
        if not any(ch.isalnum() for ch in text[start:end]):
            continue
        if out and not text[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], end)  # one stretch of text, stored as two fragments
        else:
            out.append((start, end))
    return tuple(out)


def _content_fragments(q: Quote, text: str, quoted: list[Quoted]) -> list[tuple[int, int]]:
    """A direct quote's quotations; else the content span minus the speaker and cue inside it."""
    if q.kind == "direct":
        pieces = [(p.start, p.end) for p in quoted if q.start <= p.start and p.end <= q.end
                  and (p.start, p.end) not in q.titles]
        if pieces:
            return pieces
    holes = sorted(s for s in ((q.cue.start, q.cue.end) if q.cue else None,
                               (q.speaker.start, q.speaker.end) if q.speaker else None) if s)
    pieces, at = [], q.start
    for s, e in holes:
        if q.start <= s < q.end:
            end = s
            while end > at and text[end - 1] in " ,.;:":
                end -= 1
            pieces.append((at, end))
            at = max(at, e)
            while at < q.end and text[at] in " ,.;:":
                at += 1
    pieces.append((at, q.end))
    return [p for p in pieces if p[0] < p[1]]


def _overlaps(a: Fragments, b: Fragments, text: str) -> bool:
    for s1, e1 in a:
        for s2, e2 in b:
            lo, hi = max(s1, s2), min(e1, e2)
            if lo < hi and any(ch.isalnum() for ch in text[lo:hi]):
                return True
    return False


@dataclass
class _Counts:
    predicted: int = 0
    gold: int = 0
    exact_p: int = 0  # predicted spans with an exact gold match
    exact_r: int = 0
    overlap_p: int = 0
    overlap_r: int = 0

    def add(self, predicted: list[Fragments], gold: list[Fragments], text: str) -> None:
        predicted, gold = list(dict.fromkeys(predicted)), list(dict.fromkeys(gold))
        gold_set, predicted_set = set(gold), set(predicted)
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.exact_p += sum(p in gold_set for p in predicted)
        self.exact_r += sum(g in predicted_set for g in gold)
        self.overlap_p += sum(any(_overlaps(p, g, text) for g in gold) for p in predicted)
        self.overlap_r += sum(any(_overlaps(g, p, text) for p in predicted) for g in gold)

    def scores(self) -> dict:
        def prf(hit_p: int, hit_r: int) -> dict:
            p = hit_p / self.predicted if self.predicted else 0.0
            r = hit_r / self.gold if self.gold else 0.0
            return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

        return {"exact": prf(self.exact_p, self.exact_r), "overlap": prf(self.overlap_p, self.overlap_r)}


@dataclass
class Score:
    counts: dict[str, _Counts] = field(default_factory=lambda: {r: _Counts() for r in ROLES})
    linked: list[int] = field(default_factory=lambda: [0, 0])  # right source, matched contents
    quoted_linked: list[int] = field(default_factory=lambda: [0, 0])
    texts: int = 0

    def add(self, gold: GoldText, quotes: list[Quote]) -> None:
        text = gold.text
        quoted = find_quoted(text)
        pred_rows = [(_normalise(text, [(q.speaker.start, q.speaker.end)]) if q.speaker else (),
                      _normalise(text, [(q.cue.start, q.cue.end)]) if q.cue else (),
                      _normalise(text, _content_fragments(q, text, quoted))) for q in quotes]
        # a content counts as quoted by the same test on both sides (and for the human agreement): it holds a
        # double quotation mark, whatever kind the extractor gave it
        self.add_rows(text, _rows(text, gold.attributions), [(*r, _is_quoted(text, r[2])) for r in pred_rows])

    def add_rows(self, text: str, gold_rows: list[tuple], pred_rows: list[tuple]) -> None:
        """Scores (source, cue, content) fragments against gold ones; a predicted row's fourth item
        says whether its content counts as quoted."""
        is_quoted = [_is_quoted(text, c) for _, _, c in gold_rows]
        for i, role in enumerate(("source", "cue", "content")):
            self.counts[role].add([r[i] for r in pred_rows if r[i]], [r[i] for r in gold_rows if r[i]], text)
        self.counts["quoted_content"].add([r[2] for r in pred_rows if r[2] and r[3]],
                                          [g[2] for g, q in zip(gold_rows, is_quoted) if g[2] and q], text)
        for source, _, content, _ in pred_rows:
            match = next((k for k, g in enumerate(gold_rows) if g[2] and _overlaps(content, g[2], text)), None)
            if match is None:
                continue
            gold_source = gold_rows[match][0]
            right = (not source and not gold_source) or bool(source and gold_source
                                                             and _overlaps(source, gold_source, text))
            self.linked[0] += right
            self.linked[1] += 1
            if is_quoted[match]:
                self.quoted_linked[0] += right
                self.quoted_linked[1] += 1

    def result(self) -> dict:
        out = {role: self.counts[role].scores() for role in ROLES}
        out["link_accuracy"] = self.linked[0] / self.linked[1] if self.linked[1] else 0.0
        out["quoted_link_accuracy"] = self.quoted_linked[0] / self.quoted_linked[1] if self.quoted_linked[1] else 0.0
        out["texts"] = self.texts
        out["gold_attributions"] = self.counts["content"].gold
        return out


def _is_quoted(text: str, fragments: Fragments) -> bool:
    return bool(_QUOTE_MARK.search(" ".join(text[s:e] for s, e in fragments)))


def _rows(text: str, attributions: list[GoldAttribution]) -> list[tuple]:
    def norm(span: GoldSpan | None) -> Fragments:
        return _normalise(text, span.fragments) if span else ()

    return [(norm(a.source), norm(a.cue), norm(a.content)) for a in attributions]


def agreement(texts: list[GoldText]) -> dict:
    """The same scores for every other annotator of a text against its first (our gold), on the texts
    several annotators annotated: how far trained humans agree under this metric, the ceiling beside
    which our figures should be read."""
    result = Score()
    for t in (t for t in texts if t.others):
        gold = _rows(t.text, t.attributions)
        for other in t.others:
            result.add_rows(t.text, gold, [(*r, _is_quoted(t.text, r[2])) for r in _rows(t.text, other)])
        result.texts += 1
    return result.result()


def score(texts: list[GoldText], parsed) -> dict:
    """Scores the extractor's output on parsed PolNeAR texts."""
    result = Score()
    for gold, article in zip(texts, parsed):
        result.add(gold, extract_quotes(article))
        result.texts += 1
    return result.result()


def run(args) -> int:
    texts = read_split(args.path, args.split)
    result = score(texts, parsed_split(texts, n_process=args.processes))
    multi = [t for t in texts if t.others]
    if multi:
        result["agreement"] = agreement(multi)
    if args.format == "json":
        print(json.dumps(result, indent=None))
        return 0
    print(f"PolNeAR {args.split}: {result['texts']} texts, {result['gold_attributions']} gold attributions "
          "(one annotation per text: the first annotator's by id)")
    print(f"{'':16}{'exact P':>9}{'R':>7}{'F1':>7}   {'overlap P':>9}{'R':>7}{'F1':>7}")
    for role in ROLES:
        e, o = result[role]["exact"], result[role]["overlap"]
        print(f"{role:16}{e['p'] * 100:9.1f}{e['r'] * 100:7.1f}{e['f1'] * 100:7.1f}   "
              f"{o['p'] * 100:9.1f}{o['r'] * 100:7.1f}{o['f1'] * 100:7.1f}")
    print(f"link accuracy (content -> right source): {result['link_accuracy'] * 100:.1f}; "
          f"quoted contents only: {result['quoted_link_accuracy'] * 100:.1f}")
    if multi:
        a = result["agreement"]
        print(f"Human agreement on this split's {len(multi)} texts with several annotators "
              f"({sum(len(t.others) for t in multi)} other annotations scored against the first), exact / overlap F1:")
        print("  " + ", ".join(f"{role} {a[role]['exact']['f1'] * 100:.1f} / {a[role]['overlap']['f1'] * 100:.1f}"
                               for role in ROLES) + f"; link accuracy {a['link_accuracy'] * 100:.1f}")
    print("Published anchors:")
    for name, figures in ANCHORS.items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


def register_eval(subparsers) -> None:
    p = subparsers.add_parser("quotes", help="score quotation extraction on PolNeAR (brat standoff)",
                              formatter_class=argparse.RawDescriptionHelpFormatter, description=__doc__)
    p.add_argument("path", help="the PolNeAR data folder (holding <split>/text and <split>/attributions)")
    p.add_argument("--split", default="dev")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--processes", type=int, default=1, help="parser processes on a cold cache")
    p.set_defaults(func=run)
