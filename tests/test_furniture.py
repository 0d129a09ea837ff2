"""Page furniture inside a text (captions, credits, gallery strips, widgets) is found and passed over.

The lines are taken from Giveme5W1H's texts (The Sun, CNN, NPR, the Express): a fact-checker reading the
briefs found captions counted as corroborated claims, widgets as quotations with the speaker "MOST", and
"Getty Images Massa" as a speaker.
"""

import pytest

from storycheck.crosscheck.claims import extract_claims
from storycheck.crosscheck.numbers import extract_numbers
from storycheck.ingest.boilerplate import Furniture, furniture_spans
from storycheck.model import Article
from storycheck.nlp.pipeline import parse
from storycheck.quotes import extract_quotes


@pytest.mark.parametrize("line", [
    "Getty Images Massa cries as he heads down the pit lane",
    "GETTY Max Verstappen could have crashed into Kimi Raikkonen but swerved to avoid him",
    "AP:Associated Press People watch a TV screen showing a file footage of North Korea's missile launch",
    "Timberlake performs during the halftime show. (Patrick Smith/Getty Images)",
    "A tram derailed near the Sandilands stop in Croydon, London, Nov. 9, 2016. (Photo: AP)",
    "Photos: Mass shooting at Las Vegas music festival People are searched. Hide Caption 13 of 30",
    "MOST READ IN NEWS IT'S OFFICIAL Irn-Bru officially switch to new recipe using sweetener",
    "Enlarge this image toggle caption Michael Sohn/AP Michael Sohn/AP",
    "Image copyright AFP Image caption A cordon has been set up around the crash site",
    "We pay for your stories! Do you have a story for The Sun Online news team?",
    "The Cubs had not won the World Series since 1908 (Getty)",
    "Advertisement - Continue Reading Below",
    "SWNS • PA Martin Bamford survived the Croydon tram crash which left seven dead",
    "Live updates on Croydon tram crash",
    "Related Stories 'WORST YET TO COME' Boko Haram leader mocks injury claims saying 'I'm in a happy state'",
    "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box.",
    "Twitter Hundreds of people - including Brit holidaymakers - were caught up in the chaos",
    "Facebook Twitter Pinterest A fan reacts after the Cubs won Game 7. Photograph: Charlie Riedel/AP",
    "CLOSE CEO of Tesla and Space X, Elon Musk gave us all a sneak peek at his Falcon Heavy rocket. Buzz60",
    "1 of 26 Full Screen Autoplay Close Skip Ad × The Chicago Cubs win World Series View Photos",
    "FILE - In this Thursday, Dec. 28, 2017 file photo, a teenager is brought to a courtroom near Jerusalem. She "
    "has been held since her arrest. (AP Photo/Ariel Schalit, File)",
    "In this photo provided by the U.S. Navy, a destroyer sails in the Sea of Japan.",
    "This photo released by the Civil Aviation press office shows the wreckage near the runway.",
    "This Dec. 28, 2017 photo made available by SpaceX shows a rocket at Cape Canaveral, Fla.",
    "In this image made from video, a man runs from the building.",
    "Story highlights Heavy winds earlier forced the plane to change course, Teletica reports",
    "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
    "Copyright 2018 The Associated Press. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed.",
    "An earlier version of this article said that the team last reached the final in 1948.",
    "Correction: An earlier version of this story misstated the number of passengers.",
    "This story has been updated to include comments from the airline.",
    # a fifth reader's (Croydon, Bitcoin, Harambe): BBC's player line, galleries, linked headlines, a stamp
    "Media playback is unsupported on your device Media caption The tram derailed shortly after 06:00 GMT",
    "Croydon Tram derailment 8 show all Croydon Tram derailment 1/8 The scene after a tram overturned in Croydon, "
    "south London, trapping five people and injuring another 40 Steve Parsons/PA 2/8 Police at the scene",
    "16 show all Afghanistan: Between Hope and Fear",
    "Lloyds Bank bans customers from buying bitcoins using credit cards Read more",
    "Killing of gorilla to save boy at Ohio zoo sparks outrage Updated: 2016-05-30 09:53 (Agencies)",
    "Harambe, a gorilla at the Cincinnati Zoo, is pictured in this undated photo. [Photo/Agencies]",
    # a user's review: pictures told in the present tense, without a credit of their own, had become claims
    "Kris Bryant, left, and Addison Russell celebrate after the Cubs picked up the final out of the game",
    "The supermoon is pictured rising over apartment buildings in Manhattan, New York",
    "ES News Email Enter your email address Please enter an email address Email address is invalid",
    "Sign up for The Interpreter Subscribe for original insights. SEE SAMPLE Please verify you’re not a robot by "
    "clicking the box.",
])
def test_furniture_lines(line):
    text = "The minister said the talks would resume on Monday.\n" + line + "\nPolice closed the road.\n"
    assert [text[s:e] for s, e in furniture_spans(text)] == [line]


@pytest.mark.parametrize("line", [
    "Reuters reported that the girls had been freed in exchange for prisoners.",
    "AP President Obama said on Tuesday that the talks would resume.",  # speech: prose, not a caption
    "Rex Tillerson met the Japanese foreign minister in Tokyo.",
    "Subscribers to the service were told on Friday that their data had been taken.",
    "Reporters asked the minister about the photos (see below).",
    # a reviewer's cases: sentences that open with an agency's name or a widget's word, or end with one
    "EPA Administrator Scott Pruitt called the plan a disaster for coal country.",
    "AP Moller-Maersk said it would cut 1,200 jobs.",
    "Reuters Institute researchers found that trust in news fell.",
    "9/11 families have sued Saudi Arabia over the attacks.",
    "24/7 coverage of the storm continued through the night.",
    "Advertisement revenue fell 30% in the quarter.",
    "Sign up was slow, the organisers admitted.",
    "More on that later, the minister told parliament.",
    "Read more than 500 pages of the report before you judge it.",
    "Protesters clashed with police in Paris on Saturday. (AFP)",
    "Watch the video below to see the moment the truck hit the barrier.",
    "Close to 500 people attended the vigil on Sunday.",
    "Twitter shares fell 5% on Tuesday after the results.",
    "Related stories about the case have appeared in three newspapers this week.",
    "In this image-obsessed age, the candidates spend more on photographers than on pollsters.",
    "In this case, the photo was taken by a passer-by, police said.",
    "This picture tells a story about the war, the curator said.",
    "This image problem will not go away, the minister said.",
    # a review's: commas, a picture word and "shows" in ordinary reporting; an official report's update is news
    "This year, the company's image, once spotless, has been tarnished, analysts said.",
    "In this case, the photo, which police released on Monday, showed the suspect.",
    "This week's cover image, a burning flag, drew 400 complaints, the regulator said.",
    "This image shows the problem with the government's plan, Smith argues.",
    "This photo shows how bad things have become, the mayor said on Twitter.",
    "In this election, the picture, as pollsters see it, is mixed.",
    "This report was updated in March after inspectors found 40 more deaths, the watchdog said.",
    "Correction officers said the inmate escaped on Sunday.",
    "This story has been told many times, but never by the victims.",
    "Clarification of the rules was needed, the referee said.",
    "Tests on 5 show all the signs of wear, the engineers said.",
    "He said he would read more. Read more",  # prose a link follows stays prose
    "Updated: the minister's figures were revised on Monday.",
    # a review's
    "Official figures for 2017 show all English regions had higher unemployment than a year earlier, the ONS said.",
    "Polls of voters over 65 show all Republican candidates trailing.",
    "Updated: 2016-05-30 09:53 (Agencies) CINCINNATI - A gorilla was shot dead at the zoo, officials said.",
    "The Bank of England raised interest rates to 0.5%. Read more",
    # lines without a full stop (some outlets end paragraphs so) that tell no picture
    "Additionally, you can now listen to your own music while streaming PlayStation Now games",
    # a review's: headline grammar in a standfirst or a live blog, no picture in sight
    "The president arrives in Berlin on Tuesday for two days of talks with Merkel",
    "Federer holds off Nadal to reach the final",
    "Zelensky arrives in Brussels and warns that Ukraine will run out of shells by March",
    "Biden arrives in Warsaw on Friday. He will meet Polish President Andrzej Duda and address refugees",
    "Turkey holds 3.6 million Syrian refugees, more than any other country",
    "Although the public announcement shoots for next month, the date is not set in stone",
    "The minister speaks to reporters every morning.",
    "Officials said the crowd would gather at noon",
    "The plan to attend the summit was dropped",
    "Readers who enter your email address in the form will be told of every update, the site said.",
])
def test_prose_is_no_furniture(line):
    assert furniture_spans("The talks resumed.\n" + line + "\n") == []


def test_a_gallery_or_a_widget_on_one_long_line():
    """CNN's Nice gallery: 25 captions on one 900-word line; The Sun's "MOST READ" strip of 100 words."""
    gallery = " ".join(f"Photos: Bastille Day terror A man looks at the scene of the attack on the Promenade "
                       f"des Anglais. Hide Caption {k} of 25" for k in range(1, 26))
    widget = "MOST READ IN NEWS " + " ".join(["IT'S OFFICIAL Irn-Bru switches to a new recipe"] * 12)
    for line in (gallery, widget):
        text = "The truck drove into the crowd.\n" + line + "\nPolice closed the road.\n"
        assert [text[s:e] for s, e in furniture_spans(text)] == [line]
    prose = "The caption read Hide Caption 1 of 2. " + " ".join(
        ["Officials said the talks would resume on Monday."] * 10)  # one marker in a long paragraph

    assert furniture_spans("Start.\n" + prose + "\n") == []


def test_a_gallery_counter_needs_a_gallery_and_a_short_widget_takes_no_links():
    gallery = "The launch was a success.\n2/30 Frosty slopes of Mars\n3/30 A view of Earth from the station\n"
    assert len(furniture_spans(gallery)) == 2
    text = "Advertisement\nThe council said:\n- 1,200 homes lost power\n- 400 families moved\n"
    assert [text[s:e] for s, e in furniture_spans(text)] == ["Advertisement"]


def test_read_more_takes_its_links_and_stops_at_prose():
    text = ("Read more:\nU.S. imposes sanctions on two key figures in North Korea's program\n"
            "Retired military leaders urge restraint\nThe launch came two days after the tests.\n")
    found = [text[s:e] for s, e in furniture_spans(text)]
    assert found == ["Read more:", "U.S. imposes sanctions on two key figures in North Korea's program",
                     "Retired military leaders urge restraint"]


def test_stages_pass_over_furniture():
    text = ("Felipe Massa retired from the race in Sao Paulo on Sunday, watched by 40,000 fans.\n"
            "Getty Images Massa cries as he heads down the pit lane with 20 mechanics\n"
            "\"I could have finished the race, but maybe it was better like that,\" he said.\n"
            "MOST READ IN SPORT 'SHOCKING' Star striker says 'I quit' after 3 defeats\n"
            "Rex Tillerson said the talks would resume.\n")
    parsed = parse(Article.create(outlet="Test", title="t", text=text))
    furniture = Furniture(text)
    speakers = {q.text[:12]: q.speaker_canonical for q in extract_quotes(parsed)}
    assert speakers == {"\"I could hav": "Felipe Massa", "the talks wo": "Rex Tillerson"}
    assert not any(furniture.covers(c.start, c.end) for c in extract_claims(parsed, []))
    numbers = extract_numbers(parsed)
    assert [n.text for n in numbers] == ["40,000"]  # the caption's 20 mechanics and the widget's 3 defeats
    assert not any(furniture.covers(n.start, n.end) for n in numbers)
    assert any("retired" in c.text for c in extract_claims(parsed, []))



def test_a_role_that_names_a_place_is_not_someone_of_another_place():
    """The Sun's Nice report: "The former mayor of Nice described the incident ..." went to "London mayor
    Sadiq Khan", and every "he" after it."""
    text = ("London mayor Sadiq Khan has said the city is reviewing its own safety.\n"
            "The former mayor of Nice described the incident as \"the most terrible attack we have known\".\n")
    speakers = [q.speaker_canonical for q in extract_quotes(parse(Article.create(outlet="T", title="t", text=text)))]
    assert speakers[0] in ("Khan", "Sadiq Khan") and "Khan" not in (speakers[1] or "")


def test_a_person_introduced_by_description_is_the_he_of_the_next_sentence():
    """CNN's Nice report: an unnamed patient's words ("The man ... He told CNN") went to a witness named
    paragraphs before; plural descriptions ("Women ...") and passive ones ("The driver was shot") are no one."""
    text = ("Paul DeLane said he saw the truck drive into the crowd.\n"
            "The man, who had sustained an ankle injury, had blood on his feet. "
            "He told CNN that he worked at a restaurant across the road.\n")
    speakers = [q.speaker_canonical for q in extract_quotes(parse(Article.create(outlet="T", title="t", text=text)))]
    assert speakers[-1] == "the man"
    text = ("Paul DeLane said he saw the truck drive into the crowd.\n"
            "The driver was shot dead by police. He said the truck sped along the promenade.\n")
    speakers = [q.speaker_canonical for q in extract_quotes(parse(Article.create(outlet="T", title="t", text=text)))]
    assert speakers[-1] != "the driver"


def test_an_about_the_author_box_and_the_bio_after_it():
    """A fifth reader's Bitcoin story took its label and three claims from a page whose body was the writer's bio."""
    text = ("About The Author\nJP Buntinx is a FinTech and Bitcoin enthusiast living in Belgium. His passion for "
            "finance made him a leading freelance writer.\nBitcoin fell below $6,000 on Tuesday.\n")
    assert [text[s:e] for s, e in furniture_spans(text)] == text.split("\n")[:2]
    assert furniture_spans("Talk about the author of the plan.\nHe resigned.\n") == []


def test_a_title_that_tells_a_picture_is_still_the_title():
    text = "Jens Stoltenberg speaks to reporters in Brussels\n\nNATO's chief warned that Russia is regrouping.\n"
    assert furniture_spans(text) == []


def test_a_line_telling_a_picture_is_a_caption_when_a_credit_follows_it():
    """Seed 000's captions ("Jens Stoltenberg speaks during a press conference ...", credited on the next line)
    had become claims, one the evidence of a name conflict; a headline-like line before prose stays prose."""
    caption = "Jens Stoltenberg speaks during a press conference at NATO headquarters in Brussels"
    text = f"NATO warns Russia\n\nThe alliance met on Thursday.\n\n{caption}\n\n(AFP via Getty)\n\nHe said more.\n"
    assert [text[s:e] for s, e in furniture_spans(text)] == [caption, "(AFP via Getty)"]
    text = f"NATO warns Russia\n\nThe alliance met on Thursday.\n\n{caption}\n\nHe said more.\n"
    assert furniture_spans(text) == []
