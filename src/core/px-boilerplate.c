/* px-boilerplate.c — template lines learnt across the files of one folder
 *
 * A site wraps every article in the same lines: an appeal, a disclaimer, a
 * "Follow us" line. Whatever recurs in several files of one outlet (or of
 * one folder, when the outlet is unknown) is template, learnt from the
 * folder itself. A paragraph that several outlets share is wire copy, which
 * is content, and stays. Each paragraph is hashed once, so the cost grows
 * with the number of paragraphs, not with pairs of files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-boilerplate"

#include "config.h"

#include <string.h>

#include "px-boilerplate.h"
#include "px-text.h"

/* Paragraphs that recur this near the start or the end of each article are
 * the site's frame, even when they are long. */
#define PX_EDGE_PARAGRAPHS 3

typedef struct {
  guint64  key;
  guint    files;         /* distinct articles holding it */
  gpointer first_group;
  gboolean several_groups;
  gpointer last_article;  /* to count each article once */
  gboolean always_at_edge;
} PxParagraphStats;

#define PX_FNV_OFFSET G_GUINT64_CONSTANT (14695981039346656037)
#define PX_FNV_PRIME  G_GUINT64_CONSTANT (1099511628211)

/* FNV-1a over whole code points: one round a character is enough to tell
 * paragraphs apart, and the loader hashes every paragraph of a folder. */
static inline guint64
px_hash_unichar (guint64  hash,
                 gunichar c)
{
  return (hash ^ c) * PX_FNV_PRIME;
}

/* A 64-bit hash of the paragraph's lower-cased letters and digits, words
 * separated by one space, so spacing, quotes and punctuation do not hide a
 * repeat. Zero for a paragraph without letters or digits. ASCII, most of
 * any page, takes a fast path; no string is built. */
static guint64
px_paragraph_key (const char *text)
{
  guint64 hash = PX_FNV_OFFSET;
  gboolean any = FALSE;
  gboolean pending_space = FALSE;

  for (const char *p = text; *p; )
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          guchar b = (guchar) *p++;

          c = !g_ascii_isalnum (b) ? 0 : (b >= 'A' && b <= 'Z') ? b + ('a' - 'A') : b;
        }
      else
        {
          c = g_utf8_get_char (p);
          c = g_unichar_isalnum (c) ? g_unichar_tolower (c) : 0;
          p = g_utf8_next_char (p);
        }
      if (c == 0)
        {
          pending_space = any;
          continue;
        }
      if (pending_space)
        hash = px_hash_unichar (hash, ' ');
      pending_space = FALSE;
      hash = px_hash_unichar (hash, c);
      any = TRUE;
    }
  return any ? (hash == 0 ? 1 : hash) : 0;
}

static char *
px_article_group (PxArticle *article)
{
  const char *outlet = px_article_get_outlet (article);
  const char *path = px_article_get_path (article);

  if (outlet != NULL && *outlet != '\0')
    return g_strconcat ("outlet:", outlet, NULL);
  if (path == NULL)
    return g_strdup ("folder:");
  {
    g_autofree char *plain = g_strndup (path, strcspn (path, "#"));
    g_autofree char *dir = g_path_get_dirname (plain);

    return g_strconcat ("folder:", dir, NULL);
  }
}

static gboolean
px_at_edge (guint index,
            guint count)
{
  return index < PX_EDGE_PARAGRAPHS || index + PX_EDGE_PARAGRAPHS >= count;
}

/* Whether @text has at least @n words, in px_text_count_words ()'s sense,
 * reading only as far as it takes. */
static gboolean
px_has_words (const char *text,
              guint       n)
{
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p && words < n;)
    {
      gboolean alnum;

      if ((guchar) *p < 0x80)
        {
          alnum = g_ascii_isalnum (*p) != 0;
          p++;
        }
      else
        {
          alnum = g_unichar_isalnum (g_utf8_get_char (p)) != 0;
          p = g_utf8_next_char (p);
        }
      words += alnum && !in_word;
      in_word = alnum;
    }
  return words >= n;
}

/**
 * px_boilerplate_prepare:
 * @article: one article of a load
 * @removed: (out) (optional): where to add the paragraphs removed
 *
 * The part of px_boilerplate_strip () that needs only @article, so the
 * loader's workers can do it: removes a paragraph pasted again further
 * down (a related story twice in the tail), keeping its first copy, and
 * hashes every remaining paragraph.
 *
 * Returns: (transfer full) (element-type guint64): the paragraphs' keys, in
 *   order, for px_boilerplate_strip_prepared ()
 */
GArray *
px_boilerplate_prepare (PxArticle *article,
                        guint     *removed)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);
  GArray *keys = g_array_sized_new (FALSE, FALSE, sizeof (guint64), paragraphs->len);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < paragraphs->len; )
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      guint64 key = px_paragraph_key (paragraph->text);

      if (px_has_words (paragraph->text, 8))
        {
          if (g_hash_table_contains (seen, &key))
            {
              px_article_remove_paragraph (article, i);
              if (removed != NULL)
                (*removed)++;
              continue;
            }
          g_array_append_val (keys, key);
          /* The table points into @keys, which must not move meanwhile:
           * it was sized for every paragraph. */
          g_hash_table_add (seen, &g_array_index (keys, guint64, keys->len - 1));
          i++;
          continue;
        }
      g_array_append_val (keys, key);
      i++;
    }
  return keys;
}

/**
 * px_boilerplate_strip:
 * @articles: (element-type PxArticle): the articles of one load
 *
 * Removes the paragraphs that recur in several articles of the same outlet
 * (or, without an outlet, of the same folder): a site's template rather than
 * its reporting. A paragraph found under more than one outlet is kept, since
 * wire copy is content. Also removes paragraphs repeated within an article.
 * An article never loses all of its paragraphs.
 *
 * Returns: the number of paragraphs removed
 */
guint
px_boilerplate_strip (GPtrArray *articles)
{
  g_autoptr(GPtrArray) keys = NULL;
  guint removed = 0;

  if (articles == NULL)
    return 0;
  keys = g_ptr_array_new_full (articles->len, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (keys, px_boilerplate_prepare (g_ptr_array_index (articles, i), &removed));
  return removed + px_boilerplate_strip_prepared (articles, keys);
}

/**
 * px_boilerplate_strip_prepared:
 * @articles: (element-type PxArticle): the articles of one load
 * @keys: (element-type GArray): for each article, what
 *   px_boilerplate_prepare () returned for it
 *
 * px_boilerplate_strip () across articles, once each has been prepared.
 *
 * Returns: the number of paragraphs removed
 */
guint
px_boilerplate_strip_prepared (GPtrArray *articles,
                               GPtrArray *keys)
{
  g_autoptr(GHashTable) stats = NULL;
  g_autoptr(GHashTable) group_sizes = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  guint removed = 0;

  if (articles == NULL || articles->len < 2)
    return 0;
  g_return_val_if_fail (keys != NULL && keys->len == articles->len, 0);

  /* Each value holds its own key, so the table owns only the values. */
  stats = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  group_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  groups = g_ptr_array_sized_new (articles->len);

  /* The group names are interned in @groups, so comparing pointers tells
   * groups apart. */
  for (guint i = 0; i < articles->len; i++)
    {
      g_autofree char *group = px_article_group (g_ptr_array_index (articles, i));
      gpointer interned = NULL;
      gpointer count = NULL;

      if (!g_hash_table_lookup_extended (group_sizes, group, &interned, &count))
        {
          interned = g_steal_pointer (&group);
          count = g_new0 (guint, 1);
          g_hash_table_insert (group_sizes, interned, count);
        }
      (*(guint *) count)++;
      g_ptr_array_add (groups, interned);
    }

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      GArray *article_keys = g_ptr_array_index (keys, i);
      gpointer group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < article_keys->len; j++)
        {
          guint64 key = g_array_index (article_keys, guint64, j);
          PxParagraphStats *s;

          if (key == 0)
            continue;
          s = g_hash_table_lookup (stats, &key);
          if (s == NULL)
            {
              s = g_new0 (PxParagraphStats, 1);
              s->key = key;
              s->always_at_edge = TRUE;
              g_hash_table_insert (stats, &s->key, s);
            }
          if (s->first_group == NULL)
            s->first_group = group;
          else if (s->first_group != group)
            s->several_groups = TRUE;
          if (s->last_article != article)
            {
              s->files++;
              s->last_article = article;
            }
          if (!px_at_edge (j, article_keys->len))
            s->always_at_edge = FALSE;
        }
    }

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      GPtrArray *paragraphs = px_article_get_paragraphs (article);
      GArray *article_keys = g_ptr_array_index (keys, i);
      guint group_size = *(guint *) g_hash_table_lookup (group_sizes, g_ptr_array_index (groups, i));
      g_autoptr(GArray) doomed = g_array_new (FALSE, FALSE, sizeof (guint));

      if (group_size < 2)
        continue;
      for (guint j = 0; j < article_keys->len; j++)
        {
          guint64 key = g_array_index (article_keys, guint64, j);
          PxParagraphStats *s = key != 0 ? g_hash_table_lookup (stats, &key) : NULL;

          if (s == NULL || s->several_groups || s->files < 2)
            continue;
          /* At the edges, two files make a template; inside the text a
           * paragraph may be background the outlet reuses, so it must
           * recur in most of the outlet's files. */
          if (s->always_at_edge ||
              (s->files >= 3 && s->files * 2 >= group_size))
            g_array_append_val (doomed, j);
        }
      if (doomed->len == 0 || doomed->len >= paragraphs->len)
        continue;
      for (guint k = doomed->len; k > 0; k--)
        px_article_remove_paragraph (article, g_array_index (doomed, guint, k - 1));
      removed += doomed->len;
    }
  return removed;
}
