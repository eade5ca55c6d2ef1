/* px-encoding.h — detect a file's character encoding and convert it to UTF-8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *px_encoding_sniff_declared (const char  *data,
                                  gsize        length);
char *px_encoding_to_utf8        (const char  *data,
                                  gsize        length,
                                  const char  *declared,
                                  char       **out_encoding,
                                  gsize       *out_length,
                                  GError     **error);
gssize px_encoding_utf8_as_is    (const char  *data,
                                  gsize        length,
                                  const char  *declared);

G_END_DECLS
