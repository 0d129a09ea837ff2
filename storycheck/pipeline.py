"""The whole analysis behind ``storycheck check``: ingest -> stories -> parse -> quotes -> reuse -> cross-check.

Each step is a stage's public function; this module only wires them and keeps
the store up to date (articles, stories, reuse links). Stories are grouped from
the words of every stored article, which needs no parse; everything after that
is done per story, on that story's articles alone, so that ``storycheck brief
STORY_ID`` (and the web UI) later brief a stored story exactly as ``check`` did.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Iterable

from storycheck.crosscheck.analysis import StoryInput, brief_document, crosscheck_story
from storycheck.errors import UserError
from storycheck.model import Article, Quote, Story
from storycheck.nlp.pipeline import ParsedArticle, parse_many


@dataclass
class Analysis:
    """The parses and quotes of a set of articles: what every story among them is briefed from."""

    parsed: dict[str, ParsedArticle]
    quotes: dict[str, list[Quote]]


def publication_order(articles: Iterable[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.published is None, a.published.timestamp() if a.published else 0, a.id))


def ingest(paths: list[str], store) -> tuple[list[Article], list[tuple[str, str]]]:
    """Read ``paths`` into ``store``; the articles read (new or already stored) and the failures."""
    from storycheck.ingest import Failure, read_paths

    articles, failures = [], []
    for item in read_paths(paths):
        if isinstance(item, Failure):
            failures.append((item.path, item.reason))
        else:
            articles.append(item)
    store.add_articles(articles)
    store.record_failures(failures)
    unique = list({a.id: a for a in articles}.values())
    return unique, failures


def analyse(articles: list[Article], ray: str | None = None) -> Analysis:
    """Parse and find quotes; with ``ray`` (a cluster address, or "local") on a Ray cluster."""
    from storycheck.quotes import extract_quotes

    articles = publication_order(articles)
    if ray:
        from storycheck.scale import parse_on_ray

        parsed, quotes = {}, {}
        for p, found in parse_on_ray(articles, address=ray):
            parsed[p.article.id], quotes[p.article.id] = p, found
    else:
        parsed = {p.article.id: p for p in parse_many(articles)}
        quotes = {a.id: extract_quotes(parsed[a.id]) for a in articles}
    return Analysis(parsed, quotes)


def story_input(story: Story, analysis: Analysis) -> StoryInput:
    """What the cross-check of ``story`` reads: its articles' parses and quotes in publication order, and the
    reuse links and source families found among those articles alone (quotations aside, so two outlets
    quoting one speaker are no copy), so a story's brief never depends on what else was analysed with it."""
    from storycheck.reuse import find_reuse, source_families

    parsed = [analysis.parsed[a] for a in story.article_ids if a in analysis.parsed]
    parsed = [analysis.parsed[a.id] for a in publication_order(p.article for p in parsed)]
    articles = [p.article for p in parsed]
    quotes = {a.id: analysis.quotes[a.id] for a in articles}
    spans = {a: [(q.start, q.end) for q in qs if q.kind != "indirect"] for a, qs in quotes.items()}
    links = find_reuse(articles, spans)
    family_of = {a: family.id for family in source_families(links, articles) for a in family.article_ids}
    return StoryInput(story, parsed, quotes, links, {a.id: family_of.get(a.id, a.id) for a in articles})


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, file=sys.stderr)


def check(paths: list[str], store, quiet: bool = False, ray: str | None = None) -> dict:
    """Ingest ``paths``, bring the store's stories up to date, and brief the stories the inputs belong to.

    Stories are grouped from the words of every stored article, as ``storycheck stories`` groups them (with
    the user's merges and splits), which needs no parse; only the articles of the stories briefed are parsed
    and analysed (on a Ray cluster if ``ray`` gives its address), so a check against a large store costs
    what its stories cost, not what the store holds."""
    from storycheck.stories import current_stories

    read, failures = ingest(paths, store)
    for path, reason in failures:  # an error, not progress: said even when quiet
        print(f"skipped {path}: {reason}", file=sys.stderr)
    if not read:
        raise UserError("no article could be read from the given paths")
    wanted = {a.id for a in read}
    if store.count_unplaced():
        _say(f"grouping {store.count_articles():,} stored article(s) into stories…", quiet)
    chosen = [s for s in current_stories(store) if wanted & set(s.article_ids)]
    chosen.sort(key=lambda s: (-len(s.article_ids), s.id))
    articles = store.articles(ids=sorted({a for s in chosen for a in s.article_ids}))
    _say(f"{len(chosen)} stor{'y' if len(chosen) == 1 else 'ies'}; analysing {len(articles)} article(s)…", quiet)
    analysis = analyse(articles, ray=ray)
    inputs = [story_input(s, analysis) for s in chosen]
    store.save_reuse_links(link for i in inputs for link in i.links)
    return brief_document((crosscheck_story(i) for i in inputs), skipped=failures)


def brief(story_id: str, store) -> dict:
    """The brief of one stored story."""
    story = store.get_story(story_id)
    analysis = analyse(store.articles(ids=story.article_ids))
    return brief_document([crosscheck_story(story_input(story, analysis))])
