/* test-quotes-descriptions.c — how each speaker is described: the words
 * the Framing view's voices table shows under a name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* A relative clause after the name describes someone by what they do
 * ("…, who has run the stall for 31 years, said …"), at the person's
 * introduction or at a later mention by surname, past an age. */
static void
test_relative_clause (void)
{
  const char *text =
    "Market traders protested outside the town hall on Monday.\n\n"
    "Brenda Ashcroft, who has run a fruit stall in the hall for 31 years, said the new rents would close her down.\n\n"
    "The council's finance chief, Owen Pryce, defended the rise, and Carla Denholm backed him.\n\n"
    "Denholm, 58, who took the post in 2021, said the hall needed a new roof.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *ashcroft = px_test_expect_quote (quotes, "close her down");
  PxQuote *denholm = px_test_expect_quote (quotes, "needed a new roof");

  g_assert_cmpstr (ashcroft->speaker, ==, "Brenda Ashcroft");
  g_assert_cmpstr (ashcroft->speaker_description, ==, "who has run a fruit stall in the hall for 31 years");
  g_assert_cmpstr (denholm->speaker, ==, "Carla Denholm");
  g_assert_cmpstr (denholm->speaker_description, ==, "who took the post in 2021");
}

/* A role before the name stays the description when a relative clause
 * follows; a clause that reports speech is the cue, not a description;
 * and a clause naming a body does not make its person that body's voice. */
static void
test_relative_clause_second (void)
{
  const char *text =
    "Teachers walked out at six schools in Ashby on Tuesday.\n\n"
    "Headteacher Ruth Olawale, who chairs the local branch of the teachers' union, said staff were exhausted.\n\n"
    "Gareth Pim, who told reporters he had taught for 20 years, joined the picket.\n\n"
    "The council said talks would resume next week.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *olawale = px_test_expect_quote (quotes, "staff were exhausted");
  PxQuote *council = px_test_expect_quote (quotes, "talks would resume");

  g_assert_cmpstr (olawale->speaker, ==, "Ruth Olawale");
  g_assert_cmpstr (olawale->speaker_description, ==, "Headteacher");
  g_assert_cmpstr (council->speaker, ==, "council");
  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, i);

      if (g_strcmp0 (quote->speaker, "Gareth Pim") == 0)
        g_assert_true (quote->speaker_description == NULL || strstr (quote->speaker_description, "told") == NULL);
    }
}

/* Capitalised words before a lower-case role noun are part of the role
 * ("Liberal Democrat councillor", "Rovers boss", a sentence's first word
 * "Station manager"); a listener after the verb is not ("заявил РИА
 * Новости заместитель …"), nor the end of a longer phrase ("de la
 * Transition écologique"), nor a possessive opening the sentence; the
 * article before a role is dropped in every language. */
static void
test_capitalised_modifiers (void)
{
  const char *en =
    "Councillors clashed over the tram plan on Monday.\n\n"
    "\"It is money we do not have,\" said Liberal Democrat councillor Amy Hart.\n\n"
    "Station manager Ian Cole said the fire started in the kitchen.\n\n"
    "Rovers boss Tony Vale said his side deserved the win.";
  const char *ru =
    "Снегопад в Москве\n\n"
    "«Мы рекомендуем водителям пересесть на общественный транспорт», — заявил РИА Новости "
    "заместитель руководителя ЦОДД Алексей Громов.";
  const char *fr =
    "Crue de la Gier\n\n"
    "La ministre de la Transition écologique, Agnès Morel, a annoncé que l’État débloquerait 20 millions d’euros.\n\n"
    "Son collègue Paul Vidal a déclaré que les digues tiendraient.";
  g_autoptr(GPtrArray) en_quotes = px_quotes_find_in_text (en, "en");
  g_autoptr(GPtrArray) ru_quotes = px_quotes_find_in_text (ru, "ru");
  g_autoptr(GPtrArray) fr_quotes = px_quotes_find_in_text (fr, "fr");

  g_assert_cmpstr (px_test_expect_quote (en_quotes, "money we do not have")->speaker_description, ==,
                   "Liberal Democrat councillor");
  g_assert_cmpstr (px_test_expect_quote (en_quotes, "started in the kitchen")->speaker_description, ==,
                   "Station manager");
  g_assert_cmpstr (px_test_expect_quote (en_quotes, "deserved the win")->speaker_description, ==, "Rovers boss");
  g_assert_cmpstr (px_test_expect_quote (ru_quotes, "пересесть")->speaker_description, ==,
                   "заместитель руководителя ЦОДД");
  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "débloquerait")->speaker_description, ==,
                   "ministre de la Transition écologique");
  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "digues tiendraient")->speaker_description, ==, "collègue");
}

/* The post a person took describes them ("took over as …", "was
 * appointed …"), up to a time; a verb followed by a name or by no post
 * ("was arrested") gives none. */
static void
test_post_taken (void)
{
  const char *text =
    "Priya Natarajan took over as chief executive of the Harbour City Transit Authority in March, "
    "after eleven years running the buses in Wellport.\n\n"
    "\"We will not cut a single route,\" Natarajan said.\n\n"
    "Owen Marsh was arrested on Friday. Marsh said he had done nothing wrong.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *natarajan = px_test_expect_quote (quotes, "single route");
  PxQuote *marsh = px_test_expect_quote (quotes, "done nothing wrong");

  g_assert_cmpstr (natarajan->speaker, ==, "Priya Natarajan");
  g_assert_cmpstr (natarajan->speaker_description, ==, "chief executive of the Harbour City Transit Authority");
  g_assert_cmpstr (marsh->speaker, ==, "Owen Marsh");
  g_assert_null (marsh->speaker_description);
}

/* A role before the name's comma may hold "en" or "in" and a second
 * article ("El portavoz socialista en la comisión de Sanidad, …"). */
static void
test_role_with_place (void)
{
  const char *text =
    "Colapso en Urgencias\n\n"
    "El portavoz socialista en la comisión de Sanidad, Rubén Casasola, ha replicado que el consejero "
    "\"vive en otro planeta\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "otro planeta");

  g_assert_cmpstr (quote->speaker, ==, "Rubén Casasola");
  g_assert_cmpstr (quote->speaker_description, ==, "portavoz socialista en la comisión de Sanidad");
}

/* After "according to" the comma opens what the source says, not a
 * description of it. */
static void
test_according_to_no_apposition (void)
{
  const char *text =
    "Clashes in the north\n\n"
    "According to the Ministry of Internal Affairs, the overnight raid was a response to the deaths of six officers.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "overnight raid");

  g_assert_cmpstr (quote->speaker, ==, "Ministry of Internal Affairs");
  g_assert_null (quote->speaker_description);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/quotes-descriptions/relative-clause", test_relative_clause);
  g_test_add_func ("/parallax/quotes-descriptions/relative-clause-second", test_relative_clause_second);
  g_test_add_func ("/parallax/quotes-descriptions/capitalised-modifiers", test_capitalised_modifiers);
  g_test_add_func ("/parallax/quotes-descriptions/post-taken", test_post_taken);
  g_test_add_func ("/parallax/quotes-descriptions/role-with-place", test_role_with_place);
  g_test_add_func ("/parallax/quotes-descriptions/according-to-no-apposition", test_according_to_no_apposition);
  return g_test_run ();
}
