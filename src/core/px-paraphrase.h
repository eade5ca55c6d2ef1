/* px-paraphrase.h — words news reports use for one another, read from lexicon files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxParaphraseLexicon:
 * @id: the lexicon's id
 * @title: (nullable): its title
 * @path: the file it was read from
 * @n_groups: how many groups of words it holds
 * @languages: the two-letter codes of the languages its words are in
 * @user: %TRUE for a file in the user's folder
 *
 * A paraphrase lexicon in use, as px_paraphrase_list() describes it.
 */
typedef struct {
  char     *id;
  char     *title;
  char     *path;
  guint     n_groups;
  char    **languages;
  gboolean  user;
} PxParaphraseLexicon;

/**
 * PxParaphrasePhrase:
 * @n_words: how many words it has
 * @stems: (array zero-terminated=1): the folded stem of each word
 * @key: the key of its group ("=nobody")
 *
 * A form of a paraphrase group read on words in a row.
 */
typedef struct {
  guint       n_words;
  char      **stems;
  const char *key;
} PxParaphrasePhrase;

void        px_paraphrase_lexicon_free    (PxParaphraseLexicon *lexicon);
GPtrArray  *px_paraphrase_list            (void);
GPtrArray  *px_paraphrase_dup_problems    (void);

char       *px_paraphrase_dup_system_dir  (void);
char       *px_paraphrase_dup_user_dir    (void);

GHashTable *px_paraphrase_table           (const char *language);
GHashTable *px_paraphrase_phrases         (const char *language);
const char *px_paraphrase_category        (const char *key);
guint       px_paraphrase_n_groups        (void);
GPtrArray  *px_paraphrase_dup_collisions  (const char *language);
char       *px_paraphrase_stem            (const char *language,
                                           const char *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxParaphraseLexicon, px_paraphrase_lexicon_free)

G_END_DECLS
