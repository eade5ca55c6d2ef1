/* px-window.c — the main window: start page, event sidebar, reading view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-article-row.h"
#include "px-compare-view.h"
#include "px-coverage-view.h"
#include "px-event-analysis.h"
#include "px-event-chooser.h"
#include "px-event-row.h"
#include "px-events-task.h"
#include "px-framing-view.h"
#include "px-labels.h"
#include "px-loader.h"
#include "px-preferences-window.h"
#include "px-sentences.h"
#include "px-window.h"

struct _PxWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  GListStore           *articles;        /* PxArticle, as loaded */
  GHashTable           *articles_by_path;
  GListStore           *events;          /* PxEventItem, newest first */
  GtkCustomFilter      *event_filter;
  char                 *query;           /* case-folded search text */
  GtkTreeListModel     *tree;
  GtkSingleSelection   *selection;
  GPtrArray            *failures;
  GPtrArray            *skipped;

  /* The folder's corrections; NULL before a load finishes. */
  PxProject            *project;
  gboolean              project_saved;
  char                 *project_problem;
  char                 *undo_data;

  /* Set while a load runs; the generation tells a stale load's result
   * (one that was cancelled or replaced) from the current one. */
  GCancellable         *cancellable;
  guint                 generation;
  GStrv                 loading_paths;
  char                 *page_before_loading;
  PxLoadResult         *loaded;

  /* The grouper lives here between groupings and in the worker during
   * one; a regrouping asked for meanwhile runs when that one ends. */
  PxEventGrouper       *grouper;
  GCancellable         *group_cancellable;
  guint                 group_generation;
  gboolean              regroup_pending;
  guint                 regroup_source;

  PxArticle            *shown_article;
  PxEventItem          *shown_event;

  GtkFileChooserNative *chooser;
  AdwToast             *toast;
  PxProblemsWindow     *problems_window;
  GtkWindow            *dialog;

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
  AdwViewSwitcherTitle *content_title;
  GtkSpinner           *group_spinner;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkListView          *article_list;
  GtkStack             *content_stack;
  PxReadingView        *reading_view;
  GtkLabel             *event_title;
  GtkLabel             *event_dates;
  GtkLabel             *event_outlets;
  GtkListBox           *event_articles;
  GtkWidget            *selection_menu_button;
  AdwViewStack         *event_stack;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *sbs_stack;
  GtkStack             *framing_stack;
  GtkStack             *coverage_stack;
  PxCompareView        *compare_view;
  PxFramingView        *framing_view;
  PxCoverageView       *coverage_view;

  /* The shown event's comparison and framing, computed in a thread */
  PxLexicon            *lexicon;
  GHashTable           *analyses;       /* event id → PxEventAnalysis, while its signature holds */
  PxEventAnalysis      *analysis;       /* what the views show */
  GCancellable         *analysis_cancellable;
  char                 *analysis_event; /* the event being analysed or shown */
  guint                 analysis_generation;
  gboolean              analysis_running;  /* a thread is computing, maybe for an event left since */
  gboolean              restore_cursor;
  guint                 cursor_article;
  guint                 cursor_sentence;
};

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

static void px_window_regroup (PxWindow *self);
static void px_window_save_project (PxWindow *self);

enum {
  PROP_0,
  PROP_EVENT_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static gboolean
px_window_has_events (PxWindow *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->events)) > 0;
}

static void
px_window_update_actions (PxWindow *self)
{
  gboolean loading = self->cancellable != NULL;
  gboolean has_problems = (self->failures != NULL && self->failures->len > 0) ||
                          (self->skipped != NULL && self->skipped->len > 0);
  gboolean ready = !loading && px_window_has_events (self);
  gboolean article = ready && self->shown_article != NULL;
  gboolean event = ready && self->shown_event != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-loading", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-problems", has_problems && !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.select-article",
                                 !loading && g_list_model_get_n_items (G_LIST_MODEL (self->articles)) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-article", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-events", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.split-article", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-event", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-move-dialog", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-merge-dialog", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-rename-dialog", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-selected", article);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.split-selected", article);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.outlet-selected", article);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.set-outlet", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-outlet-dialog", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-selected", event);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.merge-selected", event);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", ready && self->undo_data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", ready);
}

static void
px_window_dismiss_toast (PxWindow *self)
{
  /* Forgotten, not dismissed: dismissing a toast here (closing or
   * reopening a folder) and then building an event's views crashed inside
   * libadwaita 1.2's toast overlay (an object unreferenced after it was
   * freed, in the hide animation's end; seen with MALLOC_PERTURB_ in the
   * window tests). The toast times out on its own, and its Undo is
   * disabled with the action. */
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
px_window_show_toast_full (PxWindow   *self,
                           const char *title,
                           const char *button_label,
                           const char *action_name)
{
  /* The toast on screen takes the new message: replacing or dismissing it
   * mid-animation, as quick corrections would, trips libadwaita 1.2. */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, title);
      adw_toast_set_button_label (self->toast, button_label);
      adw_toast_set_action_name (self->toast, action_name);
      return;
    }

  self->toast = adw_toast_new (title);
  adw_toast_set_timeout (self->toast, 10);
  adw_toast_set_button_label (self->toast, button_label);
  adw_toast_set_action_name (self->toast, action_name);
  g_signal_connect_object (self->toast, "dismissed",
                           G_CALLBACK (on_toast_dismissed), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->toast));
}

static void
px_window_show_toast (PxWindow   *self,
                      const char *title,
                      gboolean    with_details)
{
  px_window_show_toast_full (self, title,
                             with_details ? _("_Details") : NULL,
                             with_details ? "win.show-problems" : NULL);
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

/* Event sidebar */

static gboolean
filter_event (gpointer item,
              gpointer user_data)
{
  PxWindow *self = user_data;

  return px_event_item_matches (item, self->query);
}

static void
on_search_changed (PxWindow       *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_free (self->query);
  self->query = g_utf8_casefold (text, -1);
  gtk_filter_changed (GTK_FILTER (self->event_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_stack_set_visible_child_name (self->sidebar_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->tree)) > 0 ? "list" : "no-match");
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  if (PX_IS_EVENT_ITEM (item))
    return g_object_ref (px_event_item_get_articles (item));

  return NULL;
}

static PxEventItem *
px_window_find_event_of (PxWindow  *self,
                         PxArticle *article)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxEventItem) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

      if (px_event_item_contains (event, article, NULL))
        return event;
    }

  return NULL;
}

static PxEventItem *
px_window_find_event (PxWindow   *self,
                      const char *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxEventItem) event = g_list_model_get_item (G_LIST_MODEL (self->events), i);

      if (g_strcmp0 (px_event_item_get_id (event), id) == 0)
        return event;
    }

  return NULL;
}

/* Drag an article onto an event */

static GdkContentProvider *
on_article_drag_prepare (GtkDragSource *source,
                         double         x,
                         double         y,
                         PxArticleRow  *row)
{
  PxArticle *article = px_article_row_get_article (row);
  g_autoptr(GdkPaintable) icon = NULL;

  if (article == NULL)
    return NULL;

  icon = gtk_widget_paintable_new (GTK_WIDGET (row));
  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);

  return gdk_content_provider_new_typed (G_TYPE_STRING, px_article_get_path (article));
}

static gboolean
on_event_drop (GtkDropTarget *target,
               const GValue  *value,
               double         x,
               double         y,
               PxEventRow    *row)
{
  PxWindow *self = PX_WINDOW (gtk_widget_get_root (GTK_WIDGET (row)));
  PxEventItem *event = px_event_row_get_event (row);
  const char *path;

  if (event == NULL || !G_VALUE_HOLDS_STRING (value))
    return FALSE;

  path = g_value_get_string (value);

  return px_window_move_article (self, path, px_event_item_get_id (event));
}

/* Context menu on rows */

static GMenuModel *
px_window_build_row_menu (gpointer item)
{
  GMenu *menu = g_menu_new ();
  GMenuItem *entry;

  if (PX_IS_ARTICLE (item))
    {
      const char *path = px_article_get_path (item);

      entry = g_menu_item_new (_("_Move to Event…"), NULL);
      g_menu_item_set_action_and_target_value (entry, "win.show-move-dialog", g_variant_new_string (path));
      g_menu_append_item (menu, entry);
      g_object_unref (entry);
      entry = g_menu_item_new (_("_Split into New Event"), NULL);
      g_menu_item_set_action_and_target_value (entry, "win.split-article", g_variant_new_string (path));
      g_menu_append_item (menu, entry);
      g_object_unref (entry);
      entry = g_menu_item_new (_("Set _Outlet…"), NULL);
      g_menu_item_set_action_and_target_value (entry, "win.show-outlet-dialog", g_variant_new_string (path));
      g_menu_append_item (menu, entry);
      g_object_unref (entry);
    }
  else
    {
      const char *id = px_event_item_get_id (item);

      entry = g_menu_item_new (_("_Rename…"), NULL);
      g_menu_item_set_action_and_target_value (entry, "win.show-rename-dialog", g_variant_new_string (id));
      g_menu_append_item (menu, entry);
      g_object_unref (entry);
      entry = g_menu_item_new (_("_Merge with…"), NULL);
      g_menu_item_set_action_and_target_value (entry, "win.show-merge-dialog", g_variant_new_string (id));
      g_menu_append_item (menu, entry);
      g_object_unref (entry);
    }

  return G_MENU_MODEL (menu);
}

static void
on_row_context (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GMenuModel) menu = NULL;
  gpointer target;
  GtkWidget *popover;

  if (row == NULL)
    return;

  target = gtk_tree_list_row_get_item (row);
  menu = px_window_build_row_menu (target);
  g_object_unref (target);

  popover = gtk_popover_menu_new_from_model (menu);
  gtk_widget_set_parent (popover, widget);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_widget_set_halign (popover, GTK_ALIGN_START);
  /* Unparented once closed, so the row can be recycled cleanly. */
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_row_setup (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *press = gtk_gesture_long_press_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_row_context), item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (press), TRUE);
  g_signal_connect_swapped (press, "pressed", G_CALLBACK (on_row_context), item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (press));

  gtk_list_item_set_child (item, expander);
}

static GtkWidget *
make_article_row (void)
{
  GtkWidget *row = px_article_row_new ();
  GtkDragSource *drag = gtk_drag_source_new ();

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_article_drag_prepare), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drag));

  return row;
}

static GtkWidget *
make_event_row (void)
{
  GtkWidget *row = px_event_row_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_signal_connect (drop, "drop", G_CALLBACK (on_event_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));

  return row;
}

static void
on_row_bind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GObject) target = gtk_tree_list_row_get_item (row);
  GtkWidget *child = gtk_tree_expander_get_child (expander);

  gtk_tree_expander_set_list_row (expander, row);

  if (PX_IS_EVENT_ITEM (target))
    {
      if (!PX_IS_EVENT_ROW (child))
        {
          child = make_event_row ();
          gtk_tree_expander_set_child (expander, child);
        }
      px_event_row_set_event (PX_EVENT_ROW (child), PX_EVENT_ITEM (target));
    }
  else
    {
      if (!PX_IS_ARTICLE_ROW (child))
        {
          child = make_article_row ();
          gtk_tree_expander_set_child (expander, child);
        }
      px_article_row_set_article (PX_ARTICLE_ROW (child), PX_ARTICLE (target));
    }
}

static void
on_row_unbind (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (item));
  GtkWidget *child = gtk_tree_expander_get_child (expander);

  gtk_tree_expander_set_list_row (expander, NULL);
  if (PX_IS_EVENT_ROW (child))
    px_event_row_set_event (PX_EVENT_ROW (child), NULL);
  else if (PX_IS_ARTICLE_ROW (child))
    px_article_row_set_article (PX_ARTICLE_ROW (child), NULL);
}

/* Content: the event overview or an article */

static void
on_overview_row_activated (PxWindow      *self,
                           GtkListBoxRow *row)
{
  PxArticle *article = g_object_get_data (G_OBJECT (row), "article");

  if (article != NULL)
    px_window_select_article_item (self, article);
}

static GtkWidget *
create_overview_row (gpointer item,
                     gpointer user_data)
{
  PxArticle *article = item;
  GtkWidget *row = adw_action_row_new ();
  const char *title = px_article_get_title (article);
  const char *outlet = px_article_get_outlet (article);
  g_autofree char *date = px_labels_date (px_article_get_date (article));
  g_autofree char *subtitle = NULL;

  if (outlet != NULL && *outlet != '\0' && date != NULL)
    subtitle = g_strdup_printf ("%s · %s", outlet, date);
  else
    subtitle = g_strdup (outlet != NULL && *outlet != '\0' ? outlet : date);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 title != NULL && *title != '\0' ? title : _("Untitled article"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "article", g_object_ref (article), g_object_unref);

  return row;
}

/* Event analysis */

static void
px_window_set_analysis_busy (PxWindow *self,
                             gboolean  busy)
{
  const char *name = busy ? "busy" : "ready";

  gtk_stack_set_visible_child_name (self->sbs_stack, name);
  gtk_stack_set_visible_child_name (self->framing_stack, name);
  gtk_stack_set_visible_child_name (self->coverage_stack, name);
}

static void
px_window_show_analysis (PxWindow        *self,
                         PxEventAnalysis *analysis)
{
  /* The views keep pointers into the old analysis until they take the new
   * one, so it is released last. */
  g_autoptr(PxEventAnalysis) old = g_steal_pointer (&self->analysis);

  self->analysis = analysis != NULL ? px_event_analysis_ref (analysis) : NULL;
  px_compare_view_set_compare (self->compare_view, analysis != NULL ? analysis->compare : NULL);
  px_compare_view_set_framing (self->compare_view, analysis != NULL ? analysis->framing : NULL);
  px_coverage_view_set_compare (self->coverage_view, analysis != NULL ? analysis->compare : NULL);
  px_framing_view_set_framing (self->framing_view,
                               analysis != NULL ? analysis->compare : NULL,
                               analysis != NULL ? analysis->framing : NULL,
                               analysis != NULL ? analysis->lexicon : NULL);
  if (analysis != NULL && self->restore_cursor &&
      self->cursor_article < analysis->compare->articles->len)
    px_compare_view_show_sentence (self->compare_view, self->cursor_article, self->cursor_sentence);
  self->restore_cursor = FALSE;
  px_window_set_analysis_busy (self, FALSE);
}

static void px_window_analyse_event (PxWindow    *self,
                                     PxEventItem *event);

static void
px_window_cancel_analysis (PxWindow *self)
{
  self->analysis_generation++;
  if (self->analysis_cancellable != NULL)
    g_cancellable_cancel (self->analysis_cancellable);
  g_clear_object (&self->analysis_cancellable);
}

static void
px_window_clear_analysis (PxWindow *self)
{
  px_window_cancel_analysis (self);
  px_window_show_analysis (self, NULL);
  g_clear_pointer (&self->analysis_event, g_free);
  g_hash_table_remove_all (self->analyses);
}

static GPtrArray *
px_window_dup_links (PxWindow *self)
{
  if (self->project == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) px_project_link_free);
  return px_project_dup_links (self->project);
}

static GPtrArray *
event_articles (PxEventItem *event)
{
  GListModel *model = px_event_item_get_articles (event);
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (articles, g_list_model_get_item (model, i));
  return articles;
}

/* A closed window is not kept alive by a comparison it no longer needs. */
typedef struct {
  GWeakRef  window;
  char     *event_id;
  guint     generation;
} AnalysisRequest;

static void
analysis_request_free (AnalysisRequest *request)
{
  g_weak_ref_clear (&request->window);
  g_free (request->event_id);
  g_free (request);
}

static void
on_analysis_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  AnalysisRequest *request = user_data;
  g_autoptr(PxWindow) self = g_weak_ref_get (&request->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEventAnalysis) analysis = px_event_analysis_run_finish (result, &error);

  if (self == NULL || self->analyses == NULL)
    {
      analysis_request_free (request);
      return;
    }
  self->analysis_running = FALSE;
  /* The selection moved on while this ran: start on what shows now. */
  if (request->generation != self->analysis_generation && self->analysis_cancellable != NULL &&
      self->shown_event != NULL && self->analyses != NULL)
    {
      if (analysis != NULL)
        g_hash_table_replace (self->analyses, g_strdup (request->event_id), px_event_analysis_ref (analysis));
      g_clear_object (&self->analysis_cancellable);
      g_clear_pointer (&self->analysis_event, g_free);
      px_window_analyse_event (self, self->shown_event);
      analysis_request_free (request);
      return;
    }

  if (analysis != NULL)
    g_hash_table_replace (self->analyses, g_strdup (request->event_id), px_event_analysis_ref (analysis));
  if (analysis != NULL && request->generation == self->analysis_generation)
    {
      g_clear_object (&self->analysis_cancellable);
      px_window_show_analysis (self, analysis);
    }
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not analyse event %s: %s", request->event_id, error->message);
  analysis_request_free (request);
}

/* Shows the comparison of @event, from the cache when the event's articles
 * and corrections are those it was computed from, else computed anew in a
 * thread (the views show a spinner meanwhile). */
static void
px_window_analyse_event (PxWindow    *self,
                         PxEventItem *event)
{
  g_autoptr(GPtrArray) articles = event_articles (event);
  g_autoptr(GPtrArray) links = px_window_dup_links (self);
  g_autofree char *signature = px_event_analysis_signature (articles, links);
  const char *id = px_event_item_get_id (event);
  PxEventAnalysis *cached = g_hash_table_lookup (self->analyses, id);
  AnalysisRequest *request;


  if (self->analysis != NULL && g_strcmp0 (self->analysis_event, id) == 0 &&
      g_strcmp0 (self->analysis->signature, signature) == 0 && self->analysis_cancellable == NULL)
    return;

  px_window_cancel_analysis (self);
  self->analysis_generation++;
  g_free (self->analysis_event);
  self->analysis_event = g_strdup (id);

  if (cached != NULL && g_strcmp0 (cached->signature, signature) == 0)
    {
      px_window_show_analysis (self, cached);
      return;
    }
  g_hash_table_remove (self->analyses, id);

  px_window_set_analysis_busy (self, TRUE);
  self->analysis_cancellable = g_cancellable_new ();
  /* One thread at a time: an aligner cannot stop halfway, so runs for
   * events the user only passed over would pile up on two cores. The
   * running one starts this event's when it ends. */
  if (self->analysis_running)
    return;
  self->analysis_running = TRUE;
  request = g_new0 (AnalysisRequest, 1);
  g_weak_ref_init (&request->window, self);
  request->event_id = g_strdup (id);
  request->generation = self->analysis_generation;
  px_event_analysis_run_async (articles, links, self->lexicon, self->analysis_cancellable,
                               on_analysis_done, request);
}

static void
px_window_update_switcher_bar (PxWindow *self)
{
  gboolean event_page = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "event") == 0;

  /* The switcher gives way to the title where the header bar is too
   * narrow for it, and moves to a bar at the bottom, as in GNOME's apps. */
  if (adw_view_switcher_title_get_view_switcher_enabled (self->content_title) != event_page)
    adw_view_switcher_title_set_view_switcher_enabled (self->content_title, event_page);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    event_page && adw_view_switcher_title_get_title_visible (self->content_title));
}

static void
px_window_event_view_changed (PxWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_VIEW]);
}

static void
px_window_coverage_activated (PxWindow *self,
                              guint     article,
                              guint     sentence)
{
  adw_view_stack_set_visible_child_name (self->event_stack, "side-by-side");
  px_compare_view_show_sentence (self->compare_view, article, sentence);
}

/* A pin or an unlink from the side-by-side view: kept in the folder's
 * project with the sentences' texts, then the event compared again. */
static void
px_window_link_requested (PxWindow               *self,
                          const PxLinkConstraint *constraint)
{
  PxCompare *compare = self->analysis != NULL ? self->analysis->compare : NULL;
  PxArticle *article_a, *article_b;
  PxSentence *sentence_a, *sentence_b;
  GPtrArray *sentences_a, *sentences_b;

  if (compare == NULL || self->project == NULL || self->shown_event == NULL ||
      constraint->a.article >= compare->articles->len || constraint->b.article >= compare->articles->len)
    return;
  article_a = g_ptr_array_index (compare->articles, constraint->a.article);
  article_b = g_ptr_array_index (compare->articles, constraint->b.article);
  sentences_a = g_ptr_array_index (compare->sentences, constraint->a.article);
  sentences_b = g_ptr_array_index (compare->sentences, constraint->b.article);
  if (constraint->a.sentence >= sentences_a->len || constraint->b.sentence >= sentences_b->len)
    return;
  sentence_a = g_ptr_array_index (sentences_a, constraint->a.sentence);
  sentence_b = g_ptr_array_index (sentences_b, constraint->b.sentence);

  px_project_add_link (self->project, px_event_item_get_id (self->shown_event), constraint->kind,
                       px_article_get_path (article_a), constraint->a.sentence, sentence_a->text,
                       px_article_get_path (article_b), constraint->b.sentence, sentence_b->text);
  px_window_save_project (self);

  /* Come back to where the user was once the comparison is redone; the
   * idle lets the other emissions of one unlink arrive first. */
  self->restore_cursor = px_compare_view_get_cursor (self->compare_view, &self->cursor_article, &self->cursor_sentence);
  if (!self->restore_cursor)
    {
      self->restore_cursor = TRUE;
      self->cursor_article = constraint->a.article;
      self->cursor_sentence = constraint->a.sentence;
    }
  px_window_analyse_event (self, self->shown_event);
}

static void
px_window_load_lexicon (PxWindow *self)
{
  g_autofree char *system_dir = px_lexicon_dup_system_dir ();
  g_autofree char *user_dir = px_lexicon_dup_user_dir ();
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-lexicons");

  g_clear_pointer (&self->lexicon, px_lexicon_unref);
  self->lexicon = px_lexicon_new ();
  px_lexicon_load_dir (self->lexicon, system_dir, FALSE);
  px_lexicon_load_dir (self->lexicon, user_dir, TRUE);
  for (guint i = 0; disabled[i] != NULL; i++)
    px_lexicon_set_enabled (self->lexicon, disabled[i], FALSE);
}

/* Turning a lexicon on or off changes every event's framing. */
static void
on_lexicons_changed (PxWindow *self)
{
  px_window_load_lexicon (self);
  px_window_cancel_analysis (self);
  g_hash_table_remove_all (self->analyses);
  /* The views keep showing the old analysis until the new one is ready. */
  g_clear_pointer (&self->analysis_event, g_free);
  if (self->shown_event != NULL)
    px_window_analyse_event (self, self->shown_event);
  else
    px_window_show_analysis (self, NULL);
}

static void
px_window_show_event_overview (PxWindow    *self,
                               PxEventItem *event)
{
  g_autofree char *dates = px_event_item_dup_dates (event);
  g_autofree char *outlets = px_event_item_dup_outlets (event);
  guint n = px_event_item_get_n_articles (event);
  g_autofree char *count = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
  g_autofree char *line = dates != NULL ? g_strdup_printf ("%s · %s", dates, count) : g_strdup (count);

  gtk_label_set_text (self->event_title, px_event_item_get_label (event));
  gtk_label_set_text (self->event_dates, line);
  gtk_label_set_text (self->event_outlets, outlets != NULL ? outlets : "");
  gtk_widget_set_visible (GTK_WIDGET (self->event_outlets), outlets != NULL);
  gtk_list_box_bind_model (self->event_articles, px_event_item_get_articles (event),
                           create_overview_row, NULL, NULL);

  adw_view_switcher_title_set_title (self->content_title, px_event_item_get_label (event));
  adw_view_switcher_title_set_subtitle (self->content_title, count);
  gtk_stack_set_visible_child_name (self->content_stack, "event");
  px_window_update_switcher_bar (self);
  px_window_analyse_event (self, event);
}

static void
px_window_show_article (PxWindow  *self,
                        PxArticle *article)
{
  g_autofree char *file_name = g_filename_display_basename (px_article_get_path (article));
  const char *outlet = px_article_get_outlet (article);

  px_reading_view_set_article (self->reading_view, article);
  if (outlet == NULL || *outlet == '\0')
    outlet = file_name;

  adw_view_switcher_title_set_title (self->content_title, outlet);
  adw_view_switcher_title_set_subtitle (self->content_title, g_strcmp0 (file_name, outlet) != 0 ? file_name : "");
  gtk_stack_set_visible_child_name (self->content_stack, "article");
  px_window_update_switcher_bar (self);
}

static void
on_event_changed (PxWindow    *self,
                  PxEventItem *event)
{
  if (self->shown_event == event)
    px_window_show_event_overview (self, event);
}

static void
px_window_set_shown (PxWindow    *self,
                     PxArticle   *article,
                     PxEventItem *event)
{
  if (self->shown_event != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_event, on_event_changed, self);
  g_set_object (&self->shown_article, article);
  g_set_object (&self->shown_event, event);

  if (event != NULL)
    {
      g_signal_connect_swapped (event, "changed", G_CALLBACK (on_event_changed), self);
      px_window_show_event_overview (self, event);
      px_reading_view_set_article (self->reading_view, NULL);
    }
  else if (article != NULL)
    px_window_show_article (self, article);
  else
    {
      px_reading_view_set_article (self->reading_view, NULL);
      adw_view_switcher_title_set_title (self->content_title, "");
      adw_view_switcher_title_set_subtitle (self->content_title, "");
      gtk_stack_set_visible_child_name (self->content_stack, "nothing");
      px_window_update_switcher_bar (self);
    }

  px_window_update_actions (self);
}

static void
on_selected_item_changed (PxWindow           *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (PX_IS_EVENT_ITEM (item))
    px_window_set_shown (self, NULL, PX_EVENT_ITEM (item));
  else if (PX_IS_ARTICLE (item))
    px_window_set_shown (self, PX_ARTICLE (item), NULL);
  else
    px_window_set_shown (self, NULL, NULL);
}

static void
on_row_activated (PxWindow    *self,
                  guint        position,
                  GtkListView *list_view)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  gtk_single_selection_set_selected (self->selection, position);
  /* Enter on an event shows or hides its articles, as in a file tree. */
  if (PX_IS_EVENT_ITEM (item))
    {
      gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
      return;
    }
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  if (self->shown_article != NULL)
    gtk_widget_grab_focus (px_reading_view_get_text_view (self->reading_view));
}

/* Position of @item's row in the sidebar, expanding its event if needed. */
static gboolean
px_window_find_row (PxWindow *self,
                    gpointer  item,
                    guint    *position)
{
  PxEventItem *event = PX_IS_EVENT_ITEM (item) ? item : px_window_find_event_of (self, item);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  if (event == NULL)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      GtkTreeListRow *row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == (GObject *) event)
        {
          guint in_event;

          if (item == (gpointer) event)
            {
              *position = i;
              g_object_unref (row);
              return TRUE;
            }
          gtk_tree_list_row_set_expanded (row, TRUE);
          g_object_unref (row);
          if (!px_event_item_contains (event, item, &in_event))
            return FALSE;
          *position = i + 1 + in_event;
          return TRUE;
        }
      g_object_unref (row);
    }

  return FALSE;
}

static gboolean
px_window_select_row_of (PxWindow *self,
                         gpointer  item)
{
  guint position;

  if (!px_window_find_row (self, item, &position))
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->article_list), "list.scroll-to-item", "u", position);

  return TRUE;
}

/**
 * px_window_select_article_item:
 *
 * Selects @article in the sidebar, expanding its event, and shows it.
 */
gboolean
px_window_select_article_item (PxWindow  *self,
                               PxArticle *article)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  /* A search that hides the article is cleared rather than leaving the
   * selection invisible. */
  if (self->query != NULL && *self->query != '\0')
    {
      PxEventItem *event = px_window_find_event_of (self, article);

      if (event != NULL && !px_event_item_matches (event, self->query))
        gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
    }

  return px_window_select_row_of (self, article);
}

gboolean
px_window_select_event (PxWindow   *self,
                        const char *event_id)
{
  PxEventItem *event;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  event = px_window_find_event (self, event_id);

  return event != NULL && px_window_select_row_of (self, event);
}

gboolean
px_window_set_event_expanded (PxWindow   *self,
                              const char *event_id,
                              gboolean    expanded)
{
  PxEventItem *event;
  guint n;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  event = px_window_find_event (self, event_id);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; event != NULL && i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (item == (GObject *) event)
        {
          gtk_tree_list_row_set_expanded (row, expanded);
          return TRUE;
        }
    }

  return FALSE;
}

/* Grouping */

static int
compare_events_newest_first (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  PxEventItem *x = *(PxEventItem **) a, *y = *(PxEventItem **) b;
  int by_date = g_strcmp0 (px_event_item_get_sort_date (y), px_event_item_get_sort_date (x));

  if (by_date != 0)
    return by_date;

  return g_utf8_collate (px_event_item_get_label (x), px_event_item_get_label (y));
}

static void
px_window_set_spinning (PxWindow *self,
                        gboolean  spinning)
{
  gtk_spinner_set_spinning (self->group_spinner, spinning);
  gtk_widget_set_visible (GTK_WIDGET (self->group_spinner), spinning);
}

/* Replaces the listed events, keeping what was selected and expanded. */
static void
px_window_set_events (PxWindow  *self,
                      GPtrArray *events)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PxArticle) article = self->shown_article != NULL ? g_object_ref (self->shown_article) : NULL;
  g_autofree char *event_id = self->shown_event != NULL ? g_strdup (px_event_item_get_id (self->shown_event)) : NULL;
  g_autofree char *first_path = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PX_IS_EVENT_ITEM (item) && gtk_tree_list_row_get_expanded (row))
        g_hash_table_add (expanded, g_strdup (px_event_item_get_id (PX_EVENT_ITEM (item))));
    }
  /* An event that got a new id keeps its place through its first article. */
  if (self->shown_event != NULL && px_event_item_get_n_articles (self->shown_event) > 0)
    {
      g_autoptr(PxArticle) first = g_list_model_get_item (px_event_item_get_articles (self->shown_event), 0);

      first_path = g_strdup (px_article_get_path (first));
    }

  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (items, px_event_item_new (events->pdata[i], self->articles_by_path));
  g_ptr_array_sort_with_data (items, compare_events_newest_first, NULL);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_list_store_splice (self->events, 0, g_list_model_get_n_items (G_LIST_MODEL (self->events)),
                       items->pdata, items->len);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (PX_IS_EVENT_ITEM (item) &&
          g_hash_table_contains (expanded, px_event_item_get_id (PX_EVENT_ITEM (item))))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }

  if (article != NULL && px_window_select_row_of (self, article))
    return;
  if (event_id != NULL && px_window_select_event (self, event_id))
    return;
  if (first_path != NULL)
    {
      PxArticle *first = g_hash_table_lookup (self->articles_by_path, first_path);
      PxEventItem *event = first != NULL ? px_window_find_event_of (self, first) : NULL;

      if (event != NULL && px_window_select_row_of (self, event))
        return;
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

static double
px_window_get_granularity (PxWindow *self)
{
  return g_settings_get_double (self->settings, "event-granularity");
}

typedef struct {
  GWeakRef window;
  guint    generation;
} PxGroupRequest;

static PxGroupRequest *
px_group_request_new (PxWindow *self)
{
  PxGroupRequest *request = g_new0 (PxGroupRequest, 1);

  g_weak_ref_init (&request->window, self);
  request->generation = self->group_generation;

  return request;
}

static void
px_group_request_free (PxGroupRequest *request)
{
  g_weak_ref_clear (&request->window);
  g_free (request);
}

static void
on_regroup_finished (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  PxGroupRequest *request = user_data;
  g_autoptr(PxWindow) self = g_weak_ref_get (&request->window);
  g_autoptr(PxEventsResult) grouped = px_events_group_finish (result, NULL);
  guint generation = request->generation;

  px_group_request_free (request);

  if (self == NULL || generation != self->group_generation)
    return;

  g_clear_object (&self->group_cancellable);
  px_window_set_spinning (self, FALSE);
  if (grouped == NULL)
    return;

  self->grouper = g_steal_pointer (&grouped->grouper);
  px_window_set_events (self, grouped->events);
  px_window_update_actions (self);

  if (self->regroup_pending)
    {
      self->regroup_pending = FALSE;
      px_window_regroup (self);
    }
}

/* Groups the folder's articles again in the background, with the current
 * granularity and corrections; the list stays usable meanwhile. */
static void
px_window_regroup (PxWindow *self)
{
  if (self->project == NULL || self->cancellable != NULL)
    return;
  if (self->grouper == NULL)
    {
      self->regroup_pending = self->group_cancellable != NULL;
      return;
    }

  self->group_cancellable = g_cancellable_new ();
  px_window_set_spinning (self, TRUE);
  px_events_group_async (g_steal_pointer (&self->grouper), NULL,
                         px_window_get_granularity (self),
                         px_project_dup_constraints (self->project),
                         self->group_cancellable,
                         NULL, NULL, NULL,
                         on_regroup_finished,
                         px_group_request_new (self));
}

static void
px_window_stop_grouping (PxWindow *self)
{
  if (self->group_cancellable != NULL)
    g_cancellable_cancel (self->group_cancellable);
  g_clear_object (&self->group_cancellable);
  self->group_generation++;
  self->regroup_pending = FALSE;
  g_clear_handle_id (&self->regroup_source, g_source_remove);
  g_clear_pointer (&self->grouper, px_event_grouper_free);
  px_window_set_spinning (self, FALSE);
}

static gboolean
regroup_after_setting (gpointer user_data)
{
  PxWindow *self = user_data;

  self->regroup_source = 0;
  px_window_regroup (self);

  return G_SOURCE_REMOVE;
}

/* A slider sends many changes while it is dragged; only the last counts. */
static void
on_granularity_changed (PxWindow *self)
{
  g_clear_handle_id (&self->regroup_source, g_source_remove);
  self->regroup_source = g_timeout_add (250, regroup_after_setting, self);
}

/* Project */

static void
px_window_save_project (PxWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->project == NULL || !self->project_saved)
    return;

  if (!px_project_save (self->project, &error))
    {
      g_autofree char *title = g_strdup_printf (_("Corrections could not be saved: %s"), error->message);

      px_window_show_toast (self, title, FALSE);
    }
}

/* The project of a single opened folder is kept on disk; files picked one
 * by one get corrections for this session only. */
static void
px_window_load_project (PxWindow *self)
{
  g_autoptr(GError) error = NULL;
  const char *first = self->loading_paths[0];

  g_clear_object (&self->project);
  g_clear_pointer (&self->project_problem, g_free);
  g_clear_pointer (&self->undo_data, g_free);

  if (self->loading_paths[1] == NULL && g_file_test (first, G_FILE_TEST_IS_DIR))
    {
      self->project = px_project_load (first, &error);
      self->project_saved = TRUE;
      if (error != NULL)
        self->project_problem = g_strdup (error->message);
    }
  else
    {
      g_autofree char *folder = g_path_get_dirname (first);

      self->project = px_project_new (folder);
      self->project_saved = FALSE;
    }
}

/* Rows and views showing @article catch up with its corrected fields. */
static void
px_window_article_changed (PxWindow  *self,
                           PxArticle *article)
{
  PxEventItem *event = px_window_find_event_of (self, article);

  if (event != NULL)
    px_event_item_article_changed (event, article);
  if (self->shown_article == article)
    {
      px_reading_view_update_byline (self->reading_view);
      px_window_show_article (self, article);
    }
}

/* Outlets the user set win over what the files say; an article whose
 * override was taken back (by undo, say) gets the found one again. */
static void
px_window_apply_outlets (PxWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxArticle) article = g_list_model_get_item (G_LIST_MODEL (self->articles), i);
      const char *outlet = px_project_get_outlet (self->project, px_article_get_path (article));
      g_autofree char *before = g_strdup (px_article_get_outlet (article));

      if (outlet != NULL)
        px_article_set_outlet (article, outlet, PX_SOURCE_USER);
      else
        px_article_reset_outlet (article);

      if (g_strcmp0 (before, px_article_get_outlet (article)) != 0)
        px_window_article_changed (self, article);
    }
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

static void
on_group_progress (guint    done,
                   guint    total,
                   gpointer user_data)
{
  g_autoptr(PxWindow) self = px_load_request_dup_window (user_data);
  g_autofree char *text = NULL;

  if (self == NULL)
    return;

  if (total == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      adw_status_page_set_description (self->loading_page, _("Finding articles that report the same event…"));
      return;
    }

  gtk_progress_bar_set_fraction (self->progress_bar, (double) done / total);
  /* Translators: progress of reading what each article is about */
  text = g_strdup_printf (ngettext ("%u of %u article", "%u of %u articles", total), done, total);
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
px_window_clear_folder (PxWindow *self)
{
  px_window_stop_grouping (self);
  px_window_set_shown (self, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_list_store_remove_all (self->events);
  g_list_store_remove_all (self->articles);
  g_hash_table_remove_all (self->articles_by_path);
  g_clear_object (&self->project);
  g_clear_pointer (&self->undo_data, g_free);
  g_clear_pointer (&self->project_problem, g_free);
  px_window_clear_analysis (self);
}

static void
px_window_show_result (PxWindow     *self,
                       PxLoadResult *loaded,
                       GPtrArray    *events)
{
  g_autofree char *folder_title = px_window_dup_folder_title (self);
  g_autofree char *subtitle = NULL;
  guint n_articles = loaded->articles->len;
  guint n_failures = loaded->failures->len;
  guint n_events = events != NULL ? events->len : 0;

  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  self->failures = g_ptr_array_ref (loaded->failures);
  self->skipped = g_ptr_array_ref (loaded->skipped);

  for (guint i = 0; self->loading_paths[i] != NULL; i++)
    if (g_file_test (self->loading_paths[i], G_FILE_TEST_IS_DIR))
      px_window_remember_folder (self, self->loading_paths[i]);

  {
    g_autofree char *events_text = g_strdup_printf (ngettext ("%u event", "%u events", n_events), n_events);
    g_autofree char *articles_text = g_strdup_printf (ngettext ("%u article", "%u articles", n_articles), n_articles);

    /* Translators: the sidebar's subtitle, e.g. "3 events, 5 articles" */
    subtitle = g_strdup_printf (C_("events and articles", "%s, %s"), events_text, articles_text);
  }
  adw_window_title_set_title (self->sidebar_title, folder_title);
  adw_window_title_set_subtitle (self->sidebar_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), folder_title);

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
      px_window_update_actions (self);
      return;
    }

  px_window_set_page (self, "articles");
  gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar_box);
  px_window_set_events (self, events);
  px_window_update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->article_list));

  if (self->project_problem != NULL)
    px_window_show_toast (self, self->project_problem, FALSE);
  else if (n_failures > 0)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u file could not be read",
                                                          "%u files could not be read",
                                                          n_failures),
                                                n_failures);
      px_window_show_toast (self, title, TRUE);
    }
}

static void
px_window_load_failed (PxWindow *self,
                       GError   *error)
{
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->loaded, px_load_result_free);
  px_window_set_page (self, self->page_before_loading);
  px_window_update_actions (self);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    px_window_show_toast (self, error->message, FALSE);
}

static void
on_group_finished (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PxLoadRequest *request = user_data;
  g_autoptr(PxWindow) self = px_load_request_dup_window (request);
  g_autoptr(PxEventsResult) grouped = NULL;
  g_autoptr(PxLoadResult) loaded = NULL;
  g_autoptr(GError) error = NULL;

  px_load_request_free (request);
  grouped = px_events_group_finish (result, &error);

  if (self == NULL)
    return;

  if (grouped == NULL)
    {
      px_window_load_failed (self, error);
      return;
    }

  g_clear_object (&self->cancellable);
  loaded = g_steal_pointer (&self->loaded);
  self->grouper = g_steal_pointer (&grouped->grouper);
  px_window_show_result (self, loaded, grouped->events);
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

  if (loaded == NULL)
    {
      px_window_load_failed (self, error);
      return;
    }

  /* What was shown before goes now: the new folder replaces it. */
  px_window_clear_folder (self);
  g_list_store_splice (self->articles, 0, 0, loaded->articles->pdata, loaded->articles->len);
  for (guint i = 0; i < loaded->articles->len; i++)
    g_hash_table_insert (self->articles_by_path,
                         g_strdup (px_article_get_path (loaded->articles->pdata[i])),
                         g_object_ref (loaded->articles->pdata[i]));

  px_window_load_project (self);
  px_window_apply_outlets (self);

  if (loaded->articles->len == 0)
    {
      g_clear_object (&self->cancellable);
      px_window_show_result (self, loaded, NULL);
      return;
    }

  /* Same page, second step: what each article is about, then the events. */
  self->loaded = g_steal_pointer (&loaded);
  adw_status_page_set_title (self->loading_page, _("Grouping Articles…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  px_events_group_async (NULL, self->loaded->articles,
                         px_window_get_granularity (self),
                         px_project_dup_constraints (self->project),
                         self->cancellable,
                         on_group_progress,
                         px_load_request_new (self),
                         (GDestroyNotify) px_load_request_free,
                         on_group_finished,
                         px_load_request_new (self));
}

/**
 * px_window_open_paths:
 * @self: a #PxWindow
 * @paths: folders and files to read, relative to the current directory or absolute
 *
 * Reads @paths in the background, showing progress, then groups the
 * articles found into events and lists them. A load already running is
 * cancelled.
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
  g_clear_pointer (&self->loaded, px_load_result_free);
  g_clear_pointer (&self->loading_paths, g_strfreev);
  self->loading_paths = g_strv_builder_end (builder);
  self->cancellable = g_cancellable_new ();
  self->generation++;

  px_window_dismiss_toast (self);
  if (self->problems_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->problems_window));
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);

  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  adw_status_page_set_title (self->loading_page, _("Reading Articles…"));
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
  g_clear_pointer (&self->loaded, px_load_result_free);
  self->generation++;

  /* Once reading is done the old folder is gone, so cancelling the
   * grouping cannot go back to it. */
  if (g_strcmp0 (self->page_before_loading, "articles") == 0 && !px_window_has_events (self))
    px_window_set_page (self, "start");
  else
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
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  px_window_clear_folder (self);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  gtk_window_set_title (GTK_WINDOW (self), "Parallax");
  px_window_update_actions (self);
}

/**
 * px_window_select_article:
 * @index: position in px_window_get_articles()
 */
gboolean
px_window_select_article (PxWindow *self,
                          guint     index)
{
  g_autoptr(PxArticle) article = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  if (index >= g_list_model_get_n_items (G_LIST_MODEL (self->articles)))
    return FALSE;

  article = g_list_model_get_item (G_LIST_MODEL (self->articles), index);

  return px_window_select_article_item (self, article);
}

/* Corrections
 *
 * Each correction pins every article of the events it touches to an id the
 * project keeps, so the next grouping, at any granularity, brings those
 * events back exactly as the user left them; articles nobody corrected
 * stay free to regroup. The list changes at once; a regrouping in the
 * background then refreshes labels and dates. */

static void
px_window_adopt_event (PxWindow    *self,
                       PxEventItem *event)
{
  const char *id = px_event_item_get_id (event);
  GListModel *articles = px_event_item_get_articles (event);
  guint n = g_list_model_get_n_items (articles);
  g_autofree char *new_id = NULL;

  if (!px_project_has_event (self->project, id))
    {
      new_id = px_project_new_event_id (self->project);
      px_event_item_set_id (event, new_id);
      id = new_id;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxArticle) article = g_list_model_get_item (articles, i);

      px_project_pin (self->project, px_article_get_path (article), id);
    }
}

static void
px_window_begin_correction (PxWindow *self)
{
  g_free (self->undo_data);
  self->undo_data = px_project_to_data (self->project);
}

static void
px_window_end_correction (PxWindow   *self,
                          const char *toast_title)
{
  px_window_save_project (self);
  px_window_show_toast_full (self, toast_title, _("_Undo"), "win.undo");
  px_window_update_actions (self);
  px_window_regroup (self);
}

static void
px_window_remove_event_if_empty (PxWindow    *self,
                                 PxEventItem *event)
{
  guint position;

  if (px_event_item_get_n_articles (event) > 0)
    return;
  if (self->shown_event == event)
    px_window_set_shown (self, NULL, NULL);
  if (g_list_store_find (self->events, event, &position))
    g_list_store_remove (self->events, position);
}

/**
 * px_window_move_article:
 * @path: an article's path
 * @event_id: the event it belongs to
 *
 * Returns: whether the article moved
 */
gboolean
px_window_move_article (PxWindow   *self,
                        const char *path,
                        const char *event_id)
{
  PxArticle *article;
  PxEventItem *source, *target;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  article = path != NULL ? g_hash_table_lookup (self->articles_by_path, path) : NULL;
  target = px_window_find_event (self, event_id);
  source = article != NULL ? px_window_find_event_of (self, article) : NULL;
  if (source == NULL || target == NULL || source == target || self->project == NULL)
    return FALSE;

  g_object_ref (source);
  px_window_begin_correction (self);
  px_window_adopt_event (self, target);
  if (px_event_item_get_n_articles (source) > 1)
    px_window_adopt_event (self, source);
  px_project_pin (self->project, path, px_event_item_get_id (target));

  g_object_ref (article);
  px_event_item_remove_article (source, article);
  px_event_item_add_article (target, article);
  px_window_remove_event_if_empty (self, source);
  if (self->shown_article == article)
    px_window_select_row_of (self, article);
  g_object_unref (article);
  g_object_unref (source);

  /* Translators: a toast after moving an article; %s is the event */
  title = g_strdup_printf (_("Moved to “%s”"), px_event_item_get_label (target));
  px_window_end_correction (self, title);

  return TRUE;
}

/**
 * px_window_merge_events:
 * @source_id: the event that goes
 * @target_id: the event that takes its articles
 */
gboolean
px_window_merge_events (PxWindow   *self,
                        const char *source_id,
                        const char *target_id)
{
  PxEventItem *source, *target;
  g_autoptr(GPtrArray) moved = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  GListModel *articles;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  source = px_window_find_event (self, source_id);
  target = px_window_find_event (self, target_id);
  if (source == NULL || target == NULL || source == target || self->project == NULL)
    return FALSE;

  px_window_begin_correction (self);
  px_window_adopt_event (self, target);

  articles = px_event_item_get_articles (source);
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    g_ptr_array_add (moved, g_list_model_get_item (articles, i));
  for (guint i = 0; i < moved->len; i++)
    {
      px_project_pin (self->project, px_article_get_path (moved->pdata[i]), px_event_item_get_id (target));
      px_event_item_add_article (target, moved->pdata[i]);
    }
  /* The merged event's own name, if it had one, goes with it. */
  px_project_set_label (self->project, px_event_item_get_id (source), NULL);

  g_object_ref (source);
  for (guint i = 0; i < moved->len; i++)
    px_event_item_remove_article (source, moved->pdata[i]);
  px_window_remove_event_if_empty (self, source);
  g_object_unref (source);
  if (self->shown_event == NULL && self->shown_article == NULL)
    px_window_select_row_of (self, target);

  /* Translators: a toast after merging two events; %s is the event kept */
  title = g_strdup_printf (_("Merged into “%s”"), px_event_item_get_label (target));
  px_window_end_correction (self, title);

  return TRUE;
}

/**
 * px_window_split_article:
 * @path: an article's path
 *
 * Takes the article out of its event into a new event of its own.
 */
gboolean
px_window_split_article (PxWindow   *self,
                         const char *path)
{
  PxArticle *article;
  PxEventItem *source;
  g_autoptr(PxEventItem) split = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  PxEvent event = { 0 };

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  article = path != NULL ? g_hash_table_lookup (self->articles_by_path, path) : NULL;
  source = article != NULL ? px_window_find_event_of (self, article) : NULL;
  if (source == NULL || px_event_item_get_n_articles (source) < 2 || self->project == NULL)
    return FALSE;

  px_window_begin_correction (self);
  px_window_adopt_event (self, source);
  id = px_project_new_event_id (self->project);
  px_project_pin (self->project, path, id);

  /* Until the regrouping names it, the new event goes by its headline. */
  g_ptr_array_add (paths, (gpointer) px_article_get_path (article));
  event.id = id;
  event.label = (char *) px_article_get_title (article);
  event.articles = paths;
  split = px_event_item_new (&event, self->articles_by_path);

  g_object_ref (article);
  px_event_item_remove_article (source, article);
  g_list_store_insert (self->events, 0, split);
  if (self->shown_article == article)
    px_window_select_row_of (self, article);
  g_object_unref (article);

  px_window_end_correction (self, _("Split into a new event"));

  return TRUE;
}

/**
 * px_window_rename_event:
 * @label: the new name; empty goes back to the automatic label
 */
gboolean
px_window_rename_event (PxWindow   *self,
                        const char *event_id,
                        const char *label)
{
  PxEventItem *event;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  event = px_window_find_event (self, event_id);
  if (event == NULL || label == NULL || self->project == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (label));
  if (g_strcmp0 (stripped, px_event_item_get_label (event)) == 0)
    return FALSE;

  px_window_begin_correction (self);
  px_window_adopt_event (self, event);
  px_project_set_label (self->project, px_event_item_get_id (event), stripped);
  if (*stripped != '\0')
    px_event_item_set_label (event, stripped);

  px_window_end_correction (self, _("Event renamed"));

  return TRUE;
}

/**
 * px_window_set_outlet:
 * @path: an article's path
 * @outlet: the outlet that published it; empty goes back to the one the
 *   file names
 * @same_outlet: also for every other article shown with the same outlet
 *
 * Every outlet Parallax finds is a guess; the user's word is kept with the
 * folder's corrections and wins on every load.
 *
 * Returns: whether any article changed
 */
gboolean
px_window_set_outlet (PxWindow   *self,
                      const char *path,
                      const char *outlet,
                      gboolean    same_outlet)
{
  PxArticle *article;
  g_autofree char *stripped = NULL;
  g_autofree char *before = NULL;
  gboolean reset;
  guint n;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  article = path != NULL ? g_hash_table_lookup (self->articles_by_path, path) : NULL;
  if (article == NULL || outlet == NULL || self->project == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (outlet));
  reset = *stripped == '\0';
  before = g_strdup (px_article_get_outlet (article));
  if (reset ? px_article_get_outlet_source (article) != PX_SOURCE_USER
            : g_strcmp0 (stripped, before) == 0)
    return FALSE;

  px_window_begin_correction (self);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PxArticle) other = g_list_model_get_item (G_LIST_MODEL (self->articles), i);

      if (other == article ||
          (same_outlet && before != NULL && g_strcmp0 (px_article_get_outlet (other), before) == 0))
        px_project_set_outlet (self->project, px_article_get_path (other), reset ? NULL : stripped);
    }
  px_window_apply_outlets (self);

  px_window_end_correction (self, reset ? _("Outlet reset to the one found") : _("Outlet changed"));

  return TRUE;
}

/**
 * px_window_undo:
 *
 * Takes back the last correction.
 */
gboolean
px_window_undo (PxWindow *self)
{
  g_autofree char *data = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  if (self->undo_data == NULL || self->project == NULL)
    return FALSE;

  data = g_steal_pointer (&self->undo_data);
  if (!px_project_set_data (self->project, data, NULL))
    return FALSE;

  px_window_apply_outlets (self);
  px_window_dismiss_toast (self);
  px_window_save_project (self);
  px_window_update_actions (self);
  px_window_regroup (self);

  return TRUE;
}

/* Dialogs for corrections */

static void
px_window_set_dialog (PxWindow  *self,
                      GtkWindow *dialog)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  self->dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->dialog);
  gtk_window_present (dialog);
}

static void
on_move_chosen (PxEventChooser *chooser,
                PxEventItem    *event,
                PxWindow       *self)
{
  const char *path = g_object_get_data (G_OBJECT (chooser), "path");

  px_window_move_article (self, path, px_event_item_get_id (event));
}

static void
px_window_show_move_dialog (PxWindow   *self,
                            const char *path)
{
  PxArticle *article = g_hash_table_lookup (self->articles_by_path, path);
  PxEventChooser *chooser;
  const char *title;

  if (article == NULL)
    return;

  title = px_article_get_title (article);
  chooser = px_event_chooser_new (GTK_WINDOW (self), _("Move to Event"),
                                  title != NULL ? title : NULL,
                                  G_LIST_MODEL (self->events),
                                  px_window_find_event_of (self, article));
  g_object_set_data_full (G_OBJECT (chooser), "path", g_strdup (path), g_free);
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_move_chosen), self, 0);
  px_window_set_dialog (self, GTK_WINDOW (chooser));
}

static void
on_merge_chosen (PxEventChooser *chooser,
                 PxEventItem    *event,
                 PxWindow       *self)
{
  const char *source_id = g_object_get_data (G_OBJECT (chooser), "event-id");

  px_window_merge_events (self, source_id, px_event_item_get_id (event));
}

static void
px_window_show_merge_dialog (PxWindow   *self,
                             const char *event_id)
{
  PxEventItem *event = px_window_find_event (self, event_id);
  PxEventChooser *chooser;

  if (event == NULL)
    return;

  chooser = px_event_chooser_new (GTK_WINDOW (self), _("Merge with Event"),
                                  px_event_item_get_label (event),
                                  G_LIST_MODEL (self->events), event);
  g_object_set_data_full (G_OBJECT (chooser), "event-id", g_strdup (event_id), g_free);
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_merge_chosen), self, 0);
  px_window_set_dialog (self, GTK_WINDOW (chooser));
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    PxWindow         *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  const char *event_id = g_object_get_data (G_OBJECT (dialog), "event-id");

  if (g_strcmp0 (response, "rename") == 0)
    px_window_rename_event (self, event_id, gtk_editable_get_text (entry));
}

static void
on_rename_entry_changed (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", *text != '\0');
}

static void
px_window_show_rename_dialog (PxWindow   *self,
                              const char *event_id)
{
  PxEventItem *event = px_window_find_event (self, event_id);
  GtkWidget *dialog;
  GtkWidget *entry;

  if (event == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Event"),
                                   _("The name is kept when the folder is grouped again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), px_event_item_get_label (event));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Event name"),
                                  -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_rename_entry_changed), dialog, 0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  g_object_set_data_full (G_OBJECT (dialog), "event-id", g_strdup (event_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_response), self, 0);
  px_window_set_dialog (self, GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_outlet_response (AdwMessageDialog *dialog,
                    const char       *response,
                    PxWindow         *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  GtkCheckButton *same = g_object_get_data (G_OBJECT (dialog), "same-outlet");
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  gboolean same_outlet = gtk_widget_get_visible (GTK_WIDGET (same)) && gtk_check_button_get_active (same);

  if (g_strcmp0 (response, "set") == 0)
    px_window_set_outlet (self, path, gtk_editable_get_text (entry), same_outlet);
  else if (g_strcmp0 (response, "reset") == 0)
    px_window_set_outlet (self, path, "", same_outlet);
}

static void
on_outlet_entry_changed (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  const char *current = g_object_get_data (G_OBJECT (dialog), "current");

  adw_message_dialog_set_response_enabled (dialog, "set", *text != '\0' && g_strcmp0 (text, current) != 0);
}

/* Says where Parallax found the outlet, so the user knows what a guess
 * rests on before correcting it. */
static char *
px_window_describe_outlet (PxArticle *article)
{
  PxValueSource source = PX_SOURCE_NONE;
  const char *found = px_article_get_found_outlet (article, &source);
  const char *where;

  if (found == NULL)
    return g_strdup (_("Parallax could not tell which outlet published this article. Type its name as it should appear."));

  switch (source)
    {
    case PX_SOURCE_METADATA:
      /* Translators: completes "Parallax found “%s” …" */
      where = _("in the page’s metadata");
      break;
    case PX_SOURCE_TEXT:
      where = _("in the article’s text");
      break;
    case PX_SOURCE_URL:
      where = _("in the article’s web address");
      break;
    case PX_SOURCE_FOLDER:
      where = _("in the name of its folder");
      break;
    case PX_SOURCE_NONE:
    case PX_SOURCE_USER:
    default:
      where = _("in the file");
      break;
    }

  if (px_article_get_outlet_source (article) == PX_SOURCE_USER)
    /* Translators: the first %s is an outlet's name, the second says where it was found */
    return g_strdup_printf (_("You named this outlet. Parallax found “%s” %s."), found, where);

  /* Translators: the first %s is an outlet's name, the second says where it was found */
  return g_strdup_printf (_("Parallax found “%s” %s. Type the outlet’s name as it should appear."), found, where);
}

static void
px_window_show_outlet_dialog (PxWindow   *self,
                              const char *path)
{
  PxArticle *article = path != NULL ? g_hash_table_lookup (self->articles_by_path, path) : NULL;
  const char *current;
  g_autofree char *body = NULL;
  GtkWidget *dialog, *box, *entry, *same;
  guint n, n_same = 0;

  if (article == NULL || self->project == NULL)
    return;

  current = px_article_get_outlet (article);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  for (guint i = 0; current != NULL && i < n; i++)
    {
      g_autoptr(PxArticle) other = g_list_model_get_item (G_LIST_MODEL (self->articles), i);

      if (other != article && g_strcmp0 (px_article_get_outlet (other), current) == 0)
        n_same++;
    }

  body = px_window_describe_outlet (article);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Set Outlet"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), NULL);
  if (px_article_get_outlet_source (article) == PX_SOURCE_USER)
    adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "reset", _("_Use Found Name"), NULL);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "set", _("_Set"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "set", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "set");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), current != NULL ? current : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Outlet name"),
                                  -1);
  gtk_box_append (GTK_BOX (box), entry);

  {
    g_autofree char *label = NULL;

    if (n_same == 1)
      /* Translators: %s is an outlet's name as Parallax shows it now */
      label = g_strdup_printf (_("Also for the other article from “%s”"), current);
    else
      /* Translators: %u is a number of articles, %s an outlet's name as Parallax shows it now */
      label = g_strdup_printf (ngettext ("Also for the other %u article from “%s”",
                                         "Also for the other %u articles from “%s”",
                                         n_same),
                               n_same, current != NULL ? current : "");
    same = gtk_check_button_new_with_label (label);
  }
  gtk_check_button_set_active (GTK_CHECK_BUTTON (same), TRUE);
  gtk_widget_set_visible (same, n_same > 0);
  gtk_box_append (GTK_BOX (box), same);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "current", g_strdup (current), g_free);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "same-outlet", same);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_outlet_entry_changed), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_outlet_response), self, 0);
  px_window_set_dialog (self, GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
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
px_window_action_back (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK))
    gtk_widget_grab_focus (GTK_WIDGET (self->article_list));
}

static void
px_window_action_move_article (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  const char *path, *event_id;

  g_variant_get (param, "(&s&s)", &path, &event_id);
  px_window_move_article (PX_WINDOW (widget), path, event_id);
}

static void
px_window_action_merge_events (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  const char *source, *target;

  g_variant_get (param, "(&s&s)", &source, &target);
  px_window_merge_events (PX_WINDOW (widget), source, target);
}

static void
px_window_action_split_article (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  px_window_split_article (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
px_window_action_rename_event (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  const char *event_id, *label;

  g_variant_get (param, "(&s&s)", &event_id, &label);
  px_window_rename_event (PX_WINDOW (widget), event_id, label);
}

static void
px_window_action_set_granularity (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  g_settings_set_double (self->settings, "event-granularity",
                         CLAMP (g_variant_get_double (param), 0.0, 1.0));
}

static void
px_window_action_undo (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  px_window_undo (PX_WINDOW (widget));
}

static void
px_window_action_show_move_dialog (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  px_window_show_move_dialog (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
px_window_action_show_merge_dialog (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  px_window_show_merge_dialog (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
px_window_action_set_outlet (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  const char *path, *outlet;
  gboolean same_outlet;

  g_variant_get (param, "(&s&sb)", &path, &outlet, &same_outlet);
  px_window_set_outlet (PX_WINDOW (widget), path, outlet, same_outlet);
}

static void
px_window_action_show_outlet_dialog (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  px_window_show_outlet_dialog (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
px_window_action_show_rename_dialog (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  px_window_show_rename_dialog (PX_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
px_window_action_on_selected (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->shown_article != NULL)
    {
      const char *path = px_article_get_path (self->shown_article);

      if (g_strcmp0 (action_name, "win.move-selected") == 0)
        px_window_show_move_dialog (self, path);
      else if (g_strcmp0 (action_name, "win.split-selected") == 0)
        px_window_split_article (self, path);
      else if (g_strcmp0 (action_name, "win.outlet-selected") == 0)
        px_window_show_outlet_dialog (self, path);
    }
  else if (self->shown_event != NULL)
    {
      const char *id = px_event_item_get_id (self->shown_event);

      if (g_strcmp0 (action_name, "win.rename-selected") == 0)
        px_window_show_rename_dialog (self, id);
      else if (g_strcmp0 (action_name, "win.merge-selected") == 0)
        px_window_show_merge_dialog (self, id);
    }
}

static void
px_window_action_search (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar_box);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
px_window_action_show_selection_menu (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  if (self->shown_article == NULL && self->shown_event == NULL)
    return;
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->selection_menu_button));
}

static void
px_window_action_show_preferences (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  PxWindow *self = PX_WINDOW (widget);

  px_window_set_dialog (self, GTK_WINDOW (px_preferences_window_new (GTK_WINDOW (self))));
}

/* Leaving the search field with Escape or Down goes to the list. */
static void
on_search_stop (PxWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->article_list));
}

static void
on_search_activate (PxWindow *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->article_list));
    }
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
  px_window_stop_grouping (self);

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
  if (self->group_cancellable != NULL)
    g_cancellable_cancel (self->group_cancellable);
  g_clear_object (&self->group_cancellable);
  g_clear_handle_id (&self->regroup_source, g_source_remove);
  g_clear_pointer (&self->grouper, px_event_grouper_free);

  if (self->problems_window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->problems_window), (gpointer *) &self->problems_window);
      gtk_window_destroy (GTK_WINDOW (self->problems_window));
      self->problems_window = NULL;
    }
  if (self->dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      gtk_window_destroy (self->dialog);
      self->dialog = NULL;
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->toast);
  if (self->shown_event != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_event, on_event_changed, self);
  g_clear_object (&self->shown_event);
  g_clear_object (&self->shown_article);
  px_window_cancel_analysis (self);
  if (self->compare_view != NULL)
    px_window_show_analysis (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);

  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->event_filter);
  g_clear_object (&self->events);
  g_clear_object (&self->articles);
  g_clear_pointer (&self->articles_by_path, g_hash_table_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  g_clear_pointer (&self->loaded, px_load_result_free);
  g_clear_pointer (&self->loading_paths, g_strfreev);
  g_clear_pointer (&self->page_before_loading, g_free);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->undo_data, g_free);
  g_clear_pointer (&self->project_problem, g_free);
  g_clear_pointer (&self->analysis, px_event_analysis_unref);
  g_clear_pointer (&self->analyses, g_hash_table_unref);
  g_clear_pointer (&self->analysis_event, g_free);
  g_clear_pointer (&self->lexicon, px_lexicon_unref);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_EVENT_VIEW:
      g_value_set_string (value, px_window_get_event_view (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_EVENT_VIEW:
      px_window_set_event_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->get_property = px_window_get_property;
  object_class->set_property = px_window_set_property;
  window_class->close_request = px_window_close_request;

  /**
   * PxWindow:event-view:
   *
   * Which view of the selected event shows: "side-by-side", "framing",
   * "coverage" or "articles"; also the stateful action win.event-view.
   */
  properties[PROP_EVENT_VIEW] =
    g_param_spec_string ("event-view", NULL, NULL, "side-by-side",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PX_TYPE_READING_VIEW);
  g_type_ensure (PX_TYPE_COMPARE_VIEW);
  g_type_ensure (PX_TYPE_COVERAGE_VIEW);
  g_type_ensure (PX_TYPE_FRAMING_VIEW);

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
  gtk_widget_class_bind_template_child (widget_class, PxWindow, group_spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, article_list);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, event_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, sbs_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, framing_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, coverage_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, framing_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, coverage_view);
  gtk_widget_class_bind_template_callback (widget_class, px_window_update_switcher_bar);
  gtk_widget_class_bind_template_callback (widget_class, px_window_event_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, px_window_coverage_activated);
  gtk_widget_class_bind_template_callback (widget_class, px_window_link_requested);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, reading_view);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, event_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, event_dates);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, event_outlets);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, event_articles);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, selection_menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_overview_row_activated);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, px_window_action_open);
  gtk_widget_class_install_action (widget_class, "win.open-paths", "as", px_window_action_open_paths);
  gtk_widget_class_install_action (widget_class, "win.close-folder", NULL, px_window_action_close_folder);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, px_window_action_cancel_loading);
  gtk_widget_class_install_action (widget_class, "win.select-article", "u", px_window_action_select_article);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, px_window_action_show_problems);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, px_window_action_back);
  gtk_widget_class_install_action (widget_class, "win.move-article", "(ss)", px_window_action_move_article);
  gtk_widget_class_install_action (widget_class, "win.merge-events", "(ss)", px_window_action_merge_events);
  gtk_widget_class_install_action (widget_class, "win.split-article", "s", px_window_action_split_article);
  gtk_widget_class_install_action (widget_class, "win.rename-event", "(ss)", px_window_action_rename_event);
  gtk_widget_class_install_action (widget_class, "win.set-outlet", "(ssb)", px_window_action_set_outlet);
  gtk_widget_class_install_action (widget_class, "win.set-granularity", "d", px_window_action_set_granularity);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, px_window_action_undo);
  gtk_widget_class_install_action (widget_class, "win.show-move-dialog", "s", px_window_action_show_move_dialog);
  gtk_widget_class_install_action (widget_class, "win.show-merge-dialog", "s", px_window_action_show_merge_dialog);
  gtk_widget_class_install_action (widget_class, "win.show-rename-dialog", "s", px_window_action_show_rename_dialog);
  gtk_widget_class_install_action (widget_class, "win.show-outlet-dialog", "s", px_window_action_show_outlet_dialog);
  gtk_widget_class_install_action (widget_class, "win.move-selected", NULL, px_window_action_on_selected);
  gtk_widget_class_install_action (widget_class, "win.split-selected", NULL, px_window_action_on_selected);
  gtk_widget_class_install_action (widget_class, "win.outlet-selected", NULL, px_window_action_on_selected);
  gtk_widget_class_install_action (widget_class, "win.rename-selected", NULL, px_window_action_on_selected);
  gtk_widget_class_install_action (widget_class, "win.merge-selected", NULL, px_window_action_on_selected);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, px_window_action_search);
  gtk_widget_class_install_action (widget_class, "win.show-preferences", NULL, px_window_action_show_preferences);

  gtk_widget_class_install_action (widget_class, "win.show-selection-menu", NULL, px_window_action_show_selection_menu);
  gtk_widget_class_install_property_action (widget_class, "win.event-view", "event-view");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-loading", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "win.show-selection-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "win.show-selection-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
}

static void
px_window_init (PxWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;
  GtkDropTarget *drop_target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->articles = g_list_store_new (PX_TYPE_ARTICLE);
  self->articles_by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->events = g_list_store_new (PX_TYPE_EVENT_ITEM);
  self->event_filter = gtk_custom_filter_new (filter_event, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->events)),
                                        g_object_ref (GTK_FILTER (self->event_filter)));
  /* Only expanded events make rows for their articles, so thousands of
   * articles cost nothing until looked at. */
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (filtered), FALSE, FALSE,
                                        create_children, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_row_unbind), NULL);
  gtk_list_view_set_factory (self->article_list, factory);
  gtk_list_view_set_model (self->article_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->article_list, "activate",
                           G_CALLBACK (on_row_activated), self,
                           G_CONNECT_SWAPPED);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->article_list));

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), GTK_EVENT_CONTROLLER (drop_target));

  g_signal_connect_object (self->settings, "changed::recent-folders",
                           G_CALLBACK (px_window_rebuild_recent), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::event-granularity",
                           G_CALLBACK (on_granularity_changed), self,
                           G_CONNECT_SWAPPED);
  self->analyses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) px_event_analysis_unref);
  px_window_load_lexicon (self);
  g_signal_connect_object (self->settings, "changed::disabled-lexicons",
                           G_CALLBACK (on_lexicons_changed), self,
                           G_CONNECT_SWAPPED);

  px_window_rebuild_recent (self);
  px_window_set_spinning (self, FALSE);
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

/**
 * px_window_is_grouping:
 *
 * Returns: whether events are being regrouped in the background (after a
 *   correction or a change of granularity)
 */
gboolean
px_window_is_grouping (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  return self->group_cancellable != NULL || self->regroup_source != 0;
}

const char *
px_window_get_page_name (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
px_window_get_content_page_name (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->content_stack);
}

GListModel *
px_window_get_articles (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->articles);
}

/**
 * px_window_get_events:
 *
 * Returns: (transfer none): every event, #PxEventItem, newest first
 */
GListModel *
px_window_get_events (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->events);
}

/**
 * px_window_get_sidebar_model:
 *
 * Returns: (transfer none): the sidebar's rows, #GtkTreeListRow, as shown
 *   (search applied, expanded events followed by their articles)
 */
GListModel *
px_window_get_sidebar_model (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->tree);
}

PxEventItem *
px_window_get_event_of (PxWindow   *self,
                        const char *path)
{
  PxArticle *article;

  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  article = path != NULL ? g_hash_table_lookup (self->articles_by_path, path) : NULL;

  return article != NULL ? px_window_find_event_of (self, article) : NULL;
}

PxEventItem *
px_window_get_selected_event (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->shown_event;
}

PxArticle *
px_window_get_selected_article (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->shown_article;
}

PxProject *
px_window_get_project (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->project;
}

GtkWindow *
px_window_get_dialog (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->dialog;
}

void
px_window_set_search_text (PxWindow   *self,
                           const char *text)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* The entry reports changes after a delay; tests and callers want them now. */
  on_search_changed (self, self->search_entry);
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

/**
 * px_window_get_event_view:
 *
 * Returns: the name of the selected event's view that shows
 */
const char *
px_window_get_event_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->event_stack);
}

void
px_window_set_event_view (PxWindow   *self,
                          const char *name)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  if (name != NULL && adw_view_stack_get_child_by_name (self->event_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->event_stack, name);
}

/**
 * px_window_is_analysing:
 *
 * Returns: whether the selected event's comparison is being computed
 */
gboolean
px_window_is_analysing (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), FALSE);

  return self->analysis_cancellable != NULL;
}

PxCompareView *
px_window_get_compare_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->compare_view;
}

PxFramingView *
px_window_get_framing_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->framing_view;
}

PxCoverageView *
px_window_get_coverage_view (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->coverage_view;
}

/**
 * px_window_get_lexicon:
 *
 * Returns: (transfer none): the lexicons the framing is read with, as the
 *   preferences turn them on and off
 */
PxLexicon *
px_window_get_lexicon (PxWindow *self)
{
  g_return_val_if_fail (PX_IS_WINDOW (self), NULL);

  return self->lexicon;
}
