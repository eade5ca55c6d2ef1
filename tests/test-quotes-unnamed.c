/* test-quotes-unnamed.c — unnamed speakers: the people news quotes without
 * a name, as the article describes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* "A resident of the area said", "Un élu de l'opposition estime que": an
 * unnamed person before the verb, completed by a place or group, is the
 * whole phrase; neither the place nor the group speaks. A spokesperson
 * still speaks for the institution. */
static void
test_complement_before_verb (void)
{
  static const PxTestSpeakerCase cases[] = {
    { "en", "The night races worry the estate.\n\nA resident of the estate said the races went on until dawn.",
      "until dawn", "resident of the estate" },
    { "en", "The night races worry the estate.\n\nA councillor from the majority group said the city had hidden the costs.",
      "hidden the costs", "councillor from the majority group" },
    { "fr", "Les rodéos inquiètent le quartier.\n\nUn élu de l'opposition estime que la ville a minimisé les chiffres.",
      "minimisé les chiffres", "élu de l'opposition" },
    { "fr", "Les rodéos inquiètent le quartier.\n\nUne habitante du quartier a déclaré que les rodéos duraient toute la nuit.",
      "toute la nuit", "habitante du quartier" },
    { "fr", "Le budget a été voté.\n\nUn conseiller régional de la majorité reconnaît que la marge est très étroite.",
      "marge est très étroite", "conseiller régional de la majorité" },
    { "de", "Die Rennen stören die Nachtruhe.\n\nEine Bewohnerin des Viertels sagte, die Rennen dauerten bis zum Morgen.",
      "bis zum Morgen", "Bewohnerin des Viertels" },
    { "es", "Las carreras preocupan al barrio.\n\nUna vecina del barrio dijo que las carreras duran toda la noche.",
      "toda la noche", "vecina del barrio" },
    { "en", "The night races worry the estate.\n\nA spokesman for the council said police would patrol the estate.",
      "patrol the estate", "council" },
  };

  px_test_check_speakers (cases, G_N_ELEMENTS (cases));
}

/* A body named by its kind, a nationality and its place ("the Russian
 * embassy in London said") speaks as that phrase, not as the place. */
static void
test_group_with_demonym_and_place (void)
{
  const char *text =
    "Expulsions\n\n"
    "The Russian embassy in London said the expulsions were unfounded.\n\n"
    "The exiled Belarusian opposition in Vilnius announced that it would boycott the vote.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "unfounded")->speaker, ==, "Russian embassy in London");
  g_assert_cmpstr (px_test_expect_quote (quotes, "boycott the vote")->speaker, ==,
                   "exiled Belarusian opposition in Vilnius");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-unnamed/complement-before-verb", test_complement_before_verb);
  g_test_add_func ("/parallax/quotes-unnamed/group-with-demonym-and-place", test_group_with_demonym_and_place);

  return g_test_run ();
}
