"""Claim pairs for judging claim matching by reading: sample them, then score the matcher on the labels.

A claim group says "N independent sources state this"; that is only true when its claims state the same
fact. This draws candidate pairs the way ``claims.match_claims`` links claims (each claim's best match in
every other article of its story, from another source family), stratified by the matcher's score so that
pairs just below and just above the threshold are both read, and writes them without their scores for a
reader to label (`bench/data/claim-pairs-guide.md` says how). ``score`` then prints, for each of a few
forms of the similarity (the shipped one first), the threshold with the best F1 and its precision and recall
of "score >= threshold" for "same fact", each pair weighted by the inverse of its stratum's sampling rate (so
the figures estimate the whole candidate population, pairs the shipped matcher scores 0.40 or more, not the
sample). Pairs labelled ``partial`` (a shared detail, different main facts) are left out of both. The
criterion was fixed before any pair was labelled: a form and threshold are chosen on ECB+'s train and dev
topics, and Giveme5W1H's labels only report.

    python bench/claim_pairs.py sample ecbplus OUT.tsv [--per-bin 40] [--seed 1]
    python bench/claim_pairs.py score ecbplus bench/data/claim-pairs-ecbplus.tsv
    python bench/claim_pairs.py score giveme5w1h bench/data/claim-pairs-giveme5w1h.tsv --at 0.50

The labelled pairs in bench/data keep offsets, labels, the readers' notes and the stratum weights, not the
texts (they are the publishers'); pairs whose claims the current code no longer extracts are left out and
counted. Results and how the labels were made: bench/RESULTS.md ("Claim matching").
Stories are the corpora's gold groupings (ECB+ ``subtopic``, Giveme5W1H ``event``). For ECB+ only the
train and dev topics are drawn (the test topics are the story stage's held-out split). The TSV has the
columns ``pair, story, a_article, a_start, a_end, b_article, b_start, b_end, a, b, label`` where a / b are
the claims with their sentences; the reader fills ``label`` with ``same``, ``partial`` or ``diff``. The scores are in a
``.key`` file beside it (pair, score, cosine, lexical, stratum weight), which the reader is not shown.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_crosscheck as bc  # noqa: E402

from storycheck.crosscheck import claims as claims_mod  # noqa: E402
from storycheck.crosscheck.text import Idf, content_lemmas  # noqa: E402
from storycheck.nlp.embed import get_embedder  # noqa: E402
from storycheck.pipeline import publication_order  # noqa: E402

BINS = [(0.40, 0.50), (0.50, 0.56), (0.56, 0.62), (0.62, 0.68), (0.68, 0.76), (0.76, 9.0)]
ECB_HELD_OUT = {str(t) for t in range(36, 46)}


def story_claims(corpus: str, held_out: bool = False):
    """Per gold story: (name, claim features, cosine matrix, IDF, parses by article id), as the brief has them.

    ``held_out`` keeps ECB+'s test topics instead of leaving them out (Giveme5W1H has no split)."""
    pairs = bc.load(corpus)
    parsed = bc.parsed_all(corpus, [a for a, _ in pairs])
    stories: dict[str, list] = {}
    for a, s in pairs:
        if corpus == "ecbplus" and (s.split("_")[0] in ECB_HELD_OUT) != held_out:
            continue
        stories.setdefault(s, []).append(a)
    embedder = get_embedder()
    for name in sorted(stories):
        members = publication_order({a.id: a for a in stories[name]}.values())
        if len(members) < 2:
            continue
        quotes, _, family_of = bc.earlier_stages(members, parsed)
        docs = [parsed[a.id] for a in members]
        idf = Idf(content_lemmas(s) for p in docs for s in p.doc.sents)
        # for the rarity variants: in how many of the story's articles each lemma stands
        idf.article_df = Idf(content_lemmas(p.doc) for p in docs).df
        items = []
        for p in docs:
            found = claims_mod.extract_claims(p, quotes[p.article.id])
            items.extend(claims_mod.features(p, found, family_of.get(p.article.id, p.article.id)))
        if items:
            vectors = embedder.encode([c.core for c in items])
            yield name, items, vectors @ vectors.T, idf, {a.id: parsed[a.id] for a in members}


def candidate_pairs(corpus: str) -> list[dict]:
    """Every claim's best match (score >= 0.40) in each other article of its story, from another family."""
    out = []
    for name, items, cos, idf, docs in story_claims(corpus):
        seen = set()
        for i, a in enumerate(items):
            best: dict[str, tuple[float, int]] = {}
            for j, b in enumerate(items):
                if b.claim.article_id == a.claim.article_id or b.family == a.family:
                    continue
                s = claims_mod.similarity(a, b, float(cos[i, j]), idf)
                if s > best.get(b.claim.article_id, (-9.0, -1))[0]:
                    best[b.claim.article_id] = (s, j)
            for s, j in best.values():
                key = (min(i, j), max(i, j))
                if s < BINS[0][0] or key in seen:
                    continue
                seen.add(key)
                b = items[j]
                out.append({"story": name, "a": a, "b": b, "score": s, "cosine": float(cos[i, j]),
                            "lexical": idf.overlap(a.lemmas, b.lemmas),
                            "docs": (docs[a.claim.article_id], docs[b.claim.article_id])})
    return out


def _with_sentence(parsed, claim) -> str:
    """The claim in [[ ]] inside its sentence, on one line."""
    span = parsed.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    text = parsed.article.text
    if span is None:
        return " ".join(claim.text.split())
    sent = span.sent
    s, e = min(sent.start_char, claim.start), max(sent.end_char, claim.end)
    return " ".join((text[s:claim.start] + "[[" + text[claim.start:claim.end] + "]]" + text[claim.end:e]).split())


def sample(corpus: str, out: Path, per_bin: int, seed: int) -> None:
    found = candidate_pairs(corpus)
    rng = random.Random(seed)
    rows, keys = [], []
    for lo, hi in BINS:
        stratum = [p for p in found if lo <= p["score"] < hi]
        drawn = rng.sample(stratum, min(per_bin, len(stratum)))
        weight = len(stratum) / len(drawn) if drawn else 0.0
        print(f"score {lo:.2f}-{hi:.2f}: {len(stratum)} pairs, {len(drawn)} drawn", file=sys.stderr)
        for p in drawn:
            keys.append((p, weight))
    rng.shuffle(keys)
    for k, (p, weight) in enumerate(keys, 1):
        a, b = p["a"].claim, p["b"].claim
        rows.append([f"{corpus[:3]}{k:04d}", p["story"], a.article_id, a.start, a.end, b.article_id, b.start,
                     b.end, _with_sentence(p["docs"][0], a), _with_sentence(p["docs"][1], b), ""])
        p["pair"] = rows[-1][0]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["pair", "story", "a_article", "a_start", "a_end", "b_article", "b_start", "b_end", "a", "b",
                    "label"])
        w.writerows(rows)
    with open(out.with_suffix(".key"), "w", encoding="utf-8") as f:
        f.write("pair\tscore\tcosine\tlexical\tweight\n")
        for p, weight in keys:
            f.write(f"{p['pair']}\t{p['score']:.4f}\t{p['cosine']:.4f}\t{p['lexical']:.4f}\t{weight:.3f}\n")


def read_labelled(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["label"] in LABELS]


LABELS = ("same", "partial", "diff")


def _dice(idf, a: list[str], b: list[str]) -> float:
    """IDF-weighted overlap relative to both bags (the shipped overlap is relative to the smaller)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return 2 * sum(idf(x) for x in sa & sb) / (sum(idf(x) for x in sa) + sum(idf(x) for x in sb))


def _in_sentences(share: float):
    return lambda x, idf: idf.df.get(x, 0) <= max(2, share * idf.n)


def _variant(w_cos: float, overlap: str, anchored: float | None, rare_rule=_in_sentences(0.1),
             floor: float | None = None):
    """A similarity of the shipped form with other weights, overlap, anchoring (None: no anchoring) or rule
    for which shared names are rare (``rare_rule(lemma, idf)``); an anchored pair scores ``floor``, or when
    that is None the threshold being scored (ANCHOR_FLOOR, set per threshold below: an anchored pair matches)."""
    def sim(a, b, cosine, idf):
        lexical = idf.overlap(a.lemmas, b.lemmas) if overlap == "min" else _dice(idf, a.lemmas, b.lemmas)
        score = w_cos * cosine + (1 - w_cos) * lexical
        shared = set(a.lemmas) & set(b.lemmas)
        rare = {x for x in shared & a.names & b.names if rare_rule(x, idf)}
        if anchored is not None and rare and len(shared - rare) >= 1 and cosine >= anchored:
            score = max(score, ANCHOR_FLOOR if floor is None else floor)
        if a.numbers and b.numbers and not (a.numbers & b.numbers):
            score -= 0.3
        if a.negated != b.negated:
            score -= 0.2
        return score
    return sim


def _rarity_variant(rare_rule):
    """The shipped form (anchored at cosine >= ANCHORED_COSINE to ANCHORED_SCORE) with another rarity rule."""
    return _variant(0.7, "min", claims_mod.ANCHORED_COSINE, rare_rule, floor=claims_mod.ANCHORED_SCORE)


ANCHOR_FLOOR = 9.0  # set per threshold below: an anchored pair is a match
VARIANTS = {
    "shipped (0.7 cos + 0.3 min-overlap, anchored)": None,
    "0.7 cos + 0.3 min-overlap, no anchoring": _variant(0.7, "min", None),
    "0.7 cos + 0.3 dice, no anchoring": _variant(0.7, "dice", None),
    "0.6 cos + 0.4 dice, no anchoring": _variant(0.6, "dice", None),
    "0.8 cos + 0.2 dice, no anchoring": _variant(0.8, "dice", None),
    "0.7 cos + 0.3 dice, anchored at cos >= 0.55": _variant(0.7, "dice", 0.55),
    "0.7 cos + 0.3 min-overlap, anchored at cos >= 0.55": _variant(0.7, "min", 0.55),
    "1.0 cos, no anchoring": _variant(1.0, "min", None),
    # the anchoring's rarity, the shipped form otherwise (claims.ANCHOR_RARE_SHARE: 0.10 until the second)
    "rare: df <= max(2, 0.10 n) sentences (until 0.05)": _rarity_variant(_in_sentences(0.10)),
    "rare: df <= max(2, 0.05 n) sentences (=shipped)": _rarity_variant(_in_sentences(0.05)),
    "rare: df <= max(2, 0.02 n) sentences": _rarity_variant(_in_sentences(0.02)),
    "rare: df <= 2 sentences": _rarity_variant(lambda x, idf: idf.df.get(x, 0) <= 2),
    "rare: in <= 2 articles": _rarity_variant(lambda x, idf: idf.article_df.get(x, 0) <= 2),
    "rare: in <= 2 articles and df <= max(2, 0.10 n)": _rarity_variant(
        lambda x, idf: idf.article_df.get(x, 0) <= 2 and idf.df.get(x, 0) <= max(2, 0.1 * idf.n)),
}
THRESHOLDS = [round(0.50 + 0.02 * k, 2) for k in range(16)]


def _prf(scored: list[tuple[float, str, float]], t: float, beta: float = 1.0) -> tuple[float, float, float]:
    """Weighted P / R / F over (score, label, weight); "partial" pairs are left out of both."""
    rows = [(s, lab, w) for s, lab, w in scored if lab != "partial"]
    same = sum(w for _, lab, w in rows if lab == "same")
    kept = [(lab, w) for s, lab, w in rows if s >= t]
    tp = sum(w for lab, w in kept if lab == "same")
    p = tp / sum(w for _, w in kept) if kept else 0.0
    r = tp / same if same else 0.0
    f = (1 + beta ** 2) * p * r / (beta ** 2 * p + r) if p + r else 0.0
    return p, r, f


def _best_links(items, cos, idf, sim, floor: float):
    """(i, j, score): each claim's best match j in every other article, from another family, among the pairs
    of cosine >= ``floor`` (a pair under it cannot reach the scores asked about)."""
    for i, a in enumerate(items):
        best: dict[str, tuple[float, int]] = {}
        for j in map(int, (cos[i] >= floor).nonzero()[0]):
            b = items[j]
            if b.claim.article_id == a.claim.article_id or b.family == a.family:
                continue
            s = sim(a, b, float(cos[i, j]), idf)
            if s > best.get(b.claim.article_id, (-9.0, -1))[0]:
                best[b.claim.article_id] = (s, j)
        for s, j in best.values():
            yield i, j, s


def score(corpus: str, path: Path, held_out: bool, at: float | None = None) -> None:
    """Each variant's best threshold by F1, and its figures at threshold ``at`` (the one chosen on the
    other corpus) and the shipped one at the shipped threshold: weighted P / R / F1 on the labels."""
    global ANCHOR_FLOOR
    rows = read_labelled(path)
    if not rows:
        sys.exit(f"{path}: no labelled pairs (label must be one of {', '.join(LABELS)})")
    if "weight" in rows[0]:  # the labelled files in bench/data carry their weights
        weight = {r["pair"]: float(r["weight"]) for r in rows}
    else:
        with open(path.with_suffix(".key"), encoding="utf-8") as f:
            weight = {r["pair"]: float(r["weight"]) for r in csv.DictReader(f, delimiter="\t")}
    wanted = {r["story"] for r in rows}
    found: dict[tuple, tuple] = {}
    stories = []  # (items, cos, idf) of the labelled stories, for the sampling check below
    for name, items, cos, idf, _ in story_claims(corpus, held_out):
        if name not in wanted:
            continue
        stories.append((items, cos, idf))
        index = {(it.claim.article_id, it.claim.start, it.claim.end): k for k, it in enumerate(items)}
        for r in rows:
            if r["story"] == name:
                i = index.get((r["a_article"], int(r["a_start"]), int(r["a_end"])))
                j = index.get((r["b_article"], int(r["b_start"]), int(r["b_end"])))
                if i is not None and j is not None:
                    found[r["pair"]] = (items[i], items[j], float(cos[i, j]), idf)
    counts = {lab: sum(r["label"] == lab for r in rows) for lab in LABELS}
    print(f"{path}: {len(rows)} labelled pairs {counts}, {len(found)} found in the current claims")
    print(f"{'variant':48} {'thr':>5} {'P':>6} {'R':>6} {'F1':>6}   (weighted; partial left out)")
    for label, fn in VARIANTS.items():
        results = []
        for t in THRESHOLDS:
            ANCHOR_FLOOR = t
            sim = fn or claims_mod.similarity
            scored = [(sim(a, b, c, idf), r["label"], weight[r["pair"]])
                      for r in rows if r["pair"] in found for a, b, c, idf in [found[r["pair"]]]]
            results.append((t, *_prf(scored, t)))
        best = max(results, key=lambda x: x[3])
        shown = [best] + [x for x in results if x != best and (
            x[0] == at or (fn is None or label.startswith("rare:")) and x[0] == claims_mod.MATCH_THRESHOLD)]
        for t, p, r, f in shown:
            print(f"{label:48} {t:5.2f} {p:6.3f} {r:6.3f} {f:6.3f}")
    shipped_at = claims_mod.MATCH_THRESHOLD
    low = THRESHOLDS[0]
    print(f"\nrarity variants against the shipped matcher: labelled pairs it matches at {shipped_at} that the"
          " variant does not (same/partial/diff); directed links (a claim's best match in another article) that"
          f" reach {low} / {shipped_at} under the variant but lie outside the sampled population (the shipped"
          " matcher's best links scoring 0.40 or more); F1 minus the shipped one's, at 0.62 and each at its best"
          " threshold, with a 95% bootstrap interval over the labelled pairs")
    labelled = [(r["label"], weight[r["pair"]], found[r["pair"]]) for r in rows if r["pair"] in found]
    rng = random.Random(0)
    draws = [[rng.randrange(len(labelled)) for _ in labelled] for _ in range(400)]

    def f1(sim, t, pick):
        return _prf([(sim(*labelled[k][2]), labelled[k][0], labelled[k][1]) for k in pick], t)[2]

    def best_f1(sim, pick):
        return max(f1(sim, t, pick) for t in THRESHOLDS)

    ship = claims_mod.similarity
    # each form's scores computed once: the draws only reindex them
    table = {sim: [sim(*x[2]) for x in labelled] for sim in [ship] + list(VARIANTS.values()) if sim}

    def cached(sim):
        return lambda k, _v=table[sim]: _v[k]

    labelled = [(lab, w, (k,)) for k, (lab, w, _) in enumerate(labelled)]
    ship62 = [f1(cached(ship), shipped_at, d) for d in draws]
    shipbest = [best_f1(cached(ship), d) for d in draws]
    for label, fn in VARIANTS.items():
        if not label.startswith("rare:"):
            continue
        s_var, s_ship = cached(fn), cached(ship)
        lost = {lab: 0 for lab in LABELS}
        for lab, _, (k,) in labelled:
            if s_ship(k) >= shipped_at > s_var(k):
                lost[lab] += 1
        outside = {low: 0, shipped_at: 0}
        links = {low: 0, shipped_at: 0}
        floor = min(claims_mod.ANCHORED_COSINE, (low - 0.3) / 0.7)
        for items, cos, idf in stories:
            population = {tuple(sorted((i, j))) for i, j, s in _best_links(items, cos, idf, ship, floor)
                          if s >= BINS[0][0]}
            for i, j, s in _best_links(items, cos, idf, fn, floor):
                for t in links:
                    if s >= t:
                        links[t] += 1
                        outside[t] += tuple(sorted((i, j))) not in population
        every = range(len(labelled))
        d62 = [f1(s_var, shipped_at, d) - ship62[n] for n, d in enumerate(draws)]
        dbest = [best_f1(s_var, d) - shipbest[n] for n, d in enumerate(draws)]
        d62.sort()
        dbest.sort()
        print(f"{label:48} lost {lost['same']}/{lost['partial']}/{lost['diff']}; outside "
              f"{outside[low]}/{links[low]} at {low}, {outside[shipped_at]}/{links[shipped_at]} at {shipped_at}; "
              f"dF1 at 0.62 {f1(s_var, shipped_at, every) - f1(s_ship, shipped_at, every):+.3f} "
              f"[{d62[10]:+.3f}, {d62[389]:+.3f}], at best {best_f1(s_var, every) - best_f1(s_ship, every):+.3f} "
              f"[{dbest[10]:+.3f}, {dbest[389]:+.3f}]")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("corpus", choices=["ecbplus", "giveme5w1h"])
    s.add_argument("out", type=Path)
    s.add_argument("--per-bin", type=int, default=40)
    s.add_argument("--seed", type=int, default=1)
    c = sub.add_parser("score")
    c.add_argument("corpus", choices=["ecbplus", "giveme5w1h"])
    c.add_argument("labelled", type=Path)
    c.add_argument("--held-out", action="store_true", help="ECB+ test topics (default: train and dev)")
    c.add_argument("--at", type=float, help="also print every form at this threshold")
    args = ap.parse_args()
    if args.cmd == "sample":
        sample(args.corpus, args.out, args.per_bin, args.seed)
    else:
        score(args.corpus, args.labelled, args.held_out, args.at)
    return 0


if __name__ == "__main__":
    sys.exit(main())
