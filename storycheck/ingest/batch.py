"""Ingest a stream of inputs into the store, batch by batch, and tally what happened."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from storycheck.ingest.readers import Failure, Item
from storycheck.model import Article

BATCH_SIZE = 200


@dataclass
class IngestReport:
    ingested: list[Article] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(items: Iterable[Item], store, *, batch_size: int = BATCH_SIZE,
           on_item: Callable[[Item], None] | None = None) -> IngestReport:
    """Write the articles among ``items`` to ``store``, one transaction per batch.

    A batch is all-or-nothing: if the process dies inside one, the store keeps
    the batches before it, and running the same ingest again adds the rest
    (ids are content hashes, so nothing is stored twice).
    """
    report = IngestReport()
    batch: list[Article] = []
    seen: set[str] = set()

    def flush() -> None:
        if not batch:
            return
        for article, new in zip(batch, store.add_articles(batch)):
            (report.ingested if new else report.duplicates).append(article)
        batch.clear()

    for item in items:
        if on_item:
            on_item(item)
        if isinstance(item, Failure):
            report.failed.append(item)
            continue
        if item.id in seen:  # the same content twice in one run
            report.duplicates.append(item)
            continue
        seen.add(item.id)
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    if report.failed:
        store.record_failures((f.path, f.reason) for f in report.failed)
    return report
