/* px-outlet.c — placeholder: the host name of the URL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-outlet"

#include "config.h"

#include "px-outlet.h"

char *
px_outlet_from_url (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *host;

  if (uri == NULL || (host = g_uri_get_host (uri)) == NULL)
    return NULL;
  if (g_str_has_prefix (host, "www."))
    host += 4;
  return g_strdup (host);
}

char *
px_outlet_from_folder (const char *folder_name)
{
  return NULL;
}
