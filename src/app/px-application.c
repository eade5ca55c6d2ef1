/* px-application.c — the Parallax application: windows, app actions, accels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-application"

#include "config.h"

#include <glib/gi18n.h>

#include "px-application.h"
#include "px-window.h"

struct _PxApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PxApplication, px_application, ADW_TYPE_APPLICATION)

static PxWindow *
px_application_find_window (PxApplication *self,
                            gboolean       idle_only)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (!PX_IS_WINDOW (l->data))
        continue;
      if (!idle_only || g_strcmp0 (px_window_get_page_name (l->data), "start") == 0)
        return l->data;
    }

  return NULL;
}

static void
px_application_activate (GApplication *application)
{
  PxApplication *self = PX_APPLICATION (application);
  PxWindow *window = px_application_find_window (self, FALSE);

  if (window == NULL)
    window = px_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
}

/* `parallax PATH…` and files handed over by the desktop: all of them open
 * together in a window that is still on its start page, else in a new one. */
static void
px_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PxApplication *self = PX_APPLICATION (application);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  PxWindow *window;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path != NULL)
        g_strv_builder_add (builder, path);
      else
        g_warning ("Only local files can be opened: %s", g_file_peek_path (files[i]));
    }
  paths = g_strv_builder_end (builder);

  window = px_application_find_window (self, TRUE);
  if (window == NULL)
    window = px_window_new (GTK_APPLICATION (self));

  if (paths[0] != NULL)
    px_window_open_paths (window, (const char * const *) paths);

  gtk_window_present (GTK_WINDOW (window));
}

static void
px_application_action_quit (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  GtkApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (self));

  /* Closing, not destroying, so each window saves its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
px_application_action_about (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  GtkApplication *self = user_data;
  static const char *developers[] = { "The Parallax developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (self);

  adw_show_about_window (parent,
                         "application-name", "Parallax",
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Parallax developers"),
                         "developers", developers,
                         "comments", _("Compare how news outlets report the same event."),
                         "website", "https://github.com/parallax/parallax",
                         "issue-url", "https://github.com/parallax/parallax/issues",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", _("© 2026 The Parallax developers"),
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", px_application_action_quit },
  { "about", px_application_action_about },
};

static void
px_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Primary>q", NULL };
  static const char *open_accels[] = { "<Primary>o", NULL };
  static const char *close_accels[] = { "<Primary>w", NULL };
  static const char *move_accels[] = { "<Primary>m", NULL };
  static const char *rename_accels[] = { "F2", NULL };
  static const char *search_accels[] = { "<Primary>f", NULL };
  static const char *undo_accels[] = { "<Primary>z", NULL };
  static const char *preferences_accels[] = { "<Primary>comma", NULL };
  GtkApplication *self = GTK_APPLICATION (application);

  G_APPLICATION_CLASS (px_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (self, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (self, "win.open", open_accels);
  gtk_application_set_accels_for_action (self, "win.close-folder", close_accels);
  gtk_application_set_accels_for_action (self, "win.move-selected", move_accels);
  gtk_application_set_accels_for_action (self, "win.rename-selected", rename_accels);
  gtk_application_set_accels_for_action (self, "win.search", search_accels);
  gtk_application_set_accels_for_action (self, "win.undo", undo_accels);
  gtk_application_set_accels_for_action (self, "win.show-preferences", preferences_accels);
  {
    static const char *views[] = { "side-by-side", "framing", "coverage", "articles" };

    for (guint i = 0; i < G_N_ELEMENTS (views); i++)
      {
        g_autofree char *detailed = g_strdup_printf ("win.event-view::%s", views[i]);
        g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);
        const char *accels[] = { accel, NULL };

        gtk_application_set_accels_for_action (self, detailed, accels);
      }
  }

  gtk_window_set_default_icon_name (APP_ID);
}

static void
px_application_class_init (PxApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->activate = px_application_activate;
  application_class->open = px_application_open;
  application_class->startup = px_application_startup;
}

static void
px_application_init (PxApplication *self)
{
}

PxApplication *
px_application_new (void)
{
  return g_object_new (PX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/parallax/Parallax",
                       NULL);
}
