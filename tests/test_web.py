"""The web UI over a real SQLite store: pages, citations that land on the cited text, escaping, and a real
browser (Chromium driven by Playwright) clicking through it."""

from __future__ import annotations

import re
import shutil
import threading
from html import unescape
from io import BytesIO
from pathlib import Path

import pytest

from conftest import EXAMPLES
from storycheck.model import Article

HOSTILE = Article.create(
    outlet="<b>Harbour</b> Watch",
    title="<script>window.__xss = 1</script>Zarichne fire: residents told to keep windows shut",
    url="javascript:window.__xss = 2",
    text=("<script>window.__xss = 3</script>Zarichne fire: residents told to keep windows shut\n\n"
          "A fire at a fertiliser warehouse in Zarichne was brought under control on Tuesday, regional "
          "emergency chief Oleksii Marchenko said. <img src=x onerror=\"window.__xss = 4\">\n\n"
          "\u201cWe have contained the fire, but the air around the port is still dangerous and residents "
          "should keep their windows shut until Friday,\u201d Marchenko told reporters.\n\n"
          "Around 2,000 tonnes of ammonium nitrate had been kept in the building, officials said."))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from storycheck import pipeline
    from storycheck.stories import current_stories
    from storycheck.store import open_store

    path = tmp_path_factory.mktemp("web") / "web.db"
    with open_store(path) as store:
        pipeline.check([str(EXAMPLES)], store, quiet=True)
        store.add_articles([HOSTILE])
        current_stories(store)  # what `storycheck stories` does: the new article joins a story
    return path


@pytest.fixture(scope="module")
def app(db):
    from storycheck.web import WebApp

    return WebApp(str(db))


def get(app, path: str, method: str = "GET", host: str = "") -> tuple[str, dict, str]:
    route, _, query = path.partition("?")
    environ = {"REQUEST_METHOD": method, "PATH_INFO": route, "QUERY_STRING": query, "wsgi.input": BytesIO(),
               "HTTP_HOST": host}
    seen = {}

    def start_response(status, headers):
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response)).decode("utf-8")
    return seen["status"], seen["headers"], body


def fire_story_id(app) -> str:
    _, _, body = get(app, "/?q=zarichne")
    ids = re.findall(r'href="/story/([^"]+)"', body)
    assert len(ids) == 1, body
    return ids[0]


def test_the_story_list_and_its_search(app):
    status, headers, body = get(app, "/")
    assert status == "200 OK" and headers["Content-Type"].startswith("text/html")
    assert "Zarichne warehouse fire" in body and "Saltmarsh half marathon" in body
    _, _, found = get(app, "/?q=marathon")
    assert "Saltmarsh" in found and "Zarichne" not in found
    _, _, none = get(app, "/?q=nothing+like+this")
    assert "0 of" in none
    _, _, titled = get(app, "/?q=hospitalised")  # in an article's title only, not the story's label
    assert "Zarichne" in titled and "Saltmarsh" not in titled
    _, _, quoted = get(app, "/?q=%22half+marathon%22")  # quotation marks around the words
    assert "Saltmarsh" in quoted and "Zarichne" not in quoted


def test_every_citation_of_a_brief_lands_on_the_text_it_cites(app, db):
    from storycheck.store import open_store

    status, _, body = get(app, f"/story/{fire_story_id(app)}")
    assert status == "200 OK" and "Conflicts" in body and "Quotes across outlets" in body
    links = set(re.findall(r'<a class="cite" href="(/article/[^"?]+\?hl=\d+-\d+)#cited">', body))
    assert len(links) >= 10
    with open_store(db) as store:
        for link in links:
            status, _, page = get(app, unescape(link))
            assert status == "200 OK", link
            article_id, start, end = re.fullmatch(r"/article/([^?]+)\?hl=(\d+)-(\d+)", unescape(link)).groups()
            cited = store.get_article(article_id).text[int(start):int(end)]
            marked = re.search(r'<mark id="cited">(.*?)</mark>', page, re.S).group(1)
            assert unescape(marked) == cited


def test_article_text_titles_outlets_and_urls_are_never_markup(app):
    _, _, listing = get(app, "/articles")
    _, _, article = get(app, f"/article/{HOSTILE.id}")
    _, _, brief = get(app, f"/story/{fire_story_id(app)}")
    assert HOSTILE.id in brief  # the hostile article joined the fire story and is in its brief
    for page in (listing, article, brief):
        assert "<script" not in page and "<img" not in page and "<b>Harbour" not in page
        assert "javascript:" not in page.replace("&lt;script&gt;", "")
    assert "&lt;script&gt;window.__xss = 3&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=&quot;window.__xss = 4&quot;&gt;" in article


def test_bad_requests_get_clear_errors(app):
    assert get(app, "/story/nosuchstory")[0] == "404 Not Found"
    status, _, body = get(app, "/article/nosuchid")
    assert status == "404 Not Found" and "nosuchid" in body and ".db" not in body  # the store's path stays private
    assert get(app, f"/article/{HOSTILE.id}?hl=50-10")[0] == "400 Bad Request"
    assert get(app, f"/article/{HOSTILE.id}?hl=0-99999999")[0] == "400 Bad Request"
    assert get(app, f"/article/{HOSTILE.id}?hl=%3Cscript%3E")[0] == "400 Bad Request"
    assert get(app, "/no/such/page")[0] == "404 Not Found"
    assert get(app, "/", method="POST")[0] == "405 Method Not Allowed"
    headers = get(app, "/")[1]
    assert "script-src" not in headers["Content-Security-Policy"] and "default-src 'none'" in \
        headers["Content-Security-Policy"]


def test_pages_only_read_the_store(tmp_path):
    from storycheck import pipeline
    from storycheck.store import open_store
    from storycheck.web import WebApp

    path = tmp_path / "read.db"
    with open_store(path) as store:
        pipeline.check([str(EXAMPLES)], store, quiet=True)
        store.add_articles([HOSTILE])  # ingested, not yet grouped
        before = store.stories()
    app = WebApp(str(path))
    for page in ("/", f"/story/{fire_story_id(app)}", "/articles"):
        assert get(app, page)[0] == "200 OK" and get(app, page, method="HEAD")[0] == "200 OK"
    assert "1 stored article belong to no story yet" in get(app, "/")[2]
    with open_store(path) as store:
        assert store.stories() == before and store.count_unplaced() == 1  # no page re-clustered anything
    path.unlink()
    assert get(app, "/")[0] == "503 Service Unavailable" and not path.exists()  # never re-created empty


def test_ids_that_name_nothing_are_404_at_once(app):
    for bad in ("a" * 60_000, "%25", "..", "<b>", "x" * 65):
        assert get(app, f"/article/{bad}")[0] == "404 Not Found"
        assert get(app, f"/story/{bad}")[0] == "404 Not Found"


def test_articles_are_listed_a_page_at_a_time(app, monkeypatch):
    monkeypatch.setattr("storycheck.web.app.PAGE_SIZE", 4)
    _, _, first = get(app, "/articles")
    _, _, second = get(app, "/articles?page=2")
    assert "1–4 of 7 articles" in first and "later →" in first and "5–7 of 7 articles" in second
    assert "← earlier" in second and "later →" not in second
    assert "1–1 of 1 articles" in get(app, "/articles?outlet=%3Cb%3Eharbour%3C%2Fb%3E+watch")[2]  # case-blind


def test_stories_are_listed_a_page_at_a_time(app, monkeypatch):
    monkeypatch.setattr("storycheck.web.app.PAGE_SIZE", 1)
    _, _, first = get(app, "/")
    _, _, second = get(app, "/?page=2")
    assert "1–1 of 2 stories" in first and "later →" in first and "← earlier" not in first
    assert "2–2 of 2 stories" in second and "← earlier" in second and "later →" not in second
    assert first.count('href="/story/') == second.count('href="/story/') == 1
    for odd in ("0", "-1", "x", "9" * 30, "9" * 5000, "%C2%B2"):  # nonsense is the first page, never an error
        status, _, body = get(app, f"/?page={odd}")
        assert status == "200 OK" and "1–1 of 2 stories" in body, odd
        assert get(app, f"/articles?page={odd}")[0] == "200 OK"
    assert "2–2 of 2 stories" in get(app, "/?page=7")[2]  # past the last page: the last page
    assert "7–7 of 7 articles" in get(app, "/articles?page=70")[2]
    _, _, searched = get(app, "/?q=zarichne")
    assert "1 of 2 stories" in searched and "later →" not in searched


def test_a_loopback_server_answers_only_under_its_own_address(db):
    from storycheck.web import make_web_server

    server = make_web_server(str(db), "127.0.0.1", 0, quiet=True)
    try:
        app = server.get_app()
        assert get(app, "/", host=f"127.0.0.1:{server.server_port}")[0] == "200 OK"
        assert get(app, "/", host=f"localhost:{server.server_port}")[0] == "200 OK"
        assert get(app, "/", host="attacker.example")[0] == "421 Misdirected Request"  # a DNS-rebound page
    finally:
        server.server_close()


def _chromium() -> str | None:
    for candidate in ("/usr/lib/chromium/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (make test installs it)")
def test_a_reader_clicks_from_the_stories_to_a_cited_sentence_in_chromium(db):
    playwright = pytest.importorskip("playwright.sync_api")
    from storycheck.web import make_web_server

    server = make_web_server(str(db), "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(base + "/")
            page.fill("input[name=q]", "Zarichne")
            page.click("form.search button")
            page.click("text=Zarichne warehouse fire")
            page.wait_for_selector("h3:has-text('Quotes across outlets')")
            assert page.locator("h2").first.inner_text().startswith("Zarichne")
            cite = page.locator("a.cite[href*='hl=']").first
            cite_text = cite.inner_text()
            cite.click()
            page.wait_for_selector("mark#cited")
            start, end = map(int, re.search(r":(\d+)-(\d+)\]", cite_text).groups())
            assert len(page.inner_text("mark#cited")) == end - start
            story = fire_story_id_in(page, base)
            for path in (f"/article/{HOSTILE.id}", f"/story/{story}", "/articles"):
                page.goto(base + path)
                assert page.evaluate("window.__xss === undefined"), path  # no script of an article ran
            page.goto(f"{base}/article/{HOSTILE.id}")
            assert "<script>window.__xss = 3</script>" in page.inner_text("div.article")  # shown as written
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


def fire_story_id_in(page, base: str) -> str:
    page.goto(base + "/?q=zarichne")
    return page.locator("a[href^='/story/']").first.get_attribute("href").rsplit("/", 1)[1]


def test_the_web_ui_reads_a_postgresql_store_too(postgres):
    from storycheck import pipeline
    from storycheck.store import open_store
    from storycheck.web import WebApp

    url = postgres.new_database()
    with open_store(url) as store:
        pipeline.check([str(EXAMPLES)], store, quiet=True)
    app = WebApp(url)
    story = fire_story_id(app)
    status, _, body = get(app, f"/story/{story}")
    assert status == "200 OK" and "Quotes across outlets" in body
    link = re.search(r'<a class="cite" href="(/article/[^"]+)#cited">', body).group(1)
    assert get(app, unescape(link))[0] == "200 OK"


def test_a_kept_brief_is_made_again_when_its_articles_change(tmp_path, monkeypatch):
    from storycheck import pipeline
    from storycheck.cli import main
    from storycheck.store import open_store
    from storycheck.web import WebApp

    path = tmp_path / "edits.db"
    with open_store(path) as store:
        pipeline.check([str(EXAMPLES)], store, quiet=True)
    made = []
    real = pipeline.brief
    monkeypatch.setattr(pipeline, "brief", lambda story_id, store, **kw: made.append(story_id)
                        or real(story_id, store, **kw))
    app = WebApp(str(path))
    story = fire_story_id(app)
    get(app, f"/story/{story}")
    get(app, f"/story/{story}")
    assert len(made) == 1  # kept
    with open_store(path) as store:
        last = store.get_story(story).article_ids[-1]
    assert main(["story", "split", story, last, "--db", str(path)]) == 0  # the user takes one article out
    status, _, body = get(app, f"/story/{story}")
    assert status == "200 OK" and len(made) == 2 and last[:8] not in body


def test_serve_refuses_a_store_that_is_not_there(tmp_path, capsys):
    from storycheck.cli import main

    missing = tmp_path / "typo.db"
    assert main(["serve", "--db", str(missing), "--port", "0"]) == 2
    assert "no store at" in capsys.readouterr().err and not missing.exists()


def test_the_ui_reads_the_briefs_check_kept_and_keeps_none_itself(tmp_path, monkeypatch):
    """Briefs are kept in the store by `check` and `brief`; the web UI shows a kept one without parsing, and
    writes nothing to the store for the stories it had to brief itself."""
    from storycheck import pipeline
    from storycheck.store import open_store
    from storycheck.web import WebApp

    path = tmp_path / "kept.db"
    with open_store(path) as store:
        pipeline.check([str(EXAMPLES)], store, quiet=True)
        kept = store._execute("SELECT count(*) FROM briefs").fetchone()[0]
    assert kept == 2
    monkeypatch.setattr(pipeline, "analyse", lambda *a, **k: (_ for _ in ()).throw(AssertionError("parsed")))
    status, _, body = get(WebApp(str(path)), f"/story/{fire_story_id(WebApp(str(path)))}")
    assert status == "200 OK" and "Quotes across outlets" in body


def test_the_ui_reads_an_older_store_as_it_is(tmp_path):
    """A review: opening a schema-2 store to read it migrated it (a read-only PostgreSQL role then got errors
    on every page); the UI now reads it unchanged, without kept briefs."""
    import sqlite3

    from storycheck import pipeline
    from storycheck.store import open_store
    from storycheck.web import WebApp

    path = tmp_path / "old.db"
    with open_store(path) as store:
        pipeline.check([str(EXAMPLES)], store, quiet=True)
    with sqlite3.connect(path) as db:  # as a store of the schema before kept briefs
        db.execute("DROP TABLE briefs")
        db.execute("UPDATE schema_version SET version = 2")
    app = WebApp(str(path))
    status, _, body = get(app, f"/story/{fire_story_id(app)}")
    assert status == "200 OK" and "Quotes across outlets" in body
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version FROM schema_version").fetchone() == (2,)
        assert not db.execute("SELECT name FROM sqlite_master WHERE name = 'briefs'").fetchall()
