/* px-event-chooser.c — pick an event from a searchable list
 *
 * Emits "chosen" with the event picked, then closes. Used for "Move to
 * Event…" and "Merge With…", so keyboard users can do what dragging does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-event-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "px-event-chooser.h"
#include "px-event-row.h"

struct _PxEventChooser
{
  AdwWindow           parent_instance;

  PxEventItem        *excluded;
  GtkCustomFilter    *filter;
  char               *query;

  GtkSearchEntry     *search;
  GtkListBox         *list;
};

G_DEFINE_FINAL_TYPE (PxEventChooser, px_event_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
filter_event (gpointer item,
              gpointer user_data)
{
  PxEventChooser *self = user_data;

  return item != self->excluded && px_event_item_matches (item, self->query);
}

static void
on_search_changed (PxEventChooser *self,
                   GtkSearchEntry *entry)
{
  g_free (self->query);
  self->query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
choose (PxEventChooser *self,
        GtkListBoxRow  *row)
{
  PxEventRow *event_row;

  if (row == NULL)
    return;

  event_row = PX_EVENT_ROW (gtk_list_box_row_get_child (row));
  g_signal_emit (self, signals[CHOSEN], 0, px_event_row_get_event (event_row));
  gtk_window_close (GTK_WINDOW (self));
}

/* Enter in the search field takes the first event still listed. */
static void
on_search_activate (PxEventChooser *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  choose (self, row != NULL ? row : gtk_list_box_get_row_at_index (self->list, 0));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *event_row = px_event_row_new ();

  px_event_row_set_event (PX_EVENT_ROW (event_row), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), event_row);

  return row;
}

static void
px_event_chooser_dispose (GObject *object)
{
  PxEventChooser *self = PX_EVENT_CHOOSER (object);

  g_clear_object (&self->excluded);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (px_event_chooser_parent_class)->dispose (object);
}

static void
px_event_chooser_class_init (PxEventChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_event_chooser_dispose;

  signals[CHOSEN] = g_signal_new ("chosen",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, PX_TYPE_EVENT_ITEM);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
px_event_chooser_init (PxEventChooser *self)
{
}

/**
 * px_event_chooser_new:
 * @events: (element-type PxEventItem): the events to offer
 * @excluded: (nullable): the event not to offer (the one being moved from
 *   or merged)
 */
PxEventChooser *
px_event_chooser_new (GtkWindow   *parent,
                      const char  *title,
                      const char  *accept_label,
                      GListModel  *events,
                      PxEventItem *excluded)
{
  PxEventChooser *self = g_object_new (PX_TYPE_EVENT_CHOOSER,
                                       "transient-for", parent,
                                       "modal", TRUE,
                                       "title", title,
                                       "default-width", 420,
                                       "default-height", 520,
                                       "destroy-with-parent", TRUE,
                                       NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *search_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *placeholder = adw_status_page_new ();
  GtkFilterListModel *filtered;

  self->excluded = excluded != NULL ? g_object_ref (excluded) : NULL;

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, accept_label));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_box_append (GTK_BOX (box), header);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search events"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search events"),
                                  -1);
  gtk_widget_add_css_class (search_box, "px-search-box");
  gtk_box_append (GTK_BOX (search_box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), search_box);

  self->filter = gtk_custom_filter_new (filter_event, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (events), g_object_ref (GTK_FILTER (self->filter)));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (filtered), create_row, NULL, NULL);
  g_object_unref (filtered);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Events"),
                                  -1);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (placeholder), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (placeholder), _("No Matching Events"));
  gtk_widget_add_css_class (placeholder, "compact");
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "activate", G_CALLBACK (on_search_activate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (choose), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search));

  return self;
}

GtkListBox *
px_event_chooser_get_list (PxEventChooser *self)
{
  g_return_val_if_fail (PX_IS_EVENT_CHOOSER (self), NULL);

  return self->list;
}

GtkEditable *
px_event_chooser_get_search (PxEventChooser *self)
{
  g_return_val_if_fail (PX_IS_EVENT_CHOOSER (self), NULL);

  return GTK_EDITABLE (self->search);
}
