/* test-quotes-de.c — German quotes and their speakers: cues and references
 * that German news writes in its own way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-quotes.h"
#include "px-test-util.h"

/* "Wie das Landratsamt auf Nachfrage mitteilte": the request between the
 * subject and the verb at the end of the clause is no speaker. */
static void
test_request_adjunct (void)
{
  static const char *text =
    "Der Windpark am Eichkopf ist noch nicht genehmigt.\n\n"
    "Wie das Landratsamt auf Nachfrage mitteilte, muss der Windpark noch immissionsschutzrechtlich "
    "genehmigt werden. Mit einer Entscheidung sei frühestens im Herbst zu rechnen.\n\n"
    "Wie die Polizei auf Anfrage der Deutschen Presse-Agentur bestätigte, wurde bei dem Brand niemand verletzt.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "immissionsschutzrechtlich")->speaker, ==, "Landratsamt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "frühestens im Herbst")->speaker, ==, "Landratsamt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "niemand verletzt")->speaker, ==, "Polizei");
}

/* "„Wir geben nicht auf“, rief er in den Saal": shouted words are a quote;
 * "rief … an" (phoned) still reports none. */
static void
test_shouted (void)
{
  static const char *text =
    "Der Sprecher der Initiative, Rolf Hagedorn, kündigte rechtliche Schritte an. "
    "„Wir geben ganz sicher nicht auf“, rief er nach der Abstimmung in den Saal.\n\n"
    "Danach rief Hagedorn seinen Anwalt an.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "Wir geben ganz sicher nicht auf");

  g_assert_cmpint (quote->kind, ==, PX_QUOTE_SPEECH);
  g_assert_true (quote->direct);
  g_assert_cmpstr (quote->speaker, ==, "Rolf Hagedorn");
  g_assert_cmpstr (quote->verb, ==, "rief");
  g_assert_null (px_test_find_quote (quotes, "seinen Anwalt"));
}

/* "„…“, berichtete eine Anwohnerin. Ihr Mann habe …, sagte die
 * 47-Jährige": the age refers back to the unnamed woman just quoted; "Ihr
 * Mann" (her husband) opening the reported clause is no name. */
static void
test_age_of_unnamed_speaker (void)
{
  static const char *text =
    "Die Detonation war im ganzen Ort zu hören. „Es hat geknallt, als wäre ein Flugzeug abgestürzt“, "
    "berichtete eine Anwohnerin, die direkt gegenüber der Bank wohnt. Ihr Mann habe zuerst an eine "
    "Gasexplosion gedacht, sagte die 47-Jährige.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Flugzeug abgestürzt")->speaker, ==, "Anwohnerin");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Gasexplosion")->speaker, ==, "Anwohnerin");
}

/* "Im Mai soll es eine Versammlung geben, so die Rathauschefin": "soll"
 * reports plans and hearsay as the subjunctive reports speech. */
static void
test_so_after_modal (void)
{
  static const char *text =
    "Bürgermeisterin Ulrike Brandt will mit den Gegnern reden. Schon im Mai soll es eine "
    "Bürgerversammlung geben, so die Rathauschefin.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "Bürgerversammlung geben");

  g_assert_cmpstr (quote->verb, ==, "so");
  g_assert_cmpstr (quote->speaker, ==, "Ulrike Brandt");
}

/* "…, hieß es von der Feuerwehr": the phrase after "hieß es" names who
 * said it. */
static void
test_impersonal_with_source (void)
{
  static const char *text =
    "Der Schaden am Gebäude ist erheblich. Ein Statiker müsse prüfen, ob die Filiale wieder betreten "
    "werden könne, hieß es von der Feuerwehr.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Statiker müsse")->speaker, ==, "Feuerwehr");
}

/* "Nach Zahlen des Landeskriminalamts gab es …": figures as a source. */
static void
test_figures_as_source (void)
{
  static const char *text =
    "Sprengungen von Geldautomaten beschäftigen die Ermittler seit Jahren. Nach Zahlen des "
    "Landeskriminalamts gab es im vergangenen Jahr 41 solcher Taten im Land.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "41 solcher Taten")->speaker, ==, "Landeskriminalamt");
}

/* "warf der Verwaltung vor, …": separable "vorwerfen" reports an
 * accusation; "warf einen Blick auf …" reports nothing. */
static void
test_accused_separable (void)
{
  static const char *text =
    "Fraktionschef Markus Eberle warf der Verwaltung vor, die Bürger viel zu spät informiert zu haben.\n\n"
    "Danach warf Eberle einen langen Blick auf die Pläne des Projektierers.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "viel zu spät informiert");

  g_assert_cmpstr (quote->speaker, ==, "Markus Eberle");
  g_assert_cmpstr (quote->verb, ==, "warf");
  g_assert_null (px_test_find_quote (quotes, "Blick"));
}

/* "kündigte an, …. Kundinnen und Kunden könnten …": a plural report goes
 * on in the second subjunctive, its first being the indicative. */
static void
test_plural_second_subjunctive (void)
{
  static const char *text =
    "Vorstandsmitglied Frank Gerlach kündigte an, das Foyer der Filiale vorerst geschlossen zu lassen. "
    "Kundinnen und Kunden könnten auf die Filialen in den Nachbarorten ausweichen.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Nachbarorten ausweichen")->speaker, ==, "Frank Gerlach");
}

/* References by role: "kritisierte die Krankenschwester" after "sprach
 * von „…“" is the woman who spoke; "versicherte der Mediziner" is the man
 * just named; "teilte eine Sprecherin mit" after the reported words
 * speaks for the body named before them, not for one the words name. */
static void
test_role_references (void)
{
  static const char *text =
    "Klinikgeschäftsführer Dr. Jens Albrecht erläuterte die Pläne. Die Notaufnahme in Brenz bleibe rund um "
    "die Uhr geöffnet, versicherte der Mediziner.\n\n"
    "Scharfe Kritik kam vom Betriebsrat. Dessen Vorsitzende Sandra Köhler sprach von einem „schwarzen Tag "
    "für die Beschäftigten“. Die Belegschaft habe aus der Zeitung von den Plänen erfahren, kritisierte die "
    "Krankenschwester.\n\n"
    "Das Sozialministerium in Stuttgart begrüßte die Fusion. Kleinere Häuser könnten die Qualitätsvorgaben "
    "des Bundes auf Dauer kaum erfüllen, teilte eine Sprecherin mit.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Notaufnahme")->speaker, ==, "Jens Albrecht");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Belegschaft")->speaker, ==, "Sandra Köhler");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Qualitätsvorgaben")->speaker, ==, "Sozialministerium");
}

/* "Die Oberbürgermeisterin von Lindau, Claudia …": "von" after an office
 * names where it is held; the person is the name in apposition, not
 * "Oberbürgermeisterin von Lindau" read as a noble name. */
static void
test_office_von_place (void)
{
  static const char *text =
    "Die Bürgermeisterin von Halbach, Renate Sommerfeld-Kuhn, reagierte am Abend bestürzt. „Das trifft die "
    "ganze Stadt“, sagte sie. Der Präsident von Fortuna Halbach, Ulf Dreesen, sagte, der Verein werde "
    "helfen.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "ganze Stadt")->speaker, ==, "Renate Sommerfeld-Kuhn");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Verein werde")->speaker, ==, "Ulf Dreesen");
}

/* "Der Deutsche Alpenverein teilte mit": a name's own adjective in its
 * weak form after "der" or "das" is named in the strong nominative
 * ("Deutscher Alpenverein", "Sächsisches Landesamt"); "Deutsche Bahn" is
 * already nominative. */
static void
test_weak_adjective_name (void)
{
  static const char *text =
    "Der Deutsche Skiverband warnte am Montag vor Lawinen. Die Hänge seien gefährlich, teilte der Deutsche "
    "Skiverband mit.\n\n"
    "Das Sächsische Landesamt für Umwelt erklärte, man prüfe die Messwerte.\n\n"
    "Die Deutsche Bahn erklärte, die Strecke bleibe gesperrt.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Hänge")->speaker, ==, "Deutscher Skiverband");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Messwerte")->speaker, ==, "Sächsisches Landesamt für Umwelt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Strecke")->speaker, ==, "Deutsche Bahn");
}

/* "Dr. Annette Freifrau von Stetten": a rank of nobility before "von"
 * belongs to the surname, and the given name stays in the name. */
static void
test_nobility_rank_in_name (void)
{
  static const char *text =
    "„Die Lage ist ernst“, sagte der Leiter des Forstamts, Dr. Friedrich Graf von Hallstein. "
    "„Wir brauchen mehr Personal“, sagte Gisela Freiin von Lohmar.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Lage ist ernst")->speaker, ==, "Friedrich Graf von Hallstein");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Personal")->speaker, ==, "Gisela Freiin von Lohmar");
}

/* "sagte die Chefärztin der Kinderklinik, Dr. Ute Brandt": the role
 * before the comma, genitive and all, describes the name after it, so
 * "Die Ärztin" later is her. */
static void
test_genitive_role_before_name (void)
{
  static const char *text =
    "„Niemand ist in Gefahr“, sagte die Oberärztin der Unfallchirurgie, Dr. Ute Brandt. Die Ärztin "
    "erklärte, alle Verletzten würden versorgt.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Verletzten")->speaker, ==, "Ute Brandt");
}

/* "Solche Keime würden …, sagte der Experte": a demonstrative opening
 * the reported clause makes no name, so "der Experte" is the man just
 * named. */
static void
test_demonstrative_no_name (void)
{
  static const char *text =
    "Der Virologe Bernd Saalfeld warnte vor Panik. Diese Viren seien seit Jahren bekannt, sagte der Experte.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "seit Jahren")->speaker, ==, "Bernd Saalfeld");
}

/* "Der Landrat des Landkreises Oberau, Klaus Ebner, …": the district is
 * an institution, not a person the name describes, so "der
 * CSU-Politiker" later is the man named after it. */
static void
test_district_is_institution (void)
{
  static const char *text =
    "Der Landrat des Landkreises Tannberg, Klaus Ebner, stellte sich hinter die Schule. Der Kreis werde "
    "die Sanierung bezahlen, sagte der CSU-Politiker.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Sanierung")->speaker, ==, "Klaus Ebner");
}

/* "Der Energieversorger Nordwerke teilte mit": the noun for the kind of
 * business before the name, in the nominative too, is no part of it. */
static void
test_trade_noun_before_firm (void)
{
  static const char *text =
    "Der Energieversorger Nordwerke will die Preise erhöhen. Das teilte der Energieversorger Nordwerke am "
    "Freitag mit.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Preise")->speaker, ==, "Nordwerke");
}

/* "Die Verbraucherzentrale kritisierte die Ankündigung scharf": words
 * straight after the verb with no comma, colon or "dass" are its object,
 * not reported speech; "sagte unserer Zeitung, sie …" still reports. */
static void
test_object_is_no_quote (void)
{
  static const char *text =
    "Die Stadtwerke erhöhen die Preise.\n\n"
    "Die Verbraucherzentrale kritisierte die Ankündigung der Stadtwerke scharf.\n\n"
    "Eine Hebamme sagte unserer Zeitung, sie verstehe die Zahlen, aber nicht die Entscheidung.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_null (px_test_find_quote (quotes, "Ankündigung"));
  g_assert_nonnull (px_test_find_quote (quotes, "verstehe die Zahlen"));
}

/* "sagte er dem „Kornauer Tagblatt“": the paper's name in marks after an
 * article is no quote, and no part of the quote before it. */
static void
test_paper_name_in_marks (void)
{
  static const char *text =
    "Geschäftsführer Martin Seidel begründete den Schritt. „Wir haben die Preise so lange wie möglich "
    "stabil gehalten“, sagte er dem „Kornauer Tagblatt“.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "stabil gehalten");

  g_assert_cmpstr (quote->speaker, ==, "Martin Seidel");
  g_assert_null (strstr (quote->text, "Tagblatt"));
  g_assert_null (px_test_find_quote (quotes, "Kornauer Tagblatt"));
}

/* "Die Landrätin Ingrid Bollwein zeigte sich enttäuscht. Die Klinik sei
 * …": a first subjunctive with no report before it gives the words of the
 * person the sentence before opens on; the writer's own conditional ("Ein
 * Neubau wäre …") is no report. */
static void
test_subjunctive_after_subject (void)
{
  static const char *text =
    "Die Geburtsstation in Talheim schließt.\n\n"
    "Die Landrätin Ingrid Bollwein zeigte sich enttäuscht. Die Klinik sei für viele Familien der einzige "
    "Ort in erreichbarer Nähe.\n\n"
    "Der Klinikträger Sanvita hat den Standort lange gestützt. Ein Neubau wäre aber nicht vor 2030 möglich.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "einzige Ort in erreichbarer Nähe")->speaker, ==, "Ingrid Bollwein");
  for (guint i = 0; i < quotes->len; i++)
    g_assert_null (strstr (((PxQuote *) g_ptr_array_index (quotes, i))->text, "Neubau"));
}

/* "Seine Verteidigerin Deniz Aksoy …. „…“, sagte er": a role noun in
 * "-in" makes the person a woman whose given name tells nothing, so "er"
 * is someone else. */
static void
test_feminine_role_gender (void)
{
  static const char *text =
    "Der Angeklagte Mirko Halbach schwieg während des ganzen Prozesses.\n\n"
    "Seine Verteidigerin Deniz Aksoy sprach von einem tragischen Fehler. „Es tut mir unendlich leid“, sagte er "
    "am Ende mit leiser Stimme.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "unendlich leid")->speaker, ==, "Mirko Halbach");
}

/* "die ab Frühjahr Lieferungen abnehmen": two nouns after a preposition
 * of time are no person for a later "sie". */
static void
test_nouns_after_time_preposition (void)
{
  static const char *text =
    "Die Geschäftsführerin Martina Oswald gibt sich zuversichtlich.\n\n"
    "Man habe neue Kunden gewonnen, die ab Frühjahr Lieferungen abnehmen. „Wir schaffen das“, sagte sie.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Wir schaffen das")->speaker, ==, "Martina Oswald");
}

/* "hatte im Frühling erklärt": the season between the auxiliary and the
 * participle is a time, not the speaker. */
static void
test_spring_time_adjunct (void)
{
  static const char *text =
    "Die Regierungsrätin Petra Gubler-Frei (FDP) hält an ihrem Kurs fest.\n\n"
    "Gubler-Frei hatte im Frühling erklärt, der Kanton werde keine weiteren Ausnahmen bewilligen.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "keine weiteren Ausnahmen")->speaker, ==, "Petra Gubler-Frei");
}

/* "Das hat Verbandschef Rolf Imbach am Montag erklärt.": a pointing-back
 * cue in the perfect, its subject between the auxiliary and the time. */
static void
test_perfect_points_back (void)
{
  static const char *text =
    "Der Bauernverband lehnt den neuen Wolfsplan entschieden ab. Das hat Verbandschef Rolf Imbach am Montag "
    "erklärt.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "neuen Wolfsplan")->speaker, ==, "Rolf Imbach");
}

/* "sagte der Wirtschaftsminister dem BR", "sagte die Ministerin der
 * Deutschen Presse-Agentur": the listener after an inverted role is no part
 * of the speaker, who is the person holding the role. */
static void
test_listener_after_inverted_role (void)
{
  static const char *text =
    "Niedersachsens Umweltminister Karsten Vollmer widersprach. „Die Zahlen sind eindeutig“, "
    "sagte der Umweltminister dem NDR.\n\n"
    "Auch Agrarministerin Heike Brunssen äußerte sich. „Wir warten den Bericht ab“, sagte die "
    "Ministerin der Deutschen Presse-Agentur.\n\n"
    "Die Stadt Celle prüft den Fall. „Wir haben Akteneinsicht beantragt“, sagte ein Sprecher der "
    "Stadt dem Sender.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Zahlen sind eindeutig")->speaker, ==, "Karsten Vollmer");
  g_assert_cmpstr (px_test_expect_quote (quotes, "den Bericht ab")->speaker, ==, "Heike Brunssen");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Akteneinsicht beantragt")->speaker, !=, "Stadt dem Sender");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes-de/request-adjunct", test_request_adjunct);
  g_test_add_func ("/parallax/quotes-de/shouted", test_shouted);
  g_test_add_func ("/parallax/quotes-de/age-of-unnamed-speaker", test_age_of_unnamed_speaker);
  g_test_add_func ("/parallax/quotes-de/so-after-modal", test_so_after_modal);
  g_test_add_func ("/parallax/quotes-de/impersonal-with-source", test_impersonal_with_source);
  g_test_add_func ("/parallax/quotes-de/figures-as-source", test_figures_as_source);
  g_test_add_func ("/parallax/quotes-de/accused-separable", test_accused_separable);
  g_test_add_func ("/parallax/quotes-de/plural-second-subjunctive", test_plural_second_subjunctive);
  g_test_add_func ("/parallax/quotes-de/role-references", test_role_references);

  g_test_add_func ("/parallax/quotes-de/office-von-place", test_office_von_place);

  g_test_add_func ("/parallax/quotes-de/weak-adjective-name", test_weak_adjective_name);

  g_test_add_func ("/parallax/quotes-de/nobility-rank-in-name", test_nobility_rank_in_name);

  g_test_add_func ("/parallax/quotes-de/genitive-role-before-name", test_genitive_role_before_name);

  g_test_add_func ("/parallax/quotes-de/demonstrative-no-name", test_demonstrative_no_name);

  g_test_add_func ("/parallax/quotes-de/district-is-institution", test_district_is_institution);

  g_test_add_func ("/parallax/quotes-de/trade-noun-before-firm", test_trade_noun_before_firm);
  g_test_add_func ("/parallax/quotes-de/object-is-no-quote", test_object_is_no_quote);
  g_test_add_func ("/parallax/quotes-de/paper-name-in-marks", test_paper_name_in_marks);
  g_test_add_func ("/parallax/quotes-de/subjunctive-after-subject", test_subjunctive_after_subject);
  g_test_add_func ("/parallax/quotes-de/feminine-role-gender", test_feminine_role_gender);
  g_test_add_func ("/parallax/quotes-de/nouns-after-time-preposition", test_nouns_after_time_preposition);
  g_test_add_func ("/parallax/quotes-de/spring-time-adjunct", test_spring_time_adjunct);
  g_test_add_func ("/parallax/quotes-de/perfect-points-back", test_perfect_points_back);
  g_test_add_func ("/parallax/quotes-de/listener-after-inverted-role", test_listener_after_inverted_role);

  return g_test_run ();
}
