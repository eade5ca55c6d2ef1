/* px-event-row.c — one event in the sidebar: label, outlets, dates, count
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-event-row"

#include "config.h"

#include <glib/gi18n.h>

#include "px-event-row.h"

struct _PxEventRow
{
  GtkWidget    parent_instance;

  PxEventItem *event;

  GtkLabel    *label;
  GtkLabel    *outlets_label;
  GtkLabel    *details_label;
};

G_DEFINE_FINAL_TYPE (PxEventRow, px_event_row, GTK_TYPE_WIDGET)

static void
px_event_row_dispose (GObject *object)
{
  PxEventRow *self = PX_EVENT_ROW (object);

  px_event_row_set_event (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_EVENT_ROW);

  G_OBJECT_CLASS (px_event_row_parent_class)->dispose (object);
}

static void
px_event_row_class_init (PxEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_event_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-event-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PxEventRow, label);
  gtk_widget_class_bind_template_child (widget_class, PxEventRow, outlets_label);
  gtk_widget_class_bind_template_child (widget_class, PxEventRow, details_label);
}

static void
px_event_row_init (PxEventRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
px_event_row_new (void)
{
  return g_object_new (PX_TYPE_EVENT_ROW, NULL);
}

PxEventItem *
px_event_row_get_event (PxEventRow *self)
{
  g_return_val_if_fail (PX_IS_EVENT_ROW (self), NULL);

  return self->event;
}

static void
px_event_row_refresh (PxEventRow *self)
{
  g_autofree char *dates = NULL;
  g_autofree char *outlets = NULL;
  g_autofree char *count = NULL;
  g_autofree char *details = NULL;
  g_autofree char *accessible = NULL;
  guint n;

  if (self->event == NULL)
    {
      gtk_label_set_text (self->label, "");
      gtk_label_set_text (self->outlets_label, "");
      gtk_label_set_text (self->details_label, "");
      return;
    }

  n = px_event_item_get_n_articles (self->event);
  dates = px_event_item_dup_dates (self->event);
  outlets = px_event_item_dup_outlets (self->event);
  count = g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
  details = dates != NULL ? g_strdup_printf ("%s · %s", dates, count) : g_strdup (count);

  {
    /* A wrapped label breaks after a separator, never before it. */
    g_auto(GStrv) parts = g_strsplit (px_event_item_get_label (self->event), " · ", -1);
    g_autofree char *shown = g_strjoinv ("\u00a0· ", parts);

    gtk_label_set_text (self->label, shown);
  }
  gtk_label_set_text (self->outlets_label, outlets != NULL ? outlets : "");
  gtk_widget_set_visible (GTK_WIDGET (self->outlets_label), outlets != NULL);
  gtk_label_set_text (self->details_label, details);

  /* One sentence for screen readers, in the order the eye reads the row. */
  accessible = g_strjoin (", ", px_event_item_get_label (self->event),
                          outlets != NULL ? outlets : _("unknown outlet"),
                          dates != NULL ? dates : _("no date"),
                          count, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

void
px_event_row_set_event (PxEventRow  *self,
                        PxEventItem *event)
{
  g_return_if_fail (PX_IS_EVENT_ROW (self));

  if (self->event == event)
    return;

  if (self->event != NULL)
    g_signal_handlers_disconnect_by_func (self->event, px_event_row_refresh, self);
  g_set_object (&self->event, event);
  if (event != NULL)
    g_signal_connect_swapped (event, "changed", G_CALLBACK (px_event_row_refresh), self);

  px_event_row_refresh (self);
}

const char *
px_event_row_get_label (PxEventRow *self)
{
  g_return_val_if_fail (PX_IS_EVENT_ROW (self), NULL);

  return gtk_label_get_text (self->label);
}

const char *
px_event_row_get_details (PxEventRow *self)
{
  g_return_val_if_fail (PX_IS_EVENT_ROW (self), NULL);

  return gtk_label_get_text (self->details_label);
}
