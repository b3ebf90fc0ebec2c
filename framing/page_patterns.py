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
    r"|^\(?writing by\b|^sources?:\s|^with (reporting|additional reporting) from\b|^compiled by\b)",
    re.IGNORECASE,
)
"""A wire or source credit: "Reuters contributed to this report.", "Reporting by ...; Editing by ...", "Source: ..."."""

PHOTO_CREDIT_ALONE = re.compile(
    r"^(\(?(photo(graph)?s?|pictures?|image( source)?|credit|illustration|video)\s*[:,]\s*[^.]{2,80}\)?"
    r"|credits?\s*\.{2,}\s*.{2,80}"  # "Credit...Jane Roe for The Daily Ledger": the dots stand where a link was
    r"|(submitted|supplied|contributed|file|handout)( (photo|image|picture|graphic))?"
    r"|(photo|image|picture)s? (courtesy of|by|supplied by|submitted by)\s+.{2,60}"
    r"|courtesy( of)?\s+.{2,60}"
    # "Jane Roe | Staff Photographer"
    r"|[\w .'’-]{2,40}\s*\|\s*(staff |contributing )?(photographer|photo|illustration)"
    r"|[\w .'’-]{2,40}/(?!\s)[\w .'’-]{2,40}"  # "Jane Roe/Public Radio": a name and whom it worked for
    rf"|\(?[\w .'-]{{2,40}}\s*/\s*{AGENCY}\)?|\(?{AGENCY}( via Getty Images)?\)?)$",
    re.IGNORECASE,
)
"""A photo credit on a line of its own: "Photo: Jane Roe / Evening Post", "Image source, Getty Images", "Getty
Images", "Submitted image", "Credit...Jane Roe for The Ledger", "Jane Roe/Public Radio"."""

PHOTO_CREDIT_INSIDE = re.compile(
    rf"(\b(photo(graph)?|picture|image)\s*:\s*\S+|\bvia Getty Images\b|\(\s*{AGENCY}( Photo)?\b[^()]*\)\s*$"
    rf"|[/|]\s*{AGENCY}\s*\)?\s*$|\b(file photo|courtesy)\b|\(\s*(image|photo|picture)\s*:[^()]*\)\s*$"
    rf"|\(\s*{AGENCY}\s*\)\s*$"
    rf"|\b{AGENCY}/[A-Z][\w.'’-]+( [A-Z][\w.'’-]+)*(/File Photo)?\s*$"  # "REUTERS/Jane Roe" at the end
    r"|©\s*\S+"  # "© Jane Roe/Bloomberg"
    r"|\|\s*photo\s*\|"  # "| Photo | Jane Roe | Nation Media"
    r"|\((supplied|courtesy|credit|[\w ]{0,20}news)\s*:\s*[^()]{2,60}\)\s*$"  # "(Supplied: SES)", "(Metro News: J Roe)"
    r"|\(\s*[A-Z][\w.'’]*( [A-Z][\w.'’]*){0,3} - [A-Z][\w ]{1,30}\)\s*$"  # "( Jane Roe - Agency )"
    r"|\bphotos?( by|graph by)\s+[A-Z]\w+)",
    re.IGNORECASE,
)
"""A photo credit at the end of a caption: "... Photo: AA", "(AP Photo/Jane Roe)", "... / AFP", "REUTERS/Jane Roe",
"© Jane Roe/Bloomberg", "(Supplied: SES)", "( Jane Roe - Agency )"."""

CAPTION_PREFIX = re.compile(
    r"^((image|photo|picture|video) caption\s*[,:]|enlarge\s*/|caption\s*:|pictured\s*:|main (image|picture)\s*:"
    r"|(top|above|below|inset)\s*:)",
    re.IGNORECASE,
)
"""A caption's label: "Image caption, ...", "Enlarge / ...", "Pictured: ..."."""

PEOPLE_MARKERS = re.compile(r"\((C|L|R|centre|center|left|right|pictured|left to right|from left)\)", re.IGNORECASE)
"""A caption placing people in its picture: "(C)", "(L)", "(left)", "(pictured)"."""

RECIRCULATION = re.compile(
    r"^(related( articles?| stories| topics| content| coverage| reading)?|read (more|also|next)|also read|see also"
    r"|more on this story|more (from|stories|news)|you (may|might) also like|recommended( for you| stories)?"
    r"|trending( now| stories)?|most (read|popular|viewed)|top stories|latest( news)?|editor'?s picks?|watch next"
    r"|don'?t miss|must read|further reading|more to read|in other news)"
    r"(\s*[:|»>-]\s*.*|(?<=Related)(?=[A-Z]).*)?$",
    re.IGNORECASE,
)
"""A link label ("Read more: ...", "Related Content", "Most Read"), alone or run into the linked headline."""

BYLINE = re.compile(
    r"^((by|posted by|written by|words by|reporting by|author\s*:)\s+\S|by$|staff report$)", re.IGNORECASE
)
"""A byline: "By Jane Roe", "Author: Jane Roe", "Staff Report"."""

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
    r"|^(updated|published|posted|last updated)\b|\bmin(ute)?s?\s+read\b)",
    re.IGNORECASE,
)
"""A date, time stamp or reading time: "2 hours ago", "13.58 GMT", "Updated 9:12 a.m. ET", "4 min read"."""

INTERFACE = re.compile(
    r"(^(share|share this( article| story)?|print|listen( to this article)?|advertisement|skip advertisement"
    r"|comments?|tags?:.*|topics?\s*:.*|save|email|bookmark|download|transcript|playlist|skip to (main )?content"
    r"|story continues( below)?|now playing|watch live|live|key events|show key events only|see more updates"
    r"|hide caption|toggle caption|gift this article|sponsored|\d+-minute listen|listen\s*·.*|notes to editors"
    r"|press release)$"
    r"|\bsign up\b|\bsubscribe\b|\bnewsletter\b|\bfollow us\b|\bcopyright\b|©|all rights reserved|\bopens new tab\b"
    r"|\bcomments?\b\s*$|^tags?\s*:|javascript)",
    re.IGNORECASE,
)
"""Website interface or outlet text: buttons ("Share", "Save"), players, "Sign up", copyright, tags."""

OUTLET_TEXT = re.compile(
    r"""^(
        (copyright|©)\b.*                                                    # Copyright 2025 Example Media.
      | .*\ball\ rights\ reserved\.?
      | (sign\ up|subscribe)\b.*                                             # Sign up here.
      | (this|an\ earlier\ version\ of\ this)\ (article|story|report)\ (was|has\ been)\ (amended|updated|corrected)\b.*
      | this\ (article|story)\ (first\ )?(appears|appeared)\ in\b.*          # a magazine's issue note
      | a\ version\ of\ this\ (article|story)\ appears\ in\ print\b.*
      | the\ views\ expressed\b.*                                            # an opinion page's disclaimer
      | our\ standards\b.*
      | (do\ you\ have|have\ you\ got|got)\ (a|an)\ (story|tip|opinion)\b.*  # a reader appeal
      | for\ media\ enquiries\b.*
      | read\ the\ original\ (article|story)\b.*
      | (?-i:Reporting\ from\ [A-Z])[^.]*\.?                                 # where the reporters were
      | (contact|email|reach)\ (?-i:[A-Z])[^.]{0,80}(@|\b\d{3}[-.\ ]\d{3,4}\b).*   # Contact Jane Roe at ...
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
"""Outlet text that ends as a sentence does, so that only its words show it is no article text: copyright,
"Sign up here.", correction notes, print-edition notes, disclaimers, reader appeals, contact lines."""
