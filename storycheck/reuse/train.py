"""Rebuild the shipped reuse classifier from the Clough & Stevenson corpus.

    python -m storycheck.reuse.train [PATH]

PATH defaults to ../shared/data/clough-stevenson. The forest is fitted on all
95 answers (its held-out accuracy is what ``storycheck eval reuse`` measures,
fold by fold) and written to ``storycheck/reuse/classifier.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from storycheck.reuse import cloughstevenson
from storycheck.reuse.align import FEATURE_NAMES
from storycheck.reuse.model import MODEL_PATH, export, new_estimator

DEFAULT_CORPUS = Path("..") / "shared" / "data" / "clough-stevenson"


def train(corpus: Path) -> dict:
    answers, sources = cloughstevenson.load(corpus)
    estimator = new_estimator().fit(cloughstevenson.measures(answers, sources), [a.category for a in answers])
    return export(estimator, FEATURE_NAMES)


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else DEFAULT_CORPUS
    model = train(corpus)
    MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")), "utf-8")
    print(f"wrote {MODEL_PATH} ({len(model['trees'])} trees, trained on {corpus})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
