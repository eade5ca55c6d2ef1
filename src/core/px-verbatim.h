/* px-verbatim.h — text copied word for word between articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-claims.h"

G_BEGIN_DECLS

/* The shortest run of shared words that counts as copied. */
#define PX_VERBATIM_MIN_WORDS 5

/* A piece of a copied run inside one sentence; a run over several sentences
 * has one piece in each. Offsets are in characters of the sentence's text. */
typedef struct {
  guint article;
  guint sentence;
  guint start;
  guint end;
} PxVerbatimSpan;

typedef struct {
  guint   words;     /* length of the run in words */
  char   *text;      /* the run's words, normalised, separated by spaces */
  GArray *articles;  /* guint, ascending: the articles that share it */
  GArray *spans;     /* PxVerbatimSpan, by article then place */
} PxVerbatim;

void       px_verbatim_free (PxVerbatim            *verbatim);
GPtrArray *px_verbatim_find (const PxClaimDocument *documents,
                             guint                  n_documents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxVerbatim, px_verbatim_free)

G_END_DECLS
