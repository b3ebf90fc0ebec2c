#!/usr/bin/env python3
"""Consistency check for the hand-annotated attribution evaluation set, half B.

Loads articles-b.csv and gold-b.csv (next to this script), verifies every gold
row against the article texts and prints a summary.  Standard library only.
Exit status is 0 when no problem was found, 1 otherwise.

Usage: python3 _check_b.py
"""
import csv
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES_CSV = os.path.join(HERE, "articles-b.csv")
GOLD_CSV = os.path.join(HERE, "gold-b.csv")

ARTICLE_COLUMNS = ["article_id", "file", "style", "subject"]
GOLD_COLUMNS = ["article_id", "paragraph_no", "quote_start", "quote_end", "kind",
                "speaker", "speaker_as_written", "verb", "speaker_type",
                "description", "note"]
KINDS = {"direct", "indirect", "according-to", "not-speech"}
SPEAKER_TYPES = {"person", "organisation", "media", "anonymous"}
STYLES = {"wire", "broadsheet", "tabloid", "local-paper", "broadcaster-site"}
SUBJECTS = {"courts", "sport", "business", "local-government", "elections",
            "conflict", "health", "science", "crime", "education"}
PRONOUNS = {"he", "she", "they", "him", "her"}
TITLE_PREFIXES = ("Mr ", "Mrs ", "Ms ", "Dr ", "Dr. ", "Sen. ", "Rep. ", "Cllr ",
                  "Judge ", "Prof ", "Prof. ", "Col. ", "Detective ", "Chief ",
                  "Police Chief ", "Fire Chief ", "Superintendent ")

CURLY_OPEN = "\u201c\u2018"          # “ ‘
CURLY_CLOSE = "\u201d\u2019"         # ” ’
STRAIGHT = "\"'"
ALL_MARKS = CURLY_OPEN + CURLY_CLOSE + STRAIGHT

problems = []


def problem(where, msg):
    problems.append("%s: %s" % (where, msg))


def occurrences(text, sub):
    """All start offsets of sub in text, overlapping matches included."""
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def is_opening(text, i):
    """Is the quotation-mark character at offset i an opening mark?"""
    c = text[i]
    if c in CURLY_OPEN:
        return True
    if c in STRAIGHT:
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if c == '"':
            return (prev.isspace() or prev in "(\u2014-") and not nxt.isspace()
        # straight single: opening only after whitespace and before a letter/digit
        return (prev.isspace() or prev == "(") and nxt.isalnum()
    return False


class Article:
    def __init__(self, aid, path, style, subject):
        self.aid, self.path, self.style, self.subject = aid, path, style, subject
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        self.raw = raw
        self.text = raw.rstrip("\n")
        self.paras = []          # (start, end) offsets into self.text
        pos = 0
        for chunk in self.text.split("\n\n"):
            self.paras.append((pos, pos + len(chunk)))
            pos += len(chunk) + 2

    def para_of(self, offset):
        for n, (s, e) in enumerate(self.paras, 1):
            if s <= offset < e or (offset == e and s < e):
                return n
        return None

    def words(self):
        return len(self.text.split())


def load_articles():
    arts = {}
    with open(ARTICLES_CSV, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != ARTICLE_COLUMNS:
            problem("articles-b.csv", "header is %r, expected %r" % (header, ARTICLE_COLUMNS))
        for ln, row in enumerate(reader, 2):
            where = "articles-b.csv line %d" % ln
            if len(row) != len(ARTICLE_COLUMNS):
                problem(where, "expected %d columns, got %d" % (len(ARTICLE_COLUMNS), len(row)))
                continue
            aid, rel, style, subject = row
            if aid in arts:
                problem(where, "duplicate article_id %s" % aid)
            if not re.fullmatch(r"b(0[1-9]|1[0-6])-[a-z]+(-[a-z]+){1,3}", aid):
                problem(where, "article_id %r does not match bNN-<2-4 lowercase words>" % aid)
            if rel != "texts/%s.txt" % aid:
                problem(where, "file %r should be texts/%s.txt" % (rel, aid))
            if style not in STYLES:
                problem(where, "unknown style %r" % style)
            if subject not in SUBJECTS:
                problem(where, "unknown subject %r" % subject)
            path = os.path.join(HERE, rel)
            if not os.path.isfile(path):
                problem(where, "missing text file %s" % rel)
                continue
            arts[aid] = Article(aid, path, style, subject)
    return arts


def check_article_text(a):
    where = a.aid
    raw = a.raw
    if "\r" in raw:
        problem(where, "carriage return in text")
    if raw.startswith("\n") or raw.startswith(" "):
        problem(where, "text starts with whitespace")
    if "\n\n\n" in a.text:
        problem(where, "more than one blank line between paragraphs")
    for n, (s, e) in enumerate(a.paras, 1):
        chunk = a.text[s:e]
        if "\n" in chunk:
            problem(where, "paragraph %d contains a single line break" % n)
        if not chunk.strip():
            problem(where, "paragraph %d is empty" % n)
        elif chunk != chunk.strip():
            problem(where, "paragraph %d has leading/trailing spaces" % n)
    if not 8 <= len(a.paras) <= 14:
        problem(where, "%d paragraphs (must be 8-14)" % len(a.paras))
    if not 400 <= a.words() <= 900:
        problem(where, "%d words (must be 400-900)" % a.words())


def typography(a):
    has_curly = any(c in a.text for c in "\u201c\u201d\u2018")
    has_straight_double = '"' in a.text
    if has_curly and has_straight_double:
        return "mixed"
    if has_curly:
        return "curly"
    if has_straight_double:
        return "straight"
    return "none"


def main():
    arts = load_articles()
    for a in arts.values():
        check_article_text(a)

    rows = []
    with open(GOLD_CSV, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != GOLD_COLUMNS:
            problem("gold-b.csv", "header is %r, expected %r" % (header, GOLD_COLUMNS))
        for ln, r in enumerate(reader, 2):
            if len(r) != len(GOLD_COLUMNS):
                problem("gold-b.csv line %d" % ln, "expected %d columns, got %d" % (len(GOLD_COLUMNS), len(r)))
                continue
            rows.append((ln, dict(zip(GOLD_COLUMNS, r))))

    spans = {}              # article_id -> list of (s, e, kind, ln)
    stats = Counter()
    by_kind, by_verb, by_type, by_style = Counter(), Counter(), Counter(), Counter()
    rows_per_article = Counter()
    last_start = {}

    for ln, r in rows:
        where = "gold-b.csv line %d (%s p%s)" % (ln, r["article_id"], r["paragraph_no"])
        for col, val in r.items():
            if val != val.strip():
                problem(where, "column %s has leading/trailing whitespace" % col)
        aid = r["article_id"]
        a = arts.get(aid)
        if a is None:
            problem(where, "unknown article_id %r" % aid)
            continue
        rows_per_article[aid] += 1
        kind, stype = r["kind"], r["speaker_type"]
        if kind not in KINDS:
            problem(where, "kind %r not in %s" % (kind, sorted(KINDS)))
        if kind == "not-speech":
            for col in ("speaker", "speaker_as_written", "verb", "speaker_type"):
                if r[col]:
                    problem(where, "not-speech row must leave %s empty" % col)
        else:
            if stype not in SPEAKER_TYPES:
                problem(where, "speaker_type %r not in %s" % (stype, sorted(SPEAKER_TYPES)))
            if not r["speaker"]:
                problem(where, "speaker is empty")
            if r["speaker"].startswith(TITLE_PREFIXES):
                problem(where, "speaker %r seems to carry a title" % r["speaker"])
            if r["verb"] != r["verb"].lower():
                problem(where, "verb %r is not lower case" % r["verb"])
            cont = "continues previous speaker" in r["note"]
            if not r["verb"] and not cont:
                problem(where, "empty verb but note lacks 'continues previous speaker'")
            if cont and (r["verb"] or r["speaker_as_written"]):
                problem(where, "continuation row should have empty verb and speaker_as_written")
            if bool(r["verb"]) != bool(r["speaker_as_written"]):
                problem(where, "verb and speaker_as_written must be both filled or both empty")
            if kind == "according-to" and r["verb"] != "according to":
                problem(where, "according-to row with verb %r" % r["verb"])
        try:
            pno = int(r["paragraph_no"])
        except ValueError:
            problem(where, "paragraph_no %r is not an integer" % r["paragraph_no"])
            continue
        if not 1 <= pno <= len(a.paras):
            problem(where, "paragraph_no %d outside 1..%d" % (pno, len(a.paras)))
            continue

        qs, qe = r["quote_start"], r["quote_end"]
        if not qs or not qe:
            problem(where, "quote_start/quote_end empty")
            continue
        occ_s, occ_e = occurrences(a.text, qs), occurrences(a.text, qe)
        if len(occ_s) != 1:
            problem(where, "quote_start %r occurs %d times" % (qs, len(occ_s)))
            continue
        if len(occ_e) != 1:
            problem(where, "quote_end %r occurs %d times" % (qe, len(occ_e)))
            continue
        s, es = occ_s[0], occ_e[0]
        e = es + len(qe)
        if es < s:
            problem(where, "quote_end occurs before quote_start")
            continue
        ps, pe = a.paras[pno - 1]
        if not ps <= s < pe:
            problem(where, "quote_start does not start inside paragraph %d (found in paragraph %s)"
                    % (pno, a.para_of(s)))
        if e < s + len(qs):
            problem(where, "quote_end ends before the end of quote_start")
        unit = a.text[s:e]
        n_unit = len(unit.split())
        if n_unit < 5:
            if not (qs == qe == unit):
                problem(where, "unit of %d words: quote_start and quote_end must both be the whole unit %r"
                        % (n_unit, unit))
        else:
            for label, frag in (("quote_start", qs), ("quote_end", qe)):
                if not 4 <= len(frag.split()) <= 8:
                    problem(where, "%s has %d words (must be 4-8)" % (label, len(frag.split())))
        if kind in ("direct", "not-speech"):
            before = a.text[s - 1] if s > 0 else ""
            after = a.text[e] if e < len(a.text) else ""
            if not (before and before in ALL_MARKS and is_opening(a.text, s - 1)):
                problem(where, "direct/not-speech unit is not preceded by an opening quotation mark")
            if not (after and after in CURLY_CLOSE + STRAIGHT):
                problem(where, "direct/not-speech unit is not followed by a closing quotation mark")
            spans.setdefault(aid, []).append((s, e, kind, ln))
        else:
            if s > 0 and a.text[s - 1] in ALL_MARKS:
                problem(where, "%s unit is preceded by a quotation mark" % kind)
            if unit.rstrip()[-1:] in ALL_MARKS:
                problem(where, "%s unit ends in a quotation mark" % kind)
        if aid in last_start and s < last_start[aid]:
            problem(where, "row out of order of appearance")
        last_start[aid] = s

        # multi-paragraph units and the open-paragraph convention
        p_last = a.para_of(e - 1)
        if p_last is not None and p_last > pno:
            if kind != "direct":
                problem(where, "%s unit spans paragraphs %d-%d" % (kind, pno, p_last))
            stats["multi-paragraph quotations"] += 1
            for k in range(pno, p_last):
                end_k = a.paras[k - 1][1]
                start_next = a.paras[k][0]
                if a.text[end_k - 1] in CURLY_CLOSE + STRAIGHT and not a.text[end_k - 1] == "'":
                    problem(where, "paragraph %d inside a multi-paragraph quotation ends with a closing mark" % k)
                if not is_opening(a.text, start_next):
                    problem(where, "paragraph %d inside a multi-paragraph quotation does not open with a quotation mark" % (k + 1))

        # counts
        by_kind[kind] += 1
        if kind != "not-speech":
            by_verb[r["verb"] or "(none: continuation)"] += 1
            by_type[stype] += 1
        by_style[a.style] += 1
        saw = r["speaker_as_written"]
        if saw.lower() in PRONOUNS:
            stats["pronoun speakers"] += 1
        if saw.lower().startswith("the "):
            stats["description speakers (as written starts with 'the ')"] += 1
        if r["verb"] and kind == "direct":
            tail = a.text[e:e + 250].lstrip(ALL_MARKS).lstrip(", ")
            if tail.startswith("%s %s" % (r["verb"], saw)):
                stats["inverted cues"] += 1
        if "social media" in r["note"].lower():
            stats["social posts"] += 1
        if stype == "anonymous":
            stats["anonymous"] += 1
        if "split quotation" in r["note"]:
            stats["split-quotation parts"] += 1
        if "continues previous speaker" in r["note"]:
            stats["cue-less continuations"] += 1
        if "mixed marks" in r["note"]:
            stats["rows noting mixed marks"] += 1

    # overlap and quotation-mark coverage
    for aid, a in arts.items():
        sp = sorted(spans.get(aid, []))
        for (s1, e1, _, l1), (s2, e2, _, l2) in zip(sp, sp[1:]):
            if s2 - 1 < e1:
                problem(aid, "direct/not-speech units on lines %d and %d overlap" % (l1, l2))
        for i, c in enumerate(a.text):
            if c in ALL_MARKS and is_opening(a.text, i):
                covered = any(i == s - 1 or s <= i < e for s, e, _, _ in sp)
                if not covered:
                    problem(aid, "opening quotation mark at paragraph %d (%r...) is not covered by any direct/not-speech row"
                            % (a.para_of(i), a.text[i:i + 40]))
        n = rows_per_article[aid]
        if not 5 <= n <= 12:
            problem(aid, "%d gold rows (must be 5-12)" % n)

    # summary
    n_par = sum(len(a.paras) for a in arts.values())
    n_words = sum(a.words() for a in arts.values())
    print("Summary for half B")
    print("  articles: %d   paragraphs: %d   words: %d   gold rows: %d"
          % (len(arts), n_par, n_words, sum(by_kind.values())))

    def show(title, counter):
        print("  %s: %s" % (title, ", ".join("%s=%d" % kv for kv in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))))

    show("rows by kind", by_kind)
    show("rows by verb", by_verb)
    show("rows by speaker_type", by_type)
    show("rows by style", by_style)
    show("articles by style", Counter(a.style for a in arts.values()))
    show("articles by subject", Counter(a.subject for a in arts.values()))
    show("articles by typography", Counter(typography(a) for a in arts.values()))
    for key in ("multi-paragraph quotations", "pronoun speakers",
                "description speakers (as written starts with 'the ')",
                "inverted cues", "social posts", "anonymous",
                "split-quotation parts", "cue-less continuations", "rows noting mixed marks"):
        print("  %s: %d" % (key, stats[key]))

    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nNo problems found.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
