#!/usr/bin/env python3
"""Consistency checker for annotator d's half of attribution-eval-2.

Standard library only.  Usage:  python3 _check_d.py
Checks texts/d*.txt, articles-d.csv and gold-d.csv, prints a summary and
exits 1 if any problem is found.
"""
import csv
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold-d.csv")
ARTICLES = os.path.join(HERE, "articles-d.csv")

GOLD_COLS = ["article_id", "paragraph_no", "quote_start", "quote_end", "kind",
             "speaker", "speaker_as_written", "verb", "speaker_type",
             "description", "note"]
ART_COLS = ["article_id", "file", "style", "subject"]
KINDS = ("direct", "indirect", "according-to", "not-speech")
TYPES = ("person", "organisation", "media", "anonymous")
STYLES = ("wire", "broadsheet", "tabloid", "local-paper", "broadcaster-site",
          "press-agency-rewrite")
SUBJECTS = ("diplomacy", "energy", "public-health", "policing", "universities",
            "sport-governance", "media", "banking", "climate-protest",
            "courts-appeal", "rural-affairs", "social-care")
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "i"}
DESC_PREFIXES = ("the ", "a ", "an ", "one ", "two ", "some ")
# characters after which a straight double quote counts as an opening mark
OPEN_CONTEXT = " \t\n([{—–-/"
# characters allowed between quote_end and the closing mark of a quotation
TRAILING_PUNCT = " ,.;:?!—–"
NAME_RE = re.compile(r"^d\d\d-[a-z]+(-[a-z]+){1,3}$")

problems = []


def problem(msg):
    problems.append(msg)


# --------------------------------------------------------------- quotations
def outer_style(text):
    """'single' if the article's first opening mark is a curly single quote."""
    firsts = []
    for mark in ("“", "‘"):
        i = text.find(mark)
        if i >= 0:
            firsts.append((i, mark))
    m = re.search(r'(^|[%s])"' % re.escape(OPEN_CONTEXT), text)
    if m:
        firsts.append((m.end() - 1, '"'))
    if not firsts:
        return "double"
    return "single" if min(firsts)[1] == "‘" else "double"


def is_open(p, i, style):
    ch = p[i]
    if style == "single":
        return ch == "‘"
    if ch == "“":
        return True
    return ch == '"' and (i == 0 or p[i - 1] in OPEN_CONTEXT)


def find_close(p, k, style):
    """Index of the closing outer mark at or after k, or None if the
    quotation runs on to the end of the paragraph."""
    j = k
    n = len(p)
    while j < n:
        ch = p[j]
        if style == "double":
            if ch in "”\"":
                return j
        else:
            if ch == "“":            # nested double quotation: skip it
                e = p.find("”", j + 1)
                if e < 0:
                    return None
                j = e + 1
                continue
            if ch == "’" and (j + 1 == n or not p[j + 1].isalpha()):
                return j
        j += 1
    return None


def parse_quotations(aid, paras, offsets, style):
    """Return outer quotations as dicts with absolute start (first char after
    the opening mark), end (index of closing mark), first and last paragraph
    and number of paragraphs."""
    quotes = []
    pending = None
    for pi, p in enumerate(paras):
        off = offsets[pi]
        i = 0
        if pending is not None and not (p and is_open(p, 0, style)):
            problem("%s: quotation opened in paragraph %d is never closed"
                    % (aid, pending["para"]))
            pending = None
        while i < len(p):
            if is_open(p, i, style):
                close = find_close(p, i + 1, style)
                if pending is not None and i == 0:
                    q = pending
                    q["paras"] += 1
                    q["marks"].append(off)
                else:
                    q = {"start": off + i + 1, "para": pi + 1, "paras": 1,
                         "marks": [off + i]}
                    quotes.append(q)
                if close is None:
                    q["end"] = off + len(p)
                    q["last_para"] = pi + 1
                    pending = q
                    break
                q["end"] = off + close
                q["last_para"] = pi + 1
                pending = None
                i = close + 1
                continue
            ch = p[i]
            if style == "double":
                if ch == "”" or ch == '"':
                    problem("%s: paragraph %d: stray closing mark at char %d"
                            % (aid, pi + 1, i))
                elif ch == "‘":
                    problem("%s: paragraph %d: single opening mark outside any "
                            "quotation at char %d" % (aid, pi + 1, i))
            else:
                if ch in "“”\"":
                    problem("%s: paragraph %d: double mark outside any single-"
                            "quoted quotation at char %d" % (aid, pi + 1, i))
            i += 1
    if pending is not None:
        problem("%s: quotation opened in paragraph %d runs to the end of the "
                "article" % (aid, pending["para"]))
    return quotes


# ------------------------------------------------------------------ loading
def load_articles():
    arts = {}
    if not os.path.exists(ARTICLES):
        problem("missing articles-d.csv")
        return arts
    with open(ARTICLES, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ART_COLS:
            problem("articles-d.csv columns %r != %r" % (reader.fieldnames, ART_COLS))
        for row in reader:
            aid = row["article_id"]
            if aid in arts:
                problem("articles-d.csv: duplicate %s" % aid)
            if not NAME_RE.match(aid):
                problem("articles-d.csv: bad article_id %s" % aid)
            if row["file"] != "texts/%s.txt" % aid:
                problem("articles-d.csv: %s file column %s" % (aid, row["file"]))
            if row["style"] not in STYLES:
                problem("articles-d.csv: %s bad style %s" % (aid, row["style"]))
            if row["subject"] not in SUBJECTS:
                problem("articles-d.csv: %s bad subject %s" % (aid, row["subject"]))
            path = os.path.join(HERE, row["file"])
            if not os.path.exists(path):
                problem("%s: text file %s missing" % (aid, row["file"]))
                continue
            with open(path, encoding="utf-8", newline="") as tf:
                raw = tf.read()
            if "\r" in raw:
                problem("%s: contains carriage returns" % aid)
            text = raw.rstrip("\n")
            if text != text.strip():
                problem("%s: leading/trailing whitespace" % aid)
            paras = text.split("\n\n")
            for k, p in enumerate(paras):
                if not p.strip() or "\n" in p or p != p.strip():
                    problem("%s: paragraph %d is empty, has a line break or "
                            "stray whitespace (paragraphs must be separated "
                            "by exactly one blank line)" % (aid, k + 1))
            if not 8 <= len(paras) <= 14:
                problem("%s: %d paragraphs (need 8-14)" % (aid, len(paras)))
            words = len(text.split())
            if not 350 <= words <= 800:
                problem("%s: %d words (need 350-800)" % (aid, words))
            offsets = []
            pos = 0
            for p in paras:
                offsets.append(pos)
                pos += len(p) + 2
            style = outer_style(text)
            arts[aid] = {"row": row, "text": text, "paras": paras,
                         "offsets": offsets, "words": words, "qstyle": style,
                         "quotes": parse_quotations(aid, paras, offsets, style)}
    # every d text file must be listed
    tdir = os.path.join(HERE, "texts")
    for name in sorted(os.listdir(tdir)):
        if name.startswith("d") and name.endswith(".txt") and name[:-4] not in arts:
            problem("texts/%s is not listed in articles-d.csv" % name)
    return arts


def para_of(art, pos):
    for k in range(len(art["offsets"]) - 1, -1, -1):
        if pos >= art["offsets"][k]:
            return k + 1
    return 1


def typography(text):
    curly = sum(text.count(c) for c in "“”")
    straight = text.count('"')
    if outer_style(text) == "single":
        return "curly-single-outer"
    if curly and straight:
        return "mixed"
    return "curly" if curly else "straight"


# --------------------------------------------------------------------- main
def main():
    arts = load_articles()
    rows = []
    if not os.path.exists(GOLD):
        problem("missing gold-d.csv")
    else:
        with open(GOLD, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames != GOLD_COLS:
                problem("gold-d.csv columns %r != %r" % (reader.fieldnames, GOLD_COLS))
            rows = list(reader)

    covered = {}          # (aid, quote start) -> row number
    last_pos = {}
    multi_para_rows = 0
    for n, r in enumerate(rows, start=2):      # csv line numbers
        tag = "gold line %d" % n
        aid = r["article_id"]
        if aid not in arts:
            problem("%s: unknown article %s" % (tag, aid))
            continue
        art = arts[aid]
        text = art["text"]
        tag = "%s (%s)" % (tag, aid)
        kind = r["kind"]
        if kind not in KINDS:
            problem("%s: bad kind %r" % (tag, kind))
        st = r["speaker_type"]
        if kind == "not-speech":
            if st or r["speaker"] or r["verb"] or r["speaker_as_written"]:
                problem("%s: not-speech row must have empty speaker, "
                        "speaker_as_written, verb and speaker_type" % tag)
        else:
            if st not in TYPES:
                problem("%s: bad speaker_type %r" % (tag, st))
            if not r["speaker"]:
                problem("%s: empty speaker" % tag)
            if kind in ("indirect", "according-to") and not r["verb"]:
                problem("%s: %s row without a verb" % (tag, kind))
        if r["verb"] != r["verb"].lower():
            problem("%s: verb not lower case" % tag)
        try:
            pno = int(r["paragraph_no"])
        except ValueError:
            problem("%s: paragraph_no %r not an integer" % (tag, r["paragraph_no"]))
            continue
        if not 1 <= pno <= len(art["paras"]):
            problem("%s: paragraph_no %d out of range" % (tag, pno))
            continue
        qs, qe = r["quote_start"], r["quote_end"]
        for label, s in (("quote_start", qs), ("quote_end", qe)):
            if not s or s != s.strip():
                problem("%s: %s empty or padded" % (tag, label))
            nw = len(s.split())
            if nw > 8 or (qs != qe and nw < 4):
                problem("%s: %s has %d words (4-8, or whole unit if <5)"
                        % (tag, label, nw))
        if kind in ("indirect", "according-to") and qe and qe[-1] in ".,;:!?":
            problem("%s: quote_end ends with punctuation" % tag)
        cs = text.count(qs) if qs else 0
        if cs != 1:
            problem("%s: quote_start %r occurs %d times" % (tag, qs, cs))
            continue
        ps = text.find(qs)
        if para_of(art, ps) != pno:
            problem("%s: quote_start is in paragraph %d, not %d"
                    % (tag, para_of(art, ps), pno))
        ce = text.count(qe) if qe else 0
        if ce != 1:
            problem("%s: quote_end %r occurs %d times" % (tag, qe, ce))
            continue
        pe = text.find(qe)
        if pe < ps:
            problem("%s: quote_end occurs before quote_start" % tag)
        end = pe + len(qe)
        if (aid in last_pos) and ps < last_pos[aid]:
            problem("%s: rows out of order" % tag)
        last_pos[aid] = ps
        if para_of(art, pe) > pno:
            if kind != "direct":
                problem("%s: non-direct unit spans paragraphs" % tag)
            multi_para_rows += 1
        if kind in ("direct", "not-speech"):
            match = [q for q in art["quotes"] if q["start"] == ps]
            if not match:
                problem("%s: quote_start does not begin right after an "
                        "opening quotation mark" % tag)
                continue
            q = match[0]
            key = (aid, q["start"])
            if key in covered:
                problem("%s: quotation already covered by line %d"
                        % (tag, covered[key]))
            covered[key] = n
            if end > q["end"]:
                problem("%s: quote_end runs past the closing mark" % tag)
            elif text[end:q["end"]].strip(TRAILING_PUNCT):
                problem("%s: quote_end is not the last words of the quotation "
                        "(left over: %r)" % (tag, text[end:q["end"]][:40]))
            if qs == qe and text[ps:q["end"]].strip(TRAILING_PUNCT) != qs:
                problem("%s: quote_start == quote_end but is not the whole "
                        "quotation" % tag)
            if kind == "not-speech" and q["paras"] > 1:
                problem("%s: not-speech quotation spans paragraphs" % tag)

    for aid, art in arts.items():
        for q in art["quotes"]:
            if (aid, q["start"]) not in covered:
                problem("%s: quotation in paragraph %d not covered by a direct "
                        "or not-speech row: %r" % (aid, q["para"],
                                                 art["text"][q["start"]:q["start"] + 50]))
        if aid not in last_pos:
            problem("%s: no gold rows" % aid)

    # ------------------------------------------------------------ summary
    styles = Counter(a["row"]["style"] for a in arts.values())
    subjects = Counter(a["row"]["subject"] for a in arts.values())
    for s in STYLES[:5]:
        if styles[s] < 2:
            problem("style %s used %d times (need at least 2)" % (s, styles[s]))
    if len(subjects) < 8:
        problem("only %d different subjects (need at least 8)" % len(subjects))

    def show(title, counter):
        items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
        print("%s: %s" % (title, ", ".join(
            "%s=%d" % (k if k else "(empty)", v) for k, v in items)))

    print("articles: %d   paragraphs: %d   words: %d   rows: %d" % (
        len(arts), sum(len(a["paras"]) for a in arts.values()),
        sum(a["words"] for a in arts.values()), len(rows)))
    show("rows by kind", Counter(r["kind"] for r in rows))
    show("rows by verb", Counter(r["verb"] for r in rows))
    show("rows by speaker_type", Counter(r["speaker_type"] for r in rows))
    style_of = {aid: a["row"]["style"] for aid, a in arts.items()}
    show("rows by style", Counter(style_of.get(r["article_id"], "?") for r in rows))
    show("articles by style", styles)
    show("articles by subject", subjects)
    show("articles by typography", Counter(typography(a["text"]) for a in arts.values()))
    mq = sum(1 for a in arts.values() for q in a["quotes"] if q["paras"] > 1)
    print("multi-paragraph quotations: %d (rows spanning paragraphs: %d)"
          % (mq, multi_para_rows))
    pron = [r for r in rows if r["speaker_as_written"].lower() in PRONOUNS]
    print("pronoun speakers: %d" % len(pron))
    desc = [r for r in rows
            if r["speaker_as_written"].lower().startswith(DESC_PREFIXES)
            and r["speaker"].split()[-1].lower() not in r["speaker_as_written"].lower()]
    print("description speakers: %d" % len(desc))
    print("anonymous: %d" % sum(1 for r in rows if r["speaker_type"] == "anonymous"))
    print("no-cue continuation rows: %d" % sum(
        1 for r in rows if r["kind"] == "direct" and not r["verb"]))

    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nno problems found")


if __name__ == "__main__":
    main()
