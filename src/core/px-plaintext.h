/* px-plaintext.h — articles copied as plain text (.txt, .md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article.h"

G_BEGIN_DECLS

PxArticle *px_plaintext_extract (const char *utf8,
                                 gsize       length,
                                 const char *path,
                                 GError    **error);

G_END_DECLS
