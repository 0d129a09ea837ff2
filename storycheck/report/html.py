"""The brief as one self-contained HTML page (inline CSS, no scripts, no external resources).

Every piece of article text goes through :func:`html.escape`: the texts come
from the web and must never become markup in the reader's browser.
"""

from __future__ import annotations

from html import escape
from typing import Callable

from storycheck.report.view import (StoryView, conflict_value, diff_pieces, diff_pieces_cited, plural, published_at,
                                    shown_quote, web_link)

CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1000px;margin:2em auto;
padding:0 1em;color:#1d1d1f;background:#fff}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #333;padding-bottom:.2em;margin-top:2em}
h3{margin-top:1.5em;color:#333}.meta{color:#666;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #ddd;padding:.35em .5em;
vertical-align:top;text-align:left}th{background:#f4f4f6}
ins{background:#d4f7d4;text-decoration:none;color:#05570a;padding:0 2px}
del{background:#fcd9d9;color:#8a0a0a;padding:0 2px}
.label{display:inline-block;border-radius:3px;padding:0 .4em;font-size:.85em;font-weight:600}
.verbatim{background:#e3f6e3}.minor{background:#fff2cc}.substantive{background:#ffd6d6}.not{background:#eee}
.count{font-weight:700;color:#05570a}.conflict{border-left:4px solid #c00;padding:.3em .8em;margin:.6em 0;
background:#fff7f7}.cite{color:#777;font-size:.8em;font-family:ui-monospace,monospace}
q{font-style:italic}li{margin:.2em 0}
"""


def _label(label: str) -> str:
    cls = label.split()[0] if label != "minor drift" else "minor"
    return f'<span class="label {escape(cls)}">{escape(label)}</span>'


DIFF_MARKS = {"equal": "{}", "deleted": "<del>{}</del>", "inserted": "<ins>{}</ins>"}


def diff_html(ops: list[dict]) -> str:
    return " ".join(DIFF_MARKS[kind].format(escape(words)) for kind, words in diff_pieces(ops))


# where a citation points: ``href(article_id, start, end)``; the web UI links each one to the cited
# stretch of the stored article; a stand-alone page links to the passage on the outlet's own page (a text
# fragment) when the article has a web address
Href = Callable[[str, "int | None", "int | None"], str]


def _cite(v: StoryView, item: dict, href: Href | None) -> str:
    """A citation: to the stored article in the web UI (``href``), else to the passage on the outlet's page."""
    url = href(item["article"], item["start"], item["end"]) if href is not None else v.passage_link(item)
    if url is None:
        return f'<span class="cite">{escape(v.ref(item))}</span>'
    return f'<a class="cite" href="{escape(url)}">{escape(v.ref(item))}</a>'


def story_html(story: dict, href: Href | None = None) -> str:
    """One story's brief as an HTML section; ``href`` makes every citation a link."""
    v = StoryView(story)
    h = [f"<section><h2>{escape(story['label'])}</h2>",
         f'<p class="meta">story {escape(story["id"])} · {plural(len(story["articles"]), "article")} · '
         f'{escape(v.sources_line())}</p>']
    h.append("<h3>Sources</h3><table><tr><th>family</th><th>outlet</th><th>published</th><th>title</th></tr>")
    for fam in story["families"]:
        for k, a in enumerate(fam["articles"]):
            art = v.articles[a]
            first = f'<td rowspan="{len(fam["articles"])}">{escape(v.family_label(fam))}</td>' if k == 0 else ""
            title = escape(art["title"])
            if web_link(art["url"]):
                title = f'<a href="{escape(art["url"])}" rel="noopener noreferrer">{title}</a>'
            own = (f'<a class="cite" href="{escape(href(a, None, None))}">{escape(a)}</a>' if href
                   else f'<span class="cite">{escape(a)}</span>')
            h.append(f"<tr>{first}<td>{escape(art['outlet'])}</td><td>{escape(published_at(art['published']))}</td>"
                     f"<td>{title} {own}</td></tr>")
    h.append("</table>")
    if story["reuse"]:
        h.append("<ul>" + "".join(f"<li>{escape(v.reuse_sentence(link))}</li>" for link in story["reuse"]) + "</ul>")

    h.append("<h3>Conflicts</h3>")
    if not story["conflicts"]:
        h.append("<p>No conflicts found.</p>")
    for c in story["conflicts"]:
        h.append(f'<div class="conflict"><b>{escape(c["kind"])}</b>: {escape(c["explanation"])}<ul>')
        for val in c["values"]:
            context = val.get("sentence", val)
            h.append(f"<li><b>{escape(conflict_value(c, val))}</b> — {escape(val.get('outlet', ''))}: "
                     f"<q>{escape(context['text'])}</q> {_cite(v, val, href)}</li>")
        h.append("</ul></div>")

    h.append("<h3>Quotes across outlets</h3>")
    if not story["quote_groups"]:
        h.append("<p>No statement is quoted by more than one outlet.</p>")
    for g in story["quote_groups"]:
        outlets = ", ".join(dict.fromkeys(v.outlet(a) for a in g["articles"]))
        h.append(f"<p><b>{escape(g['speaker'] or 'unknown speaker')}</b> {_label(g['label'])} "
                 f"<span class='meta'>{escape(outlets)}</span></p><table>"
                 "<tr><th>versions</th><th>word diff (<del>reference</del> / <ins>this version</ins>)</th></tr>")
        for d in g["diffs"]:
            h.append(f"<tr><td>{escape(v.outlet(d['reference']['article']))} → "
                     f"{escape(v.outlet(d['version']['article']))}<br>{_label(d['label'])}"
                     + ("<br><span class='meta'>sentences in another order</span>" if d.get("reordered") else "")
                     + f"</td><td>{diff_html(d['ops'])}<br>"
                     + " ".join(_cite(v, c, href) for c in diff_pieces_cited(d)) + "</td></tr>")
        h += [f"<tr><td>{escape(v.outlet(q['article']))}</td><td>{escape(shown_quote(q['text']))} "
              f"{_cite(v, q, href)}</td></tr>" for q in v.versions(g)]
        h.append("</table>")
    singles = v.single_outlet_quotes()
    if singles:
        h.append("<p>Quoted by one outlet only:</p><ul>")
        for q in singles:
            h.append(f"<li>{escape(q['speaker'] or 'unknown')}: {escape(shown_quote(q['text']))} "
                     f"{_cite(v, q, href)}</li>")
        h.append("</ul>")

    h.append("<h3>Corroborated claims</h3>")
    corroborated = v.corroborated()
    if not corroborated:
        h.append("<p>No claim is carried by two independent sources.</p>")
    else:
        h.append("<table><tr><th>sources</th><th>claim</th><th>outlets · attributed to</th></tr>")
        for g in corroborated:
            text, members = v.claim_line(g)
            versions = "".join(f"<li><q>{escape(c['text'])}</q> {_cite(v, c, href)}</li>" for c in members)
            h.append(f'<tr><td class="count">{g["independent_sources"]}</td><td>{escape(text)}'
                     f"<details><summary>{len(members)} versions</summary><ul>{versions}</ul></details></td>"
                     f"<td>{escape(v.claim_sources(g))}</td></tr>")
        h.append("</table>")
    agreed = v.agreed_numbers()
    if agreed:
        items = "".join(f"<li><b>{escape(n['text'])}</b> {escape(n['unit'])} — {escape(', '.join(outlets))}: "
                        f"<q>{escape(n.get('sentence', n)['text'])}</q> {_cite(v, n, href)}</li>"
                        for n, outlets in agreed)
        h.append(f"<p>Numbers given alike by independent sources:</p><ul>{items}</ul>")
    h.append("<h3>Single-sourced</h3>")
    for outlet, claims in v.single_sourced_by_outlet().items():
        h.append(f"<details><summary>{escape(outlet)}: {plural(len(claims), 'claim')}</summary><ul>")
        for c in claims:
            by = f" <i>({escape(c['attributed_to'])})</i>" if c["attributed_to"] else ""
            h.append(f"<li>{escape(c['text'])}{by} {_cite(v, c, href)}</li>")
        h.append("</ul></details>")
    numbers = story["numbers"]["single_sourced"]
    if numbers:
        h.append("<p>Numbers from one source only:</p><ul>" + "".join(
            f"<li><b>{escape(n['text'])}</b> {escape(n['unit'])} — {escape(n['outlet'])}: "
            f"<q>{escape(n.get('sentence', n)['text'])}</q></li>" for n in numbers) + "</ul>")
    h.append("</section>")
    return "\n".join(h)


def render_html(document: dict) -> str:
    title = "storycheck brief"
    if len(document["stories"]) == 1:
        title += ": " + document["stories"][0]["label"]
    body = "\n".join(story_html(s) for s in document["stories"]) or "<p>No stories.</p>"
    if document.get("skipped"):
        body += (f"\n<section><h2>Inputs not read ({len(document['skipped'])})</h2><ul>"
                 + "".join(f"<li>{escape(i['path'])}: {escape(i['reason'])}</li>" for i in document["skipped"])
                 + "</ul></section>")
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body><h1>storycheck brief</h1>"
            f'<p class="meta">schema {int(document["schema"])} · {len(document["stories"])} stories</p>\n'
            f"{body}\n</body></html>\n")
