/* px-test-util.h — helpers the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void   px_test_remove_tree   (const char *path);
gint64 px_test_thread_cpu_us (void);

G_END_DECLS
