/* test-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "parallax.h"

static void
test_text_skips_captions (void)
{
  g_autoptr(PxArticle) article = px_article_new ("a.html");
  g_autofree char *text = NULL;

  px_article_add_paragraph (article, PX_PARAGRAPH_HEADING, "Talks resume");
  px_article_add_paragraph (article, PX_PARAGRAPH_CAPTION, "The delegations before the meeting.");
  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, "The two ministers met on Monday.");
  px_article_add_paragraph (article, PX_PARAGRAPH_QUOTE, "“We agreed to talk again,” one said.");
  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, "");

  text = px_article_dup_text (article);
  g_assert_cmpstr (text, ==,
                   "Talks resume\n\nThe two ministers met on Monday.\n\n“We agreed to talk again,” one said.");
  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 4);
  g_assert_cmpuint (px_article_count_words (article), ==, 15);
}

static void
test_outlet_guesses_rank (void)
{
  g_autoptr(PxArticle) article = px_article_new ("news/a.html");

  px_article_offer_outlet (article, "news", PX_SOURCE_FOLDER);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "news");
  px_article_offer_outlet (article, "Daily Ledger", PX_SOURCE_METADATA);
  px_article_offer_outlet (article, "ledger.example", PX_SOURCE_URL);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Daily Ledger");
  g_assert_cmpint (px_article_get_outlet_source (article), ==, PX_SOURCE_METADATA);
  px_article_set_outlet (article, "The Ledger", PX_SOURCE_USER);
  px_article_offer_outlet (article, "Other", PX_SOURCE_METADATA);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "The Ledger");
}

static void
test_outlet_override_comes_back (void)
{
  g_autoptr(PxArticle) article = px_article_new ("ledger/a.html");
  PxValueSource source = PX_SOURCE_NONE;

  px_article_offer_outlet (article, "ledger.example", PX_SOURCE_URL);
  px_article_set_outlet (article, "The Ledger", PX_SOURCE_USER);
  /* A second override must not lose what the page said. */
  px_article_set_outlet (article, "Daily Ledger", PX_SOURCE_USER);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "Daily Ledger");
  g_assert_cmpstr (px_article_get_found_outlet (article, &source), ==, "ledger.example");
  g_assert_cmpint (source, ==, PX_SOURCE_URL);

  px_article_reset_outlet (article);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "ledger.example");
  g_assert_cmpint (px_article_get_outlet_source (article), ==, PX_SOURCE_URL);
  g_assert_cmpstr (px_article_get_found_outlet (article, NULL), ==, "ledger.example");

  /* Resetting a value nobody overrode changes nothing. */
  px_article_reset_outlet (article);
  g_assert_cmpstr (px_article_get_outlet (article), ==, "ledger.example");
}

static void
test_authors_deduplicated (void)
{
  g_autoptr(PxArticle) article = px_article_new ("a.txt");

  px_article_add_author (article, " Mira Holt ");
  px_article_add_author (article, "Mira Holt");
  px_article_add_author (article, "");
  px_article_add_author (article, "Jonas Ek");
  g_assert_cmpuint (px_article_get_authors (article)->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (px_article_get_authors (article), 0), ==, "Mira Holt");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/article/text-skips-captions", test_text_skips_captions);
  g_test_add_func ("/parallax/article/outlet-guesses-rank", test_outlet_guesses_rank);
  g_test_add_func ("/parallax/article/outlet-override-comes-back", test_outlet_override_comes_back);
  g_test_add_func ("/parallax/article/authors-deduplicated", test_authors_deduplicated);
  return g_test_run ();
}
