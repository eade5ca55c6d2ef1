/* test-project.c — a folder's corrections: round trip, damage, read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "px-project.h"
#include "px-test-util.h"

/* Stands in for XDG_DATA_HOME; GLib reads that once per process. */
static char *data_home;

typedef struct {
  char *home;
  char *folder;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->home = g_build_filename (data_home, "parallax", NULL);
  f->folder = g_dir_make_tmp ("parallax-folder-XXXXXX", NULL);
  g_assert_nonnull (f->folder);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  px_test_remove_tree (f->folder);
  px_test_remove_tree (f->home);
  g_free (f->folder);
  g_free (f->home);
}

static char *
article (Fixture *f, const char *name)
{
  return g_build_filename (f->folder, name, NULL);
}

static void
test_round_trip (Fixture *f, gconstpointer data)
{
  g_autoptr(PxProject) project = px_project_new (f->folder);
  g_autoptr(PxProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = article (f, "a.html");
  g_autofree char *b = article (f, "sub/b.txt");
  g_autofree char *expected_file = g_build_filename (f->folder, PX_PROJECT_FILE_NAME, NULL);
  g_autofree char *event = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (px_project_is_empty (project));
  event = px_project_new_event_id (project);
  g_assert_true (g_str_has_prefix (event, "u"));
  px_project_pin (project, a, event);
  px_project_pin (project, b, event);
  px_project_set_label (project, event, "Ferry workers’ sit-in · Harbour · May");
  px_project_set_outlet (project, b, "Island Voice");
  g_assert_false (px_project_is_empty (project));
  g_assert_true (px_project_has_event (project, event));

  g_assert_true (px_project_save (project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (px_project_get_file (project), ==, expected_file);

  /* Paths are stored relative to the folder. */
  g_assert_true (g_file_get_contents (expected_file, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"sub/b.txt\""));
  g_assert_null (strstr (contents, f->folder));

  again = px_project_load (f->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_project_get_pin (again, a), ==, event);
  g_assert_cmpstr (px_project_get_pin (again, b), ==, event);
  g_assert_cmpstr (px_project_get_label (again, event), ==, "Ferry workers’ sit-in · Harbour · May");
  g_assert_cmpstr (px_project_get_outlet (again, b), ==, "Island Voice");
  g_assert_null (px_project_get_outlet (again, a));

  /* Unpinning and clearing a label go back to the automatic grouping. */
  px_project_pin (again, a, NULL);
  px_project_set_label (again, event, NULL);
  g_assert_null (px_project_get_pin (again, a));
  g_assert_null (px_project_get_label (again, event));
  g_assert_true (px_project_has_event (again, event));
  px_project_pin (again, b, NULL);
  g_assert_false (px_project_has_event (again, event));
}

/* The grouping gets the corrections with absolute paths, and they hold. */
static void
test_constraints (Fixture *f, gconstpointer data)
{
  g_autoptr(PxProject) project = px_project_new (f->folder);
  g_autoptr(PxEventConstraints) constraints = NULL;
  g_autoptr(GPtrArray) analyses = g_ptr_array_new_with_free_func ((GDestroyNotify) px_analysis_free);
  g_autoptr(GPtrArray) events = NULL;
  static const char *texts[][2] = {
    { "Harbour ferry crews stop work", "Ferry crews in the harbour stopped work on Monday over pay." },
    { "Ferry strike halts harbour crossings", "Harbour ferry crews stopped work on Monday, halting crossings." },
    { "Council approves new library", "The town council approved plans for a new library on Tuesday." },
  };
  g_autofree char *split_id = px_project_new_event_id (project);
  g_autofree char *kept_id = px_project_new_event_id (project);
  const PxEvent *split = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.txt", i);
      g_autofree char *path = article (f, name);
      const char *paragraphs[] = { texts[i][0], texts[i][1], NULL };

      g_ptr_array_add (analyses, px_analysis_new_from_text (path, texts[i][0], paragraphs,
                                                            "en", "2024-05-06", "Outlet"));
    }

  /* The second ferry article is split off and named; the event it leaves
   * keeps its other article under an id of its own, as the window does, so
   * the two never merge again. */
  px_project_pin (project, ((PxAnalysis *) analyses->pdata[1])->path, split_id);
  px_project_pin (project, ((PxAnalysis *) analyses->pdata[0])->path, kept_id);
  px_project_set_label (project, split_id, "Crossings halted");
  constraints = px_project_dup_constraints (project);
  events = px_events_group (analyses, PX_EVENTS_DEFAULT_GRANULARITY, constraints);

  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (((PxEvent *) events->pdata[i])->id, split_id) == 0)
      split = events->pdata[i];
  g_assert_nonnull (split);
  g_assert_cmpuint (split->articles->len, ==, 1);
  g_assert_cmpstr (split->articles->pdata[0], ==, ((PxAnalysis *) analyses->pdata[1])->path);
  g_assert_cmpstr (split->label, ==, "Crossings halted");
  g_assert_true (split->corrected);
}

static void
assert_set_aside (Fixture *f, const char *contents)
{
  g_autofree char *file = g_build_filename (f->folder, PX_PROJECT_FILE_NAME, NULL);
  g_autofree char *broken = g_strconcat (file, ".broken", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(PxProject) project = NULL;
  g_autoptr(GError) error = NULL;

  g_remove (broken);
  g_assert_true (g_file_set_contents (file, contents, -1, NULL));

  project = px_project_load (f->folder, &error);
  g_assert_error (error, PX_PROJECT_ERROR, PX_PROJECT_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, PX_PROJECT_FILE_NAME ".broken"));
  g_assert_nonnull (project);
  g_assert_true (px_project_is_empty (project));

  /* Kept, byte for byte, and out of the way of the next save. */
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (broken, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, contents);
  g_assert_true (px_project_save (project, NULL));
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
}

static void
test_corrupt (Fixture *f, gconstpointer data)
{
  g_autofree char *file = g_build_filename (f->folder, PX_PROJECT_FILE_NAME, NULL);
  g_autofree char *a = article (f, "a.html");
  g_autoptr(PxProject) project = NULL;
  g_autoptr(GError) error = NULL;

  assert_set_aside (f, "{\"version\": 1, \"pins\": {\"a.html\": \"u1\"");   /* cut short */
  assert_set_aside (f, "[1, 2, 3]");
  assert_set_aside (f, "\xff\xfe{}");
  assert_set_aside (f, "{\"version\": 99, \"pins\": {}}");

  /* Odd entries are dropped one by one; the rest is read. */
  g_assert_true (g_file_set_contents (file,
                                      "{\"version\": 1, \"pins\": {\"a.html\": \"u1\", \"b.html\": 7, \"c.html\": \"\"},"
                                      " \"labels\": [\"x\"], \"outlets\": {\"a.html\": {\"name\": \"x\"}}}",
                                      -1, NULL));
  project = px_project_load (f->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_project_get_pin (project, a), ==, "u1");
  g_assert_null (px_project_get_outlet (project, a));
  g_assert_null (px_project_get_label (project, "u1"));
}

/* When the folder cannot take the file, the data directory does. Root
 * ignores file modes, so a directory standing where the file would go
 * blocks the write as well. */
static void
test_read_only (Fixture *f, gconstpointer data)
{
  g_autoptr(PxProject) project = px_project_new (f->folder);
  g_autoptr(PxProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = article (f, "a.html");
  g_autofree char *in_folder = g_build_filename (f->folder, PX_PROJECT_FILE_NAME, NULL);
  g_autofree char *data_file = px_project_dup_data_file (f->folder);
  g_autofree char *expected_dir = g_build_filename (f->home, "projects", NULL);
  g_autofree char *data_dir = g_path_get_dirname (data_file);

  g_assert_cmpstr (data_dir, ==, expected_dir);

  g_assert_cmpint (g_mkdir (in_folder, 0500), ==, 0);
  g_assert_cmpint (g_chmod (f->folder, 0500), ==, 0);

  px_project_pin (project, a, "u1");
  g_assert_true (px_project_save (project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (px_project_get_file (project), ==, data_file);
  g_assert_true (g_file_test (data_file, G_FILE_TEST_IS_REGULAR));

  again = px_project_load (f->folder, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_project_get_pin (again, a), ==, "u1");
  g_assert_cmpstr (px_project_get_file (again), ==, data_file);

  /* Another folder never shares the file. */
  {
    g_autofree char *other = g_build_filename (f->folder, "elsewhere", NULL);
    g_autofree char *other_file = px_project_dup_data_file (other);

    g_assert_cmpstr (other_file, !=, data_file);
  }
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  data_home = g_dir_make_tmp ("parallax-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_add ("/parallax/project/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/parallax/project/constraints", Fixture, NULL, fixture_set_up, test_constraints, fixture_tear_down);
  g_test_add ("/parallax/project/corrupt", Fixture, NULL, fixture_set_up, test_corrupt, fixture_tear_down);
  g_test_add ("/parallax/project/read-only", Fixture, NULL, fixture_set_up, test_read_only, fixture_tear_down);

  status = g_test_run ();
  px_test_remove_tree (data_home);
  g_free (data_home);

  return status;
}
