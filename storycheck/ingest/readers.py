"""One reader per input format; each turns a file's bytes into articles.

A reader yields :class:`Article` objects, or :class:`Failure` records for
items it could not read, and never raises on bad input: one broken line in a
JSON Lines file must not cost the other lines.
"""

from __future__ import annotations

import io
import json
import re
import zlib
from dataclasses import dataclass
from typing import Iterator

from storycheck.errors import UserError
from storycheck.ingest.boilerplate import strip_trailing_boilerplate
from storycheck.ingest.decode import decode
from storycheck.ingest.metadata import outlet_name, parse_date
from storycheck.model import Article

MAX_ARTICLE_CHARS = 2_000_000  # ~300k words: far beyond any news article
MIN_HTML_WORDS = 8  # fewer words than a one-sentence brief: navigation, not an article


@dataclass
class Failure:
    """An input (or an item in it: ``path#n``) that could not be read, and why."""

    path: str
    reason: str


Item = Article | Failure


@dataclass
class Options:
    outlet: str | None = None  # --outlet: used when the input names no outlet itself
    max_chars: int = MAX_ARTICLE_CHARS


def _article(text: str, *, title: str | None, outlet_meta: str | None, url: str | None, path: str,
             fmt: str, options: Options, published=None, byline: str | None = None,
             extra: dict | None = None) -> Item:
    # a NUL is never part of an article (and PostgreSQL cannot store it): it goes, from every field
    text, title, outlet_meta, url, byline = (v.replace("\x00", "") if isinstance(v, str) else v
                                             for v in (text, title, outlet_meta, url, byline))
    text = text.strip("\n")
    if not text.strip():
        return Failure(path, "no article text")
    if len(text) > options.max_chars:
        return Failure(path, f"article text is {len(text):,} characters, over the limit of {options.max_chars:,} "
                             "(is this really one article? raise it with --max-chars)")
    title = (title or "").strip() or text.strip().split("\n", 1)[0][:200]
    outlet = outlet_name(metadata=outlet_meta, url=url, flag=options.outlet, path=path)
    return Article.create(outlet=outlet, title=" ".join(title.split()), text=text, url=url or None,
                          published=parse_date(published), byline=byline or None, source_path=path,
                          source_format=fmt, extra=extra or {})


# ---------------------------------------------------------------- plain text
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def read_text(data: bytes, path: str, options: Options, sidecar: dict | None = None) -> Iterator[Item]:
    """Plain text or Markdown: title is the first line unless front matter or a sidecar ``.json`` says."""
    decoded = decode(data)
    text = decoded.text
    meta: dict = dict(sidecar or {})
    match = FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta.setdefault(key.strip().lower(), value.strip().strip("\"'"))
        text = text[match.end():]
    text, removed = strip_trailing_boilerplate(text)
    extra = {"encoding": decoded.encoding}
    if decoded.warnings:
        extra["warnings"] = decoded.warnings
    if removed:
        extra["boilerplate_removed"] = removed
    first_line = text.strip().split("\n", 1)[0].lstrip("# ").strip()
    yield _article(text, title=meta.get("title") or first_line, outlet_meta=meta.get("outlet"),
                   url=meta.get("url"), path=path, fmt="text", options=options,
                   published=meta.get("published") or meta.get("date"), byline=meta.get("author") or meta.get("byline"),
                   extra=extra)


# ---------------------------------------------------------------- HTML
def extract_html(html: str | bytes, path: str, options: Options, *, url: str | None = None,
                 fallback_date=None, fmt: str = "html") -> Item:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, date_extraction_params={"original_date": True,
                                      "outputformat": "%Y-%m-%dT%H:%M:%S%z", "extensive_search": False})
    text = (doc.text if doc is not None else None) or ""
    if len(text.split()) < MIN_HTML_WORDS:  # trafilatura falls back to menu text on pages with no body
        return Failure(path, "no article text found in the HTML page (no main content)")
    published = exact_published(html) or doc.date or fallback_date
    return _article(text, title=doc.title, outlet_meta=doc.sitename, url=doc.url or url, path=path, fmt=fmt,
                    options=options, published=published, byline=doc.author,
                    extra={"description": doc.description} if doc.description else None)


PUBLISHED_PATTERNS = [
    re.compile(r'"datePublished"\s*:\s*"([^"]+)"'),
    re.compile(r'<meta[^>]+(?:property|name|itemprop)=["\'](?:article:published_time|datePublished|pubdate|'
               r'og:published_time|dc\.date\.issued)["\'][^>]*content=["\']([^"\']+)', re.IGNORECASE),
    re.compile(r'<meta[^>]+content=["\']([^"\']+)["\'][^>]*(?:property|name|itemprop)=["\']'
               r'(?:article:published_time|datePublished)["\']', re.IGNORECASE),
    re.compile(r'<time[^>]+datetime=["\']([^"\']+)', re.IGNORECASE),
]


def exact_published(html: str | bytes) -> str | None:
    """The page's own publication timestamp (JSON-LD, meta tags, <time>), to the minute where it says.

    trafilatura's date is a day; ordering copies after their sources needs the time.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    head = html[:200_000]
    for pattern in PUBLISHED_PATTERNS:
        match = pattern.search(head)
        if match and "T" in match.group(1):
            return match.group(1)
    return None


def read_html(data: bytes, path: str, options: Options) -> Iterator[Item]:
    yield extract_html(decode(data).text, path, options)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content) with block elements as line breaks."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises many kinds on broken markup
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//blockquote"):
        block.tail = "\n" + (block.tail or "")
    text = root.text_content()
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


# ---------------------------------------------------------------- RSS / Atom
def read_feed(data: bytes, path: str, options: Options) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if getattr(feed, "bozo", False) and feed.get("bozo_exception") else ""
        yield Failure(path, f"feed has no items{problem}")
        return
    feed_title = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = max((c.get("value", "") for c in entry.content), key=len)
        summary = entry.get("summary", "") or entry.get("description", "")
        published = entry.get("published") or entry.get("updated") or entry.get("created")
        kept = {"summary": html_to_text(summary)} if body and summary else None  # beside the body, for stories
        yield _article(html_to_text(body or summary), title=entry.get("title"),
                       outlet_meta=entry.get("source", {}).get("title") or feed_title, url=entry.get("link"),
                       path=f"{path}#{n}", fmt="rss", options=options, published=published,
                       byline=entry.get("author"), extra=kept)


# ---------------------------------------------------------------- JSON Lines
JSONL_TITLE = ("title", "headline", "title_guess")
JSONL_OUTLET = ("outlet", "source", "publisher", "site_name", "source_domain")
JSONL_DATE = ("published", "date", "date_publish", "published_at", "pubdate")


def _first(record: dict, keys) -> str | None:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value if not isinstance(value, (dict, list)) else None
    return None


def _record(record, path: str, options: Options) -> Item:
    if not isinstance(record, dict):
        return Failure(path, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(text, str) or not text.strip():
        given = next((k for k in ("text", "body", "content") if k in record), None)
        if given is None:
            return Failure(path, "record has no 'text' (nor 'body' or 'content')")
        what = "empty" if isinstance(record[given], str) or record[given] is None else \
            f"of JSON type {type(record[given]).__name__}, not a string"
        return Failure(path, f"record's '{given}' is {what}")
    import unicodedata

    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    known = {"text", "body", "content", "url", "author", "byline", *JSONL_TITLE, *JSONL_OUTLET, *JSONL_DATE}
    extra = {k: v for k, v in record.items() if k not in known}
    return _article(text, title=_first(record, JSONL_TITLE), outlet_meta=_first(record, JSONL_OUTLET),
                    url=record.get("url"), path=path, fmt="jsonl", options=options,
                    published=_first(record, JSONL_DATE), byline=record.get("author") or record.get("byline"),
                    extra=extra)


def read_jsonl(data: bytes, path: str, options: Options) -> Iterator[Item]:
    """One article per line; a bad line is reported with its number and the rest go on."""
    text = decode(data).text
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(f"{path}:{n}", f"malformed JSON on line {n}: {err.msg} (column {err.colno})")
            continue
        yield _record(record, f"{path}:{n}", options)


def read_json(data: bytes, path: str, options: Options) -> Iterator[Item]:
    """A JSON array of articles, or a single article object."""
    try:
        value = json.loads(decode(data).text)
    except json.JSONDecodeError as err:
        yield Failure(path, f"malformed JSON: {err.msg} (line {err.lineno}, column {err.colno})")
        return
    records = value if isinstance(value, list) else [value]
    for n, record in enumerate(records, 1):
        yield _record(record, f"{path}#{n}" if len(records) > 1 else path, options)


# ---------------------------------------------------------------- WARC
def _html_responses(data: bytes, skipped: dict[str, int]):
    """(record number, URI, WARC date, body) of each HTML response record, counting the other responses'
    content types in ``skipped``; warcio's errors on a cut or damaged file come out of the iteration."""
    from warcio.archiveiterator import ArchiveIterator

    for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
        if record.rec_type != "response":
            continue
        ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
        if "html" not in ctype.lower():
            key = ctype.split(";")[0].strip() or "no content type"
            skipped[key] = skipped.get(key, 0) + 1
            continue
        yield (n, record.rec_headers.get_header("WARC-Target-URI"), record.rec_headers.get_header("WARC-Date"),
               record.content_stream().read())


def read_warc(data: bytes, path: str, options: Options) -> Iterator[Item]:
    """Each HTML response record is one article; other records are skipped and counted."""
    from warcio.exceptions import ArchiveLoadFailed

    found, skipped = 0, {}
    records = _html_responses(data, skipped)
    while True:
        try:
            record = next(records, None)
        except ArchiveLoadFailed as err:
            yield Failure(path, f"not a readable WARC file: {err}")
            return
        except (ValueError, AttributeError, EOFError, OSError, zlib.error) as err:  # warcio on a cut record
            yield Failure(path, f"damaged WARC file: cut or broken after {found} HTML response(s), which were "
                                f"read ({type(err).__name__})")
            return
        if record is None:
            break
        n, uri, date, body = record
        found += 1
        try:
            html = decode(body).text
        except UserError as err:
            yield Failure(f"{path}#{n}", str(err))
            continue
        yield extract_html(html, f"{path}#{n}", options, url=uri, fmt="warc", fallback_date=date)
    if not found:
        kinds = ", ".join(f"{v} {k}" for k, v in sorted(skipped.items())) or "none"
        yield Failure(path, f"no HTML responses in the WARC (non-HTML responses: {kinds})")
