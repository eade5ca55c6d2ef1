/* px-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <time.h>

#include "px-test-util.h"

/* Removes @path and, for a folder, everything in it, without following
 * links; folders a test made unreadable are opened up first. */
void
px_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          px_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Processor time of the calling thread, in µs: other work on a shared
 * machine inflates the clock but not this, so benchmarks report both. */
gint64
px_test_thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

/**
 * px_test_article_new:
 * @paragraphs: (array zero-terminated=1): body paragraphs
 *
 * An English article as an outlet the user named would give it, for tests
 * that build an event from text they write.
 */
PxArticle *
px_test_article_new (const char         *path,
                     const char         *outlet,
                     const char         *title,
                     const char * const *paragraphs)
{
  PxArticle *article = px_article_new (path);

  px_article_set_title (article, title);
  px_article_set_outlet (article, outlet, PX_SOURCE_USER);
  px_article_set_language (article, "en");
  for (guint i = 0; paragraphs[i] != NULL; i++)
    px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraphs[i]);
  return article;
}

/* Whether @claim holds sentence @sentence of article @article. */
gboolean
px_test_claim_holds (PxClaim *claim,
                     guint    article,
                     guint    sentence)
{
  for (guint k = 0; k < claim->sentences->len; k++)
    {
      PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);
      if (ref->article == article && ref->sentence == sentence)
        return TRUE;
    }
  return FALSE;
}

/* The first quote of @quotes whose text holds @fragment, or NULL. */
PxQuote *
px_test_find_quote (GPtrArray  *quotes,
                    const char *fragment)
{
  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, i);

      if (strstr (quote->text, fragment) != NULL)
        return quote;
    }
  return NULL;
}

/* The quote holding @fragment, which the test needs to go on: a missing
 * one ends the test with a message naming it. */
PxQuote *
px_test_expect_quote (GPtrArray  *quotes,
                      const char *fragment)
{
  PxQuote *quote = px_test_find_quote (quotes, fragment);

  if (quote == NULL)
    g_error ("No quote holds “%s”", fragment);
  return quote;
}

/* Checks each case: the quote holding its fragment has its speaker. */
void
px_test_check_speakers (const PxTestSpeakerCase *cases,
                        gsize                    n_cases)
{
  for (gsize c = 0; c < n_cases; c++)
    {
      g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (cases[c].text, cases[c].language);

      g_test_message ("%s", cases[c].text);
      g_assert_cmpstr (px_test_expect_quote (quotes, cases[c].fragment)->speaker, ==, cases[c].speaker);
    }
}
