/* px-sentences.h — an article's prose split into sentences, with offsets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"

G_BEGIN_DECLS

/* Where a sentence comes from: the headline stands as a sentence of its own. */
typedef enum {
  PX_SENTENCE_HEADLINE,
  PX_SENTENCE_HEADING,
  PX_SENTENCE_BODY,
  PX_SENTENCE_QUOTE,
  PX_SENTENCE_LIST,
} PxSentenceRole;

/* The headline is not one of the article's paragraphs. */
#define PX_SENTENCE_NO_PARAGRAPH G_MAXUINT

typedef struct {
  char           *text;       /* the sentence, spaces trimmed */
  PxSentenceRole  role;
  guint           paragraph;  /* index in px_article_get_paragraphs(), or PX_SENTENCE_NO_PARAGRAPH */
  gsize           start;      /* byte offsets of text in the paragraph's (or headline's) text */
  gsize           end;
} PxSentence;

void        px_sentence_free             (PxSentence     *sentence);
const char *px_sentence_role_to_string   (PxSentenceRole  role);

GPtrArray  *px_sentences_split           (const char     *text,
                                          const char     *language);
GPtrArray  *px_sentences_from_article    (PxArticle      *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSentence, px_sentence_free)

G_END_DECLS
