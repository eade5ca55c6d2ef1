/* px-test-util.h — helpers the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"
#include "px-claims.h"
#include "px-quotes.h"

G_BEGIN_DECLS

void   px_test_remove_tree   (const char *path);
gint64 px_test_thread_cpu_us (void);

PxArticle *px_test_article_new (const char         *path,
                                const char         *outlet,
                                const char         *title,
                                const char * const *paragraphs);

gboolean   px_test_claim_holds (PxClaim            *claim,
                                guint               article,
                                guint               sentence);

/* A text, the language to read it in, words of one of its quotes and the
 * speaker that quote should have. */
typedef struct {
  const char *language;
  const char *text;
  const char *fragment;
  const char *speaker;
} PxTestSpeakerCase;

PxQuote   *px_test_find_quote   (GPtrArray          *quotes,
                                const char         *fragment);
PxQuote   *px_test_expect_quote (GPtrArray          *quotes,
                                const char         *fragment);

void       px_test_check_speakers (const PxTestSpeakerCase *cases,
                                  gsize                    n_cases);

G_END_DECLS
