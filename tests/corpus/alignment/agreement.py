#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Agreement between two labellings of the alignment corpus.

For every set that holds a second, independent labelling (`pairs-second.tsv`,
same format as `pairs.tsv`, written without looking at the gold), score the
second labelling against the gold as if it were a prediction:

    tests/corpus/alignment/agreement.py [--diff] [SPLIT_DIR ...]

(default: the test/ and dev/ folders next to this script). Printed per set
and in total: precision (share of the second labelling's pairs that are gold
pairs) and recall (share of gold pairs the second labelling holds), also
split by kind: headline-headline, headline-body and body-body (a file's
headline is its first line). Sentences are identified as the corpus scorer
does (fit-evidence.py): equal after trimming whitespace and quotation marks,
or one inside the other and at least 70% of its length. --diff also lists
the pairs found in one labelling only.

The figures bound what an aligner can be expected to reach against these
labels: where two careful labellings following the README disagree, the
"errors" of either are judgement calls, not mistakes of the aligner.
"""
import importlib.util
import os
import sys

KINDS = ('headline-headline', 'headline-body', 'body-body')


def _corpus_scorer():
    """fit-evidence.py, whose sentence identity (norm, same) this shares."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fit-evidence.py')
    spec = importlib.util.spec_from_file_location('fit_evidence', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


same = _corpus_scorer().same


def load_pairs(path):
    pairs = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            cells = line.rstrip('\n').split('\t')
            if len(cells) != 4:
                if line.strip():
                    print(f'{path}:{number}: not four cells', file=sys.stderr)
                continue
            pairs.append(tuple(cells))
    return pairs


def headlines(folder):
    heads = {}
    for name in os.listdir(folder):
        if name.endswith('.txt'):
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                heads[name] = f.readline().strip()
    return heads


def kind(pair, heads):
    n = sum(same(pair[i + 1], heads.get(pair[i], '')) for i in (0, 2))
    return KINDS[2 - n]


def equal(p, q):
    if p[0] == q[0] and p[2] == q[2]:
        return same(p[1], q[1]) and same(p[3], q[3])
    if p[0] == q[2] and p[2] == q[0]:
        return same(p[1], q[3]) and same(p[3], q[1])
    return False


def ratio(num, den):
    return f'{num / den:.3f}' if den else '  -  '


def main(argv):
    show_diff = '--diff' in argv
    dirs = [a for a in argv if a != '--diff']
    here = os.path.dirname(os.path.abspath(__file__))
    if not dirs:
        dirs = [os.path.join(here, 'test'), os.path.join(here, 'dev')]
    # per kind: [second pairs, second pairs in gold, gold pairs, gold pairs in second]
    total = {k: [0, 0, 0, 0] for k in KINDS}
    print(f'{"set":40} {"second":>6} {"gold":>5} {"agree":>5} {"P":>6} {"R":>6}')
    for split in dirs:
        if not os.path.isdir(split):
            continue
        for name in sorted(os.listdir(split)):
            folder = os.path.join(split, name)
            second_path = os.path.join(folder, 'pairs-second.tsv')
            if not os.path.exists(second_path):
                continue
            heads = headlines(folder)
            second = load_pairs(second_path)
            gold = load_pairs(os.path.join(folder, 'pairs.tsv'))
            counts = {k: [0, 0, 0, 0] for k in KINDS}
            only_second, only_gold = [], []
            for p in second:
                c = counts[kind(p, heads)]
                c[0] += 1
                if any(equal(p, g) for g in gold):
                    c[1] += 1
                else:
                    only_second.append(p)
            for g in gold:
                c = counts[kind(g, heads)]
                c[2] += 1
                if any(equal(g, p) for p in second):
                    c[3] += 1
                else:
                    only_gold.append(g)
            for k in KINDS:
                for i in range(4):
                    total[k][i] += counts[k][i]
            s = [sum(counts[k][i] for k in KINDS) for i in range(4)]
            print(f'{name:40} {s[0]:6} {s[2]:5} {s[1]:5} {ratio(s[1], s[0]):>6} {ratio(s[3], s[2]):>6}')
            if show_diff:
                for label, rows in (('second only', only_second), ('gold only', only_gold)):
                    for p in rows:
                        print(f'    {label} [{kind(p, heads)}] {p[0]}: {p[1]}\n'
                              f'        {p[2]}: {p[3]}')
    s = [sum(total[k][i] for k in KINDS) for i in range(4)]
    print(f'{"total":40} {s[0]:6} {s[2]:5} {s[1]:5} {ratio(s[1], s[0]):>6} {ratio(s[3], s[2]):>6}')
    print()
    print(f'{"kind":40} {"second":>6} {"gold":>5} {"P":>6} {"R":>6}')
    for k in KINDS:
        c = total[k]
        print(f'{k:40} {c[0]:6} {c[2]:5} {ratio(c[1], c[0]):>6} {ratio(c[3], c[2]):>6}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
