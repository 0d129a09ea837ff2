"""Quotation extraction on the two seed articles and on small synthetic texts for each hard case."""

from __future__ import annotations

import pytest

from conftest import SEEDS, need
from storycheck.model import Article
from storycheck.quotes import extract_quotes


@pytest.fixture(scope="module")
def quotes_of():
    from storycheck.nlp.pipeline import parse

    def run(text: str, outlet: str = "test"):
        article = Article.create(outlet=outlet, title=text.split("\n")[0], text=text)
        return extract_quotes(parse(article))

    return run


@pytest.fixture(scope="module")
def seed000(quotes_of):
    return quotes_of(need(SEEDS / "000_e70a99d20e9225e2.txt").read_text("utf-8"), "seed000")


@pytest.fixture(scope="module")
def seed004(quotes_of):
    return quotes_of(need(SEEDS / "004_e08bb0a2d794f05c.txt").read_text("utf-8"), "seed004")


def having(quotes, words: str):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote contains {words!r}"
    return found[0]


# --- the seeds -----------------------------------------------------------------------------

def test_quotes_cite_the_article_exactly(seed000, quotes_of):
    text = need(SEEDS / "000_e70a99d20e9225e2.txt").read_text("utf-8")
    aid = Article.create(outlet="seed000", title="", text=text).id
    for n, q in enumerate(seed000, 1):
        assert q.id == f"{aid}:q{n}" and q.article_id == aid
        assert text[q.start:q.end] == q.text
        assert q.cue is None or text[q.cue.start:q.cue.end] == q.cue.text
        assert q.speaker is None or text[q.speaker.start:q.speaker.end] == q.speaker.text
        assert 0 < q.confidence <= 1


def test_peskov_said_neither_the_state_department_nor_the_pentagon(seed000):
    q = having(seed000, "Neither the State Department nor the Pentagon")
    assert q.speaker_canonical == "Dmitry Peskov"
    assert q.kind == "direct" and q.cue_lemma == "say"
    assert q.text.startswith("\u201cNeither")


def test_peskov_quote_runs_over_paragraphs_and_photo_captions(seed000):
    for words in ("They just don\u2019t understand", "It\u2019s not only unfortunate"):
        q = having(seed000, words)
        assert q.speaker_canonical == "Dmitry Peskov" and q.kind == "direct"
    assert not any("A Ukrainian soldier walks" in q.text for q in seed000)


def test_stoltenberg_multi_paragraph_quotes_in_seed000(seed000):
    for words in ("Russian units are not withdrawing", "Russia keeps up the pressure on Kyiv",
                  "So we can expect additional offensive actions", "We have made every effort",
                  "Ukrainian armed forces are now larger", "So we can only judge Russia by its actions"):
        q = having(seed000, words)
        assert q.speaker_canonical == "Jens Stoltenberg", words
        assert q.kind == "direct"
        assert q.cue is not None and q.cue_lemma == "say"


def test_every_stoltenberg_mention_resolves_to_the_full_name_the_outlet_used(seed000, seed004):
    stoltenberg = [q for q in seed000 if q.speaker and ("Stoltenberg" in q.speaker.text or q.speaker.text in
                                                       ("He", "The Secretary-General", "NATO Secretary General"))]
    # the lead's "NATO Secretary General has warned", before anyone is named, is the next sentence's subject
    assert {q.speaker.text for q in stoltenberg} >= {"Jens Stoltenberg", "He", "Mr. Stoltenberg",
                                                      "The Secretary-General", "NATO Secretary General"}
    assert {q.speaker_canonical for q in stoltenberg} == {"Jens Stoltenberg"}
    # seed 004 misspells the first name; the canonical keeps the outlet's spelling
    jan = [q for q in seed004 if q.speaker_canonical and "Stoltenberg" in q.speaker_canonical]
    assert {q.speaker_canonical for q in jan} == {"Jan Stoltenberg"}
    assert {q.speaker.text for q in jan} >= {"NATO chief Jan Stoltenberg", "He", "Mr Stoltenberg"}
    for words in ("We have heard the recent statements", "But Russia has repeatedly lied",
                  "Russia is trying to regroup", "So we can expect additional offensive actions"):
        assert having(seed004, words).speaker_canonical == "Jan Stoltenberg", words


def test_stoltenberg_mixed_and_indirect_quotes(seed000):
    q = having(seed000, "repeatedly lied")
    assert q.kind == "mixed" and q.speaker.text == "He" and q.speaker_canonical == "Jens Stoltenberg"
    q = having(seed000, "Moscow does not appear to be reducing")
    assert q.kind == "indirect" and q.speaker_canonical == "Jens Stoltenberg"


def test_the_gchq_chief_is_jeremy_fleming(seed004):
    q = having(seed004, "He underestimated the strength of the coalition")
    assert q.speaker.text == "The GCHQ chief"
    assert q.speaker_canonical == "Jeremy Fleming"
    assert q.kind == "direct"
    for words in ("He overestimated the abilities", "We\u2019ve seen Russian soldiers"):
        assert having(seed004, words).speaker_canonical == "Jeremy Fleming"


def test_the_white_house_is_kept_as_a_body(seed004):
    q = having(seed004, "Putin is being misinformed by his advisors")
    assert q.speaker.text == "The White House"
    assert q.speaker_canonical == "White House"
    assert q.cue_lemma == "confirm" and q.kind == "mixed"


def test_claims_and_descriptive_speakers_in_seed004(seed004):
    q = having(seed004, "400,000 locals had been abducted")
    assert q.kind == "indirect" and q.cue_lemma == "claim" and q.speaker_canonical == "Ukraine"
    q = having(seed004, "We have three tank guys here")
    assert q.speaker.text == "a Russian soldier" and q.speaker_canonical == "a Russian soldier"
    q = having(seed004, "Filth")
    assert q.speaker.text == "One Ukrainian" and q.speaker_canonical == "One Ukrainian"  # a person, not Ukraine
    q = having(seed004, "fallen apart")  # "the head of Britain's armed forces, Admiral Sir Tony Radakin, said"
    assert q.speaker_canonical == "Tony Radakin"
    q = having(seed004, "She was 16")  # "The voice adds:" on the same intercepted call
    assert q.speaker.text == "The voice" and q.speaker_canonical == "a Russian soldier"


def test_an_agency_is_not_taken_for_the_company_named_just_before_in_seed000(seed000):
    # "nuclear company Energoatom said ... The agency said": the blog calls the company an agency, but read
    # the other way round the rule would give a regulator's words to the company it fined; left unresolved
    q = having(seed000, "also withdrawn from the nearby town of Slavutych")
    assert q.speaker.text == "The agency" and q.speaker_canonical == "agency"


# --- synthetic cases ---------------------------------------------------------------------------

def test_colon_introduced_quote(quotes_of):
    [q] = quotes_of("The mayor said: \u201cWe will rebuild the bridge by the spring.\u201d")
    assert q.kind == "direct" and q.speaker.text == "The mayor" and q.cue.text == "said"
    assert q.text == "\u201cWe will rebuild the bridge by the spring.\u201d"


def test_quote_before_the_cue(quotes_of):
    [q] = quotes_of("\u201cWe will rebuild the bridge by the spring,\u201d Anna Berg said on Monday.")
    assert q.kind == "direct" and q.speaker_canonical == "Anna Berg"
    assert q.text == "\u201cWe will rebuild the bridge by the spring,\u201d"


def test_cue_inside_the_quote_gives_one_quotation(quotes_of):
    text = "\u201cWe will rebuild the bridge,\u201d she said, \u201cand we will do it before the spring.\u201d"
    [q] = quotes_of("Anna Berg visited the site on Monday.\n\n" + text)
    assert q.text == text and q.kind == "direct"
    assert q.cue.text == "said" and q.speaker.text == "she" and q.speaker_canonical == "Anna Berg"


def test_odd_number_of_marks_neither_crashes_nor_swallows_the_article(quotes_of):
    text = ("The mayor said \u201cthe bridge will be rebuilt by the spring.\n\n"
            "Workers arrived on Tuesday with two cranes.\n\n"
            "\u201cIt is a question of weeks,\u201d the engineer said.")
    quotes = quotes_of(text)
    assert not any("Workers arrived" in q.text for q in quotes)
    q = having(quotes, "It is a question of weeks")
    assert q.speaker.text == "the engineer" and q.kind == "direct"


def test_apostrophes_are_not_quotation_marks(quotes_of):
    [q] = quotes_of("Russia's foreign minister said the country's army wasn't retreating.")
    assert q.kind == "indirect"
    assert q.text == "the country's army wasn't retreating"
    assert q.speaker.text == "Russia's foreign minister"


def test_straight_and_single_marks(quotes_of):
    [q] = quotes_of('"The talks have failed," the envoy said.')
    assert q.kind == "direct" and q.text == '"The talks have failed,"'
    [q] = quotes_of("The envoy said: \u2018The talks have failed.\u2019")
    assert q.kind == "direct" and q.text == "\u2018The talks have failed.\u2019"


def test_a_doubled_apostrophe_closing_after_an_inner_single_mark_ends_the_quote(quotes_of):
    # the inner single mark closes first, then the doubled apostrophe: all three close the quotation
    q = having(quotes_of("''The crowd kept shouting, 'Build the bridge,''' the mayor said."), "crowd")
    assert q.kind == "direct" and q.text == "''The crowd kept shouting, 'Build the bridge,'''"
    assert q.speaker.text == "the mayor"


def test_a_paragraph_of_quoted_words_goes_on_after_the_rest_of_the_cue_sentence(quotes_of):
    # only the cue's own sentence (with its adjuncts) stands between: one content, two fragments
    quotes = quotes_of('The council met on Monday.\n\n"The bridge will be rebuilt by the spring," the mayor told '
                       'reporters at a briefing in the town hall.\n\n"We have the money and the workers. Nothing can '
                       'stop us now."')
    q = having(quotes, "rebuilt")
    assert q.kind == "direct" and q.text.endswith("Nothing can stop us now.\"") and q.speaker.text == "the mayor"
    # not past another cue of that sentence, nor past a sentence of the writer's own
    for rest in ('the mayor said, adding that the costs had doubled.', 'the mayor said. The crowd cheered loudly.'):
        quotes = quotes_of('The council met on Monday.\n\n"The bridge will be rebuilt by the spring," ' + rest
                           + '\n\n"We have the money and the workers. Nothing can stop us now."')
        assert having(quotes, "rebuilt").text == '"The bridge will be rebuilt by the spring,"'


def test_a_show_named_between_two_quotations_is_no_part_of_what_was_said(quotes_of):
    from storycheck.quotes.evaluate import _content_fragments
    from storycheck.quotes.marks import find_quoted

    text = ('The vote is near.\n\n"We will win this district," the senator said on NBC\'s "Meet the Press." '
            '"The voters are tired of waiting."')
    q = having(quotes_of(text), "win this district")
    assert q.kind == "direct" and q.titles == ((text.index('"Meet'), text.index(' "The voters')),)
    assert [text[a:b] for a, b in _content_fragments(q, text, find_quoted(text))] == [
        '"We will win this district,"', '"The voters are tired of waiting."']
    # a quotation with a subject of its own is more of what was said, whatever stands before it
    text = 'The vote is near.\n\n"We will win," said Mary Smith, of Springfield. "The voters are tired."'
    assert having(quotes_of(text), "We will win").titles == ()


def test_where_the_words_were_said_ends_no_quoted_content(quotes_of):
    # "in a tweet (on Sunday)" after the closing mark is the saying's, not what was said
    for text in ('The mayor called the plan "reckless" in a tweet on Sunday.',
                 'The mayor called the plan "reckless" in a tweet Sunday.'):
        [q] = quotes_of(text)
        assert q.text == 'the plan "reckless"' and q.cue.text == "called"
    # not a phrase of what was said, nor one that goes on past the medium
    [q] = quotes_of('She said the vote was "rigged" in the county.')
    assert q.text == 'the vote was "rigged" in the county'
    [q] = quotes_of('He said the "plan" in the memo would fail.')
    assert q.text == 'the "plan" in the memo would fail'


def test_a_title_under_a_preposition_is_no_part_of_what_was_said(quotes_of):
    # the words under the marks hang on a preposition ("with", "of"), though the closing punctuation hangs
    # on the cue: a title, not more of the speaker's words
    for text, end in (('"We will win this district and the next one," Smith said in an interview with '
                       '"Fox News Sunday."\n', "next one,"),
                      ('"We will win this district," said Jane Smith, a co-editor of "Small Town Ledger."\n\n'
                       'The count began.', "district,")):
        q = having(quotes_of("The vote is near.\n\n" + text), "We will win")
        assert q.kind == "direct" and q.text.endswith(end + '"')
    # a quoted sentence after the cue is still what was said
    q = having(quotes_of('The vote is near.\n\nThe senator said on Monday, "We will win this district."'), "win")
    assert q.text == '"We will win this district."'


def test_aside_between_speaker_and_cue(quotes_of):
    [q] = quotes_of("Sir Vince Cable, who replaced Tim Farron as leader in July, said the party would fight on.")
    assert q.speaker_canonical == "Vince Cable"
    assert q.speaker.text.startswith("Sir Vince Cable")
    assert q.text == "the party would fight on" and q.cue.text == "said"


def test_the_noun_that_introduced_a_speaker_names_them_again(quotes_of):
    first, again = quotes_of("A Russian soldier said: \u201cWe are tired.\u201d\n\n"
                             "The soldier added: \u201cWe want to go home.\u201d")
    assert first.speaker_canonical == again.speaker_canonical == "A Russian soldier"
    first, other = quotes_of("A Russian soldier said: \u201cWe are tired.\u201d\n\n"
                             "The officer added: \u201cWe will hold the line.\u201d")
    assert other.speaker_canonical == "officer"  # another noun: someone else


def test_a_common_noun_tagged_as_a_person_is_no_antecedent(quotes_of):
    found = quotes_of("Prime Minister Manuel Valls said Friday morning that France would observe three days of "
                      "national mourning. Flags will fly at half-staff at all government buildings.\n\n"
                      "\u201cWe will never give in,\u201d he said in a statement.")
    assert found[-1].speaker.text == "he" and found[-1].speaker_canonical == "Manuel Valls"


def test_the_first_person_outside_a_quotation_is_the_writer(quotes_of):
    [q] = quotes_of("I asked the engineer whether the rocket could reach the Moon.")
    assert q.speaker.text == "I" and q.speaker_canonical == "the author"
    found = quotes_of("I met Anna Kowalska at the plant. I asked the minister about it. She said it was safe.")
    assert found[-1].speaker.text == "She" and found[-1].speaker_canonical == "Anna Kowalska"  # not the writer


def test_a_relative_pronoun_after_an_apposition_is_the_name(quotes_of):
    [q] = quotes_of("The warehouse belongs to Portline, a logistics firm, which said that it was cooperating.")
    assert q.speaker.text == "which" and q.speaker_canonical == "Portline"
    [q] = quotes_of("The report came from a logistics firm which said that it was cooperating.")
    assert q.speaker_canonical == "a logistics firm"  # no name to go back to
    [q] = quotes_of("Police questioned the owner, Jan Nowak, who told reporters that he had done nothing wrong.")
    assert q.speaker_canonical == "Jan Nowak"  # the name is the apposition: it is the one who told


@pytest.mark.parametrize("sentence,lemma,content", [
    ("The general warned that the offensive would resume.", "warn", "that the offensive would resume"),
    ("The general told reporters that the offensive would resume.", "tell", "that the offensive would resume"),
    ("Kyiv claimed 400 soldiers had surrendered.", "claim", "400 soldiers had surrendered"),
    ("The minister insisted the talks were going well.", "insist", "the talks were going well"),
    ("The minister vowed to rebuild every school.", "vow", "to rebuild every school"),
    ("The ministry confirmed that two ships had sunk.", "confirm", "that two ships had sunk"),
    ("\u201cWe are ready,\u201d the minister added.", "add", "\u201cWe are ready,\u201d"),
])
def test_cue_verbs_beyond_said(quotes_of, sentence, lemma, content):
    [q] = quotes_of(sentence)
    assert q.cue_lemma == lemma and q.text == content


def test_according_to(quotes_of):
    [q] = quotes_of("According to the ministry, 45 buses were sent to the city.")
    assert q.cue.text == "According to" and q.speaker.text == "the ministry"
    assert q.text == "45 buses were sent to the city" and q.kind == "indirect"
    [q] = quotes_of("Russian units are regrouping, according to British intelligence.")
    assert q.text == "Russian units are regrouping" and q.speaker_canonical == "British intelligence"


def test_titles_and_roles_resolve_to_the_name_given_earlier(quotes_of):
    text = ("Kremlin spokesman Dmitry Peskov denied the report on Thursday.\n\n"
            "The Kremlin's spokesman said the talks would continue.\n\n"
            "Mr Peskov added that no date had been set.")
    quotes = quotes_of(text)
    assert having(quotes, "the talks would continue").speaker_canonical == "Dmitry Peskov"
    assert having(quotes, "no date had been set").speaker_canonical == "Dmitry Peskov"
    quotes = quotes_of("Apple CEO Tim Cook unveiled a phone on Monday. The CEO said it was the best phone yet.")
    assert having(quotes, "the best phone yet").speaker_canonical == "Tim Cook"


def test_a_full_name_the_model_takes_for_a_body_is_the_person_its_surname_names(quotes_of):
    # the small model tags "Spokeswoman Haley Morris" as an organisation and "Morris" as a person
    text = ("Campaign\n\nDemocratic candidate Martin Lee is shifting staff to Iowa.\n\n"
            "Spokeswoman Haley Morris says the campaign will go on. Morris says the candidate has always run a "
            "lean campaign.")
    quotes = quotes_of(text)
    assert having(quotes, "will go on").speaker_canonical == "Haley Morris"
    assert having(quotes, "lean campaign").speaker_canonical == "Haley Morris"


def test_a_name_owning_or_inside_the_description_of_an_untagged_name_is_not_the_speaker(quotes_of):
    quotes = quotes_of("Coalition\n\nAngela Merkel met party leaders on Monday. Both the SPD and Merkel's "
                       "Christian Democrats worry that a repeat of the attacks could benefit the far right.")
    assert having(quotes, "far right").speaker_canonical != "Angela Merkel"
    quotes = quotes_of("Release\n\nThe Swiss government brokered the deal, said Mallam Garba Shehu, spokesman for "
                       "Nigerian President Muhammadu Buhari.")
    assert having(quotes, "brokered the deal").speaker_canonical == "Mallam Garba Shehu"


def test_a_noun_set_beside_a_name_names_that_person_again_though_no_title(quotes_of):
    cases = [
        ("Judge Berman took a short recess. The judge said he could not require restitution.", "restitution",
         "Berman"),
        ("Top Republican Party donor Sheldon Adelson met Trump on Friday. The mega donor said he found Trump "
         "charming.", "charming", "Sheldon Adelson"),
        # a word of the description that is not what the person is, and a nationality the person is not given
        ("\u201cIt was awful,\u201d Mary Freeman, a zoo visitor from Lexington, told WLWT.\n\nThe zoo said the "
         "gorilla exhibit would be closed.", "gorilla exhibit", "zoo"),
        ("Williams veteran driver Felipe Massa crashed out on Sunday. The British driver said the rain had been "
         "terrible.", "the rain", "British driver"),
    ]
    for text, words, speaker in cases:
        assert having(quotes_of("Report\n\n" + text), words).speaker_canonical == speaker, text


def test_a_body_named_again_by_its_kind_resolves_to_the_organisation(quotes_of):
    cases = [
        ("The Environmental Protection Agency issued new rules on Monday. The agency said the rules would "
         "cut emissions by a third.", "cut emissions", "Environmental Protection Agency"),
        ("Pfizer, the drugmaker, recalled a batch of pills. The company said no patient had been harmed.",
         "no patient had been harmed", "Pfizer"),
        ("Human Rights Watch, a rights group based in New York, published a report. The group said "
         "prisoners had been tortured.", "prisoners had been tortured", "Human Rights Watch"),
        ("The accounting firm Ernst & Young wrote to Appleby. The firm wanted Appleby to act.", "Appleby to act",
         "Ernst & Young"),
        ("Europe's biggest bank, HSBC, said profits rose. The bank said it would cut jobs.", "cut jobs", "HSBC"),
        ("Goldman Sachs expects a hit to profits. The company said it would recover.", "would recover",
         "Goldman Sachs"),
        ("The House Intelligence Committee met on Tuesday. \u201cWe will get to the bottom of this,\u201d "
         "the committee said in a statement.", "bottom of this", "House Intelligence Committee"),
    ]
    for text, words, body in cases:
        assert having(quotes_of("Report\n\n" + text), words).speaker_canonical == body, text


def test_an_organisation_short_form_is_its_full_name_given_before(quotes_of):
    quotes = quotes_of("Email\n\nThe New York Times reported that Carter used a personal email account. The Times "
                       "said the emails were exchanges between Carter and Fanning.")
    assert having(quotes, "exchanges between").speaker_canonical == "New York Times"
    quotes = quotes_of("Vote\n\nThe White House sent the bill to Congress on Monday. The House said it would vote "
                       "on Friday.")
    assert having(quotes, "would vote").speaker_canonical == "House"  # a place's word: not the White House


def test_a_body_noun_with_no_organisation_of_its_kind_before_it_stays_itself(quotes_of):
    cases = [
        ("A group of protesters gathered outside. The group said the plant must close.",
         "the plant must close", "group"),
        ("NATO leaders met in Brussels. The committee said the plan was sound.", "the plan was sound",
         "committee"),
        ("Maria Lopez runs a bakery. The company said prices would rise.", "prices would rise", "company"),
        # a company two sentences back is as often one the report mentions in passing
        ("Inmarsat had planned a launch. The satellite was delayed. The company said it was safe.",
         "it was safe", "company"),
        # "a group of" counts people: no organisation is described
        ("BERLIN, a group of investors met in Berlin. The group said the fund was closed.",
         "the fund was closed", "group"),
        # "the company CEO Jeff Bezos" names a person, not a company
        ("Alexa loses her voice and the company CEO Jeff Bezos hears of it. Other ads ran. The company says "
         "a chalice helps.", "a chalice helps", "company"),
        # the body that fined a company is not "the company"; nor an agency a company
        ("The European Commission fined Google 2.4 billion euros. \u201cWe will appeal,\u201d the company said.",
         "We will appeal", "company"),
        ("WASHINGTON (AP) \u2014 Boeing delivered 40 planes in March. The agency said it would inspect each one.",
         "inspect each one", "agency"),
        # a nearer body of the same kind, new or told apart by a modifier, is the one meant
        ("Volkswagen Group reported a loss. Outside, a group of workers gathered. The group said the cuts were "
         "unfair.", "the cuts were unfair", "group"),
        ("The Secret Service arrested a man. At the memorial service, the service said prayers were offered.",
         "prayers were offered", "service"),
        ("The Israeli Air Force struck targets. In Jerusalem, a man stabbed two people. The police said he was "
         "arrested.", "he was arrested", "police"),
        # the voice on a tape is not whoever spoke last about it
        ("Mayor John Smith said the recording was genuine. On the tape, the voice says: \u201cWe will burn it "
         "down.\u201d", "burn it down", "voice"),
        # a dateline's dash sets off the first sentence, not a description of the place
        ("RAMALLAH, West Bank \u2014 An Israeli military court on Monday indicted a teenage girl.\nIn Israel, "
         "the footage sparked debate. The court said she would be tried.", "she would be tried", "court"),
    ]
    for text, words, body in cases:
        assert having(quotes_of("Report\n\n" + text), words).speaker_canonical == body, text


def test_a_quote_only_paragraph_takes_the_previous_speaker(quotes_of):
    text = ("\u201cWe are ready,\u201d said Anna Berg, the mayor.\n\n"
            "The council meets on Friday.\n\n"
            "\u201cThe bridge will be open by May.\u201d")
    quotes = quotes_of(text)
    q = having(quotes, "The bridge will be open")
    assert q.speaker_canonical == "Anna Berg" and q.cue is None and q.confidence < 0.8
    assert text[q.speaker.start:q.speaker.end].startswith("Anna Berg")  # where the speaker was named


def test_no_quotes_in_plain_reporting(quotes_of):
    assert quotes_of("The bridge was closed on Monday after a storm damaged its supports.") == []


# --- PolNeAR span conventions (learned on its train split) ---------------------------------------

@pytest.mark.parametrize("sentence,cue,content", [
    ("The senator called for a ban on assault weapons.", "called for", "a ban on assault weapons"),
    ("The general warned of a long war in the east.", "warned of", "a long war in the east"),
    ("The governor was referring to the new tax.", "was referring to", "the new tax"),
])
def test_the_preposition_before_an_object_content_belongs_to_the_cue(quotes_of, sentence, cue, content):
    [q] = quotes_of(sentence)
    assert q.cue.text == cue and q.text == content


def test_a_raising_cue_has_no_source_and_its_subject_is_content(quotes_of):
    [q] = quotes_of("Sanders seemed to reap the benefits of the debate.")
    assert q.speaker is None and q.cue.text == "seemed"
    assert q.text == "Sanders seemed to reap the benefits of the debate"  # the cue is a hole in it
    [q] = quotes_of("Trump is expected to deliver a victory speech.")
    assert q.speaker is None and q.cue.text == "is expected"


def test_the_verb_an_infinitive_cue_hangs_from_joins_the_cue(quotes_of):
    [q] = quotes_of("The senator went on to say that the bill would pass.")
    assert q.cue.text == "went on to say" and q.text == "that the bill would pass"
    assert q.speaker.text == "The senator"
    [q] = quotes_of("She appeared to imply that Trump could not win.")
    assert q.cue.text == "appeared to imply" and q.speaker.text == "She"


def test_a_cue_after_a_preposition_takes_the_main_clause_subject(quotes_of):
    [q] = quotes_of("The governor ended the rally by saying that taxes would fall.")
    assert q.speaker.text == "The governor" and q.text == "that taxes would fall"


def test_a_whole_paragraph_quotation_right_after_a_quote_joins_it(quotes_of):
    text = ("\u201cWe will rebuild the bridge,\u201d said Anna Berg, the mayor.\n\n"
            "\u201cThe bridge will be open by May.\u201d")
    [q] = quotes_of(text)
    assert q.text == text and q.kind == "direct" and q.speaker_canonical == "Anna Berg"


def test_the_words_before_a_parenthetical_cue_belong_to_the_content(quotes_of):
    [q] = quotes_of("Sooner or later, the governor said, \u201cit starts to pay off.\u201d")
    assert q.text.startswith("Sooner or later") and q.speaker.text == "the governor"
    assert q.kind == "mixed"
    [q] = quotes_of("On Monday, the governor said, \u201cit starts to pay off.\u201d")
    assert q.text == "\u201cit starts to pay off.\u201d"  # when the saying happened is not content


def test_a_cue_between_commas_inside_the_clause_it_reports(quotes_of):
    [q] = quotes_of("Many of the closures, he said, have involved public and semiprivate courses.")
    assert q.speaker.text == "he" and q.cue.text == "said"
    assert q.text == "Many of the closures, he said, have involved public and semiprivate courses"


def test_a_quotation_parsed_as_a_second_subject_is_not_the_speaker(quotes_of):
    [q] = quotes_of("\"My apologies, I'm sorry,\" Quick said after a back-and-forth with the senator.")
    assert q.speaker.text == "Quick" and q.text == "\"My apologies, I'm sorry,\""


def test_a_cue_sentence_right_after_a_quotation_takes_it(quotes_of):
    quotes = quotes_of("\u201cSometimes us ex-diplomats need our fix!\u201d Clinton said to People.")
    q = having(quotes, "need our fix")
    assert q.speaker.text == "Clinton" and q.kind == "direct"


def test_a_quotation_closing_right_before_a_parenthetical_cue_is_its_content(quotes_of):
    text = ("\"I never said that. I never said that,\" Trump said, after CNBC's Becky Quick said the "
            "billionaire front-runner had derisively referred to Sen. Marco Rubio as the \"personal senator\" "
            "of Facebook mogul Mark Zuckerberg.")
    q = having(quotes_of(text), "I never said that")
    assert q.text == "\"I never said that. I never said that,\"" and q.speaker.text == "Trump"


def test_a_participle_cue_takes_the_noun_it_hangs_from_as_source(quotes_of):
    [q] = quotes_of("On Sunday a statement saying the march was cancelled appeared on the group's website.")
    assert q.speaker.text == "a statement" and q.text == "the march was cancelled"


def test_phrasal_cues_and_infinitive_complements_of_clause_cues(quotes_of):
    [q] = quotes_of("Donald Trump laid out stark differences between his agenda and that of Clinton.")
    assert q.cue.text == "laid out" and q.text == "stark differences between his agenda and that of Clinton"
    [q] = quotes_of("At least four senators claim to object to the stance of their party.")
    assert q.cue.text == "claim" and q.text == "to object to the stance of their party"


def test_a_participle_aside_and_even_stay_out_of_the_source(quotes_of):
    [q] = quotes_of("Clinton, speaking to reporters on her plane, said the race was close.")
    assert q.speaker.text == "Clinton"
    [q] = quotes_of("Even economists say the tax is too high.")
    assert q.speaker.text == "economists"


def test_a_describing_phrase_after_a_comma_stays_in_the_source(quotes_of):
    [q] = quotes_of("Some observers, including professor Zeynep Tufekci, said the site was biased.")
    assert q.speaker.text == "Some observers, including professor Zeynep Tufekci"


def test_a_noun_cue_with_a_that_clause(quotes_of):
    [q] = quotes_of("Trump's claim that the election was rigged came late in the night.")
    assert q.cue.text == "claim" and q.speaker.text == "Trump's"
    assert q.text == "that the election was rigged" and q.speaker_canonical == "Trump"


def test_a_passive_cue_has_no_subject_source(quotes_of):
    [q] = quotes_of("Manafort is not known as a debate expert.")
    assert q.speaker is None and q.cue.text == "is not known as"
    assert q.text == "Manafort is not known as a debate expert"  # the cue is a hole in it
    [q] = quotes_of("Trump was asked if he would concede.")
    assert q.speaker is None and q.text == "if he would concede"
    [q] = quotes_of("Trump has been criticized by his opponents for his proposal.")
    assert q.speaker.text == "his opponents"


def test_a_particle_between_the_cue_and_its_preposition(quotes_of):
    [q] = quotes_of("Rubio pushed back on those claims.")
    assert q.cue.text == "pushed back on" and q.text == "those claims" and q.speaker.text == "Rubio"


def test_an_aspect_verb_is_no_cue_of_its_infinitive(quotes_of):
    assert quotes_of("The number of voters continues to rise in the state.") == []


def test_a_quotation_after_adding_belongs_to_adding(quotes_of):
    text = ("\u201cWe tried everything,\u201d she said, adding, "
            "\u201cThe bridge will be open by May.\u201d")
    quotes = quotes_of(text)
    assert having(quotes, "We tried everything").text == "\u201cWe tried everything,\u201d"
    assert having(quotes, "The bridge will be open").cue.text == "adding"


def test_a_clause_coordinated_on_the_cue_continues_the_content(quotes_of):
    [q] = quotes_of("The senator said the bill would pass, but the vote would be close.")
    assert q.text == "the bill would pass, but the vote would be close"


def test_doubled_apostrophe_quotations_after_the_cue_sentence_join_it(quotes_of):
    text = ("''Our jobs are being sucked out of our states,'' Mr. Trump said. ''One of the big problems is "
            "the economy.'' He said, twice, that he was going back to work on Wednesday.")
    q = having(quotes_of(text), "Our jobs")
    assert q.text.endswith("the economy.''") and q.kind == "direct"


def test_a_cue_in_the_speakers_relative_clause_does_not_split_the_quote(quotes_of):
    text = ("''If he tones it down, he'll go out on a high note,'' said Edward G. Rendell, a former governor, "
            "who supports Mrs. Clinton. ''But if he keeps it up, it could be brutal.''")
    q = having(quotes_of(text), "If he tones it down")
    assert q.text.endswith("it could be brutal.''")


def test_asked_about_takes_the_topic_as_content(quotes_of):
    [q] = quotes_of("Clinton has been asked about a loan from Goldman Sachs.")
    assert q.cue.text == "has been asked about" and q.text == "a loan from Goldman Sachs" and q.speaker is None


def test_the_quotation_before_the_cue_not_the_next_ones_opening_mark(quotes_of):
    text = ("''Mr. Khan made the ultimate sacrifice, didn't he?'' Mrs. Clinton said. ''And what has he heard "
            "from Donald Trump? Nothing but insults.''")
    q = having(quotes_of(text), "ultimate sacrifice")
    assert q.text.startswith("''Mr. Khan") and q.speaker.text == "Mrs. Clinton"


def test_a_quoted_title_in_the_cue_clause_is_not_more_quoted_words(quotes_of):
    text = "\u201cShe just made it up,\u201d he said during a call to ABC\u2019s \u201cThis Week.\u201d"
    q = having(quotes_of("Trump spoke on Sunday.\n\n" + text), "made it up")
    assert q.text == "\u201cShe just made it up,\u201d"


def test_a_date_is_no_prepositional_content(quotes_of):
    assert quotes_of("Trump spoke on Sunday.") == []


def test_a_relative_clause_after_a_comma_ends_an_object_content(quotes_of):
    [q] = quotes_of("The senator criticized the trade pact, which the president signed last year.")
    assert q.text == "the trade pact" and q.cue.text == "criticized"


def test_a_date_after_the_speaker_is_not_part_of_it(quotes_of):
    [q] = quotes_of("The mayor on Tuesday said the bridge would open in May.")
    assert q.speaker.text == "The mayor"


def test_an_addressee_told_to_do_something_is_not_the_speaker(quotes_of):
    told = quotes_of("Zarichne warehouse fire contained, but residents told to keep windows shut\n\nThe fire is out.")
    assert not [q for q in told if q.speaker is not None and "residents" in q.speaker.text]
    active = having(quotes_of("Police told residents to keep their windows shut."), "keep their windows shut")
    assert active.speaker.text == "Police"


def test_the_quotation_a_cue_closes_beats_a_clause_parsed_after_it(quotes_of):
    text = ("\u201cWe\u2019re going to tax you when those air conditioners come,\u201d Trump said in February of "
            "air conditioner manufacturer Carrier Corp., whose parent company United Technologies Corp. "
            "relocated 1,400 jobs to Monterrey, Mexico.")
    quotes = quotes_of(text)
    q = having(quotes, "tax you")
    assert q.kind == "direct" and q.speaker.text == "Trump" and q.cue.text == "said"
    assert not any("relocated" in q.text for q in quotes)


def test_the_quotation_a_cue_closes_beats_a_quoted_title_after_it(quotes_of):
    text = ("''Jobs, jobs, jobs,'' Mrs. Clinton said on ''The Late Show With Stephen Colbert'' last month.")
    quotes = quotes_of(text)
    q = having(quotes, "Jobs, jobs")
    assert q.speaker.text == "Mrs. Clinton" and q.cue.text == "said"
    assert not any("Late Show" in q.text for q in quotes)


def test_a_colon_hands_a_quotation_to_the_clause_before_it(quotes_of):
    quotes = quotes_of("Anna Berg visited the bridge on Monday.\n\nThe mayor gloated: "
                       "\u201cI told you it would be ready in time.\u201d")
    q = having(quotes, "I told you")
    assert q.speaker.text == "The mayor" and q.cue.text == "gloated"
    assert q.text == "\u201cI told you it would be ready in time.\u201d"


def test_a_name_and_a_colon_introduce_a_transcript_quotation(quotes_of):
    quotes = quotes_of("The hearing went on for hours.\n\nFormer secretary of state Hillary Clinton: "
                       "\u201cWe learned that from the State Department.\u201d")
    q = having(quotes, "We learned")
    assert q.speaker.text == "Former secretary of state Hillary Clinton" and q.cue is None


def test_a_statement_saying_takes_the_verb_that_issued_it_into_the_cue(quotes_of):
    [q] = quotes_of("The company issued a statement saying the plant would close in May.")
    assert q.cue.text == "issued a statement saying" and q.speaker.text == "The company"
    assert q.text == "the plant would close in May"


def test_a_role_in_the_headline_resolves_to_the_person_named_below(quotes_of):
    quotes = quotes_of("Fires will burn for days, says emergency chief\n\n"
                       "\u201cWe have never seen conditions like these,\u201d said Mark Brown, the emergency chief "
                       "of the state fire service.")
    assert having(quotes, "Fires will burn").speaker_canonical == "Mark Brown"
    quotes = quotes_of("Fires will burn for days, says NATO chief\n\n"
                       "\u201cWe have never seen conditions like these,\u201d said Mark Brown, the emergency chief "
                       "of the state fire service.")
    assert having(quotes, "Fires will burn").speaker_canonical == "NATO chief"  # not the chief named below
    quotes = quotes_of("Fire chief warns port air \"still dangerous\" after warehouse blaze\n\n"
                       "Speaking to reporters, regional emergency chief Mark Brown said the fire was contained.")
    assert having(quotes, "still dangerous").speaker_canonical == "Mark Brown"


def test_a_leads_title_before_anyone_is_named_is_the_person_named_next(quotes_of):
    lead = "The UN Secretary General has warned that the famine will spread.\n\n"
    quotes = quotes_of(lead + "Antonio Guterres said in Geneva that aid could not reach the north.")
    assert having(quotes, "the famine will spread").speaker_canonical == "Antonio Guterres"
    # someone with a role of their own is someone else; so is anyone but the next paragraph's speaker
    for rest in ("Opposition leader Maria Lopez said in Geneva that aid could not reach the north.",
                 "Aid could not reach the north.\n\nMaria Lopez, a farmer, said the roads were closed.",
                 "Maria Lopez visited Geneva on Monday."):
        quotes = quotes_of(lead + rest)
        assert having(quotes, "the famine will spread").speaker_canonical == "UN Secretary General", rest
    quotes = quotes_of("The Prime Minister has warned that Boris Johnson will lose the vote on Thursday.")
    assert having(quotes, "Boris Johnson will lose").speaker_canonical == "Prime Minister"


def test_a_name_after_a_closing_cue_is_the_speaker_even_when_misparsed(quotes_of):
    text = ("\u201cHaving access to the RNC file and two people who understand it is valuable,\u201d said Skelly, "
            "explaining he worked more closely with Chrabaszcz.")
    q = having(quotes_of(text), "Having access")
    assert q.speaker is not None and q.speaker.text == "Skelly" and q.speaker_canonical == "Skelly"


def test_only_whoever_issued_a_medium_is_its_source(quotes_of):
    [q] = quotes_of("Reporters obtained a memo saying the plant would close in May.")
    assert q.speaker.text != "Reporters" and q.cue.text == "saying"


def test_the_author_of_a_speech_or_article_is_the_source_of_what_it_says(quotes_of):
    assert having(quotes_of("Forbes shot back in an article stating that New York was the billionaire capital."),
                  "billionaire capital").speaker.text == "Forbes"
    assert having(quotes_of("Mr. Manafort helped draft a report defending the prosecution."),
                  "the prosecution").speaker.text == "Mr. Manafort"
    # but not whoever only got hold of it
    assert quotes_of("Reporters obtained a memo saying the plant would close in May.")[0].speaker.text != "Reporters"


def test_a_dummy_it_names_no_speaker(quotes_of):
    # "it is hard to imagine": no one imagines (PolNeAR gives such a cue no source)
    q = having(quotes_of("It is hard to imagine a bigger waste of government resources."), "bigger waste")
    assert q.speaker is None
    q = having(quotes_of("It is important to note that the court has ruled only on emergency filings."), "the court")
    assert q.speaker is None


def test_a_participle_or_coordinated_cue_after_a_reported_clause_is_the_reporters(quotes_of):
    quotes = quotes_of("Carson said he plans to preview a strategy for Libya, insisting that leaders are too "
                       "worried about polls.")
    assert having(quotes, "too worried").speaker.text == "Carson"
    quotes = quotes_of("Trump complained that Khan had attacked him and questioned why his wife had not spoken.")
    assert having(quotes, "his wife").speaker.text == "Trump"
    # an infinitive is the purpose of the reported clause's own subject, not a second verb of the reporter's
    quotes = quotes_of("St George's Hospital in Tooting, said 20 people have been brought in.\nOne man told The "
                       "Croydon Advertiser his wife had phoned him from on board the train and to say she was "
                       "trapped and could not get up.\nCroydon resident Hannah Collier, 23, said it was raining.")
    assert having(quotes, "she was trapped").speaker.text == "his wife"


def test_whoever_responds_to_a_report_is_not_its_author(quotes_of):
    text = ("Senior Colonel Ren Guoqiang was responding to media reports from the United States claiming that the "
            "PLA Navy failed to keep vessels from trading.")
    assert having(quotes_of(text), "PLA Navy").speaker.text == "media reports from the United States"


def test_whoever_is_brought_to_say_something_is_the_speaker(quotes_of):
    q = having(quotes_of("The decisive victory led the party chairman to declare that the race was over."), "race")
    assert q.speaker.text == "the party chairman"
    q = having(quotes_of("This leads many experts to suspect that the emails were faked."), "emails")
    assert q.speaker.text == "many experts"


def test_a_weekday_after_a_closing_cue_is_not_a_speaker(quotes_of):
    q = having(quotes_of("\u201cWe won,\u201d said Monday."), "We won")
    assert q.speaker is None or q.speaker.text != "Monday"


def test_a_dateline_before_a_colon_is_not_a_speaker(quotes_of):
    quotes = quotes_of("NEW DELHI: \u201cMake in India\u201d became a slogan of the campaign.")
    assert not any(q.speaker is not None and q.speaker.text == "NEW DELHI" for q in quotes)


def test_a_word_inside_the_quotation_is_not_the_subject_of_its_cue(quotes_of):
    q = having(quotes_of("\u201cX,\u201d said Skelly."), "X")
    assert q.speaker is not None and q.speaker.text == "Skelly"


def test_a_relative_pronoun_opens_the_content_of_a_cue_in_its_clause(quotes_of):
    text = "At least a half-dozen times, Trump cited the Obama policies, which he said had harmed the economy."
    q = having(quotes_of(text), "harmed the economy")
    assert q.text.startswith("which") and q.speaker.text == "he" and q.cue.text == "said"


def test_an_as_clause_cue_attributes_the_clause_it_stands_beside(quotes_of):
    before = having(quotes_of("As The Daily Caller reported, the comedian gave $5,000 to the Clintons."),
                    "gave $5,000")
    assert before.text == "the comedian gave $5,000 to the Clintons" and before.speaker.text == "The Daily Caller"
    after = having(quotes_of("The increases will boost spending across the state, as some economists hope."),
                   "boost spending")
    assert after.text == "The increases will boost spending across the state" and after.cue.text == "hope"
    assert not quotes_of("As the senator joked with his friends at the table, his brother grew impatient.")
    assert not quotes_of("As he was explaining, the lights went out.")  # a time, not a source
    assert not quotes_of("The crowd grew restless as the senator joked.")  # not set off by a comma


def test_a_cue_reporting_a_whole_clause_takes_the_attribution_inside_it(quotes_of):
    # PolNeAR marks the outer attribution only: the reported clause, its own cue and speaker included
    quotes = quotes_of("As the Ledger reported, the mayor said the bridge would reopen in May.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [
        ("the Ledger", "reported", "the mayor said the bridge would reopen in May")]
    quotes = quotes_of("He said at a tech conference that he was comfortable with the plan, The Post reported.")
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [("The Post", "reported")]
    assert quotes[0].text.startswith("He said at a tech conference")
    # not a clause without a subject of its own, nor a verb with an object of its own after it
    quotes = quotes_of("Asked whether he would run, the governor said he had not decided.")
    assert having(quotes, "had not decided").speaker.text == "the governor"
    quotes = quotes_of("The mayor said the bridge would reopen, and the council agreed.")
    assert [(q.cue.text, q.text) for q in quotes] == [("said", "the bridge would reopen")]


def test_a_cue_describing_the_object_of_another_cue_is_part_of_its_content(quotes_of):
    # "a report showing ...": what the mayor cited, not a second attribution (PolNeAR marks the outer one only)
    quotes = quotes_of("The mayor cited a report showing that crime fell.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [
        ("The mayor", "cited", "a report showing that crime fell")]
    quotes = quotes_of("Cruz pointed to a new poll that shows him beating Trump in a two-man race.")
    assert [(q.cue.text, q.text) for q in quotes] == [
        ("pointed to", "a new poll that shows him beating Trump in a two-man race")]
    # but a relative set off by a comma, or people who speak, say something of their own
    quotes = quotes_of("He praised the workers, who said the plant would close.")
    assert having(quotes, "the plant would close").cue.text == "said"
    quotes = quotes_of("The senator rebuked critics who say the plan failed.")
    assert having(quotes, "the plan failed").cue.text == "say"


def test_an_attribution_tied_into_an_earlier_cues_content_is_part_of_it(quotes_of):
    # PolNeAR marks the outer attribution only
    quotes = quotes_of("The Ledger quoted a city official as saying the bridge would reopen in May.")
    assert [(q.speaker.text, q.cue.text, q.text) for q in quotes] == [
        ("The Ledger", "quoted", "a city official as saying the bridge would reopen in May")]
    # not a coordinated cue, nor one set off by a comma
    quotes = quotes_of("She urged voters to stay calm and promised to rebuild the town.")
    assert having(quotes, "rebuild the town").cue.text == "promised"
    quotes = quotes_of("The party gave new arguments to critics, who say the law is a waste.")
    assert having(quotes, "the law is a waste").cue.text == "say"


def test_a_subject_misparsed_as_a_second_object_of_an_opening_preposition_is_the_speaker(quotes_of):
    q = having(quotes_of("In another call a soldier \u201csick\u201d of ready meals said: \u201cWe had dog "
                         "yesterday.\u201d"), "We had dog")
    assert q.speaker is not None and q.speaker.text.startswith("a soldier")


def test_an_object_cue_with_its_object_takes_no_clause_before_it(quotes_of):
    text = ("Though that is an issue that splits Congress, there is almost no partisan divide among young voters: "
            "89% of young Democrats and 83% of young Republicans endorse universal background checks.")
    q = having(quotes_of(text), "background checks")
    assert q.text == "universal background checks" and q.cue.text == "endorse"


def test_a_relative_pronoun_is_the_object_content_of_a_cue_in_its_clause(quotes_of):
    q = having(quotes_of("He turned against the trade bill, which he once supported, and embraced the wall."),
               "which")
    assert q.text == "which" and q.cue.text.endswith("supported") and q.speaker.text == "he"


def test_a_clause_before_a_cue_coordinated_with_it_is_its_content_not_the_addressee(quotes_of):
    q = having(quotes_of("This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter "
                         "told a Senate panel Wednesday."), "special force")
    assert q.text == "This includes a special force to assist Kurdish Peshmerga"
    assert q.speaker.text == "Defense Secretary Ash Carter" and q.cue.text == "told"
    own = having(quotes_of("This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash "
                           "Carter reported a drop in morale Wednesday."), "drop in morale")
    assert own.cue.text == "reported" and "Peshmerga" not in own.text  # a cue with its own object says that


def test_a_cue_between_quotations_of_a_run_gets_the_words_between(quotes_of):
    quotes = quotes_of("\"Israel was sold out by Kerry and Obama,\" Trump said in August, referring to Secretary of "
                       "State John F. Kerry. \"You cannot let Iran have a nuclear weapon.\"")
    direct = having(quotes, "Israel was sold out")
    assert direct.kind == "direct" and direct.speaker.text == "Trump"
    [referring] = [q for q in quotes if q.cue is not None and q.cue.text.startswith("referring")]
    assert referring.text == "Secretary of State John F. Kerry" and referring.speaker.text == "Trump"
    # not inside a mixed quote, which is one content words and all
    mixed = quotes_of("He said \"the economy\" was failing and the trade bill, which he once supported, would "
                      "hurt workers.")
    assert [q.kind for q in mixed] == ["mixed"]


def test_a_cue_misparsed_as_a_modifier_still_closes_the_quotation_before_its_subject(quotes_of):
    text = ("\u201cIt became apparent to me during the discussions with Reince and others at the RNC that there "
            "might be an underlying political result that adherence to the House Rules achieved, and that Roberts "
            "made more difficult,\u201d Ash wrote in the email, which was first reported by The Associated Press.")
    q = having(quotes_of(text), "It became apparent")
    assert q.kind == "direct" and q.speaker.text == "Ash" and q.cue.text == "wrote"


def test_an_infinitive_or_gerund_cue_takes_the_understood_subject(quotes_of):
    assert having(quotes_of("The senator made a point of saying that the vote was close."),
                  "the vote was close").speaker.text == "The senator"
    assert having(quotes_of("Local officials were quick to point out that the bridge had passed."),
                  "the bridge had passed").speaker.text == "Local officials"
    assert having(quotes_of("The candidates are wary of criticizing the president in public."),
                  "the president").speaker.text == "The candidates"


def test_who_puts_forward_a_thing_that_speaks_is_its_source(quotes_of):
    assert having(quotes_of("The governor cited new figures showing that unemployment had fallen."),
                  "unemployment had fallen").speaker.text == "The governor"
    assert having(quotes_of("Greenpeace launched a petition calling on the company to stop drilling."),
                  "stop drilling").speaker.text == "Greenpeace"


def test_a_demonstrative_is_no_speaker(quotes_of):
    assert having(quotes_of("That has convinced many investors that the bank will cut rates."),
                  "the bank will cut rates").speaker is None
    assert having(quotes_of("This suggests the recovery is slowing."), "the recovery").speaker is None


def test_a_source_keeps_both_marks_of_a_title(quotes_of):
    q = having(quotes_of("\"We will appeal,\" said Jane Doe, the author of \"Winning Big.\""), "We will appeal")
    assert q.speaker.text == "Jane Doe, the author of \"Winning Big.\""
    q = having(quotes_of("\"It is over,\" said John Smith, host of the podcast \u201cMorning Talk,\u201d today."),
               "It is over")
    assert q.speaker.text == "John Smith, host of the podcast \u201cMorning Talk,\u201d"


def test_a_relative_pronoun_opens_a_quoted_predicate_of_its_cue(quotes_of):
    q = having(quotes_of("The senator denounced the merger, which the governor called \"a disaster for workers.\""),
               "a disaster")
    assert q.text == "which the governor called \"a disaster for workers.\"" and q.kind == "mixed"
    assert q.speaker.text == "the governor" and q.cue.text == "called"
    q = having(quotes_of("They toured the old factory, which the mayor described as \"a monument to better days.\""),
               "a monument")
    assert q.text.startswith("which the mayor described as") and q.speaker.text == "the mayor"


def test_a_quotation_going_on_in_lower_case_after_a_parenthetical_cue_takes_the_words_before_it(quotes_of):
    q = having(quotes_of("When the new rules take effect, the economist added, \"it will be much harder to find "
                         "work.\""), "much harder")
    assert q.text.startswith("When the new rules take effect") and q.speaker.text == "the economist"
    q = having(quotes_of("If the bill passes, the senator warned, \"millions of people will lose their cover.\""),
               "lose their cover")
    assert q.text.startswith("If the bill passes") and q.kind == "mixed"
    # the place, occasion or time of the saying is no part of what was said
    for text in ("At a rally in Ohio, Trump said, \"we will win.\"",
                 "Speaking to reporters, the mayor said, \"there is no money left.\""):
        q = having(quotes_of(text), "\"")
        assert q.text.startswith("\"") and q.kind == "direct", q.text
    # a capital opens a sentence of its own: the words before the cue tell when it was said
    q = having(quotes_of("After the hearing, the senator said, \"We are still short of teachers.\""), "short of")
    assert q.text == "\"We are still short of teachers.\""


def test_a_quotation_said_by_a_nearer_cue_is_not_the_content_of_the_first(quotes_of):
    quotes = quotes_of("The mayor weighed in on the dispute over the budget, calling the cuts a \"reckless gamble.\"")
    q = having(quotes, "reckless gamble")
    assert q.cue.text == "calling" and q.text == "the cuts a \"reckless gamble.\"" and q.speaker.text == "The mayor"
    q = having(quotes_of("The senator responded on Friday, calling the plan \"a betrayal of working families.\""),
               "a betrayal")
    assert q.cue.text == "calling" and q.text.startswith("the plan")


def test_the_object_a_quotation_is_said_of_belongs_to_the_content(quotes_of):
    q = having(quotes_of("One campaign spokesman has called the situation \"bureaucracy run amok.\""), "amok")
    assert q.text == "the situation \"bureaucracy run amok.\"" and q.cue.text == "has called"
    q = having(quotes_of("He mocked her makeup and called her \"third-rate.\""), "third-rate")
    assert q.text == "her \"third-rate.\"" and q.kind == "mixed"


def test_a_title_after_the_cue_is_no_further_quotation_of_the_speaker(quotes_of):
    for text in ("\"We will win this fight,\" the senator said on NBC's \"Meet the Press.\"",
                 "\"It was a mistake,\" Lee said on Sunday's \"Meet the Press.\""):
        q = having(quotes_of(text), "," + "\"")
        assert q.kind == "direct" and q.text == text[:text.index(",\"") + 2]


def test_the_new_rules_hold_back_on_ordinary_sentences(quotes_of):
    """A read-only review's probes: each rule above, where it must not fire."""
    q = having(quotes_of("\"We won,\" he said, then \"we will win again.\""), "win again")
    assert q.text.startswith("\"We won,\"")  # more quoted words after "then", not a title
    q = having(quotes_of("He asked the crowd \"Are you ready?\""), "ready")
    assert q.text == "\"Are you ready?\"" and q.kind == "direct"  # words said to the object, not of it
    q = having(quotes_of("She assured reporters \"there is nothing to worry about.\""), "worry")
    assert q.text.startswith("\"") and q.kind == "direct"
    for text, speaker in (("Reporters obtained documents showing that the mayor lied.", "documents"),
                          ("The judge rejected a lawsuit claiming that the vote was rigged.", "a lawsuit")):
        assert having(quotes_of(text), "that").speaker.text == speaker  # only who puts a thing forward speaks
    q = having(quotes_of("The mayor is looking for someone to explain why the budget had grown."), "budget")
    assert q.speaker is None  # "someone" would explain, not the mayor
    q = having(quotes_of("Some experts back the plan. Those say it will save money."), "save money")
    assert q.speaker.text == "Those"  # people, unlike "This suggests"
    quotes = quotes_of("Asked about the delay, a spokesman said, \"we are working on it.\"")
    assert having(quotes, "working on it").text == "\"we are working on it.\"" and len(quotes) == 2


def test_a_speaker_named_by_a_quoted_title_keeps_no_full_stop(quotes_of):
    [q] = quotes_of("\"We are back,\" said the host of \"The Daily Show.\"")
    assert q.speaker.text == "the host of \"The Daily Show.\"" and q.speaker_canonical == "host of \"The Daily Show\""


def test_a_speaker_after_a_quotation_does_not_begin_with_its_closing_mark(quotes_of):
    text = ("\"I think the tide is turning with regard to water rights in the courts,\" Peter J. Lomax, executive "
            "director of the River Law Center, said in a recent interview.")
    q = having(quotes_of(text), "tide is turning")
    assert q.kind == "direct" and q.text.endswith("courts,\"")
    assert q.speaker.text == "Peter J. Lomax, executive director of the River Law Center"
    # an opening mark stays with the name it opens
    q = having(quotes_of("\"Saturday Night Live\" star Kenan Thompson said he would return."), "return")
    assert q.speaker.text == "\"Saturday Night Live\" star Kenan Thompson"


def test_the_quotation_a_cue_closes_beats_the_clause_before_its_colon(quotes_of):
    text = ("Mr. Gray, who served as counsel to the governor, walked through the rules the family has always "
            "followed: \"Kindness was kind of assumed,\" he said.")
    q = having(quotes_of(text), "Kindness")
    assert q.text == "\"Kindness was kind of assumed,\"" and q.kind == "direct" and q.cue.text == "said"


def test_any_verb_that_closes_a_quotation_with_its_speaker_says_it(quotes_of):
    [q] = quotes_of("\"Sit down and let me finish,\" the chairman snapped.")
    assert q.text == "\"Sit down and let me finish,\"" and q.cue.text == "snapped"
    assert q.speaker.text == "the chairman"
    for text in ("\"Let It Go\" topped the charts for weeks.", "When \"I Will Survive\" came on, everyone danced.",
                 "Her novel \"They Came at Dawn\" sold a million copies."):
        assert not quotes_of(text), text  # a title before its verb is no one's words


def test_a_paragraph_in_single_marks_among_double_ones_is_a_subheading(quotes_of):
    quotes = quotes_of("\"We will build the new school by fall,\" the mayor said.\n\n'A fresh start.'\n\n"
                       "The council met on Tuesday and approved the budget.")
    q = having(quotes, "new school")
    assert q.text == "\"We will build the new school by fall,\"" and not any("fresh" in x.text for x in quotes)
    # double marks go on joining, and so do single ones where the article quotes in single marks
    for text in ("\"We will build it by fall,\" the mayor said.\n\n\"The children deserve it.\"",
                 "'We will build it by fall,' the mayor said.\n\n'The children deserve it.'"):
        assert having(quotes_of(text), "by fall").text.endswith("deserve it." + text[0]), text


def test_any_verb_with_its_speaker_then_a_comma_opens_the_quoted_sentence_that_ends_it(quotes_of):
    [q] = quotes_of("After a long pause, Hillary shot back, "
                    "\"I suppose I could have stayed home, but I chose to work.\"")
    assert q.text == "\"I suppose I could have stayed home, but I chose to work.\"" and q.kind == "direct"
    assert q.speaker.text == "Hillary"
    for text in ("Then the band played, \"Hey Jude.\"",  # a title has no verb of its own
                 "Voters arrived early, \"I Voted\" stickers already on their coats.",
                 "The crowd roared, \"We Are the Champions\" blaring from the speakers.",
                 "The lights dimmed, \"Hamlet\" was about to begin."):
        assert not quotes_of(text), text


def test_a_quoted_name_under_a_preposition_is_part_of_the_object_not_the_quotation_said(quotes_of):
    q = having(quotes_of("The governor joked about the senator's \"famous temper\" at the dinner."), "temper")
    assert q.text == "the senator's \"famous temper\"" and q.cue.text == "joked about"
    q = having(quotes_of("The senator smiled, alluding to the actor's latest role as a rugged trapper in "
                         "\"The Revenant.\""), "Revenant")
    assert q.text.startswith("the actor's latest role") and q.kind == "mixed"
    # quotations the cue says itself stay what was said
    for text, said in (("The senator warned of \"a catastrophe\" if the bill failed.", "\"a catastrophe\""),
                       ("He said on Sunday, \"The plan is dead.\"", "\"The plan is dead.\""),
                       ("The mayor told reporters, \"We will rebuild the bridge.\"",
                        "\"We will rebuild the bridge.\"")):
        q = having(quotes_of(text), said)
        assert q.text == said and q.kind == "direct", text

def test_an_adjective_an_infinitive_cue_completes_joins_the_cue(quotes_of):
    q = having(quotes_of("The mayor was quick to point out that the budget had doubled."), "budget")
    assert q.cue.text == "was quick to point out" and q.speaker.text == "The mayor"
    q = having(quotes_of("Union leaders are far more likely to say that the deal is unfair."), "unfair")
    assert q.cue.text == "are far more likely to say"
    q = having(quotes_of("Officials were reluctant, and refused to discuss the budget."), "budget")
    assert q.cue.text == "refused"  # an adjective elsewhere in the sentence stays out


def test_a_noun_cue_takes_its_article_and_modifiers_but_not_its_owner(quotes_of):
    q = having(quotes_of("There was a forceful argument that the tax was unfair."), "unfair")
    assert q.cue.text == "a forceful argument"
    q = having(quotes_of("The mayor's claim that the budget was balanced drew criticism."), "balanced")
    assert q.cue.text == "claim" and q.speaker.text == "The mayor's"


def test_then_joins_the_cue_only_right_after_the_subject(quotes_of):
    q = having(quotes_of("Ms. Lee then said the vote would be close."), "close")
    assert q.cue.text == "then said"
    q = having(quotes_of("The mayor paused and then said the vote would be close."), "close")
    assert q.cue.text == "said"


def test_the_preposition_of_a_passive_cue_joins_it(quotes_of):
    q = having(quotes_of("The senator was accused of lying about the budget."), "lying")
    assert q.cue.text == "was accused of"
    q = having(quotes_of("The mayor is known for her long speeches."), "speeches")
    assert q.cue.text == "is known for"
    q = having(quotes_of("The mayor was criticized on Monday for her long speeches."), "speeches")
    assert q.cue.text == "was criticized"  # not a preposition further on


def test_a_gerund_cue_takes_the_word_its_preposition_completes(quotes_of):
    q = having(quotes_of("The council began by saying that the budget was balanced."), "balanced")
    assert q.cue.text == "began by saying" and q.speaker.text == "The council"
    q = having(quotes_of("She won the race by promising lower taxes."), "taxes")
    assert q.cue.text == "promising"  # the preposition does not follow the verb
    quotes = quotes_of("In describing the plan, the mayor said it would save money.")
    assert having(quotes, "the plan").cue.text == "describing"


def test_a_bare_adverb_or_day_right_after_the_cue_joins_it(quotes_of):
    q = having(quotes_of("\"The plan is dead,\" the mayor said sarcastically."), "dead")
    assert q.cue.text == "said sarcastically"
    q = having(quotes_of("\"The plan is dead,\" the mayor said Tuesday."), "dead")
    assert q.cue.text == "said Tuesday"
    for text in ("\"The plan is dead,\" the mayor said last week.", "\"The plan is dead,\" said Smith.",
                 "The mayor said, however, that the plan was dead."):
        assert having(quotes_of(text), "dead").cue.text == "said", text


def test_a_cue_that_interrupts_the_writers_clause_takes_all_of_it(quotes_of):
    quotes = quotes_of("The company supports the new rules, its chief executive said, because they protect workers.")
    [q] = quotes
    assert q.cue.text == "said" and q.speaker.text == "its chief executive"
    assert q.text.startswith("The company supports") and q.text.endswith("protect workers")
    q = having(quotes_of("\"The budget,\" the mayor said, \"will cut spending on roads.\""), "roads")
    assert q.kind == "direct" and q.speaker.text == "the mayor"


def test_for_with_an_infinitive_clause_is_the_content_of_the_cue(quotes_of):
    q = having(quotes_of("The council called for the mayor to resign."), "resign")
    assert q.cue.text == "called for" and q.text == "the mayor to resign" and q.speaker.text == "The council"
    q = having(quotes_of("She asked for a glass of water."), "water")
    assert q.cue.text == "asked for" and q.text == "a glass of water"


def test_a_that_clause_after_an_adjunct_of_the_cue_is_its_content(quotes_of):
    q = having(quotes_of("The senator argued in a letter to colleagues that the bill would raise costs for farmers."),
               "costs")
    assert q.text == "that the bill would raise costs for farmers" and q.cue.text == "argued"
    assert q.speaker.text == "The senator"
    q = having(quotes_of("He testified during the hearing that the company had hidden its losses."), "losses")
    assert q.text == "that the company had hidden its losses"
    # a relative clause on the adjunct's noun says nothing
    assert not quotes_of("The board agreed at a meeting that lasted all night.")
    assert not quotes_of("He wrote in a notebook that he kept under his bed.")


def test_an_embedded_post_is_a_direct_quote_of_its_author(quotes_of):
    text = ("Falcon Heavy lifts off\n\nSpaceX launched its Falcon Heavy rocket on Tuesday.\n\n"
            "Elon Musk, the company's chief executive, celebrated on Twitter.\n\n"
            "Falcon Heavy side cores landing at Cape Canaveral pic.twitter.com/abc123 \u2014 Elon Musk (@elonmusk) "
            "February 6, 2018\n\n"
            "\u201cIt was incredible,\u201d Musk told reporters later.")
    quotes = quotes_of(text)
    post = having(quotes, "side cores landing")
    assert post.kind == "direct" and post.cue is None and post.cue_lemma == "post"
    assert post.text == "Falcon Heavy side cores landing at Cape Canaveral pic.twitter.com/abc123"
    assert post.speaker.text == "Elon Musk" and post.speaker_canonical == "Elon Musk"
    # the surname alone, which the small model leaves untagged here, is the same person
    assert having(quotes, "It was incredible").speaker_canonical == "Elon Musk"
    # a signature-like name with no post date is no post
    assert not [q for q in quotes_of("The co-founder Jack Dorsey (@jack) spoke on Monday.") if q.cue_lemma == "post"]


def test_an_embedded_post_starts_after_the_markup_a_crawl_kept(quotes_of):
    text = ("Bridge reopens\n\nThe bridge reopened on Monday.\n\n"
            '<tweet id="123456789" author="@citymayor" datetime="2016-05-02">The bridge is open again. We are proud '
            "of every worker who made it happen \u2014 Jane Doe (@citymayor) May 2, 2016</tweet>.")
    post = having(quotes_of(text), "The bridge is open again")
    assert post.cue_lemma == "post" and post.speaker.text == "Jane Doe"
    assert post.text == "The bridge is open again. We are proud of every worker who made it happen"


def test_an_organisation_keeps_one_name_with_and_without_its_description(quotes_of):
    quotes = quotes_of("Cars\n\nTesla, the electric carmaker, said sales rose. The company said it would build a "
                       "new plant.")
    assert having(quotes, "sales rose").speaker_canonical == having(quotes, "new plant").speaker_canonical == "Tesla"


def test_relatives_sharing_a_surname_stay_apart_and_one_person_keeps_one_name(quotes_of):
    quotes = quotes_of("Vegas\n\nStephen Paddock opened fire from the 32nd floor. His brother Eric Paddock told "
                       "reporters: \u201cWe are dumbfounded.\u201d Paddock added that his brother had no history of "
                       "violence. Donald J. Trump called it an act of pure evil. \u201cWe are praying,\u201d Donald "
                       "Trump said.")
    assert having(quotes, "dumbfounded").speaker_canonical == "Eric Paddock"
    assert having(quotes, "no history of violence").speaker_canonical != "Stephen Paddock"
    assert having(quotes, "We are praying").speaker_canonical == "Donald J. Trump"  # the first full form


def test_a_name_introduced_with_a_persons_description_is_the_next_he(quotes_of):
    text = ("Missile\n\nPrime Minister Shinzo Abe called the launch an outrage.\n\n"
            "Takaaki Uesugi, a security guard at the town hall of Erimo, said he first heard about the launch "
            "from an alert on his phone.\n\n"
            "\u201cI\u2019m really worried about how America will react,\u201d he said.")
    assert having(quotes_of(text), "really worried").speaker_canonical == "Takaaki Uesugi"


def test_a_pronoun_closing_a_quotation_is_not_someone_the_quotation_names(quotes_of):
    text = ("Crash\n\nRabbi Jonathan Blake said the family had been active in the temple.\n\n"
            "\u201cIt is a tragedy that Dr. Mitchell Weiss and his two children died in that crash,\u201d he said.")
    assert having(quotes_of(text), "It is a tragedy").speaker_canonical == "Jonathan Blake"


def test_she_is_not_a_man_named_mr(quotes_of):
    text = ("Missile\n\nMr. Abe called the launch an outrage. Ms. Mitsuyo Kawamura lives in Erimo.\n\n"
            "The sirens woke the town. Mr. Abe spoke again later.\n\n"
            "\u201cThere is nowhere to hide,\u201d she said.")
    # the man last named cannot be "she": the woman named before him
    assert having(quotes_of(text), "nowhere to hide").speaker_canonical == "Mitsuyo Kawamura"


def test_a_surname_two_people_share_stays_as_written_and_father_and_son_stay_apart(quotes_of):
    quotes = quotes_of("Court\n\nJohn Kerr and his wife Mary Kerr appeared in court on Monday. \u201cWe are "
                       "innocent,\u201d Mr Kerr said.\n\nGeorge H.W. Bush died on Friday. His son George W. Bush "
                       "said: \u201cHe was the best father.\u201d")
    assert having(quotes, "We are innocent").speaker_canonical == "Kerr"  # John or Mary: the reader can tell
    assert having(quotes, "best father").speaker_canonical == "George W. Bush"


def test_a_person_described_by_another_is_not_that_other(quotes_of):
    quotes = quotes_of("Trial\n\nThe mother of Breonna Taylor said: \u201cI want justice.\u201d A lawyer for "
                       "Harvey Weinstein said the trial was unfair. Putin's spokesman Dmitry Peskov said talks had "
                       "stalled. \u201cThere is no progress,\u201d Putin's spokesman said.")
    assert having(quotes, "I want justice").speaker_canonical == "mother of Breonna Taylor"
    assert having(quotes, "the trial was unfair").speaker_canonical != "Harvey Weinstein"
    assert having(quotes, "There is no progress").speaker_canonical == "Dmitry Peskov"
    # a body named after a person, a thing's owner, an aide: not the person; a study's author: its source
    quotes = quotes_of("Policy\n\nThe Trump administration said it would appeal the ruling. Trump aide Kellyanne "
                       "Conway said the ruling was wrong. A separate study by psychologist Jean Twenge found that "
                       "heavy users are less happy. Putin's men said the attack was personal.")
    assert having(quotes, "it would appeal").speaker_canonical == "Trump administration"
    assert having(quotes, "the ruling was wrong").speaker_canonical == "Kellyanne Conway"
    assert having(quotes, "heavy users").speaker_canonical == "Jean Twenge"
    assert having(quotes, "the attack was personal").speaker_canonical == "Putin's men"
    # a title with the name after it is that person
    quotes = quotes_of("Breach\n\nEquifax said company chairman and chief executive Richard Smith apologized. "
                       "\u201cThis is a disappointing event,\u201d company chairman and chief executive Richard Smith "
                       "said.")
    assert having(quotes, "disappointing event").speaker_canonical == "Richard Smith"


def test_a_quotation_after_a_sentence_the_parse_ended_on_its_opening_mark_joins_the_run(quotes_of):
    # the parse ends the cue's sentence after the opening '' of the next quotation ("Fla. ''"): that quotation
    # still follows the cue's sentence and continues the run, as ""A," she said. "B."" does
    quotes = quotes_of("The mayor spoke first.\n\n''The bridge will open in May,'' said Ann Lee of Tampa, Fla. "
                       "''Nobody can stop it now.''")
    q = having(quotes, "The bridge will open")
    assert q.kind == "direct" and q.text.endswith("''Nobody can stop it now.''")
    # not another speaker's quotation, nor one past another quotation in the cue's sentence
    quotes = quotes_of("The mayor spoke first.\n\n''The bridge will open in May,'' said Ann Lee of Tampa, Fla. "
                       "''Nobody can stop it now,'' the governor replied.")
    assert having(quotes, "The bridge will open").text == "''The bridge will open in May,''"
    assert having(quotes, "Nobody can stop").cue.text == "replied"
    quotes = quotes_of("The mayor spoke first.\n\n''The bridge will open in May,'' said Ann Lee, who noted that the "
                       "city had ''waited'' for years. ''Nobody can stop it now.''")
    assert having(quotes, "The bridge will open").text == "''The bridge will open in May,''"
    assert having(quotes, "the city had").cue.text == "noted"


def test_an_object_content_runs_on_through_the_quoted_predicate_the_parse_hangs_on_the_cue():
    # the rules' own edges (the span model often finds the same edge on clean sentences): "called [that
    # "beyond absurd."]", the parse making the quotation a prepositional phrase of the cue, not of "that"
    from storycheck.nlp.pipeline import parse

    def rules(text: str):
        return extract_quotes(parse(Article.create(outlet="test", title=text, text=text)), span_model=None)

    assert having(rules('Her spokesman called that "beyond absurd."'), "that").text == 'that "beyond absurd."'
    q = having(rules('The coach described the referees as "a disgrace to the sport."'), "referees")
    assert q.text == 'the referees as "a disgrace to the sport."'
    # not a time, place or programme of the saying, nor a title inside the object
    assert having(rules('The senator criticized the bill on Monday during an interview with "Face the Nation."'),
                  "the bill").text == "the bill"
    assert having(rules('He called the reporter during "Meet the Press" to complain.'), "reporter").text \
        == "the reporter"
    assert having(rules('She accused him of lying in "The Post."'), "him").text == 'him of lying in "The Post."'


def test_a_cue_whose_parsed_clause_holds_its_speaker_takes_the_quoted_sentence_it_closes(quotes_of):
    # the parse hangs the quotation and the speaker's name in one clause under "told" (the vocative "Madam
    # Mayor" read as its subject): that clause cannot be the content, the quoted sentence the cue closes is,
    # and the speaker starts after its closing mark
    q = having(quotes_of('"That was a fine speech you gave tonight, Madam Mayor," Councilman Joe Brandt, Democrat '
                         'of Ward 4, told Ms. Reyes as she left.'), "fine speech")
    assert q.text == '"That was a fine speech you gave tonight, Madam Mayor,"' and q.cue.text == "told"
    assert q.speaker.text == "Councilman Joe Brandt, Democrat of Ward 4"
    # a quoted title before the cue is no sentence of anyone's: the cue keeps its that-clause
    q = having(quotes_of('In his memoir, "Doomed to Fail," the author told readers that the plan was wrong.'),
               "the plan")
    assert q.text == "that the plan was wrong" and q.speaker.text == "the author"


def test_a_quotation_ending_in_a_question_or_exclamation_mark_is_closed_by_the_subject_and_verb_after_it(quotes_of):
    # the parse ends the sentence at ""?"" or ""!"": the subject and verb opening the next one still close the
    # quotation, whatever else that sentence quotes ("Star Wars" a title), and whatever the verb ("screamed")
    q = having(quotes_of('"Too forced?" the aide tweeted when the senator closed the debate with a line from '
                         '"Star Wars."'), "Too forced")
    assert q.text == '"Too forced?"' and q.cue.text == "tweeted" and q.speaker.text == "the aide"
    q = having(quotes_of('The senator finished his speech.\n\n"Who is going to pay for the wall?" he asked.\n\n'
                         '"Mexico!" the crowd screamed back.'), "Mexico")
    assert q.text == '"Mexico!"' and q.speaker.text == "the crowd"
    # not a verb with an object of its own: the voices do not say the chant
    quotes = quotes_of('The marchers joined a chant of "Feel the Bern!" Their voices drowned out the horns.')
    assert not any(q.speaker is not None and q.speaker.text == "Their voices" for q in quotes)


def test_an_attitude_voiced_or_shown_joins_the_cue_and_its_complement_is_the_content(quotes_of):
    q = having(quotes_of("The governor expressed concern that the bill would raise taxes."), "taxes")
    assert q.cue.text == "expressed concern" and q.text == "that the bill would raise taxes"
    q = having(quotes_of("She voiced support for the new rules."), "rules")
    assert q.cue.text == "voiced support for" and q.text == "the new rules" and q.speaker.text == "She"
    q = having(quotes_of("Mr. Sanders showed no sign of backing down."), "backing")
    assert q.cue.text == "showed no sign of" and q.text == "backing down"
    # no complement, an owner, or no attitude: the object stays the content
    assert having(quotes_of("He expressed concern."), "concern").cue.text == "expressed"
    q = having(quotes_of("The senator voiced his disapproval of the ruling."), "ruling")
    assert q.cue.text == "voiced" and q.text == "his disapproval of the ruling"
    assert having(quotes_of("The museum showed the video to visitors."), "video").cue.text == "showed"


def test_a_light_verb_and_its_noun_are_a_cue_whose_complement_is_the_content(quotes_of):
    q = having(quotes_of("The senator made the case that the bill would lower costs."), "costs")
    assert q.cue.text == "made the case" and q.text == "that the bill would lower costs"
    q = having(quotes_of("Trump made no mention of Jeb Bush."), "Bush")
    assert q.cue.text == "made no mention of" and q.text == "Jeb Bush" and q.speaker.text == "Trump"
    q = having(quotes_of("Blackwell also took a shot at Hillary Clinton."), "Clinton")
    assert q.cue.text == "also took a shot at" and q.text == "Hillary Clinton"
    # a light verb with no stance, or a stance with nothing it is about, is no cue
    for text in ("She made a cake for the party.", "The mayor made the appeal on Tuesday.",
                 "They took a shot of whiskey."):
        assert not quotes_of(text), text


def test_a_speech_delivered_offered_or_given_is_a_stance_whose_complement_is_the_content(quotes_of):
    q = having(quotes_of("The governor delivered a sharp critique of the plan."), "plan")
    assert q.cue.text == "delivered a sharp critique of" and q.text == "the plan"
    q = having(quotes_of("His wife offered a preview of the candidate's thinking."), "thinking")
    assert q.cue.text == "offered a preview of" and q.text == "the candidate's thinking"
    q = having(quotes_of("The mayor gave an account of the meeting."), "meeting")
    assert q.cue.text == "gave an account of" and q.speaker.text == "The mayor"
    # not a thing said: the object stays whatever the rules made of it
    assert not quotes_of("She gave an answer.")
    assert all(q.cue.text == "offered" for q in quotes_of("The company offered a discount on shoes."))


def test_a_poll_opening_its_sentence_with_in_sources_the_sentence(quotes_of):
    q = having(quotes_of("In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead."), "lead")
    assert q.cue.text == "In" and q.text == "Mr. Cruz had a 10 percentage-point lead"
    assert q.speaker.text.startswith("a Des Moines Register poll")
    # not set off, or not a poll: no source
    assert not quotes_of("Clinton was up in the polls.")
    assert not quotes_of("In a speech last month, the mood was different.")


def test_a_phrasal_verb_of_stance_takes_its_preposition_into_the_cue(quotes_of):
    q = having(quotes_of("Mr. Rubio quickly distanced himself from the bill."), "bill")
    assert q.cue.text == "quickly distanced himself from" and q.text == "the bill" and q.speaker.text == "Mr. Rubio"
    q = having(quotes_of("Trump doubled down on his comments about Curiel."), "Curiel")
    assert q.cue.text == "doubled down on" and q.text == "his comments about Curiel"
    q = having(quotes_of("Carly Fiorina threw her support behind Sen. Ted Cruz."), "Cruz")
    assert q.cue.text == "threw her support behind" and q.speaker.text == "Carly Fiorina"
    # not without the particle or the preposition, nor in a relative clause
    for text in ("She opened the door with a key.", "The price doubled on Monday.",
                 "It was an interview in which he doubled down on the plan."):
        assert not any(q.cue is not None and "doubled down" in q.cue.text or q.cue is not None and
                       q.cue.text.startswith("opened") for q in quotes_of(text)), text


@pytest.mark.parametrize("text", [
    "The senator made the announcement at a press conference in Boston on Tuesday.",  # a venue
    "The minister made a statement on Twitter.",  # a medium
    "He made a call to his lawyer.",  # a listener
    "The pitcher threw the ball behind the batter in the third inning.",  # no support thrown
])
def test_a_stance_phrase_needs_a_topic_not_a_place_medium_or_listener(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, words, speaker", [
    # a country is not the bank named after it, nor a place the person whose first name it is
    ("The Bank of Japan kept rates unchanged on Monday. Japan said it would intervene if needed.", "intervene",
     "Japan"),
    ("Georgia Meloni visited Kyiv. Georgia said on Monday it would not join the alliance.", "alliance", "Georgia"),
    # the role before a name is not read across "to": the president wrote, Jane Doe received
    ("A letter from the president to Senator Jane Doe was leaked on Monday. The president said the letter was "
     "private.", "private", "president"),
])
def test_names_of_places_and_other_phrases_are_not_taken_for_the_speaker(quotes_of, text, words, speaker):
    assert having(quotes_of(text), words).speaker_canonical == speaker


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe bridge will not open before the spring,\u201d added a city engineer.", "a city engineer"),
    ("\u201cKeep the parks open,\u201d read the petition, which was signed by thousands.", "the petition"),
])
def test_a_speaker_after_the_cue_that_the_parse_reads_as_its_object(quotes_of, text, speaker):
    [q] = quotes_of(text)
    assert q.speaker is not None and q.speaker.text.startswith(speaker)


@pytest.mark.parametrize("text, speaker, words", [
    ("\u201cThe bridge is closed,\u201d the mayor wrote, and posted a map.", "the mayor", "a map"),
    ("\u201cWe won,\u201d she said, and thanked the volunteers.", "she", "the volunteers"),
])
def test_an_object_of_a_coordinated_cue_is_no_speaker(quotes_of, text, speaker, words):
    assert having(quotes_of(text), words).speaker.text == speaker


def test_the_one_a_thing_angers_or_worries_is_the_source_and_the_thing_the_content(quotes_of):
    [q] = quotes_of("The new tax on fuel has angered farmers.")
    assert (q.speaker.text, q.cue.text, q.text) == ("farmers", "has angered", "The new tax on fuel")
    [q] = quotes_of("That decision rattled the council.")
    assert (q.speaker.text, q.text) == ("the council", "That decision")


@pytest.mark.parametrize("text", ["The mayor angered farmers with a new tax.", "The storm could worry farmers."])
def test_a_person_angering_or_a_feeling_only_possible_keeps_its_subject(quotes_of, text):
    assert all(q.speaker is None or q.speaker.text != "farmers" for q in quotes_of(text))


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The officials were angered by the decision.", "The officials", "were angered by", "the decision"),
    ("Many farmers are worried about the new tax.", "Many farmers", "are worried about", "the new tax"),
    ("They are convinced that the bridge will hold.", "They", "are convinced", "that the bridge will hold"),
])
def test_who_was_brought_to_a_feeling_or_belief_is_the_source(quotes_of, text, speaker, cue, content):
    [q] = quotes_of(text)
    assert (q.speaker.text, q.cue.text, q.text) == (speaker, cue, content)


@pytest.mark.parametrize("text", ["The plan was confused with an older one.", "She was surprised to see him."])
def test_a_passive_with_no_feeling_or_no_content_is_no_attribution(quotes_of, text):
    assert not quotes_of(text)


def test_asked_then_said_gives_a_question_without_source_and_an_answer_with_one(quotes_of):
    quotes = quotes_of("Asked whether the ferry would run on Sunday, the harbour master said it would.")
    question, answer = having(quotes, "ferry"), having(quotes, "it would")
    assert (question.speaker, question.cue.text, question.text) == (None, "Asked",
                                                                    "whether the ferry would run on Sunday")
    assert (answer.speaker.text, answer.cue.text) == ("the harbour master", "said")
    q = having(quotes_of("Asked by a reporter whether he was tired, the coach said he was fine."), "tired")
    assert q.speaker.text == "a reporter"  # one who asked is named: the source


@pytest.mark.parametrize("text, content", [
    ("The mayor asked the voters if they wanted a new bridge.", "if they wanted a new bridge"),
    ("The senator asked the court for a quick ruling.", "for a quick ruling"),
    ("She asked the council to delay the vote.", "the council to delay the vote"),  # who is to delay it
])
def test_the_one_asked_is_no_part_of_the_question(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.cue.text == "asked" and q.text == content


def test_a_belief_inside_a_question_is_nobody_s(quotes_of):
    quotes = quotes_of("Asked if she believed the rumor, the senator said she did not know.")
    assert [q.cue.text for q in quotes] == ["Asked", "said"]
    assert quotes[0].text == "if she believed the rumor" and quotes[0].speaker is None


@pytest.mark.parametrize("text, speaker, content", [
    ("He will ask the judge again if prosecutors say the evidence is new.", "prosecutors", "the evidence is new"),
    ("Officials will ask residents to leave if forecasters say the storm is strengthening.", "forecasters",
     "the storm is strengthening"),
    ("He kept asking questions even if critics said he was rude.", "critics", "he was rude"),
])
def test_a_condition_after_ask_is_no_question_and_keeps_its_own_attribution(quotes_of, text, speaker, content):
    assert any(q.speaker and q.speaker.text == speaker and q.text == content for q in quotes_of(text))


def test_an_as_clause_cue_leaves_a_joined_clause_of_its_own_to_its_speaker(quotes_of):
    quotes = quotes_of("As the report noted, prices rose, and the minister said the plan had failed.")
    assert having(quotes, "the plan had failed").speaker.text == "the minister"


def test_a_hyphenated_word_does_not_set_off_an_attribution_held_in_a_content(quotes_of):
    [q] = quotes_of("The newspaper quoted a high-ranking official as saying the talks had collapsed.")
    assert q.speaker.text == "The newspaper" and q.text.startswith("a high-ranking official as saying")


@pytest.mark.parametrize("text", [
    "Windows were rattled by the blast.", "The earthquake rattled windows across the city.",
    "The boat was upset by a large wave.", "The match was disturbed by rain.",
    "The site was disturbed by construction work.", "The region was roiled by protests.",
    "Protests roiled the capital on Sunday.", "The area is troubled by crime.",
    "The report is concerned with tax policy.", "The book is concerned with memory and loss.",
    "The price surprised nobody.", "The decision disappointed everyone.", "No one was surprised by the result.",
    "Nobody was worried about the vote.", "Shares fell, which worried investors.",
])
def test_a_thing_or_no_one_is_not_who_feels(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, speaker, content", [
    ("The delay worried analysts.", "analysts", "The delay"),
    ("The ruling surprised Democrats.", "Democrats", "The ruling"),
    ("Voters are worried about the economy.", "Voters", "the economy"),
])
def test_people_who_feel_are_still_sources(quotes_of, text, speaker, content):
    [q] = quotes_of(text)
    assert (q.speaker.text, q.text) == (speaker, content)


@pytest.mark.parametrize("text, speaker, content", [
    ("Apple beat forecasts on Tuesday, reported record iPhone sales.", "Apple", "record iPhone sales"),
    ("The minister resigned on Friday, cited health reasons.", "The minister", "health reasons"),
    ("The governor signed the bill, announced new funding.", "The governor", "new funding"),
    ("The company cut 500 jobs last year, announced a restructuring.", "The company", "a restructuring"),
])
def test_the_object_of_a_cue_after_a_clause_and_comma_is_what_is_said_not_who(quotes_of, text, speaker, content):
    q = having(quotes_of(text), content)
    assert (q.speaker.text, q.text) == (speaker, content)


@pytest.mark.parametrize("text, words", [
    ("She wrote the report, added a chapter.", "a chapter"),
    ("\u201cWe lost,\u201d admitted defeat.", "defeat"),
])
def test_a_thing_after_a_cue_is_no_inverted_speaker(quotes_of, text, words):
    assert all(q.speaker is None or q.speaker.text != words for q in quotes_of(text))


@pytest.mark.parametrize("text, speaker, content", [
    ("The mayor cut the budget, reported the Ledger.", "the Ledger", "The mayor cut the budget"),
    ("The bridge will reopen in May, reported the Ledger.", "the Ledger", "The bridge will reopen in May"),
])
def test_a_speaker_after_a_cue_that_reports_the_clause_before_it(quotes_of, text, speaker, content):
    [q] = quotes_of(text)
    assert (q.speaker.text, q.text) == (speaker, content)


@pytest.mark.parametrize("text, hearer", [
    ("Residents were assured by officials that the water is safe.", "Residents"),
    ("Investors were reassured by the central bank that rates would stay low.", "Investors"),
    ("Residents were assured by the mayor of a quick recovery.", "Residents"),
])
def test_who_was_assured_heard_it_and_is_no_source(quotes_of, text, hearer):
    quotes = quotes_of(text)
    assert all(q.speaker is None or q.speaker.text != hearer for q in quotes)
    assert all(not q.text.startswith(("officials", "the central bank", "the mayor")) for q in quotes)


@pytest.mark.parametrize("text, content", [
    ("Obama said Clinton was \u201coutstanding\u201d in her speech on Tuesday.",
     "Clinton was \u201coutstanding\u201d in her speech on Tuesday"),
    ("He said Trump had been \u201cdishonest\u201d in his interview with CNN.",
     "Trump had been \u201cdishonest\u201d in his interview with CNN"),
    ("Critics said the actor was \u201cterrific\u201d on the show.", "the actor was \u201cterrific\u201d on the show"),
    ("He said the ad was \u201cmisleading\u201d on Facebook.", "the ad was \u201cmisleading\u201d on Facebook"),
    ("Trump called the plan \u201creckless\u201d in a tweet Sunday.", "the plan \u201creckless\u201d"),
])
def test_a_medium_phrase_is_cut_only_when_it_belongs_to_the_saying(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.text == content


@pytest.mark.parametrize("text", [
    "\u201cThey are dishonest,\u201d Trump said, calling the network \u201cFake News.\u201d \u201cTotally biased.\u201d",
    "\u201cIt is a disaster,\u201d Trump said, calling the bill \u201cObamacare Lite.\u201d \u201cTerrible.\u201d",
    "\u201cIt is a disaster,\u201d Trump said, calling the agreement \u201cThe worst deal ever.\u201d \u201cTerrible.\u201d",
    "\u201cWe lost,\u201d Perez said after \u201cA long night.\u201d \u201cWe will be back.\u201d",
])
def test_what_the_speaker_calls_a_thing_is_no_title(quotes_of, text):
    assert all(not q.titles for q in quotes_of(text))


def test_a_quotation_under_a_preposition_of_time_is_no_other_cues_content(quotes_of):
    text = ("The student described a \u201cweird silence\u201d before gunfire started, sounding \u201clike a video "
            "game\u201d, before \u201ca few more shots and the worst screaming I\u2019ve ever heard in my life\u201d.")
    [q] = quotes_of(text)
    assert q.kind == "mixed" and q.speaker.text == "The student" and q.cue.text == "described"
    assert q.text.startswith("a \u201cweird silence\u201d") and q.text.endswith("in my life\u201d")


def test_an_as_clause_inside_what_another_cue_says_does_not_take_it(quotes_of):
    text = ("Ice fell from the roof.\nBut, the council now says the delay was not a matter of money over safety, "
            "as many first claimed\nNEW BRIDGE PLANS The council may be planning to build a second bridge.")
    assert having(quotes_of(text), "not a matter of money").speaker.text == "the council"


@pytest.mark.parametrize("text, speaker", [
    ("Inflation will ease, predicted the bank.", "the bank"),
    ("The vote was delayed, reported local media.", "local media"),
    ("Five people were hurt, reported the broadcaster.", "the broadcaster"),
    ('"They came at night," recalled villagers.', "villagers"),
])
def test_a_body_or_people_after_the_cue_is_its_speaker(quotes_of, text, speaker):
    [q] = quotes_of(text)
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, feels", [
    ("Nurses were angered by the ruling.", "Nurses"), ("Businesses are worried about the tax.", "Businesses")])
def test_people_not_on_any_list_still_feel_what_only_someone_feels(quotes_of, text, feels):
    [q] = quotes_of(text)
    assert q.speaker.text == feels


def test_a_medium_one_writes_in_ends_the_content_even_after_the_reported_be(quotes_of):
    [q] = quotes_of('Trump said the deal was "a disaster" in a tweet on Monday.')
    assert q.text == 'the deal was "a disaster"'


def test_a_title_that_is_the_subject_of_a_time_clause_is_still_a_title(quotes_of):
    text = '"We lost," he said after "Hamilton" closed. "It hurt."'
    [q] = quotes_of(text)
    assert q.titles == ((text.index('"Hamilton"'), text.index(' closed')),)


def test_a_parenthetical_cue_whose_opening_words_the_parse_hangs_on_it_still_interrupts_the_clause(quotes_of):
    [q] = quotes_of("Yesterday, the farmer said, the river rose by a metre.")
    assert q.speaker.text == "the farmer" and q.cue.text == "said"
    assert q.text == "Yesterday, the farmer said, the river rose by a metre"


@pytest.mark.parametrize("text", [
    "Yesterday, the mayor complained, the clerk resigned, and the meeting ended early.",
    "On Monday, the mayor complained, the council listened, and nothing changed.",
    "On Friday, the players protested, the referee left the field, and the match was abandoned.",
    "On Monday, the mayor complained, the council listened, but nothing changed."])
def test_a_cue_in_a_list_of_clauses_does_not_interrupt_the_sentence(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, speaker, cue", [
    ("After the vote, the mayor complained, the clerk recalled.", None, None),
    ("After the vote, the mayor complained, the clerk said.", "the clerk", "said")])
def test_a_cue_before_another_that_closes_the_sentence_does_not_take_the_sentence(quotes_of, text, speaker, cue):
    quotes = quotes_of(text)
    assert all(q.cue.text != "complained" for q in quotes)
    if speaker:
        [q] = quotes
        assert (q.speaker.text, q.cue.text, q.text) == (speaker, cue, "After the vote, the mayor complained")


@pytest.mark.parametrize("text, speaker", [
    ("On Tuesday, the mayor said, the bridge will reopen.", "the mayor"),
    ("Last year, he recalled, the mill closed for good.", "he")])
def test_a_parenthetical_cue_after_an_opening_phrase_still_interrupts_the_clause(quotes_of, text, speaker):
    [q] = quotes_of(text)
    assert q.speaker.text == speaker and q.text == text[:-1]


@pytest.mark.parametrize("text, content, speaker", [
    ("Those who borrow heavy sums struggle, even with a steady wage, she said.",
     "Those who borrow heavy sums struggle, even with a steady wage", "she"),
    ("Many who sign up quit, especially in winter, the trainer said.",
     "Many who sign up quit, especially in winter", "the trainer")])
def test_a_cue_closing_its_sentence_reports_the_clause_before_it_whatever_the_parse(quotes_of, text, content, speaker):
    [q] = quotes_of(text)
    assert q.text == content and q.speaker.text == speaker and q.cue.text == "said"


@pytest.mark.parametrize("text", [
    "After the storm passed, the mayor said.", "Sorry, the clerk said.",
    "The team lost again, and the coach said little."])
def test_a_time_or_a_clause_without_a_subject_before_a_closing_cue_is_not_what_was_said(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text", [
    "In an interview that aired on Sunday, the governor explained.", "In a post that went viral, she wrote.",
    "At a hearing that lasted six hours, the chief testified.", "In the book he published last year, the general wrote.",
    "In the city where he grew up, the candidate joked.",
    "Through a lawyer who represents the family, the father responded.",
    "After a year in which prices doubled, the minister testified.",
    "During the debate that followed, the senator said little."])
def test_a_phrase_of_time_or_place_with_a_relative_clause_before_a_closing_cue_is_not_what_was_said(quotes_of, text):
    assert not quotes_of(text)


def test_a_statement_phrase_before_a_closing_cue_does_not_take_the_quotation_after_it(quotes_of):
    text = 'In a statement it released on Tuesday, the company said. "We regret the error."'
    assert all(not q.text.startswith("In a statement") for q in quotes_of(text))


@pytest.mark.parametrize("text, content", [
    ("After a year in which prices doubled, the economy shrank, the minister said.",
     "After a year in which prices doubled, the economy shrank"),
    ("The people who live here want a new school, the mayor said.", "The people who live here want a new school")])
def test_a_clause_with_a_relative_clause_before_a_closing_cue_is_still_what_was_said(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.text == content


@pytest.mark.parametrize("text, content, speaker", [
    ("Asked if he would run again, the governor said yes.", "yes", "the governor"),
    ("The mayor said no to the new tax.", "no to the new tax", "The mayor"),
    ("She did not say so, but her aides did.", "so", "She")])
def test_a_one_word_answer_after_the_cue_is_what_was_said(quotes_of, text, content, speaker):
    q = next(q for q in quotes_of(text) if q.cue.text.endswith("say") or q.cue.text == "said")
    assert q.text == content and q.speaker.text == speaker


@pytest.mark.parametrize("text, content, speaker", [
    ("The board said yes on Monday.", "yes", "The board"), ("She said so herself.", "so", "She")])
def test_a_one_word_answer_keeps_its_edges_whatever_follows(quotes_of, text, content, speaker):
    [q] = quotes_of(text)
    assert q.text == content and q.speaker.text == speaker


@pytest.mark.parametrize("text", ["He said so that everyone could hear.", "She said so much that we left.",
                                  "He said so little that nobody noticed."])
def test_so_opening_a_purpose_or_a_quantity_is_no_answer(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, content, speaker", [
    ("As reported by the Ledger, the mill will close in May.", "the mill will close in May", "the Ledger"),
    ("But as the mayor noted, the bridge needs repairs.", "the bridge needs repairs", "the mayor"),
    ("As the Gazette reported on Monday, the school will stay open.", "the school will stay open", "the Gazette")])
def test_an_as_clause_reports_the_clause_beside_it_after_a_conjunction_with_an_agent_or_a_time(
        quotes_of, text, content, speaker):
    [q] = quotes_of(text)
    assert q.text == content and q.speaker.text == speaker


@pytest.mark.parametrize("text, content, cue", [
    ("As the Ledger reported on Boeing, its shares fell.", "Boeing", "reported on"),
    ("As she said on CNN, the plan is dead.", "the plan is dead", "said"),
    ("As he said on Twitter, the plan is dead.", "the plan is dead", "said")])
def test_a_name_after_on_is_a_topic_except_after_say(quotes_of, text, content, cue):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, cue)


@pytest.mark.parametrize("text", ["As he looked at the map in the car, he frowned.", "As expected, the vote passed.",
                                  "As the crowd cheered on Friday, the mayor cut the ribbon.",
                                  "As she testified on Tuesday, her husband wept in the gallery.",
                                  "As the witness testified on Monday, the defendant stared at the floor.",
                                  "As the governor testified in Albany, protesters rallied outside.",
                                  "As the senator joked on Friday, the mayor cut the ribbon.",
                                  "As the senator spoke in Albany, the crowd waited.",
                                  "Her husband wept, as she testified on Tuesday."])
def test_an_as_clause_of_time_or_expectation_reports_nothing(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, content, speaker", [
    ("As the Ledger reported on Monday, the mill closed in May.", "the mill closed in May", "the Ledger"),
    ("As the mayor noted on Monday, the bridge needs repairs.", "the bridge needs repairs", "the mayor"),
    ("As the senator wrote in a column, the tax would hurt farmers.", "the tax would hurt farmers", "the senator"),
    ("As reported by the Ledger on Monday, the mill closed.", "the mill closed", "the Ledger")])
def test_an_as_clause_with_a_time_still_reports_an_outlet_or_a_clause_that_is_no_past_event(
        quotes_of, text, content, speaker):
    [q] = quotes_of(text)
    assert q.text == content and q.speaker.text == speaker


def test_a_relative_clause_cue_with_nothing_of_its_own_is_about_the_noun_it_describes(quotes_of):
    q = next(q for q in quotes_of("The plan the mayor described would cost too much.") if q.cue.text == "described")
    assert q.text == "The plan" and q.speaker.text == "the mayor"
    q = next(q for q in quotes_of("The rules he rails against were written in 1990.") if q.cue.text.startswith("rails"))
    assert q.text == "The rules" and q.cue.text == "rails against" and q.speaker.text == "he"


@pytest.mark.parametrize("text", ["The day he announced his run, it rained."])
def test_a_relative_clause_with_an_object_of_its_own_takes_no_antecedent(quotes_of, text):
    assert all(q.text != "The day" for q in quotes_of(text))


@pytest.mark.parametrize("text", [
    "The woman he asked was a nurse.", "The reporter she told left early.", "The reporters he talked to were polite.",
    "The friend he wrote to never replied.", "Anyone she asked agreed.", "Nobody he called answered.",
    "The last time he testified, he lied.", "The first time she testified, the room was packed.",
    "The evening he called, the power was out.", "The night he called, it rained.", "The way he talks is odd.",
    "The place she testified was crowded.", "The hearing where she testified lasted six hours.",
    "The committee she testified before was hostile."])
def test_whom_a_relative_clause_cue_addresses_or_its_time_place_or_manner_is_no_antecedent(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, content, cue", [
    ("The story he told was false.", "The story", "told"), ("The question he asked was fair.", "The question", "asked"),
    ("The reforms he called for never came.", "The reforms", "called for"),
    ("The referees he lashed out at were unfair.", "The referees", "lashed out at"),
    ("The judge he was referring to is Smith.", "The judge", "was referring to"),
    ("The woman he criticized was a nurse.", "The woman", "criticized"),
    ("That would need more troops, something the senator opposes.", "something", "opposes"),
    ("The city raised fares, a change the mayor has criticized.", "a change", "has criticized")])
def test_what_a_relative_clause_cue_tells_asks_or_aims_at_is_still_its_antecedent(quotes_of, text, content, cue):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, cue)


@pytest.mark.parametrize("text, cue, content", [
    ("The union called again for the director to step down.", "called again for", "the director to step down"),
    ("A lawmaker is calling for the singer to be banned from the country.", "is calling for",
     "the singer to be banned from the country"),
    ("The coach lashed out at the referees.", "lashed out at", "the referees"),
    ("Most voters agree with the mayor.", "agree with", "the mayor")])
def test_the_object_of_the_preposition_a_cue_aims_at_is_its_content(quotes_of, text, cue, content):
    [q] = quotes_of(text)
    assert q.cue.text == cue and q.text == content


@pytest.mark.parametrize("text", [
    "He testified upon his return from Iraq.", "She wrote upon hearing the news.",
    "The senator remarked upon leaving the chamber.", "She complained upon reaching the border.",
    "She commented upon arrival in Paris.", "She commented on arrival in Paris."])
def test_a_time_after_upon_or_a_bare_event_after_on_is_no_content(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, content", [
    ("The senator remarked upon the weather.", "the weather"), ("She commented on the plan.", "the plan"),
    ("He wrote on the arrival of refugees.", "the arrival of refugees")])
def test_what_follows_upon_or_on_is_still_the_topic(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.text == content


@pytest.mark.parametrize("text", ["She looked at the map.", "He looked back at the house.",
                                  "Police fired back at the gunman.", "The soldiers fired back at the attackers.",
                                  "The officer lashed out at the suspect with a baton.",
                                  "The mayor lashed out at a press conference on Monday.", "He called out at the meeting.",
                                  "The results agree with the model.", "The figures agree with earlier estimates."])
def test_a_place_looked_at_shots_blows_an_occasion_or_things_agreeing_are_no_content(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, cue, content", [
    ("Trump lashed out at Mexico on Twitter.", "lashed out at", "Mexico"),
    ("The senator lashed out at China.", "lashed out at", "China"),
    ("Rubio fired back at Chris Christie over the credit rating.", "fired back at",
     "Chris Christie over the credit rating"),
    ("Local politicians also fired back at Trump's comments.", "also fired back at", "Trump's comments"),
    ("Only a quarter of Americans agree with him.", "agree with", "him")])
def test_a_country_a_name_or_what_someone_said_is_a_target(quotes_of, text, cue, content):
    [q] = quotes_of(text)
    assert q.cue.text == cue and q.text == content


def test_a_retort_followed_by_the_words_said_gives_the_quotation(quotes_of):
    [q] = quotes_of('The crowd chanted back at him, "Go home!"')
    assert q.text == '"Go home!"'


@pytest.mark.parametrize("text", [
    "Call it a fresh start for the harbour town.",
    "Just ask the fishermen who lost their boats last winter.",
    "Don't believe the rumours about the mayor.",
    "Please know that the library will close early on Friday.",
    "See the full list of winners below.",
    "Read the report and tell your neighbours what it says.",
])
def test_a_command_to_the_reader_reports_no_one(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, speaker, cue", [
    ("They say the river will flood again this spring.", "They", "say"),
    ("The mayor left the meeting and said the vote was unfair.", "The mayor", "said"),
    ("\u201cCall me tomorrow,\u201d the lawyer told her client.", "the lawyer", "told"),
])
def test_a_subject_s_own_verb_or_a_quoted_command_is_still_reported(quotes_of, text, speaker, cue):
    [q] = quotes_of(text)
    assert (q.speaker.text, q.cue.text) == (speaker, cue)


@pytest.mark.parametrize("text, cue, speaker", [
    ("The senator questioned why the agency had not acted sooner, implying that someone had blocked it.",
     "implying", "The senator"),
    ("The chairman called for a vote, and then a second vote, declaring after both that the motion had failed.",
     "declaring", "The chairman"),
])
def test_a_trailing_participle_after_a_comma_takes_the_main_clause_s_subject(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text == cue)
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe plan was a mistake,\u201d said Tom Reed, a farmer who backed the mayor in 2012.",
     "Tom Reed, a farmer who backed the mayor in 2012"),
    ("Residents who oppose the road say it will split the village.", "Residents who oppose the road"),
])
def test_a_clause_describing_a_source_is_part_of_it_not_an_attribution(quotes_of, text, speaker):
    [q] = quotes_of(text)
    assert q.speaker.text == speaker


# --- review rev6 of the command, trailing-participle and inside-a-source rules ----------------------

@pytest.mark.parametrize("text, content, cue, speaker", [
    ('Say the organisers: "We are thrilled."', '"We are thrilled."', "Say", "the organisers"),
    ('Say organisers, "We are thrilled."', '"We are thrilled."', "Say", "organisers"),
    ('Insist the Smiths: "We did nothing wrong."', '"We did nothing wrong."', "Insist", "the Smiths"),
    ('Write the authors in the report: "More research is needed."', '"More research is needed."', "Write",
     "the authors"),
    ("Say officials: the road will close on Monday.", "the road will close on Monday", "Say", "officials"),
    ('Say the critics, "It is a waste of money."', '"It is a waste of money."', "Say", "the critics"),
])
def test_a_verb_of_saying_opening_its_sentence_before_its_speaker_is_no_command(quotes_of, text, content, cue,
                                                                                speaker):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text, q.speaker.text) == (content, cue, speaker)


@pytest.mark.parametrize("text", [
    "Tell your friends: the road will close on Monday.",
    'Ask the experts: "Is it safe?"',
    "Repeat the question: where is the money?",
])
def test_a_command_before_a_colon_to_the_one_spoken_to_or_about_a_thing_reports_no_one(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text", [
    "Tell me what you think about the plan.",
    "Believe what you want about the senator.",
    "Think what you like about the plan.",
    "And say what you want about Smith, he won.",
])
def test_the_reader_s_own_verb_inside_a_command_reports_no_one(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, cue, speaker", [
    ("The mayor said you can never trust the weather.", "said", "The mayor"),
    ("You said the plan would fail.", "said", "You"),
])
def test_you_outside_a_command_still_speaks_or_is_spoken_of(quotes_of, text, cue, speaker):
    [q] = quotes_of(text)
    assert (q.cue.text, q.speaker.text) == (cue, speaker)


@pytest.mark.parametrize("text, cue, speaker", [
    ("Smith lost the vote, and Jones declared victory, saying the voters had spoken.", "saying", "Jones"),
    ("Republicans objected, but the speaker ruled against them, saying the rules were clear.", "saying",
     "the speaker"),
    ("The senator sat down and the chairman rose, insisting on a vote.", "insisting on", "the chairman"),
])
def test_a_trailing_participle_on_a_joined_clause_with_its_own_subject_takes_that_subject(quotes_of, text, cue,
                                                                                         speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text == cue)
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("The audience fell silent as the widow took the microphone, demanding that the killer be caught.",
     "demanding", "the widow"),
    ("Residents were evacuated before the engineer inspected the dam, concluding that it was safe.", "concluding",
     "the engineer"),
])
def test_a_trailing_participle_on_a_time_clause_with_its_own_subject_takes_that_subject(
        quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text == cue)
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    ("Carson rejected the notion that the episode mattered, saying he would fix it.", "saying", "Carson"),
    ("Smith rejected the claim that prices rose and wages fell, saying the figures were wrong.", "saying", "Smith"),
])
def test_a_trailing_participle_on_a_noun_s_clause_keeps_the_main_subject(quotes_of, text,
                                                                                               cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text == cue)
    assert q.speaker.text == speaker


def test_a_participle_inside_the_clause_it_hangs_on_does_not_take_the_main_subject(quotes_of):
    quotes = quotes_of("He said the firm, citing costs, would close.")
    assert not any(q.cue and q.cue.text == "citing" and q.speaker and q.speaker.text == "He" for q in quotes)


@pytest.mark.xfail(strict=True, reason="who says it needs world knowledge: the time clause's subject is taken")
def test_a_trailing_participle_after_a_time_clause_may_still_be_the_main_subject_s(quotes_of):
    text = "The mayor resigned on Monday after the council voted against him, saying he had lost its trust."
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text == "saying")
    assert q.speaker.text == "The mayor"


@pytest.mark.parametrize("text, cue, content", [
    ("Farmers whose claim that the water was dirty went unanswered say they will sue.", "claim",
     "that the water was dirty"),
    ("Neighbours whose complaint that the road was unsafe was ignored say they will sue.", "complaint",
     "that the road was unsafe"),
])
def test_a_noun_cue_in_a_source_that_reports_a_clause_is_still_an_attribution(quotes_of, text, cue, content):
    quotes = quotes_of(text)
    assert any(q.cue and q.cue.text == cue and q.text == content for q in quotes)
    said = next(q for q in quotes if q.cue and q.cue.text == "say")
    assert said.text == "they will sue" and said.speaker.text == text.split()[0]  # each word to one attribution


def test_a_report_by_another_party_named_inside_a_source_is_kept(quotes_of):
    quotes = quotes_of("Officials at the agency, which warned of delays last month, said the bridge would open soon.")
    warned = next(q for q in quotes if q.cue and q.cue.text == "warned of")
    assert (warned.text, warned.speaker.text) == ("delays", "which")
    said = next(q for q in quotes if q.cue and q.cue.text == "said")
    assert (said.text, said.speaker.text) == ("the bridge would open soon", "Officials at the agency")


@pytest.mark.parametrize("text, speaker", [
    ("Tom Reed, who denied the allegations, said the vote was rigged.", "Tom Reed, who denied the allegations"),
    ("Critics who demand a recount say the vote was rigged.", "Critics who demand a recount"),
])
def test_a_clause_describing_a_source_with_only_an_object_is_still_part_of_it(quotes_of, text, speaker):
    [q] = quotes_of(text)
    assert q.speaker.text == speaker


def test_a_clause_in_a_source_that_reports_a_clause_of_its_own_keeps_its_speaker_and_cue(quotes_of):
    quotes = quotes_of("\u201cIt is too late,\u201d said Anna Berg, who said she would vote against the plan.")
    q = next(q for q in quotes if q.text == "she would vote against the plan")
    assert (q.cue.text, q.speaker.text) == ("said", "who")
    first = next(q for q in quotes if q.text.startswith("\u201cIt is too late"))
    assert first.cue.text == "said" and first.speaker.text.startswith("Anna Berg")


@pytest.mark.parametrize("text, inside", [
    ("He wrote: \u201cThe farm is lost. The bank took it.\u201d", True),  # opened in the sentence before
    ("She said 'the bank took it' and left.", True),  # single marks
    ("He wrote: \u201cThe farm is lost.\u201d The bank took it.", False),
    ("The bank took it, he said.", False),
])
def test_a_word_inside_marks_is_seen_across_sentences_and_in_single_marks(text, inside):
    from storycheck.nlp.pipeline import parse
    from storycheck.quotes.syntax import _inside_marks

    doc = parse(Article.create(outlet="test", title="", text=text)).doc
    assert _inside_marks(next(t for t in doc if t.text == "bank")) is inside


# --- review rev8: the rev5 fixes' regressions ------------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("As the mayor noted in her speech, taxes rose.", "taxes rose", "the mayor"),
    ("As the minister said on Tuesday, the economy grew.", "the economy grew", "the minister"),
    ("As Smith explained on Monday, the bank raised rates.", "the bank raised rates", "Smith"),
    ("As she predicted in March, the bill passed.", "the bill passed", "she"),
    ("As she wrote in her column on Sunday, the plan failed.", "the plan failed", "she"),
    ("As the official acknowledged on Friday, the agency missed the deadline.", "the agency missed the deadline",
     "the official"),
    ("Taxes rose last year, as the mayor noted in her speech.", "Taxes rose last year", "the mayor"),
    ("The economy grew, as the minister predicted in January.", "The economy grew", "the minister"),
    ("As the Ledger reported on Monday, the mill closed.", "the mill closed", "the Ledger"),
])
def test_an_as_clause_cue_with_an_object_gap_reports_despite_a_time_or_place(quotes_of, text, content, speaker):
    [q] = quotes_of(text)
    assert (q.text, q.speaker.text) == (content, speaker)


@pytest.mark.parametrize("text", [
    "As she testified on Tuesday, her husband wept in the gallery.",
    "As she spoke on Tuesday, protesters gathered outside.",
])
def test_an_as_clause_cue_needing_no_object_with_a_time_is_a_time(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content, cue", [
    ("As he noted on CNN, the economy is strong.", "the economy is strong", "noted"),
    ("As she argued on Fox News, the tax is unfair.", "the tax is unfair", "argued"),
    ("As the senator remarked on MSNBC, the bill will fail.", "the bill will fail", "remarked"),
    ("As he wrote on Truth Social, the election was stolen.", "the election was stolen", "wrote"),
    ("As he explained on Capital Radio, the fares will rise.", "the fares will rise", "explained"),
    ("As the Ledger reported on Boeing, its shares fell.", "Boeing", "reported on"),
    ("As the analyst commented on Apple, its profits fell.", "Apple", "commented on"),
])
def test_a_network_or_platform_after_on_is_where_it_was_said_not_the_topic(quotes_of, text, content, cue):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, cue)


@pytest.mark.parametrize("text, content", [
    ("Yesterday, the mayor said, the clerk resigned and the meeting ended early.",
     "the clerk resigned and the meeting ended early"),
    ("Last week, the mayor said, the clerk resigned, the auditor quit, and the budget collapsed.",
     "the clerk resigned, the auditor quit, and the budget collapsed"),
    ("In the end, she said, voters will decide.", "voters will decide"),
])
def test_a_set_off_say_reports_a_coordinated_clause_after_it(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.cue.text == "said" and q.text.endswith(content)


@pytest.mark.parametrize("text", ["Yesterday, the mayor complained, the clerk resigned, and the meeting ended early.",
                                  "Yesterday, the mayor protested, the clerk resigned, and the meeting ended early."])
def test_a_cue_that_stands_alone_in_a_serial_list_of_clauses_reports_nothing(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text", [
    "The governor fired back at the senator.",
    "The White House fired back at critics.",
    "The governor fired back at the newspaper.",
    "Police fired back at the suspect.",
    "Officers fired back at the robber.",
    "Troops fired back at Hamas.",
    "Officers fired back at the suspect's vehicle.",
    "Police fired back at Mayor Smith.",
])
def test_firing_back_at_a_common_noun_or_by_armed_men_is_left_unread(quotes_of, text):
    # shots as often as words, and who bears arms is world knowledge (three review rounds): only words said or
    # a name make a retort, and a name not when police or troops fire
    assert not [q for q in quotes_of(text) if q.cue and "fired" in q.cue.text]


@pytest.mark.parametrize("text", ["Police fired back at the gunman.", "The soldiers fired back at the militants.",
                                  "They fired back at the gunman.",
                                  "The officer lashed out at the suspect with a baton.",
                                  "He lashed out at the intruder with a knife."])
def test_shots_and_blows_are_no_retort(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content", [
    ("The mayor lashed out at the council with unusual anger.", "the council"),
    ("The senator lashed out at the administration with a stinging rebuke.", "the administration"),
    ("She lashed out at her critics with a barrage of insults.", "her critics"),
    ("He lashed out at reporters with a profanity-laced tirade.", "reporters"),
    ("He lashed out at his critics with a tweet.", "his critics"),
    ("The mayor lashed out at the council.", "the council"),
])
def test_a_retort_with_words_or_a_manner_is_a_retort_its_target_without_them(quotes_of, text, content):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, "lashed out at")


@pytest.mark.parametrize("text, content, cue", [
    ("She commented upon the election.", "the election", "commented upon"),
    ("He remarked upon the death of the queen.", "the death of the queen", "remarked upon"),
    ("The president commented upon the release of the report.", "the release of the report", "commented upon"),
    ("She wrote upon the arrival of the refugees.", "the arrival of the refugees", "wrote upon"),
    ("He commented upon his election.", "his election", "commented upon"),
    ("He remarked upon the weather.", "the weather", "remarked upon"),
    ("The senator commented on elections in Russia.", "elections in Russia", "commented on"),
    ("The minister commented on release of the report.", "release of the report", "commented on"),
    ("She commented on his return.", "his return", "commented on"),
])
def test_an_event_noun_with_a_determiner_or_modifier_after_upon_or_on_is_a_topic(quotes_of, text, content, cue):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, cue)


@pytest.mark.parametrize("text", ["He testified upon his return from Iraq.", "She testified upon arrival.",
                                  "He wrote upon hearing the news.", "She commented on arrival."])
def test_a_coming_or_going_after_upon_or_a_lone_event_noun_after_on_is_a_time(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text", ["The lawmakers he wrote to did not respond.", "The senators she wrote to never replied.",
                                  "The friend he wrote to was kind.", "The reporters he talked to were polite."])
def test_whom_a_relative_clause_cue_was_written_or_talked_to_is_no_content(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content, cue", [("The letter he wrote to thank donors was short.", "The letter", "wrote"),
                                                ("The plan she described was costly.", "The plan", "described")])
def test_what_a_relative_clause_cue_wrote_or_described_is_still_its_content(quotes_of, text, content, cue):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, cue)


@pytest.mark.parametrize("text, content, cue", [("The place he described sounded grim.", "The place", "described"),
                                                ("The week he described was chaotic.", "The week", "described"),
                                                ("The day he mentioned was a Monday.", "The day", "mentioned")])
def test_a_time_or_place_noun_fills_the_gap_of_a_cue_that_needs_an_object(quotes_of, text, content, cue):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, cue)


@pytest.mark.parametrize("text", ["The evening he called, the power was out.", "The place she testified was crowded.",
                                  "The week she spoke, prices rose."])
def test_a_time_or_place_noun_before_a_cue_needing_no_object_is_still_no_antecedent(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, content", [("Voters said no to the tax on Tuesday.", "no to the tax"),
                                           ("Voters said no to the tax increase last week.", "no to the tax increase"),
                                           ("Voters said no to the tax.", "no to the tax"),
                                           ("Voters said no to the Monday deadline.", "no to the Monday deadline")])
def test_an_answer_to_something_ends_before_its_time(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.text == content


@pytest.mark.parametrize("text, content", [
    ("He said upon entering the room that the air was stale.", "that the air was stale"),
    ("She said after the vote that the plan was dead.", "that the plan was dead"),
    ("He said upon arrival that the hotel was full.", "that the hotel was full")])
def test_a_that_clause_after_a_phrase_of_time_on_the_cue_is_its_content(quotes_of, text, content):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, "said")


@pytest.mark.parametrize("text, content, speaker", [("The actors agree with the director.", "the director", "The actors"),
                                                    ("The athletes agree with the mayor.", "the mayor", "The athletes"),
                                                    ("The nurses agree with the doctors.", "the doctors", "The nurses")])
def test_people_the_speakers_know_as_people_agree_with_someone(quotes_of, text, content, speaker):
    [q] = quotes_of(text)
    assert (q.text, q.speaker.text) == (content, speaker)


def test_things_still_agree_with_nothing(quotes_of):
    assert quotes_of("The results agree with the model.") == []


# --- review rev7: the trailing -ing speaker, the fronted speaker, another party inside a source ----------------


@pytest.mark.parametrize("text, speaker", [
    ("Smith lost the vote, and he conceded, saying the count was fair.", "he"),  # rev9: its own subject
    ("Jones began her speech, but she kept speaking, insisting the plan was fair.", "she"),
    ("Smith lost the vote, and Jones declared victory, saying the count was fair.", "Jones"),
    ("The audience fell silent as the widow took the microphone, demanding justice for her son.", "the widow"),
    ("The senator voted against the bill, saying it was too costly.", "The senator"),
])
def test_a_trailing_participle_on_a_joined_or_time_clause_takes_its_subject(quotes_of, text, speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text.endswith("ing"))
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The crowd cheered as the senator took the stage, calling for unity.", "the senator"),
    ("Residents were evacuated before the engineer inspected the dam, concluding that it was safe.", "the engineer"),
])
def test_a_trailing_participle_on_a_time_clause_with_someone_as_subject_takes_that_subject(quotes_of, text,
                                                                                          speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text.split()[0].endswith("ing"))
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text", [
    'Write the editor: "Your paper is biased."',
    'Write the editor, "I disagree with your column."',
    'Write the council: "The potholes must be fixed."',
    'Write Congress: "Vote no on the bill."',
    'Report the landlord, "The heating is off."',
    'Say Happy Birthday: "It is a great day."',
    'Write your senators: "Vote no on the bill."',  # plural and people: only "your" tells the reader is to write
])
def test_a_command_to_write_to_someone_has_no_fronted_speaker(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, cue, speaker", [
    ('Writes the editor: "The paper is biased."', "Writes", "the editor"),
    ('Says the mayor: "We are ready."', "Says", "the mayor"),
    ('Say Smith and Jones: "We are thrilled."', "Say", "Smith and Jones"),
    ('Say the organisers: "We are thrilled."', "Say", "the organisers"),
])
def test_a_fronted_speaker_agrees_with_its_verb(quotes_of, text, cue, speaker):
    [q] = quotes_of(text)
    assert (q.cue.text, q.speaker.text) == (cue, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Some of the residents who denied the charges said they would appeal.",
     "Some of the residents who denied the charges"),
    ("A group of nurses who criticized the hospital said staff were exhausted.",
     "A group of nurses who criticized the hospital"),
    ("Most of the senators who denied wrongdoing said the inquiry was political.",
     "Most of the senators who denied wrongdoing"),
    ("Two of the officers who denied the charges said they would appeal.",
     "Two of the officers who denied the charges"),
])
def test_a_clause_describing_the_people_a_quantity_of_the_source_is_made_of_is_part_of_it(quotes_of, text, speaker):
    [q] = quotes_of(text)
    assert (q.cue.text, q.speaker.text) == ("said", speaker)


def test_a_clause_describing_another_party_after_of_a_non_quantity_is_still_kept(quotes_of):
    quotes = quotes_of("A spokesman for the company, which denied the report, said the plant would stay open.")
    assert any(q.cue and q.cue.text == "denied" for q in quotes)


@pytest.mark.parametrize("text, cue, inner, speaker", [
    ("Officials at the agency, which warned of delays last month, said the bridge would open soon.", "warned of",
     "agency", "Officials at the agency"),
    ("Farmers whose claim that the water was dirty went unanswered say they will sue.", "claim", "Farmers",
     "Farmers"),
    ("A lawyer for Smith, who denied the charges, said the case was weak.", "denied", "Smith", "A lawyer for Smith"),
])
def test_a_source_holding_a_kept_attribution_ends_before_its_clause(quotes_of, text, cue, inner, speaker):
    quotes = quotes_of(text)
    kept = next(q for q in quotes if q.cue and q.cue.text == cue)
    outer = next(q for q in quotes if q.cue and q.cue.text in ("said", "say"))
    assert (kept.speaker_canonical, outer.speaker.text) == (inner, speaker)
    assert outer.speaker.end <= kept.cue.start


# --- review rev9: the rev7/rev8 fixes' regressions ---------------------------------------------------------
# 1, 5: the trailing -ing rule holds only on a clause inside the main verb's object or complement; a joined or
# adverbial clause keeps its own subject, as before the rule (its pronoun is not resolved to the main subject)


@pytest.mark.parametrize("text, speaker", [
    ("He lost the vote, and she conceded, saying the count was fair.", "she"),
    ("The mayor met the widow, and she thanked him, saying he had been kind.", "she"),
    ("Jones defeated Smith in the primary, and he conceded on Tuesday, saying the race was fair.", "he"),
    ("The mayor fired the chief, and he left quietly, saying he had no regrets.", "he"),
    ("The senator criticized the governor, and she responded on Monday, saying the attack was unfair.", "she"),
    ("Investors panicked because the chairman appeared on television, warning of losses.", "the chairman"),
    ("Investors panicked because the chairman appeared on television, warning of a recession.", "the chairman"),
    # unchanged: the main verb's object or complement holds the clause, or the participle hangs on the main verb
    ("Carson rejected the notion that the episode mattered, saying he would fix it.", "Carson"),
    ("Smith rejected the claim that prices rose and wages fell, saying the figures were wrong.", "Smith"),
    ("The senator questioned why the agency had not acted sooner, implying that someone had blocked it.",
     "The senator"),
    ("The senator voted against the bill, saying it was too costly.", "The senator"),
    ("The council approved the budget although the mayor objected, saying it was too high.", "the mayor"),
    ("The CEO quit after the audit came out, revealing widespread fraud.", "the audit"),
])
def test_a_trailing_participle_on_a_joined_or_adverbial_clause_takes_that_clause_s_subject(quotes_of, text,
                                                                                           speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text.split()[0].endswith("ing"))
    assert q.speaker.text == speaker


@pytest.mark.xfail(strict=True, reason="left to the parse: the adverbial clause's own subject, even a thing or one "
                                       "spoken against (two review rounds' rules for it broke 'although the mayor "
                                       "objected, saying' and 'after the audit came out, revealing')")
@pytest.mark.parametrize("text, speaker", [
    ("The minister looked tired as the session dragged on, admitting that the bill might fail.", "The minister"),
    ("The mayor stayed calm when the lights went out, assuring residents that power would return.", "The mayor"),
    ("The president left early after the summit collapsed, blaming China for the failure.", "The president"),
    ("The governor blamed the utility after the lights went out, accusing it of negligence.", "The governor"),
    ("The chief resigned before the inquiry began, denying any wrongdoing.", "The chief"),
    ("The senator voted no although her party supported the bill, arguing it was too costly.", "The senator"),
])
def test_a_participle_after_a_clause_of_things_or_of_concession_is_the_main_subject_s(quotes_of, text, speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text.split()[0].endswith("ing"))
    assert q.speaker.text == speaker


@pytest.mark.xfail(strict=True, reason="left to the parse: a joined or adverbial clause's own subject is taken, "
                                       "even a thing or the one spoken of (who speaks needs world knowledge)")
@pytest.mark.parametrize("text, speaker", [
    ("The mayor spoke for an hour and the meeting ran late, insisting that the budget was sound.", "The mayor"),
    ("The senator voted against the bill, and it failed, saying it was too costly.", "The senator"),
    ("Smith rejected the plan after the council approved it, calling it a waste.", "Smith"),
    ("The union welcomed the deal after the company raised wages, calling it a victory.", "The union"),
    ("The mayor remained calm while protesters shouted outside, insisting the plan would work.", "The mayor"),
    ("The mayor won because voters trusted him, saying he would fix the roads.", "The mayor"),
    ("The senator said after the council voted, remarking that the result was fair.", "The senator"),
    ("Smith lost the vote, and Jones rejected the notion that it mattered, saying the voters had spoken.", "Jones"),
    ("The row erupted after the mayor rejected the notion that the vote mattered, saying the result was clear.",
     "the mayor"),
])
def test_a_trailing_participle_on_a_joined_or_adverbial_clause_is_not_given_the_main_subject(quotes_of, text,
                                                                                            speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text.split()[0].endswith("ing"))
    assert q.speaker.text == speaker


# 2: a name or the words said are a retort's target


@pytest.mark.parametrize("text, content, speaker", [
    ("Police fired back at the mayor's comments.", "the mayor's comments", "Police"),
    ("Officers fired back at the governor's criticism.", "the governor's criticism", "Officers"),
    ("The mayor fired back at the criticism.", "the criticism", "The mayor"),
    ("The governor fired back at Chris Christie.", "Chris Christie", "The governor"),
    ("Clinton fired back at Sanders.", "Sanders", "Clinton"),
    ("Smith fired back at the Air Force.", "the Air Force", "Smith"),
    ("The mayor fired back at the governor's barbs.", "the governor's barbs", "The mayor"),
    ("The senator fired back at the report.", "the report", "The senator"),
])
def test_a_name_or_words_said_fired_back_at_is_a_retort(quotes_of, text, content, speaker):
    [q] = quotes_of(text)
    assert (q.text, q.speaker.text) == (content, speaker)


@pytest.mark.parametrize("text", [
    "Police fired back at the gunman.",
    "Soldiers fired back at the militants.",
    "Rebels fired back at the army.",
])
def test_armed_sides_firing_back_at_each_other_is_still_gunfire(quotes_of, text):
    assert not any(q.cue and q.cue.text.startswith("fired") for q in quotes_of(text))


# 3: a list of clauses ending in "and" is a list with or without the serial comma


@pytest.mark.parametrize("text", [
    "Yesterday, the mayor complained, the clerk resigned and the meeting ended early.",
    "Last week, the union complained, wages fell and jobs vanished.",
    "Yesterday, the mayor wrote, the clerk resigned and the meeting ended early.",
    "Yesterday, the mayor complained, the clerk resigned, and the meeting ended early.",  # unchanged
])
def test_a_cue_that_stands_alone_in_a_list_of_clauses_without_a_serial_comma_reports_nothing(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, cue", [
    ("Yesterday, the mayor said, the clerk resigned and the meeting ended early.", "said"),
    ("In the end, she warned, voters will decide.", "warned"),
    ("After the vote, the mayor added, the council will meet again and review the plan.", "added"),
])
def test_a_set_off_cue_outside_a_list_or_needing_words_still_reports(quotes_of, text, cue):
    [q] = quotes_of(text)
    assert q.cue.text == cue


# 6: a relative clause on the noun of a phrase of time is no content: the clause must have no gap for "that"


@pytest.mark.parametrize("text", [
    "He said upon reading the report that the agency released on Friday.",
    "He said upon leaving the meeting that the council held.",
])
def test_a_relative_clause_after_a_phrase_of_time_is_no_content(quotes_of, text):
    assert not any(q.text.startswith("that") for q in quotes_of(text))


@pytest.mark.parametrize("text, content", [
    ("He said upon entering the room that the air was stale.", "that the air was stale"),
    ("She said upon hearing the news that the vote had been delayed.", "that the vote had been delayed"),
    ("He said at the briefing that the company had lost money.", "that the company had lost money"),
])
def test_a_that_clause_with_its_object_after_a_phrase_of_time_is_still_content(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.text == content


@pytest.mark.xfail(strict=True, reason="the parse makes the relative clause the cue's complement ('that' its "
                                       "object): the complement path reads it, as before the rule")
def test_a_relative_clause_the_parse_makes_a_complement_is_no_content(quotes_of):
    assert not quotes_of("He said at the meeting that the council held on Monday.")


# 4: "report on X" keeps X as the topic, a news organisation too


@pytest.mark.parametrize("text, content", [
    ("As the Ledger reported on Sky News, its shares fell.", "Sky News"),
    ("As the Times reported on the Koch Network, its donors gave millions.", "the Koch Network"),
    ("As the Ledger reported on Boeing, its shares fell.", "Boeing"),  # unchanged
])
def test_a_network_reported_on_is_the_topic(quotes_of, text, content):
    [q] = quotes_of(text)
    assert (q.cue.text, q.text) == ("reported on", content)


@pytest.mark.parametrize("text, content", [
    ("As he noted on CNN, the economy is strong.", "the economy is strong"),
    ("As the minister said on Sky News, the economy is strong.", "the economy is strong"),
    ("As the senator wrote on Truth Social, the bill is dead.", "the bill is dead"),
])
def test_a_network_noted_said_or_written_on_is_still_where(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.text == content


# 7: "whose X" is someone's X: never a canonical "whose ..."


@pytest.mark.parametrize("text, cue, speaker", [
    ("Workers whose union claims that wages are too low said they would strike.", "claims", "whose union"),
    ("Tenants whose landlord said the rent would rise have complained.", "said", "whose landlord"),
])
def test_whose_x_is_no_canonical_name(quotes_of, text, cue, speaker):
    q = next(q for q in quotes_of(text) if q.cue and q.cue.text == cue)
    assert (q.speaker.text, q.speaker_canonical) == (speaker, None)


def test_whose_alone_is_still_the_noun_its_clause_describes(quotes_of):
    quotes = quotes_of("Farmers whose claim that the water was dirty went unanswered say they will sue.")
    assert next(q for q in quotes if q.cue and q.cue.text == "claim").speaker_canonical == "Farmers"


# list note on _NEED_OBJECT: a time noun fronted as another clause's adverbial is a time, whatever the cue


@pytest.mark.parametrize("text", [
    "The night he remembered, the city burned.",
    "The year she predicted, the market crashed.",
    "The day she promised, the checks arrived.",
])
def test_a_fronted_time_before_a_cue_needing_an_object_is_still_a_time(quotes_of, text):
    assert not quotes_of(text)


@pytest.mark.parametrize("text, content, cue", [
    ("The week he described sounded grim.", "The week", "described"),
    ("The place he described sounded grim.", "The place", "described"),
])
def test_a_time_or_place_subject_before_a_cue_needing_an_object_still_fills_its_gap(quotes_of, text, content, cue):
    [q] = quotes_of(text)
    assert (q.text, q.cue.text) == (content, cue)


# minor note: an answer ends before the occasion it was given at


@pytest.mark.parametrize("text, content", [
    ("The board said no to the plan at its meeting on Monday.", "no to the plan"),
    pytest.param("The union said no to a seat at the conference.", "no to a seat at the conference",
                 marks=pytest.mark.xfail(strict=True, reason="an occasion's noun is cut, even one the refused "
                                                             "noun holds: 'a seat at the conference'")),
    # unchanged: a place that is no occasion, and what is refused
    ("Voters said no to the tax at the polls.", "no to the tax at the polls"),
    ("The board said no to the meeting at the hotel.", "no to the meeting at the hotel"),
])
def test_an_answer_ends_before_its_occasion(quotes_of, text, content):
    [q] = quotes_of(text)
    assert q.text == content


# list note on _NEEDS_WORDS: explain, argue, warn, report, tell need the words said too


@pytest.mark.parametrize("text, cue", [
    ("In the end, she argued, voters will decide and the court will follow.", "argued"),
    ("Yesterday, the mayor explained, the clerk resigned and the meeting ended early.", "explained"),
    ("Last week, the union warned, wages fell and jobs vanished.", "warned"),
])
def test_a_set_off_cue_needing_words_reports_a_list_of_clauses(quotes_of, text, cue):
    [q] = quotes_of(text)
    assert q.cue.text == cue


@pytest.mark.parametrize("text, content", [
    # a user's review (Giveme5W1H's Costa Rica crash): the parse hung the that-clause on the one told
    ("List College Dean Shuly Rubin Schwartz told the Daily News of New York that Weiss had emerged as a student "
     "leader.", "that Weiss had emerged as a student leader"),
    ("She told Reuters that the deal was off.", "that the deal was off"),
    ("He told the story that his father loved.", "the story that his father loved"),  # a story is no one told
])
def test_what_was_told_is_the_that_clause_not_the_one_told(quotes_of, text, content):
    [quote] = quotes_of(text)
    assert text[quote.start:quote.end] == content
