/* px-paraphrase.c — words news reports use for one another, read from lexicon files
 *
 * The aligner reads "killed" and "dead", "jobs" and "posts", "séisme" and
 * "earthquake" as one word when it compares sentences. Which words go
 * together is data, not code: lexicon files with entries of kind
 * "paraphrase" (see data/lexicons/README.md) in the paraphrases/ folder of
 * the shipped lexicons and of the user's lexicon folder, where a file
 * replaces the shipped one with the same id, so a teacher can add the words
 * of another beat or language. They sit in a folder of their own because
 * the framing reads every lexicon at the top of the folder as highlights.
 *
 * Each word is stemmed in its own language, exactly as the aligner stems
 * the words of a sentence, and the table stem → group is built once per
 * language for the life of the process. A form of several words ("no one",
 * "cessation of hostilities") or a stop word is a phrase, kept apart and
 * matched by the aligner on words in a row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-paraphrase"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libstemmer.h>
#include <libxml/parser.h>

#include "px-claims-private.h"
#include "px-language.h"
#include "px-lexicon.h"
#include "px-lexicon-private.h"
#include "px-paraphrase.h"

typedef struct {
  char      *lexicon;   /* id of the file that holds it */
  char      *key;       /* "=<entry id>": what the aligner reads its words as */
  const char *category; /* interned; groups of one category exclude one another, or NULL */
  GPtrArray *words;     /* char *, the forms as written */
  GPtrArray *languages; /* char *, two-letter code of each form */
} Group;

typedef struct {
  GHashTable *stems;      /* folded stem → the key of its group */
  GHashTable *phrases;    /* folded stem of a phrase's first word → GPtrArray of PxParaphrasePhrase */
  GPtrArray  *collisions; /* char *: stems two groups claim */
} Table;

static GMutex lock;
static GPtrArray *groups;      /* Group */
static GPtrArray *in_use;      /* PxParaphraseLexicon, one per id, as loaded */
static GPtrArray *problems;    /* char *: files that did not load, and why */
static GHashTable *tables;     /* language code → Table */
static GHashTable *categories; /* group key → interned category */

static void
group_free (Group *group)
{
  g_free (group->lexicon);
  g_free (group->key);
  g_ptr_array_unref (group->words);
  g_ptr_array_unref (group->languages);
  g_free (group);
}

static void
phrase_free (PxParaphrasePhrase *phrase)
{
  g_strfreev (phrase->stems);
  g_free (phrase);
}

static void
table_free (Table *table)
{
  g_hash_table_unref (table->stems);
  g_hash_table_unref (table->phrases);
  g_ptr_array_unref (table->collisions);
  g_free (table);
}

/**
 * px_paraphrase_dup_system_dir:
 *
 * Returns: (transfer full): the folder of the paraphrase lexicons Parallax
 *   ships, "paraphrases" in px_lexicon_dup_system_dir().
 */
char *
px_paraphrase_dup_system_dir (void)
{
  g_autofree char *lexicons = px_lexicon_dup_system_dir ();
  return g_build_filename (lexicons, "paraphrases", NULL);
}

/**
 * px_paraphrase_dup_user_dir:
 *
 * Returns: (transfer full): the user's folder of paraphrase lexicons,
 *   "paraphrases" in px_lexicon_dup_user_dir().
 */
char *
px_paraphrase_dup_user_dir (void)
{
  g_autofree char *lexicons = px_lexicon_dup_user_dir ();
  return g_build_filename (lexicons, "paraphrases", NULL);
}

static char *
language_code (const char *language)
{
  if (language == NULL || strlen (language) < 2)
    return NULL;
  return g_ascii_strdown (language, 2);
}

/* Reads one file's groups into @into, replacing those of a lexicon with the
 * same id. The structure is fixed (lexicon → entry → form), so the walk
 * goes exactly three levels deep. */
static gboolean
load_file (const char  *path,
           const char  *schema_path,
           gboolean     user,
           GPtrArray   *into,
           GError     **error)
{
  xmlDocPtr doc;
  xmlNodePtr root;
  g_autofree char *id = NULL;
  g_autofree char *root_language = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  PxParaphraseLexicon *info;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  if (!px_lexicon_validate_file (path, schema_path, error))
    return FALSE;
  doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  if (doc == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s could not be read"), basename);
      return FALSE;
    }
  if (doc->intSubset != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s, line %d: a lexicon may not declare a document type"), basename, 1);
      xmlFreeDoc (doc);
      return FALSE;
    }
  root = xmlDocGetRootElement (doc);
  id = px_lexicon_attribute (root, "id");
  root_language = px_lexicon_attribute (root, "language");

  for (guint i = into->len; i > 0; i--)
    if (g_strcmp0 (((Group *) g_ptr_array_index (into, i - 1))->lexicon, id) == 0)
      g_ptr_array_remove_index (into, i - 1);
  for (guint i = in_use->len; i > 0; i--)
    if (g_strcmp0 (((PxParaphraseLexicon *) g_ptr_array_index (in_use, i - 1))->id, id) == 0)
      g_ptr_array_remove_index (in_use, i - 1);
  info = g_new0 (PxParaphraseLexicon, 1);
  info->id = g_strdup (id);
  info->path = g_strdup (path);
  info->user = user;

  for (xmlNodePtr node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *kind = NULL;
      g_autofree char *entry_id = NULL;
      g_autofree char *entry_language = NULL;
      Group *group;

      if (px_lexicon_is_element (node, "title") && info->title == NULL)
        info->title = px_lexicon_element_text (node);
      if (!px_lexicon_is_element (node, "entry"))
        continue;
      kind = px_lexicon_attribute (node, "kind");
      if (g_strcmp0 (kind, "paraphrase") != 0)
        continue;
      entry_id = px_lexicon_attribute (node, "id");
      entry_language = px_lexicon_attribute (node, "language");
      group = g_new0 (Group, 1);
      {
        g_autofree char *category = px_lexicon_attribute (node, "category");
        group->category = category != NULL ? g_intern_string (category) : NULL;
      }
      group->lexicon = g_strdup (id);
      group->key = g_strconcat ("=", entry_id, NULL);
      group->words = g_ptr_array_new_with_free_func (g_free);
      group->languages = g_ptr_array_new_with_free_func (g_free);
      for (xmlNodePtr child = node->children; child != NULL; child = child->next)
        {
          g_autofree char *form_language = NULL;
          char *code;

          if (!px_lexicon_is_element (child, "form"))
            continue;
          form_language = px_lexicon_attribute (child, "language");
          code = language_code (form_language != NULL ? form_language
                                : entry_language != NULL ? entry_language : root_language);
          if (code == NULL)
            continue;
          if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
            g_ptr_array_add (codes, g_strdup (code));
          g_ptr_array_add (group->words, px_lexicon_element_text (child));
          g_ptr_array_add (group->languages, code);
        }
      g_ptr_array_add (into, group);
      info->n_groups++;
    }
  xmlFreeDoc (doc);
  g_ptr_array_add (codes, NULL);
  info->languages = (char **) g_ptr_array_steal (codes, NULL);
  g_ptr_array_add (in_use, info);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
load_dir (const char *dir,
          const char *schema_path,
          gboolean    user,
          GPtrArray  *into)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(GError) error = NULL;
      if (!load_file (path, schema_path, user, into, &error))
        {
          char *problem = g_strdup_printf (_("Paraphrase lexicon %s was not loaded: %s"), path, error->message);

          /* A user's file, not a fault of the program: said, not warned. */
          g_message ("%s", problem);
          g_ptr_array_add (problems, problem);
        }
    }
}

/* Called with the lock held. */
static void
ensure_loaded (void)
{
  g_autofree char *system_dir = NULL;
  g_autofree char *user_dir = NULL;
  g_autofree char *lexicons = NULL;
  g_autofree char *schema_path = NULL;

  if (groups != NULL)
    return;
  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  in_use = g_ptr_array_new_with_free_func ((GDestroyNotify) px_paraphrase_lexicon_free);
  problems = g_ptr_array_new_with_free_func (g_free);
  tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) table_free);
  lexicons = px_lexicon_dup_system_dir ();
  schema_path = g_build_filename (lexicons, "lexicon.rng", NULL);
  system_dir = px_paraphrase_dup_system_dir ();
  user_dir = px_paraphrase_dup_user_dir ();
  load_dir (system_dir, schema_path, FALSE, groups);
  load_dir (user_dir, schema_path, TRUE, groups);
  categories = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);
      if (group->category != NULL)
        g_hash_table_insert (categories, group->key, (gpointer) group->category);
    }
}

/* The part of a written form the aligner's tokenizer keeps: the last part
 * of a hyphenated word ("de-escalate" is read as two words, its head
 * carries it) and the longer side of an apostrophe ("l'accord"). */
static char *
head_word (const char *form)
{
  const char *hyphen = strrchr (form, '-');
  g_autofree char *word = g_utf8_strdown (hyphen != NULL ? hyphen + 1 : form, -1);
  char *apostrophe = strchr (word, '\'');

  if (apostrophe == NULL)
    apostrophe = strstr (word, "\u2019");
  if (apostrophe != NULL)
    {
      gsize left = apostrophe - word;
      const char *after = g_utf8_next_char (apostrophe);
      if (strlen (after) > left)
        return g_strdup (after);
      return g_strndup (word, left);
    }
  return g_steal_pointer (&word);
}

static char *
stem_with (struct sb_stemmer *stemmer,
           const char        *lower)
{
  g_autofree char *native = px_claims_stem_word (stemmer, lower);

  return px_claims_fold_word (native);
}

/**
 * px_paraphrase_stem:
 * @language: a language code ("en", "fr", …)
 * @word: a word as written in a paraphrase lexicon
 *
 * Returns: (transfer full): the folded stem the aligner reads @word as,
 *   before groups apply; for tests and for checking a lexicon.
 */
char *
px_paraphrase_stem (const char *language,
                    const char *word)
{
  g_autofree char *code = language_code (language);
  g_autofree char *head = head_word (word);
  struct sb_stemmer *stemmer = code != NULL ? sb_stemmer_new (code, "UTF_8") : NULL;
  char *stem = stem_with (stemmer, head);

  if (stemmer != NULL)
    sb_stemmer_delete (stemmer);
  return stem;
}

/* The words of a form as the aligner's tokenizer reads them: runs of
 * letters and digits, an apostrophe inside a word keeping its longer side
 * ("n'a" → "n", "l'accord" → "accord"), hyphens and spaces between words. */
static GPtrArray *
split_words (const char *form)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = g_utf8_strdown (form, -1);
  const char *p = lower;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      g_autoptr(GString) word = NULL;
      char *apostrophe;

      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      word = g_string_new (NULL);
      while (*p != '\0')
        {
          gunichar d = g_utf8_get_char (p);
          const char *next = g_utf8_next_char (p);

          if (g_unichar_isalnum (d))
            g_string_append_unichar (word, d);
          else if ((d == '\'' || d == 0x2019) && g_unichar_isalpha (g_utf8_get_char (next)))
            g_string_append_c (word, '\'');
          else
            break;
          p = next;
        }
      apostrophe = strchr (word->str, '\'');
      if (apostrophe != NULL)
        {
          gsize left = apostrophe - word->str;
          if (word->len - left - 1 > left)
            g_string_erase (word, 0, left + 1);
          else
            g_string_truncate (word, left);
        }
      g_ptr_array_add (words, g_string_free (g_steal_pointer (&word), FALSE));
    }
  return words;
}

static int
compare_phrases_longest_first (gconstpointer a,
                               gconstpointer b)
{
  const PxParaphrasePhrase *x = *(PxParaphrasePhrase * const *) a;
  const PxParaphrasePhrase *y = *(PxParaphrasePhrase * const *) b;

  return (int) y->n_words - (int) x->n_words;
}

/* A form of several words ("no one", "cessation of hostilities", "ums
 * Leben kommen") or a single stop word ("nobody", "personne") is matched
 * on the words of a sentence in a row, stop words included, and read as
 * its group; the aligner would otherwise skip the stop words and count the
 * others each on its own. Called with the lock held. */
static void
add_phrase (Table             *table,
            struct sb_stemmer *stemmer,
            const char        *key,
            GPtrArray         *words)
{
  PxParaphrasePhrase *phrase = g_new0 (PxParaphrasePhrase, 1);
  GPtrArray *list;

  phrase->n_words = words->len;
  phrase->key = key;
  phrase->stems = g_new0 (char *, words->len + 1);
  for (guint w = 0; w < words->len; w++)
    phrase->stems[w] = stem_with (stemmer, g_ptr_array_index (words, w));
  list = g_hash_table_lookup (table->phrases, phrase->stems[0]);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      PxParaphrasePhrase *other = g_ptr_array_index (list, i);
      if (g_strv_equal ((const char * const *) other->stems, (const char * const *) phrase->stems))
        {
          if (other->key != key)
            {
              g_autofree char *joined = g_strjoinv (" ", phrase->stems);
              g_ptr_array_add (table->collisions, g_strdup_printf ("%s: %s %s (a phrase)", joined, other->key + 1,
                                                                   key + 1));
            }
          phrase_free (phrase);
          return;
        }
    }
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
      g_hash_table_insert (table->phrases, g_strdup (phrase->stems[0]), list);
    }
  g_ptr_array_add (list, phrase);
  g_ptr_array_sort (list, compare_phrases_longest_first);
}

/* Called with the lock held. */
static Table *
table_for (const char *code)
{
  Table *table = g_hash_table_lookup (tables, code);
  struct sb_stemmer *stemmer;

  if (table != NULL)
    return table;
  table = g_new0 (Table, 1);
  table->stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  table->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  table->collisions = g_ptr_array_new_with_free_func (g_free);
  stemmer = sb_stemmer_new (code, "UTF_8");
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);
      for (guint k = 0; k < group->words->len; k++)
        {
          g_autofree char *head = NULL;
          g_autofree char *stem = NULL;
          const char *owner;

          const char *form = g_ptr_array_index (group->words, k);

          if (strcmp (g_ptr_array_index (group->languages, k), code) != 0)
            continue;
          head = head_word (form);
          if (strchr (form, ' ') != NULL || px_language_is_stopword (code, head))
            {
              g_autoptr(GPtrArray) words = split_words (form);
              if (words->len > 0)
                add_phrase (table, stemmer, group->key, words);
              continue;
            }
          stem = stem_with (stemmer, head);
          owner = g_hash_table_lookup (table->stems, stem);
          if (owner == NULL)
            g_hash_table_insert (table->stems, g_steal_pointer (&stem), group->key);
          else if (owner != group->key)
            /* The first group keeps it; a lexicon test reports the clash. */
            g_ptr_array_add (table->collisions, g_strdup_printf ("%s: %s %s (%s)", stem, owner + 1, group->key + 1,
                                                                 (const char *) g_ptr_array_index (group->words, k)));
        }
    }
  if (stemmer != NULL)
    sb_stemmer_delete (stemmer);
  g_hash_table_insert (tables, g_strdup (code), table);
  return table;
}

/**
 * px_paraphrase_table:
 * @language: the language of the sentences to read
 *
 * Returns: (transfer none) (nullable): folded stem → the key of its
 *   paraphrase group ("=killed") in @language; built on first use and
 *   never changed after, so it may be read from any thread without a lock.
 */
GHashTable *
px_paraphrase_table (const char *language)
{
  g_autofree char *code = language_code (language);
  GHashTable *stems;

  if (code == NULL)
    return NULL;
  /* Building a table must not race; reading a built one needs no lock. */
  g_mutex_lock (&lock);
  ensure_loaded ();
  stems = table_for (code)->stems;
  g_mutex_unlock (&lock);
  return stems;
}

/**
 * px_paraphrase_phrases:
 * @language: the language of the sentences to read
 *
 * The forms of the lexicons that are read on words in a row: a form of
 * several words ("no one", "cessation of hostilities") and a form that is a
 * stop word ("nobody"). The words of a sentence that match one are read as
 * its group and not each on its own.
 *
 * Returns: (transfer none) (nullable): folded stem of a phrase's first
 *   word → #GPtrArray of #PxParaphrasePhrase, longest first; built on first
 *   use and never changed after, so it may be read from any thread.
 */
GHashTable *
px_paraphrase_phrases (const char *language)
{
  g_autofree char *code = language_code (language);
  GHashTable *phrases;

  if (code == NULL)
    return NULL;
  g_mutex_lock (&lock);
  ensure_loaded ();
  phrases = table_for (code)->phrases;
  g_mutex_unlock (&lock);
  return phrases;
}

/**
 * px_paraphrase_category:
 * @key: the key of a paraphrase group ("=killed")
 *
 * Groups of one category are alternatives that exclude one another: the
 * dead, the injured, the missing and the survivors of a disaster; a rise and
 * a fall.
 *
 * Returns: (nullable): the interned category of the group, or %NULL.
 */
const char *
px_paraphrase_category (const char *key)
{
  const char *category;

  g_mutex_lock (&lock);
  ensure_loaded ();
  category = g_hash_table_lookup (categories, key);
  g_mutex_unlock (&lock);
  return category;
}

/**
 * px_paraphrase_n_groups:
 *
 * Returns: how many paraphrase groups are loaded.
 */
guint
px_paraphrase_n_groups (void)
{
  guint n;

  g_mutex_lock (&lock);
  ensure_loaded ();
  n = groups->len;
  g_mutex_unlock (&lock);
  return n;
}

/**
 * px_paraphrase_dup_collisions:
 * @language: a language code
 *
 * Mistakes of the lexicons in @language: stems two groups claim (the first
 * group keeps such a stem: two words that stem alike, or one word in two
 * groups), and phrases two groups claim.
 *
 * Returns: (transfer full) (element-type utf8): "stem: group group (word)"
 *   per clash, "stems: group group (a phrase)"; empty when there is none.
 */
GPtrArray *
px_paraphrase_dup_collisions (const char *language)
{
  g_autofree char *code = language_code (language);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  Table *table;

  if (code == NULL)
    return out;
  g_mutex_lock (&lock);
  ensure_loaded ();
  table = table_for (code);
  for (guint i = 0; i < table->collisions->len; i++)
    g_ptr_array_add (out, g_strdup (g_ptr_array_index (table->collisions, i)));
  g_mutex_unlock (&lock);
  return out;
}

/**
 * px_paraphrase_lexicon_free:
 * @lexicon: (nullable): what px_paraphrase_list() gave
 */
void
px_paraphrase_lexicon_free (PxParaphraseLexicon *lexicon)
{
  if (lexicon == NULL)
    return;
  g_free (lexicon->id);
  g_free (lexicon->title);
  g_free (lexicon->path);
  g_strfreev (lexicon->languages);
  g_free (lexicon);
}

/**
 * px_paraphrase_list:
 *
 * The paraphrase lexicons in use, those Parallax ships first, then the
 * user's (which replace a shipped one with the same id), each in the order
 * of its file name.
 *
 * Returns: (transfer full) (element-type PxParaphraseLexicon): a copy
 */
GPtrArray *
px_paraphrase_list (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) px_paraphrase_lexicon_free);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  ensure_loaded ();
  for (guint i = 0; i < in_use->len; i++)
    {
      const PxParaphraseLexicon *from = g_ptr_array_index (in_use, i);
      PxParaphraseLexicon *copy = g_new0 (PxParaphraseLexicon, 1);

      copy->id = g_strdup (from->id);
      copy->title = g_strdup (from->title);
      copy->path = g_strdup (from->path);
      copy->n_groups = from->n_groups;
      copy->languages = g_strdupv (from->languages);
      copy->user = from->user;
      g_ptr_array_add (list, copy);
    }
  return list;
}

/**
 * px_paraphrase_dup_problems:
 *
 * Returns: (transfer full) (element-type utf8): one message for each
 *   paraphrase lexicon file that could not be read, naming the file and,
 *   where it can, the line; empty when every file was read
 */
GPtrArray *
px_paraphrase_dup_problems (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  ensure_loaded ();
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (list, g_strdup (g_ptr_array_index (problems, i)));
  return list;
}
