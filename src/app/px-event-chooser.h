/* px-event-chooser.h — pick an event from a searchable list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-event-item.h"

G_BEGIN_DECLS

#define PX_TYPE_EVENT_CHOOSER (px_event_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PxEventChooser, px_event_chooser, PX, EVENT_CHOOSER, AdwWindow)

PxEventChooser *px_event_chooser_new        (GtkWindow   *parent,
                                             const char  *title,
                                             const char  *accept_label,
                                             GListModel  *events,
                                             PxEventItem *excluded);
GtkListBox     *px_event_chooser_get_list   (PxEventChooser *self);
GtkEditable    *px_event_chooser_get_search (PxEventChooser *self);

G_END_DECLS
