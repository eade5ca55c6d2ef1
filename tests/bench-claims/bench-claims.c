/* bench-claims.c — time to align the claims of 6 articles of 150 sentences
 *
 * The articles are made up here: each tells a shuffled selection of the same
 * pool of facts, reworded (words dropped, swapped and added), as outlets
 * covering one event do. Prints the median of several runs for sentence
 * splitting, claim alignment and verbatim search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "parallax.h"
#include "px-claims.h"
#include "px-sentences.h"
#include "px-verbatim.h"
#include "px-test-util.h"

#define N_ARTICLES 6
#define N_SENTENCES 150
#define N_FACTS 260
#define N_WORDS 2000
#define RUNS 15

static const char *syllables[] = {
  "ka", "lo", "mi", "ren", "tas", "vor", "pe", "dan", "si", "mul", "go", "bre",
  "ta", "nix", "ol", "sha", "ver", "un", "dro", "li", "pan", "est", "ra", "cum",
};

static const char *glue[] = {
  "the", "of", "and", "to", "in", "a", "on", "was", "said", "that", "with", "by",
};

static char *
make_word (GRand *rand,
           guint  index)
{
  GString *word = g_string_new (NULL);
  guint n = 2 + index % 3;

  for (guint i = 0; i < n; i++)
    g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  if (index % 7 == 0)
    word->str[0] = g_ascii_toupper (word->str[0]);
  return g_string_free (word, FALSE);
}

static PxArticle *
make_article (GRand  *rand,
              char  **words,
              GArray *facts,
              guint   number)
{
  g_autofree char *path = g_strdup_printf ("outlet-%u.txt", number);
  PxArticle *article = px_article_new (path);
  GString *paragraph = g_string_new (NULL);

  px_article_set_language (article, "en");
  px_article_set_title (article, "Leaders meet at the summit");
  for (guint s = 0; s < N_SENTENCES; s++)
    {
      guint fact = g_rand_int_range (rand, 0, N_FACTS);
      guint *content = &g_array_index (facts, guint, fact * 12);
      gsize start = paragraph->len;

      /* A rewording of the fact: most of its words, some glue, a few new. */
      for (guint k = 0; k < 12; k++)
        {
          if (g_rand_int_range (rand, 0, 100) < 75)
            {
              g_string_append (paragraph, words[content[k]]);
              g_string_append_c (paragraph, ' ');
            }
          if (g_rand_int_range (rand, 0, 100) < 50)
            {
              g_string_append (paragraph, glue[g_rand_int_range (rand, 0, G_N_ELEMENTS (glue))]);
              g_string_append_c (paragraph, ' ');
            }
          if (g_rand_int_range (rand, 0, 100) < 15)
            {
              g_string_append (paragraph, words[g_rand_int_range (rand, 0, N_WORDS)]);
              g_string_append_c (paragraph, ' ');
            }
        }
      g_string_append_printf (paragraph, "%u. ", g_rand_int_range (rand, 1, 500));
      paragraph->str[start] = g_ascii_toupper (paragraph->str[start]);
      if (s % 3 == 2)
        {
          px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraph->str);
          g_string_truncate (paragraph, 0);
        }
    }
  if (paragraph->len > 0)
    px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraph->str);
  g_string_free (paragraph, TRUE);
  return article;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20181002);
  char *words[N_WORDS];
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  PxClaimDocument documents[N_ARTICLES];
  GPtrArray *sentences[N_ARTICLES];
  double split_ms[RUNS], align_ms[RUNS], verbatim_ms[RUNS], align_cpu_ms[RUNS];
  guint n_sentences = 0, n_claims = 0, n_shared = 0;

  for (guint i = 0; i < N_WORDS; i++)
    words[i] = make_word (rand, i);
  for (guint f = 0; f < N_FACTS * 12; f++)
    {
      guint w = g_rand_int_range (rand, 0, N_WORDS);
      g_array_append_val (facts, w);
    }
  for (guint a = 0; a < N_ARTICLES; a++)
    g_ptr_array_add (articles, make_article (rand, words, facts, a));

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 t0, t1, t2, t3, c1, c2;
      PxClaimSet *set;
      GPtrArray *runs;

      t0 = g_get_monotonic_time ();
      for (guint a = 0; a < N_ARTICLES; a++)
        {
          sentences[a] = px_sentences_from_article (g_ptr_array_index (articles, a));
          documents[a].sentences = sentences[a];
          documents[a].language = "en";
        }
      t1 = g_get_monotonic_time ();
      c1 = px_test_thread_cpu_us ();
      set = px_claims_align (documents, N_ARTICLES, NULL, 0);
      c2 = px_test_thread_cpu_us ();
      t2 = g_get_monotonic_time ();
      runs = px_verbatim_find (documents, N_ARTICLES);
      t3 = g_get_monotonic_time ();

      split_ms[run] = (t1 - t0) / 1000.0;
      align_ms[run] = (t2 - t1) / 1000.0;
      align_cpu_ms[run] = (c2 - c1) / 1000.0;
      verbatim_ms[run] = (t3 - t2) / 1000.0;
      if (run == 0)
        {
          for (guint a = 0; a < N_ARTICLES; a++)
            n_sentences += sentences[a]->len;
          n_claims = set->claims->len;
          for (guint c = 0; c < set->claims->len; c++)
            n_shared += ((PxClaim *) g_ptr_array_index (set->claims, c))->articles->len > 1;
        }
      px_claim_set_free (set);
      g_ptr_array_unref (runs);
      for (guint a = 0; a < N_ARTICLES; a++)
        g_ptr_array_unref (sentences[a]);
    }

  qsort (split_ms, RUNS, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  qsort (align_ms, RUNS, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  qsort (align_cpu_ms, RUNS, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  qsort (verbatim_ms, RUNS, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  printf ("articles: %u, sentences: %u, claims: %u (%u carried by more than one article)\n",
          N_ARTICLES, n_sentences, n_claims, n_shared);
  printf ("sentence split: %.2f ms (median of %u)\n", split_ms[RUNS / 2], RUNS);
  printf ("claim alignment: %.2f ms wall, %.2f ms CPU (median of %u; target under 50 ms)\n",
          align_ms[RUNS / 2], align_cpu_ms[RUNS / 2], RUNS);
  printf ("verbatim runs: %.2f ms (median of %u)\n", verbatim_ms[RUNS / 2], RUNS);

  for (guint i = 0; i < N_WORDS; i++)
    g_free (words[i]);
  return 0;
}
