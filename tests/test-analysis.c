/* test-analysis.c — tokens, stems, weighted terms and dates of one article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "parallax.h"
#include "px-analysis.h"
#include "px-timex.h"

static GPtrArray *
tokenize (const char *language,
          const char *text)
{
  const char *paragraphs[] = { text, NULL };

  return px_analysis_tokenize (language, paragraphs, 0);
}

static void
test_tokens (void)
{
  g_autoptr(GPtrArray) tokens = tokenize ("en", "The mayor of Tarnow’s harbour said 1,200 jobs were saved. Officials agreed.");
  PxToken *first = g_ptr_array_index (tokens, 0);
  gboolean saw_number = FALSE, saw_possessive = FALSE, saw_second_sentence = FALSE;

  g_assert_true (first->flags & PX_TOKEN_SENTENCE_START);
  g_assert_true (first->flags & PX_TOKEN_CAPITALISED);
  for (guint i = 0; i < tokens->len; i++)
    {
      PxToken *token = g_ptr_array_index (tokens, i);

      if (strcmp (token->text, "1,200") == 0)
        saw_number = (token->flags & PX_TOKEN_NUMBER) != 0;
      /* One apostrophe for all: the possessive stays one word, folded. */
      if (strcmp (token->folded, "tarnow's") == 0)
        saw_possessive = TRUE;
      if (strcmp (token->text, "Officials") == 0)
        saw_second_sentence = (token->flags & PX_TOKEN_SENTENCE_START) != 0;
      g_assert_false (token->flags & PX_TOKEN_SENTENCE_START && strcmp (token->text, "harbour") == 0);
    }
  g_assert_true (saw_number);
  g_assert_true (saw_possessive);
  g_assert_true (saw_second_sentence);
}

static void
test_tokens_without_spaces (void)
{
  /* ICU's dictionaries split scripts written without spaces. */
  g_autoptr(GPtrArray) tokens = tokenize ("ja", "東京で首脳会談が開かれた。");
  guint words = 0;

  for (guint i = 0; i < tokens->len; i++)
    if (((PxToken *) g_ptr_array_index (tokens, i))->flags & PX_TOKEN_WORD)
      words++;
  g_assert_cmpuint (words, >=, 4);
}

static void
test_stemming (void)
{
  g_assert_cmpstr (px_analysis_stemmer_name ("en"), ==, "english");
  g_assert_cmpstr (px_analysis_stemmer_name ("pt-BR"), ==, "portuguese");
  g_assert_cmpstr (px_analysis_stemmer_name ("ru"), ==, "russian");
  g_assert_null (px_analysis_stemmer_name ("xx"));
  g_assert_null (px_analysis_stemmer_name (NULL));

  g_assert_true (px_analysis_stem ("en", "meetings") == px_analysis_stem ("en", "meeting"));
  g_assert_true (px_analysis_stem ("ru", "переговоры") == px_analysis_stem ("ru", "переговоров"));
  g_assert_true (px_analysis_stem ("de", "verhandlungen") == px_analysis_stem ("de", "verhandlung"));
  /* Without a stemmer the word stands as it is. */
  g_assert_cmpstr (px_analysis_stem ("xx", "talks"), ==, "talks");
}

static void
test_stemmer_threads_worker (gpointer data,
                             gpointer user_data)
{
  for (guint i = 0; i < 2000; i++)
    g_assert_true (px_analysis_stem ("en", "negotiations") == px_analysis_stem ("en", "negotiation"));
}

static void
test_stemmer_threads (void)
{
  /* Snowball stemmers are not thread-safe; each thread has its own. */
  GThreadPool *pool = g_thread_pool_new (test_stemmer_threads_worker, NULL, 4, TRUE, NULL);

  for (guint i = 0; i < 8; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
}

static void
test_weights (void)
{
  const char *paragraphs[] = {
    "The harbour authority met on Monday to discuss the budget.",
    "Later the council discussed a bridge. Dredging was not discussed.",
    NULL,
  };
  g_autoptr(PxAnalysis) a = px_analysis_new_from_text ("a.txt", "Dredging plan for 2031 approved",
                                                       paragraphs, "en", "2030-05-06", "Harbour News");
  float dredging = px_analysis_get_weight (a, px_analysis_stem ("en", "dredging"));
  float bridge = px_analysis_get_weight (a, px_analysis_stem ("en", "bridge"));
  float harbour = px_analysis_get_weight (a, px_analysis_stem ("en", "harbour"));

  /* Once in the headline and once in the body outweighs once in the lead. */
  g_assert_cmpfloat (dredging, >, harbour);
  /* The lead outweighs the body. */
  g_assert_cmpfloat (harbour, >, 0);
  g_assert_cmpfloat (bridge, >, 0);
  g_assert_cmpfloat (px_analysis_get_weight (a, "#2031"), >, 0);
  g_assert_cmpfloat (px_analysis_get_weight (a, "absent"), ==, 0);
  g_assert_cmpuint (a->word_count, >=, 20);
}

static guint32
day (const char *iso)
{
  return px_timex_day_from_iso (iso);
}

static GArray *
find_dates (const char *language,
            const char *text,
            const char *reference)
{
  g_autoptr(GPtrArray) tokens = tokenize (language, text);

  return px_timex_find ((PxToken * const *) tokens->pdata, tokens->len, day (reference));
}

static void
assert_first_date (const char *language,
                   const char *text,
                   const char *reference,
                   const char *first,
                   const char *last)
{
  g_autoptr(GArray) dates = find_dates (language, text, reference);
  PxTimexMention *m;
  g_autofree char *iso_first = NULL;
  g_autofree char *iso_last = NULL;

  g_assert_cmpuint (dates->len, >=, 1);
  m = &g_array_index (dates, PxTimexMention, 0);
  iso_first = px_timex_day_to_iso (m->span.first);
  iso_last = px_timex_day_to_iso (m->span.last);
  g_assert_cmpstr (iso_first, ==, first);
  g_assert_cmpstr (iso_last, ==, last);
}

static void
test_absolute_dates (void)
{
  assert_first_date ("en", "The talks took place on 28 September 2018 in the capital.", NULL, "2018-09-28", "2018-09-28");
  assert_first_date ("en", "The summit, held September 28, 2018, ended early.", NULL, "2018-09-28", "2018-09-28");
  assert_first_date ("en", "Leaders gathered on 27-28 September 2018.", NULL, "2018-09-27", "2018-09-28");
  assert_first_date ("en", "The record dated 2018-09-28 was released.", NULL, "2018-09-28", "2018-09-28");
  assert_first_date ("fr", "Le sommet s’est tenu le 28 septembre 2018 à Douchanbé.", NULL, "2018-09-28", "2018-09-28");
  assert_first_date ("de", "Am 28. September 2018 trafen sich die beiden.", NULL, "2018-09-28", "2018-09-28");
  assert_first_date ("ru", "Встреча состоялась 28 сентября 2018 года.", NULL, "2018-09-28", "2018-09-28");
  assert_first_date ("en", "Published 28.09.2018 by the desk.", NULL, "2018-09-28", "2018-09-28");
  /* Without a year: the year that puts it nearest the publication. */
  assert_first_date ("en", "They met on 28 December.", "2019-01-02", "2018-12-28", "2018-12-28");
  assert_first_date ("en", "They met on 3 January.", "2019-01-02", "2019-01-03", "2019-01-03");
  /* Or nearest a full date the article gives. */
  assert_first_date ("en", "The report of 2 October 2018 said they met on 28 September.", NULL, "2018-10-02", "2018-10-02");
}

static void
test_month_and_may (void)
{
  g_autoptr(GArray) dates = find_dates ("en", "Officials may resign. Elections are due in March 2026.", NULL);
  PxTimexMention *m;

  /* "may" in lower case is the verb. */
  g_assert_cmpuint (dates->len, ==, 1);
  m = &g_array_index (dates, PxTimexMention, 0);
  g_assert_cmpint (m->span.precision, ==, PX_TIMEX_MONTH);
  g_assert_cmpuint (m->span.first, ==, day ("2026-03-01"));
  g_assert_cmpuint (m->span.last, ==, day ("2026-03-31"));
}

static void
test_relative_dates (void)
{
  /* 2024-10-12 is a Saturday. */
  assert_first_date ("en", "The ministers met on Thursday in the capital.", "2024-10-12", "2024-10-10", "2024-10-10");
  assert_first_date ("en", "Yesterday the ministers met.", "2024-10-12", "2024-10-11", "2024-10-11");
  assert_first_date ("de", "Die Minister trafen sich gestern.", "2024-10-12", "2024-10-11", "2024-10-11");
  assert_first_date ("en", "The ministers met last week.", "2024-10-12", "2024-09-29", "2024-10-05");
  {
    /* Without a reference, relative words say nothing. */
    g_autoptr(GArray) dates = find_dates ("en", "Yesterday the ministers met on Thursday.", NULL);

    g_assert_cmpuint (dates->len, ==, 0);
  }
}

static void
test_floating_dates (void)
{
  g_autoptr(GArray) dates = find_dates ("en", "YEREVAN, March 24 (Wire) - Shelling hit a village.", NULL);
  PxTimexSpan fixed = { day ("2025-03-25"), day ("2025-03-25"), PX_TIMEX_DAY, FALSE };
  PxTimexSpan early = { day ("2025-03-03"), day ("2025-03-03"), PX_TIMEX_DAY, FALSE };
  PxTimexSpan estimate;

  g_assert_cmpuint (dates->len, ==, 1);
  g_assert_true (g_array_index (dates, PxTimexMention, 0).span.floating);
  estimate = px_timex_estimate_event (dates, 0);
  g_assert_true (estimate.floating);
  /* A year-less 24 March is one day from 25 March 2025, 21 from 3 March. */
  g_assert_cmpint (px_timex_distance (&estimate, &fixed), ==, 1);
  g_assert_cmpint (px_timex_distance (&fixed, &estimate), ==, 1);
  g_assert_cmpint (px_timex_distance (&estimate, &early), ==, 21);
}

static void
test_event_estimate (void)
{
  const char *paragraphs[] = {
    "The two presidents met on Thursday in the port city, officials said.",
    "It was their first meeting since 14 March 2021, when talks collapsed.",
    NULL,
  };
  g_autoptr(PxAnalysis) a = px_analysis_new_from_text ("a.txt", "Presidents meet", paragraphs, "en",
                                                       "2024-10-12", NULL);
  const char *undated[] = {
    "Dockside Gazette",
    "3 February 2023",
    "The port reopened after the strike ended on Wednesday.",
    NULL,
  };
  g_autoptr(PxAnalysis) b = px_analysis_new_from_text ("b.txt", "Port reopens", undated, "en", NULL, NULL);
  g_autofree char *event_a = px_timex_day_to_iso (a->event_time.first);
  g_autofree char *event_b = px_timex_day_to_iso (b->event_time.first);

  /* Background dates years back are not the event. */
  g_assert_cmpstr (event_a, ==, "2024-10-10");
  /* A line that is only a date, near the top, is the dateline. */
  g_assert_cmpstr (b->date, ==, "2023-02-03");
  g_assert_cmpstr (event_b, ==, "2023-02-01");
}

/* Datelines with a byline or an outlet beside the date, or opening the
 * first paragraph; and one the extractor left out, read from the file. */
static void
test_datelines (void)
{
  const char *byline[] = {
    "Par Claire Martin — 20 octobre 2024",
    "Réunis vendredi à Genève, les ministres ont signé l'accord.",
    NULL,
  };
  const char *opening[] = {
    "Leipzig, 10.10.2025 – Die beiden Minister haben am Donnerstag eine Erklärung unterzeichnet.",
    NULL,
  };
  g_autoptr(PxAnalysis) a = px_analysis_new_from_text ("a.txt", "Accord à Genève", byline, "fr", NULL, NULL);
  g_autoptr(PxAnalysis) b = px_analysis_new_from_text ("b.txt", "Erklärung", opening, "de", NULL, NULL);
  g_autofree char *event_a = px_timex_day_to_iso (a->event_time.first);
  g_autofree char *event_b = px_timex_day_to_iso (b->event_time.first);
  g_autofree char *dir = g_dir_make_tmp ("px-analysis-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.txt", NULL);
  const char *paths[2] = { path, NULL };
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(PxAnalysis) c = NULL;
  g_autofree char *event_c = NULL;
  g_autoptr(GError) error = NULL;

  /* 20 October 2024 was a Sunday: "vendredi" is the 18th. */
  g_assert_cmpstr (a->date, ==, "2024-10-20");
  g_assert_cmpstr (event_a, ==, "2024-10-18");
  /* 10 October 2025 was a Friday: "am Donnerstag" is the 9th. */
  g_assert_cmpstr (b->date, ==, "2025-10-10");
  g_assert_cmpstr (event_b, ==, "2025-10-09");

  g_assert_true (g_file_set_contents (path,
                                      "Harbour Times\n\n"
                                      "Ferry strike ends after nine days\n\n"
                                      "25.03.2025\n\n"
                                      "Dock workers returned to the ferries on Monday after the union accepted a "
                                      "pay offer, ending a strike that had stranded thousands of travellers.\n\n"
                                      "The port authority said the first sailings left on time.\n",
                                      -1, &error));
  result = px_load_paths_sync (paths, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->articles->len, ==, 1);
  c = px_analysis_new (g_ptr_array_index (result->articles, 0));
  event_c = px_timex_day_to_iso (c->event_time.first);
  /* 25 March 2025 was a Tuesday: "on Monday" is the 24th. */
  g_assert_cmpstr (c->date, ==, "2025-03-25");
  g_assert_cmpstr (event_c, ==, "2025-03-24");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/analysis/tokens", test_tokens);
  g_test_add_func ("/parallax/analysis/tokens-without-spaces", test_tokens_without_spaces);
  g_test_add_func ("/parallax/analysis/stemming", test_stemming);
  g_test_add_func ("/parallax/analysis/stemmer-threads", test_stemmer_threads);
  g_test_add_func ("/parallax/analysis/weights", test_weights);
  g_test_add_func ("/parallax/analysis/absolute-dates", test_absolute_dates);
  g_test_add_func ("/parallax/analysis/month-and-may", test_month_and_may);
  g_test_add_func ("/parallax/analysis/relative-dates", test_relative_dates);
  g_test_add_func ("/parallax/analysis/floating-dates", test_floating_dates);
  g_test_add_func ("/parallax/analysis/event-estimate", test_event_estimate);
  g_test_add_func ("/parallax/analysis/datelines", test_datelines);
  return g_test_run ();
}
