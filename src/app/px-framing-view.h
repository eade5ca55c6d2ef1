/* px-framing-view.h — how each outlet frames one event: voices, naming, terms, frames, leads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-compare.h"
#include "px-framing.h"
#include "px-lexicon.h"

G_BEGIN_DECLS

#define PX_TYPE_FRAMING_VIEW (px_framing_view_get_type ())

G_DECLARE_FINAL_TYPE (PxFramingView, px_framing_view, PX, FRAMING_VIEW, GtkWidget)

GtkWidget  *px_framing_view_new          (void);
void        px_framing_view_set_framing  (PxFramingView *self,
                                          PxCompare     *compare,
                                          PxFraming     *framing,
                                          PxLexicon     *lexicon);

const char *px_framing_category_label    (const char    *category);

/* What the view shows, for tests. */
GStrv       px_framing_view_dup_speakers (PxFramingView *self);
GStrv       px_framing_view_dup_terms    (PxFramingView *self,
                                          guint          article);
GtkWidget  *px_framing_view_get_section  (PxFramingView *self,
                                          const char    *name);

G_END_DECLS
