/* test-lexicon.c — lexicon files: schema, loading, user overrides, matching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "px-lexicon.h"
#include "px-paraphrase.h"
#include "px-test-util.h"

static char *
system_dir (void)
{
  g_autofree char *dir = px_lexicon_dup_system_dir ();

  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  return g_steal_pointer (&dir);
}

/* Every shipped lexicon validates against the schema. */
static void
test_schema (void)
{
  g_autofree char *dir = system_dir ();
  g_autofree char *schema = g_build_filename (dir, "lexicon.rng", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint checked = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".xml"))
        continue;
      g_assert_true (px_lexicon_validate_file (path, schema, &error));
      g_assert_no_error (error);
      checked++;
    }
  g_assert_cmpuint (checked, >=, 7);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* A malformed or invalid user lexicon is reported with file and line; the
 * rest loads; a user lexicon with a system id replaces it. */
static void
test_user_folder (void)
{
  g_autofree char *dir = system_dir ();
  g_autofree char *user = g_dir_make_tmp ("parallax-lexicon-XXXXXX", NULL);
  g_autoptr(PxLexicon) lexicon = px_lexicon_new ();
  g_autoptr(GPtrArray) entries = NULL;
  GPtrArray *problems;
  gboolean broken_named = FALSE, invalid_named = FALSE, bomb_named = FALSE;
  guint system_count, user_count;

  system_count = px_lexicon_load_dir (lexicon, dir, FALSE);
  g_assert_cmpuint (system_count, >=, 7);

  write_file (user, "broken.xml",
              "<?xml version=\"1.0\"?>\n<lexicon id=\"broken\">\n  <title>Broken</title>\n"
              "  <entry id=\"a\" kind=\"term\" category=\"label\"><form>x</form>\n</lexicon>\n");
  write_file (user, "invalid.xml",
              "<?xml version=\"1.0\"?>\n<lexicon id=\"invalid\">\n  <title>Invalid</title>\n"
              "  <entry id=\"a\" kind=\"colour\"><form>x</form></entry>\n</lexicon>\n");
  write_file (user, "bomb.xml",
              "<?xml version=\"1.0\"?>\n<!DOCTYPE lexicon [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n"
              "<lexicon id=\"bomb\"><title>&b;</title><entry id=\"e\" kind=\"term\"><form>&b;</form></entry></lexicon>\n");
  write_file (user, "labels.xml",
              "<?xml version=\"1.0\"?>\n<lexicon id=\"labels\" language=\"en\">\n  <title>My labels</title>\n"
              "  <entry id=\"junta\" kind=\"term\" category=\"label\"><form>military council</form></entry>\n"
              "</lexicon>\n");
  write_file (user, "mine.xml",
              "<?xml version=\"1.0\"?>\n<lexicon id=\"mine\" language=\"en\">\n  <title>Mine</title>\n"
              "  <entry id=\"spin\" kind=\"term\" category=\"label\"><form>spin doctor*</form></entry>\n"
              "</lexicon>\n");
  user_count = px_lexicon_load_dir (lexicon, user, TRUE);
  g_assert_cmpuint (user_count, ==, 2);

  problems = px_lexicon_get_problems (lexicon);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *problem = g_ptr_array_index (problems, i);

      g_test_message ("%s", problem);
      broken_named |= strstr (problem, "broken.xml") != NULL && strstr (problem, "line") != NULL;
      invalid_named |= strstr (problem, "invalid.xml") != NULL && strstr (problem, "line 4") != NULL;
      bomb_named |= strstr (problem, "bomb.xml") != NULL;
    }
  g_assert_true (broken_named);
  g_assert_true (invalid_named);
  g_assert_true (bomb_named);

  /* the user's "labels" replaced the system one */
  entries = px_lexicon_get_entries (lexicon, PX_LEXICON_KIND_TERM);
  g_assert_nonnull (px_lexicon_lookup (lexicon, "labels/junta"));
  g_assert_null (px_lexicon_lookup (lexicon, "labels/separatist"));
  g_assert_nonnull (px_lexicon_lookup (lexicon, "mine/spin"));
  g_assert_nonnull (px_lexicon_lookup (lexicon, "hedges/reportedly"));

  {
    g_autoptr(GPtrArray) list = px_lexicon_list (lexicon);
    gboolean user_labels = FALSE;

    for (guint i = 0; i < list->len; i++)
      {
        PxLexiconInfo *info = g_ptr_array_index (list, i);

        if (strcmp (info->id, "labels") == 0)
          user_labels = info->user && strcmp (info->title, "My labels") == 0;
      }
    g_assert_true (user_labels);
  }

  {
    const char *names[] = { "broken.xml", "invalid.xml", "bomb.xml", "labels.xml", "mine.xml" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (user, names[i], NULL);

        g_unlink (path);
      }
    g_rmdir (user);
  }
}

static GArray *
match (PxLexicon  *lexicon,
       const char *text,
       guint       kinds)
{
  g_autoptr(GArray) tokens = px_lexicon_tokenize (text, strlen (text));
  GArray *matches = px_lexicon_match_tokens (lexicon, text, tokens, "en", kinds);

  for (guint i = 0; i < tokens->len; i++)
    g_free (g_array_index (tokens, PxLexiconToken, i).lower);
  g_array_set_size (tokens, 0);
  return matches;
}

static const char *
match_entry (GArray *matches,
             guint   i)
{
  return g_array_index (matches, PxLexiconMatch, i).entry->id;
}

static void
test_matching (void)
{
  g_autofree char *dir = system_dir ();
  g_autoptr(PxLexicon) lexicon = px_lexicon_new ();
  const char *text = "Troops entered the Karabakh region of Azerbaijan, where the separatist "
                     "leadership reportedly may surrender. In May, officials said Artsakh would dissolve.";
  g_autoptr(GArray) names = NULL;
  g_autoptr(GArray) terms = NULL;
  gboolean long_form = FALSE, separatist = FALSE, may_hedge = 0, month_is_hedge = FALSE;

  px_lexicon_load_dir (lexicon, dir, FALSE);
  names = match (lexicon, text, 1u << PX_LEXICON_KIND_NAMING);
  g_assert_cmpuint (names->len, ==, 2);
  for (guint i = 0; i < names->len; i++)
    {
      PxLexiconMatch *hit = &g_array_index (names, PxLexiconMatch, i);
      const char *form = g_ptr_array_index (hit->entry->forms, hit->form);

      g_assert_cmpstr (hit->entry->id, ==, "naming/nagorno-karabakh");
      long_form |= strcmp (form, "Karabakh region of Azerbaijan") == 0;
    }
  g_assert_true (long_form);

  terms = match (lexicon, text, 1u << PX_LEXICON_KIND_TERM);
  for (guint i = 0; i < terms->len; i++)
    {
      PxLexiconMatch *hit = &g_array_index (terms, PxLexiconMatch, i);
      g_autofree char *written = g_strndup (text + hit->start, hit->end - hit->start);

      separatist |= strcmp (match_entry (terms, i), "labels/separatist") == 0;
      if (strcmp (written, "may") == 0)
        may_hedge = TRUE;
      if (strcmp (written, "May") == 0)
        month_is_hedge = TRUE;
    }
  g_assert_true (separatist);
  g_assert_true (may_hedge);
  g_assert_false (month_is_hedge);

  /* a disabled lexicon no longer matches, and comes back when enabled */
  g_assert_true (px_lexicon_set_enabled (lexicon, "labels", FALSE));
  {
    g_autoptr(GArray) off = match (lexicon, text, 1u << PX_LEXICON_KIND_TERM);

    for (guint i = 0; i < off->len; i++)
      g_assert_cmpstr (match_entry (off, i), !=, "labels/separatist");
  }
  g_assert_true (px_lexicon_set_enabled (lexicon, "labels", TRUE));
  {
    g_autoptr(GArray) on = match (lexicon, text, 1u << PX_LEXICON_KIND_TERM);
    gboolean back = FALSE;

    for (guint i = 0; i < on->len; i++)
      back |= strcmp (match_entry (on, i), "labels/separatist") == 0;
    g_assert_true (back);
  }
}

/* Every one of the 15 policy frames has cues. */
static void
test_frames (void)
{
  static const char * const frames[] = {
    "economic", "capacity", "morality", "fairness", "legality", "policy", "crime", "security", "health",
    "quality-of-life", "cultural-identity", "public-opinion", "political", "external-regulation", "other",
  };
  g_autofree char *dir = system_dir ();
  g_autoptr(PxLexicon) lexicon = px_lexicon_new ();
  g_autoptr(GPtrArray) entries = NULL;

  px_lexicon_load_dir (lexicon, dir, FALSE);
  entries = px_lexicon_get_entries (lexicon, PX_LEXICON_KIND_FRAME);
  for (guint f = 0; f < G_N_ELEMENTS (frames); f++)
    {
      gboolean found = FALSE;

      for (guint e = 0; e < entries->len; e++)
        {
          PxLexiconEntry *entry = g_ptr_array_index (entries, e);

          if (strcmp (entry->category, frames[f]) == 0 && entry->forms->len >= 5)
            found = TRUE;
        }
      g_assert_true (found);
    }
}

/* Paraphrase lexicons are listed with what they hold and where they come
 * from; a user file that does not load is reported with its name and line,
 * and the rest are still read. They load once per process, so the check
 * runs in a child whose user folder is a fresh one. */
static void
test_paraphrases (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *home = g_dir_make_tmp ("parallax-paraphrases-XXXXXX", NULL);
      g_autofree char *user = NULL;
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      gboolean shipped = FALSE, mine = FALSE, broken_named = FALSE;

      g_setenv ("XDG_DATA_HOME", home, TRUE);
      user = px_paraphrase_dup_user_dir ();
      g_assert_true (g_str_has_prefix (user, home));
      g_assert_cmpint (g_mkdir_with_parents (user, 0700), ==, 0);
      write_file (user, "broken.xml",
                  "<?xml version=\"1.0\"?>\n<lexicon id=\"broken\" version=\"1\">\n  <title>Broken</title>\n"
                  "  <entry id=\"ship\" kind=\"paraphrase\"><form language=\"en\">ship</form>\n</lexicon>\n");
      write_file (user, "mine.xml",
                  "<?xml version=\"1.0\"?>\n<lexicon id=\"mine\" version=\"1\" language=\"en\">\n"
                  "  <title>Harbour words</title>\n"
                  "  <entry id=\"quay\" kind=\"paraphrase\"><form>quay</form><form>wharf</form>"
                  "<form language=\"fr\">quai</form></entry>\n"
                  "  <entry id=\"kill\" kind=\"paraphrase\"><form>perished</form></entry>\n</lexicon>\n");

      list = px_paraphrase_list ();
      for (guint i = 0; i < list->len; i++)
        {
          PxParaphraseLexicon *lexicon = g_ptr_array_index (list, i);

          if (!lexicon->user && lexicon->n_groups >= 100)
            shipped = g_strv_contains ((const char * const *) lexicon->languages, "en") &&
                      g_strv_contains ((const char * const *) lexicon->languages, "ru") &&
                      lexicon->title != NULL;
          if (g_strcmp0 (lexicon->id, "mine") == 0)
            mine = lexicon->user && lexicon->n_groups == 2 && g_strcmp0 (lexicon->title, "Harbour words") == 0 &&
                   g_strv_length (lexicon->languages) == 2;
        }
      g_assert_true (shipped);
      g_assert_true (mine);
      g_assert_cmpuint (list->len, ==, 2);

      /* An entry with the id of a shipped group adds its forms to it. */
      {
        GHashTable *table = px_paraphrase_table ("en");
        g_autofree char *perished = px_paraphrase_stem ("en", "perished");
        g_autofree char *killed = px_paraphrase_stem ("en", "killed");

        g_assert_nonnull (g_hash_table_lookup (table, perished));
        g_assert_cmpstr (g_hash_table_lookup (table, perished), ==, g_hash_table_lookup (table, killed));
      }

      problems = px_paraphrase_dup_problems ();
      for (guint i = 0; i < problems->len; i++)
        {
          const char *problem = g_ptr_array_index (problems, i);

          broken_named |= strstr (problem, "broken.xml") != NULL && strstr (problem, "line") != NULL;
        }
      g_assert_cmpuint (problems->len, ==, 1);
      g_assert_true (broken_named);
      px_test_remove_tree (home);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/lexicon/schema", test_schema);
  g_test_add_func ("/parallax/lexicon/user-folder", test_user_folder);
  g_test_add_func ("/parallax/lexicon/matching", test_matching);
  g_test_add_func ("/parallax/lexicon/frames", test_frames);
  g_test_add_func ("/parallax/lexicon/paraphrases", test_paraphrases);

  return g_test_run ();
}
