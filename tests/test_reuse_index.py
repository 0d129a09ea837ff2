"""The index's cost and the building blocks: tokens and quotation masks, alignment offsets, families."""

from __future__ import annotations

import json
import random

from conftest import SHARED, need
from storycheck.model import Article, ReuseLink
from storycheck.reuse import ReuseIndex, source_families
from storycheck.reuse.align import align
from storycheck.reuse.text import quote_spans, tokenize


def corpus_articles(limit: int) -> list[Article]:
    path = need(SHARED / "data" / "giveme5w1h" / "docs.jsonl")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [Article.create(outlet=r["source_domain"] or "unknown", title=r["title"] or "", text=r["text"])
            for r in rows[:limit] if len(r["text"].split()) >= 50]


def test_the_index_compares_few_pairs_and_still_finds_planted_copies():
    articles = corpus_articles(300)
    rng = random.Random(7)
    planted = rng.sample(articles, 10)
    copies = [Article.create(outlet="copier", title=a.title, text="Breaking. " + a.text) for a in planted]
    stream = articles + copies
    index = ReuseIndex()
    links = [link for article in stream for link in index.add(article, quote_spans(article.text))]
    all_pairs = len(stream) * (len(stream) - 1) // 2
    # candidates come from shared shingles (here mostly site boilerplate), never from all pairs
    assert index.stats.candidate_pairs < all_pairs / 40
    assert index.stats.candidate_pairs <= len(stream) * index.max_candidates
    found = {(link.source_id, link.target_id) for link in links if link.kind == "verbatim"}
    assert {(a.id, c.id) for a, c in zip(planted, copies)} <= found


def test_a_common_shingle_stops_proposing_candidates():
    index = ReuseIndex(max_postings=3)
    boiler = "Subscribe to our newsletter for the latest updates from the region every single morning. "
    for i in range(6):
        index.add(Article.create(outlet=f"o{i}", title="t", text=boiler + f"Item {i} about topic number {i * 7}."))
    assert index.stats.candidate_pairs <= 3 * 3  # only the first few articles ever met as candidates


def test_tokens_keep_offsets_and_mark_quoted_words():
    text = 'The minister said: “We will not resign.” Critics disagreed.'
    tokens = tokenize(text, quote_spans(text))
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends)][:3] == ["The", "minister", "said"]
    quoted = [w for w, q in zip(tokens.words, tokens.quoted) if q]
    assert quoted == ["we", "will", "not", "resign"]
    assert tokens.unquoted_sentences()[-1] == "critics disagreed"


def test_alignment_finds_reordered_passages_separately():
    first = "Storm winds tore the roof off the old market hall on the river bank late on Sunday evening."
    second = "Rescue teams searched the flooded streets of the lower town for anyone still trapped inside."
    a = tokenize(first + " " + second)
    b = tokenize(second + " Officials gave no figures. " + first)
    passages = align(a, b)
    assert len(passages) == 2
    assert all(p.similarity == 1.0 for p in passages)


def link(source: str, target: str, kind: str = "verbatim", direction: str = "known") -> ReuseLink:
    return ReuseLink(source, target, kind, 0.9, 0.9, direction)


def articles(*ids: str) -> list[Article]:
    return [Article(id=i, outlet=i, title=i, text=i) for i in ids]


def test_families_join_copies_and_rewrites_but_not_independent_pairs_nor_a_taken_passage():
    links = [link("a", "b"), link("b", "c", "heavy"), link("d", "e", "independent"), link("f", "g", "partial")]
    families = source_families(links, articles(*"abcdefg"))
    assert [(sorted(f.article_ids), f.original_id) for f in families] == [
        (["a", "b", "c"], "a"), (["d"], "d"), (["e"], "e"), (["f"], "f"), (["g"], "g")]


def test_a_family_with_an_unknown_direction_may_have_no_known_original():
    families = source_families([link("a", "b"), link("b", "c", direction="unknown")], articles("a", "b", "c"))
    assert [(sorted(f.article_ids), f.original_id) for f in families] == [(["a", "b", "c"], None)]
    families = source_families([link("a", "b"), link("a", "c")], articles("a", "b", "c"))
    assert families[0].original_id == "a"


def test_the_seventh_copy_of_a_wire_story_still_finds_the_others():
    story = corpus_articles(1)[0]
    copies = [Article.create(outlet=f"outlet {i}", title="wire", text=f"Outlet {i} reports. " + story.text)
              for i in range(7)]
    index = ReuseIndex()
    for copy in copies[:-1]:
        index.add(copy)
    links = index.add(copies[-1])
    assert {link.source_id for link in links} == {c.id for c in copies[:-1]}


def test_an_article_added_twice_is_not_its_own_copy():
    article = corpus_articles(1)[0]
    index = ReuseIndex()
    assert index.add(article) == []
    assert index.add(article) == []


def test_one_rule_names_a_familys_original_whatever_other_links_the_story_holds():
    from storycheck.reuse.families import family_original
    # a copies b's whole text; c took one passage of a (partial): a is still the family's original
    links = [link("a", "b"), link("c", "a", "partial"), link("x", "a")]  # x is outside the family
    assert family_original(["a", "b"], links) == "a"
    assert family_original(["a", "b"], [link("a", "b", direction="unknown")]) is None
    assert family_original(["a", "b", "c"], [link("a", "b"), link("c", "b")]) is None  # two candidates: no guess


def test_a_news_agency_is_known_by_name_by_its_outlets_domain_or_by_its_address():
    from storycheck.reuse.classify import is_wire
    assert is_wire(Article(id="1", outlet="Reuters", title="t", text="x"))
    assert is_wire(Article(id="2", outlet="uk.reuters.com", title="t", text="x"))
    assert is_wire(Article(id="3", outlet="Some paper", title="t", text="x", url="https://apnews.com/article/abc"))
    assert not is_wire(Article(id="4", outlet="notreuters.com", title="t", text="x"))
    assert not is_wire(Article(id="5", outlet="The Guardian", title="t", text="x", url="https://www.theguardian.com/x"))
