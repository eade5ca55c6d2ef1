/* px-legend.h — the highlight categories of the side-by-side view, with a toggle each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Why a stretch of text is highlighted. */
typedef enum {
  PX_HIGHLIGHT_ALL,       /* every article of the event carries the claim */
  PX_HIGHLIGHT_SOME,      /* some other articles carry it */
  PX_HIGHLIGHT_ONLY,      /* no other article carries it */
  PX_HIGHLIGHT_VERBATIM,  /* copied word for word from or into another article */
  PX_HIGHLIGHT_QUOTES,    /* a speaker's words in quotation marks, coloured by speaker */
  PX_HIGHLIGHT_TERMS,     /* a label, hedge, loaded verb or scare quote from the lexicons */
  PX_N_HIGHLIGHTS
} PxHighlight;

const char *px_highlight_get_name        (PxHighlight  highlight);
const char *px_highlight_get_description (PxHighlight  highlight);
void        px_highlight_get_color       (PxHighlight  highlight,
                                          GdkRGBA     *color);
void        px_highlight_draw_mark       (PxHighlight  highlight,
                                          cairo_t     *cr,
                                          double       x,
                                          double       y,
                                          double       size);

void        px_highlight_ensure_style    (void);

#define PX_TYPE_LEGEND (px_legend_get_type ())

G_DECLARE_FINAL_TYPE (PxLegend, px_legend, PX, LEGEND, GtkWidget)

GtkWidget *px_legend_new        (void);
gboolean   px_legend_get_active (PxLegend    *self,
                                 PxHighlight  highlight);
void       px_legend_set_active (PxLegend    *self,
                                 PxHighlight  highlight,
                                 gboolean     active);
GtkWidget *px_legend_get_toggle (PxLegend    *self,
                                 PxHighlight  highlight);

G_END_DECLS
