/* test-seeds.c — the first folder a user opens: real articles saved as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"

static PxArticle *
find_article (PxLoadResult *result,
              const char   *prefix)
{
  for (guint i = 0; i < result->articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (result->articles, i);
      g_autofree char *base = g_path_get_basename (px_article_get_path (article));

      if (g_str_has_prefix (base, prefix))
        return article;
    }
  g_error ("No article %s in the seeds", prefix);
  return NULL;
}

static void
test_seeds (void)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  const char *paths[2] = { seeds, NULL };
  static const char * const furniture[] = {
    "Become a", "becoming a member", "Join today", "Support independent", "Related articles", "Related Articles", "Editor's choice",
    "Leave a Reply", "Your email address", "Photo:", "(Photo", "Image source", "picture courtesy",
    "source site-", "source:", "NATO", "Read on", "fundraiser",
  };
  static const struct { const char *file; const char *title; } titles[] = {
    { "000", "Pashinyan and Aliyev vow to reduce tensions after meeting in Tajikistan" },
    { "001", "Aliyev and Pashinyan hold unscheduled informal talks in Dushambe" },
    { "002", "Before the silent Putin: Armenia and Azerbaijan approach each other" },
    { "003", "Developments in Nagorno-Karabakh and the Road to Stability" },
    { "004", "Rapprochement between Armenia and Azerbaijan during talks in Moscow" },
  };
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PxArticle *article;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("PARALLAX_SEEDS is not a folder");
      return;
    }

  result = px_load_paths_sync (paths, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->articles->len, ==, 5);
  g_assert_cmpuint (result->failures->len, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      article = find_article (result, titles[i].file);
      g_assert_true (g_str_has_prefix (px_article_get_title (article), titles[i].title));
      g_assert_cmpuint (px_article_count_words (article), >, 300);
      g_assert_cmpstr (px_article_get_language (article), ==, "en");
    }

  article = find_article (result, "000");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "OC Media");
  g_assert_cmpstr (px_article_get_date (article), ==, "2018-10-02");
  article = find_article (result, "001");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "commonspace.eu");
  article = find_article (result, "003");
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Caspian Policy Center");
  g_assert_cmpuint (px_article_get_authors (article)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Samantha Fanger");

  for (guint i = 0; i < result->articles->len; i++)
    {
      g_autofree char *text = px_article_dup_text (g_ptr_array_index (result->articles, i));

      for (guint j = 0; j < G_N_ELEMENTS (furniture); j++)
        if (strstr (text, furniture[j]) != NULL)
          g_error ("%s still holds “%s”",
                   px_article_get_path (g_ptr_array_index (result->articles, i)), furniture[j]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/seeds/done-means", test_seeds);
  return g_test_run ();
}
