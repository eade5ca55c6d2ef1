/* px-html.h — main text and metadata from a saved web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article.h"

G_BEGIN_DECLS

PxArticle *px_html_extract          (const char *utf8,
                                     gsize       length,
                                     const char *path,
                                     GError    **error);
void       px_html_append_fragment  (PxArticle  *article,
                                     const char *utf8_fragment,
                                     gsize       length);

G_END_DECLS
