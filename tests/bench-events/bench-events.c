/* bench-events.c — time and memory of grouping 10,000 and 100,000 articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates synthetic articles in memory (invented names and words; events
 * of 1–20 reports, most of them small, over two years; same-kind events
 * between the same actors months later as decoys; 6,000 common words, event
 * words and names in proportion to the number of articles, but also a few
 * hundred prominent people and a stock of places that recur across many
 * events, and a few hundred outlets), analyses them on two threads, then
 * groups them. Each size runs in its own child process so its peak memory
 * is its own. Prints, per size: analysis time, grouping time by the clock
 * and in processor time (grouping runs on one thread, so processor time
 * hardly moves when other work shares the machine; each the best of three
 * runs), peak resident memory, B-cubed F1 against the generated events,
 * and fingerprints of the grouping and of the labels. The sizes run in
 * turn, two rounds of each; the two time ratios of the largest size to the
 * smallest come from each one's best. Targets: 100,000 in under 30 s on 2
 * cores, under 2 GB, ratio at most 12.
 *
 * For instruction counts, which do not move with load at all:
 *   valgrind --tool=callgrind --instr-atstart=no bench-events 10000
 * counts the grouping alone (and runs it once).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
/* Under callgrind --instr-atstart=no, only the grouping is measured: its
 * instruction counts do not move with the machine's load as times do. */
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#define RUNNING_ON_VALGRIND 0
#endif
#define REPEATS 3
/* Rounds in which each size runs once, in turn. */
#define ROUNDS 2

#include "px-analysis.h"
#include "px-events.h"

/* Common words are a fixed stock; names and the words particular to
 * events grow with the collection, as they do in a real one, so that a
 * larger folder is not a more ambiguous world. */
#define COMMON_WORDS 6000
/* Heads of state, ministers, capitals: the few names many events share,
 * whose posting lists grow with the folder. */
#define PROMINENT_PEOPLE 400
#define OUTLETS 300

typedef struct {
  guint   actors[3];
  guint   place;
  guint   keywords[6];
  guint32 day;
} Event;

static char *
invent_word (GRand *rand,
             gboolean capital)
{
  static const char *syllables[] = {
    "ka", "lo", "mi", "ren", "sta", "vo", "dra", "ne", "tu", "bel", "gor", "shan", "ri",
    "po", "zan", "ek", "mu", "dor", "li", "var", "tes", "ni", "ko", "bra", "sel", "um",
  };
  GString *word = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 2, 5);

  for (guint i = 0; i < n; i++)
    g_string_append (word, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
  if (capital)
    word->str[0] = g_ascii_toupper (word->str[0]);
  return g_string_free (word, FALSE);
}

/* Zipf-like pick: common words far more often than rare ones. */
static guint
zipf (GRand *rand,
      guint  n)
{
  double u = g_rand_double (rand);

  return (guint) (n * u * u * u) % n;
}

static guint n_vocabulary;
static guint n_names;
static char **places;

static char *
write_article (GRand      *rand,
               const Event *event,
               char      **vocabulary,
               char      **names,
               char      **title)
{
  GString *text = g_string_new (NULL);
  guint sentences = g_rand_int_range (rand, 4, 9);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, event->day);
  *title = g_strdup_printf ("%s and %s %s in %s", names[event->actors[0]], names[event->actors[1]],
                            vocabulary[event->keywords[0]], places[event->place]);
  for (guint s = 0; s < sentences; s++)
    {
      guint words = g_rand_int_range (rand, 10, 22);

      for (guint w = 0; w < words; w++)
        {
          guint pick = g_rand_int_range (rand, 0, 100);
          const char *word;

          if (pick < 8)
            word = names[event->actors[g_rand_int_range (rand, 0, 3)]];
          else if (pick < 11)
            word = places[event->place];
          else if (pick < 22)
            word = vocabulary[event->keywords[g_rand_int_range (rand, 0, 6)]];
          else
            word = vocabulary[zipf (rand, COMMON_WORDS)];
          if (w == 0)
            {
              g_string_append_c (text, g_ascii_toupper (word[0]));
              g_string_append (text, word + 1);
            }
          else
            g_string_append (text, word);
          g_string_append_c (text, w + 1 < words ? ' ' : '.');
        }
      if (s == 0)
        g_string_append_printf (text, " It happened on %d %s.", g_date_get_day (&date),
                                (const char *[]) { "January", "February", "March", "April", "May", "June", "July",
                                                   "August", "September", "October", "November", "December" }[g_date_get_month (&date) - 1]);
      g_string_append (text, s % 3 == 2 ? "\n\n" : " ");
    }
  return g_string_free (text, FALSE);
}

typedef struct {
  guint       index;
  char       *path;
  char       *title;
  char       *text;
  char       *date;
  const char *outlet;
  PxAnalysis *analysis;
} Job;

static void
analyse_job (gpointer data,
             gpointer user_data)
{
  Job *job = data;
  const char *paragraphs[] = { job->text, NULL };

  job->analysis = px_analysis_new_from_text (job->path, job->title, paragraphs, "en", job->date, job->outlet);
  g_clear_pointer (&job->text, g_free);
  g_clear_pointer (&job->title, g_free);
}

/* Processor time of this process: grouping runs on one thread, so this
 * figure moves less than the clock when other work shares the machine. */
static double
cpu_now (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
run (guint n,
     double *analysis_seconds,
     double *f1,
     double *cpu_seconds,
     char    fingerprint[17])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  char **vocabulary;
  char **names;
  char **outlets;
  guint n_places;
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autofree guint *truth = g_new (guint, n);
  g_autofree Job *jobs = g_new0 (Job, n);
  g_autoptr(PxEventGrouper) grouper = px_event_grouper_new (PX_EVENTS_DEFAULT_GRANULARITY);
  g_autoptr(GPtrArray) result = NULL;
  g_autoptr(GHashTable) predicted = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *event_sizes = NULL;
  GThreadPool *pool;
  guint32 start_day;
  double t0, c0, wall = G_MAXDOUBLE;
  guint assigned = 0;
  double precision = 0, recall = 0;

  n_vocabulary = COMMON_WORDS + n / 10;
  n_names = MAX (1000, n / 4);
  /* Places do not grow as fast as a folder does: a larger one returns to
   * the same cities more often. */
  n_places = (guint) (30 * sqrt (n));
  vocabulary = g_new0 (char *, n_vocabulary);
  names = g_new0 (char *, n_names);
  places = g_new0 (char *, n_places);
  for (guint i = 0; i < n_places; i++)
    places[i] = invent_word (rand, TRUE);
  outlets = g_new0 (char *, OUTLETS);
  for (guint i = 0; i < OUTLETS; i++)
    {
      g_autofree char *word = invent_word (rand, TRUE);

      outlets[i] = g_strdup_printf ("The %s %s", word,
                                    (const char *[]) { "Times", "Post", "Herald", "Daily", "News", "Wire" }[i % 6]);
    }
  for (guint i = 0; i < n_vocabulary; i++)
    vocabulary[i] = invent_word (rand, FALSE);
  for (guint i = 0; i < n_names; i++)
    names[i] = invent_word (rand, TRUE);
  {
    GDate d;
    g_date_clear (&d, 1);
    g_date_set_dmy (&d, 1, 1, 2024);
    start_day = g_date_get_julian (&d);
  }

  /* Events of 1–20 reports, most of them a few, some stories everyone
   * covers; one in four repeats an earlier event's actors and kind months
   * later: a decoy only time tells apart. One actor in three is a prominent
   * person who appears in many events; the place is one of a stock that
   * recurs. */
  while (assigned < n)
    {
      Event e;
      double u = g_rand_double (rand);
      guint size = 1 + (guint) (20 * u * u);

      if (events->len > 0 && g_rand_int_range (rand, 0, 4) == 0)
        {
          e = g_array_index (events, Event, g_rand_int_range (rand, 0, events->len));
          e.keywords[5] = g_rand_int_range (rand, COMMON_WORDS / 2, n_vocabulary);
          e.day += g_rand_int_range (rand, 60, 400);
        }
      else
        {
          for (guint k = 0; k < 3; k++)
            e.actors[k] = k == 0 ? zipf (rand, PROMINENT_PEOPLE) : (guint) g_rand_int_range (rand, PROMINENT_PEOPLE, n_names);
          e.place = zipf (rand, n_places);
          for (guint k = 0; k < 6; k++)
            e.keywords[k] = g_rand_int_range (rand, COMMON_WORDS / 2, n_vocabulary);
          e.day = start_day + g_rand_int_range (rand, 0, 730);
        }
      g_array_append_val (events, e);
      size = MIN (size, n - assigned);
      for (guint k = 0; k < size; k++, assigned++)
        {
          Job *job = &jobs[assigned];
          Event *event = &g_array_index (events, Event, events->len - 1);

          truth[assigned] = events->len - 1;
          job->index = assigned;
          job->path = g_strdup_printf ("synthetic/%07u.txt", assigned);
          job->text = write_article (rand, event, vocabulary, names, &job->title);
          job->date = NULL;
          job->outlet = outlets[zipf (rand, OUTLETS)];
          {
            GDate d;
            char buffer[16];

            g_date_clear (&d, 1);
            g_date_set_julian (&d, event->day + g_rand_int_range (rand, 0, 3));
            g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", &d);
            job->date = g_strdup (buffer);
          }
        }
    }

  t0 = now ();
  pool = g_thread_pool_new (analyse_job, NULL, 2, TRUE, NULL);
  for (guint i = 0; i < n; i++)
    g_thread_pool_push (pool, &jobs[i], NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  *analysis_seconds = now () - t0;

  for (guint i = 0; i < n; i++)
    px_event_grouper_add (grouper, jobs[i].analysis);
  /* The best of a few runs: other work on the machine only ever adds
   * time, so the least is the closest to the grouping's own cost, and a
   * short run at the smaller size is not left to one draw of the load.
   * Under callgrind one run is enough: instruction counts do not vary. */
  *cpu_seconds = G_MAXDOUBLE;
  for (guint rep = 0; rep < (RUNNING_ON_VALGRIND ? 1 : REPEATS); rep++)
    {
      double c;

      g_clear_pointer (&result, g_ptr_array_unref);
      t0 = now ();
      c0 = cpu_now ();
      CALLGRIND_START_INSTRUMENTATION;
      px_event_grouper_group (grouper);
      result = px_event_grouper_get_events (grouper);
      CALLGRIND_STOP_INSTRUMENTATION;
      c = cpu_now () - c0;
      wall = MIN (wall, now () - t0);
      *cpu_seconds = MIN (*cpu_seconds, c);
    }

  /* Fingerprints of the grouping and of the labels, so that a change meant
   * only to make grouping faster can be seen to leave every event as it
   * was, and one to the labels to leave the grouping alone. */
  {
    g_autoptr(GChecksum) groups = g_checksum_new (G_CHECKSUM_SHA1);
    g_autoptr(GChecksum) labels = g_checksum_new (G_CHECKSUM_SHA1);

    for (guint e = 0; e < result->len; e++)
      {
        PxEvent *event = g_ptr_array_index (result, e);

        g_checksum_update (labels, (const guchar *) (event->label ? event->label : ""), -1);
        g_checksum_update (labels, (const guchar *) "\n", 1);
        for (guint k = 0; k < event->articles->len; k++)
          {
            g_checksum_update (groups, (const guchar *) event->articles->pdata[k], -1);
            g_checksum_update (groups, (const guchar *) "\n", 1);
          }
        g_checksum_update (groups, (const guchar *) "\n", 1);
      }
    g_strlcpy (fingerprint, g_checksum_get_string (groups), 9);
    g_strlcpy (fingerprint + 8, g_checksum_get_string (labels), 9);
  }

  /* B-cubed against the generated events. */
  for (guint e = 0; e < result->len; e++)
    {
      PxEvent *event = g_ptr_array_index (result, e);

      for (guint k = 0; k < event->articles->len; k++)
        g_hash_table_insert (predicted, event->articles->pdata[k], GUINT_TO_POINTER (e));
    }
  event_sizes = g_new0 (guint, events->len);
  for (guint i = 0; i < n; i++)
    event_sizes[truth[i]]++;
  {
    g_autofree guint *cluster_of = g_new (guint, n);
    g_autoptr(GHashTable) cluster_sizes = g_hash_table_new (NULL, NULL);
    g_autoptr(GHashTable) overlap = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

    for (guint i = 0; i < n; i++)
      {
        gint64 *key = g_new (gint64, 1);

        cluster_of[i] = GPOINTER_TO_UINT (g_hash_table_lookup (predicted, jobs[i].path));
        g_hash_table_insert (cluster_sizes, GUINT_TO_POINTER (cluster_of[i] + 1),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (cluster_sizes, GUINT_TO_POINTER (cluster_of[i] + 1))) + 1));
        *key = ((gint64) cluster_of[i] << 32) | truth[i];
        g_hash_table_insert (overlap, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (overlap, key)) + 1));
      }
    for (guint i = 0; i < n; i++)
      {
        gint64 key = ((gint64) cluster_of[i] << 32) | truth[i];
        double both = GPOINTER_TO_UINT (g_hash_table_lookup (overlap, &key));

        precision += both / GPOINTER_TO_UINT (g_hash_table_lookup (cluster_sizes, GUINT_TO_POINTER (cluster_of[i] + 1)));
        recall += both / event_sizes[truth[i]];
      }
    precision /= n;
    recall /= n;
    *f1 = 2 * precision * recall / (precision + recall);
  }

  for (guint i = 0; i < n; i++)
    {
      g_free (jobs[i].path);
      g_free (jobs[i].date);
    }
  for (guint i = 0; i < n_vocabulary; i++)
    g_free (vocabulary[i]);
  for (guint i = 0; i < n_names; i++)
    g_free (names[i]);
  for (guint i = 0; i < n_places; i++)
    g_free (places[i]);
  g_free (places);
  for (guint i = 0; i < OUTLETS; i++)
    g_free (outlets[i]);
  g_free (outlets);
  g_free (vocabulary);
  g_free (names);
  return wall;
}

/* One size in a child process of its own, so that its peak memory is its
 * own: its figures, or FALSE when the run failed. */
static gboolean
run_child (guint   n,
           double  figures[4],
           char    fingerprint[17],
           double *peak_mb)
{
  int fds[2];
  pid_t child;
  struct rusage usage;
  int status;
  gboolean ok;

  if (pipe (fds) != 0)
    return FALSE;
  fflush (stdout);
  child = fork ();
  if (child == 0)
    {
      double analysis = 0, f1 = 0, cpu = 0;
      char result_fingerprint[17] = "";
      double grouping = run (n, &analysis, &f1, &cpu, result_fingerprint);
      double out[4] = { analysis, grouping, f1, cpu };

      if (write (fds[1], out, sizeof out) != sizeof out ||
          write (fds[1], result_fingerprint, sizeof result_fingerprint) != sizeof result_fingerprint)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  ok = read (fds[0], figures, 4 * sizeof (double)) == 4 * sizeof (double) &&
       read (fds[0], fingerprint, 17) == 17;
  close (fds[0]);
  wait4 (child, &status, 0, &usage);
  *peak_mb = usage.ru_maxrss / 1024.0;
  return ok && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *best_time = NULL;
  g_autofree double *best_cpu = NULL;
  guint rounds = RUNNING_ON_VALGRIND ? 1 : ROUNDS;

  for (int a = 1; a < argc; a++)
    {
      guint n = (guint) g_ascii_strtoull (argv[a], NULL, 10);

      if (n > 0)
        g_array_append_val (sizes, n);
    }
  best_time = g_new (double, MAX (sizes->len, 1));
  best_cpu = g_new (double, MAX (sizes->len, 1));
  for (guint s = 0; s < sizes->len; s++)
    best_time[s] = best_cpu[s] = G_MAXDOUBLE;

  /* The sizes take turns, round after round, and each keeps its best: a
   * spell of other work on the machine then slows one run of each size,
   * not every run of one of them, and the ratio tells the grouping's
   * scaling rather than when each size happened to run. */
  for (guint round = 0; round < rounds; round++)
    for (guint s = 0; s < sizes->len; s++)
      {
        guint n = g_array_index (sizes, guint, s);
        double figures[4] = { 0, 0, 0, 0 };
        char fingerprint[17] = "";
        double peak_mb = 0;

        if (!run_child (n, figures, fingerprint, &peak_mb))
          {
            g_printerr ("bench-events: the run with %u articles failed\n", n);
            continue;
          }
        printf ("%7u articles: analysis %.2f s (2 threads), grouping %.2f s (processor %.2f s; best of %d), peak memory %.0f MB, B-cubed F1 %.3f, groups %.8s, labels %.8s\n",
                n, figures[0], figures[1], figures[3], RUNNING_ON_VALGRIND ? 1 : REPEATS, peak_mb, figures[2], fingerprint, fingerprint + 8);
        best_time[s] = MIN (best_time[s], figures[1]);
        best_cpu[s] = MIN (best_cpu[s], figures[3]);
      }
  if (sizes->len > 1 && best_time[0] < G_MAXDOUBLE && best_time[sizes->len - 1] < G_MAXDOUBLE)
    {
      guint first_n = g_array_index (sizes, guint, 0), last_n = g_array_index (sizes, guint, sizes->len - 1);

      printf ("best of %u rounds: grouping %u in %.2f s (processor %.2f s), %u in %.2f s (processor %.2f s)\n",
              rounds, first_n, best_time[0], best_cpu[0], last_n, best_time[sizes->len - 1], best_cpu[sizes->len - 1]);
      printf ("grouping time ratio %u/%u: %.1f, processor time ratio %.1f (near-linear would be %.1f)\n",
              last_n, first_n, best_time[sizes->len - 1] / best_time[0], best_cpu[sizes->len - 1] / best_cpu[0],
              (double) last_n / first_n);
    }
  return 0;
}
