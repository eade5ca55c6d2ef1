/* px-event-row.h — one event in the sidebar: label, outlets, dates, count
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-event-item.h"

G_BEGIN_DECLS

#define PX_TYPE_EVENT_ROW (px_event_row_get_type ())

G_DECLARE_FINAL_TYPE (PxEventRow, px_event_row, PX, EVENT_ROW, GtkWidget)

GtkWidget   *px_event_row_new         (void);
PxEventItem *px_event_row_get_event   (PxEventRow  *self);
void         px_event_row_set_event   (PxEventRow  *self,
                                       PxEventItem *event);
const char  *px_event_row_get_label   (PxEventRow  *self);
const char  *px_event_row_get_details (PxEventRow  *self);

G_END_DECLS
