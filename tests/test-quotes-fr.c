/* test-quotes-fr.c — French quotes and their speakers: cues and references
 * that French news writes in its own way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* "L'ancien maire, Gérard Lemaire, a été condamné …. Le prévenu s'est dit
 * « … ». « … », a déclaré l'ancien maire à la presse": the one sentenced
 * is the defendant; the listener after a role is no part of it, while
 * "une source à Matignon" keeps its place. */
static void
test_sentenced_defendant (void)
{
  static const char *text =
    "L'ancien maire de Saint-Aubin, Gérard Lemaire, a été condamné jeudi par le tribunal correctionnel "
    "d'Amiens à un an avec sursis.\n\n"
    "Le prévenu, 64 ans, s'est dit « abasourdi » à la sortie de la salle. « Je n'ai jamais pris un "
    "centime », a déclaré l'ancien maire à la presse.\n\n"
    "Selon une source à Matignon, le gouvernement ne fera pas appel de la décision.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "abasourdi")->speaker, ==, "Gérard Lemaire");
  g_assert_cmpstr (px_test_expect_quote (quotes, "pris un centime")->speaker, ==, "Gérard Lemaire");
  g_assert_cmpstr (px_test_expect_quote (quotes, "ne fera pas appel")->speaker, ==, "source à Matignon");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-fr/sentenced-defendant", test_sentenced_defendant);

  return g_test_run ();
}
