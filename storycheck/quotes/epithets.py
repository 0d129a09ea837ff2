"""The nouns news calls a person by instead of the name, and where such a noun names the person just named.

Nouns of one person no name is given for, with the sex they give (``PERSON_NOUNS``: "a witness", "the man");
the nouns set right beside a name that say what the person is (:func:`_role_heads`: after "Judge Berman", "the
judge"); epithets of fame ("the singer") and of politicians ("the Kentucky Republican"), with the roles, parties
and words of someone else that tell whether a politician's epithet fits; and whether a mention leads its clause
(:func:`_leads_clause`), as an epithet naming the last person must (:func:`_sentence_start`, which it walks
back with, serves the resolver too). ``EPITHETS`` and ``PERSON_NOUNS`` are also the extractor's nouns of
someone (:mod:`storycheck.quotes.sources`), which reads them here, not through the resolver.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan


# nouns that describe one person, with the gender they give (None: either)
PERSON_NOUNS = {**dict.fromkeys(("man", "boy", "father", "son", "husband", "brother", "grandfather"), "m"),
                 **dict.fromkeys(("woman", "girl", "mother", "daughter", "wife", "sister", "grandmother"), "f"),
                 **dict.fromkeys(("witness", "eyewitness", "survivor", "passenger", "resident", "tourist", "patient",
                                  "neighbour", "neighbor", "driver", "student", "teenager", "victim", "bystander",
                                  "worker", "employee", "onlooker", "spectator", "motorist", "pedestrian",
                                  # who speaks unnamed ("a military source said ... he revealed")
                                  "source", "insider", "diplomat", "lawyer", "analyst", "soldier", "militant",
                                  "fighter", "doctor", "nurse", "guard", "activist", "protester", "farmer", "owner",
                                  "relative", "friend", "investigator", "prosecutor"), None)}


def _role_heads(ent: SpacySpan) -> set[str]:
    """The nouns that say what a person is, set right beside the name: the last word compounded before it
    ("Republican Party donor Sheldon Adelson", "Judge Berman") and the head of an apposition either side
    ("Mary Freeman, a zoo visitor": a visitor, not a zoo)."""
    root = ent.root
    before = [t for t in root.lefts if t.i < ent.start and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
    heads = {max(before, key=lambda t: t.i).lower_} if before else set()
    heads |= {c.lower_ for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        heads.add(root.head.lower_)
    return heads


_EPITHET_REACH = 600  # characters: "the singer" names the person of the last sentence or two
# what news calls the person it has just named, to avoid the name again ("Rihanna ... The singer posted"): nouns
# of a fame, not a part in the story, which bring in someone new ("the pilot", "the coach", "the judge", "the
# witness"); titles are read as titles ("the spokesman")
_EPITHETS = {"singer", "actress", "actor", "star", "superstar", "rapper", "comedian", "musician", "songwriter",
             "billionaire", "tycoon", "mogul", "magnate", "entrepreneur", "businessman", "businesswoman",
             "celebrity", "socialite", "heiress", "presenter", "novelist", "author", "filmmaker", "politician",
             "veteran", "frontman"}
# what agency style calls a politician just named, with a state, party or race in front ("the Kentucky
# Republican", "the Vermont senator", "the GOP presidential candidate"); alone ("the senator") a title
_POLITICAL_EPITHETS = {"republican", "democrat", "senator", "governor", "congressman", "congresswoman", "lawmaker",
                       "candidate", "hopeful", "contender", "nominee", "front-runner", "frontrunner"}
EPITHETS = _EPITHETS | _POLITICAL_EPITHETS  # nouns of people, for the extractor's test of someone
# what a politician is called beside the name: the one a politician's epithet may name ("the Kentucky Republican"
# is not "Pollster Jane Doe")
_POLITICAL_ROLES = _POLITICAL_EPITHETS | {"sen", "gov", "rep", "senate", "congress", "democratic", "gop", "president",
                                          "presidential", "mayor", "minister", "mp", "legislator", "politician",
                                          "speaker", "leader", "campaign", "party", "state"}
_PARTIES = [  # the parties, each under its names
    {"republican", "republicans", "gop"}, {"democrat", "democrats", "democratic"}]
# words that make an epithet someone else ("the other Republican candidate", "the rival candidate")
_OTHER_ONE = {"other", "another", "rival", "opposing", "former", "new", "second"}


def _sentence_start(doc, i: int) -> int:
    """The index of the first token of token ``i``'s sentence, found by walking back."""
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    return i


def _only_a_quotation_before(mention: SpacySpan) -> bool:
    """Nothing stands before the mention in its sentence but a quotation ("“It was nice,” the tycoon said").
    The words before are joined from their tokens: ``Doc.text`` joins the whole document at every call, which
    made a 23,000-word article take 2.6 s instead of 0.9 s."""
    doc = mention.doc
    before = "".join(t.text_with_ws for t in doc[_sentence_start(doc, mention.start):mention.start]).strip()
    return not before or bool(re.fullmatch(r"[\"“‘'].*[\"”’'],?", before, flags=re.S))


def _leads_clause(mention: SpacySpan) -> bool:
    """The mention opens its sentence (see :func:`_only_a_quotation_before`) or follows only a phrase set before
    the main verb's subject ("In a statement, the Kentucky Republican dismissed", "Instead, the Vermont senator
    is")."""
    if _only_a_quotation_before(mention):
        return True
    doc, root = mention.doc, mention.root
    verb, first = root.head, _sentence_start(doc, mention.start)
    if root.dep_ != "nsubj" or verb.dep_ != "ROOT" or mention.start == first or doc[mention.start - 1].text != ",":
        return False
    # (a clause with a subject of its own is no lead-in: in "After Tom Hale called her, the singer said", the
    # singer is not Tom Hale)
    lead = {i for c in verb.children if c.i < mention.start and c.dep_ in ("prep", "advmod", "npadvmod", "advcl",
                                                                            "punct")
            and not (c.dep_ == "advcl" and any(t.dep_ in ("nsubj", "nsubjpass") for t in c.subtree))
            for i in range(c.left_edge.i, c.right_edge.i + 1)}
    return all(i in lead or doc[i].is_space for i in range(first, mention.start))
