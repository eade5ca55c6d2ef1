/* bench-framing.c — time the framing analysis of an event of full articles
 *
 * Builds an event of N articles of about 1,100 words each from sentences
 * written for this benchmark (quotes in several styles, indirect speech,
 * labels, hedges, place names), then times px_framing_analyse() over
 * several runs and prints the median and the worst.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "px-framing.h"

static const char * const sentences[] = {
  "Interior Minister Hanna Korvel said on Monday that the border crossing at Velm would reopen next week.",
  "“We have restored the power lines and the road is safe again,” Korvel told the Eastern Courier.",
  "Opposition leader Tarek Amsel claimed the government had ignored warnings for months.",
  "According to the regional health office, 42 people were treated for injuries after the shelling.",
  "‘This is not the first time the villages have been hit’, said Lena Ostrova, a nurse at the district hospital.",
  "The separatist authorities in the breakaway region reportedly denied any role in the attack.",
  "He added that talks with the so-called administration in Stepanakert could resume in spring.",
  "Analysts say the ceasefire may not hold unless international observers are deployed along the line.",
  "The cost of rebuilding the bridge is estimated at 30 million euros, the finance ministry said.",
  "\"Families have lost their homes and their fields\", according to a statement from the Red Cross.",
  "Residents of Khankendi and Shusha described long queues for fuel and bread.",
  "The parliament will vote on the emergency budget on Thursday, its speaker confirmed.",
  "Police detained four men accused of smuggling weapons across the river, the agency Nordpress reported.",
  "Critics of the plan insisted that it violated international law and the treaty of 1994.",
};

static PxArticle *
make_article (guint index)
{
  g_autofree char *path = g_strdup_printf ("bench-%u.txt", index);
  PxArticle *article = px_article_new (path);
  guint words = 0;
  guint s = index;

  px_article_set_title (article, "Border crossing to reopen as talks resume, minister says");
  px_article_set_language (article, "en");
  while (words < 1100)
    {
      GString *paragraph = g_string_new (NULL);

      for (guint k = 0; k < 3; k++, s++)
        {
          const char *sentence = sentences[(s * 7 + index) % G_N_ELEMENTS (sentences)];

          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append (paragraph, sentence);
        }
      words += 60;
      px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraph->str);
      g_string_free (paragraph, TRUE);
    }
  return article;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  int n_articles = 6;
  int runs = 20;
  GOptionEntry entries[] = {
    { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Articles in the event", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs", "N" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree double *times = NULL;
  PxLexicon *lexicon;
  gint64 start;
  guint words = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, NULL) || n_articles < 1 || runs < 1)
    return 2;

  start = g_get_monotonic_time ();
  lexicon = px_lexicon_get_default ();
  g_print ("lexicons loaded in %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  for (int i = 0; i < n_articles; i++)
    {
      g_ptr_array_add (articles, make_article (i));
      words += px_article_count_words (g_ptr_array_index (articles, i));
    }

  times = g_new0 (double, runs);
  for (int r = 0; r < runs; r++)
    {
      g_autoptr(PxFraming) framing = NULL;

      start = g_get_monotonic_time ();
      framing = px_framing_analyse (articles, NULL, lexicon);
      times[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  g_print ("framing of an event of %d articles (%u words): median %.2f ms, worst %.2f ms over %d runs "
           "(target: under 20 ms)\n", n_articles, words, times[runs / 2], times[runs - 1], runs);
  return 0;
}
