/* px-claims.h — which sentences of articles on one event say the same thing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a claim sits in an article: inverted-pyramid prose puts what an
 * outlet finds most important first. */
typedef enum {
  PX_CLAIM_POSITION_HEADLINE,
  PX_CLAIM_POSITION_LEAD,
  PX_CLAIM_POSITION_BODY,
  PX_CLAIM_POSITION_END,
} PxClaimPosition;

typedef struct {
  guint article;   /* index of the article in the input */
  guint sentence;  /* index of the sentence in that article */
} PxSentenceRef;

/* A user's correction, kept with the folder and fed back into alignment. */
typedef enum {
  PX_LINK_PIN,     /* these two sentences say the same thing */
  PX_LINK_UNLINK,  /* these two do not, whatever their words */
} PxLinkKind;

typedef struct {
  PxLinkKind    kind;
  PxSentenceRef a;
  PxSentenceRef b;
} PxLinkConstraint;

/* One article to align: its sentences (PxSentence, see px-sentences.h) and
 * language (for stop words and stemming; NULL when unknown). */
typedef struct {
  GPtrArray  *sentences;
  const char *language;
} PxClaimDocument;

/* Two sentences of different articles found (or pinned) to say the same. */
typedef struct {
  PxSentenceRef a;       /* a.article < b.article */
  PxSentenceRef b;
  double        score;   /* similarity with the order hint, 0..~1.3; pins score 2 */
  gboolean      pinned;
} PxSentenceLink;

typedef struct {
  guint            article;
  PxClaimPosition  position;   /* of the claim's first sentence in this article */
  guint            sentence;   /* that sentence */
} PxClaimPlace;

typedef struct {
  guint   id;         /* its index in PxClaimSet.claims */
  char   *label;      /* a short text: the claim's most central sentence, trimmed */
  GArray *articles;   /* guint, ascending: the articles that carry it */
  GArray *places;     /* PxClaimPlace, one per entry of articles */
  GArray *sentences;  /* PxSentenceRef, by article then sentence */
} PxClaim;

typedef struct {
  guint       n_articles;
  GPtrArray  *claims;      /* PxClaim: most widely carried first, then by first appearance */
  GArray     *links;       /* PxSentenceLink: the matched pairs the claims are built from */
  GPtrArray  *claim_of;    /* per article, a GArray of guint: sentence → claim id */
  GPtrArray  *omissions;   /* per article, a GArray of guint: ids of claims others carry and it lacks */
} PxClaimSet;

const char *px_claim_position_to_string (PxClaimPosition         position);
PxClaimPosition px_claim_position_of    (GPtrArray              *sentences,
                                         guint                   index);

void        px_claim_set_free           (PxClaimSet             *set);
PxClaimSet *px_claims_align             (const PxClaimDocument  *documents,
                                         guint                   n_documents,
                                         const PxLinkConstraint *constraints,
                                         guint                   n_constraints);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxClaimSet, px_claim_set_free)

G_END_DECLS
