"""Write PolNeAR's texts as a story-clustering set: JSON Lines with the events read by hand.

PolNeAR (train and dev texts, 924 articles from 7 US outlets, 8 Nov 2015 - 7 Oct 2016, about 700
words each) is the only corpus in ``../shared/data/`` of long, dated web articles from several outlets
besides Giveme5W1H, which is kept for evaluation only. Its articles were grouped into real-world events
by reading (titles, openings and full texts where needed; no clustering or similarity code), following
written rules: an event is one happening at a particular time, an article belongs to the event that is
its main subject, twin events (two debates, two primaries) are kept apart. The labels are
``bench/data/polnear-events.tsv`` (``filename, event, event_name``); the rules, the hard cases and the
counts are in ``bench/data/polnear-events.md``. The texts stay in the shared folder: this script joins
them with the labels.

    python bench/polnear_stories.py OUT.jsonl [--shared ../shared] [--all]

By default it writes the articles of events with two or more articles (a corpus gathered per event,
as Giveme5W1H and ECB+ were); ``--all`` writes the singletons too. Each line has ``doc_id, title,
date, source_domain, text, event``, the title (the text's first paragraph, one line or two) taken off
the text as a news-please record has it. Used by ``python -m storycheck.stories.tune --also OUT.jsonl`` to choose batch mode's
parameters on ECB+ train+dev and these events together.
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "polnear-events.tsv"


def records(shared: Path, singletons: bool = False) -> list[dict]:
    polnear = shared / "data" / "polnear"
    with open(polnear / "metadata.tsv", encoding="utf-8") as f:
        meta = {r["filename"]: r for r in csv.DictReader(f, delimiter="\t")}
    with open(LABELS, encoding="utf-8") as f:
        labels = {r["filename"]: r["event"] for r in csv.DictReader(f, delimiter="\t")}
    sizes = Counter(labels.values())
    out = []
    for filename, event in sorted(labels.items()):
        if sizes[event] < 2 and not singletons:
            continue
        row = meta[filename]
        text = (polnear / row["compartment"] / "text" / f"{filename}.txt").read_text("utf-8")
        _, _, body = text.partition("\n\n")  # every text opens with its title, on one line or two
        out.append({"doc_id": filename, "title": row["title"], "date": row["publication_date"],
                    "source_domain": row["publisher"], "text": body.strip() or text, "event": event})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--shared", default=str(HERE.parent / ".." / "shared"))
    parser.add_argument("--all", action="store_true", help="also the articles no other article shares an event with")
    args = parser.parse_args()
    rows = records(Path(args.shared), args.all)
    with open(args.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {len({r['event'] for r in rows})} events -> {args.out}")


if __name__ == "__main__":
    main()
