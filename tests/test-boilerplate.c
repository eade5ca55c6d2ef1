/* test-boilerplate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-boilerplate.h"

static const char *disclaimer =
  "For clarity, we do not use qualifiers such as “so-called” when naming the institutions of the valley.";
static const char *wire =
  "The ministers met for three hours and agreed to meet again next month, according to a joint statement.";

static PxArticle *
make_article (const char *path,
              const char *outlet,
              const char *body)
{
  PxArticle *article = px_article_new (path);

  if (outlet != NULL)
    px_article_set_outlet (article, outlet, PX_SOURCE_TEXT);
  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, body);
  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, "A second paragraph of reporting that differs.");
  return article;
}

static gboolean
has_paragraph (PxArticle  *article,
               const char *text)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);

  for (guint i = 0; i < paragraphs->len; i++)
    if (strcmp (((PxParagraph *) g_ptr_array_index (paragraphs, i))->text, text) == 0)
      return TRUE;
  return FALSE;
}

static void
test_outlet_template (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, make_article ("a/1.txt", "Valley Post", "Floods closed the northern road on Monday."));
  g_ptr_array_add (articles, make_article ("a/2.txt", "Valley Post", "The mayor resigned after a vote of no confidence."));
  g_ptr_array_add (articles, make_article ("a/3.txt", "River Times", "Floods closed the northern road, officials said."));
  for (guint i = 0; i < 2; i++)
    px_article_add_paragraph (g_ptr_array_index (articles, i), PX_PARAGRAPH_BODY, disclaimer);
  /* The same wording under another outlet, one copy only: not a template. */
  px_article_add_paragraph (g_ptr_array_index (articles, 2), PX_PARAGRAPH_BODY, "Follow us for more.");

  g_assert_cmpuint (px_boilerplate_strip (articles), ==, 2);
  g_assert_false (has_paragraph (g_ptr_array_index (articles, 0), disclaimer));
  g_assert_false (has_paragraph (g_ptr_array_index (articles, 1), disclaimer));
  g_assert_true (has_paragraph (g_ptr_array_index (articles, 0), "Floods closed the northern road on Monday."));
  g_assert_true (has_paragraph (g_ptr_array_index (articles, 2), "Follow us for more."));
}

static void
test_wire_copy_kept (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, make_article ("x/1.txt", "Valley Post", wire));
  g_ptr_array_add (articles, make_article ("x/2.txt", "River Times", wire));
  g_ptr_array_add (articles, make_article ("x/3.txt", "Hill Gazette", wire));

  g_assert_cmpuint (px_boilerplate_strip (articles), ==, 0);
  for (guint i = 0; i < articles->len; i++)
    g_assert_true (has_paragraph (g_ptr_array_index (articles, i), wire));
}

static void
test_folder_groups_without_outlet (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  const char *appeal = "Readers like you keep this site going every single day.";

  g_ptr_array_add (articles, make_article ("post/1.txt", NULL, "Talks resumed on Tuesday in the capital."));
  g_ptr_array_add (articles, make_article ("post/2.txt", NULL, "The harbour reopened after the storm."));
  g_ptr_array_add (articles, make_article ("other/3.txt", NULL, "Prices rose for the third month."));
  for (guint i = 0; i < 3; i++)
    px_article_add_paragraph (g_ptr_array_index (articles, i), PX_PARAGRAPH_BODY, appeal);

  /* Two copies in "post", one in "other": "other" is another source. */
  g_assert_cmpuint (px_boilerplate_strip (articles), ==, 0);
  g_assert_true (has_paragraph (g_ptr_array_index (articles, 0), appeal));
}

static void
test_background_inside_text_kept (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  const char *background = "The two countries have disputed the valley since the collapse of the old federation.";

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_strdup_printf ("b/%u.txt", i);
      PxArticle *article = px_article_new (path);

      px_article_set_outlet (article, "Valley Post", PX_SOURCE_TEXT);
      for (guint j = 0; j < 4; j++)
        {
          g_autofree char *text = g_strdup_printf ("Paragraph %u of story %u, with its own facts.", j, i);
          px_article_add_paragraph (article, PX_PARAGRAPH_BODY, text);
        }
      px_article_add_paragraph (article, PX_PARAGRAPH_BODY, background);
      for (guint j = 4; j < 8; j++)
        {
          g_autofree char *text = g_strdup_printf ("Paragraph %u of story %u, with its own facts.", j, i);
          px_article_add_paragraph (article, PX_PARAGRAPH_BODY, text);
        }
      g_ptr_array_add (articles, article);
    }
  /* Reused background in the middle of two stories is reporting. */
  g_assert_cmpuint (px_boilerplate_strip (articles), ==, 0);
}

static void
test_repeats_within_article (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  PxArticle *article = make_article ("r/1.txt", "Valley Post", "The bridge reopened on Friday after a year of repairs.");
  const char *pasted = "An unrelated story about the football league that was pasted in the tail of the page twice.";

  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, pasted);
  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, pasted);
  g_ptr_array_add (articles, article);

  g_assert_cmpuint (px_boilerplate_strip (articles), ==, 1);
  g_assert_cmpuint (px_article_get_paragraphs (article)->len, ==, 3);
}

static void
test_many_articles (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  guint removed;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *path = g_strdup_printf ("big/%u.txt", i);
      g_autofree char *body = g_strdup_printf ("Story number %u reports something new.", i);
      PxArticle *article = make_article (path, i % 2 ? "Valley Post" : "River Times", body);

      px_article_add_paragraph (article, PX_PARAGRAPH_BODY,
                                i % 2 ? "Subscribe to the Valley Post." : "Support the River Times.");
      g_ptr_array_add (articles, article);
    }
  removed = px_boilerplate_strip (articles);
  /* Each outlet's appeal, and the shared "second paragraph" stays only
   * because both outlets carry it. */
  g_assert_cmpuint (removed, ==, 2000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/boilerplate/outlet-template", test_outlet_template);
  g_test_add_func ("/parallax/boilerplate/wire-copy", test_wire_copy_kept);
  g_test_add_func ("/parallax/boilerplate/folder-groups", test_folder_groups_without_outlet);
  g_test_add_func ("/parallax/boilerplate/background", test_background_inside_text_kept);
  g_test_add_func ("/parallax/boilerplate/repeats", test_repeats_within_article);
  g_test_add_func ("/parallax/boilerplate/many", test_many_articles);
  return g_test_run ();
}
