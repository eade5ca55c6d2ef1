/* test-thesaurus.c — office thesaurus files read for the aligner
 *
 * The thesauri here are small files written for the test, in the MyThes
 * layout the office suites use, in UTF-8, ISO-8859-1 and KOI8-R.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"
#include "px-compare.h"
#include "px-sentences.h"
#include "px-test-util.h"
#include "px-thesaurus.h"

static char *fixtures;

/* Writes a thesaurus: the data file from @entries ("word|n" and its n
 * sense lines, in UTF-8), the index computed from it, both converted to
 * @charset. */
static void
write_thesaurus (const char         *dir,
                 const char         *name,
                 const char         *charset,
                 const char * const *lines)
{
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GString) index = g_string_new (NULL);
  g_autoptr(GPtrArray) heads = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *data_path = g_strconcat (dir, G_DIR_SEPARATOR_S, name, ".dat", NULL);
  g_autofree char *index_path = g_strconcat (dir, G_DIR_SEPARATOR_S, name, ".idx", NULL);
  guint n_heads = 0;

  g_string_append_printf (data, "%s\n", charset);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_convert (lines[i], -1, charset, "UTF-8", NULL, NULL, NULL);
      const char *bar = strchr (line, '|');

      g_assert_nonnull (line);
      /* A head line is "word|n"; sense lines start with "(" or "-". */
      if (line[0] != '(' && line[0] != '-' && bar != NULL)
        {
          g_autofree char *head = g_strndup (line, bar - line);
          g_ptr_array_add (heads, g_strdup_printf ("%s|%" G_GSIZE_FORMAT, head, data->len));
          n_heads++;
        }
      g_string_append_printf (data, "%s\n", line);
    }
  g_string_append_printf (index, "%s\n%u\n", charset, n_heads);
  for (guint i = 0; i < heads->len; i++)
    g_string_append_printf (index, "%s\n", (const char *) g_ptr_array_index (heads, i));
  g_assert_true (g_file_set_contents (data_path, data->str, data->len, NULL));
  g_assert_true (g_file_set_contents (index_path, index->str, index->len, NULL));
}

static void
write_fixtures (const char *dir)
{
  const char * const english[] = {
    "decline|2",
    "(verb)|refuse|turn down|reject",
    "(noun)|diminution|drop|accept (antonym)",
    "Refuse|2",
    "(verb)|decline|reject|accept (antonym)",
    "(noun)|garbage|waste (generic term)",
    "reject|1",
    "(verb)|decline|refuse|accept (antonym)",
    "refusal|1",
    "(noun)|denial|rejection",
    "blaze|1",
    "(noun)|blazing|fire (generic term)",
    NULL
  };
  const char * const spanish[] = {
    "incendio|1",
    "-|quema|combustión|fuego",
    "cañón|1",
    "-|barranco|desfiladero",
    NULL
  };
  const char * const russian[] = {
    "пожар|1",
    "(синоним)|огонь|пламя|возгорание",
    "открыть|3",
    "(синоним)|отворить|распахнуть",
    "(сходный термин)|раскрыть",
    "(антоним)|закрыть",
    NULL
  };

  write_thesaurus (dir, "th_en_US_v2", "UTF-8", english);
  write_thesaurus (dir, "th_es_ES_v2", "ISO8859-1", spanish);
  write_thesaurus (dir, "th_ru_RU_v2", "KOI8-R", russian);
}

static gboolean
has_word (char       **words,
          const char  *word)
{
  return g_strv_contains ((const char * const *) words, word);
}

static void
test_lookup (void)
{
  const PxThesaurusEntry *entry;
  g_autoptr(GPtrArray) forms = NULL;

  g_assert_true (px_thesaurus_has_language ("en"));
  g_assert_true (px_thesaurus_has_language ("en-GB"));
  g_assert_false (px_thesaurus_has_language ("it"));
  g_assert_false (px_thesaurus_has_language (NULL));

  /* Case does not matter; the head word keeps the file's spelling. */
  entry = px_thesaurus_lookup ("en", "REFUSE");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->word, ==, "Refuse");
  g_assert_cmpuint (entry->n_senses, ==, 2);
  g_assert_cmpstr (entry->senses[0].part_of_speech, ==, "verb");
  g_assert_true (has_word (entry->senses[0].synonyms, "decline"));
  g_assert_true (has_word (entry->senses[0].synonyms, "reject"));
  /* An antonym says the opposite: it is no synonym and no related term. */
  g_assert_false (has_word (entry->senses[0].synonyms, "accept"));
  g_assert_false (has_word (entry->senses[0].related, "accept"));
  g_assert_true (has_word (entry->senses[0].antonyms, "accept"));
  g_assert_cmpuint (g_strv_length (entry->senses[1].antonyms), ==, 0);
  /* A broader term is kept apart. */
  g_assert_true (has_word (entry->senses[1].synonyms, "garbage"));
  g_assert_false (has_word (entry->senses[1].synonyms, "waste"));
  g_assert_true (has_word (entry->senses[1].related, "waste"));
  /* Phrases are left out: the aligner compares words. */
  entry = px_thesaurus_lookup ("en", "decline");
  g_assert_nonnull (entry);
  g_assert_false (has_word (entry->senses[0].synonyms, "turn down"));
  g_assert_cmpuint (g_strv_length (entry->senses[0].synonyms), ==, 2);
  /* The same entry comes back from the cache. */
  g_assert_true (px_thesaurus_lookup ("en", "Decline") == entry);

  g_assert_null (px_thesaurus_lookup ("en", "declined"));
  g_assert_null (px_thesaurus_lookup ("it", "rifiutare"));

  /* The head words a stem may stand for. */
  forms = px_thesaurus_dup_head_words ("en", "refus", 10);
  /* (The aligner links "declined" to "rejected" through "decline" and
   * "reject", each of which lists the other.) */
  g_assert_cmpuint (forms->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (forms, 0), ==, "refusal");
  g_assert_cmpstr (g_ptr_array_index (forms, 1), ==, "refuse");
  g_clear_pointer (&forms, g_ptr_array_unref);
  forms = px_thesaurus_dup_head_words ("en", "zzz", 10);
  g_assert_cmpuint (forms->len, ==, 0);
}

/* Files in ISO-8859-1 and KOI8-R are read in UTF-8. */
static void
test_encodings (void)
{
  const PxThesaurusEntry *entry = px_thesaurus_lookup ("es", "incendio");

  g_assert_nonnull (entry);
  g_assert_null (entry->senses[0].part_of_speech);
  g_assert_true (has_word (entry->senses[0].synonyms, "combustión"));
  g_assert_false (has_word (entry->senses[0].synonyms, "-"));
  entry = px_thesaurus_lookup ("es", "Cañón");
  g_assert_nonnull (entry);
  g_assert_true (has_word (entry->senses[0].synonyms, "desfiladero"));

  entry = px_thesaurus_lookup ("ru", "Пожар");
  g_assert_nonnull (entry);
  g_assert_cmpstr (entry->senses[0].part_of_speech, ==, "синоним");
  g_assert_true (has_word (entry->senses[0].synonyms, "огонь"));
  g_assert_true (has_word (entry->senses[0].synonyms, "возгорание"));
  /* The Russian file marks a whole sense as similar terms or antonyms
   * where the others give a part of speech: "закрыть" is no synonym of
   * "открыть". */
  entry = px_thesaurus_lookup ("ru", "открыть");
  g_assert_nonnull (entry);
  g_assert_cmpuint (entry->n_senses, ==, 3);
  g_assert_true (has_word (entry->senses[0].synonyms, "распахнуть"));
  g_assert_true (has_word (entry->senses[1].related, "раскрыть"));
  g_assert_cmpuint (g_strv_length (entry->senses[1].synonyms), ==, 0);
  g_assert_true (has_word (entry->senses[2].antonyms, "закрыть"));
  g_assert_cmpuint (g_strv_length (entry->senses[2].synonyms), ==, 0);
}

static PxCompare *
compare_refusals (void)
{
  const char * const wire[] = {
    "Hackers shut down the computer systems of three hospitals in Wexmoor on Monday.",
    "The health trust declined the ransom demand.",
    NULL
  };
  const char * const local[] = {
    "Three Wexmoor hospitals were hit by a cyberattack on Monday.",
    "Bosses rejected the demand for money.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, px_test_article_new ("wire.txt", "Wire", "Hospitals hit by cyberattack", wire));
  g_ptr_array_add (articles, px_test_article_new ("local.txt", "Post", "Cyber crooks target hospitals", local));
  return px_compare_new (articles, NULL, 0);
}

static gboolean
aligned (PxCompare  *compare,
         const char *needle_a,
         const char *needle_b)
{
  guint s[2] = { G_MAXUINT, G_MAXUINT };
  const char *needles[2] = { needle_a, needle_b };

  for (guint a = 0; a < 2; a++)
    {
      GPtrArray *sentences = g_ptr_array_index (compare->sentences, a);
      for (guint i = 0; i < sentences->len; i++)
        if (strstr (((PxSentence *) g_ptr_array_index (sentences, i))->text, needles[a]) != NULL)
          s[a] = i;
      g_assert_cmpuint (s[a], !=, G_MAXUINT);
    }
  return g_array_index ((GArray *) g_ptr_array_index (compare->claims->claim_of, 0), guint, s[0]) ==
         g_array_index ((GArray *) g_ptr_array_index (compare->claims->claim_of, 1), guint, s[1]);
}

/* Two sentences that share no word but synonyms the thesaurus gives. */
static void
test_synonyms_align (void)
{
  g_autoptr(PxCompare) compare = compare_refusals ();

  g_assert_true (aligned (compare, "cyberattack", "cyberattack"));
  g_assert_true (aligned (compare, "declined", "rejected"));
}

/* Without thesaurus files the aligner works as before, on the words the
 * sentences share. Run apart: a process reads each language's files once. */
static void
test_absent (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *empty = g_dir_make_tmp ("px-thesaurus-XXXXXX", NULL);
      g_autoptr(PxCompare) compare = NULL;

      g_setenv ("PARALLAX_THESAURUS_DIR", empty, TRUE);
      g_assert_false (px_thesaurus_has_language ("en"));
      g_assert_null (px_thesaurus_lookup ("en", "decline"));
      compare = compare_refusals ();
      g_assert_true (aligned (compare, "cyberattack", "cyberattack"));
      g_assert_false (aligned (compare, "declined", "rejected"));
      px_test_remove_tree (empty);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  fixtures = g_dir_make_tmp ("px-thesaurus-XXXXXX", NULL);
  write_fixtures (fixtures);
  g_setenv ("PARALLAX_THESAURUS_DIR", fixtures, TRUE);

  g_test_add_func ("/parallax/thesaurus/lookup", test_lookup);
  g_test_add_func ("/parallax/thesaurus/encodings", test_encodings);
  g_test_add_func ("/parallax/thesaurus/synonyms-align", test_synonyms_align);
  g_test_add_func ("/parallax/thesaurus/absent", test_absent);
  status = g_test_run ();
  px_test_remove_tree (fixtures);
  g_free (fixtures);
  return status;
}
