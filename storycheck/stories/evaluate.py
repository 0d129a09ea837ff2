"""``storycheck eval stories``: score story clustering against gold story labels.

Reads any JSON Lines file of articles with a gold label per line, clusters the
evaluated part as batch mode does (a single pass in publication order, undated
articles by id, a content hash, i.e. in an order that tells nothing about
their stories; then the split and merge passes), and prints B-cubed and pairwise
precision/recall/F1 beside the single pass alone (what a live stream shows
before any batch run) and a TF-IDF average-link baseline whose cut is chosen
on the dev part.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace
from pathlib import Path

from storycheck.errors import UserError
from storycheck.model import Article
from storycheck.stories.baseline import average_link, choose_distance
from storycheck.stories.clusterer import Params, StoryClusterer, _stream_order, cluster_in_order
from storycheck.stories.metrics import bcubed, pairwise


def register_eval(sub) -> None:
    p = sub.add_parser("stories", help="story clustering: B-cubed and pairwise scores, with a TF-IDF baseline")
    p.add_argument("file", metavar="FILE.jsonl", help="articles, one JSON object a line")
    p.add_argument("--gold", required=True, metavar="FIELD", help="the field holding the gold story label")
    p.add_argument("--split-field", metavar="FIELD", help="the field that assigns each line to a split")
    p.add_argument("--test-values", nargs="+", default=[], metavar="V",
                   help="split values evaluated (with --split-field; ranges like 36-45 allowed)")
    p.add_argument("--dev-values", nargs="+", default=[], metavar="V",
                   help="split values on which the baseline's threshold is chosen")
    p.add_argument("--orders", type=int, default=1, metavar="N",
                   help="also stream N-1 seeded shuffles of equally dated (or undated) articles and report "
                        "the spread of B-cubed F1")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=run)


def load(path: str) -> list[Article]:
    """The file's articles, each with a unique id (a repeated text gets ``-2``, ``-3``...)."""
    from storycheck.ingest.readers import Failure, Options, read_jsonl

    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise UserError(f"cannot read {path}: {err.strerror}") from err
    articles, seen = [], {}
    for item in read_jsonl(data, path, Options()):
        if isinstance(item, Failure):
            raise UserError(f"{item.path}: {item.reason}")
        seen[item.id] = seen.get(item.id, 0) + 1
        if seen[item.id] > 1:
            item = replace(item, id=f"{item.id}-{seen[item.id]}")
        articles.append(item)
    return articles


def _values(values: list[str]) -> set[str]:
    """Split values as strings; ``36-45`` stands for 36, 37, ..., 45."""
    out = set()
    for value in values:
        for part in value.split(","):
            low, dash, high = part.partition("-")
            if dash and low.isdigit() and high.isdigit():
                out.update(str(v) for v in range(int(low), int(high) + 1))
            elif part:
                out.add(part)
    return out


def _field(article: Article, name: str):
    value = article.extra.get(name, getattr(article, name, None))
    if value is None:
        raise UserError(f"{article.source_path}: no field {name!r}")
    return str(value)


def _scores(predicted: dict, gold: dict) -> dict:
    return {"bcubed": bcubed(predicted, gold), "pairwise": pairwise(predicted, gold),
            "stories": {"predicted": len(set(predicted.values())), "gold": len(set(gold.values()))}}


def _stream(articles: list[Article], params: Params) -> dict[str, str]:
    """The single pass alone, as a live stream would have it."""
    clusterer = StoryClusterer(params)
    return {a.id: clusterer.add(a) for a in articles}


def _batch(articles: list[Article], params: Params) -> dict[str, str]:
    """What ``storycheck stories`` shows: the single pass in this order, then the split and merge passes."""
    return {a: s.id for s in cluster_in_order(articles, None, params) for a in s.article_ids}


def evaluate(articles: list[Article], gold_field: str, *, split_field: str | None = None,
             test_values: list[str] = (), dev_values: list[str] = (), params: Params = Params(),
             orders: int = 1) -> dict:
    """The scores as the JSON output prints them."""
    if split_field:
        test, dev = _values(list(test_values)), _values(list(dev_values))
        if not test:
            raise UserError("--split-field needs --test-values")
        evaluated = [a for a in articles if _field(a, split_field) in test]
        tuning = [a for a in articles if _field(a, split_field) in dev]
    else:
        evaluated, tuning = articles, []
    if not evaluated:
        raise UserError("no article falls in the evaluated split")
    gold = {a.id: _field(a, gold_field) for a in articles}

    ordered = sorted(evaluated, key=_stream_order)
    started = time.perf_counter()
    predicted = _batch(ordered, params)
    seconds = time.perf_counter() - started
    evaluated_gold = {a.id: gold[a.id] for a in evaluated}
    result = _scores(predicted, evaluated_gold)
    result["single_pass"] = _scores(_stream(ordered, params), evaluated_gold)
    result["articles"] = len(evaluated)
    dated = sum(1 for a in evaluated if a.published)
    result["order"] = ("publication date" if dated == len(evaluated) else
                       "article id (a content hash: the articles have no dates)" if not dated else
                       "publication date, then undated articles by id")
    result["seconds"] = round(seconds, 3)
    if orders > 1:
        # a single pass depends on the order of articles with equal (or no) dates: how much?
        f1s = [result["bcubed"]["f1"]]
        for seed in range(1, orders):
            shuffled = evaluated[:]
            random.Random(seed).shuffle(shuffled)
            shuffled.sort(key=lambda a: (a.published is None, a.published.timestamp() if a.published else 0.0))
            f1s.append(bcubed(_batch(shuffled, params), evaluated_gold)["f1"])
        result["bcubed_f1_over_orders"] = {"orders": orders, "mean": sum(f1s) / orders,
                                           "min": min(f1s), "max": max(f1s)}

    chosen_on = "dev" if tuning else "evaluated set (oracle: no dev part given)"
    distance = choose_distance(tuning or evaluated, gold)
    result["baseline"] = _scores(average_link(evaluated, distance), {a.id: gold[a.id] for a in evaluated})
    result["baseline"].update({"method": "tf-idf cosine, average link", "distance": distance,
                               "distance_chosen_on": chosen_on})
    return result


def run(args) -> int:
    articles = load(args.file)
    result = evaluate(articles, args.gold, split_field=args.split_field, test_values=args.test_values,
                      dev_values=args.dev_values, orders=max(1, args.orders))
    if args.format == "json":
        print(json.dumps(result, indent=2))
        return 0
    print(f"{result['articles']} articles, fed in {result['order']} order ({result['seconds']:.2f} s)")
    print(f"{'':28}{'P':>7}{'R':>7}{'F1':>7}  stories (gold {result['stories']['gold']})")
    for name, scores in (("storycheck", result), ("single pass", result["single_pass"]),
                         ("baseline", result["baseline"])):
        for metric in ("bcubed", "pairwise"):
            s = scores[metric]
            print(f"{name + ' ' + metric:28}{s['p']:7.3f}{s['r']:7.3f}{s['f1']:7.3f}  {scores['stories']['predicted']}")
    if "bcubed_f1_over_orders" in result:
        o = result["bcubed_f1_over_orders"]
        print(f"storycheck bcubed F1 over {o['orders']} stream orders: mean {o['mean']:.3f} "
              f"(min {o['min']:.3f}, max {o['max']:.3f})")
    b = result["baseline"]
    print(f"baseline: {b['method']}, cut at distance {b['distance']} chosen on the {b['distance_chosen_on']}")
    return 0
