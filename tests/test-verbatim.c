/* test-verbatim.c — runs of words copied between articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"
#include "px-sentences.h"
#include "px-verbatim.h"

static GPtrArray *
sentences_of (const char * const *texts)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) px_sentence_free);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) pieces = px_sentences_split (texts[i], "en");
      for (guint k = 0; k < pieces->len; k++)
        g_ptr_array_add (sentences, g_steal_pointer (&pieces->pdata[k]));
    }
  return sentences;
}

/* The characters a span covers. */
static char *
span_text (GPtrArray      *sentences,
           PxVerbatimSpan *span)
{
  PxSentence *sentence = g_ptr_array_index (sentences, span->sentence);
  const char *start = g_utf8_offset_to_pointer (sentence->text, span->start);
  const char *end = g_utf8_offset_to_pointer (sentence->text, span->end);

  return g_strndup (start, end - start);
}

static void
test_wire_copy (void)
{
  const char * const agency[] = {
    "Officials said the ferry “Aurora” ran aground near Veldt Island at dawn on Saturday.",
    "All 214 passengers were taken off safely by coastguard boats, the regional governor’s office said in a statement.",
    NULL
  };
  const char * const paper[] = {
    "Drama at sea for holidaymakers.",
    "All 214 passengers were taken off safely by coastguard boats, the regional governor's office said.",
    "Many were still in their pyjamas.",
    NULL
  };
  const char * const blog[] = {
    "Nobody was hurt when a ferry grounded off Veldt Island.",
    NULL
  };
  g_autoptr(GPtrArray) a = sentences_of (agency);
  g_autoptr(GPtrArray) b = sentences_of (paper);
  g_autoptr(GPtrArray) c = sentences_of (blog);
  PxClaimDocument documents[] = { { a, "en" }, { b, "en" }, { c, "en" } };
  g_autoptr(GPtrArray) runs = px_verbatim_find (documents, G_N_ELEMENTS (documents));
  PxVerbatim *run;

  g_assert_cmpuint (runs->len, ==, 1);
  run = g_ptr_array_index (runs, 0);
  /* Curly and straight apostrophes read alike; the run stops where the
   * paper cut the sentence. */
  g_assert_cmpuint (run->words, ==, 15);
  g_assert_cmpstr (run->text, ==, "all 214 passengers were taken off safely by coastguard boats the regional governor's office said");
  g_assert_cmpuint (run->articles->len, ==, 2);
  g_assert_cmpuint (g_array_index (run->articles, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (run->articles, guint, 1), ==, 1);
  g_assert_cmpuint (run->spans->len, ==, 2);
  {
    PxVerbatimSpan *first = &g_array_index (run->spans, PxVerbatimSpan, 0);
    PxVerbatimSpan *second = &g_array_index (run->spans, PxVerbatimSpan, 1);
    g_autofree char *in_agency = span_text (a, first);
    g_autofree char *in_paper = span_text (b, second);

    g_assert_cmpuint (first->article, ==, 0);
    g_assert_cmpuint (first->sentence, ==, 1);
    g_assert_cmpuint (second->article, ==, 1);
    g_assert_cmpuint (second->sentence, ==, 1);
    g_assert_cmpstr (in_agency, ==, "All 214 passengers were taken off safely by coastguard boats, the regional governor’s office said");
    g_assert_cmpstr (in_paper, ==, "All 214 passengers were taken off safely by coastguard boats, the regional governor's office said");
  }
}

static void
test_across_sentences_and_three_articles (void)
{
  const char * const one[] = {
    "Prices rose sharply. The central bank will meet again in March to review the rate.",
    NULL
  };
  const char * const two[] = {
    "Markets were calm. The central bank will meet again in March to review the rate.",
    NULL
  };
  const char * const three[] = {
    "Analysts expect a pause. The central bank will meet again in March to review the rate.",
    NULL
  };
  g_autoptr(GPtrArray) a = sentences_of (one);
  g_autoptr(GPtrArray) b = sentences_of (two);
  g_autoptr(GPtrArray) c = sentences_of (three);
  PxClaimDocument documents[] = { { a, "en" }, { b, "en" }, { c, "en" } };
  g_autoptr(GPtrArray) runs = px_verbatim_find (documents, G_N_ELEMENTS (documents));
  PxVerbatim *run;

  g_assert_cmpuint (runs->len, ==, 1);
  run = g_ptr_array_index (runs, 0);
  g_assert_cmpuint (run->articles->len, ==, 3);
  g_assert_cmpuint (run->spans->len, ==, 3);
  g_assert_cmpuint (run->words, ==, 12);
}

static void
test_spanning_a_sentence_break (void)
{
  const char * const one[] = {
    "The storm cut power to six villages. Repair crews worked through the night in heavy rain.",
    NULL
  };
  const char * const two[] = {
    "Officials said the storm cut power to six villages. Repair crews worked through the night, they added.",
    NULL
  };
  g_autoptr(GPtrArray) a = sentences_of (one);
  g_autoptr(GPtrArray) b = sentences_of (two);
  PxClaimDocument documents[] = { { a, "en" }, { b, "en" } };
  g_autoptr(GPtrArray) runs = px_verbatim_find (documents, G_N_ELEMENTS (documents));
  PxVerbatim *run;

  g_assert_cmpuint (runs->len, ==, 1);
  run = g_ptr_array_index (runs, 0);
  g_assert_cmpuint (run->words, ==, 13);
  /* One piece in each sentence the run crosses. */
  g_assert_cmpuint (run->spans->len, ==, 4);
}

static void
test_stock_phrases_and_short_runs (void)
{
  const char * const one[] = {
    "It was one of the best of the year, and the team knew it.",
    "Rescuers reached the village late.",
    NULL
  };
  const char * const two[] = {
    "This was one of the best of the year, said the coach.",
    "Rescuers reached the village on Sunday.",
    NULL
  };
  g_autoptr(GPtrArray) a = sentences_of (one);
  g_autoptr(GPtrArray) b = sentences_of (two);
  PxClaimDocument documents[] = { { a, "en" }, { b, "en" } };
  g_autoptr(GPtrArray) runs = px_verbatim_find (documents, G_N_ELEMENTS (documents));

  /* Function words only, or four words: neither is copying. */
  g_assert_cmpuint (runs->len, ==, 0);
}

static void
test_nothing_shared (void)
{
  const char * const one[] = { "A B C D E F G.", NULL };
  const char * const empty[] = { NULL };
  g_autoptr(GPtrArray) a = sentences_of (one);
  g_autoptr(GPtrArray) b = sentences_of (empty);
  PxClaimDocument documents[] = { { a, "en" }, { b, NULL } };
  g_autoptr(GPtrArray) runs = px_verbatim_find (documents, G_N_ELEMENTS (documents));
  g_autoptr(GPtrArray) none = px_verbatim_find (NULL, 0);

  g_assert_cmpuint (runs->len, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/verbatim/wire-copy", test_wire_copy);
  g_test_add_func ("/parallax/verbatim/three-articles", test_across_sentences_and_three_articles);
  g_test_add_func ("/parallax/verbatim/across-sentence-break", test_spanning_a_sentence_break);
  g_test_add_func ("/parallax/verbatim/stock-phrases", test_stock_phrases_and_short_runs);
  g_test_add_func ("/parallax/verbatim/nothing-shared", test_nothing_shared);
  return g_test_run ();
}
