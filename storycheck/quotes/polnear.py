"""Reads the PolNeAR corpus (brat standoff) and caches its spaCy parses.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attributions as
Source, Cue and Content spans joined by an ``E`` relation. A text may have
been annotated by several annotators (``<name>_<annotator>.ann``); we score
against exactly one annotation per text, the one whose annotator id sorts
first, so that every text counts once and the choice is deterministic.

Parsing ~900 texts costs minutes on a small machine, so parses are kept in a
spaCy ``DocBin`` under ``/tmp/storycheck-cache/`` keyed by the texts' hash, the pipeline's code and places, and
the model name; evaluation then re-runs only the (fast) extraction.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import DocBin

from storycheck.errors import UserError
from storycheck.model import Article
from storycheck.nlp import pipeline as pipeline_module
from storycheck.nlp.pipeline import MODEL, ParsedArticle, get_nlp, read_off

CACHE = Path(os.environ.get("STORYCHECK_CACHE", "/tmp/storycheck-cache"))


@dataclass(frozen=True)
class GoldSpan:
    """One annotated span; discontinuous spans keep all their fragments."""

    fragments: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass
class GoldAttribution:
    source: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan | None


@dataclass
class GoldText:
    name: str
    text: str
    annotator: str
    attributions: list[GoldAttribution] = field(default_factory=list)  # the first annotator's (our gold)
    others: list[list[GoldAttribution]] = field(default_factory=list)  # other annotators' (for agreement)


_SPAN_LINE = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t")
_RELATION_LINE = re.compile(r"^E\d+\t")


def _read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, GoldSpan] = {}
    relations = []
    for line in path.read_text("utf-8").splitlines():
        span = _SPAN_LINE.match(line)  # a span's text may run over lines: only its first line matters
        if span:
            tid, kind, offsets = span.groups()
            if kind not in ("Source", "Cue", "Content"):
                continue
            fragments = tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";"))
            spans[tid] = GoldSpan(tuple(sorted(fragments)))
        elif _RELATION_LINE.match(line):
            roles = dict(arg.split(":", 1) for arg in line.split("\t")[1].split())
            relations.append(roles)
    return [GoldAttribution(spans.get(r.get("Source")), spans.get(r.get("Cue")), spans.get(r.get("Content")))
            for r in relations]


def _annotations(root: str | Path, split: str) -> tuple[Path, dict[str, list[Path]]]:
    """The split's text folder, and each text name's annotation files (``<name>_<annotator>.ann``) by
    annotator id."""
    text_dir, ann_dir = Path(root) / split / "text", Path(root) / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise UserError(f"{Path(root) / split} does not hold text/ and attributions/")
    annotations: dict[str, list[Path]] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        annotations.setdefault(ann.stem.rpartition("_")[0], []).append(ann)
    return text_dir, annotations


def read_split(root: str | Path, split: str) -> list[GoldText]:
    """The annotated texts of one split, each with the first annotator's (by id) attributions as gold
    and any other annotators' beside them."""
    text_dir, annotations = _annotations(root, split)
    texts = []
    for path in sorted(text_dir.glob("*.txt")):
        anns = annotations.get(path.stem)
        if not anns:
            continue
        texts.append(GoldText(path.stem, path.read_text("utf-8"), anns[0].stem.rpartition("_")[2],
                              _read_ann(anns[0]), [_read_ann(a) for a in anns[1:]]))
    if not texts:
        raise UserError(f"no annotated texts in {text_dir}")
    return texts


def articles_of(texts: list[GoldText]) -> list[Article]:
    return [Article.create(outlet=t.name.split("_", 1)[0], title=t.name, text=t.text) for t in texts]


def _pipeline_version() -> str:
    """What else decides a parse besides the model: the pipeline's own code and its list of places (a change to
    either must not be served stale parses from the cache)."""
    folder = Path(pipeline_module.__file__).parent
    return hashlib.sha256(b"".join((folder / name).read_bytes() for name in ("pipeline.py", "places.txt"))).hexdigest()


def parsed_split(texts: list[GoldText], *, n_process: int = 1) -> list[ParsedArticle]:
    """Parses of the texts, from the on-disk cache when it holds them."""
    articles = articles_of(texts)
    nlp = get_nlp()
    digest = hashlib.sha256("\x00".join([MODEL, _pipeline_version(), *(a.text for a in articles)]).encode()
                            ).hexdigest()[:16]
    cache = CACHE / f"polnear-{digest}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=16))
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        DocBin(docs=docs, store_user_data=False).to_disk(tmp)
        tmp.replace(cache)
    return [read_off(a, d) for a, d in zip(articles, docs)]
