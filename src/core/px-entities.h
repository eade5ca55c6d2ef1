/* px-entities.h — names of people, places and organisations, with their variants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PxToken PxToken;

typedef enum {
  PX_ENTITY_UNKNOWN,
  PX_ENTITY_PERSON,
  PX_ENTITY_PLACE,
  PX_ENTITY_ORGANISATION,
} PxEntityKind;

/* A name as one article writes it. */
typedef struct {
  char         *name;       /* the longest form written, e.g. "Nikol Pashinyan" */
  char         *head;       /* the word that names it alone, e.g. "Pashinyan" */
  char         *key;        /* @head stemmed, transliterated, spelling normalised */
  PxEntityKind  kind;
  guint         count;      /* mentions, the headline's counted thrice */
  gboolean      in_title;
} PxEntity;

void          px_entity_free              (PxEntity         *entity);

GPtrArray    *px_entities_extract         (const char       *language,
                                           PxToken * const  *tokens,
                                           guint             n_tokens);

char         *px_entities_fold            (const char       *name);
char         *px_entities_key             (const char       *name,
                                           const char       *language);
char         *px_entities_skeleton        (const char       *key);
gboolean      px_entities_are_variants    (const char       *key_a,
                                           const char       *key_b);
const char   *px_entity_kind_to_string    (PxEntityKind      kind);

/* Brings the variants of a name seen across many articles under one key. */
typedef struct _PxEntityIndex PxEntityIndex;

PxEntityIndex *px_entity_index_new        (void);
void           px_entity_index_free       (PxEntityIndex    *index);
const char    *px_entity_index_canonical  (PxEntityIndex    *index,
                                           const char       *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEntity, px_entity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEntityIndex, px_entity_index_free)

G_END_DECLS
