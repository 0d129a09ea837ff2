"""``storycheck eval reuse``: reuse classification on the Clough & Stevenson corpus, cross-validated.

Folds are the five source tasks (leave one task out): the classifier of a fold
is fitted on the answers to four questions and scores the answers to the
fifth, so no model sees its own test items. Reported side by side, in the same
run and on the same folds:

* ours: the alignment measures into extremely randomised trees (the model
  shipped for news, refitted per fold);
* baseline: the corpus paper's classic, word n-gram containment (n = 1..5) and
  normalised LCS into Gaussian Naive Bayes;
* pipeline: the whole news decision (:func:`storycheck.reuse.classify.compare`,
  evidence and partial-reuse rules around each fold's classifier), scored
  as reuse vs non (``partial`` counts as reuse).
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from storycheck.model import Article
from storycheck.reuse import cloughstevenson
from storycheck.reuse.align import FEATURE_NAMES
from storycheck.reuse.classify import compare
from storycheck.reuse.model import Forest, export, new_estimator
from storycheck.reuse.text import tokenize

DEFAULT_PATH = Path("..") / "shared" / "data" / "clough-stevenson"
METER_ANCHOR = 0.664  # METER corpus, best published 3-class F1 for journalistic reuse


def register_eval(sub) -> None:
    p = sub.add_parser("reuse", help="reuse classification on Clough & Stevenson (leave-one-task-out)")
    p.add_argument("path", nargs="?", default=str(DEFAULT_PATH), help=f"corpus folder (default {DEFAULT_PATH})")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=run)


def scores(gold: list[str], predicted: list[str]) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    # six places: enough that the table's three are the true value's, not a rounding of a rounding
    return {
        "four_class": {"accuracy": round(accuracy_score(gold, predicted), 6),
                       "macro_f1": round(f1_score(gold, predicted, average="macro"), 6)},
        "binary": {"accuracy": round(accuracy_score([g == "non" for g in gold],
                                                    [p == "non" for p in predicted]), 6)},
    }


def pipeline_category(link) -> str:
    if link is None:
        return "non"
    return {"verbatim": "cut", "light": "light", "heavy": "heavy", "partial": "partial"}[link.kind]


def evaluate(path: str | Path) -> dict:
    from sklearn.naive_bayes import GaussianNB

    answers, sources = cloughstevenson.load(path)
    ours_x = cloughstevenson.measures(answers, sources)
    base_x = cloughstevenson.baseline_measures(answers, sources)
    gold = [a.category for a in answers]
    ours, base, pipeline = [""] * len(answers), [""] * len(answers), [""] * len(answers)
    day = datetime(2011, 1, 1, tzinfo=timezone.utc)
    source_articles = {t: Article.create(outlet="wikipedia", title=t, text=text, published=day)
                       for t, text in sources.items()}
    source_tokens = {t: tokenize(text) for t, text in sources.items()}
    for task in sorted(sources):
        train = [i for i, a in enumerate(answers) if a.task != task]
        test = [i for i, a in enumerate(answers) if a.task == task]
        estimator = new_estimator().fit([ours_x[i] for i in train], [gold[i] for i in train])
        forest = Forest(export(estimator, FEATURE_NAMES))
        nb = GaussianNB().fit([base_x[i] for i in train], [gold[i] for i in train])
        for i in test:
            ours[i] = forest.predict(ours_x[i])
            base[i] = str(nb.predict([base_x[i]])[0])
            answer = Article.create(outlet=answers[i].file, title=answers[i].file, text=answers[i].text,
                                    published=day + timedelta(days=1))
            link = compare(source_articles[task], source_tokens[task], answer, tokenize(answer.text),
                           classifier=forest)
            pipeline[i] = pipeline_category(link)
    result = scores(gold, ours)
    result["baseline"] = scores(gold, base)
    result["pipeline"] = {"binary": scores(gold, pipeline)["binary"]}
    result["meter_anchor_3class_f1"] = METER_ANCHOR
    result["items"] = len(answers)
    result["protocol"] = "leave-one-task-out (5 folds)"
    return result


def run(args: argparse.Namespace) -> int:
    result = evaluate(args.path)
    if args.format == "json":
        print(json.dumps(result))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"reuse on Clough & Stevenson ({result['items']} answers, {result['protocol']})")
    for column in ("system", "4-class accuracy", "4-class macro-F1", "binary accuracy"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for name, key in (("ours", None), ("baseline", "baseline")):
        r = result[key] if key else result
        table.add_row(name, f"{r['four_class']['accuracy']:.3f}", f"{r['four_class']['macro_f1']:.3f}",
                      f"{r['binary']['accuracy']:.3f}")
    table.add_row("pipeline", "-", "-", f"{result['pipeline']['binary']['accuracy']:.3f}")
    table.add_row("METER anchor", "-", f"{METER_ANCHOR:.3f} (3-class)", "-")
    table.caption = ("ours: alignment measures, extra trees | baseline: n-gram containment + LCS, Naive Bayes | "
                     "pipeline: the news rules around ours, reuse vs non | METER anchor: best published "
                     "3-class F1 on journalistic reuse")
    Console().print(table)
    return 0
