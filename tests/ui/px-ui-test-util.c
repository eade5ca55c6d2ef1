/* px-ui-test-util.c — what the window tests and picture tools share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-ui-test-util.h"

/* A minute is far more than any step takes; a hang then fails the program
 * with a message instead of stalling the whole test run. */
#define WAIT_LIMIT_SECONDS 60

/**
 * px_ui_test_wait_until:
 * @done: says whether the wait is over
 *
 * Iterates the main context, so the window loads, groups and draws, until
 * @done says so.
 */
void
px_ui_test_wait_until (gboolean (*done) (gpointer),
                       gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_SECONDS * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Still waiting after %d seconds", WAIT_LIMIT_SECONDS);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

/**
 * px_ui_test_run_frames:
 *
 * Lets the frame clock lay out and draw for @ms milliseconds.
 */
void
px_ui_test_run_frames (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * (gint64) 1000;

  px_ui_test_wait_until (time_passed, &until);
}

/**
 * px_ui_test_destroy_window:
 *
 * Closes @window (a #GtkWindow) and checks that nothing still holds it
 * once it has gone.
 */
void
px_ui_test_destroy_window (gpointer window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  px_ui_test_run_frames (50);
  g_assert_finalize_object (window);
}

/**
 * px_ui_test_init_app:
 * @data_home: (out): a private data directory, which the caller removes
 *
 * Starts GTK for a test program and registers an application for its
 * windows. Projects of read-only folders then go to @data_home, not into
 * the user's data.
 */
PxApplication *
px_ui_test_init_app (int    *argc,
                     char ***argv,
                     char  **data_home)
{
  g_autoptr(GError) error = NULL;
  PxApplication *app;

  *data_home = g_dir_make_tmp ("parallax-data-XXXXXX", &error);
  if (*data_home == NULL)
    g_error ("%s", error->message);
  g_setenv ("XDG_DATA_HOME", *data_home, TRUE);
  gtk_test_init (argc, argv, NULL);

  app = px_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  return app;
}
