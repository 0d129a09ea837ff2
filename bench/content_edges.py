"""Where predicted contents miss their gold edges, on PolNeAR **train** only.

    python bench/content_edges.py PATH [N] [FILTER]

For every gold content that overlaps a predicted content without matching it exactly (fragments normalised
as :mod:`storycheck.quotes.evaluate` does), prints one class per mismatch and counts them, commonest first:

* ``I``/``Q``: indirect or quoted gold content; then the predicted kind (``dir``, ``mix``, ``ind``);
* which edge differs: ``S+`` the prediction starts earlier (takes more at the start), ``S-`` later, ``E+`` it
  ends later, ``E-`` earlier; ``frags-only`` same extent, other holes (the cue or speaker inside);
  ``multi-pred`` when several predictions overlap the gold span;
* what lies in the difference: a leading ``that``, an ``according to`` phrase, an ``and``/``but`` clause, a
  subordinate clause (``because/as``), a relative clause, a prepositional phrase, a ``paren``, a ``time``
  phrase, ``sentence(s)`` or a ``paragraph``, punctuation or a quotation mark (``punct``); else the dependency
  and part of speech of the piece's top word; ``Q~`` marks a piece that opens or closes with a quotation mark;
* whether the gold span is among the span model's candidates (``gold-in-cands``) and whether the predicted
  cue is the gold cue (summary lines).

``FILTER`` keeps the classes whose name holds it; two examples of each are printed.
"""

from __future__ import annotations

import collections
import re
import sys

from storycheck.quotes import evaluate as ev
from storycheck.quotes import spanmodel
from storycheck.quotes.extract import extract_quotes
from storycheck.quotes.marks import find_quoted
from storycheck.quotes.polnear import parsed_split, read_split

_WORDS = [("that", r"^that\b"), ("according", r"according to"), ("and-clause", r"^(and|but|or)\b"),
          ("because/as", r"^(because|as|since|while|although|though|if|when|after|before|until)\b"),
          ("relcl", r"^(who|which|where|whose)\b"),
          ("prep", r"^(in|on|at|for|to|of|with|by|from|about|during|over|into|under|against|amid|through|among"
                   r"|without|despite)\b")]


def piece_kind(doc, text: str, s: int, e: int) -> str:
    p = text[s:e].strip()
    core = p.strip(" ,;:\u2014\u2013-")
    if not core:
        return "punct/space:" + repr(p[:3])
    if not any(ch.isalnum() for ch in core):
        return "punct:" + repr(core[:4])
    if "\n" in text[s:e].strip():
        return "paragraph"
    low = core.lower().lstrip('"\u201c\u201d\u2018\u2019\'( ')
    tag = "Q~" if core[0] in '"\u201c\u201d' or core[-1] in '"\u201c\u201d' else ""
    if core.startswith("("):
        return tag + "paren"
    for name, rx in _WORDS:
        if re.search(rx, low):
            return tag + name
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is not None and len(span):
        if len({t.sent.start for t in span if not t.is_space}) > 1:
            return tag + "sentence(s)"
        words = [t for t in span if not t.is_punct and not t.is_space]
        if words:
            top = min(words, key=lambda t: sum(1 for _ in t.ancestors))
            if any(t.ent_type_ in ("DATE", "TIME") for t in words) and len(words) <= 5:
                return tag + "time"
            return tag + f"dep:{top.dep_}/{words[0].pos_}"
    return tag + "other"


def main() -> None:
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    wanted = sys.argv[3] if len(sys.argv) > 3 else None
    candidates = {}
    choose = spanmodel.SpanModel.choose_content

    def recording(self, doc, text, start, end, cue, source, cue_lemma, kind, blocked, inside=None):
        chosen = choose(self, doc, text, start, end, cue, source, cue_lemma, kind, blocked, inside)
        cands = spanmodel.content_candidates(doc, text, start, end, cue, blocked, inside, source)
        candidates[(id(doc), chosen)] = [(c.start, c.end) for c in cands]
        return chosen

    spanmodel.SpanModel.choose_content = recording
    texts = read_split(path, "train")
    classes, summary, examples = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for gold, parsed in zip(texts, parsed_split(texts)):
        text, doc = gold.text, parsed.doc
        quoted = find_quoted(text)
        preds = [(ev._normalise(text, ev._content_fragments(q, text, quoted)), q) for q in extract_quotes(parsed)]
        preds = [(p, q) for p, q in preds if p]
        predicted = {p for p, _ in preds}
        for row in ev._rows(text, gold.attributions):
            g = row[2]
            if not g or g in predicted:
                continue
            over = [(p, q) for p, q in preds if ev._overlaps(g, p, text)]
            if not over:
                continue
            p, q = over[0]
            kind = "Q" if ev._is_quoted(text, g) else "I"
            gs, ge, ps, pe = g[0][0], g[-1][1], p[0][0], p[-1][1]
            parts = ["multi-pred"] if len(over) > 1 else []
            if (gs, ge) == (ps, pe):
                parts.append("frags-only" + (" & cue-inside" if q.cue and gs <= q.cue.start < ge else ""))
            else:
                if ps != gs:
                    parts.append(("S+ " if ps < gs else "S- ") + piece_kind(doc, text, min(ps, gs), max(ps, gs)))
                if pe != ge:
                    parts.append(("E+ " if pe > ge else "E- ") + piece_kind(doc, text, min(pe, ge), max(pe, ge)))
            cands = candidates.get((id(doc), (q.start, q.end)))
            summary[(kind, "no candidates" if cands is None else "gold-in-cands" if g in {
                ev._normalise(text, [c]) for c in cands} else "gold-not-in-cands")] += 1
            pcue = ev._normalise(text, [(q.cue.start, q.cue.end)]) if q.cue else None
            summary[(kind, "no cue" if not row[1] or not pcue else "cue same" if pcue == row[1]
                     else "cue overlaps" if ev._overlaps(pcue, row[1], text) else "cue differs")] += 1
            name = f"{kind} {q.kind[:3]} | " + " & ".join(parts)
            if wanted and wanted not in name:
                continue
            classes[name] += 1
            if len(examples[name]) < 2:
                examples[name].append((text[gs:ge][:120], text[ps:pe][:120]))
    print("mismatches:", sum(classes.values()))
    for key, count in sorted(summary.items()):
        print(f"  {key}: {count}")
    for name, count in classes.most_common(n):
        print(f"{count:5d} {name}")
        for g, p in examples[name]:
            print(f"        gold: {g!r}\n        pred: {p!r}")


if __name__ == "__main__":
    main()
