"""The store: idempotent, atomic per batch, versioned."""

from __future__ import annotations

import sqlite3

import pytest
from conftest import EXAMPLES

from storycheck.cli import main
from storycheck.errors import UserError
from storycheck.ingest import read_paths
from storycheck.ingest.batch import ingest
from storycheck.model import Article
from storycheck.store import open_store
from storycheck.store.schema import MIGRATIONS
from storycheck.store.sqlite import SQLiteStore


def test_reingesting_the_same_content_adds_nothing(store):
    first = ingest(read_paths([str(EXAMPLES)]), store)
    second = ingest(read_paths([str(EXAMPLES)]), store)
    assert len(first.ingested) == 6 and not first.duplicates
    assert not second.ingested and len(second.duplicates) == 6
    assert store.count_articles() == 6


def test_the_same_text_from_another_outlet_is_another_article(store):
    a = Article.create(outlet="Wire", title="t", text="Same words.")
    b = Article.create(outlet="Copycat", title="t", text="Same words.")
    assert store.add_articles([a, b]) == [True, True]


def test_a_batch_says_which_articles_were_new_across_statements(store, monkeypatch):
    """Rows go in chunks (pipelined on PostgreSQL); each article still learns whether it was new, and of
    two with one id in the same call only the first was."""
    monkeypatch.setattr(store, "rows_per_call", 64)
    old = [Article.create(outlet="Wire", title=f"t{i}", text=f"Body {i}.") for i in range(0, 300, 7)]
    store.add_articles(old)
    batch = [Article.create(outlet="Wire", title=f"t{i}", text=f"Body {i}.") for i in range(300)]
    added = store.add_articles(batch + batch[:2])
    assert added == [i % 7 != 0 for i in range(300)] + [False, False]
    assert store.count_articles() == 300


def test_a_crash_mid_batch_leaves_the_store_as_it_was(store, monkeypatch):
    articles = [Article.create(outlet="Wire", title=f"t{i}", text=f"Body {i}.") for i in range(10)]
    ingest(articles[:3], store, batch_size=3)
    from storycheck.store import codec

    real_row = codec.article_row
    calls = {"n": 0}

    def dying_row(article):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt("power cut")
        return real_row(article)

    monkeypatch.setattr("storycheck.store.sql.article_row", dying_row)
    monkeypatch.setattr("storycheck.store.postgres.article_row", dying_row)  # PostgreSQL's own batch path
    with pytest.raises(KeyboardInterrupt):
        ingest(articles, store, batch_size=4)  # batch 1 (4 rows) commits, batch 2 dies at its first new row
    monkeypatch.undo()
    assert store.count_articles() == 4  # the 3 from before and batch 1's new one; nothing of batch 2
    if isinstance(store, SQLiteStore):
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    report = ingest(articles, store)  # re-running completes the job
    assert store.count_articles() == 10 and len(report.ingested) + len(report.duplicates) == 10


def test_annotations_round_trip_as_dataclasses(store):
    from storycheck.model import Quote, Span

    a = Article.create(outlet="Wire", title="t", text="He said: “Yes.”")
    store.add_articles([a])
    q = Quote(id=f"{a.id}:q1", article_id=a.id, kind="direct", start=9, end=15, text="“Yes.”",
              cue=Span(a.id, 3, 7, "said"), cue_lemma="say", speaker=Span(a.id, 0, 2, "He"), titles=((9, 15),))
    store.put_annotations("quotes", a.id, [q])
    assert store.get_annotations("quotes", a.id, Quote) == [q]  # tuples come back as tuples, not JSON lists
    assert store.get_annotations("quotes", a.id, Quote, version="2") is None


def test_schema_is_versioned_and_reopening_migrates_nothing(tmp_path):
    with open_store(tmp_path / "v.db") as s:
        assert s.schema_version == len(MIGRATIONS)
    with open_store(tmp_path / "v.db") as s:
        assert s.schema_version == len(MIGRATIONS)
    assert sqlite3.connect(tmp_path / "v.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_stories_grouped_by_an_older_storycheck_are_grouped_again_keeping_the_users_edits(tmp_path):
    from storycheck.model import Story
    from storycheck.stories import current_stories

    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.add_articles(a for a in read_paths([str(EXAMPLES)]))
        grouped = current_stories(store)
        assert len(grouped) == 2  # the fire and the marathon
        everything = Story(id="sold", label="all in one", article_ids=[a.id for a in store.articles()])
        with store.transaction():  # a schema-1 store whose stories an older `check` grouped its own way
            store.add_story_edit("merge", grouped[0].id, grouped[1].id)
            store.save_stories([everything])
            store._execute("UPDATE schema_version SET version = 1")
    with open_store(path) as store:
        assert store.schema_version == len(MIGRATIONS) and store.stories() == []
        again = current_stories(store)
    assert [set(s.article_ids) for s in again] == [set(grouped[0].article_ids) | set(grouped[1].article_ids)]


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not a database" * 100)
    with pytest.raises(UserError, match="is not a storycheck store"):
        open_store(bogus)


def test_story_edits_keep_their_order_and_stories_round_trip(store):
    from storycheck.model import Story

    articles = [Article.create(outlet="Wire", title=f"t{i}", text=f"Body {i}.") for i in range(3)]
    store.add_articles(articles)
    store.add_story_edit("merge", "s1", "s2")
    store.add_story_edit("split", "s1", articles[0].id)
    assert store.story_edits() == [("merge", "s1", "s2"), ("split", "s1", articles[0].id)]
    story = Story(id="s1", label="Harbour <reopens>", article_ids=[a.id for a in articles], outlets=["Wire"])
    store.save_stories([story])
    assert store.stories() == [story] and store.get_story("s1") == story
    assert store.stories_of(articles[1].id) == ["s1"]
    assert [a.id for a in store.articles(outlet="WIRE")] == sorted(a.id for a in articles)


def test_a_postgresql_store_runs_the_same_check_as_sqlite(postgres, tmp_path):
    from storycheck import pipeline

    with open_store(tmp_path / "same.db") as lite, open_store(postgres.new_database()) as pg:
        assert pipeline.check([str(EXAMPLES)], lite, quiet=True) == pipeline.check([str(EXAMPLES)], pg, quiet=True)
        assert [s.id for s in lite.stories()] == [s.id for s in pg.stories()]
        assert lite.reuse_links() and sorted(map(repr, lite.reuse_links())) == sorted(map(repr, pg.reuse_links()))


def test_processes_opening_a_new_postgresql_store_at_once_migrate_it_once(postgres):
    import subprocess
    import sys

    url = postgres.new_database()
    code = f"from storycheck.store import open_store; s = open_store({url!r}); print(s.schema_version)"
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    outcomes = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outcomes
    assert [out.strip() for out, _ in outcomes] == [str(len(MIGRATIONS))] * 4
    with open_store(url) as s:
        assert s._execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1


def test_an_unreachable_postgresql_store_is_a_clear_error_that_hides_the_password():
    with pytest.raises(UserError, match="cannot open the PostgreSQL store") as err:
        open_store("postgresql://reader:s3cret@127.0.0.1:1/news")
    assert "s3cret" not in str(err.value) and "postgresql://reader@127.0.0.1:1/news" in str(err.value)
    assert "\n" not in str(err.value)  # one line


def test_nul_characters_are_dropped_at_ingest_so_every_backend_stores_the_article(store, tmp_path):
    feed = tmp_path / "nul.jsonl"
    feed.write_text('{"text": "The harbour\\u0000 reopened today.", "title": "Har\\u0000bour", "outlet": "W"}\n')
    report = ingest(read_paths([str(feed)]), store)
    [article] = store.articles()
    assert len(report.ingested) == 1 and article.text == "The harbour reopened today." and article.title == "Harbour"


def test_opening_a_current_store_does_not_wait_for_a_writer(tmp_path):
    import time

    path = tmp_path / "busy.db"
    open_store(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a batch
    try:
        started = time.monotonic()
        with open_store(path) as reader:
            assert reader.count_articles() == 0
        assert time.monotonic() - started < 2
    finally:
        writer.execute("ROLLBACK")


def test_both_backends_answer_the_same_way(store):
    a = Article.create(outlet="\u00c9lys\u00e9e News", title="t", text="The harbour reopened.")
    store.add_articles([a])
    assert store.get_article(a.id[:6].upper()).id == a.id  # ids are hex: a prefix in capitals finds it
    assert [x.id for x in store.articles(outlet="\u00e9lys\u00e9e news")] == [a.id]  # Unicode case, both backends
    for bogus in ("%", "_" * 8, "a" * 60_000, "<script>"):
        with pytest.raises(UserError):
            store.get_article(bogus)
    # a question mark or a percent sign in a literal is not a placeholder on either backend
    assert tuple(store._execute("SELECT 'what?', '100%', ?", ("x",)).fetchone()) == ("what?", "100%", "x")


def test_a_postgresql_password_never_appears_in_messages():
    from storycheck.store.postgres import _public

    for url in ("postgresql://reader:s3cret@db.example:5432/news", "postgresql://reader@db.example/news?password=s3cret",
                "postgresql://:s3cret@db.example/news"):
        assert "s3cret" not in _public(url) and "db.example" in _public(url)



def test_a_link_turned_round_replaces_the_old_one(store):
    from storycheck.model import ReuseLink

    paper, wire = (Article.create(outlet=o, title="t", text="The harbour reopened.") for o in ("Paper", "Reuters"))
    store.add_articles([paper, wire])
    store.save_reuse_links([ReuseLink(paper.id, wire.id, "verbatim", 0.9, 0.9, "known")])  # by the dates
    store.save_reuse_links([ReuseLink(wire.id, paper.id, "verbatim", 0.9, 0.9, "known")])  # the wire first
    assert [(link.source_id, link.target_id) for link in store.reuse_links()] == [(wire.id, paper.id)]


def test_two_processes_saving_stories_at_once_on_postgresql_take_turns(postgres):
    """The second save waits for the first and replaces its stories (it used to meet the first's rows, which its
    own delete had not seen, and fail on a duplicate story id)."""
    import threading
    import time

    from storycheck.model import Story

    url = postgres.new_database()
    stories = [Story(id="s1", label="one", article_ids=[]), Story(id="s2", label="two", article_ids=[])]
    first_inside, errors = threading.Event(), []

    def first():
        with open_store(url) as store, store.transaction():
            store.save_stories(stories)
            first_inside.set()
            time.sleep(1.0)  # still uncommitted while the second starts

    def second():
        first_inside.wait(10)
        try:
            with open_store(url) as store:
                store.save_stories(stories[1:])
        except Exception as err:  # noqa: BLE001 -- the failure this test is about
            errors.append(err)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    with open_store(url) as store:
        assert [s.id for s in store.stories()] == ["s2"]


@pytest.mark.parametrize("command", [["articles"], ["show", "abcd"], ["stories"], ["story", "sabcd"],
                                     ["brief", "sabcd"], ["quotes", "abcd"], ["reuse"]])
def test_a_command_that_reads_never_makes_a_store_of_a_mistyped_path(tmp_path, capsys, command):
    typo = tmp_path / "tema.db"
    assert main([*command, "--db", str(typo)]) == 2
    assert not typo.exists() and f"no store at {typo}" in capsys.readouterr().err


def test_reading_a_database_that_holds_no_store_is_an_error_not_a_new_store(tmp_path, postgres):
    """A review: an empty file, another program's SQLite database, or an empty PostgreSQL database given to a
    command that only reads was made into a store (schema and all)."""
    empty = tmp_path / "empty.db"
    empty.touch()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    for where in (str(empty), str(other), postgres.new_database()):
        with pytest.raises(UserError, match="holds no storycheck store"):
            open_store(where, create=False)
    with sqlite3.connect(other) as db:
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["notes"]
    with open_store(empty) as store:  # a command that writes makes one there, as before
        assert store.count_articles() == 0
    with open_store(empty, create=False) as store:
        assert store.count_articles() == 0


def test_a_brief_kept_twice_under_one_key_replaces_itself_and_the_storys_older_ones(store):
    store.keep_brief("k1", "s1", {"v": 1})
    store.keep_brief("k1", "s1", {"v": 2})  # as a second process keeping the same brief would
    store.keep_brief("k2", "s1", {"v": 3})  # the story changed: its older brief goes
    assert store.kept_brief("k1") is None and store.kept_brief("k2") == {"v": 3}


def test_a_storys_brief_goes_with_the_story(store):
    from storycheck.model import Story

    store.add_articles([Article.create(outlet="A", title="t", text="One.")])
    [article] = store.articles()
    store.save_stories([Story("s1", "one", [article.id])])
    store.keep_brief("k1", "s1", {"v": 1})
    store.save_stories([Story("s2", "one again", [article.id])])  # regrouped under another id, or merged away
    assert store.kept_brief("k1") is None
