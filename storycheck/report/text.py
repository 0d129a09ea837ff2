"""The brief for the terminal, laid out with rich (plain text when not writing to a terminal)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from storycheck.report.view import (MAX_SINGLE_CLAIMS, StoryView, conflict_value, diff_label, diff_pieces, plural,
                                    published_at, shown_quote)

LABEL_STYLE = {"verbatim": "green", "minor drift": "yellow", "substantive change": "bold red", "not aligned": "dim"}


DIFF_MARKS = {"equal": ("{}", ""), "deleted": ("[-{}-]", "red strike"), "inserted": ("{{+{}+}}", "green")}


def diff_text(ops: list[dict]) -> Text:
    t = Text()
    for kind, words in diff_pieces(ops):
        form, style = DIFF_MARKS[kind]
        t.append(form.format(words), style=style)
        t.append(" ")
    return t


def _story(console: Console, story: dict) -> None:
    v = StoryView(story)
    console.rule(f"[bold]{escape(story['label'])}")
    console.print(f"story {story['id']} · {plural(len(story['articles']), 'article')} · "
                  f"{v.sources_line()}")
    console.print("\n[bold]Sources")
    for fam in story["families"]:
        console.print(f"  • {escape(v.family_label(fam))}")
        for a in fam["articles"]:
            art = v.articles[a]
            console.print(f"      {escape(art['outlet'])}, {published_at(art['published'])}: {escape(art['title'])} [dim]{a}[/]")
    for link in story["reuse"]:
        console.print(f"  ↺ {escape(v.reuse_sentence(link))}")

    console.print("\n[bold]Conflicts")
    if not story["conflicts"]:
        console.print("  none found")
    for c in story["conflicts"]:
        console.print(f"  [bold red]{c['kind']}[/]: {escape(c['explanation'])}")
        for val in c["values"]:
            context = val.get("sentence", val)
            console.print(f"      {escape(conflict_value(c, val))} · {escape(v.ref(val))}: "
                          f"[italic]“{escape(' '.join(context['text'].split()))}”[/]")

    console.print("\n[bold]Quotes across outlets")
    if not story["quote_groups"]:
        console.print("  no statement quoted by more than one outlet")
    for g in story["quote_groups"]:
        outlets = ", ".join(dict.fromkeys(v.outlet(a) for a in g["articles"]))
        style = LABEL_STYLE.get(g["label"], "")
        console.print(f"  {escape(g['speaker'] or 'unknown speaker')} · [{style}]{g['label']}[/] · {escape(outlets)}")
        for d in g["diffs"]:
            line = Text(f"      {v.outlet(d['reference']['article'])} → {v.outlet(d['version']['article'])} "
                        f"({diff_label(d)}): ")
            line.append_text(diff_text(d["ops"]))
            console.print(line)
        for q in v.versions(g):
            console.print(f"      {escape(shown_quote(q['text']))} [dim]{escape(v.ref(q))}[/]")
    singles = v.single_outlet_quotes()
    if singles:
        console.print(f"  quoted by one outlet only: {len(singles)}")
        for q in singles[:MAX_SINGLE_CLAIMS]:
            console.print(f"      {escape(q['speaker'] or 'unknown')}: {escape(shown_quote(q['text']))} "
                          f"[dim]{escape(v.ref(q))}[/]")
        if len(singles) > MAX_SINGLE_CLAIMS:
            console.print(f"      … {len(singles) - MAX_SINGLE_CLAIMS} more (--format json lists all)")

    console.print("\n[bold]Corroborated claims")
    corroborated = v.corroborated()
    if not corroborated:
        console.print("  no claim carried by two independent sources")
    for g in corroborated:
        text, members = v.claim_line(g)
        console.print(f"  [green]✔ {g['independent_sources']} sources[/] {escape(text)} "
                      f"[dim]({escape(v.claim_sources(g))})[/]")
    agreed = v.agreed_numbers()
    if agreed:
        console.print("  numbers given alike by independent sources: " + "; ".join(
            escape(f"{n['text']} [{n['unit']}] ({', '.join(outlets)})") for n, outlets in agreed))
    console.print("\n[bold]Single-sourced")
    for outlet, claims in v.single_sourced_by_outlet().items():
        console.print(f"  {escape(outlet)} ({plural(len(claims), 'claim')})")
        for c in claims[:MAX_SINGLE_CLAIMS]:
            by = f" [dim]({escape(c['attributed_to'])})[/]" if c["attributed_to"] else ""
            console.print(f"      – {escape(c['text'])}{by}")
        if len(claims) > MAX_SINGLE_CLAIMS:
            console.print(f"      … {len(claims) - MAX_SINGLE_CLAIMS} more (--format json lists all)")
    numbers = story["numbers"]["single_sourced"]
    if numbers:
        console.print("  numbers from one source only: " + "; ".join(
            escape(f"{n['text']} [{n['unit']}] ({n['outlet']})") for n in numbers))
    console.print()


def render_text(document: dict, color: bool = False, width: int = 110) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False)
    if not document["stories"]:
        console.print("no stories")
    for story in document["stories"]:
        _story(console, story)
    if document.get("skipped"):
        console.print(f"[bold red]Inputs not read ({len(document['skipped'])})[/]")
        for item in document["skipped"]:
            console.print(f"  {escape(item['path'])}: {escape(item['reason'])}")
    return buffer.getvalue()
