/* px-date.c — placeholder: ISO 8601 dates only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-date"

#include "config.h"

#include "px-date.h"

char *
px_date_parse (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  if (text == NULL)
    return NULL;
  dt = g_date_time_new_from_iso8601 (text, utc);
  if (dt == NULL)
    return NULL;
  return g_date_time_format (dt, "%Y-%m-%d");
}

gboolean
px_date_line_is_date (const char *line)
{
  g_autofree char *date = px_date_parse (line);
  return date != NULL;
}
