/* px-screenshot.c — render the window's main states to PNG files
 *
 * Usage: px-screenshot OUTPUT-DIR FOLDER OTHER-FOLDER
 * Writes events.png (the event sidebar, one event expanded, an article
 * read), event.png (an event's overview), move.png (the "Move to Event"
 * chooser), outlet.png (correcting an outlet), preferences.png, events-dark.png, start.png, start-dark.png,
 * articles-toast.png, problems.png, narrow-list.png, and for the seeds'
 * events side-by-side.png, framing.png, coverage-event.png, framing-2.png,
 * framing-dark.png, lexicons.png and lexicons-matching.png. Both folders are
 * copied under a temporary home directory; FOLDER is the one shown, and a
 * few broken files are added to its copy for the error details.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "px-application.h"
#include "px-event-item.h"
#include "px-preferences-window.h"
#include "px-window.h"
#include "px-test-util.h"
#include "px-ui-test-util.h"

static gboolean
not_loading (gpointer data)
{
  return !px_window_is_loading (data) && !px_window_is_grouping (data);
}

/* Expands the event of the first article of @folder_index'th event and reads
 * that article. */
static void
show_event_expanded (PxWindow *window, guint index, gboolean read_article)
{
  GListModel *events = px_window_get_events (window);
  g_autoptr(PxEventItem) event = NULL;
  g_autoptr(PxArticle) article = NULL;

  if (index >= g_list_model_get_n_items (events))
    return;
  event = g_list_model_get_item (events, index);
  article = g_list_model_get_item (px_event_item_get_articles (event), 0);
  px_window_set_event_expanded (window, px_event_item_get_id (event), TRUE);
  if (read_article)
    px_window_select_article_item (window, article);
  else
    px_window_select_event (window, px_event_item_get_id (event));
}

/* Renders @window the way its own renderer draws it. */
static void
save_window (GtkWindow  *window,
             const char *dir,
             const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width = 0, height = 0;

  /* A window waiting for its next layout draws nothing yet: give it a
   * few more frames. */
  for (guint attempt = 0; node == NULL && attempt < 10; attempt++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      px_ui_test_run_frames (attempt == 0 ? 700 : 200);
      width = gtk_widget_get_width (GTK_WIDGET (window));
      height = gtk_widget_get_height (GTK_WIDGET (window));
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_to_node (snapshot);
    }
  if (node == NULL)
    g_error ("Nothing drawn for %s (%d×%d, mapped %d)", name, width, height,
             gtk_widget_get_mapped (GTK_WIDGET (window)));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

static gboolean
not_analysing (gpointer data)
{
  return !px_window_is_analysing (data);
}

/* Selects the event holding the article whose file name starts with
 * @prefix, and waits for its comparison. */
static void
show_event_of (PxWindow *window, const char *folder, const char *prefix, const char *view)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        PxEventItem *event = px_window_get_event_of (window, path);

        if (event == NULL)
          g_error ("No event holds %s", path);
        px_window_select_event (window, px_event_item_get_id (event));
        px_window_set_event_view (window, view);
        px_ui_test_wait_until (not_analysing, window);
        return;
      }
  g_error ("No article %s* in %s", prefix, folder);
}

/* Scrolls the framing view so @name's section is at the top. */
/* The mapped scrolled window under @widget, or NULL. */
static GtkScrolledWindow *
find_shown_scroller (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && gtk_widget_get_mapped (widget))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_shown_scroller (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Scrolls the shown page of a dialog to its end. */
static void
scroll_to_end (GtkWindow *dialog)
{
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;

  px_ui_test_run_frames (300);
  scroller = find_shown_scroller (GTK_WIDGET (dialog));
  if (scroller == NULL)
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
}

static void
scroll_to_section (PxWindow *window, const char *name)
{
  GtkWidget *section = px_framing_view_get_section (px_window_get_framing_view (window), name);
  GtkWidget *scroller;
  graphene_point_t point;

  px_ui_test_run_frames (300);
  if (section == NULL)
    return;
  scroller = gtk_widget_get_ancestor (section, GTK_TYPE_SCROLLED_WINDOW);
  if (gtk_widget_compute_point (section, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                              point.y - 12);
}

static void
write_file (const char *dir, const char *name, const char *data, gssize length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (!g_file_set_contents (path, data, length, NULL))
    g_error ("Could not write %s", path);
}

/* Copies the articles of @source into @dest, so the pictures show a
 * folder under the home directory rather than wherever @source lives. */
static void
copy_folder (const char *source, const char *dest)
{
  g_autoptr(GDir) dir = g_dir_open (source, 0, NULL);
  const char *name;

  if (dir == NULL || g_mkdir_with_parents (dest, 0700) != 0)
    g_error ("Could not copy %s", source);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (source, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (path, &contents, &length, NULL))
        write_file (dest, name, contents, length);
    }
}

static void
open_and_wait (PxWindow *window, const char *path)
{
  px_window_open_paths (window, (const char *[]) { path, NULL });
  px_ui_test_wait_until (not_loading, window);
}

int
main (int argc, char *argv[])
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  g_autoptr(PxApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("parallax-home-XXXXXX", NULL);
  g_autofree char *main_folder = NULL;
  g_autofree char *other_folder = NULL;
  PxWindow *window;

  if (argc != 4)
    {
      g_printerr ("Usage: %s OUTPUT-DIR FOLDER OTHER-FOLDER\n", argv[0]);
      return 2;
    }

  /* Before anything asks GLib for the home directory; the user's data
   * lives under it too, so that the pictures show "~/.local/share" and
   * not where the build happened to be. */
  g_setenv ("HOME", home, TRUE);
  {
    g_autofree char *data = g_build_filename (home, ".local", "share", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }
  main_folder = g_build_filename (home, "Articles", "Peace talks", NULL);
  other_folder = g_build_filename (home, "Articles", "Harbour bridge", NULL);
  copy_folder (argv[2], main_folder);
  copy_folder (argv[3], other_folder);

  gtk_init ();
  /* A picture taken during a crossfade shows two pages at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = px_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  window = px_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));

  /* Loaded folder: events, one expanded, an article read. */
  open_and_wait (window, other_folder);
  open_and_wait (window, main_folder);
  show_event_expanded (window, 0, TRUE);
  save_window (GTK_WINDOW (window), argv[1], "events.png");

  /* An event's overview. */
  show_event_expanded (window, 0, FALSE);
  px_window_set_event_view (window, "articles");
  save_window (GTK_WINDOW (window), argv[1], "event.png");

  /* Moving an article: the chooser Ctrl+M opens. */
  show_event_expanded (window, 0, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-selected", NULL);
  save_window (px_window_get_dialog (window), argv[1], "move.png");
  gtk_window_destroy (px_window_get_dialog (window));

  /* Correcting an article's outlet. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.outlet-selected", NULL);
  save_window (px_window_get_dialog (window), argv[1], "outlet.png");
  gtk_window_destroy (px_window_get_dialog (window));

  /* Preferences. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preferences", NULL);
  save_window (px_window_get_dialog (window), argv[1], "preferences.png");
  gtk_window_destroy (px_window_get_dialog (window));

  /* Start page, with both folders among the recent ones. */
  px_window_close_folder (window);
  save_window (GTK_WINDOW (window), argv[1], "start.png");

  /* Dark style. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  open_and_wait (window, main_folder);
  show_event_expanded (window, 1, TRUE);
  save_window (GTK_WINDOW (window), argv[1], "events-dark.png");
  px_window_close_folder (window);
  save_window (GTK_WINDOW (window), argv[1], "start-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The seeds' events: side by side, framing, coverage. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  open_and_wait (window, main_folder);
  show_event_of (window, main_folder, "000", "side-by-side");
  save_window (GTK_WINDOW (window), argv[1], "side-by-side.png");
  show_event_of (window, main_folder, "000", "framing");
  save_window (GTK_WINDOW (window), argv[1], "framing.png");
  show_event_of (window, main_folder, "000", "coverage");
  save_window (GTK_WINDOW (window), argv[1], "coverage-event.png");
  show_event_of (window, main_folder, "002", "framing");
  scroll_to_section (window, "naming");
  save_window (GTK_WINDOW (window), argv[1], "framing-2.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  show_event_of (window, main_folder, "000", "framing");
  save_window (GTK_WINDOW (window), argv[1], "framing-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The lexicons in the preferences. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-preferences", NULL);
  px_preferences_window_show_lexicons (PX_PREFERENCES_WINDOW (px_window_get_dialog (window)));
  gtk_window_set_default_size (px_window_get_dialog (window), 640, 760);
  save_window (px_window_get_dialog (window), argv[1], "lexicons.png");
  scroll_to_end (px_window_get_dialog (window));
  save_window (px_window_get_dialog (window), argv[1], "lexicons-matching.png");
  gtk_window_destroy (px_window_get_dialog (window));
  px_window_close_folder (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);

  /* Error details: a few files in the folder cannot be read. */
  write_file (main_folder, "empty-page.html", "", 0);
  write_file (main_folder, "photo.html", png, sizeof png - 1);
  write_file (main_folder, "notes.txt~", "backup", -1);
  open_and_wait (window, main_folder);
  px_ui_test_run_frames (1000);
  save_window (GTK_WINDOW (window), argv[1], "articles-toast.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL);
  save_window (GTK_WINDOW (px_window_get_problems_window (window)), argv[1], "problems.png");
  gtk_window_destroy (GTK_WINDOW (px_window_get_problems_window (window)));

  /* Narrow: the leaflet folds to the list. */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  open_and_wait (window, other_folder);
  save_window (GTK_WINDOW (window), argv[1], "narrow-list.png");

  gtk_window_destroy (GTK_WINDOW (window));
  px_test_remove_tree (home);

  return 0;
}
