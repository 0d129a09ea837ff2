"""The web UI's pages as HTML strings: the story list, a story's brief, an article with a cited stretch marked.

Every piece of stored text (titles, outlets, article bodies, labels) goes
through :func:`html.escape`: articles come from the web and must never become
markup in the reader's browser. Pages carry no scripts at all.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote, urlencode

from storycheck.model import Article, Story
from storycheck.report.html import CSS, story_html
from storycheck.report.view import published_at, web_link
from storycheck.stories.stored import date_span

WEB_CSS = CSS + """
nav{border-bottom:1px solid #ddd;padding:.4em 0;margin-bottom:1em}nav a{margin-right:1em}
form.search input{font:inherit;padding:.2em .4em;width:20em}
.article{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:1em}
mark{background:#ffe58a;padding:0 1px}
.nowrap{white-space:nowrap}
"""


def article_href(article_id: str, start: int | None = None, end: int | None = None) -> str:
    """Where the web UI shows an article; with offsets, the cited stretch is marked and scrolled to."""
    url = f"/article/{quote(article_id, safe='')}"
    if start is not None and end is not None:
        url += f"?{urlencode({'hl': f'{start}-{end}'})}#cited"
    return url


def story_href(story_id: str) -> str:
    return f"/story/{quote(story_id, safe='')}"


def page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)} · storycheck</title><style>{WEB_CSS}</style></head>\n<body>"
            f'<nav><a href="/">Stories</a><a href="/articles">Articles</a></nav>\n{body}\n</body></html>\n')


def _search(action: str, name: str, value: str, placeholder: str, button: str) -> str:
    return (f'<form class="search" method="get" action="{action}"><input name="{name}" value="{escape(value)}" '
            f'placeholder="{escape(placeholder)}"> <button>{escape(button)}</button></form>')


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """A table of cells that are HTML already (escaped by the caller)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f"<table><tr>{head}</tr>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                                               for row in rows) + "</table>"


def _when(published) -> str:
    return published_at(published.isoformat() if published else None)  # the briefs' own format


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def last_page(rows: int, page_size: int) -> int:
    """The number of the last page of ``rows`` (1 when there are none)."""
    return max(1, -(-rows // page_size))


def _pager(path: str, params: dict[str, str], page_no: int, shown_to: int, total: int) -> str:
    """Links to the page before and after this one (``shown_to``: how many rows up to this page's last)."""
    more = [(page_no - 1, "← earlier")] if page_no > 1 else []
    more += [(page_no + 1, "later →")] if shown_to < total else []
    if not more:
        return ""
    return "<p>" + " ".join(_link(f"{path}?{urlencode({**params, 'page': n})}", label) for n, label in more) + "</p>"


def stories_page(stories: list[Story], query: str = "", unplaced: int = 0, page_no: int = 1,
                 page_size: int = 100, titles: dict[str, str] | None = None) -> str:
    """One page of the stories, largest first, filtered by ``query`` (words of the label, an outlet or, given
    ``titles``, a title of the story's articles)."""
    words = [w for w in (w.strip("\"“”'‘’") for w in query.lower().split()) if w]  # "Las Vegas" is two words
    titles = titles or {}
    shown = [s for s in stories
             if all(w in (s.label + " " + " ".join(s.outlets) + " " + titles.get(s.id, "")).lower() for w in words)]
    shown.sort(key=lambda s: (-len(s.article_ids), s.id))
    page_no = min(page_no, last_page(len(shown), page_size))  # past the last page: the last page
    first = (page_no - 1) * page_size
    rows = shown[first:first + page_size]
    counted = f"{len(stories)} stories"
    if query:
        counted = f"{len(shown)} of {counted} match"
    if len(shown) > page_size:
        counted = f"{first + 1}–{first + len(rows)} of {len(shown)}" + (f" matching ({len(stories)} stories)"
                                                                          if query else " stories")
    body = (f"<h1>Stories</h1>{_search('/', 'q', query, 'words of a story, a title or an outlet', 'Search')}"
            f'<p class="meta">{counted}</p>')
    if unplaced:
        body += (f'<p class="meta">{unplaced} stored article{"s" if unplaced > 1 else ""} belong to no story yet: '
                 "<code>storycheck stories</code> groups them.</p>")
    if rows:
        body += _table(["story", "articles", "outlets", "dates"], [
            [_link(story_href(s.id), s.label), str(len(s.article_ids)),
             escape(", ".join(s.outlets[:5]) + (" …" if len(s.outlets) > 5 else "")),
             f'<span class="nowrap">{escape(date_span(s) or "undated")}</span>']
            for s in rows])
    elif not stories:
        body += ("<p>The store holds no stories yet: <code>storycheck check PATH…</code> reads articles and "
                 "groups them.</p>")
    body += _pager("/", {"q": query} if query else {}, page_no, first + len(rows), len(shown))
    return page("Stories", body)


def story_page(document: dict) -> str:
    """A stored story's brief, every citation linked to the sentence it cites."""
    story = document["stories"][0]
    return page(story["label"], story_html(story, href=article_href))


def articles_page(rows: list[tuple], total: int, outlet: str, page_no: int, page_size: int) -> str:
    """One page of the stored articles, ``rows`` being (id, outlet, title, published)."""
    first = (page_no - 1) * page_size
    body = (f"<h1>Articles</h1>{_search('/articles', 'outlet', outlet, 'outlet', 'Filter')}"
            f'<p class="meta">{first + 1 if rows else 0}–{first + len(rows)} of {total} articles</p>'
            + _table(["title", "outlet", "published"], [
                [_link(article_href(i), title or i), escape(name), escape(_when(published))]
                for i, name, title, published in rows]))
    body += _pager("/articles", {"outlet": outlet} if outlet else {}, page_no, first + len(rows), total)
    return page("Articles", body)


def article_page(article: Article, story_ids: list[str], cited: tuple[int, int] | None) -> str:
    """An article's text as stored (offsets are the ones every citation uses), the cited stretch marked."""
    text = article.text
    if cited:
        start, end = cited
        shown = (f"{escape(text[:start])}<mark id=\"cited\">{escape(text[start:end])}</mark>"
                 f"{escape(text[end:])}")
    else:
        shown = escape(text)
    url = web_link(article.url)
    meta = [escape(article.outlet), escape(_when(article.published)), f"id {escape(article.id)}"]
    if url:
        meta.append(f'<a href="{escape(url)}" rel="noopener noreferrer">original</a>')
    stories = " ".join(_link(story_href(s), s) for s in story_ids)
    body = (f"<h1>{escape(article.title or article.id)}</h1><p class=\"meta\">{' · '.join(meta)}</p>"
            + (f'<p class="meta">in {"stories" if len(story_ids) > 1 else "story"} {stories}</p>' if stories else "")
            + (f'<p class="meta">characters {cited[0]}–{cited[1]} marked</p>' if cited else "")
            + f'<div class="article">{shown}</div>')
    return page(article.title or article.id, body)


def error_page(status: str, message: str) -> str:
    return page(status, f"<h1>{escape(status)}</h1><p>{escape(message)}</p>")
