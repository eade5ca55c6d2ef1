/* parallax-cli.c — the Parallax pipeline from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "parallax-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "parallax.h"
#include "px-compare.h"

enum {
  EXIT_ALL_READ = 0,
  EXIT_SOME_FAILED = 1,
  EXIT_USAGE = 2,
};

static void
print_node (JsonNode *node)
{
  g_autofree char *line = px_json_to_line (node);

  fputs (line, stdout);
  fputc ('\n', stdout);
}

static int
compare_problem_paths (gconstpointer a,
                       gconstpointer b)
{
  const PxLoadProblem *pa = *(PxLoadProblem * const *) a;
  const PxLoadProblem *pb = *(PxLoadProblem * const *) b;

  return g_strcmp0 (pa->path, pb->path);
}

static int
command_extract (char     **paths,
                 gboolean   verbose)
{
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(GError) error = NULL;

  result = px_load_paths_sync ((const char * const *) paths, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      return EXIT_SOME_FAILED;
    }

  for (guint i = 0; i < result->articles->len; i++)
    {
      g_autoptr(JsonNode) node = px_json_from_article (g_ptr_array_index (result->articles, i));
      print_node (node);
    }

  g_ptr_array_sort (result->failures, compare_problem_paths);
  for (guint i = 0; i < result->failures->len; i++)
    {
      PxLoadProblem *problem = g_ptr_array_index (result->failures, i);
      g_autoptr(JsonNode) node = px_json_from_failure (problem->path, problem->reason);
      print_node (node);
    }

  if (verbose)
    for (guint i = 0; i < result->skipped->len; i++)
      {
        PxLoadProblem *problem = g_ptr_array_index (result->skipped, i);
        g_printerr ("%s: %s\n", problem->path, problem->reason);
      }

  fflush (stdout);
  return result->failures->len > 0 ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}

/* All the articles found are one event: compare them, print one object. */
static int
command_compare (char **paths)
{
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(PxCompare) compare = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  result = px_load_paths_sync ((const char * const *) paths, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      return EXIT_SOME_FAILED;
    }
  for (guint i = 0; i < result->failures->len; i++)
    {
      PxLoadProblem *problem = g_ptr_array_index (result->failures, i);
      g_printerr ("%s: %s\n", problem->path, problem->reason);
    }

  compare = px_compare_new (result->articles, NULL, 0);
  node = px_compare_to_json (compare);
  print_node (node);
  fflush (stdout);
  return result->failures->len > 0 ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n  parallax-cli extract [--verbose] PATH…\n  parallax-cli compare PATH…\n\n%s\n%s\n",
           _("Usage:"),
           _("Commands:\n"
             "  extract   print every article found (folders are read recursively),\n"
             "            one JSON object per line"),
           _("  compare   treat the articles found as one event: print one JSON object\n"
             "            with their sentences, the claims they share and what each omits"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) rest = NULL;
  gboolean verbose = FALSE;
  gboolean version = FALSE;
  GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, N_("Also list the files skipped and why, on standard error"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, N_("COMMAND PATH…") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Read, group and compare news articles."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (version)
    {
      g_print ("parallax-cli %s\n", PACKAGE_VERSION);
      return EXIT_ALL_READ;
    }
  if (rest == NULL || rest[0] == NULL)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (g_strcmp0 (rest[0], "extract") == 0)
    {
      if (rest[1] == NULL)
        {
          g_printerr ("parallax-cli: %s\n", _("extract needs at least one file or folder"));
          print_usage (stderr);
          return EXIT_USAGE;
        }
      return command_extract (rest + 1, verbose);
    }

  if (g_strcmp0 (rest[0], "compare") == 0)
    {
      if (rest[1] == NULL)
        {
          g_printerr ("parallax-cli: %s\n", _("compare needs at least one file or folder"));
          print_usage (stderr);
          return EXIT_USAGE;
        }
      return command_compare (rest + 1);
    }

  g_printerr ("parallax-cli: ");
  g_printerr (_("unknown command “%s”"), rest[0]);
  g_printerr ("\n");
  print_usage (stderr);
  return EXIT_USAGE;
}
