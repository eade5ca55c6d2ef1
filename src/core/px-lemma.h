/* px-lemma.h — the base form a word derives from, where stems miss it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *px_lemma_of                 (const char *language,
                                       const char *lower,
                                       gboolean    capitalised);
char    **px_lemma_dup_forms          (const char *language,
                                       const char *lemma);
gboolean  px_lemma_is_particle        (const char *language,
                                       const char *lower);
char     *px_lemma_join_particle      (const char *language,
                                       const char *particle,
                                       const char *verb);

G_END_DECLS
