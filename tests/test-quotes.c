/* test-quotes.c — direct, indirect and mixed quotes, speakers, scare quotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "px-loader.h"
#include "px-quotes.h"
#include "px-test-util.h"

static guint
count_kind (GPtrArray   *quotes,
            PxQuoteKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < quotes->len; i++)
    n += ((PxQuote *) g_ptr_array_index (quotes, i))->kind == kind;
  return n;
}

static void
test_styles (void)
{
  static const char *texts[] = {
    "The harbour master Ines Varga said: “The pier will reopen on Monday after repairs.”",
    "The harbour master Ines Varga said: \"The pier will reopen on Monday after repairs.\"",
    "The harbour master Ines Varga said: ‘The pier will reopen on Monday after repairs.’",
    "La capitaine du port Ines Varga a déclaré : « La jetée rouvrira lundi après les réparations. »",
    "Die Hafenmeisterin Ines Varga sagte: „Der Steg wird am Montag nach den Reparaturen wieder geöffnet.“",
    "Начальник порта Инес Варга заявила: «Причал откроется в понедельник после ремонта».",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (texts[i], NULL);
      PxQuote *quote;

      g_assert_cmpuint (quotes->len, ==, 1);
      quote = g_ptr_array_index (quotes, 0);
      g_assert_true (quote->direct);
      g_assert_cmpint (quote->kind, ==, PX_QUOTE_SPEECH);
      g_assert_nonnull (quote->speaker);
      g_assert_true (strstr (quote->speaker, "Varga") != NULL || strstr (quote->speaker, "Варга") != NULL);
      g_assert_nonnull (quote->verb);
      g_assert_false (g_str_has_prefix (quote->text, "“") || g_str_has_prefix (quote->text, "«"));
    }
}

/* British single quotes next to possessive apostrophes and contractions. */
static void
test_apostrophes (void)
{
  const char *text =
    "The two unions’ leaders met on Friday. ‘We don’t accept the drivers’ new rota and we won’t sign it’, "
    "said Tomas Berg, the union’s negotiator.\n\n"
    "The company’s board has not replied.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  g_assert_cmpuint (count_kind (quotes, PX_QUOTE_SPEECH), ==, 1);
  quote = px_test_expect_quote (quotes, "We don’t accept");
  g_assert_cmpstr (quote->text, ==, "We don’t accept the drivers’ new rota and we won’t sign it");
  g_assert_cmpstr (quote->speaker, ==, "Tomas Berg");
  g_assert_cmpstr (quote->speaker_description, ==, "union’s negotiator");
  g_assert_cmpstr (quote->verb, ==, "said");
}

/* A quote running over paragraphs reopens at each one and is one quote. */
static void
test_across_paragraphs (void)
{
  const char *text =
    "Mayor Alma Reyes spoke after the vote. She said:\n\n"
    "“The bridge has been closed for two years and the town has waited long enough.\n\n"
    "“We will start work in spring, and I will be there on the first day.”\n\n"
    "The council approved the budget.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "The bridge has been closed");

  g_assert_nonnull (strstr (quote->text, "first day"));
  g_assert_cmpuint (quote->span.paragraph, ==, 1);
  g_assert_cmpuint (quote->end_paragraph, ==, 2);
  g_assert_cmpstr (quote->speaker, ==, "Alma Reyes");
}

/* Surnames, roles and pronouns name back to the full name. */
static void
test_name_chains (void)
{
  const char *text =
    "Lithuanian Foreign Minister Rasa Keturka met her counterpart in Riga. "
    "Economist Jonas Petrauskas was also present.\n\n"
    "“The agreement protects both ports,” Keturka told reporters.\n\n"
    "“It is a start,” Petrauskas said. “But the real test comes in winter.”\n\n"
    "The Lithuanian foreign minister added that talks would continue in June.\n\n"
    "She said the customs rules would be simplified before the summer season.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "protects both ports");
  g_assert_cmpstr (quote->speaker, ==, "Rasa Keturka");
  g_assert_cmpstr (quote->speaker_description, ==, "Lithuanian Foreign Minister");
  g_assert_cmpstr (quote->verb, ==, "told");

  /* interrupted by its cue: one quote */
  quote = px_test_expect_quote (quotes, "It is a start");
  g_assert_nonnull (strstr (quote->text, "real test comes in winter"));
  g_assert_cmpstr (quote->speaker, ==, "Jonas Petrauskas");

  quote = px_test_expect_quote (quotes, "talks would continue in June");
  g_assert_false (quote->direct);
  g_assert_cmpstr (quote->speaker, ==, "Rasa Keturka");
  g_assert_cmpstr (quote->verb, ==, "added");

  quote = px_test_expect_quote (quotes, "customs rules would be simplified");
  g_assert_cmpstr (quote->speaker, ==, "Rasa Keturka");
}

/* A title with its country before the name: the country is the title's,
 * and a later full mention is the same person, not a longer name. */
static void
test_title_of_country (void)
{
  const char *text =
    "Talks took place between President of Valdoria Marek Halloran and Prime Minister of Ostrena "
    "Ilse Varga on the sidelines of the summit.\n\n"
    "Ilse Varga also stressed that the border commission would meet again in March.\n\n"
    "“We have a timetable now,” Halloran said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "border commission would meet again");
  g_assert_cmpstr (quote->speaker, ==, "Ilse Varga");
  quote = px_test_expect_quote (quotes, "We have a timetable now");
  g_assert_cmpstr (quote->speaker, ==, "Marek Halloran");
}

/* How news names a speaker after introducing them: age, title and
 * surname, a role with a possessor, pronouns after an object pronoun,
 * institutions by a shorter name or through a spokesperson. */
static void
test_speaker_tracking (void)
{
  const char *text =
    "Teachers strike over pay\n\n"
    "Prime Minister David Olsen thanked her for her service. He told reporters that a replacement would be named.\n\n"
    "Ostland’s foreign minister, Pavel Dorn, met the mediator Anna Lindqvist. Ms Lindqvist, 52, said both sides had agreed an agenda.\n\n"
    "“We have come a long way,” the foreign minister said.\n\n"
    "“Paper is where every ceasefire starts,” the 52-year-old replied.\n\n"
    "A spokesperson for the National Teachers’ Union said talks had failed. The union later said a second strike was planned.\n\n"
    "A Downing Street spokeswoman said the cabinet was united.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  /* "thanked her" is someone else: Olsen stays a "he" */
  quote = px_test_expect_quote (quotes, "replacement would be named");
  g_assert_cmpstr (quote->speaker, ==, "David Olsen");

  quote = px_test_expect_quote (quotes, "come a long way");
  g_assert_cmpstr (quote->speaker, ==, "Pavel Dorn");

  quote = px_test_expect_quote (quotes, "Paper is where");
  g_assert_cmpstr (quote->speaker, ==, "Anna Lindqvist");

  quote = px_test_expect_quote (quotes, "second strike was planned");
  g_assert_cmpstr (quote->speaker, ==, "National Teachers’ Union");

  quote = px_test_expect_quote (quotes, "cabinet was united");
  g_assert_cmpstr (quote->speaker, ==, "Downing Street");
}

/* German spokespeople and inflected institutions. */
static void
test_speaker_tracking_german (void)
{
  const char *text =
    "Streik an Kliniken\n\n"
    "Ein Sprecher des Verbands der Universitätsklinika erklärte, man habe Gespräche angeboten. "
    "„Die Forderung ist nicht finanzierbar“, so der Sprecher.\n\n"
    "Auf der Kundgebung sprach die Pflegerin Lena Brandt. „Ich liebe meinen Beruf“, sagte die 29-Jährige.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "nicht finanzierbar");
  g_assert_cmpstr (quote->speaker, ==, "Verband der Universitätsklinika");

  quote = px_test_expect_quote (quotes, "liebe meinen Beruf");
  g_assert_cmpstr (quote->speaker, ==, "Lena Brandt");
}

static void
test_pointing_back (void)
{
  const char *german =
    "Bäderstreit in Kemnath\n\n"
    "Das Hallenbad in Kemnath bleibt bis zum Herbst geschlossen. Das teilte die Stadtverwaltung am Montag mit. "
    "Ursache seien Risse im Beckenboden, sagte Bürgermeisterin Petra Wendl (CSU) der Deutschen Presse-Agentur. "
    "Eine frühere Öffnung sei technisch nicht möglich.\n\n"
    "Der Schwimmverein nannte die Schließung eine „Katastrophe“.";
  const char *russian =
    "Пожар в Твери\n\n"
    "В Твери загорелся склад строительных материалов площадью 900 квадратных метров. "
    "Об этом сообщила пресс-служба регионального МЧС.";
  const char *french =
    "Cantine\n\n"
    "L'adjointe au maire, Sophie Leblanc, s'est dite « surprise » par l'occupation et a jugé la mobilisation « excessive ».";
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");
  g_autoptr(GPtrArray) ru = px_quotes_find_in_text (russian, "ru");
  g_autoptr(GPtrArray) fr = px_quotes_find_in_text (french, "fr");
  PxQuote *quote;

  /* the sentence before "Das teilte … mit" is what the city said */
  quote = px_test_expect_quote (de, "bleibt bis zum Herbst geschlossen");
  g_assert_cmpstr (quote->speaker, ==, "Stadtverwaltung");
  g_assert_null (px_test_find_quote (de, "am Montag mit"));
  /* the agency after the name is the listener; the party label is skipped */
  quote = px_test_expect_quote (de, "Risse im Beckenboden");
  g_assert_cmpstr (quote->speaker, ==, "Petra Wendl");
  /* a subjunctive sentence continues her report */
  quote = px_test_expect_quote (de, "technisch nicht möglich");
  g_assert_cmpstr (quote->speaker, ==, "Petra Wendl");
  /* "nannte … eine „Katastrophe“": the quoted word alone */
  quote = px_test_expect_quote (de, "Katastrophe");
  g_assert_cmpstr (quote->text, ==, "Katastrophe");

  quote = px_test_expect_quote (ru, "загорелся склад");
  g_assert_cmpstr (quote->speaker, ==, "пресс-служба регионального МЧС");

  quote = px_test_expect_quote (fr, "surprise");
  g_assert_cmpstr (quote->text, ==, "surprise");
  g_assert_cmpstr (quote->speaker, ==, "Sophie Leblanc");
  quote = px_test_expect_quote (fr, "excessive");
  g_assert_cmpstr (quote->text, ==, "excessive");
}

static void
test_roles_and_listeners (void)
{
  const char *english =
    "Bus fares to rise\n\n"
    "Fares in Dunmere will rise by 8 per cent after the county's transport chief said the subsidy was gone.\n\n"
    "Joan Pryce, the council's director of transport, told members the network lost £4 million last year. "
    "\"Nobody wanted this,\" said Green Party group leader Tomas Veld.\n\n"
    "The federation's chair has said the rise is \"the last straw\" for commuters. Ruth Amadi, who has run the "
    "body since 2019, asked for a review.\n\n"
    "Minister Karen Holt welcomed the plan. Bus drivers, she said, \"will keep their jobs\".";
  const char *spanish =
    "Huelga en el metro\n\n"
    "La consejera de Transportes, Marta Gil, ha defendido que el servicio mínimo \"es suficiente\". "
    "Según ha explicado, los trenes circularán cada diez minutos.\n\n"
    "Según fuentes de la Policía Municipal, unos 300 trabajadores se concentraron ante la sede.\n\n"
    "Un conductor de 40 años, que pidió no dar su nombre, contó que lleva tres años sin subida.";
  const char *french =
    "Grève\n\n"
    "« Nous ne pouvons pas rouvrir la ligne », a expliqué à l'AFP le directeur du réseau, Paul Verdier.";
  g_autoptr(GPtrArray) en = px_quotes_find_in_text (english, "en");
  g_autoptr(GPtrArray) es = px_quotes_find_in_text (spanish, "es");
  g_autoptr(GPtrArray) fr = px_quotes_find_in_text (french, "fr");
  PxQuote *quote;

  /* a role named before the person: head by kind, modifier present */
  quote = px_test_expect_quote (en, "the subsidy was gone");
  g_assert_cmpstr (quote->speaker, ==, "Joan Pryce");
  /* a capitalised modifier and a role before the name: the name speaks */
  quote = px_test_expect_quote (en, "Nobody wanted this");
  g_assert_cmpstr (quote->speaker, ==, "Tomas Veld");
  /* a possessed role nobody was given: the person named next */
  quote = px_test_expect_quote (en, "the last straw");
  g_assert_cmpstr (quote->speaker, ==, "Ruth Amadi");
  /* a cue inside a mixed quote: the pronoun's referent, not "Bus" */
  quote = px_test_expect_quote (en, "will keep their jobs");
  g_assert_cmpstr (quote->speaker, ==, "Karen Holt");

  quote = px_test_expect_quote (es, "los trenes circularán cada diez minutos");
  g_assert_cmpstr (quote->speaker, ==, "Marta Gil");
  quote = px_test_expect_quote (es, "unos 300 trabajadores");
  g_assert_cmpstr (quote->speaker, ==, "Policía Municipal");
  quote = px_test_expect_quote (es, "lleva tres años sin subida");
  g_assert_cmpstr (quote->speaker, ==, "conductor de 40 años");

  /* the agency is the listener, the inverted subject speaks */
  quote = px_test_expect_quote (fr, "rouvrir la ligne");
  g_assert_cmpstr (quote->speaker, ==, "Paul Verdier");
}

static void
test_indirect (void)
{
  const char *text =
    "According to the regional health office, 14 people were treated for smoke inhalation.\n\n"
    "Fire chief Marek Duda told Radio North that the blaze started in a storage room.\n\n"
    "The cause is still unknown, Duda said.\n\n"
    "The factory will stay closed this week.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "14 people were treated");
  g_assert_false (quote->direct);
  g_assert_cmpstr (quote->verb, ==, "according to");
  g_assert_cmpstr (quote->speaker, ==, "regional health office");

  quote = px_test_expect_quote (quotes, "blaze started");
  g_assert_cmpstr (quote->text, ==, "the blaze started in a storage room");
  g_assert_cmpstr (quote->speaker, ==, "Marek Duda");
  g_assert_cmpstr (quote->verb, ==, "told");

  quote = px_test_expect_quote (quotes, "cause is still unknown");
  g_assert_cmpstr (quote->speaker, ==, "Marek Duda");

  /* a plain statement of fact is nobody's quote */
  g_assert_null (px_test_find_quote (quotes, "stay closed"));
}

/* A mixed quote is one clause; a short quoted label nobody says is a scare quote. */
static void
test_mixed_and_scare (void)
{
  const char *text =
    "The ministry launched what it calls a “stability plan” last month.\n\n"
    "Opposition leader Petra Holm said the plan was “dead on arrival” and should be withdrawn.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "dead on arrival");
  g_assert_false (quote->direct);
  g_assert_nonnull (strstr (quote->text, "should be withdrawn"));
  g_assert_cmpstr (quote->speaker, ==, "Petra Holm");

  quote = px_test_expect_quote (quotes, "stability plan");
  g_assert_cmpint (quote->kind, ==, PX_QUOTE_SCARE);
}

/* "X, citing Y, reported that …" and "…, according to the report". */
static void
test_relayed (void)
{
  const char *text =
    "The news agency Nordpress, citing the press office of the port authority, reported that two "
    "ships had collided near the harbour entrance.\n\n"
    "\"Nobody was injured and the channel has been cleared for traffic\", according to the report.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "two ships had collided");
  g_assert_cmpstr (quote->speaker, ==, "press office of the port authority");
  g_assert_cmpstr (quote->via, ==, "Nordpress");

  quote = px_test_expect_quote (quotes, "Nobody was injured");
  g_assert_true (quote->direct);
  g_assert_cmpstr (quote->speaker, ==, "press office of the port authority");
  g_assert_cmpstr (quote->via, ==, "Nordpress");
}

static void
test_russian_genitive_anaphor (void)
{
  const char *text =
    "Два моста в Заречном закроют на ремонт с понедельника, сообщили в министерстве транспорта области.\n\n"
    "По данным минтранса, работы продлятся до конца августа.\n\n"
    "По данным ведомства, объезд организуют по соседним улицам.\n\n"
    "По данным минздрава, в больницы города за неделю никто не обращался.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "работы продлятся");
  g_assert_cmpstr (quote->speaker, ==, "министерство транспорта области");
  quote = px_test_expect_quote (quotes, "объезд организуют");
  g_assert_cmpstr (quote->speaker, ==, "министерство транспорта области");
  /* another ministry is not the one just quoted */
  quote = px_test_expect_quote (quotes, "в больницы города");
  g_assert_cmpstr (quote->speaker, !=, "министерство транспорта области");
}

static void
test_role_in_lead_named_later (void)
{
  const char *text =
    "Agent says Varga \"will not sign\" as Rovers talks stall\n\n"
    "Rovers have offered Tomas Varga a new contract, but the Hungarian striker's agent says his client will not "
    "sign it before the summer.\n\n"
    "The 26-year-old scored nine goals this season. Head coach Ellen Brody said she expected him to stay.\n\n"
    "Varga's representative, Paolo Lenti, told a radio station that talks had stalled in March.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "his client will not sign");
  g_assert_cmpstr (quote->speaker, ==, "Paolo Lenti");
  quote = px_test_expect_quote (quotes, "will not sign");
  g_assert_cmpstr (quote->speaker, ==, "Paolo Lenti");
}

static void
test_document_issuer_next_sentence (void)
{
  const char *text =
    "Commuters who cycle to work take fewer sick days than those who drive, according to a survey of 8,000 "
    "workers published on Monday.\n\n"
    "The research, conducted by a team at the Halden Institute of Transport, followed employees at 40 firms "
    "for two years.\n\n"
    "Air pollution on main roads has fallen by a fifth, according to a report released last week. The report "
    "was written by Dr Alma Ruiz, a chemist, with help from volunteers.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "take fewer sick days");
  g_assert_cmpstr (quote->speaker, ==, "Halden Institute of Transport");
  /* a person who wrote it is no institution to stand for the report */
  quote = px_test_expect_quote (quotes, "has fallen by a fifth");
  g_assert_cmpstr (quote->speaker, !=, "Dr Alma Ruiz");
  g_assert_cmpstr (quote->speaker, !=, "Alma Ruiz");
}

static void
test_institution_kind_in_lead (void)
{
  const char *text =
    "Bus operator fined over late services, watchdog says\n\n"
    "Kestrel Buses has been fined £2 million for running fewer than half its timetabled services, the transport "
    "watchdog said on Tuesday.\n\n"
    "The Passenger Transport Commission said the operator had ignored three warnings since 2023.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "fewer than half its timetabled services");
  g_assert_cmpstr (quote->speaker, ==, "Passenger Transport Commission");
  quote = px_test_expect_quote (quotes, "Bus operator fined over late services");
  g_assert_cmpstr (quote->speaker, ==, "Passenger Transport Commission");
}

static void
test_russian_statement_of_institution (void)
{
  const char *text =
    "Пожар на рынке в Заречном потушили за три часа.\n\n"
    "В областном управлении МЧС возбуждено дело о нарушении правил пожарной безопасности. "
    "Об этом говорится в сообщении ведомства.\n\n"
    "Сотрудники городского управления Роспотребнадзора проверили торговые павильоны. "
    "Об этом говорится в сообщении ведомства.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "возбуждено дело");
  g_assert_cmpstr (quote->speaker, ==, "областное управление МЧС");
  quote = px_test_expect_quote (quotes, "проверили торговые павильоны");
  g_assert_cmpstr (quote->speaker, ==, "городское управление Роспотребнадзора");
}

static void
test_bad_input (void)
{
  static const char *texts[] = {
    "", "“", "”", "\"\"\"\"", "‘’‘’", "« » « »", "said", "He said.", "\"unclosed quote said Bob\n\nnext",
    "„Nested ‚inner ‘deep’ more‘ out“ he said", "\xef\xbf\xbd\xef\xbf\xbd said \xe2\x80\x9c",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (texts[i], "en");

      g_assert_nonnull (quotes);
    }
  {
    /* many marks and no closing one: still linear and safe */
    g_autoptr(GString) big = g_string_new (NULL);
    g_autoptr(GPtrArray) quotes = NULL;

    for (guint i = 0; i < 20000; i++)
      g_string_append (big, "“ word ‘ said ");
    quotes = px_quotes_find_in_text (big->str, "en");
    g_assert_nonnull (quotes);
  }
}

/* On the seed articles, when they are there. */
static GPtrArray *
seed_quotes (const char *prefix)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (seeds == NULL || (dir = g_dir_open (seeds, 0, NULL)) == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (seeds, name, NULL);
        const char *paths[] = { path, NULL };
        g_autoptr(PxLoadResult) result = px_load_paths_sync (paths, NULL, NULL);

        g_assert_nonnull (result);
        g_assert_cmpuint (result->articles->len, ==, 1);
        return px_quotes_find_in_article (g_ptr_array_index (result->articles, 0));
      }
  return NULL;
}

static gboolean
has_speaker (GPtrArray  *quotes,
             const char *speaker,
             const char *description)
{
  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, i);

      if (quote->kind == PX_QUOTE_SPEECH && g_strcmp0 (quote->speaker, speaker) == 0
          && (description == NULL || g_strcmp0 (quote->speaker_description, description) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
test_seed_000 (void)
{
  g_autoptr(GPtrArray) quotes = seed_quotes ("000_");

  if (quotes == NULL)
    {
      g_test_skip ("seed articles not available");
      return;
    }
  g_assert_true (has_speaker (quotes, "Nikol Pashinyan", NULL));
  g_assert_true (has_speaker (quotes, "Seymur Kazimov", "Azerbaijani freelance journalist"));
  g_assert_true (has_speaker (quotes, "Grigor Atanesian", NULL));
  g_assert_true (has_speaker (quotes, "Laurence Broers", NULL));
  g_assert_true (has_speaker (quotes, "Olesya Vartanyan", NULL));
}

static void
test_seed_001 (void)
{
  g_autoptr(GPtrArray) quotes = seed_quotes ("001_");
  gboolean press_service = FALSE;
  guint pashinyan_direct = 0;

  if (quotes == NULL)
    {
      g_test_skip ("seed articles not available");
      return;
    }
  for (guint i = 0; i < quotes->len; i++)
    {
      PxQuote *quote = g_ptr_array_index (quotes, i);

      if (g_strcmp0 (quote->speaker, "Nikol Pashinyan") == 0 && quote->direct)
        pashinyan_direct++;
      if (quote->speaker != NULL && strstr (quote->speaker, "press service") != NULL
          && strstr (quote->speaker, "presidential") != NULL && g_strcmp0 (quote->via, "TREND") == 0)
        press_service = TRUE;
    }
  g_assert_cmpuint (pashinyan_direct, >=, 3);
  g_assert_true (press_service);
}

/* The speaker of the quote holding @fragment in @text is @speaker. */
static void
assert_speaker (const char *text,
                const char *fragment,
                const char *speaker)
{
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, NULL);
  PxQuote *quote = px_test_expect_quote (quotes, fragment);

  g_assert_cmpstr (quote->speaker, ==, speaker);
}

/* Names with particles: two particles in a row, a lower-case Arabic article
 * joined by a hyphen, and a later surname that opens with a particle. */
static void
test_name_particles (void)
{
  const char *text =
    "Harbour Minister Pieter van der Berg said the quay would reopen in May. "
    "Van der Berg added: \"Nobody will lose a job.\"\n\n"
    "Jordan's envoy, Khalid bin Rashid al-Masri, said the plan was late. "
    "\"We waited two years,\" al-Masri said.\n\n"
    "The Spanish delegate, Ana María de la Fuente, said the talks had stalled.";

  assert_speaker (text, "quay would reopen", "Pieter van der Berg");
  assert_speaker (text, "Nobody will lose", "Pieter van der Berg");
  assert_speaker (text, "the plan was late", "Khalid bin Rashid al-Masri");
  assert_speaker (text, "We waited two years", "Khalid bin Rashid al-Masri");
  assert_speaker (text, "talks had stalled", "Ana María de la Fuente");
}

/* A pronoun after an unnamed spokesperson is the spokesperson, who speaks
 * for the institution; "a company spokesman" is the company last named; a
 * place or a school is nobody's "she". */
static void
test_spokesperson_pronoun (void)
{
  const char *text =
    "Floods hit the River Tamber valley again on Sunday.\n\n"
    "A spokeswoman for the Ministry of Transport said the road would reopen on Friday. "
    "She added that repairs would cost about £2m.\n\n"
    "The builder, Harcourt Civil Works, said it had finished its part. "
    "A company spokesman said the design had been changed twice.\n\n"
    "The head teacher of Tamber Primary, Joan Reddy, chose her words carefully. "
    "She said the school would stay open.";

  assert_speaker (text, "repairs would cost", "Ministry of Transport");
  assert_speaker (text, "design had been changed", "Harcourt Civil Works");
  assert_speaker (text, "school would stay open", "Joan Reddy");
}

/* A definite description nobody fits ("the Dutch-born chemist") tells more
 * of the person the sentence before has just named; a capitalised name
 * ("Le Rassemblement national") is no such description. */
static void
test_description_of_person_just_named (void)
{
  const char *text =
    "Anna Berglund and Lotte Visser have run the laboratory since 2015.\n\n"
    "Visser is the younger of the two. The Dutch-born chemist insists that one sample proves nothing.";

  assert_speaker (text, "one sample proves nothing", "Lotte Visser");
}

/* "— рассказала РИА Новости Анна Кравцова": the agency told is no part of
 * the speaker's name. */
static void
test_russian_agency_before_name (void)
{
  const char *text =
    "Жители вышли к зданию суда.\n\n"
    "«Мы ждём квартиру четвёртый год», — рассказала РИА Новости Ольга Сомова, учительница.";

  assert_speaker (text, "ждём квартиру", "Ольга Сомова");
}

/* A quote after a colon belongs to the person the clause before opens
 * with; a quote standing alone belongs to the person the next sentence
 * names when it points back ("That was …'s reply"); "Detective Constable"
 * is a title. */
static void
test_colon_and_pointing_forward (void)
{
  const char *text =
    "Council row over parking\n\n"
    "The leader of Hollin council, Peter Grant, and his predecessor, Martin Shaw, met on Tuesday.\n\n"
    "Shaw was blunt: \"He is wrong about the car parks, and he knows it.\"\n\n"
    "\"Numbers do not lie, whatever Martin says.\" That was Grant's reply when asked about the row.\n\n"
    "Detective Constable Ruth Kaye said the car park was safe. \"We patrol it nightly,\" the officer said.";

  assert_speaker (text, "wrong about the car parks", "Martin Shaw");
  assert_speaker (text, "Numbers do not lie", "Peter Grant");
  assert_speaker (text, "car park was safe", "Ruth Kaye");
  assert_speaker (text, "We patrol it nightly", "Ruth Kaye");
}

/* "El exconcejal de Urbanismo de Alcaraz Juan Pedro Molina": after a
 * role's "de", the place runs on until a known given name opens the
 * person's name, and the role phrase is that person. */
static void
test_role_of_place_then_name (void)
{
  const char *text =
    "El exconcejal niega las comisiones\n\n"
    "El exconcejal de Urbanismo de Alcaraz Juan Pedro Molina negó este lunes que hubiera cobrado comisiones.\n\n"
    "Molina replicó que las licencias las firmaba el alcalde.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "hubiera cobrado")->speaker, ==, "Juan Pedro Molina");
  g_assert_cmpstr (px_test_expect_quote (quotes, "las firmaba el alcalde")->speaker, ==, "Juan Pedro Molina");
}

/* "Her colleague on the finance committee, Lars Berg": a person described
 * by a role on a committee is no committee, and the pronoun after it is
 * theirs. */
static void
test_role_on_committee (void)
{
  const char *text =
    "Council split over port\n\n"
    "Its deputy leader, shipping lawyer Karin Falk, said the council should back the port. "
    "Her colleague on the finance committee, Lars Berg, disagreed. "
    "\"Nobody voted for us to trade the fishing fleet for cranes,\" he said.";

  assert_speaker (text, "Nobody voted for us", "Lars Berg");
}

/* An acronym the article never spells out in brackets names the
 * institution whose capitalised words give its letters; German "für"
 * joins an institution's name. */
static void
test_acronym_by_initials (void)
{
  const char *text =
    "Doctors vote to strike\n\n"
    "Junior doctors voted to strike, the British Dental Association said on Monday.\n\n"
    "The BDA said the first walkout would begin in January.";
  const char *german =
    "Schafe gerissen\n\n"
    "In der Nacht seien elf Schafe getötet worden, teilte das Landesamt für Umwelt mit.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (german, "de");

  assert_speaker (text, "first walkout", "British Dental Association");
  g_assert_cmpstr (px_test_expect_quote (quotes, "elf Schafe")->speaker, ==, "Landesamt für Umwelt");
}

/* "the BMA's Welsh junior doctors committee" holds no person: the age
 * description after it goes back to the person named before. */
static void
test_acronym_possessive_ends_name (void)
{
  const char *text =
    "Doctors vote to strike\n\n"
    "Dr Ada Okoro, co-chair of the BMA's Welsh junior doctors committee, said members were angry.\n\n"
    "\"Nobody becomes a doctor to go on strike,\" the 31-year-old anaesthetist said.";

  assert_speaker (text, "Nobody becomes a doctor", "Ada Okoro");
}

/* "A neighbour who raised the alarm said": an indefinite noun and the
 * relative clause that tells which one is the speaker; "the woman" after
 * it goes back to that unnamed speaker. */
static void
test_relative_clause_speaker (void)
{
  const char *text =
    "Shop fire\n\n"
    "A fire destroyed a shop on the high street.\n\n"
    "A neighbour who called the fire brigade said she had been woken by breaking glass. "
    "\"I saw the flames from my window,\" the woman told the Courier.\n\n"
    "A man who lives opposite said he had seen smoke at 3am.";

  assert_speaker (text, "woken by breaking glass", "neighbour who called the fire brigade");
  assert_speaker (text, "I saw the flames", "neighbour who called the fire brigade");
  assert_speaker (text, "seen smoke", "man who lives opposite");
}

/* "The mayor was unimpressed. “…,” he said": a sentence that speaks of
 * someone without reporting speech makes them the pronoun's referent, not
 * the last person reported speaking. */
static void
test_pronoun_after_topic_sentence (void)
{
  const char *text =
    "Tram row\n\n"
    "The mayor of Hollin, Peter Grant, backed the plan on Monday.\n\n"
    "The city engineer, Tom Reid, said the line could open in 2028. \"The tunnel is the hard part,\" he said.\n\n"
    "The mayor was unimpressed. \"We have heard that before,\" he said.";

  assert_speaker (text, "The tunnel is the hard part", "Tom Reid");
  assert_speaker (text, "We have heard that before", "Peter Grant");
}

/* "По данным Госавтоинспекции": a lone Russian institution in the
 * genitive is named in the nominative. */
static void
test_russian_institution_nominative (void)
{
  const char *text =
    "Аварии на мосту\n\n"
    "По данным Госавтоинспекции, за неделю на мосту произошло 12 аварий.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "произошло 12 аварий")->speaker, ==, "Госавтоинспекция");
}

/* "Ein Sprecher des Regierungspräsidiums Kassel", "Laut Deutschem
 * Wetterdienst": a German institution read in the genitive or dative is
 * named in the nominative. */
static void
test_german_institution_nominative (void)
{
  const char *text =
    "Brücke gesperrt\n\n"
    "Ein Sprecher des Regierungspräsidiums Kassel teilte mit, man prüfe eine Sanierung.\n\n"
    "Laut Deutschem Wetterdienst fallen bis Samstag weitere 80 Liter Regen.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "prüfe eine Sanierung")->speaker, ==, "Regierungspräsidium Kassel");
  g_assert_cmpstr (px_test_expect_quote (quotes, "80 Liter Regen")->speaker, ==, "Deutscher Wetterdienst");
}

/* "the defendant" in a court report is the person who denied, admitted
 * or pleaded to the charge. */
static void
test_defendant (void)
{
  const char *text =
    "Driver cleared\n\n"
    "A delivery driver has been cleared of dangerous driving.\n\n"
    "Marek Nowak, 34, of Station Road, had denied the charge. Prosecuting, Jane Hill said he had been speeding.\n\n"
    "The defendant told the jury he had braked as soon as he saw the cyclist.";

  assert_speaker (text, "braked as soon as", "Marek Nowak");
}

/* A pronoun after a sentence whose subject is a description of someone
 * ("The 23-year-old broke his silence. In a post, he wrote …") refers to
 * that person, not to the last speaker; a person named only in the fronted
 * adjunct or the object is not the subject. */
static void
test_pronoun_salient_subject (void)
{
  const char *text =
    "Winger wants out\n\n"
    "Lucas Moreau, 23, joined the club from Lyon two years ago and scored 14 goals last season.\n\n"
    "His agent, Karim Haddad, said the player had asked to leave in May. \"A promise is a promise,\" said Haddad.\n\n"
    "The 23-year-old broke his silence on Monday. In a post on Instagram, he wrote that he would always respect the fans.";

  assert_speaker (text, "A promise is a promise", "Karim Haddad");
  assert_speaker (text, "always respect the fans", "Lucas Moreau");
}

/* A definite institution noun the article never used in a name stands for
 * the phrase it headed before ("the regional water authority … . The
 * authority said"), never for the man who chairs it; a German club named
 * with its article ("Der HFC Halle") is what "der Klub" refers back to. */
static void
test_institution_anaphor (void)
{
  const char *english =
    "Water plan criticised\n\n"
    "The reservoir plan has been opposed for months by the regional water authority. "
    "Its chairman, Jens Aaberg, said the dam would flood two villages.\n\n"
    "The authority said it would take the case to court.";
  const char *german =
    "Trainerwechsel in Halle\n\n"
    "Der HFC Halle hat sich von Trainer Jonas Weber getrennt. Das teilte der Klub am Dienstag mit.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (german, "de");

  assert_speaker (english, "flood two villages", "Jens Aaberg");
  assert_speaker (english, "take the case to court", "regional water authority");
  g_assert_cmpstr (px_test_expect_quote (quotes, "von Trainer Jonas Weber getrennt")->speaker, ==, "HFC Halle");
}

/* "the French winger's agent": the words before a lower-case possessive
 * describe the possessor, so "the Frenchman" is not the agent; a country
 * as possessor ("Jordan's envoy") still tells where the holder is from. */
static void
test_possessor_description (void)
{
  const char *text =
    "Agent speaks\n\n"
    "Albion have rejected a third bid, and the French winger's agent, Karim Haddad, said talks were over. "
    "\"We are done here,\" Haddad said.\n\n"
    "Jordan's envoy, Khalid Nasser, said the plan was late. \"We waited two years,\" the Jordanian said.";

  assert_speaker (text, "We waited two years", "Khalid Nasser");
}

/* "sagte die 51-Jährige" with nobody given that age: the subject of the
 * sentences before (the mayor), not the company named in their object. */
static void
test_age_noun_salient_subject (void)
{
  const char *text =
    "Stromausfall in Celle\n\n"
    "Nach dem Stromausfall in Celle hat die Nordwest Energie Fehler eingeräumt.\n\n"
    "Oberbürgermeisterin Petra Lang (CDU) forderte die Nordwest Energie auf, das Netz schneller zu erneuern. "
    "Die Anlage stamme aus den 1960er Jahren. „Wir warten seit Jahren auf eine Lösung“, sagte die 51-Jährige.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "seit Jahren auf eine Lösung")->speaker, ==, "Petra Lang");
}

/* "Jean-Pierre" is a man's name by its first part, so "a-t-elle" skips him. */
static void
test_compound_given_name_gender (void)
{
  const char *text =
    "Urgences de nuit\n\n"
    "La syndicaliste Claire Morel a dénoncé la fermeture des urgences la nuit. Le directeur, Jean-Pierre Roussel, "
    "était présent à la réunion. « Nous ne sommes que deux pour toute la nuit », a-t-elle déclaré.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "que deux pour toute la nuit")->speaker, ==, "Claire Morel");
}

/* "Her spokesman said": the spokesperson of a person speaks for the person
 * the possessive points to, not for the institution named before. */
static void
test_possessive_spokesperson (void)
{
  const char *text =
    "Storm live\n\n"
    "10:40 — The Education Authority says 340 schools are closed today.\n\n"
    "11:45 — The first minister, Niamh Carey, will chair an emergency meeting at noon. Her spokesman said the "
    "government would ask the army for help if roads could not be cleared.";

  assert_speaker (text, "340 schools are closed", "Education Authority");
  assert_speaker (text, "ask the army for help", "Niamh Carey");
}

/* "The owner of a quarry … where a landslide buried two lorries … has
 * denied that …": the owner speaks, not the last noun of the modifier, and
 * the next sentence names him; a name in apposition still speaks itself. */
static void
test_delayed_subject (void)
{
  const char *text =
    "Quarry owner speaks\n\n"
    "The owner of a quarry near Hollin where a landslide buried two lorries last month has denied that safety "
    "checks were skipped. Peter Lomax, 58, who bought the site in 2009, spoke to the Hollin Courier on Friday.\n\n"
    "The father of one of the drivers, Sam Keane, said the family wanted answers.";

  assert_speaker (text, "safety checks were skipped", "Peter Lomax");
  assert_speaker (text, "the family wanted answers", "Sam Keane");
}

/* Spanish: "según ha informado el Sindicato Médico" has its subject after
 * the verb; a verb coordinated with no subject of its own ("rebajó … y
 * aseguró que", "calificó … y pidió que se declare la zona …") has the
 * subject its sentence opens with, past an apposition, not a phrase after
 * "que". */
static void
test_spanish_coordinated_subject (void)
{
  const char *text =
    "Huelga y granizo\n\n"
    "Los médicos comenzaron este lunes una huelga indefinida, según ha informado el Sindicato Médico.\n\n"
    "La Conselleria de Sanidad rebajó esa cifra al 28 % y aseguró en un comunicado que se han garantizado los "
    "servicios mínimos.\n\n"
    "El presidente regional, Tomás Ferrer, calificó la granizada de «catástrofe» y pidió que se declare la zona "
    "catastrófica.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "una huelga indefinida")->speaker, ==, "Sindicato Médico");
  g_assert_cmpstr (px_test_expect_quote (quotes, "servicios mínimos")->speaker, ==, "Conselleria de Sanidad");
  g_assert_cmpstr (px_test_expect_quote (quotes, "se declare la zona")->speaker, ==, "Tomás Ferrer");
}

/* A person named only inside a quotation ("“Marín tiene una plantilla muy
 * larga”, señaló") is spoken of, not the subject the dropped pronoun
 * stands for. */
static void
test_name_inside_quote_not_speaker (void)
{
  const char *text =
    "Previa del derbi\n\n"
    "El entrenador del Granada, Luis Marín, aseguró este viernes que su equipo saldrá \"a ganar\" el derbi.\n\n"
    "Por su parte, el lateral Andrés Vidal reconoció que el vestuario vive la semana \"con nervios\". "
    "\"Quien diga que un derbi es un partido más, miente\", afirmó el defensa.\n\n"
    "Desde el Málaga, su entrenador, el gallego Xoán Pereira, restó importancia a las bajas del rival. "
    "\"Marín tiene una plantilla muy larga. No me creo que estén débiles\", señaló.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "su equipo saldrá")->speaker, ==, "Luis Marín");
  g_assert_cmpstr (px_test_expect_quote (quotes, "una plantilla muy larga")->speaker, ==, "Xoán Pereira");
}

/* "estime pour sa part la présidente …, X": a discourse adverbial between
 * the verb and its inverted subject is skipped, not read as the end of the
 * cue (which would hand the quote to the speaker before). */
static void
test_inverted_subject_after_adverbial (void)
{
  const char *text =
    "Baignade surveillée\n\n"
    "« On nous demande de surveiller 800 mètres de rive à deux », explique Julien Marchal, sauveteur depuis douze ans.\n\n"
    "« Ce n'est pas une fatalité », estime pour sa part la présidente de l'association des riverains, Odile Ferrand.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "800 mètres de rive")->speaker, ==, "Julien Marchal");
  g_assert_cmpstr (px_test_expect_quote (quotes, "pas une fatalité")->speaker, ==, "Odile Ferrand");
}

/* "The jury was told that …": the subject of a passive "told" listens;
 * the one last reported speaking told it. */
static void
test_passive_told_listener (void)
{
  const char *text =
    "Van driver on trial\n\n"
    "Defending, Paul Hart said his client had braked as soon as he saw the cyclist. \"This was an accident,\" "
    "the barrister told jurors.\n\n"
    "The jury was told that Mr Lane had no previous convictions.";

  assert_speaker (text, "had no previous convictions", "Paul Hart");
}

/* "of the" and "for the" inside an institution's name: the speaker is the
 * whole name, read forwards or backwards from the cue. */
static void
test_institution_name_with_the (void)
{
  const char *text =
    "River report\n\n"
    "The spawning stock has fallen by a third since 2019, said the International Council for the Protection of "
    "Rivers. The Ministry of the Interior said it would study the figures.";

  assert_speaker (text, "fallen by a third", "International Council for the Protection of Rivers");
  assert_speaker (text, "study the figures", "Ministry of the Interior");
}

/* American style: a middle initial or an abbreviated title with its full
 * stop stays inside the name; the initial is no French "M."; a given name
 * ending like a trade ("Martin") is no trade. */
static void
test_middle_initials (void)
{
  const char *text =
    "Inquest opens\n\n"
    "Dr. Martin J. O'Connell, a consultant surgeon, told the court that he had discussed the risks. "
    "Assistant coroner Helen M. Rees adjourned the hearing. She said she would hear from the anaesthetist, "
    "Dr. Tomasz Nowak, on Thursday.\n\n"
    "\u201cI cannot say for certain,\u201d O'Connell said.\n\n"
    "Plan B. The council said the road would reopen in May.";

  assert_speaker (text, "discussed the risks", "Martin J. O'Connell");
  assert_speaker (text, "would hear from the anaesthetist", "Helen M. Rees");
  assert_speaker (text, "cannot say for certain", "Martin J. O'Connell");
  assert_speaker (text, "road would reopen", "council");
  /* "A." and "I." are initials here, not the article or the pronoun */
  assert_speaker ("Recall\n\nBrackenfield's chief executive, Robert A. Lindgren, said the firm was \"deeply sorry\".",
                  "deeply sorry", "Robert A. Lindgren");
}

/* A Spanish name with two surnames, later shortened to the first one. */
static void
test_first_of_two_surnames (void)
{
  const char *text =
    "Vivienda\n\n"
    "La ministra de Vivienda, María José Cortés Aranda, ha asegurado que el Gobierno pondrá 20.000 pisos en el mercado. "
    "El alcalde, Pedro Gil, ha dicho que la ciudad no tiene solares para tantos pisos.\n\n"
    "\"No es una promesa, es un calendario\", ha afirmado Cortés en Madrid.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "es un calendario")->speaker, ==, "María José Cortés Aranda");
  g_assert_cmpstr (px_test_expect_quote (quotes, "no tiene solares")->speaker, ==, "Pedro Gil");
}

/* Offices not yet taken ("Minister-designate", "Mayor-elect") and a
 * "Manager" rank are titles in front of a name, not part of it. */
static void
test_designate_and_manager_titles (void)
{
  const char *text =
    "Talks\n\n"
    "Prime Minister-designate Joost van der Meer said the talks would resume on Monday. "
    "Group Manager Tom de Vries said the service needed two more vehicles.";

  assert_speaker (text, "talks would resume", "Joost van der Meer");
  assert_speaker (text, "two more vehicles", "Tom de Vries");
}

/* "the company" refers back to the last business named, not to a public
 * body named since. */
static void
test_company_after_public_body (void)
{
  const char *text =
    "Recall\n\n"
    "Brackenfield Foods is recalling four batches of dog food, the company said on Friday. "
    "The Food Standards Agency said it had been told of the problem on Wednesday.\n\n"
    "The company later said eleven owners had reported dogs being sick after eating the food.";

  assert_speaker (text, "told of the problem", "Food Standards Agency");
  assert_speaker (text, "eleven owners had reported", "Brackenfield Foods");
}

/* A spokesperson named by the institution's acronym or by the first words
 * of its name speaks for the institution under its full name. */
static void
test_spokesperson_short_name (void)
{
  const char *text =
    "Recall\n\n"
    "The Food Standards Agency (FSA) said it had been told of the problem on Wednesday. "
    "Rumen Dimitrov, the chief executive of Danube Grain Traders, said the ships were waiting.\n\n"
    "An FSA spokeswoman said owners should stop using the food. "
    "A Danube Grain spokesman later said the company was considering legal action.";

  assert_speaker (text, "owners should stop", "Food Standards Agency");
  assert_speaker (text, "considering legal action", "Danube Grain Traders");
}

/* "Brothers Tom and Sam Okafor": two given names share the surname after
 * them, and the kin noun in front is no part of either name. */
static void
test_given_names_sharing_surname (void)
{
  const char *text =
    "Bakery brothers\n\n"
    "Brothers Tom and Sam Okafor opened the bakery in 2015. "
    "\"We argued about the bread every single day,\" Tom said. "
    "Sam Okafor said the shop had survived two floods.";

  assert_speaker (text, "argued about the bread", "Tom Okafor");
  assert_speaker (text, "survived two floods", "Sam Okafor");
}

/* A headline quote takes the speaker of the interview answer that repeats
 * it, or of the person named right after its colon. */
static void
test_headline_quote_speaker (void)
{
  const char *interview =
    "\"We were lucky the wind dropped\": the fire chief on the moor blaze\n\n"
    "Chief Fire Officer Aisha Bello has led the service for six years. She spoke to us on Sunday.\n\n"
    "How close did it come?\n\n"
    "\"About 400 metres. We were lucky the wind dropped, and I don't say that lightly.\"";
  const char *tabloid =
    "'I've been stabbed in the back': Costa hits out at club\n\n"
    "Striker Danny Costa has been released by Hartfield Rovers after seven years. "
    "Costa said he had learnt of the decision from a text message.";

  assert_speaker (interview, "wind dropped", "Aisha Bello");
  assert_speaker (tabloid, "stabbed in the back", "Danny Costa");
}

/* "he said" after "X said the service had asked …": the verb inside the
 * reported clause is no cue, so the pronoun goes to X. */
static void
test_pronoun_past_embedded_verb (void)
{
  const char *text =
    "Fire\n\n"
    "Her deputy, Tom de Vries, said the service had asked the county council for two more vehicles. "
    "\"The old ones spent more time being towed than towing,\" he said.";

  assert_speaker (text, "being towed", "Tom de Vries");
}

/* "the father of three said": the kin noun is the subject, the count of
 * children its complement. */
static void
test_parent_of_count (void)
{
  const char *text =
    "Smelter\n\n"
    "Worker Gareth Hughes, 52, said he had expected the closure. "
    "\"Everybody knew it,\" the father of three said.";

  assert_speaker (text, "Everybody knew it", "Gareth Hughes");
}

/* "the Argentine", "the Greek": nationality nouns that end like no
 * demonym refer back to the person just quoted. */
static void
test_nationality_nouns (void)
{
  const char *text =
    "Cup tie\n\n"
    "Diego Moreno, 23, said it was the best goal of his career. "
    "\"I saw the ball and I just went for it,\" the Argentine said.";

  assert_speaker (text, "just went for it", "Diego Moreno");
}

/* "Karen Ellis, 46, of Station Road, Dunmore, told": the street and the
 * town after the name are an address, not the speaker. */
static void
test_address_after_name (void)
{
  const char *text =
    "Court\n\n"
    "Karen Ellis, 46, of Station Road, Dunmore, told the court she had been in pain for years.";

  assert_speaker (text, "in pain for years", "Karen Ellis");
}

/* "la acusada" is the person who "ha negado" the charge in the lead, not
 * the town her old office is named after. */
static void
test_defendant_perfect_tense (void)
{
  const char *text =
    "Juicio\n\n"
    "La exalcaldesa de Villanueva del Río, Rosa María Gallardo, ha negado este lunes ante el tribunal "
    "haber cobrado comisiones por la adjudicación de obras.\n\n"
    "\"Nunca he recibido un euro de nadie\", ha asegurado la acusada, que se enfrenta a seis años de prisión.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Nunca he recibido")->speaker, ==, "Rosa María Gallardo");
}

/* "l'élu" after the verb, and "the Green member", name the person the
 * article gave an elected office (mayor, councillor), not the woman named
 * last. */
static void
test_elected_office_hypernym (void)
{
  const char *french =
    "Piscine\n\n"
    "Le maire de Vernay, Alain Dufour, a annoncé lundi la fermeture de la piscine municipale. "
    "Sa rivale, Sophie Marais, a dénoncé une décision brutale.\n\n"
    "« Je ne prendrai aucun risque avec les finances », a déclaré l'élu.";
  const char *english =
    "Trams\n\n"
    "Green councillor Ruth Abbey said she wanted the route changed to save the trees.\n\n"
    "Council leader Janet Osei said officers would report back before any trees were removed. "
    "The Green member said that was \"a start\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (french, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "aucun risque")->speaker, ==, "Alain Dufour");
  assert_speaker (english, "a start", "Ruth Abbey");
}

/* "Shopkeepers on Bridge Street said": an anonymous group with the place
 * that completes it, not the street. */
static void
test_group_with_place (void)
{
  const char *text =
    "Flood\n\n"
    "Shopkeepers on Bridge Street said they wanted to know when the assessors would arrive.\n\n"
    "The mayor met traders on Monday. Residents near Mill Road said the water had reached their doors.";

  assert_speaker (text, "assessors would arrive", "Shopkeepers on Bridge Street");
  assert_speaker (text, "reached their doors", "Residents near Mill Road");
}

/* "they argue about the sourdough" reports no clause; "says about 90,000
 * customers are without power" does. */
static void
test_talk_about_is_no_clause (void)
{
  const char *text =
    "Bakery\n\n"
    "Thirty years on, the Okafor brothers run the bakery together, and they still argue about the sourdough.\n\n"
    "Northgrid, the network operator, says about 90,000 customers are without power.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_null (px_test_find_quote (quotes, "the sourdough"));
  px_test_expect_quote (quotes, "90,000 customers are without power");
}

/* "The former Carlton trainee said": a person noun of sport or work the
 * article never used before refers back to the person just named. */
static void
test_trainee_refers_back (void)
{
  const char *text =
    "Cup tie\n\n"
    "Striker Kofi Mensah, 21, scored both goals. "
    "The former Carlton trainee said he had \"a point to prove\" against the side that released him.";

  assert_speaker (text, "a point to prove", "Kofi Mensah");
}

/* "По словам Ершова": a surname in an oblique case names the person whose
 * nominative surname it inflects, and only them. */
static void
test_oblique_surname (void)
{
  const char *text =
    "Мост\n\n"
    "«Ремонт продлится не менее трех месяцев», — сказал глава города Виктор Ершов.\n\n"
    "По словам Ершова, на время ремонта будут запущены дополнительные автобусы.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "дополнительные автобусы")->speaker, ==, "Виктор Ершов");
}

/* "В министерстве транспорта региона РИА Новости сообщили": the agency
 * told is no part of the speaking institution. */
static void
test_russian_agency_after_institution (void)
{
  const char *text =
    "Мост\n\n"
    "В министерстве транспорта региона РИА Новости сообщили, что объезд будет организован по Южному мосту.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "объезд будет")->speaker, ==, "министерство транспорта региона");
}

/* "Le syndicat a assuré que …", "El ministerio ha explicado que …": a
 * Romance article opens a subject before its verb; a participle right
 * after its noun ("Un incendio forestal declarado este martes") is no cue. */
static void
test_romance_subject_before_verb (void)
{
  const char *spanish =
    "Sanidad\n\n"
    "El ministerio ha explicado que las listas de espera se reducirán este año.\n\n"
    "Un incendio forestal declarado este martes ha obligado a desalojar a 400 vecinos, según ha informado el Gobierno de Aragón.";
  const char *french =
    "Grève\n\n"
    "Le syndicat a assuré que la moitié des trains circuleraient jeudi.";
  g_autoptr(GPtrArray) es = px_quotes_find_in_text (spanish, "es");
  g_autoptr(GPtrArray) fr = px_quotes_find_in_text (french, "fr");

  g_assert_cmpstr (px_test_expect_quote (es, "listas de espera")->speaker, ==, "ministerio");
  g_assert_cmpstr (px_test_expect_quote (es, "desalojar")->speaker, ==, "Gobierno de Aragón");
  g_assert_cmpstr (px_test_expect_quote (fr, "la moitié des trains")->speaker, ==, "syndicat");
}

/* "Según el escrito de acusación, …": a participle after an article is a
 * noun, here a court paper that speaks; it is no verb with the defendant
 * named after it as subject. */
static void
test_participle_noun_document (void)
{
  const char *text =
    "Juicio\n\n"
    "La Fiscalía pide seis años de prisión para la exalcaldesa de Pinares, Elena Robles.\n\n"
    "Según el escrito de acusación, Robles adjudicó contratos por valor de 800.000 euros a empresas de su cuñado.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "adjudicó contratos");

  g_assert_cmpstr (quote->verb, !=, "escrito");
  g_assert_cmpstr (quote->speaker, !=, "Elena Robles");
}

/* "gritó una mujer a la salida": shouting reports speech in Spanish too. */
static void
test_spanish_shouted (void)
{
  const char *text =
    "Juicio\n\n"
    "Los vecinos que asistieron a la sesión mostraron su indignación. \"Nos robaron a todos\", gritó una mujer a la salida.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "Nos robaron");

  g_assert_cmpint (quote->kind, ==, PX_QUOTE_SPEECH);
  g_assert_cmpstr (quote->speaker, ==, "mujer");
}

/* French and Spanish participles after the main clause ("…, estimant
 * que", "…, asegurando que", "évoquant « … »") speak for the sentence's
 * subject, a name or an article and its noun. */
static void
test_romance_participle_cues (void)
{
  const char *french =
    "Grève\n\n"
    "Le syndicat a appelé à la grève lundi, estimant que les hôpitaux manquent de personnel.\n\n"
    "Son avocate, Me Claire Fabre, a plaidé la clémence, évoquant « un homme brisé par la mort de sa femme ».";
  const char *spanish =
    "Huelga\n\n"
    "El sindicato convocó una huelga el lunes, asegurando que los hospitales no tienen personal suficiente.";
  g_autoptr(GPtrArray) fr = px_quotes_find_in_text (french, "fr");
  g_autoptr(GPtrArray) es = px_quotes_find_in_text (spanish, "es");

  g_assert_cmpstr (px_test_expect_quote (fr, "manquent de personnel")->speaker, ==, "syndicat");
  g_assert_cmpstr (px_test_expect_quote (fr, "un homme brisé")->speaker, ==, "Claire Fabre");
  g_assert_cmpstr (px_test_expect_quote (es, "personal suficiente")->speaker, ==, "sindicato");
}

/* "Ein Sprecher der Kasse" after "der Krankenkasse AOK": a German noun
 * heads a compound that is any word of an institution's name. */
static void
test_german_compound_in_name (void)
{
  const char *text =
    "Betrug\n\n"
    "Nach Angaben der Krankenkasse AOK entstand ein Schaden von rund 400.000 Euro. "
    "Ein Sprecher der Kasse sagte, man werde das Geld zurückfordern.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Geld zurückfordern")->speaker, ==, "Krankenkasse AOK");
}

/* "The Prime Minister's spokesman said": the possessor speaks, without
 * its "'s". */
static void
test_possessor_spokesman_title (void)
{
  const char *text =
    "Rail strike\n\n"
    "The Prime Minister's spokesman said the government would not negotiate through the media.";

  assert_speaker (text, "negotiate through the media", "Prime Minister");
}

/* "La préfecture a appelé …", "a indiqué la métropole": a French public
 * body that no name in the article holds speaks as itself, not as the
 * company named last. */
static void
test_french_public_body_as_itself (void)
{
  const char *text =
    "Grève des bus\n\n"
    "Les bus de TCL ne circulaient pas lundi, a annoncé l'opérateur TCL.\n\n"
    "La préfecture a appelé au « sens des responsabilités » de chacun. "
    "Une nouvelle réunion est prévue jeudi, a indiqué la métropole.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "sens des responsabilités")->speaker, ==, "préfecture");
  g_assert_cmpstr (px_test_expect_quote (quotes, "nouvelle réunion")->speaker, ==, "métropole");
}

/* French writes the title Monsieur "M." before a name: after a capitalised
 * word it is no middle initial ("Lundi M. Garnier", "Mais M. Garnier"). */
static void
test_french_monsieur_no_initial (void)
{
  const char *text =
    "Fermeture de l'usine de Vierzon\n\n"
    "Le maire de Vierzon, Didier Garnier, a reçu les salariés lundi. "
    "Lundi M. Garnier a déclaré : « Nous ne laisserons pas partir ces emplois. »\n\n"
    "La directrice du site, Claire Moreau, a répondu que la décision était prise. "
    "Mais M. Garnier a assuré que « rien n'est encore signé ».";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "laisserons pas partir")->speaker, ==, "Didier Garnier");
  g_assert_cmpstr (px_test_expect_quote (quotes, "rien n'est encore signé")->speaker, ==, "Didier Garnier");
}

/* "a dit M. Dupont": after its verb, the French title Monsieur with its
 * full stop opens the speaker's name; it is no sentence of its own. */
static void
test_french_monsieur_after_verb (void)
{
  const char *text =
    "Travaux au centre-ville\n\n"
    "Le maire, Jean-Marc Dupont, a présenté le chantier mardi. « L'argent n'est pas encore là », a dit M. Dupont.\n\n"
    "Le conseiller Paul Girard a jugé le calendrier trop serré. « Nous ne sommes pas prêts », a assuré M. Girard.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "pas encore là")->speaker, ==, "Jean-Marc Dupont");
  g_assert_cmpstr (px_test_expect_quote (quotes, "pas prêts")->speaker, ==, "Paul Girard");
}

/* "Anwalt Thomas von Kessel": German capitalises nouns, so the name is
 * the last two words of the run, but a particle is no word of the name's
 * own and the given name stays. */
static void
test_german_name_particle (void)
{
  const char *text =
    "Prozess um Bauaufträge\n\n"
    "Der Anwalt Thomas von Kessel widersprach der Anklage. „Das ist zu spät“, sagte von Kessel.\n\n"
    "Rechtsanwältin Karin van der Meer sagte, der Plan sei gut.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "zu spät")->speaker, ==, "Thomas von Kessel");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Plan sei gut")->speaker, ==, "Karin van der Meer");
}

/* "the spokeswoman said" after "Sarah Quinn, a spokeswoman for Hallam
 * Textiles": a spokesperson the article named speaks as herself; only an
 * unnamed one speaks for the institution. */
static void
test_named_spokesperson_role (void)
{
  const char *text =
    "Mill to close\n\n"
    "Sarah Quinn, a spokeswoman for Hallam Textiles, said demand had fallen. "
    "The spokeswoman said orders were down by a third.\n\n"
    "Tom Hale, a spokesman for the council, said the road would reopen. "
    "\"We are sorry for the delay,\" the spokesman said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "down by a third")->speaker, ==, "Sarah Quinn");
  g_assert_cmpstr (px_test_expect_quote (quotes, "sorry for the delay")->speaker, ==, "Tom Hale");
}

/* "the MP told", "the CEO said": a role written as an acronym refers back
 * to the person introduced with it ("Local MP David Reyes") or with the
 * words it stands for ("chief executive Priya Nair"). */
static void
test_role_acronym (void)
{
  const char *text =
    "Mill to close\n\n"
    "Local MP David Reyes called it a blow. \"My family worked in that mill,\" the MP told the Courier.\n\n"
    "Hallam chief executive Priya Nair said the decision was final. \"We looked at every option,\" the CEO said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "worked in that mill")->speaker, ==, "David Reyes");
  g_assert_cmpstr (px_test_expect_quote (quotes, "every option")->speaker, ==, "Priya Nair");
}

/* "sagte die Ministerin" after "Die Gesundheitsministerin Anna Schmidt",
 * "Der Klinikchef fügte hinzu" after "Der Klinikchef Paul Berger": a
 * German role noun, capitalised like a name and maybe the head of the
 * compound the article introduced the person with, names that person. */
static void
test_german_role_noun (void)
{
  const char *text =
    "Klinik eröffnet\n\n"
    "Die Gesundheitsministerin Anna Schmidt eröffnete am Montag die Klinik. „Das ist ein guter Tag“, sagte die Ministerin.\n\n"
    "Der Klinikchef Paul Berger war vorsichtig. „Es fehlen noch Ärzte“, sagte er. "
    "Der Klinikchef fügte hinzu, zehn Stellen seien unbesetzt.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "guter Tag")->speaker, ==, "Anna Schmidt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Stellen seien")->speaker, ==, "Paul Berger");
}

/* "Медсестра Светлана Крылова работает …": at a sentence's start a
 * Russian noun has a capital too, and three words without a patronymic
 * are a noun and a name. */
static void
test_russian_noun_at_sentence_start (void)
{
  const char *text =
    "Больница\n\n"
    "Медсестра Светлана Крылова работает в больнице двадцать лет. «Нам обещают многое», — говорит она.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "обещают многое")->speaker, ==, "Светлана Крылова");
}

/* "La ministre de la Santé Anne Durand": the ministry's domain after "de
 * la" belongs to the title, and the name starts at the given name. */
static void
test_french_ministry_domain (void)
{
  const char *text =
    "Clinique\n\n"
    "La ministre de la Santé Anne Durand a inauguré la clinique lundi. « C'est une belle journée », a déclaré la ministre.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "belle journée")->speaker, ==, "Anne Durand");
}

/* "La retraitée assure", "explica la jubilada": a French or Spanish noun
 * for a person, never used before as anyone's role, refers back to the
 * person just named, as German "die Rentnerin" does. */
static void
test_romance_person_noun (void)
{
  const char *text =
    "Crue\n\n"
    "Odile Perrin, 74 ans, habite au bord de la rivière depuis cinquante ans. "
    "« Je n'ai jamais vu ça », raconte-t-elle. La retraitée assure qu'elle ne partira pas.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "ne partira pas")->speaker, ==, "Odile Perrin");
}

/* "Councillor Ruth Ambrose called for an inquiry. The councillor said":
 * unlike "Cllr", the title written out is a role a later mention names. */
static void
test_councillor_role (void)
{
  const char *text =
    "Fire\n\n"
    "Councillor Ruth Ambrose called for an inquiry. The councillor said it was the second fire at the site.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "second fire")->speaker, ==, "Ruth Ambrose");
}

/* "According to a report by the National Audit Office", "laut einem
 * Bericht des Statistischen Bundesamts": a document speaks for the author
 * named after it, as figures do, not for the institution named last. */
static void
test_according_to_document_author (void)
{
  const char *en =
    "Rail plan\n\n"
    "Network Rail said it had begun surveying the route. "
    "According to a report by the National Audit Office, the project is already two billion over budget. "
    "According to a statement from Hallam Police, two men were arrested.";
  const char *de =
    "Preise\n\n"
    "Der Handelsverband warnte vor einem schwachen Winter. "
    "Laut einem Bericht des Statistischen Bundesamts sind die Preise im Oktober gestiegen.";
  g_autoptr(GPtrArray) en_quotes = px_quotes_find_in_text (en, "en");
  g_autoptr(GPtrArray) de_quotes = px_quotes_find_in_text (de, "de");

  g_assert_cmpstr (px_test_expect_quote (en_quotes, "over budget")->speaker, ==, "National Audit Office");
  g_assert_cmpstr (px_test_expect_quote (en_quotes, "two men were arrested")->speaker, ==, "Hallam Police");
  g_assert_cmpstr (px_test_expect_quote (de_quotes, "Preise im Oktober")->speaker, ==, "Statistisches Bundesamt");
}

/* "Analysts at Berenberg said": the analysts speak for the firm after
 * "at" even when its name is one word no institution word marks. */
static void
test_analysts_at_firm (void)
{
  const char *text =
    "Strikes\n\n"
    "Analysts at Berenberg said in a note that the strikes would cost the economy a hundred million a day.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "hundred million")->speaker, ==, "Berenberg");
}

/* "An FA spokesperson", "The FA said" after "the Football Association",
 * which the article never abbreviated: the one institution whose initials
 * the acronym is speaks. */
static void
test_acronym_initials (void)
{
  const char *text =
    "Keeper banned\n\n"
    "The manager criticised the Football Association on Monday.\n\n"
    "An FA spokesperson said the governing body did not comment on disciplinary cases.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "disciplinary cases")->speaker, ==, "Football Association");
}

/* "lamentó una de ellas, Carmen Ortiz", "said one of them, Tom Reed":
 * one of a group, and the name after the comma speaks. */
static void
test_one_of_them_named (void)
{
  const char *es =
    "Pleno\n\n"
    "Vecinos del barrio de Perales del Río asistieron al pleno. "
    "\"Llevamos diez años esperando un centro de salud\", lamentó una de ellas, Carmen Ortiz.";
  const char *en =
    "Meeting\n\n"
    "Residents of Mill Lane packed the hall. \"We have waited ten years,\" said one of them, Tom Reed.";
  g_autoptr(GPtrArray) es_quotes = px_quotes_find_in_text (es, "es");
  g_autoptr(GPtrArray) en_quotes = px_quotes_find_in_text (en, "en");

  g_assert_cmpstr (px_test_expect_quote (es_quotes, "centro de salud")->speaker, ==, "Carmen Ortiz");
  g_assert_cmpstr (px_test_expect_quote (en_quotes, "waited ten years")->speaker, ==, "Tom Reed");
}

/* "Acusó al Gobierno regional de …": a Spanish verb that opens its
 * sentence, with an object after it, has no subject written; it is no
 * name running on into "al Gobierno", and the person last named speaks. */
static void
test_spanish_sentence_initial_verb (void)
{
  const char *text =
    "Vivienda\n\n"
    "La ministra de Vivienda, Isabel Rodríguez, visitó Madrid. "
    "Acusó al Gobierno regional de negarse a aplicar la ley por motivos ideológicos.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "motivos ideológicos")->speaker, ==, "Isabel Rodríguez");
}

/* "Об этом РИА Новости рассказал мэр города Олег Смирнов": an agency of
 * two words before the verb is the listener; the subject follows. */
static void
test_russian_agency_before_verb (void)
{
  const char *text =
    "Ремонт\n\n"
    "Работы на мосту завершатся в мае. Об этом РИА Новости рассказал мэр города Олег Смирнов.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "завершатся в мае")->speaker, ==, "Олег Смирнов");
}

/* "Coach Maria Santos praised her side": a noun for what someone does,
 * without a trade's ending, before a given name describes the person. */
static void
test_plain_trade_before_name (void)
{
  const char *text =
    "Cup win\n\n"
    "Coach Maria Santos praised her side. \"They were outstanding today,\" Santos said.\n\n"
    "Nurse Helen Briggs said the ward was full.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "outstanding today")->speaker, ==, "Maria Santos");
  g_assert_cmpstr (px_test_expect_quote (quotes, "ward was full")->speaker, ==, "Helen Briggs");
}

/* "Mother-of-two Jane Doe", "Twenty-year-old Liam Ford": a hyphenated
 * compound with lower-case parts describes; a double-barrelled name
 * ("Andrew Lloyd-Webber") keeps its capitals. */
static void
test_hyphenated_descriptor (void)
{
  const char *text =
    "School bus\n\n"
    "Mother-of-two Jane Doe said the school was too far away.\n\n"
    "Twenty-year-old Liam Ford said he would vote for the plan.\n\n"
    "Andrew Lloyd-Webber, who chairs the trust, said the trust would pay half.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "too far away")->speaker, ==, "Jane Doe");
  g_assert_cmpstr (px_test_expect_quote (quotes, "vote for the plan")->speaker, ==, "Liam Ford");
  g_assert_cmpstr (px_test_expect_quote (quotes, "pay half")->speaker, ==, "Andrew Lloyd-Webber");
}

/* "Selon l'avocat de la famille, Me Pierre Lacoste, l'enquête …": past
 * the complement of a noun with its elided article, the name in
 * apposition speaks, and the clause starts after it. */
static void
test_french_elided_role_apposition (void)
{
  const char *text =
    "Enquête\n\n"
    "Selon l'avocate de la famille, Jeanne Roy, l'enquête a été bâclée.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "bâclée");

  g_assert_cmpstr (quote->speaker, ==, "Jeanne Roy");
  g_assert_null (strstr (quote->text, "famille"));
}

/* "über vier Jahre Leistungen abgerechnet", "rund 1,3 Millionen Euro":
 * German capitalises nouns, and a run after a number is a quantity, not
 * a person a later "sie" could point to. */
static void
test_german_quantity_no_person (void)
{
  const char *text =
    "Urteil\n\n"
    "Die Richterin Martina Degener sagte, die Frau habe über vier Jahre Leistungen abgerechnet. "
    "Der Schaden liegt bei rund 1,3 Millionen Euro. „Ich habe den Überblick verloren“, sagte sie.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Überblick verloren")->speaker, ==, "Martina Degener");
}

/* "Er habe auf Anweisung Stundenzettel „nachgebessert“": German nouns
 * after a preposition are no person a later "er" could point to. */
static void
test_german_nouns_after_preposition (void)
{
  const char *text =
    "Prozess\n\n"
    "Der Anwalt Thomas Brenner verteidigt den Bauunternehmer.\n\n"
    "Ein früherer Polier der Firma, der als Zeuge geladen war, belastete seinen Chef. "
    "Er habe auf Anweisung Stundenzettel „nachgebessert“, sagte der 44-Jährige.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Stundenzettel")->speaker, !=, "Anweisung Stundenzettel");
}

/* "Five coastal states agreed …, but stopped short of the wider ban
 * demanded by environmental groups, officials said": "states" is a noun
 * there, and a participle with its agent after its noun cues nothing; the
 * attribution at the end covers the sentence. */
static void
test_noun_states_and_attributive_participle (void)
{
  const char *text =
    "Trawling\n\n"
    "Five coastal states agreed on Thursday to ban bottom trawling in three reserves, but stopped short of the "
    "wider ban demanded by environmental groups, officials said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "bottom trawling");

  g_assert_cmpstr (quote->speaker, ==, "officials");
  g_assert_nonnull (strstr (quote->text, "Five coastal states"));
}

/* "UN Secretary-General António Guterres", "Vice-President Kamala
 * Harris": an office of two words joined by a hyphen is a title, not the
 * first word of the name. */
static void
test_hyphenated_office (void)
{
  const char *text =
    "Summit\n\n"
    "UN Secretary-General António Guterres said the situation was alarming.\n\n"
    "Vice-President Kamala Harris said the talks would go on.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "alarming")->speaker, ==, "António Guterres");
  g_assert_cmpstr (px_test_expect_quote (quotes, "talks would go on")->speaker, ==, "Kamala Harris");
}

/* '"This is a disgrace," fumed local businessman Raj Patel': right after
 * a quotation, a verb in the past tense with its subject after it cues
 * the quotation whatever the verb, and is no part of the description. */
static void
test_expressive_verb_after_quote (void)
{
  const char *text =
    "Parking charges\n\n"
    "\"This is a disgrace,\" fumed local businessman Raj Patel, 55.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "disgrace");

  g_assert_cmpstr (quote->speaker, ==, "Raj Patel");
  g_assert_cmpstr (quote->verb, ==, "fumed");
  g_assert_cmpstr (quote->speaker_description, ==, "local businessman");
}

/* '« … », peste Marie Lenoir', '«…», se queja Marta Gil', '„…“, schimpft
 * Bürgermeister Paul Groß': after the closing mark and its comma, any
 * verb with its subject after it cues the quotation. */
static void
test_any_verb_after_quote_comma (void)
{
  const char *fr = "Centre-ville\n\n« On nous prend pour des idiots », peste Marie Lenoir, commerçante.";
  const char *es = "Barrio\n\n«Esto es un escándalo», se queja Marta Gil, vecina del barrio.";
  const char *de = "Umleitung\n\n„Das ist ein Skandal“, schimpft Bürgermeister Paul Groß.";
  g_autoptr(GPtrArray) fr_quotes = px_quotes_find_in_text (fr, "fr");
  g_autoptr(GPtrArray) es_quotes = px_quotes_find_in_text (es, "es");
  g_autoptr(GPtrArray) de_quotes = px_quotes_find_in_text (de, "de");

  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "des idiots")->speaker, ==, "Marie Lenoir");
  g_assert_cmpstr (px_test_expect_quote (es_quotes, "un escándalo")->speaker, ==, "Marta Gil");
  g_assert_cmpstr (px_test_expect_quote (de_quotes, "ein Skandal")->speaker, ==, "Paul Groß");
  g_assert_cmpstr (px_test_expect_quote (de_quotes, "ein Skandal")->speaker_description, ==, "Bürgermeister");
}

/* "Об этом сообщили в региональном управлении МЧС", "В дорожном ведомстве
 * области заявили": an adjective before the head noun of the institution
 * "в" names, both put back in the nominative. */
static void
test_russian_institution_with_adjective (void)
{
  const char *text =
    "ДТП\n\n"
    "Рейсовый автобус съехал в кювет на трассе, пострадали восемь человек. Об этом сообщили в региональном управлении МЧС.\n\n"
    "В дорожном ведомстве области заявили, что трассу обрабатывали реагентами утром.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "съехал в кювет")->speaker, ==, "региональное управление МЧС");
  g_assert_cmpstr (px_test_expect_quote (quotes, "реагентами")->speaker, ==, "дорожное ведомство области");
}

/* "Friends of the Earth said", "Save the Children said": capitalised
 * words and lower-case links that fill the sentence up to its verb are
 * one institution; "Evans of the Guardian" after "Tom Evans" stays him. */
static void
test_institution_with_links (void)
{
  const char *text =
    "Wetlands\n\n"
    "Friends of the Earth said the plan was a missed opportunity. Save the Children said the figures were shocking.\n\n"
    "The panel included Tom Evans, a reporter. Evans of the Guardian said the panel had been unfair.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "missed opportunity")->speaker, ==, "Friends of the Earth");
  g_assert_cmpstr (px_test_expect_quote (quotes, "shocking")->speaker, ==, "Save the Children");
  g_assert_cmpstr (px_test_expect_quote (quotes, "been unfair")->speaker, ==, "Tom Evans");
}

/* "The Road Haulage and Logistics Association warned", "The Bakers, Food
 * and Allied Workers Union said": a coordinator and the commas of a list
 * inside one institution's name; two names each with its own head stay
 * apart, and a list after a place does not join the place. */
static void
test_institution_with_coordinator (void)
{
  const char *text =
    "Depot\n\n"
    "The Road Haulage and Logistics Association warned that lorries were queuing outside the depot.\n\n"
    "The Bakers, Food and Allied Workers Union said the closure would hurt the town.\n\n"
    "The Ministry of Infrastructure and Water Management said services would fall to one train an hour.\n\n"
    "In Walsall, Harbour and Transport Workers Union members said the buses were late.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "lorries were queuing")->speaker, ==, "Road Haulage and Logistics Association");
  g_assert_cmpstr (px_test_expect_quote (quotes, "hurt the town")->speaker, ==, "Bakers, Food and Allied Workers Union");
  g_assert_cmpstr (px_test_expect_quote (quotes, "one train an hour")->speaker, ==, "Ministry of Infrastructure and Water Management");
  g_assert_false (g_str_has_prefix (px_test_expect_quote (quotes, "buses were late")->speaker, "Walsall"));
}

/* "A spokesperson for the Department for Environment, Food and Rural
 * Affairs said": a list after the link of a head noun belongs to its name,
 * on the spokesperson's path and the subject's, though the words after
 * the coordinator name no institution by themselves. */
static void
test_institution_list_after_link (void)
{
  const char *text =
    "Quota\n\n"
    "A spokeswoman for the Ministry of Agriculture, Fisheries and Food said the quota was fair to every port.\n\n"
    "“We will review it in spring,” the spokeswoman added.\n\n"
    "The Department for Culture, Media and Sport said the festival grant would be paid in May.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "fair to every port")->speaker, ==, "Ministry of Agriculture, Fisheries and Food");
  g_assert_cmpstr (px_test_expect_quote (quotes, "review it in spring")->speaker, ==, "Ministry of Agriculture, Fisheries and Food");
  g_assert_cmpstr (px_test_expect_quote (quotes, "festival grant")->speaker, ==, "Department for Culture, Media and Sport");
}

/* German names with lower-case links: a genitive complement after an
 * institution's noun in any case ("des Bundes der Freien Waldorfschulen"),
 * "im" and the seat after a body ("Die Opposition im Stadtrat", "Die
 * Fraktion der Linken im Bundestag"), a list after "für", and the fuller
 * name with its seat the article gave first. */
static void
test_german_linked_institutions (void)
{
  const char *text =
    "Schulen\n\n"
    "Der Bund der Freien Waldorfschulen Hessen teilte mit, die Pläne seien rechtswidrig.\n\n"
    "Ein Sprecher des Bundes der Freien Waldorfschulen sagte, man werde vor Gericht ziehen.\n\n"
    "Die Opposition im Stadtrat forderte, die Bürgermeisterin müsse den Plan zurückziehen.\n\n"
    "Die Fraktion der Linken im Bundestag erklärte, das Gesetz sei verfassungswidrig.\n\n"
    "Das Ministerium für Bildung, Wissenschaft und Kultur teilte mit, es prüfe die Vorwürfe. "
    "Ein Sprecher des Ministeriums sagte, eine Entscheidung falle im Mai.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "vor Gericht ziehen")->speaker, ==, "Bund der Freien Waldorfschulen Hessen");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Plan zurückziehen")->speaker, ==, "Opposition im Stadtrat");
  g_assert_cmpstr (px_test_expect_quote (quotes, "verfassungswidrig")->speaker, ==, "Fraktion der Linken im Bundestag");
  g_assert_cmpstr (px_test_expect_quote (quotes, "prüfe die Vorwürfe")->speaker, ==, "Ministerium für Bildung, Wissenschaft und Kultur");
  g_assert_cmpstr (px_test_expect_quote (quotes, "falle im Mai")->speaker, ==, "Ministerium für Bildung, Wissenschaft und Kultur");
}

/* French and Spanish write an institution's noun in lower case and link
 * its name with "de la", "de l'", "des", "et de": the whole chain before
 * the verb is the speaker, not its last capitalised words; "Selon le
 * ministère" is the ministry that spoke last before it; "devant le
 * tribunal …" is no subject. */
static void
test_romance_linked_institutions (void)
{
  const char *text =
    "Vignes\n\n"
    "Le ministère de la Culture et de la Communication a assuré que le festival aurait lieu. "
    "Le ministère de l'Économie et des Finances a rappelé que les aides seraient versées en juin. "
    "Selon le ministère, quarante viticulteurs ont déjà déposé un dossier.\n\n"
    "La Fédération régionale des caves coopératives d'Occitanie a estimé que la récolte était perdue.\n\n"
    "Le viticulteur jugé devant le tribunal correctionnel de Béziers pour fraude a reconnu avoir mélangé des vins.";
  const char *headline =
    "Crue de la Loire : une usine Valmor inondée\n\n"
    "Selon la préfecture de Maine-et-Loire, l'eau a atteint le premier étage de l'usine Valmor S.A.\n\n"
    "La gendarmerie de Maine-et-Loire a précisé que deux routes restaient fermées.\n\n"
    "L'association des sinistrés de la Loire estime que les digues ont cédé.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  g_autoptr(GPtrArray) flood = px_quotes_find_in_text (headline, "fr");
  PxQuote *quote;

  g_assert_cmpstr (px_test_expect_quote (quotes, "festival aurait lieu")->speaker, ==, "ministère de la Culture et de la Communication");
  g_assert_cmpstr (px_test_expect_quote (quotes, "versées en juin")->speaker, ==, "ministère de l'Économie et des Finances");
  g_assert_cmpstr (px_test_expect_quote (quotes, "quarante viticulteurs")->speaker, ==, "ministère de l'Économie et des Finances");
  g_assert_cmpstr (px_test_expect_quote (quotes, "récolte était perdue")->speaker, ==,
                   "Fédération régionale des caves coopératives d'Occitanie");
  g_assert_cmpstr (px_test_expect_quote (flood, "premier étage")->speaker, ==, "préfecture de Maine-et-Loire");
  g_assert_cmpstr (px_test_expect_quote (flood, "deux routes")->speaker, ==, "gendarmerie de Maine-et-Loire");
  g_assert_cmpstr (px_test_expect_quote (flood, "digues ont cédé")->speaker, ==, "association des sinistrés de la Loire");
  quote = px_test_find_quote (quotes, "mélangé des vins");
  g_assert_true (quote == NULL || quote->speaker == NULL || strstr (quote->speaker, "tribunal") == NULL);
}

/* "S.A.", "S.L.", "Inc." after a firm's name are part of it, though the
 * tokeniser reads their stops as the ends of sentences; a stop before a
 * capitalised word may still end one. */
static void
test_company_legal_forms (void)
{
  const char *es =
    "Cierre\n\n"
    "El Grupo Ferral S.A. ha anunciado que cerrará su planta de Teruel.\n\n"
    "Transportes Oliva S.L. ha asegurado que pagará las nóminas de marzo.\n\n"
    "Los trabajadores protestaron ante la sede de Ferral S.A. El alcalde, Tomás Gil, ha dicho que la planta es viable.";
  const char *en =
    "Recall\n\n"
    "Talvik Inc. said it would recall 4,000 heaters.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (es, "es");
  g_autoptr(GPtrArray) english = px_quotes_find_in_text (en, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "cerrará su planta")->speaker, ==, "Grupo Ferral S.A.");
  g_assert_cmpstr (px_test_expect_quote (quotes, "pagará las nóminas")->speaker, ==, "Transportes Oliva S.L.");
  g_assert_cmpstr (px_test_expect_quote (quotes, "planta es viable")->speaker, ==, "Tomás Gil");
  g_assert_cmpstr (px_test_expect_quote (english, "recall 4,000 heaters")->speaker, ==, "Talvik Inc.");
}

/* Russian institutions with their genitive chains: a subject that opens
 * the sentence ("Прокуратура Курской области заявила"), a subject after
 * the verb ("— сообщила пресс-служба областного управления Роспотребнадзора"),
 * two genitives joined by "и" after "В министерстве …", and a genitive
 * after "По данным", put back in the nominative, with "по" and its region. */
static void
test_russian_institution_chains (void)
{
  const char *text =
    "Вода в Курске\n\n"
    "Прокуратура Курской области заявила, что проверка водоканала продлится до конца месяца.\n\n"
    "«Пробы воды отобраны в двенадцати точках», — сообщила пресс-служба областного управления Роспотребнадзора.\n\n"
    "В министерстве строительства и жилищного хозяйства Курской области заявили, что трубы заменят к осени.\n\n"
    "По данным Главного управления МЧС России по Курской области, без воды остаются четыре тысячи жителей.\n\n"
    "Прокуратура Белгородской области возбудила дело о халатности, сообщили в пресс-службе ведомства.\n\n"
    "Прокуратура Орловской области начала проверку на очистных сооружениях, сообщили ТАСС в пресс-службе надзорного ведомства.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "проверка водоканала")->speaker, ==, "Прокуратура Курской области");
  g_assert_cmpstr (px_test_expect_quote (quotes, "двенадцати точках")->speaker, ==,
                   "пресс-служба областного управления Роспотребнадзора");
  g_assert_cmpstr (px_test_expect_quote (quotes, "трубы заменят")->speaker, ==,
                   "министерство строительства и жилищного хозяйства Курской области");
  g_assert_cmpstr (px_test_expect_quote (quotes, "четыре тысячи жителей")->speaker, ==,
                   "Главное управление МЧС России по Курской области");
  /* the press service of the body the sentence names speaks for it */
  g_assert_cmpstr (px_test_expect_quote (quotes, "дело о халатности")->speaker, ==, "прокуратура Белгородской области");
  g_assert_cmpstr (px_test_expect_quote (quotes, "очистных сооружениях")->speaker, ==, "прокуратура Орловской области");
}

/* Spanish joins the last item of a list inside a name with "y" or, before
 * an "i" sound, "e"; "Departamento" and "Federación" head a name though
 * the word lists of institutions do not hold them. */
static void
test_spanish_list_in_name (void)
{
  const char *text =
    "Regadíos\n\n"
    "El Departamento de Agricultura, Ganadería e Innovación ha explicado que los regantes cobrarán en mayo.\n\n"
    "La Federación de Servicios, Movilidad y Consumo de UGT ha criticado que el plan llega tarde.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "cobrarán en mayo")->speaker, ==, "Departamento de Agricultura, Ganadería e Innovación");
  g_assert_cmpstr (px_test_expect_quote (quotes, "llega tarde")->speaker, ==, "Federación de Servicios, Movilidad y Consumo de UGT");
}

/* "The finance ministry said" after the Ministry of Finance and then
 * another ministry spoke: the word before the noun picks the ministry
 * whose name holds it, not the last one named. */
static void
test_institution_noun_with_modifier (void)
{
  const char *text =
    "Budget\n\n"
    "The Ministry of Health said in a statement that waiting lists had fallen.\n\n"
    "The Ministry of Transport warned that bus routes would be cut.\n\n"
    "The health ministry later said that no hospital would close.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "bus routes")->speaker, ==, "Ministry of Transport");
  g_assert_cmpstr (px_test_expect_quote (quotes, "no hospital would close")->speaker, ==, "Ministry of Health");
}

/* "Alliance", "Guild", "Coalition" and "Movement" head the names of
 * parties and trade bodies, so a coordinator inside them joins. */
static void
test_party_and_guild_names (void)
{
  const char *text =
    "Vote\n\n"
    "A spokeswoman for the centre-left Social and Liberal Alliance said the vote would be close.\n\n"
    "The smaller Independent Cab Drivers' Guild, which has 300 members, said it would strike on Friday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "vote would be close")->speaker, ==, "Social and Liberal Alliance");
  g_assert_cmpstr (px_test_expect_quote (quotes, "strike on Friday")->speaker, ==, "Independent Cab Drivers' Guild");
}

/* "CLAUSE, the Road Haulage Association said.": a named institution after
 * its article and a comma closes the clause it reports, as "the
 * association said" does. German: a compound cut short by a hyphen shares
 * its last part ("Wasserstraßen- und Schifffahrtsverwaltung des Bundes"). */
static void
test_clause_then_named_institution (void)
{
  const char *text =
    "Port\n\n"
    "Cranes at the container port will stop for a week, the Harbour Pilots Association said on Monday.\n\n"
    "Tolls on the bridge will double next year, the Severn Crossing Trust said.";
  const char *german =
    "Hafen\n\n"
    "Nach Angaben der Straßen- und Verkehrsverwaltung des Landes ist die Brücke seit 1990 nicht saniert worden.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Cranes at the container port")->speaker, ==, "Harbour Pilots Association");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Tolls on the bridge")->speaker, ==, "Severn Crossing Trust");
  g_assert_cmpstr (px_test_expect_quote (de, "nicht saniert")->speaker, ==, "Straßen- und Verkehrsverwaltung des Landes");
}

/* A title's word inside an institution's name after a coordinator
 * ("Health", "Transport") and a plural possessive after it do not split
 * the name; "… and Foreign Minister X" still does. */
static void
test_coordinated_name_with_title_word (void)
{
  const char *text =
    "Wards\n\n"
    "A spokesperson for Swansea and Neath Health Board said two wards would reopen in May.\n\n"
    "The Rail and Transport Workers' Union said the walkout would go ahead.\n\n"
    "The Ministry of Defence and Foreign Minister Ivan Petrov said the talks had failed.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "wards would reopen")->speaker, ==, "Swansea and Neath Health Board");
  g_assert_cmpstr (px_test_expect_quote (quotes, "walkout would go ahead")->speaker, ==, "Rail and Transport Workers' Union");
  g_assert_false (g_str_has_suffix (px_test_expect_quote (quotes, "talks had failed")->speaker, "Ivan Petrov")
                  && g_str_has_prefix (px_test_expect_quote (quotes, "talks had failed")->speaker, "Ministry"));
}

/* "The Chancellor is facing a revolt … . Rachel Hendry insisted … .
 * Speaking to the BBC, the Chancellor said": a title the article gave
 * nobody in apposition is the person its paragraph names, who has no
 * other description. */
static void
test_title_for_undescribed_person (void)
{
  const char *text =
    "Revolt\n\n"
    "The Chancellor is facing a growing rebellion from her own MPs over the cut.\n\n"
    "Rachel Hendry insisted on Sunday that the cut was right. "
    "Speaking to the BBC, the Chancellor said she had inherited a black hole from the previous government.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "black hole")->speaker, ==, "Rachel Hendry");
}

/* "Age UK estimated that two million pensioners would lose out": an
 * estimate with its clause is a statement; "was estimated at" is not. */
static void
test_estimated_that (void)
{
  const char *text =
    "Winter fuel\n\n"
    "Age UK estimated that two million pensioners would lose out. The cost was estimated at two billion pounds by analysts.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "would lose out")->speaker, ==, "Age UK");
  g_assert_null (px_test_find_quote (quotes, "two billion"));
}

/* "Baroness Helena Kennedy … . Lady Kennedy added": a peer's title is no
 * part of the name, and the title with the surname is the same person. */
static void
test_peerage_titles (void)
{
  const char *text =
    "Bill\n\n"
    "Baroness Helena Kennedy said the law was unjust. Lady Kennedy added that it would be challenged in the courts.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "law was unjust")->speaker, ==, "Helena Kennedy");
  g_assert_cmpstr (px_test_expect_quote (quotes, "challenged")->speaker, ==, "Helena Kennedy");
}

/* "Según un comunicado de la dirección, …": the author of a document,
 * named by a common noun with its article, speaks as itself. */
static void
test_document_author_common_noun (void)
{
  const char *text =
    "Cierre\n\n"
    "Según un comunicado de la dirección, la planta acumula pérdidas de 12 millones de euros.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "acumula pérdidas")->speaker, ==, "dirección");
}

/* "Der Landrat des Kreises Kusel, Thomas Albrecht (CDU), kündigte an":
 * the name between the commas speaks, its party in brackets after it. */
static void
test_apposition_with_party (void)
{
  const char *text =
    "Notaufnahme\n\n"
    "Der Landrat des Kreises Kusel, Thomas Albrecht (CDU), kündigte an, die Vorwürfe prüfen zu lassen. "
    "Er werde sich in der kommenden Woche mit beiden Seiten treffen, sagte der 58-Jährige.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Vorwürfe prüfen")->speaker, ==, "Thomas Albrecht");
  g_assert_cmpstr (px_test_expect_quote (quotes, "beiden Seiten")->speaker, ==, "Thomas Albrecht");
}

/* "Das Gesundheitsministerium in Mainz teilte mit": a German institution
 * and the place that completes it, not the place alone. */
static void
test_german_institution_with_place (void)
{
  const char *text =
    "Notaufnahme\n\n"
    "Das Gesundheitsministerium in Mainz teilte mit, ihm lägen bislang keine Beschwerden vor.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "keine Beschwerden")->speaker, ==, "Gesundheitsministerium in Mainz");
}

/* The present tense of Spanish features: "resume Luis", "lamenta". */
static void
test_spanish_feature_present (void)
{
  const char *text =
    "Panadería\n\n"
    "La alcaldesa, Carmen Ortiz, visitó el horno el lunes. \"Aquí no hay vacaciones\", resume Ortiz. "
    "\"Es una vida muy dura\", lamenta.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "no hay vacaciones")->speaker, ==, "Carmen Ortiz");
  g_assert_cmpstr (px_test_expect_quote (quotes, "vida muy dura")->speaker, ==, "Carmen Ortiz");
}

/* "Los hermanos Luis y Pedro Sanz": two given names joined by "y" before
 * one surname are two people, not one name. */
static void
test_spanish_siblings (void)
{
  const char *text =
    "Panadería\n\n"
    "Los hermanos Luis y Pedro Sanz llevan cuarenta años amasando pan. \"Aquí no hay vacaciones\", resume Luis, el mayor.\n\n"
    "Pedro, de 62 años, se encarga del reparto. \"Si no vamos nosotros, no va nadie\", explica.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "no hay vacaciones")->speaker, ==, "Luis Sanz");
  g_assert_cmpstr (px_test_expect_quote (quotes, "no va nadie")->speaker, ==, "Pedro Sanz");
  /* the words before the first name describe nobody as the second's title */
  g_assert_true (px_test_expect_quote (quotes, "no va nadie")->speaker_description == NULL
                 || strstr (px_test_expect_quote (quotes, "no va nadie")->speaker_description, "Luis") == NULL);
}

/* The present of French reportage: "souffle une voisine", "ironise le
 * maire". */
static void
test_french_reportage_present (void)
{
  const char *text =
    "Piscine\n\n"
    "Le maire de Vernay, Alain Dufour, a annoncé la fermeture de la piscine.\n\n"
    "« On nous prend pour des idiots », souffle une voisine. « Ils découvriront la facture », ironise le maire.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *neighbour = px_test_expect_quote (quotes, "des idiots");

  g_assert_cmpint (neighbour->kind, ==, PX_QUOTE_SPEECH);
  g_assert_cmpstr (neighbour->speaker, ==, "voisine");
  g_assert_cmpstr (px_test_expect_quote (quotes, "la facture")->speaker, ==, "Alain Dufour");
  {
    g_autoptr(GPtrArray) more = px_quotes_find_in_text ("Piscine\n\nLe maire de Vernay, Alain Dufour, a constaté que "
                                                        "la fréquentation avait baissé de moitié.", "fr");

    g_assert_cmpstr (px_test_expect_quote (more, "fréquentation")->speaker, ==, "Alain Dufour");
  }
}

/* The present of German and Russian reportage ("erzählt die Rentnerin",
 * "рассказывает пенсионерка"), and a German person noun never used before
 * ("die Rentnerin") for the person just named. */
static void
test_reportage_present_de_ru (void)
{
  const char *german =
    "Hochwasser\n\n"
    "Anwohnerin Gisela Huber hat ihre Möbel bereits in den ersten Stock getragen. "
    "„Beim letzten Mal stand das Wasser bis zur Decke“, erzählt die Rentnerin.";
  const char *russian =
    "Паводок\n\n"
    "Жительница поселка Нина Соколова уже перенесла вещи на второй этаж. "
    "«В прошлый раз вода стояла до потолка», — вспоминает Соколова.";
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");
  g_autoptr(GPtrArray) ru = px_quotes_find_in_text (russian, "ru");

  g_assert_cmpstr (px_test_expect_quote (de, "bis zur Decke")->speaker, ==, "Gisela Huber");
  g_assert_cmpstr (px_test_expect_quote (ru, "до потолка")->speaker, ==, "Нина Соколова");
  {
    g_autoptr(GPtrArray) more = px_quotes_find_in_text ("Паводок\n\nГлава района Олег Петров осмотрел дамбу. "
                                                        "«Эвакуация пока не нужна», — напомнил Петров.", "ru");

    g_assert_cmpstr (px_test_expect_quote (more, "Эвакуация")->speaker, ==, "Олег Петров");
  }
}

/* "A human rights group has accused …" in the lead, named in the next
 * paragraph as a "Network": a group is kin to a network. */
static void
test_group_kin_network (void)
{
  const char *text =
    "Pushbacks\n\n"
    "A human rights group has accused border guards of forcibly returning at least 300 migrants across the river.\n\n"
    "The report, by the Athens-based Border Monitoring Network, is based on interviews with 47 people.";

  assert_speaker (text, "forcibly returning", "Border Monitoring Network");
}

/* "But under cross-examination by Thomas Greaves, defending, he
 * accepted …": the person named after "by" in the opening adjunct is not
 * the pronoun subject. */
static void
test_pronoun_past_agent_adjunct (void)
{
  const char *text =
    "Trial\n\n"
    "Kwame Asante, 29, had denied attacking Liam Forsyth outside the club in March.\n\n"
    "Giving evidence on Tuesday, Mr Forsyth said he had only asked why his friend was being turned away. "
    "\"I didn't even raise my voice,\" he told the court.\n\n"
    "But under cross-examination by Thomas Greaves, defending, he accepted that he had been drinking for about six hours.";

  assert_speaker (text, "drinking for about six hours", "Liam Forsyth");
}

/* A German pronominal adverb opening a sentence ("Darin räumte er ein")
 * points back at the sentence before; it is no name, and the subject is
 * the pronoun after the verb. */
static void
test_german_pronominal_adverb (void)
{
  const char *text =
    "Brand\n\n"
    "Der Landwirt Markus Feldner hatte über seinen Verteidiger eine Erklärung verlesen lassen. "
    "Darin räumte er ein, das Feuer im August gelegt zu haben.\n\n"
    "„Ich war an dem Abend wütend auf meinen Nachbarn“, sagte er.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Feuer im August")->speaker, ==, "Markus Feldner");
  g_assert_cmpstr (px_test_expect_quote (quotes, "wütend auf meinen")->speaker, ==, "Markus Feldner");
}

/* "a précisé le tribunal" after "Le tribunal correctionnel de Valence a
 * condamné …": the bare institution noun is the institution the article
 * named in full with it, though that sentence held no quote. */
static void
test_bare_noun_named_in_text (void)
{
  const char *text =
    "Procès\n\n"
    "Le tribunal correctionnel de Valence a condamné mardi l'ancienne directrice à deux ans avec sursis.\n\n"
    "La prévenue devra également indemniser les six familles concernées, a précisé le tribunal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "indemniser les six familles")->speaker, ==,
                   "tribunal correctionnel de Valence");
}

/* "Number 10 said the Foreign Secretary would …": Downing Street's number
 * completing a capitalised "Number" or "No" is part of the subject's name,
 * so the sentence is no inverted "said the Foreign Secretary". Another
 * number is no name: "No 2 seed Casper Ruud said". */
static void
test_number_in_name (void)
{
  const char *text =
    "Row\n\n"
    "Number 10 said the Foreign Secretary would update MPs on Monday.\n\n"
    "No 10 said the minister would not resign.\n\n"
    "No 2 seed Casper Ruud said he felt tired after the match.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *first = px_test_expect_quote (quotes, "update MPs");
  PxQuote *second = px_test_expect_quote (quotes, "would not resign");

  g_assert_cmpstr (px_test_expect_quote (quotes, "felt tired")->speaker, ==, "Casper Ruud");

  g_assert_true (g_str_has_prefix (first->text, "the Foreign Secretary"));
  g_assert_cmpstr (first->speaker, ==, "Number 10");
  g_assert_nonnull (second->speaker);
  g_assert_true (g_str_has_suffix (second->speaker, "10"));
}

/* "Downing Street" then "Number 10": one office under two names speaks
 * under the name the article used first. */
static void
test_seat_aliases (void)
{
  const char *text =
    "Row\n\n"
    "Downing Street has rejected the claim.\n\n"
    "A Number 10 spokesman said the accusation was \"baseless\".\n\n"
    "Number 10 said the Foreign Secretary would update MPs on Monday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "accusation was")->speaker, ==, "Downing Street");
  g_assert_cmpstr (px_test_expect_quote (quotes, "update MPs")->speaker, ==, "Downing Street");
}

/* "Liam's father said", "His wife added": a kin noun with a possessor is
 * the relative of that person, here the one sharing the family's surname;
 * "Her husband" is the one the article introduced as her husband. */
static void
test_kin_of_possessor (void)
{
  const char *text =
    "Inquest\n\n"
    "Liam Carver, 14, drowned at a quarry lake in July.\n\n"
    "His mother, Donna Carver, told the inquest he was a strong swimmer.\n\n"
    "Her husband, Mark Carver, said the family had asked for a fence. "
    "Sergeant Paul Hendry told the inquest officers had been called four times.\n\n"
    "Liam's father said the family would now campaign for signs.\n\n"
    "His wife added that a fund had raised £8,000.\n\n"
    "Her husband said the council had never replied.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "campaign for signs")->speaker, ==, "Mark Carver");
  g_assert_cmpstr (px_test_expect_quote (quotes, "fund had raised")->speaker, ==, "Donna Carver");
  g_assert_cmpstr (px_test_expect_quote (quotes, "never replied")->speaker, ==, "Mark Carver");
}

/* "…, сообщили ТАСС в ГУ МЧС по Московской области": after the agency
 * that listened, "в" and an acronym, with the region its office serves,
 * is the institution that speaks. */
static void
test_russian_acronym_institution (void)
{
  const char *text =
    "Пожар\n\n"
    "Пожар на складе в Ногинском округе потушен, площадь возгорания составила 2 тыс. кв. м, "
    "сообщили ТАСС в ГУ МЧС по Московской области.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "площадь возгорания")->speaker, ==, "ГУ МЧС по Московской области");
}

/* "The boy's grandmother, who lives near the quarry, said": the relative of
 * someone never named is an anonymous source with its relative clause, not
 * the man named last; "The boy's mother" after "The boy's mother, Donna
 * Carver," is Donna Carver. */
static void
test_kin_of_common_noun (void)
{
  const char *text =
    "Inquest\n\n"
    "The boy's mother, Donna Carver, said the family had asked for a fence. "
    "Her husband, Mark Carver, said the council never replied.\n\n"
    "The boy's grandmother, who lives near the quarry, said she had seen teenagers swimming there.\n\n"
    "The boy's mother said she would keep campaigning.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "teenagers swimming")->speaker, ==,
                   "boy's grandmother, who lives near the quarry");
  g_assert_cmpstr (px_test_expect_quote (quotes, "keep campaigning")->speaker, ==, "Donna Carver");
}

/* "The landowner, Halford Aggregates, said … . “…,” the company said": a
 * name with a trade head in the plural ("Aggregates", "Homes") is a
 * business, so "the company" goes back to it, not to the police named
 * since. */
static void
test_business_name_heads (void)
{
  const char *text =
    "Quarry\n\n"
    "The landowner, Halford Aggregates, said warning signs had been put up in 2019.\n\n"
    "Sergeant Paul Hendry of Northam Police said officers had been called four times.\n\n"
    "\"We are deeply sorry for the family's loss,\" the company said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "deeply sorry")->speaker, ==, "Halford Aggregates");
}

/* "La fille d'une résidente, partie civile, a expliqué que …": a short
 * lower-case apposition between commas does not hide the phrase that opens
 * the sentence, which speaks (and "a-t-elle ajouté" after it is her). */
static void
test_plain_apposition_subject (void)
{
  const char *text =
    "Procès\n\n"
    "Sylvie Marchand, 56 ans, a reconnu les faits.\n\n"
    "La fille d'une résidente, partie civile, a expliqué que sa mère s'était sentie « humiliée » "
    "de devoir demander de l'aide. « Ma mère a travaillé toute sa vie », a-t-elle ajouté.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "sentie")->speaker, ==, "fille d'une résidente");
  g_assert_cmpstr (px_test_expect_quote (quotes, "toute sa vie")->speaker, ==, "fille d'une résidente");
}

/* "«…», cuenta su mujer, Rosa Vidal": "cuenta" tells, so the quote is
 * hers, not the neighbour's named before. */
static void
test_spanish_cuenta (void)
{
  const char *text =
    "Inundación\n\n"
    "Un vecino, Joan Puig, relata que el agua subió un metro.\n\n"
    "«Oímos un ruido enorme y el agua ya entraba», cuenta su mujer, Rosa Vidal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "ruido enorme");

  g_assert_cmpstr (quote->speaker, ==, "Rosa Vidal");
  g_assert_cmpstr (quote->verb, ==, "cuenta");
}

/* "Ray and Sue Whitlock": "Ray" is a given name, so the run registers Ray
 * Whitlock, whom "Her husband" and "Ray" then name. */
static void
test_couple_older_given_names (void)
{
  const char *text =
    "Fire\n\n"
    "The bakery's owners, Ray and Sue Whitlock, have run it for 26 years. "
    "Mrs Whitlock said she had watched the roof collapse.\n\n"
    "Her husband said the couple had not yet decided whether to rebuild.\n\n"
    "Ray said he was tired.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "roof collapse")->speaker, ==, "Sue Whitlock");
  g_assert_cmpstr (px_test_expect_quote (quotes, "whether to rebuild")->speaker, ==, "Ray Whitlock");
  g_assert_cmpstr (px_test_expect_quote (quotes, "was tired")->speaker, ==, "Ray Whitlock");
}

/* "Lee Dawson was sent off. His manager refused to criticise him. “…,” the
 * 47-year-old said": an age never given goes to the one the sentence before
 * speaks of as "His manager", the person described as manager, not to the
 * player named in it. */
static void
test_possessive_role_subject (void)
{
  const char *text =
    "Match\n\n"
    "Ashby manager Neil Rowntree said it was a great day.\n\n"
    "Ashby captain Lee Dawson was sent off after 55 minutes. His manager refused to criticise him. "
    "\"Lee has carried this team all season,\" the 47-year-old said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "carried this team")->speaker, ==, "Neil Rowntree");
}

/* "Der Angeklagte hat die Vorwürfe eingeräumt. „…“, sagte er": German
 * capitalises the role noun of the sentence before, which still names its
 * topic, the defendant, not the judge named last. */
static void
test_german_role_topic (void)
{
  const char *text =
    "Prozess\n\n"
    "Der Bauunternehmer Stefan Maier bestreitet, die Stadt betrogen zu haben.\n\n"
    "Der Vorsitzende Richter Thomas Bauer kündigte ein Urteil für Freitag an.\n\n"
    "Der Angeklagte hat die Vorwürfe eingeräumt. „Ich habe einen Fehler gemacht“, sagte er.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "einen Fehler gemacht")->speaker, ==, "Stefan Maier");
}

/* "The Indian owner of the Carrick steelworks has rejected …, saying …" in
 * the lead, then "Varun Steel said …": the owner described before the body
 * names it is the business named next, not the nationality. */
static void
test_owner_named_later (void)
{
  const char *text =
    "Steel\n\n"
    "The Indian owner of the Carrick steelworks has rejected a rescue package, saying the offer does not cover the cost.\n\n"
    "Varun Steel said in a statement on Thursday that the money was too little.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "does not cover")->speaker, ==, "Varun Steel");
}

/* "warned of the impact", "denies 12 counts of theft", "warnte vor einem
 * Ärztemangel": a cue with a bare noun object reports what the talk was
 * about, no clause; "warned that", "warnte davor, … zu" still do. */
static void
test_bare_noun_objects (void)
{
  const char *english =
    "Strike\n\n"
    "Patients' groups warned of the impact on waiting lists, already the longest in the country.\n\n"
    "Donna Pike, 45, denies 12 counts of theft at Castleford Crown Court.\n\n"
    "The union warned that job losses were likely.";
  const char *german =
    "Ärzte\n\n"
    "Der Hausärzteverband warnte vor einem massiven Ärztemangel auf dem Land.\n\n"
    "Der Verband warnte davor, die Praxen auf dem Land zu schließen.";
  g_autoptr(GPtrArray) en = px_quotes_find_in_text (english, "en");
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");

  g_assert_null (px_test_find_quote (en, "waiting lists"));
  g_assert_null (px_test_find_quote (en, "counts of theft"));
  px_test_expect_quote (en, "job losses were likely");
  g_assert_null (px_test_find_quote (de, "Ärztemangel"));
  px_test_expect_quote (de, "Praxen auf dem Land");
}

/* "«…», ha añadido el conseller" in the paragraph after Vicente Llorca's
 * quote: a definite role nobody was named with, with a verb of adding,
 * goes on with the one who spoke last, though a paragraph back. */
static void
test_role_adding_previous_paragraph (void)
{
  const char *text =
    "Inundaciones\n\n"
    "La alcaldesa de Benialta, Carmen Ferrer, ha pedido ayudas urgentes.\n\n"
    "Desde la Conselleria de Emergencias, su titular, Vicente Llorca, ha asegurado que los técnicos evaluarán los daños.\n\n"
    "«La Generalitat estará al lado de Benialta», ha añadido el conseller.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "al lado de Benialta")->speaker, ==, "Vicente Llorca");
}

/* "A Danube Grain spokesman said … . “…,” the spokesman added": the
 * unnamed spokesperson speaks for the name before the noun, not for the
 * institution named last. */
static void
test_spokesperson_premodifier (void)
{
  const char *text =
    "Grain\n\n"
    "The Agriculture Ministry said exports had fallen.\n\n"
    "A Danube Grain spokesman said the convoy had been delayed by fog.\n\n"
    "\"We expect the ships to sail on Friday,\" the spokesman added.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "sail on Friday")->speaker, ==, "Danube Grain");
}

/* "Ein Sprecher des bayerischen Innenministeriums sagte": the lower-case
 * regional adjective belongs to the institution's name, put back in the
 * nominative ("Bayerisches Innenministerium"). */
static void
test_german_adjective_names (void)
{
  const char *text =
    "Flut\n\n"
    "Ein Sprecher des bayerischen Innenministeriums sagte, es stünden 600 Helfer bereit.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "600 Helfer")->speaker, ==, "Bayerisches Innenministerium");
}

/* "сообщили ТАСС в ГУ МЧС по Московской области", then "В ГУ МЧС
 * уточнили": the short form speaks under the fuller name another quote gave
 * it with the region it serves. */
static void
test_fuller_speaker_names (void)
{
  const char *text =
    "Пожар\n\n"
    "Пожар на складе потушен, площадь возгорания составила 2 тыс. кв. м, сообщили ТАСС в ГУ МЧС по Московской области.\n\n"
    "«Пострадавших нет. На месте работали 60 человек», — уточнили в ведомстве.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Пострадавших нет")->speaker, ==, "ГУ МЧС по Московской области");
}

/* An unnamed person after the verb keeps the phrase that places them, up
 * to the sentence's end ("shouted one woman from the gallery of the church"), but
 * not a time ("said a resident on Tuesday evening"). */
static void
test_anonymous_postmodifier (void)
{
  const char *text =
    "Village hall meeting on bypass turns angry\n\n"
    "The county council presented its plans for the bypass on Thursday.\n\n"
    "\"You have already made up your minds,\" shouted one woman from the gallery of the church. "
    "The woman later said the consultation had been \"for show\".\n\n"
    "\"We will lose the bus stop,\" said a pensioner on Tuesday evening.\n\n"
    "\"Nobody asked the farms,\" said a shepherd from near the ridge, Alun Pryce.";
  const char *german =
    "Streik legt Busse lahm\n\n"
    "Der Streik hat am Montag den Verkehr in der Stadt lahmgelegt.\n\n"
    "„Ich bin zwei Stunden zu Fuß gegangen“, sagte ein Verkäufer aus Neustadt.\n\n"
    "„Das war vorhersehbar“, sagte eine Rentnerin am Montagmorgen.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  g_autoptr(GPtrArray) german_quotes = px_quotes_find_in_text (german, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "already made up your minds")->speaker, ==, "woman from the gallery of the church");
  g_assert_cmpstr (px_test_expect_quote (quotes, "lose the bus stop")->speaker, ==, "pensioner");
  /* a name after the comma speaks, not the placed role */
  g_assert_cmpstr (px_test_expect_quote (quotes, "Nobody asked the farms")->speaker, ==, "Alun Pryce");
  /* "the woman" later is the one placed in the gallery */
  g_assert_cmpstr (px_test_expect_quote (quotes, "for show")->speaker, ==, "woman from the gallery of the church");
  g_assert_cmpstr (px_test_expect_quote (german_quotes, "zwei Stunden zu Fuß")->speaker, ==, "Verkäufer aus Neustadt");
  g_assert_cmpstr (px_test_expect_quote (german_quotes, "Das war vorhersehbar")->speaker, ==, "Rentnerin");
}

/* "Commuters questioned by the inspectors said": an unnamed group told
 * apart by a participle keeps it; a group only relayed by a named outlet
 * ("quoted by the Courier") is the group. */
static void
test_anonymous_participle (void)
{
  const char *text =
    "Rail punctuality report published\n\n"
    "The regulator published its yearly report on punctuality on Monday.\n\n"
    "Commuters questioned by the inspectors said cancellations had become a weekly event.\n\n"
    "Residents quoted by the Evening Courier said the new timetable had made things worse.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "cancellations had become a weekly event")->speaker, ==,
                   "Commuters questioned by the inspectors");
  g_assert_cmpstr (px_test_expect_quote (quotes, "new timetable had made things worse")->speaker, ==, "Residents");
}

/* "A ferry engineer with ten years on the route, who asked not to be
 * named, said": the phrases that tell which one belong to the unnamed
 * speaker, the clause between commas does not. */
static void
test_anonymous_before_apposition (void)
{
  const char *text =
    "Ferry operator cuts winter sailings\n\n"
    "The operator, Northsea Lines, said on Monday that it would halve its winter timetable.\n\n"
    "A ferry engineer with ten years on the route, who asked not to be named, said the ships were \"held together with tape\".\n\n"
    "A deckhand described the mood among crews as \"grim but calm\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "held together with tape")->speaker, ==, "ferry engineer with ten years on the route");
}

/* "According to two staff who spoke on condition of anonymity, …": the
 * unnamed group keeps its relative clause, without its count, and "one of
 * them said" afterwards is that group. */
static void
test_anonymous_according_to (void)
{
  const char *text =
    "Warehouse operator to close depot\n\n"
    "Halden Logistics will close its depot in Carlow, the company confirmed on Tuesday.\n\n"
    "According to three drivers who spoke on condition of anonymity, the night shift was told on Monday that it would end in March.\n\n"
    "\"Nobody from head office came to tell us,\" one of them said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "night shift was told on Monday")->speaker, ==,
                   "drivers who spoke on condition of anonymity");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Nobody from head office")->speaker, ==,
                   "drivers who spoke on condition of anonymity");
}

/* "A neighbour who …, and who asked not to be named, said": the second
 * relative clause, between commas, is no part of the label, and the
 * neighbour is who "She said" next points to. */
static void
test_anonymous_second_relative (void)
{
  const char *text =
    "Fire at timber yard\n\n"
    "Station manager Karen Doyle said: \"Crews were on site within eight minutes.\"\n\n"
    "A resident who called the fire brigade, and who asked not to be named, said she had seen smoke above the sheds before midnight. "
    "She said she had not seen anyone leave the yard.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "seen smoke above the sheds")->speaker, ==, "resident who called the fire brigade");
  g_assert_cmpstr (px_test_expect_quote (quotes, "not seen anyone leave")->speaker, ==, "resident who called the fire brigade");
}

/* "A pilot described the mood as “…”. “…,” he said": a verb that reports
 * speech only before a quotation is the cue "he" points back to. */
static void
test_pronoun_after_described (void)
{
  const char *text =
    "Airline rosters row\n\n"
    "The chief executive, Tom Hale, said on Monday that rosters would not change.\n\n"
    "A veteran cabin steward described the atmosphere on board as \"poisonous\". \"We hear about changes from passengers,\" he said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "poisonous")->speaker, ==, "veteran cabin steward");
  g_assert_cmpstr (px_test_expect_quote (quotes, "changes from passengers")->speaker, ==, "veteran cabin steward");
}

/* "The county's highway officers have backed the scheme. In their
 * report, they say …": "they" is the plural people the sentence before
 * opens with, not the company named earlier. */
static void
test_group_pronoun_subject (void)
{
  const char *text =
    "Quarry extension approved\n\n"
    "Northfield Aggregates wants to extend its quarry by 40 hectares, the company said in its application.\n\n"
    "The county's highway officers have backed the scheme. In their report, they say that lorry traffic would rise by \"no more than 5%\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "lorry traffic would rise")->speaker, ==, "county's highway officers");
}

/* "the mother of two" in a paragraph of its own is an epithet for the
 * person the story is about, named first (the defendant), not the last
 * woman named (a witness); after a man's words in his paragraph, "the
 * father of three" is still that man. */
static void
test_parent_of_count_subject (void)
{
  const char *text =
    "Nurse denies stealing from patients\n\n"
    "A nurse took money from patients' purses over two years, a court heard.\n\n"
    "Karen Holt, 39, of Mill Lane, Eastwick, denies six counts of theft.\n\n"
    "Prosecuting, Simon Birch told the jury that Holt had been seen on camera.\n\n"
    "One patient, 88-year-old Mary Lowe, lost £900.\n\n"
    "Giving evidence, the mother of two said she had never taken anything.\n\n"
    "She said the money had been \"a gift\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "never taken anything")->speaker, ==, "Karen Holt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "a gift")->speaker, ==, "Karen Holt");
  g_ptr_array_unref (quotes);
  quotes = px_quotes_find_in_text ("Smelter closes\n\n"
                                   "Owen Price, who ran the smelter, said the site had lost money for years.\n\n"
                                   "Worker Gareth Hughes, 52, said he had expected the closure. "
                                   "\"Everybody knew it,\" the father of three said.", "en");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Everybody knew it")->speaker, ==, "Gareth Hughes");
}

/* "Young painter wins Lakeside Art Award": the headline's verb in -s is
 * no role of the award, so "the painter" later is the painter named. */
static void
test_headline_verb_not_role (void)
{
  const char *text =
    "Young painter wins Lakeside Art Award\n\n"
    "A series of harbour scenes has won this year's Lakeside Art Award, worth £10,000.\n\n"
    "The winner, Nadia Crane, 26, studied in Glasgow.\n\n"
    "Crane said she would spend the money on a studio. \"I have been painting in my kitchen for six years,\" the painter said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "painting in my kitchen")->speaker, ==, "Nadia Crane");
}

/* "The company has called the report …" after "the campaign group
 * RiverWatch": a group the article says stands for a cause is no
 * business, so the company is the operator named before it. */
static void
test_company_not_cause_group (void)
{
  const char *text =
    "Mine protest enters third week\n\n"
    "Villagers have blocked the road to a copper mine in the north for three weeks.\n\n"
    "The operator, Redstone Mining, has accused the protesters of \"sabotage\".\n\n"
    "A report by the campaign group RiverWatch found that lead levels in the river had doubled. "
    "The company has called the report \"biased\".";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "biased")->speaker, ==, "Redstone Mining");
}

/* A French court report: "a soutenu l'avocat général, Paul Henry," is the
 * name in apposition after a role with its elided article; "L'accusé, lui,
 * nie toujours les faits. « … », a-t-il répété" is the accused, the one
 * the prosecution asked a sentence against, not the last man who spoke. */
static void
test_french_court_roles (void)
{
  const char *text =
    "Vol à main armée : huit ans requis\n\n"
    "Le procureur a requis mardi huit ans de prison contre Marc Delorme, jugé depuis lundi devant le tribunal "
    "correctionnel de Lille pour le braquage d'une bijouterie.\n\n"
    "« Il savait exactement ce qu'il faisait », a soutenu l'avocat général, Paul Henry, devant le tribunal.\n\n"
    "L'accusé, lui, nie toujours les faits. « Je n'étais même pas à Lille ce jour-là », a-t-il répété à la barre.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "exactement ce qu'il faisait")->speaker, ==, "Paul Henry");
  g_assert_cmpstr (px_test_expect_quote (quotes, "pas à Lille")->speaker, ==, "Marc Delorme");
}

/* "Der Landesbauernverband … . …, teilte der Verband mit", "Eine
 * Sprecherin der Behörde sagte": a German noun for a kind of institution is
 * the institution a sentence of the paragraph opened with, not a speaker
 * called "Verband"; the one-of-a-kind "die Stadtverwaltung" speaks as
 * itself. */
static void
test_german_institution_anaphor (void)
{
  const char *text =
    "Streit um neue Deponie\n\n"
    "Das Landesamt für Bergbau hatte die Deponie bei Ohlstadt im Mai genehmigt. "
    "Eine Sprecherin der Behörde sagte, alle Gutachten seien geprüft worden.\n\n"
    "Der Bauernverband Oberland lehnt die Pläne ab. Die Deponie gefährde das Grundwasser, "
    "teilte der Verband am Freitag mit.\n\n"
    "Das Freibad bleibt geschlossen. Die Sanierung dauere länger, teilte die Stadtverwaltung mit.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "alle Gutachten");
  g_assert_cmpstr (quote->speaker, ==, "Landesamt für Bergbau");
  quote = px_test_expect_quote (quotes, "gefährde das Grundwasser");
  g_assert_cmpstr (quote->speaker, ==, "Bauernverband Oberland");
  quote = px_test_expect_quote (quotes, "Sanierung dauere");
  g_assert_cmpstr (quote->speaker, ==, "Stadtverwaltung");
}

/* ‘“Where were you at ten?” Mr Okafor asked.’: after a question or an
 * exclamation, a name of several capitalised words (with its title) and a
 * cue ending the sentence are the quote's cue, as one name word is. */
static void
test_question_then_titled_name (void)
{
  const char *text =
    "Witness recalls the night of the fire\n\n"
    "Defence barrister Daniel Okafor questioned the warden, Helen Marsh, for an hour.\n\n"
    "\"Where were you at ten o'clock?\" Mr Okafor asked. \"In the office,\" she said.\n\n"
    "\"Nobody checked the doors!\" Ms Helen Marsh said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "Where were you");
  g_assert_cmpstr (quote->speaker, ==, "Daniel Okafor");
  g_assert_cmpstr (quote->verb, ==, "asked");
  quote = px_test_expect_quote (quotes, "In the office");
  g_assert_cmpstr (quote->speaker, ==, "Helen Marsh");
  quote = px_test_expect_quote (quotes, "Nobody checked");
  g_assert_cmpstr (quote->speaker, ==, "Helen Marsh");
  g_assert_cmpstr (quote->verb, ==, "said");
}

/* "« … », a-t-il fait valoir": the inverted pronoun two words before
 * "valoir" or "savoir" is the source, not a name "a-t-il". */
static void
test_french_incise_fait_valoir (void)
{
  const char *text =
    "Procès d'un incendiaire à Dijon\n\n"
    "L'avocate de la défense, Me Claire Fabre, a demandé la relaxe. « Mon client était chez lui ce soir-là », "
    "a-t-elle fait valoir.\n\n"
    "Le procureur, Marc Vidal, a requis quatre ans. « Les preuves sont accablantes », a-t-il fait savoir.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "Mon client");
  g_assert_cmpstr (quote->speaker, ==, "Claire Fabre");
  quote = px_test_expect_quote (quotes, "preuves sont accablantes");
  g_assert_cmpstr (quote->speaker, ==, "Marc Vidal");
}

/* "Son directeur, X, a salué « … » et annoncé que …": after "et" a
 * participle with no subject of its own shares its sentence's; the words
 * after it are its object or clause, no inverted subject. */
static void
test_french_coordinated_participle (void)
{
  const char *text =
    "Fraude dans les bus de Nantes\n\n"
    "Le réseau de transports s'est porté partie civile. Son directeur, Paul Morel, a salué « une décision claire » "
    "et annoncé le renforcement des contrôles en soirée.\n\n"
    "La maire, Anne Leroy, a reçu les syndicats et assuré que les horaires seraient maintenus.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "une décision claire");
  g_assert_cmpstr (quote->speaker, ==, "Paul Morel");
  quote = px_test_expect_quote (quotes, "horaires seraient maintenus");
  g_assert_cmpstr (quote->speaker, ==, "Anne Leroy");
}

/* "Парламентарий пообещал …": a Russian noun for one person opening its
 * sentence is no name of one word; it is the person last reported
 * speaking, as "— отметил парламентарий" is. A surname there stays a name,
 * and plural "Жители" no single person. */
static void
test_russian_role_opening_sentence (void)
{
  const char *text =
    "Жители против стройки\n\n"
    "Депутат областной думы Сергей Орлов назвал решение «ошибкой». Парламентарий пообещал направить запрос "
    "в прокуратуру.\n\n"
    "Эколог Ирина Смирнова заявила, что сквер нужно сохранить. Белов заявил, что стройка законна. "
    "«Все разрешения есть», — сказал Белов.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "направить запрос");
  g_assert_cmpstr (quote->speaker, ==, "Сергей Орлов");
  quote = px_test_expect_quote (quotes, "Все разрешения");
  g_assert_cmpstr (quote->speaker, ==, "Белов");
}

/* "sagte die SPD-Politikerin": a German compound whose head is a noun for
 * a person ("Politikerin", "Chef") refers back to the person just named,
 * of the gender its article gives. */
static void
test_german_compound_person_noun (void)
{
  const char *text =
    "Streit um Kita-Gebühren\n\n"
    "Der Grünen-Fraktionschef Jan Berger nannte die Pläne unsozial. Die Kultusministerin Katrin Vogel "
    "verteidigte die Erhöhung. „Qualität kostet Geld“, sagte die SPD-Politikerin am Mittwoch.\n\n"
    "„Das ist Wortbruch“, sagte der Grünen-Politiker später.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "Qualität kostet Geld");
  g_assert_cmpstr (quote->speaker, ==, "Katrin Vogel");
  quote = px_test_expect_quote (quotes, "Das ist Wortbruch");
  g_assert_cmpstr (quote->speaker, ==, "Jan Berger");
}

/* "Driving instructor tells jury …" / "A driving instructor told a jury
 * she …", then "Joanne Whitfield, 47, of Ripon, denies …": the unnamed
 * person of the headline and the lead is the one the next paragraph
 * introduces by name and age; "a jury" is the listener, not the clause. An
 * unnamed source followed by a paragraph that does not introduce someone
 * so stays unnamed. */
static void
test_lead_named_next_paragraph (void)
{
  const char *text =
    "Lorry driver tells jury he was not on his phone\n\n"
    "A lorry driver told a jury he was not using his phone when his vehicle struck a cyclist near Malton.\n\n"
    "Peter Colley, 58, of Pickering, denies causing death by careless driving.\n\n"
    "A witness said the lorry had been travelling slowly.\n\n"
    "Gemma Hart, who was cycling behind, told the court she saw the impact.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "he was not using his phone");
  g_assert_cmpstr (quote->speaker, ==, "Peter Colley");
  g_assert_null (strstr (quote->text, "jury"));
  quote = px_test_expect_quote (quotes, "he was not on his phone");
  g_assert_cmpstr (quote->speaker, ==, "Peter Colley");
  quote = px_test_expect_quote (quotes, "travelling slowly");
  g_assert_cmpstr (quote->speaker, ==, "witness");
}

/* "The jury heard from a forensic investigator, PC Lee Marsh, who said the
 * car …": the relative pronoun after a comma speaks for the name before
 * it, and "heard from" is no cue of its own; "an officer at Sadakhlo, who
 * asked not to be named, said" stays the officer's. */
static void
test_relative_who_after_name (void)
{
  const char *text =
    "Cyclist death trial\n\n"
    "Joanne Whitfield denies causing death by dangerous driving.\n\n"
    "The jury heard from a forensic collision investigator, PC Lee Marsh, who said the car had been "
    "travelling at about 48mph.\n\n"
    "A paramedic at Ripon, who asked not to be named, said the cyclist had died at the scene.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "travelling at about 48mph");
  g_assert_cmpstr (quote->speaker, ==, "Lee Marsh");
  g_assert_true (g_str_has_prefix (quote->text, "the car"));
  quote = px_test_expect_quote (quotes, "died at the scene");
  g_assert_cmpstr (quote->speaker, !=, "Ripon");
}

/* "Ecologistas en Acción criticó que …", "Médecins du Monde a dénoncé …":
 * Spanish and French links between the capitalised words of a name that
 * fills the sentence up to its verb keep it one institution. */
static void
test_romance_institution_links (void)
{
  g_autoptr(GPtrArray) es = px_quotes_find_in_text (
    "Sequía en la Axarquía\n\nEcologistas en Acción criticó que la Junta siga autorizando nuevos regadíos.", "es");
  g_autoptr(GPtrArray) fr = px_quotes_find_in_text (
    "Camps de migrants\n\nMédecins du Monde a dénoncé que les tentes avaient été détruites.", "fr");
  PxQuote *quote;

  quote = px_test_expect_quote (es, "nuevos regadíos");
  g_assert_cmpstr (quote->speaker, ==, "Ecologistas en Acción");
  quote = px_test_expect_quote (fr, "tentes avaient été détruites");
  g_assert_cmpstr (quote->speaker, ==, "Médecins du Monde");
}

/* "Desde la Confederación Hidrográfica del Sur aseguraron …", "En el
 * Ayuntamiento explicaron …": the preposition and the article that open
 * the sentence are no part of the institution's name. */
static void
test_spanish_desde_institution (void)
{
  const char *text =
    "Sequía en el sur\n\n"
    "Desde la Confederación Hidrográfica del Sur aseguraron que la situación se vigila a diario.\n\n"
    "En el Ayuntamiento de Vélez explicaron que el riego se cortará el lunes.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "se vigila a diario");
  g_assert_cmpstr (quote->speaker, ==, "Confederación Hidrográfica del Sur");
  quote = px_test_expect_quote (quotes, "el riego se cortará");
  g_assert_cmpstr (quote->speaker, ==, "Ayuntamiento de Vélez");
}

/* "Downing Street said … . Asked whether …, the spokesman said": with no
 * spokesperson introduced, "the spokesman" speaks for the institution last
 * reported speaking, not for the charity named in the paragraph before. */
static void
test_spokesman_of_last_body (void)
{
  const char *text =
    "Ministers clash over fines\n\n"
    "Tom Breck, founder of the River Action Trust, said fines alone would not clean up rivers.\n\n"
    "Downing Street said the prime minister backed the plan \"100 percent\". Asked whether the minister had been "
    "rebuked, the spokesman said: \"He was making a general point.\"";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "making a general point");
  g_assert_cmpstr (quote->speaker, ==, "Downing Street");
}

/* "« … », s'agace cette infirmière de 45 ans": a French demonstrative
 * points back to the person just named, of its gender; "assure cette
 * source" stays the unnamed source. */
static void
test_french_demonstrative_person (void)
{
  const char *text =
    "Grève à l'aéroport\n\n"
    "Dans le hall des départs, Nathalie Roche attendait depuis cinq heures. Son vol a été annulé. "
    "« Personne ne nous dit rien », s'agace cette infirmière de 45 ans.\n\n"
    "Selon un conseiller du ministre, une réunion est prévue. Les discussions se poursuivent « jour et nuit », "
    "assure cette source.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "Personne ne nous dit rien");
  g_assert_cmpstr (quote->speaker, ==, "Nathalie Roche");
  quote = px_test_expect_quote (quotes, "jour et nuit");
  g_assert_cmpstr (quote->speaker, !=, "Nathalie Roche");
}

/* "… told BBC Radio 4. She said …": a full stop after a single digit ends
 * the sentence in English, so the next sentence's cue is read; German "am
 * 4. März" stays one sentence. */
static void
test_digit_full_stop (void)
{
  g_autoptr(GPtrArray) en = px_quotes_find_in_text (
    "Ministers clash\n\n\"The era is over,\" Claire Dunmore told BBC Radio 4. "
    "She said the new regime would be in force by April.", "en");
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (
    "Streik\n\nDie Gewerkschaft Verdi teilte am 4. März mit, der Streik werde verlängert.", "de");
  PxQuote *quote;

  quote = px_test_expect_quote (en, "in force by April");
  g_assert_cmpstr (quote->speaker, ==, "Claire Dunmore");
  quote = px_test_expect_quote (de, "Streik werde verlängert");
  g_assert_nonnull (quote->speaker);
  g_assert_nonnull (strstr (quote->speaker, "Verdi"));
}

/* "Parent Sarah Quinn, whose two sons attend the school, …": a word that
 * opens the sentence before a given name and a surname, itself no given
 * name, describes the person; "Sarah Jane Quinn" keeps her second name. */
static void
test_sentence_opening_descriptor (void)
{
  const char *text =
    "Parents fight for crossing patrol\n\n"
    "Parent Sarah Quinn, whose two sons attend the school, started a petition. \"Someone will get hurt,\" "
    "Mrs Quinn said.\n\n"
    "Sarah Jane Ellis, a teacher, said the road was dangerous.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "Someone will get hurt");
  g_assert_cmpstr (quote->speaker, ==, "Sarah Quinn");
  quote = px_test_expect_quote (quotes, "road was dangerous");
  g_assert_cmpstr (quote->speaker, ==, "Sarah Jane Ellis");
}

/* "The prosecution says she was looking at her phone": a party to a trial
 * speaks as itself, not as the defendant named just before. */
static void
test_prosecution_as_itself (void)
{
  const char *text =
    "Driver denies causing death\n\n"
    "Joanne Whitfield, 47, denies causing death by dangerous driving. The prosecution says she was looking at "
    "her phone when her car hit the cyclist.\n\n"
    "The defence said the low sun had dazzled her.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "looking at her phone");
  g_assert_cmpstr (quote->speaker, ==, "prosecution");
  quote = px_test_expect_quote (quotes, "low sun had dazzled");
  g_assert_cmpstr (quote->speaker, ==, "defence");
}

/* "Ein Hafenarbeiter am Burchardkai sagte, …": a German indefinite noun
 * opening the sentence keeps the place phrase that tells which one, and
 * the place is no speaker. */
static void
test_german_anonymous_with_place (void)
{
  const char *text =
    "Warnstreik im Hafen\n\n"
    "Die Beschäftigten streikten am Terminal Burchardkai. Ein Hafenarbeiter am Burchardkai sagte, die "
    "Stimmung sei so schlecht wie nie.\n\n"
    "Eine Anwohnerin aus Altona sagte, der Lärm habe endlich aufgehört.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "Stimmung sei");
  g_assert_cmpstr (quote->speaker, ==, "Hafenarbeiter am Burchardkai");
  quote = px_test_expect_quote (quotes, "Lärm habe");
  g_assert_cmpstr (quote->speaker, ==, "Anwohnerin aus Altona");
}

/* "Ein Sprecher des Terminalbetreibers Eurogate", "des Autobauers
 * Volkswagen": the noun for the kind of business before its name is no
 * part of the institution's name. */
static void
test_german_business_kind_before_name (void)
{
  const char *text =
    "Streik in Bremerhaven\n\n"
    "Ein Sprecher des Terminalbetreibers Eurogate sagte, etwa 40 Schiffe warteten auf Abfertigung.\n\n"
    "Eine Sprecherin des Autobauers Volkswagen sagte, die Lieferungen verzögerten sich.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "40 Schiffe");
  g_assert_cmpstr (quote->speaker, ==, "Eurogate");
  quote = px_test_expect_quote (quotes, "Lieferungen");
  g_assert_cmpstr (quote->speaker, ==, "Volkswagen");
}

/* "“…,” the Liberal Democrat said", "the Labour MP added": a party member
 * the article named nobody as is the person last reported speaking; "the
 * Treasury said" stays an institution. */
static void
test_party_member_back_reference (void)
{
  const char *text =
    "Market hall closure\n\n"
    "Councillor Hannah Price said the repairs cost too much.\n\n"
    "Opposition leader Martin Shaw said the cabinet had given up. \"It can find the money,\" the Liberal "
    "Democrat said.\n\n"
    "\"We will look again,\" the Treasury said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "It can find the money");
  g_assert_cmpstr (quote->speaker, ==, "Martin Shaw");
  quote = px_test_expect_quote (quotes, "We will look again");
  g_assert_cmpstr (quote->speaker, ==, "Treasury");
}

/* "Fuentes del organismo indicaron …" after "Desde la Confederación
 * Hidrográfica del Sur aseguraron …": a Spanish or French noun for any
 * public body is the institution last reported speaking. */
static void
test_romance_body_anaphor (void)
{
  const char *text =
    "Sequía en el sur\n\n"
    "Desde la Confederación Hidrográfica del Sur aseguraron que la situación se vigila a diario. Fuentes del "
    "organismo indicaron que no se descartan cortes nocturnos de agua.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "cortes nocturnos");
  g_assert_cmpstr (quote->speaker, ==, "Confederación Hidrográfica del Sur");
}

/* "Der Zentralverband der deutschen Seehafenbetriebe (ZDS) … hieß es beim
 * ZDS": the words whose initials spell the acronym in brackets are the
 * institution's whole name, lower-case links included. */
static void
test_acronym_initials_name (void)
{
  const char *text =
    "Warnstreik im Hafen\n\n"
    "Der Zentralverband der deutschen Seehafenbetriebe (ZDS) kritisierte den Ausstand. Das Angebot liege auf "
    "dem Tisch und sei fair, hieß es beim ZDS.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote;

  quote = px_test_expect_quote (quotes, "Angebot liege");
  g_assert_cmpstr (quote->speaker, ==, "Zentralverband der deutschen Seehafenbetriebe");
}

/* A named person, then where they work ("von der …", "at …"): the
 * person speaks, not the bank or the campaign group. */
static void
test_person_at_workplace (void)
{
  const char *german =
    "Stellenabbau bei Hallmann\n\n"
    "Analyst Jonas Berger von der Landesbank Oberrhein nannte den Abbau richtig. Die Kosten seien seit Jahren "
    "zu hoch, schrieb er in einer Studie.\n\n"
    "„Wir geben nicht auf“, sagte Heike Lorenz von der Bürgerinitiative Stilles Tal.";
  const char *english =
    "Retailer shares slide\n\n"
    "Analysts were unconvinced. Another analyst, Sam Reilly at Carden Partners, said Hollins remained a good "
    "business.";
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");
  g_autoptr(GPtrArray) en = px_quotes_find_in_text (english, "en");

  g_assert_cmpstr (px_test_expect_quote (de, "Kosten seien")->speaker, ==, "Jonas Berger");
  g_assert_cmpstr (px_test_expect_quote (de, "geben nicht auf")->speaker, ==, "Heike Lorenz");
  g_assert_cmpstr (px_test_expect_quote (en, "remained a good")->speaker, ==, "Sam Reilly");
}

/* The same pronoun opening the sentence before carries its person on,
 * though that sentence names another man after it. */
static void
test_pronoun_chain (void)
{
  const char *text =
    "The harbour master\n\n"
    "Ron Castle, who retires next year, says he will stay until someone younger is ready. He nods towards "
    "Alfie Dunn. “Give him five years,” he says.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Give him five years")->speaker, ==, "Ron Castle");
}

/* A firm with a one-word name, named after a noun for a business, is what
 * "the chipmaker" or "der Konzern" later refers to. */
static void
test_firm_after_business_noun (void)
{
  const char *english =
    "Drugmaker Corvane shares fall\n\n"
    "Shares in Corvane fell 9 percent on Tuesday after the drugmaker warned that sales would miss forecasts.";
  const char *german =
    "Stellenabbau in Ulm\n\n"
    "Der Ulmer Autozulieferer und Maschinenbauer Terwald will 300 Stellen streichen. Das teilte der Konzern am "
    "Montag mit.";
  g_autoptr(GPtrArray) en = px_quotes_find_in_text (english, "en");
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");

  g_assert_cmpstr (px_test_expect_quote (en, "sales would miss")->speaker, ==, "Corvane");
  g_assert_cmpstr (px_test_expect_quote (de, "300 Stellen")->speaker, ==, "Terwald");
}

/* A role no one held before the cue is the person a later paragraph
 * introduces with it. */
static void
test_role_named_later (void)
{
  const char *text =
    "Landlord on trial\n\n"
    "Peter Crane, 61, denies neglect. A tenant, Susan Hale, said her flat had been damp for years.\n\n"
    "Cross-examining her, Mr Crane's solicitor suggested she had never reported the damp. Ms Hale replied that "
    "she had written twice.\n\n"
    "The solicitor, Imran Qureshi, told the court his client had repaired every fault he knew of.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "never reported the damp")->speaker, ==, "Imran Qureshi");
  g_assert_cmpstr (px_test_expect_quote (quotes, "written twice")->speaker, ==, "Susan Hale");
}

/* "le sexagénaire" is a man though a woman was named last; "poursuivi pour
 * …" (prosecuted for) is no cue without its auxiliary. */
static void
test_french_role_gender (void)
{
  const char *text =
    "Procès à Vichy\n\n"
    "Le propriétaire, Marcel Dubreuil, 64 ans, poursuivi pour mise en danger, était à la barre. La procureure, "
    "Sophie Lemaire, a requis deux ans. « Je regrette tout », a déclaré le sexagénaire.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "Je regrette tout");

  g_assert_cmpstr (quote->speaker, ==, "Marcel Dubreuil");
  g_assert_cmpstr (quote->verb, ==, "déclaré");
  for (guint i = 0; i < quotes->len; i++)
    g_assert_cmpstr (((PxQuote *) g_ptr_array_index (quotes, i))->verb, !=, "poursuivi");
}

/* "the Rev" is a title, no part of the name. */
static void
test_clergy_title (void)
{
  const char *text =
    "Village fete\n\n"
    "The fete is run by the Rev Margaret Oakes, 70. “We have never missed a year,” she says.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "never missed a year")->speaker, ==, "Margaret Oakes");
}

/* "ein Sprecher des Versorgers" speaks for the institution last reported
 * speaking ("nach Angaben der Stadtwerke"), not for the news agency told. */
static void
test_german_kind_noun_last_speaker (void)
{
  const char *text =
    "Stromausfall in Celle\n\n"
    "Ohne Strom sind nach Angaben der Stadtwerke rund 9000 Haushalte. Die Ursache sei noch unklar, sagte ein "
    "Sprecher des Versorgers der Deutschen Presse-Agentur.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Ursache sei")->speaker, ==, "Stadtwerke");
}

/* An unnamed person told apart by a participle phrase is labelled with it,
 * not with a name inside or before it. */
static void
test_anonymous_ing_phrase (void)
{
  const char *text =
    "Tip closure\n\n"
    "Green Party councillor Ruth Ames said the plan was wrong.\n\n"
    "A woman loading cardboard into a skip at the depot on Saturday said she came every weekend.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "every weekend")->speaker, ==,
                   "woman loading cardboard into a skip at the depot on Saturday");
}

/* A French noun for a person, never used before ("L'épicière"), is the
 * person just named, of the gender its ending gives. */
static void
test_french_person_noun_ending (void)
{
  const char *text =
    "Route coupée\n\n"
    "Le maire, Paul Girard, promet une réouverture en mai. « On nous a déjà promis la même chose », rappelle "
    "Claudine Roux. L'épicière dit avoir perdu la moitié de sa clientèle.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "perdu la moitié")->speaker, ==, "Claudine Roux");
}

/* "dijo el delantero": a player's position, never used of anyone before,
 * is the player just named. */
static void
test_spanish_position_noun (void)
{
  const char *text =
    "Empate en Soria\n\n"
    "El entrenador local, Jaime Ortega, elogió a su equipo. El autor del gol, el ariete Diego Campos, se "
    "acordó de su madre. \"Esto es para ella\", dijo el delantero.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Esto es para ella")->speaker, ==, "Diego Campos");
}

/* A court role given to nobody is the person the next paragraph names. */
static void
test_court_role_named_next (void)
{
  const char *text =
    "Builder on trial\n\n"
    "Keith Dalton, 52, denies fraud. Opening the case, the prosecutor told jurors that Mr Dalton had taken "
    "deposits for work he never began.\n\n"
    "“He took their money and vanished,” said Laura Benn KC.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "taken deposits")->speaker, ==, "Laura Benn");
}

/* A speaker named short after a fuller form with its seat ("in Kiel")
 * takes the fuller form. */
static void
test_fuller_form_with_seat (void)
{
  const char *german =
    "Streit um Notaufnahme\n\n"
    "Das Sozialministerium in Kiel teilte mit, es lägen keine Beschwerden vor. Eine Sprecherin des Ministeriums "
    "sagte, man prüfe die Vorwürfe.";
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");

  g_assert_cmpstr (px_test_expect_quote (de, "prüfe die Vorwürfe")->speaker, ==, "Sozialministerium in Kiel");
}

/* Russian names what a body belongs to in the genitive, with no
 * preposition: "в администрации района" then "в администрации". */
static void
test_fuller_form_in_genitive (void)
{
  const char *russian =
    "Спор о стоянке\n\n"
    "Ремонт моста начнется в мае, сообщили в администрации района. "
    "Объезд будет открыт до конца лета, уточнили в администрации.";
  g_autoptr(GPtrArray) ru = px_quotes_find_in_text (russian, "ru");

  g_assert_cmpstr (px_test_expect_quote (ru, "Ремонт моста")->speaker, ==, "администрация района");
  g_assert_cmpstr (px_test_expect_quote (ru, "Объезд будет открыт")->speaker, ==, "администрация района");
}

/* "X did something and said …": the subject of a verb that reports
 * nothing speaks through the verb coordinated with it. */
static void
test_english_coordinated_cue (void)
{
  const char *text =
    "Dairy cuts jobs\n\n"
    "Trent Dairies, the cheese maker, reported a loss on Monday. The company cut its dividend and said it "
    "would close its creamery in Leek.\n\n"
    "Joan Hurst took over the farm in 1998 and says the closure will hurt suppliers.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "close its creamery")->speaker, ==, "Trent Dairies");
  g_assert_cmpstr (px_test_expect_quote (quotes, "hurt suppliers")->speaker, ==, "Joan Hurst");
}

/* A noun for a business before the firm's name is no part of it. */
static void
test_business_noun_before_name (void)
{
  const char *text =
    "Parking fermé\n\n"
    "L'entreprise Stationa, qui exploite le parking depuis 2015, a assuré qu'elle n'avait reçu aucune plainte.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "aucune plainte")->speaker, ==, "Stationa");
}

/* Second blind batch: a firm known from "Shares in X & Y", counsel named
 * later by a kindred noun, a German firm after "Firma" when a court was
 * named before. */
static void
test_firms_and_counsel_named_otherwise (void)
{
  const char *business =
    "Housebuilder warns\n\n"
    "Shares in Pell & Daughters fell 8 percent after the housebuilder said sales would miss forecasts.";
  const char *court =
    "Builder jailed\n\n"
    "Lee Marsh, 39, admitted fraud. In mitigation, Marsh's barrister said his client was ashamed. The lawyer, "
    "Ruth Okoye, said Marsh had repaid some of the money.";
  const char *german =
    "Windpark genehmigt\n\n"
    "Anwohner wollen vor das Verwaltungsgericht ziehen.\n\n"
    "Der Projektierer, die Kasseler Firma Nordwind Energie, zeigte sich gelassen. Man habe alle Abstände "
    "eingehalten, teilte das Unternehmen mit.";
  g_autoptr(GPtrArray) en = px_quotes_find_in_text (business, "en");
  g_autoptr(GPtrArray) trial = px_quotes_find_in_text (court, "en");
  g_autoptr(GPtrArray) de = px_quotes_find_in_text (german, "de");

  g_assert_cmpstr (px_test_expect_quote (en, "sales would miss")->speaker, ==, "Pell & Daughters");
  g_assert_cmpstr (px_test_expect_quote (trial, "was ashamed")->speaker, ==, "Ruth Okoye");
  g_assert_cmpstr (px_test_expect_quote (de, "Abstände")->speaker, ==, "Nordwind Energie");
}

/* A speaker who gives only a name after the verb speaks by it; a
 * relative pronoun or a manner phrase ("entre lágrimas") ends the phrase
 * after the verb. */
static void
test_name_given_late (void)
{
  const char *english =
    "Market traders angry\n\n"
    "\"They doubled the rent overnight and told us nothing,\" said a stallholder who gave his name only as Dev, "
    "pointing at the empty pitches.\n\n"
    "Dev said he had traded in the hall for eleven years.";
  const char *french =
    "Classe fermée\n\n"
    "« On nous enlève une classe alors que les effectifs remontent », a déploré une mère d'élève qui a souhaité "
    "garder l'anonymat.";
  const char *spanish =
    "Desahucio frenado\n\n"
    "Los vecinos impidieron el desahucio de una anciana que vive sola.\n\n"
    "\"No tengo adónde ir, que me lo expliquen a mí\", dijo la vecina entre lágrimas.";
  g_autoptr(GPtrArray) en = px_quotes_find_in_text (english, "en");
  g_autoptr(GPtrArray) fr = px_quotes_find_in_text (french, "fr");
  g_autoptr(GPtrArray) es = px_quotes_find_in_text (spanish, "es");

  g_assert_cmpstr (px_test_expect_quote (en, "doubled the rent")->speaker, ==, "Dev");
  g_assert_cmpstr (px_test_expect_quote (fr, "enlève une classe")->speaker, ==, "mère d'élève");
  g_assert_cmpstr (px_test_expect_quote (es, "adónde ir")->speaker, ==, "vecina");
}

/* German puts one phrase before the verb: after a fronted preposition
 * phrase or a question put, the subject follows the verb; a reported
 * clause closed by a comma before the verb is still the clause. */
static void
test_german_fronted_phrase (void)
{
  const char *text =
    "Baugebiet umstritten\n\n"
    "Bürgermeisterin Anja Roth (SPD) verteidigte die Pläne im Rathaus.\n\n"
    "Auf die Frage, ob die Stadt das Gebiet verkleinern könne, sagte die Bürgermeisterin, man sei für Gespräche offen.\n\n"
    "Auf Nachfrage sagte der Landwirt Paul Kern, er werde gegen den Plan klagen.\n\n"
    "Bei einer Prüfung seien Risse an zwei Brücken entdeckt worden, sagte Roth.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Gespräche offen")->speaker, ==, "Anja Roth");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Plan klagen")->speaker, ==, "Paul Kern");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Risse an zwei")->speaker, ==, "Anja Roth");
}

/* A speaker left as a bare role is the one named person the article
 * describes with that role, even when the name comes later. */
static void
test_role_holder_named_later (void)
{
  const char *text =
    "Streit um Schwimmbad\n\n"
    "Im Streit um das Freibad haben sich der Landrat und die Ortsvorsteherin einen Schlagabtausch geliefert.\n\n"
    "Der Landrat verteidigte die Schließung. Der Kreis könne die Sanierung nicht bezahlen, sagte er.\n\n"
    "Ortsvorsteherin Eva Brandt hielt dagegen. Ohne Bad verliere das Dorf seine Mitte, sagte sie.\n\n"
    "Landrat Klaus Hefner (CDU) wies das zurück.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Sanierung nicht bezahlen")->speaker, ==, "Klaus Hefner");
  g_assert_cmpstr (px_test_expect_quote (quotes, "seine Mitte")->speaker, ==, "Eva Brandt");
}

/* An age noun right after a sentence that opens with an unnamed person
 * is that person, not the last one named. */
static void
test_age_noun_for_unnamed_person (void)
{
  const char *text =
    "Prozess gegen Bauunternehmer\n\n"
    "Verteidiger Jonas Pfeiffer wies die Vorwürfe zurück. Sein Mandant habe nichts gewusst, sagte Pfeiffer.\n\n"
    "Eine frühere Buchhalterin der Firma, die als Zeugin geladen war, belastete ihren Chef. Sie habe Rechnungen "
    "umschreiben müssen, sagte die 51-Jährige.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "nichts gewusst")->speaker, ==, "Jonas Pfeiffer");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Rechnungen")->speaker, ==, "frühere Buchhalterin der Firma, die als Zeugin geladen war");
}

/* A definite role nobody is given is the person the next paragraph
 * opens with, unless something gives that person another role. */
static void
test_role_then_next_paragraph_name (void)
{
  const char *text =
    "Governor defends water ban\n\n"
    "The governor has defended his ban on hosepipes across the Eastern Province, which starts on Monday.\n\n"
    "Speaking on local radio, the governor said the reservoirs were at their lowest level since 1976.\n\n"
    "Peter Ondaatje, who took office last year, told farmers that the ban would be lifted when it rains.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "reservoirs were at")->speaker, ==, "Peter Ondaatje");
  g_assert_cmpstr (px_test_expect_quote (quotes, "lifted when it rains")->speaker, ==, "Peter Ondaatje");
}

/* "The company" after a firm placed as "a subsidiary of" a parent group
 * is the subsidiary the sentence is about, not the parent named last,
 * even when the name reader cannot tell the subsidiary's name is a firm's. */
static void
test_company_is_subsidiary_not_parent (void)
{
  const char *text =
    "Two workers trapped after tunnel collapse\n\n"
    "Two workers were trapped on Tuesday after a tunnel collapsed at a zinc mine in northern Peru.\n\n"
    "The mine is run by Minera Sol, a subsidiary of the Australian group Kestrel Metals. The company said in a "
    "statement that it was \"working with rescuers\" and that the tunnel had been inspected in May.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "working with rescuers")->speaker, ==, "Minera Sol");
}

/* "A council spokeswoman" when no name in the article holds "council"
 * speaks for the council the article spoke of, not for the last body it
 * named ("Marston Sports Centre"). */
static void
test_spokesperson_of_unnamed_body (void)
{
  const char *text =
    "Residents kept out after depot fire\n\n"
    "Families near a burnt-out bus depot in Harwell Road were still unable to return home on Friday.\n\n"
    "Jenny Cole, 41, said nobody from the council had told them anything. She is staying with her sister near "
    "Marston Sports Centre.\n\n"
    "A council spokeswoman said the road would reopen once the site was declared safe.\n\n"
    "The ferry to the island is run by the regional harbour board, which cut sailings in May. Islanders met "
    "Rachel Dunmore, the town's MP, on Friday. A board spokesman said the timetable would be reviewed.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "road would reopen")->speaker, ==, "council");
  g_assert_cmpstr (px_test_expect_quote (quotes, "timetable would be reviewed")->speaker, ==, "regional harbour board");
}

/* "la direction" speaks for the firm whose management the article
 * introduced ("la direction du groupe papetier Norbois"), not for the
 * union whose delegate spoke since. */
static void
test_management_speaks_for_firm (void)
{
  const char *text =
    "Fermeture d'une scierie dans les Vosges\n\n"
    "La direction du groupe papetier Norbois a annoncé lundi la fermeture de sa scierie de Rambervillers, "
    "qui emploie 80 personnes.\n\n"
    "« Personne ne s'y attendait », a déclaré Julie Marchal, déléguée CFDT du site.\n\n"
    "Dans un communiqué, la direction affirme que des reclassements seront proposés à chaque salarié.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Personne ne s'y attendait")->speaker, ==, "Julie Marchal");
  g_assert_cmpstr (px_test_expect_quote (quotes, "reclassements seront proposés")->speaker, ==, "Norbois");
}

/* "По данным издания" after "газета «Северный край» сообщила" and a
 * person named since: the outlet the article named after that noun. */
static void
test_russian_kind_named_in_guillemets (void)
{
  const char *text =
    "Глава района ушел в отставку\n\n"
    "Глава Приозерного района Андрей Соколов подал в отставку в понедельник.\n\n"
    "Ранее районное издание «Северный край» сообщило, что на ремонт школы потратили 90 миллионов рублей. "
    "Соколов эти сведения не комментировал. По данным издания, подрядчик связан с семьей чиновника.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "подрядчик связан")->speaker, ==, "Северный край");
}

/* "По данным регионального управления" after the body spoke two
 * paragraphs up, with only "уточнили в ведомстве" between: that body, not
 * a made-up "региональное управление". */
static void
test_russian_regional_body_refers_back (void)
{
  const char *text =
    "Пожар на складе в Подольске\n\n"
    "Пожар на складе в Подольске потушен, сообщили ТАСС в ГУ МЧС по Московской области.\n\n"
    "«Пострадавших нет», — уточнили в ведомстве.\n\n"
    "По данным регионального управления, возгорание произошло около 04:00 по московскому времени.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "возгорание произошло")->speaker, ==, "ГУ МЧС по Московской области");
}

/* A camp's name in guillemets ("лагеря «Лесная поляна»") is no quote,
 * so "Об этом ТАСС сообщили в …" still reports the sentence before. */
static void
test_russian_place_name_in_marks (void)
{
  const char *text =
    "Дети из лагеря госпитализированы\n\n"
    "Двенадцать детей из лагеря «Лесная поляна» в Зеленодольском районе госпитализированы. "
    "Об этом ТАСС сообщили в министерстве здравоохранения республики.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  for (guint i = 0; i < quotes->len; i++)
    g_assert_cmpstr (((PxQuote *) g_ptr_array_index (quotes, i))->text, !=, "Лесная поляна");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Двенадцать детей")->speaker, ==, "министерство здравоохранения республики");
}

/* "уточнили в ведомстве" after "Об этом ТАСС сообщили в министерстве …":
 * the ministry that just spoke, not the official named later. */
static void
test_russian_in_the_department (void)
{
  const char *text =
    "Дети из лагеря госпитализированы\n\n"
    "Двенадцать детей из лагеря «Лесная поляна» в Зеленодольском районе госпитализированы. "
    "Об этом ТАСС сообщили в министерстве здравоохранения республики.\n\n"
    "«Состояние детей удовлетворительное», — уточнили в ведомстве.\n\n"
    "Как рассказала ТАСС руководитель регионального управления Роспотребнадзора Ольга Петрова, "
    "специалисты взяли пробы воды.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Состояние детей")->speaker, ==, "министерство здравоохранения республики");
  g_assert_cmpstr (px_test_expect_quote (quotes, "взяли пробы")->speaker, ==, "Ольга Петрова");
}

/* "По данным следствия" after a defendant is named in the genitive: the
 * investigation itself, not the defendant. */
static void
test_russian_investigation_speaks (void)
{
  const char *text =
    "Суд арестовал директора застройщика\n\n"
    "Советский районный суд Курска в среду арестовал директора строительной фирмы «Новый дом» "
    "Олега Игоревича Малахова.\n\n"
    "По данным следствия, фирма собрала с дольщиков более 300 млн рублей.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "фирма собрала")->speaker, ==, "следствие");
}

/* "The 19-year-old winger, who …" opening a sentence that names nobody is
 * the person just spoken of, even after a team named first: that person
 * takes the role, and "the winger" further down is them. */
static void
test_age_second_reference_role (void)
{
  const char *text =
    "Late goal sends Brackley through\n\n"
    "Brackley Athletic beat Oundle 1-0 on Tuesday as Callum Reeves scored in the final minute.\n\n"
    "The 19-year-old winger, who signed from Kettering in the summer, curled in from 20 yards. \"I just hit it,\" "
    "Reeves said.\n\n"
    "Brackley manager Martin Shaw said his team had deserved the win.\n\n"
    "Asked about the next round, the winger said he would be happy to play anyone at home.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "deserved the win")->speaker, ==, "Martin Shaw");
  g_assert_cmpstr (px_test_expect_quote (quotes, "happy to play anyone")->speaker, ==, "Callum Reeves");
}

/* A feature calls someone by the given name alone ("Agnes sets down the
 * kettle"): a lone word that opens one person's name, and ends nobody's,
 * is that person; a team's first word is no given name. */
static void
test_given_name_alone (void)
{
  const char *text =
    "The last lock-keeper\n\n"
    "Agnes Pollard has kept the lock at Wenham Mill for 30 years. Her brother, Walter Pollard, helped her paint "
    "the gates last spring.\n\n"
    "\"She never takes a day off,\" says Walter, 71.\n\n"
    "Upstream, the boatyard owner Rhys Tanner says trade has halved since the canal trust cut its grant.\n\n"
    "Agnes sets down the kettle and looks at the water. \"It will see me out,\" she says.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "never takes a day off")->speaker, ==, "Walter Pollard");
  g_assert_cmpstr (px_test_expect_quote (quotes, "trade has halved")->speaker, ==, "Rhys Tanner");
  g_assert_cmpstr (px_test_expect_quote (quotes, "see me out")->speaker, ==, "Agnes Pollard");
}

/* A sentence that opens with a surname ending in "-ing" ("Manning") opens
 * with a person, not with a participle; a surname two people share is the
 * one of the gender the pronoun after it needs. */
static void
test_ing_surname_opening (void)
{
  const char *text =
    "Sisters' café closes\n\n"
    "Rosa Manning opened the café on Quay Street in 1994.\n\n"
    "Her son, Luke Manning, runs the kitchen. \"We have had our best summer,\" says Luke.\n\n"
    "A regular, Edna Clough, says she will miss the scones.\n\n"
    "Manning herself is calm about it. \"Thirty years is enough for anyone,\" she says.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "best summer")->speaker, ==, "Luke Manning");
  g_assert_cmpstr (px_test_expect_quote (quotes, "miss the scones")->speaker, ==, "Edna Clough");
  g_assert_cmpstr (px_test_expect_quote (quotes, "enough for anyone")->speaker, ==, "Rosa Manning");
}

/* An intensifier after the subject ("Hale himself said", "Kessler selbst
 * sagte") is no part of the speaker's name. */
static void
test_intensifier_after_name (void)
{
  const char *en =
    "Council leader quits\n\n"
    "Council leader Martin Hale resigned on Monday. His deputy, Joan Price, said the budget would still be set in March.\n\n"
    "Hale himself said he would stay on as a ward councillor.";
  const char *de =
    "Landrat tritt zurück\n\n"
    "Landrat Peter Kessler hat am Montag seinen Rücktritt erklärt.\n\n"
    "Kessler selbst sagte, er wolle sich künftig um seine Familie kümmern.";
  g_autoptr(GPtrArray) english = px_quotes_find_in_text (en, "en");
  g_autoptr(GPtrArray) german = px_quotes_find_in_text (de, "de");

  g_assert_cmpstr (px_test_expect_quote (english, "budget would still")->speaker, ==, "Joan Price");
  g_assert_cmpstr (px_test_expect_quote (english, "ward councillor")->speaker, ==, "Martin Hale");
  g_assert_cmpstr (px_test_expect_quote (german, "um seine Familie")->speaker, ==, "Peter Kessler");
}

/* "Der Kommandant der Feuerwehr Eichenau": a role whose complement is a
 * name describes the role's holder, not the named body, so "der
 * Kommandant" later is never the fire brigade. */
static void
test_role_complement_not_holder (void)
{
  const char *text =
    "Feuerwehr braucht neues Gerätehaus\n\n"
    "Die Gemeinderätin Anna Vogt sagte, das Geld fehle.\n\n"
    "Kommandant der Feuerwehr Eichenau ist Markus Brandt. Das Gerätehaus sei zu klein, sagte Brandt. "
    "„Wir parken ein Fahrzeug draußen im Hof“, sagte der Kommandant.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Geld fehle")->speaker, ==, "Anna Vogt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "draußen im Hof")->speaker, ==, "Markus Brandt");
}

/* "Name, 39, of Street, Town, has pleaded not guilty": the defendant is
 * found past an address of several parts, so "the defendant" is them. */
static void
test_defendant_after_address (void)
{
  const char *text =
    "Driver denies careless driving\n\n"
    "Karen Doyle, 44, of Millbrook Close, Ashworth, has pleaded not guilty to causing serious injury by careless "
    "driving.\n\n"
    "Prosecutor Neil Baxter told the jury that Ms Doyle had been using her phone. \"She looked down for four "
    "seconds,\" he said.\n\n"
    "\"I never touched my phone,\" the defendant said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "four seconds")->speaker, ==, "Neil Baxter");
  g_assert_cmpstr (px_test_expect_quote (quotes, "never touched my phone")->speaker, ==, "Karen Doyle");
}

/* "le dirigeant", "the boss": a word for whoever heads something refers
 * back to the person given the title of a head of a firm ("directeur
 * général", "chief executive"), not to the last person who spoke. */
static void
test_leader_word_for_head (void)
{
  const char *fr =
    "Fermeture d'une fonderie\n\n"
    "Le directeur général de la fonderie, Alain Mercier, a confirmé la fermeture. Le délégué syndical Paul Roux a "
    "affirmé que les salariés n'avaient rien su.\n\n"
    "« Nous n'avions plus de clients », a déclaré le dirigeant.";
  const char *en =
    "Packaging firm cuts jobs\n\n"
    "The chief executive of Harlow Packaging, Ruth Mensah, said 80 jobs would go. A union official, Dave Cole, said "
    "members were angry.\n\n"
    "\"We did everything we could,\" the boss said.";
  g_autoptr(GPtrArray) french = px_quotes_find_in_text (fr, "fr");
  g_autoptr(GPtrArray) english = px_quotes_find_in_text (en, "en");

  g_assert_cmpstr (px_test_expect_quote (french, "rien su")->speaker, ==, "Paul Roux");
  g_assert_cmpstr (px_test_expect_quote (french, "plus de clients")->speaker, ==, "Alain Mercier");
  g_assert_cmpstr (px_test_expect_quote (english, "members were angry")->speaker, ==, "Dave Cole");
  g_assert_cmpstr (px_test_expect_quote (english, "everything we could")->speaker, ==, "Ruth Mensah");
}

/* "The manager of Harbour View Care Home said …" with the holder named
 * only two paragraphs on, after a paragraph about the place that names
 * no one ("Its residents will move to St Luke's in Eastcombe"): the role
 * is read by its head, and the places are passed over. */
static void
test_role_of_name_holder_two_paragraphs_on (void)
{
  const char *text =
    "Care home to close\n\n"
    "The manager of Harbour View Care Home said she was \"heartbroken\" after the owners announced it would close "
    "in March.\n\n"
    "The home, which has 32 residents, opened in 1986. Its residents will move to St Luke's in Eastcombe.\n\n"
    "Janet Ormerod, who has run the home since 2009, said families had been told by letter.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "told by letter")->speaker, ==, "Janet Ormerod");
  g_assert_cmpstr (px_test_expect_quote (quotes, "owners announced")->speaker, ==, "Janet Ormerod");
}

/* "Ein Rentner vor dem Rathaus sah es anders: Der Laden habe „…“, sagte
 * der 70-Jährige": an age nobody was given is the unnamed person opening
 * the sentence (before a colon) or the one before, never a person named
 * in the reported clause; a noun for a thing opening the clause is no one. */
static void
test_german_unnamed_opener_age (void)
{
  const char *text =
    "Streit um Rathausumbau\n\n"
    "Bürgermeister Uwe Brandl verteidigte den Umbau. Ein Rentner vor dem Rathaus sah es anders: Brandl habe "
    "„das Geld verschleudert“, sagte der 70-Jährige.\n\n"
    "Stadträtin Eva Ludwig kritisierte die Kosten. Eine Sanierung hätte weniger gekostet, sagte die 44-Jährige.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Geld verschleudert")->speaker, ==, "Rentner vor dem Rathaus");
  g_assert_cmpstr (px_test_expect_quote (quotes, "weniger gekostet")->speaker, ==, "Eva Ludwig");
}

/* A quote with no cue inside its paragraph, right after a sentence that
 * reports someone's words without quoting them, goes on in that voice,
 * not in the voice of the next speaker. */
static void
test_cueless_after_reported_speech (void)
{
  const char *de =
    "Landrat tritt zurück\n\n"
    "Landrat Uwe Brandl hat seinen Rücktritt erklärt.\n\n"
    "Im Ort sind die Meinungen geteilt. Die Friseurin Greta Hahn sagte, sie verstehe den Landrat. „Er hat sein "
    "Wort gegeben, und der Kreistag hat ihn hängen lassen.“ Ein Landwirt vom Ortsrand sah es anders: Brandl habe "
    "„beleidigt hingeschmissen“, sagte der 58-Jährige.";
  const char *en =
    "Council leader quits\n\n"
    "Council leader Tom Brandl has resigned.\n\n"
    "Opinion in the village is split. Hairdresser Greta Hahn said she understood him. \"He gave his word, and "
    "the council left him hanging.\" A farmer from the edge of the village saw it differently: Brandl had "
    "\"thrown a tantrum\", said the 58-year-old.";
  g_autoptr(GPtrArray) german = px_quotes_find_in_text (de, "de");
  g_autoptr(GPtrArray) english = px_quotes_find_in_text (en, "en");

  g_assert_cmpstr (px_test_expect_quote (german, "hängen lassen")->speaker, ==, "Greta Hahn");
  g_assert_cmpstr (px_test_expect_quote (english, "left him hanging")->speaker, ==, "Greta Hahn");
}

/* A feature that opens on a pronoun before naming anyone ("“…,” he says,
 * without looking up. … Arthur Lyle has kept bees …"): the pronoun is the
 * first person named after it, opening a sentence, and the quote its cue
 * interrupts is one. */
static void
test_pronoun_before_anyone (void)
{
  const char *text =
    "The beekeeper of Holloway Lane\n\n"
    "The hives stand in a row at the bottom of the orchard, and the man in the veil moves slowly between them.\n\n"
    "\"Bees can tell when you are nervous,\" he says, without turning round. \"So I am never nervous. Not in "
    "forty years.\"\n\n"
    "Arthur Lyle has kept bees on the edge of the village since 1983. His daughter, Ruth Lyle, now sells the "
    "honey online.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "Bees can tell");

  g_assert_cmpstr (quote->speaker, ==, "Arthur Lyle");
  g_assert_nonnull (strstr (quote->text, "Not in forty years"));
}

/* "…, says councillor" in the headline and "A veteran councillor has
 * accused …" in the lead, with "Name, who …," opening the next paragraph:
 * the unnamed role is the person named there, a relative clause
 * introducing them as an age does. */
static void
test_lead_role_named_with_relative (void)
{
  const char *text =
    "'The bins are a disgrace', says councillor as collections slip\n\n"
    "A veteran councillor has accused the waste contractor of \"treating residents with contempt\" after a third "
    "month of missed collections.\n\n"
    "Malcolm Pryce, who represents Eastfield ward, told the Post that some streets had waited three weeks.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "treating residents with contempt")->speaker, ==, "Malcolm Pryce");
  g_assert_cmpstr (px_test_expect_quote (quotes, "waited three weeks")->speaker, ==, "Malcolm Pryce");
  g_assert_cmpstr (px_test_expect_quote (quotes, "bins are a disgrace")->speaker, ==, "Malcolm Pryce");
}

/* "Luis Ortega, de 47 años, se enfrenta a cuatro años de prisión. … el
 * acusado dijo que …": facing a sentence marks the defendant as a plea
 * does, and "el acusado" before a Spanish verb is its subject. */
static void
test_spanish_defendant_subject (void)
{
  const char *text =
    "Juicio por una estafa inmobiliaria\n\n"
    "Luis Ortega, de 47 años, se enfrenta a cuatro años de prisión por cobrar señales de pisos que nunca existieron.\n\n"
    "Una de las compradoras, Marta Gil, contó que pagó 6.000 euros en efectivo.\n\n"
    "Preguntado por el tribunal, el acusado dijo que los pisos iban a construirse en 2024.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "6.000 euros")->speaker, ==, "Marta Gil");
  g_assert_cmpstr (px_test_expect_quote (quotes, "iban a construirse")->speaker, ==, "Luis Ortega");
}

/* "a déclaré le chef du centre de secours, le commandant Paul Rey": a role
 * left unresolved after the verb, then the rest of its complement, a comma
 * and a known person after a title with its article, is that person. */
static void
test_name_in_apposition_after_role (void)
{
  const char *text =
    "Crue de la Loire\n\n"
    "« L'eau va encore monter cette nuit », a déclaré le chef du centre de secours, le commandant Paul Rey, lors "
    "d'un point presse. Selon lui, 40 maisons ont été évacuées.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "encore monter")->speaker, ==, "Paul Rey");
}

/* "— заявил директор предприятия «Теплосеть» Олег Пахомов": Russian puts
 * the name after the role and the company's name in guillemets, with no
 * comma; the name is the speaker, not the role. */
static void
test_russian_name_after_company_in_guillemets (void)
{
  const char *text =
    "Отключение отопления\n\n"
    "В Кирове без тепла остались 30 домов.\n\n"
    "«Аварийные бригады работают всю ночь», — заявил директор предприятия «Теплосеть» Олег Пахомов.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Аварийные бригады")->speaker, ==, "Олег Пахомов");
}

/* An unnamed speaker after the verb keeps a relative clause that tells
 * which person is meant, also after a listener; not one on anonymity. */
static void
test_unnamed_speaker_relative_clause (void)
{
  const char *en =
    "Bus route to be cut\n\n"
    "The council will withdraw the number 12 bus from March.\n\n"
    "\u201cWithout it I cannot get to the surgery,\u201d said a widow who lives at the top of Mill Lane. "
    "\u201cIt is the only bus we have,\u201d said a man whose wife works at the hospital.";
  const char *fr =
    "Incendie dans un garage\n\n"
    "Un garage a brûlé mardi soir rue des Lilas.\n\n"
    "\u00ab On a vu les flammes depuis la cuisine \u00bb, a confié \u00e0 l'AFP un voisin qui habite au coin de la rue. "
    "\u00ab Tout a brûlé en dix minutes \u00bb, a ajouté une passante qui a souhaité garder l'anonymat.";
  g_autoptr(GPtrArray) en_quotes = px_quotes_find_in_text (en, "en");
  g_autoptr(GPtrArray) fr_quotes = px_quotes_find_in_text (fr, "fr");

  g_assert_cmpstr (px_test_expect_quote (en_quotes, "get to the surgery")->speaker, ==, "widow who lives at the top of Mill Lane");
  g_assert_cmpstr (px_test_expect_quote (en_quotes, "only bus")->speaker, ==, "man whose wife works at the hospital");
  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "depuis la cuisine")->speaker, ==, "voisin qui habite au coin de la rue");
  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "en dix minutes")->speaker, ==, "passante");
}

/* "the carrier", "the mobile operator": a business noun, with lower-case
 * adjectives or none, is the firm the article named. */
static void
test_business_noun_with_adjectives (void)
{
  const char *text =
    "Ferry firm cancels crossings\n\n"
    "Solent Link Ferries cancelled all crossings to the island on Sunday because of high winds.\n\n"
    "\u201cWe apologise to everyone whose journey has been disrupted,\u201d the carrier said. "
    "Passengers would be offered refunds, the island\u2019s only passenger operator said.\n\n"
    "Brenmoor Mobile will close 40 shops, the mobile operator said on Monday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "journey has been disrupted")->speaker, ==, "Solent Link Ferries");
  g_assert_cmpstr (px_test_expect_quote (quotes, "will close 40 shops")->speaker, ==, "Brenmoor Mobile");
}

/* "Un autre habitant", "otro vecino": another unnamed person of a kind is
 * labelled by the noun alone. */
static void
test_another_of_a_kind (void)
{
  const char *fr =
    "Coupure d'eau\n\n"
    "Le quartier est privé d'eau depuis lundi.\n\n"
    "Un habitant a dit que la mairie n'avait prévenu personne. "
    "Un autre habitant affirme que la canalisation fuyait depuis des mois.";
  const char *es =
    "Corte de agua\n\n"
    "El barrio lleva dos días sin agua.\n\n"
    "Un vecino aseguró que nadie les había avisado. "
    "Otro vecino explicó que la tubería perdía agua desde el invierno.";
  g_autoptr(GPtrArray) fr_quotes = px_quotes_find_in_text (fr, "fr");
  g_autoptr(GPtrArray) es_quotes = px_quotes_find_in_text (es, "es");

  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "canalisation fuyait")->speaker, ==, "habitant");
  g_assert_cmpstr (px_test_expect_quote (es_quotes, "perdía agua")->speaker, ==, "vecino");
}

/* "lamentaba el domingo una vecina": a day with its article between the
 * verb and the subject after it is no speaker. */
static void
test_day_with_article_before_subject (void)
{
  const char *es =
    "Sin agua en el barrio\n\n"
    "El barrio de San Blas lleva tres d\u00edas sin agua corriente.\n\n"
    "\"Nadie nos dice cu\u00e1ndo volver\u00e1\", lamentaba el domingo una vecina.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (es, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Nadie nos dice")->speaker, ==, "vecina");
}

/* "…, the agency said, forcing …": a participle after the cue is the
 * writer's; the clause before the cue is what was said. */
static void
test_writer_participle_after_cue (void)
{
  const char *text =
    "Rail line shut by landslip\n\n"
    "A landslip has blocked the coast line between Dawlish and Teignmouth, Westway Trains said on Monday, "
    "forcing thousands of commuters onto replacement buses.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "landslip has blocked");

  g_assert_cmpstr (quote->speaker, ==, "Westway Trains");
  g_assert_null (px_test_find_quote (quotes, "replacement buses"));
}

/* An acronym spelt out in brackets is the full name as a speaker, also
 * behind "los datos de". */
static void
test_acronym_behind_data_nouns (void)
{
  const char *es =
    "Cae el paro en la comarca\n\n"
    "El Instituto Regional de Estad\u00edstica (IRE) ha publicado este martes su informe trimestral.\n\n"
    "De acuerdo con los datos del IRE, el paro baj\u00f3 un 4 % en el \u00faltimo trimestre.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (es, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "el paro baj")->speaker, ==, "Instituto Regional de Estad\u00edstica");
}

/* "X reported, citing Y, that …": Y said it; X only relays it. */
static void
test_cited_after_verb (void)
{
  const char *text =
    "Grain deal close, agency says\n\n"
    "The state news agency Morvapress reported, citing a source in the trade ministry, that the grain agreement "
    "would be signed next week.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "grain agreement would be signed");

  g_assert_cmpstr (quote->speaker, ==, "source in the trade ministry");
  g_assert_cmpstr (quote->via, ==, "Morvapress");
}

/* "X reported, citing officials, that …": a bare plural cited. */
static void
test_cited_bare_plural (void)
{
  const char *text =
    "Grain deal close\n\n"
    "The state news agency Morvapress reported, citing officials, that the grain agreement would be signed next week.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "grain agreement would be signed")->speaker, ==, "officials");
}

/* "Shopkeepers on the high street said …": a bare plural opening the
 * sentence with a place or a participle after it is the whole group, not
 * the place; not when the phrase holds a clause of its own. */
static void
test_plural_group_with_modifier (void)
{
  const char *text =
    "Market square to close for repairs\n\n"
    "The town council will close the market square for six weeks from May.\n\n"
    "Shopkeepers on the high street said trade would suffer. "
    "Drivers queuing at the junction told reporters the diversion was badly signed. "
    "Parents at Hill Road school have started a petition after the council said the works could not wait.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "trade would suffer")->speaker, ==, "Shopkeepers on the high street");
  g_assert_cmpstr (px_test_expect_quote (quotes, "diversion was badly signed")->speaker, ==, "Drivers queuing at the junction");
  g_assert_cmpstr (px_test_expect_quote (quotes, "works could not wait")->speaker, !=, "Parents at Hill Road school have started a petition after the council");
}

/* "A police spokesman in Lyon said": the place of a spokesperson is not
 * whom they speak for; a lower-case institution noun before them is. */
static void
test_spokesperson_in_a_place (void)
{
  const char *text =
    "Two held after border clash\n\n"
    "Two men were arrested after a fight at a border crossing on Sunday night.\n\n"
    "A police spokesman in Lyon said both men were being questioned. "
    "A foreign ministry spokeswoman in Berne told reporters the embassy had not been informed.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "being questioned")->speaker, ==, "police");
  g_assert_cmpstr (px_test_expect_quote (quotes, "embassy had not been informed")->speaker, ==, "foreign ministry");
}

/* "La mairie a pour sa part indiqué que …": a discourse adverbial between
 * the auxiliary and the verb is no speaker. */
static void
test_discourse_adverbial_before_verb (void)
{
  const char *fr =
    "Fermeture du pont\n\n"
    "Le pont de la Loire restera fermé jusqu'en juin.\n\n"
    "Le conseil départemental a pour sa part indiqué que les travaux coûteraient deux millions d'euros.";
  const char *es =
    "Cierre del puente\n\n"
    "El puente seguirá cerrado hasta junio.\n\n"
    "El Ayuntamiento de Tudela ha por su parte señalado que habilitará un autobús gratuito.";
  g_autoptr(GPtrArray) fr_quotes = px_quotes_find_in_text (fr, "fr");
  g_autoptr(GPtrArray) es_quotes = px_quotes_find_in_text (es, "es");

  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "deux millions")->speaker, ==, "conseil départemental");
  g_assert_cmpstr (px_test_expect_quote (es_quotes, "autobús gratuito")->speaker, ==, "Ayuntamiento de Tudela");
}

/* "la Benemérita", "le ministère public", "les pompiers": names the news
 * uses for an institution the article names in full. */
static void
test_institution_epithets (void)
{
  const char *es =
    "Robo en una granja\n\n"
    "La Guardia Civil investiga el robo de cuarenta ovejas en una granja de Tordesillas.\n\n"
    "Fuentes de la Benemérita han confirmado que ya hay dos sospechosos.";
  const char *fr =
    "Feu de broussailles\n\n"
    "Un feu de broussailles a parcouru dix hectares mardi pr\u00e8s de Brignoles.\n\n"
    "\u00ab Le vent a compliqu\u00e9 l'intervention \u00bb, a pr\u00e9cis\u00e9 le service d\u00e9partemental "
    "d'incendie et de secours du Var. Selon les pompiers, aucune habitation n'a \u00e9t\u00e9 menac\u00e9e.";
  g_autoptr(GPtrArray) es_quotes = px_quotes_find_in_text (es, "es");
  g_autoptr(GPtrArray) fr_quotes = px_quotes_find_in_text (fr, "fr");

  g_assert_cmpstr (px_test_expect_quote (es_quotes, "dos sospechosos")->speaker, ==, "Guardia Civil");
  g_assert_cmpstr (px_test_expect_quote (fr_quotes, "aucune habitation")->speaker, ==,
                   "service d\u00e9partemental d'incendie et de secours du Var");
}

/* "le service départemental d'incendie et de secours du Var": an
 * adjective of a level of government after the noun, and a lower-case
 * noun after "et de", stay in a French institution's name. */
static void
test_romance_service_name (void)
{
  const char *fr =
    "Feu de broussailles\n\n"
    "Un feu de broussailles a parcouru dix hectares mardi pr\u00e8s de Brignoles.\n\n"
    "\u00ab Le vent a compliqu\u00e9 l'intervention \u00bb, a pr\u00e9cis\u00e9 le service d\u00e9partemental "
    "d'incendie et de secours du Var.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (fr, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "compliqu")->speaker, ==,
                   "service d\u00e9partemental d'incendie et de secours du Var");
}

/* "Los vecinos denuncian que …", "La cofradía calcula que …": Spanish
 * complaints and estimates in the present report speech. */
static void
test_spanish_present_complaints (void)
{
  const char *es =
    "Playa cerrada\n\n"
    "La playa de Levante sigue cerrada por la presencia de algas.\n\n"
    "Los vecinos del paseo denuncian que nadie ha retirado las algas en dos semanas. "
    "La Cofradía de Pescadores de Altea calcula que las pérdidas superan los 30.000 euros.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (es, "es");

  g_assert_nonnull (px_test_expect_quote (quotes, "nadie ha retirado las algas")->speaker);
  g_assert_cmpstr (px_test_expect_quote (quotes, "las pérdidas superan")->speaker, ==, "Cofradía de Pescadores de Altea");
}

/* "Gesperrt bleibt nach Angaben der Stadt die Ausfahrt Nord": an
 * "according to" cue inside its clause reports the words on both sides. */
static void
test_according_inside_clause (void)
{
  const char *de =
    "Baustelle an der B 12\n\n"
    "Seit Montag wird die Bundesstra\u00dfe bei Kaufbeuren saniert.\n\n"
    "Gesperrt bleibt nach Angaben der Stadtverwaltung Kaufbeuren die Ausfahrt Nord bis Ende Mai.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (de, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "die Ausfahrt Nord");

  g_assert_cmpstr (quote->text, ==, "Gesperrt bleibt die Ausfahrt Nord bis Ende Mai");
  g_assert_cmpstr (quote->speaker, ==, "Stadtverwaltung Kaufbeuren");
}

/* "La asociación denuncia irregularidades": a verb of complaint or demand
 * with a bare noun reports no speech; with "que" it does. */
static void
test_complaint_needs_que (void)
{
  const char *es =
    "Ayudas al campo\n\n"
    "El Gobierno regional repartió 12 millones en ayudas a los ganaderos.\n\n"
    "La Asociación de Ganaderos de Soria denuncia irregularidades en el reparto. "
    "Los ganaderos de la sierra exigen más controles. "
    "La Asociación de Ganaderos de Soria denuncia que las ayudas llegaron tarde.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (es, "es");

  g_assert_null (px_test_find_quote (quotes, "irregularidades en el reparto"));
  g_assert_null (px_test_find_quote (quotes, "más controles"));
  g_assert_cmpstr (px_test_expect_quote (quotes, "llegaron tarde")->speaker, ==, "Asociación de Ganaderos de Soria");
}

/* "said one tenant" after "the Tenant Action Network": an unnamed person's
 * noun is no short form of an institution's name. */
static void
test_unnamed_noun_not_institution (void)
{
  const char *text =
    "Estate heating fails again\n\n"
    "The Tenant Action Network said the boilers on the Larkhill estate had failed for the third time this winter.\n\n"
    "\u201cWe have been wearing coats indoors for a week,\u201d said one tenant.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "wearing coats")->speaker, ==, "tenant");
}

/* "according to figures from the property data firm Homescan": the
 * business's kind and what it does describe the name after them. */
static void
test_name_after_kind_noun (void)
{
  const char *text =
    "Rents rise again\n\n"
    "Rents in the city rose for the ninth month in a row in March.\n\n"
    "According to figures compiled by the property data firm Homescan, the average rent is now \u00a31,240 a month.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "average rent")->speaker, ==, "Homescan");
}

/* "One neighbour said" after "A neighbour who called the police said":
 * an indefinite brings in someone new, not the one described before. */
static void
test_indefinite_is_someone_new (void)
{
  const char *text =
    "Flat fire on Mill Road\n\n"
    "Fire crews were called to a flat on Mill Road on Tuesday night.\n\n"
    "A neighbour who called the fire brigade said the smoke alarm had been ringing for ten minutes. "
    "One neighbour, who asked not to be named, said the flat had been empty for months.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "smoke alarm")->speaker, ==, "neighbour who called the fire brigade");
  g_assert_cmpstr (px_test_expect_quote (quotes, "empty for months")->speaker, ==, "neighbour");
}

/* "Another resident, who did not want to be named, said …": the phrase
 * before the relative clause is the unnamed speaker. */
static void
test_another_before_relative_clause (void)
{
  const char *text =
    "Bin collections missed\n\n"
    "Bins on the Fairfield estate have not been emptied for three weeks.\n\n"
    "One resident said the smell was unbearable. "
    "Another resident, who did not want to be named, said the council had stopped answering the phone.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "stopped answering")->speaker, ==, "resident");
}

/* "said a valve had failed and that the firm was …": a "that" after
 * "and" joins a second clause; the quote starts right after the verb. */
static void
test_and_that_joins_clauses (void)
{
  const char *text =
    "Boiler fault closes pool\n\n"
    "The leisure centre in Ashdown closed its pool on Monday.\n\n"
    "The operator said a boiler had failed overnight and that the pool would reopen on Friday.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "reopen on Friday")->text, ==,
                   "a boiler had failed overnight and that the pool would reopen on Friday");
}

/* "A coastguard spokeswoman said" after "the Kelby Coastguard": a
 * lower-case word of one institution's name before a spokesperson is
 * that institution. */
static void
test_lower_case_name_word_spokesperson (void)
{
  const char *text =
    "Ferry aground off Kelby\n\n"
    "According to the Kelby Coastguard, the ferry ran aground on a sandbank at low tide.\n\n"
    "A coastguard spokeswoman said none of the 86 passengers had been hurt.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "86 passengers")->speaker, ==, "Kelby Coastguard");
}

/* "Ein Rentner klagte, er habe …": German verbs of complaint in the past
 * report speech. */
static void
test_german_past_complaint (void)
{
  const char *de =
    "Bus f\u00e4llt aus\n\n"
    "Die Linie 7 f\u00e4hrt seit Montag nicht mehr nach Oberzell.\n\n"
    "Eine Anwohnerin schimpfte, niemand habe die Fahrg\u00e4ste vorher informiert.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (de, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "niemand habe")->speaker, ==, "Anwohnerin");
}

/* "…, hieß es.": an impersonal report with no one named after it is the
 * institution last reported speaking. */
static void
test_impersonal_report (void)
{
  const char *de =
    "Stromausfall in Kleinau\n\n"
    "In Kleinau war am Dienstag f\u00fcr drei Stunden der Strom ausgefallen.\n\n"
    "Die Stadtwerke Kleinau teilten mit, ein Bagger habe ein Kabel besch\u00e4digt. "
    "Betroffen waren rund 2000 Haushalte im Ortskern.\n\n"
    "Das Kabel ist inzwischen ersetzt, hie\u00df es am Abend.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (de, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "inzwischen ersetzt")->speaker, ==, "Stadtwerke Kleinau");
}

/* "…, the council which owns the site said.": a definite noun with a
 * relative clause after the clause is the subject of the cue. */
static void
test_subject_with_relative_after_clause (void)
{
  const char *text =
    "Car park to close\n\n"
    "Harwood District Council has reviewed its car parks.\n\n"
    "The Mill Street car park will close for resurfacing in May, the council which owns the site has said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "close for resurfacing")->speaker, ==, "Harwood District Council");
}

/* "The unit at Ashby Hospital will close, the trust has said. … Vale
 * Health Trust said": a body named only inside the reported clause is
 * what is spoken of; the trust named next speaks. */
static void
test_body_in_clause_is_not_speaker (void)
{
  const char *text =
    "Unit to close at night\n\n"
    "The minor injuries unit at Kelford Community Hospital will close overnight from May, the trust has said.\n\n"
    "Vale Community Health Trust said the unit saw four patients a night.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "close overnight from May")->speaker, ==, "Vale Community Health Trust");
}

/* "Aus Koalitionskreisen hieß es, …": the circles cited, in the
 * nominative. */
static void
test_german_circles_nominative (void)
{
  const char *de =
    "Streit um den Haushalt\n\n"
    "Die Landesregierung ringt seit Wochen um den Haushalt.\n\n"
    "Aus Koalitionskreisen hie\u00df es, eine Einigung sei bis Freitag m\u00f6glich.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (de, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Einigung sei")->speaker, ==, "Koalitionskreise");
}

/* "…, a-t-on appris auprès de la gendarmerie.", "…, a-t-on appris de
 * source policière.": the one the agency learnt it from is the source. */
static void
test_learnt_from (void)
{
  const char *fr =
    "Accident sur la RN 7\n\n"
    "Un camion s'est renvers\u00e9 mardi matin sur la RN 7 pr\u00e8s de Valence.\n\n"
    "Le chauffeur a \u00e9t\u00e9 l\u00e9g\u00e8rement bless\u00e9, a-t-on appris aupr\u00e8s de la gendarmerie. "
    "La route restera ferm\u00e9e jusqu'au soir, a-t-on appris de source pr\u00e9fectorale.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (fr, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "chauffeur a \u00e9t\u00e9")->speaker, ==, "gendarmerie");
  g_assert_cmpstr (px_test_expect_quote (quotes, "route restera")->speaker, ==, "source pr\u00e9fectorale");
}

/* "nach Angaben der Polizei" after "das Polizeipräsidium Oberfranken":
 * the noun that opens the one institution's compound name is it. */
static void
test_german_compound_institution (void)
{
  const char *de =
    "Unfall auf der A 9\n\n"
    "Auf der A 9 bei Bayreuth ist am Montag ein Lastwagen umgekippt.\n\n"
    "\u201eDie Autobahn bleibt bis zum Abend gesperrt\u201c, sagte ein Sprecher des Polizeipr\u00e4sidiums Oberfranken. "
    "Der Fahrer wurde nach Angaben der Polizei am Kopf leicht verletzt.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (de, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "leicht verletzt")->speaker, ==, "Polizeipr\u00e4sidium Oberfranken");
}

/* A Russian name of three words with a stray mark where the patronymic
 * would be ("Иван & Петров" in a garbled page): the middle token has no
 * lower-case form, and reading it as a patronymic must not crash. */
static void
test_s13r_punctuation_in_patronymic_slot (void)
{
  const char *text =
    "Авария на заводе\n\n"
    "Директор завода Иван & Петров заявил, что ремонт займёт неделю. «Мы справимся», — сказал он.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  px_test_expect_quote (quotes, "ремонт займёт неделю");
  px_test_expect_quote (quotes, "Мы справимся");
}

/* A run of capitals after the cue that ends on "&" before a post-nominal
 * ("said Hartwell & KC"): the run's last token is punctuation, and the
 * possessive test on it must not read it as a word. */
static void
test_s13r_name_run_ending_on_ampersand (void)
{
  const char *text =
    "Barrister to appeal ruling\n\n"
    "\u201cWe will appeal this decision,\u201d said Hartwell & KC on Monday. The firm has 30 days to lodge the appeal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  px_test_expect_quote (quotes, "We will appeal this decision");
}

/* A person's name followed by a firm with "&" in it ("von der Privatbank
 * Hausmann & Cie."): the name reader steps over punctuation tokens, which
 * have no lower-case form, and must not compare them as words. */
static void
test_s13g_name_before_firm_with_ampersand (void)
{
  const char *text =
    "Analysten uneins über Kursziel\n\n"
    "Ihr Kollege Markus Trenkler von der Privatbank Hausmann & Cie. stufte die Aktie ab. "
    "„Das Papier ist zu teuer“, sagte er am Nachmittag.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "Das Papier ist zu teuer");

  g_assert_cmpstr (quote->speaker, ==, "Markus Trenkler");
}

/* Text taken from pages keeps stray marks: an apposition set off by dashes
 * or brackets after a comma, "&" inside a run of capitals, a lone opening
 * quotation mark after a name. Reading names and sources steps over these
 * punctuation tokens, which have no lower-case form, without crashing or
 * warning, and still finds the quotes around them. */
static void
test_s13g_stray_marks_in_name_runs (void)
{
  static const char * const texts[][3] = {
    { "Stellenabbau in Esslingen\n\nDer Betriebsratsvorsitzende in Esslingen, – Uwe Brandt –, sagte, die Belegschaft sei wütend.",
      "de", "die Belegschaft sei wütend" },
    { "Nurses to strike\n\nThe union’s regional organiser, (Jane Hollis), said members would walk out. "
      "The hospital trust said it regretted the decision.", "en", "it regretted the decision" },
    { "Minister admits target will be missed\n\nHealth Minister & Aoife Brennan conceded on Wednesday that the "
      "target would be missed.", "en", "the target would be missed" },
    { "Doctors vote to strike\n\n“We will not back down,” the union said. Plaid Cymru „ called for independent "
      "arbitration.", "en", "We will not back down" },
  };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (texts[t][0], texts[t][1]);

      px_test_expect_quote (quotes, texts[t][2]);
    }
}

/* "Ibarra cree que …": an opinion verb after a surname that opens the
 * sentence reports the view of the person named before, as after a
 * pronoun; "tener en cuenta" is a set phrase, not "cuenta" (tells). */
static void
test_s13g_opinion_after_known_surname (void)
{
  const char *text =
    "Las calles sin sombra\n\n"
    "El urbanista Tomás Ibarra presentó el lunes un informe sobre el calor en el centro de Murcia.\n\n"
    "Ibarra cree que el ayuntamiento debería tener en cuenta la sombra de los árboles al reformar las plazas. "
    "Nadie cree que el verano que viene vaya a ser más fresco.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");
  PxQuote *quote = px_test_expect_quote (quotes, "debería tener en cuenta la sombra");

  g_assert_cmpstr (quote->speaker, ==, "Tomás Ibarra");
  g_assert_cmpstr (quote->verb, ==, "cree");
  g_assert_true (g_str_has_prefix (quote->text, "el ayuntamiento"));
  g_assert_null (px_test_find_quote (quotes, "el verano que viene"));
}

/* "Omar Reyes of Fairlie & Co": an ampersand joins a firm's names, so the
 * run after "of" is where the analyst works, and "he" in the next sentence
 * is the analyst, never the firm. */
static void
test_s13g_ampersand_names_a_firm (void)
{
  const char *text =
    "Bakery chain shares fall\n\n"
    "Analysts were divided on Wednesday. Another analyst, Omar Reyes of Fairlie & Co, was more upbeat. "
    "He said the chain's debts were modest and its new stores were trading well.\n\n"
    "“Bread is not going out of fashion,” he said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "debts were modest")->speaker, ==, "Omar Reyes");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Bread is not going out of fashion")->speaker, ==, "Omar Reyes");
}

/* "Her counterpart said": a possessive and a relational noun name the
 * person on the other side of the relation from the one the possessive
 * points to, not the person the article last described with the noun. */
static void
test_s13g_counterpart_and_successor (void)
{
  const char *talks =
    "Ministers agree on river crossings\n\n"
    "Polish Foreign Minister Marta Zielinska said the two bridges would open to lorries in June.\n\n"
    "Her Czech counterpart, Petra Novakova, said customs checks would be shared.\n\n"
    "“Nobody will have to stop twice,” Novakova said.\n\n"
    "Her counterpart said Poland would pay for the new road on its side of the river.";
  const char *handover =
    "Rail minister defends timetable\n\n"
    "Rail minister Ruth Gale told MPs the new timetable would add 40 trains a day.\n\n"
    "Her predecessor, Alan Briggs, said the plan had been drawn up while he was in office.\n\n"
    "“I signed the orders for those trains,” Briggs said. His successor said the orders had been changed since.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (talks, "en");
  g_autoptr(GPtrArray) quotes2 = px_quotes_find_in_text (handover, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "customs checks would be shared")->speaker, ==, "Petra Novakova");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Poland would pay for the new road")->speaker, ==, "Marta Zielinska");
  g_assert_cmpstr (px_test_expect_quote (quotes2, "drawn up while he was in office")->speaker, ==, "Alan Briggs");
  g_assert_cmpstr (px_test_expect_quote (quotes2, "the orders had been changed since")->speaker, ==, "Ruth Gale");
}

/* "Ms King", "Mr Bishop": a surname that is also a title word, put after
 * an honorific, is the person's surname, so the quote goes to the person
 * named in full before. */
static void
test_s13g_title_word_surname_after_honorific (void)
{
  const char *text =
    "School to stay open after review\n\n"
    "The head teacher, Joanne King, said the school had been given a reprieve until July.\n\n"
    "Parents were told of the decision at a meeting on Thursday evening. Later, Ms King told reporters "
    "that the governors would appeal against any closure.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "given a reprieve")->speaker, ==, "Joanne King");
  g_assert_cmpstr (px_test_expect_quote (quotes, "governors would appeal")->speaker, ==, "Joanne King");
}

/* "A woman accused of stealing from her employer told a jury she …":
 * "accused" straight before "of" is the participle of someone charged, not
 * a speaker's accusation; the whole subject speaks, and it is the defendant
 * the article names, not the last noun of the charge. */
static void
test_s13g_accused_of_subject_tells_court (void)
{
  const char *text =
    "Bookkeeper denies fraud\n\n"
    "A woman accused of stealing £80,000 from a garden centre in Kendal told a jury she had been "
    "given permission to use the company card.\n\n"
    "Karen Doyle, 52, denies fraud by abuse of position. The trial continues.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "given permission to use the company card");

  g_assert_cmpstr (quote->speaker, ==, "Karen Doyle");
  g_assert_true (g_str_has_prefix (quote->text, "she had been"));
  g_assert_null (px_test_find_quote (quotes, "stealing £80,000"));
}

/* "denies the murder of …", "denied any wrongdoing": a noun object of
 * "deny" is not reported speech; a clause or a gerund after it is. */
static void
test_s13g_deny_noun_object (void)
{
  const char *text =
    "Landlord on trial over fire\n\n"
    "Graham Pike, 61, denies the manslaughter of two tenants, who died in the fire at Mill Court in May. "
    "His company denied any wrongdoing.\n\n"
    "Giving evidence, Pike denied the fire doors had been locked. He also denied ignoring the warnings of "
    "the fire service.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_null (px_test_find_quote (quotes, "manslaughter of two tenants"));
  g_assert_null (px_test_find_quote (quotes, "any wrongdoing"));
  g_assert_cmpstr (px_test_expect_quote (quotes, "the fire doors had been locked")->speaker, ==, "Graham Pike");
  px_test_expect_quote (quotes, "ignoring the warnings");
}

/* "a confirmé jeudi que …", "hat argumentiert, …": common reporting verbs
 * of French and German news. */
static void
test_s13g_confirme_argumentiert (void)
{
  const char *french =
    "Route des crêtes\n\n"
    "Le préfet des Vosges, Jean-Marc Olivier, a confirmé jeudi que la route rouvrirait à la circulation en mars.";
  const char *german =
    "Klinik vor dem Aus\n\n"
    "Landrätin Petra Vogt hat argumentiert, der Kreis könne sich zwei Kliniken nicht mehr leisten.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (french, "fr");
  g_autoptr(GPtrArray) quotes2 = px_quotes_find_in_text (german, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "la route rouvrirait");

  g_assert_cmpstr (quote->speaker, ==, "Jean-Marc Olivier");
  g_assert_cmpstr (quote->verb, ==, "confirmé");
  quote = px_test_expect_quote (quotes2, "zwei Kliniken nicht mehr leisten");
  g_assert_cmpstr (quote->speaker, ==, "Petra Vogt");
}

/* "aseguró el ingeniero", "insistió la doctora": a Spanish noun for a
 * person that nobody in the article was described with refers back to the
 * person last named of the gender its article gives. */
static void
test_s13g_spanish_person_noun_refers_back (void)
{
  const char *text =
    "Obras del puente de Alcira\n\n"
    "La alcaldesa, Lucía Vidal, pidió paciencia a los vecinos. El director de la obra, Raúl Medina, "
    "explicó que el puente abrirá en junio.\n\n"
    "«No habrá más retrasos», aseguró el ingeniero, que lleva treinta años en la empresa.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "No habrá más retrasos")->speaker, ==, "Raúl Medina");
}

/* "Her deputy, the councillor Tom Reed, said she would …": the described
 * name between the commas, with its article, speaks; the pronoun after the
 * verb opens the reported clause and is no inverted speaker, and what
 * stands before the comma is the subject, not a clause. */
static void
test_s13g_apposition_with_article_then_pronoun_clause (void)
{
  const char *text =
    "Council leader to return after operation\n\n"
    "Anna Cole missed the budget meeting on Monday. Her deputy, the councillor Tom Reed, said she would "
    "return to work next week after an operation.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "return to work next week");

  g_assert_cmpstr (quote->speaker, ==, "Tom Reed");
  g_assert_true (g_str_has_prefix (quote->text, "she would return"));
  g_assert_null (px_test_find_quote (quotes, "Her deputy"));
}

/* "The rebels, led by Margaret Ellison, say that …": a participle phrase
 * between commas tells who leads or backs the subject; the subject speaks,
 * and the reported clause is found past it. */
static void
test_s13g_group_led_by_says (void)
{
  const char *text =
    "Tenants threaten rent strike\n\n"
    "The tenants, led by the retired teacher Joan Whitby, say that the landlord has ignored damp in 40 flats.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "ignored damp in 40 flats");

  g_assert_nonnull (quote->speaker);
  g_assert_true (g_str_has_suffix (quote->speaker, "tenants"));
}

/* "a annoncé mardi la fermeture de …", "reclamó más inversión": a French
 * or Spanish noun phrase straight after the verb, with no complementiser
 * and no verb of its own, is what was announced or demanded, not reported
 * speech; a clause after "que" still is. */
static void
test_s13g_romance_bare_noun_object (void)
{
  const char *french =
    "Piscine de Gex\n\n"
    "Le maire, Olivier Brun, a annoncé mardi la fermeture de la piscine municipale, qui accueille 40 000 baigneurs par an. "
    "Il a précisé que les travaux dureraient deux ans.";
  const char *spanish =
    "Pleno de Alcorcón\n\n"
    "La concejala Marta Gil reclamó más inversión en los barrios del sur. Gil aseguró que el presupuesto llegará tarde.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (french, "fr");
  g_autoptr(GPtrArray) quotes2 = px_quotes_find_in_text (spanish, "es");

  g_assert_null (px_test_find_quote (quotes, "la fermeture de la piscine"));
  g_assert_cmpstr (px_test_expect_quote (quotes, "les travaux dureraient deux ans")->speaker, ==, "Olivier Brun");
  g_assert_null (px_test_find_quote (quotes2, "más inversión"));
  g_assert_cmpstr (px_test_expect_quote (quotes2, "el presupuesto llegará tarde")->speaker, ==, "Marta Gil");
}

/* "after a group of backbench MPs said", "when opposition councillors
 * said": a plural noun phrase after a collective noun and "of", or
 * opening a subordinate clause, is the subject that speaks. */
static void
test_s13g_plural_subject_in_subordinate_clause (void)
{
  const char *text =
    "Budget vote delayed\n\n"
    "The vote on the city budget was put off on Wednesday after a group of independent councillors said they "
    "would not back it without money for libraries. The session had been suspended an hour earlier "
    "when veteran councillors said they were ready to walk out.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "money for libraries")->speaker, ==, "group of independent councillors");
  g_assert_cmpstr (px_test_expect_quote (quotes, "they were ready to walk out")->speaker, ==, "veteran councillors");
}

/* "Her husband, Colin Ferris … “…,” Mr Ferris says": relatives share a
 * surname; the honorific tells which of them speaks. */
static void
test_s13g_shared_surname_honorific (void)
{
  const char *text =
    "The bakers of Mill Street\n\n"
    "Janet Ferris opens the bakery at five every morning. Her husband, Colin Ferris, does the deliveries.\n\n"
    "“I have not had a lie-in since 1998,” she says.\n\n"
    "“She bakes, I drive. Forty years and we have never swapped,” Mr Ferris says.\n\n"
    "Mrs Ferris says the shop will close when neither of them can lift a sack of flour.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "I have not had a lie-in")->speaker, ==, "Janet Ferris");
  g_assert_cmpstr (px_test_expect_quote (quotes, "She bakes, I drive")->speaker, ==, "Colin Ferris");
  g_assert_cmpstr (px_test_expect_quote (quotes, "lift a sack of flour")->speaker, ==, "Janet Ferris");
}

/* "juge au contraire que le projet est « une chance historique »": a
 * judging verb followed by "que" takes a clause, and the clause with its
 * quoted words is one mixed quote; "a jugé la mobilisation « … »" keeps
 * the quoted words alone. */
static void
test_s13g_judging_verb_with_clause (void)
{
  const char *text =
    "Le tramway de Lorient\n\n"
    "Le président de l'agglomération, Marc Le Goff, juge au contraire que le tracé est « le seul possible » "
    "pour desservir l'hôpital. Le syndicat a jugé la décision « précipitée ».";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "le seul possible");

  g_assert_true (g_str_has_prefix (quote->text, "le tracé est"));
  g_assert_cmpint (quote->kind, ==, PX_QUOTE_SPEECH);
  g_assert_false (quote->direct);
  g_assert_cmpstr (quote->speaker, ==, "Marc Le Goff");
  quote = px_test_expect_quote (quotes, "précipitée");
  g_assert_true (g_str_has_prefix (quote->text, "précipitée"));
}

/* "Pour le syndicat CFDT de la métallurgie du Nord, …": a body's view is
 * given with "pour" too, its name running on over its links to the comma. */
static void
test_s13g_pour_institution_view (void)
{
  const char *text =
    "Fermeture de la fonderie\n\n"
    "Pour le syndicat des métallurgistes de la vallée de la Meuse, la fermeture aurait pu être évitée. "
    "Pour la première fois depuis 1952, le site ne coulera plus d'acier.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "la fermeture aurait pu être évitée");

  g_assert_nonnull (quote->speaker);
  g_assert_true (g_str_has_prefix (quote->speaker, "syndicat des métallurgistes"));
  g_assert_null (px_test_find_quote (quotes, "le site ne coulera plus"));
}

/* "… teilte mit, der Preis werde … steigen. Im Vorjahr hatte … gesenkt.
 * Grund seien …": a subjunctive sentence continues the report before one
 * indicative sentence of the writer's own in the same paragraph. */
static void
test_s13g_subjunctive_after_narration (void)
{
  const char *text =
    "Strom wird teurer\n\n"
    "Die Stadtwerke Lindenau teilten am Montag mit, der Strompreis werde im Januar um acht Prozent steigen. "
    "Im Vorjahr hatte das Unternehmen die Preise zweimal gesenkt. Grund seien höhere Netzentgelte und "
    "teurere Einkäufe an der Börse.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *report = px_test_expect_quote (quotes, "um acht Prozent steigen");
  PxQuote *quote = px_test_expect_quote (quotes, "höhere Netzentgelte");

  g_assert_nonnull (report->speaker);
  g_assert_cmpstr (quote->speaker, ==, report->speaker);
  g_assert_null (px_test_find_quote (quotes, "zweimal gesenkt"));
}

/* "räumte … Fehler ein": a separable verb whose particle closes the
 * sentence has a noun object, not reported words; "räumte ein, …" still
 * reports them. */
static void
test_s13g_german_particle_object (void)
{
  const char *text =
    "Fehler bei der Abrechnung\n\n"
    "Der Geschäftsführer Jens Albrecht räumte in einer Betriebsversammlung Fehler bei der Abrechnung ein. "
    "Die Sprecherin Karin Holm räumte ein, die Nachzahlungen würden sich bis März hinziehen.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_null (px_test_find_quote (quotes, "Fehler bei der Abrechnung"));
  g_assert_cmpstr (px_test_expect_quote (quotes, "bis März hinziehen")->speaker, ==, "Karin Holm");
}

/* "According to the agency's own forecast, …": a document with an
 * institution noun for its possessor speaks for the institution named
 * with that noun, not for the person quoted just before. */
static void
test_s13g_possessive_document_author (void)
{
  const char *text =
    "Water bills to rise\n\n"
    "The Northern Water Agency approved a 9% rise in bills on Tuesday.\n\n"
    "“Households cannot take much more,” said Paul Reddy of the Consumer Council.\n\n"
    "According to the agency's own forecast, bills should stabilise by 2028.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "bills should stabilise")->speaker, ==, "Northern Water Agency");
}

/* "Exeter Crown Court heard …": a court named in full listens, as "the
 * court" does; what it heard comes from the prosecutor the report names. */
static void
test_s13g_named_court_heard (void)
{
  const char *text =
    "Builder jailed for fake repairs\n\n"
    "Wayne Pollard, 51, admitted six counts of fraud. Exeter Crown Court heard he charged a widow £9,000 "
    "for a chimney he never touched.\n\n"
    "Prosecuting, Grace Okoye said Pollard had picked his victims from the electoral roll.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "charged a widow")->speaker, ==, "Grace Okoye");
}

/* "The CFO added": the acronym of a finance chief's title is a role that
 * refers back to the person introduced with the title written out. */
static void
test_s13g_cfo_refers_back (void)
{
  const char *text =
    "Retailer cuts forecast\n\n"
    "Helen Marr, the chief financial officer, told analysts that margins would recover in the spring. "
    "The CFO added that the group had no plans to cut its dividend.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "no plans to cut its dividend")->speaker, ==, "Helen Marr");
}

/* "…, researchers at Kings College London have found.": a finding put
 * before its researchers, closed by a comma, is reported as theirs. */
static void
test_s13g_researchers_have_found (void)
{
  const char *text =
    "Coffee and long life\n\n"
    "People who drink three cups of coffee a day live slightly longer, researchers at the University of "
    "Kelso have found. The effect was small.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "three cups of coffee a day");

  g_assert_nonnull (quote->speaker);
  g_assert_true (g_str_has_prefix (quote->speaker, "researchers"));
  g_assert_null (px_test_find_quote (quotes, "The effect was small"));
}

/* "Brandt hatte noch im Mai argumentiert, …": a time adjunct between a
 * German auxiliary and its participle is no speaker; the subject stands
 * before the auxiliary. */
static void
test_qleft_german_time_adjunct (void)
{
  const char *text =
    "Zulieferer senkt Prognose\n\n"
    "Der Vorstandschef Michael Brandt hatte noch im Mai argumentiert, die Lieferprobleme seien weitgehend "
    "gelöst. Analysten sind skeptisch.\n\n"
    "Die Sprecherin Anna Vogt hatte am Montag erklärt, der Umsatz werde steigen.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Lieferprobleme")->speaker, ==, "Michael Brandt");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Umsatz werde steigen")->speaker, ==, "Anna Vogt");
}

/* "Opposition councillors said": a title word opening the sentence
 * modifies the plural group after it, and the group keeps it. */
static void
test_qleft_modifier_of_plural_group (void)
{
  const char *text =
    "Library to close\n\n"
    "The council said the library would close in June. Opposition councillors said they would call for a "
    "vote at the next meeting.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "call for a vote");

  g_assert_nonnull (quote->speaker);
  g_assert_cmpint (g_ascii_strcasecmp (quote->speaker, "opposition councillors"), ==, 0);
}

/* "Patients' watchdog Patient Voice Cumbria said": after a noun for an
 * institution, the run is its name, and its first word is no trade. */
static void
test_qleft_body_noun_before_name (void)
{
  const char *text =
    "Minor injuries unit to close at night\n\n"
    "The trust said the unit would close overnight from April. Patients' watchdog Patient Voice Cumbria "
    "said it had received dozens of complaints.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "dozens of complaints")->speaker, ==, "Patient Voice Cumbria");
}

/* "Arvenia's general staff said": a possessive name and a title word
 * before a body noun are part of the body's name. */
static void
test_qleft_possessive_body_name (void)
{
  const char *text =
    "Border talks stall\n\n"
    "Talks between the two countries broke up on Friday. Arvenia's general staff said the border had been "
    "calm all week.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "border had been calm")->speaker, ==, "Arvenia's general staff");
}

/* "The dockers' union, Havn, called … . The union said": a definite noun
 * the article gave a name in apposition refers back to that name, not to
 * the institution named last. */
static void
test_qleft_noun_refers_to_apposition (void)
{
  const char *text =
    "Gas leak closes harbour\n\n"
    "The Ministry of Transport said it had sent inspectors to the harbour. Early tests showed no danger, the "
    "ministry said, but it advised residents to keep windows shut.\n\n"
    "The crane drivers' union, Kranlag, called the leak “a disgrace”. In a statement, the union said it would "
    "demand a full inquiry.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "demand a full inquiry")->speaker, ==, "Kranlag");
}

/* "State broadcaster NRT reported, citing police sources, that …": a
 * capitalised "State" before a noun is no verb; the sources cited speak. */
static void
test_qleft_state_broadcaster_citing (void)
{
  const char *text =
    "Fire at chemical plant\n\n"
    "A fire broke out at a chemical plant near Lormo on Tuesday. State broadcaster KTV reported, citing "
    "police sources, that four workers had been treated for smoke inhalation.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "four workers had been treated");

  g_assert_cmpstr (quote->speaker, ==, "police sources");
  g_assert_cmpstr (quote->verb, ==, "reported");
}

/* "According to Tarpa, which cited a police source, officers …": the
 * source the relay cited speaks, not the relay. */
static void
test_qleft_according_which_cited (void)
{
  const char *text =
    "Protesters block mine road\n\n"
    "Villagers blocked the road to the Sarvan copper mine for a third day on Monday. According to Tarpa, which "
    "cited a police source, officers had been told not to use force.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "not to use force")->speaker, ==, "police source");
}

/* "…, a study by the University of Kelso has found.": a finding put
 * before a study whose author is named is the author's. */
static void
test_qleft_study_by_name (void)
{
  const char *text =
    "Late screens and sleep\n\n"
    "Children who use tablets after ten o'clock sleep an hour less, a study by the University of Kelso has "
    "found. The effect was largest in boys.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "sleep an hour less")->speaker, ==, "University of Kelso");
}

/* "… the paper said" after "a study by the University of Kelso": the
 * study's named author speaks for it. */
static void
test_qleft_paper_of_named_author (void)
{
  const char *text =
    "Late screens and sleep\n\n"
    "Children who use tablets after ten o'clock sleep an hour less, a study by the University of Kelso has "
    "found.\n\n"
    "The results were weaker for younger pupils. Girls who read on tablets late fell asleep sooner than "
    "expected, the paper said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "fell asleep sooner")->speaker, ==, "University of Kelso");
}

/* "…, Hartwell & Price said.": a firm's name joined by an ampersand is
 * read back over the mark to its first word, never starting on it. */
static void
test_qleft_ampersand_read_back (void)
{
  const char *text =
    "Solicitors merge\n\n"
    "The merger will create forty jobs in the city centre, Dunmore & Reid said.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "forty jobs")->speaker, ==, "Dunmore & Reid");
}

/* "His mother, Ruth, said … . The firm's owner said …": a role with a
 * common-noun possessor is someone the article has not named, not the
 * person who spoke just before. */
static void
test_qleft_possessed_role_unnamed (void)
{
  const char *text =
    "Warehouse worker cleared\n\n"
    "A warehouse worker accused of theft was cleared by a jury on Thursday.\n\n"
    "Outside court, his mother, Ruth, said the family was relieved. The firm's owner said in a statement "
    "that he would be welcome back at work.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "welcome back at work");

  g_assert_cmpstr (px_test_expect_quote (quotes, "family was relieved")->speaker, ==, "Ruth");
  g_assert_cmpstr (quote->speaker, !=, "Ruth");
  g_assert_nonnull (strstr (quote->speaker, "owner"));
}

static void
test_qlast_russian_paper_listener_in_marks (void)
{
  const char *text =
    "В Лесногорске отключили отопление\n\n"
    "Жители трёх домов остались без тепла. «Батареи холодные уже третий день», — рассказала газете "
    "«Северный вестник» учительница Нина Карпова.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Батареи холодные уже третий день")->speaker, ==, "Нина Карпова");
  /* the paper's name in marks is no quote */
  for (guint i = 0; i < quotes->len; i++)
    g_assert_null (strstr (((PxQuote *) quotes->pdata[i])->text, "вестник"));
}

static void
test_qlast_russian_kak_agency_role_name_comma (void)
{
  const char *text =
    "Авария на подстанции\n\n"
    "Как рассказал РИА Новости инженер компании «Сетевой узел» Павел Гуров, свет отключился около полуночи.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "ru");
  PxQuote *quote = px_test_expect_quote (quotes, "свет отключился около полуночи");

  g_assert_cmpstr (quote->speaker, ==, "Павел Гуров");
  /* the cue is no part of what he said */
  g_assert_null (strstr (quote->text, "Гуров"));
}

static void
test_qlast_whose_clause_with_own_apposition (void)
{
  const char *text =
    "Crossing plan delayed again\n\n"
    "Residents of Mill Street have waited six years for a pedestrian crossing. "
    "Helen Brandt, whose son, Oliver, was hit by a van there in 2021, said the council had stopped answering her letters.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "stopped answering her letters")->speaker, ==, "Helen Brandt");
}

static void
test_qlast_french_reflexive_feeling_verb (void)
{
  const char *text =
    "Fermeture du bureau de poste\n\n"
    "Le maire de la commune, Paul Girard, a dénoncé une décision prise sans concertation.\n\n"
    "« Les anciens vont devoir faire vingt kilomètres. Personne ne nous a prévenus », s'est désolée la "
    "présidente du comité des fêtes, Odile Marchand.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "Personne ne nous a prévenus")->speaker, ==, "Odile Marchand");
}

static void
test_qlast_pour_role_then_name_apposition (void)
{
  const char *text =
    "Les abeilles en recul dans le Jura\n\n"
    "Les apiculteurs du département ont perdu un tiers de leurs ruches cet hiver. "
    "Pour le biologiste Marc Vautrin, chercheur à l'université de Franche-Comté, le varroa n'explique pas tout. "
    "« Les pesticides jouent un rôle », a-t-il ajouté.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");

  g_assert_cmpstr (px_test_expect_quote (quotes, "le varroa n'explique pas tout")->speaker, ==, "Marc Vautrin");
  g_assert_cmpstr (px_test_expect_quote (quotes, "Les pesticides jouent un rôle")->speaker, ==, "Marc Vautrin");
}

/* "A safety review from June 2023 found that …", "The review recommended
 * that …": a document with only its date before the verb speaks, and the
 * same document named again by its noun is the one just quoted. */
static void
test_qdocs_dated_document_found (void)
{
  const char *text =
    "Bridge inspections\n\n"
    "A structural report from June 2023 found that two bearings on the Harlow viaduct had corroded beyond "
    "their design limits. The report recommended that heavy lorries be diverted until repairs were done. "
    "They were not.\n\n"
    "The recommended detour adds twenty minutes.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");

  g_assert_cmpstr (px_test_expect_quote (quotes, "two bearings")->speaker, ==, "structural report");
  g_assert_cmpstr (px_test_expect_quote (quotes, "heavy lorries be diverted")->speaker, ==, "structural report");
  g_assert_null (px_test_find_quote (quotes, "detour adds"));
}

/* "Estas mismas fuentes han indicado …": the same unnamed sources as the
 * quote before speak for the same body; an auxiliary after an earlier
 * "Fuentes de la consejería han …" is no part of that body. */
static void
test_qdocs_same_sources_refer_back (void)
{
  const char *text =
    "Obras en el puerto\n\n"
    "Fuentes del Ministerio de Fomento han reconocido que las obras llevan retraso. Estas mismas fuentes han "
    "indicado que el muelle abrirá en mayo.\n\n"
    "Fuentes de la consejería han explicado que habrá más inspectores. Las mismas fuentes han señalado que "
    "no habrá cierres.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "las obras llevan retraso")->speaker, ==, "Ministerio de Fomento");
  g_assert_cmpstr (px_test_expect_quote (quotes, "el muelle abrirá")->speaker, ==, "Ministerio de Fomento");
  g_assert_cmpstr (px_test_expect_quote (quotes, "no habrá cierres")->speaker, ==,
                   px_test_expect_quote (quotes, "más inspectores")->speaker);
}

/* "… ha emitido un comunicado en el que advierte de que …": the relative
 * has no subject of its own; whoever issued the statement speaks. */
static void
test_qdocs_statement_in_which_warns (void)
{
  const char *text =
    "Falta de enfermeras\n\n"
    "El Colegio de Enfermería ha emitido un comunicado en el que advierte de que la plantilla del centro es "
    "insuficiente para el invierno. La consejería no ha respondido.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "la plantilla del centro")->speaker, ==, "Colegio de Enfermería");
}

/* "Man habe …, so der 47-Jährige.": a subjunctive clause closed by "so"
 * and its speaker is reported speech, with no quotation marks; "so" in
 * other places is no cue. */
static void
test_qdocs_german_so_after_subjunctive (void)
{
  const char *text =
    "Streit um Fähre\n\n"
    "Der Reeder Jonas Albrecht wies die Kritik zurück. Man habe die Gemeinde rechtzeitig per Brief gewarnt, "
    "so der 47-Jährige.\n\n"
    "Die Fähre fuhr trotzdem, so wie jeden Tag.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");

  g_assert_cmpstr (px_test_expect_quote (quotes, "die Gemeinde rechtzeitig")->speaker, ==, "Jonas Albrecht");
  g_assert_null (px_test_find_quote (quotes, "Die Fähre fuhr"));
}

/* "Der Elternbeirat sprach von einer „bitteren Enttäuschung“": speaking
 * of a phrase in quotation marks says those words, and only those. */
static void
test_qdocs_german_sprach_von (void)
{
  const char *text =
    "Schulbus gestrichen\n\n"
    "Der Landkreis streicht die Buslinie nach Oberau. Der Elternbeirat sprach von einer „bitteren "
    "Enttäuschung“ für die Familien im Tal.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "bitteren");

  g_assert_nonnull (quote->speaker);
  g_assert_true (g_str_has_suffix (quote->speaker, "Elternbeirat"));
  g_assert_null (px_test_find_quote (quotes, "Familien im Tal"));
}

/* "rief die Anwohner dazu auf, … zu halten": a German appeal is the
 * infinitive after the particle's comma; "rief … an" (phoned) is none. */
static void
test_qdocs_german_rief_auf (void)
{
  const char *text =
    "Brand in Lagerhalle\n\n"
    "Die Feuerwehr rief die Anwohner dazu auf, Fenster und Türen geschlossen zu halten. Der Rauch zog nach "
    "Osten.\n\n"
    "Ein Nachbar rief sofort die Polizei an. Sie kam nach zehn Minuten.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "de");
  PxQuote *quote = px_test_expect_quote (quotes, "Fenster und Türen");

  g_assert_true (g_str_has_prefix (quote->text, "Fenster"));
  g_assert_cmpstr (quote->speaker, ==, "Feuerwehr");
  g_assert_null (px_test_find_quote (quotes, "Polizei an"));
  g_assert_null (px_test_find_quote (quotes, "zehn Minuten"));
}

/* "Le pont du Rhin, à Strasbourg, restera fermé …, a annoncé mardi la
 * préfecture": a place between commas is no subject; the body after the
 * verb speaks. */
static void
test_qdocs_place_incise_then_inverted_cue (void)
{
  const char *text =
    "Pont fermé\n\n"
    "Le pont de la Digue, à Strasbourg, restera fermé aux camions pendant trois mois, a annoncé mardi la "
    "préfecture. Des déviations sont prévues.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "fr");
  PxQuote *quote = px_test_expect_quote (quotes, "restera fermé");

  g_assert_true (g_str_has_prefix (quote->text, "Le pont"));
  g_assert_cmpstr (quote->speaker, ==, "préfecture");
}

/* "Harlow Foods has issued a statement. “…,” it reads.": a text that
 * reads some words says them, for the body that issued it. */
static void
test_qdocs_statement_it_reads (void)
{
  const char *text =
    "Factory recall\n\n"
    "The owner, Brindle Foods, has issued a short statement. \"We are sorry for the worry this recall has "
    "caused to our customers,\" it reads. Shops were told to clear their shelves.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "sorry for the worry");

  g_assert_cmpstr (quote->speaker, ==, "Brindle Foods");
  g_assert_cmpstr (quote->verb, ==, "reads");
}

/* "The report, which covers logbooks, rotas and …, suggests that …": a
 * relative clause between commas, with commas of its own, separates the
 * subject from its verb; the subject still speaks. */
static void
test_qdocs_subject_relative_between_commas (void)
{
  const char *text =
    "Ferry safety\n\n"
    "The report, which covers logbooks, crew rotas and two near misses, suggests that crews were "
    "short of training. Ministers have not replied.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "en");
  PxQuote *quote = px_test_expect_quote (quotes, "crews were short");

  g_assert_nonnull (quote->speaker);
  g_assert_true (g_str_has_suffix (quote->speaker, "report"));
  g_assert_true (g_str_has_prefix (quote->text, "crews"));
}

/* "Fuentes de la gerencia del hospital han admitido …": unnamed sources
 * speak for the lower-case body they are of, not for an institution named
 * earlier in the article. */
static void
test_qdocs_sources_of_lower_case_body (void)
{
  const char *text =
    "Calefacción averiada\n\n"
    "Fuentes del Ministerio de Sanidad han reconocido que las listas de espera crecen.\n\n"
    "Fuentes de la gerencia del hospital han admitido que la caldera falla desde octubre.";
  g_autoptr(GPtrArray) quotes = px_quotes_find_in_text (text, "es");

  g_assert_cmpstr (px_test_expect_quote (quotes, "la caldera falla")->speaker, ==, "gerencia del hospital");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parallax/quotes/styles", test_styles);
  g_test_add_func ("/parallax/quotes/apostrophes", test_apostrophes);
  g_test_add_func ("/parallax/quotes/across-paragraphs", test_across_paragraphs);
  g_test_add_func ("/parallax/quotes/name-chains", test_name_chains);
  g_test_add_func ("/parallax/quotes/title-of-country", test_title_of_country);
  g_test_add_func ("/parallax/quotes/speaker-tracking", test_speaker_tracking);
  g_test_add_func ("/parallax/quotes/speaker-tracking-german", test_speaker_tracking_german);
  g_test_add_func ("/parallax/quotes/pointing-back", test_pointing_back);
  g_test_add_func ("/parallax/quotes/roles-and-listeners", test_roles_and_listeners);
  g_test_add_func ("/parallax/quotes/indirect", test_indirect);
  g_test_add_func ("/parallax/quotes/mixed-and-scare", test_mixed_and_scare);
  g_test_add_func ("/parallax/quotes/relayed", test_relayed);
  g_test_add_func ("/parallax/quotes/russian-genitive-anaphor", test_russian_genitive_anaphor);
  g_test_add_func ("/parallax/quotes/role-in-lead-named-later", test_role_in_lead_named_later);
  g_test_add_func ("/parallax/quotes/document-issuer-next-sentence", test_document_issuer_next_sentence);
  g_test_add_func ("/parallax/quotes/institution-kind-in-lead", test_institution_kind_in_lead);
  g_test_add_func ("/parallax/quotes/russian-statement-of-institution", test_russian_statement_of_institution);
  g_test_add_func ("/parallax/quotes/name-particles", test_name_particles);
  g_test_add_func ("/parallax/quotes/spokesperson-pronoun", test_spokesperson_pronoun);
  g_test_add_func ("/parallax/quotes/description-of-person-just-named", test_description_of_person_just_named);
  g_test_add_func ("/parallax/quotes/russian-agency-before-name", test_russian_agency_before_name);
  g_test_add_func ("/parallax/quotes/colon-and-pointing-forward", test_colon_and_pointing_forward);
  g_test_add_func ("/parallax/quotes/role-of-place-then-name", test_role_of_place_then_name);
  g_test_add_func ("/parallax/quotes/role-on-committee", test_role_on_committee);
  g_test_add_func ("/parallax/quotes/acronym-by-initials", test_acronym_by_initials);
  g_test_add_func ("/parallax/quotes/acronym-possessive-ends-name", test_acronym_possessive_ends_name);
  g_test_add_func ("/parallax/quotes/relative-clause-speaker", test_relative_clause_speaker);
  g_test_add_func ("/parallax/quotes/pronoun-after-topic-sentence", test_pronoun_after_topic_sentence);
  g_test_add_func ("/parallax/quotes/russian-institution-nominative", test_russian_institution_nominative);
  g_test_add_func ("/parallax/quotes/german-institution-nominative", test_german_institution_nominative);
  g_test_add_func ("/parallax/quotes/defendant", test_defendant);
  g_test_add_func ("/parallax/quotes/pronoun-salient-subject", test_pronoun_salient_subject);
  g_test_add_func ("/parallax/quotes/institution-anaphor", test_institution_anaphor);
  g_test_add_func ("/parallax/quotes/possessor-description", test_possessor_description);
  g_test_add_func ("/parallax/quotes/age-noun-salient-subject", test_age_noun_salient_subject);
  g_test_add_func ("/parallax/quotes/compound-given-name-gender", test_compound_given_name_gender);
  g_test_add_func ("/parallax/quotes/possessive-spokesperson", test_possessive_spokesperson);
  g_test_add_func ("/parallax/quotes/delayed-subject", test_delayed_subject);
  g_test_add_func ("/parallax/quotes/spanish-coordinated-subject", test_spanish_coordinated_subject);
  g_test_add_func ("/parallax/quotes/name-inside-quote-not-speaker", test_name_inside_quote_not_speaker);
  g_test_add_func ("/parallax/quotes/inverted-subject-after-adverbial", test_inverted_subject_after_adverbial);
  g_test_add_func ("/parallax/quotes/passive-told-listener", test_passive_told_listener);
  g_test_add_func ("/parallax/quotes/institution-name-with-the", test_institution_name_with_the);
  g_test_add_func ("/parallax/quotes/middle-initials", test_middle_initials);
  g_test_add_func ("/parallax/quotes/first-of-two-surnames", test_first_of_two_surnames);
  g_test_add_func ("/parallax/quotes/designate-and-manager-titles", test_designate_and_manager_titles);
  g_test_add_func ("/parallax/quotes/company-after-public-body", test_company_after_public_body);
  g_test_add_func ("/parallax/quotes/spokesperson-short-name", test_spokesperson_short_name);
  g_test_add_func ("/parallax/quotes/given-names-sharing-surname", test_given_names_sharing_surname);
  g_test_add_func ("/parallax/quotes/headline-quote-speaker", test_headline_quote_speaker);
  g_test_add_func ("/parallax/quotes/pronoun-past-embedded-verb", test_pronoun_past_embedded_verb);
  g_test_add_func ("/parallax/quotes/parent-of-count", test_parent_of_count);
  g_test_add_func ("/parallax/quotes/nationality-nouns", test_nationality_nouns);
  g_test_add_func ("/parallax/quotes/address-after-name", test_address_after_name);
  g_test_add_func ("/parallax/quotes/defendant-perfect-tense", test_defendant_perfect_tense);
  g_test_add_func ("/parallax/quotes/elected-office-hypernym", test_elected_office_hypernym);
  g_test_add_func ("/parallax/quotes/group-with-place", test_group_with_place);
  g_test_add_func ("/parallax/quotes/talk-about-is-no-clause", test_talk_about_is_no_clause);
  g_test_add_func ("/parallax/quotes/trainee-refers-back", test_trainee_refers_back);
  g_test_add_func ("/parallax/quotes/oblique-surname", test_oblique_surname);
  g_test_add_func ("/parallax/quotes/russian-agency-after-institution", test_russian_agency_after_institution);
  g_test_add_func ("/parallax/quotes/romance-subject-before-verb", test_romance_subject_before_verb);
  g_test_add_func ("/parallax/quotes/participle-noun-document", test_participle_noun_document);
  g_test_add_func ("/parallax/quotes/spanish-shouted", test_spanish_shouted);
  g_test_add_func ("/parallax/quotes/romance-participle-cues", test_romance_participle_cues);
  g_test_add_func ("/parallax/quotes/german-compound-in-name", test_german_compound_in_name);
  g_test_add_func ("/parallax/quotes/possessor-spokesman-title", test_possessor_spokesman_title);
  g_test_add_func ("/parallax/quotes/french-public-body-as-itself", test_french_public_body_as_itself);
  g_test_add_func ("/parallax/quotes/apposition-with-party", test_apposition_with_party);
  g_test_add_func ("/parallax/quotes/french-monsieur-no-initial", test_french_monsieur_no_initial);
  g_test_add_func ("/parallax/quotes/french-monsieur-after-verb", test_french_monsieur_after_verb);
  g_test_add_func ("/parallax/quotes/german-name-particle", test_german_name_particle);
  g_test_add_func ("/parallax/quotes/named-spokesperson-role", test_named_spokesperson_role);
  g_test_add_func ("/parallax/quotes/role-acronym", test_role_acronym);
  g_test_add_func ("/parallax/quotes/german-role-noun", test_german_role_noun);
  g_test_add_func ("/parallax/quotes/russian-noun-at-sentence-start", test_russian_noun_at_sentence_start);
  g_test_add_func ("/parallax/quotes/french-ministry-domain", test_french_ministry_domain);
  g_test_add_func ("/parallax/quotes/romance-person-noun", test_romance_person_noun);
  g_test_add_func ("/parallax/quotes/councillor-role", test_councillor_role);
  g_test_add_func ("/parallax/quotes/according-to-document-author", test_according_to_document_author);
  g_test_add_func ("/parallax/quotes/analysts-at-firm", test_analysts_at_firm);
  g_test_add_func ("/parallax/quotes/acronym-initials", test_acronym_initials);
  g_test_add_func ("/parallax/quotes/one-of-them-named", test_one_of_them_named);
  g_test_add_func ("/parallax/quotes/spanish-sentence-initial-verb", test_spanish_sentence_initial_verb);
  g_test_add_func ("/parallax/quotes/russian-agency-before-verb", test_russian_agency_before_verb);
  g_test_add_func ("/parallax/quotes/plain-trade-before-name", test_plain_trade_before_name);
  g_test_add_func ("/parallax/quotes/hyphenated-descriptor", test_hyphenated_descriptor);
  g_test_add_func ("/parallax/quotes/french-elided-role-apposition", test_french_elided_role_apposition);
  g_test_add_func ("/parallax/quotes/german-quantity-no-person", test_german_quantity_no_person);
  g_test_add_func ("/parallax/quotes/german-nouns-after-preposition", test_german_nouns_after_preposition);
  g_test_add_func ("/parallax/quotes/noun-states-attributive-participle", test_noun_states_and_attributive_participle);
  g_test_add_func ("/parallax/quotes/hyphenated-office", test_hyphenated_office);
  g_test_add_func ("/parallax/quotes/expressive-verb-after-quote", test_expressive_verb_after_quote);
  g_test_add_func ("/parallax/quotes/any-verb-after-quote-comma", test_any_verb_after_quote_comma);
  g_test_add_func ("/parallax/quotes/russian-institution-with-adjective", test_russian_institution_with_adjective);
  g_test_add_func ("/parallax/quotes/institution-with-links", test_institution_with_links);
  g_test_add_func ("/parallax/quotes/institution-with-coordinator", test_institution_with_coordinator);
  g_test_add_func ("/parallax/quotes/institution-list-after-link", test_institution_list_after_link);
  g_test_add_func ("/parallax/quotes/german-linked-institutions", test_german_linked_institutions);
  g_test_add_func ("/parallax/quotes/romance-linked-institutions", test_romance_linked_institutions);
  g_test_add_func ("/parallax/quotes/company-legal-forms", test_company_legal_forms);
  g_test_add_func ("/parallax/quotes/russian-institution-chains", test_russian_institution_chains);
  g_test_add_func ("/parallax/quotes/spanish-list-in-name", test_spanish_list_in_name);
  g_test_add_func ("/parallax/quotes/institution-noun-with-modifier", test_institution_noun_with_modifier);
  g_test_add_func ("/parallax/quotes/party-and-guild-names", test_party_and_guild_names);
  g_test_add_func ("/parallax/quotes/clause-then-named-institution", test_clause_then_named_institution);
  g_test_add_func ("/parallax/quotes/coordinated-name-with-title-word", test_coordinated_name_with_title_word);
  g_test_add_func ("/parallax/quotes/title-for-undescribed-person", test_title_for_undescribed_person);
  g_test_add_func ("/parallax/quotes/estimated-that", test_estimated_that);
  g_test_add_func ("/parallax/quotes/peerage-titles", test_peerage_titles);
  g_test_add_func ("/parallax/quotes/document-author-common-noun", test_document_author_common_noun);
  g_test_add_func ("/parallax/quotes/german-institution-with-place", test_german_institution_with_place);
  g_test_add_func ("/parallax/quotes/spanish-feature-present", test_spanish_feature_present);
  g_test_add_func ("/parallax/quotes/spanish-siblings", test_spanish_siblings);
  g_test_add_func ("/parallax/quotes/french-reportage-present", test_french_reportage_present);
  g_test_add_func ("/parallax/quotes/reportage-present-de-ru", test_reportage_present_de_ru);
  g_test_add_func ("/parallax/quotes/group-kin-network", test_group_kin_network);
  g_test_add_func ("/parallax/quotes/pronoun-past-agent-adjunct", test_pronoun_past_agent_adjunct);
  g_test_add_func ("/parallax/quotes/german-pronominal-adverb", test_german_pronominal_adverb);
  g_test_add_func ("/parallax/quotes/bare-noun-named-in-text", test_bare_noun_named_in_text);
  g_test_add_func ("/parallax/quotes/number-in-name", test_number_in_name);
  g_test_add_func ("/parallax/quotes/seat-aliases", test_seat_aliases);
  g_test_add_func ("/parallax/quotes/kin-of-possessor", test_kin_of_possessor);
  g_test_add_func ("/parallax/quotes/russian-acronym-institution", test_russian_acronym_institution);
  g_test_add_func ("/parallax/quotes/kin-of-common-noun", test_kin_of_common_noun);
  g_test_add_func ("/parallax/quotes/business-name-heads", test_business_name_heads);
  g_test_add_func ("/parallax/quotes/plain-apposition-subject", test_plain_apposition_subject);
  g_test_add_func ("/parallax/quotes/spanish-cuenta", test_spanish_cuenta);
  g_test_add_func ("/parallax/quotes/couple-older-given-names", test_couple_older_given_names);
  g_test_add_func ("/parallax/quotes/possessive-role-subject", test_possessive_role_subject);
  g_test_add_func ("/parallax/quotes/german-role-topic", test_german_role_topic);
  g_test_add_func ("/parallax/quotes/owner-named-later", test_owner_named_later);
  g_test_add_func ("/parallax/quotes/bare-noun-objects", test_bare_noun_objects);
  g_test_add_func ("/parallax/quotes/role-adding-previous-paragraph", test_role_adding_previous_paragraph);
  g_test_add_func ("/parallax/quotes/spokesperson-premodifier", test_spokesperson_premodifier);
  g_test_add_func ("/parallax/quotes/german-adjective-names", test_german_adjective_names);
  g_test_add_func ("/parallax/quotes/fuller-speaker-names", test_fuller_speaker_names);
  g_test_add_func ("/parallax/quotes/anonymous-postmodifier", test_anonymous_postmodifier);
  g_test_add_func ("/parallax/quotes/anonymous-participle", test_anonymous_participle);
  g_test_add_func ("/parallax/quotes/anonymous-before-apposition", test_anonymous_before_apposition);
  g_test_add_func ("/parallax/quotes/anonymous-according-to", test_anonymous_according_to);
  g_test_add_func ("/parallax/quotes/anonymous-second-relative", test_anonymous_second_relative);
  g_test_add_func ("/parallax/quotes/pronoun-after-described", test_pronoun_after_described);
  g_test_add_func ("/parallax/quotes/group-pronoun-subject", test_group_pronoun_subject);
  g_test_add_func ("/parallax/quotes/parent-of-count-subject", test_parent_of_count_subject);
  g_test_add_func ("/parallax/quotes/headline-verb-not-role", test_headline_verb_not_role);
  g_test_add_func ("/parallax/quotes/company-not-cause-group", test_company_not_cause_group);
  g_test_add_func ("/parallax/quotes/french-court-roles", test_french_court_roles);
  g_test_add_func ("/parallax/quotes/german-institution-anaphor", test_german_institution_anaphor);
  g_test_add_func ("/parallax/quotes/question-then-titled-name", test_question_then_titled_name);
  g_test_add_func ("/parallax/quotes/french-incise-fait-valoir", test_french_incise_fait_valoir);
  g_test_add_func ("/parallax/quotes/french-coordinated-participle", test_french_coordinated_participle);
  g_test_add_func ("/parallax/quotes/russian-role-opening-sentence", test_russian_role_opening_sentence);
  g_test_add_func ("/parallax/quotes/german-compound-person-noun", test_german_compound_person_noun);
  g_test_add_func ("/parallax/quotes/lead-named-next-paragraph", test_lead_named_next_paragraph);
  g_test_add_func ("/parallax/quotes/relative-who-after-name", test_relative_who_after_name);
  g_test_add_func ("/parallax/quotes/romance-institution-links", test_romance_institution_links);
  g_test_add_func ("/parallax/quotes/spanish-desde-institution", test_spanish_desde_institution);
  g_test_add_func ("/parallax/quotes/spokesman-of-last-body", test_spokesman_of_last_body);
  g_test_add_func ("/parallax/quotes/french-demonstrative-person", test_french_demonstrative_person);
  g_test_add_func ("/parallax/quotes/digit-full-stop", test_digit_full_stop);
  g_test_add_func ("/parallax/quotes/sentence-opening-descriptor", test_sentence_opening_descriptor);
  g_test_add_func ("/parallax/quotes/prosecution-as-itself", test_prosecution_as_itself);
  g_test_add_func ("/parallax/quotes/german-anonymous-with-place", test_german_anonymous_with_place);
  g_test_add_func ("/parallax/quotes/german-business-kind-before-name", test_german_business_kind_before_name);
  g_test_add_func ("/parallax/quotes/party-member-back-reference", test_party_member_back_reference);
  g_test_add_func ("/parallax/quotes/romance-body-anaphor", test_romance_body_anaphor);
  g_test_add_func ("/parallax/quotes/acronym-initials-name", test_acronym_initials_name);
  g_test_add_func ("/parallax/quotes/person-at-workplace", test_person_at_workplace);
  g_test_add_func ("/parallax/quotes/pronoun-chain", test_pronoun_chain);
  g_test_add_func ("/parallax/quotes/firm-after-business-noun", test_firm_after_business_noun);
  g_test_add_func ("/parallax/quotes/role-named-later", test_role_named_later);
  g_test_add_func ("/parallax/quotes/french-role-gender", test_french_role_gender);
  g_test_add_func ("/parallax/quotes/clergy-title", test_clergy_title);
  g_test_add_func ("/parallax/quotes/german-kind-noun-last-speaker", test_german_kind_noun_last_speaker);
  g_test_add_func ("/parallax/quotes/anonymous-ing-phrase", test_anonymous_ing_phrase);
  g_test_add_func ("/parallax/quotes/french-person-noun-ending", test_french_person_noun_ending);
  g_test_add_func ("/parallax/quotes/spanish-position-noun", test_spanish_position_noun);
  g_test_add_func ("/parallax/quotes/court-role-named-next", test_court_role_named_next);
  g_test_add_func ("/parallax/quotes/fuller-form-with-seat", test_fuller_form_with_seat);
  g_test_add_func ("/parallax/quotes/fuller-form-in-genitive", test_fuller_form_in_genitive);
  g_test_add_func ("/parallax/quotes/english-coordinated-cue", test_english_coordinated_cue);
  g_test_add_func ("/parallax/quotes/business-noun-before-name", test_business_noun_before_name);
  g_test_add_func ("/parallax/quotes/firms-and-counsel-named-otherwise", test_firms_and_counsel_named_otherwise);
  g_test_add_func ("/parallax/quotes/name-given-late", test_name_given_late);
  g_test_add_func ("/parallax/quotes/german-fronted-phrase", test_german_fronted_phrase);
  g_test_add_func ("/parallax/quotes/role-holder-named-later", test_role_holder_named_later);
  g_test_add_func ("/parallax/quotes/age-noun-for-unnamed-person", test_age_noun_for_unnamed_person);
  g_test_add_func ("/parallax/quotes/role-then-next-paragraph-name", test_role_then_next_paragraph_name);
  g_test_add_func ("/parallax/quotes/company-is-subsidiary-not-parent", test_company_is_subsidiary_not_parent);
  g_test_add_func ("/parallax/quotes/spokesperson-of-unnamed-body", test_spokesperson_of_unnamed_body);
  g_test_add_func ("/parallax/quotes/management-speaks-for-firm", test_management_speaks_for_firm);
  g_test_add_func ("/parallax/quotes/russian-kind-named-in-guillemets", test_russian_kind_named_in_guillemets);
  g_test_add_func ("/parallax/quotes/russian-regional-body-refers-back", test_russian_regional_body_refers_back);
  g_test_add_func ("/parallax/quotes/russian-place-name-in-marks", test_russian_place_name_in_marks);
  g_test_add_func ("/parallax/quotes/russian-in-the-department", test_russian_in_the_department);
  g_test_add_func ("/parallax/quotes/russian-investigation-speaks", test_russian_investigation_speaks);
  g_test_add_func ("/parallax/quotes/age-second-reference-role", test_age_second_reference_role);
  g_test_add_func ("/parallax/quotes/given-name-alone", test_given_name_alone);
  g_test_add_func ("/parallax/quotes/ing-surname-opening", test_ing_surname_opening);
  g_test_add_func ("/parallax/quotes/intensifier-after-name", test_intensifier_after_name);
  g_test_add_func ("/parallax/quotes/role-complement-not-holder", test_role_complement_not_holder);
  g_test_add_func ("/parallax/quotes/defendant-after-address", test_defendant_after_address);
  g_test_add_func ("/parallax/quotes/leader-word-for-head", test_leader_word_for_head);
  g_test_add_func ("/parallax/quotes/role-of-name-holder-two-paragraphs-on", test_role_of_name_holder_two_paragraphs_on);
  g_test_add_func ("/parallax/quotes/german-unnamed-opener-age", test_german_unnamed_opener_age);
  g_test_add_func ("/parallax/quotes/cueless-after-reported-speech", test_cueless_after_reported_speech);
  g_test_add_func ("/parallax/quotes/pronoun-before-anyone", test_pronoun_before_anyone);
  g_test_add_func ("/parallax/quotes/lead-role-named-with-relative", test_lead_role_named_with_relative);
  g_test_add_func ("/parallax/quotes/spanish-defendant-subject", test_spanish_defendant_subject);
  g_test_add_func ("/parallax/quotes/name-in-apposition-after-role", test_name_in_apposition_after_role);
  g_test_add_func ("/parallax/quotes/russian-name-after-company-in-guillemets", test_russian_name_after_company_in_guillemets);
  g_test_add_func ("/parallax/quotes/bad-input", test_bad_input);
  g_test_add_func ("/parallax/quotes/seed-000", test_seed_000);
  g_test_add_func ("/parallax/quotes/seed-001", test_seed_001);
  g_test_add_func ("/parallax/quotes/unnamed-speaker-relative-clause", test_unnamed_speaker_relative_clause);
  g_test_add_func ("/parallax/quotes/business-noun-with-adjectives", test_business_noun_with_adjectives);
  g_test_add_func ("/parallax/quotes/another-of-a-kind", test_another_of_a_kind);
  g_test_add_func ("/parallax/quotes/day-with-article-before-subject", test_day_with_article_before_subject);
  g_test_add_func ("/parallax/quotes/writer-participle-after-cue", test_writer_participle_after_cue);
  g_test_add_func ("/parallax/quotes/acronym-behind-data-nouns", test_acronym_behind_data_nouns);
  g_test_add_func ("/parallax/quotes/cited-after-verb", test_cited_after_verb);
  g_test_add_func ("/parallax/quotes/plural-group-with-modifier", test_plural_group_with_modifier);
  g_test_add_func ("/parallax/quotes/spokesperson-in-a-place", test_spokesperson_in_a_place);
  g_test_add_func ("/parallax/quotes/discourse-adverbial-before-verb", test_discourse_adverbial_before_verb);
  g_test_add_func ("/parallax/quotes/institution-epithets", test_institution_epithets);
  g_test_add_func ("/parallax/quotes/romance-service-name", test_romance_service_name);
  g_test_add_func ("/parallax/quotes/spanish-present-complaints", test_spanish_present_complaints);
  g_test_add_func ("/parallax/quotes/according-inside-clause", test_according_inside_clause);
  g_test_add_func ("/parallax/quotes/complaint-needs-que", test_complaint_needs_que);
  g_test_add_func ("/parallax/quotes/unnamed-noun-not-institution", test_unnamed_noun_not_institution);
  g_test_add_func ("/parallax/quotes/name-after-kind-noun", test_name_after_kind_noun);
  g_test_add_func ("/parallax/quotes/indefinite-is-someone-new", test_indefinite_is_someone_new);
  g_test_add_func ("/parallax/quotes/another-before-relative-clause", test_another_before_relative_clause);
  g_test_add_func ("/parallax/quotes/and-that-joins-clauses", test_and_that_joins_clauses);
  g_test_add_func ("/parallax/quotes/lower-case-name-word-spokesperson", test_lower_case_name_word_spokesperson);
  g_test_add_func ("/parallax/quotes/cited-bare-plural", test_cited_bare_plural);
  g_test_add_func ("/parallax/quotes/german-past-complaint", test_german_past_complaint);
  g_test_add_func ("/parallax/quotes/impersonal-report", test_impersonal_report);
  g_test_add_func ("/parallax/quotes/subject-with-relative-after-clause", test_subject_with_relative_after_clause);
  g_test_add_func ("/parallax/quotes/body-in-clause-is-not-speaker", test_body_in_clause_is_not_speaker);
  g_test_add_func ("/parallax/quotes/german-circles-nominative", test_german_circles_nominative);
  g_test_add_func ("/parallax/quotes/learnt-from", test_learnt_from);
  g_test_add_func ("/parallax/quotes/german-compound-institution", test_german_compound_institution);
  g_test_add_func ("/parallax/quotes/s13r-punctuation-in-patronymic-slot", test_s13r_punctuation_in_patronymic_slot);
  g_test_add_func ("/parallax/quotes/s13r-name-run-ending-on-ampersand", test_s13r_name_run_ending_on_ampersand);
  g_test_add_func ("/parallax/quotes/s13g-name-before-firm-with-ampersand", test_s13g_name_before_firm_with_ampersand);
  g_test_add_func ("/parallax/quotes/s13g-stray-marks-in-name-runs", test_s13g_stray_marks_in_name_runs);
  g_test_add_func ("/parallax/quotes/s13g-opinion-after-known-surname", test_s13g_opinion_after_known_surname);
  g_test_add_func ("/parallax/quotes/s13g-ampersand-names-a-firm", test_s13g_ampersand_names_a_firm);
  g_test_add_func ("/parallax/quotes/s13g-counterpart-and-successor", test_s13g_counterpart_and_successor);
  g_test_add_func ("/parallax/quotes/s13g-title-word-surname-after-honorific", test_s13g_title_word_surname_after_honorific);
  g_test_add_func ("/parallax/quotes/s13g-accused-of-subject-tells-court", test_s13g_accused_of_subject_tells_court);
  g_test_add_func ("/parallax/quotes/s13g-deny-noun-object", test_s13g_deny_noun_object);
  g_test_add_func ("/parallax/quotes/s13g-confirme-argumentiert", test_s13g_confirme_argumentiert);
  g_test_add_func ("/parallax/quotes/s13g-spanish-person-noun-refers-back", test_s13g_spanish_person_noun_refers_back);
  g_test_add_func ("/parallax/quotes/s13g-apposition-with-article-then-pronoun-clause", test_s13g_apposition_with_article_then_pronoun_clause);
  g_test_add_func ("/parallax/quotes/s13g-group-led-by-says", test_s13g_group_led_by_says);
  g_test_add_func ("/parallax/quotes/s13g-romance-bare-noun-object", test_s13g_romance_bare_noun_object);
  g_test_add_func ("/parallax/quotes/s13g-plural-subject-in-subordinate-clause", test_s13g_plural_subject_in_subordinate_clause);
  g_test_add_func ("/parallax/quotes/s13g-shared-surname-honorific", test_s13g_shared_surname_honorific);
  g_test_add_func ("/parallax/quotes/s13g-judging-verb-with-clause", test_s13g_judging_verb_with_clause);
  g_test_add_func ("/parallax/quotes/s13g-pour-institution-view", test_s13g_pour_institution_view);
  g_test_add_func ("/parallax/quotes/s13g-subjunctive-after-narration", test_s13g_subjunctive_after_narration);
  g_test_add_func ("/parallax/quotes/s13g-german-particle-object", test_s13g_german_particle_object);
  g_test_add_func ("/parallax/quotes/s13g-possessive-document-author", test_s13g_possessive_document_author);
  g_test_add_func ("/parallax/quotes/s13g-named-court-heard", test_s13g_named_court_heard);
  g_test_add_func ("/parallax/quotes/s13g-cfo-refers-back", test_s13g_cfo_refers_back);
  g_test_add_func ("/parallax/quotes/s13g-researchers-have-found", test_s13g_researchers_have_found);
  g_test_add_func ("/parallax/quotes/qleft-german-time-adjunct", test_qleft_german_time_adjunct);

  g_test_add_func ("/parallax/quotes/qleft-modifier-of-plural-group", test_qleft_modifier_of_plural_group);

  g_test_add_func ("/parallax/quotes/qleft-body-noun-before-name", test_qleft_body_noun_before_name);

  g_test_add_func ("/parallax/quotes/qleft-possessive-body-name", test_qleft_possessive_body_name);

  g_test_add_func ("/parallax/quotes/qleft-noun-refers-to-apposition", test_qleft_noun_refers_to_apposition);

  g_test_add_func ("/parallax/quotes/qleft-state-broadcaster-citing", test_qleft_state_broadcaster_citing);

  g_test_add_func ("/parallax/quotes/qleft-according-which-cited", test_qleft_according_which_cited);

  g_test_add_func ("/parallax/quotes/qleft-study-by-name", test_qleft_study_by_name);
  g_test_add_func ("/parallax/quotes/qleft-paper-of-named-author", test_qleft_paper_of_named_author);

  g_test_add_func ("/parallax/quotes/qleft-ampersand-read-back", test_qleft_ampersand_read_back);

  g_test_add_func ("/parallax/quotes/qleft-possessed-role-unnamed", test_qleft_possessed_role_unnamed);
  g_test_add_func ("/parallax/quotes/qlast-russian-paper-listener-in-marks", test_qlast_russian_paper_listener_in_marks);
  g_test_add_func ("/parallax/quotes/qlast-russian-kak-agency-role-name-comma", test_qlast_russian_kak_agency_role_name_comma);
  g_test_add_func ("/parallax/quotes/qlast-whose-clause-with-own-apposition", test_qlast_whose_clause_with_own_apposition);
  g_test_add_func ("/parallax/quotes/qlast-french-reflexive-feeling-verb", test_qlast_french_reflexive_feeling_verb);
  g_test_add_func ("/parallax/quotes/qlast-pour-role-then-name-apposition", test_qlast_pour_role_then_name_apposition);

  g_test_add_func ("/parallax/quotes/qdocs-dated-document-found", test_qdocs_dated_document_found);
  g_test_add_func ("/parallax/quotes/qdocs-same-sources-refer-back", test_qdocs_same_sources_refer_back);
  g_test_add_func ("/parallax/quotes/qdocs-statement-in-which-warns", test_qdocs_statement_in_which_warns);
  g_test_add_func ("/parallax/quotes/qdocs-german-so-after-subjunctive", test_qdocs_german_so_after_subjunctive);
  g_test_add_func ("/parallax/quotes/qdocs-german-sprach-von", test_qdocs_german_sprach_von);
  g_test_add_func ("/parallax/quotes/qdocs-german-rief-auf", test_qdocs_german_rief_auf);
  g_test_add_func ("/parallax/quotes/qdocs-place-incise-then-inverted-cue", test_qdocs_place_incise_then_inverted_cue);
  g_test_add_func ("/parallax/quotes/qdocs-statement-it-reads", test_qdocs_statement_it_reads);
  g_test_add_func ("/parallax/quotes/qdocs-subject-relative-between-commas", test_qdocs_subject_relative_between_commas);
  g_test_add_func ("/parallax/quotes/qdocs-sources-of-lower-case-body", test_qdocs_sources_of_lower_case_body);

  return g_test_run ();
}
