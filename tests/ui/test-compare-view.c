/* test-compare-view.c — the side-by-side and coverage views on a small event
 *
 * Three made-up reports of one bridge closure: one fact all three give,
 * some that two give, one each that only one gives, and a sentence two of
 * them share word for word. The views are checked against the comparison
 * the core computes for them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "parallax.h"
#include "px-compare-view.h"
#include "px-coverage-view.h"
#include "px-loader.h"
#include "px-sentences.h"
#include "px-ui-test-util.h"

static PxArticle *
make_article (const char         *outlet,
              const char         *title,
              const char * const *paragraphs)
{
  g_autofree char *path = g_strdup_printf ("%s.txt", outlet);
  PxArticle *article = px_article_new (path);

  px_article_set_outlet (article, outlet, PX_SOURCE_METADATA);
  px_article_set_title (article, title);
  px_article_set_language (article, "en");
  px_article_set_date (article, "2024-05-06");
  for (guint i = 0; paragraphs[i] != NULL; i++)
    px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraphs[i]);
  return article;
}

static GPtrArray *
bridge_articles (void)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, make_article ("Harbour Gazette", "Old bridge closed after inspection finds cracks",
    (const char *[]) {
      "The city closed the Old Mill Bridge on Monday after inspectors found deep cracks in two of its stone supports. "
      "Engineers said the repairs would take at least six months.",
      "Mayor Ana Ruiz said the closure was painful but necessary for public safety. "
      "Ferry services will run every twenty minutes from the north quay while the bridge is shut.",
      "Local shop owners on Tanner Street fear a sharp drop in trade during the busy summer season.",
      NULL }));
  g_ptr_array_add (articles, make_article ("River Times", "Mill Bridge shut for six months",
    (const char *[]) {
      "Inspectors found deep cracks in two stone supports of the Old Mill Bridge, and the city closed it on Monday. "
      "The repairs will take at least six months, engineers said.",
      "Ferry services will run every twenty minutes from the north quay while the bridge is shut, the council announced. "
      "The bridge was built in 1894 and was last restored by a Glasgow firm in 1962.",
      NULL }));
  g_ptr_array_add (articles, make_article ("Coastal Ledger", "Cracks close the Old Mill Bridge",
    (const char *[]) {
      "The Old Mill Bridge was closed on Monday after inspectors discovered deep cracks in two of its stone supports.",
      "Mayor Ana Ruiz called the closure painful but necessary for public safety.",
      "Cyclists may use the disused railway footpath beside the gasworks until the crossing reopens.",
      NULL }));
  return articles;
}

/* Index of the sentence of @article whose text starts with @prefix. */
static guint
find_sentence (PxCompare  *compare,
               guint       article,
               const char *prefix)
{
  GPtrArray *sentences = g_ptr_array_index (compare->sentences, article);

  for (guint s = 0; s < sentences->len; s++)
    if (g_str_has_prefix (((PxSentence *) g_ptr_array_index (sentences, s))->text, prefix))
      return s;
  g_error ("No sentence starting “%s” in article %u", prefix, article);
}

/* What the view should say about a sentence, worked out from the claims. */
static PxHighlight
expected_highlight (PxCompare *compare,
                    guint      article,
                    guint      sentence)
{
  g_autoptr(GHashTable) carriers = g_hash_table_new (NULL, NULL);

  for (guint c = 0; c < compare->claims->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (compare->claims->claims, c);
      gboolean in = FALSE;

      for (guint k = 0; k < claim->sentences->len; k++)
        {
          PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);
          in |= ref->article == article && ref->sentence == sentence;
        }
      if (in)
        for (guint k = 0; k < claim->articles->len; k++)
          g_hash_table_add (carriers, GUINT_TO_POINTER (g_array_index (claim->articles, guint, k) + 1));
    }
  g_hash_table_add (carriers, GUINT_TO_POINTER (article + 1));
  if (g_hash_table_size (carriers) == 1)
    return PX_HIGHLIGHT_ONLY;
  if (g_hash_table_size (carriers) == compare->articles->len)
    return PX_HIGHLIGHT_ALL;
  return PX_HIGHLIGHT_SOME;
}

typedef struct {
  GPtrArray     *articles;
  PxCompare     *compare;
  GtkWindow     *window;
  PxCompareView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->articles = bridge_articles ();
  fixture->compare = px_compare_new (fixture->articles, NULL, 0);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = PX_COMPARE_VIEW (px_compare_view_new ());
  px_compare_view_set_compare (fixture->view, fixture->compare);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_set_default_size (fixture->window, 1100, 600);
  gtk_window_present (fixture->window);
  px_ui_test_run_frames (300);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->view);
  gtk_window_destroy (fixture->window);
  px_ui_test_run_frames (50);
  g_assert_finalize_object (fixture->view);
  px_compare_free (fixture->compare);
  g_ptr_array_unref (fixture->articles);
}

static char *
tag_names_at (PxArticleColumn *column,
              guint            sentence)
{
  GtkTextIter start;
  g_autoptr(GString) names = g_string_new (NULL);
  GSList *tags;

  px_article_column_get_sentence_bounds (column, sentence, &start, NULL);
  tags = gtk_text_iter_get_tags (&start);
  for (GSList *l = tags; l != NULL; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      g_string_append_printf (names, "%s%s", names->len > 0 ? " " : "", name);
    }
  g_slist_free (tags);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
test_columns (Fixture       *fixture,
              gconstpointer  data)
{
  const guint two[] = { 2, 0 };
  const guint too_many[] = { 0, 1, 2, 0, 1, 2, 0, 1 };

  g_assert_cmpuint (px_compare_view_get_n_columns (fixture->view), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      PxArticleColumn *column = px_compare_view_get_column (fixture->view, i);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
      GPtrArray *sentences = g_ptr_array_index (fixture->compare->sentences, i);

      g_assert_cmpuint (px_article_column_get_index (column), ==, i);
      g_assert_cmpuint (px_article_column_get_n_sentences (column), ==, sentences->len);
      g_assert_false (gtk_text_view_get_editable (px_article_column_get_text_view (column)));
      /* Each sentence's mark starts its text. */
      for (guint s = 0; s < sentences->len; s++)
        {
          GtkTextIter start, end;
          g_autofree char *text = NULL;

          px_article_column_get_sentence_bounds (column, s, &start, &end);
          text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
          g_assert_cmpstr (text, ==, ((PxSentence *) g_ptr_array_index (sentences, s))->text);
        }
    }
  g_assert_cmpuint (px_link_map_get_n_links (px_compare_view_get_link_map (fixture->view, 0)), >, 0);

  px_compare_view_set_shown_articles (fixture->view, two, G_N_ELEMENTS (two));
  px_ui_test_run_frames (100);
  g_assert_cmpuint (px_compare_view_get_n_columns (fixture->view), ==, 2);
  g_assert_cmpuint (px_article_column_get_index (px_compare_view_get_column (fixture->view, 0)), ==, 2);
  g_assert_cmpuint (px_article_column_get_index (px_compare_view_get_column (fixture->view, 1)), ==, 0);

  px_compare_view_set_shown_articles (fixture->view, too_many, G_N_ELEMENTS (too_many));
  g_assert_cmpuint (px_compare_view_get_n_columns (fixture->view), ==, PX_COMPARE_VIEW_MAX_COLUMNS);

  /* Nothing to compare: no columns, nothing to navigate. */
  px_compare_view_set_compare (fixture->view, NULL);
  px_ui_test_run_frames (50);
  g_assert_cmpuint (px_compare_view_get_n_columns (fixture->view), ==, 0);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.next-difference", NULL) &&
                  px_compare_view_get_cursor (fixture->view, NULL, NULL));
  px_compare_view_set_compare (fixture->view, fixture->compare);
  g_assert_cmpuint (px_compare_view_get_n_columns (fixture->view), ==, 3);
}

static void
test_highlights (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char *tag_of[] = { "shared-by-all", "shared-by-some", "only-here" };
  PxCompare *compare = fixture->compare;
  guint cracks = find_sentence (compare, 0, "The city closed");
  guint shops = find_sentence (compare, 0, "Local shop owners");
  guint ferry = find_sentence (compare, 0, "Ferry services");
  guint history = find_sentence (compare, 1, "The bridge was built");
  guint mayor = find_sentence (compare, 2, "Mayor Ana Ruiz called");

  /* The fixture's facts, as a reader sees them. */
  g_assert_cmpint (px_compare_view_get_highlight (fixture->view, 0, cracks), ==, PX_HIGHLIGHT_ALL);
  g_assert_cmpint (px_compare_view_get_highlight (fixture->view, 0, shops), ==, PX_HIGHLIGHT_ONLY);
  g_assert_cmpint (px_compare_view_get_highlight (fixture->view, 1, history), ==, PX_HIGHLIGHT_ONLY);
  g_assert_cmpint (px_compare_view_get_highlight (fixture->view, 2, mayor), ==, PX_HIGHLIGHT_SOME);

  /* Every sentence carries the tag of its category, from start to end. */
  for (guint i = 0; i < 3; i++)
    {
      PxArticleColumn *column = px_compare_view_get_column (fixture->view, i);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
      GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

      for (guint s = 0; s < px_article_column_get_n_sentences (column); s++)
        {
          PxHighlight expected = expected_highlight (compare, i, s);
          GtkTextTag *tag = gtk_text_tag_table_lookup (table, tag_of[expected]);
          GtkTextIter start, end, last;
          g_autofree char *names = tag_names_at (column, s);

          g_assert_cmpint (px_compare_view_get_highlight (fixture->view, i, s), ==, expected);
          px_article_column_get_sentence_bounds (column, s, &start, &end);
          last = end;
          gtk_text_iter_backward_char (&last);
          g_assert_true (gtk_text_iter_starts_tag (&start, tag) || gtk_text_iter_has_tag (&start, tag));
          g_assert_true (gtk_text_iter_has_tag (&last, tag));
          for (guint other = 0; other < G_N_ELEMENTS (tag_of); other++)
            if (other != expected)
              g_assert_null (strstr (names, tag_of[other]));
        }
    }

  /* The ferry sentence is copied word for word between the first two. */
  for (guint i = 0; i < 2; i++)
    {
      PxArticleColumn *column = px_compare_view_get_column (fixture->view, i);
      GtkTextTag *copied = px_article_column_get_tag (column, PX_HIGHLIGHT_VERBATIM);
      guint s = find_sentence (compare, i, "Ferry services");
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      px_article_column_get_sentence_bounds (column, s, &start, NULL);
      g_assert_true (gtk_text_iter_has_tag (&start, copied));
      end = start;
      gtk_text_iter_forward_to_tag_toggle (&end, copied);
      text = gtk_text_iter_get_text (&start, &end);
      g_assert_true (g_str_has_prefix (text, "Ferry services will run every twenty minutes from the north quay"));
    }
  {
    PxArticleColumn *column = px_compare_view_get_column (fixture->view, 0);
    GtkTextIter start;

    px_article_column_get_sentence_bounds (column, shops, &start, NULL);
    g_assert_false (gtk_text_iter_has_tag (&start, px_article_column_get_tag (column, PX_HIGHLIGHT_VERBATIM)));
  }
  (void) ferry;
}

static char *
tooltip_at (Fixture    *fixture,
            guint       article,
            const char *prefix)
{
  PxArticleColumn *column = px_compare_view_get_column (fixture->view, article);
  GtkTextIter start;

  px_article_column_get_sentence_bounds (column, find_sentence (fixture->compare, article, prefix), &start, NULL);
  gtk_text_iter_forward_chars (&start, 3);
  return px_compare_view_dup_tooltip (fixture->view, column, &start);
}

static void
test_tooltips (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *shops = tooltip_at (fixture, 0, "Local shop owners");
  g_autofree char *history = tooltip_at (fixture, 1, "The bridge was built");
  g_autofree char *mayor = tooltip_at (fixture, 2, "Mayor Ana Ruiz called");
  g_autofree char *cracks = tooltip_at (fixture, 0, "The city closed");
  g_autofree char *ferry = tooltip_at (fixture, 1, "Ferry services");

  g_assert_cmpstr (shops, ==, "Only Harbour Gazette reports this");
  g_assert_cmpstr (history, ==, "Only River Times reports this");
  g_assert_cmpstr (mayor, ==, "Also in Harbour Gazette");
  g_assert_cmpstr (cracks, ==, "Every article reports this; also in River Times and Coastal Ledger");
  g_assert_nonnull (strstr (ferry, "Word for word in Harbour Gazette ("));

  /* A hidden category says nothing. */
  px_legend_set_active (px_compare_view_get_legend (fixture->view), PX_HIGHLIGHT_ONLY, FALSE);
  g_clear_pointer (&shops, g_free);
  shops = tooltip_at (fixture, 0, "Local shop owners");
  g_assert_null (shops);
}

/* The sentences where next-difference should stop, worked out here. */
static GArray *
expected_stops (PxCompare *compare,
                guint      article,
                guint      hidden)
{
  GArray *stops = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = ((GPtrArray *) g_ptr_array_index (compare->sentences, article))->len;

  for (guint s = 0; s < n; s++)
    {
      PxHighlight here = expected_highlight (compare, article, s);
      PxHighlight before = s > 0 ? expected_highlight (compare, article, s - 1) : PX_HIGHLIGHT_ALL;

      if (here == PX_HIGHLIGHT_ALL || (hidden & PX_MARK (here)))
        continue;
      if (s == 0 || before != here)
        g_array_append_val (stops, s);
    }
  return stops;
}

static void
test_difference_navigation (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GArray) stops = expected_stops (fixture->compare, 0, 0);
  guint article, sentence;

  g_assert_cmpuint (stops->len, >=, 2);
  for (guint i = 0; i < stops->len; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.next-difference", NULL));
      g_assert_true (px_compare_view_get_cursor (fixture->view, &article, &sentence));
      g_assert_cmpuint (article, ==, 0);
      g_assert_cmpuint (sentence, ==, g_array_index (stops, guint, i));
    }
  /* Past the last one it stays put. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.next-difference", NULL);
  g_assert_true (px_compare_view_get_cursor (fixture->view, &article, &sentence));
  g_assert_cmpuint (sentence, ==, g_array_index (stops, guint, stops->len - 1));

  for (guint i = stops->len - 1; i-- > 0;)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.previous-difference", NULL));
      g_assert_true (px_compare_view_get_cursor (fixture->view, &article, &sentence));
      g_assert_cmpuint (sentence, ==, g_array_index (stops, guint, i));
    }

  /* Ctrl+Alt+Right's action moves to the next column; navigation follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.focus-next-column", NULL));
  px_ui_test_run_frames (50);
  g_assert_true (gtk_window_get_focus (fixture->window) ==
                 GTK_WIDGET (px_article_column_get_text_view (px_compare_view_get_column (fixture->view, 1))));
  {
    g_autoptr(GArray) second = expected_stops (fixture->compare, 1, 0);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.next-difference", NULL));
    g_assert_true (px_compare_view_get_cursor (fixture->view, &article, &sentence));
    g_assert_cmpuint (article, ==, 1);
    g_assert_cmpuint (sentence, ==, g_array_index (second, guint, 0));
  }
}

static void
test_legend (Fixture       *fixture,
             gconstpointer  data)
{
  PxLegend *legend = px_compare_view_get_legend (fixture->view);
  GtkWidget *toggle = px_legend_get_toggle (legend, PX_HIGHLIGHT_SOME);
  gboolean set;

  g_assert_cmpstr (gtk_widget_get_tooltip_text (toggle), !=, NULL);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  g_assert_false (px_legend_get_active (legend, PX_HIGHLIGHT_SOME));
  for (guint i = 0; i < 3; i++)
    {
      g_object_get (px_article_column_get_tag (px_compare_view_get_column (fixture->view, i), PX_HIGHLIGHT_SOME),
                    "background-set", &set, NULL);
      g_assert_false (set);
      g_object_get (px_article_column_get_tag (px_compare_view_get_column (fixture->view, i), PX_HIGHLIGHT_ALL),
                    "background-set", &set, NULL);
      g_assert_true (set);
    }
  /* Hidden differences are skipped by navigation. */
  {
    g_autoptr(GArray) stops = expected_stops (fixture->compare, 0, PX_MARK (PX_HIGHLIGHT_SOME));
    guint article, sentence;

    g_assert_cmpuint (stops->len, >, 0);
    for (guint i = 0; i < stops->len; i++)
      {
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.next-difference", NULL));
        g_assert_true (px_compare_view_get_cursor (fixture->view, &article, &sentence));
        g_assert_cmpuint (sentence, ==, g_array_index (stops, guint, i));
        g_assert_cmpint (px_compare_view_get_highlight (fixture->view, article, sentence), !=, PX_HIGHLIGHT_SOME);
      }
  }

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_object_get (px_article_column_get_tag (px_compare_view_get_column (fixture->view, 0), PX_HIGHLIGHT_SOME),
                "background-set", &set, NULL);
  g_assert_true (set);
}

static void
record_constraint (PxCompareView *view,
                   gpointer       constraint,
                   GArray        *out)
{
  g_array_append_vals (out, constraint, 1);
}

static void
test_corrections (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) requested = g_array_new (FALSE, FALSE, sizeof (PxLinkConstraint));
  guint shops = find_sentence (fixture->compare, 0, "Local shop owners");
  guint cyclists = find_sentence (fixture->compare, 2, "Cyclists may use");
  guint mayor_a = find_sentence (fixture->compare, 0, "Mayor Ana Ruiz said");
  guint mayor_c = find_sentence (fixture->compare, 2, "Mayor Ana Ruiz called");
  g_autoptr(PxCompare) again = NULL;
  PxLinkConstraint *c;

  g_signal_connect (fixture->view, "link-requested", G_CALLBACK (record_constraint), requested);

  /* Pin: the two lone sentences are said to be one claim. */
  px_compare_view_link_sentences (fixture->view, 2, cyclists, 0, shops);
  g_assert_cmpuint (requested->len, ==, 1);
  c = &g_array_index (requested, PxLinkConstraint, 0);
  g_assert_cmpint (c->kind, ==, PX_LINK_PIN);
  g_assert_cmpuint (c->a.article, ==, 0);
  g_assert_cmpuint (c->a.sentence, ==, shops);
  g_assert_cmpuint (c->b.article, ==, 2);
  g_assert_cmpuint (c->b.sentence, ==, cyclists);

  /* Unlink: the mayor's sentence parts from its match in the third. */
  px_compare_view_unlink_sentence (fixture->view, 2, mayor_c);
  g_assert_cmpuint (requested->len, ==, 2);
  c = &g_array_index (requested, PxLinkConstraint, 1);
  g_assert_cmpint (c->kind, ==, PX_LINK_UNLINK);
  g_assert_cmpuint (c->a.article, ==, 0);
  g_assert_cmpuint (c->a.sentence, ==, mayor_a);
  g_assert_cmpuint (c->b.article, ==, 2);
  g_assert_cmpuint (c->b.sentence, ==, mayor_c);

  /* Fed back, the corrections change what the view shows. */
  again = px_compare_new (fixture->articles, (PxLinkConstraint *) (void *) requested->data, requested->len);
  px_compare_view_set_compare (fixture->view, again);
  px_ui_test_run_frames (50);
  g_assert_cmpint (px_compare_view_get_highlight (fixture->view, 0, shops), ==, PX_HIGHLIGHT_SOME);
  g_assert_cmpint (px_compare_view_get_highlight (fixture->view, 2, mayor_c), ==, PX_HIGHLIGHT_ONLY);
  px_compare_view_set_compare (fixture->view, fixture->compare);
}

/* The context menu's actions: link waits for a second sentence and Esc
 * cancels it; unlink asks to part the sentence from its matches. */
static void
test_menu_actions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) requested = g_array_new (FALSE, FALSE, sizeof (PxLinkConstraint));
  guint shops = find_sentence (fixture->compare, 0, "Local shop owners");
  guint cracks = find_sentence (fixture->compare, 0, "The city closed");
  PxLinkConstraint *c;

  g_signal_connect (fixture->view, "link-requested", G_CALLBACK (record_constraint), requested);

  /* A sentence no other article carries has nothing to unlink. */
  px_compare_view_show_sentence (fixture->view, 0, shops);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.unlink-sentence", NULL));
  g_assert_cmpuint (requested->len, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.link-sentence", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.cancel-link", NULL));
  g_assert_cmpuint (requested->len, ==, 0);

  px_compare_view_show_sentence (fixture->view, 0, cracks);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "compare.unlink-sentence", NULL));
  /* One request per sentence of another article it was matched with. */
  g_assert_cmpuint (requested->len, >=, 2);
  {
    gboolean seen[3] = { FALSE, FALSE, FALSE };

    for (guint i = 0; i < requested->len; i++)
      {
        c = &g_array_index (requested, PxLinkConstraint, i);
        g_assert_cmpint (c->kind, ==, PX_LINK_UNLINK);
        g_assert_cmpuint (c->a.article, ==, 0);
        g_assert_cmpuint (c->a.sentence, ==, cracks);
        g_assert_cmpuint (c->b.article, >=, 1);
        g_assert_cmpuint (c->b.article, <=, 2);
        seen[c->b.article] = TRUE;
      }
    g_assert_true (seen[1] && seen[2]);
  }

  /* Screen readers hear where navigation went and why. */
  {
    GtkTextView *text_view = px_article_column_get_text_view (px_compare_view_get_column (fixture->view, 0));
    g_autofree char *expected = g_strdup_printf ("Sentence %u of %u: Only Harbour Gazette reports this", shops + 1,
                                                 px_article_column_get_n_sentences (px_compare_view_get_column (fixture->view, 0)));

    px_compare_view_show_sentence (fixture->view, 0, shops);
    gtk_test_accessible_assert_property (text_view, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  }
}

static void
test_link_map (Fixture       *fixture,
               gconstpointer  data)
{
  PxLinkMap *map = px_compare_view_get_link_map (fixture->view, 0);
  g_autoptr(GHashTable) pairs = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  /* One band per distinct pair of sentences of articles 0 and 1 in a claim. */
  for (guint c = 0; c < fixture->compare->claims->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (fixture->compare->claims->claims, c);

      for (guint k = 0; k < claim->sentences->len; k++)
        for (guint m = 0; m < claim->sentences->len; m++)
          {
            PxSentenceRef *l = &g_array_index (claim->sentences, PxSentenceRef, k);
            PxSentenceRef *r = &g_array_index (claim->sentences, PxSentenceRef, m);
            char *key;

            if (l->article != 0 || r->article != 1)
              continue;
            key = g_strdup_printf ("%u-%u", l->sentence, r->sentence);
            g_ptr_array_add (keys, key);
            g_hash_table_add (pairs, key);
          }
    }
  g_assert_cmpuint (px_link_map_get_n_links (map), ==, g_hash_table_size (pairs));
  gtk_widget_queue_draw (GTK_WIDGET (map));
  px_ui_test_run_frames (100);
  g_assert_cmpuint (px_link_map_count_drawn (map), ==, g_hash_table_size (pairs));

  /* Hiding both shared categories leaves nothing to draw. */
  px_legend_set_active (px_compare_view_get_legend (fixture->view), PX_HIGHLIGHT_ALL, FALSE);
  px_legend_set_active (px_compare_view_get_legend (fixture->view), PX_HIGHLIGHT_SOME, FALSE);
  px_ui_test_run_frames (100);
  g_assert_cmpuint (px_link_map_count_drawn (map), ==, 0);
}

static void
count_activation (PxCoverageView *view,
                  guint           article,
                  guint           sentence,
                  guint          *out)
{
  out[0] = article;
  out[1] = sentence;
  out[2]++;
}

static void
test_coverage (void)
{
  g_autoptr(GPtrArray) articles = bridge_articles ();
  g_autoptr(PxCompare) compare = px_compare_new (articles, NULL, 0);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  PxCoverageView *view = PX_COVERAGE_VIEW (px_coverage_view_new ());
  guint activated[3] = { 0, 0, 0 };
  guint previous = G_MAXUINT;
  gboolean found_cell = FALSE;

  px_coverage_view_set_compare (view, compare);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  px_ui_test_run_frames (200);
  g_signal_connect (view, "activate-sentence", G_CALLBACK (count_activation), activated);

  g_assert_cmpuint (px_coverage_view_get_n_rows (view), ==, compare->claims->claims->len);
  for (guint r = 0; r < px_coverage_view_get_n_rows (view); r++)
    {
      PxClaim *claim = g_ptr_array_index (compare->claims->claims, px_coverage_view_get_row_claim (view, r));

      /* Most widely carried first. */
      g_assert_cmpuint (claim->articles->len, <=, previous);
      previous = claim->articles->len;
      for (guint a = 0; a < articles->len; a++)
        {
          GtkWidget *cell = px_coverage_view_get_cell (view, r, a);
          PxClaimPlace *place = NULL;
          guint count;
          gint64 deadline;

          for (guint k = 0; k < claim->places->len; k++)
            if (g_array_index (claim->places, PxClaimPlace, k).article == a)
              place = &g_array_index (claim->places, PxClaimPlace, k);
          g_assert_true ((cell != NULL) == (place != NULL));
          if (cell == NULL)
            continue;
          g_assert_true (gtk_widget_get_focusable (cell));
          g_assert_true (gtk_widget_has_css_class (cell, place->position == PX_CLAIM_POSITION_HEADLINE ? "pos-headline" :
                                                         place->position == PX_CLAIM_POSITION_LEAD ? "pos-lead" :
                                                         place->position == PX_CLAIM_POSITION_END ? "pos-end" : "pos-body"));
          /* Enter on a focused cell and a click both activate it. */
          gtk_widget_grab_focus (cell);
          count = activated[2];
          g_assert_true (gtk_widget_activate (cell));
          /* A button shows itself pressed for a moment before it acts. */
          deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
          while (activated[2] == count && g_get_monotonic_time () < deadline)
            px_ui_test_run_frames (10);
          g_assert_cmpuint (activated[2], ==, count + 1);
          g_assert_cmpuint (activated[0], ==, a);
          g_assert_cmpuint (activated[1], ==, place->sentence);
          found_cell = TRUE;
        }
    }
  g_assert_true (found_cell);
  /* The fact all three report heads the matrix. */
  g_assert_cmpuint (((PxClaim *) g_ptr_array_index (compare->claims->claims,
                                                    px_coverage_view_get_row_claim (view, 0)))->articles->len, ==, 3);

  g_object_ref (view);
  gtk_window_destroy (window);
  px_ui_test_run_frames (50);
  g_assert_finalize_object (view);
}

/* On the seed event, scrolling one column brings the matched sentence of
 * the other level with it. */
static void
test_sync_scroll_seeds (void)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  g_autoptr(GDir) dir = NULL;
  GtkWindow *window;
  PxCompareView *view;
  PxArticleColumn *left, *right;
  GtkAdjustment *la, *ra;
  const char *name;
  guint checked = 0;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("No seed articles");
      return;
    }
  dir = g_dir_open (seeds, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_prefix (name, "000_"))
        first = g_build_filename (seeds, name, NULL);
      else if (g_str_has_prefix (name, "001_"))
        second = g_build_filename (seeds, name, NULL);
    }
  if (first == NULL || second == NULL)
    {
      g_test_skip ("Seed articles 000 and 001 not found");
      return;
    }
  {
    const char *paths[] = { first, second, NULL };
    g_autoptr(PxLoadResult) loaded = px_load_paths_sync (paths, NULL, NULL);

    g_assert_nonnull (loaded);
    g_assert_cmpuint (loaded->articles->len, ==, 2);
    for (guint i = 0; i < loaded->articles->len; i++)
      g_ptr_array_add (articles, g_object_ref (g_ptr_array_index (loaded->articles, i)));
  }
  compare = px_compare_new (articles, NULL, 0);
  window = GTK_WINDOW (gtk_window_new ());
  view = PX_COMPARE_VIEW (px_compare_view_new ());
  px_compare_view_set_compare (view, compare);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_set_default_size (window, 900, 420);
  gtk_window_present (window);
  px_ui_test_run_frames (400);

  left = px_compare_view_get_column (view, 0);
  right = px_compare_view_get_column (view, 1);
  la = px_article_column_get_vadjustment (left);
  ra = px_article_column_get_vadjustment (right);
  g_assert_cmpfloat (gtk_adjustment_get_upper (la), >, gtk_adjustment_get_page_size (la));

  for (guint s = 0; s < px_article_column_get_n_sentences (left); s++)
    {
      int ly, lh, ry, rh;
      double target, page = gtk_adjustment_get_page_size (la);
      guint partner = G_MAXUINT;

      if (px_compare_view_get_highlight (view, 0, s) == PX_HIGHLIGHT_ONLY)
        continue;
      for (guint c = 0; c < compare->claims->claims->len && partner == G_MAXUINT; c++)
        {
          PxClaim *claim = g_ptr_array_index (compare->claims->claims, c);
          gboolean has = FALSE;

          for (guint k = 0; k < claim->sentences->len; k++)
            has |= g_array_index (claim->sentences, PxSentenceRef, k).article == 0 &&
                   g_array_index (claim->sentences, PxSentenceRef, k).sentence == s;
          for (guint k = 0; has && k < claim->sentences->len; k++)
            if (g_array_index (claim->sentences, PxSentenceRef, k).article == 1)
              partner = MIN (partner, g_array_index (claim->sentences, PxSentenceRef, k).sentence);
        }
      if (partner == G_MAXUINT)
        continue;

      /* Bring the sentence's middle to the middle of the page. */
      px_article_column_get_sentence_yrange (left, s, &ly, &lh);
      target = ly + lh / 2.0 - page / 2;
      if (target < page / 2 || target > gtk_adjustment_get_upper (la) - page * 1.5)
        continue;
      gtk_adjustment_set_value (la, target);
      px_ui_test_run_frames (30);
      px_article_column_get_sentence_yrange (right, partner, &ry, &rh);
      /* Unless the other column ran out of room, its match is level. */
      if (gtk_adjustment_get_value (ra) <= gtk_adjustment_get_lower (ra) ||
          gtk_adjustment_get_value (ra) >= gtk_adjustment_get_upper (ra) - gtk_adjustment_get_page_size (ra))
        continue;
      g_assert_cmpfloat (fabs ((ry + rh / 2.0 - gtk_adjustment_get_value (ra)) - page / 2), <, 3.0);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);

  g_object_ref (view);
  gtk_window_destroy (window);
  px_ui_test_run_frames (50);
  g_assert_finalize_object (view);
}

static void
test_templates_finalize (void)
{
  GType types[] = { PX_TYPE_COMPARE_VIEW, PX_TYPE_COVERAGE_VIEW, PX_TYPE_ARTICLE_COLUMN, PX_TYPE_LINK_MAP, PX_TYPE_LEGEND };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget = g_object_ref_sink (g_object_new (types[i], NULL));

      g_assert_finalize_object (widget);
    }
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/parallax/compare-view/templates-finalize", test_templates_finalize);
  g_test_add ("/parallax/compare-view/columns", Fixture, NULL, fixture_set_up, test_columns, fixture_tear_down);
  g_test_add ("/parallax/compare-view/highlights", Fixture, NULL, fixture_set_up, test_highlights, fixture_tear_down);
  g_test_add ("/parallax/compare-view/tooltips", Fixture, NULL, fixture_set_up, test_tooltips, fixture_tear_down);
  g_test_add ("/parallax/compare-view/difference-navigation", Fixture, NULL, fixture_set_up, test_difference_navigation, fixture_tear_down);
  g_test_add ("/parallax/compare-view/legend", Fixture, NULL, fixture_set_up, test_legend, fixture_tear_down);
  g_test_add ("/parallax/compare-view/corrections", Fixture, NULL, fixture_set_up, test_corrections, fixture_tear_down);
  g_test_add ("/parallax/compare-view/menu-actions", Fixture, NULL, fixture_set_up, test_menu_actions, fixture_tear_down);
  g_test_add ("/parallax/compare-view/link-map", Fixture, NULL, fixture_set_up, test_link_map, fixture_tear_down);
  g_test_add_func ("/parallax/compare-view/coverage", test_coverage);
  g_test_add_func ("/parallax/compare-view/sync-scroll-seeds", test_sync_scroll_seeds);

  return g_test_run ();
}
