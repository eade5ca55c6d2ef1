// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs Mozilla Readability over the extraction corpus and prints word-level
// precision, recall and F1 per file and per split, counted the way
// tests/test-extract-quality.c counts them: the headline plus the text,
// runs of letters, marks and digits, case-folded, as a multiset.
//
// Usage: npm install && node compare.js [CORPUS_DIR]
// (CORPUS_DIR defaults to ../../tests/corpus)

'use strict';

const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const BLOCK_TAGS = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|figure|figcaption|table|tr|td|th|section|article|header|footer|aside|nav|main|pre|br|hr)\b[^>]*>/gi;

// Scripts written without spaces count one token per character, as the C
// scorer counts them (the usual practice for Chinese, Japanese and Korean).
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Yi}\u30fc\u3005\u309d\u309e\u30fd\u30fe]/u;
const MARK = /\p{M}/u;

function words(text) {
  const bag = new Map();
  let total = 0;
  const add = (word) => {
    word = word.toLowerCase();
    bag.set(word, (bag.get(word) || 0) + 1);
    total++;
  };
  for (const match of text.matchAll(/[\p{L}\p{M}\p{Nd}]+/gu)) {
    const chars = Array.from(match[0]);
    let run = '';
    for (let i = 0; i < chars.length; i++) {
      if (UNSPACED.test(chars[i]) && !MARK.test(chars[i])) {
        if (run) add(run);
        run = '';
        let token = chars[i];
        while (i + 1 < chars.length && MARK.test(chars[i + 1]))
          token += chars[++i];
        add(token);
      } else {
        run += chars[i];
      }
    }
    if (run) add(run);
  }
  return { bag, total };
}

function score(extracted, gold) {
  const a = words(extracted);
  const b = words(gold);
  let common = 0;
  for (const [word, count] of a.bag)
    common += Math.min(count, b.bag.get(word) || 0);
  const precision = a.total > 0 ? common / a.total : (b.total === 0 ? 1 : 0);
  const recall = b.total > 0 ? common / b.total : 1;
  const f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  return { precision, recall, f1 };
}

// Block boundaries become line breaks, so that "heading</h2><p>Text" does
// not fuse two words into one.
function htmlToText(html) {
  const spaced = html.replace(BLOCK_TAGS, (tag) => '\n' + tag + '\n');
  const dom = new JSDOM('<!DOCTYPE html><body>' + spaced + '</body>');
  return dom.window.document.body.textContent;
}

// Pages saved in a legacy code page say so in a meta charset; Parallax's
// loader converts them, so Readability gets the same text.
function decode(bytes) {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const match = head.match(/charset=["']?([\w-]+)/i);
  let label = match ? match[1].toLowerCase() : 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch (e) {
    return bytes.toString('utf8');
  }
}

function runSplit(dir, split) {
  const folder = path.join(dir, split);
  if (!fs.existsSync(folder))
    return null;
  const names = fs.readdirSync(folder).filter((n) => /\.html?$/.test(n)).sort();
  const totals = { files: 0, precision: 0, recall: 0, f1: 0, ms: 0 };
  for (const name of names) {
    const stem = name.replace(/\.html?$/, '');
    const goldPath = path.join(folder, stem + '.gold.txt');
    if (!fs.existsSync(goldPath))
      continue;
    const gold = fs.readFileSync(goldPath, 'utf8');
    const html = decode(fs.readFileSync(path.join(folder, name)));
    let url = 'https://example.invalid/' + stem;
    const metaPath = path.join(folder, stem + '.meta.json');
    if (fs.existsSync(metaPath)) {
      try { url = JSON.parse(fs.readFileSync(metaPath, 'utf8')).url || url; } catch (e) { /* keep the default */ }
    }
    const started = process.hrtime.bigint();
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    totals.ms += Number(process.hrtime.bigint() - started) / 1e6;
    const extracted = article ? (article.title || '') + '\n\n' + htmlToText(article.content || '') : '';
    const s = score(extracted, gold);
    totals.files++;
    totals.precision += s.precision;
    totals.recall += s.recall;
    totals.f1 += s.f1;
    console.log(`  ${name.padEnd(40)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`);
  }
  if (totals.files === 0)
    return null;
  console.log(`${split}: ${totals.files} files  macro P ${(totals.precision / totals.files).toFixed(3)}  ` +
              `R ${(totals.recall / totals.files).toFixed(3)}  F1 ${(totals.f1 / totals.files).toFixed(3)}  ` +
              `(${(totals.ms / totals.files).toFixed(1)} ms/page with jsdom)`);
  return totals;
}

const corpus = process.argv[2] || path.join(__dirname, '..', '..', 'tests', 'corpus');
for (const split of ['html/dev', 'html/test'])
  runSplit(corpus, split);
