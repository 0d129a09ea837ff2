"""Learns the cue lexicon (``cues.txt``) from PolNeAR's train split.

For every lemma that heads a gold cue, it counts how often the lemma is a cue
when it occurs as a verb, and how the gold content hangs from it (a clausal
complement, an infinitive or an object). A lemma enters the lexicon when it
is a cue often enough and reliably enough; hand-written entries for common
news cue verbs ("warn", "vow", "insist") that the corpus rarely shows are
kept. A second pass runs the extractor with that lexicon over train and drops
the learned lemmas whose attributions rarely match the gold cue and content
("deliver", "cast", "pass": verbs that are cues in a few senses only), since
each of their predictions costs more precision than it brings recall. Only the
train split is read: dev is for reporting.

    python -m storycheck.quotes.lexicon ../shared/data/polnear > storycheck/quotes/cues.txt
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from storycheck.quotes.evaluate import _content_fragments, _normalise
from storycheck.quotes.extract import extract_quotes
from storycheck.quotes.marks import find_quoted
from storycheck.quotes.polnear import GoldText, parsed_split, read_split

MIN_CUES = 4  # times a lemma heads a gold cue
MIN_RATE = 0.2  # share of the lemma's verb occurrences that are cues
MIN_PREDICTED = 8  # a lemma is judged on its extracted attributions only when it has this many
MIN_MATCH = 0.2  # mean share of them whose cue, and whose content, exactly match a gold one
# "according to" has its own rule
HAND = {"say": "clause", "tell": "clause", "add": "clause", "warn": "clause", "claim": "clause",
        "insist": "clause", "vow": "to", "confirm": "clause", "state": "clause", "allege": "clause",
        "assert": "clause", "reiterate": "clause", "tweet": "clause", "testify": "clause", "concede": "clause",
        "admit": "clause", "deny": "clause", "pledge": "to", "promise": "to", "threaten": "to"}
_TAKES = {"ccomp": "clause", "xcomp": "to", "dobj": "object"}


def learn(root: str) -> dict[str, str]:
    texts = read_split(root, "train")
    parsed = parsed_split(texts)
    return prune(candidates(texts, parsed), texts, parsed)


def prune(lexicon: dict[str, str], texts: list[GoldText], parsed) -> dict[str, str]:
    """The lexicon without the learned lemmas whose extracted cues and contents rarely match gold."""
    predicted: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for gold, article in zip(texts, parsed):
        text = gold.text
        quoted = find_quoted(text)
        cues = {_normalise(text, a.cue.fragments) for a in gold.attributions if a.cue}
        contents = {_normalise(text, a.content.fragments) for a in gold.attributions if a.content}
        for q in extract_quotes(article, lexicon):
            if q.cue is None or q.cue_lemma not in lexicon:
                continue
            predicted[q.cue_lemma] += 2
            matched[q.cue_lemma] += (_normalise(text, [(q.cue.start, q.cue.end)]) in cues) + \
                (_normalise(text, _content_fragments(q, text, quoted)) in contents)
    return {lemma: takes for lemma, takes in lexicon.items()
            if lemma in HAND or predicted[lemma] < 2 * MIN_PREDICTED
            or matched[lemma] / predicted[lemma] >= MIN_MATCH}


def candidates(texts: list[GoldText], parsed, min_cues: int = MIN_CUES, min_rate: float = MIN_RATE) -> dict[str, str]:
    """Lemmas that head gold cues often and reliably enough, with what their content hangs from
    (:mod:`storycheck.quotes.train_cues` asks for every lemma heading a few cues, at any rate)."""
    cues: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    takes: dict[str, Counter[str]] = defaultdict(Counter)
    for gold, article in zip(texts, parsed):
        doc = article.doc
        quoted = find_quoted(gold.text)
        for token in doc:
            if token.pos_ == "VERB" and not any(q.start <= token.idx < q.end for q in quoted):
                verbs[token.lemma_.lower()] += 1  # occurrences outside quotations, where cues are sought
        for a in gold.attributions:
            if not a.cue:
                continue
            span = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
            heads = [t for t in span or () if t.pos_ == "VERB"] if span is not None else []
            if not heads:
                continue
            verb = heads[-1]
            lemma = verb.lemma_.lower()
            cues[lemma] += 1
            if a.content:
                for child in verb.children:
                    if a.content.start <= child.idx < a.content.end and child.dep_ in _TAKES:
                        takes[lemma][_TAKES[child.dep_]] += 1
                        break
    lexicon = dict(HAND)
    for lemma, n in cues.items():
        if n >= min_cues and n / max(verbs[lemma], 1) >= min_rate and lemma.isalpha() and lemma != "accord":
            lexicon.setdefault(lemma, takes[lemma].most_common(1)[0][0] if takes[lemma] else "clause")
    return lexicon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", help="the PolNeAR data folder")
    args = parser.parse_args()
    print("# Cue lemmas and what they take as content: clause (a that-clause or a quotation),")
    print("# to (an infinitive: 'vowed to fight'), object ('announced his resignation').")
    print("# Written by `python -m storycheck.quotes.lexicon PATH` from PolNeAR train; do not edit by hand.")
    for lemma, takes in sorted(learn(args.path).items()):
        print(f"{lemma} {takes}")


if __name__ == "__main__":
    main()
