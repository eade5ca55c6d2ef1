/* test-window.c — drive the main window through its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "px-application.h"
#include "px-article-row.h"
#include "px-event-chooser.h"
#include "px-event-row.h"
#include "px-preferences-window.h"
#include "px-problems-window.h"
#include "px-reading-view.h"
#include "px-window.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

static PxApplication *app;

static gboolean
not_loading (gpointer data)
{
  return !px_window_is_loading (data);
}

static char *
fixtures_dir (void)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "articles", NULL);
}

static PxWindow *
new_window (void)
{
  PxWindow *window = px_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  px_ui_test_run_frames (100);

  return window;
}

static void
open_paths (PxWindow *window, const char * const *paths)
{
  g_autoptr(GVariant) param = g_variant_ref_sink (g_variant_new_strv (paths, -1));

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.open-paths", param));
  g_assert_true (px_window_is_loading (window));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "loading");
  px_ui_test_wait_until (not_loading, window);
}

static void
collect_rows (GtkWidget *widget, GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (PX_IS_ARTICLE_ROW (child))
        g_ptr_array_add (rows, child);
      else
        collect_rows (child, rows);
    }
}

static PxArticleRow *
find_row (PxWindow *window, const char *headline)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (px_window_get_article_list (window), rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (px_article_row_get_headline (rows->pdata[i]), headline) == 0)
      return rows->pdata[i];

  return NULL;
}

/* Where @item's row is in the sidebar, as shown. */
static guint
row_position (PxWindow *window, gpointer item)
{
  GListModel *rows = px_window_get_sidebar_model (window);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == item)
        return i;
    }
  g_assert_not_reached ();
}

/* The reading view shows the article's paragraphs, in order, each once. */
static void
assert_shows_paragraphs (PxReadingView *view, PxArticle *article)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *shown = px_reading_view_dup_text (view);

  g_assert_cmpuint (paragraphs->len, >, 0);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      const PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (i > 0)
        g_string_append_c (expected, '\n');
      if (paragraph->role == PX_PARAGRAPH_LIST)
        g_string_append (expected, "•\t");
      g_string_append (expected, paragraph->text);
    }
  g_assert_cmpstr (shown, ==, expected->str);
}

static void
test_templates_finalize (void)
{
  GtkWidget *row = g_object_ref_sink (px_article_row_new ());
  GtkWidget *view = g_object_ref_sink (px_reading_view_new ());
  PxProblemsWindow *problems = px_problems_window_new (NULL);
  PxWindow *window = px_window_new (GTK_APPLICATION (app));

  g_assert_finalize_object (row);
  g_assert_finalize_object (view);
  g_object_ref (problems);
  gtk_window_destroy (GTK_WINDOW (problems));
  g_assert_finalize_object (problems);
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_start_page (void)
{
  PxWindow *window = new_window ();

  g_assert_cmpstr (px_window_get_page_name (window), ==, "start");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (px_window_get_recent_list (window),
                                                                   ADW_TYPE_PREFERENCES_GROUP)));
  /* Nothing to select or explain before a folder is loaded. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-article", "u", 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL);
  g_assert_null (px_window_get_selected_article (window));
  g_assert_null (px_window_get_problems_window (window));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "start");

  px_ui_test_destroy_window (window);
}

static void
test_open_folder (void)
{
  g_autofree char *folder = fixtures_dir ();
  const char *paths[] = { folder, NULL };
  g_autofree char *text = NULL;
  g_autofree char *quotes = NULL;
  g_autofree char *first_title = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  PxWindow *window = new_window ();
  PxReadingView *view = px_window_get_reading_view (window);
  GListModel *articles;
  PxArticleRow *row;

  open_paths (window, paths);

  g_assert_cmpstr (px_window_get_page_name (window), ==, "articles");
  articles = px_window_get_articles (window);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 3);
  g_assert_cmpuint (px_window_get_n_failures (window), ==, 0);
  g_assert_null (px_window_get_toast_title (window));

  /* The newest event is selected and its overview shown. */
  g_assert_nonnull (px_window_get_selected_event (window));
  g_assert_null (px_window_get_selected_article (window));
  g_assert_cmpstr (px_window_get_content_page_name (window), ==, "event");
  g_assert_true (g_list_model_get_item (px_window_get_events (window), 0) == (gpointer) px_window_get_selected_event (window));
  g_object_unref (px_window_get_selected_event (window));

  /* Selecting an article shows it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-article", "u", 0));
  g_assert_cmpstr (px_window_get_content_page_name (window), ==, "article");
  g_assert_true (px_window_get_selected_article (window) == g_list_model_get_item (articles, 0));
  g_object_unref (g_list_model_get_item (articles, 0));
  g_assert_nonnull (strstr (px_reading_view_get_headline (view), "Harbour Bridge Reopens"));
  text = px_reading_view_dup_text (view);
  g_assert_nonnull (strstr (text, "ran eight months over schedule"));
  g_assert_nonnull (strstr (text, "rejected suggestions that the overrun"));
  assert_shows_paragraphs (view, px_window_get_selected_article (window));
  first_title = g_strdup (px_reading_view_get_headline (view));

  /* Every paragraph is shown in one of the role styles. */
  quotes = px_reading_view_dup_role_text (view, PX_PARAGRAPH_BODY);
  g_assert_nonnull (strstr (quotes, "Commuters who had spent two years"));

  /* The sidebar rows show each article's headline once its event is
   * expanded. */
  for (guint i = 0; i < g_list_model_get_n_items (px_window_get_events (window)); i++)
    {
      g_autoptr(PxEventItem) event = g_list_model_get_item (px_window_get_events (window), i);

      g_assert_true (px_window_set_event_expanded (window, px_event_item_get_id (event), TRUE));
    }
  px_ui_test_run_frames (200);
  row = find_row (window, first_title);
  g_assert_nonnull (row);
  g_assert_nonnull (find_row (window, "Bridge reopening draws crowds and complaints"));
  g_assert_nonnull (find_row (window, "Repaired Bridge Opens Amid Row Over Budget"));

  /* Another article through the action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.select-article", "u", 1));
  g_assert_cmpstr (px_reading_view_get_headline (view), ==, "Bridge reopening draws crowds and complaints");
  g_clear_pointer (&text, g_free);
  text = px_reading_view_dup_text (view);
  g_assert_nonnull (strstr (text, "lorries past two primary schools"));
  g_assert_null (strstr (text, "ran eight months over schedule"));

  /* Out of range leaves the selection alone. */
  g_assert_false (px_window_select_article (window, 3));
  g_assert_cmpstr (px_reading_view_get_headline (view), ==, "Bridge reopening draws crowds and complaints");

  /* The folder is remembered and offered on the start page. */
  recent = g_settings_get_strv (settings, "recent-folders");
  g_assert_nonnull (recent[0]);
  g_assert_true (g_strv_contains ((const char * const *) recent, folder));

  /* Enter on a row (the list's activate signal) selects it and moves the
   * keyboard focus to its text. */
  gtk_widget_grab_focus (px_window_get_article_list (window));
  {
    g_autoptr(PxArticle) third = g_list_model_get_item (articles, 2);

    g_signal_emit_by_name (px_window_get_article_list (window), "activate", row_position (window, third));
  }
  g_assert_cmpstr (px_reading_view_get_headline (view), ==, "Repaired Bridge Opens Amid Row Over Budget");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == px_reading_view_get_text_view (view));

  /* Closing with the focus in the list must not leave it on a dead row. */
  gtk_widget_grab_focus (px_window_get_article_list (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-folder", NULL));
  px_ui_test_run_frames (100);
  g_assert_cmpstr (px_window_get_page_name (window), ==, "start");
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 0);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (px_window_get_recent_list (window),
                                                                  ADW_TYPE_PREFERENCES_GROUP)));
  g_assert_nonnull (gtk_widget_get_first_child (px_window_get_recent_list (window)));

  px_ui_test_destroy_window (window);
}

static void
write_file (const char *dir, const char *name, const char *data, gssize length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
copy_fixture (const char *dir, const char *name)
{
  g_autofree char *folder = fixtures_dir ();
  g_autofree char *source = g_build_filename (folder, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  write_file (dir, name, contents, length);
}

static void
test_broken_files (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-XXXXXX", NULL);
  const char *paths[] = { dir, NULL };
  g_autofree char *listed = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *png_path = NULL;
  g_auto(GStrv) lines = NULL;
  PxWindow *window = new_window ();
  PxProblemsWindow *problems;

  g_assert_nonnull (dir);
  copy_fixture (dir, "river-times-bridge.html");
  write_file (dir, "empty.html", "", 0);
  write_file (dir, "photo.html", png, sizeof png - 1);
  empty_path = g_build_filename (dir, "empty.html", NULL);
  png_path = g_build_filename (dir, "photo.html", NULL);

  open_paths (window, paths);

  /* The readable article is there; the two others are reported. */
  g_assert_cmpstr (px_window_get_page_name (window), ==, "articles");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 1);
  g_assert_cmpuint (px_window_get_n_failures (window), ==, 2);
  g_assert_cmpstr (px_window_get_toast_title (window), ==, "2 files could not be read");

  /* The toast's Details button names this action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  problems = px_window_get_problems_window (window);
  g_assert_nonnull (problems);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (problems)) == GTK_WINDOW (window));
  g_assert_cmpuint (px_problems_window_get_n_failures (problems), ==, 2);
  listed = px_problems_window_dup_listed_text (problems);
  g_assert_nonnull (strstr (listed, empty_path));
  g_assert_nonnull (strstr (listed, png_path));
  /* Every listed path comes with a reason. */
  lines = g_strsplit (listed, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      const char *tab = strchr (lines[i], '\t');
      g_assert_nonnull (tab);
      g_assert_cmpuint (strlen (tab + 1), >, 5);
    }
  px_ui_test_run_frames (100);

  /* Closing the main window takes its dialog along. */
  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

static void
test_cancel (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-XXXXXX", NULL);
  g_autofree char *folder = fixtures_dir ();
  const char *paths[] = { dir, NULL };
  const char *fixture_paths[] = { folder, NULL };
  g_autoptr(GString) body = g_string_new ("<html><head><title>Filler</title></head><body><article>");
  PxWindow *window = new_window ();

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (body, "<p>Paragraph %u of a long page the loader has to work through.</p>", i);
  g_string_append (body, "</article></body></html>");
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *name = g_strdup_printf ("page-%03u.html", i);
      write_file (dir, name, body->str, body->len);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-paths", "^as", paths));
  g_assert_true (px_window_is_loading (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL));

  /* Back where it was at once, with nothing loaded. */
  g_assert_false (px_window_is_loading (window));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "start");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 0);

  /* The cancelled load's late result must not replace a newer one. */
  open_paths (window, fixture_paths);
  px_ui_test_run_frames (300);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 3);
  g_assert_cmpstr (px_window_get_page_name (window), ==, "articles");

  /* Cancelling a reload goes back to the loaded folder. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-paths", "^as", paths));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "articles");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 3);

  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

static void
test_empty_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("parallax-ui-XXXXXX", NULL);
  const char *paths[] = { dir, NULL };
  PxWindow *window = new_window ();

  write_file (dir, "empty.txt", "", 0);
  open_paths (window, paths);

  g_assert_cmpstr (px_window_get_page_name (window), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
  g_assert_cmpuint (px_problems_window_get_n_failures (px_window_get_problems_window (window)) +
                    px_problems_window_get_n_skipped (px_window_get_problems_window (window)), ==, 1);

  /* Ctrl+W goes back to the start page first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-folder", NULL));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "start");

  px_ui_test_destroy_window (window);
  px_test_remove_tree (dir);
}

static void
test_seeds (void)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  const char *paths[] = { seeds, NULL };
  PxWindow *window;
  GListModel *articles;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("The seed articles are not available");
      return;
    }

  window = new_window ();
  open_paths (window, paths);
  articles = px_window_get_articles (window);
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 5);

  /* Each article shows its own text when selected. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(PxArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *shown = NULL;
      g_autofree char *expected = px_article_dup_text (article);
      g_autofree char *first_line = NULL;
      const char *newline;

      g_assert_true (px_window_select_article (window, i));
      shown = px_reading_view_dup_text (px_window_get_reading_view (window));
      g_assert_cmpuint (strlen (shown), >, 200);
      newline = strchr (expected, '\n');
      first_line = g_strndup (expected, newline != NULL ? (gsize) (newline - expected) : strlen (expected));
      g_assert_nonnull (strstr (shown, first_line));
    }

  px_ui_test_destroy_window (window);
}


/* Events and corrections */

static gboolean
not_busy (gpointer data)
{
  return !px_window_is_loading (data) && !px_window_is_grouping (data);
}

static void
wait_idle (PxWindow *window)
{
  px_ui_test_wait_until (not_busy, window);
}

/* A private copy of the seed articles, so corrections can be written. */
static char *
copy_seeds (void)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  g_autofree char *dir = NULL;
  g_autoptr(GDir) handle = NULL;
  const char *name;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    return NULL;

  dir = g_dir_make_tmp ("parallax-events-XXXXXX", NULL);
  handle = g_dir_open (seeds, 0, NULL);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *source = g_build_filename (seeds, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (source, &contents, &length, NULL))
        write_file (dir, name, contents, length);
    }

  return g_steal_pointer (&dir);
}

/* The seed article whose file name starts with @prefix. */
static char *
seed_path (const char *dir, const char *prefix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (dir, name, NULL);

  g_assert_not_reached ();
}

static const char *
event_id_of (PxWindow *window, const char *path)
{
  PxEventItem *event = px_window_get_event_of (window, path);

  g_assert_nonnull (event);
  return px_event_item_get_id (event);
}

static gboolean
same_event (PxWindow *window, const char *a, const char *b)
{
  return px_window_get_event_of (window, a) == px_window_get_event_of (window, b);
}

static void
open_dir (PxWindow *window, const char *dir)
{
  const char *paths[] = { dir, NULL };

  open_paths (window, paths);
  wait_idle (window);
  g_assert_cmpstr (px_window_get_page_name (window), ==, "articles");
}

static void
reopen (PxWindow *window, const char *dir)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-folder", NULL));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "start");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_events (window)), ==, 0);
  open_dir (window, dir);
}

static PxArticle *
article_at (PxWindow *window, const char *path)
{
  GListModel *articles = px_window_get_articles (window);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(PxArticle) article = g_list_model_get_item (articles, i);

      if (g_strcmp0 (px_article_get_path (article), path) == 0)
        return article;  /* the window's list keeps it alive */
    }

  g_assert_not_reached ();
}

static void
activate (PxWindow *window, const char *action, GVariant *param)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, param));
  wait_idle (window);
}

/* A private copy of the seed articles in a new window: opened unless the
 * test asks for a closed one to set the folder up first. */
typedef struct {
  char     *dir;
  char     *path[5];  /* the seeds whose names start 000 … 004 */
  PxWindow *window;
} Seeds;

static const char *closed = "closed";

static void
seeds_setup (Seeds         *f,
             gconstpointer  data)
{
  f->dir = copy_seeds ();
  if (f->dir == NULL)
    {
      g_test_skip ("The seed articles are not available");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (f->path); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("%03u", i);

      f->path[i] = seed_path (f->dir, prefix);
    }
  f->window = new_window ();
  if (data != closed)
    open_dir (f->window, f->dir);
}

static void
seeds_teardown (Seeds         *f,
                gconstpointer  data)
{
  if (f->window != NULL)
    px_ui_test_destroy_window (f->window);
  if (f->dir != NULL)
    px_test_remove_tree (f->dir);
  g_free (f->dir);
  for (guint i = 0; i < G_N_ELEMENTS (f->path); i++)
    g_free (f->path[i]);
}

/* The sidebar lists events newest first, with their label and counts, and
 * the search filter narrows them. */
static void
test_event_list (Seeds         *f,
                 gconstpointer  data)
{
  const char *dir = f->dir;
  PxWindow *window = f->window;
  GListModel *events;
  g_autofree char *outlet = NULL;
  guint n_events;

  if (dir == NULL)
    return;

  events = px_window_get_events (window);
  n_events = g_list_model_get_n_items (events);
  g_assert_cmpuint (n_events, >=, 2);
  g_assert_cmpuint (n_events, <=, 5);

  /* Newest first; every article in exactly one event. */
  {
    guint total = 0;

    for (guint i = 0; i < n_events; i++)
      {
        g_autoptr(PxEventItem) event = g_list_model_get_item (events, i);

        total += px_event_item_get_n_articles (event);
        g_assert_cmpstr (px_event_item_get_label (event), !=, "");
        if (i > 0)
          {
            g_autoptr(PxEventItem) before = g_list_model_get_item (events, i - 1);

            g_assert_cmpint (g_strcmp0 (px_event_item_get_sort_date (before),
                                        px_event_item_get_sort_date (event)), >=, 0);
          }
        for (guint j = 0; outlet == NULL && j < px_event_item_get_n_articles (event); j++)
          {
            g_autoptr(PxArticle) article = g_list_model_get_item (px_event_item_get_articles (event), j);

            if (px_article_get_outlet (article) != NULL)
              outlet = g_strdup (px_article_get_outlet (article));
          }
      }
    g_assert_cmpuint (total, ==, 5);
  }

  /* Collapsed, the sidebar has one row per event; expanded, the event's
   * articles follow it. */
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_sidebar_model (window)), ==, n_events);
  {
    g_autoptr(PxEventItem) first = g_list_model_get_item (events, 0);

    g_assert_true (px_window_set_event_expanded (window, px_event_item_get_id (first), TRUE));
    g_assert_cmpuint (g_list_model_get_n_items (px_window_get_sidebar_model (window)), ==,
                      n_events + px_event_item_get_n_articles (first));
    g_assert_true (px_window_set_event_expanded (window, px_event_item_get_id (first), FALSE));
  }

  /* Search: nothing matches a made-up word; an outlet's name finds its events. */
  px_window_set_search_text (window, "zzqxv");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_sidebar_model (window)), ==, 0);
  g_assert_nonnull (outlet);
  {
    g_autofree char *upper = g_utf8_strup (outlet, -1);

    /* Case does not matter. */
    px_window_set_search_text (window, upper);
  }
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_sidebar_model (window)), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_sidebar_model (window)), <, n_events);
  px_window_set_search_text (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_sidebar_model (window)), ==, n_events);

}

/* Each correction through the window's actions, then the folder is closed
 * and opened again: the corrections are still there, in the project file. */
static void
test_corrections_persist (Seeds         *f,
                          gconstpointer  data)
{
  const char *dir = f->dir;
  const char *a = f->path[0], *b = f->path[1], *c = f->path[2], *d = f->path[3];
  g_autofree char *project_file = NULL;
  g_autofree char *merged_id = NULL;
  PxWindow *window = f->window;

  if (dir == NULL)
    return;

  project_file = g_build_filename (dir, PX_PROJECT_FILE_NAME, NULL);
  g_assert_false (g_file_test (project_file, G_FILE_TEST_EXISTS));

  /* Move 003 into the event of 000. */
  if (same_event (window, a, d))
    activate (window, "win.split-article", g_variant_new_string (d));
  activate (window, "win.move-article", g_variant_new ("(ss)", d, event_id_of (window, a)));
  g_assert_true (same_event (window, a, d));
  g_assert_nonnull (strstr (px_window_get_toast_title (window), "Moved to"));
  g_assert_true (g_file_test (project_file, G_FILE_TEST_IS_REGULAR));

  /* Rename that event. */
  activate (window, "win.rename-event", g_variant_new ("(ss)", event_id_of (window, a), "Talks in Dushanbe"));
  g_assert_cmpstr (px_event_item_get_label (px_window_get_event_of (window, a)), ==, "Talks in Dushanbe");

  /* Split 001 off into an event of its own. */
  if (!same_event (window, a, b))
    activate (window, "win.move-article", g_variant_new ("(ss)", b, event_id_of (window, a)));
  activate (window, "win.split-article", g_variant_new_string (b));
  g_assert_false (same_event (window, a, b));
  g_assert_cmpuint (px_event_item_get_n_articles (px_window_get_event_of (window, b)), ==, 1);

  /* Merge the event of 002 into the event of 000. */
  if (same_event (window, a, c))
    activate (window, "win.split-article", g_variant_new_string (c));
  activate (window, "win.merge-events", g_variant_new ("(ss)", event_id_of (window, c), event_id_of (window, a)));
  g_assert_true (same_event (window, a, c));
  merged_id = g_strdup (event_id_of (window, a));

  /* All of it again after closing and opening the folder. */
  reopen (window, dir);
  g_assert_true (same_event (window, a, d));
  g_assert_true (same_event (window, a, c));
  g_assert_false (same_event (window, a, b));
  g_assert_cmpuint (px_event_item_get_n_articles (px_window_get_event_of (window, b)), ==, 1);
  g_assert_cmpstr (event_id_of (window, a), ==, merged_id);
  g_assert_cmpstr (px_event_item_get_label (px_window_get_event_of (window, a)), ==, "Talks in Dushanbe");
  g_assert_cmpstr (px_project_get_file (px_window_get_project (window)), ==, project_file);

  /* And at either end of the granularity scale. */
  activate (window, "win.set-granularity", g_variant_new_double (1.0));
  wait_idle (window);
  g_assert_true (same_event (window, a, d));
  g_assert_true (same_event (window, a, c));
  g_assert_false (same_event (window, a, b));
  activate (window, "win.set-granularity", g_variant_new_double (0.0));
  wait_idle (window);
  g_assert_true (same_event (window, a, d));
  g_assert_true (same_event (window, a, c));
  g_assert_false (same_event (window, a, b));
  g_assert_cmpstr (px_event_item_get_label (px_window_get_event_of (window, a)), ==, "Talks in Dushanbe");
  activate (window, "win.set-granularity", g_variant_new_double (0.5));

}

/* The undo toast's action takes a correction back, on disk too. */
static void
test_undo (Seeds         *f,
           gconstpointer  data)
{
  const char *dir = f->dir;
  const char *a = f->path[0], *d = f->path[3];
  PxWindow *window = f->window;

  if (dir == NULL)
    return;

  g_assert_false (same_event (window, a, d));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL) &&
                  px_window_is_grouping (window));

  activate (window, "win.move-article", g_variant_new ("(ss)", d, event_id_of (window, a)));
  g_assert_true (same_event (window, a, d));
  activate (window, "win.undo", NULL);
  g_assert_false (same_event (window, a, d));

  reopen (window, dir);
  g_assert_false (same_event (window, a, d));

}

/* A folder that cannot be written keeps its corrections in the data
 * directory. Root ignores file modes, so a directory standing where the
 * project file would go blocks the write too. */
static void
test_read_only_folder (Seeds         *f,
                       gconstpointer  data)
{
  const char *dir = f->dir;
  const char *a = f->path[0], *d = f->path[3];
  g_autofree char *blocker = NULL;
  g_autofree char *data_file = NULL;
  g_autofree char *data_dir = NULL;
  PxWindow *window = f->window;

  if (dir == NULL)
    return;

  blocker = g_build_filename (dir, PX_PROJECT_FILE_NAME, NULL);
  g_assert_cmpint (g_mkdir (blocker, 0500), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  data_file = px_project_dup_data_file (dir);
  data_dir = g_build_filename (g_get_user_data_dir (), "parallax", "projects", NULL);
  g_assert_true (g_str_has_prefix (data_file, data_dir));

  open_dir (window, dir);
  activate (window, "win.move-article", g_variant_new ("(ss)", d, event_id_of (window, a)));
  g_assert_true (same_event (window, a, d));
  g_assert_true (g_file_test (data_file, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (px_project_get_file (px_window_get_project (window)), ==, data_file);

  reopen (window, dir);
  g_assert_true (same_event (window, a, d));

  g_chmod (dir, 0700);
  g_rmdir (blocker);
  g_remove (data_file);
}

/* A damaged project file is reported, set aside and never fatal. */
static void
test_corrupt_project (Seeds         *f,
                      gconstpointer  data)
{
  const char *dir = f->dir;
  g_autofree char *file = NULL;
  g_autofree char *broken = NULL;
  const char *a = f->path[0], *d = f->path[3];
  PxWindow *window = f->window;

  if (dir == NULL)
    return;

  file = g_build_filename (dir, PX_PROJECT_FILE_NAME, NULL);
  broken = g_strconcat (file, ".broken", NULL);
  write_file (dir, PX_PROJECT_FILE_NAME, "{\"version\": 1, \"pins\": {\"000", -1);

  open_dir (window, dir);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 5);
  g_assert_nonnull (px_window_get_toast_title (window));
  g_assert_nonnull (strstr (px_window_get_toast_title (window), PX_PROJECT_FILE_NAME ".broken"));
  g_assert_true (g_file_test (broken, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));

  /* Corrections work and are saved anew. */
  activate (window, "win.move-article", g_variant_new ("(ss)", d, event_id_of (window, a)));
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
  reopen (window, dir);
  g_assert_true (same_event (window, a, d));
  g_assert_null (px_window_get_toast_title (window));

}

/* The outlet Parallax found is a guess: the user's name for it shows in the
 * list, the event and the reading view, survives a reload, and can be
 * taken back. */
static void
test_outlet_override (Seeds         *f,
                      gconstpointer  data)
{
  const char *dir = f->dir;
  const char *a = f->path[0], *b = f->path[1];
  g_autofree char *found = NULL;
  g_autofree char *outlets = NULL;
  PxWindow *window = f->window;
  GtkWindow *dialog;
  GtkWidget *entry;
  PxValueSource source;

  if (dir == NULL)
    return;

  found = g_strdup (px_article_get_outlet (article_at (window, b)));
  g_assert_nonnull (found);
  g_assert_cmpint (px_article_get_outlet_source (article_at (window, b)), !=, PX_SOURCE_USER);

  /* Nothing to take back yet, and a name equal to the found one is no change. */
  g_assert_false (px_window_set_outlet (window, b, "", FALSE));
  g_assert_false (px_window_set_outlet (window, b, found, FALSE));

  g_assert_true (px_window_select_article_item (window, article_at (window, b)));
  activate (window, "win.set-outlet", g_variant_new ("(ssb)", b, "  CommonSpace Weekly ", FALSE));
  g_assert_cmpstr (px_article_get_outlet (article_at (window, b)), ==, "CommonSpace Weekly");
  g_assert_cmpstr (px_window_get_toast_title (window), ==, "Outlet changed");
  g_assert_nonnull (strstr (px_reading_view_get_byline (px_window_get_reading_view (window)), "CommonSpace Weekly"));
  outlets = px_event_item_dup_outlets (px_window_get_event_of (window, b));
  g_assert_nonnull (strstr (outlets, "CommonSpace Weekly"));
  g_assert_null (strstr (outlets, found));
  g_assert_cmpstr (px_article_get_found_outlet (article_at (window, b), NULL), ==, found);

  reopen (window, dir);
  g_assert_cmpstr (px_article_get_outlet (article_at (window, b)), ==, "CommonSpace Weekly");
  g_assert_cmpint (px_article_get_outlet_source (article_at (window, b)), ==, PX_SOURCE_USER);

  /* Back to the found name, then undo brings the user's name back. */
  activate (window, "win.set-outlet", g_variant_new ("(ssb)", b, "", FALSE));
  g_assert_cmpstr (px_article_get_outlet (article_at (window, b)), ==, found);
  activate (window, "win.undo", NULL);
  g_assert_cmpstr (px_article_get_outlet (article_at (window, b)), ==, "CommonSpace Weekly");
  reopen (window, dir);
  g_assert_cmpstr (px_article_get_outlet (article_at (window, b)), ==, "CommonSpace Weekly");

  /* The menu's dialog says where the guess came from and sets a name. */
  g_assert_true (px_window_select_article_item (window, article_at (window, a)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.outlet-selected", NULL));
  dialog = px_window_get_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                            px_article_get_found_outlet (article_at (window, a), &source)));
  g_assert_cmpint (source, !=, PX_SOURCE_NONE);
  entry = gtk_widget_get_first_child (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_true (GTK_IS_ENTRY (entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, px_article_get_outlet (article_at (window, a)));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "set"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Open Caucasus");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "set"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "set");
  wait_idle (window);
  g_assert_cmpstr (px_article_get_outlet (article_at (window, a)), ==, "Open Caucasus");
  g_assert_cmpstr (px_article_get_outlet (article_at (window, b)), ==, "CommonSpace Weekly");
  gtk_window_destroy (dialog);

}

/* The keyboard paths: the move chooser and the rename dialog. */
static void
test_dialogs (Seeds         *f,
              gconstpointer  data)
{
  const char *dir = f->dir;
  const char *a = f->path[0], *d = f->path[3];
  PxWindow *window = f->window;
  GtkWindow *dialog;

  if (dir == NULL)
    return;


  /* Ctrl+M's action on the selected article opens the chooser, which
   * offers every event but the article's own. */
  g_assert_true (px_window_select_article_item (window, article_at (window, d)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-selected", NULL));
  dialog = px_window_get_dialog (window);
  g_assert_true (PX_IS_EVENT_CHOOSER (dialog));
  px_ui_test_run_frames (100);
  {
    GtkListBox *list = px_event_chooser_get_list (PX_EVENT_CHOOSER (dialog));
    guint n_rows = 0;
    GtkListBoxRow *target = NULL;

    for (GtkListBoxRow *row; (row = gtk_list_box_get_row_at_index (list, n_rows)) != NULL; n_rows++)
      {
        PxEventItem *event = px_event_row_get_event (PX_EVENT_ROW (gtk_list_box_row_get_child (row)));

        g_assert_true (event != px_window_get_event_of (window, d));
        if (event == px_window_get_event_of (window, a))
          target = row;
      }
    g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (px_window_get_events (window)) - 1);
    g_assert_nonnull (target);
    g_signal_emit_by_name (list, "row-activated", target);
  }
  wait_idle (window);
  g_assert_true (same_event (window, a, d));
  px_ui_test_run_frames (100);
  g_assert_null (px_window_get_dialog (window));

  /* F2's action on the selected event opens the rename dialog. */
  g_assert_true (px_window_select_event (window, event_id_of (window, a)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rename-selected", NULL));
  dialog = px_window_get_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog))),
                         "  Ceasefire talks ");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  wait_idle (window);
  g_assert_cmpstr (px_event_item_get_label (px_window_get_event_of (window, a)), ==, "Ceasefire talks");
  gtk_window_destroy (dialog);

  /* Preferences open with Ctrl+,'s action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preferences", NULL));
  g_assert_true (PX_IS_PREFERENCES_WINDOW (px_window_get_dialog (window)));
  gtk_window_destroy (px_window_get_dialog (window));

}

static void
assert_accel (const char *action, const char *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  g_assert_true (g_strv_contains ((const char * const *) accels, accel));
}

static void
test_application (void)
{
  g_autofree char *folder = fixtures_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (folder);
  GtkWindow *about = NULL;
  GListModel *toplevels;
  PxWindow *window = NULL;

  assert_accel ("app.quit", "<Control>q");
  assert_accel ("win.open", "<Control>o");
  assert_accel ("win.close-folder", "<Control>w");
  assert_accel ("win.show-help-overlay", "<Control>question");

  /* `parallax FOLDER` */
  g_application_open (G_APPLICATION (app), &file, 1, "");
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (PX_IS_WINDOW (l->data))
      window = l->data;
  g_assert_nonnull (window);
  px_ui_test_wait_until (not_loading, window);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 3);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = toplevel;
    }
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==, "Parallax");
  gtk_window_destroy (about);

  px_ui_test_destroy_window (window);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = NULL;
  int ret;

  app = px_ui_test_init_app (&argc, &argv, &data_home);

  g_test_add_func ("/parallax/window/templates-finalize", test_templates_finalize);
  g_test_add_func ("/parallax/window/start-page", test_start_page);
  g_test_add_func ("/parallax/window/open-folder", test_open_folder);
  g_test_add_func ("/parallax/window/broken-files", test_broken_files);
  g_test_add_func ("/parallax/window/cancel", test_cancel);
  g_test_add_func ("/parallax/window/empty-folder", test_empty_folder);
  g_test_add_func ("/parallax/window/seeds", test_seeds);
  g_test_add_func ("/parallax/window/application", test_application);
  g_test_add ("/parallax/window/event-list", Seeds, NULL, seeds_setup, test_event_list, seeds_teardown);
  g_test_add ("/parallax/window/corrections-persist", Seeds, NULL, seeds_setup, test_corrections_persist, seeds_teardown);
  g_test_add ("/parallax/window/undo", Seeds, NULL, seeds_setup, test_undo, seeds_teardown);
  g_test_add ("/parallax/window/read-only-folder", Seeds, closed, seeds_setup, test_read_only_folder, seeds_teardown);
  g_test_add ("/parallax/window/corrupt-project", Seeds, closed, seeds_setup, test_corrupt_project, seeds_teardown);
  g_test_add ("/parallax/window/dialogs", Seeds, NULL, seeds_setup, test_dialogs, seeds_teardown);
  g_test_add ("/parallax/window/outlet-override", Seeds, NULL, seeds_setup, test_outlet_override, seeds_teardown);

  ret = g_test_run ();
  g_clear_object (&app);

  {
    g_autofree char *projects = g_build_filename (data_home, "parallax", "projects", NULL);
    g_autofree char *parallax = g_path_get_dirname (projects);

    g_rmdir (projects);
    g_rmdir (parallax);
    g_rmdir (data_home);
  }

  return ret;
}
