"""Lines that are the website's, not the article's.

Plain-text captures of news pages end with comment forms, share buttons and
newsletter pitches (seed 000 ends with WordPress's "Leave a Reply"). HTML goes
through trafilatura, which knows page structure; for plain text we cut a
trailing block of such lines, and only a trailing one, so that no sentence of
the article itself can be lost.
"""

from __future__ import annotations

import bisect
import re

TRAILING = re.compile(
    r"^\s*(leave a (reply|comment)|your email address will not be published.*|required fields are marked.*"
    r"|share this( article)?:?|like this:?|related( articles| posts)?:?|subscribe( to our newsletter)?.*"
    r"|sign up for .*newsletter.*|follow us on .*|comments?|post navigation|advertisement"
    r"|click to share on .*|cancel reply|(previous|next) (post|article).*)\s*$",
    re.IGNORECASE,
)


def strip_trailing_boilerplate(text: str) -> tuple[str, list[str]]:
    """``text`` without its trailing boilerplate lines, and the lines removed."""
    lines = text.rstrip().split("\n")
    removed: list[str] = []
    while lines and (not lines[-1].strip() or TRAILING.match(lines[-1])):
        line = lines.pop()
        if line.strip():
            removed.insert(0, line.strip())
    return "\n".join(lines).rstrip(), removed


# Page furniture that stays inside a text: captions and credits of pictures, gallery strips, and the
# heads of "read more" / "most read" / newsletter widgets that scrapers keep between paragraphs. Cutting
# them would change the text (and so the article's id and every offset), so they are found as spans
# instead, and the stages that read facts (quotes, speakers, claims, numbers) pass over them.
# each widget in the form it takes, not a word that can open a sentence ("Advertisement revenue fell")
_WIDGET = re.compile(
    r"^\s*(?:most read in\b|read more\s*(?::|$|»)|read more: "
    r"|related(?: stories| articles| coverage| content| links)?\s*:|related stories (?-i:[A-Z‘'\"“])"
    r"|newsletter sign up\b|more (?:from|on) [^:.]{1,40}:|play slideshow|just watched\b|enlarge this image"
    r"|toggle caption|image copyright\b|image caption\b|photos?: |picture: |we pay for your stories"
    r"|you must select a newsletter|sign up (?:for|to) (?:\S+ ){0,6}(?:newsletter|email|alerts)"
    r"|subscribe to (?:\S+ ){0,6}(?:newsletter|podcast|channel)|live updates? (?:on|:)"
    r"|advertisement\s*(?:$|[-–—]?\s*continue reading)|replay more videos|must watch\b|watch: "
    r"|story highlights\b|chat with us in facebook messenger"
    r"|media playback is (?:not supported on this|unsupported on your) device\b"
    # the agency's rights line, and an outlet's notes on its own article (a correction is no report of the event)
    r"|(?:copyright \d{4} [^.]{0,60}\. all rights reserved\. )?this material may not be published"
    r"|(?:correction|clarification|editor's note|editor’s note): |an earlier version of this (?:article|story|post)\b"
    r"|this (?:article|story|post) (?:has been|was) (?:updated|amended|corrected)\b)",
    re.IGNORECASE,
)
# an agency's picture caption, the whole paragraph: "FILE - In this Dec. 28, 2017 file photo, Ahed Tamimi is
# brought to a courtroom ...", "This photo released by the aviation office shows ..."; not "In this image-obsessed
# age,"
_PICTURE = r"(?:file )?(?:photo|photograph|image|picture)"
_PICTURED = r"(?:provided|released|taken|made available|made from|obtained|distributed|shot)\b[^,]{0,80}?"
_DATED = r"[\w.,' ]{0,40}?\d{4},? "  # "Thursday, Dec. 28, 2017 ": commas only in a date
_AGENCY_CAPTION = re.compile(
    rf"\s*(?:FILE\s*[-–—]\s*)?(?:In this (?:[\w.' ]{{0,40}}?|{_DATED}){_PICTURE}(?: {_PICTURED})?,"
    rf"|This (?:{_DATED})?{_PICTURE} {_PICTURED}\s+shows?\b)", re.IGNORECASE)
# video players and their blurbs, case as written: USA Today's "CLOSE Elon Musk gave us a sneak peek ...
# Buzz60", the Post's "1 of 26 Full Screen Autoplay Close Skip Ad"
_PLAYER = re.compile(r"\s*CLOSE\s+\S|\s*\d+ of \d+ Full Screen\b")  # at a line's start
_PLAYER_CREDITS = re.compile(r"\b(?:Buzz60|Wochit)$")  # at its end
# a sign-up form's own words, anywhere in a line ("ES News Email Enter your email address Please enter an email
# address Email address is invalid ...", "Sign up for The Interpreter ... Please verify you're not a robot")
_FORM = re.compile(r"\bEnter your email address\b|\bPlease verify you[’']re not a robot\b|\bInvalid email address\b"
                   r"|\bEmail address is invalid\b")  # as a form writes them, capitals and all
_LINK_HEADS = re.compile(r"^\s*(?:read more|related|more (?:from|on)|most read)", re.IGNORECASE)
_HIDE_CAPTION = re.compile(r"\bHide Caption \d+ of \d+\b")
# a gallery's head ("16 show all Afghanistan: ...", or its title, the count, and the title again), its
# captions run on after it; not "Official figures for 2017 show all English regions ..."
_SHOW_ALL = re.compile(r"^\s*\d+ show all\b|^\s*(?P<title>[A-Z][^.!?]{0,60}?) \d+ show all (?P=title)")
# a headline linked in the text ("Lloyds Bank bans ... Read more"), not prose a link follows
_LINK_TAIL = re.compile(r"^(?:(?!\S[.!?][\"”’]?\s+[A-Z]).)*\bRead more\s*$")
_ABOUT_AUTHOR = re.compile(r"^\s*about (?:the )?author\s*:?\s*$", re.IGNORECASE)  # and the bio after it
_STAMP = re.compile(r"\bUpdated: \d{4}-\d\d-\d\d \d\d?:\d\d(?:\s*\([^()]{0,30}\)?)?\s*$")  # ends a page's head line
_GALLERY_COUNTER = re.compile(r"^\s*(\d+)/(\d+)\s")  # "16/34 15 November 2017 ...": one of a gallery's lines
_CREDIT = (r"(?:Getty Images|GETTY IMAGES|GETTY|Getty|AFP|REUTERS|Reuters|AP|PA|EPA|REX|Rex Features|Shutterstock"
           r"|Alamy|SWNS)")
# a caption's first words may also credit a platform or a picture agency no caption ends with ("Twitter
# Hundreds of people were caught up in the chaos", "Fame Flynet The former mayor ...")
_CREDIT_OPENING = (rf"(?:{_CREDIT}|Fame Flynet|FameFlynet|Splash News|Backgrid|BACKGRID|Twitter|Instagram|YouTube"
                   r"|Facebook)")
_CREDIT_FIRST = re.compile(
    rf"^\s*(?:AP:Associated Press|{_CREDIT_OPENING}(?:\s*[/•]\s*{_CREDIT_OPENING})*)\s+[A-Z‘'\"“]")
_CREDIT_LAST = re.compile(
    rf"(?:\([^()]{{0,80}}(?:/|via ){_CREDIT}\)|(?<![.!?] )(?<![.!?])\({_CREDIT}\)"
    rf"|\((?:Photo|Image|Picture): [^()]{{1,60}}\)|\[(?:Photo|Photos|Image)/[^\[\]]{{1,40}}\]"
    rf"|\b(?:REUTERS|AFP|EPA)/[A-Z][\w .'-]{{1,40}}|\b{_CREDIT}/{_CREDIT})\s*$")
# a picture caption without a credit of its own: the present tense of what a picture shows, no full stop, and a
# sign that it is a picture's ("Jens Stoltenberg speaks during a press conference at NATO headquarters" before a
# credit line "(AFP via Getty)"; "The supermoon is pictured rising over ..."; "Kris Bryant, left, and Addison
# Russell celebrate ..."). The grammar alone is a headline's too ("Federer holds off Nadal", a standfirst
# "Zelensky arrives in Brussels and warns ..."), so it takes the sign: a credit or another caption on the next
# line, or a picture word in the line. A verb in the first eight words of one sentence, with no modal, "to" or
# relative pronoun before it ("Additionally, you can now listen to ..." is prose)
_SHOWN = (r"speaks|walks?|reacts?|stands?|looks? on|gestures?|arrives?|attends?|holds|waves?|poses?|sits|listens?"
          r"|delivers|greets?|shakes? hands|carr(?:y|ies)|patrols?|mourns?|prays?|inspects?|watch(?:es)?|embraces?"
          r"|hugs?|kneels?|cr(?:y|ies)|smiles?|celebrates?|march(?:es)?|gathers?|(?:is|are) (?:pictured|seen|shown)"
          r"|pictured|pays? (?:tribute|respects)")
_NOT_BEFORE_SHOWN = r"(?!(?:to|that|who|which|can|could|will|would|may|might|must|should|shall|do|does|did|not)\b)"
_PRESENT_CAPTION = re.compile(
    rf"^\s*(?:[A-Z][\w'’-]*|An?|The)(?:,?\s+{_NOT_BEFORE_SHOWN}[\w'’()-]+,?){{0,6}}?\s+(?:{_SHOWN})\b")
_PICTURE_WORD = re.compile(r"\b(?:pictured|(?:is|are) (?:seen|shown))\b|\((?:left|right|centre|center)\)"
                           r"|, (?:left|right|centre|center),")
CAPTION_MAX_WORDS = 40  # a caption is one sentence
_SPEECH = re.compile(r"\b(said|says|told|reported|reports|according to)\b")
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")
_FULL_STOP = re.compile(r"\.[\"”’]?\s*$")
FURNITURE_MAX_WORDS = 60  # a longer caption line is prose whatever it starts or ends with
CREDIT_TAIL = 160  # characters at a line's end that hold any credit _CREDIT_LAST matches (at most ~100)
WIDGET_MAX_WORDS = 150  # a widget's head and the headlines run on after it ("MOST READ IN NEWS ...")


def _gallery_totals(lines: list[str]) -> set[str]:
    """The totals M of "N/M" line openings that two or more lines share (a gallery: "2/34", "16/34"), so
    that a line opening with "9/11" or "24/7" alone stays prose."""
    seen: dict[str, int] = {}
    for line in lines:
        m = _GALLERY_COUNTER.match(line)
        if m and int(m.group(1)) <= int(m.group(2)):
            seen[m.group(2)] = seen.get(m.group(2), 0) + 1
    return {total for total, n in seen.items() if n >= 2}


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines of ``text`` that are page furniture, not reporting (see above).

    A line is furniture when it is a widget ("MOST READ IN NEWS ...", "Read more:", "Image caption",
    "Advertisement", "Media playback is unsupported on your device", a headline linked as "... Read more", a
    page's "Updated: 2016-05-30 09:53" stamp), a gallery strip ("... Hide Caption 4 of 25", "8 show all", all of
    a gallery's captions on one line, or one of several lines counted "N/34"), an "About the author" head and the
    bio after it, or a picture caption that reports no speech: one that opens
    with a picture agency's credit and a capital and has no full stop ("Getty Images Massa cries as he
    heads down the pit lane"), or ends with a credit ("... (Patrick Smith/Getty Images)"), or, after the title,
    tells in the present tense what a picture shows, has no full stop, and names a picture or stands before a
    credit or another caption ("Jens Stoltenberg speaks during a press conference at NATO headquarters in
    Brussels" over "(AFP via Getty)"). The short lines
    without a full stop that follow a "Read more:" or "Related" head are its links.
    """
    lines = text.split("\n")
    galleries = _gallery_totals(lines)
    spans = []
    offset = 0
    links_left = 0
    about_author = False  # the line before was an "About the author" head: this one is the writer's bio
    title_seen = False  # the first line with words is the title, whatever its grammar
    pending = None  # a line telling a picture, waiting for the next line to say whether it is a caption
    for line in lines:
        start, end = offset, offset + len(line)
        offset = end + 1
        words = len(line.split())
        if not words:
            continue
        tail = line.rstrip()[-CREDIT_TAIL:]  # a line's end, where credits and players' sign-offs stand
        widget = words <= WIDGET_MAX_WORDS and bool(_WIDGET.match(line) or _PLAYER.match(line)
                                                    or _PLAYER_CREDITS.search(tail) or _AGENCY_CAPTION.match(line))
        widget = widget or words <= 40 and bool(_LINK_TAIL.match(line) or _STAMP.search(line)) \
            or words <= WIDGET_MAX_WORDS and bool(_FORM.search(line))
        caption = words <= FURNITURE_MAX_WORDS and not _SPEECH.search(line) and bool(
            _CREDIT_FIRST.match(line) and not _FULL_STOP.search(tail) or _CREDIT_LAST.search(tail))
        shows = title_seen and words <= CAPTION_MAX_WORDS and not _SENTENCE_END.search(tail) \
            and not tail.endswith("''") and not _SPEECH.search(line) and bool(_PRESENT_CAPTION.match(line))
        if pending is not None and (caption or widget):
            spans.append(pending)  # the line before told a picture, and this one credits or captions it
        pending = None
        caption = caption or shows and bool(_PICTURE_WORD.search(line))
        if shows and not caption:
            pending = (start, end)  # a caption if the next line is a credit or another caption
        title_seen = True
        # a gallery scraped as one line of all its captions: any length
        hide = len(_HIDE_CAPTION.findall(line)) if "Hide Caption" in line else 0
        counter = _GALLERY_COUNTER.match(line)
        gallery = hide >= 2 or bool(_SHOW_ALL.match(line)) \
            or (hide == 1 or bool(counter and counter.group(2) in galleries)) and words <= FURNITURE_MAX_WORDS
        bio = about_author and words <= WIDGET_MAX_WORDS
        about_author = bool(_ABOUT_AUTHOR.match(line))
        widget = widget or about_author
        if widget or gallery or caption or bio or links_left and words <= 20 and not _SENTENCE_END.search(line):
            spans.append((start, end))
            if widget:
                links_left = 6 if words <= 4 and _LINK_HEADS.match(line) else 0
            else:
                links_left = max(0, links_left - 1)
        else:
            links_left = 0
    return spans


class Furniture:
    """The furniture spans of one text, asked "is this stretch furniture?" in log time."""

    def __init__(self, text: str):
        self.spans = furniture_spans(text)
        self._starts = [s for s, _ in self.spans]

    def covers(self, start: int, end: int) -> bool:
        """Whether the middle of ``start:end`` lies in a furniture line."""
        middle = (start + max(start, end - 1)) // 2
        k = bisect.bisect_right(self._starts, middle) - 1
        return k >= 0 and self.spans[k][0] <= middle < self.spans[k][1]
