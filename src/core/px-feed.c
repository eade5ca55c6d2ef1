/* px-feed.c — placeholder: RSS items only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-feed"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>

#include "px-feed.h"
#include "px-html.h"
#include "px-loader.h"

GPtrArray *
px_feed_extract (const char  *data,
                 gsize        length,
                 const char  *path,
                 GError     **error)
{
  g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED,
               _("News feeds cannot be read yet."));
  return NULL;
}
