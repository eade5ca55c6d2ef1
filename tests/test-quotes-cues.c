/* test-quotes-cues.c — reporting cues that several languages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* "« … », a assuré Carole Ménard, qui a rappelé que …": a relative clause
 * on the speaker named after the quotation's cue reports more of their
 * words; after "told the BBC, who …" the relative is about the listener. */
static void
test_relative_after_quote (void)
{
  static const PxTestSpeakerCase cases[] = {
    { "fr", "La séance a duré trois heures. Un niveau « soutenable », a assuré la vice-présidente chargée des "
            "finances, Carole Ménard, qui a rappelé que la dette de la Région restait inférieure à six ans.",
      "dette de la Région", "Carole Ménard" },
    { "en", "The meeting was tense. “It is sustainable,” said finance chief Ann Lee, who added that the debt "
            "would fall next year.",
      "debt would fall", "Ann Lee" },
    { "es", "La sesión fue tensa. \"Es sostenible\", aseguró la consejera Ana Ruiz, quien recordó que la deuda "
            "bajará el próximo año.",
      "la deuda bajará", "Ana Ruiz" },
  };

  px_test_check_speakers (cases, G_N_ELEMENTS (cases));
  {
    g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (
      "“It is sustainable,” Ann Lee told the BBC, who reported that the debt would fall next year.", "en");

    g_assert_null (px_test_find_quote (quotes, "debt would fall"));
  }
}

/* "Le syndicat a dénoncé un « guet-apens » et réclamé des renforts": the
 * second verb's bare noun object is what was asked for, not words said. */
static void
test_noun_object_after_quote (void)
{
  static const char *text = "Le syndicat Alliance a dénoncé un « guet-apens » et réclamé des renforts.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_nonnull (px_test_find_quote (quotes, "guet-apens"));
  g_assert_null (px_test_find_quote (quotes, "renforts"));
}

/* "Le budget a été défendu par Carole Ménard, qui a rappelé que …": the
 * passive before the name is no description of her. */
static void
test_passive_agent_no_description (void)
{
  static const char *text = "La séance a duré trois heures. Le budget a été défendu par Carole Ménard, qui a "
                            "rappelé que la dette restait inférieure à six ans.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "la dette restait");

  g_assert_cmpstr (quote->speaker, ==, "Carole Ménard");
  g_assert_null (quote->speaker_description);
}

/* "La asociación, que agrupa a 300 socios, ha denunciado que …": a
 * Spanish subject before its relative clause speaks. */
static void
test_spanish_subject_with_relative (void)
{
  static const char *text = "El río bajaba turbio desde el lunes. La asociación, que agrupa a 300 socios, ha "
                            "denunciado que el agua está contaminada.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "agua está contaminada")->speaker, ==, "asociación");
}

/* "The factory will close, its owner has announced. … Calder Foods, which
 * bought the site, said …": the owner the lead leaves unnamed is the
 * business the next paragraph names. */
static void
test_owner_named_later (void)
{
  static const char *text =
    "Biscuit factory to close\n\n"
    "The Hartley biscuit factory in Wrexley will close next spring, its owner has announced, ending a "
    "century of baking in the town.\n\n"
    "Calder Foods, which bought the site in 2015, said production would move to its plant near Leeds.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "will close next spring")->speaker, ==, "Calder Foods");
}

/* "— Мы …, — сказал главврач. — Но …": Russian dialogue with dashes, one
 * quote on both sides of the narrator's incise. */
static void
test_russian_dialogue_dashes (void)
{
  static const char *text =
    "Главный врач больницы Андрей Волков признал, что переезд дается персоналу тяжело.\n\n"
    "— Мы уговариваем людей остаться, обещаем компенсировать дорогу, — сказал главврач. — Но у многих "
    "дети, хозяйство.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote = px_test_expect_quote (quotes, "уговариваем людей");

  g_assert_true (quote->direct);
  g_assert_nonnull (strstr (quote->text, "у многих дети"));
  g_assert_cmpstr (quote->speaker, ==, "Андрей Волков");
}

/* "Как пояснил участник акции, инженер-гидролог Сергей Дорохов, …": the
 * role, then the name in apposition between commas; the name speaks and
 * the clause starts after it. */
static void
test_russian_role_then_name (void)
{
  static const char *text =
    "Жители опасаются за воду. Как пояснил участник акции, инженер-гидролог Сергей Дорохов, под участком "
    "проходит водоносный слой.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote = px_test_expect_quote (quotes, "водоносный слой");

  g_assert_cmpstr (quote->speaker, ==, "Сергей Дорохов");
  g_assert_true (g_str_has_prefix (quote->text, "под участком"));
}

/* "nannte den Streik eine „Zumutung“", "назвал забастовку «провокацией»":
 * naming an object with quoted words quotes the namer, in German and
 * Russian as "a qualifié … de « … »" does in French. */
static void
test_naming_verbs (void)
{
  static const PxTestSpeakerCase cases[] = {
    { "de", "Die Fahrer legten die Arbeit nieder. Bürgermeister Paul Kessler nannte den Streik eine „Zumutung“.",
      "Zumutung", "Paul Kessler" },
    { "ru", "Водители остановили работу. Мэр Иван Петров назвал забастовку «провокацией».", "провокацией",
      "Иван Петров" },
  };

  /* a quote with a speaker is speech, never a scare quote */
  px_test_check_speakers (cases, G_N_ELEMENTS (cases));
}

/* "Министр Иван Петров возразил, что …", "— спросила она": Russian
 * objections and questions report words. */
static void
test_russian_objection (void)
{
  static const char *text =
    "Депутаты раскритиковали проект. Министр финансов Иван Петров возразил, что бюджет не позволяет "
    "строить новую школу в этом году.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "бюджет не позволяет")->speaker, ==, "Иван Петров");
}

/* "По словам председателя союза Виктора Кравца, …": the speaker in the
 * nominative ("Кравец", its vowel back), and the cue's noun is no part of
 * his description. */
static void
test_russian_genitive_speaker (void)
{
  static const char *text =
    "Перевозчики встревожены решением мэрии.\n\n"
    "По словам председателя союза Виктора Кравца, ограничение ударит по малому бизнесу города.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote = px_test_expect_quote (quotes, "ударит по малому бизнесу");

  g_assert_cmpstr (quote->speaker, ==, "Виктор Кравец");
  g_assert_true (quote->speaker_description == NULL || strstr (quote->speaker_description, "словам") == NULL);
}


/* To argue with no clause after it is to quarrel: "argued heatedly …",
 * "argued over the wording" report nothing; "argued strongly that …" and
 * "argued the plan would fail" do. */
static void
test_argued_as_quarrel (void)
{
  const char *text =
    "Talks\n\n"
    "According to the agency, the two leaders argued heatedly in Russian for several minutes before the call ended.\n\n"
    "The ministers argued over the wording for hours.\n\n"
    "Mara Venn argued strongly that the plan would fail.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *agency = px_test_expect_quote (quotes, "argued heatedly");

  g_assert_cmpstr (agency->speaker, ==, "agency");
  g_assert_null (px_test_find_quote (quotes, "over the wording"));
  g_assert_cmpstr (px_test_expect_quote (quotes, "plan would fail")->speaker, ==, "Mara Venn");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-cues/relative-after-quote", test_relative_after_quote);
  g_test_add_func ("/parallax/quotes-cues/noun-object-after-quote", test_noun_object_after_quote);
  g_test_add_func ("/parallax/quotes-cues/passive-agent-no-description", test_passive_agent_no_description);
  g_test_add_func ("/parallax/quotes-cues/spanish-subject-with-relative", test_spanish_subject_with_relative);
  g_test_add_func ("/parallax/quotes-cues/owner-named-later", test_owner_named_later);
  g_test_add_func ("/parallax/quotes-cues/russian-dialogue-dashes", test_russian_dialogue_dashes);
  g_test_add_func ("/parallax/quotes-cues/russian-role-then-name", test_russian_role_then_name);
  g_test_add_func ("/parallax/quotes-cues/naming-verbs", test_naming_verbs);
  g_test_add_func ("/parallax/quotes-cues/russian-objection", test_russian_objection);
  g_test_add_func ("/parallax/quotes-cues/russian-genitive-speaker", test_russian_genitive_speaker);
  g_test_add_func ("/parallax/quotes-cues/argued-as-quarrel", test_argued_as_quarrel);

  return g_test_run ();
}
