#!/usr/bin/env python3
"""Check annotator F's part of attribution-eval-3 (standard library only).

Verifies articles-f.csv, texts/f*.txt and gold-f.csv against the annotation
conventions, prints a summary and exits 1 if any problem was found.
Usage: python3 _check_f.py
"""
import csv
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold-f.csv")
ARTICLES = os.path.join(HERE, "articles-f.csv")

GOLD_COLS = ["article_id", "paragraph_no", "quote_start", "quote_end", "kind",
             "speaker", "speaker_as_written", "verb", "speaker_type",
             "description", "note"]
ART_COLS = ["article_id", "file", "style", "subject"]
KINDS = ["direct", "indirect", "according-to", "not-speech"]
TYPES = ["person", "organisation", "media", "anonymous"]
STYLES = ["wire", "broadsheet", "tabloid", "local-paper", "broadcaster-site",
          "student-newspaper"]
SUBJECTS = ["a port strike", "a university protest", "a heatwave",
            "a housing tribunal", "a cycling race", "a chemical spill",
            "a parliamentary vote", "a border crossing", "a film festival",
            "a children's hospital", "an election recount",
            "a cyberattack on a council", "a zoo", "a ferry accident",
            "a farm subsidy"]
OPENING = {'"', "'", "\u201c", "\u2018"}
CLOSING = {'"', "'", "\u201d", "\u2019"}
PRONOUNS = {"he", "she", "they", "it", "we", "him", "her", "them"}

problems = []


def problem(msg):
    problems.append(msg)


def words(s):
    return len(s.split())


def paragraphs_of(text):
    """Return list of (start, end) character spans of paragraphs."""
    body = text.rstrip("\n")
    spans = []
    pos = 0
    for para in body.split("\n\n"):
        spans.append((pos, pos + len(para)))
        pos += len(para) + 2
    return body, spans


# ---------------------------------------------------------------- articles
articles = {}
with open(ARTICLES, newline="", encoding="utf-8") as fh:
    reader = csv.DictReader(fh)
    if reader.fieldnames != ART_COLS:
        problem("articles-f.csv: columns %r, expected %r" % (reader.fieldnames, ART_COLS))
    art_rows = list(reader)

for r in art_rows:
    aid = r["article_id"]
    if aid in articles:
        problem("articles-f.csv: duplicate article_id %s" % aid)
    m = re.fullmatch(r"texts/(f\d\d)-[a-z]+(?:-[a-z]+){1,3}\.txt", r["file"])
    if not m or m.group(1) != aid:
        problem("%s: bad file name %r" % (aid, r["file"]))
    if r["style"] not in STYLES:
        problem("%s: unknown style %r" % (aid, r["style"]))
    if r["subject"] not in SUBJECTS:
        problem("%s: unknown subject %r" % (aid, r["subject"]))
    path = os.path.join(HERE, r["file"])
    if not os.path.isfile(path):
        problem("%s: file %s does not exist" % (aid, r["file"]))
        continue
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\r" in raw:
        problem("%s: carriage returns in text" % aid)
    if "\n\n\n" in raw.rstrip("\n"):
        problem("%s: paragraphs separated by more than one blank line" % aid)
    body, spans = paragraphs_of(raw)
    paras = [body[a:b] for a, b in spans]
    for i, p in enumerate(paras, 1):
        if not p.strip() or p != p.strip() or "\n" in p:
            problem("%s: paragraph %d is empty, padded or has a line break" % (aid, i))
    if not 8 <= len(paras) <= 14:
        problem("%s: %d paragraphs (need 8-14)" % (aid, len(paras)))
    nw = words(body)
    if not 350 <= nw <= 800:
        problem("%s: %d words (need 350-800)" % (aid, nw))
    articles[aid] = {"text": body, "spans": spans, "style": r["style"],
                     "subject": r["subject"], "words": nw}

if len(articles) != 12:
    problem("expected 12 articles, found %d" % len(articles))
style_count = Counter(a["style"] for a in articles.values())
for s in STYLES:
    if style_count[s] != 2:
        problem("style %s used %d times (need 2)" % (s, style_count[s]))
if len({a["subject"] for a in articles.values()}) != 10:
    problem("need exactly 10 different subjects, found %d"
            % len({a["subject"] for a in articles.values()}))

# -------------------------------------------------------------------- gold
with open(GOLD, newline="", encoding="utf-8") as fh:
    reader = csv.DictReader(fh)
    if reader.fieldnames != GOLD_COLS:
        problem("gold-f.csv: columns %r, expected %r" % (reader.fieldnames, GOLD_COLS))
    gold = list(reader)


def para_index(spans, pos):
    for i, (a, b) in enumerate(spans, 1):
        if a <= pos <= b:
            return i
    return None


multi_para = []
last_key = None
rows_per_article = Counter()
for n, r in enumerate(gold, 2):
    where = "gold-f.csv line %d (%s p%s)" % (n, r.get("article_id"), r.get("paragraph_no"))
    if None in r.values() or None in r:
        problem("%s: wrong number of fields" % where)
        continue
    aid = r["article_id"]
    if aid not in articles:
        problem("%s: unknown article" % where)
        continue
    rows_per_article[aid] += 1
    art = articles[aid]
    text, spans = art["text"], art["spans"]
    try:
        pno = int(r["paragraph_no"])
    except ValueError:
        problem("%s: paragraph_no not an integer" % where)
        continue
    if not 1 <= pno <= len(spans):
        problem("%s: paragraph_no out of range 1-%d" % (where, len(spans)))
        continue
    qs, qe, kind = r["quote_start"], r["quote_end"], r["kind"]
    if kind not in KINDS:
        problem("%s: bad kind %r" % (where, kind))
    # quote_start / quote_end
    if not qs or not qe:
        problem("%s: empty quote_start/quote_end" % where)
        continue
    if qs != qs.strip() or qe != qe.strip():
        problem("%s: quote_start/quote_end has outer spaces" % where)
    if text.count(qs) != 1:
        problem("%s: quote_start %r occurs %d times" % (where, qs, text.count(qs)))
        continue
    ps = text.find(qs)
    a, b = spans[pno - 1]
    if not (a <= ps and ps + len(qs) <= b):
        problem("%s: quote_start %r not inside paragraph %d" % (where, qs, pno))
    if text.count(qe) != 1:
        problem("%s: quote_end %r occurs %d times" % (where, qe, text.count(qe)))
        continue
    pe = text.find(qe)
    if pe < ps:
        problem("%s: quote_end %r before quote_start" % (where, qe))
    end = pe + len(qe)
    if qs == qe:
        if words(qs) > 8:
            problem("%s: whole-unit quote_start has %d words (max 8)" % (where, words(qs)))
    else:
        for label, s in (("quote_start", qs), ("quote_end", qe)):
            if not 4 <= words(s) <= 8:
                problem("%s: %s %r has %d words (need 4-8)" % (where, label, s, words(s)))
    # typography of the unit
    if kind in ("direct", "not-speech"):
        if ps == 0 or text[ps - 1] not in OPENING:
            problem("%s: %s row does not start right after an opening mark" % (where, kind))
        if end >= len(text) or text[end] not in CLOSING:
            problem("%s: %s row does not end right before a closing mark" % (where, kind))
        if qs == qe and words(qs) >= 5 and kind == "direct":
            pass  # a short unit given whole; allowed
    else:
        if qe[-1] in ".,;:!?":
            problem("%s: %s quote_end should stop before final punctuation" % (where, kind))
    end_para = para_index(spans, pe)
    if kind == "direct" and end_para and end_para > pno:
        multi_para.append((aid, pno, end_para))
        # open-paragraph convention: every paragraph but the last ends without a closing mark
        for k in range(pno, end_para):
            pa, pb = spans[k - 1]
            if text[pb - 1] in CLOSING:
                problem("%s: multi-paragraph quotation: paragraph %d ends with a closing mark" % (where, k))
            na, nb = spans[k]
            if text[na] not in OPENING:
                problem("%s: multi-paragraph quotation: paragraph %d does not open with a mark" % (where, k + 1))
    # order
    key = (aid, ps)
    if last_key and (key[0] < last_key[0] or (key[0] == last_key[0] and key[1] < last_key[1])):
        problem("%s: rows out of order" % where)
    last_key = key
    # speaker fields
    sp, saw, verb, st = r["speaker"], r["speaker_as_written"], r["verb"], r["speaker_type"]
    if kind == "not-speech":
        if sp or saw or verb or st:
            problem("%s: not-speech row must have empty speaker, speaker_as_written, verb, speaker_type" % where)
    else:
        if st not in TYPES:
            problem("%s: bad speaker_type %r" % (where, st))
        if not sp:
            problem("%s: empty speaker" % where)
        if verb != verb.lower():
            problem("%s: verb not lower case" % where)
        if bool(verb) != bool(saw):
            problem("%s: verb and speaker_as_written must both be set or both empty" % where)
        if saw and saw not in text:
            problem("%s: speaker_as_written %r not in article" % (where, saw))
        if verb and verb.split()[0] not in text.lower():
            problem("%s: verb %r not in article" % (where, verb))
        if kind == "according-to" and verb != "according to":
            problem("%s: according-to row with verb %r" % (where, verb))
        if st == "person" and sp.lower() in PRONOUNS:
            problem("%s: speaker is a pronoun" % where)
        if sp and st in ("person", "organisation", "media") and sp not in text \
                and not any(w in text for w in sp.split() if w[:1].isupper()):
            problem("%s: speaker %r not found in article" % (where, sp))

for aid in articles:
    if rows_per_article[aid] == 0:
        problem("%s: no gold rows" % aid)

# ----------------------------------------------------------------- summary
def show(title, counter):
    print("%s:" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-22s %d" % (k or "(empty)", v))

print("articles: %d   paragraphs: %d   words: %d   rows: %d" % (
    len(articles), sum(len(a["spans"]) for a in articles.values()),
    sum(a["words"] for a in articles.values()), len(gold)))
show("rows by kind", Counter(r["kind"] for r in gold))
show("rows by verb", Counter(r["verb"] for r in gold if r["kind"] != "not-speech"))
show("rows by speaker_type", Counter(r["speaker_type"] for r in gold if r["kind"] != "not-speech"))
show("rows by style", Counter(articles[r["article_id"]]["style"] for r in gold if r["article_id"] in articles))


def is_description(r):
    saw = r["speaker_as_written"]
    if not saw.lower().startswith("the ") or saw.lower() in PRONOUNS:
        return False
    return saw[4:].lower() not in r["speaker"].lower()


pron = [r for r in gold if r["speaker_as_written"].lower() in PRONOUNS]
desc = [r for r in gold if is_description(r)]
anon = [r for r in gold if r["speaker_type"] == "anonymous"]
spokes = [r for r in gold if r["speaker_type"] == "organisation" and "spokes" in r["description"].lower()]
print("multi-paragraph quotations: %d %s" % (len(multi_para), ["%s p%d-%d" % m for m in multi_para]))
print("pronoun speakers: %d %s" % (len(pron), dict(Counter(r["speaker_as_written"].lower() for r in pron))))
print("description speakers: %d %s" % (len(desc), sorted({r["speaker_as_written"] for r in desc})))
print("anonymous: %d" % len(anon))
print("unnamed spokespeople: %d" % len(spokes))
print("quotation marks per article (curly double/single, straight double/single):")
for aid in sorted(articles):
    t = articles[aid]["text"]
    print("  %s %-17s curly %d/%d  straight %d/%d" % (
        aid, articles[aid]["style"], t.count("\u201c") + t.count("\u201d"),
        t.count("\u2018"), t.count('"'), t.count("'")))

if problems:
    print("\n%d PROBLEM(S):" % len(problems))
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("\nno problems found")
