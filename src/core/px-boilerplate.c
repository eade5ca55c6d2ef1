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
  guint    files;         /* distinct articles holding it */
  gpointer first_group;
  gboolean several_groups;
  gpointer last_article;  /* to count each article once */
  gboolean always_at_edge;
} PxParagraphStats;

/* Lower-cased letters and digits only, so spacing, quotes and punctuation
 * do not hide a repeat. */
static char *
px_paragraph_key (const char *text)
{
  g_autofree char *lower = g_utf8_casefold (text, -1);
  GString *key = g_string_sized_new (strlen (lower));

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
      else if (key->len > 0 && key->str[key->len - 1] != ' ')
        g_string_append_c (key, ' ');
    }
  return g_string_free (key, FALSE);
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

/* Within one article: a paragraph pasted again further down (a related
 * story twice in the tail) keeps its first copy. */
static guint
px_strip_repeats (PxArticle *article)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint removed = 0;

  for (guint i = 0; i < paragraphs->len; )
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *key = NULL;

      if (px_text_count_words (paragraph->text) < 8)
        {
          i++;
          continue;
        }
      key = px_paragraph_key (paragraph->text);
      if (g_hash_table_contains (seen, key))
        {
          px_article_remove_paragraph (article, i);
          removed++;
          continue;
        }
      g_hash_table_add (seen, g_steal_pointer (&key));
      i++;
    }
  return removed;
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
  g_autoptr(GHashTable) stats = NULL;
  g_autoptr(GHashTable) group_sizes = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  guint removed = 0;

  if (articles == NULL)
    return 0;

  for (guint i = 0; i < articles->len; i++)
    removed += px_strip_repeats (g_ptr_array_index (articles, i));
  if (articles->len < 2)
    return removed;

  stats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
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
      GPtrArray *paragraphs = px_article_get_paragraphs (article);
      gpointer group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < paragraphs->len; j++)
        {
          PxParagraph *paragraph = g_ptr_array_index (paragraphs, j);
          g_autofree char *key = px_paragraph_key (paragraph->text);
          PxParagraphStats *s;

          if (*key == '\0')
            continue;
          s = g_hash_table_lookup (stats, key);
          if (s == NULL)
            {
              s = g_new0 (PxParagraphStats, 1);
              s->always_at_edge = TRUE;
              g_hash_table_insert (stats, g_steal_pointer (&key), s);
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
          if (!px_at_edge (j, paragraphs->len))
            s->always_at_edge = FALSE;
        }
    }

  for (guint i = 0; i < articles->len; i++)
    {
      PxArticle *article = g_ptr_array_index (articles, i);
      GPtrArray *paragraphs = px_article_get_paragraphs (article);
      guint group_size = *(guint *) g_hash_table_lookup (group_sizes, g_ptr_array_index (groups, i));
      g_autoptr(GArray) doomed = g_array_new (FALSE, FALSE, sizeof (guint));

      if (group_size < 2)
        continue;
      for (guint j = 0; j < paragraphs->len; j++)
        {
          PxParagraph *paragraph = g_ptr_array_index (paragraphs, j);
          g_autofree char *key = px_paragraph_key (paragraph->text);
          PxParagraphStats *s = g_hash_table_lookup (stats, key);

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
