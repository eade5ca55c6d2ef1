/* px-event-item.h — one event as the window lists it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-events.h"

G_BEGIN_DECLS

#define PX_TYPE_EVENT_ITEM (px_event_item_get_type ())

G_DECLARE_FINAL_TYPE (PxEventItem, px_event_item, PX, EVENT_ITEM, GObject)

PxEventItem *px_event_item_new            (const PxEvent *event,
                                           GHashTable    *articles_by_path);
const char  *px_event_item_get_id         (PxEventItem   *self);
void         px_event_item_set_id         (PxEventItem   *self,
                                           const char    *id);
const char  *px_event_item_get_label      (PxEventItem   *self);
void         px_event_item_set_label      (PxEventItem   *self,
                                           const char    *label);
GListModel  *px_event_item_get_articles   (PxEventItem   *self);
guint        px_event_item_get_n_articles (PxEventItem   *self);
char        *px_event_item_dup_dates      (PxEventItem   *self);
char        *px_event_item_dup_outlets    (PxEventItem   *self);
const char  *px_event_item_get_sort_date  (PxEventItem   *self);
gboolean     px_event_item_contains       (PxEventItem   *self,
                                           PxArticle     *article,
                                           guint         *position);
void         px_event_item_add_article    (PxEventItem   *self,
                                           PxArticle     *article);
gboolean     px_event_item_remove_article (PxEventItem   *self,
                                           PxArticle     *article);
void         px_event_item_article_changed (PxEventItem *self,
                                            PxArticle   *article);
gboolean     px_event_item_matches        (PxEventItem   *self,
                                           const char    *folded_query);

G_END_DECLS
