/* px-preferences-window.h — the application's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_PREFERENCES_WINDOW (px_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, PX, PREFERENCES_WINDOW, AdwPreferencesWindow)

PxPreferencesWindow *px_preferences_window_new              (GtkWindow           *parent);
GtkRange            *px_preferences_window_get_granularity  (PxPreferencesWindow *self);
GtkSwitch           *px_preferences_window_get_lexicon_switch (PxPreferencesWindow *self,
                                                              const char          *lexicon_id);
void                 px_preferences_window_show_lexicons    (PxPreferencesWindow *self);

G_END_DECLS
