"""An incremental index that finds, for each new article, the articles it shares text with.

Candidates come from an inverted index of word shingles (``SHINGLE_N`` words),
as in passim; only pairs that share several shingles are aligned, so the
corpus is never compared all pairs against all. Three things keep the cost of
adding one article roughly constant as the corpus grows:

* content-defined sampling: only shingles whose hash is ``0 mod SAMPLE`` are
  indexed (the same shingle is sampled in every text, so shared passages share
  sampled shingles);
* a cap on posting lists: a shingle seen in more than ``MAX_POSTINGS``
  articles is boilerplate or a stock phrase ("said in a statement that") and
  stops proposing candidates;
* a candidate must share ``MIN_SHARED`` sampled shingles within ``WINDOW``
  words (a passage, not scattered chance matches), one of them rare unless
  it shares many; at most ``MAX_CANDIDATES`` candidates, the ones sharing
  most shingles.

Shingles made of quoted words are neither indexed nor looked up: a quotation
two outlets share is the speaker's text, not evidence that one copied the other.
"""

from __future__ import annotations

import time
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass

from storycheck.model import Article, ReuseLink
from storycheck.reuse.classify import compare
from storycheck.reuse.text import Tokens, embedded_posts, tokenize
from storycheck.reuse.text import quote_spans as find_quote_spans  # the name quote_spans is add()'s argument

SHINGLE_N = 3
SAMPLE = 3
MAX_POSTINGS = 100
MIN_SHARED = 3
WINDOW = 40
MAX_CANDIDATES = 30
COMMON_IN = 5  # a shingle in this many articles is common text: stock phrase, boilerplate, much-copied story
MANY_SHARED = 10


def shingle_keys(tokens: Tokens, n: int = SHINGLE_N, sample: int = SAMPLE) -> dict[int, int]:
    """Hashes of the sampled n-word shingles that start and end outside quotations, with a start position."""
    words, quoted = tokens.words, tokens.quoted
    keys = {}
    for i in range(len(words) - n + 1):
        if quoted[i] or quoted[i + n - 1]:
            continue
        key = zlib.crc32(" ".join(words[i:i + n]).encode())
        if key % sample == 0:
            keys.setdefault(key, i)
    return keys


@dataclass
class IndexStats:
    articles: int = 0
    postings: int = 0
    candidate_pairs: int = 0  # pairs aligned and classified
    compare_seconds: float = 0.0  # CPU time spent aligning and classifying them
    links: int = 0


class ReuseIndex:
    """Add articles one at a time; each :meth:`add` returns the reuse links to articles already added."""

    def __init__(self, *, max_postings: int = MAX_POSTINGS, max_candidates: int = MAX_CANDIDATES,
                 min_shared: int = MIN_SHARED):
        self.max_postings = max_postings
        self.max_candidates = max_candidates
        self.min_shared = min_shared
        self._articles: list[Article] = []
        self._quote_spans: list[tuple[tuple[int, int], ...]] = []
        # shingle -> the ordinal of the one article holding it, or an array of them, or None when retired
        self._postings: dict[int, int | array | None] = {}
        self.stats = IndexStats()

    def __len__(self) -> int:
        return len(self._articles)

    def frequency(self, key: int) -> int:
        """In how many indexed articles the shingle occurs (``max_postings`` and more: retired)."""
        postings = self._postings.get(key, -1)
        if postings is None:
            return self.max_postings
        return 0 if postings == -1 else 1 if isinstance(postings, int) else len(postings)

    def common_words(self, tokens: Tokens, keys: dict[int, int]) -> list[bool]:
        """Per token: whether it lies in a sampled shingle found in ``COMMON_IN`` or more indexed articles.

        Site boilerplate ("Please verify you're not a robot ...") is such text; it
        must not pass for a passage one outlet took from another.
        """
        common = [False] * len(tokens)
        for key, i in keys.items():
            if self.frequency(key) >= COMMON_IN:
                common[i:i + SHINGLE_N] = [True] * SHINGLE_N
        return common

    def candidates(self, keys: dict[int, int]) -> list[int]:
        """Indexed articles that share a passage's worth of shingles with the new text, most shared first.

        A candidate shares ``min_shared`` sampled shingles within ``WINDOW``
        words (a passage; scattered matches are chance), and either one of them
        is rare (in fewer than ``COMMON_IN`` articles) or it shares
        ``MANY_SHARED`` shingles in all: a few common phrases close together are
        chance too, the hundred shingles of a much-copied wire story are not.
        """
        hits: dict[int, list[int]] = defaultdict(list)
        rare: set[int] = set()
        for key, position in keys.items():
            postings = self._postings.get(key)
            if isinstance(postings, int):
                hits[postings].append(position)
                rare.add(postings)
            elif postings:
                for ordinal in postings:
                    hits[ordinal].append(position)
                if len(postings) < COMMON_IN:
                    rare.update(postings)
        need = self.min_shared - 1
        ranked = []
        for ordinal, positions in hits.items():
            if len(positions) > need and (ordinal in rare or len(positions) >= MANY_SHARED):
                positions.sort()
                if any(positions[i + need] - positions[i] <= WINDOW for i in range(len(positions) - need)):
                    ranked.append((len(positions), ordinal))
        ranked.sort(reverse=True)
        return [ordinal for _, ordinal in ranked[:self.max_candidates]]

    def add(self, article: Article, quote_spans: list[tuple[int, int]] | None = None) -> list[ReuseLink]:
        """Index ``article``; return its links to the articles indexed before.

        ``quote_spans`` are the character spans of its quotations (from the
        quotes stage); ``None`` finds them with the quotes stage's mark scanner,
        an empty list says there are none. Embedded social-media posts count as
        quotations either way.
        """
        if quote_spans is None:
            quote_spans = find_quote_spans(article.text)
        quote_spans = [*quote_spans, *embedded_posts(article.text)]
        tokens = tokenize(article.text, quote_spans)
        keys = shingle_keys(tokens)
        links = []
        common = self.common_words(tokens, keys)
        for ordinal in self.candidates(keys):
            other = self._articles[ordinal]
            if other.id == article.id:
                continue  # the same article given twice is not a copy of itself
            other_tokens = tokenize(other.text, self._quote_spans[ordinal])
            started = time.process_time()
            link = compare(other, other_tokens, article, tokens, common)
            self.stats.compare_seconds += time.process_time() - started
            self.stats.candidate_pairs += 1
            if link is not None:
                links.append(link)
        self._store(article, quote_spans, keys)
        self.stats.links += len(links)
        return links

    def _store(self, article: Article, quote_spans, keys) -> None:
        ordinal = len(self._articles)
        self._articles.append(article)
        self._quote_spans.append(tuple(quote_spans))
        postings_of = self._postings
        for key in keys:
            postings = postings_of.get(key, -1)
            if postings is None:
                continue
            self.stats.postings += 1
            if postings == -1:
                postings_of[key] = ordinal  # most shingles occur once: no list for them
            elif isinstance(postings, int):
                postings_of[key] = array("I", (postings, ordinal))  # not a container: no work for the GC
            elif len(postings) < self.max_postings:
                postings.append(ordinal)
            else:
                postings_of[key] = None
                self.stats.postings -= len(postings) + 1
        self.stats.articles += 1


def find_reuse(articles: list[Article], quote_spans: dict[str, list[tuple[int, int]]] | None = None
               ) -> list[ReuseLink]:
    """All reuse links among ``articles`` (in the order given), through a :class:`ReuseIndex`.

    ``quote_spans`` maps article ids to their quotation spans; an article it
    does not name (or every article, when it is ``None``) has its quotations
    found by the quotes stage's mark scanner.
    """
    quote_spans = quote_spans or {}
    index = ReuseIndex()
    links = []
    for article in articles:
        links.extend(index.add(article, quote_spans.get(article.id)))
    return links
