/* px-ui-test-util.h — what the window tests and picture tools share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-application.h"

G_BEGIN_DECLS

void           px_ui_test_wait_until (gboolean  (*done) (gpointer),
                                      gpointer    data);
void           px_ui_test_run_frames (guint       ms);
void           px_ui_test_destroy_window (gpointer    window);
PxApplication *px_ui_test_init_app   (int        *argc,
                                      char     ***argv,
                                      char      **data_home);

G_END_DECLS
