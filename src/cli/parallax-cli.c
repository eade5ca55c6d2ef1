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
#include "px-report.h"
#include "px-events.h"

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

/* For the commands whose standard output is one JSON document (or one kind
 * of object), failures go to standard error instead. */
static void
print_failures_to_stderr (PxLoadResult *result,
                          gboolean      verbose)
{
  g_ptr_array_sort (result->failures, compare_problem_paths);
  for (guint i = 0; i < result->failures->len; i++)
    {
      PxLoadProblem *problem = g_ptr_array_index (result->failures, i);
      g_printerr ("%s: %s\n", problem->path, problem->reason);
    }
  if (verbose)
    for (guint i = 0; i < result->skipped->len; i++)
      {
        PxLoadProblem *problem = g_ptr_array_index (result->skipped, i);
        g_printerr ("%s: %s\n", problem->path, problem->reason);
      }
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

static int
command_events (char     **paths,
                gboolean   verbose,
                double     granularity)
{
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxEventGrouper) grouper = NULL;
  g_autoptr(GPtrArray) events = NULL;

  result = px_load_paths_sync ((const char * const *) paths, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      return EXIT_SOME_FAILED;
    }

  grouper = px_event_grouper_new (granularity);
  for (guint i = 0; i < result->articles->len; i++)
    px_event_grouper_add (grouper, px_analysis_new (g_ptr_array_index (result->articles, i)));
  px_event_grouper_group (grouper);
  events = px_event_grouper_get_events (grouper);

  for (guint i = 0; i < events->len; i++)
    {
      PxEvent *event = g_ptr_array_index (events, i);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "event");
      json_builder_add_string_value (builder, event->id);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, event->label);
      px_json_add_string_or_null (builder, "date", event->date_first);
      px_json_add_string_or_null (builder, "date_last", event->date_last);
      json_builder_set_member_name (builder, "outlets");
      json_builder_begin_array (builder);
      for (guint k = 0; k < event->outlets->len; k++)
        json_builder_add_string_value (builder, g_ptr_array_index (event->outlets, k));
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "articles");
      json_builder_begin_array (builder);
      for (guint k = 0; k < event->articles->len; k++)
        json_builder_add_string_value (builder, g_ptr_array_index (event->articles, k));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      print_node (node);
    }

  /* Standard output carries events only; what could not be read is told on
   * standard error, and in the exit code. */
  print_failures_to_stderr (result, verbose);

  fflush (stdout);
  return result->failures->len > 0 ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}

/* All the articles found are one event: compare them, print one object. */
static int
command_compare (char **paths)
{
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(PxCompare) compare = NULL;
  g_autoptr(PxFraming) framing = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  result = px_load_paths_sync ((const char * const *) paths, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      return EXIT_SOME_FAILED;
    }
  print_failures_to_stderr (result, FALSE);

  compare = px_compare_new (result->articles, NULL, 0);
  framing = px_report_analyse_framing (compare, NULL);
  node = px_report_to_json (compare, framing);
  print_node (node);
  fflush (stdout);
  return result->failures->len > 0 ? EXIT_SOME_FAILED : EXIT_ALL_READ;
}

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n  parallax-cli extract [--verbose] PATH…\n"
           "  parallax-cli events [--verbose] [--granularity=0…1] PATH…\n"
           "  parallax-cli compare PATH…\n\n%s\n",
           _("Usage:"),
           _("Commands:\n"
             "  extract   print every article found (folders are read recursively),\n"
             "            one JSON object per line\n"
             "  events    group the articles by the event they report,\n"
             "            one JSON object per event per line\n"
             "  compare   treat the articles found as one event: print one JSON object\n"
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
  double granularity = PX_EVENTS_DEFAULT_GRANULARITY;
  GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, N_("Also list the files skipped and why, on standard error"), NULL },
    { "granularity", 'g', 0, G_OPTION_ARG_DOUBLE, &granularity, N_("For events: from 0 (finer) to 1 (coarser); default 0.5"), N_("VALUE") },
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
  if (g_strcmp0 (rest[0], "extract") != 0 && g_strcmp0 (rest[0], "events") != 0 &&
      g_strcmp0 (rest[0], "compare") != 0)
    {
      g_printerr ("parallax-cli: ");
      g_printerr (_("unknown command “%s”"), rest[0]);
      g_printerr ("\n");
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (rest[1] == NULL)
    {
      g_printerr ("parallax-cli: ");
      /* Translators: %s is a command name such as “extract” */
      g_printerr (_("%s needs at least one file or folder"), rest[0]);
      g_printerr ("\n");
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (granularity < 0.0 || granularity > 1.0)
    {
      g_printerr ("parallax-cli: %s\n", _("the granularity must be between 0 and 1"));
      return EXIT_USAGE;
    }

  if (g_strcmp0 (rest[0], "extract") == 0)
    return command_extract (rest + 1, verbose);
  if (g_strcmp0 (rest[0], "events") == 0)
    return command_events (rest + 1, verbose, granularity);
  return command_compare (rest + 1);
}
