/* test-window.c — drive the main window through its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "px-application.h"
#include "px-article-row.h"
#include "px-problems-window.h"
#include "px-reading-view.h"
#include "px-window.h"

static PxApplication *app;

/* Iterates the main context until @done says so, failing after 30 s so a
 * hang shows as a failure instead of a stuck test run. */
static void
wait_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
not_loading (gpointer data)
{
  return !px_window_is_loading (data);
}

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

/* Lets the frame clock lay out and draw. */
static void
run_frames (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  wait_until (time_passed, &until);
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
  run_frames (100);

  return window;
}

static void
destroy_window (PxWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  run_frames (50);
  g_assert_finalize_object (window);
}

static void
open_paths (PxWindow *window, const char * const *paths)
{
  g_autoptr(GVariant) param = g_variant_ref_sink (g_variant_new_strv (paths, -1));

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.open-paths", param));
  g_assert_true (px_window_is_loading (window));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "loading");
  wait_until (not_loading, window);
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

  destroy_window (window);
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

  /* The first article is selected and shown. */
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

  /* The sidebar rows show each article's headline. */
  run_frames (200);
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
  g_signal_emit_by_name (px_window_get_article_list (window), "activate", 2);
  g_assert_cmpstr (px_reading_view_get_headline (view), ==, "Repaired Bridge Opens Amid Row Over Budget");
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == px_reading_view_get_text_view (view));

  /* Closing with the focus in the list must not leave it on a dead row. */
  gtk_widget_grab_focus (px_window_get_article_list (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close-folder", NULL));
  run_frames (100);
  g_assert_cmpstr (px_window_get_page_name (window), ==, "start");
  g_assert_cmpuint (g_list_model_get_n_items (articles), ==, 0);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (px_window_get_recent_list (window),
                                                                  ADW_TYPE_PREFERENCES_GROUP)));
  g_assert_nonnull (gtk_widget_get_first_child (px_window_get_recent_list (window)));

  destroy_window (window);
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
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
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
  run_frames (100);

  /* Closing the main window takes its dialog along. */
  destroy_window (window);
  remove_tree (dir);
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
  run_frames (300);
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 3);
  g_assert_cmpstr (px_window_get_page_name (window), ==, "articles");

  /* Cancelling a reload goes back to the loaded folder. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-paths", "^as", paths));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL));
  g_assert_cmpstr (px_window_get_page_name (window), ==, "articles");
  g_assert_cmpuint (g_list_model_get_n_items (px_window_get_articles (window)), ==, 3);

  destroy_window (window);
  remove_tree (dir);
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

  destroy_window (window);
  remove_tree (dir);
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

  destroy_window (window);
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
  wait_until (not_loading, window);
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

  destroy_window (window);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  gtk_test_init (&argc, &argv, NULL);

  app = px_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/parallax/window/templates-finalize", test_templates_finalize);
  g_test_add_func ("/parallax/window/start-page", test_start_page);
  g_test_add_func ("/parallax/window/open-folder", test_open_folder);
  g_test_add_func ("/parallax/window/broken-files", test_broken_files);
  g_test_add_func ("/parallax/window/cancel", test_cancel);
  g_test_add_func ("/parallax/window/empty-folder", test_empty_folder);
  g_test_add_func ("/parallax/window/seeds", test_seeds);
  g_test_add_func ("/parallax/window/application", test_application);

  ret = g_test_run ();
  g_clear_object (&app);

  return ret;
}
