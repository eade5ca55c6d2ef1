/* test-claims-quality.c — precision and recall of matched sentence pairs
 *
 * Scores the aligner against the labelled sets in corpus/alignment/ (see its
 * README): each set is a folder of 2–6 articles on one event and pairs.tsv,
 * the gold pairs of sentences that report the same thing, by their text. A
 * predicted pair is correct when each of its sentences overlaps the gold
 * pair's sentence by most of its characters, so our splitter need not agree
 * with the labeller's to the byte.
 *
 * Predicted pairs are those a reader sees: every two sentences of different
 * articles that end up in one claim.
 *
 * Tune on dev only; test is held out and reported. Set PARALLAX_TUNE=1 to
 * print a grid of knob settings scored on dev; PARALLAX_MAX_PER_ARTICLE and
 * PARALLAX_MAX_EXTRA override two grouping knobs; PARALLAX_VERBOSE=1 lists
 * every false pair and every missed one; PARALLAX_PER_SET=1 prints each set's
 * counts; every run prints each split's totals by pair kind
 * (headline–headline, headline–body, body–body; totals only, so the held-out
 * split is measured without showing a pair); PARALLAX_SCORE_LINKS=1 scores the
 * matched pairs themselves rather than every pair of a claim. The evidence
 * weights in px-claims.c are refitted from the pairs a build with
 * -DPX_CLAIMS_DUMP prints when PX_CLAIMS_DUMP is set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parallax.h"
#include "px-claims-private.h"
#include "px-sentences.h"
#include "px-test-util.h"

typedef struct {
  guint file;
  gsize start;
  gsize end;
} Span;

typedef struct {
  Span a;
  Span b;
} GoldPair;

typedef struct {
  char      *name;
  GPtrArray *files;          /* file names */
  GPtrArray *texts;          /* file contents */
  GPtrArray *articles;       /* PxArticle */
  GPtrArray *para_offsets;   /* per file: GArray of gsize, paragraph → byte offset in the file */
  GPtrArray *sentences;      /* per file: GPtrArray of PxSentence */
  GArray    *gold;           /* GoldPair */
} Set;

typedef struct {
  guint predicted;
  guint correct;
  guint gold;
  guint found;
  guint direct;          /* predicted pairs that are themselves matched links */
  guint direct_correct;
  /* The same counts by pair kind (headline–headline, headline–body,
   * body–body), to see which kind loses precision or recall. */
  guint kind_predicted[3];
  guint kind_correct[3];
  guint kind_gold[3];
  guint kind_found[3];
  guint kind_chain[3];         /* predicted pairs that are not matched links themselves */
  guint kind_chain_correct[3];
} Score;

static const char * const kind_names[3] = { "headline-headline", "headline-body", "body-body" };

static void
set_free (Set *set)
{
  g_free (set->name);
  g_ptr_array_unref (set->files);
  g_ptr_array_unref (set->texts);
  g_ptr_array_unref (set->articles);
  g_ptr_array_unref (set->para_offsets);
  g_ptr_array_unref (set->sentences);
  g_array_unref (set->gold);
  g_free (set);
}

static const char *
corpus_dir (void)
{
  static char *dir;

  if (dir == NULL)
    {
      const char *env = g_getenv ("PARALLAX_ALIGNMENT_CORPUS");
      dir = env != NULL ? g_strdup (env) : g_test_build_filename (G_TEST_DIST, "corpus", "alignment", NULL);
    }
  return dir;
}

/* The article as the corpus README lays it out: headline, blank line,
 * paragraphs separated by blank lines. */
static PxArticle *
article_from_text (const char *name,
                   const char *text,
                   GArray     *offsets)
{
  PxArticle *article = px_article_new (name);
  const char *p = text;
  const char *line_end = strchr (text, '\n');
  g_autofree char *title = g_strndup (text, line_end != NULL ? (gsize) (line_end - text) : strlen (text));

  px_article_set_title (article, g_strchomp (title));
  px_article_set_language (article, px_language_detect (text));
  p = line_end != NULL ? line_end : text + strlen (text);

  while (*p != '\0')
    {
      const char *start, *end;
      while (*p == '\n' || *p == '\r' || *p == ' ')
        p++;
      if (*p == '\0')
        break;
      start = p;
      end = strstr (p, "\n\n");
      if (end == NULL)
        end = p + strlen (p);
      {
        g_autofree char *paragraph = g_strndup (start, end - start);
        gsize offset = start - text;
        while (paragraph[0] != '\0' && paragraph[strlen (paragraph) - 1] == '\n')
          paragraph[strlen (paragraph) - 1] = '\0';
        g_strdelimit (paragraph, "\r\n", ' ');
        px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraph);
        g_array_append_val (offsets, offset);
      }
      p = end;
    }
  return article;
}

static gboolean
find_span (Set        *set,
           const char *file,
           const char *sentence,
           Span       *span)
{
  for (guint f = 0; f < set->files->len; f++)
    {
      const char *text;
      const char *at;
      if (g_strcmp0 (g_ptr_array_index (set->files, f), file) != 0)
        continue;
      text = g_ptr_array_index (set->texts, f);
      at = strstr (text, sentence);
      if (at == NULL)
        return FALSE;
      span->file = f;
      span->start = at - text;
      span->end = span->start + strlen (sentence);
      return TRUE;
    }
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static Set *
load_set (const char *path,
          const char *name)
{
  Set *set = g_new0 (Set, 1);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autofree char *pairs_path = g_build_filename (path, "pairs.tsv", NULL);
  g_autofree char *pairs = NULL;
  g_auto(GStrv) lines = NULL;
  const char *entry;

  set->name = g_strdup (name);
  set->files = g_ptr_array_new_with_free_func (g_free);
  set->texts = g_ptr_array_new_with_free_func (g_free);
  set->articles = g_ptr_array_new_with_free_func (g_object_unref);
  set->para_offsets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  set->sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  set->gold = g_array_new (FALSE, FALSE, sizeof (GoldPair));

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".txt"))
      g_ptr_array_add (set->files, g_strdup (entry));
  g_ptr_array_sort (set->files, compare_names);

  for (guint f = 0; f < set->files->len; f++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (set->files, f), NULL);
      char *text = NULL;
      GArray *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
      PxArticle *article;

      g_assert_true (g_file_get_contents (file, &text, NULL, NULL));
      g_ptr_array_add (set->texts, text);
      article = article_from_text (g_ptr_array_index (set->files, f), text, offsets);
      g_ptr_array_add (set->articles, article);
      g_ptr_array_add (set->para_offsets, offsets);
      g_ptr_array_add (set->sentences, px_sentences_from_article (article));
    }

  if (g_file_get_contents (pairs_path, &pairs, NULL, NULL))
    {
      lines = g_strsplit (pairs, "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_auto(GStrv) cells = NULL;
          GoldPair pair;
          g_strchomp (lines[l]);
          if (lines[l][0] == '\0')
            continue;
          cells = g_strsplit (lines[l], "\t", -1);
          if (g_strv_length (cells) != 4 ||
              !find_span (set, cells[0], cells[1], &pair.a) ||
              !find_span (set, cells[2], cells[3], &pair.b))
            {
              g_test_message ("%s: gold line %u not found in the articles", name, l + 1);
              continue;
            }
          g_array_append_val (set->gold, pair);
        }
    }
  return set;
}

static GPtrArray *
load_split (const char *split)
{
  GPtrArray *sets = g_ptr_array_new_with_free_func ((GDestroyNotify) set_free);
  g_autofree char *path = g_build_filename (corpus_dir (), split, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *set_path = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      if (g_file_test (set_path, G_FILE_TEST_IS_DIR))
        g_ptr_array_add (sets, load_set (set_path, g_ptr_array_index (names, i)));
    }
  return sets;
}

static Span
sentence_span (Set  *set,
               guint file,
               guint index)
{
  PxSentence *sentence = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (set->sentences, file), index);
  GArray *offsets = g_ptr_array_index (set->para_offsets, file);
  gsize base = sentence->paragraph == PX_SENTENCE_NO_PARAGRAPH ? 0
                                                               : g_array_index (offsets, gsize, sentence->paragraph);
  Span span = { file, base + sentence->start, base + sentence->end };
  return span;
}

/* Most of both sentences' characters shared. */
static gboolean
spans_agree (Span a,
             Span b)
{
  gsize from = MAX (a.start, b.start), to = MIN (a.end, b.end);
  gsize longer = MAX (a.end - a.start, b.end - b.start);

  if (a.file != b.file || to <= from)
    return FALSE;
  return (to - from) * 2 > longer;
}

/* The headline is the file's first line (the corpus README's layout). */
static gboolean
span_is_headline (Set *set,
                  Span span)
{
  const char *text = g_ptr_array_index (set->texts, span.file);
  const char *line_end = strchr (text, '\n');
  return line_end == NULL || span.start < (gsize) (line_end - text);
}

/* 0 headline–headline, 1 headline–body, 2 body–body. */
static guint
pair_kind (Set *set,
           Span a,
           Span b)
{
  return 2 - span_is_headline (set, a) - span_is_headline (set, b);
}

static gboolean
spans_equal (Span a,
             Span b)
{
  return a.file == b.file && a.start == b.start && a.end == b.end;
}

static gboolean
pair_agrees (Span      a,
             Span      b,
             GoldPair *gold)
{
  return (spans_agree (a, gold->a) && spans_agree (b, gold->b)) ||
         (spans_agree (a, gold->b) && spans_agree (b, gold->a));
}

/* Whether two sentences of a claim are joined by a matched link of their
 * own, or only through others (a chain of matches). */
static gboolean
is_link (PxClaimSet    *claims,
         PxSentenceRef *x,
         PxSentenceRef *y)
{
  for (guint k = 0; k < claims->links->len; k++)
    {
      PxSentenceLink *link = &g_array_index (claims->links, PxSentenceLink, k);
      if ((link->a.article == x->article && link->a.sentence == x->sentence &&
           link->b.article == y->article && link->b.sentence == y->sentence) ||
          (link->a.article == y->article && link->a.sentence == y->sentence &&
           link->b.article == x->article && link->b.sentence == x->sentence))
        return TRUE;
    }
  return FALSE;
}

/* What the compare view relies on, on real sets: each sentence's claim
 * holds it, every matched pair shares a claim (the reader sees it), and no
 * article is said to lack a claim it carries. */
static void
check_claims (PxClaimSet *claims)
{
  for (guint a = 0; a < claims->n_articles; a++)
    {
      GArray *of = g_ptr_array_index (claims->claim_of, a);
      GArray *lacks = g_ptr_array_index (claims->omissions, a);
      for (guint s = 0; s < of->len; s++)
        g_assert_true (px_test_claim_holds (g_ptr_array_index (claims->claims, g_array_index (of, guint, s)), a, s));
      for (guint k = 0; k < lacks->len; k++)
        {
          PxClaim *claim = g_ptr_array_index (claims->claims, g_array_index (lacks, guint, k));
          for (guint i = 0; i < claim->articles->len; i++)
            g_assert_cmpuint (g_array_index (claim->articles, guint, i), !=, a);
        }
    }
  for (guint k = 0; k < claims->links->len; k++)
    {
      PxSentenceLink *link = &g_array_index (claims->links, PxSentenceLink, k);
      gboolean shared = FALSE;
      for (guint c = 0; c < claims->claims->len && !shared; c++)
        {
          PxClaim *claim = g_ptr_array_index (claims->claims, c);
          shared = px_test_claim_holds (claim, link->a.article, link->a.sentence) &&
                   px_test_claim_holds (claim, link->b.article, link->b.sentence);
        }
      g_assert_true (shared);
    }
}

static void
score_set (Set                 *set,
           const PxClaimTuning *tuning,
           Score               *score,
           gboolean             verbose)
{
  g_autofree PxClaimDocument *documents = g_new0 (PxClaimDocument, set->articles->len);
  g_autoptr(PxClaimSet) claims = NULL;
  g_autoptr(GArray) predicted = g_array_new (FALSE, FALSE, sizeof (GoldPair));
  g_autofree gboolean *found = g_new0 (gboolean, set->gold->len);
  g_autoptr(GArray) direct = g_array_new (FALSE, FALSE, sizeof (gboolean));

  for (guint f = 0; f < set->articles->len; f++)
    {
      documents[f].sentences = g_ptr_array_index (set->sentences, f);
      documents[f].language = px_article_get_language (g_ptr_array_index (set->articles, f));
    }
  if (g_getenv ("PX_CLAIMS_DUMP") != NULL)  /* names the sets in the aligner's dump */
    { printf ("SET\t%s\n", set->name); fflush (stdout); }
  claims = px_claims_align_tuned (documents, set->articles->len, NULL, 0, tuning);
  check_claims (claims);

  if (g_getenv ("PARALLAX_SCORE_LINKS") != NULL)
    for (guint k = 0; k < claims->links->len; k++)
      {
        PxSentenceLink *link = &g_array_index (claims->links, PxSentenceLink, k);
        GoldPair pair;
        gboolean linked = TRUE;
        pair.a = sentence_span (set, link->a.article, link->a.sentence);
        pair.b = sentence_span (set, link->b.article, link->b.sentence);
        g_array_append_val (predicted, pair);
        g_array_append_val (direct, linked);
      }
  else
  for (guint c = 0; c < claims->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (claims->claims, c);
      for (guint i = 0; i < claim->sentences->len; i++)
        for (guint j = i + 1; j < claim->sentences->len; j++)
          {
            PxSentenceRef *x = &g_array_index (claim->sentences, PxSentenceRef, i);
            PxSentenceRef *y = &g_array_index (claim->sentences, PxSentenceRef, j);
            GoldPair pair;
            gboolean linked;
            if (x->article == y->article)
              continue;
            pair.a = sentence_span (set, x->article, x->sentence);
            pair.b = sentence_span (set, y->article, y->sentence);
            g_array_append_val (predicted, pair);
            linked = is_link (claims, x, y);
            g_array_append_val (direct, linked);
          }
    }

  for (guint p = 0; p < predicted->len; p++)
    {
      GoldPair *pair = &g_array_index (predicted, GoldPair, p);
      gboolean correct = FALSE;
      gboolean seen = FALSE;
      /* Two sentences that share two claims (a headline or a sentence
       * stating several facts belongs to each it sums up) are one pair. */
      for (guint q = 0; q < p && !seen; q++)
        {
          GoldPair *other = &g_array_index (predicted, GoldPair, q);
          seen = (spans_equal (pair->a, other->a) && spans_equal (pair->b, other->b)) ||
                 (spans_equal (pair->a, other->b) && spans_equal (pair->b, other->a));
        }
      if (seen)
        continue;
      for (guint g = 0; g < set->gold->len; g++)
        if (pair_agrees (pair->a, pair->b, &g_array_index (set->gold, GoldPair, g)))
          {
            correct = TRUE;
            found[g] = TRUE;
          }
      score->predicted++;
      score->correct += correct;
      score->kind_predicted[pair_kind (set, pair->a, pair->b)]++;
      score->kind_correct[pair_kind (set, pair->a, pair->b)] += correct;
      score->kind_chain[pair_kind (set, pair->a, pair->b)] += !g_array_index (direct, gboolean, p);
      score->kind_chain_correct[pair_kind (set, pair->a, pair->b)] += correct && !g_array_index (direct, gboolean, p);
      score->direct += g_array_index (direct, gboolean, p);
      score->direct_correct += correct && g_array_index (direct, gboolean, p);
      if (verbose && !correct)
        {
          const char *ta = g_ptr_array_index (set->texts, pair->a.file);
          const char *tb = g_ptr_array_index (set->texts, pair->b.file);
          g_printerr ("  FP%s [%s] %s: %.*s\n      ~ %.*s\n", g_array_index (direct, gboolean, p) ? "" : " (chain)",
                      kind_names[pair_kind (set, pair->a, pair->b)], set->name,
                      (int) (pair->a.end - pair->a.start), ta + pair->a.start,
                      (int) (pair->b.end - pair->b.start), tb + pair->b.start);
        }
    }
  for (guint g = 0; g < set->gold->len; g++)
    {
      GoldPair *gold = &g_array_index (set->gold, GoldPair, g);
      score->gold++;
      score->found += found[g];
      score->kind_gold[pair_kind (set, gold->a, gold->b)]++;
      score->kind_found[pair_kind (set, gold->a, gold->b)] += found[g];
      if (verbose && !found[g])
        {
          GoldPair *pair = &g_array_index (set->gold, GoldPair, g);
          const char *ta = g_ptr_array_index (set->texts, pair->a.file);
          const char *tb = g_ptr_array_index (set->texts, pair->b.file);
          g_printerr ("  FN [%s] %s: %.*s\n      ~ %.*s\n", kind_names[pair_kind (set, pair->a, pair->b)], set->name,
                      (int) (pair->a.end - pair->a.start), ta + pair->a.start,
                      (int) (pair->b.end - pair->b.start), tb + pair->b.start);
        }
    }
}

static void
score_split (GPtrArray           *sets,
             const PxClaimTuning *tuning,
             double              *precision,
             double              *recall,
             gboolean             verbose,
             const char          *split)
{
  Score score = { 0 };

  for (guint s = 0; s < sets->len; s++)
    {
      Score before = score;
      score_set (g_ptr_array_index (sets, s), tuning, &score, verbose);
      /* Per-set counts, for fit-evidence.py's leave-one-set-out runs. */
      if (g_getenv ("PARALLAX_PER_SET") != NULL)
        g_printerr ("# SET %s predicted %u correct %u gold %u found %u\n",
                    ((Set *) g_ptr_array_index (sets, s))->name, score.predicted - before.predicted,
                    score.correct - before.correct, score.gold - before.gold, score.found - before.found);
    }
  /* Where the wrong pairs come from: a link of their own, or the chain. */
  if (g_getenv ("PARALLAX_PER_SET") != NULL)
    g_printerr ("# pairs: %u linked (%u right), %u through a chain (%u right)\n", score.direct,
                score.direct_correct, score.predicted - score.direct, score.correct - score.direct_correct);
  /* Totals by pair kind only (never single pairs: the held-out split is
   * measured, not looked into). */
  if (split != NULL)
    for (guint k = 0; k < 3; k++)
      g_printerr ("# %s %s: predicted %u correct %u (P %.3f), gold %u found %u (R %.3f); through a chain %u (%u right)\n",
                  split, kind_names[k], score.kind_predicted[k], score.kind_correct[k],
                  score.kind_predicted[k] > 0 ? (double) score.kind_correct[k] / score.kind_predicted[k] : 1.0,
                  score.kind_gold[k], score.kind_found[k],
                  score.kind_gold[k] > 0 ? (double) score.kind_found[k] / score.kind_gold[k] : 1.0,
                  score.kind_chain[k], score.kind_chain_correct[k]);
  *precision = score.predicted > 0 ? (double) score.correct / score.predicted : 1.0;
  *recall = score.gold > 0 ? (double) score.found / score.gold : 1.0;
}

static void
tune (GPtrArray *dev)
{
  static const double probabilities[] = { 0.45, 0.5, 0.55, 0.6 };
  static const double cohesions[] = { 0.2, 0.25, 0.3 };
  static const double extras[] = { 0.1, 0.15 };
  static const double headline_similarities[] = { 0.05, 0.1, 0.15 };
  static const double headline_probabilities[] = { 0.7, 0.8 };
  static const double floors[] = { 0.1, 0.15, 0.2, 0.25 };

  for (guint m = 0; m < G_N_ELEMENTS (probabilities); m++)
    for (guint h = 0; h < G_N_ELEMENTS (cohesions); h++)
      for (guint x = 0; x < G_N_ELEMENTS (extras); x++)
        for (guint f = 0; f < G_N_ELEMENTS (floors); f++)
          for (guint y = 0; y < G_N_ELEMENTS (headline_similarities); y++)
          for (guint z = 0; z < G_N_ELEMENTS (headline_probabilities); z++)
          {
            PxClaimTuning tuning;
            double p, rc;
            px_claim_tuning_init (&tuning);
            tuning.match_probability = probabilities[m];
            tuning.cohesion = cohesions[h];
            tuning.extra_cohesion = extras[x];
            tuning.headline_cohesion = floors[f];
            tuning.headline_similarity = headline_similarities[y];
            tuning.headline_probability = headline_probabilities[z];
            score_split (dev, &tuning, &p, &rc, FALSE, NULL);
            g_printerr ("TUNE probability %.2f cohesion %.2f extra %.2f headline %.2f hsim %.2f hprob %.2f  P %.3f R %.3f F %.3f\n",
                        probabilities[m], cohesions[h], extras[x], floors[f], headline_similarities[y],
                        headline_probabilities[z], p, rc,
                        p + rc > 0 ? 2 * p * rc / (p + rc) : 0);
          }
}

/* Floors a regression would break, set a little under the figures measured
 * when they were set (dev: precision 0.897, recall 0.751 on 30 sets, 29 of
 * them fitted on, 0.885 and 0.753 leaving one set out; test held out: 0.823,
 * 0.687 on 16 sets; a pair two claims share is counted once). Last measured:
 * dev 0.913, 0.790 on 35 sets; test 0.831, 0.703. */
#define DEV_PRECISION_FLOOR  0.88
#define DEV_RECALL_FLOOR     0.74
#define TEST_PRECISION_FLOOR 0.81
#define TEST_RECALL_FLOOR    0.66

static void
test_split (gconstpointer data)
{
  const char *split = data;
  g_autofree char *path = g_build_filename (corpus_dir (), split, NULL);
  g_autoptr(GPtrArray) sets = NULL;
  PxClaimTuning tuning;
  double precision, recall;
  gboolean dev = g_str_equal (split, "dev");

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("no labelled alignment corpus");
      return;
    }
  sets = load_split (split);
  if (sets->len == 0)
    {
      g_test_skip ("the labelled alignment corpus is empty");
      return;
    }
  if (dev && g_getenv ("PARALLAX_TUNE") != NULL)
    tune (sets);

  px_claim_tuning_init (&tuning);
  if (g_getenv ("PARALLAX_MAX_PER_ARTICLE") != NULL)
    tuning.max_per_article = atoi (g_getenv ("PARALLAX_MAX_PER_ARTICLE"));
  if (g_getenv ("PARALLAX_MAX_EXTRA") != NULL)
    tuning.max_extra_claims = atoi (g_getenv ("PARALLAX_MAX_EXTRA"));
  score_split (sets, &tuning, &precision, &recall, g_getenv ("PARALLAX_VERBOSE") != NULL, split);
  g_test_message ("%s: %u sets, precision %.3f, recall %.3f", split, sets->len, precision, recall);
  g_printerr ("# %s: %u sets, precision %.3f, recall %.3f\n", split, sets->len, precision, recall);

  g_assert_cmpfloat (precision, >=, dev ? DEV_PRECISION_FLOOR : TEST_PRECISION_FLOOR);
  g_assert_cmpfloat (recall, >=, dev ? DEV_RECALL_FLOOR : TEST_RECALL_FLOOR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The aligner reads its paraphrase lexicon from the lexicon folder: the
   * source tree's when run by hand, as meson test sets it. */
  if (g_getenv ("PARALLAX_LEXICON_DIR") == NULL)
    {
      g_autofree char *lexicons = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicons", NULL);
      g_setenv ("PARALLAX_LEXICON_DIR", lexicons, TRUE);
    }

  g_test_add_data_func ("/parallax/claims-quality/dev", "dev", test_split);
  g_test_add_data_func ("/parallax/claims-quality/test", "test", test_split);
  return g_test_run ();
}
