/* px-date.h — dates as people and pages write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *px_date_parse        (const char *text);
gboolean  px_date_line_is_date (const char *line);

G_END_DECLS
