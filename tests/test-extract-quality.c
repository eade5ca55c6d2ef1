/* test-extract-quality.c — how close extraction comes to hand-made gold text
 *
 * For every NAME.html, NAME.txt or NAME.md beside a NAME.gold.txt in
 * corpus/{html,text}/{dev,test}/, extracts the article as the loader does
 * and compares the headline plus text with the gold text as bags of words
 * (Unicode letters and digits, case-folded; one token per character in
 * scripts written without spaces): precision, recall and F1 per
 * file, averaged per split. Metadata (title, date, outlet, authors) is
 * checked against NAME.meta.json. dev/ is for tuning; test/ is held out.
 *
 * PARALLAX_CORPUS may point at another corpus folder of the same layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "px-loader.h"

/* A regression that costs a few points on any split breaks this. */
#define PX_MIN_MACRO_F1 0.90

typedef struct {
  double precision;
  double recall;
  double f1;
} PxScore;

/* Scripts written without spaces between words: each character counts as
 * one token, the usual practice when scoring Chinese, Japanese and Korean
 * text, so that one wrong character does not cost a whole clause. */
static gboolean
px_is_unspaced_script (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_HANGUL:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
    case G_UNICODE_SCRIPT_TIBETAN:
    case G_UNICODE_SCRIPT_YI:
      return TRUE;
    default:
      /* The prolonged sound mark and iteration marks belong to kana. */
      return c == 0x30fc || c == 0x3005 || c == 0x309d || c == 0x309e || c == 0x30fd || c == 0x30fe;
    }
}

static void
px_bag_add (GHashTable *bag,
            const char *start,
            gsize       length,
            guint      *total)
{
  char *word = g_utf8_casefold (start, length);
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (bag, word));

  g_hash_table_insert (bag, word, GUINT_TO_POINTER (count + 1));
  (*total)++;
}

/* Words as the scorer counts them: runs of letters, marks and digits, and
 * single characters of unspaced scripts. */
static GHashTable *
px_bag_of_words (const char *text,
                 guint      *total)
{
  GHashTable *bag = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *start = NULL;

  *total = 0;
  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;
      gboolean word_char = c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));
      gboolean single = word_char && !g_unichar_ismark (c) && px_is_unspaced_script (c);

      if ((!word_char || single) && start != NULL)
        {
          px_bag_add (bag, start, p - start, total);
          start = NULL;
        }
      if (single)
        {
          const char *end = g_utf8_next_char (p);

          /* Combining marks stay with their character. */
          while (*end && g_unichar_ismark (g_utf8_get_char (end)))
            end = g_utf8_next_char (end);
          px_bag_add (bag, p, end - p, total);
          p = g_utf8_prev_char (end);
        }
      else if (word_char && start == NULL)
        start = p;
      if (*p == '\0')
        break;
    }
  return bag;
}

static PxScore
px_score_texts (const char *extracted,
                const char *gold)
{
  guint n_extracted, n_gold, common = 0;
  g_autoptr(GHashTable) a = px_bag_of_words (extracted, &n_extracted);
  g_autoptr(GHashTable) b = px_bag_of_words (gold, &n_gold);
  GHashTableIter iter;
  gpointer key, value;
  PxScore score = { 0 };

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    common += MIN (GPOINTER_TO_UINT (value), GPOINTER_TO_UINT (g_hash_table_lookup (b, key)));
  score.precision = n_extracted > 0 ? (double) common / n_extracted : (n_gold == 0 ? 1 : 0);
  score.recall = n_gold > 0 ? (double) common / n_gold : 1;
  score.f1 = score.precision + score.recall > 0 ?
             2 * score.precision * score.recall / (score.precision + score.recall) : 0;
  return score;
}

static void
test_scorer_counts_words (void)
{
  PxScore same = px_score_texts ("The talks, in Moscow, ended.", "the TALKS in moscow ended");
  PxScore half = px_score_texts ("talks ended", "talks ended badly today");
  PxScore extra = px_score_texts ("talks ended share this", "talks ended");
  PxScore none = px_score_texts ("", "something");

  g_assert_cmpfloat_with_epsilon (same.f1, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (half.precision, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (half.recall, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (extra.precision, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (extra.recall, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (none.f1, 0.0, 1e-9);
  /* Repeated words count as often as they occur (a multiset). */
  g_assert_cmpfloat_with_epsilon (px_score_texts ("war war war", "war").precision, 1.0 / 3, 1e-9);
  /* Cyrillic and accented letters are words too. */
  g_assert_cmpfloat_with_epsilon (px_score_texts ("Переговоры в Душанбе", "переговоры в душанбе").f1, 1.0, 1e-9);
  /* Chinese, Japanese and Korean count per character: one wrong character
   * in a five-character clause costs a fifth, not the clause. */
  g_assert_cmpfloat_with_epsilon (px_score_texts ("中欧班列开", "中欧班列今").f1, 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (px_score_texts ("台風が上陸", "台風が上陸した").recall, 5.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (px_score_texts ("부산 지하철", "부산 지하철 노선").recall, 5.0 / 7, 1e-9);
  /* Latin words next to them stay whole. */
  g_assert_cmpfloat_with_epsilon (px_score_texts ("GDP增长", "GDP").precision, 1.0 / 3, 1e-9);
}

static char *
px_corpus_dir (void)
{
  const char *env = g_getenv ("PARALLAX_CORPUS");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_test_build_filename (G_TEST_DIST, "corpus", NULL);
}

static gboolean
px_same_text (const char *a,
              const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_strcmp0 (g_strstrip (fa), g_strstrip (fb)) == 0;
}

static gboolean
px_same_authors (GPtrArray *authors,
                 JsonArray *gold)
{
  guint n = gold != NULL ? json_array_get_length (gold) : 0;

  if (authors->len != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < authors->len && !found; k++)
        found = px_same_text (json_array_get_string_element (gold, i), g_ptr_array_index (authors, k));
      if (!found)
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  guint  files;
  double f1, precision, recall;
  guint  titles, dates, outlets, authors;
  guint  with_meta;
} PxSplitTotals;

static void
px_score_file (const char    *dir,
               const char    *name,
               PxSplitTotals *totals)
{
  g_autofree char *stem = g_strndup (name, strrchr (name, '.') - name);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *gold_name = g_strconcat (stem, ".gold.txt", NULL);
  g_autofree char *gold_path = g_build_filename (dir, gold_name, NULL);
  g_autofree char *meta_name = g_strconcat (stem, ".meta.json", NULL);
  g_autofree char *meta_path = g_build_filename (dir, meta_name, NULL);
  g_autofree char *data = NULL;
  g_autofree char *gold = NULL;
  g_autofree char *text = NULL;
  g_autofree char *extracted = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  PxArticle *article;
  PxScore score;
  gsize length;
  char marks[5] = "----";

  if (!g_file_get_contents (gold_path, &gold, NULL, NULL))
    return;
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  articles = px_extract_buffer (path, data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (articles);
  g_assert_cmpuint (articles->len, >=, 1);
  article = g_ptr_array_index (articles, 0);

  /* The gold text opens with the headline, which Parallax keeps apart. */
  text = px_article_dup_text (article);
  extracted = g_strconcat (px_article_get_title (article) != NULL ? px_article_get_title (article) : "",
                           "\n\n", text, NULL);
  score = px_score_texts (extracted, gold);
  totals->files++;
  totals->f1 += score.f1;
  totals->precision += score.precision;
  totals->recall += score.recall;

  if (json_parser_load_from_file (parser, meta_path, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      JsonObject *meta = json_node_get_object (json_parser_get_root (parser));
      JsonNode *authors = json_object_get_member (meta, "authors");

      totals->with_meta++;
      if (px_same_text (px_article_get_title (article), json_object_get_string_member_with_default (meta, "title", NULL)))
        totals->titles++, marks[0] = 'T';
      if (g_strcmp0 (px_article_get_date (article), json_object_get_string_member_with_default (meta, "date", NULL)) == 0)
        totals->dates++, marks[1] = 'D';
      if (px_same_text (px_article_get_outlet (article), json_object_get_string_member_with_default (meta, "outlet", NULL)))
        totals->outlets++, marks[2] = 'O';
      if (px_same_authors (px_article_get_authors (article),
                           authors != NULL && JSON_NODE_HOLDS_ARRAY (authors) ? json_node_get_array (authors) : NULL))
        totals->authors++, marks[3] = 'A';
    }
  g_test_message ("  %-40s P %.3f  R %.3f  F1 %.3f  meta %s", name, score.precision, score.recall, score.f1, marks);
}

static int
px_compare_names (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
test_corpus_split (gconstpointer data)
{
  const char *split = data;
  g_autofree char *root = px_corpus_dir ();
  g_autofree char *dir = g_build_filename (root, split, NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  PxSplitTotals totals = { 0 };
  const char *name;

  if (listing == NULL)
    {
      g_test_skip ("this split of the corpus is absent");
      return;
    }
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_suffix (name, ".html") || g_str_has_suffix (name, ".htm") ||
        g_str_has_suffix (name, ".md") ||
        (g_str_has_suffix (name, ".txt") && !g_str_has_suffix (name, ".gold.txt")))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, px_compare_names);
  for (guint i = 0; i < names->len; i++)
    px_score_file (dir, g_ptr_array_index (names, i), &totals);
  if (totals.files == 0)
    {
      g_test_skip ("this split of the corpus has no labelled files");
      return;
    }
  g_test_message ("%s: %u files  macro P %.3f  R %.3f  F1 %.3f", split, totals.files,
                  totals.precision / totals.files, totals.recall / totals.files, totals.f1 / totals.files);
  if (totals.with_meta > 0)
    g_test_message ("%s: metadata of %u files: title %.2f  date %.2f  outlet %.2f  authors %.2f", split,
                    totals.with_meta, (double) totals.titles / totals.with_meta,
                    (double) totals.dates / totals.with_meta, (double) totals.outlets / totals.with_meta,
                    (double) totals.authors / totals.with_meta);
  g_assert_cmpfloat (totals.f1 / totals.files, >=, PX_MIN_MACRO_F1);
}

int
main (int   argc,
      char *argv[])
{
  static const char *const splits[] = { "html/dev", "html/test", "text/dev", "text/test" };

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/extract-quality/scorer", test_scorer_counts_words);
  for (guint i = 0; i < G_N_ELEMENTS (splits); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/parallax/extract-quality/%s", splits[i]);

      g_test_add_data_func (test_path, splits[i], test_corpus_split);
    }
  return g_test_run ();
}
