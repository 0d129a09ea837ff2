"""Every input format yields articles with outlet, url, title and date; seeds and ECB+ ingest whole."""

from __future__ import annotations

import gzip
import io
import json
from datetime import datetime, timezone

from conftest import EXAMPLES, SEEDS, SHARED, need

from storycheck.cli import main
from storycheck.ingest import Failure, read_paths


def articles(paths):
    return [a for a in read_paths([str(p) for p in paths]) if not isinstance(a, Failure)]


def test_seeds_have_their_headlines_as_titles():
    found = {a.source_path.split("/")[-1]: a for a in articles([need(SEEDS)])}
    assert found["000_e70a99d20e9225e2.txt"].title == (
        "Russian forces in Ukraine are regrouping and not withdrawing, NATO says")
    assert found["004_e08bb0a2d794f05c.txt"].title.startswith("Russian troops were accused of using claims")


def test_wordpress_boilerplate_is_cut_from_the_end_only():
    seed = articles([need(SEEDS / "000_e70a99d20e9225e2.txt")])[0]
    assert "Leave a Reply" not in seed.text
    assert seed.text.endswith("glorify Russia’s invasion of Ukraine.")
    assert seed.extra["boilerplate_removed"] == ["Leave a Reply", "Your email address will not be published."]


def test_curly_quotes_are_kept_as_they_are():
    seed = articles([need(SEEDS / "004_e08bb0a2d794f05c.txt")])[0]
    assert "“We have heard the recent statements" in seed.text


def test_example_corpus_reads_every_format_with_metadata():
    found = {a.outlet: a for a in articles([EXAMPLES]) if "marathon" not in a.title}
    assert set(found) == {"The Harbour Herald", "Coastal Daily", "Northern Wire", "NewsHub", "Metro Bulletin"}
    herald = found["The Harbour Herald"]
    assert herald.source_format == "html"
    assert herald.published == datetime(2025, 10, 14, 9, 30, tzinfo=timezone.utc)
    assert herald.url == "https://harbourherald.example/news/2025/10/14/zarichne-warehouse-fire"
    assert herald.byline == "Marta Kovalchuk"
    assert "Most read" not in herald.text and "All rights reserved" not in herald.text
    assert found["Coastal Daily"].title == 'Fire chief warns Zarichne air "still dangerous" after warehouse blaze'
    assert found["Metro Bulletin"].published.hour == 12  # from the sidecar .json
    assert found["Northern Wire"].source_format == "rss"
    assert found["NewsHub"].source_format == "jsonl"
    assert all(a.published.tzinfo is not None for a in found.values())


def test_outlet_falls_back_from_metadata_to_domain_to_flag_to_file_name(tmp_path):
    from storycheck.ingest import Options

    (tmp_path / "a.jsonl").write_text(json.dumps({"text": "Body text.", "url": "https://www.example.org/x"}) + "\n")
    (tmp_path / "b.txt").write_text("Title\n\nBody text here.")
    got = [a.outlet for a in read_paths([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")])]
    assert got == ["example.org", "b"]
    flagged = next(read_paths([str(tmp_path / "b.txt")], Options(outlet="Wire")))
    assert flagged.outlet == "Wire"


def test_warc_yields_one_article_per_html_response(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (EXAMPLES / "harbour-herald.html").read_bytes()
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, ctype, body in [("https://harbourherald.example/a", "text/html; charset=utf-8", page),
                             ("https://harbourherald.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n...")]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buf.getvalue())
    items = list(read_paths([str(path)]))
    assert len(items) == 1 and items[0].source_format == "warc"
    assert items[0].title.startswith("Zarichne warehouse fire contained")


def test_stdin_is_read_with_dash(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"A title\n\nSome body text.\n")))
    assert main(["ingest", "-", "--outlet", "Piped", "--db", str(tmp_path / "s.db")]) == 0
    assert "1" in capsys.readouterr().out


def test_ecbplus_ingests_all_982_documents(tmp_path, capsys):
    path = need(SHARED / "data" / "ecbplus" / "docs.jsonl")
    db = tmp_path / "ecb.db"
    assert main(["ingest", str(path), "--db", str(db), "-q"]) == 0
    from storycheck.store import open_store

    with open_store(db) as store:
        assert store.count_articles() == 982
        # the gold labels travel in extra, for the evaluations
        assert {"subtopic", "topic", "doc_id"} <= set(store.articles()[0].extra)


def test_html_and_feed_summaries_are_kept_beside_the_body(tmp_path):
    page = ("<html><head><title>Port fire</title><meta name='description' content='A fire at the port sent 41 "
            "people to hospital.'></head><body><article><h1>Port fire</h1>" + "<p>Firefighters worked through "
            "the night at the warehouse on the quay, the emergency service said on Tuesday.</p>" * 3 +
            "</article></body></html>")
    (tmp_path / "page.html").write_text(page, "utf-8")
    feed = ("<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            "<channel><title>Wire</title><item><title>Port fire</title><description>Forty-one in hospital."
            "</description><content:encoded><![CDATA[<p>A fire at the port sent 41 people to hospital on "
            "Tuesday.</p>]]></content:encoded></item></channel></rss>")
    (tmp_path / "wire.rss").write_text(feed, "utf-8")
    found = {a.source_format: a for a in articles([tmp_path / "page.html", tmp_path / "wire.rss"])}
    assert found["html"].extra["description"] == "A fire at the port sent 41 people to hospital."
    assert found["rss"].extra["summary"] == "Forty-one in hospital." and "41 people" in found["rss"].text


def test_gzip_files_are_read_as_what_they_hold(tmp_path):
    body = "The council approved the harbour plan on Monday, the mayor said."
    record = {"title": "Council approves harbour plan", "text": body, "url": "https://wire.example/a"}
    (tmp_path / "batch.jsonl.gz").write_bytes(gzip.compress((json.dumps(record) + "\n").encode()))
    (tmp_path / "northern-wire.txt.gz").write_bytes(gzip.compress(f"A title\n\n{body}\n".encode()))
    items = list(read_paths([str(tmp_path)]))
    assert [(a.source_format, a.outlet) for a in items] == [("jsonl", "wire.example"), ("text", "northern-wire")]
    assert all(a.source_path.endswith(".gz") or ".gz:" in a.source_path for a in items)  # the file on disk


def test_gzip_members_nesting_sidecars_and_a_warc_inside(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    lines = [json.dumps({"title": f"T{n}", "text": f"Body {n} of the harbour story.", "outlet": "Wire"}) + "\n"
             for n in range(3)]
    (tmp_path / "members.jsonl.gz").write_bytes(b"".join(gzip.compress(line.encode()) for line in lines))
    (tmp_path / "twice.txt.gz.gz").write_bytes(gzip.compress(gzip.compress(b"A title\n\nSome body text.\n")))
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(b"Story title\n\nThe story's body.\n"))
    (tmp_path / "story.json").write_text(json.dumps({"outlet": "Reuters"}))
    buf = io.BytesIO()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    WARCWriter(buf, gzip=False).write_record(WARCWriter(buf).create_warc_record(
        "https://harbourherald.example/a", "response", http_headers=headers,
        payload=io.BytesIO((EXAMPLES / "harbour-herald.html").read_bytes())))
    (tmp_path / "crawl.gz").write_bytes(gzip.compress(buf.getvalue()))
    items = list(read_paths([str(tmp_path)]))
    assert not [i for i in items if isinstance(i, Failure)]
    by_format = sorted((a.source_format, a.outlet) for a in items)
    assert by_format == [("jsonl", "Wire")] * 3 + [("text", "Reuters"), ("text", "twice"),
                                                   ("warc", "The Harbour Herald")]
