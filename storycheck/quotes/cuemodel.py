"""A learned gate on cue verbs: is this verb, in this context, an attribution cue?

The rule lexicon (``cues.txt``) decides by lemma alone, so a lemma that is a
cue in a minority of its uses ("make", "vote", "call") is either always in or
always out. This gate scores every verb whose lemma heads a gold cue somewhere
in PolNeAR train (or is in the lexicon) with a logistic regression over
features of the spaCy parse -- lemma, tag, dependency, head, complements,
subject, negation, quotation marks nearby, position -- each also crossed with
the lemma. Lexicon verbs are kept above one threshold, other candidates added
above another. Weights are plain JSON (``cue_model.json``) written by
``python -m storycheck.quotes.train_cues PATH``; scoring is a sum of weights,
so extraction stays a pure, cheap function of the parse.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from storycheck.quotes import packaged

MODEL_FILE = "cue_model.json"
SUBJECTS = ("nsubj", "nsubjpass", "csubj")  # dependency relations of a subject
_COMPLEMENTS = ("ccomp", "xcomp", "dobj", "prep", "agent", "auxpass", "neg", "dative", "advcl", "conj", "prt")


def _subject_type(verb: Token) -> str:
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return "pron:" + subject.lower_
    return subject.pos_ + ":" + (subject.ent_type_ or "-")


def features(verb: Token, rules_takes: str | None, overlapping: Callable[[int, int], list]) -> list[str]:
    """The active (binary) features of a candidate verb; ``overlapping(start, end)`` lists the
    quotations overlapping a character range."""
    lemma = verb.lemma_.lower()
    sent = verb.sent
    deps = {c.dep_ for c in verb.children}
    base = [
        f"tag={verb.tag_}", f"dep={verb.dep_}", f"head={verb.head.pos_}", f"headdep={verb.head.dep_}",
        f"subj={_subject_type(verb)}", f"lex={rules_takes}",
        f"ccomp_that={any(c.dep_ == 'ccomp' and any(g.dep_ == 'mark' for g in c.children) for c in verb.children)}",
        f"xcomp_to={any(c.dep_ == 'xcomp' and any(g.lower_ == 'to' for g in c.children) for c in verb.children)}",
        f"quote_in_sent={bool(overlapping(sent.start_char, sent.end_char))}",
        f"quote_before={bool(overlapping(max(verb.idx - 4, 0), verb.idx))}",
        f"colon={sent.text.rstrip().endswith(':')}",
        f"first_sent={sent.start == 0}",
        f"pos={min((verb.i - sent.start) * 4 // max(len(sent), 1), 3)}",
    ]
    base += [f"has={d}" for d in _COMPLEMENTS if d in deps]
    base += [f"prep={c.lower_}" for c in verb.rights if c.dep_ == "prep"][:2]
    crossed = ["lemma=" + lemma] + [f"{lemma}|{f}" for f in base]
    return base + crossed


@dataclass
class CueModel:
    weights: dict[str, float]
    bias: float
    candidates: dict[str, str]  # lemma -> what it takes as content, for lemmas outside the rule lexicon
    keep: float  # probability above which a lexicon verb stays a cue
    add: float  # probability above which another candidate becomes one

    def probability(self, verb: Token, rules_takes: str | None, overlapping) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(verb, rules_takes, overlapping))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def takes(self, verb: Token, rules_takes: str | None, overlapping) -> str | None:
        """What the verb takes as content if it is a cue here, else None."""
        takes = rules_takes or self.candidates.get(verb.lemma_.lower())
        if takes is None:
            return None
        threshold = self.keep if rules_takes else self.add
        return takes if self.probability(verb, rules_takes, overlapping) >= threshold else None

    def to_json(self) -> dict:
        return {"bias": self.bias, "keep": self.keep, "add": self.add, "candidates": self.candidates,
                "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict) -> CueModel:
        return cls(data["weights"], data["bias"], data["candidates"], data["keep"], data["add"])


@lru_cache(maxsize=1)
def packaged_model() -> CueModel | None:
    """The shipped model, loaded once; None when the package has none."""
    data = packaged.read(MODEL_FILE)
    return CueModel.from_json(data) if data is not None else None
