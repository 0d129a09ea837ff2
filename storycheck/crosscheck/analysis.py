"""The cross-check of one story: what is corroborated, what rests on one source, what conflicts.

:func:`crosscheck_story` takes what the earlier stages found for the story's
articles (parses, quotes, reuse links and source families) and returns the
brief as a plain dict in the shape ``docs/brief-schema.md`` documents (schema
3). Every item in it cites an article id and character offsets that slice the
exact text out of that article. Articles of one reuse family (a copy and its
original), and articles of one publisher (:mod:`storycheck.crosscheck.publishers`), count as one source
everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

import numpy as np

from storycheck.crosscheck import claims as claims_mod
from storycheck.crosscheck import names as names_mod
from storycheck.crosscheck import numbers as numbers_mod
from storycheck.crosscheck import quotegroups
from storycheck.crosscheck.text import Idf, content_lemmas
from storycheck.model import Article, Quote, ReuseLink, Story
from storycheck.nlp.embed import get_embedder
from storycheck.nlp.pipeline import ParsedArticle
from storycheck.outlets import publisher
from storycheck.quotes.marks import find_quoted
from storycheck.reuse.families import family_original

SCHEMA = 3


@dataclass
class StoryInput:
    """Everything the cross-check needs about one story."""

    story: Story
    parsed: list[ParsedArticle]  # in publication order
    quotes: dict[str, list[Quote]]
    links: list[ReuseLink] = field(default_factory=list)
    family_of: dict[str, str] = field(default_factory=dict)  # article id -> family id (absent: its own)


def _cite(article: Article, start: int, end: int) -> dict:
    return {"article": article.id, "start": start, "end": end, "text": article.text[start:end]}


def _proper_parts(name: str | None) -> list[str]:
    """The parts of a person's name, or [] when ``name`` is no proper name ("officials", "His representative")."""
    parts = names_mod.name_parts(name or "")
    if not parts or any(not p[:1].isupper() or names_mod.fold(p) in names_mod.PRONOUNS for p in parts):
        return []
    return parts


def _same_person(a: str, b: str) -> bool:
    """Whether two speaker names can name one person: a shared name part up to romanisation
    ("Stoltenberg" / "Jens Stoltenberg", "Uma" / "Uma Thurman"). A speaker that is not a proper name
    ("officials", "the Secretary-General") could be anyone."""
    pa, pb = _proper_parts(a), _proper_parts(b)
    if not pa or not pb:
        return True
    return bool({names_mod.translit_key(p) for p in pa} & {names_mod.translit_key(p) for p in pb})


def _named_at(quote: Quote) -> bool:
    """Whether the quote's speaker mention is itself the name it was resolved to."""
    mention = {names_mod.translit_key(p) for p in _proper_parts(quote.speaker.text if quote.speaker else None)}
    return bool(mention & {names_mod.translit_key(p) for p in _proper_parts(quote.speaker_canonical)})


def _speaker_is_a_name(quote: Quote, parsed: ParsedArticle) -> bool:
    """Whether the quote's speaker mention holds a proper noun, as the parse tags it. A capital
    letter is no evidence: a sentence starts with one ("Investigators said ..."), and a common noun
    ("investigators", "officials") may be the same body another outlet names."""
    if quote.speaker is None:
        return False
    span = parsed.doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span)


def _attribution_window(quote: Quote, parsed: ParsedArticle) -> tuple[int, int]:
    """From the sentence before the quote to the end of the quote's last sentence."""
    sentences = parsed.sentences
    if not sentences:
        return quote.start, quote.end
    first = next((i for i, s in enumerate(sentences) if s.end > quote.start), 0)
    last = next((i for i, s in enumerate(sentences) if s.end >= quote.end), len(sentences) - 1)
    return sentences[max(0, first - 1)].start, sentences[last].end


def _named_near(parsed_by_id: dict[str, ParsedArticle]):
    def named_near(quote: Quote, name: str | None) -> bool:
        keys = {names_mod.translit_key(p) for p in _proper_parts(name)}
        if not keys:
            return True
        lo, hi = _attribution_window(quote, parsed_by_id[quote.article_id])
        text = parsed_by_id[quote.article_id].article.text[lo:hi]
        return any(names_mod.translit_key(w) in keys for w in re.findall(r"[^\W\d_]+", text))
    return named_near


def _speaker_surnames(quote: Quote, parsed: ParsedArticle) -> set[str]:
    """Surname keys of who may have said ``quote``: its resolved speaker, and the people named in the
    attribution around it (the sentence before the quote to the end of the quote's sentence, the quote
    itself left out), so that a quote stage's wrong resolution does not hide the evidence."""
    keys = set()
    for name in (quote.speaker_canonical, quote.speaker.text if quote.speaker else None):
        parts = names_mod.name_parts(name or "")
        if parts and parts[-1][:1].isupper():
            keys.add(names_mod.translit_key(parts[-1]))
    lo, hi = _attribution_window(quote, parsed)
    for e in parsed.entities:
        if e.label == "PERSON" and lo <= e.start and e.end <= hi and not (quote.start <= e.start < quote.end):
            parts = names_mod.name_parts(e.text)
            if parts:
                keys.add(names_mod.translit_key(parts[-1]))
    return keys


def _credible_speaker(quote: Quote) -> Quote:
    """The quote, without its speaker when the speaker mention overlaps the quoted words.

    The words quoted are never who said them: a speaker span that takes in a quotation is a
    misreading of the attribution (an inverted cue in a headline, '… "still dangerous", says
    emergency chief', read with the clause before "says" as its subject), and any name resolved
    from it ("Zarichne") is no speaker. Such a quote is kept with its speaker unknown. A speaker
    between two quotations of one run (""A," said Pierre Brandet. "B."") is where speakers are.
    """
    sp = quote.speaker
    if sp is None or not (sp.start < quote.end and quote.start < sp.end):
        return quote
    start, end = sp.start - quote.start, sp.end - quote.start
    if any(q.start < end and start < q.end for q in find_quoted(quote.text)):
        return replace(quote, speaker=None, speaker_canonical=None)
    return quote


def _cosine(embedder) -> Callable[[str, str], float]:
    def similarity(a: str, b: str) -> float:
        v = embedder.encode([a, b])
        return float(v[0] @ v[1])
    return similarity


def crosscheck_story(data: StoryInput) -> dict:
    """The brief of one story (schema 3) as a JSON-ready dict."""
    embedder = get_embedder()
    articles = {p.article.id: p.article for p in data.parsed}
    order = [p.article.id for p in data.parsed]
    family_of = {a: data.family_of.get(a, a) for a in order}
    data = replace(data, quotes={a: [_credible_speaker(q) for q in qs] for a, qs in data.quotes.items()})
    all_quotes = [q for a in order for q in data.quotes.get(a, [])]

    # ---- quotes across outlets
    parsed_by_id = {p.article.id: p for p in data.parsed}
    groups, attribution = quotegroups.group_quotes(
        all_quotes, {a: articles[a].text for a in order}, _same_person, _cosine(embedder), order,
        _named_near(parsed_by_id))
    # shown across outlets: a statement two publishers quote (one paper quoting itself twice cross-checks
    # nothing, and its quotes stay "quoted by one outlet only"); every group still tells names apart below
    across = [g for g in groups if len({publisher(articles[q.article_id].outlet) for q in g.quotes}) >= 2]
    grouped_ids = {q.id for g in across for q in g.quotes}
    # a different speaker is only worth reporting when both articles name theirs at the quote,
    # not through a pronoun, a title the quote stage resolved ("her rep", "he") or a common noun
    # ("Investigators")
    attribution = [c for c in attribution
                   if all(_named_at(q) and _speaker_is_a_name(q, parsed_by_id[q.article_id]) for q in c.quotes)]

    # ---- names (quote groups tell which spellings were given the same words)
    quoted_together = set()
    for g in groups:
        by_surname: dict[str, set[str]] = {}
        for q in g.quotes:
            for surname in _speaker_surnames(q, parsed_by_id[q.article_id]):
                by_surname.setdefault(surname, set()).add(q.article_id)
        for surname, arts in by_surname.items():
            for x in arts:
                for y in arts:
                    if x < y:
                        quoted_together.add((surname, x, y))
    clusters, name_conflicts = names_mod.cluster_names(
        {p.article.id: p.entities for p in data.parsed}, {p.article.id: p.doc for p in data.parsed},
        quoted_together, {a: [q.speaker_canonical for q in data.quotes.get(a, []) if q.speaker_canonical]
                          for a in order})
    spelling_counts = {spelling: len(entities) for c in clusters for spelling, entities in c.variants.items()}
    for g in groups:
        g.speaker = _best_attested(g, spelling_counts) or g.speaker

    # ---- claims (a claim in a passage taken from another article counts as that article: its family and
    # its publisher; independence is then counted among each group's own claims)
    taken = _taken_passages(data.links, set(order))

    voice = _voices(order, family_of, articles, data.links)

    def source_at(item, article_id: str, start: int, end: int) -> None:
        origin = _taken_from(taken, article_id, start, end) or article_id
        item.family, item.publisher = family_of[origin], voice[origin]

    idf = Idf(content_lemmas(s) for p in data.parsed for s in p.doc.sents)
    named = _outlets_by_name(order, articles)
    claim_items = []
    for p in data.parsed:
        found = claims_mod.extract_claims(p, data.quotes.get(p.article.id, []))
        for item in claims_mod.features(p, found, family_of[p.article.id]):
            source_at(item, p.article.id, item.claim.start, item.claim.end)
            cited = named.get(_compact(item.claim.attributed_to or ""))
            if cited is not None and voice[cited] != voice[p.article.id]:  # "CNN reported that ...": CNN's claim
                item.family, item.publisher = family_of[cited], voice[cited]
            claim_items.append(item)
    vectors = embedder.encode([c.core for c in claim_items])
    claim_groups = claims_mod.match_claims(claim_items, vectors, idf)

    # ---- numbers
    number_items = []
    for p in data.parsed:
        for item in numbers_mod.contexts(p, numbers_mod.extract_numbers(p), family_of[p.article.id]):
            source_at(item, p.article.id, item.mention.start, item.mention.end)
            number_items.append(item)
    frames = embedder.encode([n.frame for n in number_items])
    numbers = numbers_mod.compare_numbers(number_items, frames @ frames.T if len(number_items) else np.zeros((0, 0)))

    return _brief(data, articles, order, family_of, voice, all_quotes, across, grouped_ids, attribution, clusters,
                  name_conflicts, [c.claim for c in claim_items], claim_groups, numbers)


def _best_attested(group: quotegroups.QuoteGroup, spelling_counts: dict[str, int]) -> str | None:
    """The speaker name a quote group goes by: the one most of its articles give, ties going to the
    spelling the story uses most often ("Jens Stoltenberg" twice beats "Jan Stoltenberg" once), then to
    the earliest version's."""
    articles_giving: dict[str, set[str]] = {}
    for q in group.quotes:
        if q.speaker_canonical:
            articles_giving.setdefault(q.speaker_canonical, set()).add(q.article_id)
    if not articles_giving:
        return None
    order = list(articles_giving)
    return max(order, key=lambda name: (len(articles_giving[name]),
                                        spelling_counts.get(" ".join(names_mod.name_parts(name)), 0), -order.index(name)))


def _taken_passages(links: list[ReuseLink], articles: set[str]) -> dict[str, list[tuple[int, int, str, int, int]]]:
    """Article id -> the passages a partial reuse link says it took: (start, end, the article taken from,
    and where the passage stands there). Whole-text copies are families already; these are single passages
    (a wire agency's background paragraph run by several outlets)."""
    taken: dict[str, list[tuple[int, int, str, int, int]]] = {}
    for link in links:
        if link.kind == "partial" and link.source_id in articles and link.target_id in articles:
            taken.setdefault(link.target_id, []).extend(
                (p.target_start, p.target_end, link.source_id, p.source_start, p.source_end) for p in link.passages)
    return taken


def _taken_from(taken: dict[str, list[tuple[int, int, str, int, int]]], article_id: str, start: int, end: int,
                hops: int = 8) -> str | None:
    """The article a stretch of ``article_id`` was first taken from, when it lies (mostly) in a taken
    passage: followed back through the articles that took it in turn (A -> B -> C is A's)."""
    origin = None
    while hops:
        hops -= 1
        found = next(((src, s0, s1) for t0, t1, src, s0, s1 in taken.get(article_id, ())
                      if 2 * (min(end, t1) - max(start, t0)) > end - start), None)
        if found is None or found[0] == origin:
            break
        origin, (article_id, start, end) = found[0], found
    return origin


def _distinct_sources(names: Iterable[str | None]) -> list[str]:
    """Attributions without spelling variants (Oleksiy / Oleksii Marchenko counted once), sorted."""
    seen: dict[str, str] = {}
    for name in names:
        if name:
            key = " ".join(names_mod.translit_key(p) for p in names_mod.name_parts(name)) or name.lower()
            seen.setdefault(key, name)
    return sorted(seen.values())


def _compact(name: str) -> str:
    """A name as outlets are compared: "The Harbour Herald" / "harbourherald", "CNN" / "cnn"."""
    return re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))


def _outlets_by_name(order: list[str], articles: dict[str, Article]) -> dict[str, str]:
    """The story's first article of each outlet, by the outlet's name and its publisher's domain name
    ("edition.cnn.com": "cnn"), so that a claim another outlet is cited for ("CNN reported") counts as that
    outlet's report, not as a second source."""
    named: dict[str, str] = {}
    for a in order:
        outlet, domain = articles[a].outlet, publisher(articles[a].outlet)
        for name in map(_compact, (outlet, domain.split(".")[0] if "." in domain else "")):
            if len(name) >= 2:
                named.setdefault(name, a)
    return named


def _voices(order: list[str], family_of: dict[str, str], articles: dict[str, Article],
            links: list[ReuseLink]) -> dict[str, str]:
    """Whose words each article carries, as independence counts them (``publishers.count_independent``): its
    publisher's, unless its family spans several publishers (a wire story that papers ran), whose words are
    the family original's publisher's, or the family's own when no original is singled out. So a paper that
    ran both the AP's and Reuters' stories does not make the two wires one source, and the paper's own
    reporting is not the AP's for having run the AP's story."""
    voice = {}
    for fid, arts in _members(order, family_of).items():
        publishers = {publisher(articles[a].outlet) for a in arts}
        if len(publishers) == 1:
            speaks = publishers.pop()
        else:
            original = family_original(arts, links)
            speaks = publisher(articles[original].outlet) if original else fid
        voice.update(dict.fromkeys(arts, speaks))
    return voice


def _members(order: list[str], family_of: dict[str, str]) -> dict[str, list[str]]:
    """Each family's articles, in the story's order."""
    members: dict[str, list[str]] = {}
    for a in order:
        members.setdefault(family_of[a], []).append(a)
    return members


def _families(order: list[str], family_of: dict[str, str], links: list[ReuseLink]) -> list[dict]:
    """The brief's families: each one's original by the reuse stage's rule, else its first article."""
    return [{"id": fid, "articles": arts, "original": family_original(arts, links) or arts[0]}
            for fid, arts in _members(order, family_of).items()]


def _number(article: Article, m) -> dict:
    item = _cite(article, m.start, m.end)
    item.update(value=m.value, unit=m.unit, outlet=article.outlet)
    if m.sentence is not None:
        item["sentence"] = _cite(article, m.sentence.start, m.sentence.end)
    return item


def _brief(data, articles, order, family_of, voice, all_quotes, groups, grouped_ids, attribution, clusters,
           name_conflicts, claim_list, claim_groups, numbers) -> dict:
    story = data.story
    outlet = {a: articles[a].outlet for a in order}
    conflicts = []
    for c in numbers.conflicts:
        conflicts.append({"kind": "number", "explanation": c.explanation,
                          "values": [_number(articles[m.article_id], m) for m in c.mentions]})
    for c in name_conflicts:
        values = []
        for spelling, mentions in c.mentions.items():
            for e in mentions:
                item = _cite(articles[e.article_id], e.start, e.end)
                item.update(value=spelling, outlet=outlet[e.article_id])
                values.append(item)
        conflicts.append({"kind": "name", "values": values,
                          "explanation": f"{' / '.join(c.spellings)}: one person spelt two ways ({c.evidence})"})
    for c in attribution:
        values = []
        for q, speaker in zip(c.quotes, c.speakers):
            item = _cite(articles[q.article_id], q.start, q.end)
            item.update(value=speaker, outlet=outlet[q.article_id])
            values.append(item)
        conflicts.append({"kind": "attribution", "values": values,
                          "explanation": f"the same words are given to {c.speakers[0]} and to {c.speakers[1]}"})

    corroborated = set()
    claim_group_items = []
    for k, g in enumerate(sorted(claim_groups, key=lambda g: (-g.independent_sources, order.index(g.claims[0].article_id)))):
        if g.independent_sources >= 2:
            corroborated.update(c.id for c in g.claims)
        claim_group_items.append({
            "id": f"cg{k + 1}", "claims": [c.id for c in g.claims],
            "independent_sources": g.independent_sources,
            "outlets": sorted({outlet[c.article_id] for c in g.claims}),
            "attributed_to": _distinct_sources(c.attributed_to for c in g.claims),
            "score": g.score})

    return {
        "id": story.id,
        "label": story.label,
        "articles": [{"id": a, "outlet": outlet[a], "title": articles[a].title, "url": articles[a].url,
                      "published": articles[a].published.isoformat() if articles[a].published else None,
                      "family": family_of[a], "counts_as": voice[a]} for a in order],
        "families": _families(order, family_of, data.links),
        "reuse": [{"source": link.source_id, "copy": link.target_id, "kind": link.kind,
                   "share": round(link.target_share, 3), "source_share": round(link.source_share, 3),
                   "direction": link.direction} for link in data.links if link.kind != "independent"],
        "quotes": [{"id": q.id, "article": q.article_id, "speaker": q.speaker_canonical
                    or (q.speaker.text if q.speaker else None), "kind": q.kind, "text": q.text,
                    "start": q.start, "end": q.end} for q in all_quotes],
        "quote_groups": [{
            "id": g.id, "speaker": g.speaker, "quotes": [q.id for q in g.quotes], "articles": g.article_ids,
            "label": g.label,
            "diffs": [{"reference": _cite(articles[d.reference], *d.reference_span),
                       "version": _cite(articles[d.version], *d.version_span), "label": d.label,
                       "reference_pieces": [_cite(articles[d.reference], *x) for x in d.reference_pieces],
                       "version_pieces": [_cite(articles[d.version], *x) for x in d.version_pieces],
                       "reordered": d.reordered,
                       "ops": [{"op": o.op, "a": o.a, "b": o.b} for o in d.ops]} for d in g.diffs],
        } for g in groups],
        "single_outlet_quotes": [q.id for q in all_quotes
                                 if q.kind in ("direct", "mixed") and q.id not in grouped_ids],
        "claims": [{"id": c.id, "article": c.article_id, "text": c.text, "start": c.start, "end": c.end,
                    "attributed_to": c.attributed_to, "quote": c.quote_id} for c in claim_list],
        "claim_groups": claim_group_items,
        "single_sourced_claims": [c.id for c in claim_list if c.id not in corroborated],
        "numbers": {
            "agreements": [[_number(articles[m.article_id], m) for m in g] for g in numbers.agreements],
            "single_sourced": [dict(_number(articles[ms[0].article_id], ms[0]),
                                    repeated_in=[_cite(articles[m.article_id], m.start, m.end) for m in ms[1:]])
                               for ms in numbers.single_sourced],
        },
        "names": [{"name": c.name, "label": c.label, "variants": sorted(c.variants)}
                  for c in clusters if len(c.variants) > 1],
        "conflicts": conflicts,
    }


def brief_document(stories: Iterable[dict], skipped: Iterable[tuple[str, str]] | None = None) -> dict:
    """The top-level JSON document; ``skipped`` (``check`` gives it) lists the inputs that could not be read,
    with why, so that a saved brief says what it is missing."""
    document = {"schema": SCHEMA, "stories": list(stories)}
    if skipped is not None:
        document["skipped"] = [{"path": path, "reason": reason} for path, reason in skipped]
    return document
