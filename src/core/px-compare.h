/* px-compare.h — one event's articles compared: sentences, claims, copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "px-article.h"
#include "px-claims.h"
#include "px-verbatim.h"

G_BEGIN_DECLS

typedef struct {
  GPtrArray  *articles;   /* PxArticle, in the order given */
  GPtrArray  *sentences;  /* per article, a GPtrArray of PxSentence */
  PxClaimSet *claims;
  GPtrArray  *verbatim;   /* PxVerbatim */
} PxCompare;

PxCompare *px_compare_new     (GPtrArray              *articles,
                               const PxLinkConstraint *constraints,
                               guint                   n_constraints);
void       px_compare_free    (PxCompare              *compare);
JsonNode  *px_compare_to_json (PxCompare              *compare);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxCompare, px_compare_free)

G_END_DECLS
