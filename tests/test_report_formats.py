"""The four renderers: JSON follows schema 3, Markdown and text show diffs and counts, HTML escapes and renders."""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from crosscheck_helpers import EXAMPLES, parsed_corpus, quotes_by_marks
from storycheck.crosscheck.analysis import StoryInput, brief_document, crosscheck_story
from storycheck.model import Article, Quote, Story
from storycheck.nlp import parse
from storycheck.report import render_html, render_json, render_markdown, render_text

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def document():
    parsed = [p for p in parsed_corpus(EXAMPLES) if "marathon" not in p.article.text]
    quotes = {p.article.id: quotes_by_marks(p, [("Marchenko", "Oleksiy Marchenko"), ("Dovzhenko", "Iryna Dovzhenko")])
              for p in parsed}
    families = {"NewsHub": "hh", "The Harbour Herald": "hh", "Coastal Daily": "cd", "Metro Bulletin": "cd"}
    family_of = {p.article.id: families.get(p.article.outlet, p.article.id) for p in parsed}
    story = Story("fire", "Zarichne warehouse fire", [p.article.id for p in parsed])
    fire = crosscheck_story(StoryInput(story, parsed, quotes, [], family_of))
    # a story whose text tries to inject markup
    texts = [f"The minister said: “{HOSTILE} we will rebuild the harbour wall this year.”\nOfficials said 12 boats sank.",
             f"The minister said: “{HOSTILE} we will rebuild the harbour wall next year.”\nOfficials said 40 boats sank."]
    hostile_parsed = [parse(Article.create(outlet=f"Outlet {i} <b>", title=f"T{i} <i>", text=t))
                      for i, t in enumerate(texts)]
    hq = {}
    for p in hostile_parsed:
        start = p.article.text.index("“") + 1
        end = p.article.text.index("”")
        hq[p.article.id] = [Quote(f"{p.article.id}:q0", p.article.id, "direct", start, end,
                                  p.article.text[start:end], speaker_canonical="Ann Minister")]
    hostile = crosscheck_story(StoryInput(Story("h", "harbour <wall>", [p.article.id for p in hostile_parsed]),
                                          hostile_parsed, hq))
    return brief_document([fire, hostile])


def test_json_schema_fields(document):
    data = json.loads(render_json(document))
    assert data["schema"] == 3
    story = data["stories"][0]
    assert {"id", "outlet", "title", "url", "published", "family"} <= set(story["articles"][0])
    assert {"id", "article", "speaker", "kind", "text", "start", "end"} <= set(story["quotes"][0])
    assert {"quotes", "diffs", "label"} <= set(story["quote_groups"][0])
    assert {"id", "article", "text", "start", "end", "attributed_to"} <= set(story["claims"][0])
    assert {"claims", "independent_sources", "outlets"} <= set(story["claim_groups"][0])
    assert {"kind", "values", "explanation"} <= set(story["conflicts"][0])
    assert {"article", "start", "end"} <= set(story["conflicts"][0]["values"][0])
    assert "reuse" in story


def test_markdown_and_text(document):
    md = render_markdown(document)
    assert "~~is still~~ **remains**" in md or "~~remains~~ **is still**" in md
    assert "independent sources" in md and "Iryna Dovzhenko" in md
    text = render_text(document)
    assert "Conflicts" in text and "14" in text and "41" in text
    assert "[-" in text and "{+" in text


def test_html_escapes_all_text(document):
    page = render_html(document)
    assert "<script>" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;" in page
    assert "<img" not in page
    assert "<del>" in page and "<ins>" in page
    assert "<link" not in page and "src=" not in page.replace("src=x", "")  # self-contained


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (make test installs it)")
def test_html_renders_in_headless_chromium(document, tmp_path):
    page = tmp_path / "brief.html"
    page.write_text(render_html(document), encoding="utf-8")
    shot = tmp_path / "brief.png"
    profile = tempfile.mkdtemp(prefix="storycheck-chromium-")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={profile}", "--window-size=1200,2000", f"--screenshot={shot}",
                        page.as_uri()], check=True, capture_output=True, timeout=90)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 2000)
    # a page that rendered has more than one colour: decode the PNG and count
    import zlib
    import numpy as np

    chunks, pos = [], 8
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            chunks.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    channels = data[25]  # colour type: 2 = RGB, 6 = RGBA
    stride = width * (4 if channels == 6 else 3) + 1
    rows = np.frombuffer(raw, dtype=np.uint8).reshape(height, stride)
    assert len(np.unique(rows[:, 1:])) > 20  # text, marks and backgrounds, not a blank page
    assert Path(shot).stat().st_size > 20_000


def test_a_quote_with_its_own_marks_is_shown_as_written():
    from storycheck.report.view import shown_quote

    assert shown_quote("that \u201cPutin is being misinformed by his advisors\u201d") == \
        "that \u201cPutin is being misinformed by his advisors\u201d"
    assert shown_quote("\u201cHe underestimated the coalition.\n\u201cHe overestimated his army.\u201d") == \
        "\u201cHe underestimated the coalition. \u201cHe overestimated his army.\u201d"
    assert shown_quote("“The crowds carried me home,”") == "“The crowds carried me home”"
    assert shown_quote("'Hi there,'") == "'Hi there'" and shown_quote("‘Hi,’") == "‘Hi’"
    assert shown_quote("Russia had repeatedly lied about its intentions,") == \
        "\u201cRussia had repeatedly lied about its intentions\u201d"
    # a mixed quote whose quoted words stand in single marks keeps them, and no marks are added around it
    assert shown_quote("he could not understand why 'a country of samurai warriors' did not shoot") == \
        "he could not understand why 'a country of samurai warriors' did not shoot"
    assert shown_quote("the firm's plan didn't work") == "\u201cthe firm's plan didn't work\u201d"  # apostrophes
    assert shown_quote("wages stagnated since the '80s and workers' pay fell") == \
        "\u201cwages stagnated since the '80s and workers' pay fell\u201d"


def test_an_outlet_is_named_once_per_family_and_its_own_pieces_are_told_apart():
    from storycheck.report.view import StoryView

    articles = [{"id": "a" * 16, "outlet": "Daily", "published": "2017-12-02T20:05:00+00:00", "family": "f"},
                {"id": "b" * 16, "outlet": "Wire", "published": None, "family": "f"},
                {"id": "c" * 16, "outlet": "Daily", "published": "2017-12-27T23:34:00+00:00", "family": "f"}]
    v = StoryView({"articles": articles, "claims": [], "quotes": []})
    assert v.family_label({"articles": [a["id"] for a in articles]}) == "Daily + Wire"
    own = {"copy": "c" * 16, "source": "a" * 16, "kind": "partial", "share": 0.36}
    assert v.reuse_sentence(own) == "Daily of 2017-12-27 23:34 reuses Daily of 2017-12-02 20:05 (partial, 36% of its text)"
    other = {"copy": "c" * 16, "source": "b" * 16, "kind": "light", "share": 0.8}
    assert v.reuse_sentence(other) == "Daily reuses Wire (light, 80% of its text)"
    unknown = dict(other, direction="unknown")  # same or no dates: no one is said to have copied
    assert v.reuse_sentence(unknown) == \
        "Daily and Wire share text (light, 80% of Daily's text; which came first is not known)"


def test_numbers_independent_sources_give_alike_are_shown():
    """A fifth reader: "about 600 tons" stood in the Markdown as one source's number while the JSON had three
    outlets agreeing."""
    mention = {"article": "a" * 16, "start": 0, "end": 13, "text": "about 600 tons", "unit": "ton", "value": 600}
    story = {"id": "s", "label": "Oil", "articles": [{"id": "a" * 16, "outlet": "NPR", "title": "t", "url": None,
                                                        "published": None, "family": "a", "counts_as": "npr"}],
             "families": [], "reuse": [], "conflicts": [], "quotes": [], "quote_groups": [], "claims": [],
             "claim_groups": [], "single_sourced_claims": [], "single_outlet_quotes": [], "names": [],
             "numbers": {"agreements": [[dict(mention, outlet="npr.org"), dict(mention, outlet="rt.com")]],
                         "single_sourced": []}}
    from storycheck.report.markdown import story_markdown
    assert "- numbers given alike by independent sources: about 600 tons \\[ton\\] (npr.org, rt.com)" in \
        story_markdown(story)


def test_a_long_list_of_names_is_cut_in_a_brief_line():
    from storycheck.report.view import some_of

    assert some_of(["A", "B"]) == "A, B"
    assert some_of([f"N{i}" for i in range(8)]) == "N0, N1, N2, N3, N4 and 3 more"


def test_a_quote_group_too_short_to_diff_shows_its_versions():
    from storycheck.report.view import StoryView

    articles = [{"id": "a" * 16, "outlet": "Daily", "published": None, "family": "a"},
                {"id": "b" * 16, "outlet": "Wire", "published": None, "family": "b"}]
    quotes = [{"id": f"{x * 16}:q1", "article": x * 16, "text": "“Carnage”", "start": 5, "end": 14} for x in "ab"]
    v = StoryView({"articles": articles, "claims": [], "quotes": quotes})
    group = {"quotes": [q["id"] for q in quotes] + [quotes[0]["id"]], "articles": ["a" * 16, "b" * 16], "diffs": []}
    assert [q["article"] for q in v.versions(group)] == ["a" * 16, "b" * 16]


def test_a_paper_running_one_quote_in_two_articles_lists_it_once():
    from storycheck.report.view import StoryView

    articles = [{"id": "a" * 16, "outlet": "dailymail.co.uk", "published": None, "family": "a"},
                {"id": "b" * 16, "outlet": "www.dailymail.co.uk", "published": None, "family": "b"},
                {"id": "c" * 16, "outlet": "Wire", "published": None, "family": "c"}]
    quotes = [{"id": f"{x * 16}:q1", "article": x * 16, "text": "“We will rebuild,”", "start": 5, "end": 23,
               "speaker": "Anna Berg"} for x in "abc"]
    v = StoryView({"articles": articles, "claims": [], "quotes": quotes,
                   "single_outlet_quotes": [q["id"] for q in quotes]})
    assert [q["article"] for q in v.single_outlet_quotes()] == ["a" * 16, "c" * 16]


def test_the_header_counts_sources_as_the_claims_do():
    from storycheck.report.view import StoryView

    articles = [{"id": "a" * 16, "outlet": "usa.chinadaily.com.cn", "published": None, "family": "fa"},
                {"id": "b" * 16, "outlet": "chinadaily.com.cn", "published": None, "family": "fb"},
                {"id": "c" * 16, "outlet": "Wire", "published": None, "family": "fc"}]
    families = [{"id": f"f{x}", "articles": [x * 16]} for x in "abc"]
    v = StoryView({"articles": articles, "claims": [], "quotes": [], "families": families})
    assert v.sources_line() == "2 independent sources (3 source families: a publisher's own articles count once)"
    v = StoryView({"articles": articles[1:], "claims": [], "quotes": [], "families": families[1:]})
    assert v.sources_line() == "2 independent sources"


def test_a_corroborated_claim_credits_each_outlets_attribution_to_that_outlet():
    """A user's review of the seeds: "both Kyiv and Chernihiv suffered more air attacks" (the Mirror, no
    attribution) and "shelling near Chernihiv" (the blog, the British Ministry of Defence) read as one claim
    "attributed to British Ministry of Defense", as if both outlets said so."""
    from storycheck.report.view import StoryView

    story = {"articles": [{"id": "a1", "outlet": "Mirror", "family": "a1"},
                          {"id": "b2", "outlet": "Blog", "family": "b2"}],
             "claims": [{"id": "c1", "article": "a1", "attributed_to": None},
                        {"id": "c2", "article": "b2", "attributed_to": "British Ministry of Defense"},
                        {"id": "c3", "article": "b2", "attributed_to": "British Ministry of Defense"}],
             "quotes": [], "claim_groups": [{"claims": ["c1", "c2", "c3"]}]}
    view = StoryView(story)
    assert view.claim_sources(story["claim_groups"][0]) == "Mirror; Blog, attributed to British Ministry of Defense"


def test_a_saved_brief_links_each_citation_to_the_passage_on_the_outlets_page():
    """A user's review: in an exported HTML or Markdown brief every citation was plain text."""
    from storycheck.report.html import _cite
    from storycheck.report.markdown import _cite as md_cite
    from storycheck.report.view import StoryView

    story = {"articles": [{"id": "a1", "outlet": "Herald", "family": "a1", "url": "https://herald.example/x#top"},
                          {"id": "b2", "outlet": "Blog", "family": "b2", "url": "javascript:alert(1)"}],
             "claims": [], "quotes": [], "claim_groups": []}
    view = StoryView(story)
    quote = {"article": "a1", "start": 5, "end": 60, "text": "The fire is out, but the air near the port is still "
                                                              "dangerous - stay in, she said"}
    link = view.passage_link(quote)  # the first six words, then the last four: the start and end of the passage
    assert link == "https://herald.example/x#:~:text=The%20fire%20is%20out%2C%20but%20the,stay%20in%2C%20she%20said"
    dashed = {"article": "a1", "start": 0, "end": 9, "text": "a well-known fact"}
    assert view.passage_link(dashed).endswith("text=a%20well%2Dknown%20fact")  # "-" and "," delimit a fragment
    assert f'href="{link}"' in _cite(view, quote, None).replace("&amp;", "&")
    assert md_cite(view, quote).endswith(f"](<{link}>)")
    number = {"article": "a1", "start": 0, "end": 2, "text": "41",
              "sentence": {"article": "a1", "start": 0, "end": 30, "text": "41 people were taken to hospital"}}
    assert "text=41%20people%20were%20taken%20to%20hospital" in view.passage_link(number)  # not the first "41" on the page
    bad = {"article": "b2", "start": 0, "end": 4, "text": "word"}
    assert view.passage_link(bad) is None and "<a" not in _cite(view, bad, None)
