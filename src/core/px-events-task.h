/* px-events-task.h — analyse and group a folder's articles off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-events.h"

G_BEGIN_DECLS

/* Called on the thread-default main context of the caller of _async, as
 * articles are analysed; @total is 0 while the grouping itself runs. */
typedef void (*PxEventsProgressFunc) (guint    done,
                                      guint    total,
                                      gpointer user_data);

typedef struct {
  PxEventGrouper *grouper;   /* holds the analyses, for the next regrouping */
  GPtrArray      *events;    /* PxEvent, newest first */
} PxEventsResult;

void            px_events_result_free   (PxEventsResult        *result);

void            px_events_group_async   (PxEventGrouper        *grouper,
                                         GPtrArray             *articles,
                                         double                 granularity,
                                         PxEventConstraints    *constraints,
                                         GCancellable          *cancellable,
                                         PxEventsProgressFunc   progress,
                                         gpointer               progress_data,
                                         GDestroyNotify         progress_data_free,
                                         GAsyncReadyCallback    callback,
                                         gpointer               user_data);
PxEventsResult *px_events_group_finish  (GAsyncResult          *result,
                                         GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEventsResult, px_events_result_free)

G_END_DECLS
