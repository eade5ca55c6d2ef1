/* px-claims-private.h — alignment knobs, for the quality test's tuning runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-claims.h"

G_BEGIN_DECLS

typedef struct {
  double containment;     /* share of the score given to how much of the shorter sentence the longer covers */
  double min_similarity;  /* pairs less similar than this are never candidates */
  double accept;          /* the score a pair needs to be a match */
  double headline_accept; /* the same for a headline, which sums up several facts and has no rivals */
  double context_weight;  /* how much a matching neighbour pair adds (vicinity hint) */
  double order_weight;    /* how much lying at the same relative place adds (order hint) */
  double mutual_accept;   /* the score two sentences that are each other's best match need */
  double rival_ratio;     /* a second match of one sentence must score this share of its best */
  double cohesion;        /* mean similarity two groups need to join into one claim */
  guint  max_per_article; /* sentences of one article in one claim (1-to-N) */
  guint  max_extra_claims; /* further claims a sentence stating several facts may join */
  double extra_cohesion;  /* the same for a sentence stating several facts joining a further claim */
  double headline_cohesion; /* the same for a headline joining a claim it sums up */
  double headline_floor;  /* a headline with no match takes its best one per article above this (0: never) */
  guint  headline_reach;  /* … among the first sentences of that article, up to this index */
  double match_probability; /* the probability of a match a pair needs (0: use the score thresholds above) */
  double headline_similarity; /* … and the similarity a pair with a headline needs besides */
  double headline_probability; /* the probability of a match a pair with a headline needs */
  guint  headline_candidates; /* a headline is judged against each other article's sentences up to this index */
  double extra_probability; /* a sentence stating several facts joins a further claim only when the pairs
                             * that adds are matches by this mean probability (0: not a candidate) */
  gboolean pair_claims;   /* a match the claims could not take in becomes a claim of its own two sentences */
  double pair_claim_probability; /* … when it is at least this likely */
  double headline_pair_probability; /* a headline's match below its line but at least this likely is a claim of its own two sentences (0: never) */
  double headline_join_probability; /* a headline joins a claim it sums up only when the pairs that adds are
                                     * matches by this mean probability (0: not a candidate) */
  double crowded_probability; /* the same for any join that puts two sentences of one article in a claim */
} PxClaimTuning;

void        px_claim_tuning_init   (PxClaimTuning          *tuning);
PxClaimSet *px_claims_align_tuned  (const PxClaimDocument  *documents,
                                    guint                   n_documents,
                                    const PxLinkConstraint *constraints,
                                    guint                   n_constraints,
                                    const PxClaimTuning    *tuning);

/* The folded (lower case, Latin, ASCII) form of a word, for matching names
 * across scripts and spellings. Thread-safe. */
char       *px_claims_fold_word    (const char             *word);

struct sb_stemmer;

/* The stem @stemmer gives a lower-case word, not yet folded; the word
 * itself without a stemmer. A stemmer is not thread-safe: the caller owns
 * it. */
char       *px_claims_stem_word    (struct sb_stemmer      *stemmer,
                                    const char             *lower);

G_END_DECLS
