/* px-preferences-window.c — the application's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-preferences-window"

#include "config.h"

#include "px-preferences-window.h"

struct _PxPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkScale             *granularity_scale;
  GtkAdjustment        *granularity_adjustment;
};

G_DEFINE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
px_preferences_window_reset_granularity (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *param)
{
  PxPreferencesWindow *self = PX_PREFERENCES_WINDOW (widget);

  g_settings_reset (self->settings, "event-granularity");
}

static void
update_reset (PxPreferencesWindow *self)
{
  g_autoptr(GVariant) user = g_settings_get_user_value (self->settings, "event-granularity");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.reset-granularity", user != NULL);
}

static void
px_preferences_window_dispose (GObject *object)
{
  PxPreferencesWindow *self = PX_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (px_preferences_window_parent_class)->dispose (object);
}

static void
px_preferences_window_class_init (PxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, granularity_scale);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, granularity_adjustment);

  gtk_widget_class_install_action (widget_class, "prefs.reset-granularity", NULL,
                                   px_preferences_window_reset_granularity);
}

static void
px_preferences_window_init (PxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The middle is the default; a mark shows where it is. */
  gtk_scale_add_mark (self->granularity_scale, 0.5, GTK_POS_BOTTOM, NULL);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "event-granularity",
                   self->granularity_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::event-granularity",
                           G_CALLBACK (update_reset), self, G_CONNECT_SWAPPED);
  update_reset (self);
}

PxPreferencesWindow *
px_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PX_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}

GtkRange *
px_preferences_window_get_granularity (PxPreferencesWindow *self)
{
  g_return_val_if_fail (PX_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_RANGE (self->granularity_scale);
}
