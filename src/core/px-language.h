/* px-language.h — which language a text is in, from its stop words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *px_language_detect            (const char *text);
gboolean    px_language_is_stopword       (const char *language,
                                           const char *lowercase_word);
double      px_language_stopword_density  (const char *text,
                                           const char *language);

G_END_DECLS
