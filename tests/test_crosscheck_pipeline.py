"""`storycheck check` end to end, with the real quotes, reuse and stories stages, on the seeds and the example corpus."""

from __future__ import annotations

import json

import pytest

from crosscheck_helpers import EXAMPLES, SHARED
from storycheck import pipeline
from storycheck.cli import main
from storycheck.ingest import read_paths
from storycheck.store import open_store
from storycheck.stories import current_stories


def check(tmp_path_factory, path, fmt="json"):
    out = tmp_path_factory.mktemp("brief") / f"brief.{fmt}"
    assert main(["check", str(path), "--quiet", "--format", fmt, "--out", str(out)]) == 0
    return out.read_text("utf-8")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    if not (SHARED / "seeds").exists():
        pytest.skip("../shared/seeds is not there")
    return json.loads(check(tmp_path_factory, SHARED / "seeds"))


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    return json.loads(check(tmp_path_factory, EXAMPLES))


def test_seeds_brief(seeds):
    assert seeds["schema"] == 3 and len(seeds["stories"]) == 1
    story = seeds["stories"][0]
    assert story["reuse"] == [] and len(story["families"]) == 2
    assert any("reduce" in o["a"] + o["b"] and "scale down" in o["a"] + o["b"]
               for g in story["quote_groups"] for d in g["diffs"] for o in d["ops"])
    assert [(c["kind"], sorted({v["value"] for v in c["values"]})) for c in story["conflicts"]] == [
        ("name", ["Jan Stoltenberg", "Jens Stoltenberg"])]
    claims = {c["id"]: c for c in story["claims"]}
    for word in ("repositioning", "Chernobyl", "Chernihiv", "misinformed"):
        assert any(g["independent_sources"] == 2 and any(word in claims[c]["text"] for c in g["claims"])
                   for g in story["claim_groups"]), word
    single = {(n["value"], n["unit"]) for n in story["numbers"]["single_sourced"]}
    assert {(134500, "conscript"), (148, "child")} <= single


def test_examples_brief(examples):
    stories = examples["stories"]
    assert sorted(len(s["articles"]) for s in stories) == [1, 5]
    fire = max(stories, key=lambda s: len(s["articles"]))
    outlet = {a["id"]: a["outlet"] for a in fire["articles"]}
    assert sorted(sorted(outlet[a] for a in f["articles"]) for f in fire["families"]) == [
        ["Coastal Daily", "Metro Bulletin"], ["NewsHub", "The Harbour Herald"], ["Northern Wire"]]
    assert sorted((r["kind"], outlet[r["source"]], outlet[r["copy"]]) for r in fire["reuse"]) == [
        ("light", "Coastal Daily", "Metro Bulletin"), ("verbatim", "The Harbour Herald", "NewsHub")]
    conflicts = sorted((c["kind"], sorted({str(v["value"]) for v in c["values"]})) for c in fire["conflicts"])
    assert conflicts == [("name", ["Iryna Dovzhenko", "Olena Dovzhenko"]), ("number", ["14.0", "41.0"])]
    assert any({"Oleksiy Marchenko", "Oleksii Marchenko"} <= set(n["variants"]) for n in fire["names"])
    drift = next(g for g in fire["quote_groups"] if len(g["articles"]) == 5)
    assert drift["label"] == "minor drift"
    claims = {c["id"]: c for c in fire["claims"]}
    shelters = [g for g in fire["claim_groups"] if any("shelters" in claims[c]["text"] for c in g["claims"])]
    assert max(g["independent_sources"] for g in shelters) == 3
    single = " ".join(claims[c]["text"] for c in fire["single_sourced_claims"])
    assert "arson" in single and "estuary" in single
    for c in fire["claims"] + fire["quotes"]:
        assert c["text"]  # offsets are checked against the texts in test_crosscheck_seeds


def test_text_brief_reads_well(tmp_path_factory):
    text = check(tmp_path_factory, EXAMPLES, "text")
    for heading in ("Sources", "Conflicts", "Quotes across outlets", "Corroborated claims", "Single-sourced"):
        assert heading in text
    assert "14" in text and "41" in text and "Olena Dovzhenko" in text


def test_a_paper_quoting_itself_twice_is_no_quote_across_outlets(tmp_path, tmp_path_factory):
    quote = "\u201cThe harbour wall will be rebuilt before the winter storms arrive,\u201d said mayor Anna Berg."
    texts = {
        "herald-1.md": ("Harbour Herald", "2024-05-01", "Harbour wall to be rebuilt",
                        f"The council approved funds to rebuild the Portmere harbour wall on Monday. {quote}"),
        "herald-2.md": ("Harbour Herald", "2024-05-02", "Work on Portmere harbour wall begins",
                        f"Crews began work on the Portmere harbour wall on Tuesday. {quote}"),
        "times.md": ("Coast Times", "2024-05-02", "Portmere harbour wall works start",
                     "Work started on Portmere's damaged harbour wall, which the council voted to rebuild."),
    }
    for name, (outlet, date, title, body) in texts.items():
        (tmp_path / name).write_text(f"---\noutlet: {outlet}\ndate: {date}\ntitle: {title}\n---\n{body}\n", "utf-8")
    brief = json.loads(check(tmp_path_factory, tmp_path))
    [story] = [s for s in brief["stories"] if len(s["articles"]) == 3]
    assert story["quote_groups"] == []
    quotes = {q["id"]: q for q in story["quotes"]}
    assert any("harbour wall will be rebuilt" in quotes[q]["text"] for q in story["single_outlet_quotes"])


@pytest.fixture
def parsed(monkeypatch) -> list:
    """Every article the pipeline parses from now on (the real parser, watched)."""
    seen = []
    real_parse_many = pipeline.parse_many

    def recording_parse_many(articles, *args, **kwargs):
        articles = list(articles)
        seen.extend(articles)
        return real_parse_many(articles, *args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_many", recording_parse_many)
    return seen


def test_check_against_a_store_analyses_only_the_stories_briefed(tmp_path, parsed):
    """`check --db` with a store full of other events parses only the articles of the stories it briefs, and
    briefs them exactly as a store holding nothing else would; the stories are the ones `storycheck stories`
    shows (grouped from every stored article's words)."""
    if not (SHARED / "seeds").exists():
        pytest.skip("../shared/seeds is not there")
    with open_store(tmp_path / "alone.db") as alone:
        expected = pipeline.check([str(SHARED / "seeds")], alone, quiet=True)
    with open_store(tmp_path / "full.db") as full:
        full.add_articles(read_paths([str(EXAMPLES)]))
        others = {a.id for a in full.articles()}
        parsed.clear()
        brief = pipeline.check([str(SHARED / "seeds")], full, quiet=True)
        seeds = {a.id for a in full.articles()} - others
        stories = current_stories(full)
    assert len(others) == 6 and len(seeds) == 2 and sorted(a.id for a in parsed) == sorted(seeds)
    assert brief == expected
    assert {s["id"] for s in brief["stories"]} == {s.id for s in stories if seeds & set(s.article_ids)}


def test_an_input_joins_the_stored_reports_of_its_event_and_brief_says_the_same_later(tmp_path, parsed):
    """Checked against a store, a copy (Metro Bulletin's rewrite of Coastal Daily) joins the stored reports of its
    event: only that story's articles are parsed, the copy is found against the stored source (so it is no
    independent source), and `storycheck brief` of the story later gives the same brief."""
    import shutil

    stored, new = tmp_path / "stored", tmp_path / "new"
    stored.mkdir(), new.mkdir()
    for path in EXAMPLES.iterdir():
        shutil.copy(path, (new if path.stem == "metro-bulletin" else stored) / path.name)
    with open_store(tmp_path / "store.db") as store:
        store.add_articles(read_paths([str(stored)]))
        assert len(store.articles()) == 5 and len(current_stories(store)) == 2
        brief = pipeline.check([str(new)], store, quiet=True)
        parsed_by_check = sorted(a.outlet for a in parsed)
        [story] = brief["stories"]
        later = pipeline.brief(story["id"], store)
    assert parsed_by_check == ["Coastal Daily", "Metro Bulletin", "NewsHub", "Northern Wire", "The Harbour Herald"]
    outlet = {a["id"]: a["outlet"] for a in story["articles"]}
    assert {(outlet[r["source"]], outlet[r["copy"]]) for r in story["reuse"]} == {
        ("Coastal Daily", "Metro Bulletin"), ("The Harbour Herald", "NewsHub")}
    assert brief.pop("skipped") == [] and later == brief  # check also says which inputs it could not read


def test_check_uses_the_store_the_environment_names(tmp_path, monkeypatch):
    """$STORYCHECK_DB names the user's store for every command; check used to ignore it (a user's review)."""
    db = tmp_path / "env.db"
    monkeypatch.setenv("STORYCHECK_DB", str(db))
    assert main(["check", str(EXAMPLES / "coastal-daily.md"), "-q", "--format", "json",
                 "--out", str(tmp_path / "b.json")]) == 0
    with open_store(db, create=False) as store:
        assert [a.outlet for a in store.articles()] == ["Coastal Daily"]


def test_a_brief_is_kept_and_made_again_only_when_its_story_or_the_code_changes(tmp_path, monkeypatch):
    """A team's review: the same check run again parsed everything again (47 s for 128 articles)."""
    import shutil

    folder = tmp_path / "in"
    folder.mkdir()
    for path in EXAMPLES.iterdir():
        if path.stem != "metro-bulletin":
            shutil.copy(path, folder / path.name)
    analysed = []
    real = pipeline.analyse
    monkeypatch.setattr(pipeline, "analyse", lambda articles, **kw: analysed.append(len(articles))
                        or real(articles, **kw))
    with open_store(tmp_path / "s.db") as store:
        first = pipeline.check([str(folder)], store, quiet=True)
        again = pipeline.check([str(folder)], store, quiet=True)
        assert analysed == [5] and again == first  # nothing parsed the second time, the same brief
        shutil.copy(EXAMPLES / "metro-bulletin.txt", folder / "metro-bulletin.txt")  # joins the fire story
        pipeline.check([str(folder)], store, quiet=True)
        assert analysed == [5, 5]  # the fire story's five articles; the marathon's brief was kept (6 in all)
        monkeypatch.setattr(pipeline, "code_version", lambda: "other code")
        pipeline.check([str(folder)], store, quiet=True)
        assert analysed == [5, 5, 6]


def test_a_brief_made_with_another_spacy_model_is_not_kept_for_this_one(monkeypatch):
    before = pipeline.code_version.__wrapped__()
    monkeypatch.setattr("storycheck.nlp.pipeline.MODEL", "en_core_web_lg")
    assert pipeline.code_version.__wrapped__() != before
