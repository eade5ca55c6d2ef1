/* px-reading-view.h — one article's clean text with its metadata
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article.h"

G_BEGIN_DECLS

#define PX_TYPE_READING_VIEW (px_reading_view_get_type ())

G_DECLARE_FINAL_TYPE (PxReadingView, px_reading_view, PX, READING_VIEW, GtkWidget)

GtkWidget  *px_reading_view_new           (void);
PxArticle  *px_reading_view_get_article   (PxReadingView *self);
void        px_reading_view_set_article   (PxReadingView *self,
                                           PxArticle     *article);
void        px_reading_view_update_byline (PxReadingView *self);
const char *px_reading_view_get_headline  (PxReadingView *self);
const char *px_reading_view_get_byline    (PxReadingView *self);
char       *px_reading_view_dup_text      (PxReadingView *self);
char       *px_reading_view_dup_role_text (PxReadingView    *self,
                                           PxParagraphRole   role);
GtkWidget  *px_reading_view_get_text_view (PxReadingView *self);

G_END_DECLS
