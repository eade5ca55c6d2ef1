/* test-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-language.h"

static const struct { const char *language; const char *text; } samples[] = {
  { "en", "The council said on Monday that the bridge would close for a year while engineers replace the bearings, and that the ferry would run more often." },
  { "de", "Der Stadtrat hat am Dienstag den Haushalt beschlossen, obwohl die Opposition die Kürzungen bei den Bibliotheken scharf kritisiert hatte." },
  { "fr", "Les dockers du port ont cessé le travail lundi matin pour protester contre la réforme des horaires, et la direction a appelé au dialogue." },
  { "es", "Los bomberos tardaron más de dos horas en controlar el fuego, que comenzó en un local de la planta baja y se extendió por el patio." },
  { "it", "Il consiglio comunale ha approvato il bilancio dopo una lunga discussione, ma l'opposizione ha criticato i tagli alle biblioteche della città." },
  { "pt", "Os bombeiros levaram mais de duas horas para controlar o fogo, que começou numa loja do térreo e se espalhou pelo pátio interno do prédio." },
  { "nl", "De gemeenteraad heeft dinsdag de begroting aangenomen, hoewel de oppositie de bezuinigingen op de bibliotheken scherp had bekritiseerd." },
  { "pl", "Rada miasta przyjęła we wtorek budżet, chociaż opozycja ostro krytykowała cięcia w bibliotekach, które mają zostać zamknięte w weekendy." },
  { "tr", "Belediye meclisi salı günü bütçeyi kabul etti, ancak muhalefet kütüphanelerdeki kesintileri sert bir dille eleştirdi ve yeni bir öneri sundu." },
  { "ru", "Городские власти во вторник закрыли для движения старый мост, который нуждается в ремонте, и пообещали, что паромы будут ходить чаще." },
  { "uk", "Міська влада у вівторок закрила для руху старий міст, який потребує ремонту, і пообіцяла, що пороми будуть ходити частіше." },
  { "el", "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό μετά από μακρά συζήτηση." },
  { "hy", "Քաղաքային խորհուրդը երեքշաբթի օրը հաստատեց բյուջեն։" },
  { "ka", "საქალაქო საბჭომ სამშაბათს ბიუჯეტი დაამტკიცა." },
  { "ar", "وافق مجلس المدينة على الميزانية بعد نقاش طويل." },
  { "ja", "市議会は火曜日に予算を可決しました。" },
  { "zh", "市议会周二通过了预算。" },
  { "ko", "시의회는 화요일에 예산을 통과시켰다." },
};

static void
test_detect (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_test_message ("%s", samples[i].language);
      g_assert_cmpstr (px_language_detect (samples[i].text), ==, samples[i].language);
    }
}

static void
test_detect_unknown (void)
{
  g_assert_null (px_language_detect (NULL));
  g_assert_null (px_language_detect (""));
  g_assert_null (px_language_detect ("12345 67 89 — 2023"));
  /* A list of names has no function words to vote with. */
  g_assert_null (px_language_detect ("Home News Sport Weather Culture Travel Podcasts"));
}

static void
test_stopwords (void)
{
  g_assert_true (px_language_is_stopword ("en", "the"));
  g_assert_true (px_language_is_stopword ("en-GB", "which"));
  g_assert_true (px_language_is_stopword ("de", "und"));
  g_assert_true (px_language_is_stopword ("ru", "который"));
  g_assert_false (px_language_is_stopword ("en", "bridge"));
  g_assert_false (px_language_is_stopword ("de", "the"));
  g_assert_false (px_language_is_stopword ("xx", "the"));
  g_assert_false (px_language_is_stopword (NULL, "the"));
}

static void
test_density (void)
{
  double prose = px_language_stopword_density (samples[0].text, "en");
  double menu = px_language_stopword_density ("Home News Sport Weather Culture Travel Podcasts Video", "en");
  double detected = px_language_stopword_density (samples[1].text, NULL);

  g_assert_cmpfloat (prose, >, 0.3);
  g_assert_cmpfloat (prose, <, 0.8);
  g_assert_cmpfloat (menu, <, 0.05);
  g_assert_cmpfloat (detected, >, 0.25);
  g_assert_cmpfloat (px_language_stopword_density ("", "en"), ==, 0.0);
  g_assert_cmpfloat (px_language_stopword_density (samples[0].text, "zz"), ==, 0.0);
}

static gpointer
detect_in_thread (gpointer data)
{
  for (guint i = 0; i < 50; i++)
    if (g_strcmp0 (px_language_detect (samples[i % 11].text), samples[i % 11].language) != 0)
      return GINT_TO_POINTER (1);
  return NULL;
}

static void
test_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("detect", detect_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_null (g_thread_join (threads[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parallax/language/detect", test_detect);
  g_test_add_func ("/parallax/language/unknown", test_detect_unknown);
  g_test_add_func ("/parallax/language/stopwords", test_stopwords);
  g_test_add_func ("/parallax/language/density", test_density);
  g_test_add_func ("/parallax/language/threads", test_threads);
  return g_test_run ();
}
