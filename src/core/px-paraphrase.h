/* px-paraphrase.h — words news reports use for one another, read from lexicon files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *px_paraphrase_dup_system_dir  (void);
char       *px_paraphrase_dup_user_dir    (void);

GHashTable *px_paraphrase_table           (const char *language);
const char *px_paraphrase_category        (const char *key);
guint       px_paraphrase_n_groups        (void);
GPtrArray  *px_paraphrase_dup_collisions  (const char *language);
char       *px_paraphrase_stem            (const char *language,
                                           const char *word);

G_END_DECLS
