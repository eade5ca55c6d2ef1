/* px-quotes.h — who says what in an article: direct and indirect quotes with their speakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"

G_BEGIN_DECLS

typedef enum {
  PX_QUOTE_SPEECH,   /* words a source said or wrote */
  PX_QUOTE_SCARE,    /* a short phrase in quotation marks that nobody is said to have said */
} PxQuoteKind;

/* Where a piece of the article lies: a paragraph index (as the caller gave
 * paragraphs) and byte offsets in that paragraph's text. */
typedef struct {
  guint paragraph;
  gsize start;
  gsize end;
} PxTextSpan;

typedef struct {
  PxQuoteKind  kind;
  char        *text;                 /* the quoted words (direct) or the reported clause (indirect) */
  char        *speaker;              /* full name, institution or role; NULL when unknown */
  char        *speaker_description;  /* as the article describes the speaker, or NULL */
  char        *via;                  /* who relays the words ("TREND" citing a press service), or NULL */
  char        *verb;                 /* the reporting verb as written ("said", "according to"), or NULL */
  gboolean     direct;               /* in quotation marks */
  PxTextSpan   span;                 /* where the quote starts; ends in end_paragraph */
  guint        end_paragraph;
  gsize        end;
  PxTextSpan   speaker_span;         /* the mention the speaker was read from; paragraph G_MAXUINT if none */
} PxQuote;

void        px_quote_free               (PxQuote            *quote);
const char *px_quote_kind_to_string     (PxQuoteKind         kind);

GPtrArray  *px_quotes_find              (const char * const *paragraphs,
                                         guint               n_paragraphs,
                                         const char         *language);
GPtrArray  *px_quotes_find_in_article   (PxArticle          *article);
GPtrArray  *px_quotes_find_in_text      (const char         *text,
                                         const char         *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxQuote, px_quote_free)

G_END_DECLS
