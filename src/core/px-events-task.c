/* px-events-task.c — analyse and group a folder's articles off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-events-task"

#include "config.h"

#include "px-analysis.h"
#include "px-events-task.h"

/* Shared by the worker and the progress reports it posts; the last one
 * out frees the caller's data. */
typedef struct {
  gatomicrefcount       ref_count;
  GMainContext         *context;
  PxEventsProgressFunc  func;
  gpointer              data;
  GDestroyNotify        data_free;
} Progress;

typedef struct {
  Progress *progress;
  guint     done;
  guint     total;
} ProgressReport;

typedef struct {
  PxEventGrouper     *grouper;
  GPtrArray          *articles;
  double              granularity;
  PxEventConstraints *constraints;
  Progress           *progress;
} TaskData;

static Progress *
progress_ref (Progress *progress)
{
  g_atomic_ref_count_inc (&progress->ref_count);
  return progress;
}

static void
progress_unref (Progress *progress)
{
  if (progress == NULL || !g_atomic_ref_count_dec (&progress->ref_count))
    return;
  if (progress->data_free != NULL)
    progress->data_free (progress->data);
  g_main_context_unref (progress->context);
  g_free (progress);
}

static gboolean
progress_dispatch (gpointer user_data)
{
  ProgressReport *report = user_data;

  report->progress->func (report->done, report->total, report->progress->data);
  return G_SOURCE_REMOVE;
}

static void
progress_report_free (gpointer user_data)
{
  ProgressReport *report = user_data;

  progress_unref (report->progress);
  g_free (report);
}

static void
progress_post (Progress *progress,
               guint     done,
               guint     total)
{
  ProgressReport *report;

  if (progress == NULL || progress->func == NULL)
    return;

  report = g_new0 (ProgressReport, 1);
  report->progress = progress_ref (progress);
  report->done = done;
  report->total = total;
  g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT, progress_dispatch,
                              report, progress_report_free);
}

void
px_events_result_free (PxEventsResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->grouper, px_event_grouper_free);
  g_clear_pointer (&result->events, g_ptr_array_unref);
  g_free (result);
}

static void
task_data_free (TaskData *data)
{
  g_clear_pointer (&data->grouper, px_event_grouper_free);
  g_clear_pointer (&data->articles, g_ptr_array_unref);
  g_clear_pointer (&data->constraints, px_event_constraints_free);
  progress_unref (data->progress);
  g_free (data);
}

static void
group_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  TaskData *data = task_data;
  PxEventsResult *result;
  guint n = data->articles != NULL ? data->articles->len : 0;
  gint64 last_report = 0;

  for (guint i = 0; i < n; i++)
    {
      gint64 now;

      if (g_task_return_error_if_cancelled (task))
        return;

      px_event_grouper_add (data->grouper, px_analysis_new (data->articles->pdata[i]));

      /* A report per article would flood the main loop on big folders. */
      now = g_get_monotonic_time ();
      if (now - last_report > G_USEC_PER_SEC / 20 || i + 1 == n)
        {
          progress_post (data->progress, i + 1, n);
          last_report = now;
        }
    }

  progress_post (data->progress, 0, 0);
  px_event_grouper_set_granularity (data->grouper, data->granularity);
  px_event_grouper_set_constraints (data->grouper, data->constraints);
  px_event_grouper_group (data->grouper);

  if (g_task_return_error_if_cancelled (task))
    return;

  result = g_new0 (PxEventsResult, 1);
  result->events = px_event_grouper_get_events (data->grouper);
  result->grouper = g_steal_pointer (&data->grouper);
  g_task_return_pointer (task, result, (GDestroyNotify) px_events_result_free);
}

/**
 * px_events_group_async:
 * @grouper: (transfer full) (nullable): the grouper of an earlier run, to
 *   regroup its articles; %NULL starts a new one
 * @articles: (element-type PxArticle) (nullable): articles to analyse and
 *   add; they are only read while the task runs
 * @granularity: see %PX_EVENTS_DEFAULT_GRANULARITY
 * @constraints: (transfer full) (nullable): the user's corrections
 * @progress: (nullable): told how the analysis goes
 *
 * Analyses @articles and groups every article of the grouper in a worker
 * thread. Cancelling stops between two articles, or drops the result of a
 * grouping already under way.
 */
void
px_events_group_async (PxEventGrouper       *grouper,
                       GPtrArray            *articles,
                       double                granularity,
                       PxEventConstraints   *constraints,
                       GCancellable         *cancellable,
                       PxEventsProgressFunc  progress,
                       gpointer              progress_data,
                       GDestroyNotify        progress_data_free,
                       GAsyncReadyCallback   callback,
                       gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  TaskData *data = g_new0 (TaskData, 1);

  g_task_set_source_tag (task, px_events_group_async);
  g_task_set_name (task, "[parallax] group events");

  data->grouper = grouper != NULL ? grouper : px_event_grouper_new (granularity);
  data->articles = articles != NULL ? g_ptr_array_ref (articles) : NULL;
  data->granularity = granularity;
  data->constraints = constraints;
  data->progress = g_new0 (Progress, 1);
  g_atomic_ref_count_init (&data->progress->ref_count);
  data->progress->context = g_main_context_ref_thread_default ();
  data->progress->func = progress;
  data->progress->data = progress_data;
  data->progress->data_free = progress_data_free;

  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  g_task_run_in_thread (task, group_in_thread);
}

/**
 * px_events_group_finish:
 *
 * Returns: (transfer full): the events and the grouper that made them, or
 *   %NULL with @error set (%G_IO_ERROR_CANCELLED when cancelled)
 */
PxEventsResult *
px_events_group_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == px_events_group_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
