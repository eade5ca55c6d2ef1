/* px-problems-window.c — the files a load could not read, with reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-problems-window"

#include "config.h"

#include <glib/gi18n.h>

#include "px-labels.h"
#include "px-loader.h"
#include "px-problems-window.h"

struct _PxProblemsWindow
{
  AdwWindow            parent_instance;

  guint                n_failures;
  guint                n_skipped;

  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *failures_group;
  AdwPreferencesGroup *skipped_group;
  GtkListBox          *failures_list;
  GtkListBox          *skipped_list;
};

G_DEFINE_FINAL_TYPE (PxProblemsWindow, px_problems_window, ADW_TYPE_WINDOW)

static void
px_problems_window_class_init (PxProblemsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-problems-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxProblemsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxProblemsWindow, failures_group);
  gtk_widget_class_bind_template_child (widget_class, PxProblemsWindow, skipped_group);
  gtk_widget_class_bind_template_child (widget_class, PxProblemsWindow, failures_list);
  gtk_widget_class_bind_template_child (widget_class, PxProblemsWindow, skipped_list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
px_problems_window_init (PxProblemsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PxProblemsWindow *
px_problems_window_new (GtkWindow *parent)
{
  return g_object_new (PX_TYPE_PROBLEMS_WINDOW,
                       "transient-for", parent,
                       NULL);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static guint
fill_list (GtkListBox *list,
           GPtrArray  *problems)
{
  guint n = problems != NULL ? problems->len : 0;

  clear_list (list);

  for (guint i = 0; i < n && i < PX_PROBLEMS_WINDOW_MAX_ROWS; i++)
    {
      const PxLoadProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *path = px_labels_home_path (problem->path);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), path);
      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   problem->reason != NULL ? problem->reason : _("Unknown reason"));
      gtk_list_box_append (list, row);
    }

  if (n > PX_PROBLEMS_WINDOW_MAX_ROWS)
    {
      g_autofree char *more = NULL;
      GtkWidget *row = adw_action_row_new ();
      guint rest = n - PX_PROBLEMS_WINDOW_MAX_ROWS;

      more = g_strdup_printf (ngettext ("And %u more file", "And %u more files", rest), rest);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (list, row);
    }

  return n;
}

void
px_problems_window_set_problems (PxProblemsWindow *self,
                                 GPtrArray        *failures,
                                 GPtrArray        *skipped)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (PX_IS_PROBLEMS_WINDOW (self));

  self->n_failures = fill_list (self->failures_list, failures);
  self->n_skipped = fill_list (self->skipped_list, skipped);

  gtk_widget_set_visible (GTK_WIDGET (self->failures_group), self->n_failures > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), self->n_skipped > 0);

  if (self->n_failures > 0 && self->n_skipped > 0)
    /* Translators: the first %u counts files that failed, the second files that were skipped */
    subtitle = g_strdup_printf (_("%u failed, %u skipped"), self->n_failures, self->n_skipped);
  else if (self->n_failures > 0)
    subtitle = g_strdup_printf (ngettext ("%u file failed", "%u files failed", self->n_failures),
                                self->n_failures);
  else
    subtitle = g_strdup_printf (ngettext ("%u file skipped", "%u files skipped", self->n_skipped),
                                self->n_skipped);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

guint
px_problems_window_get_n_failures (PxProblemsWindow *self)
{
  g_return_val_if_fail (PX_IS_PROBLEMS_WINDOW (self), 0);

  return self->n_failures;
}

guint
px_problems_window_get_n_skipped (PxProblemsWindow *self)
{
  g_return_val_if_fail (PX_IS_PROBLEMS_WINDOW (self), 0);

  return self->n_skipped;
}

static void
append_rows (GString    *out,
             GtkListBox *list)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *subtitle;

      if (!ADW_IS_ACTION_ROW (child))
        continue;
      subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (child));
      g_string_append_printf (out, "%s\t%s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)),
                              subtitle != NULL ? subtitle : "");
    }
}

/* Each listed row as "TITLE\tSUBTITLE\n", failures first, as the window
 * shows them. */
char *
px_problems_window_dup_listed_text (PxProblemsWindow *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PX_IS_PROBLEMS_WINDOW (self), NULL);

  append_rows (out, self->failures_list);
  append_rows (out, self->skipped_list);

  return g_string_free (out, FALSE);
}
