/* test-framing.c — voices, naming, terms, frames and leads of one event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-framing.h"
#include "px-loader.h"
#include "px-test-util.h"

/* Two invented outlets report one invented event in different words. */
static GPtrArray *
make_event (void)
{
  static const char * const first[] = {
    "Separatist fighters in the breakaway region of Kelvania shelled the border village of Dornik on "
    "Tuesday, and three civilians were killed, officials said.",
    "Defence Minister Arvid Lund said the army would respond to any further attack. “We will protect "
    "every village on our side of the line,” Lund told the Northern Herald.",
    "The so-called government of Kelvania reportedly denied the claims.",
    NULL,
  };
  static const char * const second[] = {
    "Forces of the Republic of Kelvania said they had returned fire after an attack on their positions "
    "near Dornik on Tuesday.",
    "The president of Kelvania, Mira Sahl, insisted that her forces “did not target civilians” and called "
    "for international observers.",
    "Defence Minister Arvid Lund claimed the shelling was a deliberate provocation.",
    NULL,
  };
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, px_test_article_new ("a.txt", "Northern Herald", "Three civilians killed as separatists shell Dornik", first));
  g_ptr_array_add (articles, px_test_article_new ("b.txt", "Kelvania Today", "Kelvanian forces return fire near Dornik", second));
  return articles;
}

static gboolean
has_term (PxFraming  *framing,
          guint       article,
          const char *term,
          const char *category)
{
  GPtrArray *terms = px_framing_get_terms (framing);

  for (guint i = 0; i < terms->len; i++)
    {
      PxFramingTerm *hit = g_ptr_array_index (terms, i);

      if (hit->article == article && g_ascii_strcasecmp (hit->term, term) == 0
          && strcmp (hit->category, category) == 0 && hit->rule != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_terms (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxFraming) framing = px_framing_analyse (articles, NULL, NULL);

  g_assert_true (has_term (framing, 0, "Separatist", "label"));
  g_assert_true (has_term (framing, 0, "so-called", "label"));
  g_assert_true (has_term (framing, 0, "reportedly", "hedge"));
  g_assert_true (has_term (framing, 0, "were killed", "passive"));
  g_assert_true (has_term (framing, 1, "claimed", "verb-distancing"));
  g_assert_true (has_term (framing, 1, "insisted", "verb-distancing"));
  g_assert_false (has_term (framing, 1, "Separatist", "label"));
}

static void
test_voices_and_sentences (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxFraming) framing = px_framing_analyse (articles, NULL, NULL);
  GPtrArray *voices = px_framing_get_voices (framing);
  PxVoice *lund = NULL;

  for (guint v = 0; v < voices->len; v++)
    if (strcmp (((PxVoice *) g_ptr_array_index (voices, v))->speaker, "Arvid Lund") == 0)
      lund = g_ptr_array_index (voices, v);
  g_assert_nonnull (lund);
  /* quoted by both outlets, directly by the first only */
  g_assert_cmpuint (lund->shares->len, ==, 2);
  g_assert_cmpuint (((PxVoiceShare *) g_ptr_array_index (lund->shares, 0))->direct, >=, 1);
  g_assert_cmpuint (((PxVoiceShare *) g_ptr_array_index (lund->shares, 1))->direct, ==, 0);

  /* sentence 0 is the headline; the quote of Lund is in sentence 3 of the first article */
  {
    GPtrArray *quotes = px_framing_get_quotes (framing, 0);
    gboolean found = FALSE;

    for (guint q = 0; q < quotes->len; q++)
      {
        PxQuote *quote = g_ptr_array_index (quotes, q);

        if (quote->direct && g_strcmp0 (quote->speaker, "Arvid Lund") == 0)
          {
            g_assert_cmpuint (px_framing_get_quote_sentence (framing, 0, q), ==, 3);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
}

/* The caller's sentence split decides the indices. */
static void
test_given_sentences (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(PxFraming) framing = NULL;
  GPtrArray *terms;

  for (guint a = 0; a < articles->len; a++)
    {
      /* one sentence per paragraph, no headline */
      GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxTextSpan));
      GPtrArray *paragraphs = px_article_get_paragraphs (g_ptr_array_index (articles, a));

      for (guint p = 0; p < paragraphs->len; p++)
        {
          PxTextSpan span = { p, 0, strlen (((PxParagraph *) g_ptr_array_index (paragraphs, p))->text) };

          g_array_append_val (spans, span);
        }
      g_ptr_array_add (sentences, spans);
    }
  framing = px_framing_analyse (articles, sentences, NULL);
  terms = px_framing_get_terms (framing);
  for (guint i = 0; i < terms->len; i++)
    {
      PxFramingTerm *term = g_ptr_array_index (terms, i);

      if (term->span.paragraph != PX_FRAMING_HEADLINE)
        g_assert_cmpuint (term->sentence, ==, term->span.paragraph);
      if (strcmp (term->term, "reportedly") == 0)
        g_assert_cmpuint (term->sentence, ==, 2);
    }
}

static void
test_json (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxFraming) framing = px_framing_analyse (articles, NULL, NULL);
  g_autoptr(JsonNode) node = px_framing_to_json (framing);
  JsonObject *object = json_node_get_object (node);
  JsonArray *quotes = json_object_get_array_member (object, "quotes");
  JsonArray *frames = json_object_get_array_member (object, "frames");

  g_assert_nonnull (quotes);
  g_assert_cmpuint (json_array_get_length (quotes), >=, 3);
  for (guint i = 0; i < json_array_get_length (quotes); i++)
    {
      JsonObject *quote = json_array_get_object_element (quotes, i);

      g_assert_true (json_object_has_member (quote, "article"));
      g_assert_true (json_object_has_member (quote, "speaker"));
      g_assert_true (json_object_has_member (quote, "speaker_description"));
      g_assert_true (json_object_has_member (quote, "text"));
      g_assert_true (json_object_has_member (quote, "verb"));
      g_assert_true (json_object_has_member (quote, "direct"));
    }
  g_assert_nonnull (json_object_get_array_member (object, "naming"));
  g_assert_nonnull (json_object_get_array_member (object, "terms"));
  g_assert_cmpuint (json_array_get_length (frames), ==, 2);
  g_assert_true (json_object_has_member (json_object_get_object_member (json_array_get_object_element (frames, 0),
                                                                        "frames"), "security"));
}

static GPtrArray *
load_seeds (const char * const *prefixes)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *articles;

  if (seeds == NULL || !g_file_test (seeds, G_FILE_TEST_IS_DIR))
    return NULL;
  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (seeds, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_prefix (name, prefixes[i]))
          g_ptr_array_add (paths, g_build_filename (seeds, name, NULL));
    }
  if (paths->len == 0)
    return NULL;
  g_ptr_array_add (paths, NULL);
  {
    g_autoptr(PxLoadResult) result = px_load_paths_sync ((const char * const *) paths->pdata, NULL, NULL);

    articles = g_ptr_array_ref (result->articles);
  }
  return articles;
}

static void
test_seed_dushanbe (void)
{
  const char * const prefixes[] = { "000_", "001_", NULL };
  g_autoptr(GPtrArray) articles = load_seeds (prefixes);
  g_autoptr(PxFraming) framing = NULL;
  GPtrArray *contrasts;
  gboolean artsakh = FALSE;

  if (articles == NULL)
    {
      g_test_skip ("seed articles not available");
      return;
    }
  g_assert_cmpuint (articles->len, ==, 2);
  framing = px_framing_analyse (articles, NULL, NULL);
  contrasts = px_framing_get_naming_contrasts (framing);
  for (guint c = 0; c < contrasts->len; c++)
    {
      PxNamingContrast *contrast = g_ptr_array_index (contrasts, c);

      g_test_message ("contrast %s: %s (%u) / %s (%u)", contrast->role, contrast->name_a, contrast->article_a,
                      contrast->name_b, contrast->article_b);
      if ((strcmp (contrast->name_a, "Nagorno-Karabakh") == 0 && contrast->article_a == 0
           && strcmp (contrast->name_b, "Artsakh") == 0 && contrast->article_b == 1))
        artsakh = TRUE;
    }
  g_assert_true (artsakh);
}

static void
test_seed_karabakh (void)
{
  const char * const prefixes[] = { "003_", NULL };
  g_autoptr(GPtrArray) articles = load_seeds (prefixes);
  g_autoptr(PxFraming) framing = NULL;
  GPtrArray *terms;
  guint separatist = 0;
  gboolean scare = FALSE, de_facto = FALSE;

  if (articles == NULL)
    {
      g_test_skip ("seed articles not available");
      return;
    }
  framing = px_framing_analyse (articles, NULL, NULL);
  terms = px_framing_get_terms (framing);
  for (guint i = 0; i < terms->len; i++)
    {
      PxFramingTerm *term = g_ptr_array_index (terms, i);

      if (strcmp (term->category, "label") == 0 && g_ascii_strcasecmp (term->term, "separatist") == 0)
        separatist++;
      if (strcmp (term->category, "scare-quote") == 0 && strcmp (term->term, "anti-terrorist operation") == 0)
        scare = TRUE;
      if (strcmp (term->category, "label") == 0 && strcmp (term->term, "de-facto") == 0)
        de_facto = TRUE;
    }
  g_assert_cmpuint (separatist, >=, 2);
  g_assert_true (scare);
  g_assert_true (de_facto);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/framing/terms", test_terms);
  g_test_add_func ("/parallax/framing/voices-and-sentences", test_voices_and_sentences);
  g_test_add_func ("/parallax/framing/given-sentences", test_given_sentences);
  g_test_add_func ("/parallax/framing/json", test_json);
  g_test_add_func ("/parallax/framing/seed-dushanbe", test_seed_dushanbe);
  g_test_add_func ("/parallax/framing/seed-karabakh", test_seed_karabakh);

  return g_test_run ();
}
