/* test-entities.c — names, their kinds, and their variants across spellings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-analysis.h"
#include "px-entities.h"

static gboolean
variants (const char *a,
          const char *language_a,
          const char *b,
          const char *language_b)
{
  g_autofree char *key_a = px_entities_key (a, language_a);
  g_autofree char *key_b = px_entities_key (b, language_b);

  return px_entities_are_variants (key_a, key_b);
}

static void
test_fold (void)
{
  g_autofree char *cyrillic = px_entities_fold ("Пашинян");
  g_autofree char *accents = px_entities_fold ("Dušanbe-Süd");
  g_autofree char *possessive = px_entities_fold ("Tajikistan’s");

  g_assert_cmpstr (cyrillic, ==, "pasinan");
  g_assert_cmpstr (accents, ==, "dusanbe sud");
  g_assert_cmpstr (possessive, ==, "tajikistan");
}

static void
test_variants (void)
{
  /* Spelling variants and transliterations meet … */
  g_assert_true (variants ("Dushanbe", "en", "Dushambe", "en"));
  g_assert_true (variants ("Tajikistan", "en", "Tadjikistan", "en"));
  g_assert_true (variants ("Pashinyan", "en", "Пашинян", "ru"));
  g_assert_true (variants ("Harutyunyan", "en", "Арутюнян", "ru"));
  g_assert_true (variants ("Harutyunyan", "en", "Haroutiounian", "fr"));
  g_assert_true (variants ("Harutyunyan", "en", "Harutjunjan", "de"));
  g_assert_true (variants ("Moscow", "en", "Москве", "ru"));
  g_assert_true (variants ("Mammadov", "en", "Мамедов", "ru"));
  g_assert_true (variants ("Cebotari", "en", "Tschebotari", "de"));
  g_assert_true (variants ("Azerbaijan", "en", "Азербайджана", "ru"));
  /* … different places and people do not. */
  g_assert_false (variants ("Moscow", "en", "Minsk", "en"));
  g_assert_false (variants ("Austria", "en", "Australia", "en"));
  g_assert_false (variants ("Iran", "en", "Iraq", "en"));
  g_assert_false (variants ("Ali", "en", "Ala", "en"));
  g_assert_false (variants ("Sargsyan", "en", "Sahakyan", "en"));
}

static void
test_skeleton (void)
{
  g_autofree char *a = px_entities_skeleton ("dushanbe");
  g_autofree char *b = px_entities_skeleton ("dushambe");
  g_autofree char *c = px_entities_skeleton ("moscow");
  g_autofree char *d = px_entities_skeleton ("minsk");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, !=, d);
}

static PxEntity *
find (GPtrArray  *entities,
      const char *head)
{
  for (guint i = 0; i < entities->len; i++)
    {
      PxEntity *e = g_ptr_array_index (entities, i);

      if (strcmp (e->head, head) == 0)
        return e;
    }
  return NULL;
}

static GPtrArray *
extract (const char *language,
         const char *title,
         const char *text)
{
  const char *paragraphs[] = { title, text, NULL };
  g_autoptr(GPtrArray) tokens = px_analysis_tokenize (language, paragraphs, 1);

  return px_entities_extract (language, (PxToken * const *) tokens->pdata, tokens->len);
}

static void
test_extract (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("en", "Harbour Talks End Without Deal",
             "Prime Minister Lena Varga met President Tomas Reyes in Vilnius on Monday. "
             "Varga said the talks in Vilnius were useful. Reyes did not comment. "
             "The Commonwealth of Coastal States will meet again in March. "
             "Officials from the Baltic-Nordic Council attended. Nobody expected a deal.");
  PxEntity *varga = find (entities, "Varga");
  PxEntity *reyes = find (entities, "Reyes");
  PxEntity *vilnius = find (entities, "Vilnius");
  PxEntity *commonwealth = find (entities, "Commonwealth of Coastal States");

  g_assert_nonnull (varga);
  g_assert_cmpstr (varga->name, ==, "Lena Varga");
  g_assert_cmpint (varga->kind, ==, PX_ENTITY_PERSON);
  g_assert_cmpuint (varga->count, ==, 2);
  g_assert_nonnull (reyes);
  g_assert_cmpint (reyes->kind, ==, PX_ENTITY_PERSON);
  g_assert_nonnull (vilnius);
  g_assert_cmpint (vilnius->kind, ==, PX_ENTITY_PLACE);
  g_assert_nonnull (commonwealth);
  g_assert_cmpint (commonwealth->kind, ==, PX_ENTITY_ORGANISATION);
  g_assert_nonnull (find (entities, "Baltic-Nordic Council"));
  /* Titles are not names, nor months, nor words capitalised only because a
   * sentence or the headline starts with them. */
  g_assert_null (find (entities, "Minister"));
  g_assert_null (find (entities, "March"));
  g_assert_null (find (entities, "Monday"));
  g_assert_null (find (entities, "Officials"));
  g_assert_null (find (entities, "Nobody"));
  g_assert_null (find (entities, "Harbour"));
  g_assert_null (find (entities, "Deal"));
}

static void
test_index (void)
{
  g_autoptr(PxEntityIndex) index = px_entity_index_new ();
  g_autofree char *a = px_entities_key ("Dushanbe", "en");
  g_autofree char *b = px_entities_key ("Dushambe", "en");
  g_autofree char *c = px_entities_key ("Душанбе", "ru");
  g_autofree char *d = px_entities_key ("Bishkek", "en");
  const char *first = px_entity_index_canonical (index, a);

  g_assert_true (px_entity_index_canonical (index, b) == first);
  g_assert_true (px_entity_index_canonical (index, c) == first);
  g_assert_true (px_entity_index_canonical (index, d) != first);
  g_assert_true (px_entity_index_canonical (index, a) == first);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/entities/fold", test_fold);
  g_test_add_func ("/parallax/entities/variants", test_variants);
  g_test_add_func ("/parallax/entities/skeleton", test_skeleton);
  g_test_add_func ("/parallax/entities/extract", test_extract);
  g_test_add_func ("/parallax/entities/index", test_index);
  return g_test_run ();
}
