"""Parsing and quote extraction on a Ray cluster: the per-article work, spread over many machines.

Parsing is nine tenths of what ``storycheck check`` spends (bench/RESULTS.md), and
it needs nothing but the article, so it is what goes out: each Ray actor loads
the spaCy pipeline once, parses batches of articles and extracts their quotes,
and sends back the parses as spaCy ``DocBin`` bytes (tokens, sentence starts,
tags, dependencies, entities) with the quotes. The driver rebuilds each
:class:`~storycheck.nlp.pipeline.ParsedArticle` from those bytes, in the input's
order, which costs a small fraction of parsing. Everything that compares
articles (reuse, stories, cross-check) then runs on the driver as usual.
"""

from __future__ import annotations

import re
import socket
from typing import Iterable, Iterator

from storycheck.errors import UserError
from storycheck.model import Article, Quote
from storycheck.nlp.pipeline import ParsedArticle, get_nlp, read_off


class _Parser:
    """The work one Ray actor does; a plain class so that it can be tested without Ray."""

    def __init__(self):
        self.nlp = get_nlp()

    def run(self, articles: list[Article]) -> tuple[bytes, list[list[Quote]]]:
        from spacy.tokens import DocBin

        from storycheck.quotes import extract_quotes

        docs = DocBin()  # every token attribute spaCy can serialise (norms, lemmas, morphs, entities, ...)
        quotes = []
        for doc, article in self.nlp.pipe(((a.text, a) for a in articles), as_tuples=True):
            docs.add(doc)
            quotes.append(extract_quotes(read_off(article, doc)))
        return docs.to_bytes(), quotes


def unpack(articles: list[Article], payload: bytes) -> list[ParsedArticle]:
    """The parses a worker sent, read off again on this side."""
    from spacy.tokens import DocBin

    docs = DocBin().from_bytes(payload).get_docs(get_nlp().vocab)
    return [read_off(article, doc) for article, doc in zip(articles, docs)]


def _head(address: str) -> tuple[str, int] | None:
    """(host, port) of a head given as "host:port" or "[v6 address]:port"; None for "auto", "local" and
    Ray Client's "ray://..." (Ray checks those itself)."""
    if "://" in address:
        return None
    m = re.fullmatch(r"\[([0-9a-fA-F:.]+)\]:(\d+)|([^:\[\]]+):(\d+)", address)
    if not m:
        return None
    return (m[1], int(m[2])) if m[1] else (m[3], int(m[4]))


def connect(address: str) -> None:
    """Join the Ray cluster at ``address`` ("host:port" of its head, "ray://host:port" through Ray Client,
    "auto" for the one this machine is part of), or start one on this machine ("local")."""
    try:
        import ray
    except ImportError as err:
        raise UserError("Ray is not installed: pip install 'storycheck[scale]'") from err
    if ray.is_initialized():
        return
    head = _head(address)
    if head is not None:  # Ray would wait minutes for a head that is not there: ask first
        try:
            socket.create_connection(head, timeout=5).close()
        except OSError as err:
            raise UserError(f"cannot join the Ray cluster at {address!r}: {err.strerror or err}") from err
    try:
        if address == "local":
            ray.init(include_dashboard=False, log_to_driver=False, configure_logging=False)
        else:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
    except (ConnectionError, ValueError, RuntimeError) as err:
        raise UserError(f"cannot join the Ray cluster at {address!r}: {err}") from err


def parse_on_ray(articles: Iterable[Article], *, address: str = "local", workers: int | None = None,
                 batch_size: int = 16) -> Iterator[tuple[ParsedArticle, list[Quote]]]:
    """Each article parsed, with its quotes, by a pool of Ray actors (one per CPU of the cluster unless
    ``workers`` says), in the order given."""
    connect(address)  # first: without Ray installed, this says so
    import ray
    from ray.util import ActorPool

    articles = list(articles)
    if not articles:
        return
    if workers is None:
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
    batches = [articles[i:i + batch_size] for i in range(0, len(articles), batch_size)]
    actor = ray.remote(num_cpus=1)(_Parser)
    pool = ActorPool([actor.remote() for _ in range(min(workers, len(batches)))])
    for batch, (payload, quotes) in zip(batches, pool.map(lambda a, b: a.run.remote(b), batches)):
        yield from zip(unpack(batch, payload), quotes)
