/* px-preferences-window.c — the application's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-preferences-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "px-lexicon.h"
#include "px-paraphrase.h"
#include "px-thesaurus.h"
#include "px-preferences-window.h"

struct _PxPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkScale             *granularity_scale;
  GtkAdjustment        *granularity_adjustment;
  AdwPreferencesPage   *lexicons_page;
  AdwPreferencesGroup  *lexicons_group;
  AdwPreferencesGroup  *paraphrases_group;
  AdwPreferencesGroup  *user_group;
  AdwActionRow         *folder_row;

  PxLexicon            *lexicon;   /* read afresh, to list what is on disk now */
  GHashTable           *switches;  /* lexicon id → GtkSwitch (not owned) */
};

G_DEFINE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
px_preferences_window_reset_granularity (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *param)
{
  PxPreferencesWindow *self = PX_PREFERENCES_WINDOW (widget);

  g_settings_reset (self->settings, "event-granularity");
}

static void
update_reset (PxPreferencesWindow *self)
{
  g_autoptr(GVariant) user = g_settings_get_user_value (self->settings, "event-granularity");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.reset-granularity", user != NULL);
}

/* Lexicons */

static gboolean
strv_has (GStrv strv, const char *id)
{
  return strv != NULL && g_strv_contains ((const char * const *) strv, id);
}

static void
on_lexicon_switched (GtkSwitch           *toggle,
                     GParamSpec          *pspec,
                     PxPreferencesWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (toggle), "lexicon-id");
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-lexicons");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  gboolean active = gtk_switch_get_active (toggle);

  if (active != strv_has (disabled, id))
    return;
  for (guint i = 0; disabled != NULL && disabled[i] != NULL; i++)
    if (g_strcmp0 (disabled[i], id) != 0)
      g_strv_builder_add (builder, disabled[i]);
  if (!active)
    g_strv_builder_add (builder, id);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "disabled-lexicons", (const char * const *) updated);
}

static void
on_disabled_changed (PxPreferencesWindow *self)
{
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-lexicons");
  GHashTableIter iter;
  gpointer id, toggle;

  g_hash_table_iter_init (&iter, self->switches);
  while (g_hash_table_iter_next (&iter, &id, &toggle))
    gtk_switch_set_active (toggle, !strv_has (disabled, id));
}

static const char *
language_name (const char *code)
{
  if (g_strcmp0 (code, "mul") == 0)
    return _("All languages");
  if (g_strcmp0 (code, "en") == 0)
    return _("English");
  if (g_strcmp0 (code, "fr") == 0)
    return _("French");
  if (g_strcmp0 (code, "de") == 0)
    return _("German");
  if (g_strcmp0 (code, "es") == 0)
    return _("Spanish");
  if (g_strcmp0 (code, "ru") == 0)
    return _("Russian");
  return code;
}

static void
add_problem_row (PxPreferencesWindow *self,
                 const char          *problem)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("A lexicon file could not be read"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_group_add (self->user_group, row);
}

/* The office thesauri sentence matching also reads: the system's, not
 * Parallax's, so the row says which languages have one and where they are,
 * or how to get them. */
static void
add_thesauri_row (PxPreferencesWindow *self)
{
  static const char * const languages[] = { "en", "fr", "de", "es", "ru" };
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GString) paths = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *path = px_thesaurus_dup_index_path (languages[i]);

      if (path == NULL)
        continue;
      g_ptr_array_add (names, (gpointer) language_name (languages[i]));
      g_string_append_printf (paths, "%s%s", paths->len > 0 ? "\n" : "", path);
    }
  g_ptr_array_add (names, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Office Thesauri"));
  if (names->len > 1)
    {
      g_autofree char *joined = g_strjoinv (_(", "), (char **) names->pdata);

      /* Translators: the languages that have a thesaurus, as in "English, French · installed on this computer" */
      subtitle = g_strdup_printf (_("%s · installed on this computer"), joined);
      gtk_widget_set_tooltip_text (row, paths->str);
    }
  else
    subtitle = g_strdup (_("None installed. With the system’s “mythes” thesaurus packages, synonyms such as “declined” and “rejected” meet too."));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (self->paraphrases_group, row);
}

/* The word groups the side-by-side view matches sentences with: always in
 * use, so listed without a switch, with what each holds. */
static void
px_preferences_window_fill_paraphrases (PxPreferencesWindow *self)
{
  g_autoptr(GPtrArray) list = px_paraphrase_list ();
  g_autoptr(GPtrArray) problems = px_paraphrase_dup_problems ();

  for (guint i = 0; i < list->len; i++)
    {
      PxParaphraseLexicon *lexicon = g_ptr_array_index (list, i);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autofree char *languages = NULL;
      g_autofree char *groups = g_strdup_printf (ngettext ("%u group of words", "%u groups of words", lexicon->n_groups),
                                                 lexicon->n_groups);
      g_autofree char *subtitle = NULL;
      g_autofree char *tooltip = g_strdup_printf (_("Lexicon id: %s\n%s"), lexicon->id, lexicon->path);

      for (guint l = 0; lexicon->languages[l] != NULL; l++)
        g_ptr_array_add (names, (gpointer) language_name (lexicon->languages[l]));
      g_ptr_array_add (names, NULL);
      /* Translators: the separator between language names, as in "English, French" */
      languages = g_strjoinv (_(", "), (char **) names->pdata);
      /* Translators: a lexicon's languages · how many groups of words · where it comes from */
      subtitle = g_strdup_printf (_("%s · %s · %s"), languages, groups, lexicon->user ? _("yours") : _("built in"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lexicon->title != NULL ? lexicon->title : lexicon->id);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (row, tooltip);
      adw_preferences_group_add (self->paraphrases_group, row);
    }
  for (guint i = 0; i < problems->len; i++)
    add_problem_row (self, g_ptr_array_index (problems, i));
  add_thesauri_row (self);
}

static void
px_preferences_window_fill_lexicons (PxPreferencesWindow *self)
{
  g_autofree char *system_dir = px_lexicon_dup_system_dir ();
  g_autofree char *user_dir = px_lexicon_dup_user_dir ();
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-lexicons");
  g_autoptr(GPtrArray) list = NULL;
  GPtrArray *problems;

  self->lexicon = px_lexicon_new ();
  px_lexicon_load_dir (self->lexicon, system_dir, FALSE);
  px_lexicon_load_dir (self->lexicon, user_dir, TRUE);
  list = px_lexicon_list (self->lexicon);

  for (guint i = 0; i < list->len; i++)
    {
      PxLexiconInfo *info = g_ptr_array_index (list, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();
      g_autofree char *entries = g_strdup_printf (ngettext ("%u entry", "%u entries", info->n_entries), info->n_entries);
      /* Translators: a lexicon's language · how many entries · where it comes from */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s · %s"), language_name (info->language), entries,
                                                   info->user ? _("yours") : _("built in"));
      g_autofree char *tooltip = g_strdup_printf (_("Lexicon id: %s\n%s"), info->id, info->path);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->title != NULL ? info->title : info->id);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (row, tooltip);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), !strv_has (disabled, info->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      info->title != NULL ? info->title : info->id,
                                      -1);
      g_object_set_data_full (G_OBJECT (toggle), "lexicon-id", g_strdup (info->id), g_free);
      g_signal_connect_object (toggle, "notify::active", G_CALLBACK (on_lexicon_switched), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (self->lexicons_group, row);
      g_hash_table_replace (self->switches, g_strdup (info->id), toggle);
    }

  /* A user file that did not load says why, with its name and line. */
  problems = px_lexicon_get_problems (self->lexicon);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    add_problem_row (self, g_ptr_array_index (problems, i));

  {
    g_autofree char *shown = g_str_has_prefix (user_dir, g_get_home_dir ())
                             ? g_strconcat ("~", user_dir + strlen (g_get_home_dir ()), NULL)
                             : g_strdup (user_dir);

    adw_action_row_set_subtitle (self->folder_row, shown);
  }
}

static void
px_preferences_window_open_lexicon_folder (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param)
{
  PxPreferencesWindow *self = PX_PREFERENCES_WINDOW (widget);
  g_autofree char *dir = px_lexicon_dup_user_dir ();
  g_autofree char *uri = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_autofree char *message = g_strdup_printf (_("Could not create the lexicon folder: %s"), g_strerror (errno));

      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
      return;
    }
  uri = g_filename_to_uri (dir, NULL, NULL);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
px_preferences_window_dispose (GObject *object)
{
  PxPreferencesWindow *self = PX_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->lexicon, px_lexicon_unref);
  g_clear_pointer (&self->switches, g_hash_table_unref);

  G_OBJECT_CLASS (px_preferences_window_parent_class)->dispose (object);
}

static void
px_preferences_window_class_init (PxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, granularity_scale);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, granularity_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, lexicons_page);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, lexicons_group);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, paraphrases_group);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, user_group);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, folder_row);

  gtk_widget_class_install_action (widget_class, "prefs.open-lexicon-folder", NULL,
                                   px_preferences_window_open_lexicon_folder);

  gtk_widget_class_install_action (widget_class, "prefs.reset-granularity", NULL,
                                   px_preferences_window_reset_granularity);
}

static void
px_preferences_window_init (PxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The middle is the default; a mark shows where it is. */
  gtk_scale_add_mark (self->granularity_scale, 0.5, GTK_POS_BOTTOM, NULL);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "event-granularity",
                   self->granularity_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::event-granularity",
                           G_CALLBACK (update_reset), self, G_CONNECT_SWAPPED);
  update_reset (self);

  self->switches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  px_preferences_window_fill_lexicons (self);
  px_preferences_window_fill_paraphrases (self);
  g_signal_connect_object (self->settings, "changed::disabled-lexicons",
                           G_CALLBACK (on_disabled_changed), self, G_CONNECT_SWAPPED);
}

PxPreferencesWindow *
px_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PX_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}

GtkRange *
px_preferences_window_get_granularity (PxPreferencesWindow *self)
{
  g_return_val_if_fail (PX_IS_PREFERENCES_WINDOW (self), NULL);

  return GTK_RANGE (self->granularity_scale);
}

/**
 * px_preferences_window_get_lexicon_switch:
 * @lexicon_id: a lexicon's id
 *
 * Returns: (transfer none) (nullable): the switch that turns it on and off
 */
GtkSwitch *
px_preferences_window_get_lexicon_switch (PxPreferencesWindow *self,
                                          const char          *lexicon_id)
{
  g_return_val_if_fail (PX_IS_PREFERENCES_WINDOW (self), NULL);

  return g_hash_table_lookup (self->switches, lexicon_id);
}

void
px_preferences_window_show_lexicons (PxPreferencesWindow *self)
{
  g_return_if_fail (PX_IS_PREFERENCES_WINDOW (self));

  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self), self->lexicons_page);
}
