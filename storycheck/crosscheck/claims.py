"""Claims: the factual statements of a story, one clause each, and who they are attributed to.

A paragraph often carries several facts, and a fact is often reported ("The US
also claimed Vladimir Putin was misinformed..."). So a sentence is cut at its
clause heads: every verb with a subject of its own that is the root, a
coordinated clause or a clausal complement. When the head of a clause is a
reporting verb ("said", "claimed", "confirmed") and has a clausal complement,
the complement is the claim and the reporting verb's subject is whom it is
attributed to; a clause inside a quotation is attributed to the speaker.

Claims are then matched across articles by meaning: the cosine of their
sentence embeddings, combined with IDF-weighted overlap of content lemmas,
and kept apart when their numbers or their negation disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Token

from storycheck.crosscheck.numbers import parse_value
from storycheck.crosscheck.publishers import count_independent
from storycheck.crosscheck.text import DENIALS, Idf, content_lemmas, negated, trimmed
from storycheck.model import Claim, Quote
from storycheck.nlp.pipeline import ParsedArticle
from storycheck.quotes.mentions import antecedent
from storycheck.unionfind import DisjointSet

REPORTING = {
    "say", "tell", "claim", "believe", "confirm", "warn", "suggest", "report", "add", "insist", "state",
    "announce", "allege", "argue", "deny", "note", "explain", "write", "admit", "acknowledge", "reveal", "think",
    "estimate", "predict", "indicate", "respond", "reply", "stress", "declare", "tweet", "conclude", "assert",
    "maintain", "contend", "urge", "accuse", "believe", "fear", "hope", "know", "feel", "agree", "complain",
    "testify", "recall", "emphasise", "emphasize", "point", "show", "find", "told", "mention", "hear", "see",
    "dispute", "refute", "rebut",
}
# Reporting verbs that name someone's statement (not a belief: "knew", "expect", "found"): inside a quotation,
# their subject is the nearer source of what they report ("... after Moscow claimed it would withdraw")
SPEECH = {"say", "tell", "claim", "confirm", "warn", "report", "insist", "state", "announce", "allege", "argue",
          "deny", "write", "admit", "acknowledge", "reveal", "declare", "tweet", "assert", "maintain", "contend",
          "testify", "dispute"}
# Reporting verbs whose object, not a clause, carries the content: "the Ministry reported heavy shelling".
REPORTING_OBJECT = {"report", "confirm", "announce", "claim", "allege", "reveal", "estimate", "predict"}
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "parataxis"}
MIN_WORDS = 4
NOBODY = ("nobody", "no-one", "none", "neither")
# no source a reader can check
PRONOUNS = ("he", "she", "they", "it", "we", "i", "you", "which", "who", "that", "someone", "somebody", "everyone",
            "everybody", "anyone", "anybody", "no one", *NOBODY)
MATCH_THRESHOLD = 0.62
ANCHORED_COSINE = 0.45
ANCHORED_SCORE = MATCH_THRESHOLD
# a name is rare enough to anchor in at most this share of the story's sentences (or 2): at 0.1 a long story's
# main place or airline ("Pyongyang", "Nature Air" in 60 of 600 sentences) tied different facts together
ANCHOR_RARE_SHARE = 0.05


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in token.children)


def _is_clause_head(token: Token) -> bool:
    """A verb that heads a clause of its own: not an infinitive, which says nothing alone ("China is allowing
    [oil to go into North Korea]", "wants [the mayor to resign]") and stays in the clause it completes."""
    if token.dep_ == "ROOT":
        return True
    return token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX") and _has_subject(token) \
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _subject_text(token: Token) -> str | None:
    """The subject of a verb as text; a relative pronoun ("Portline, which said") stands for its noun."""
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
                noun = antecedent(token)
                return noun.doc[noun.left_edge.i:noun.i + 1].text
            # the subject without its relative clauses ("Oleksiy Marchenko, who leads the service")
            cut = [x.left_edge.i for x in c.children if x.dep_ in ("relcl", "acl") and x.i > c.i]
            end = min(cut) if cut else c.right_edge.i + 1
            return trimmed(c.doc[c.left_edge.i:end]).text
    return None


def _supposed(clause: Token) -> bool:
    """The clause is asked or supposed: "whether ...", "if ...", "unless ..."."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in clause.children)


def _negated_verb(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _stated_at(verb: Token) -> int | None:
    """Where a verb reports that someone made a statement, else None: not "will announce", "are encouraged
    to report", "has never said", "nobody told us", nor "if the police say" (no statement was made)."""
    if verb.lemma_.lower() not in SPEECH or verb.tag_ == "VB" \
            or _negated_verb(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) \
            or any(c.dep_ in SUBJECTS and (c.lower_ in NOBODY or c.lower_ == "one" and any(
                g.lower_ == "no" for g in c.children)) for c in verb.children):
        return None
    clause = verb
    while True:  # up to the clause the verb stands in
        if _supposed(clause):
            return None
        if clause.dep_ in ("ROOT", "ccomp") or clause.head == clause:
            return verb.idx
        clause = clause.head


# verbs that take their clause as true, negated or not ("did not realise that the bridge had collapsed")
FACTIVE = {"realise", "realize", "know", "disclose", "reveal", "notice", "discover", "learn", "forget", "regret",
           "understand", "recognise", "recognize", "admit", "acknowledge"}


def _unasserted(head: Token) -> bool:
    """Whether a clause is put without being asserted: asked or supposed ("investigating whether [a second
    car bomb was involved]", "if [the police say]"), or holding such a clause as its condition or subject ("[If
    it is confirmed, there are violations]", "[Whether it is a bad investment is the big question]"), or under a
    negated verb ("I don't think [she made it]", "it has not been suggested that [the authorities were
    aware]"), up the chain of clauses it is a complement of. A negated denial ("did not deny that") asserts its
    clause, and so does a negated verb that takes its clause as true ("did not realise that [the bridge had
    collapsed]", "never disclosed that [the reactor had leaked]"), and "it was not until Friday that [police
    confirmed ...]". A clause before the negated verb is its own: "[He's dragging my son], I can't watch this"
    (the parse hangs it on "watch")."""
    if any(c.dep_ in ("advcl", "csubj", "csubjpass") and _supposed(c) for c in head.children):
        return True  # "If it is confirmed, there are violations"; "Whether it is a bad investment is the question"
    clause = head
    while True:
        if _supposed(clause):
            return True
        if clause.dep_ not in ("ccomp", "xcomp", "csubj", "csubjpass") or clause.head == clause:
            return False
        verb = clause.head
        lemma = verb.lemma_.lower()
        if lemma not in DENIALS and lemma not in FACTIVE and clause.i > verb.i \
                and _negated_verb(verb) \
                and not any(c.lower_ == "until" for c in verb.children):  # "it was not until Friday that ..."
            return True
        clause = verb


def _understood_subject(verb: Token) -> str | None:
    """The subject a reporting verb without one shares with the clause it hangs on ("Moscow is double
    dealing after [claiming] it would withdraw": Moscow claimed it)."""
    for _ in range(3):
        if verb.dep_ not in ("pcomp", "prep", "advcl") or verb.head == verb:  # not "encouraged to report"
            return None
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and _has_subject(verb):
            # "criticised Moscow for claiming": the object claimed it, not the one who criticised
            return None if any(c.dep_ in ("dobj", "dative") for c in verb.children) else _subject_text(verb)
    return None


@dataclass
class ClauseSpan:
    start: int  # character offsets
    end: int
    reported_by: str | None  # the subject of the reporting verb, if reported
    reported_at: int | None = None  # where that verb stands (character offset), if it names a statement


def clauses(sent) -> list[ClauseSpan]:
    """The clauses of a spaCy sentence as character spans, with the reporter of reported ones."""
    heads = [t for t in sent if _is_clause_head(t)]
    head_set = {t.i for t in heads}
    out = []
    for head in heads:
        sub_heads = [t for t in head.subtree if t.i in head_set and t != head]
        excluded = set()
        for h in sub_heads:
            excluded.update(x.i for x in h.subtree)
        for t in head.subtree:  # "Portline, which said in a statement that ...": the report is no part of it
            if t.dep_ == "relcl" and t.lemma_.lower() in REPORTING and any(c.dep_ == "ccomp" for c in t.children):
                excluded.update(x.i for x in t.subtree)
        kept = [t for t in head.subtree if t.i not in excluded]
        complements = [h for h in sub_heads if h.head == head and h.dep_ == "ccomp"]
        if head.lemma_.lower() in REPORTING and complements:
            continue  # the reporting clause itself ("The US also claimed") is no claim
        runs, run = [], []
        for t in kept:
            if run and t.i != run[-1].i + 1:
                runs.append(run)
                run = []
            run.append(t)
        if run:
            runs.append(run)
        # the run holding the head, with the run holding its subject when the two are apart
        subject_ids = {x.i for c in head.children if c.dep_ in SUBJECTS for x in c.subtree}
        chosen = [r for r in runs if any(t.i == head.i or t.i in subject_ids for t in r)]
        span = trimmed(sent.doc[chosen[0][0].i:chosen[-1][-1].i + 1])
        last = span[-1] if len(span) else None
        if last is not None and last.tag_ == "VBG" and last.i > 0 and sent.doc[last.i - 1].text == "," \
                and last.lemma_.lower() in REPORTING and any(c.i in excluded for c in last.children):
            span = trimmed(sent.doc[span.start:last.i])  # ", saying" whose words are a clause of their own
        words = [t for t in span if not t.is_punct and not t.is_space]
        if len(words) < MIN_WORDS or not (_has_subject(head) or head.dep_ != "ROOT") or _unasserted(head):
            continue
        reporter = reported_at = None
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING:
            verb = head.head
            reporter, reported_at = _subject_text(verb) or _understood_subject(verb), _stated_at(verb)
            if verb.lemma_.lower() in DENIALS and not any(c.dep_ == "neg" for c in verb.children):
                # what was denied is no claim of the source's: keep the denial ("denied that the girls
                # were exchanged"; "the girls were exchanged, the minister denied"), which also tells
                # claim matching the two statements are opposite ("did not deny that" asserts it)
                if verb.i < span.start:
                    span = trimmed(sent.doc[verb.i:span.end])
                elif verb.i >= span.end:
                    span = sent.doc[span.start:verb.i + 1]
        elif head.lemma_.lower() in REPORTING_OBJECT and any(c.dep_ == "dobj" for c in head.children):
            # keep what was reported, attribute it to whom reported it
            reporter, reported_at = _subject_text(head), _stated_at(head)
            span = trimmed(sent.doc[head.i + 1:span.end])
        out.append(ClauseSpan(span.start_char, span.end_char, reporter, reported_at))
        out.extend(_participle_claims(head, kept))
    return out


def _participle_claims(head: Token, kept: list[Token]) -> list[ClauseSpan]:
    """Facts a clause states in passing: "Some Russian troops retreating from Chernobyl ... are being taken"."""
    out = []
    kept_ids = {t.i for t in kept}
    for t in kept:
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ in ("NOUN", "PROPN") \
                and t.head.i in kept_ids and t.head != head \
                and t.head.dep_ in ("nsubj", "nsubjpass"):
            noun = t.head
            span = trimmed(noun.doc[noun.left_edge.i:t.right_edge.i + 1])
            if len([x for x in span if not x.is_punct]) >= MIN_WORDS:
                out.append(ClauseSpan(span.start_char, span.end_char, None))
    return out


def _covering_quote(quotes: list[Quote], start: int, end: int) -> Quote | None:
    best, overlap = None, 0
    for q in quotes:
        o = min(end, q.end) - max(start, q.start)
        if o > overlap:
            best, overlap = q, o
    return best if best is not None and overlap >= (end - start) / 2 else None


def _attribution(text: str | None) -> str | None:
    """A readable source name: "the mayor, Iryna Dovzhenko," -> "the mayor, Iryna Dovzhenko"."""
    if not text:
        return None
    text = " ".join(text.split()).strip(" ,;:–—-")
    text = re.split(r",? \b(?:who|which|whose|that)\b", text, maxsplit=1)[0].rstrip(" ,")
    words = text.split()
    if words and words[0] in ("The",) and len(words) > 1:
        return "the " + " ".join(words[1:])
    return text


def _reported_inside(doc, quote: Quote, at: int | None, start: int) -> bool:
    """Whether the reporting verb at offset ``at``, before the clause at ``start``, is a report inside
    ``quote`` ("Krebs reported that [Equifax said] the breach ..."), not the quote's own cue nor one that
    governs it ("the Enquirer [reports] that ..., according to the WWF"); a report after the clause is most
    often the outer one ("Bamford said the train sped up, [the AP reported]")."""
    if at is None or not quote.start <= at < quote.end or at > start:
        return False
    if quote.cue is None:
        return True
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    verb = doc.char_span(at, at + 1, alignment_mode="expand")
    if cue is None or verb is None:
        return False
    return not (cue.start <= verb.root.i < cue.end or verb.root in cue.root.ancestors)


def _asked(text: str, end: int) -> bool:
    """Whether the clause ending at ``end`` is asked: a question mark follows it, past closing quotes,
    brackets and white space."""
    rest = text[end:end + 8].lstrip(" \t\r\n\u00a0\"'”’»)]")
    return rest.startswith("?")


def extract_claims(parsed: ParsedArticle, quotes: list[Quote]) -> list[Claim]:
    """The claims of one article, in text order, each a clause whose offsets slice the article."""
    article = parsed.article
    furniture = parsed.furniture  # captions, credits and widgets report nothing
    claims = []
    for sent in parsed.doc.sents:
        if furniture.covers(sent.start_char, sent.end_char):
            continue
        for c in clauses(sent):
            if _asked(article.text, c.end):
                continue  # a question asserts nothing ("how many people have been killed or injured?")
            quote = _covering_quote(quotes, c.start, c.end)
            if quote is not None and c.reported_by and c.reported_by.lower() not in PRONOUNS \
                    and _reported_inside(parsed.doc, quote, c.reported_at, c.start):
                attributed = c.reported_by  # a statement reported inside the quotation is the nearer source
            elif quote is not None and quote.speaker_canonical:
                attributed = quote.speaker_canonical
            elif quote is not None and quote.speaker is not None:
                attributed = quote.speaker.text
            else:
                attributed = c.reported_by
            if attributed and attributed.lower() in PRONOUNS:
                attributed = None
            claims.append(Claim(
                id=f"{article.id}:c{len(claims)}", article_id=article.id, start=c.start, end=c.end,
                text=article.text[c.start:c.end], attributed_to=_attribution(attributed),
                quote_id=quote.id if quote is not None else None))
    return claims


@dataclass
class ClaimFeatures:
    """What claim matching compares: lemmas, numbers, negation."""

    claim: Claim
    lemmas: list[str]
    numbers: set[str]
    negated: bool
    family: str
    core: str  # the text that is embedded
    names: set[str] = field(default_factory=set)  # lemmas of proper nouns
    kinds: set[str] = field(default_factory=set)  # nationalities and groups named ("chinese", "russian": NORP)
    publisher: str = ""  # of the article the claim counts as (see publishers.count_independent)

    @property
    def source(self) -> tuple[str, str]:
        return self.family, self.publisher or self.family


def core(span) -> str:
    """The claim without the adverbials that open it ("In addition,", "Despite claims of a retreat,").

    They set the scene of one report and would make two statements of one fact look different.
    """
    root = span.root
    start = span.start
    subject = min((c.left_edge.i for c in root.children if c.dep_ in SUBJECTS), default=root.i)
    for c in root.children:
        if c.dep_ in ("prep", "advmod", "advcl", "npadvmod", "cc", "punct") and c.right_edge.i < subject:
            start = max(start, c.right_edge.i + 1)
    return trimmed(span.doc[start:span.end]).text or span.text


def _figure(token: Token) -> str | None:
    """A number the token gives, in one form for digits and words ("30", "three" -> "3"), so that "at least
    three transfers" and "at least 30 transfers" disagree; "one" (often a pronoun) and multipliers alone
    ("million") are none."""
    if not token.like_num:
        return None
    if any(ch.isdigit() for ch in token.text):
        return token.text.replace(",", "")
    value = parse_value(token.lower_) if token.lower_ != "one" else None
    return f"{value:g}" if value is not None else None


def features(parsed: ParsedArticle, claims: list[Claim], family: str) -> list[ClaimFeatures]:
    out = []
    for c in claims:
        span = parsed.doc.char_span(c.start, c.end, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        numbers = {n for n in map(_figure, tokens) if n}
        out.append(ClaimFeatures(c, content_lemmas(tokens), numbers, negated(tokens), family,
                                 core(span) if span is not None else c.text,
                                 {t.lemma_.lower() for t in tokens if t.pos_ == "PROPN"},
                                 _kinds(span) if span is not None else set()))
    return out


def _kinds(span) -> set[str]:
    """The nationalities and groups a claim names, one key each ("North Korean", "Republicans" -> "north korean",
    "republican"), from the model's NORP entities inside it."""
    return {e.text.lower().removeprefix("the ").removesuffix("s") for e in span.ents if e.label_ == "NORP"}


@dataclass
class ClaimGroup:
    """Claims from several articles that state the same thing; the first is the most central."""

    claims: list[Claim]
    sources: list[tuple[str, str]]  # each claim's (reuse family, publisher): ClaimFeatures.source
    score: float  # the weakest link that joined the group
    outlets: list[str] = field(default_factory=list)

    @property
    def independent_sources(self) -> int:
        """Families and publishers among the group's claims, a shared family or publisher counted once."""
        return count_independent(self.sources)


def similarity(a: ClaimFeatures, b: ClaimFeatures, cosine: float, idf: Idf) -> float:
    """How surely two claims say the same thing: 0..1."""
    lexical = idf.overlap(a.lemmas, b.lemmas)
    score = 0.7 * cosine + 0.3 * lexical
    # anchored: the same rare name and another shared word, e.g. "shelling near Chernihiv" /
    # "Chernihiv suffered more air attacks" -- paraphrases the encoder scores low
    shared = set(a.lemmas) & set(b.lemmas)
    rare = {x for x in shared & a.names & b.names if idf.df.get(x, 0) <= max(2, ANCHOR_RARE_SHARE * idf.n)}
    if rare and len(shared - rare) >= 1 and cosine >= ANCHORED_COSINE:
        score = max(score, ANCHORED_SCORE)
    if a.numbers and b.numbers and not (a.numbers & b.numbers):
        score -= 0.3  # different figures: a number conflict, not a corroboration
    if a.kinds and b.kinds and not (a.kinds & b.kinds):
        score -= 0.3  # "Chinese ships" / "Russian ships": the same words about different parties
    if a.negated != b.negated:
        score -= 0.2
    return score


def match_claims(items: list[ClaimFeatures], embeddings: np.ndarray, idf: Idf,
                 threshold: float = MATCH_THRESHOLD) -> list[ClaimGroup]:
    """Groups of claims from different articles that say the same thing (each claim in at most one).

    Each claim links to its best match in every other article when the score reaches ``threshold``.
    The links are taken strongest first, and two groups join only when no article has a claim in both
    (one fact is stated once per article) and their claims reach ``threshold`` on average across them:
    a chain of near matches (Roadster -> launch -> rocket -> NASA) cannot grow into one group of
    everything a story says. A claim left out because its article is in the group already (an
    article's second statement of a fact, in its headline and again in its body) then joins it, without
    joining two groups.
    """
    n = len(items)
    cos = embeddings @ embeddings.T if n else np.zeros((0, 0))
    by_article: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        by_article.setdefault(it.claim.article_id, []).append(i)
    # no pair below this cosine can reach the threshold (lexical overlap adds at most 0.3)
    floor = min(ANCHORED_COSINE, (threshold - 0.3) / 0.7)
    members = {a: np.array(idx) for a, idx in by_article.items()}
    links = []
    for i, it in enumerate(items):
        for article_id, others in members.items():
            if article_id == it.claim.article_id:
                continue
            candidates = others[cos[i, others] >= floor]
            if not len(candidates):
                continue
            best, j = max((similarity(it, items[j], float(cos[i, j]), idf), int(j)) for j in candidates)
            if best >= threshold:
                links.append((best, i, j))
    links.sort(key=lambda link: (-link[0], link[1], link[2]))
    sets = DisjointSet(range(n))
    weakest = [1.0] * n
    articles_of = {i: {items[i].claim.article_id} for i in range(n)}
    members_of = {i: [i] for i in range(n)}

    scores: dict[tuple[int, int], float] = {}  # each pair's similarity, computed once
    judged: dict[tuple[int, int, int, int], bool] = {}  # groups only grow: (roots, sizes) is one state

    def pair(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in scores:
            scores[key] = similarity(items[x], items[y], float(cos[x, y]), idf) if cos[x, y] >= floor else 0.0
        return scores[key]

    def alike(ra: int, rb: int) -> bool:
        """Average link: the two groups' claims match on the whole, not only through the one pair."""
        a, b = members_of[ra], members_of[rb]
        if len(a) * len(b) == 1:
            return True
        state = (ra, rb, len(a), len(b))
        if state not in judged:
            judged[state] = sum(pair(x, y) for x in a for y in b) >= threshold * len(a) * len(b)
        return judged[state]

    for score, i, j in links:
        ri, rj = sets.find(i), sets.find(j)
        if ri != rj and not articles_of[ri] & articles_of[rj] and alike(ri, rj):
            root = sets.union(i, j)
            articles_of[root] = articles_of[ri] | articles_of[rj]
            members_of[root] = members_of[ri] + members_of[rj]
            weakest[root] = min(weakest[ri], weakest[rj], score)
    for score, i, j in links:  # strongest first: a left-out claim joins its best match's group
        ri, rj = sets.find(i), sets.find(j)
        if ri == i != rj and len(members_of[ri]) == 1 and items[i].claim.article_id in articles_of[rj]:
            sets.union(i, j)
            weakest[rj] = min(weakest[rj], score)
    out = []
    for root, members in sets.groups().items():
        if len({items[i].claim.article_id for i in members}) < 2:
            continue
        # the most central claim first: it stands for the group in a brief
        central = max(members, key=lambda i: float(cos[i, members].sum()))
        members = [central] + [i for i in members if i != central]
        out.append(ClaimGroup(claims=[items[i].claim for i in members],
                              sources=[items[i].source for i in members], score=round(weakest[root], 3)))
    return out
