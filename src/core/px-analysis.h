/* px-analysis.h — what one article is about: weighted terms, names, dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"
#include "px-entities.h"
#include "px-timex.h"

G_BEGIN_DECLS

/* Where in the article a token stands; headline and lead count for more. */
typedef enum {
  PX_ZONE_TITLE,
  PX_ZONE_LEAD,
  PX_ZONE_BODY,
} PxZone;

typedef enum {
  PX_TOKEN_WORD           = 1 << 0,
  PX_TOKEN_NUMBER         = 1 << 1,
  PX_TOKEN_PUNCT          = 1 << 2,
  PX_TOKEN_CAPITALISED    = 1 << 3,
  PX_TOKEN_ALL_CAPS       = 1 << 4,
  PX_TOKEN_SENTENCE_START = 1 << 5,
  PX_TOKEN_STOPWORD       = 1 << 6,
  PX_TOKEN_SPACE_BEFORE   = 1 << 7,
} PxTokenFlags;

/* One word, number or punctuation mark of an article, in reading order. */
struct _PxToken {
  char         *text;     /* as written */
  char         *folded;   /* case-folded */
  const char   *stem;     /* interned stem of @folded (words only), or NULL */
  PxTokenFlags  flags;
  PxZone        zone;
  guint         paragraph;
};

/* A term and its zone-weighted frequency in one article. */
typedef struct {
  const char *term;       /* interned: compare pointers */
  const char *surface;    /* interned: a form as written, for labels */
  float       weight;
} PxTerm;

typedef struct _PxAnalysis PxAnalysis;

struct _PxAnalysis {
  char        *path;
  char        *title;
  char        *outlet;
  char        *language;
  char        *date;           /* publication date, ISO, or NULL */
  GArray      *terms;          /* PxTerm, sorted by term pointer */
  GPtrArray   *entities;       /* PxEntity, most frequent first */
  GArray      *dates;          /* PxTimexMention found in the text */
  PxTimexSpan  event_time;     /* when the reported event happened, best guess */
  guint        word_count;
};

GPtrArray  *px_analysis_tokenize        (const char       *language,
                                         const char * const *paragraphs,
                                         guint             n_title_paragraphs);
void        px_token_clear              (PxToken          *token);

PxAnalysis *px_analysis_new             (PxArticle        *article);
PxAnalysis *px_analysis_new_from_text   (const char       *path,
                                         const char       *title,
                                         const char * const *paragraphs,
                                         const char       *language,
                                         const char       *date,
                                         const char       *outlet);
void        px_analysis_free            (PxAnalysis       *analysis);

const char *px_analysis_stem            (const char       *language,
                                         const char       *folded_word);
const char *px_analysis_stemmer_name    (const char       *language);
float       px_analysis_get_weight      (const PxAnalysis *analysis,
                                         const char       *term);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxAnalysis, px_analysis_free)

G_END_DECLS
