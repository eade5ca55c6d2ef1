/* test-sentences.c — sentence splitting of news prose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"
#include "px-sentences.h"

static GPtrArray *
split_checked (const char *text,
               const char *language)
{
  GPtrArray *sentences = px_sentences_split (text, language);

  /* Offsets always point at the sentence's own text. */
  for (guint i = 0; i < sentences->len; i++)
    {
      PxSentence *sentence = g_ptr_array_index (sentences, i);
      g_assert_cmpuint (sentence->end, <=, strlen (text));
      g_assert_cmpuint (sentence->end - sentence->start, ==, strlen (sentence->text));
      g_assert_cmpint (strncmp (text + sentence->start, sentence->text, strlen (sentence->text)), ==, 0);
    }
  return sentences;
}

static void
assert_sentences (const char         *text,
                  const char         *language,
                  const char * const *expected)
{
  g_autoptr(GPtrArray) sentences = split_checked (text, language);

  for (guint i = 0; i < sentences->len; i++)
    g_test_message ("sentence %u: %s", i, ((PxSentence *) g_ptr_array_index (sentences, i))->text);
  g_assert_cmpuint (sentences->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (((PxSentence *) g_ptr_array_index (sentences, i))->text, ==, expected[i]);
}

static void
test_plain (void)
{
  const char * const expected[] = {
    "The council met on Tuesday.",
    "It approved the budget by nine votes to four?",
    "Nobody expected that!",
    NULL
  };
  assert_sentences ("  The council met on Tuesday. It approved the budget by nine votes to four? Nobody expected that!  ",
                    "en", expected);
}

static void
test_abbreviations (void)
{
  const char * const titles[] = {
    "Mr. Lowe met Gen. Varga and Dr. Osei at the U.S. Embassy on Monday.",
    "They spoke for an hour.",
    NULL
  };
  const char * const initials[] = {
    "The report by J. K. Marlow and George W. Harrow was published in Sept. 2019.",
    "It ran to 40 pages.",
    NULL
  };
  const char * const numbers[] = {
    "The motion was listed as No. 5 on the agenda.",
    "It passed.",
    NULL
  };
  const char * const country_then_sentence[] = {
    "The delegation flew back to the U.S.",
    "The talks resume in May.",
    NULL
  };

  assert_sentences ("Mr. Lowe met Gen. Varga and Dr. Osei at the U.S. Embassy on Monday. They spoke for an hour.",
                    "en", titles);
  assert_sentences ("The report by J. K. Marlow and George W. Harrow was published in Sept. 2019. It ran to 40 pages.",
                    "en", initials);
  assert_sentences ("The motion was listed as No. 5 on the agenda. It passed.", "en", numbers);
  assert_sentences ("The delegation flew back to the U.S. The talks resume in May.", "en", country_then_sentence);
}

static void
test_times_and_figures (void)
{
  const char * const time_then_sentence[] = {
    "The tremor struck at 4:05 a.m.",
    "Many people were asleep.",
    NULL
  };
  const char * const time_then_day[] = {
    "Polls close at 8 p.m. Sunday and counting starts at once.",
    NULL
  };
  const char * const time_then_lower[] = {
    "Trains stopped at 6 p.m. on the main line.",
    "Buses ran late.",
    NULL
  };
  const char * const figure_opens_sentence[] = {
    "Le bilan provisoire fait état de 12 morts.",
    "45 passagers ont été secourus.",
    NULL
  };
  const char * const abbreviation_before_figure[] = {
    "The hall seats approx. 300 people and was full.",
    NULL
  };

  assert_sentences ("The tremor struck at 4:05 a.m. Many people were asleep.", "en", time_then_sentence);
  assert_sentences ("Polls close at 8 p.m. Sunday and counting starts at once.", "en", time_then_day);
  assert_sentences ("Trains stopped at 6 p.m. on the main line. Buses ran late.", "en", time_then_lower);
  assert_sentences ("Le bilan provisoire fait état de 12 morts. 45 passagers ont été secourus.", "fr",
                    figure_opens_sentence);
  assert_sentences ("The hall seats approx. 300 people and was full.", "en", abbreviation_before_figure);
}

static void
test_quotes_kept_together (void)
{
  const char * const curly[] = {
    "“We will not give up. We never have,” the mayor said.",
    "The crowd cheered.",
    NULL
  };
  const char * const single[] = {
    "‘The plan is sound. It just needs time. Give it a year’, she told reporters.",
    "Others disagreed.",
    NULL
  };
  const char * const straight[] = {
    "He wrote: \"The sides agreed. The details will follow.\"",
    "No date was set.",
    NULL
  };
  const char * const guillemets[] = {
    "Le ministre a déclaré : « Nous avons signé. La paix est là. »",
    "Puis il est parti.",
    NULL
  };
  const char * const german[] = {
    "„Wir haben verhandelt. Es war schwer“, sagte die Ministerin.",
    "Dann ging sie.",
    NULL
  };

  assert_sentences ("“We will not give up. We never have,” the mayor said. The crowd cheered.", "en", curly);
  assert_sentences ("‘The plan is sound. It just needs time. Give it a year’, she told reporters. Others disagreed.",
                    "en", single);
  assert_sentences ("He wrote: \"The sides agreed. The details will follow.\" No date was set.", "en", straight);
  assert_sentences ("Le ministre a déclaré : « Nous avons signé. La paix est là. » Puis il est parti.", "fr",
                    guillemets);
  assert_sentences ("„Wir haben verhandelt. Es war schwer“, sagte die Ministerin. Dann ging sie.", "de", german);
}

static void
test_quote_opens_next_sentence (void)
{
  /* A closing mark at the start of ICU's next span is moved back to the
   * sentence it closes; an opening one, set right against its first word,
   * stays with the quotation it opens. */
  const char * const english[] = {
    "The dockers' union said it had warned the port authority in March.",
    "“We told them the crane was unsafe,” shop steward Ola Brekke said.",
    NULL
  };
  const char * const german[] = {
    "Die Feuerwehr kam nach zehn Minuten.",
    "»Wir waren sofort da«, sagte ein Sprecher.",
    NULL
  };
  const char * const german_low[] = {
    "Er sagte: „Wir kommen morgen wieder.“",
    "Danach fuhr er ab.",
    NULL
  };

  assert_sentences ("The dockers' union said it had warned the port authority in March. "
                    "“We told them the crane was unsafe,” shop steward Ola Brekke said.", "en", english);
  assert_sentences ("Die Feuerwehr kam nach zehn Minuten. »Wir waren sofort da«, sagte ein Sprecher.", "de", german);
  assert_sentences ("Er sagte: „Wir kommen morgen wieder.“ Danach fuhr er ab.", "de", german_low);
}

static void
test_ordinal_dates (void)
{
  /* German writes "am 3. Januar": a figure and a full stop end a sentence
   * only when a function word opens the next. */
  const char * const dates[] = {
    "Am 3. Januar kam die Fähre zurück, am 12. März 2024 fuhr sie wieder.",
    "Der Verein belegte den 2. Platz.",
    NULL
  };
  const char * const count[] = {
    "Die Zahl der Verletzten stieg auf 12.",
    "Die Polizei ermittelt.",
    NULL
  };

  assert_sentences ("Am 3. Januar kam die Fähre zurück, am 12. März 2024 fuhr sie wieder. "
                    "Der Verein belegte den 2. Platz.", "de", dates);
  assert_sentences ("Die Zahl der Verletzten stieg auf 12. Die Polizei ermittelt.", "de", count);
}

static void
test_month_abbreviations (void)
{
  const char * const french[] = {
    "Le pont a été fermé le 3 janv. 2024 après l'inspection.",
    "Il rouvre en mai.",
    NULL
  };
  const char * const russian[] = {
    "Мост закрыли 3 янв. 2024 года.",
    "Его откроют в мае.",
    NULL
  };

  assert_sentences ("Le pont a été fermé le 3 janv. 2024 après l'inspection. Il rouvre en mai.", "fr", french);
  assert_sentences ("Мост закрыли 3 янв. 2024 года. Его откроют в мае.", "ru", russian);
}

static void
test_abbreviation_then_function_word (void)
{
  /* A month's abbreviation may end a sentence: a capitalised function
   * word after it opens the next, a figure does not. */
  const char * const english[] = {
    "Card sales fell sharply in Jan.",
    "The bank blamed the weather.",
    "Its board meets on Feb. 5 in London.",
    NULL
  };
  /* Russian "г." is a year after a figure and a title before a name. */
  const char * const russian[] = {
    "Как заявил г. Орлов, мост откроют летом.",
    "Его закрыли в 2021 г.",
    "Потом начался ремонт.",
    NULL
  };

  assert_sentences ("Card sales fell sharply in Jan. The bank blamed the weather. "
                    "Its board meets on Feb. 5 in London.", "en", english);
  assert_sentences ("Как заявил г. Орлов, мост откроют летом. Его закрыли в 2021 г. Потом начался ремонт.", "ru", russian);
}

static void
test_short_german_words_end_sentences (void)
{
  /* ICU's German abbreviation list holds "er.", "ab.", "Uhr." and a few
   * more plain words that end sentences far more often. */
  const char * const expected[] = {
    "„Wir bleiben hier“, sagte er.",
    "„Das Werk schließt nicht.“",
    "Der Zug fuhr um 20 Uhr.",
    "Die Gäste reisten am Montag ab.",
    "Ihr Gepäck blieb.",
    NULL
  };

  assert_sentences ("„Wir bleiben hier“, sagte er. „Das Werk schließt nicht.“ Der Zug fuhr um 20 Uhr. "
                    "Die Gäste reisten am Montag ab. Ihr Gepäck blieb.", "de", expected);
}

static void
test_question_in_quote_then_attribution (void)
{
  const char * const english[] = {
    "“Is the bridge safe?” asked one commuter.",
    "Nobody answered.",
    NULL
  };
  const char * const french[] = {
    "« Pourquoi maintenant ? » demande une habitante.",
    "Personne ne répond.",
    NULL
  };
  const char * const exclamation[] = {
    "“Stop!”",
    "The crowd fell silent.",
    NULL
  };

  assert_sentences ("“Is the bridge safe?” asked one commuter. Nobody answered.", "en", english);
  assert_sentences ("« Pourquoi maintenant ? » demande une habitante. Personne ne répond.", "fr", french);
  assert_sentences ("“Stop!” The crowd fell silent.", "en", exclamation);
}

static void
test_unbalanced_quote (void)
{
  /* A quote that is never closed before a new one opens must not glue the
   * paragraph together. */
  const char * const expected[] = {
    "The minister added, \"the governor has also been told about this plan.",
    "\"I have given orders to the police,\" the minister said.",
    NULL
  };
  assert_sentences ("The minister added, \"the governor has also been told about this plan. "
                    "\"I have given orders to the police,\" the minister said.", "en", expected);
}

static void
test_apostrophes_are_not_quotes (void)
{
  const char * const expected[] = {
    "The region’s leaders didn’t attend.",
    "The countries’ envoys did.",
    "‘We’re ready’, one said.",
    NULL
  };
  assert_sentences ("The region’s leaders didn’t attend. The countries’ envoys did. ‘We’re ready’, one said.",
                    "en", expected);
}

static void
test_glued_full_stop (void)
{
  const char * const expected[] = {
    "The talks ended in Vilmora.",
    "The parties will meet again in spring.",
    "See example.org for more.",
    NULL
  };
  assert_sentences ("The talks ended in Vilmora.The parties will meet again in spring. See example.org for more.",
                    "en", expected);
}

/* ICU's Spanish suppressions hold "centro.", a plain word: a long
 * lower-case word and a full stop before a capital still end a sentence,
 * while a long abbreviation ("aprox.") does not. */
static void
test_plain_word_before_capital (void)
{
  const char * const spanish[] = {
    "Cerraron varias estaciones del centro.",
    "SITRAM exige una subida.",
    "Otras siguen abiertas en el centro.",
    NULL
  };

  assert_sentences ("Cerraron varias estaciones del centro. SITRAM exige una subida. Otras siguen abiertas en el centro.",
                    "es", spanish);
}

static void
test_other_scripts (void)
{
  const char * const russian[] = {
    "Министры встретились в понедельник.",
    "Переговоры продлились три часа.",
    NULL
  };
  assert_sentences ("Министры встретились в понедельник. Переговоры продлились три часа.", "ru", russian);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = px_sentences_split ("", "en");
  g_autoptr(GPtrArray) punctuation = px_sentences_split (" ... — ", "en");
  g_autoptr(GPtrArray) no_language = px_sentences_split ("One. Two.", NULL);

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (punctuation->len, ==, 0);
  g_assert_cmpuint (no_language->len, ==, 2);
}

static void
test_article (void)
{
  g_autoptr(PxArticle) article = px_article_new ("river.txt");
  g_autoptr(GPtrArray) sentences = NULL;
  PxSentence *s;

  px_article_set_title (article, "River bursts its banks in Kelford");
  px_article_set_language (article, "en");
  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, "The Avon rose two metres overnight. Hundreds left their homes.");
  px_article_add_paragraph (article, PX_PARAGRAPH_CAPTION, "Flooded streets on Sunday. Photo: agency");
  px_article_add_paragraph (article, PX_PARAGRAPH_HEADING, "What happens next");
  px_article_add_paragraph (article, PX_PARAGRAPH_QUOTE, "We lost everything.");

  sentences = px_sentences_from_article (article);
  g_assert_cmpuint (sentences->len, ==, 5);

  s = g_ptr_array_index (sentences, 0);
  g_assert_cmpint (s->role, ==, PX_SENTENCE_HEADLINE);
  g_assert_cmpuint (s->paragraph, ==, PX_SENTENCE_NO_PARAGRAPH);
  g_assert_cmpstr (s->text, ==, "River bursts its banks in Kelford");

  s = g_ptr_array_index (sentences, 2);
  g_assert_cmpstr (s->text, ==, "Hundreds left their homes.");
  g_assert_cmpuint (s->paragraph, ==, 0);
  g_assert_cmpuint (s->start, ==, strlen ("The Avon rose two metres overnight. "));

  /* The caption is left out, as in the article's text. */
  s = g_ptr_array_index (sentences, 3);
  g_assert_cmpint (s->role, ==, PX_SENTENCE_HEADING);
  g_assert_cmpuint (s->paragraph, ==, 2);
  s = g_ptr_array_index (sentences, 4);
  g_assert_cmpint (s->role, ==, PX_SENTENCE_QUOTE);
  g_assert_cmpstr (px_sentence_role_to_string (s->role), ==, "quote");
}

static void
test_headline_repeated_as_first_paragraph (void)
{
  g_autoptr(PxArticle) article = px_article_new ("a.txt");
  g_autoptr(GPtrArray) sentences = NULL;

  px_article_set_title (article, "Strike halts trains");
  px_article_add_paragraph (article, PX_PARAGRAPH_HEADING, "Strike halts trains");
  px_article_add_paragraph (article, PX_PARAGRAPH_BODY, "No trains ran on Monday.");
  sentences = px_sentences_from_article (article);

  g_assert_cmpuint (sentences->len, ==, 2);
  g_assert_cmpint (((PxSentence *) g_ptr_array_index (sentences, 0))->role, ==, PX_SENTENCE_HEADLINE);
  g_assert_cmpuint (((PxSentence *) g_ptr_array_index (sentences, 0))->paragraph, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/sentences/plain", test_plain);
  g_test_add_func ("/parallax/sentences/abbreviations", test_abbreviations);
  g_test_add_func ("/parallax/sentences/times-and-figures", test_times_and_figures);
  g_test_add_func ("/parallax/sentences/quotes-kept-together", test_quotes_kept_together);
  g_test_add_func ("/parallax/sentences/unbalanced-quote", test_unbalanced_quote);
  g_test_add_func ("/parallax/sentences/apostrophes", test_apostrophes_are_not_quotes);
  g_test_add_func ("/parallax/sentences/glued-full-stop", test_glued_full_stop);
  g_test_add_func ("/parallax/sentences/plain-word-before-capital", test_plain_word_before_capital);
  g_test_add_func ("/parallax/sentences/other-scripts", test_other_scripts);
  g_test_add_func ("/parallax/sentences/quote-opens-next-sentence", test_quote_opens_next_sentence);
  g_test_add_func ("/parallax/sentences/ordinal-dates", test_ordinal_dates);
  g_test_add_func ("/parallax/sentences/month-abbreviations", test_month_abbreviations);
  g_test_add_func ("/parallax/sentences/abbreviation-then-function-word", test_abbreviation_then_function_word);
  g_test_add_func ("/parallax/sentences/short-german-words-end-sentences", test_short_german_words_end_sentences);
  g_test_add_func ("/parallax/sentences/question-in-quote-then-attribution", test_question_in_quote_then_attribution);
  g_test_add_func ("/parallax/sentences/empty", test_empty);
  g_test_add_func ("/parallax/sentences/article", test_article);
  g_test_add_func ("/parallax/sentences/headline-first-paragraph", test_headline_repeated_as_first_paragraph);
  return g_test_run ();
}
