"""What a line of a news page is, by its words alone: the patterns that cleaning and the page-line sorter share.

Cleaning (``framing.cleaning``) reads some of them to decide that a line is not article text; the sorter
(``framing.page_lines``) reads them to say what kind of page line a removed line is. Each is defined here once,
with a comment on what it catches and why. A pattern here says what a line *looks like*; where the line stands on
the page (above the article, next to a credit, after the last paragraph) is for the rules that read it.

Examples in the comments are invented, in the styles of real pages.
"""

from __future__ import annotations

import re

from framing.word_lists import alternation, words

AGENCY = alternation(words("agencies"))
"""Any news or photo agency of ``agencies.csv`` ("AFP", "Getty Images"), as a regular expression: the one list of
agencies that cleaning, credits, page lines and the attribution rules read."""

MONTH = (
    r"(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sept?(ember)?|Oct(ober)?|"
    r"Nov(ember)?|Dec(ember)?)\.?"
)
DAY = r"(Mon|Tues?|Wed(nes)?|Thu(rs)?|Fri|Sat(ur)?|Sun)(day)?\.?"
_ZONE = r"(GMT|BST|UTC|CET|CEST|IST|[ECMP][SD]T|ET|PT|AEST|AEDT)"

WIRE_CREDIT = re.compile(
    r"(contributed to (this|the) (report|story|article)|^\(?(additional )?reporting by\b|\bediting by\b"
    r"|^\(?writing by\b|^sources?:\s|^with (reporting|additional reporting) from\b|^compiled by\b"
    rf"|\bwith ({AGENCY}|agencies|wires)$|^(staff and|with) agencies$)",
    re.IGNORECASE,
)
"""A wire or source credit: "Reuters contributed to this report.", "Reporting by ...; Editing by ...", "Source: ...",
"The Daily Example with AFP"."""

PHOTO_CREDIT_ALONE = re.compile(
    r"^(\(?(photo(graph)?s?|pictures?|image( source)?|credit|illustration|video)\s*[:,]\s*[^.]{2,80}\)?"
    r"|credits?\s*\.{2,}\s*.{2,80}"  # "Credit...Jane Roe for The Daily Ledger": the dots stand where a link was
    rf"|\(?[\w .'-]{{2,40}}\s*/\s*{AGENCY}\)?|\(?{AGENCY}( via Getty Images)?\)?)$",
    re.IGNORECASE,
)
"""A photo credit on a line of its own: "Photo: Jane Roe / Evening Post", "Image source, Getty Images", "Getty
Images", "Credit...Jane Roe for The Ledger"."""

PHOTO_CREDIT_INSIDE = re.compile(
    rf"(\b(photo(graph)?|picture|image)\s*:\s*\S+|\bvia Getty Images\b|\(\s*{AGENCY}( Photo)?\b[^()]*\)\s*$"
    rf"|[/|]\s*{AGENCY}\s*\)?\s*$|\b(file photo|courtesy)\b|\(\s*(image|photo|picture)\s*:[^()]*\)\s*$"
    rf"|\(\s*{AGENCY}\s*\)\s*$"
    rf"|\b{AGENCY}/[A-Z][\w.'’-]+( [A-Z][\w.'’-]+)*(/File Photo)?\s*$"  # "REUTERS/Jane Roe" at the end
    r"|\((supplied|courtesy|credit|[\w ]{0,20}news)\s*:\s*[^()]{2,60}\)\s*$"  # "(Supplied: SES)", "(Metro News: J Roe)"
    r"|\(\s*[A-Z][\w.'’]*( [A-Z][\w.'’]*){0,3} - [A-Z][\w ]{1,30}\)\s*$"  # "( Jane Roe - Agency )"
    r"|[.!?][\"”’]?\s+(?-i:[A-Z])[\w'’.-]*( (?-i:[A-Z])[\w'’.-]*)+ for (the )?(?-i:[A-Z])\w*( (?-i:[A-Z])\w*)*\s*$)",
    re.IGNORECASE,
)
"""A photo credit at the end of a caption: "... Photo: AA", "(AP Photo/Jane Roe)", "... / AFP", "REUTERS/Jane Roe",
"(Supplied: SES)", "( Jane Roe - Agency )", "... on Monday. Jane Roe for The Post"."""

CAPTION_PREFIX = re.compile(r"^(image|photo|picture|video) caption\s*[,:]", re.IGNORECASE)
"""A caption's label: "Image caption, ..."."""

PEOPLE_MARKERS = re.compile(r"\((C|L|R|centre|center|left|right)\)")
"""A caption placing people in its picture: "(C)", "(L)", "(R)"."""

RECIRCULATION = re.compile(
    r"^(related( articles?| stories| topics| content| coverage| reading)?|read (more|also|next)|also read|see also"
    r"|more on this story|more (from|stories|news)|you (may|might) also like|recommended( for you| stories)?"
    r"|trending( now| stories)?|most (read|popular)|top stories|latest( news)?|editor'?s picks?|watch next"
    r"|don'?t miss|must read)"
    r"(\s*[:|»>-]\s*.*|(?<=Related)(?=[A-Z]).*)?$",
    re.IGNORECASE,
)
"""A link label ("Read more: ...", "Related Content", "Most Read"), alone or run into the linked headline."""

BYLINE = re.compile(
    r"^((by|posted by|written by|words by|reporting by|(photographs|photography|pictures) by)\s+\S|by$"
    r"|staff report$)",
    re.IGNORECASE,
)
"""A byline: "By Jane Roe", "Staff Report", "Photographs by Jane Roe"."""

JOB_WORDS = re.compile(
    r"\b(correspondent|editor|reporter|writer|columnist|staff|contributor|journalist)\b", re.IGNORECASE
)
"""The jobs a byline gives after a name: "Jane Roe, Health Correspondent"."""

NAME_ONLY = re.compile(r"^[A-Z][a-z’'.-]+( [A-Z][a-z’'.-]+){1,2}$")
"""A name on its own line: "Jane Roe"."""

DATE_OR_TIME = re.compile(
    rf"(^{DAY},?\s|\b{MONTH}\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}\b"
    r"|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b"
    r"|\b\d+\s*(minutes?|mins?|hours?|hrs?|days?|[mhd])\s+ago\b"
    rf"|^\d{{1,2}}[.:]\d{{2}}\s*([ap]\.?m\.?\s*)?{_ZONE}?$|\b\d{{1,2}}[.:]\d{{2}}\s*([ap]\.?m\.?\s*)?{_ZONE}\b"
    r"|^(updated|published|posted|last updated)\b|\bmin(ute)?s?\s+read\b"
    rf"|^{MONTH},? \d{{4}}( issue)?$)",
    re.IGNORECASE,
)
"""A date, time stamp or reading time: "2 hours ago", "13.58 GMT", "Updated 9:12 a.m. ET", "4 min read",
"January 2025 issue"."""

INTERFACE = re.compile(
    r"(^(share|share this( article| story)?|print|listen( to this article)?|advertisement|skip advertisement"
    r"|comments?|tags?:.*|topics?\s*:.*|save|email|key events|show key events only)$"
    r"|\bsign up\b|\bsubscribe\b|\bnewsletter\b|\bfollow us\b|\bcopyright\b|©|all rights reserved|\bopens new tab\b"
    r"|\bcomments?\b\s*$|^tags?\s*:|javascript)",
    re.IGNORECASE,
)
"""Website interface or outlet text: buttons ("Share", "Save"), players, "Sign up", copyright, tags."""

OUTLET_TEXT = re.compile(
    r"""^(
        (copyright\s*©?|©)\s*(\d{4}|(?-i:[A-Z])).*                          # Copyright 2025 Example Media.
      | .*\ball\ rights\ reserved\.?
      | (sign\ up|subscribe)\b[^.]{0,60}\b(here|now|today|newsletters?|free|for\ \$|our)\b.*  # Sign up here.
      | (this|an\ earlier\ version\ of\ this)\ (article|story|report)\ (was|has\ been)\ (amended|updated|corrected)\b.*
      | this\ (article|story)\ (first\ )?(appears|appeared)\ in\b.*          # a magazine's issue note
      | a\ version\ of\ this\ (article|story)\ appears\ in\ print\b.*
      | the\ views\ expressed\b.*                                            # an opinion page's disclaimer
      | our\ standards\b.*
      | (do\ you\ have|have\ you\ got|got)\ (a|an)\ (story|tip|opinion)\b.*  # a reader appeal
      | (?-i:Reporting\ from\ [A-Z])[^.]*\.?                                 # where the reporters were
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
"""Outlet text that ends as a sentence does, so that only its words show it is no article text: copyright,
"Sign up here.", correction notes, print-edition notes, disclaimers, reader appeals."""

PHOTO_ONLY = re.compile(r"^(representative|file|illustrative|stock) (image|photo|picture)\.?$", re.IGNORECASE)
"""A caption that says only what the photo is: "Representative image", "File photo"."""

AUTHOR_NOTE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){1,3}) (is|was|has been) (a|an|the)\b")
"""A line that describes a person named at its start ("Jane Roe is a senior fellow at ..."): the author's note
when the byline names that person."""
