#!/usr/bin/env python3
"""Consistency checker for attribution-eval-2, part C (standard library only).

Usage: python3 _check_c.py
Checks articles-c.csv, gold-c.csv and texts/c*.txt; prints a summary and
exits with status 1 if any problem is found.
"""
import csv
import os
import re
import sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(BASE, "gold-c.csv")
ARTICLES = os.path.join(BASE, "articles-c.csv")
TEXTS = os.path.join(BASE, "texts")

GOLD_COLS = ["article_id", "paragraph_no", "quote_start", "quote_end", "kind",
             "speaker", "speaker_as_written", "verb", "speaker_type",
             "description", "note"]
ARTICLE_COLS = ["article_id", "file", "style", "subject"]
KINDS = {"direct", "indirect", "according-to", "not-speech"}
TYPES = {"person", "organisation", "media", "anonymous"}
STYLES = ["wire", "broadsheet", "tabloid", "local-paper", "broadcaster-site", "magazine"]
SUBJECTS = {"transport", "housing", "science", "crime", "immigration", "agriculture",
            "technology", "religion", "military", "weather-disaster", "trade-unions", "arts"}
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "we", "i"}
DESC_DETERMINERS = ("the ", "a ", "an ", "its ", "his ", "her ", "their ", "one ")
NAME_RE = re.compile(r"^c(0[1-9]|1[0-2])-[a-z]+(-[a-z]+){1,3}$")

LDQ, RDQ, LSQ, RSQ, SDQ = "\u201c", "\u201d", "\u2018", "\u2019", '"'
OPEN_CONTEXT = " \t([\u2014\u2013-/"

problems = []


def problem(msg):
    problems.append(msg)


def load_article(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if "\r" in raw:
        problem(f"{path}: contains carriage returns")
    if not raw.endswith("\n") or raw.endswith("\n\n"):
        problem(f"{path}: file must end with exactly one newline")
    body = raw.rstrip("\n")
    paras = body.split("\n\n")
    spans = []
    pos = 0
    for i, p in enumerate(paras, 1):
        if not p.strip():
            problem(f"{path}: paragraph {i} empty (more than one blank line?)")
        if "\n" in p:
            problem(f"{path}: paragraph {i} contains a single line break")
        if p != p.strip():
            problem(f"{path}: paragraph {i} has leading/trailing whitespace")
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    return body, paras, spans


def scan_marks(body, paras, spans, name):
    """Return (outer_openers, continuation_openers) as absolute offsets.

    outer_openers: opening marks at nesting depth 0 that begin a new quotation.
    continuation_openers: opening marks at the start of a paragraph that
    continue a quotation left open at the end of the previous paragraph.
    Nested marks (depth >= 1) are ignored.
    """
    outer, cont = [], []
    carried = None
    for pi, (p, (s, _e)) in enumerate(zip(paras, spans), 1):
        stack = []
        for i, ch in enumerate(p):
            prev = p[i - 1] if i else ""
            nxt = p[i + 1] if i + 1 < len(p) else ""
            is_open = (ch in (LDQ, LSQ)) or (ch == SDQ and (prev == "" or prev in OPEN_CONTEXT))
            if ch == LSQ and prev.isalnum():
                problem(f"{name} p{pi}: left single mark directly after a letter")
            if is_open:
                if not stack:
                    if i == 0 and carried is not None:
                        cont.append(s + i)
                    else:
                        outer.append(s + i)
                stack.append(ch)
            elif ch in (RDQ, SDQ):
                if stack and stack[-1] in (LDQ, SDQ):
                    stack.pop()
                else:
                    problem(f"{name} p{pi}: closing double mark without an opener at char {i}")
            elif ch == RSQ:
                if stack and stack[-1] == LSQ and not (prev.isalpha() and nxt.isalpha()):
                    stack.pop()
        if carried is not None and not (p[:1] in (LDQ, LSQ, SDQ)):
            problem(f"{name} p{pi}: previous paragraph ended inside a quotation "
                    f"but this paragraph does not open with a quotation mark")
        if len(stack) > 1:
            problem(f"{name} p{pi}: paragraph ends inside a nested quotation")
        carried = stack[0] if stack else None
    if carried is not None:
        problem(f"{name}: last paragraph ends inside an open quotation")
    return outer, cont


def para_of(spans, pos):
    for i, (s, e) in enumerate(spans, 1):
        if s <= pos < e:
            return i
    return None


def main():
    # ---------- articles ----------
    with open(ARTICLES, encoding="utf-8", newline="") as fh:
        rdr = csv.DictReader(fh)
        if rdr.fieldnames != ARTICLE_COLS:
            problem(f"articles-c.csv: columns {rdr.fieldnames} != {ARTICLE_COLS}")
        arts = list(rdr)
    articles = {}
    order = []
    for a in arts:
        aid = a["article_id"]
        if aid in articles:
            problem(f"articles-c.csv: duplicate {aid}")
        if not NAME_RE.match(aid):
            problem(f"articles-c.csv: bad article_id {aid}")
        if a["file"] != f"texts/{aid}.txt":
            problem(f"articles-c.csv: file {a['file']} does not match {aid}")
        if a["style"] not in STYLES:
            problem(f"articles-c.csv: bad style {a['style']} for {aid}")
        if a["subject"] not in SUBJECTS:
            problem(f"articles-c.csv: bad subject {a['subject']} for {aid}")
        path = os.path.join(BASE, a["file"])
        if not os.path.exists(path):
            problem(f"{aid}: file missing")
            continue
        body, paras, spans = load_article(path)
        if not 8 <= len(paras) <= 14:
            problem(f"{aid}: {len(paras)} paragraphs (need 8-14)")
        nw = len(body.split())
        if not 350 <= nw <= 800:
            problem(f"{aid}: {nw} words (need 350-800)")
        outer, cont = scan_marks(body, paras, spans, aid)
        articles[aid] = dict(body=body, paras=paras, spans=spans, outer=outer,
                             cont=cont, style=a["style"], subject=a["subject"], words=nw)
        order.append(aid)
    on_disk = sorted(f[:-4] for f in os.listdir(TEXTS) if f.startswith("c") and f.endswith(".txt"))
    if on_disk != sorted(articles):
        problem(f"texts/c*.txt {on_disk} differ from articles-c.csv {sorted(articles)}")
    style_counts = Counter(a["style"] for a in articles.values())
    for st in STYLES[:5]:
        if style_counts[st] < 2:
            problem(f"style {st}: only {style_counts[st]} articles (need >= 2)")
    if len({a["subject"] for a in articles.values()}) < 8:
        problem("fewer than 8 different subjects")

    # ---------- gold ----------
    with open(GOLD, encoding="utf-8", newline="") as fh:
        rdr = csv.DictReader(fh)
        if rdr.fieldnames != GOLD_COLS:
            problem(f"gold-c.csv: columns {rdr.fieldnames} != {GOLD_COLS}")
        rows = list(rdr)

    covered = {aid: [] for aid in articles}   # (start, end, kind)
    last_key = None
    multi_para = pronoun = description = 0
    for n, r in enumerate(rows, 2):
        tag = f"gold-c.csv line {n}"
        aid = r["article_id"]
        if aid not in articles:
            problem(f"{tag}: unknown article {aid}")
            continue
        art = articles[aid]
        body, spans = art["body"], art["spans"]
        try:
            pno = int(r["paragraph_no"])
        except ValueError:
            problem(f"{tag}: paragraph_no not an integer")
            continue
        if not 1 <= pno <= len(spans):
            problem(f"{tag}: paragraph_no {pno} out of range")
            continue
        qs, qe, kind, st = r["quote_start"], r["quote_end"], r["kind"], r["speaker_type"]
        if kind not in KINDS:
            problem(f"{tag}: bad kind {kind!r}")
        if kind == "not-speech":
            if st or r["speaker"] or r["verb"] or r["speaker_as_written"]:
                problem(f"{tag}: not-speech row must have empty speaker/verb/speaker_type")
        else:
            if st not in TYPES:
                problem(f"{tag}: bad speaker_type {st!r}")
            if not r["speaker"]:
                problem(f"{tag}: empty speaker")
        if r["verb"] != r["verb"].lower():
            problem(f"{tag}: verb must be lower case")
        for label, s in (("quote_start", qs), ("quote_end", qe)):
            if not s or s != s.strip():
                problem(f"{tag}: {label} empty or padded")
            if s[:1] in (LDQ, SDQ, LSQ) or s[-1:] in (RDQ, SDQ):
                problem(f"{tag}: {label} includes an outer quotation mark")
        nws, nwe = len(qs.split()), len(qe.split())
        if qs == qe:
            if nws > 8:
                problem(f"{tag}: whole-unit quote_start longer than 8 words")
        elif not (4 <= nws <= 8 and 4 <= nwe <= 8):
            problem(f"{tag}: quote_start/quote_end must be 4-8 words ({nws}/{nwe})")
        cs = body.count(qs)
        if cs != 1:
            problem(f"{tag}: quote_start occurs {cs} times: {qs!r}")
            continue
        ps = body.find(qs)
        if para_of(spans, ps) != pno:
            problem(f"{tag}: quote_start is in paragraph {para_of(spans, ps)}, not {pno}")
        ce = body.count(qe)
        if ce != 1:
            problem(f"{tag}: quote_end occurs {ce} times: {qe!r}")
            continue
        pe = body.find(qe)
        if pe < ps:
            problem(f"{tag}: quote_end occurs before quote_start")
            continue
        end = pe + len(qe)
        if para_of(spans, end - 1) != pno:
            multi_para += 1
            if kind != "direct":
                problem(f"{tag}: only direct units may span paragraphs")
        after = body[end:end + 6]
        if kind in ("direct", "not-speech"):
            if body[ps - 1:ps] not in (LDQ, LSQ, SDQ) or (ps - 1) not in art["outer"]:
                problem(f"{tag}: quote_start does not follow an outer opening mark")
            if not re.match(r"^[.,;:?!]*[\u201d\u2019\"]", after):
                problem(f"{tag}: quote_end does not reach the closing mark ({after!r})")
        else:
            if not re.match(r"^[.,;:?!\u2014]", after):
                problem(f"{tag}: indirect/according-to unit should stop before punctuation ({after!r})")
        key = (order.index(aid), ps)
        if last_key and key < last_key:
            problem(f"{tag}: rows out of order")
        last_key = key
        covered[aid].append((ps, end, kind))
        asw = r["speaker_as_written"]
        if asw.lower() in PRONOUNS:
            pronoun += 1
        elif asw.lower().startswith(DESC_DETERMINERS) and st != "anonymous":
            name_tokens = {t for t in re.findall(r"[\w'’-]+", r["speaker"]) if t[:1].isupper()}
            asw_tokens = set(re.findall(r"[\w'’-]+", asw))
            if not (name_tokens & asw_tokens) and not any(t.isupper() and len(t) > 1 for t in asw_tokens):
                description += 1

    # ---------- coverage of quotation marks ----------
    for aid, art in articles.items():
        starts = {ps for ps, _e, k in covered[aid] if k in ("direct", "not-speech")}
        for op in art["outer"]:
            if op + 1 not in starts:
                pi = para_of(art["spans"], op)
                snippet = art["body"][op:op + 40]
                problem(f"{aid} p{pi}: opening mark not covered by a row: {snippet!r}")
        for op in art["cont"]:
            if not any(k == "direct" and ps < op < e for ps, e, k in covered[aid]):
                pi = para_of(art["spans"], op)
                problem(f"{aid} p{pi}: continuation paragraph not inside a multi-paragraph row")

    # ---------- summary ----------
    def show(title, counter):
        print(f"{title}: " + ", ".join(f"{k or '(none)'}={v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))))

    print(f"articles: {len(articles)}; paragraphs: {sum(len(a['paras']) for a in articles.values())}; "
          f"words: {sum(a['words'] for a in articles.values())}; rows: {len(rows)}")
    show("rows by kind", Counter(r["kind"] for r in rows))
    show("rows by verb", Counter(r["verb"] for r in rows))
    show("rows by speaker_type", Counter(r["speaker_type"] for r in rows))
    show("articles by style", style_counts)
    show("rows by style", Counter(articles[r["article_id"]]["style"] for r in rows if r["article_id"] in articles))
    show("articles by subject", Counter(a["subject"] for a in articles.values()))
    print(f"multi-paragraph quotations: {multi_para}")
    print(f"pronoun speakers: {pronoun}")
    print(f"description speakers: {description}")
    print(f"anonymous: {sum(1 for r in rows if r['speaker_type'] == 'anonymous')}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()
