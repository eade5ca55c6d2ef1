/* px-sniff.h — tell what kind of file a buffer holds, by content first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PX_CONTENT_EMPTY,
  PX_CONTENT_BINARY,
  PX_CONTENT_TEXT,
  PX_CONTENT_HTML,
  PX_CONTENT_RSS,
  PX_CONTENT_ATOM,
  PX_CONTENT_RDF,
  PX_CONTENT_XML,
} PxContentKind;

PxContentKind  px_sniff_raw      (const char  *data,
                                  gsize        length,
                                  const char **binary_description);
PxContentKind  px_sniff_utf8     (const char  *text,
                                  gsize        length,
                                  const char  *filename);
gboolean       px_sniff_is_utf16 (const char  *data,
                                  gsize        length,
                                  gboolean    *big_endian);

G_END_DECLS
