#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Consistency checks for the quote and speaker corpus.

For every NAME.txt there must be a NAME.quotes.json with exactly the
documented keys; every quote text must occur in the article (part by part,
in order, for quotes interrupted by their cue or running over paragraphs);
speaker mentions, verbs, scare quotes and titles must occur in the article;
direct/mixed flags must be consistent. Prints counts per split and exits
non-zero on any failure.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
QKEYS = {'text', 'speaker', 'speaker_mention', 'speaker_description',
         'verb', 'direct', 'mixed'}
MARKS = '"“”‘’\'«»„‚‹›'


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def find_parts(text, body, start=0):
    """Find text in body[start:] as one or more in-order parts.

    Returns (part count, offset of the first part); (0, -1) when not found.
    """
    pos, parts, rest, first = start, 0, text, -1
    while rest:
        lo, hi = 0, len(rest)
        # longest prefix of rest found in body[pos:]
        best = 0
        for i in range(len(rest), 0, -1):
            j = body.find(rest[:i], pos)
            if j >= 0:
                best, at = i, j
                break
        if best < min(len(rest), 3):
            return 0, -1
        if first < 0:
            first = at
        pos = at + best
        parts += 1
        rest = rest[best:].lstrip(' ' + MARKS)
    return parts, first


def main():
    bad = 0
    for split in ('dev', 'test'):
        d = os.path.join(ROOT, split)
        if not os.path.isdir(d):
            continue
        n = nq = nd = ni = nm = nnull = nsq = 0
        langs = {}
        for f in sorted(os.listdir(d)):
            if not f.endswith('.txt'):
                continue
            name = f[:-4]
            raw = open(os.path.join(d, f), encoding='utf-8').read()
            lines = raw.split('\n')
            def err(msg):
                nonlocal bad
                bad += 1
                print(f'{split}/{name}: {msg}')
            if len(lines) < 3 or not lines[0].strip() or lines[1] != '':
                err('first line must be the headline, then a blank line')
            body = norm(raw)
            jp = os.path.join(d, name + '.quotes.json')
            if not os.path.exists(jp):
                err('missing .quotes.json')
                continue
            data = json.load(open(jp, encoding='utf-8'))
            if set(data) != {'quotes', 'scare_quotes', 'titles'}:
                err(f'top-level keys {sorted(data)}')
                continue
            n += 1
            lang = name.split('-')[0] if re.match(r'^(fr|de|ru|es)-', name) else 'en'
            langs[lang] = langs.get(lang, 0) + 1
            prev = 0
            for q in data['quotes']:
                nq += 1
                if set(q) != QKEYS:
                    err(f'quote keys {sorted(q)}')
                    continue
                t = norm(q['text'])
                # quotes are listed in article order
                found, at = find_parts(t, body, prev)
                if found:
                    prev = at
                elif find_parts(t, body)[0]:
                    err(f'quote out of order: {t[:60]!r}')
                else:
                    err(f'quote text not found: {t[:60]!r}')
                for k in ('speaker_mention', 'verb', 'speaker_description'):
                    v = q[k]
                    if v is None:
                        continue
                    # a cue may be discontinuous ("по его словам"): check words
                    words = [norm(v).lower()] if k != 'verb' else norm(v).lower().split()
                    if not all(w in body.lower() for w in words):
                        err(f'{k} not in article: {v!r}')
                if q['speaker'] is None:
                    nnull += 1
                    if q['speaker_mention'] is not None:
                        err('mention without speaker')
                if q['mixed'] and q['direct']:
                    err('mixed quote marked direct')
                if q['mixed'] and not any(c in q['text'] for c in MARKS):
                    err(f'mixed quote without marks: {t[:60]!r}')
                nd += q['direct']
                nm += q['mixed']
                ni += not q['direct'] and not q['mixed']
            for s in data['scare_quotes'] + data['titles']:
                nsq += 1
                if norm(s) not in body:
                    err(f'scare quote/title not found: {s!r}')
        print(f'{split}: {n} articles {langs}, {nq} quotes '
              f'({nd} direct, {ni} indirect, {nm} mixed, {nnull} unattributed), '
              f'{nsq} scare quotes/titles')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
