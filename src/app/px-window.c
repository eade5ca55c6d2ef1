/* px-window.c — the main window: start page, article list, reading view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-article-row.h"
#include "px-labels.h"
#include "px-loader.h"
#include "px-window.h"

struct _PxWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  GListStore           *articles;
  GtkSingleSelection   *selection;
  GPtrArray            *failures;
  GPtrArray            *skipped;

  /* Set while a load runs; the generation tells a stale load's result
   * (one that was cancelled or replaced) from the current one. */
  GCancellable         *cancellable;
  guint                 generation;
  GStrv                 loading_paths;
  char                 *page_before_loading;

  GtkFileChooserNative *chooser;
  AdwToast             *toast;
  PxProblemsWindow     *problems_window;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwPreferencesGroup  *recent_group;
  GtkListBox           *recent_list;
  GtkWidget            *open_button;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *empty_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_box;
  GtkWidget            *content_box;
  AdwWindowTitle       *sidebar_title;
  AdwWindowTitle       *content_title;
  GtkListView          *article_list;
  PxReadingView        *reading_view;
};

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct {
  GWeakRef window;
  guint    generation;
} PxLoadRequest;

static PxLoadRequest *
px_load_request_new (PxWindow *self)
{
  PxLoadRequest *request = g_new0 (PxLoadRequest, 1);

  g_weak_ref_init (&request->window, self);
  request->generation = self->generation;

  return request;
}

static void
px_load_request_free (PxLoadRequest *request)
{
  g_weak_ref_clear (&request->window);
  g_free (request);
}

/* Returns the window if @request still belongs to its current load. */
static PxWindow *
px_load_request_dup_window (PxLoadRequest *request)
{
  PxWindow *self = g_weak_ref_get (&request->window);

  if (self != NULL && (self->cancellable == NULL || self->generation != request->generation))
    g_clear_object (&self);

  return self;
}

static void
px_window_update_actions (PxWindow *self)
{
  gboolean loading = self->cancellable != NULL;
  gboolean has_problems = (self->failures != NULL && self->failures->len > 0) ||
                          (self->skipped != NULL && self->skipped->len > 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-loading", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", has_problems && !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.select-article",
                                 !loading && g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0);
}

static void
px_window_dismiss_toast (PxWindow *self)
{
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_clear_object (&self->toast);
}

static void
on_toast_dismissed (PxWindow *self,
                    AdwToast *toast)
{
  if (self->toast == toast)
    g_clear_object (&self->toast);
}

static void
px_window_show_toast (PxWindow   *self,
                      const char *title,
                      gboolean    with_details)
{
  px_window_dismiss_toast (self);

  self->toast = g_object_ref (adw_toast_new (title));
  adw_toast_set_timeout (self->toast, 10);
  if (with_details)
    {
      adw_toast_set_button_label (self->toast, _("_Details"));
      adw_toast_set_action_name (self->toast, "win.show-problems");
    }
  g_signal_connect_object (self->toast, "dismissed",
                           G_CALLBACK (on_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
}

/* Recent folders */

static void
on_recent_row_activated (AdwActionRow *row,
                         PxWindow     *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");
  const char *paths[] = { path, NULL };

  px_window_open_paths (self, paths);
}

static void
px_window_rebuild_recent (PxWindow *self)
{
  g_auto(GStrv) folders = g_settings_get_strv (self->settings, "recent-folders");
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; folders[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *location = NULL;
      GtkWidget *row;

      /* A folder moved or deleted since is not offered again. */
      if (!g_file_test (folders[i], G_FILE_TEST_IS_DIR))
        continue;

      name = g_filename_display_basename (folders[i]);
      location = px_labels_home_path (folders[i]);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), location);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("folder-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (folders[i]), g_free);
      g_signal_connect_object (row, "activated",
                               G_CALLBACK (on_recent_row_activated), self, 0);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), shown > 0);
}

static void
px_window_remember_folder (PxWindow   *self,
                           const char *folder)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-folders");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) folders = NULL;
  guint limit = g_settings_get_uint (self->settings, "recent-folders-limit");
  guint n = 1;

  g_strv_builder_add (builder, folder);
  for (guint i = 0; old[i] != NULL && n < limit; i++)
    if (g_strcmp0 (old[i], folder) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }

  folders = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-folders", (const char * const *) folders);
}

/* Article list */

static void
on_row_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, px_article_row_new ());
}

static void
on_row_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  px_article_row_set_article (PX_ARTICLE_ROW (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
on_row_unbind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  px_article_row_set_article (PX_ARTICLE_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
on_selected_item_changed (PxWindow           *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  PxArticle *article = gtk_single_selection_get_selected_item (selection);
  g_autofree char *file_name = NULL;
  const char *outlet = NULL;

  px_reading_view_set_article (self->reading_view, article);

  if (article != NULL)
    {
      file_name = g_filename_display_basename (px_article_get_path (article));
      outlet = px_article_get_outlet (article);
    }
  if (outlet == NULL || *outlet == '\0')
    outlet = file_name;

  adw_window_title_set_title (self->content_title, outlet != NULL ? outlet : "");
  adw_window_title_set_subtitle (self->content_title,
                                 file_name != NULL && g_strcmp0 (file_name, outlet) != 0 ? file_name : "");
}

static void
on_article_activated (PxWindow    *self,
                      guint        position,
                      GtkListView *list_view)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  gtk_widget_grab_focus (px_reading_view_get_text_view (self->reading_view));
}

/* Loading */

static void
px_window_set_page (PxWindow   *self,
                    const char *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
on_load_progress (guint    files_done,
                  guint    files_total,
                  gpointer user_data)
{
  g_autoptr(PxWindow) self = px_load_request_dup_window (user_data);
  g_autofree char *text = NULL;

  if (self == NULL)
    return;

  if (files_total > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, (double) files_done / files_total);
  /* Translators: loading progress, e.g. "12 of 40 files" */
  text = g_strdup_printf (ngettext ("%u of %u file", "%u of %u files", files_total),
                          files_done, files_total);
  adw_status_page_set_description (self->loading_page, text);
}

static char *
px_window_dup_folder_title (PxWindow *self)
{
  guint n = self->loading_paths != NULL ? g_strv_length (self->loading_paths) : 0;

  g_autofree char *first = NULL;

  if (n == 0)
    return g_strdup ("Parallax");

  first = g_filename_display_basename (self->loading_paths[0]);
  if (n == 1)
    return g_steal_pointer (&first);

  /* Translators: %s is a folder or file name, %u how many others were opened with it */
  return g_strdup_printf (ngettext ("%s and %u More", "%s and %u More", n - 1), first, n - 1);
}

static void
px_window_show_result (PxWindow     *self,
                       PxLoadResult *loaded)
{
  g_autofree char *folder_title = px_window_dup_folder_title (self);
  g_autofree char *count = NULL;
  guint n_articles = loaded->articles->len;
  guint n_failures = loaded->failures->len;

  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  self->failures = g_ptr_array_ref (loaded->failures);
  self->skipped = g_ptr_array_ref (loaded->skipped);

  g_list_store_splice (self->articles, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->articles)),
                       loaded->articles->pdata, n_articles);

  for (guint i = 0; self->loading_paths[i] != NULL; i++)
    if (g_file_test (self->loading_paths[i], G_FILE_TEST_IS_DIR))
      px_window_remember_folder (self, self->loading_paths[i]);

  count = g_strdup_printf (ngettext ("%u article", "%u articles", n_articles), n_articles);
  adw_window_title_set_title (self->sidebar_title, folder_title);
  adw_window_title_set_subtitle (self->sidebar_title, count);
  gtk_window_set_title (GTK_WINDOW (self), folder_title);

  px_window_update_actions (self);

  if (n_articles == 0)
    {
      g_autofree char *description = NULL;
      guint n_files = loaded->files_seen;

      if (n_files == 0)
        description = g_strdup (_("There are no files here."));
      else
        description = g_strdup_printf (ngettext ("Parallax could not find an article in the one file here.",
                                                 "Parallax could not find an article in any of the %u files here.",
                                                 n_files),
                                       n_files);
      adw_status_page_set_description (self->empty_page, description);
      px_window_set_page (self, "empty");
      return;
    }

  px_window_set_page (self, "articles");
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_box);
  px_window_select_article (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->article_list));

  if (n_failures > 0)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u file could not be read",
                                                          "%u files could not be read",
                                                          n_failures),
                                                n_failures);
      px_window_show_toast (self, title, TRUE);
    }
}

static void
on_load_finished (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  PxLoadRequest *request = user_data;
  g_autoptr(PxWindow) self = px_load_request_dup_window (request);
  g_autoptr(PxLoadResult) loaded = NULL;
  g_autoptr(GError) error = NULL;

  px_load_request_free (request);
  loaded = px_load_paths_finish (result, &error);

  if (self == NULL)
    return;

  g_clear_object (&self->cancellable);

  if (loaded == NULL)
    {
      px_window_set_page (self, self->page_before_loading);
      px_window_update_actions (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        px_window_show_toast (self, error->message, FALSE);
      return;
    }

  px_window_show_result (self, loaded);
}

/**
 * px_window_open_paths:
 * @self: a #PxWindow
 * @paths: folders and files to read, relative to the current directory or absolute
 *
 * Reads @paths in the background, showing progress, then lists the articles
 * found. A load already running is cancelled.
 */
void
px_window_open_paths (PxWindow           *self,
                      const char * const *paths)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (paths != NULL && paths[0] != NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *absolute = g_canonicalize_filename (paths[i], NULL);
      g_strv_builder_add (builder, absolute);
    }

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    {
      g_free (self->page_before_loading);
      self->page_before_loading = g_strdup (gtk_stack_get_visible_child_name (self->stack));
    }

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->loading_paths, g_strfreev);
  self->loading_paths = g_strv_builder_end (builder);
  self->cancellable = g_cancellable_new ();
  self->generation++;

  px_window_dismiss_toast (self);
  if (self->problems_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->problems_window));

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  adw_status_page_set_description (self->loading_page, _("Looking for articles…"));
  px_window_set_page (self, "loading");
  px_window_update_actions (self);

  px_load_paths_async ((const char * const *) self->loading_paths,
                       self->cancellable,
                       on_load_progress,
                       px_load_request_new (self),
                       (GDestroyNotify) px_load_request_free,
                       on_load_finished,
                       px_load_request_new (self));
}

/**
 * px_window_cancel_loading:
 * @self: a #PxWindow
 *
 * Stops the running load and goes back to what was shown before it; the
 * worker's late result is ignored.
 */
void
px_window_cancel_loading (PxWindow *self)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (self->cancellable == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->generation++;

  px_window_set_page (self, self->page_before_loading);
  px_window_update_actions (self);
}

/**
 * px_window_close_folder:
 * @self: a #PxWindow
 *
 * Goes back to the start page; on the start page, closes the window, as
 * closing the last document does in GNOME Text Editor.
 */
void
px_window_close_folder (PxWindow *self)
{
  const char *page;

  g_return_if_fail (PX_IS_WINDOW (self));

  page = px_window_get_page_name (self);

  if (g_strcmp0 (page, "loading") == 0)
    {
      px_window_cancel_loading (self);
      return;
    }

  if (g_strcmp0 (page, "start") == 0)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  /* Leave the page before its rows go, so focus never points at a row
   * that no longer exists. */
  px_window_set_page (self, "start");
  gtk_widget_grab_focus (GTK_WIDGET (self->open_button));

  px_window_dismiss_toast (self);
  g_list_store_remove_all (self->articles);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  gtk_window_set_title (GTK_WINDOW (self), "Parallax");
  px_window_update_actions (self);
}

gboolean
px_window_select_article (PxWindow *self,
                          guint     index)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  if (index >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return FALSE;

  gtk_single_selection_set_selected (self->selection, index);
  gtk_widget_activate_action (GTK_WIDGET (self->article_list), "list.scroll-to-item", "u", index);

  return TRUE;
}

/* Actions */

static void
on_chooser_response (PxWindow             *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = folder != NULL ? g_file_get_path (folder) : NULL;

      if (path != NULL)
        {
          const char *paths[] = { path, NULL };
          px_window_open_paths (self, paths);
        }
    }

  g_clear_object (&self->chooser);
}

static void
px_window_action_open (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Folder"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (on_chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
px_window_action_open_paths (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  g_autofree const char **paths = g_variant_get_strv (param, NULL);

  if (paths[0] != NULL)
    px_window_open_paths (PX_WINDOW (widget), paths);
}

static void
px_window_action_close_folder (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  px_window_close_folder (PX_WINDOW (widget));
}

static void
px_window_action_cancel_loading (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  px_window_cancel_loading (PX_WINDOW (widget));
}

static void
px_window_action_select_article (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  px_window_select_article (PX_WINDOW (widget), g_variant_get_uint32 (param));
}

static void
px_window_action_show_problems (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  px_window_dismiss_toast (self);

  if (self->problems_window == NULL)
    {
      self->problems_window = px_problems_window_new (GTK_WINDOW (self));
      g_object_add_weak_pointer (G_OBJECT (self->problems_window), (gpointer *) &self->problems_window);
    }

  px_problems_window_set_problems (self->problems_window, self->failures, self->skipped);
  gtk_window_present (GTK_WINDOW (self->problems_window));
}

static void
px_window_action_back (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK))
    gtk_widget_grab_focus (GTK_WIDGET (self->article_list));
}

/* Drag and drop */

static gboolean
on_drop (PxWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) paths = NULL;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (path != NULL)
        g_strv_builder_add (builder, path);
    }
  g_slist_free (files);

  paths = g_strv_builder_end (builder);
  if (paths[0] == NULL)
    return FALSE;

  px_window_open_paths (self, (const char * const *) paths);
  return TRUE;
}

/* GObject */

static gboolean
px_window_close_request (GtkWindow *window)
{
  PxWindow *self = PX_WINDOW (window);
  int width, height;

  px_window_cancel_loading (self);

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", MAX (width, 360));
  g_settings_set_int (self->settings, "window-height", MAX (height, 294));
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->problems_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->problems_window), (gpointer *) &self->problems_window);
      gtk_window_destroy (GTK_WINDOW (self->problems_window));
      self->problems_window = NULL;
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->toast);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);

  g_clear_object (&self->selection);
  g_clear_object (&self->articles);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  g_clear_pointer (&self->loading_paths, g_strfreev);
  g_clear_pointer (&self->page_before_loading, g_free);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  window_class->close_request = px_window_close_request;

  g_type_ensure (PX_TYPE_READING_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, reading_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, px_window_action_open);
  gtk_widget_class_install_action (widget_class, "win.open-paths", "as", px_window_action_open_paths);
  gtk_widget_class_install_action (widget_class, "win.close-folder", NULL, px_window_action_close_folder);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, px_window_action_cancel_loading);
  gtk_widget_class_install_action (widget_class, "win.select-article", "u", px_window_action_select_article);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, px_window_action_show_problems);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, px_window_action_back);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-loading", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

static void
px_window_init (PxWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->articles = g_list_store_new (PX_TYPE_ARTICLE);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->articles)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_row_unbind), NULL);
  gtk_list_view_set_factory (self->article_list, factory);
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->article_list, "activate",
                           G_CALLBACK (on_article_activated), self,
                           G_CONNECT_SWAPPED);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), GTK_EVENT_CONTROLLER (drop_target));

  g_signal_connect_object (self->settings, "changed::recent-folders",
                           G_CALLBACK (px_window_rebuild_recent), self,
                           G_CONNECT_SWAPPED);
  px_window_rebuild_recent (self);
  px_window_update_actions (self);
}

PxWindow *
px_window_new (GtkApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

gboolean
px_window_is_loading (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  return self->cancellable != NULL;
}

const char *
px_window_get_page_name (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GListModel *
px_window_get_articles (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->articles);
}

PxArticle *
px_window_get_selected_article (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

GtkWidget *
px_window_get_article_list (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->article_list);
}

GtkWidget *
px_window_get_recent_list (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->recent_list);
}

PxReadingView *
px_window_get_reading_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->reading_view;
}

const char *
px_window_get_toast_title (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->toast != NULL ? adw_toast_get_title (self->toast) : NULL;
}

PxProblemsWindow *
px_window_get_problems_window (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->problems_window;
}

guint
px_window_get_n_failures (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), 0);

  return self->failures != NULL ? self->failures->len : 0;
}

guint
px_window_get_n_skipped (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), 0);

  return self->skipped != NULL ? self->skipped->len : 0;
}
