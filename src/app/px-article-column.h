/* px-article-column.h — one article of the side-by-side view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article.h"
#include "px-legend.h"

G_BEGIN_DECLS

/* px_article_column_set_marks(): one bit per PxHighlight. */
#define PX_MARK(highlight) (1u << (highlight))

char          *px_article_dup_display_outlet          (PxArticle         *article);

#define PX_TYPE_ARTICLE_COLUMN (px_article_column_get_type ())

G_DECLARE_FINAL_TYPE (PxArticleColumn, px_article_column, PX, ARTICLE_COLUMN, GtkWidget)

GtkWidget     *px_article_column_new                  (void);
void           px_article_column_set_article          (PxArticleColumn   *self,
                                                       PxArticle         *article,
                                                       guint              index,
                                                       GPtrArray         *sentences);
PxArticle     *px_article_column_get_article          (PxArticleColumn   *self);
guint          px_article_column_get_index            (PxArticleColumn   *self);
GtkTextView   *px_article_column_get_text_view        (PxArticleColumn   *self);
GtkAdjustment *px_article_column_get_vadjustment      (PxArticleColumn   *self);
guint          px_article_column_get_n_sentences      (PxArticleColumn   *self);
void           px_article_column_get_sentence_bounds  (PxArticleColumn   *self,
                                                       guint              sentence,
                                                       GtkTextIter       *start,
                                                       GtkTextIter       *end);
void           px_article_column_get_sentence_yrange  (PxArticleColumn   *self,
                                                       guint              sentence,
                                                       int               *y,
                                                       int               *height);
guint          px_article_column_get_sentence_at_y    (PxArticleColumn   *self,
                                                       int                y);
guint          px_article_column_get_sentence_at_iter (PxArticleColumn   *self,
                                                       const GtkTextIter *iter);
GtkTextTag    *px_article_column_get_tag              (PxArticleColumn   *self,
                                                       PxHighlight        highlight);
void           px_article_column_set_marks            (PxArticleColumn   *self,
                                                       const guint8      *marks,
                                                       guint              n_marks);
void           px_article_column_set_hidden           (PxArticleColumn   *self,
                                                       guint              hidden);
void           px_article_column_scroll_to_sentence   (PxArticleColumn   *self,
                                                       guint              sentence,
                                                       double             within_page);

G_END_DECLS
