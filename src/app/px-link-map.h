/* px-link-map.h — curves joining matched sentences of two neighbouring columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article-column.h"

G_BEGIN_DECLS

typedef struct {
  guint       left;       /* sentence index in the left column */
  guint       right;      /* sentence index in the right column */
  PxHighlight highlight;  /* PX_HIGHLIGHT_ALL or PX_HIGHLIGHT_SOME */
  gboolean    pinned;     /* the user said these two say the same */
} PxLinkMapLink;

#define PX_TYPE_LINK_MAP (px_link_map_get_type ())

G_DECLARE_FINAL_TYPE (PxLinkMap, px_link_map, PX, LINK_MAP, GtkWidget)

GtkWidget *px_link_map_new         (void);
void       px_link_map_set_columns (PxLinkMap           *self,
                                    PxArticleColumn     *left,
                                    PxArticleColumn     *right);
void       px_link_map_set_links   (PxLinkMap           *self,
                                    const PxLinkMapLink *links,
                                    guint                n_links);
guint      px_link_map_get_n_links (PxLinkMap           *self);
void       px_link_map_set_hidden  (PxLinkMap           *self,
                                    guint                hidden);
guint      px_link_map_count_drawn (PxLinkMap           *self);

G_END_DECLS
