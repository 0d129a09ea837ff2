"""Cross-check every ECB+ subtopic and every Giveme5W1H event: a brief without error, time per story, conflicts.

Stories are the corpora's gold groupings (ECB+ ``subtopic``, Giveme5W1H ``event``), so that this measures
the cross-check, not the story clustering. Quotes come from the quotes stage, reuse from the reuse stage.
Parses are cached in /tmp/storycheck-cache (spaCy DocBin). Every conflict found is written to
``--conflicts FILE`` (JSON Lines) for reading by hand.

    python bench/bench_crosscheck.py [--corpus ecbplus|giveme5w1h|both] [--limit N] [--conflicts FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED  # noqa: E402

from spacy.tokens import DocBin  # noqa: E402

from storycheck.crosscheck.analysis import StoryInput, crosscheck_story  # noqa: E402
from storycheck.ingest.metadata import parse_date  # noqa: E402
from storycheck.model import Article, Story  # noqa: E402
from storycheck.nlp.pipeline import get_nlp, parse_many, read_off  # noqa: E402
from storycheck.pipeline import publication_order  # noqa: E402

CACHE = Path("/tmp/storycheck-cache")


def load(corpus: str) -> list[tuple[Article, str]]:
    """(article, gold story) pairs; ECB+ texts have their PTB quote marks turned back into quotes."""
    out = []
    with open(SHARED / "data" / corpus / "docs.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            text = row["text"]
            if corpus == "ecbplus":
                text = text.replace("`` ", "“").replace(" ''", "”").replace("``", "“").replace("''", "”")
                # the corpus is tokenised: "120, 000" and "6. 1" are 120,000 and 6.1
                text = re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)
                text = re.sub(r"(\d)\. (\d)", r"\1.\2", text)
                outlet, story = f"ecb+ {row['doc_id']}", row["subtopic"]
            else:
                outlet, story = row.get("source_domain") or row["doc_id"], row["event"]
            if not text.strip():
                continue
            title = row.get("title") or row.get("title_guess") or text.split("\n", 1)[0][:120]
            out.append((Article.create(outlet=outlet, title=title, text=text,
                                       published=parse_date(row.get("date")) if row.get("date") else None), story))
    return out


def parsed_all(corpus: str, articles: list[Article]):
    digest = hashlib.sha256("".join(a.id for a in articles).encode()).hexdigest()[:12]
    path = CACHE / f"crosscheck-{corpus}-{digest}.docbin"  # ids hash the texts: a changed text is re-parsed
    nlp = get_nlp()
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            return {a.id: read_off(a, d) for a, d in zip(articles, docs)}
    parsed = list(parse_many(articles))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=[p.doc for p in parsed]).to_disk(path)
    return {p.article.id: p for p in parsed}


def earlier_stages(members: list[Article], parsed: dict):
    """What the cross-check takes from the stages before it for one story: quotes, reuse links, families."""
    from storycheck.quotes import extract_quotes
    from storycheck.reuse import find_reuse, source_families

    quotes = {a.id: extract_quotes(parsed[a.id]) for a in members}
    links = find_reuse(members, {k: [(q.start, q.end) for q in v if q.kind != "indirect"] for k, v in quotes.items()})
    family_of = {a: f.id for f in source_families(links, members) for a in f.article_ids}
    return quotes, links, family_of


def brief_of(name: str, members: list[Article], parsed: dict) -> dict:
    """The brief of one gold story: the quotes stage, reuse and source families, then the cross-check."""
    quotes, links, family_of = earlier_stages(members, parsed)
    return crosscheck_story(StoryInput(Story(name, name, [a.id for a in members]), [parsed[a.id] for a in members],
                                       quotes, links, family_of))


def run(corpus: str, limit: int | None, conflicts_out) -> dict:
    pairs = load(corpus)
    articles = [a for a, _ in pairs]
    t0 = time.perf_counter()
    parsed = parsed_all(corpus, articles)
    parse_seconds = time.perf_counter() - t0
    stories: dict[str, list[Article]] = {}
    for a, s in pairs:
        stories.setdefault(s, []).append(a)
    names = sorted(stories)[:limit] if limit else sorted(stories)
    times, sizes, counts, errors = [], [], {"number": 0, "name": 0, "attribution": 0}, []
    corroborated, largest, families = 0, [], []
    for name in names:
        members = publication_order({a.id: a for a in stories[name]}.values())
        start = time.perf_counter()
        try:
            brief = brief_of(name, members, parsed)
        except Exception as err:  # noqa: BLE001 - the benchmark reports every failure
            errors.append(f"{name}: {type(err).__name__}: {err}")
            continue
        times.append(time.perf_counter() - start)
        sizes.append(len(members))
        corroborated += sum(g["independent_sources"] >= 2 for g in brief["claim_groups"])
        largest.append(max((len(g["claims"]) for g in brief["claim_groups"]), default=0) / len(members))
        families.append(len(brief["families"]) / len(members))
        for c in brief["conflicts"]:
            counts[c["kind"]] += 1
            if conflicts_out:
                conflicts_out.write(json.dumps({"corpus": corpus, "story": name, **c}, ensure_ascii=False) + "\n")
    by_size: dict[str, list[float]] = {}
    for size, seconds in zip(sizes, times):
        bucket = "1-4" if size < 5 else "5-9" if size < 10 else "10-19" if size < 20 else "20+"
        by_size.setdefault(bucket, []).append(seconds)
    growth = {k: {"stories": len(v), "median_s": round(statistics.median(v), 3)}
              for k, v in sorted(by_size.items(), key=lambda kv: int(kv[0].split("-")[0].rstrip("+")))}
    return {"corpus": corpus, "stories": len(names), "briefs": len(times), "errors": errors,
            "s_per_story_by_articles": growth,
            "articles": sum(sizes), "parse_s": round(parse_seconds, 1),
            "median_s_per_story": round(statistics.median(times), 3) if times else None,
            "max_s_per_story": round(max(times), 3) if times else None,
            "s_per_article": round(sum(times) / max(1, sum(sizes)), 3),
            "conflicts": counts,
            # claim groups: how many are corroborated, and the largest group's claims per article of its
            # story (a fact is stated about once per article: far above 1 is claims chained together)
            "corroborated_claim_groups": corroborated,
            "largest_claim_group_per_article": {"median": round(statistics.median(largest), 2) if largest else None,
                                                "max": round(max(largest), 2) if largest else None},
            "source_families_per_article": round(statistics.mean(families), 3) if families else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=["ecbplus", "giveme5w1h", "both"], default="both")
    ap.add_argument("--limit", type=int, help="only the first N stories (a quick run)")
    ap.add_argument("--conflicts", help="write every conflict found to this JSON Lines file")
    args = ap.parse_args()
    corpora = ["ecbplus", "giveme5w1h"] if args.corpus == "both" else [args.corpus]
    out = open(args.conflicts, "w", encoding="utf-8") if args.conflicts else None
    for corpus in corpora:
        result = run(corpus, args.limit, out)
        print(json.dumps(result, ensure_ascii=False))
    if out:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
