/* px-problems-window.h — the files a load could not read, with reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PX_TYPE_PROBLEMS_WINDOW (px_problems_window_get_type ())

G_DECLARE_FINAL_TYPE (PxProblemsWindow, px_problems_window, PX, PROBLEMS_WINDOW, AdwWindow)

/* Past this many rows a group ends with a summary row: a listbox of tens of
 * thousands of rows would stall the window for seconds. */
#define PX_PROBLEMS_WINDOW_MAX_ROWS 500

PxProblemsWindow *px_problems_window_new          (GtkWindow        *parent);
void              px_problems_window_set_problems (PxProblemsWindow *self,
                                                   GPtrArray        *failures,
                                                   GPtrArray        *skipped);
guint             px_problems_window_get_n_failures (PxProblemsWindow *self);
guint             px_problems_window_get_n_skipped  (PxProblemsWindow *self);
char             *px_problems_window_dup_listed_text (PxProblemsWindow *self);

G_END_DECLS
