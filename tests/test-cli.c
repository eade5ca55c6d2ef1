/* test-cli.c — parallax-cli as scripts see it: JSON Lines, exit codes, paths
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "parallax.h"

typedef struct {
  int        status;
  char      *out;
  char      *err;
  GPtrArray *lines;   /* JsonObject, one per line of standard output */
} CliRun;

static void
cli_run_free (CliRun *run)
{
  g_free (run->out);
  g_free (run->err);
  g_ptr_array_unref (run->lines);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliRun, cli_run_free)

static const char *
cli_path (void)
{
  const char *cli = g_getenv ("PARALLAX_CLI");

  if (cli == NULL)
    g_error ("PARALLAX_CLI is not set; run the tests with meson test");
  return cli;
}

/* Runs parallax-cli with @args in @cwd; every line of its output must be a
 * JSON object. */
static CliRun *
run_cli (const char         *cwd,
         const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  CliRun *run = g_new0 (CliRun, 1);
  g_auto(GStrv) lines = NULL;

  g_ptr_array_add (argv, (gpointer) cli_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_subprocess_launcher_set_cwd (launcher, cwd);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);

  run->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  lines = g_strsplit (run->out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonNode *root;

      if (lines[i][0] == '\0')
        {
          /* Only the final newline leaves an empty piece. */
          g_assert_null (lines[i + 1]);
          continue;
        }
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      root = json_parser_get_root (parser);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
      g_ptr_array_add (run->lines, json_object_ref (json_node_get_object (root)));
    }
  return run;
}

static JsonObject *
line_for (CliRun     *run,
          const char *path)
{
  for (guint i = 0; i < run->lines->len; i++)
    {
      JsonObject *object = g_ptr_array_index (run->lines, i);

      if (g_strcmp0 (json_object_get_string_member (object, "path"), path) == 0)
        return object;
    }
  g_error ("No line for %s in:\n%s", path, run->out);
}

static void
assert_member_type (JsonObject *object,
                    const char *name,
                    GType       type,
                    gboolean    nullable)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    g_error ("The key “%s” is missing", name);
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    return;
  g_assert_true (JSON_NODE_HOLDS_VALUE (node));
  g_assert_cmpstr (g_type_name (json_node_get_value_type (node)), ==, g_type_name (type));
}

/* The shape DESIGN.md promises for an article that was read. */
static void
assert_article_shape (JsonObject *object)
{
  JsonArray *authors, *paragraphs;
  const char *date, *format;

  assert_member_type (object, "path", G_TYPE_STRING, FALSE);
  g_assert_true (json_object_get_boolean_member (object, "ok"));
  assert_member_type (object, "format", G_TYPE_STRING, FALSE);
  assert_member_type (object, "title", G_TYPE_STRING, TRUE);
  assert_member_type (object, "outlet", G_TYPE_STRING, TRUE);
  assert_member_type (object, "date", G_TYPE_STRING, TRUE);
  assert_member_type (object, "language", G_TYPE_STRING, TRUE);
  assert_member_type (object, "url", G_TYPE_STRING, TRUE);
  assert_member_type (object, "text", G_TYPE_STRING, FALSE);

  format = json_object_get_string_member (object, "format");
  g_assert_true (g_str_equal (format, "html") || g_str_equal (format, "text") ||
                 g_str_equal (format, "rss") || g_str_equal (format, "atom") || g_str_equal (format, "rdf"));

  date = json_object_get_string_member_with_default (object, "date", NULL);
  if (date != NULL)
    {
      g_autoptr(GRegex) iso = g_regex_new ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", 0, 0, NULL);
      g_assert_true (g_regex_match (iso, date, 0, NULL));
    }

  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "authors")));
  authors = json_object_get_array_member (object, "authors");
  for (guint i = 0; i < json_array_get_length (authors); i++)
    g_assert_true (JSON_NODE_HOLDS_VALUE (json_array_get_element (authors, i)) &&
                   json_node_get_value_type (json_array_get_element (authors, i)) == G_TYPE_STRING);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "paragraphs")));
  paragraphs = json_object_get_array_member (object, "paragraphs");
  for (guint i = 0; i < json_array_get_length (paragraphs); i++)
    {
      JsonObject *paragraph = json_array_get_object_element (paragraphs, i);

      g_assert_nonnull (paragraph);
      assert_member_type (paragraph, "role", G_TYPE_STRING, FALSE);
      assert_member_type (paragraph, "text", G_TYPE_STRING, FALSE);
    }
}

static char *
make_fixture_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("px-cli-XXXXXX", &error);
  g_autofree char *news = NULL;

  g_assert_no_error (error);
  news = g_build_filename (dir, "news", NULL);
  g_assert_cmpint (g_mkdir (news, 0700), ==, 0);

#define WRITE(name, text) \
  G_STMT_START { \
    g_autofree char *p_ = g_build_filename (news, name, NULL); \
    g_assert_true (g_file_set_contents (p_, text, -1, NULL)); \
  } G_STMT_END

  WRITE ("a.html",
         "<!DOCTYPE html><html><head><title>Lighthouse keeper retires after forty years</title></head><body>"
         "<p>The last keeper of the Skarv lighthouse retired on Saturday after forty years.</p>"
         "<p>“I will miss the storms,” he said.</p></body></html>");
  WRITE ("b.txt",
         "New ferry named after local teacher\n\n"
         "The operator named its new ferry after a teacher who taught on the island for decades.\n");
  WRITE ("wire.xml",
         "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Coast Wire</title>"
         "<item><title>Storm warning for the coast</title><pubDate>Mon, 03 Mar 2025 06:00:00 GMT</pubDate>"
         "<description>Forecasters expect gales on Tuesday.</description></item>"
         "<item><title>Harbour fees frozen</title><description>The port froze its fees for a year.</description></item>"
         "</channel></rss>");
#undef WRITE
  return dir;
}

static void
remove_fixture (const char *dir)
{
  static const char *names[] = { "news/a.html", "news/b.txt", "news/wire.xml", "news/empty.html", "news" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
test_extract_all_read (void)
{
  g_autofree char *dir = make_fixture_dir ();
  const char *args[] = { "extract", "news/", NULL };
  g_autoptr(CliRun) run = run_cli (dir, args);
  JsonObject *item;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpuint (run->lines->len, ==, 4);
  for (guint i = 0; i < run->lines->len; i++)
    assert_article_shape (g_ptr_array_index (run->lines, i));

  /* "news/" as given, joined with the file's path inside it. */
  g_assert_cmpstr (json_object_get_string_member (line_for (run, "news/a.html"), "format"), ==, "html");
  g_assert_cmpstr (json_object_get_string_member (line_for (run, "news/b.txt"), "format"), ==, "text");
  item = line_for (run, "news/wire.xml#1");
  g_assert_cmpstr (json_object_get_string_member (item, "format"), ==, "rss");
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "Storm warning for the coast");
  g_assert_cmpstr (json_object_get_string_member (item, "outlet"), ==, "Coast Wire");
  g_assert_cmpstr (json_object_get_string_member (item, "date"), ==, "2025-03-03");
  g_assert_cmpstr (json_object_get_string_member (item, "text"), ==, "Forecasters expect gales on Tuesday.");
  g_assert_cmpstr (json_object_get_string_member (line_for (run, "news/wire.xml#2"), "title"), ==,
                   "Harbour fees frozen");

  remove_fixture (dir);
}

static void
test_paths_as_given (void)
{
  g_autofree char *dir = make_fixture_dir ();
  const char *without_slash[] = { "extract", "news", NULL };
  const char *file[] = { "extract", "./news/b.txt", NULL };
  g_autoptr(CliRun) folder_run = run_cli (dir, without_slash);
  g_autoptr(CliRun) file_run = run_cli (dir, file);

  g_assert_cmpint (folder_run->status, ==, 0);
  g_assert_nonnull (line_for (folder_run, "news/a.html"));
  g_assert_cmpint (file_run->status, ==, 0);
  g_assert_cmpuint (file_run->lines->len, ==, 1);
  g_assert_nonnull (line_for (file_run, "./news/b.txt"));

  remove_fixture (dir);
}

static void
test_extract_some_failed (void)
{
  g_autofree char *dir = make_fixture_dir ();
  g_autofree char *empty = g_build_filename (dir, "news", "empty.html", NULL);
  const char *args[] = { "extract", "news", "missing.html", NULL };
  g_autoptr(CliRun) run = NULL;
  JsonObject *failure;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  run = run_cli (dir, args);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (run->lines->len, ==, 6);

  failure = line_for (run, "news/empty.html");
  g_assert_false (json_object_get_boolean_member (failure, "ok"));
  assert_member_type (failure, "error", G_TYPE_STRING, FALSE);
  g_assert_nonnull (strstr (json_object_get_string_member (failure, "error"), "empty"));
  failure = line_for (run, "missing.html");
  g_assert_false (json_object_get_boolean_member (failure, "ok"));
  g_assert_cmpstr (json_object_get_string_member (failure, "error"), !=, "");
  /* The readable ones are still there. */
  assert_article_shape (line_for (run, "news/a.html"));

  remove_fixture (dir);
}

static void
test_usage_errors (void)
{
  static const char *no_command[] = { NULL };
  static const char *unknown[] = { "frobnicate", "news", NULL };
  static const char *no_paths[] = { "extract", NULL };
  static const char *bad_option[] = { "extract", "--no-such-option", "news", NULL };
  const char * const *cases[] = { no_command, unknown, no_paths, bad_option };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CliRun) run = run_cli (g_get_tmp_dir (), cases[i]);

      g_assert_cmpint (run->status, ==, 2);
      g_assert_cmpuint (run->lines->len, ==, 0);
      g_assert_cmpstr (run->err, !=, "");
    }
}

static void
test_examples (void)
{
  const char *examples = g_getenv ("PARALLAX_EXAMPLES");
  const char *args[] = { "extract", examples, NULL };
  g_autoptr(CliRun) run = NULL;

  if (examples == NULL || !g_file_test (examples, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("PARALLAX_EXAMPLES is not set to the example folder");
      return;
    }
  run = run_cli (g_get_tmp_dir (), args);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpuint (run->lines->len, ==, 3);
  for (guint i = 0; i < run->lines->len; i++)
    assert_article_shape (g_ptr_array_index (run->lines, i));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/cli/extract-all-read", test_extract_all_read);
  g_test_add_func ("/parallax/cli/paths-as-given", test_paths_as_given);
  g_test_add_func ("/parallax/cli/extract-some-failed", test_extract_some_failed);
  g_test_add_func ("/parallax/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/parallax/cli/examples", test_examples);

  return g_test_run ();
}
