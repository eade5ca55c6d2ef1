/* px-screenshot.c — render the window's main states to PNG files
 *
 * Usage: px-screenshot OUTPUT-DIR FOLDER
 * Writes start.png, articles.png, problems.png, articles-dark.png and
 * start-dark.png. FOLDER is loaded as the example; a few broken files are
 * made in a temporary folder for the error details.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "px-application.h"
#include "px-window.h"

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
run_frames (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  iterate_until (time_passed, &until);
}

static gboolean
not_loading (gpointer data)
{
  return !px_window_is_loading (data);
}

/* Renders @window the way its own renderer draws it. */
static void
save_window (GtkWindow  *window,
             const char *dir,
             const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  run_frames (700);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

static void
write_file (const char *dir, const char *name, const char *data, gssize length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (!g_file_set_contents (path, data, length, NULL))
    g_error ("Could not write %s", path);
}

int
main (int argc, char *argv[])
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  g_autoptr(PxApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *broken = NULL;
  PxWindow *window;

  if (argc != 3)
    {
      g_printerr ("Usage: %s OUTPUT-DIR FOLDER\n", argv[0]);
      return 2;
    }

  gtk_init ();

  app = px_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  window = px_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));

  /* Loaded folder: list and reading view. */
  px_window_open_paths (window, (const char *[]) { argv[2], NULL });
  iterate_until (not_loading, window);
  px_window_select_article (window, 0);
  save_window (GTK_WINDOW (window), argv[1], "articles.png");

  /* Start page, with the folder among the recent ones. */
  px_window_close_folder (window);
  save_window (GTK_WINDOW (window), argv[1], "start.png");

  /* Error details: the folder plus a few files that cannot be read. */
  broken = g_dir_make_tmp ("parallax-shots-XXXXXX", NULL);
  write_file (broken, "empty-page.html", "", 0);
  write_file (broken, "photo.html", png, sizeof png - 1);
  write_file (broken, "notes.txt~", "backup", -1);
  px_window_open_paths (window, (const char *[]) { argv[2], broken, NULL });
  iterate_until (not_loading, window);
  save_window (GTK_WINDOW (window), argv[1], "articles-toast.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL);
  save_window (GTK_WINDOW (px_window_get_problems_window (window)), argv[1], "problems.png");
  gtk_window_destroy (GTK_WINDOW (px_window_get_problems_window (window)));

  /* Dark style. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  px_window_open_paths (window, (const char *[]) { argv[2], NULL });
  iterate_until (not_loading, window);
  px_window_select_article (window, 2);
  save_window (GTK_WINDOW (window), argv[1], "articles-dark.png");
  px_window_close_folder (window);
  save_window (GTK_WINDOW (window), argv[1], "start-dark.png");

  /* Narrow: the leaflet folds to the list, then the article. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  px_window_open_paths (window, (const char *[]) { argv[2], NULL });
  iterate_until (not_loading, window);
  save_window (GTK_WINDOW (window), argv[1], "narrow-list.png");

  for (const char * const *name = (const char * const[]) { "empty-page.html", "photo.html", "notes.txt~", NULL };
       *name != NULL; name++)
    {
      g_autofree char *path = g_build_filename (broken, *name, NULL);
      g_remove (path);
    }
  g_rmdir (broken);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
