"""The cross-check's parts on small inputs: number values and ranges, name keys, clause claims, word diffs."""

from __future__ import annotations

import itertools
from datetime import datetime
from types import SimpleNamespace

import numpy as np
import pytest

from storycheck.crosscheck import names, numbers, quotegroups
from storycheck.crosscheck.claims import extract_claims
from storycheck.model import Article, NumberMention, Quote, Span
from storycheck.nlp import parse


@pytest.mark.parametrize("text, value", [
    ("134,500", 134500), ("1.5million", 1.5e6), ("2.3 million", 2.3e6), ("$4.5bn", 4.5e9), ("a dozen", 12),
    ("less than 20 percent", 20), ("three", 3), ("forty", 40),
])
def test_parse_value(text, value):
    assert numbers.parse_value(text) == pytest.approx(value)


def mention(text: str, value: float) -> NumberMention:
    return NumberMention("a", 0, len(text), text, value, "people")


def test_qualified_values_are_ranges():
    assert numbers.value_range(mention("at least two", 2))[1] == float("inf")  # compatible with four
    assert numbers.value_range(mention("less than 20", 20)) == (0.0, 20)
    low, high = numbers.value_range(mention("about 2,000", 2000))
    assert low < 1900 and high > 2100
    low, high = numbers.value_range(mention("14", 14))
    assert not (low <= 41 <= high)


def test_values_agree_only_when_one_figure_fits_them_all():
    # Nice's toll: "at least 60" fits every figure, but "almost 80" and "at least 84" cannot both be right
    members = [SimpleNamespace(mention=mention(t, v)) for t, v in
               [("at least 60", 60), ("80", 80), ("almost 80", 80), ("at least 84", 84), ("130", 130)]]
    maxima = [SimpleNamespace(mention=mention(t, v)) for t, v in [("up to 14", 14), ("up to 10", 10), ("8", 8)]]
    assert len(numbers._buckets(maxima)) == 2  # two stated maxima disagree, whatever fits both
    minima = [SimpleNamespace(mention=mention(t, v)) for t, v in [("at least four", 4), ("at least six", 6)]]
    assert len(numbers._buckets(minima)) == 2  # two tolls reported, not one confirmed
    minima = [SimpleNamespace(mention=mention(t, v)) for t, v in [("at least six", 6), ("six", 6), ("more than 5", 5)]]
    assert len(numbers._buckets(minima)) == 2  # "more than 5" is another report than "at least six"
    assert len(numbers._buckets(minima[:2])) == 1  # an exact six fits "at least six"
    tolls = [SimpleNamespace(mention=mention(t, v)) for t, v in [("six", 6), ("at least four", 4), ("at least six", 6)]]
    for order in itertools.permutations(tolls):  # six is the "at least six" report's figure, not "at least four"'s
        assert sorted(sorted(m.text for m in b) for b in numbers._buckets(list(order))) == \
            [["at least four"], ["at least six", "six"]]
    ranged = [SimpleNamespace(mention=mention(t, v)) for t, v in [("up to 10 or 12", 10), ("up to 10", 10)]]
    assert len(numbers._buckets(ranged)) == 1  # a range states no one maximum
    for order in itertools.permutations(members):  # the same sets whatever the order
        assert [sorted(m.text for m in b) for b in numbers._buckets(list(order))] == \
            [["80", "almost 80", "at least 60"], ["130", "at least 84"]]


@pytest.fixture(scope="module")
def parsed():
    text = ("Mr Putin called up 134,500 new conscripts. A petition has almost 1.5million signatures. "
            "The Falcon 9 rocket flew with update 5.50 installed. The US also claimed Vladimir Putin was "
            "misinformed by advisers too afraid to tell him the truth, and Russia rejected the claim outright.\n"
            "Mayor Olena Dovzhenko said: “We will open three shelters tonight.”")
    return parse(Article.create(outlet="Test", title="t", text=text))


def test_numbers_count_nouns_and_skip_identifiers(parsed):
    found = {(m.value, m.unit) for m in numbers.extract_numbers(parsed)}
    assert (134500, "conscript") in found and (1.5e6, "signature") in found and (3, "shelter") in found
    assert not any(v in (9, 5.5) for v, _ in found)  # "Falcon 9", "update 5.50" name things
    for m in numbers.extract_numbers(parsed):
        assert parsed.article.text[m.start:m.end] == m.text


def test_claims_are_clauses_with_attribution(parsed):
    text = parsed.article.text
    start = text.index("“") + 1
    quote = Quote("q", parsed.article.id, "direct", start, text.index("”"), text[start:text.index("”")],
                  speaker_canonical="Olena Dovzhenko")
    claims = extract_claims(parsed, [quote])
    by_text = {c.text: c for c in claims}
    putin = next(c for c in claims if c.text.startswith("Vladimir Putin was misinformed"))
    assert putin.attributed_to == "the US" and "Russia rejected" not in putin.text
    assert any(c.text == "Russia rejected the claim outright" for c in claims)
    shelters = next(c for t, c in by_text.items() if "three shelters" in t)
    assert shelters.attributed_to == "Olena Dovzhenko" and shelters.quote_id == "q"
    for c in claims:
        assert text[c.start:c.end] == c.text


def test_a_report_inside_a_quotation_is_attributed_to_its_own_source():
    text = ("NATO chief Jan Stoltenberg believes Moscow is double dealing after claiming it would withdraw "
            "from Kyiv to build up trust. He said Russia had repeatedly lied about its intentions.")
    p = parse(Article.create(outlet="Test", title="t", text=text))
    first = text.index("Moscow")
    quotes = [Quote("q1", p.article.id, "indirect", first, text.index(". He"), text[first:text.index(". He")],
                    speaker_canonical="Jan Stoltenberg")]
    by_text = {c.text: c.attributed_to for c in extract_claims(p, quotes)}
    assert by_text["it would withdraw from Kyiv to build up trust"] == "Moscow"  # Moscow claimed it, he says
    assert by_text["Moscow is double dealing after claiming"] == "Jan Stoltenberg"
    # a report after what it reports is the outer one: the passenger is still the source
    text = "Martin Bamford, a passenger, said the tram sped up before the bend, the Associated Press reported."
    p = parse(Article.create(outlet="Test", title="t", text=text))
    start = text.index("the tram")
    quotes = [Quote("q1", p.article.id, "indirect", start, len(text) - 1, text[start:-1],
                    speaker_canonical="Martin Bamford")]
    assert {c.attributed_to for c in extract_claims(p, quotes) if "sped up" in c.text} == {"Martin Bamford"}
    # no statement was made: the quotation's speaker stays the source
    for content, reported in [("No one had claimed that the bridge was closed", "the bridge was closed"),
                              ("Britain criticised Moscow for claiming that its troops had left", "its troops had left")]:
        text = f"\u201c{content},\u201d the driver said."
        p = parse(Article.create(outlet="Test", title="t", text=text))
        quotes = [Quote("q1", p.article.id, "direct", 1, 1 + len(content), content, speaker_canonical="the driver")]
        assert {c.attributed_to for c in extract_claims(p, quotes) if c.text == reported} == {"the driver"}, content
    # nor is what was never said or only supposed anyone's claim
    for content, reported in [("The company has never said that the plant is safe", "the plant is safe"),
                              ("If the police say the road is closed, we will turn back", "the road is closed")]:
        text = f"\u201c{content},\u201d the driver said."
        p = parse(Article.create(outlet="Test", title="t", text=text))
        quotes = [Quote("q1", p.article.id, "direct", 1, 1 + len(content), content, speaker_canonical="the driver")]
        assert not any(c.text == reported for c in extract_claims(p, quotes)), content


def test_a_relative_clause_that_reports_is_no_part_of_the_claim():
    p = parse(Article.create(outlet="Test", title="t", text=(
        "The warehouse belongs to Portline, a logistics firm, which said in a statement that it was "
        "cooperating fully with investigators.")))
    by_text = {c.text: c for c in extract_claims(p, [])}
    assert "The warehouse belongs to Portline, a logistics firm" in by_text
    assert by_text["it was cooperating fully with investigators"].attributed_to == "Portline"


def test_what_is_put_under_a_negation_or_a_whether_is_no_claim():
    """A fifth reader's: "I don't think she made it at all" had become "she made it at all -- 3 independent
    sources", "investigating whether a second car bomb was involved" a corroborated car bomb."""
    text = ("\"I don't think she made it at all,\" he said. It has not been suggested that Chinese authorities "
            "were aware of the transfers. \"We never allow Chinese companies to violate the resolutions,\" Hua "
            "said. Officials are investigating whether a second car bomb was involved. The minister did not deny "
            "that the girls were exchanged for prisoners. Police said a second car bomb was involved in the attack.")
    claims = [c.text for c in extract_claims(parse(Article.create(outlet="T", title="t", text=text)), [])]
    assert not any(w in c for c in claims for w in ("made it", "were aware"))
    # an infinitive is no claim alone: what is said is the whole "We never allow ..." with its negation
    assert "We never allow Chinese companies to violate the resolutions" in claims
    assert [c for c in claims if "bomb" in c] == ["a second car bomb was involved in the attack"]
    assert "the girls were exchanged for prisoners" in claims  # a negated denial asserts
    # and so do a negated verb that takes its clause as true, and "it was not until ... that" (a review's)
    text = ("It was not until Friday that police confirmed the driver had died. Officials did not realise that "
            "the bridge had collapsed. The company never disclosed that the reactor had leaked.")
    claims = [c.text for c in extract_claims(parse(Article.create(outlet="T", title="t", text=text)), [])]
    assert {"the driver had died", "the bridge had collapsed", "the reactor had leaked"} <= set(claims)
    # a clause before the negated verb is asserted (a second reader's: "He's dragging my son, I can't watch this")
    text = ("\"He's dragging my son, I can't watch this,\" she says. \"Everyone was screaming and shouting, a lot "
            "of people were injured, lots couldn't move,\" she said.")
    claims = [c.text for c in extract_claims(parse(Article.create(outlet="T", title="t", text=text)), [])]
    assert any(c.startswith("He's dragging my son") for c in claims)
    assert any(c.startswith("Everyone was screaming") for c in claims)
    # nor is a conditional, nor a clause whose subject is a question (a second reader's)
    text = ("If it is confirmed through investigation, there are violations of the resolutions, Geng said. Whether "
            "it is a bad investment is the big question.")
    claims = [c.text for c in extract_claims(parse(Article.create(outlet="T", title="t", text=text)), [])]
    assert not any("violations" in c or "bad investment" in c for c in claims)


def test_claims_about_different_nationalities_are_kept_apart():
    """A fifth reader: Fox's report on Russian ships counted towards "satellites have spotted Chinese ships"."""
    from storycheck.crosscheck.claims import _kinds

    p = parse(Article.create(outlet="T", title="t", text=(
        "Satellites spotted Chinese ships transferring oil to North Korean vessels. Republican senators and "
        "Republicans met South Korean envoys.")))
    sentences = list(p.doc.sents)
    assert _kinds(sentences[0]) == {"chinese", "north korean"}
    assert _kinds(sentences[1]) == {"republican", "south korean"}  # one key for "Republican(s)"


def test_a_denied_statement_keeps_its_denial_and_a_question_is_no_claim():
    """Giveme5W1H's Boko Haram story: "Mohammed denied that the 21 girls were exchanged" had become the
    claim "the 21 girls were exchanged ..., saying", attributed to him and matched with reports of a swap;
    an NPR host's question had counted as a source for "about 100 people were injured"."""
    from storycheck.crosscheck.claims import features

    p = parse(Article.create(outlet="Test", title="t", text=(
        "Information minister Lai Mohammed denied that the 21 girls were exchanged for Boko Haram prisoners, "
        "saying the talks go on. How many people have been killed or injured in the attack?")))
    claims = extract_claims(p, [])
    denied = next(c for c in claims if "exchanged" in c.text)
    assert denied.text == "denied that the 21 girls were exchanged for Boko Haram prisoners"
    assert denied.attributed_to == "Information minister Lai Mohammed"
    assert next(f for f in features(p, claims, "f") if f.claim is denied).negated
    assert not any("injured" in c.text for c in claims)
    # after the clause, negated, with other denial verbs, or a question inside a sentence
    for text, expected, negative in [
            ("The girls were exchanged for Boko Haram prisoners, the minister denied.",
             "The girls were exchanged for Boko Haram prisoners, the minister denied", True),
            ("The minister did not deny that the girls were exchanged for prisoners.",
             "the girls were exchanged for prisoners", False),
            ("The company disputed that it had broken the law.", "disputed that it had broken the law", True),
            ("The Senate rejected the bill on Tuesday after a long debate.",
             "The Senate rejected the bill on Tuesday after a long debate", False)]:
        p = parse(Article.create(outlet="Test", title="t", text=text))
        found = extract_claims(p, [])
        assert [c.text for c in found] == [expected]
        assert features(p, found, "f")[0].negated is negative
    p = parse(Article.create(outlet="Test", title="t", text=(
        'Police confirmed that 12 people were killed in the attack and asked, "How could this happen?"\r\n'
        "How many people were injured in the attack?\r\n")))
    found = [c.text for c in extract_claims(p, [])]
    assert any("12 people were killed" in c for c in found) and not any("injured" in c for c in found)
    # only a participle after a comma goes: "it is not known how many have died" keeps "known"
    p = parse(Article.create(outlet="Test", title="t", text=(
        "Some 197 girls remain captive, though it is not known how many have died.")))
    assert any(c.text.endswith("it is not known") or "not known" in c.text for c in extract_claims(p, []))
    assert not any(c.text.endswith(" not") for c in extract_claims(p, []))


def test_figures_in_words_and_digits_disagree():
    """Giveme5W1H: "at least three" and "at least 30" ship-to-ship transfers were read as one fact."""
    from storycheck.crosscheck.claims import features

    def figures(text):
        p = parse(Article.create(outlet="Test", title="t", text=text))
        return [f.numbers for f in features(p, extract_claims(p, []), "f")]

    assert figures("North Korea received oil in at least three ship-to-ship transfers.") == [{"3"}]
    assert figures("North Korea received oil in at least 30 such transfers.") == [{"30"}]
    assert figures("One official said two million people had fled the region.") == [{"2"}]


@pytest.mark.parametrize("a, b", [("Zelenskyy", "Zelensky"), ("Donbass", "Donbas"), ("Kiev", "Kyiv"),
                                  ("Oleksiy", "Oleksii"), ("Aleksandr", "Alexandr"), ("Kharkov", "Kharkiv")])
def test_romanisations_share_a_key(a, b):
    assert names.translit_key(a) == names.translit_key(b)


@pytest.mark.parametrize("a, b", [("Jens", "Jan"), ("Iryna", "Olena"), ("Austria", "Australia")])
def test_different_names_keep_different_keys(a, b):
    assert names.translit_key(a) != names.translit_key(b)


def test_name_parts_drop_titles_and_possessives():
    assert names.name_parts("Mr. Stoltenberg's") == ["Stoltenberg"]
    assert names.name_parts("President Volodymyr Zelensky") == ["Volodymyr", "Zelensky"]


def quote(article: str, text: str) -> Quote:
    return Quote(f"{article}:q", article, "direct", 0, len(text), text, speaker_canonical="X")


def test_word_diff_handles_merged_sentences():
    ref = quote("a", "We have contained the fire, but the air quality remains dangerous. Residents must keep "
                     "their windows closed until Friday.")
    other = quote("b", "We have contained the fire, but the air is still dangerous and residents should keep "
                       "their windows shut until Friday.")
    ops, ref_spans, other_spans = quotegroups.diff_versions([ref], quotegroups.words(other.text, 0))
    changes = {(o.a, o.b) for o in ops if o.op != "equal"}
    assert ("quality remains", "is still") in changes or ("remains", "is still") in changes
    assert ("closed", "shut") in changes and ("must", "should") in changes
    assert quotegroups.label(ops, 0.9) == "minor drift"
    assert quotegroups.label(ops, 0.5) == "substantive change"
    assert quotegroups.label([quotegroups.DiffOp("replace", "not", "")], 0.99) == "substantive change"


def test_a_cue_inside_a_quotation_run_is_no_drift():
    text = ("\u201cIt will be in deep space for a billion years,\u201d Musk predicted on Tuesday, "
            "\u201cif it does not blow up.\u201d")
    cue = text.index("predicted")
    ref = Quote("a:q", "a", "direct", 0, len(text), text, cue=Span("a", cue, cue + 9, "predicted"),
                speaker=Span("a", cue - 5, cue - 1, "Musk"), speaker_canonical="Musk")
    other = quote("b", "It will be in deep space for a billion years if it does not blow up.")
    ops, _, _ = quotegroups.diff_versions([ref], quotegroups.words(other.text, 0))
    assert quotegroups.label(ops, 1.0) == "verbatim", ops
    assert [w.text for w in quotegroups._version_words([ref])][-3:] == ["not", "blow", "up"]
    assert "Musk" not in [w.text for w in quotegroups._version_words([ref])]


def test_a_show_named_between_two_quotations_is_no_word_of_the_speaker():
    text = '"We will win this district," the senator said on NBC\'s "Meet the Press." "The voters are tired."'
    show = text.index('"Meet')
    ref = Quote("a:q", "a", "direct", 0, len(text), text, titles=((show, text.index(' "The voters')),))
    other = quote("b", "We will win this district. The voters are tired.")
    ops, _, _ = quotegroups.diff_versions([ref], quotegroups.words(other.text, 0))
    assert quotegroups.label(ops, 1.0) == "verbatim", ops
    assert "Press" not in [w.text for w in quotegroups._version_words([ref])]


def test_trimmed_quote_is_verbatim():
    ref = quote("a", "We have contained the fire, but the air quality remains dangerous. Residents must stay in.")
    other = quote("b", "We have contained the fire, but the air quality remains dangerous.")
    ops, _, _ = quotegroups.diff_versions([ref], quotegroups.words(other.text, 0))
    assert quotegroups.label(ops, 1.0) == "verbatim"


def test_a_mixed_quote_diffs_only_its_quoted_words():
    # the reporter's "being in" is no word of the speaker: the version that moved "reasonably" dropped nothing
    text = "the girls as being in “reasonably good health considering the circumstances they’ve been held in.”"
    ref = Quote("a:q", "a", "mixed", 0, len(text), text)
    other = quote("b", "They are reasonably in good health considering the circumstances in which they have been held")
    ops, _, _ = quotegroups.diff_versions([ref], quotegroups.words(other.text, 0))
    assert not [op for op in ops if op.op == "delete" and "reasonably" in op.a]
    assert [(op.op, op.b) for op in ops if op.op == "insert"][0] == ("insert", "in")


def test_spelling_is_no_drift_and_the_same_few_words_are_verbatim():
    ref = quote("a", "“North Korea’s actions are destabilising the whole region and we will defend our allies,”")
    other = quote("b", "“North Korea's actions are destabilizing the whole region and we will defend our allies,”")
    ops, _, _ = quotegroups.diff_versions([ref], quotegroups.words(other.text, 0))
    assert quotegroups.label(ops, 0.9) == "verbatim"
    assert [quotegroups.spelling(w) for w in ("metre", "analyses", "hour", "four")] == ["meter", "analyzes", "hour",
                                                                                       "four"]
    short = "the soldier “acted professionally” by showing restraint"
    quotes = [Quote(f"{a}:q", a, "mixed", 0, len(short), short, speaker_canonical="army") for a in "abc"]
    [group], _ = quotegroups.group_quotes(quotes, {a: short for a in "abc"}, lambda x, y: True, lambda x, y: 1.0,
                                          ["a", "b", "c"])
    assert group.label == "verbatim" and len(group.diffs) == 2
    # a version that differs and is too short to align is not compared: no claim of fidelity
    other = short.replace("professionally", "unprofessionally")
    quotes[2] = Quote("c:q", "c", "mixed", 0, len(other), other, speaker_canonical="army")
    [group], _ = quotegroups.group_quotes(quotes, {"a": short, "b": short, "c": other}, lambda x, y: True,
                                          lambda x, y: 1.0, ["a", "b", "c"])
    assert group.label == "not aligned" and {d.version for d in group.diffs} == {"b"}


def test_the_same_short_sentences_by_one_named_speaker_are_one_statement():
    """A second reader: Okesola's "People were screaming. People were crying" in the BBC and the Daily Mail stood
    as two single-outlet quotes (each sentence too short to align)."""
    text = "\u201cPeople were screaming. People were crying,\u201d"
    quotes = [Quote(f"{a}:q", a, "direct", 0, len(text), text, speaker_canonical=name)
              for a, name in (("a", "Kudirat Okesola"), ("b", "Okesola"), ("c", "Mike Brown"))]
    same = lambda x, y: x.split()[-1] == y.split()[-1]
    [group], conflicts = quotegroups.group_quotes(quotes, {q.article_id: q.text for q in quotes}, same,
                                                  lambda x, y: 1.0, ["a", "b", "c"])
    assert [q.id for q in group.quotes] == ["a:q", "b:q"] and group.label == "verbatim"


def test_a_mixed_quote_with_few_quoted_words_is_no_reference():
    mixed = "The minister described the plan as “a disgrace” that would fail the whole country and its people"
    quotes = [Quote("a:q", "a", "mixed", 0, len(mixed), mixed, speaker_canonical="Minister"),
              quote("b", "“This plan is a disgrace that would fail the whole country and its people,”"),
              quote("c", "“This plan is a disgrace that will fail the entire country and its people,”")]
    for q in quotes[1:]:
        q.speaker_canonical = "Minister"
    groups, _ = quotegroups.group_quotes(quotes, {q.article_id: q.text for q in quotes}, lambda x, y: True,
                                         lambda x, y: 0.9, ["a", "b", "c"])
    labels = {(d.reference, d.version): d.label for g in groups for d in g.diffs}
    assert labels == {("b", "a"): "verbatim", ("b", "c"): "minor drift"}  # "a disgrace" is all "a" quotes


def test_a_few_quoted_words_join_the_statement_that_holds_them():
    def said(article: str, text: str, speaker: str | None) -> Quote:
        return Quote(f"{article}:q", article, "direct", 0, len(text), text, speaker_canonical=speaker)

    full = [said("a", "The air around the port is still dangerous, and residents should stay in.", "Chief"),
            said("b", "The air around the port is still dangerous, and residents must stay in.", "Chief")]
    same = lambda x, y: x == y
    for fragment, speaker, joins in [("“still dangerous”", "Chief", True),  # the headline's scare quote
                                     ("“still dangerous”", "Mayor", False),  # someone else's words
                                     ("“still dangerous”", None, False),  # nobody's: no grounds to join
                                     ("“dangerous”", "Chief", False),  # one word is no quotation of it
                                     ("“still risky”", "Chief", False)]:  # not word for word
        quotes = [*full, said("c", fragment, speaker)]
        groups, _ = quotegroups.group_quotes(quotes, {q.article_id: q.text for q in quotes}, same,
                                             lambda x, y: 1.0, ["a", "b", "c"])
        assert ("c:q" in [q.id for q in groups[0].quotes]) is joins, fragment
    # the headline with the fragment comes first: the reference is still a version that can be diffed
    quotes = [said("c", "“still dangerous”", "Chief"), *full]
    [group], _ = quotegroups.group_quotes(quotes, {q.article_id: q.text for q in quotes}, same,
                                          lambda x, y: 0.5, ["c", "a", "b"])
    assert {d.reference for d in group.diffs} == {"a"} and group.label == "substantive change"
    # two statements of the speaker hold the words: the fragment joins neither, and never joins them
    other = [said("d", "The air is still dangerous, we will keep the schools closed on Monday.", "Chief"),
             said("e", "The air is still dangerous, we will keep the schools shut on Monday.", "Chief")]
    quotes = [*full, *other, said("c", "“still dangerous”", "Chief")]
    groups, _ = quotegroups.group_quotes(quotes, {q.article_id: q.text for q in quotes}, same,
                                         lambda x, y: 1.0, ["a", "b", "c", "d", "e"])
    assert sorted(sorted(q.article_id for q in g.quotes) for g in groups) == [["a", "b"], ["d", "e"]]
    # only the words inside a holder's quotation marks count: a mixed quote naming two quoted words is
    # no statement that holds them (Nice: a channel's "the phrase "Allahu akbar."" joined two others'
    # "Allahu akbar" into one group of three speakers)
    quotes = [Quote("f:q", "f", "mixed", 0, 26, "the phrase “Allahu akbar.”", speaker_canonical="a channel"),
              said("g", "“Allahu Akbar”", "Mohamed Lahouaiej"), said("h", "“Allahu akbar,”", "a man")]
    groups, _ = quotegroups.group_quotes(quotes, {q.article_id: q.text for q in quotes}, lambda x, y: True,
                                         lambda x, y: 1.0, ["f", "g", "h"])
    assert groups == []


def test_one_outlet_is_one_source():
    from storycheck.crosscheck.publishers import count_independent
    from storycheck.outlets import publisher

    def sources(family_of, outlet_of):
        return count_independent((f, publisher(outlet_of[a])) for a, f in family_of.items())

    family_of = {"a1": "f1", "a2": "f2", "a3": "f3", "a4": "f1"}
    outlet_of = {"a1": "NPR", "a2": "npr", "a3": "BBC", "a4": "Copycat"}
    assert sources(family_of, outlet_of) == 2  # NPR's two reports and NPR's copier are one; the BBC
    # two editions of one newspaper are one publisher; a country's second-level domain is kept whole
    family_of = {"c1": "f1", "c2": "f2", "c3": "f3", "c4": "f4", "c5": "f5"}
    outlet_of = {"c1": "usa.chinadaily.com.cn", "c2": "chinadaily.com.cn", "c3": "thesun.co.uk",
                 "c4": "bbc.co.uk", "c5": "Daily Mail"}
    assert sources(family_of, outlet_of) == 4
    assert publisher("news.bbc.co.uk.") == publisher("https://www.bbc.co.uk/news") == "bbc.co.uk"
    assert publisher("x.substack.com") != publisher("y.substack.com")  # a platform's writers are not one paper
    assert publisher("met.police.uk") != publisher("west-midlands.police.uk")
    assert publisher("uk.reuters.com:443") == "reuters.com"  # a port is no part of the publisher
    assert publisher("192.168.0.1") != publisher("10.0.0.1")


def test_independence_is_counted_among_a_statements_own_sources():
    """Berlin, Giveme5W1H: the New York Times and the Washington Post both ran one AP story (one family);
    each paper's own report of the police request is still a second source for it."""
    from storycheck.crosscheck.publishers import count_independent

    wire_in_post, wire_in_times = ("ap", "washingtonpost.com"), ("ap", "nytimes.com")
    times_own, post_own = ("t2", "nytimes.com"), ("p2", "washingtonpost.com")
    assert count_independent([wire_in_post, times_own]) == 2
    assert count_independent([post_own, times_own]) == 2
    assert count_independent([wire_in_post, wire_in_times]) == 1  # the same wire words
    assert count_independent([wire_in_post, wire_in_times, times_own]) == 1  # the Times ran the wire too
    assert count_independent([wire_in_times, times_own]) == 1  # the Times twice
    assert count_independent([post_own, ("p3", "washingtonpost.com")]) == 1  # one paper twice
    assert count_independent([]) == 0


def test_a_paper_that_ran_two_wires_does_not_make_them_one_source():
    """Giveme5W1H's Tamimi story: the Daily Mail and the Times ran both the AP's and Reuters' stories."""
    from storycheck.crosscheck.analysis import _voices
    from storycheck.crosscheck.publishers import count_independent
    from storycheck.model import ReuseLink

    outlets = {"ap": "apnews.com", "rt": "reuters.com", "dm-ap": "dailymail.co.uk", "dm-rt": "dailymail.co.uk",
               "nyt-ap": "nytimes.com", "nyt-own": "nytimes.com"}
    articles = {a: Article.create(outlet=o, title=a, text=a) for a, o in outlets.items()}
    family_of = {"ap": "A", "dm-ap": "A", "nyt-ap": "A", "rt": "R", "dm-rt": "R", "nyt-own": "T"}
    links = [ReuseLink("ap", c, "verbatim", 0.9, 0.9, "known") for c in ("dm-ap", "nyt-ap")] + \
        [ReuseLink("rt", "dm-rt", "verbatim", 0.9, 0.9, "known")]
    voice = _voices(list(outlets), family_of, articles, links)
    assert voice["dm-ap"] == voice["nyt-ap"] == "apnews.com" and voice["dm-rt"] == "reuters.com"
    assert voice["nyt-own"] == "nytimes.com"

    def sources(*ids):
        return count_independent((family_of[a], voice[a]) for a in ids)

    assert sources("dm-ap", "dm-rt") == 2  # the two wires, though one paper ran both
    assert sources("nyt-ap", "nyt-own") == 2  # the Times' own report is not the AP's for running the AP's
    assert sources("ap", "dm-ap", "nyt-ap") == 1  # the AP's words, three times
    # a family whose original is not singled out speaks as itself, not as any one member's paper
    voice = _voices(["rt", "dm-rt"], {"rt": "R", "dm-rt": "R"}, articles,
                    [ReuseLink("rt", "dm-rt", "verbatim", 0.9, 0.9, "unknown")])
    assert voice == {"rt": "R", "dm-rt": "R"}
    # a passage one article took from another (a partial link) makes no copy: the family keeps its original
    links = [ReuseLink("ap", "dm-ap", "verbatim", 0.9, 0.9, "known"),
             ReuseLink("rt", "ap", "partial", 0.1, 0.1, "known")]
    voice = _voices(["rt", "ap", "dm-ap"], {"rt": "R", "ap": "A", "dm-ap": "A"}, articles, links)
    assert voice["dm-ap"] == voice["ap"] == "apnews.com"


def situation_of(text: str, unit: str) -> set[str]:
    p = parse(Article.create(outlet="Test", title="t", text=text))
    found = [c for c in numbers.contexts(p, numbers.extract_numbers(p), "f") if c.mention.unit == unit]
    assert len(found) == 1, text
    return found[0].situation


def test_a_prepositional_phrase_is_situation_wherever_the_parser_hangs_it():
    # "for families" belongs to the shelters or to the opening alike: either way it says what happens
    opened = situation_of("The city will open three temporary shelters for families near the port.", "shelter")
    prepared = situation_of("Three shelters were being prepared for families from the port district.", "shelter")
    assert "family" in opened and "family" in prepared
    # what kind of thing is counted is not the situation: an "of" phrase, a noun modifier
    stored = situation_of("About 2,000 tonnes of ammonium nitrate had been stored at the site.", "tonne")
    assert "store" in stored and not {"ammonium", "nitrate"} & stored
    assert "merchant" not in situation_of("The navy rescued two merchant vessels on Monday.", "vessel")


def test_a_speaker_mention_overlapping_the_quote_is_no_speaker():
    from storycheck.crosscheck.analysis import _credible_speaker
    from storycheck.model import Span

    text = 'Zarichne fire under control, but air near port "still dangerous", says emergency chief'
    quote = Quote(id="q", article_id="a", kind="direct", start=47, end=64, text=text[47:64],
                  speaker=Span("a", 0, 63, text[0:63]), speaker_canonical="Zarichne")
    assert _credible_speaker(quote).speaker is None and _credible_speaker(quote).speaker_canonical is None
    fine = Quote(id="q", article_id="a", kind="direct", start=47, end=64, text=text[47:64],
                 speaker=Span("a", 71, 86, text[71:86]), speaker_canonical="emergency chief")
    assert _credible_speaker(fine) is fine
    run = '\u201cThere are victims,\u201d said Pierre Brandet, a spokesman. \u201cIt is tragic.\u201d'
    between = Quote(id="q", article_id="a", kind="direct", start=0, end=len(run), text=run,
                    speaker=Span("a", 26, 40, run[26:40]), speaker_canonical="Pierre Brandet")
    assert between.speaker.text == "Pierre Brandet" and _credible_speaker(between) is between


def test_a_capitalised_common_noun_is_no_named_speaker():
    from storycheck.crosscheck.analysis import _speaker_is_a_name
    from storycheck.model import Span

    text = ("Investigators said the tram was travelling too fast. "
            "The Rail Accident Investigation Branch said the tram was travelling too fast.")
    p = parse(Article.create(outlet="Test", title="t", text=text))

    def said_by(start: int, end: int) -> Quote:
        return Quote(id="q", article_id=p.article.id, kind="indirect", start=end + 6, end=end + 40,
                     text="", speaker=Span(p.article.id, start, end, text[start:end]))

    assert not _speaker_is_a_name(said_by(0, 13), p)  # "Investigators": a sentence-initial common noun
    body = text.index("The Rail")
    assert _speaker_is_a_name(said_by(body, body + len("The Rail Accident Investigation Branch")), p)


def test_a_word_run_into_a_first_name_is_no_other_name():
    assert names.first_names_compatible("DailyZhang", "Zhang")  # "…Daily" + "Zhang Yuanxun", markup stripped
    assert not names.first_names_compatible("McDonald", "Ronald")  # a real name with an inner capital
    assert not names.first_names_compatible("DailyJan", "Jens")  # the glued name must still be the same


def number_context(text: str, unit: str):
    p = parse(Article.create(outlet="Test", title="t", text=text))
    found = [c for c in numbers.contexts(p, numbers.extract_numbers(p), text) if c.mention.unit == unit]
    assert len(found) == 1, text
    return found[0]


def test_counts_of_different_peoples_things_are_not_compared():
    weiss = number_context("Mitchell Weiss had two children with him on the plane.", "child")
    steinberg = number_context("Bruce Steinberg had three children with him on the plane.", "child")
    assert not weiss.presupposed and not steinberg.presupposed
    assert not numbers.comparable(weiss, steinberg, 1.0, 0.6)
    # who reports a count does not own it: the mayor's 14 and the chief's 41 are one quantity
    mayor = number_context("Fourteen people were taken to hospital, Mayor Iryna Dovzhenko said.", "people")
    chief = number_context("According to fire chief Oleksiy Marchenko, 41 people were taken to hospital.", "people")
    told = number_context("Police chief John Smith said that 41 people were taken to hospital.", "people")
    assert not mayor.people and not chief.people and not told.people
    assert numbers.comparable(mayor, chief, 1.0, 0.6)


def test_a_definite_count_is_presupposed_not_reported():
    assert number_context("Trump ended his visits to the three countries on Friday.", "country").presupposed
    assert number_context("The couple and their two children died in the crash.", "child").presupposed
    assert not number_context("North Korea fired three missiles on Monday.", "missile").presupposed
    assert not number_context("A tsunami killed 230,000 people in 14 countries.", "country").presupposed


def test_a_figure_dated_back_is_compared_only_with_the_same_date():
    rescued = number_context("Last month, the navy rescued two merchant vessels under attack.", "vessel")
    attacked = number_context("This year, pirates have attacked 100 merchant vessels.", "vessel")
    undated = number_context("Pirates attacked 100 merchant vessels, the navy said.", "vessel")
    also_last = number_context("Last month the navy saved three merchant vessels under attack.", "vessel")
    assert not numbers.comparable(rescued, attacked, 1.0, 0.6)
    assert not numbers.comparable(rescued, undated, 1.0, 0.6)
    assert numbers.comparable(rescued, also_last, 1.0, 0.6)
    # dates that do not point back keep the figures comparable ("on Sunday" / "yesterday")
    sunday = number_context("The quake killed 14 people on Sunday.", "people")
    yesterday = number_context("The quake killed 41 people yesterday.", "people")
    assert numbers.comparable(sunday, yesterday, 1.0, 0.6)


def _people(text: str, outlet: str):
    parsed = parse(Article.create(outlet=outlet, title="t", text=text))
    return parsed.article.id, [e for e in parsed.entities if e.label == "PERSON"], parsed.doc


@pytest.mark.parametrize("first_a, first_b, conflict", [("Jens", "Jan", True), ("Uma", "Robert", False)])
def test_a_shared_quote_makes_a_name_conflict_only_of_a_near_spelling(first_a, first_b, conflict):
    """A quotation given to two first names of one surname: a misspelling when the names are near, but
    another first name may be a relative the outlet quoted (or a misread quote), so no conflict."""
    a_id, a_people, a_doc = _people(f"The press conference was long. {first_a} Halvorsen spoke first.", "A")
    b_id, b_people, b_doc = _people(f"The press conference was long. {first_b} Halvorsen spoke first.", "B")
    assert a_people and b_people
    quoted = {(names.translit_key("Halvorsen"), *sorted((a_id, b_id)))}
    _, conflicts = names.cluster_names({a_id: a_people, b_id: b_people}, {a_id: a_doc, b_id: b_doc}, quoted)
    assert bool(conflicts) is conflict


def test_the_set_of_a_partitive_is_no_count():
    p = parse(Article.create(outlet="T", title="t", text=(
        "Caprikat, one of two offshore companies, bought the fields. The files list 214,000 offshore companies.")))
    found = {(m.value, m.unit) for m in numbers.extract_numbers(p)}
    assert (2, "company") not in found and (214000, "company") in found


def test_a_claim_keeps_a_quotation_mark_whose_partner_it_holds():
    text = ("The ministry reported \u201csignificant Russian shelling and missile attacks\u201d near the city of "
            "Chernihiv on Tuesday.\n\nNATO has warned Ukrainians to expect \u201cadditional measures\u201d.")
    claims = [c.text for c in extract_claims(parse(Article.create(outlet="Test", title="t", text=text)), [])]
    for c in claims:
        assert c.count("\u201c") == c.count("\u201d"), c
    assert any(c.endswith("\u201cadditional measures\u201d") for c in claims)
    straight = text.replace("\u201c", '"').replace("\u201d", '"')
    claims = [c.text for c in extract_claims(parse(Article.create(outlet="Test", title="t", text=straight)), [])]
    assert all(c.count('"') % 2 == 0 for c in claims), claims
    assert any(c.endswith('"additional measures"') for c in claims)
    doubled = text.replace("\u201c", "``").replace("\u201d", "''")  # PTB style, as ECB+ writes it
    claims = [c.text for c in extract_claims(parse(Article.create(outlet="Test", title="t", text=doubled)), [])]
    assert all(c.count("``") == c.count("''") for c in claims), claims


def test_claims_chained_by_near_matches_stay_apart():
    """x ~ y and y ~ z, but x and z differ: average link keeps z out of x and y's group; an article's
    second statement of the fact (x2, beside x) joins the group without joining anything else."""
    import numpy as np

    from storycheck.crosscheck.claims import ClaimFeatures, match_claims
    from storycheck.crosscheck.text import Idf
    from storycheck.model import Claim

    def item(article: str, name: str) -> ClaimFeatures:
        return ClaimFeatures(Claim(f"{article}:{name}", article, 0, 1, name), [], set(), False, f"family-{article}", name)

    items = [item("a", "x"), item("b", "y"), item("c", "z"), item("a", "x2")]
    vectors = np.array([[1.0, 0, 0], [0.9, 0.43589, 0], [0.62, 0.78460, 0], [0.99, 0.14107, 0]])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)  # cosines: x.y 0.9, y.z 0.9, x.z 0.62
    groups = match_claims(items, vectors, Idf([]), threshold=0.62)
    assert [sorted(c.text for c in g.claims) for g in groups] == [["x", "x2", "y"]]


def test_only_a_rare_name_anchors_a_match():
    """A name in 8 of a story's 100 sentences (its main place) plus one shared word does not make two claims
    one fact; a name only the two claims' sentences hold, plus another shared word, does."""
    from storycheck.crosscheck.claims import MATCH_THRESHOLD, ClaimFeatures, similarity
    from storycheck.crosscheck.text import Idf
    from storycheck.model import Claim

    def item(article: str, text: str, lemmas: list[str], names: set[str]) -> ClaimFeatures:
        return ClaimFeatures(Claim(f"{article}:{text}", article, 0, len(text), text), lemmas, set(), False,
                             f"family-{article}", text, names)

    # "A missile was launched from Pyongyang on Tuesday." / "Residents of Pyongyang celebrated the leader's
    # birthday on Tuesday."
    launch = item("a", "A missile was launched from Pyongyang on Tuesday.",
                  ["missile", "launch", "pyongyang", "tuesday"], {"pyongyang", "tuesday"})
    birthday = item("b", "Residents of Pyongyang celebrated the leader's birthday on Tuesday.",
                    ["resident", "pyongyang", "celebrate", "leader", "birthday", "tuesday"], {"pyongyang", "tuesday"})
    # "The Hwasong-15 missile flew over the Sea of Japan." / "Officials said the Hwasong-15 missile landed
    # in the sea."
    flew = item("a", "The Hwasong-15 missile flew over the Sea of Japan.",
                ["hwasong-15", "missile", "fly", "sea", "japan"], {"hwasong-15", "sea", "japan"})
    landed = item("b", "Officials said the Hwasong-15 missile landed in the sea.",
                  ["official", "say", "hwasong-15", "missile", "land", "sea"], {"hwasong-15"})
    bags = [["pyongyang", "filler"]] * 6 + [launch.lemmas, birthday.lemmas, flew.lemmas, landed.lemmas]
    bags += [["missile", "tuesday"]] * 10 + [["filler", f"word{k}"] for k in range(80)]
    idf = Idf(bags)
    assert idf.n == 100 and idf.df["pyongyang"] == 8 and idf.df["hwasong-15"] == 2
    assert similarity(launch, birthday, 0.5, idf) < MATCH_THRESHOLD
    assert similarity(flew, landed, 0.5, idf) >= MATCH_THRESHOLD


def test_a_passage_taken_from_another_report_is_that_reports_source():
    """A partial reuse link joins no family, but what stands in the taken passage counts as the source's:
    the wire's background sentence run by the daily is one source; the daily's own reporting is its own."""
    from storycheck.crosscheck.analysis import StoryInput, crosscheck_story
    from storycheck.model import Passage, ReuseLink, Story

    background = "The bridge over the Rhine was built in 1962 and carries 40,000 vehicles a day."
    wire = Article.create(outlet="Wire", title="Bridge", text=f"{background} Engineers inspected it on Monday.")
    daily = Article.create(outlet="Daily", title="Ship hits bridge",
                           text=f"A cargo ship hit the bridge on Tuesday night. {background}")
    post = Article.create(outlet="Post", title="Bridge closed",
                          text="A cargo ship hit the bridge late on Tuesday night. Police closed the road.")
    at = daily.text.index(background)
    link = ReuseLink(wire.id, daily.id, "partial", 0.5, 0.6, "unknown",
                     [Passage(0, len(background), at, at + len(background), 1.0)])
    parsed = [parse(a) for a in (wire, daily, post)]
    brief = crosscheck_story(StoryInput(Story("s", "bridge", [a.id for a in (wire, daily, post)]), parsed,
                                        {}, [link], {}))
    claims = {c["id"]: c for c in brief["claims"]}
    sources = {claims[g["claims"][0]]["text"][:20]: g["independent_sources"] for g in brief["claim_groups"]}
    assert sources["The bridge over the "] == 1  # the wire's sentence, run again: one source
    assert sources["A cargo ship hit the"] == 2  # two reports of their own
    assert {a["family"] for a in brief["articles"]} == {wire.id, daily.id, post.id}  # no family joined
    vehicles = [n for n in brief["numbers"]["single_sourced"] if n["unit"] == "vehicle"]
    assert len(vehicles) == 1


def number_contexts(text: str, outlet: str):
    """The numbers of a one-paragraph article of ``outlet`` (its source family too), framed for comparison."""
    p = parse(Article.create(outlet=outlet, title="t", text=text))
    return numbers.contexts(p, numbers.extract_numbers(p), outlet)


def test_a_number_another_source_gives_is_not_from_one_source_only():
    import numpy as np

    found = (number_contexts("Leaked files show the scheme. The missile flew 770 kilometers. "
                             "The storm killed 12 people.", "A")
             + number_contexts("On Tuesday the missile flew 770 kilometers east over Japan. "
                               "The storm injured 12 people. At least 50 people were evacuated.", "B")
             + number_contexts("Police said 59 people were evacuated from the coast.", "C"))
    result = numbers.compare_numbers(found, np.zeros((len(found), len(found))))  # no two framed alike
    single = {(m.value, m.unit) for bucket in result.single_sourced for m in bucket}
    assert (770, "kilometer") not in single  # the same flight, told in other words
    assert (12, "people") in single  # 12 dead and 12 injured are two figures, one source each
    assert (59, "people") in single  # "at least 50" elsewhere does not give 59


def test_a_bound_or_a_telling_sum_elsewhere_gives_the_figure():
    """A user's review of Giveme5W1H's $284bn electricity bill: five papers' "more than $284 billion" (set off
    by a dash, first read as an identifier) did not give a sixth's "the entire $284 billion". A review of the
    fix: a common percentage, or opposite bounds, are no one figure."""
    import numpy as np

    found = (number_contexts("She went online and was stunned at the amount — more than $284 billion.", "A")
             + number_contexts("She had a year to pay the entire $284 billion. Three more bodies were found.", "B")
             + number_contexts("Unemployment rose to 12.5 percent. More than 50 people were injured.", "D")
             + number_contexts("Shares fell 12.5 percent. Fewer than 50 people attended the rally.", "E"))
    assert [(m.mention.text, m.mention.unit) for m in found[:1]] == [("more than $284 billion", "usd")]
    assert not any(m.mention.value == 3 for m in found)  # "three more bodies": a remainder, no total
    result = numbers.compare_numbers(found, np.zeros((len(found), len(found))))
    family = {id(f.mention): f.family for f in found}
    single = [(family[id(b[0])], b[0].value, b[0].unit) for b in result.single_sourced]
    assert not any(value == 284e9 for _, value, _ in single)
    assert {("D", 12.5, "percent"), ("E", 12.5, "percent"), ("D", 50, "people"), ("E", 50, "people")} <= set(single)


def test_a_figure_given_as_a_part_or_as_known_is_given_there():
    """Giveme5W1H's Boko Haram story: "21 girls", the headline figure of all six outlets, was listed as
    "from one source only" five times ("the release of 21 of our Chibok Girls" counted releases; "the 21
    girls" presupposes the figure; "21 schoolgirls" names the girls more narrowly)."""
    import numpy as np

    found = (number_contexts("I welcome the release of 21 of our Chibok Girls, following successful negotiations.", "A")
             + number_contexts("Boko Haram has freed 21 schoolgirls, the government said.", "B")
             + number_contexts("Officials said the 21 girls were in good health.", "C")
             + number_contexts("Once we have 21 parents linked up with daughters, we have solved something.", "D")
             + number_contexts("Twelve women and 12 men were hurt.", "E"))
    assert [m.mention.unit for m in found[:1]] == ["girl"]
    result = numbers.compare_numbers(found, np.zeros((len(found), len(found))))
    single = {(m.article_id, m.unit) for bucket in result.single_sourced for m in bucket}
    outlet = {m.mention.article_id: m.family for m in found}
    assert {outlet[a] for a, unit in single if unit in ("girl", "schoolgirl")} == set()
    assert any(unit == "parent" for _, unit in single)  # another count of 21
    assert {unit for _, unit in single} >= {"man", "woman"}  # "women" is no narrower "men"
    assert numbers._one_unit("schoolgirl", "girl") and not numbers._one_unit("kilogram", "gram")
    assert not numbers._one_unit("firefighter", "fighter") and not numbers._one_unit("grandchild", "child")


def test_a_claim_another_outlet_is_cited_for_is_that_outlets(tmp_path):
    """HuffPost's "CNN reported that ..." retells CNN: one source, not two (no passage is copied)."""
    import json

    from storycheck.cli import main

    fact = "The plane returned to Los Angeles four hours into the flight after a passenger boarded by mistake"
    records = [{"outlet": "edition.cnn.com", "url": "https://edition.cnn.com/a", "title": "Flight returns",
                "text": f"{fact}. The airline apologised to the passengers on Monday."},
               {"outlet": "huffpost.com", "url": "https://www.huffpost.com/b", "title": "Flight turned back",
                "text": "CNN reported that four hours into the flight the plane went back to Los Angeles after a "
                        "passenger boarded by mistake. Passengers were given hotel vouchers by the airline."}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    assert main(["check", str(tmp_path / "in.jsonl"), "-q", "--format", "json", "--out", str(tmp_path / "b.json")]) == 0
    [story] = json.loads((tmp_path / "b.json").read_text())["stories"]
    groups = [g for g in story["claim_groups"] if any("four hours" in story_claim["text"] for story_claim in
              [c for c in story["claims"] if c["id"] in g["claims"]])]
    assert groups and all(g["independent_sources"] == 1 for g in groups)


def test_ages_belong_to_their_person():
    text = ("Israel indicted 16-year-old Ahed Tamimi on Monday. Tamimi, 17, from the village of Nebi Saleh, was "
            "charged.\nEmma Bowden, 48, and Heather Bowden, 11, died. Bowden, 48, was a teacher. A 42-year-old man "
            "was arrested. The gorilla, a 17-year-old male named Harambe, dragged a four-year-old boy. The tool fixes "
            "IE6, 7, 8 and 9, from the 12-year-old IE6 to IE9.\nMary Jones said her husband had been shot. Jones, "
            "52, died in hospital. Sen. John S. McCain, 80, and X, 34, spoke.")
    found = [(m.text, m.value, m.unit) for m in numbers.extract_numbers(parse(Article.create(
        outlet="T", title="t", text=text)))]
    assert found == [("16-year-old", 16, "age of Ahed Tamimi"), ("48", 48, "age of Emma Bowden"),
                     ("11", 11, "age of Heather Bowden"), ("80", 80, "age of John McCain")]
    # only a full name written at the age: "Tamimi, 17", "Bowden, 48", "Jones, 52" (her husband?) may be
    # someone else of the family; nor an unnamed man, a gorilla of one name, nor versions of a product


def test_two_outlets_giving_one_person_two_ages_conflict():
    def ctx(article_id, text, value, unit, family):
        return numbers.NumberContext(NumberMention(article_id, 0, len(text), text, value, unit), "", set(), family)

    items = [ctx("a", "16", 16, "age of Ahed Tamimi", "fa"), ctx("b", "17-year-old", 17, "age of Ahed Tamimi", "fb"),
             ctx("c", "17", 17, "age of Nariman Tamimi", "fc")]
    result = numbers.compare_numbers(items, np.zeros((3, 3)))  # nothing alike in the sentences: the person is
    assert [c.explanation for c in result.conflicts] == [
        "different ages of Ahed Tamimi: 16 (1 article) vs 17-year-old (1 article)"]
    # a sentence that names only years before its article's is background, not the event's count
    def dated(article_id, text, years, published):
        c = ctx(article_id, text, 7, "people", article_id)
        c.years, c.published = years, published
        return c

    day = datetime(2016, 11, 9)
    toll = [dated("a", "at least seven", set(), day), dated("b", "seven", {"2004"}, day)]
    assert not numbers.comparable(toll[0], toll[1], 1.0, 0.6)
    toll[1].years = {"2016"}
    assert numbers.comparable(toll[0], toll[1], 1.0, 0.6)
    # reports months apart may give the age either side of a birthday: Tamimi was 16 at the slap, 17 at her release
    items[0].published, items[1].published = datetime(2017, 12, 20), datetime(2018, 7, 29)
    assert numbers.compare_numbers(items, np.zeros((3, 3))).conflicts == []


def test_what_a_number_hangs_on_must_count_something_and_one_measure_has_one_unit():
    """A fifth reader's garbage units: "at least six [friday]", "11.38am [us (size)]", "dozens [dozen]", and
    "400 [lb]" beside "more than 400 pounds [pound]" as two quantities."""
    text = ("The bomb killed at least six on Friday. Dozens were injured at 11.38am. The gorilla weighed more than "
            "400 pounds. The 400lb gorilla died. The ship took on 600 tons of oil.")
    found = [(m.text, m.unit) for m in numbers.extract_numbers(parse(Article.create(outlet="T", title="t", text=text)))]
    assert found == [("more than 400 pounds", "pound"), ("400", "pound"), ("600 tons", "ton")]
    text = "Tickets cost $2.50 each. Police said at least 30 marches took place, most in March."
    found = [(m.text, m.unit) for m in numbers.extract_numbers(parse(Article.create(outlet="T", title="t", text=text)))]
    assert found == [("2.50", "usd"), ("at least 30", "march")]  # a price is no clock; "marches" are counted


def test_a_negated_bound_bounds_the_other_way():
    """A review: "not more than 40" was read as "more than 40", a lower bound."""
    assert numbers.qualifier("not more than 40") in numbers.UPPER
    assert numbers.qualifier("no fewer than 40") in numbers.LOWER
    assert numbers.qualifier("fewer than 40") in numbers.UPPER and numbers.qualifier("over 40") in numbers.LOWER
