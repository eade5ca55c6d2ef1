/* px-thesaurus.c — synonyms from the system's office thesauri (MyThes files)
 *
 * Office suites ship a thesaurus per language in the MyThes format: an
 * index file (.idx: its encoding, the number of words, then one line
 * "word|byte offset" per head word) and a data file (.dat: its encoding,
 * then per head word a line "word|n" followed by n senses, each a line
 * "(part of speech)|synonym|synonym|…"). The aligner asks them whether two
 * words of two sentences may say the same ("declined" / "rejected"), as one
 * more piece of evidence among many: a thesaurus lists every meaning of a
 * word, so it is never taken as proof.
 *
 * Nothing is read until a language is asked for; then its index (a few
 * megabytes) is read once and kept sorted, and each entry is read from the
 * mapped data file only when a word is looked up, and kept for the life of
 * the process. The files are found in the "mythes" folder of the system
 * data folders, or in the folder PARALLAX_THESAURUS_DIR names (an empty or
 * missing folder turns the thesaurus off). Files in an encoding other than
 * UTF-8 (ISO-8859-x, KOI8-R) are converted as they are read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-thesaurus"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "px-thesaurus.h"

typedef struct {
  char  *key;    /* the head word, lower case, UTF-8 */
  gsize  offset; /* of its entry in the data file */
} IndexWord;

typedef struct {
  char        *charset;  /* of the files; NULL for UTF-8 */
  GMappedFile *data;
  GArray      *index;    /* IndexWord, sorted by key */
  GHashTable  *entries;  /* lower-case word → PxThesaurusEntry, or &missing */
} Thesaurus;

static GMutex lock;
static GHashTable *thesauri; /* two-letter code → Thesaurus, or NULL when there is none */
static int missing;          /* the value of a word the thesaurus does not hold */

/**
 * px_thesaurus_dup_dir:
 *
 * The folder named by the environment variable PARALLAX_THESAURUS_DIR, if
 * set (tests use it to point at a folder of their own, or at none).
 *
 * Returns: (transfer full) (nullable): the folder the thesaurus files are
 *   read from instead of the system's, or %NULL to look in the "mythes"
 *   folder of each system data folder.
 */
char *
px_thesaurus_dup_dir (void)
{
  const char *dir = g_getenv ("PARALLAX_THESAURUS_DIR");
  return dir != NULL ? g_strdup (dir) : NULL;
}

static char *
lower_word (const char *word,
            gssize      length)
{
  gboolean ascii = TRUE;

  if (length < 0)
    length = strlen (word);
  for (gssize i = 0; i < length && ascii; i++)
    ascii = (guchar) word[i] < 0x80;
  if (ascii)
    {
      char *lower = g_strndup (word, length);
      for (char *p = lower; *p != '\0'; p++)
        *p = g_ascii_tolower (*p);
      return lower;
    }
  return g_utf8_strdown (word, length);
}

static int
compare_index_words (gconstpointer a,
                     gconstpointer b)
{
  const IndexWord *x = a, *y = b;
  int order = strcmp (x->key, y->key);
  return order != 0 ? order : (x->offset > y->offset) - (x->offset < y->offset);
}

/* The charset named on a file's first line; NULL for UTF-8. A byte order
 * mark before it is skipped. */
static char *
read_charset (const char  *text,
              gsize        length,
              gsize       *skip)
{
  const char *start = text;
  const char *end;
  g_autofree char *name = NULL;

  if (length >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    start += 3;
  end = memchr (start, '\n', length - (start - text));
  if (end == NULL)
    end = text + length;
  *skip = end < text + length ? (gsize) (end - text) + 1 : length;
  name = g_strstrip (g_strndup (start, end - start));
  if (name[0] == '\0' || g_ascii_strcasecmp (name, "UTF-8") == 0 || g_ascii_strcasecmp (name, "UTF8") == 0)
    return NULL;
  return g_steal_pointer (&name);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The index and data file of @code in @dir, preferring the language's own
 * country ("th_de_DE_v2", "th_fr_FR_v2") when several variants are there. */
static char *
find_index (const char *dir,
            const char *code)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *own = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *th = g_strconcat ("th_", code, "_", NULL);
  g_autofree char *thes = g_strconcat ("thes_", code, ".", NULL);
  g_autofree char *upper = g_ascii_strup (code, -1);
  const char *name;

  if (listing == NULL)
    return NULL;
  own = g_strconcat ("th_", code, "_", upper, "_", NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *data = NULL;

      if (!g_str_has_suffix (name, ".idx") || !(g_str_has_prefix (name, th) || g_str_has_prefix (name, thes)))
        continue;
      stem = g_strndup (name, strlen (name) - 4);
      data = g_strconcat (dir, G_DIR_SEPARATOR_S, stem, ".dat", NULL);
      if (g_file_test (data, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (found, g_strdup (name));
    }
  if (found->len == 0)
    return NULL;
  g_ptr_array_sort (found, compare_names);
  for (guint i = 0; i < found->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (found, i), own))
      return g_build_filename (dir, (const char *) g_ptr_array_index (found, i), NULL);
  return g_build_filename (dir, (const char *) g_ptr_array_index (found, 0), NULL);
}

/**
 * px_thesaurus_dup_index_path:
 * @language: a two-letter language code
 *
 * Finds the thesaurus of @language without reading it, for a settings
 * window to tell which languages have one.
 *
 * Returns: (transfer full) (nullable): the index file that would be read
 *   for @language, or %NULL when it has none
 */
char *
px_thesaurus_dup_index_path (const char *language)
{
  g_autofree char *override = px_thesaurus_dup_dir ();
  char *index_path = NULL;

  if (override != NULL)
    return find_index (override, language);
  for (const char * const *dirs = g_get_system_data_dirs (); *dirs != NULL && index_path == NULL; dirs++)
    {
      g_autofree char *dir = g_build_filename (*dirs, "mythes", NULL);

      index_path = find_index (dir, language);
    }
  return index_path;
}

static Thesaurus *
load (const char *code)
{
  g_autofree char *index_path = px_thesaurus_dup_index_path (code);
  g_autofree char *data_path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *converted = NULL;
  g_autoptr(GError) error = NULL;
  Thesaurus *thesaurus;
  const char *text, *end;
  gsize length = 0, skip = 0;

  if (index_path == NULL || !g_file_get_contents (index_path, &contents, &length, NULL))
    return NULL;

  thesaurus = g_new0 (Thesaurus, 1);
  thesaurus->charset = read_charset (contents, length, &skip);
  text = contents + skip;
  length -= skip;
  if (thesaurus->charset != NULL)
    {
      gsize written = 0;
      converted = g_convert (text, length, "UTF-8", thesaurus->charset, NULL, &written, &error);
      if (converted == NULL)
        {
          g_debug ("%s: %s", index_path, error->message);
          g_free (thesaurus->charset);
          g_free (thesaurus);
          return NULL;
        }
      text = converted;
      length = written;
    }

  data_path = g_strconcat (index_path, NULL);
  memcpy (data_path + strlen (data_path) - 4, ".dat", 4);
  thesaurus->data = g_mapped_file_new (data_path, FALSE, &error);
  if (thesaurus->data == NULL)
    {
      g_debug ("%s: %s", data_path, error->message);
      g_free (thesaurus->charset);
      g_free (thesaurus);
      return NULL;
    }

  /* The second line is the number of words; every later line is a word.
   * Only single words are kept: the aligner asks about words, not phrases. */
  thesaurus->index = g_array_new (FALSE, FALSE, sizeof (IndexWord));
  end = text + length;
  for (const char *line = text; line < end; )
    {
      const char *next = memchr (line, '\n', end - line);
      const char *bar;

      if (next == NULL)
        next = end;
      bar = memchr (line, '|', next - line);
      if (bar != NULL && bar > line && memchr (line, ' ', bar - line) == NULL)
        {
          IndexWord w;
          char *tail = NULL;
          w.offset = g_ascii_strtoull (bar + 1, &tail, 10);
          if (tail != bar + 1)
            {
              w.key = lower_word (line, bar - line);
              g_array_append_val (thesaurus->index, w);
            }
        }
      line = next + 1;
    }
  g_array_sort (thesaurus->index, compare_index_words);
  thesaurus->entries = g_hash_table_new (g_str_hash, g_str_equal);
  return thesaurus;
}

/* Called with the lock held. */
static Thesaurus *
thesaurus_for (const char *language)
{
  g_autofree char *code = NULL;
  Thesaurus *thesaurus;

  if (language == NULL || strlen (language) < 2)
    return NULL;
  code = g_ascii_strdown (language, 2);
  if (thesauri == NULL)
    thesauri = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_lookup_extended (thesauri, code, NULL, (gpointer *) &thesaurus))
    return thesaurus;
  thesaurus = load (code);
  g_hash_table_insert (thesauri, g_steal_pointer (&code), thesaurus);
  return thesaurus;
}

/**
 * px_thesaurus_has_language:
 * @language: (nullable): a language code ("en", "fr-CH")
 *
 * Reads the language's index on first use.
 *
 * Returns: whether a thesaurus of @language is installed. Thread-safe.
 */
gboolean
px_thesaurus_has_language (const char *language)
{
  gboolean found;

  g_mutex_lock (&lock);
  found = thesaurus_for (language) != NULL;
  g_mutex_unlock (&lock);
  return found;
}

/* The first index word not below @key. */
static guint
lower_bound (Thesaurus  *thesaurus,
             const char *key)
{
  guint low = 0, high = thesaurus->index->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      if (strcmp (g_array_index (thesaurus->index, IndexWord, middle).key, key) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* Reads one line of the data file at *@at, in UTF-8, and moves past it. */
static char *
read_line (Thesaurus *thesaurus,
           gsize     *at)
{
  const char *data = g_mapped_file_get_contents (thesaurus->data);
  gsize size = g_mapped_file_get_length (thesaurus->data);
  const char *start = data + *at, *end;

  if (*at >= size)
    return NULL;
  end = memchr (start, '\n', size - *at);
  if (end == NULL)
    end = data + size;
  *at = end - data + 1;
  if (end > start && end[-1] == '\r')
    end--;
  if (thesaurus->charset != NULL)
    return g_convert (start, end - start, "UTF-8", thesaurus->charset, NULL, NULL, NULL);
  return g_utf8_make_valid (start, end - start);
}

/* What a word of a sense is to the head word. */
typedef enum {
  SYNONYM,
  RELATED,  /* a broader, similar or related term: may say the same or not */
  ANTONYM,
} Kind;

/* The kind a note names: English and German files mark each word
 * ("open (antonym)", "Fahrzeug (Oberbegriff)"); the Russian file marks a
 * whole sense in place of its part of speech ("(антоним)|рай",
 * "(сходный термин)|…"). */
static Kind
kind_of_note (const char *note,
              Kind        otherwise)
{
  g_autofree char *folded = g_utf8_strdown (note, -1);

  if (strstr (folded, "antonym") != NULL || strstr (folded, "антоним") != NULL)
    return ANTONYM;
  if (strstr (folded, "term") != NULL || strstr (folded, "begriff") != NULL ||
      strstr (folded, "термин") != NULL)
    return RELATED;
  return otherwise;
}

/* A word of a sense as the aligner uses it: one word, lower case, and its
 * kind (*@kind, from a note in parentheses; other notes, of register or
 * region, are dropped). NULL when nothing is left. */
static char *
synonym_word (const char *field,
              Kind       *kind)
{
  const char *open = strchr (field, '(');
  g_autofree char *word = NULL;

  if (open != NULL)
    {
      *kind = kind_of_note (open, *kind);
      word = g_strstrip (g_strndup (field, open - field));
    }
  else
    word = g_strstrip (g_strdup (field));
  if (word[0] == '\0' || strchr (word, ' ') != NULL)
    return NULL;
  return lower_word (word, -1);
}

/* Appends the senses of the entry at @offset. */
static void
read_entry (Thesaurus *thesaurus,
            gsize      offset,
            GArray    *senses,
            char     **word)
{
  gsize at = offset;
  g_autofree char *head = read_line (thesaurus, &at);
  char *bar;
  guint n;

  if (head == NULL || (bar = strrchr (head, '|')) == NULL)
    return;
  n = (guint) g_ascii_strtoull (bar + 1, NULL, 10);
  if (*word == NULL)
    *word = g_strndup (head, bar - head);
  for (guint i = 0; i < n && i < 1000; i++)
    {
      g_autofree char *line = read_line (thesaurus, &at);
      g_auto(GStrv) fields = NULL;
      g_autoptr(GPtrArray) synonyms = g_ptr_array_new ();
      g_autoptr(GPtrArray) related = g_ptr_array_new ();
      g_autoptr(GPtrArray) antonyms = g_ptr_array_new ();
      GPtrArray *lists[] = { [SYNONYM] = synonyms, [RELATED] = related, [ANTONYM] = antonyms };
      PxThesaurusSense sense = { NULL, NULL, NULL, NULL };
      Kind sense_kind = SYNONYM;
      guint first = 0;

      if (line == NULL)
        break;
      fields = g_strsplit (line, "|", -1);
      if (fields[0] != NULL && fields[0][0] == '(')
        {
          char *close = strchr (fields[0], ')');
          sense.part_of_speech = g_strndup (fields[0] + 1, close != NULL ? (gsize) (close - fields[0] - 1) : strlen (fields[0] + 1));
          sense_kind = kind_of_note (sense.part_of_speech, SYNONYM);
          first = 1;
        }
      else if (fields[0] != NULL && (fields[0][0] == '\0' || g_str_equal (fields[0], "-")))
        first = 1;  /* no part of speech given */
      for (guint k = first; fields[k] != NULL; k++)
        {
          Kind kind = sense_kind;
          char *synonym = synonym_word (fields[k], &kind);
          if (synonym != NULL)
            g_ptr_array_add (lists[kind], synonym);
        }
      for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
        g_ptr_array_add (lists[k], NULL);
      sense.synonyms = (char **) g_ptr_array_steal (lists[SYNONYM], NULL);
      sense.related = (char **) g_ptr_array_steal (lists[RELATED], NULL);
      sense.antonyms = (char **) g_ptr_array_steal (lists[ANTONYM], NULL);
      g_array_append_val (senses, sense);
    }
}

/**
 * px_thesaurus_lookup:
 * @language: (nullable): a language code
 * @word: a word; case does not matter
 *
 * What the thesaurus of @language says about @word: the senses of every
 * head word that is @word in lower case. Read on first use and kept.
 * Thread-safe.
 *
 * Returns: (transfer none) (nullable): the entry, valid for the life of the
 *   process, or %NULL when there is no thesaurus or it lacks the word.
 */
const PxThesaurusEntry *
px_thesaurus_lookup (const char *language,
                     const char *word)
{
  Thesaurus *thesaurus;
  g_autofree char *key = NULL;
  PxThesaurusEntry *entry;
  GArray *senses;
  char *head = NULL;

  g_return_val_if_fail (word != NULL, NULL);

  key = lower_word (word, -1);
  g_mutex_lock (&lock);
  thesaurus = thesaurus_for (language);
  if (thesaurus == NULL)
    {
      g_mutex_unlock (&lock);
      return NULL;
    }
  entry = g_hash_table_lookup (thesaurus->entries, key);
  if (entry != NULL)
    {
      g_mutex_unlock (&lock);
      return entry == (gpointer) &missing ? NULL : entry;
    }
  senses = g_array_new (FALSE, FALSE, sizeof (PxThesaurusSense));
  for (guint i = lower_bound (thesaurus, key);
       i < thesaurus->index->len && g_str_equal (g_array_index (thesaurus->index, IndexWord, i).key, key); i++)
    read_entry (thesaurus, g_array_index (thesaurus->index, IndexWord, i).offset, senses, &head);
  if (senses->len == 0)
    {
      g_array_unref (senses);
      g_free (head);
      g_hash_table_insert (thesaurus->entries, g_steal_pointer (&key), &missing);
      g_mutex_unlock (&lock);
      return NULL;
    }
  entry = g_new0 (PxThesaurusEntry, 1);
  entry->word = head != NULL ? head : g_strdup (key);
  entry->n_senses = senses->len;
  entry->senses = (PxThesaurusSense *) (void *) g_array_free (senses, FALSE);
  g_hash_table_insert (thesaurus->entries, g_steal_pointer (&key), entry);
  g_mutex_unlock (&lock);
  return entry;
}

/**
 * px_thesaurus_dup_head_words:
 * @language: (nullable): a language code
 * @prefix: the start of the words, lower case ("refus")
 * @max: at most this many words
 *
 * The head words of the thesaurus of @language that start with @prefix,
 * lower case, in order: the forms a stem may stand for. Thread-safe.
 *
 * Returns: (transfer full) (element-type utf8): the words, none when there
 *   is no thesaurus.
 */
GPtrArray *
px_thesaurus_dup_head_words (const char *language,
                             const char *prefix,
                             guint       max)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  Thesaurus *thesaurus;

  g_return_val_if_fail (prefix != NULL, words);

  g_mutex_lock (&lock);
  thesaurus = thesaurus_for (language);
  if (thesaurus != NULL)
    for (guint i = lower_bound (thesaurus, prefix); i < thesaurus->index->len && words->len < max; i++)
      {
        const char *key = g_array_index (thesaurus->index, IndexWord, i).key;
        if (!g_str_has_prefix (key, prefix))
          break;
        if (words->len == 0 || !g_str_equal (g_ptr_array_index (words, words->len - 1), key))
          g_ptr_array_add (words, g_strdup (key));
      }
  g_mutex_unlock (&lock);
  return words;
}
