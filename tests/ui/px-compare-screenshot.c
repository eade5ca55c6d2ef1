/* px-compare-screenshot.c — render the side-by-side and coverage views to PNG files
 *
 * Usage: px-compare-screenshot OUTPUT-DIR SEEDS-DIR
 * Writes compare-2.png (the 2018 Dushanbe event's two articles),
 * compare-3.png (the 2023 event's three articles) and coverage.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "parallax.h"
#include "px-compare-view.h"
#include "px-coverage-view.h"
#include "px-loader.h"
#include "px-ui-test-util.h"

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
  int width, height;

  px_ui_test_run_frames (800);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  if (node == NULL)
    g_error ("Nothing drawn for %s", name);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s (%d×%d)\n", path, width, height);
}

/* The seed articles whose file names start with the given prefixes, in
 * that order. */
static GPtrArray *
pick (PxLoadResult        *loaded,
      const char * const  *prefixes)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint p = 0; prefixes[p] != NULL; p++)
    for (guint i = 0; i < loaded->articles->len; i++)
      {
        PxArticle *article = g_ptr_array_index (loaded->articles, i);
        g_autofree char *base = g_path_get_basename (px_article_get_path (article));

        if (g_str_has_prefix (base, prefixes[p]))
          g_ptr_array_add (articles, g_object_ref (article));
      }
  return articles;
}

static GtkWindow *
new_window (const char *title,
            const char *subtitle,
            GtkWidget  *content,
            int         width,
            int         height)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, subtitle));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
shoot_compare (PxLoadResult       *loaded,
               const char * const *prefixes,
               const char         *title,
               guint               scroll_to,
               int                 width,
               const char         *dir,
               const char         *name)
{
  g_autoptr(GPtrArray) articles = pick (loaded, prefixes);
  g_autoptr(PxCompare) compare = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *view;
  GtkWindow *window;

  if (articles->len < 2)
    g_error ("Seed articles missing for %s", name);
  compare = px_compare_new (articles, NULL, 0);
  view = px_compare_view_new ();
  px_compare_view_set_compare (PX_COMPARE_VIEW (view), compare);
  subtitle = g_strdup_printf ("%u articles · %u claims", articles->len, compare->claims->claims->len);
  window = new_window (title, subtitle, view, width, 900);
  px_ui_test_run_frames (500);
  if (scroll_to > 0)
    px_article_column_scroll_to_sentence (px_compare_view_get_column (PX_COMPARE_VIEW (view), 0), scroll_to, 0.2);
  save_window (window, dir, name);
  gtk_window_destroy (window);
  px_ui_test_run_frames (100);
}

int
main (int    argc,
      char **argv)
{
  const char *dushanbe[] = { "000_", "001_", NULL };
  const char *karabakh[] = { "002_", "004_", "003_", NULL };
  g_autoptr(PxLoadResult) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(PxCompare) compare = NULL;
  const char *paths[2];
  GtkWidget *coverage;
  GtkWindow *window;

  if (argc != 3)
    {
      g_printerr ("Usage: %s OUTPUT-DIR SEEDS-DIR\n", argv[0]);
      return 2;
    }
  gtk_init ();
  /* A picture taken during a crossfade shows two pages at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  adw_init ();

  paths[0] = argv[2];
  paths[1] = NULL;
  loaded = px_load_paths_sync (paths, NULL, &error);
  if (loaded == NULL)
    g_error ("%s", error->message);

  shoot_compare (loaded, dushanbe, "Dushanbe, September 2018", 0, 1240, argv[1], "compare-2.png");
  shoot_compare (loaded, karabakh, "Armenia and Azerbaijan, 2023", 0, 1480, argv[1], "compare-3.png");

  articles = pick (loaded, (const char *[]) { "002_", "004_", "003_", NULL });
  compare = px_compare_new (articles, NULL, 0);
  coverage = px_coverage_view_new ();
  px_coverage_view_set_compare (PX_COVERAGE_VIEW (coverage), compare);
  window = new_window ("Armenia and Azerbaijan, 2023", "Coverage", coverage, 1100, 760);
  save_window (window, argv[1], "coverage.png");
  gtk_window_destroy (window);
  px_ui_test_run_frames (100);
  return 0;
}
