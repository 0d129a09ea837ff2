"""The brief as Markdown: one section per story, every item with its citation."""

from __future__ import annotations

from storycheck.report.view import (MAX_SINGLE_CLAIMS, StoryView, conflict_value, diff_label, diff_pieces,
                                    diff_pieces_cited, plural, published_at, shown_quote)


def _cite(v: StoryView, item: dict) -> str:
    """A citation, linked to the passage on the outlet's page when the article has a web address."""
    link = v.passage_link(item)
    ref = _md(v.ref(item))
    return f"[{ref}](<{link}>)" if link else ref


def _md(text: str) -> str:
    """Text safe inside Markdown: no line breaks, no characters that start markup."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    return text


DIFF_MARKS = {"equal": "{}", "deleted": "~~{}~~", "inserted": "**{}**"}


def diff_markdown(ops: list[dict]) -> str:
    return " ".join(DIFF_MARKS[kind].format(_md(words)) for kind, words in diff_pieces(ops))


def story_markdown(story: dict) -> list[str]:
    v = StoryView(story)
    out = [f"## {_md(story['label'])}", "", f"Story `{story['id']}`: {plural(len(story['articles']), 'article')}, "
           f"{v.sources_line()}.", ""]
    out += ["### Sources", ""]
    for fam in story["families"]:
        arts = [v.articles[a] for a in fam["articles"]]
        out.append(f"- **{_md(v.family_label(fam))}**")
        for a in arts:
            when = f" ({published_at(a['published'])})" if a["published"] else ""
            out.append(f"  - {_md(a['outlet'])}: {_md(a['title'])}{when} `{a['id']}`")
    for link in story["reuse"]:
        out.append(f"- reuse: {_md(v.reuse_sentence(link))}")
    out.append("")

    out += ["### Conflicts", ""]
    if not story["conflicts"]:
        out.append("No conflicts found.")
    for c in story["conflicts"]:
        out.append(f"- **{c['kind']}**: {_md(c['explanation'])}")
        for val in c["values"]:
            context = val.get("sentence", val)
            out.append(f"  - {_md(conflict_value(c, val))} — {_cite(v, val)}: “{_md(context['text'])}”")
    out.append("")

    out += ["### Quotes across outlets", ""]
    if not story["quote_groups"]:
        out.append("No statement is quoted by more than one outlet.")
    for g in story["quote_groups"]:
        outlets = ", ".join(dict.fromkeys(v.outlet(a) for a in g["articles"]))
        out.append(f"- **{_md(g['speaker'] or 'unknown speaker')}** ({g['label']}; {_md(outlets)})")
        for d in g["diffs"]:
            out.append(f"  - {_md(v.outlet(d['reference']['article']))} → {_md(v.outlet(d['version']['article']))} "
                       f"({diff_label(d)}): {diff_markdown(d['ops'])} — "
                       + ", ".join(_cite(v, c) for c in diff_pieces_cited(d)))
        out += [f"  - {_md(shown_quote(q['text']))} — {_cite(v, q)}" for q in v.versions(g)]
    singles = v.single_outlet_quotes()
    if singles:
        out.append("")
        out.append("Quoted by one outlet only:")
        for q in singles:
            out.append(f"- {_md(q['speaker'] or 'unknown')}: {_md(shown_quote(q['text']))} — {_cite(v, q)}")
    out.append("")

    out += ["### Corroborated claims", ""]
    if not v.corroborated():
        out.append("No claim is carried by two independent sources.")
    for g in v.corroborated():
        text, members = v.claim_line(g)
        out.append(f"- {_md(text)} — **{g['independent_sources']} independent sources** "
                   f"({_md(v.claim_sources(g))})")
        for c in members:
            out.append(f"  - {_cite(v, c)}: “{_md(c['text'])}”")
    agreed = v.agreed_numbers()
    if agreed:
        out.append("- numbers given alike by independent sources: " + "; ".join(
            f"{_md(n['text'])} \\[{_md(n['unit'])}\\] ({_md(', '.join(outlets))})" for n, outlets in agreed))
    out += ["", "### Single-sourced", ""]
    for outlet, claims in v.single_sourced_by_outlet().items():
        out.append(f"- **{_md(outlet)}**: {plural(len(claims), 'claim')}")
        for c in claims[:MAX_SINGLE_CLAIMS]:
            by = f" ({_md(c['attributed_to'])})" if c["attributed_to"] else ""
            out.append(f"  - {_md(c['text'])}{by} `{c['article'][:8]}:{c['start']}-{c['end']}`")
        if len(claims) > MAX_SINGLE_CLAIMS:
            out.append(f"  - … and {len(claims) - MAX_SINGLE_CLAIMS} more (see the JSON brief)")
    numbers = story["numbers"]["single_sourced"]
    if numbers:
        out.append("- numbers reported by one source only: " + "; ".join(
            f"{_md(n['text'])} \\[{_md(n['unit'])}\\] ({_md(n['outlet'])})" for n in numbers))
    out.append("")
    return out


def render_markdown(document: dict) -> str:
    lines = ["# storycheck brief", ""]
    for story in document["stories"]:
        lines += story_markdown(story)
    if document.get("skipped"):
        lines += [f"## Inputs not read ({len(document['skipped'])})", ""]
        lines += [f"- {_md(item['path'])}: {_md(item['reason'])}" for item in document["skipped"]] + [""]
    return "\n".join(lines).rstrip() + "\n"
