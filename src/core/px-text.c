/* px-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-text"

#include "config.h"

#include <string.h>

#include "px-text.h"

static gboolean
px_unichar_is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00a0 || c == 0x2007 || c == 0x202f ||
         c == 0x200b || c == 0xfeff || c == 0x00ad;
}

/**
 * px_text_normalize_space:
 * @length: bytes of @text, or -1 if NUL-terminated
 *
 * Folds every run of white space (no-break and zero-width spaces too) into one
 * space and trims both ends.
 */
char *
px_text_normalize_space (const char *text,
                         gssize      length)
{
  const char *end = length < 0 ? text + strlen (text) : text + length;
  char *out = g_malloc ((end - text) + 1);
  char *o = out;
  gboolean pending_space = FALSE;

  /* Byte by byte for ASCII, most of any text; only lead bytes that can
   * start a Unicode space or joiner are decoded. */
  for (const char *p = text; p < end && *p; )
    {
      guchar b = (guchar) *p;
      gsize n = 1;

      if (b < 0x80)
        {
          if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
            {
              pending_space = o > out;
              p++;
              continue;
            }
        }
      else
        {
          n = MIN ((gsize) g_utf8_skip[b], (gsize) (end - p));
          if (b == 0xc2 || b == 0xe1 || b == 0xe2 || b == 0xe3 || b == 0xef)
            {
              gunichar c = g_utf8_get_char_validated (p, n);

              /* Soft hyphens and zero-width spaces join, they do not
               * separate. */
              if (c == 0x00ad || c == 0x200b || c == 0xfeff)
                {
                  p += n;
                  continue;
                }
              if (c < 0x110000 && px_unichar_is_space (c))
                {
                  pending_space = o > out;
                  p += n;
                  continue;
                }
            }
        }
      if (pending_space)
        *o++ = ' ';
      pending_space = FALSE;
      /* This character, then the rest of a run of ASCII letters and
       * punctuation, without a call per character. */
      for (gsize i = 0; i < n; i++)
        *o++ = *p++;
      while (p < end && (guchar) *p > ' ' && (guchar) *p < 0x80)
        *o++ = *p++;
    }
  *o = '\0';
  return out;
}

guint
px_text_count_words (const char *text)
{
  guint words = 0;
  gboolean in_word = FALSE;

  if (text == NULL)
    return 0;
  for (const char *p = text; *p;)
    {
      guchar b = (guchar) *p;
      gboolean alnum;

      /* For ASCII, g_unichar_isalnum () is g_ascii_isalnum (), without
       * the decoding and the table lookup. */
      if (b < 0x80)
        {
          alnum = g_ascii_isalnum (b) != 0;
          p++;
        }
      else
        {
          alnum = g_unichar_isalnum (g_utf8_get_char (p)) != 0;
          p = g_utf8_next_char (p);
        }
      /* Arithmetic, not a branch: word starts are not predictable. */
      words += alnum & !in_word;
      in_word = alnum;
    }
  return words;
}

gboolean
px_text_has_letters (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Whether a line ends the way prose does, after any closing quotes. */
gboolean
px_text_ends_sentence (const char *text)
{
  const char *p;

  if (text == NULL || *text == '\0')
    return FALSE;
  p = text + strlen (text);
  while (p > text)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_utf8_get_char (p);
      if (px_unichar_is_space (c))
        continue;
      if (c == '"' || c == '\'' || c == 0x201d || c == 0x2019 || c == 0x00bb ||
          c == 0x201c || c == ')' || c == 0x00ab)
        continue;
      return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 ||
             c == ':' || c == ';';
    }
  return FALSE;
}

/* Removes list bullets and markdown markers at the start of a line. */
char *
px_text_strip_markers (const char *text)
{
  const char *p = text;

  while (*p == ' ' || *p == '\t')
    p++;
  while (*p == '#' || *p == '>' )
    p++;
  if ((*p == '*' || *p == '-' || *p == '+') && p[1] == ' ')
    p += 2;
  else if (g_str_has_prefix (p, "\xe2\x80\xa2"))   /* • */
    p += 3;
  while (*p == ' ' || *p == '\t')
    p++;
  return g_strdup (p);
}

/**
 * px_text_capitalise:
 * @text: a UTF-8 string
 *
 * @text with its first letter in title case, for a label or a heading that
 * starts with a word written mid-sentence ("press service of the …").
 *
 * Returns: (transfer full): a new string
 */
char *
px_text_capitalise (const char *text)
{
  char head[8] = { 0 };

  if (*text == '\0')
    return g_strdup (text);
  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), head);
  return g_strconcat (head, g_utf8_next_char (text), NULL);
}

/**
 * px_text_list_contains:
 * @list: (array length=n): words
 * @n: how many
 * @word: (nullable): the word to look for
 *
 * Whether @word is one of the @n words of @list, for the short word lists
 * of grammar the analyses read.
 *
 * Returns: %TRUE when it is
 */
gboolean
px_text_list_contains (const char * const *list,
                       gsize               n,
                       const char         *word)
{
  if (word == NULL)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}

/**
 * px_text_list_has_prefix:
 * @list: (array length=n): words
 * @n: their number
 * @word: (nullable): a word
 *
 * Returns: whether @word starts with one of the words of @list ("montag"
 *   for "montagabend"); %FALSE for %NULL.
 */
gboolean
px_text_list_has_prefix (const char * const *list,
                         gsize               n,
                         const char         *word)
{
  if (word == NULL)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_str_has_prefix (word, list[i]))
      return TRUE;
  return FALSE;
}

/**
 * px_text_list_has_suffix:
 * @list: (array length=n): endings
 * @n: their number
 * @word: (nullable): a word
 *
 * Returns: whether @word ends with one of the endings of @list; %FALSE
 *   for %NULL.
 */
gboolean
px_text_list_has_suffix (const char * const *list,
                         gsize               n,
                         const char         *word)
{
  if (word == NULL)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_str_has_suffix (word, list[i]))
      return TRUE;
  return FALSE;
}

/* Interned strings, each stored after its serial number, so that a user
 * of many of them can keep per-string data in a plain array indexed by
 * serial instead of a hash table keyed by address: in a large folder such
 * a table outgrows the processor's caches, and each look-up then costs
 * several misses where an array costs one. */
static GMutex intern_lock;
static guint32 intern_count;

/**
 * px_text_intern:
 * @text: (nullable): a string
 *
 * Like g_intern_string(): equal strings give the same pointer, so terms can
 * be compared and hashed by address. The table is the text analysis' own,
 * kept reachable for the life of the process, so leak checkers see it as
 * the cache it is. Each interned string also has a serial number, see
 * px_text_intern_serial().
 *
 * Returns: (nullable) (transfer none): the canonical copy of @text
 */
const char *
px_text_intern (const char *text)
{
  static GHashTable *table;
  static GStringChunk *chunk;
  const char *interned;

  if (text == NULL)
    return NULL;

  g_mutex_lock (&intern_lock);
  if (table == NULL)
    {
      table = g_hash_table_new (g_str_hash, g_str_equal);
      chunk = g_string_chunk_new (64 * 1024);
    }
  interned = g_hash_table_lookup (table, text);
  if (interned == NULL)
    {
      gsize length = strlen (text);
      g_autofree char *record = g_malloc (sizeof (guint32) + length);

      /* The serial's bytes may hold a zero: inserted by length. */
      memcpy (record, &intern_count, sizeof (guint32));
      memcpy (record + sizeof (guint32), text, length);
      interned = g_string_chunk_insert_len (chunk, record, sizeof (guint32) + length) + sizeof (guint32);
      intern_count++;
      g_hash_table_add (table, (gpointer) interned);
    }
  g_mutex_unlock (&intern_lock);

  return interned;
}

/**
 * px_text_intern_serial:
 * @interned: a string px_text_intern() returned, never any other
 *
 * The serial number of an interned string: 0 for the first string
 * interned in the process, and one more for each new one after it, so that
 * per-string data can live in an array indexed by it. Reads no table.
 *
 * Returns: @interned's serial number
 */
guint
px_text_intern_serial (const char *interned)
{
  guint32 serial;

  memcpy (&serial, interned - sizeof (guint32), sizeof (guint32));
  return serial;
}

/**
 * px_compare_guint:
 * @a: a #guint
 * @b: another
 *
 * Orders guints, for g_array_sort() over arrays of indexes.
 *
 * Returns: negative, zero or positive as @a is less than, equal to or
 *   greater than @b
 */
int
px_compare_guint (gconstpointer a,
                  gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return (x > y) - (x < y);
}
