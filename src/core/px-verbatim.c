/* px-verbatim.c — text copied word for word between articles
 *
 * Wire copy and press releases travel through outlets nearly unchanged. As
 * passim and WCopyfind do, every run of five words (lower case, punctuation
 * and quotation marks ignored) is hashed; runs two articles share are grown
 * to their full length. A run must hold a few content words, so that stock
 * phrases made of function words do not count as copying.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-verbatim"

#include "config.h"

#include <string.h>

#include "px-language.h"
#include "px-sentences.h"
#include "px-verbatim.h"

/* A five-word run repeated more often than this is a formula, not a copy. */
#define PX_VERBATIM_MAX_REPEATS 32
#define PX_VERBATIM_MIN_CONTENT_WORDS 3

typedef struct {
  guint id;        /* the normalised word's id, shared by all articles */
  guint sentence;
  guint start;     /* characters in the sentence */
  guint end;
  gboolean content;
} PxWord;

typedef struct {
  guint article;
  guint position;
} PxOccurrence;

void
px_verbatim_free (PxVerbatim *verbatim)
{
  if (verbatim == NULL)
    return;
  g_free (verbatim->text);
  g_array_unref (verbatim->articles);
  g_array_unref (verbatim->spans);
  g_free (verbatim);
}

static GArray *
px_words_of (const PxClaimDocument *document,
             GHashTable            *ids,
             GPtrArray             *names)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (PxWord));

  for (guint s = 0; s < document->sentences->len; s++)
    {
      PxSentence *sentence = g_ptr_array_index (document->sentences, s);
      const char *p = sentence->text;
      guint offset = 0;

      while (*p != '\0')
        {
          gunichar c = g_utf8_get_char (p);
          const char *start = p;
          guint start_offset = offset;
          g_autofree char *raw = NULL;
          g_autofree char *lower = NULL;
          gpointer found;
          PxWord word;

          if (!g_unichar_isalnum (c))
            {
              p = g_utf8_next_char (p);
              offset++;
              continue;
            }

          while (*p != '\0')
            {
              gunichar d = g_utf8_get_char (p);
              const char *next = g_utf8_next_char (p);
              /* Keep "don’t" and "1,000" as one word. */
              if (g_unichar_isalnum (d) ||
                  ((d == '\'' || d == 0x2019 || d == ',' || d == '.') && g_unichar_isalnum (g_utf8_get_char (next)) &&
                   (d == '\'' || d == 0x2019 || g_unichar_isdigit (g_utf8_get_char (next)))))
                {
                  p = next;
                  offset++;
                }
              else
                break;
            }

          raw = g_utf8_strdown (start, p - start);
          lower = g_utf8_normalize (raw, -1, G_NORMALIZE_NFC);
          if (strstr (lower, "\xe2\x80\x99") != NULL)
            {
              /* Typographic and typewriter apostrophes are one. */
              GString *plain = g_string_new (lower);
              g_string_replace (plain, "\xe2\x80\x99", "'", 0);
              g_free (lower);
              lower = g_string_free (plain, FALSE);
            }
          found = g_hash_table_lookup (ids, lower);
          if (found == NULL)
            {
              g_ptr_array_add (names, g_strdup (lower));
              found = GUINT_TO_POINTER (names->len);
              g_hash_table_insert (ids, g_ptr_array_index (names, names->len - 1), found);
            }
          word.id = GPOINTER_TO_UINT (found) - 1;
          word.sentence = s;
          word.start = start_offset;
          word.end = offset;
          word.content = g_utf8_strlen (lower, -1) >= 3 && !g_unichar_isdigit (g_utf8_get_char (lower)) &&
                         !px_language_is_stopword (document->language, lower);
          g_array_append_val (words, word);
        }
    }
  return words;
}

static guint64
px_gram_key (const PxWord *words)
{
  guint64 h = 1469598103934665603ull;

  for (guint k = 0; k < PX_VERBATIM_MIN_WORDS; k++)
    {
      h ^= words[k].id;
      h *= 1099511628211ull;
    }
  return h;
}

static guint
px_key_hash (gconstpointer key)
{
  guint64 v = *(const guint64 *) key;
  return (guint) (v ^ (v >> 32));
}

static gboolean
px_key_equal (gconstpointer a,
              gconstpointer b)
{
  return *(const guint64 *) a == *(const guint64 *) b;
}

static void
px_add_spans (PxVerbatim *verbatim,
              guint       article,
              GArray     *words,
              guint       from,
              guint       length)
{
  PxVerbatimSpan span = { article, G_MAXUINT, 0, 0 };
  guint k;

  /* Already marked by another pair of articles. */
  for (guint i = 0; i < verbatim->spans->len; i++)
    {
      PxVerbatimSpan *old = &g_array_index (verbatim->spans, PxVerbatimSpan, i);
      PxWord *w = &g_array_index (words, PxWord, from);
      if (old->article == article && old->sentence == w->sentence && old->start == w->start)
        return;
    }

  for (guint i = from; i < from + length; i++)
    {
      PxWord *w = &g_array_index (words, PxWord, i);
      if (w->sentence != span.sentence)
        {
          if (span.sentence != G_MAXUINT)
            g_array_append_val (verbatim->spans, span);
          span.sentence = w->sentence;
          span.start = w->start;
        }
      span.end = w->end;
    }
  g_array_append_val (verbatim->spans, span);

  for (k = 0; k < verbatim->articles->len && g_array_index (verbatim->articles, guint, k) < article; k++)
    ;
  if (k == verbatim->articles->len || g_array_index (verbatim->articles, guint, k) != article)
    g_array_insert_val (verbatim->articles, k, article);
}

static int
px_compare_spans (gconstpointer a,
                  gconstpointer b)
{
  const PxVerbatimSpan *x = a, *y = b;
  if (x->article != y->article)
    return x->article < y->article ? -1 : 1;
  if (x->sentence != y->sentence)
    return x->sentence < y->sentence ? -1 : 1;
  return (x->start > y->start) - (x->start < y->start);
}

static int
px_compare_verbatim (gconstpointer a,
                     gconstpointer b)
{
  const PxVerbatim *x = *(PxVerbatim * const *) a, *y = *(PxVerbatim * const *) b;
  const PxVerbatimSpan *sx = &g_array_index (x->spans, PxVerbatimSpan, 0);
  const PxVerbatimSpan *sy = &g_array_index (y->spans, PxVerbatimSpan, 0);
  return px_compare_spans (sx, sy);
}

/**
 * px_verbatim_find:
 * @documents: (array length=n_documents): the articles of one event
 * @n_documents: how many
 *
 * Finds runs of at least %PX_VERBATIM_MIN_WORDS words that two or more
 * articles share word for word. A run shared by several articles is one
 * entry with spans in each.
 *
 * Returns: (transfer full) (element-type PxVerbatim): the runs, in the order
 *   they first appear
 */
GPtrArray *
px_verbatim_find (const PxClaimDocument *documents,
                  guint                  n_documents)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) px_verbatim_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) grams = g_hash_table_new_full (px_key_hash, px_key_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) by_text = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint d = 0; d < n_documents; d++)
    g_ptr_array_add (words, px_words_of (&documents[d], ids, names));

  for (guint d = 0; d < n_documents; d++)
    {
      GArray *wa = g_ptr_array_index (words, d);
      for (guint p = 0; p + PX_VERBATIM_MIN_WORDS <= wa->len; p++)
        {
          guint64 key = px_gram_key (&g_array_index (wa, PxWord, p));
          GArray *list = g_hash_table_lookup (grams, &key);
          PxOccurrence here = { d, p };

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (PxOccurrence));
              g_hash_table_insert (grams, g_memdup2 (&key, sizeof key), list);
            }

          /* Grow each run from its first shared gram with an earlier article. */
          for (guint o = 0; o < list->len; o++)
            {
              PxOccurrence *other = &g_array_index (list, PxOccurrence, o);
              GArray *wb = g_ptr_array_index (words, other->article);
              guint q = other->position;
              guint length = 0, content = 0;
              g_autoptr(GString) text = NULL;
              PxVerbatim *verbatim;

              if (other->article == d)
                continue;
              if (p > 0 && q > 0 &&
                  g_array_index (wa, PxWord, p - 1).id == g_array_index (wb, PxWord, q - 1).id)
                continue;
              while (p + length < wa->len && q + length < wb->len &&
                     g_array_index (wa, PxWord, p + length).id == g_array_index (wb, PxWord, q + length).id)
                {
                  content += g_array_index (wa, PxWord, p + length).content;
                  length++;
                }
              if (length < PX_VERBATIM_MIN_WORDS || content < PX_VERBATIM_MIN_CONTENT_WORDS)
                continue;

              text = g_string_new (NULL);
              for (guint k = 0; k < length; k++)
                {
                  if (k > 0)
                    g_string_append_c (text, ' ');
                  g_string_append (text, g_ptr_array_index (names, g_array_index (wa, PxWord, p + k).id));
                }
              verbatim = g_hash_table_lookup (by_text, text->str);
              if (verbatim == NULL)
                {
                  verbatim = g_new0 (PxVerbatim, 1);
                  verbatim->words = length;
                  verbatim->text = g_strdup (text->str);
                  verbatim->articles = g_array_new (FALSE, FALSE, sizeof (guint));
                  verbatim->spans = g_array_new (FALSE, FALSE, sizeof (PxVerbatimSpan));
                  g_ptr_array_add (result, verbatim);
                  g_hash_table_insert (by_text, verbatim->text, verbatim);
                }
              px_add_spans (verbatim, other->article, wb, q, length);
              px_add_spans (verbatim, d, wa, p, length);
            }

          if (list->len < PX_VERBATIM_MAX_REPEATS)
            g_array_append_val (list, here);
        }
    }

  for (guint i = 0; i < result->len; i++)
    g_array_sort (((PxVerbatim *) g_ptr_array_index (result, i))->spans, px_compare_spans);
  g_ptr_array_sort (result, px_compare_verbatim);
  return result;
}
