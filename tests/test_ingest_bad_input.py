"""Bad input gets a clear one-line reason, the rest of the batch is kept, and the exit status says so."""

from __future__ import annotations

import json
import os

import pytest

from storycheck.cli import main
from storycheck.ingest import Failure, read_paths
from storycheck.store import open_store

GOOD = "Council approves harbour plan\n\nThe council approved the harbour plan on Monday, the mayor said.\n"


def run(tmp_path, *paths):
    """Ingest ``paths`` plus one good file; return (exit status, failures by file name, stored count)."""
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    items = list(read_paths([str(p) for p in paths] + [str(good)]))
    failures = {os.path.basename(f.path.split("#")[0]): f.reason for f in items if isinstance(f, Failure)}
    db = tmp_path / "s.db"
    status = main(["ingest", *map(str, paths), str(good), "--db", str(db), "-q"])
    with open_store(db) as store:
        stored = store.count_articles()
        recorded = store.failures()
    assert len(recorded) == len(failures)  # failures are remembered in the store too
    return status, failures, stored


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    status, failures, stored = run(tmp_path, tmp_path / "empty.txt")
    assert status == 1 and failures == {"empty.txt": "empty file"} and stored == 1


def test_whitespace_only_file(tmp_path):
    (tmp_path / "blank.txt").write_text("  \n\n \t\n")
    status, failures, stored = run(tmp_path, tmp_path / "blank.txt")
    assert failures["blank.txt"] == "empty file" and stored == 1


def test_binary_png(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    status, failures, stored = run(tmp_path, tmp_path / "photo.txt")
    assert status == 1 and failures["photo.txt"] == "binary file (PNG image), not an article" and stored == 1


def test_huge_text_file_is_refused_not_swallowed(tmp_path):
    big = tmp_path / "huge.txt"
    line = "The quick brown fox jumps over the lazy dog near the harbour. " * 16 + "\n"
    with open(big, "w") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024
    status, failures, stored = run(tmp_path, big)
    assert status == 1 and stored == 1
    assert "over the limit" in failures["huge.txt"] and "--max-chars" in failures["huge.txt"]


def test_invalid_utf8_keeps_the_text_and_says_what_was_replaced(tmp_path):
    (tmp_path / "stray.txt").write_bytes("Héadline\n\nThe “mayor” said café prices rose.\xff\n".encode("utf-8")
                                         .replace(b"\\xff", b"") + b"\xff\n")
    items = list(read_paths([str(tmp_path / "stray.txt")]))
    assert len(items) == 1 and not isinstance(items[0], Failure)
    assert "café" in items[0].text and "“mayor”" in items[0].text  # not garbled into a legacy code page
    assert "1 invalid UTF-8 byte(s) replaced" in items[0].extra["warnings"][0]


def test_utf16_with_bom(tmp_path):
    (tmp_path / "u16.txt").write_bytes("Zarichne fire\n\nThe chief said: “Stay inside.”\n".encode("utf-16"))
    [article] = list(read_paths([str(tmp_path / "u16.txt")]))
    assert article.title == "Zarichne fire" and "“Stay inside.”" in article.text
    assert article.extra["encoding"] == "utf-16"


def test_cp1252_text(tmp_path):
    text = "Café owner speaks\n\nThe owner said: \u201cWe lost everything\u201d \u2014 and asked for help. " * 3
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    [article] = list(read_paths([str(tmp_path / "legacy.txt")]))
    assert "Café" in article.text and "\u201cWe lost everything\u201d" in article.text and "\u2014" in article.text


def test_html_without_article_body(tmp_path):
    (tmp_path / "nav.html").write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                                       "</nav></body></html>")
    status, failures, stored = run(tmp_path, tmp_path / "nav.html")
    assert status == 1 and failures["nav.html"] == "no article text found in the HTML page (no main content)"


def test_broken_html_is_still_read(tmp_path):
    body = "<p>The harbour master said the ferry would sail again on Monday after repairs to its engine."
    (tmp_path / "broken.html").write_text(f"<html><body><article><h1>Ferry back<p>{body}<p>More<div></article>")
    [article] = list(read_paths([str(tmp_path / "broken.html")]))
    assert "ferry would sail again" in article.text


def test_jsonl_with_one_malformed_line(tmp_path):
    lines = [json.dumps({"text": f"Story number {i} is here.", "title": f"T{i}", "outlet": "Wire"}) for i in range(3)]
    lines.insert(2, '{"text": "broken, "title": }')
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n")
    items = list(read_paths([str(tmp_path / "feed.jsonl")]))
    bad = [i for i in items if isinstance(i, Failure)]
    assert len(items) == 4 and len(bad) == 1
    assert bad[0].path.endswith("feed.jsonl:3") and "malformed JSON on line 3" in bad[0].reason
    status, failures, stored = run(tmp_path, tmp_path / "feed.jsonl")
    assert status == 1 and stored == 4  # three good lines and the good file


def test_rss_without_items(tmp_path):
    (tmp_path / "empty.rss").write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                                        "</channel></rss>")
    status, failures, stored = run(tmp_path, tmp_path / "empty.rss")
    assert status == 1 and failures["empty.rss"].startswith("feed has no items")


def test_warc_with_only_non_html_records(tmp_path):
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "application/json")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.example/api", "response",
                                                  payload=io.BytesIO(b'{"a": 1}'), http_headers=headers))
    (tmp_path / "api.warc").write_bytes(buf.getvalue())
    status, failures, stored = run(tmp_path, tmp_path / "api.warc")
    assert failures["api.warc"] == "no HTML responses in the WARC (non-HTML responses: 1 application/json)"
    assert stored == 1


def test_path_that_does_not_exist(tmp_path):
    status, failures, stored = run(tmp_path, tmp_path / "missing.txt")
    assert status == 1 and failures["missing.txt"] == "no such file or directory" and stored == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    locked.chmod(0)
    status, failures, stored = run(tmp_path, locked)
    assert failures["locked.txt"] == "permission denied (file is not readable)"


def test_unreadable_file_even_as_root(tmp_path, monkeypatch):
    """Root can read mode-0 files, so simulate the OS refusing the open."""
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)
    real_open = open

    def refusing_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    items = list(read_paths([str(locked)]))
    assert items == [Failure(str(locked), "permission denied (file is not readable)")]


def test_the_cli_never_prints_a_traceback(tmp_path, capsys):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    status = main(["ingest", str(tmp_path / "photo.png"), str(tmp_path / "nope"), "--db", str(tmp_path / "s.db")])
    out = capsys.readouterr()
    assert status == 1 and "Traceback" not in out.out + out.err
    assert "binary file (PNG image)" in out.out and "no such file or directory" in out.out


def test_damaged_or_huge_gzip_and_cut_warc(tmp_path, monkeypatch):
    import gzip

    whole = gzip.compress(GOOD.encode())
    (tmp_path / "cut.txt.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"x" * 3000) + gzip.compress(b"x" * 3000))
    (tmp_path / "tail.txt.gz").write_bytes(whole + b"not gzip")
    (tmp_path / "cut.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200")
    monkeypatch.setattr("storycheck.ingest.sources.MAX_FILE_BYTES", 4000)
    names = ("cut.txt.gz", "bomb.txt.gz", "tail.txt.gz", "cut.warc")
    status, failures, stored = run(tmp_path, *(tmp_path / n for n in names))
    assert status == 1 and stored == 1
    assert failures["cut.txt.gz"].startswith("could not unpack: damaged gzip file")
    assert failures["bomb.txt.gz"].startswith("could not unpack: gzip content is over")
    assert failures["tail.txt.gz"] == "could not unpack: 8 bytes after the gzip content are not gzip"
    assert failures["cut.warc"].startswith("damaged WARC file: cut or broken")


def test_a_broken_link_in_a_folder_is_reported_not_passed_over(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    status, failures, stored = run(tmp_path, folder)
    assert status == 1 and stored == 1
    assert failures["dangling.txt"].startswith("broken symbolic link (to ")
    second = tmp_path / "second"  # a store of its own
    second.mkdir()
    (second / "top.txt").symlink_to(tmp_path / "gone.txt")  # named on the command line
    assert run(second, second / "top.txt")[1]["top.txt"].startswith("broken symbolic link")


def test_check_says_which_inputs_it_could_not_read_even_when_quiet(tmp_path, capsys):
    """`check` briefs what it could read, names what it could not (on stderr and in the brief) and fails."""
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "brief.json"
    status = main(["check", str(tmp_path / "good.txt"), str(tmp_path / "photo.png"), "-q", "--format", "json",
                   "--out", str(out)])
    assert status == 1
    assert "photo.png: binary file (PNG image)" in capsys.readouterr().err
    document = json.loads(out.read_text("utf-8"))
    assert len(document["stories"]) == 1
    assert document["skipped"] == [{"path": str(tmp_path / "photo.png"), "reason": "binary file (PNG image), not an article"}]
    for fmt in ("md", "html", "text"):
        assert main(["check", str(tmp_path / "good.txt"), str(tmp_path / "photo.png"), "-q", "--format", fmt,
                     "--out", str(tmp_path / f"b.{fmt}")]) == 1
        assert "Inputs not read (1)" in (tmp_path / f"b.{fmt}").read_text("utf-8")


@pytest.mark.parametrize("text, encoding", [
    ("Señor Núñez habló\n\nIñaki Núñez said the año had been hard for the señora.\n", "latin-1"),
    ("Zürich café reopens\n\nThe owner of the Zürich café said the façade was repaired.\n", "latin-1"),
    ("Россия заявила\n\nМинистерство обороны России заявило о перегруппировке войск.\n", "cp1251"),
    ("Η κυβέρνηση ανακοίνωσε\n\nΟ υπουργός είπε ότι η κατάσταση είναι σοβαρή.\n", "cp1253"),
    ("Pożar\n\nStraż pożarna gasiła pożar w Łodzi, powiedział rzecznik. Śledztwo trwa, źródła mówią o "
     "podpaleniu.\n", "cp1250"),
    # a review's: readings charset-normalizer finds more coherent are not overruled by a commoner code page
    ("השר\n\nהממשלה הודיעה היום כי השר יתפטר מתפקידו בשבוע הבא.\n", "cp1255"),
    ("Yağmur\n\nİstanbul'da şiddetli yağmur: Belediye başkanı, sağanak nedeniyle okulların kapatıldığını "
     "söyledi. Ağaçlar devrildi.\n", "cp1254"),
])
def test_a_short_legacy_text_is_read_as_written_and_the_guess_is_said(tmp_path, capsys, text, encoding):
    """Latin-1 news text was read as cp1250 ("Seńor Núńez"), and a wrong name is a false conflict."""
    (tmp_path / "legacy.txt").write_bytes(text.encode(encoding))
    [article] = list(read_paths([str(tmp_path / "legacy.txt")]))
    assert text.split("\n\n", 1)[1].strip() in article.text
    assert article.extra["warnings"][0].startswith("not UTF-8: decoded as ")
    assert main(["ingest", str(tmp_path / "legacy.txt"), "--db", str(tmp_path / "s.db")]) == 0
    assert "read with warnings" in capsys.readouterr().out


def test_a_record_without_usable_text_says_which_field_is_wrong(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"title": "a", "text": ""}\n{"title": "b"}\n{"title": "c", "text": ["x"]}\n'
                    '{"title": "d", "text": "", "body": "The council met on Monday."}\n')
    items = list(read_paths([str(path)]))
    assert [i.reason for i in items if isinstance(i, Failure)] == [
        "record's 'text' is empty", "record has no 'text' (nor 'body' or 'content')",
        "record's 'text' is of JSON type list, not a string"]
    assert [i.title for i in items if not isinstance(i, Failure)] == ["d"]
