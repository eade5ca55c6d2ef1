/* px-article-row.h — one article in the sidebar: outlet, headline, date
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article.h"

G_BEGIN_DECLS

#define PX_TYPE_ARTICLE_ROW (px_article_row_get_type ())

G_DECLARE_FINAL_TYPE (PxArticleRow, px_article_row, PX, ARTICLE_ROW, GtkWidget)

GtkWidget  *px_article_row_new          (void);
PxArticle  *px_article_row_get_article  (PxArticleRow *self);
void        px_article_row_set_article  (PxArticleRow *self,
                                         PxArticle    *article);
const char *px_article_row_get_outlet   (PxArticleRow *self);
const char *px_article_row_get_headline (PxArticleRow *self);
const char *px_article_row_get_date     (PxArticleRow *self);

G_END_DECLS
