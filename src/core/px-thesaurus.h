/* px-thesaurus.h — synonyms from the system's office thesauri (MyThes files)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxThesaurusSense:
 * @part_of_speech: (nullable): the part of speech the file gives the sense
 *   ("noun", "verb"), without its parentheses
 * @synonyms: (array zero-terminated=1): the single-word synonyms of the
 *   sense, lower case; related terms and antonyms are left out
 * @related: (array zero-terminated=1): the single-word broader, similar or
 *   related terms the file lists for the sense ("fire" for "blaze"), lower
 *   case
 * @antonyms: (array zero-terminated=1): the single-word antonyms the file
 *   lists for the sense ("open" for "close"), lower case
 *
 * One meaning of a word in a thesaurus.
 */
typedef struct {
  char  *part_of_speech;
  char **synonyms;
  char **related;
  char **antonyms;
} PxThesaurusSense;

/**
 * PxThesaurusEntry:
 * @word: the head word as the thesaurus writes it
 * @n_senses: how many senses it has
 * @senses: (array length=n_senses): its senses
 *
 * What a thesaurus says about one word.
 */
typedef struct {
  char             *word;
  guint             n_senses;
  PxThesaurusSense *senses;
} PxThesaurusEntry;

char                   *px_thesaurus_dup_dir        (void);
char                   *px_thesaurus_dup_index_path (const char *language);
gboolean                px_thesaurus_has_language   (const char *language);
const PxThesaurusEntry *px_thesaurus_lookup         (const char *language,
                                                     const char *word);
GPtrArray              *px_thesaurus_dup_head_words (const char *language,
                                                     const char *prefix,
                                                     guint       max);

G_END_DECLS
