"""What every renderer needs from a story's brief: look-ups and the items in reading order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from storycheck.crosscheck.publishers import count_independent
from storycheck.outlets import publisher
from storycheck.quotes.marks import DOUBLE

MAX_SINGLE_CLAIMS = 8  # per outlet, in the text and Markdown briefs (JSON and HTML hold all)


# a phrase in single marks inside a mixed quote ("why 'a country of samurai warriors' did not"), not an apostrophe
_SINGLE_QUOTED = re.compile(r"(?:^|\s)['‘][^\W\d_][^'‘’]*['’](?=[\s.,;:!?]|$)")


def shown_quote(text: str) -> str:
    """A quotation as a reader should see it: as the article wrote it when it carries its own quotation
    marks (a direct or mixed quote: 'that “Putin is being misinformed”' must keep its inner marks
    balanced), else inside curly marks (an indirect quote)."""
    words = " ".join(text.strip(" \n,").split())
    own = any(m in words for m in DOUBLE) or words.startswith(("‘", "'")) or _SINGLE_QUOTED.search(words)
    if own and len(words) > 2 and words[-2] == "," and words[-1] in "”\"’'":
        words = words[:-2] + words[-1]  # ""...home," Okafor said": the comma belongs to the sentence around
    return words if own else f"“{words}”"


def diff_label(diff: dict) -> str:
    """A word diff's label, saying when the version gives the sentences in another order (the diff shows them in
    the reference's)."""
    return diff["label"] + (", sentences in another order" if diff.get("reordered") else "")


def diff_pieces_cited(diff: dict) -> list[dict]:
    """The version's sentences the diff compares, in the article's order (older briefs: the whole stretch)."""
    return sorted(diff.get("version_pieces") or [diff["version"]], key=lambda c: c["start"])


def web_link(url: str | None) -> str | None:
    """An article's own URL only when it is http(s): a ``javascript:`` URL must never become a link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def published_at(published: str | None) -> str:
    """An ISO timestamp as a reader wants it: date and minute, or "undated"."""
    return published[:16].replace("T", " ") if published else "undated"


def diff_pieces(ops: list[dict]) -> list[tuple[str, str]]:
    """A word diff as ``(kind, words)`` pieces in reading order, kind ``equal``, ``deleted`` or ``inserted``:
    every renderer marks the kinds its own way."""
    pieces = []
    for o in ops:
        if o["op"] == "equal":
            pieces.append(("equal", o["a"]))
            continue
        if o["a"]:
            pieces.append(("deleted", o["a"]))
        if o["b"]:
            pieces.append(("inserted", o["b"]))
    return pieces


def conflict_value(conflict: dict, value: dict) -> str:
    """What one side of a conflict says: the number as written, or the name form it uses."""
    return str(value["text"] if conflict["kind"] == "number" else value.get("value", value["text"]))


def some_of(names: list[str], shown: int = 5) -> str:
    """A list of names for a line of a brief: the first few, then how many more (JSON holds all)."""
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1 claim", "2 claims" ("1 family", "3 families" with ``many``)."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


@dataclass
class StoryView:
    story: dict

    def __post_init__(self):
        s = self.story
        self.articles = {a["id"]: a for a in s["articles"]}
        self.claims = {c["id"]: c for c in s["claims"]}
        self.quotes = {q["id"]: q for q in s["quotes"]}
        self.family_of = {a["id"]: a["family"] for a in s["articles"]}

    def outlet(self, article_id: str) -> str:
        return self.articles[article_id]["outlet"]

    def sources_line(self) -> str:
        """How many independent sources the story has, counted as a claim's are (a family or a publisher
        once; ``count_independent``), e.g. "3 independent sources (4 source families: a publisher's own articles
        count once)": a reader saw "6 independent sources (10 source families)" and could not tell why fewer."""
        sources = count_independent((f, self.articles[a].get("counts_as") or publisher(self.outlet(a)))
                                    for a, f in self.family_of.items())
        families = len(self.story["families"])
        line = plural(sources, "independent source")
        return line if sources == families else \
            f"{line} ({plural(families, 'source family', 'source families')}: a publisher's own articles count once)"

    def passage_link(self, item: dict) -> str | None:
        """Where a citation can be read on the web: the article's own http(s) URL with a text fragment that
        browsers scroll to and mark (``#:~:text=start,end``); None for an article without one."""
        url = web_link(self.articles[item["article"]].get("url"))
        if url is None:
            return None
        words = item.get("text", "").split()
        if len(words) < 3 and isinstance(item.get("sentence"), dict):  # "14": the sentence finds it on the page
            words = item["sentence"].get("text", "").split()
        if not words:
            return url
        start, end = words[:6], words[6:][-4:]
        enc = lambda ws: quote(" ".join(ws), safe="").replace("-", "%2D")  # noqa: E731 - "-" and "," delimit
        return f"{url.split('#')[0]}#:~:text={enc(start)}" + (f",{enc(end)}" if end else "")

    def ref(self, item: dict) -> str:
        """A short citation: ``outlet [id:start-end]``."""
        return f"{self.outlet(item['article'])} [{item['article'][:8]}:{item['start']}-{item['end']}]"

    def corroborated(self) -> list[dict]:
        return [g for g in self.story["claim_groups"] if g["independent_sources"] >= 2]

    def single_sourced_by_outlet(self) -> dict[str, list[dict]]:
        """Single-sourced claims per source family (named by its outlets); a claim a copy repeats is shown once."""
        label = {f["id"]: self.family_label(f) for f in self.story["families"]}
        group_of = {c: g["id"] for g in self.story["claim_groups"] for c in g["claims"]}
        out: dict[str, list[dict]] = {}
        shown: set[str] = set()
        for cid in self.story["single_sourced_claims"]:
            c = self.claims[cid]
            group = group_of.get(cid)
            if group is not None and group in shown:
                continue
            if group is not None:
                shown.add(group)
            out.setdefault(label[self.family_of[c["article"]]], []).append(c)
        return out

    def single_outlet_quotes(self) -> list[dict]:
        """Quotes of one outlet only, once per source family and publisher: a copy repeating its original's
        quotation, or a paper running it in two of its articles, is not a second one; the first article
        stands for it."""
        out, seen = [], set()
        for qid in self.story["single_outlet_quotes"]:
            q = self.quotes[qid]
            words = " ".join(re.findall(r"\w+", q["text"].lower()))
            keys = {(self.family_of[q["article"]], words), (publisher(self.outlet(q["article"])), words)}
            if keys & seen:
                continue
            seen |= keys
            out.append(q)
        return out

    def versions(self, group: dict) -> list[dict]:
        """A quote group's first quote in each article no word diff shows: every article's when the versions are
        too short to diff (a word diff aligns sentences of four words or more), else those that could not be
        placed in the reference, so that no version of a statement is hidden."""
        shown = {d[side]["article"] for d in group["diffs"] for side in ("reference", "version")}
        first: dict[str, dict] = {}
        for qid in group["quotes"]:
            if self.quotes[qid]["article"] not in shown:
                first.setdefault(self.quotes[qid]["article"], self.quotes[qid])
        return list(first.values())

    def family_label(self, family: dict) -> str:
        """The family's outlets, each once."""
        return " + ".join(dict.fromkeys(self.outlet(a) for a in family["articles"]))

    def reuse_sentence(self, link: dict) -> str:
        share = round(100 * link["share"])
        copy, source = self.outlet(link["copy"]), self.outlet(link["source"])
        if copy == source:  # an outlet re-running its own piece: say which piece is which
            copy, source = self._which(link["copy"]), self._which(link["source"])
            if copy == source:  # published the same minute
                copy, source = f"{copy} [{link['copy'][:8]}]", f"{source} [{link['source'][:8]}]"
        if link.get("direction") == "unknown":  # same or missing dates: which took from which is not known
            return f"{copy} and {source} share text ({link['kind']}, {share}% of {copy}'s text; which came first " \
                   f"is not known)"
        return f"{copy} reuses {source} ({link['kind']}, {share}% of its text)"

    def agreed_numbers(self) -> list[tuple[dict, list[str]]]:
        """The numbers independent sources give alike: each quantity's first figure and its outlets."""
        return [(mentions[0], list(dict.fromkeys(m["outlet"] for m in mentions)))
                for mentions in self.story["numbers"].get("agreements", [])]

    def _which(self, article_id: str) -> str:
        published = self.articles[article_id]["published"]
        return f"{self.outlet(article_id)} " + (f"of {published_at(published)}" if published else f"[{article_id[:8]}]")

    def claim_line(self, group: dict) -> tuple[str, list[dict]]:
        members = [self.claims[c] for c in group["claims"]]
        return members[0]["text"], members

    def claim_sources(self, group: dict) -> str:
        """Who carries a corroborated claim, each outlet with whom its own version attributes the claim to
        ("outlet A, attributed to the ministry; outlet B"): the group's attributions, pooled, would credit one
        outlet's source to all."""
        by_outlet: dict[str, list[str]] = {}
        for claim in (self.claims[c] for c in group["claims"]):
            names = by_outlet.setdefault(self.outlet(claim["article"]), [])
            if claim.get("attributed_to") and claim["attributed_to"] not in names:
                names.append(claim["attributed_to"])
        return "; ".join(outlet + (f", attributed to {some_of(names, 3)}" if names else "")
                         for outlet, names in by_outlet.items())
