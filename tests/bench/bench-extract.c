/* bench-extract.c — extraction speed beside libxml2's bare HTML parse
 *
 * Generates a deterministic corpus of news-like pages (20–200 KB, several
 * layouts, page furniture, inline scripts, deep wrappers) in a temporary
 * folder, then measures pages/s, MB/s and peak memory for:
 *   (a) htmlReadMemory() alone on each page, with the options extraction
 *       parses with,
 *   (b) px_extract_buffer() on the same bytes, one thread,
 *   (c) px_load_paths_sync() over the folder on one worker, (d) on every core.
 *
 * (a) and (b) run in the same process, interleaved page by page (in
 * alternating order) over several rounds, on the same bytes, read into
 * memory outside the timing: both do the same I/O, none of it timed, and a
 * busy machine slows both alike. Each call is
 * timed by the thread's processor time as well as by the clock: processor
 * time is what the ratio should be judged on when other programs share the
 * cores. Peak memory is taken in one more, untimed pass of each alone.
 *
 * Instruction counts are steadier still: time_parse() and time_extract()
 * are never inlined and run only in the timed rounds, so
 *   valgrind --tool=callgrind bench-extract --pages 60 --rounds 1 --no-load
 *   callgrind_annotate --inclusive=yes callgrind.out.PID | grep time_
 * gives the two costs side by side.
 *
 * Usage: bench-extract [--pages N] [--seed S] [--rounds R] [--no-load] [--keep DIR]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "parallax.h"
#include "px-test-util.h"

static const char *words[] = {
  "the", "minister", "said", "on", "Tuesday", "that", "talks", "would", "resume", "after",
  "a", "pause", "of", "several", "weeks", "and", "officials", "from", "both", "sides",
  "agreed", "to", "meet", "again", "in", "capital", "where", "delegations", "discussed",
  "border", "trade", "water", "rights", "prisoners", "exchange", "ceasefire", "monitors",
  "villagers", "harbour", "council", "report", "budget", "election", "court", "ruling",
  "protest", "police", "hospital", "school", "bridge", "railway", "farmers", "prices",
  "according", "spokesperson", "statement", "earlier", "however", "while", "critics",
  "argued", "plan", "was", "not", "enough", "government", "opposition", "parliament",
  "vote", "week", "month", "year", "people", "region", "city", "northern", "southern",
};

static const char *names[] = {
  "Mira Holt", "Jonas Ek", "Ana Petrova", "Tomas Brenn", "Ilse Marten", "Ruth Kalder",
  "Piet Anholm", "Lena Haraldsen", "Erik Saand", "Agnes Rallen", "Omar Said", "Keiko Arai",
};

static const char *outlets[] = {
  "The Daily Ledger", "Coast Courier", "Valley Herald", "Metro Wire", "Island Voice",
  "Harbour Business Daily", "The Northern Star", "Capital Times",
};

static void
append_sentence (GString *out,
                 GRand   *rand)
{
  guint n = g_rand_int_range (rand, 8, 28);

  for (guint i = 0; i < n; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      if (i == 0)
        {
          g_string_append_c (out, g_ascii_toupper (word[0]));
          g_string_append (out, word + 1);
        }
      else
        {
          g_string_append_c (out, ' ');
          g_string_append (out, word);
        }
      if (i > 2 && i < n - 2 && g_rand_int_range (rand, 0, 12) == 0)
        g_string_append_c (out, ',');
    }
  g_string_append (out, g_rand_int_range (rand, 0, 10) == 0 ? "?” " : ". ");
}

static void
append_paragraph (GString *out,
                  GRand   *rand)
{
  guint sentences = g_rand_int_range (rand, 2, 7);

  gboolean in_link = FALSE;

  g_string_append (out, "<p>");
  for (guint i = 0; i < sentences; i++)
    {
      if (!in_link && g_rand_int_range (rand, 0, 8) == 0)
        {
          g_string_append_printf (out, "<a href=\"/topic/%u\">", g_rand_int (rand) % 1000);
          in_link = TRUE;
        }
      append_sentence (out, rand);
      if (in_link && g_rand_boolean (rand))
        {
          g_string_append (out, "</a> ");
          in_link = FALSE;
        }
    }
  if (in_link)
    g_string_append (out, "</a>");
  g_string_append (out, "</p>\n");
}

static void
append_script (GString *out,
               GRand   *rand)
{
  guint lines = g_rand_int_range (rand, 20, 200);

  g_string_append (out, "<script>\n(function(){var cfg={");
  for (guint i = 0; i < lines; i++)
    g_string_append_printf (out, "k%u:\"%08x\",", i, g_rand_int (rand));
  g_string_append (out, "};window.__app=cfg;if(document.readyState<'i'){console.log(1&&2)}})();\n</script>\n");
}

static void
append_nav (GString *out,
            GRand   *rand)
{
  g_string_append (out, "<nav class=\"main-nav\"><ul>");
  for (guint i = 0, n = g_rand_int_range (rand, 6, 20); i < n; i++)
    g_string_append_printf (out, "<li class=\"nav-item\"><a href=\"/section/%u\">%s</a></li>", i,
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_string_append (out, "</ul></nav>\n");
}

static void
append_related (GString *out,
                GRand   *rand)
{
  g_string_append (out, "<aside class=\"related\"><h3>Related articles</h3><ul>");
  for (guint i = 0, n = g_rand_int_range (rand, 3, 10); i < n; i++)
    {
      g_string_append_printf (out, "<li><a href=\"/news/%u\">", g_rand_int (rand) % 100000);
      append_sentence (out, rand);
      g_string_append (out, "</a></li>");
    }
  g_string_append (out, "</ul></aside>\n");
}

static void
append_furniture (GString *out,
                  GRand   *rand)
{
  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:
      g_string_append (out, "<div class=\"membership-appeal\"><h3>Support our journalism</h3>"
                            "<p>Become a member today from just 5 a month.</p><a href=\"/join\">Join</a></div>\n");
      break;
    case 1:
      g_string_append (out, "<div class=\"share-bar\"><a href=\"#\">Facebook</a><a href=\"#\">X</a>"
                            "<a href=\"#\">Email</a><a href=\"#\">Copy link</a></div>\n");
      break;
    case 2:
      g_string_append (out, "<section class=\"comments\"><h3>Leave a Reply</h3><form method=\"post\">"
                            "<textarea name=\"c\"></textarea><input name=\"n\"><button>Post Comment</button>"
                            "</form></section>\n");
      break;
    case 3:
      g_string_append (out, "<div class=\"newsletter\"><p>Sign up to our morning briefing.</p>"
                            "<input type=\"email\"><button>Subscribe</button></div>\n");
      break;
    default:
      g_string_append (out, "<div class=\"ad-slot\" data-slot=\"mid\"><iframe src=\"about:blank\"></iframe></div>\n");
      break;
    }
}

/* One page of about @target bytes in one of four layouts. */
static char *
generate_page (GRand *rand,
               guint  index,
               gsize  target)
{
  GString *out = g_string_sized_new (target + 4096);
  guint layout = g_rand_int_range (rand, 0, 4);
  const char *outlet = outlets[g_rand_int_range (rand, 0, G_N_ELEMENTS (outlets))];
  const char *author = names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))];
  guint wrappers = layout == 2 ? g_rand_int_range (rand, 10, 40) : g_rand_int_range (rand, 2, 8);
  GString *headline = g_string_new (NULL);

  append_sentence (headline, rand);
  g_strchomp (headline->str);

  g_string_append_printf (out,
                          "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%s | %s</title>\n"
                          "<meta property=\"og:site_name\" content=\"%s\">\n"
                          "<meta property=\"og:title\" content=\"%s\">\n"
                          "<link rel=\"canonical\" href=\"https://news%u.example/story/%u\">\n"
                          "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                          "\"@type\":\"NewsArticle\",\"headline\":\"%s\",\"datePublished\":\"2024-%02u-%02uT10:00:00Z\","
                          "\"author\":{\"@type\":\"Person\",\"name\":\"%s\"},"
                          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"%s\"}}</script>\n",
                          headline->str, outlet, outlet, headline->str, layout, index, headline->str,
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29), author, outlet);
  for (guint i = 0, n = g_rand_int_range (rand, 1, 4); i < n; i++)
    append_script (out, rand);
  g_string_append (out, "<style>.a{color:red}.b>.c{margin:0}</style></head>\n<body>\n");
  g_string_append (out, "<div class=\"cookie-notice\"><p>We use cookies to improve your experience.</p>"
                        "<button>Accept</button></div>\n");
  if (layout == 3)
    g_string_append (out, "<table width=\"100%\"><tr><td class=\"left\">");
  append_nav (out, rand);
  for (guint i = 0; i < wrappers; i++)
    g_string_append_printf (out, "<div class=\"wrap-%u col\" data-x=\"%u\">", i, g_rand_int (rand) % 100);
  g_string_append_printf (out, "<article class=\"story\"><h1>%s</h1><div class=\"byline\">By %s</div>"
                               "<time datetime=\"2024-05-01\">1 May 2024</time>\n", headline->str, author);

  while (out->len < target)
    {
      guint what = g_rand_int_range (rand, 0, 20);

      if (what < 13)
        append_paragraph (out, rand);
      else if (what < 14)
        {
          g_string_append (out, "<h2>");
          append_sentence (out, rand);
          g_string_append (out, "</h2>\n");
        }
      else if (what < 15)
        {
          g_string_append (out, "<blockquote><p>“");
          append_sentence (out, rand);
          g_string_append (out, "”</p></blockquote>\n");
        }
      else if (what < 16)
        g_string_append_printf (out, "<figure><img src=\"/img/%u.jpg\" alt=\"\"><figcaption>Photo: %s</figcaption></figure>\n",
                                g_rand_int (rand) % 10000, names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))]);
      else if (what < 17)
        append_furniture (out, rand);
      else if (what < 18)
        append_related (out, rand);
      else if (what < 19)
        append_script (out, rand);
      else
        {
          /* A nested block of wrappers around one paragraph. */
          guint depth = g_rand_int_range (rand, 3, 30);

          for (guint i = 0; i < depth; i++)
            g_string_append (out, "<div><span>");
          append_paragraph (out, rand);
          for (guint i = 0; i < depth; i++)
            g_string_append (out, "</span></div>");
          g_string_append_c (out, '\n');
        }
    }

  g_string_append (out, "</article>");
  for (guint i = 0; i < wrappers; i++)
    g_string_append (out, "</div>");
  if (layout == 3)
    g_string_append (out, "</td></tr></table>");
  append_related (out, rand);
  g_string_append_printf (out, "<footer><p>© 2024 %s</p><ul><li><a href=\"/about\">About</a></li>"
                               "<li><a href=\"/privacy\">Privacy</a></li></ul></footer>\n", outlet);
  append_script (out, rand);
  g_string_append (out, "</body></html>\n");

  g_string_free (headline, TRUE);
  return g_string_free (out, FALSE);
}

static GPtrArray *
generate_corpus (const char *dir,
                 guint       pages,
                 guint32     seed,
                 guint64    *total_bytes)
{
  GRand *rand = g_rand_new_with_seed (seed);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  *total_bytes = 0;
  for (guint i = 0; i < pages; i++)
    {
      gsize target = g_rand_int_range (rand, 20 * 1024, 200 * 1024);
      g_autofree char *page = generate_page (rand, i, target);
      g_autofree char *name = g_strdup_printf ("page-%04u.html", i);
      char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (path, page, -1, &error))
        g_error ("%s", error->message);
      *total_bytes += strlen (page);
      g_ptr_array_add (paths, path);
    }
  g_rand_free (rand);
  return paths;
}

/* Resets the kernel's high-water mark of resident memory (Linux 4.0+), so
 * each phase reports its own peak. */
static void
reset_peak_memory (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");

  if (f != NULL)
    {
      fputs ("5", f);
      fclose (f);
    }
}

static guint64
peak_memory_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;
  struct rusage usage;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "VmHWM:")) != NULL)
    return g_ascii_strtoull (line + strlen ("VmHWM:"), NULL, 10);
  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* The options px-html.c parses pages with. */
#define BENCH_PARSE_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                             HTML_PARSE_RECOVER | HTML_PARSE_NOBLANKS | XML_PARSE_HUGE)

typedef struct {
  gint64 wall_us;
  gint64 cpu_us;
} BenchTime;

__attribute__((noinline)) static void
bench_parse_page (const char *data,
                  gsize       length)
{
  htmlDocPtr doc = htmlReadMemory (data, (int) length, NULL, "UTF-8", BENCH_PARSE_OPTIONS);

  xmlFreeDoc (doc);
}

__attribute__((noinline)) static guint
bench_extract_page (const char *path,
                    const char *data,
                    gsize       length)
{
  g_autoptr(GPtrArray) articles = px_extract_buffer (path, data, length, NULL);

  return articles != NULL ? articles->len : 0;
}

__attribute__((noinline)) static void
time_parse (const char *data,
            gsize       length,
            BenchTime  *time)
{
  gint64 wall = g_get_monotonic_time (), cpu = px_test_thread_cpu_us ();

  bench_parse_page (data, length);
  time->cpu_us += px_test_thread_cpu_us () - cpu;
  time->wall_us += g_get_monotonic_time () - wall;
}

__attribute__((noinline)) static guint
time_extract (const char *path,
              const char *data,
              gsize       length,
              BenchTime  *time)
{
  gint64 wall = g_get_monotonic_time (), cpu = px_test_thread_cpu_us ();
  guint n = bench_extract_page (path, data, length);

  time->cpu_us += px_test_thread_cpu_us () - cpu;
  time->wall_us += g_get_monotonic_time () - wall;
  return n;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *label,
        guint       pages,
        guint64     bytes,
        gint64      microseconds,
        gint64      cpu_microseconds,
        guint64     peak_kb)
{
  double seconds = microseconds / 1e6;

  g_print ("%-36s %7.1f pages/s %6.1f MB/s %7.2f s", label, pages / seconds, bytes / 1e6 / seconds, seconds);
  if (cpu_microseconds > 0)
    g_print ("  CPU %6.2f s", cpu_microseconds / 1e6);
  else
    g_print ("  %12s", "");
  g_print ("  peak RSS %6.1f MB\n", peak_kb / 1024.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *keep = NULL;
  g_autofree double *round_cpu_ratio = NULL;
  g_autofree double *round_wall_ratio = NULL;
  int pages = 2000;
  int seed = 20240501;
  int rounds = 3;
  gboolean no_load = FALSE;
  guint64 total_bytes = 0;
  BenchTime parse = { 0 }, extract = { 0 };
  gint64 load_us = 0, load_one_us = 0, load_cpu_us = 0, load_one_cpu_us = 0, start;
  guint64 parse_peak, extract_peak, load_peak = 0, load_one_peak = 0;
  guint extracted = 0;
  GOptionEntry entries[] = {
    { "pages", 'n', 0, G_OPTION_ARG_INT, &pages, "Number of pages to generate", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the generator", "S" },
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "Timed rounds of parse and extraction (default 3)", "R" },
    { "no-load", 0, 0, G_OPTION_ARG_NONE, &no_load, "Skip the folder loads (c) and (d)", NULL },
    { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep, "Generate into DIR and keep it", "DIR" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (pages < 1 || rounds < 1)
    {
      g_printerr ("--pages and --rounds must be at least 1\n");
      return 2;
    }

  if (keep != NULL)
    {
      dir = g_strdup (keep);
      g_mkdir_with_parents (dir, 0755);
    }
  else if ((dir = g_dir_make_tmp ("px-bench-XXXXXX", &error)) == NULL)
    g_error ("%s", error->message);

  xmlInitParser ();
  start = g_get_monotonic_time ();
  paths = generate_corpus (dir, (guint) pages, (guint32) seed, &total_bytes);
  g_print ("Generated %u pages, %.1f MB (%.0f KB average) in %.1f s, seed %d\n",
           paths->len, total_bytes / 1e6, total_bytes / 1024.0 / paths->len,
           (g_get_monotonic_time () - start) / 1e6, seed);

  /* Warm-up: lexicons, regexes and the allocator's arenas are built once
   * per process, not per page. */
  {
    g_autofree char *data = NULL;
    gsize length;

    g_file_get_contents (g_ptr_array_index (paths, 0), &data, &length, NULL);
    bench_parse_page (data, length);
    bench_extract_page (g_ptr_array_index (paths, 0), data, length);
  }

  /* (a) and (b), interleaved: each page is read once per round, then
   * parsed and extracted from the same bytes, in alternating order. */
  round_cpu_ratio = g_new0 (double, rounds);
  round_wall_ratio = g_new0 (double, rounds);
  for (int round = 0; round < rounds; round++)
    {
      BenchTime round_parse = { 0 }, round_extract = { 0 };

      extracted = 0;
      for (guint i = 0; i < paths->len; i++)
        {
          const char *path = g_ptr_array_index (paths, i);
          g_autofree char *data = NULL;
          gsize length;

          if (!g_file_get_contents (path, &data, &length, &error))
            g_error ("%s", error->message);
          if ((i + round) % 2 == 0)
            {
              time_parse (data, length, &round_parse);
              extracted += time_extract (path, data, length, &round_extract);
            }
          else
            {
              extracted += time_extract (path, data, length, &round_extract);
              time_parse (data, length, &round_parse);
            }
        }
      round_cpu_ratio[round] = (double) round_extract.cpu_us / MAX (round_parse.cpu_us, 1);
      round_wall_ratio[round] = (double) round_extract.wall_us / MAX (round_parse.wall_us, 1);
      g_print ("Round %d: parse %.2f s CPU (%.2f s wall), extraction %.2f s CPU (%.2f s wall): "
               "%.2fx by CPU, %.2fx by clock\n", round + 1,
               round_parse.cpu_us / 1e6, round_parse.wall_us / 1e6,
               round_extract.cpu_us / 1e6, round_extract.wall_us / 1e6,
               round_cpu_ratio[round], round_wall_ratio[round]);
      parse.cpu_us += round_parse.cpu_us;
      parse.wall_us += round_parse.wall_us;
      extract.cpu_us += round_extract.cpu_us;
      extract.wall_us += round_extract.wall_us;
    }

  /* Peak memory of each alone, untimed. */
  reset_peak_memory ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *data = NULL;
      gsize length;

      g_file_get_contents (g_ptr_array_index (paths, i), &data, &length, NULL);
      bench_parse_page (data, length);
    }
  parse_peak = peak_memory_kb ();
  reset_peak_memory ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *data = NULL;
      gsize length;

      g_file_get_contents (g_ptr_array_index (paths, i), &data, &length, NULL);
      bench_extract_page (g_ptr_array_index (paths, i), data, length);
    }
  extract_peak = peak_memory_kb ();

  /* The same folder load on one worker, then on every core. Processor
   * time here is the whole process's, workers included. */
  for (guint round = 0; round < 2 && !no_load; round++)
    {
      const char *load_paths[] = { dir, NULL };
      g_autoptr(PxLoadResult) result = NULL;
      gint64 took, cpu;
      struct rusage before, after;

      if (round == 0)
        g_setenv ("PARALLAX_LOAD_THREADS", "1", TRUE);
      else
        g_unsetenv ("PARALLAX_LOAD_THREADS");
      reset_peak_memory ();
      getrusage (RUSAGE_SELF, &before);
      start = g_get_monotonic_time ();
      result = px_load_paths_sync (load_paths, NULL, NULL);
      took = g_get_monotonic_time () - start;
      getrusage (RUSAGE_SELF, &after);
      cpu = (after.ru_utime.tv_sec - before.ru_utime.tv_sec + after.ru_stime.tv_sec - before.ru_stime.tv_sec) *
            G_USEC_PER_SEC + (after.ru_utime.tv_usec - before.ru_utime.tv_usec) +
            (after.ru_stime.tv_usec - before.ru_stime.tv_usec);
      if (round == 0)
        {
          load_one_us = took;
          load_one_cpu_us = cpu;
          load_one_peak = peak_memory_kb ();
        }
      else
        {
          load_us = took;
          load_cpu_us = cpu;
          load_peak = peak_memory_kb ();
        }
      if (result->articles->len != paths->len || result->failures->len != 0)
        g_printerr ("Folder load read %u articles with %u failures\n",
                    result->articles->len, result->failures->len);
    }

  g_print ("\nTotals over %d round%s (times per pass are these divided by the rounds):\n",
           rounds, rounds == 1 ? "" : "s");
  report ("(a) libxml2 htmlReadMemory alone", paths->len * rounds, total_bytes * rounds,
          parse.wall_us, parse.cpu_us, parse_peak);
  report ("(b) px_extract_buffer, 1 thread", paths->len * rounds, total_bytes * rounds,
          extract.wall_us, extract.cpu_us, extract_peak);
  if (!no_load)
    {
      report ("(c) px_load_paths_sync, one worker", paths->len, total_bytes, load_one_us, load_one_cpu_us,
              load_one_peak);
      report ("(d) px_load_paths_sync, all cores", paths->len, total_bytes, load_us, load_cpu_us, load_peak);
    }

  qsort (round_cpu_ratio, rounds, sizeof (double), compare_double);
  qsort (round_wall_ratio, rounds, sizeof (double), compare_double);
  g_print ("\nextraction / bare parse: %.2fx by processor time (rounds %.2f to %.2f), "
           "%.2fx by clock (rounds %.2f to %.2f); target: at most 2x\n",
           (double) extract.cpu_us / MAX (parse.cpu_us, 1), round_cpu_ratio[0], round_cpu_ratio[rounds - 1],
           (double) extract.wall_us / MAX (parse.wall_us, 1), round_wall_ratio[0], round_wall_ratio[rounds - 1]);
  if (!no_load)
    {
      g_print ("Folder load on one worker / px_extract_buffer: %.2fx by clock\n",
               (double) load_one_us / MAX (extract.wall_us / rounds, 1));
      g_print ("Folder load on %u cores, speed-up over one worker: %.2fx\n",
               g_get_num_processors (), (double) load_one_us / MAX (load_us, 1));
    }
  if (extracted != paths->len)
    g_printerr ("Only %u of %u pages gave an article\n", extracted, paths->len);

  if (keep == NULL)
    {
      for (guint i = 0; i < paths->len; i++)
        g_unlink (g_ptr_array_index (paths, i));
      g_rmdir (dir);
    }
  return 0;
}
