#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sanity checks for the labelled extraction corpus.

Every document must have NAME.gold.txt and NAME.meta.json beside its page;
the meta file must carry exactly the documented keys; every gold paragraph
must occur (modulo whitespace and HTML entities) in the page's visible text,
decoded with the charset the page declares. Exits non-zero on any failure.
"""
import html, json, os, re, sys
from html.parser import HTMLParser
ROOT = os.path.dirname(os.path.abspath(__file__))
BLOCK = set('p div br li ul ol h1 h2 h3 h4 h5 h6 td th tr table section article aside header footer nav main figure figcaption blockquote dd dt dl pre hr form label button span time'.split())
class V(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0
    def handle_starttag(self, t, at):
        if t in ('script', 'style', 'template', 'noscript'): self.skip += 1
        if t in BLOCK and t != 'span': self.out.append(' ')
    def handle_endtag(self, t):
        if t in ('script', 'style', 'template', 'noscript'): self.skip -= 1
        if t in BLOCK and t != 'span': self.out.append(' ')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)
def norm(s):
    s = html.unescape(s).replace('\u00a0', ' ').replace('\u00ad', '')
    return re.sub(r'\s+', ' ', s).strip()
def charset(b):
    m = re.search(rb'charset=["\']?([\w-]+)', b[:3000], re.I)
    return m.group(1).decode() if m else 'utf-8'
def md_strip(s):
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)
    s = re.sub(r'(?m)^\s{0,3}(#+|>|[-*+]|\d+\.)\s+', '', s)
    return s.replace('**', '').replace('__', '').replace('*', '').replace('_', ' ')
bad = 0; n = 0; langs = {}; words = {}
for sub in ('html', 'text'):
    for split in ('dev', 'test'):
        d = os.path.join(ROOT, sub, split)
        if not os.path.isdir(d): continue
        for f in sorted(os.listdir(d)):
            if not f.endswith('.meta.json'): continue
            name = f[:-10]; n += 1
            meta = json.load(open(os.path.join(d, f), encoding='utf-8'))
            assert set(meta) == {'title', 'outlet', 'date', 'authors', 'language', 'url', 'layout'}, name
            langs[meta['language']] = langs.get(meta['language'], 0) + 1
            gold = open(os.path.join(d, name + '.gold.txt'), encoding='utf-8').read()
            paras = [p for p in gold.split('\n\n') if p.strip()]
            assert all('\n' not in p.strip() for p in paras), name + ' gold has a wrapped paragraph'
            words[name] = len(gold.split())
            src = [x for x in os.listdir(d) if x.startswith(name + '.') and not x.endswith(('.gold.txt', '.meta.json'))]
            assert len(src) == 1, (name, src)
            raw = open(os.path.join(d, src[0]), 'rb').read()
            if sub == 'html':
                p = V(); p.feed(raw.decode(charset(raw))); vis = norm(''.join(p.out))
            else:
                t = raw.decode('utf-8')
                if src[0].endswith('.md'): t = md_strip(t)
                vis = norm(t)
            for para in paras:
                q = norm(para if not src[0].endswith('.md') else para.replace('_', ' ').replace('*', ''))
                if q not in vis:
                    bad += 1; print('MISSING', sub, split, name, '::', q[:90])
            if meta['title'] and norm(meta['title']) != norm(paras[0]) and norm(meta['title']) not in vis:
                print('note: title not in visible text', name)
print(n, 'documents,', bad, 'missing paragraphs')
print('languages:', dict(sorted(langs.items())))
print('gold words: min %d, max %d, total %d' % (min(words.values()), max(words.values()), sum(words.values())))
sys.exit(1 if bad else 0)
