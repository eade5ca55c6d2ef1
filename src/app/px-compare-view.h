/* px-compare-view.h — an event's articles side by side, matched sentences level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article-column.h"
#include "px-compare.h"
#include "px-framing.h"
#include "px-legend.h"
#include "px-link-map.h"

G_BEGIN_DECLS

/* At most this many columns are shown at once. */
#define PX_COMPARE_VIEW_MAX_COLUMNS 6

#define PX_TYPE_COMPARE_VIEW (px_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (PxCompareView, px_compare_view, PX, COMPARE_VIEW, GtkWidget)

GtkWidget       *px_compare_view_new                (void);
void             px_compare_view_set_compare        (PxCompareView     *self,
                                                     PxCompare         *compare);
PxCompare       *px_compare_view_get_compare        (PxCompareView     *self);
void             px_compare_view_set_framing        (PxCompareView     *self,
                                                     PxFraming         *framing);
void             px_compare_view_set_shown_articles (PxCompareView     *self,
                                                     const guint       *articles,
                                                     guint              n_articles);
guint            px_compare_view_get_n_columns      (PxCompareView     *self);
PxArticleColumn *px_compare_view_get_column         (PxCompareView     *self,
                                                     guint              index);
PxLinkMap       *px_compare_view_get_link_map       (PxCompareView     *self,
                                                     guint              index);
PxLegend        *px_compare_view_get_legend         (PxCompareView     *self);
PxHighlight      px_compare_view_get_highlight      (PxCompareView     *self,
                                                     guint              article,
                                                     guint              sentence);
char            *px_compare_view_dup_tooltip        (PxCompareView     *self,
                                                     PxArticleColumn   *column,
                                                     const GtkTextIter *iter);
gboolean         px_compare_view_get_cursor         (PxCompareView     *self,
                                                     guint             *article,
                                                     guint             *sentence);
void             px_compare_view_show_sentence      (PxCompareView     *self,
                                                     guint              article,
                                                     guint              sentence);
void             px_compare_view_link_sentences     (PxCompareView     *self,
                                                     guint              article_a,
                                                     guint              sentence_a,
                                                     guint              article_b,
                                                     guint              sentence_b);
void             px_compare_view_unlink_sentence    (PxCompareView     *self,
                                                     guint              article,
                                                     guint              sentence);

G_END_DECLS
