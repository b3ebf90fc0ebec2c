#!/usr/bin/env python3
"""Consistency check for the hand-annotated attribution evaluation set, half A.

Standard library only. Loads articles-a.csv and gold-a.csv (next to this
script), verifies every gold row against the article texts, and prints a
summary. Exit status 0 when no problem was found, 1 otherwise.

Run:  python3 data/attribution-eval/_check_a.py      (add -v to list inverted cues)
"""

import csv
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES_CSV = os.path.join(HERE, "articles-a.csv")
GOLD_CSV = os.path.join(HERE, "gold-a.csv")

ARTICLE_COLS = ["article_id", "file", "style", "subject"]
GOLD_COLS = ["article_id", "paragraph_no", "quote_start", "quote_end", "kind",
             "speaker", "speaker_as_written", "verb", "speaker_type",
             "description", "note"]
KINDS = {"direct", "indirect", "according-to", "not-speech"}
SPEAKER_TYPES = {"person", "organisation", "media", "anonymous"}
STYLES = {"wire", "broadsheet", "tabloid", "local-paper", "broadcaster-site"}
SUBJECTS = {"courts", "sport", "business", "local-government", "elections",
            "conflict", "health", "environment", "culture"}
PRONOUNS = {"he", "she", "they", "him", "her"}
SOCIAL_VERBS = {"tweeted", "posted"}

# Quotation marks. Straight marks are ambiguous (open or close); curly are not.
OPEN_DOUBLE = "\u201c"    # “
CLOSE_DOUBLE = "\u201d"   # ”
OPEN_SINGLE = "\u2018"    # ‘
CLOSE_SINGLE = "\u2019"   # ’ (also the apostrophe)
OPENING_MARKS = {OPEN_DOUBLE, '"'}
CLOSING_MARKS = {CLOSE_DOUBLE, '"'}

ID_RE = re.compile(r"^a\d\d-[a-z]+(?:-[a-z]+){1,3}$")

problems = []
VERBOSE = "-v" in sys.argv[1:]


def problem(msg):
    problems.append(msg)


def load_csv(path, expected_cols):
    if not os.path.exists(path):
        problem(f"missing file: {path}")
        return []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            problem(f"{os.path.basename(path)}: empty file")
            return []
        if header != expected_cols:
            problem(f"{os.path.basename(path)}: header is {header}, expected {expected_cols}")
        rows = []
        for lineno, rec in enumerate(reader, start=2):
            if not rec or all(not c.strip() for c in rec):
                continue
            if len(rec) != len(expected_cols):
                problem(f"{os.path.basename(path)} line {lineno}: {len(rec)} fields, expected {len(expected_cols)}")
                continue
            row = dict(zip(expected_cols, rec))
            row["_line"] = lineno
            rows.append(row)
        return rows


def split_paragraphs(text):
    """Return list of (start_offset, end_offset) for paragraphs separated by one blank line."""
    spans = []
    pos = 0
    body = text.rstrip("\n")
    for block in body.split("\n\n"):
        spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return spans


def paragraph_of(offset, spans):
    for i, (s, e) in enumerate(spans, start=1):
        if s <= offset < e or (offset == e and s < e):
            return i
    return None


def find_all(hay, needle):
    out, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def opening_mark_positions(text, spans):
    """Positions of opening double quotation marks (curly always; straight by context)."""
    out = []
    for s, e in spans:
        para = text[s:e]
        for i, ch in enumerate(para):
            if ch == OPEN_DOUBLE:
                out.append(s + i)
            elif ch == '"':
                prev = para[i - 1] if i > 0 else ""
                nxt = para[i + 1] if i + 1 < len(para) else ""
                if (prev == "" or prev.isspace() or prev in "([{\u2014-") and nxt and not nxt.isspace():
                    out.append(s + i)
    return out


def typography(text):
    curly = text.count(OPEN_DOUBLE) + text.count(CLOSE_DOUBLE)
    straight = text.count('"')
    if curly and straight:
        return "mixed"
    if curly:
        return "curly"
    if straight:
        return "straight"
    return "none"


def main():
    articles = load_csv(ARTICLES_CSV, ARTICLE_COLS)
    gold = load_csv(GOLD_CSV, GOLD_COLS)

    texts, spans_by_id, style_by_id = {}, {}, {}
    total_paras = total_words = 0
    typo = Counter()
    seen_ids = set()
    for a in articles:
        aid = a["article_id"]
        where = f"articles-a.csv line {a['_line']} ({aid})"
        if aid in seen_ids:
            problem(f"{where}: duplicate article_id")
        seen_ids.add(aid)
        if not ID_RE.match(aid):
            problem(f"{where}: article_id does not look like aNN-slug-of-2-to-4-words")
        if a["file"] != f"texts/{aid}.txt":
            problem(f"{where}: file should be texts/{aid}.txt, got {a['file']}")
        if a["style"] not in STYLES:
            problem(f"{where}: unknown style {a['style']!r}")
        if a["subject"] not in SUBJECTS:
            problem(f"{where}: unknown subject {a['subject']!r}")
        path = os.path.join(HERE, a["file"])
        if not os.path.exists(path):
            problem(f"{where}: text file missing: {a['file']}")
            continue
        try:
            with open(path, encoding="utf-8", newline="") as f:
                text = f.read()
        except UnicodeDecodeError:
            problem(f"{where}: not valid UTF-8")
            continue
        if "\r" in text:
            problem(f"{where}: contains carriage returns")
        if "\n\n\n" in text:
            problem(f"{where}: paragraphs separated by more than one blank line")
        spans = split_paragraphs(text)
        for i, (s, e) in enumerate(spans, start=1):
            para = text[s:e]
            if not para.strip():
                problem(f"{where}: paragraph {i} is empty")
            elif "\n" in para:
                problem(f"{where}: paragraph {i} contains a line break")
            elif para != para.strip():
                problem(f"{where}: paragraph {i} has leading/trailing whitespace")
        if not 8 <= len(spans) <= 14:
            problem(f"{where}: {len(spans)} paragraphs, expected 8-14")
        words = len(text.split())
        if not 400 <= words <= 900:
            problem(f"{where}: {words} words, expected 400-900")
        texts[aid] = text
        spans_by_id[aid] = spans
        style_by_id[aid] = a["style"]
        total_paras += len(spans)
        total_words += words
        typo[typography(text)] += 1

    by_kind, by_verb, by_type, by_style = Counter(), Counter(), Counter(), Counter()
    rows_per_article = Counter()
    n_multi = n_pron = n_desc = n_inverted = n_social = n_anon = n_cont = 0
    covered_starts = {aid: set() for aid in texts}
    last_pos = {}

    for g in gold:
        aid = g["article_id"]
        where = f"gold-a.csv line {g['_line']} ({aid})"
        if aid not in texts:
            problem(f"{where}: article not found in articles-a.csv or text missing")
            continue
        text, spans = texts[aid], spans_by_id[aid]
        rows_per_article[aid] += 1
        kind, stype, verb = g["kind"], g["speaker_type"], g["verb"]
        qs, qe = g["quote_start"], g["quote_end"]

        if kind not in KINDS:
            problem(f"{where}: kind {kind!r} not in {sorted(KINDS)}")
        if kind == "not-speech":
            if stype or g["speaker"] or verb or g["speaker_as_written"]:
                problem(f"{where}: not-speech row must have empty speaker, speaker_as_written, verb, speaker_type")
        else:
            if stype not in SPEAKER_TYPES:
                problem(f"{where}: speaker_type {stype!r} not in {sorted(SPEAKER_TYPES)}")
            if not g["speaker"]:
                problem(f"{where}: speaker is empty")
            if not verb and "continues previous speaker" not in g["note"]:
                problem(f"{where}: empty verb but note lacks 'continues previous speaker'")
            if not verb and g["speaker_as_written"]:
                problem(f"{where}: cue-less continuation should have empty speaker_as_written")
        if verb != verb.lower():
            problem(f"{where}: verb {verb!r} is not lower case")

        try:
            pno = int(g["paragraph_no"])
        except ValueError:
            problem(f"{where}: paragraph_no {g['paragraph_no']!r} is not an integer")
            continue
        if not 1 <= pno <= len(spans):
            problem(f"{where}: paragraph_no {pno} outside 1..{len(spans)}")
            continue

        for label, s in (("quote_start", qs), ("quote_end", qe)):
            n = len(s.split())
            if n == 0:
                problem(f"{where}: {label} is empty")
            elif n > 8:
                problem(f"{where}: {label} has {n} words (max 8)")
            elif n < 4 and qs != qe:
                problem(f"{where}: {label} has {n} words; short units need quote_start == quote_end")
            if s != s.strip():
                problem(f"{where}: {label} has leading/trailing whitespace")

        starts = find_all(text, qs)
        if len(starts) != 1:
            problem(f"{where}: quote_start occurs {len(starts)} times: {qs!r}")
            continue
        s_pos = starts[0]
        if paragraph_of(s_pos, spans) != pno:
            problem(f"{where}: quote_start is in paragraph {paragraph_of(s_pos, spans)}, not {pno}")
        ends = find_all(text, qe)
        if len(ends) != 1:
            problem(f"{where}: quote_end occurs {len(ends)} times: {qe!r}")
            continue
        e_pos = ends[0]
        e_end = e_pos + len(qe)
        if e_pos < s_pos:
            problem(f"{where}: quote_end occurs before quote_start")
            continue
        end_para = paragraph_of(e_end - 1, spans)

        if aid in last_pos and s_pos < last_pos[aid]:
            problem(f"{where}: rows not in order of appearance")
        last_pos[aid] = s_pos

        if kind in ("direct", "not-speech"):
            before = text[s_pos - 1] if s_pos > 0 else ""
            after = text[e_end] if e_end < len(text) else ""
            if before not in OPENING_MARKS:
                problem(f"{where}: {kind} unit not preceded by an opening double mark (found {before!r})")
            else:
                covered_starts[aid].add(s_pos - 1)
            if after not in CLOSING_MARKS:
                problem(f"{where}: {kind} unit not followed by a closing double mark (found {after!r})")
            if end_para != pno:
                # open-paragraph convention: each later paragraph must open with a mark,
                # and each earlier paragraph of the span must not close the quotation
                for p in range(pno + 1, end_para + 1):
                    ps, _ = spans[p - 1]
                    if text[ps] not in OPENING_MARKS:
                        problem(f"{where}: multi-paragraph unit, paragraph {p} does not open with a mark")
                    covered_starts[aid].add(ps)
                for p in range(pno, end_para):
                    _, pe = spans[p - 1]
                    if text[pe - 1] in CLOSING_MARKS:
                        problem(f"{where}: multi-paragraph unit, paragraph {p} ends with a closing mark")
        elif end_para != pno:
            problem(f"{where}: {kind} unit spans paragraphs {pno}-{end_para}")

        # summary features
        by_kind[kind] += 1
        by_verb[verb or "(none)"] += 1
        by_type[stype or "(none)"] += 1
        by_style[style_by_id[aid]] += 1
        if end_para != pno:
            n_multi += 1
        saw = g["speaker_as_written"].strip()
        if saw.lower() in PRONOUNS:
            n_pron += 1
        if saw.lower().startswith("the "):
            n_desc += 1
        if kind != "not-speech" and not verb:
            n_cont += 1
        if kind in ("direct", "indirect") and verb and saw:
            # inverted cue: the unit is followed by VERB + SPEAKER ("...," said Mayor X)
            tail = text[e_end:e_end + 200]
            pat = r"^[\u201d\"\u2019']?[\s,]*" + re.escape(verb) + r"\s+" + re.escape(saw)
            if re.match(pat, tail, flags=re.IGNORECASE):
                n_inverted += 1
                if VERBOSE:
                    print(f"  inverted: {aid} p{pno}: ...{qe!r} {verb} {saw}")
        if verb in SOCIAL_VERBS or "social media" in g["note"].lower():
            n_social += 1
        if stype == "anonymous":
            n_anon += 1

    # every opening double quotation mark must start a gold unit (direct or not-speech)
    for aid, text in texts.items():
        for pos in opening_mark_positions(text, spans_by_id[aid]):
            if pos not in covered_starts[aid]:
                snippet = text[pos:pos + 40].replace("\n", " ")
                problem(f"{aid}: opening quotation mark at paragraph "
                        f"{paragraph_of(pos, spans_by_id[aid])} not covered by a gold row: {snippet!r}")
        n = rows_per_article[aid]
        if not 5 <= n <= 12:
            problem(f"{aid}: {n} gold rows, expected 5-12")

    # ---- summary ----
    def show(title, counter):
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))))

    print(f"articles: {len(texts)}  paragraphs: {total_paras}  words: {total_words}  gold rows: {sum(by_kind.values())}")
    show("articles by style", Counter(style_by_id.values()))
    show("articles by typography", typo)
    show("rows by kind", by_kind)
    show("rows by verb", by_verb)
    show("rows by speaker_type", by_type)
    show("rows by style", by_style)
    print(f"multi-paragraph quotations: {n_multi}")
    print(f"cue-less continuations: {n_cont}")
    print(f"pronoun speakers: {n_pron}")
    print(f"description speakers: {n_desc}")
    print(f"inverted cues: {n_inverted}")
    print(f"social posts: {n_social}")
    print(f"anonymous: {n_anon}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nno problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
