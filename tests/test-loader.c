/* test-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parallax.h"
#include "px-test-util.h"

#define ARTICLE_HTML \
  "<!DOCTYPE html><html><head><title>Bridge reopens after repairs</title></head><body>" \
  "<article><h1>Bridge reopens after repairs</h1>" \
  "<p>The old river bridge reopened to traffic on Friday after two years of repairs.</p>" \
  "<p>Engineers replaced the deck and strengthened the piers, the council said.</p>" \
  "</article></body></html>\n"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("px-loader-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* Removes a test folder, links and all, without following links. */
static PxLoadProblem *
find_problem (GPtrArray  *problems,
              const char *path)
{
  for (guint i = 0; i < problems->len; i++)
    {
      PxLoadProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->path, path) == 0)
        return problem;
    }
  g_error ("No problem was reported for %s", path);
}

static PxArticle *
find_article (GPtrArray  *articles,
              const char *path)
{
  for (guint i = 0; i < articles->len; i++)
    if (g_strcmp0 (px_article_get_path (g_ptr_array_index (articles, i)), path) == 0)
      return g_ptr_array_index (articles, i);
  return NULL;
}

static PxLoadResult *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  const char *paths[] = { path, NULL };
  PxLoadResult *result = px_load_paths_sync (paths, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static void
test_skips_with_reasons (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *prefix = g_strconcat (dir, "/", NULL);
  g_autoptr(PxLoadResult) result = NULL;
  g_autofree char *p = NULL;
  PxLoadProblem *problem;

  write_file (dir, "story.html", ARTICLE_HTML);
  write_file (dir, "story.html~", ARTICLE_HTML);
  write_file (dir, "#story.html#", ARTICLE_HTML);
  write_file (dir, ".story.html.swp", "b0VIM 9.0");
  write_file (dir, ".git/HEAD", "ref: refs/heads/main\n");
  write_file (dir, "story.html.bak", ARTICLE_HTML);
  write_file (dir, "story_files/frame.html", ARTICLE_HTML);
  write_file (dir, "story_files/style.css", "body { color: red }");
  write_file (dir, "case_files/note.txt", "Bridge works finish\n\nThe bridge reopened on Friday after two years.\n");
  write_file (dir, "logo.png", "not really a png");

  /* "DIR/" as given: paths inside are joined to it as typed. */
  result = load (prefix);
  g_assert_cmpuint (result->articles->len, ==, 2);
  p = g_strconcat (dir, "/story.html", NULL);
  g_assert_nonnull (find_article (result->articles, p));
  g_clear_pointer (&p, g_free);
  /* Ends in _files but sits beside no saved page: an ordinary folder. */
  p = g_strconcat (dir, "/case_files/note.txt", NULL);
  g_assert_nonnull (find_article (result->articles, p));
  g_clear_pointer (&p, g_free);
  g_assert_cmpuint (result->failures->len, ==, 0);

  {
    static const struct { const char *name; const char *words; } expected[] = {
      { "story.html~", "editor backup" },
      { "#story.html#", "editor backup" },
      { ".story.html.swp", "hidden" },
      { ".git", "hidden" },
      { "story.html.bak", "backup" },
      { "story_files", "saved web page" },
      { "logo.png", "image" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        p = g_strconcat (dir, "/", expected[i].name, NULL);
        problem = find_problem (result->skipped, p);
        g_assert_nonnull (problem);
        g_assert_true (g_str_has_prefix (problem->reason, "Skipped"));
        g_assert_nonnull (strstr (problem->reason, expected[i].words));
        g_clear_pointer (&p, g_free);
      }
    g_assert_cmpuint (result->skipped->len, ==, G_N_ELEMENTS (expected));
  }

  px_test_remove_tree (dir);
}

static void
test_fifo_never_hangs (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.html", NULL);
  g_autoptr(PxLoadResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  PxLoadProblem *problem;

  write_file (dir, "story.html", ARTICLE_HTML);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  result = load (dir);
  g_assert_cmpuint (result->articles->len, ==, 1);
  problem = find_problem (result->skipped, fifo);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->reason, "not a regular file"));

  /* Named directly, too: opened without blocking, then refused. */
  articles = px_extract_file (fifo, NULL, &error);
  g_assert_null (articles);
  g_assert_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_NOT_ARTICLE);
  g_assert_nonnull (strstr (error->message, "pipe"));

  px_test_remove_tree (dir);
}

static void
test_symlink_loops (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *sub = g_build_filename (dir, "outlet", NULL);
  g_autofree char *up = g_build_filename (sub, "up", NULL);
  g_autofree char *self = g_build_filename (dir, "self.html", NULL);
  g_autoptr(PxLoadResult) result = NULL;
  PxLoadProblem *problem;

  write_file (sub, "story.html", ARTICLE_HTML);
  g_assert_cmpint (symlink (dir, up), ==, 0);      /* outlet/up → the folder itself */
  g_assert_cmpint (symlink (self, self), ==, 0);   /* a link to itself */

  result = load (dir);
  g_assert_cmpuint (result->articles->len, ==, 1);
  problem = find_problem (result->skipped, up);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->reason, "already read"));
  problem = find_problem (result->failures, self);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->reason, "loop"));

  px_test_remove_tree (dir);
}

static void
test_missing_path (void)
{
  g_autoptr(PxLoadResult) result = load ("/nonexistent-parallax-test/folder");

  g_assert_cmpuint (result->articles->len, ==, 0);
  g_assert_cmpuint (result->failures->len, ==, 1);
  g_assert_nonnull (strstr (((PxLoadProblem *) g_ptr_array_index (result->failures, 0))->reason,
                            "no file or folder"));
}

static void
test_cancelled (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxLoadResult) result = NULL;
  const char *paths[] = { dir, NULL };

  write_file (dir, "story.html", ARTICLE_HTML);
  g_cancellable_cancel (cancellable);
  result = px_load_paths_sync (paths, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  px_test_remove_tree (dir);
}

typedef struct {
  GMainLoop    *loop;
  GThread      *main_thread;
  PxLoadResult *result;
  GError       *error;
  guint         reports;
  guint         last_done;
  guint         last_total;
  guint         freed;
  gboolean      freed_after_reports;
  gboolean      all_on_main_thread;
  gboolean      finished;
  GCancellable *cancel_on_first_report;
} AsyncState;

static void
on_progress (guint    done,
             guint    total,
             gpointer data)
{
  AsyncState *state = data;

  state->reports++;
  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, state->last_done);
  state->last_done = done;
  state->last_total = total;
  state->all_on_main_thread &= g_thread_self () == state->main_thread;
  if (state->cancel_on_first_report != NULL)
    g_cancellable_cancel (state->cancel_on_first_report);
}

static void
on_progress_data_free (gpointer data)
{
  AsyncState *state = data;

  state->freed++;
  state->freed_after_reports = TRUE;
  state->all_on_main_thread &= g_thread_self () == state->main_thread;
  if (state->finished)
    g_main_loop_quit (state->loop);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *res,
           gpointer      data)
{
  AsyncState *state = data;

  state->result = px_load_paths_finish (res, &state->error);
  state->finished = TRUE;
  state->all_on_main_thread &= g_thread_self () == state->main_thread;
  if (state->freed > 0)
    g_main_loop_quit (state->loop);
}

static void
run_async (const char   *dir,
           AsyncState   *state,
           GCancellable *cancellable)
{
  const char *paths[] = { dir, NULL };

  state->loop = g_main_loop_new (NULL, FALSE);
  state->main_thread = g_thread_self ();
  state->all_on_main_thread = TRUE;
  px_load_paths_async (paths, cancellable, on_progress, state, on_progress_data_free,
                       on_loaded, state);
  g_main_loop_run (state->loop);
  g_main_loop_unref (state->loop);
}

static void
test_async_progress (void)
{
  g_autofree char *dir = make_dir ();
  AsyncState state = { 0 };

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%02u.html", i);
      write_file (dir, name, ARTICLE_HTML);
    }

  run_async (dir, &state, NULL);
  g_assert_no_error (state.error);
  g_assert_nonnull (state.result);
  g_assert_cmpuint (state.result->articles->len, ==, 60);
  /* Coalesced, but the last report always gives the full count. */
  g_assert_cmpuint (state.reports, >=, 1);
  g_assert_cmpuint (state.reports, <=, 60);
  g_assert_cmpuint (state.last_done, ==, 60);
  g_assert_cmpuint (state.last_total, ==, 60);
  g_assert_cmpuint (state.freed, ==, 1);
  g_assert_true (state.all_on_main_thread);

  px_load_result_free (state.result);
  px_test_remove_tree (dir);
}

static void
test_async_cancel (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { 0 };

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("a%03u.html", i);
      write_file (dir, name, ARTICLE_HTML);
    }

  state.cancel_on_first_report = cancellable;
  run_async (dir, &state, cancellable);
  /* A load cancelled before its last file says so, and frees the data once. */
  if (state.result != NULL)
    {
      /* The workers were faster than the main loop: every file was read. */
      g_assert_cmpuint (state.result->articles->len, ==, 400);
      px_load_result_free (state.result);
    }
  else
    g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (state.freed, ==, 1);
  g_assert_true (state.all_on_main_thread);

  g_clear_error (&state.error);
  px_test_remove_tree (dir);
}

static void
test_feed_items_in_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(PxLoadResult) result = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  write_file (dir, "wire.xml",
              "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
              "<item><title>One</title><description>First item text.</description></item>"
              "<item><title>Two</title><description>Second item text.</description></item>"
              "</channel></rss>");
  result = load (dir);
  first = g_strconcat (dir, "/wire.xml#1", NULL);
  second = g_strconcat (dir, "/wire.xml#2", NULL);
  g_assert_cmpuint (result->articles->len, ==, 2);
  g_assert_cmpstr (px_article_get_title (find_article (result->articles, first)), ==, "One");
  g_assert_cmpstr (px_article_get_title (find_article (result->articles, second)), ==, "Two");

  px_test_remove_tree (dir);
}

static void
test_examples_folder (void)
{
  const char *examples = g_getenv ("PARALLAX_EXAMPLES");
  g_autoptr(PxLoadResult) result = NULL;
  static const struct {
    const char *file;
    const char *outlet;
    const char *title;
    PxFormat    format;
  } expected[] = {
    { "harbour-business-daily.rss#1", "Harbour Business Daily",
      "Saltway counts the cost as Kessel route reopens", PX_FORMAT_RSS },
    { "island-voice-ferry-sit-in.txt", "Island Voice",
      "Islanders vow to fight on after police break up peaceful ferry sit-in", PX_FORMAT_TEXT },
    { "northern-ledger-ferry-blockade.html", "The Northern Ledger",
      "Police clear Vessa ferry blockade after two-day disruption", PX_FORMAT_HTML },
  };

  if (examples == NULL || !g_file_test (examples, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("PARALLAX_EXAMPLES is not set to the example folder");
      return;
    }

  result = load (examples);
  g_assert_cmpuint (result->failures->len, ==, 0);
  g_assert_cmpuint (result->skipped->len, ==, 0);
  g_assert_cmpuint (result->articles->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (examples, expected[i].file, NULL);
      PxArticle *article = find_article (result->articles, path);

      g_test_message ("%s", expected[i].file);
      g_assert_nonnull (article);
      g_assert_cmpint (px_article_get_format (article), ==, expected[i].format);
      g_assert_cmpstr (px_article_get_title (article), ==, expected[i].title);
      g_assert_cmpstr (px_article_get_outlet (article), ==, expected[i].outlet);
      g_assert_cmpstr (px_article_get_date (article), ==, "2025-03-14");
      g_assert_cmpuint (px_article_count_words (article), >=, 250);
      g_assert_cmpuint (px_article_count_words (article), <=, 500);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/loader/skips-with-reasons", test_skips_with_reasons);
  g_test_add_func ("/parallax/loader/fifo-never-hangs", test_fifo_never_hangs);
  g_test_add_func ("/parallax/loader/symlink-loops", test_symlink_loops);
  g_test_add_func ("/parallax/loader/missing-path", test_missing_path);
  g_test_add_func ("/parallax/loader/cancelled", test_cancelled);
  g_test_add_func ("/parallax/loader/async-progress", test_async_progress);
  g_test_add_func ("/parallax/loader/async-cancel", test_async_cancel);
  g_test_add_func ("/parallax/loader/feed-items-in-folder", test_feed_items_in_folder);
  g_test_add_func ("/parallax/loader/examples-folder", test_examples_folder);

  return g_test_run ();
}
