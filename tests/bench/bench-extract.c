/* bench-extract.c — extraction speed beside libxml2's bare HTML parse
 *
 * Generates a deterministic corpus of news-like pages (20–200 KB, several
 * layouts, page furniture, inline scripts, deep wrappers) in a temporary
 * folder, then measures pages/s, MB/s and peak memory for:
 *   (a) htmlReadMemory() alone on each page,
 *   (b) px_extract_buffer() on the same bytes, one thread,
 *   (c) px_load_paths_sync() over the folder on one worker, (d) on every core.
 *
 * Usage: bench-extract [--pages N] [--seed S] [--keep DIR]
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

static void
report (const char *label,
        guint       pages,
        guint64     bytes,
        gint64      microseconds,
        guint64     peak_kb)
{
  double seconds = microseconds / 1e6;

  g_print ("%-34s %8.1f pages/s %8.1f MB/s %7.2f s   peak RSS %6.1f MB\n",
           label, pages / seconds, bytes / 1e6 / seconds, seconds, peak_kb / 1024.0);
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
  int pages = 2000;
  int seed = 20240501;
  guint64 total_bytes = 0;
  gint64 parse_us = 0, extract_us = 0, load_us = 0, load_one_us = 0, start;
  guint64 parse_peak, extract_peak, load_peak = 0, load_one_peak = 0;
  guint extracted = 0;
  GOptionEntry entries[] = {
    { "pages", 'n', 0, G_OPTION_ARG_INT, &pages, "Number of pages to generate", "N" },
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Seed of the generator", "S" },
    { "keep", 'k', 0, G_OPTION_ARG_FILENAME, &keep, "Generate into DIR and keep it", "DIR" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
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
  g_print ("Threads for the folder load: %u\n\n", g_get_num_processors ());

  /* (a) and (b) read each page first and time only the parse / extraction,
   * so both see the same bytes already in memory. */
  reset_peak_memory ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *data = NULL;
      gsize length;
      htmlDocPtr doc;

      g_file_get_contents (g_ptr_array_index (paths, i), &data, &length, NULL);
      start = g_get_monotonic_time ();
      doc = htmlReadMemory (data, (int) length, NULL, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
      xmlFreeDoc (doc);
      parse_us += g_get_monotonic_time () - start;
    }
  parse_peak = peak_memory_kb ();

  reset_peak_memory ();
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *data = NULL;
      g_autoptr(GPtrArray) articles = NULL;
      gsize length;

      g_file_get_contents (g_ptr_array_index (paths, i), &data, &length, NULL);
      start = g_get_monotonic_time ();
      articles = px_extract_buffer (g_ptr_array_index (paths, i), data, length, NULL);
      extract_us += g_get_monotonic_time () - start;
      if (articles != NULL)
        extracted += articles->len;
    }
  extract_peak = peak_memory_kb ();

  /* The same folder load on one worker, then on every core. */
  for (guint round = 0; round < 2; round++)
    {
      const char *load_paths[] = { dir, NULL };
      g_autoptr(PxLoadResult) result = NULL;
      gint64 took;

      if (round == 0)
        g_setenv ("PARALLAX_LOAD_THREADS", "1", TRUE);
      else
        g_unsetenv ("PARALLAX_LOAD_THREADS");
      reset_peak_memory ();
      start = g_get_monotonic_time ();
      result = px_load_paths_sync (load_paths, NULL, NULL);
      took = g_get_monotonic_time () - start;
      if (round == 0)
        {
          load_one_us = took;
          load_one_peak = peak_memory_kb ();
        }
      else
        {
          load_us = took;
          load_peak = peak_memory_kb ();
        }
      if (result->articles->len != paths->len || result->failures->len != 0)
        g_printerr ("Folder load read %u articles with %u failures\n",
                    result->articles->len, result->failures->len);
    }

  report ("(a) libxml2 htmlReadMemory alone", paths->len, total_bytes, parse_us, parse_peak);
  report ("(b) px_extract_buffer, 1 thread", paths->len, total_bytes, extract_us, extract_peak);
  report ("(c) px_load_paths_sync, one worker", paths->len, total_bytes, load_one_us, load_one_peak);
  report ("(d) px_load_paths_sync, all cores", paths->len, total_bytes, load_us, load_peak);
  g_print ("\nExtraction / bare parse: %.2fx (target: at most 2x)\n", (double) extract_us / parse_us);
  g_print ("Folder load on %u cores, speed-up over one worker: %.2fx\n",
           g_get_num_processors (), (double) load_one_us / load_us);
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
