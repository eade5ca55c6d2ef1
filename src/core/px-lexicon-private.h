/* px-lexicon-private.h — reading lexicon files' elements, for the core's other lexicon readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

gboolean  px_lexicon_is_element    (xmlNodePtr  node,
                                    const char *name);
char     *px_lexicon_attribute     (xmlNodePtr  node,
                                    const char *name);
char     *px_lexicon_element_text  (xmlNodePtr  node);

G_END_DECLS
