/* px-feed.h — RSS 2.0, Atom and RDF feeds: one article per item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article.h"
#include "px-sniff.h"

G_BEGIN_DECLS

GPtrArray *px_feed_extract (const char     *data,
                            gsize           length,
                            const char     *path,
                            GError        **error);

G_END_DECLS
