/* px-coverage-view.h — which outlet carries which claim, and where
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-compare.h"

G_BEGIN_DECLS

#define PX_TYPE_COVERAGE_VIEW (px_coverage_view_get_type ())

G_DECLARE_FINAL_TYPE (PxCoverageView, px_coverage_view, PX, COVERAGE_VIEW, GtkWidget)

GtkWidget *px_coverage_view_new           (void);
void       px_coverage_view_set_compare   (PxCoverageView *self,
                                           PxCompare      *compare);
guint      px_coverage_view_get_n_rows    (PxCoverageView *self);
guint      px_coverage_view_get_row_claim (PxCoverageView *self,
                                           guint           row);
GtkWidget *px_coverage_view_get_cell      (PxCoverageView *self,
                                           guint           row,
                                           guint           article);

G_END_DECLS
