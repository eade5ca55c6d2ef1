/* px-event-analysis.c — one event's comparison and framing, computed off the main thread
 *
 * Aligning six long articles and reading their framing takes tens of
 * milliseconds, too long for the main loop when the user walks down the
 * event list with the keyboard, so it runs in a GTask thread and is
 * cancelled when the selection moves on. The result is immutable and
 * reference counted, so the window can cache it per event and views can
 * hold it while a newer one is computed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-event-analysis"

#include "config.h"

#include "px-event-analysis.h"
#include "px-project.h"
#include "px-report.h"
#include "px-sentences.h"

typedef struct {
  gatomicrefcount  ref;
  PxEventAnalysis  analysis;
} Box;

G_DEFINE_BOXED_TYPE (PxEventAnalysis, px_event_analysis, px_event_analysis_ref, px_event_analysis_unref)

PxEventAnalysis *
px_event_analysis_ref (PxEventAnalysis *self)
{
  Box *box = (Box *) ((char *) self - G_STRUCT_OFFSET (Box, analysis));

  g_atomic_ref_count_inc (&box->ref);
  return self;
}

void
px_event_analysis_unref (PxEventAnalysis *self)
{
  Box *box;

  if (self == NULL)
    return;
  box = (Box *) ((char *) self - G_STRUCT_OFFSET (Box, analysis));
  if (!g_atomic_ref_count_dec (&box->ref))
    return;
  g_clear_pointer (&self->framing, px_framing_free);
  g_clear_pointer (&self->compare, px_compare_free);
  g_clear_pointer (&self->lexicon, px_lexicon_unref);
  g_free (self->signature);
  g_free (box);
}

static PxEventAnalysis *
px_event_analysis_new (void)
{
  Box *box = g_new0 (Box, 1);

  g_atomic_ref_count_init (&box->ref);
  return &box->analysis;
}

static int
article_index (GPtrArray  *articles,
               const char *path)
{
  for (guint i = 0; i < articles->len; i++)
    if (g_strcmp0 (px_article_get_path (g_ptr_array_index (articles, i)), path) == 0)
      return (int) i;
  return -1;
}

/**
 * px_event_analysis_signature:
 * @articles: (element-type PxArticle): the event's articles, in order
 * @links: (element-type PxProjectLink) (nullable): the folder's alignment corrections
 *
 * Returns: (transfer full): a string that changes whenever what the analysis
 *   is computed from changes: the articles, or a correction between two of them
 */
char *
px_event_analysis_signature (GPtrArray *articles,
                             GPtrArray *links)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < articles->len; i++)
    {
      g_string_append (signature, px_article_get_path (g_ptr_array_index (articles, i)));
      g_string_append_c (signature, '\n');
    }
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      PxProjectLink *link = g_ptr_array_index (links, i);

      if (article_index (articles, link->path_a) < 0 || article_index (articles, link->path_b) < 0)
        continue;
      g_string_append_printf (signature, "%c %s %u %s %u\n", link->kind == PX_LINK_PIN ? '+' : '-',
                              link->path_a, link->sentence_a, link->path_b, link->sentence_b);
    }
  return g_string_free (signature, FALSE);
}

/* The sentence a correction meant: the one at its index when the text
 * still matches, else the nearest one with the same text; none when the
 * article no longer has it. */
static int
find_sentence (GPtrArray  *sentences,
               guint       index,
               const char *text)
{
  int best = -1;
  guint best_distance = G_MAXUINT;

  if (text == NULL)
    return index < sentences->len ? (int) index : -1;
  for (guint s = 0; s < sentences->len; s++)
    {
      PxSentence *sentence = g_ptr_array_index (sentences, s);
      guint distance = s > index ? s - index : index - s;

      if (g_strcmp0 (sentence->text, text) == 0 && distance < best_distance)
        {
          best = (int) s;
          best_distance = distance;
        }
    }
  return best;
}

/**
 * px_event_analysis_constraints:
 * @articles: (element-type PxArticle): the articles to compare
 * @sentences: per article, a GPtrArray of PxSentence
 * @links: (element-type PxProjectLink) (nullable): the folder's corrections
 *
 * Returns: (transfer container) (element-type PxLinkConstraint): the
 *   corrections that apply to these articles, as the aligner takes them
 */
GPtrArray *
px_event_analysis_constraints (GPtrArray *articles,
                               GPtrArray *sentences,
                               GPtrArray *links)
{
  GPtrArray *constraints = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      PxProjectLink *link = g_ptr_array_index (links, i);
      int a = article_index (articles, link->path_a);
      int b = article_index (articles, link->path_b);
      PxLinkConstraint *constraint;
      int sa, sb;

      if (a < 0 || b < 0 || a == b)
        continue;
      sa = find_sentence (g_ptr_array_index (sentences, a), link->sentence_a, link->text_a);
      sb = find_sentence (g_ptr_array_index (sentences, b), link->sentence_b, link->text_b);
      if (sa < 0 || sb < 0)
        continue;
      constraint = g_new0 (PxLinkConstraint, 1);
      constraint->kind = link->kind;
      if (a < b)
        {
          constraint->a = (PxSentenceRef) { (guint) a, (guint) sa };
          constraint->b = (PxSentenceRef) { (guint) b, (guint) sb };
        }
      else
        {
          constraint->a = (PxSentenceRef) { (guint) b, (guint) sb };
          constraint->b = (PxSentenceRef) { (guint) a, (guint) sa };
        }
      g_ptr_array_add (constraints, constraint);
    }
  return constraints;
}

/**
 * px_event_analysis_run:
 * @articles: (element-type PxArticle): the event's articles
 * @links: (element-type PxProjectLink) (nullable): the folder's corrections
 * @lexicon: the lexicons for the framing analysis
 *
 * Compares the articles under the corrections that apply to them and reads
 * their framing; safe to call from any thread.
 *
 * Returns: (transfer full): the analysis
 */
PxEventAnalysis *
px_event_analysis_run (GPtrArray *articles,
                       GPtrArray *links,
                       PxLexicon *lexicon)
{
  PxEventAnalysis *analysis = px_event_analysis_new ();
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) constraints = NULL;
  g_autofree PxLinkConstraint *flat = NULL;

  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (sentences, px_sentences_from_article (g_ptr_array_index (articles, i)));
  constraints = px_event_analysis_constraints (articles, sentences, links);
  flat = g_new0 (PxLinkConstraint, MAX (constraints->len, 1));
  for (guint i = 0; i < constraints->len; i++)
    flat[i] = *(PxLinkConstraint *) g_ptr_array_index (constraints, i);

  analysis->signature = px_event_analysis_signature (articles, links);
  analysis->n_applied = constraints->len;
  analysis->lexicon = px_lexicon_ref (lexicon);
  analysis->compare = px_compare_new (articles, flat, constraints->len);
  analysis->framing = px_report_analyse_framing (analysis->compare, lexicon);
  return analysis;
}

typedef struct {
  GPtrArray *articles;
  GPtrArray *links;
  PxLexicon *lexicon;
} RunData;

static void
run_data_free (RunData *data)
{
  g_ptr_array_unref (data->articles);
  g_clear_pointer (&data->links, g_ptr_array_unref);
  px_lexicon_unref (data->lexicon);
  g_free (data);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  RunData *data = task_data;
  PxEventAnalysis *analysis;

  if (g_task_return_error_if_cancelled (task))
    return;
  analysis = px_event_analysis_run (data->articles, data->links, data->lexicon);
  /* A cancelled run is thrown away even when it finished. */
  if (g_task_return_error_if_cancelled (task))
    {
      px_event_analysis_unref (analysis);
      return;
    }
  g_task_return_pointer (task, analysis, (GDestroyNotify) px_event_analysis_unref);
}

static GPtrArray *
copy_links (GPtrArray *links)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) px_project_link_free);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      PxProjectLink *link = g_memdup2 (g_ptr_array_index (links, i), sizeof (PxProjectLink));

      link->event_id = g_strdup (link->event_id);
      link->path_a = g_strdup (link->path_a);
      link->text_a = g_strdup (link->text_a);
      link->path_b = g_strdup (link->path_b);
      link->text_b = g_strdup (link->text_b);
      g_ptr_array_add (copy, link);
    }
  return copy;
}

/**
 * px_event_analysis_run_async:
 *
 * Runs px_event_analysis_run() in a worker thread on copies of @articles
 * and @links.
 */
void
px_event_analysis_run_async (GPtrArray           *articles,
                             GPtrArray           *links,
                             PxLexicon           *lexicon,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  RunData *data = g_new0 (RunData, 1);

  data->articles = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (data->articles, g_object_ref (g_ptr_array_index (articles, i)));
  data->links = copy_links (links);
  data->lexicon = px_lexicon_ref (lexicon);
  g_task_set_source_tag (task, px_event_analysis_run_async);
  g_task_set_task_data (task, data, (GDestroyNotify) run_data_free);
  g_task_run_in_thread (task, run_thread);
}

PxEventAnalysis *
px_event_analysis_run_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
