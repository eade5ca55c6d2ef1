/* test-event-views.c — an event's side-by-side, framing and coverage views in the window
 *
 * The fixture event (fixtures/event) is two short reports of one invented
 * water-sharing deal, each quoting the provinces' governors; one of them
 * uses the label "regime" and the hedge "reportedly".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "px-application.h"
#include "px-preferences-window.h"
#include "px-window.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

static PxApplication *app;

static gboolean
idle (gpointer data)
{
  return !px_window_is_loading (data) && !px_window_is_grouping (data) && !px_window_is_analysing (data);
}

static void
wait_idle (PxWindow *window)
{
  px_ui_test_wait_until (idle, window);
  px_ui_test_run_frames (50);
}

static void
copy_file (const char *from, const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

/* A writable copy of the fixture event, so its project can be saved. */
static char *
copy_event (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", "event", NULL);
  char *dir = g_dir_make_tmp ("parallax-event-XXXXXX", NULL);
  g_autoptr(GDir) listing = g_dir_open (source, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *from = g_build_filename (source, name, NULL);
      g_autofree char *to = g_build_filename (dir, name, NULL);

      copy_file (from, to);
    }
  return dir;
}

static PxWindow *
new_window (void)
{
  PxWindow *window = px_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 800);
  gtk_window_present (GTK_WINDOW (window));
  px_ui_test_run_frames (100);
  return window;
}

/* Opens @dir and selects its one event. */
static void
open_event (PxWindow *window, const char *dir)
{
  const char *paths[] = { dir, NULL };
  g_autoptr(PxEventItem) event = NULL;

  px_window_open_paths (window, paths);
  wait_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_events (window)), ==, 1);
  event = g_list_model_get_item (px_window_get_events (window), 0);
  g_assert_cmpuint (px_event_item_get_n_articles (event), ==, 2);
  g_assert_true (px_window_select_event (window, px_event_item_get_id (event)));
  wait_idle (window);
  g_assert_cmpstr (px_window_get_content_page_name (window), ==, "event");
  g_assert_true (px_window_get_selected_event (window) == event);
}

static PxCompare *
shown_compare (PxWindow *window)
{
  PxCompare *compare = px_compare_view_get_compare (px_window_get_compare_view (window));

  g_assert_nonnull (compare);
  return compare;
}

static guint
article_index (PxCompare *compare, const char *suffix)
{
  for (guint i = 0; i < compare->articles->len; i++)
    if (g_str_has_suffix (px_article_get_path (g_ptr_array_index (compare->articles, i)), suffix))
      return i;
  g_assert_not_reached ();
}

static gboolean
linked (PxCompare *compare, guint article_a, guint sentence_a, guint article_b, guint sentence_b, gboolean pinned)
{
  GArray *links = compare->claims->links;

  for (guint i = 0; i < links->len; i++)
    {
      PxSentenceLink *link = &g_array_index (links, PxSentenceLink, i);

      if (((link->a.article == article_a && link->a.sentence == sentence_a &&
            link->b.article == article_b && link->b.sentence == sentence_b) ||
           (link->a.article == article_b && link->a.sentence == sentence_b &&
            link->b.article == article_a && link->b.sentence == sentence_a)) &&
          (!pinned || link->pinned))
        return TRUE;
    }
  return FALSE;
}

static gboolean
strv_has (GStrv strv, const char *s)
{
  return g_strv_contains ((const char * const *) strv, s);
}

/* The views switch through win.event-view, which Alt+1…4 trigger. */
static void
test_switch_views (void)
{
  g_autofree char *dir = copy_event ();
  PxWindow *window = new_window ();
  static const char *views[] = { "side-by-side", "framing", "coverage", "articles" };

  open_event (window, dir);
  g_assert_cmpstr (px_window_get_event_view (window), ==, "side-by-side");
  g_assert_cmpuint (px_compare_view_get_n_columns (px_window_get_compare_view (window)), ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.event-view::%s", views[i]);
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), detailed);
      GtkWidget *page;

      g_assert_true (strv_has (accels, accel));
      /* From another view each time, so the action really moves. */
      px_window_set_event_view (window, views[(i + 1) % G_N_ELEMENTS (views)]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.event-view", "s", views[i]));
      g_assert_cmpstr (px_window_get_event_view (window), ==, views[i]);
      px_ui_test_run_frames (30);
      page = i == 0 ? GTK_WIDGET (px_window_get_compare_view (window))
           : i == 1 ? GTK_WIDGET (px_window_get_framing_view (window))
           : i == 2 ? GTK_WIDGET (px_window_get_coverage_view (window))
           : NULL;
      if (page != NULL)
        g_assert_true (gtk_widget_get_mapped (page));
    }

  /* An unknown view changes nothing. */
  px_window_set_event_view (window, "nowhere");
  g_assert_cmpstr (px_window_get_event_view (window), ==, "articles");

  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

/* A cell of the coverage matrix brings its sentence up side by side. */
static void
test_coverage_activation (void)
{
  g_autofree char *dir = copy_event ();
  PxWindow *window = new_window ();
  PxCoverageView *coverage;
  PxCompare *compare;
  gboolean tried = FALSE;

  open_event (window, dir);
  compare = shown_compare (window);
  coverage = px_window_get_coverage_view (window);
  g_assert_cmpuint (px_coverage_view_get_n_rows (coverage), >, 2);

  /* The last row's cell in the second article, then the first row's in the
   * first article: the cursor follows each. */
  for (guint pass = 0; pass < 2; pass++)
    {
      guint row = pass == 0 ? px_coverage_view_get_n_rows (coverage) - 1 : 0;
      PxClaim *claim = g_ptr_array_index (compare->claims->claims, px_coverage_view_get_row_claim (coverage, row));

      for (guint p = 0; p < claim->places->len; p++)
        {
          PxClaimPlace *place = &g_array_index (claim->places, PxClaimPlace, p);
          GtkWidget *cell = px_coverage_view_get_cell (coverage, row, place->article);
          guint article = G_MAXUINT, sentence = G_MAXUINT;

          g_assert_nonnull (cell);
          g_assert_true (GTK_IS_BUTTON (cell));
          px_window_set_event_view (window, "coverage");
          px_ui_test_run_frames (30);
          g_signal_emit_by_name (cell, "clicked");
          px_ui_test_run_frames (50);
          g_assert_cmpstr (px_window_get_event_view (window), ==, "side-by-side");
          g_assert_true (px_compare_view_get_cursor (px_window_get_compare_view (window), &article, &sentence));
          g_assert_cmpuint (article, ==, place->article);
          g_assert_cmpuint (sentence, ==, place->sentence);
          tried = TRUE;
        }
    }
  g_assert_true (tried);

  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

/* Pinning two sentences is kept in the folder's project and still holds
 * after the folder is closed and opened again. */
static void
test_link_persists (void)
{
  g_autofree char *dir = copy_event ();
  g_autofree char *project_file = g_build_filename (dir, ".parallax-project.json", NULL);
  g_autofree char *saved = NULL;
  PxWindow *window = new_window ();
  PxCompare *compare;
  guint courier, post, last_courier, last_post;

  open_event (window, dir);
  compare = shown_compare (window);
  courier = article_index (compare, "river-courier-dam.html");
  post = article_index (compare, "valley-post-dam.html");
  last_courier = ((GPtrArray *) g_ptr_array_index (compare->sentences, courier))->len - 1;
  last_post = ((GPtrArray *) g_ptr_array_index (compare->sentences, post))->len - 1;

  /* The Courier's closing line on the commission and the Post's on the
   * old gates: not the same claim, so not linked until the user says so. */
  g_assert_false (linked (compare, courier, last_courier, post, last_post, FALSE));
  px_compare_view_link_sentences (px_window_get_compare_view (window), courier, last_courier, post, last_post);
  g_assert_true (px_window_is_analysing (window));
  wait_idle (window);
  compare = shown_compare (window);
  g_assert_true (linked (compare, courier, last_courier, post, last_post, TRUE));

  g_assert_true (g_file_get_contents (project_file, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"sentence-links\""));
  g_assert_nonnull (strstr (saved, "\"pin\""));
  g_assert_nonnull (strstr (saved, "river-courier-dam.html"));
  g_assert_null (strstr (saved, dir));  /* paths relative to the folder */

  /* Closed and opened again: the pin is back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-folder", NULL));
  g_assert_null (px_compare_view_get_compare (px_window_get_compare_view (window)));
  open_event (window, dir);
  compare = shown_compare (window);
  courier = article_index (compare, "river-courier-dam.html");
  post = article_index (compare, "valley-post-dam.html");
  g_assert_true (linked (compare, courier, last_courier, post, last_post, TRUE));

  /* Unlinking the pair undoes the pin, and that is kept too. */
  px_compare_view_unlink_sentence (px_window_get_compare_view (window), courier, last_courier);
  wait_idle (window);
  compare = shown_compare (window);
  g_assert_false (linked (compare, courier, last_courier, post, last_post, FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-folder", NULL));
  open_event (window, dir);
  compare = shown_compare (window);
  g_assert_false (linked (compare, article_index (compare, "river-courier-dam.html"), last_courier,
                          article_index (compare, "valley-post-dam.html"), last_post, FALSE));

  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

/* The voices table lists who the two reports quote, and only them. */
static void
test_framing_speakers (void)
{
  g_autofree char *dir = copy_event ();
  PxWindow *window = new_window ();
  g_auto(GStrv) speakers = NULL;

  open_event (window, dir);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.event-view", "s", "framing"));
  speakers = px_framing_view_dup_speakers (px_window_get_framing_view (window));
  g_assert_true (strv_has (speakers, "Marta Okonkwo"));
  g_assert_true (strv_has (speakers, "Henrik Salo"));
  g_assert_true (strv_has (speakers, "Pieter Vance"));
  g_assert_false (strv_has (speakers, "Upland"));
  /* Quoted in both reports, with the most words: first. */
  g_assert_cmpstr (speakers[0], ==, "Henrik Salo");
  for (const char *const *name = (const char *const *) (const char *[]) { "voices", "naming", "terms", "frames", "leads", NULL };
       *name != NULL; name++)
    g_assert_nonnull (px_framing_view_get_section (px_window_get_framing_view (window), *name));

  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

/* Finds @needle in the column of @article; FALSE when it is not there. */
static gboolean
find_in_column (PxCompareView *view, guint article, const char *needle, GtkTextIter *start, GtkTextIter *end)
{
  for (guint i = 0; i < px_compare_view_get_n_columns (view); i++)
    {
      PxArticleColumn *column = px_compare_view_get_column (view, i);
      GtkTextBuffer *buffer;
      GtkTextIter iter;

      if (px_article_column_get_index (column) != article)
        continue;
      buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
      gtk_text_buffer_get_start_iter (buffer, &iter);
      return gtk_text_iter_forward_search (&iter, needle, 0, start, end, NULL);
    }
  return FALSE;
}

static PxArticleColumn *
column_of (PxCompareView *view, guint article)
{
  for (guint i = 0; i < px_compare_view_get_n_columns (view); i++)
    if (px_article_column_get_index (px_compare_view_get_column (view, i)) == article)
      return px_compare_view_get_column (view, i);
  g_assert_not_reached ();
}

/* Side by side, quotes and the lexicons' terms are marked, each with a
 * tooltip naming the speaker or the rule, and the legend turns them off. */
static void
test_framing_highlights (void)
{
  g_autofree char *dir = copy_event ();
  PxWindow *window = new_window ();
  PxCompareView *view;
  PxArticleColumn *post_column, *courier_column;
  GtkTextTag *terms, *quotes;
  GtkTextIter start, end;
  g_autofree char *term_tip = NULL;
  g_autofree char *quote_tip = NULL;
  guint post, courier;

  open_event (window, dir);
  view = px_window_get_compare_view (window);
  post = article_index (shown_compare (window), "valley-post-dam.html");
  courier = article_index (shown_compare (window), "river-courier-dam.html");
  post_column = column_of (view, post);
  courier_column = column_of (view, courier);
  terms = px_article_column_get_tag (post_column, PX_HIGHLIGHT_TERMS);

  g_assert_true (find_in_column (view, post, "regime", &start, &end));
  g_assert_true (gtk_text_iter_has_tag (&start, terms));
  term_tip = px_compare_view_dup_tooltip (view, post_column, &start);
  g_assert_nonnull (strstr (term_tip, "Label · labels/regime"));
  /* A plain word next to it is not a term. */
  g_assert_true (find_in_column (view, post, "dispute began", &start, &end));
  g_assert_false (gtk_text_iter_has_tag (&start, terms));

  quotes = px_article_column_get_tag (courier_column, PX_HIGHLIGHT_QUOTES);
  g_assert_true (find_in_column (view, courier, "always ours to share", &start, &end));
  g_assert_true (gtk_text_iter_has_tag (&start, quotes));
  quote_tip = px_compare_view_dup_tooltip (view, courier_column, &start);
  g_assert_nonnull (strstr (quote_tip, "Quote · Henrik Salo"));
  /* The narration around a quote is not in italics. */
  g_assert_true (find_in_column (view, courier, "the governor of Marsh province", &start, &end));
  g_assert_false (gtk_text_iter_has_tag (&start, quotes));

  /* The legend turns terms off and on again. */
  px_legend_set_active (px_compare_view_get_legend (view), PX_HIGHLIGHT_TERMS, FALSE);
  g_assert_true (find_in_column (view, post, "regime", &start, &end));
  g_assert_false (gtk_text_iter_has_tag (&start, terms));
  g_clear_pointer (&term_tip, g_free);
  term_tip = px_compare_view_dup_tooltip (view, post_column, &start);
  g_assert_true (term_tip == NULL || strstr (term_tip, "labels/regime") == NULL);
  px_legend_set_active (px_compare_view_get_legend (view), PX_HIGHLIGHT_TERMS, TRUE);
  g_assert_true (gtk_text_iter_has_tag (&start, terms));

  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

/* The preferences row titled @title under @widget, or NULL. */
static AdwPreferencesRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_PREFERENCES_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesRow *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Turning the labels lexicon off in the preferences takes "regime" out of
 * the terms; the hedges stay. The paraphrase lexicon the side-by-side view
 * matches sentences with is listed too, with what it holds. */
static void
test_lexicon_switch (void)
{
  g_autofree char *dir = copy_event ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  PxWindow *window = new_window ();
  PxPreferencesWindow *preferences;
  GtkSwitch *labels;
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;
  g_auto(GStrv) disabled = NULL;
  guint post;

  g_settings_reset (settings, "disabled-lexicons");
  open_event (window, dir);
  post = article_index (shown_compare (window), "valley-post-dam.html");
  before = px_framing_view_dup_terms (px_window_get_framing_view (window), post);
  g_assert_true (strv_has (before, "regime"));
  g_assert_true (strv_has (before, "reportedly"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preferences", NULL));
  preferences = PX_PREFERENCES_WINDOW (px_window_get_dialog (window));
  labels = px_preferences_window_get_lexicon_switch (preferences, "labels");
  g_assert_nonnull (labels);
  g_assert_nonnull (px_preferences_window_get_lexicon_switch (preferences, "hedges"));
  g_assert_true (gtk_switch_get_active (labels));
  {
    AdwPreferencesRow *row = find_row (GTK_WIDGET (preferences), "Paraphrases in news reports");
    const char *subtitle;

    g_assert_nonnull (row);
    subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
    g_assert_nonnull (strstr (subtitle, "Russian"));
    g_assert_nonnull (strstr (subtitle, "groups of words"));
    g_assert_nonnull (strstr (subtitle, "built in"));
  }
  gtk_switch_set_active (labels, FALSE);
  disabled = g_settings_get_strv (settings, "disabled-lexicons");
  g_assert_true (strv_has (disabled, "labels"));
  wait_idle (window);

  after = px_framing_view_dup_terms (px_window_get_framing_view (window), post);
  g_assert_false (strv_has (after, "regime"));
  g_assert_true (strv_has (after, "reportedly"));
  g_assert_false (px_lexicon_get_enabled (px_window_get_lexicon (window), "labels"));

  /* And back on. */
  gtk_switch_set_active (labels, TRUE);
  wait_idle (window);
  g_clear_pointer (&after, g_strfreev);
  after = px_framing_view_dup_terms (px_window_get_framing_view (window), post);
  g_assert_true (strv_has (after, "regime"));

  gtk_window_destroy (px_window_get_dialog (window));
  g_settings_reset (settings, "disabled-lexicons");
  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = NULL;
  int ret;

  app = px_ui_test_init_app (&argc, &argv, &data_home);

  g_test_add_func ("/parallax/event-views/switch-views", test_switch_views);
  g_test_add_func ("/parallax/event-views/coverage-activation", test_coverage_activation);
  g_test_add_func ("/parallax/event-views/link-persists", test_link_persists);
  g_test_add_func ("/parallax/event-views/framing-speakers", test_framing_speakers);
  g_test_add_func ("/parallax/event-views/lexicon-switch", test_lexicon_switch);
  g_test_add_func ("/parallax/event-views/framing-highlights", test_framing_highlights);

  ret = g_test_run ();
  g_clear_object (&app);
  px_test_remove_tree (data_home);
  return ret;
}
