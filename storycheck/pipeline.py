"""The whole analysis behind ``storycheck check``: ingest -> parse -> quotes -> reuse -> stories -> cross-check.

Each step is a stage's public function; this module only wires them and keeps
the store up to date (articles, reuse links, stories), so that ``storycheck
brief STORY_ID`` can later brief a stored story again.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Iterable

from storycheck.crosscheck.analysis import StoryInput, brief_document, crosscheck_story
from storycheck.errors import UserError
from storycheck.model import Article, Quote, ReuseLink, Story
from storycheck.nlp.pipeline import ParsedArticle, parse_many


@dataclass
class Analysis:
    """What the stages found for a set of articles."""

    parsed: dict[str, ParsedArticle]
    quotes: dict[str, list[Quote]]
    links: list[ReuseLink]
    family_of: dict[str, str]


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


def analyse(articles: list[Article], links: list[ReuseLink] | None = None, ray: str | None = None) -> Analysis:
    """Parse, find quotes, reuse links and source families (reuse is found unless ``links`` is given);
    with ``ray`` (a cluster address, or "local"), parsing and quote extraction run on a Ray cluster."""
    from storycheck.quotes import extract_quotes
    from storycheck.reuse import find_reuse, source_families

    articles = publication_order(articles)
    if ray:
        from storycheck.scale import parse_on_ray

        parsed, quotes = {}, {}
        for p, found in parse_on_ray(articles, address=ray):
            parsed[p.article.id], quotes[p.article.id] = p, found
    else:
        parsed = {p.article.id: p for p in parse_many(articles)}
        quotes = {a.id: extract_quotes(parsed[a.id]) for a in articles}
    if links is None:
        spans = {a: [(q.start, q.end) for q in qs if q.kind != "indirect"] for a, qs in quotes.items()}
        links = find_reuse(articles, spans)
    family_of = {}
    for family in source_families(links, articles):
        for article_id in family.article_ids:
            family_of[article_id] = family.id
    return Analysis(parsed, quotes, links, family_of)


def brief_story(story: Story, analysis: Analysis) -> dict:
    parsed = [analysis.parsed[a] for a in story.article_ids if a in analysis.parsed]
    parsed = [analysis.parsed[a.id] for a in publication_order(p.article for p in parsed)]
    inside = {p.article.id for p in parsed}
    links = [link for link in analysis.links if link.source_id in inside and link.target_id in inside]
    return crosscheck_story(StoryInput(story, parsed, {a: analysis.quotes[a] for a in inside}, links,
                                       {a: analysis.family_of.get(a, a) for a in inside}))


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
    for path, reason in failures:
        _say(f"skipped {path}: {reason}", quiet)
    if not read:
        raise UserError("no article could be read from the given paths")
    wanted = {a.id for a in read}
    chosen = [s for s in current_stories(store) if wanted & set(s.article_ids)]
    chosen.sort(key=lambda s: (-len(s.article_ids), s.id))
    articles = store.articles(ids=sorted({a for s in chosen for a in s.article_ids}))
    _say(f"{len(chosen)} stor{'y' if len(chosen) == 1 else 'ies'}; analysing {len(articles)} article(s)…", quiet)
    analysis = analyse(articles, ray=ray)
    store.save_reuse_links(analysis.links)
    return brief_document(brief_story(s, analysis) for s in chosen)


def brief(story_id: str, store) -> dict:
    """The brief of one stored story."""
    story = store.get_story(story_id)
    articles = store.articles(ids=story.article_ids)
    inside = {a.id for a in articles}
    stored = [link for link in store.reuse_links() if link.source_id in inside and link.target_id in inside]
    analysis = analyse(articles, links=stored if stored else None)
    return brief_document([brief_story(story, analysis)])
