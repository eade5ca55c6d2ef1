#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Refit the aligner's evidence weights (px-claims.c) on the dev half.

Build with -DPX_CLAIMS_DUMP, then dump every candidate pair of the dev sets
and fit:

    meson setup _dump -Dc_args=-DPX_CLAIMS_DUMP
    ninja -C _dump tests/test-claims-quality
    PX_CLAIMS_DUMP=1 G_TEST_SRCDIR=$PWD/tests G_TEST_BUILDDIR=$PWD/_dump/tests \\
        _dump/tests/test-claims-quality -p /parallax/claims-quality/dev > dump.txt
    tests/corpus/alignment/fit-evidence.py dump.txt tests/corpus/alignment/dev

Each candidate is labelled by whether a gold pair holds it; two L2-penalised
logistic regressions are fitted by Newton's method, one on pairs with a
headline and one on the rest, and printed as C for px-claims.c. Never fit on
the held-out sets. Set LAMBDA to change the penalty (per pair). The trial
weights can be tried before pasting: PX_EVIDENCE_WEIGHTS and
PX_EVIDENCE_WEIGHTS_H take the printed comma lists in a dump build.

To weigh one new piece of evidence without moving the others (a full
refit shifts every weight and with them the unit tests' fixtures), set
FREE to the indices to fit and BASE / BASE_H to the weights in use (the
comma lists of px-claims.c, bias last): only the FREE weights are fitted,
the rest stay as given, in the plain fit and in --loso alike.

To judge a change to the features or the thresholds without tuning on the
sets scored, leave one dev set out at a time (fit on the rest, score it with
the dump build's test binary, sum the counts):

    tests/corpus/alignment/fit-evidence.py --loso _dump/tests/test-claims-quality \\
        dump.txt tests/corpus/alignment/dev

The scoring runs read the paraphrase lexicon from this source tree's
data/lexicons (PARALLAX_LEXICON_DIR overrides it), as the dump did; other
PX_* trial knobs of a dump build (px-claims.c) pass through the environment.
"""
import math
import os
import re
import subprocess
import sys
import tempfile

HEADLINE = 7  # index of PX_EV_HEADLINE in the dumped evidence
LEXICONS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'data', 'lexicons'))
DROP = [int(x) for x in os.environ.get('DROP', '').split(',') if x]
FREE = [int(x) for x in os.environ.get('FREE', '').split(',') if x]
BASE = [[float(x) for x in os.environ.get(name, '').split(',') if x] for name in ('BASE', 'BASE_H')]


def norm(text):
    return re.sub(r'\s+', ' ', text).strip().strip('"“”«»„\'’').strip()


def same(x, y):
    x, y = norm(x), norm(y)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return short in long_ and len(short) >= 0.7 * len(long_)


def load_gold(split, name):
    folder = os.path.join(split, name)
    files = sorted(f for f in os.listdir(folder) if f.endswith('.txt'))
    gold = []
    with open(os.path.join(folder, 'pairs.tsv'), encoding='utf-8') as f:
        for line in f:
            cells = line.rstrip('\n').split('\t')
            if len(cells) == 4:
                gold.append((files.index(cells[0]), cells[1], files.index(cells[2]), cells[3]))
    return gold


def read_dump(path, split):
    rows, gold, current = [], {}, None
    sets = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            cells = line.rstrip('\n').split('\t')
            if cells[0] == 'SET':
                current = cells[1] if os.path.isdir(os.path.join(split, cells[1])) else None
                if current and current not in gold:
                    gold[current] = load_gold(split, current)
            elif cells[0] == 'CAND' and current:
                a, b = int(cells[1]), int(cells[3])
                ta, tb = cells[10], cells[11]
                evidence = [float(x) for x in cells[9].split(',')]
                for e in DROP:  # evidence left out, to judge what it adds
                    evidence[e] = 0.0
                label = any((ga == a and gb == b and same(x, ta) and same(y, tb)) or
                            (ga == b and gb == a and same(x, tb) and same(y, ta))
                            for ga, x, gb, y in gold[current])
                rows.append((evidence, 1.0 if label else 0.0, current))
    return rows, sum(len(g) for g in gold.values())


def solve(matrix, vector):
    n = len(vector)
    m = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def fit_free(rows, penalty, base):
    """Newton's method on the FREE weights only, the others held at base."""
    d = len(rows[0][0])
    w = base[:]
    free = FREE
    for _ in range(50):
        grad = [0.0] * len(free)
        hess = [[0.0] * len(free) for _ in free]
        for evidence, y, _ in rows:
            x = evidence + [1.0]
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
            p = 1.0 / (1.0 + math.exp(-z))
            for i, fi in enumerate(free):
                grad[i] += (p - y) * x[fi]
                for j, fj in enumerate(free):
                    hess[i][j] += p * (1 - p) * x[fi] * x[fj]
        for i, fi in enumerate(free):
            if fi < d:  # the bias is not penalised
                grad[i] += penalty * len(rows) * w[fi]
                hess[i][i] += penalty * len(rows)
            hess[i][i] += 1e-6
        step = solve(hess, grad)
        for i, fi in enumerate(free):
            w[fi] -= step[i]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def fit(rows, penalty, base=None):
    if FREE and base:
        return fit_free(rows, penalty, base)
    d = len(rows[0][0])
    w = [0.0] * (d + 1)
    for _ in range(50):
        grad = [0.0] * (d + 1)
        hess = [[0.0] * (d + 1) for _ in range(d + 1)]
        for evidence, y, _ in rows:
            x = evidence + [1.0]
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
            p = 1.0 / (1.0 + math.exp(-z))
            for i in range(d + 1):
                if x[i]:
                    grad[i] += (p - y) * x[i]
                    for j in range(d + 1):
                        if x[j]:
                            hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(d):  # the bias is not penalised
            grad[i] += penalty * len(rows) * w[i]
            hess[i][i] += penalty * len(rows)
        hess[d][d] += 1e-6
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def fit_both(rows, penalty):
    return [fit([r for r in rows if (r[0][HEADLINE] > 0) == headline], penalty, BASE[headline])
            for headline in (False, True)]


def loso(binary, rows, split, penalty):
    """Leave one set out: fit on the other dev sets, score the one left out
    with the test binary (a dump build), sum the counts."""
    totals = [0, 0, 0, 0]
    for name in sorted(set(r[2] for r in rows)):
        weights = fit_both([r for r in rows if r[2] != name], penalty)
        with tempfile.TemporaryDirectory() as corpus:
            os.mkdir(os.path.join(corpus, 'dev'))
            os.symlink(os.path.abspath(os.path.join(split, name)), os.path.join(corpus, 'dev', name))
            # The aligner reads its paraphrase lexicon from the source
            # tree, as the dump was made (the test binary would otherwise
            # look beside itself, in the build tree, and run without it).
            env = dict(os.environ, PARALLAX_ALIGNMENT_CORPUS=corpus, PARALLAX_PER_SET='1',
                       PARALLAX_LEXICON_DIR=os.environ.get('PARALLAX_LEXICON_DIR', LEXICONS),
                       PX_EVIDENCE_WEIGHTS=','.join(f'{x:.4f}' for x in weights[0]),
                       PX_EVIDENCE_WEIGHTS_H=','.join(f'{x:.4f}' for x in weights[1]))
            env.pop('PX_CLAIMS_DUMP', None)
            out = subprocess.run([binary, '-p', '/parallax/claims-quality/dev'], env=env,
                                 capture_output=True, text=True).stderr
        m = re.search(r'# SET \S+ predicted (\d+) correct (\d+) gold (\d+) found (\d+)', out)
        counts = [int(x) for x in m.groups()]
        if os.environ.get('VERBOSE'):
            print(f'{name}: predicted {counts[0]} correct {counts[1]} gold {counts[2]} found {counts[3]}')
        totals = [a + b for a, b in zip(totals, counts)]
    p = totals[1] / totals[0] if totals[0] else 1.0
    r = totals[3] / totals[2] if totals[2] else 1.0
    print(f'leave one set out: precision {p:.3f}, recall {r:.3f} '
          f'({totals[1]}/{totals[0]} predicted, {totals[3]}/{totals[2]} gold)')


def main():
    if sys.argv[1] == '--loso':
        rows, _ = read_dump(sys.argv[3], sys.argv[4])
        loso(sys.argv[2], rows, sys.argv[4], float(os.environ.get('LAMBDA', '0.001')))
        return
    rows, n_gold = read_dump(sys.argv[1], sys.argv[2])
    penalty = float(os.environ.get('LAMBDA', '0.001'))
    positives = sum(y for _, y, _ in rows)
    print(f'/* {len(rows)} candidates, {positives:.0f} of the {n_gold} gold pairs among them */')
    for name, subset in (('px_evidence_weights', [r for r in rows if r[0][HEADLINE] == 0]),
                         ('px_headline_evidence_weights', [r for r in rows if r[0][HEADLINE] > 0])):
        w = fit(subset, penalty, BASE[name != 'px_evidence_weights'])
        print(f'/* {name}, evidence in enum order, bias last: */')
        print(','.join(f'{x:.4f}' for x in w))


if __name__ == '__main__':
    main()
