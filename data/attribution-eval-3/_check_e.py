#!/usr/bin/env python3
"""Checker for attribution-eval-3 half "e" (standard library only).

Verifies gold-e.csv against articles-e.csv and texts/, prints a summary,
exits 1 on any problem."""
import csv, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ['article_id', 'paragraph_no', 'quote_start', 'quote_end', 'kind', 'speaker',
        'speaker_as_written', 'verb', 'speaker_type', 'description', 'note']
KINDS = {'direct', 'indirect', 'according-to', 'not-speech'}
TYPES = {'person', 'organisation', 'media', 'anonymous'}
OPEN = set('"\'\u201c\u2018')
PRONOUNS = {'he', 'she', 'they', 'it', 'we', 'i'}
DESC_FIRST = {'the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their'}
problems = []


def prob(msg):
    problems.append(msg)


def count(sub, text):
    n, i = 0, text.find(sub)
    while i != -1:
        n += 1
        i = text.find(sub, i + 1)
    return n


def main():
    with open(os.path.join(HERE, 'articles-e.csv'), encoding='utf-8', newline='') as fh:
        arts = list(csv.DictReader(fh))
    texts, paras, styles = {}, {}, {}
    for a in arts:
        path = os.path.join(HERE, a['file'])
        if not os.path.isfile(path):
            prob(f"{a['article_id']}: missing file {a['file']}")
            continue
        t = open(path, encoding='utf-8').read()
        texts[a['article_id']] = t
        styles[a['article_id']] = a['style']
        body = t.rstrip('\n')
        if '\n\n\n' in body or body != body.strip():
            prob(f"{a['article_id']}: paragraphs must be separated by exactly one blank line")
        ps = body.split('\n\n')
        starts, o = [], 0
        for p in ps:
            starts.append(o)
            o += len(p) + 2
            if not p.strip() or p != p.strip():
                prob(f"{a['article_id']}: empty or padded paragraph")
        paras[a['article_id']] = (ps, starts)
        if not 8 <= len(ps) <= 14:
            prob(f"{a['article_id']}: {len(ps)} paragraphs (need 8-14)")
        wc = len(t.split())
        if not 350 <= wc <= 800:
            prob(f"{a['article_id']}: {wc} words (need 350-800)")

    with open(os.path.join(HERE, 'gold-e.csv'), encoding='utf-8', newline='') as fh:
        rd = csv.DictReader(fh)
        if rd.fieldnames != COLS:
            prob(f"gold-e.csv columns {rd.fieldnames} != {COLS}")
        rows = list(rd)

    last = {}
    multi = []
    for n, r in enumerate(rows, start=2):
        aid = r['article_id']
        where = f"gold-e.csv line {n} ({aid})"
        if aid not in texts:
            prob(f"{where}: unknown article")
            continue
        t = texts[aid]
        ps, starts = paras[aid]
        try:
            pno = int(r['paragraph_no'])
        except ValueError:
            prob(f"{where}: bad paragraph_no {r['paragraph_no']!r}")
            continue
        if not 1 <= pno <= len(ps):
            prob(f"{where}: paragraph_no {pno} out of range")
            continue
        qs, qe = r['quote_start'], r['quote_end']
        for lab, q in (('quote_start', qs), ('quote_end', qe)):
            nw = len(q.split())
            if q != q.strip() or nw == 0 or nw > 8 or (nw < 4 and qs != qe):
                prob(f"{where}: {lab} has {nw} words / bad spacing: {q!r}")
        if count(qs, t) != 1:
            prob(f"{where}: quote_start occurs {count(qs, t)} times: {qs!r}")
            continue
        i = t.find(qs)
        pstart = starts[pno - 1]
        if not (pstart <= i and i + len(qs) <= pstart + len(ps[pno - 1])):
            prob(f"{where}: quote_start not inside paragraph {pno}: {qs!r}")
        if count(qe, t) != 1:
            prob(f"{where}: quote_end occurs {count(qe, t)} times: {qe!r}")
        else:
            j = t.find(qe)
            if j < i:
                prob(f"{where}: quote_end before quote_start: {qe!r}")
            else:
                endp = max(k for k, s in enumerate(starts) if s <= j) + 1
                if endp > pno:
                    multi.append((aid, pno, endp, r['kind']))
        if aid in last and i < last[aid]:
            prob(f"{where}: rows out of order")
        last[aid] = i
        kind, st = r['kind'], r['speaker_type']
        if kind not in KINDS:
            prob(f"{where}: bad kind {kind!r}")
        if kind == 'not-speech':
            if st or r['speaker'] or r['verb']:
                prob(f"{where}: not-speech row must have empty speaker, verb, speaker_type")
        else:
            if st not in TYPES:
                prob(f"{where}: bad speaker_type {st!r}")
            if not r['speaker']:
                prob(f"{where}: empty speaker")
        if kind in ('direct', 'not-speech') and (i == 0 or t[i - 1] not in OPEN):
            prob(f"{where}: {kind} row does not start right after an opening quotation mark")
        if kind in ('indirect', 'according-to') and i > 0 and t[i - 1] in OPEN:
            prob(f"{where}: {kind} row starts right after a quotation mark")
        if r['verb'] != r['verb'].lower():
            prob(f"{where}: verb not lower case")
        if kind == 'according-to' and r['verb'] != 'according to':
            prob(f"{where}: according-to row with verb {r['verb']!r}")

    # summary
    print(f"articles: {len(texts)}")
    print(f"paragraphs: {sum(len(p[0]) for p in paras.values())}")
    print(f"words: {sum(len(t.split()) for t in texts.values())}")
    print(f"rows: {len(rows)}")
    def show(title, c):
        print(title + ': ' + ', '.join(f"{k or '(empty)'}={v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))))
    show('by kind', Counter(r['kind'] for r in rows))
    show('by verb', Counter(r['verb'] for r in rows))
    show('by speaker_type', Counter(r['speaker_type'] for r in rows))
    show('rows by style', Counter(styles.get(r['article_id'], '?') for r in rows))
    show('articles by style', Counter(styles.values()))
    print(f"multi-paragraph quotations: {len(multi)} " + ' '.join(f"{a}:p{s}-{e}" for a, s, e, k in multi))
    pron = [r for r in rows if r['speaker_as_written'].lower() in PRONOUNS]
    desc = [r for r in rows if r['speaker_as_written'] and r['speaker_as_written'].split()[0].lower() in DESC_FIRST
            and r['speaker_type'] != 'anonymous' and r['speaker_as_written'].lower() not in PRONOUNS
            and r['speaker'].split()[-1].lower() not in r['speaker_as_written'].lower()]
    print(f"pronoun speakers: {len(pron)} ({', '.join(sorted(set(r['speaker_as_written'] for r in pron)))})")
    print(f"description speakers: {len(desc)} ({'; '.join(sorted(set(r['speaker_as_written'] for r in desc)))})")
    print(f"no-cue rows (empty speaker_as_written, not not-speech): {sum(1 for r in rows if not r['speaker_as_written'] and r['kind'] != 'not-speech')}")
    print(f"anonymous: {sum(1 for r in rows if r['speaker_type'] == 'anonymous')}")
    print(f"unnamed spokespeople: {sum(1 for r in rows if 'spokes' in r['description'].lower())}")
    if problems:
        print(f"\nPROBLEMS ({len(problems)}):")
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print("\nno problems found")


if __name__ == '__main__':
    main()
