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

/* "L'avocate de Gérard Lemaire, Me Isabelle Fournier, a plaidé …": the
 * role before the apposition is no name; the lawyer speaks, and her title
 * of address is no description of her. */
static void
test_role_then_name (void)
{
  static const char *text =
    "Le procès a duré deux jours.\n\n"
    "L'avocate de Gérard Lemaire, Me Isabelle Fournier, a plaidé la relaxe. « Mon client est innocent », "
    "a-t-elle déclaré.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "Mon client est innocent");

  g_assert_cmpstr (quote->speaker, ==, "Isabelle Fournier");
  g_assert_true (quote->speaker_description == NULL || strcmp (quote->speaker_description, "Me") != 0);
}

/* "le procureur de la République, Antoine Clément, … « … », avait lancé
 * le magistrat": "magistrat" is a word for the prosecutor or the judge. */
static void
test_magistrate (void)
{
  static const char *text =
    "À l'audience, le procureur de la République, Antoine Clément, avait requis dix-huit mois avec sursis. "
    "« Un élu n'est pas propriétaire de l'argent public », avait lancé le magistrat dans son réquisitoire.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "argent public")->speaker, ==, "Antoine Clément");
}

/* "L'association Anticor, qui s'était constituée partie civile, a salué
 * « … »": the subject before its relative clause speaks, welcoming is a
 * cue for words in quotation marks, and the label drops the elided
 * article as it drops "le". */
static void
test_subject_with_relative (void)
{
  static const char *text =
    "Le tribunal a rendu sa décision jeudi.\n\n"
    "L'association Anticor, qui s'était constituée partie civile, a salué « un signal fort pour les "
    "petites communes ».";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "signal fort");

  g_assert_cmpint (quote->kind, ==, PX_QUOTE_SPEECH);
  g_assert_cmpstr (quote->speaker, ==, "association Anticor");
}

/* "par le tribunal correctionnel d'Amiens … . Le tribunal a estimé": the
 * bare noun is the court the text names in full, "de" elided onto the
 * town. */
static void
test_court_named_in_full (void)
{
  static const char *text =
    "Paul Durand a été condamné jeudi par le tribunal correctionnel d'Amiens à un an avec sursis.\n\n"
    "Le tribunal a estimé que les règles de mise en concurrence avaient été contournées.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "mise en concurrence")->speaker, ==, "tribunal correctionnel d'Amiens");
}

/* "La sociologue Marie Roux, professeure à l'université Paris Cité,
 * estime que …": the capitalised name after a preposition in the
 * apposition is where she works; the name before the comma speaks. */
static void
test_apposition_workplace_name (void)
{
  static const char *text =
    "La sociologue Claire Vannier, professeure à l'université Rhône Alpes, estime que la ville se vide. "
    "Les loyers ont doublé en dix ans, explique la chercheuse.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "ville se vide")->speaker, ==, "Claire Vannier");
  g_assert_cmpstr (px_test_expect_quote (quotes, "loyers")->speaker, ==, "Claire Vannier");
}

/* "Le département a fait savoir …" after "Le Conseil départemental du
 * Jura a annoncé …": the territory's name stands for its council. */
static void
test_department_for_council (void)
{
  static const char *text =
    "Le Conseil départemental du Jura a annoncé que la route resterait fermée un mois.\n\n"
    "Le département a fait savoir qu'une navette serait mise en place dès lundi.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "navette")->speaker, ==, "Conseil départemental du Jura");
}

/* "« … », a expliqué à l'AFP Laurent Brunet, secrétaire …": the listener
 * before the name is no description of him; "l'ancien ministre Jean
 * Morel" keeps its own. */
static void
test_listener_no_description (void)
{
  static const char *text =
    "Le trafic était perturbé mardi.\n\n"
    "« Nous n'avons pas eu le choix », a expliqué à l'AFP Laurent Brunet, secrétaire régional du syndicat.\n\n"
    "Selon l'ancien ministre Jean Morel, la réforme est injuste pour les usagers.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *brunet = px_test_expect_quote (quotes, "pas eu le choix");
  PxQuote *morel = px_test_expect_quote (quotes, "réforme est injuste");

  g_assert_cmpstr (brunet->speaker, ==, "Laurent Brunet");
  g_assert_true (brunet->speaker_description == NULL || strstr (brunet->speaker_description, "AFP") == NULL);
  g_assert_cmpstr (morel->speaker, ==, "Jean Morel");
  g_assert_nonnull (morel->speaker_description);
  g_assert_nonnull (strstr (morel->speaker_description, "ancien ministre"));
}

/* "Elle a néanmoins assuré être « … »": an adverb between the auxiliary
 * and the participle is no subject. */
static void
test_adverb_before_participle (void)
{
  static const char *text =
    "La Première ministre, Élisabeth Norel, a défendu la réforme.\n\n"
    "Elle a néanmoins assuré être « ouverte au dialogue » sur la pénibilité des métiers.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "ouverte au dialogue")->speaker, ==, "Élisabeth Norel");
}

/* "Elle aurait confié à ses proches que …": the conditional of a reported
 * claim is an auxiliary, not part of a name opening the sentence. */
static void
test_conditional_auxiliary (void)
{
  static const char *text =
    "La ministre de la culture, Sabine Ortolan, ne décolère pas.\n\n"
    "Elle aurait confié à ses proches que le budget des musées ne baisserait pas d'un euro.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "budget des musées")->speaker, ==, "Sabine Ortolan");
}

/* "…, glisse-t-on à Bercy": the impersonal "on" of an inverted cue speaks
 * for the place or circle named after it, not for the last person named. */
static void
test_impersonal_on_place (void)
{
  static const char *text =
    "Le ministre des comptes publics, Rémi Castagnède, a présenté son plan mardi.\n\n"
    "« Personne ne touchera aux retraites cette année », glisse-t-on à Bercy.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Personne ne touchera")->speaker, ==, "Bercy");
}

/* "Le groupe … l'a annoncé jeudi.": the clitic "l'" on the auxiliary
 * points back, so the sentence before is what was said. */
static void
test_clitic_points_back (void)
{
  static const char *text =
    "Fermeture à Saint-Ouen\n\n"
    "L'usine de Saint-Ouen fermera en juin. Le groupe Dalvène l'a annoncé jeudi aux salariés.\n\n"
    "Les travaux dureront un mois. La mairie l'a confirmé hier.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "fermera en juin")->speaker, ==, "Dalvène");
  g_assert_cmpstr (px_test_expect_quote (quotes, "dureront un mois")->speaker, ==, "mairie");
}

/* "Selon l'entourage de Mme Ortolan", "glisse un proche du chef de
 * l'État": a circle around someone speaks as the whole phrase with its
 * genitives, not as its bare noun nor as another anonymous phrase ending
 * on the same word. */
static void
test_circle_with_genitive (void)
{
  static const char *text =
    "La ministre de la culture, Sabine Ortolan, prépare son budget.\n\n"
    "« Rien n'est tranché », confie un conseiller du ministre. Selon l'entourage du ministre, l'arbitrage "
    "tombera en mai. « Il faut attendre », glisse un proche du chef de l'État.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "tombera en mai")->speaker, ==, "entourage du ministre");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Il faut attendre")->speaker, ==, "proche du chef de l'État");
}

/* "Un autre ministre, plus prudent, confie : « … »": another holder of
 * the role is not the person the article named with it. */
static void
test_another_role_holder (void)
{
  static const char *text =
    "La ministre du logement, Agnès Pellerin, défend son projet de loi.\n\n"
    "« Le texte passera », assure-t-elle. Un autre ministre, plus sceptique, confie : « Rien n'est joué. »";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Le texte passera")->speaker, ==, "Agnès Pellerin");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Rien n'est joué")->speaker, ==, "autre ministre");
}

/* "a raconté au Courrier Lucien Ferrat", "a ironisé la cheffe de
 * l'opposition, X", "a martelé le représentant de l'État": a paper after
 * "au" is the listener, not the start of a name; the perfect of ironiser
 * is a cue; the State's representative is the préfet. */
static void
test_paper_listener_prefect (void)
{
  static const char *text =
    "La préfète de la Vienne, Hélène Castagné, s'est rendue sur place. « Le pont restera fermé », a martelé "
    "la représentante de l'État.\n\n"
    "« Nous attendons depuis deux ans », a raconté au Courrier Lucien Ferrat, un commerçant. « Le pont "
    "tient debout par miracle », a ironisé la cheffe de l'opposition, Sonia Barrat.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "restera fermé")->speaker, ==, "Hélène Castagné");
  g_assert_cmpstr (px_test_expect_quote (quotes, "depuis deux ans")->speaker, ==, "Lucien Ferrat");
  g_assert_cmpstr (px_test_expect_quote (quotes, "par miracle")->speaker, ==, "Sonia Barrat");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-fr/sentenced-defendant", test_sentenced_defendant);
  g_test_add_func ("/parallax/quotes-fr/role-then-name", test_role_then_name);
  g_test_add_func ("/parallax/quotes-fr/magistrate", test_magistrate);
  g_test_add_func ("/parallax/quotes-fr/subject-with-relative", test_subject_with_relative);
  g_test_add_func ("/parallax/quotes-fr/court-named-in-full", test_court_named_in_full);

  g_test_add_func ("/parallax/quotes-fr/apposition-workplace-name", test_apposition_workplace_name);

  g_test_add_func ("/parallax/quotes-fr/department-for-council", test_department_for_council);
  g_test_add_func ("/parallax/quotes-fr/listener-no-description", test_listener_no_description);
  g_test_add_func ("/parallax/quotes-fr/adverb-before-participle", test_adverb_before_participle);
  g_test_add_func ("/parallax/quotes-fr/conditional-auxiliary", test_conditional_auxiliary);
  g_test_add_func ("/parallax/quotes-fr/impersonal-on-place", test_impersonal_on_place);
  g_test_add_func ("/parallax/quotes-fr/clitic-points-back", test_clitic_points_back);
  g_test_add_func ("/parallax/quotes-fr/circle-with-genitive", test_circle_with_genitive);
  g_test_add_func ("/parallax/quotes-fr/another-role-holder", test_another_role_holder);

  g_test_add_func ("/parallax/quotes-fr/paper-listener-prefect", test_paper_listener_prefect);

  return g_test_run ();
}
