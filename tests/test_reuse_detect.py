"""Reuse detection on real texts: the seeds, synthetic copies of a seed, and the example corpus."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

import pytest

from conftest import EXAMPLES, SEEDS, need
from storycheck.model import Article
from storycheck.reuse import ReuseIndex, find_reuse, source_families
from storycheck.reuse.text import quote_spans

DAY = datetime(2022, 3, 31, 12, tzinfo=timezone.utc)
SYNONYMS = {"said": "stated", "troops": "soldiers", "accused": "charged", "claims": "assertions", "deadly": "lethal",
            "believes": "thinks", "evidence": "signs", "huge": "heavy", "pushed": "driven", "chief": "head",
            "released": "published", "rare": "unusual", "emerged": "surfaced", "war": "conflict"}


def seeds() -> list[Article]:
    return [Article.create(outlet=p.stem, title=p.stem, text=p.read_text("utf-8"))
            for p in sorted(need(SEEDS).glob("*.txt"))]


def spans(*articles: Article) -> dict:
    return {a.id: quote_spans(a.text) for a in articles}


def light_rewrite(text: str) -> str:
    """Synonyms swapped and every fifth longer word altered, outside quotations (a light rewrite)."""
    quoted = quote_spans(text)
    out, last, count = [], 0, 0
    for m in re.finditer(r"\w+", text):
        if any(s <= m.start() < e for s, e in quoted):
            continue
        count += 1
        word = m.group()
        new = SYNONYMS.get(word) or (word + "ly" if count % 5 == 0 and len(word) > 3 else None)
        if new:
            out += [text[last:m.start()], new]
            last = m.end()
    return "".join(out + [text[last:]])


def test_the_seeds_share_a_long_quote_but_are_not_copies():
    a, b = seeds()
    assert find_reuse([a, b], spans(a, b)) == []
    assert find_reuse([a, b]) == []  # quotations are found when not given


def test_without_quotation_spans_the_shared_quote_is_partial_reuse():
    # the control for the test above: it is the quote awareness that keeps the seeds apart
    a, b = seeds()
    links = find_reuse([a, b], {a.id: [], b.id: []})
    assert [link.kind for link in links] == ["partial"]


POST = ("The harbour will stay closed to all shipping until the inspectors have checked every berth, every crane "
        "and every fuel line, and nobody should expect that before the middle of next month at the earliest.")


def report(outlet: str, own: list[str], post: str) -> Article:
    return Article.create(outlet=outlet, title=f"{outlet} on the harbour", text="\n".join([own[0], post, *own[1:]]))


def two_reports(post_a: str, post_b: str) -> list[Article]:
    return [report("Wire", ["The port authority spoke late on Monday about the closure that began last week.",
                            "Shipping firms have already begun to divert their vessels to other ports along the coast."],
                   post_a),
            report("Daily", ["Dock workers gathered at the gates on Tuesday morning, unsure when they would be paid.",
                             "A union leader said his members had been told nothing about compensation so far."],
                   post_b)]


def test_one_post_embedded_by_two_outlets_is_no_copy():
    signed = POST + " — Port Authority (@portauthority) March 3, 2022"
    assert find_reuse(two_reports(signed, signed)) == []
    # the control: without the post's signature the same lines are a passage one took from the other
    assert len(find_reuse(two_reports(POST, POST))) == 1


def test_words_one_outlet_quotes_and_another_runs_unquoted_are_no_copy():
    # a statement in quotation marks in one report, unmarked (as an embedded post's text) in the other; the
    # pair is compared directly, as when other shared words make them candidates
    from storycheck.reuse.classify import compare
    from storycheck.reuse.text import tokenize

    for post_a, post_b in [(POST, f"The authority said: \u201c{POST}\u201d"), (f"The authority said: \u201c{POST}\u201d", POST)]:
        a, b = two_reports(post_a, post_b)
        assert compare(a, tokenize(a.text, quote_spans(a.text)), b, tokenize(b.text, quote_spans(b.text))) is None


def test_a_verbatim_copy_is_found_with_its_source():
    original = seeds()[1]
    original.published = DAY
    copy = Article.create(outlet="Aggregator", title="copy", text=original.text + "\nRead more on Aggregator.",
                          published=DAY + timedelta(hours=2))
    links = find_reuse([copy, original], spans(copy, original))  # the copy is indexed first
    assert len(links) == 1
    link = links[0]
    assert (link.source_id, link.target_id, link.kind, link.direction) == (original.id, copy.id, "verbatim", "known")
    assert link.source_share > 0.95 and link.target_share > 0.95
    for p in link.passages:
        assert original.text[p.source_start:p.source_end] == copy.text[p.target_start:p.target_end]


def test_a_light_rewrite_is_found_with_its_source():
    original = seeds()[1]
    original.published = DAY
    rewrite = Article.create(outlet="Rewriter", title="rewrite", text=light_rewrite(original.text),
                             published=DAY + timedelta(hours=3))
    assert rewrite.text != original.text
    links = find_reuse([original, rewrite], spans(original, rewrite))
    assert [(link.source_id, link.target_id, link.kind, link.direction) for link in links] == [
        (original.id, rewrite.id, "light", "known")]


@pytest.mark.parametrize("dates", [(None, None), (DAY, None), (DAY, DAY)])
def test_missing_or_equal_dates_leave_the_direction_unknown(dates):
    original = seeds()[1]
    original.published = dates[0]
    copy = Article.create(outlet="Aggregator", title="copy", text=original.text, published=dates[1])
    links = find_reuse([original, copy], spans(original, copy))
    assert [(link.kind, link.direction) for link in links] == [("verbatim", "unknown")]


def test_a_news_agency_is_the_source_of_the_paper_that_ran_its_copy_whatever_the_dates():
    wire = seeds()[1]
    wire.outlet, wire.url, wire.published = "reuters.com", "https://www.reuters.com/article/x", DAY + timedelta(days=1)
    paper = Article.create(outlet="dailymail.co.uk", title="copy", text=wire.text, published=DAY)
    links = find_reuse([paper, wire], spans(paper, wire))
    assert [(link.source_id, link.target_id, link.direction) for link in links] == [(wire.id, paper.id, "known")]
    wire.published = DAY + timedelta(days=3)  # days later: the wire rewrote the paper's exclusive
    links = find_reuse([paper, wire], spans(paper, wire))
    assert [(link.source_id, link.target_id) for link in links] == [(paper.id, wire.id)]


def test_a_later_article_can_be_the_source_of_one_indexed_before_it():
    original = seeds()[1]
    original.published = DAY
    copy = Article.create(outlet="Aggregator", title="copy", text=original.text, published=DAY + timedelta(days=1))
    index = ReuseIndex()
    index.add(copy, quote_spans(copy.text))
    [link] = index.add(original, quote_spans(original.text))
    assert (link.source_id, link.target_id, link.direction) == (original.id, copy.id, "known")


def examples() -> dict[str, Article]:
    from storycheck.ingest import read_paths

    found = {}
    for item in read_paths([str(need(EXAMPLES))]):
        if isinstance(item, Article):
            found.setdefault(item.outlet, item)  # Northern Wire's first item is the fire report
    return found


def test_example_corpus_copy_and_rewrite_are_found_and_the_shared_quote_is_not_a_link():
    articles = examples()
    ids = {outlet: a.id for outlet, a in articles.items()}
    links = find_reuse(list(articles.values()), spans(*articles.values()))
    found = {(link.source_id, link.target_id): (link.kind, link.direction) for link in links}
    assert found == {
        (ids["The Harbour Herald"], ids["NewsHub"]): ("verbatim", "known"),
        (ids["Coastal Daily"], ids["Metro Bulletin"]): ("light", "known"),
    }
    # Harbour Herald and Northern Wire share Marchenko's sentence word for word: still no link
    assert not any({link.source_id, link.target_id} == {ids["The Harbour Herald"], ids["Northern Wire"]}
                   for link in links)
    families = {frozenset(f.article_ids): f.original_id for f in source_families(links, list(articles.values()))}
    assert families[frozenset({ids["The Harbour Herald"], ids["NewsHub"]})] == ids["The Harbour Herald"]
    assert families[frozenset({ids["Coastal Daily"], ids["Metro Bulletin"]})] == ids["Coastal Daily"]
    assert families[frozenset({ids["Northern Wire"]})] == ids["Northern Wire"]


def test_cli_prints_links_and_families_as_json(capsys):
    from storycheck.cli import main

    assert main(["reuse", str(need(EXAMPLES)), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(link["kind"] for link in out["links"]) == ["light", "verbatim"]
    assert sorted(len(f["article_ids"]) for f in out["families"]) == [1, 1, 2, 2]


def test_cli_says_when_nothing_could_be_read(tmp_path, capsys):
    from storycheck.cli import main

    (tmp_path / "empty.txt").write_text("")
    assert main(["reuse", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "skipped" in err and "empty file" in err and "no article could be read" in err


def test_cli_reads_a_store_and_saves_the_links(store, capsys):
    from storycheck.cli import main

    articles = examples()
    store.add_articles(articles.values())
    assert main(["reuse", "--db", store.path]) == 0
    assert "verbatim" in capsys.readouterr().out
    assert sorted(link.kind for link in store.reuse_links()) == ["light", "verbatim"]


def test_where_an_embedded_post_stands():
    from storycheck.reuse.text import embedded_posts

    text = "Intro.\n\nFalcon Heavy is go for launch today.\n\n— Elon Musk (@elonmusk) February 6, 2018\n\nMore."
    [(start, end)] = embedded_posts(text)
    assert text[start:end].startswith("Falcon Heavy is go") and text[end:].strip() == "More."
    assert embedded_posts("The firm's co-founder Jack Dorsey (@jack) March 21, 2006 spoke.") == []  # no signature
    long_line = "x" * 5000 + " — Elon Musk (@elonmusk) February 6, 2018"
    assert [e - s for s, e in embedded_posts(long_line)] == [440]  # a post's length, not the whole line
