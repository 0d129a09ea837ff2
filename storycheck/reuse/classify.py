"""One candidate pair in, one reuse link (or none) out: align, measure, classify, orient.

The kind comes from a classifier (by default the shipped one, see
:mod:`storycheck.reuse.model`) that knows whole-text reuse levels: cut, light,
heavy, non. Around it, interpretable rules say what counts as evidence in news:

* no link without *evidence*: a passage that pairs up at least
  ``MIN_PASSAGE_WORDS`` words outside quotations (on both sides), with a
  density (Dice over unquoted words) of at least ``MIN_SIMILARITY``: shared
  quotations and embedded social-media posts, names and stock phrases ("the
  emergency service said on Tuesday") alone never link two reports;
* the classifier's cut/light/heavy stands when the passages cover at least
  ``PARTIAL_MAX_SHARE`` of the derived text;
* otherwise the pair is ``partial`` reuse (one passage taken into an otherwise
  own article, which short answers do not have) if a passage of at least
  ``PARTIAL_MIN_WORDS`` unquoted words is shared with density at least
  ``PARTIAL_MIN_SIMILARITY`` and made mostly of uncommon text (site
  boilerplate, seen in many indexed articles, is no passage one outlet took
  from another); else it is independent.
"""

from __future__ import annotations

from datetime import timedelta

from storycheck.model import Article, Passage, ReuseLink
from storycheck.outlets import publisher
from storycheck.reuse.align import TokenPassage, align, measure, unquoted_matched, unquoted_similarity
from storycheck.reuse.model import Forest, shipped
from storycheck.reuse.text import Tokens

MIN_PASSAGE_WORDS = 12
MIN_SIMILARITY = 0.5
PARTIAL_MAX_SHARE = 0.4
PARTIAL_MIN_WORDS = 20
PARTIAL_MIN_SIMILARITY = 0.6
KIND_OF_CATEGORY = {"cut": "verbatim", "light": "light", "heavy": "heavy", "non": "independent"}


def swapped(p: TokenPassage) -> TokenPassage:
    return TokenPassage(p.b_start, p.b_end, p.a_start, p.a_end, p.similarity, p.matched, p.b_matched,
                        p.a_matched, p.runs)


def share(tokens: Tokens, indices: set[int]) -> float:
    return len(indices) / len(tokens) if len(tokens) else 0.0


def unquoted_coverage(tokens: Tokens, passages: list[TokenPassage], side: str) -> float:
    """Share of the unquoted words of one side (``"a"`` or ``"b"``) paired up in ``passages``."""
    covered = {i for p in passages for i in (p.a_matched if side == "a" else p.b_matched) if not tokens.quoted[i]}
    return len(covered) / max(len(tokens) - sum(tokens.quoted), 1)


# news agencies, whose copy papers run (by web domain or as the outlet is named)
WIRE_AGENCIES = ("reuters.com", "apnews.com", "ap.org", "afp.com", "upi.com", "pa.media", "dpa.com", "efe.com",
                 "aa.com.tr", "xinhuanet.com", "tass.com", "ansa.it")
WIRE_NAMES = ("reuters", "thomson reuters", "reuters uk", "associated press", "the associated press", "ap",
              "ap news", "afp", "agence france-presse", "agence france presse", "press association", "pa media",
              "upi", "dpa", "xinhua", "kyodo", "aap", "the canadian press")
WIRE_LEAD = timedelta(days=1)  # how much later a wire's article may be dated and still be what a paper ran


def is_wire(article: Article) -> bool:
    """Whether the article is a news agency's own (by its outlet name, or the publisher of its outlet or URL)."""
    name = article.outlet.strip().lower().rstrip(".")
    addresses = [name if "." in name else "", article.url or ""]
    return name in WIRE_NAMES or any(publisher(a) in WIRE_AGENCIES for a in addresses if a)


def earlier_first(a: Article, b: Article) -> tuple[Article, Article, bool]:
    """``(source, target, known)``: a news agency's article is the source of a paper's that shares its text
    (papers run wire copy, and a crawl's dates may be hours off: "reuters.com reuses dailymail.co.uk") unless
    the wire's is dated more than a day later (it rewrote the paper's exclusive); else the strictly
    earlier-published article is."""
    if is_wire(a) != is_wire(b):
        wire, paper = (a, b) if is_wire(a) else (b, a)
        if wire.published is None or paper.published is None or wire.published - paper.published <= WIRE_LEAD:
            return wire, paper, True
    if a.published is not None and b.published is not None and a.published != b.published:
        return (a, b, True) if a.published < b.published else (b, a, True)
    return a, b, False


def compare(a: Article, a_tokens: Tokens, b: Article, b_tokens: Tokens, b_common: list[bool] | None = None,
            classifier: Forest | None = None) -> ReuseLink | None:
    """The reuse link between two articles, or ``None`` when they are independent.

    ``b_common`` marks B's words that are common text in the corpus (see
    :meth:`ReuseIndex.common_words`). With unknown direction ``a`` (the
    article indexed first) is named the source.
    """
    passages = align(a_tokens, b_tokens)
    evidence = [p for p in passages if unquoted_matched(p, a_tokens, b_tokens) >= MIN_PASSAGE_WORDS
                and unquoted_similarity(p, a_tokens, b_tokens) >= MIN_SIMILARITY]
    if not evidence:
        return None
    passage_taken = any(unquoted_matched(p, a_tokens, b_tokens) >= PARTIAL_MIN_WORDS
                        and unquoted_similarity(p, a_tokens, b_tokens) >= PARTIAL_MIN_SIMILARITY
                        and (b_common is None or 2 * sum(b_common[j] for j in p.b_matched) < p.matched)
                        for p in evidence)
    source, target, known = earlier_first(a, b)
    if source is not a:
        a, b, a_tokens, b_tokens = b, a, b_tokens, a_tokens
        passages = [swapped(p) for p in passages]
    # measure from the derived text's side: the target when known, else the more covered text
    if known or unquoted_coverage(b_tokens, passages, "b") >= unquoted_coverage(a_tokens, passages, "a"):
        measures = measure(b_tokens, a_tokens, [swapped(p) for p in passages])
    else:
        measures = measure(a_tokens, b_tokens, passages)
    kind = KIND_OF_CATEGORY[(classifier or shipped()).predict(measures.vector())]
    if kind == "independent" or measures.coverage_x < PARTIAL_MAX_SHARE:
        if not passage_taken:
            return None
        kind = "partial"
    kept = [p for p in passages if p.matched >= MIN_PASSAGE_WORDS]
    return ReuseLink(
        source_id=source.id,
        target_id=target.id,
        kind=kind,
        source_share=round(share(a_tokens, {i for p in kept for i in p.a_matched}), 4),
        target_share=round(share(b_tokens, {j for p in kept for j in p.b_matched}), 4),
        direction="known" if known else "unknown",
        passages=[Passage(a_tokens.starts[p.a_start], a_tokens.ends[p.a_end - 1],
                          b_tokens.starts[p.b_start], b_tokens.ends[p.b_end - 1], round(p.similarity, 4))
                  for p in sorted(kept, key=lambda p: p.b_start)],
    )
