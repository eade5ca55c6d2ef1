/* bench-compare-view.c — frame times of six columns scrolling together
 *
 * Six made-up articles of 150 sentences each, telling shuffled, reworded
 * selections of one pool of facts, shown side by side in a 1500×950
 * window. Column after column is scrolled a step on every frame, so that
 * each frame moves all six text views, re-levels them on their matched
 * sentences and redraws the five link maps. Prints, for the frames drawn,
 * the time from the frame clock's before-paint to its after-paint (the
 * update, layout and paint work of one frame, on whatever GSK_RENDERER
 * says) and the interval between frames: median, 95th percentile and
 * maximum, in milliseconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "parallax.h"
#include "px-compare-view.h"
#include "px-test-util.h"

#define N_ARTICLES 6
#define N_SENTENCES 150
#define N_FACTS 220
#define N_FRAMES 300
#define STEP 37.0

static const char *words[] = {
  "minister", "border", "talks", "agreement", "ceasefire", "village", "troops", "government",
  "statement", "meeting", "capital", "president", "officials", "region", "peace", "negotiations",
  "delegation", "summit", "security", "council", "report", "conflict", "mediators", "proposal",
  "parliament", "opposition", "residents", "refugees", "convoy", "checkpoint", "corridor", "election",
  "spokesman", "foreign", "defence", "economic", "trade", "railway", "energy", "treaty",
  "monitors", "observers", "commission", "ambassador", "sanctions", "protest", "hospital", "shelling",
};

static const char *glue[] = {
  "the", "of", "and", "to", "in", "a", "on", "was", "said", "that", "with", "by", "after", "before",
};

typedef struct {
  GArray        *paint;      /* double ms, before-paint → after-paint */
  GArray        *interval;   /* double ms, between frame starts */
  GArray        *cpu;        /* double ms of this thread's CPU time, before-paint → after-paint */
  gint64         paint_start;
  gint64         cpu_start;
  gint64         last_start;
  guint          frames;
  guint          master;
  double         direction;
  PxCompareView *view;
  gboolean       done;
} Bench;

static PxArticle *
make_article (GRand  *rand,
              GArray *facts,
              guint   number)
{
  g_autofree char *path = g_strdup_printf ("outlet-%u.txt", number);
  g_autofree char *outlet = g_strdup_printf ("Outlet %u", number + 1);
  PxArticle *article = px_article_new (path);
  GString *paragraph = g_string_new (NULL);

  px_article_set_language (article, "en");
  px_article_set_outlet (article, outlet, PX_SOURCE_METADATA);
  px_article_set_title (article, "Leaders meet at the border summit");
  for (guint s = 0; s < N_SENTENCES; s++)
    {
      guint fact = g_rand_int_range (rand, 0, N_FACTS);
      guint *content = &g_array_index (facts, guint, fact * 10);
      gsize start = paragraph->len;

      for (guint k = 0; k < 10; k++)
        {
          if (g_rand_int_range (rand, 0, 100) < 80)
            g_string_append_printf (paragraph, "%s ", words[content[k]]);
          if (g_rand_int_range (rand, 0, 100) < 60)
            g_string_append_printf (paragraph, "%s ", glue[g_rand_int_range (rand, 0, G_N_ELEMENTS (glue))]);
        }
      g_string_append_printf (paragraph, "%u. ", fact);
      paragraph->str[start] = g_ascii_toupper (paragraph->str[start]);
      if (s % 4 == 3)
        {
          px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraph->str);
          g_string_truncate (paragraph, 0);
        }
    }
  if (paragraph->len > 0)
    px_article_add_paragraph (article, PX_PARAGRAPH_BODY, paragraph->str);
  g_string_free (paragraph, TRUE);
  return article;
}

static void
before_paint (GdkFrameClock *clock,
              Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->last_start != 0)
    {
      double ms = (now - bench->last_start) / 1000.0;
      g_array_append_val (bench->interval, ms);
    }
  bench->last_start = now;
  bench->paint_start = now;
  bench->cpu_start = px_test_thread_cpu_us ();
}

static void
after_paint (GdkFrameClock *clock,
             Bench         *bench)
{
  double ms = (g_get_monotonic_time () - bench->paint_start) / 1000.0;
  double cpu = (px_test_thread_cpu_us () - bench->cpu_start) / 1000.0;

  g_array_append_val (bench->paint, ms);
  g_array_append_val (bench->cpu, cpu);
}

/* One step of scrolling per frame; every 50 frames another column leads. */
static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  Bench *bench = data;
  PxArticleColumn *column = px_compare_view_get_column (bench->view, bench->master);
  GtkAdjustment *adjustment = px_article_column_get_vadjustment (column);
  double value = gtk_adjustment_get_value (adjustment) + STEP * bench->direction;

  if (value <= gtk_adjustment_get_lower (adjustment) ||
      value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
    bench->direction = -bench->direction;
  gtk_adjustment_set_value (adjustment, value);

  if (++bench->frames % 50 == 0)
    bench->master = (bench->master + 1) % N_ARTICLES;
  if (bench->frames >= N_FRAMES)
    {
      bench->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void
report (const char *what,
        GArray     *values)
{
  double p50, p95, max;

  g_array_sort (values, compare_doubles);
  p50 = g_array_index (values, double, values->len / 2);
  p95 = g_array_index (values, double, MIN (values->len - 1, (guint) (values->len * 0.95)));
  max = g_array_index (values, double, values->len - 1);
  g_print ("%-28s frames %4u  median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n",
           what, values->len, p50, p95, max);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240506);
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  Bench bench = { 0 };
  GtkWindow *window;
  GdkFrameClock *clock;
  gint64 start, deadline;
  guint n_sentences = 0;

  gtk_init ();
  adw_init ();

  for (guint i = 0; i < N_FACTS * 10; i++)
    {
      guint word = g_rand_int_range (rand, 0, G_N_ELEMENTS (words));
      g_array_append_val (facts, word);
    }
  for (guint a = 0; a < N_ARTICLES; a++)
    g_ptr_array_add (articles, make_article (rand, facts, a));

  start = g_get_monotonic_time ();
  compare = px_compare_new (articles, NULL, 0);
  for (guint a = 0; a < N_ARTICLES; a++)
    n_sentences += ((GPtrArray *) g_ptr_array_index (compare->sentences, a))->len;
  g_print ("compared %u articles, %u sentences, %u claims in %.1f ms\n",
           N_ARTICLES, n_sentences, compare->claims->claims->len,
           (g_get_monotonic_time () - start) / 1000.0);

  bench.paint = g_array_new (FALSE, FALSE, sizeof (double));
  bench.interval = g_array_new (FALSE, FALSE, sizeof (double));
  bench.cpu = g_array_new (FALSE, FALSE, sizeof (double));
  bench.direction = 1.0;
  bench.view = PX_COMPARE_VIEW (px_compare_view_new ());

  start = g_get_monotonic_time ();
  px_compare_view_set_compare (bench.view, compare);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, GTK_WIDGET (bench.view));
  gtk_window_set_default_size (window, 1500, 950);
  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (bench.view)))
    g_main_context_iteration (NULL, TRUE);
  g_print ("built and mapped 6 columns in %.1f ms (renderer %s)\n",
           (g_get_monotonic_time () - start) / 1000.0,
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));

  /* Let the text views finish laying out before measuring. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint), &bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &bench);

  /* Twice: as shown, then with every highlight and link map turned off in
   * the legend, which leaves the text views' own cost. */
  for (guint round = 0; round < 2; round++)
    {
      bench.done = FALSE;
      bench.frames = 0;
      bench.last_start = 0;
      g_array_set_size (bench.paint, 0);
      g_array_set_size (bench.interval, 0);
      g_array_set_size (bench.cpu, 0);
      if (round == 1)
        for (guint h = 0; h < PX_N_HIGHLIGHTS; h++)
          px_legend_set_active (px_compare_view_get_legend (bench.view), h, FALSE);

      gtk_widget_add_tick_callback (GTK_WIDGET (bench.view), scroll_tick, &bench, NULL);
      deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
      while (!bench.done && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      if (!bench.done)
        break;

      if (round == 0)
        {
          guint links = 0, drawn = 0;

          for (guint i = 0; i + 1 < N_ARTICLES; i++)
            {
              links += px_link_map_get_n_links (px_compare_view_get_link_map (bench.view, i));
              drawn += px_link_map_count_drawn (px_compare_view_get_link_map (bench.view, i));
            }
          g_print ("link maps: %u bands in all, %u drawn in the last frame\n", links, drawn);
        }
      g_print ("%s\n", round == 0 ? "6 columns with highlights and link maps:" : "the same with every highlight off:");
      report ("  frame work (paint phase)", bench.paint);
      report ("  frame work, CPU time", bench.cpu);
      report ("  interval between frames", bench.interval);
    }
  g_signal_handlers_disconnect_by_data (clock, &bench);

  gtk_window_destroy (window);
  g_array_unref (bench.paint);
  g_array_unref (bench.interval);
  g_array_unref (bench.cpu);
  return bench.done ? 0 : 1;
}
