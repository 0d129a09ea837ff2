"""Print every quote whose speaker is "the <kind of body>" and the organisation it resolved to, for reading.

The organisation rules of :mod:`storycheck.quotes.bodies` are not scored by PolNeAR (it scores spans, not
who a span is), so they are checked by hand: this prints, for each such quote whose canonical speaker is not
the bare noun, the mention, what it resolved to and the 400 characters before it.

    python bench/sample_body_speakers.py giveme [--first 0 --last 383]
    python bench/sample_body_speakers.py polnear [--first 0 --last 300]   # a seeded shuffle of the texts
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import SHARED  # noqa: E402

from storycheck.model import Article  # noqa: E402
from storycheck.nlp.pipeline import parse  # noqa: E402
from storycheck.quotes import extract_quotes  # noqa: E402
from storycheck.quotes.bodies import BODY_NOUNS  # noqa: E402


def articles(corpus: str) -> list[Article]:
    if corpus == "giveme":
        from storycheck.stories.evaluate import load

        found = load(str(SHARED / "data" / "giveme5w1h" / "docs.jsonl"))
        random.Random(7).shuffle(found)
        return found
    files = sorted(glob.glob(str(SHARED / "data" / "polnear" / "*" / "text" / "*.txt")))
    random.Random(11).shuffle(files)
    texts = [open(f, encoding="utf-8").read() for f in files]
    return [Article.create(outlet="polnear", title=t.split("\n")[0], text=t) for t in texts]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", choices=["giveme", "polnear"])
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--last", type=int, default=None)
    args = parser.parse_args()
    mentions = resolved = 0
    for article in articles(args.corpus)[args.first:args.last]:
        for q in extract_quotes(parse(article)):
            words = q.speaker.text.lower().split() if q.speaker else []
            if len(words) < 2 or words[0] != "the" or not (words[-1] in BODY_NOUNS or words[-1].endswith("maker")):
                continue
            mentions += 1
            if q.speaker_canonical and q.speaker_canonical.lower() != " ".join(words[1:]):
                resolved += 1
                before = article.text[max(0, q.speaker.start - 400):q.speaker.end + 30].replace("\n", " ")
                print(f"[{article.id}] {q.speaker.text!r} -> {q.speaker_canonical!r}\n   ...{before}\n", flush=True)
    print(f"{mentions} mentions of a kind of body as speaker, {resolved} resolved to another name")


if __name__ == "__main__":
    main()
