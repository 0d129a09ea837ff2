"""Local alignment of two texts into reused passages, and the measures taken from it.

In the spirit of passim: seed matches are word n-grams the two texts share
(rare ones: an n-gram repeated within a text is no evidence of where it came
from); seeds on nearby diagonals are chained into a passage, so reordered
paragraphs align separately; each chained region is then aligned word by word
with rapidfuzz's Indel opcodes, which say exactly which words the two texts
share there. Passages carry token ranges here; the caller turns them into
character offsets.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, LCSseq

from storycheck.reuse.text import Tokens

SEED_N = 3  # words per seed n-gram
MAX_GAP = 30  # words between two seeds that may still belong to one passage
MAX_SEED_REPEATS = 3  # n-grams more frequent than this within one text are not seeds


@dataclass
class TokenPassage:
    """A reused stretch as token ranges ``[a_start, a_end)`` in text A and ``[b_start, b_end)`` in text B."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float  # Indel normalised similarity of the two stretches
    matched: int  # words of the stretch that the Indel alignment pairs up
    a_matched: list[int]  # token indices in A that are paired up
    b_matched: list[int]
    runs: list[int]  # lengths of the unbroken runs of paired words, in order


def ngrams(words: list[str], n: int):
    return zip(*(words[k:] for k in range(n)))


def _ngram_positions(words: list[str], n: int) -> dict[tuple, list[int]]:
    positions = defaultdict(list)
    for i, gram in enumerate(ngrams(words, n)):
        positions[gram].append(i)
    return positions


def seeds(a: list[str], b: list[str], n: int = SEED_N) -> list[tuple[int, int]]:
    """Positions ``(i, j)`` where A and B share an n-gram that is rare in both."""
    pos_a = _ngram_positions(a, n)
    pos_b = _ngram_positions(b, n)
    found = []
    for gram, in_a in pos_a.items():
        in_b = pos_b.get(gram)
        if in_b and len(in_a) <= MAX_SEED_REPEATS and len(in_b) <= MAX_SEED_REPEATS:
            found.extend((i, j) for i in in_a for j in in_b)
    found.sort()
    return found


def chain(found: list[tuple[int, int]], max_gap: int = MAX_GAP) -> list[list[tuple[int, int]]]:
    """Group seeds into chains that advance together in both texts (one chain ~ one passage)."""
    chains: list[list[tuple[int, int]]] = []
    open_chains: list[int] = []
    for i, j in found:
        best, best_skew = None, None
        still_open = []
        for c in open_chains:
            pi, pj = chains[c][-1]
            if i - pi > max_gap:
                continue  # closed for good: seeds come in order of i
            still_open.append(c)
            di, dj = i - pi, j - pj
            if 0 < di and 0 < dj <= max_gap:
                skew = abs(di - dj)
                if skew <= max_gap // 2 and (best_skew is None or skew < best_skew):
                    best, best_skew = c, skew
        open_chains = still_open
        if best is None:
            chains.append([(i, j)])
            open_chains.append(len(chains) - 1)
        else:
            chains[best].append((i, j))
    return chains


def align(a: Tokens, b: Tokens, n: int = SEED_N, min_seeds: int = 2) -> list[TokenPassage]:
    """The passages A and B share, each aligned word by word."""
    passages = []
    for seeds_of in chain(seeds(a.words, b.words, n)):
        if len(seeds_of) < min_seeds:
            continue
        a0, b0 = seeds_of[0]
        a1 = max(i for i, _ in seeds_of) + n
        b1 = max(j for _, j in seeds_of) + n
        b0 = min(j for _, j in seeds_of)
        sa, sb = a.words[a0:a1], b.words[b0:b1]
        a_matched, b_matched, runs = [], [], []
        for op in Indel.opcodes(sa, sb):
            if op.tag == "equal":
                a_matched.extend(range(a0 + op.src_start, a0 + op.src_end))
                b_matched.extend(range(b0 + op.dest_start, b0 + op.dest_end))
                runs.append(op.src_end - op.src_start)
        passages.append(TokenPassage(a0, a1, b0, b1, Indel.normalized_similarity(sa, sb),
                                     len(a_matched), a_matched, b_matched, runs))
    return passages


def unquoted_matched(p: TokenPassage, a: Tokens, b: Tokens | None = None) -> int:
    """Words of the passage paired up outside quotations: of A's side, or with ``b`` on both sides (one
    outlet's quotation of a statement that another runs unquoted, such as an embedded post, is still
    the speaker's words, not the other outlet's)."""
    if b is None:
        return sum(not a.quoted[i] for i in p.a_matched)
    return sum(not a.quoted[i] and not b.quoted[j] for i, j in zip(p.a_matched, p.b_matched))


def unquoted_similarity(p: TokenPassage, a: Tokens, b: Tokens) -> float:
    """How densely the passage's words outside quotations pair up (Dice over unquoted words)."""
    size = (sum(not q for q in a.quoted[p.a_start:p.a_end]) + sum(not q for q in b.quoted[p.b_start:p.b_end]))
    return 2 * unquoted_matched(p, a, b) / size if size else 0.0


@dataclass
class PairMeasures:
    """What the classifier sees about a pair, measured from the side of text X (the derived one).

    Quoted words of X are left out of every measure, so that a shared quotation
    neither raises nor lowers the evidence of copying.
    """

    containment: list[float]  # n = 1..5: share of X's unquoted n-gram types found in Y
    lcs: float  # longest common word subsequence / unquoted words of X
    coverage_x: float  # share of X's unquoted words inside aligned passages
    coverage_y: float  # the same for Y
    longest: float  # the longest passage's unquoted matched words / unquoted words of X
    similarity: float  # mean similarity of the passages, weighted by their unquoted matched words
    sentence_match: float  # length-weighted mean, over X's sentences, of the best fuzz.ratio with a Y sentence
    verbatim: float  # share of X's words in passages' unbroken runs of VERBATIM_RUN or more words
    run_length: float  # mean unbroken run length in the passages (words per edit), log-scaled
    length_ratio: float  # unquoted words of X / of Y

    def vector(self) -> list[float]:
        return [*self.containment, self.lcs, self.coverage_x, self.coverage_y, self.longest,
                self.similarity, self.sentence_match, self.verbatim, self.run_length, self.length_ratio]


FEATURE_NAMES = ["c1", "c2", "c3", "c4", "c5", "lcs", "coverage_x", "coverage_y", "longest", "similarity",
                 "sentence_match", "verbatim", "run_length", "length_ratio"]
VERBATIM_RUN = 8


def containment(x: list[str], y: list[str], n: int) -> float:
    grams_x = set(ngrams(x, n))
    return len(grams_x.intersection(ngrams(y, n))) / len(grams_x) if grams_x else 0.0


def measure(x: Tokens, y: Tokens, passages: list[TokenPassage]) -> PairMeasures:
    """Measures of how much of X comes from Y; ``passages`` align X (as A) with Y (as B)."""
    x_words = x.unquoted()
    y_words = y.unquoted()
    nx, ny = max(len(x_words), 1), max(len(y_words), 1)
    covered_x = {i for p in passages for i in p.a_matched if not x.quoted[i]}
    covered_y = {j for p in passages for j in p.b_matched if not y.quoted[j]}
    weights = [unquoted_matched(p, x) for p in passages]
    longest = max(weights, default=0)
    similarity = sum(p.similarity * w for p, w in zip(passages, weights)) / sum(weights) if any(weights) else 0.0
    runs = [r for p in passages for r in p.runs]
    sentences_x, sentences_y = x.unquoted_sentences(), y.unquoted_sentences()
    if sentences_x and sentences_y:
        best = process.cdist(sentences_x, sentences_y, scorer=fuzz.ratio).max(axis=1) / 100
        weights = [len(s) for s in sentences_x]
        sentence_match = float((best * weights).sum() / sum(weights))
    else:
        sentence_match = 0.0
    return PairMeasures(
        containment=[containment(x_words, y.words, n) for n in range(1, 6)],
        lcs=LCSseq.similarity(x_words, y.words) / nx,
        coverage_x=len(covered_x) / nx,
        coverage_y=len(covered_y) / ny,
        longest=longest / nx,
        similarity=similarity,
        sentence_match=sentence_match,
        verbatim=sum(r for r in runs if r >= VERBATIM_RUN) / nx,
        run_length=math.log1p(sum(runs) / len(runs)) if runs else 0.0,
        length_ratio=nx / ny,
    )
