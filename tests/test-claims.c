/* test-claims.c — matching sentences across articles on one event
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "parallax.h"
#include "px-claims-private.h"
#include "px-compare.h"
#include "px-lemma.h"
#include "px-paraphrase.h"
#include "px-sentences.h"
#include "px-test-util.h"

/* Three outlets on one fictional event, worded differently, in different
 * orders, each with something the others leave out. */
static GPtrArray *
make_event (void)
{
  const char * const wire[] = {
    "Workers at the port of Kelmouth walked out on Monday in a dispute over pay, halting container traffic.",
    "The dockers' union said 1,200 members joined the strike, which is set to last 48 hours.",
    "The port authority called the stoppage irresponsible and said talks would resume on Wednesday.",
    "About forty ships were waiting off the coast by Monday evening.",
    "Union leader Maria Ostrander said the offer of a 2% rise was an insult.",
    NULL
  };
  const char * const local[] = {
    "Forty vessels were queuing outside Kelmouth harbour by Monday evening.",
    "Twelve hundred members of the dockers' union joined the strike on Monday morning after pay talks collapsed.",
    "\"A two per cent rise is an insult to people who kept this port open through the pandemic,\" said Maria Ostrander, who leads the union.",
    "Local hauliers warned that shops could run short of fresh food within days.",
    "Negotiations with the port authority are due to restart on Wednesday.",
    NULL
  };
  const char * const business[] = {
    "Shares in shipping groups fell after dockers at Kelmouth began a two-day strike over wages.",
    "Analysts at Brenner Capital estimated the cost to the regional economy at 30 million euros a day.",
    "The port handles about a fifth of the country's container imports.",
    NULL
  };
  GPtrArray *articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, px_test_article_new ("wire.txt", "Wire", "Kelmouth dockers strike over pay", wire));
  g_ptr_array_add (articles, px_test_article_new ("local.txt", "Kelmouth Post", "Ships stranded as port walkout begins", local));
  g_ptr_array_add (articles, px_test_article_new ("business.txt", "Markets Daily", "Shipping shares slide on Kelmouth strike", business));
  return articles;
}

/* The sentence of article @a that contains @needle. */
static guint
find_sentence (PxCompare  *compare,
               guint       a,
               const char *needle)
{
  GPtrArray *sentences = g_ptr_array_index (compare->sentences, a);

  for (guint i = 0; i < sentences->len; i++)
    if (strstr (((PxSentence *) g_ptr_array_index (sentences, i))->text, needle) != NULL)
      return i;
  g_error ("no sentence with “%s” in article %u", needle, a);
  return 0;
}

static guint
claim_of (PxCompare *compare,
          guint      a,
          guint      sentence)
{
  return g_array_index ((GArray *) g_ptr_array_index (compare->claims->claim_of, a), guint, sentence);
}

static gboolean
same_claim (PxCompare  *compare,
            guint       a,
            const char *needle_a,
            guint       b,
            const char *needle_b)
{
  guint sa = find_sentence (compare, a, needle_a);
  guint sb = find_sentence (compare, b, needle_b);
  PxClaim *claim = g_ptr_array_index (compare->claims->claims, claim_of (compare, a, sa));

  return px_test_claim_holds (claim, b, sb);
}

static guint
carriers (PxCompare  *compare,
          guint       a,
          const char *needle)
{
  guint s = find_sentence (compare, a, needle);
  PxClaim *claim = g_ptr_array_index (compare->claims->claims, claim_of (compare, a, s));
  return claim->articles->len;
}

static void
test_paraphrases_align (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxCompare) compare = px_compare_new (articles, NULL, 0);

  /* Reworded, numbers in words and digits, reordered. */
  g_assert_true (same_claim (compare, 0, "1,200 members", 1, "Twelve hundred members"));
  g_assert_true (same_claim (compare, 0, "forty ships", 1, "Forty vessels"));
  g_assert_true (same_claim (compare, 0, "was an insult", 1, "is an insult"));
  g_assert_true (same_claim (compare, 0, "resume on Wednesday", 1, "restart on Wednesday"));

  /* What only one outlet reports stays its own. */
  g_assert_cmpuint (carriers (compare, 1, "hauliers"), ==, 1);
  g_assert_cmpuint (carriers (compare, 2, "Brenner Capital"), ==, 1);
  g_assert_cmpuint (carriers (compare, 2, "a fifth"), ==, 1);
  g_assert_false (same_claim (compare, 0, "forty ships", 1, "hauliers"));
}

static void
test_every_sentence_in_a_claim (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxCompare) compare = px_compare_new (articles, NULL, 0);
  PxClaimSet *set = compare->claims;
  guint previous_carriers = G_MAXUINT;

  for (guint a = 0; a < articles->len; a++)
    {
      GArray *of = g_ptr_array_index (set->claim_of, a);
      GPtrArray *sentences = g_ptr_array_index (compare->sentences, a);
      g_assert_cmpuint (of->len, ==, sentences->len);
      for (guint s = 0; s < of->len; s++)
        g_assert_cmpuint (g_array_index (of, guint, s), <, set->claims->len);
    }

  for (guint c = 0; c < set->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (set->claims, c);
      g_assert_cmpuint (claim->id, ==, c);
      g_assert_cmpuint (claim->articles->len, ==, claim->places->len);
      g_assert_cmpuint (claim->articles->len, <=, previous_carriers);
      previous_carriers = claim->articles->len;
      g_assert_nonnull (claim->label);
      g_assert_cmpuint (g_utf8_strlen (claim->label, -1), <=, 91);
      for (guint k = 1; k < claim->articles->len; k++)
        g_assert_cmpuint (g_array_index (claim->articles, guint, k - 1), <, g_array_index (claim->articles, guint, k));
    }
}

static void
test_omissions (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxCompare) compare = px_compare_new (articles, NULL, 0);
  PxClaimSet *set = compare->claims;
  guint hauliers = claim_of (compare, 1, find_sentence (compare, 1, "hauliers"));
  guint forty = claim_of (compare, 0, find_sentence (compare, 0, "forty ships"));
  GArray *wire_lacks = g_ptr_array_index (set->omissions, 0);
  GArray *business_lacks = g_ptr_array_index (set->omissions, 2);
  gboolean wire_lacks_hauliers = FALSE, business_lacks_forty = FALSE;

  for (guint k = 0; k < wire_lacks->len; k++)
    {
      guint id = g_array_index (wire_lacks, guint, k);
      PxClaim *claim = g_ptr_array_index (set->claims, id);
      wire_lacks_hauliers |= id == hauliers;
      for (guint i = 0; i < claim->articles->len; i++)
        g_assert_cmpuint (g_array_index (claim->articles, guint, i), !=, 0);
    }
  for (guint k = 0; k < business_lacks->len; k++)
    business_lacks_forty |= g_array_index (business_lacks, guint, k) == forty;
  g_assert_true (wire_lacks_hauliers);
  g_assert_true (business_lacks_forty);
}

static void
test_positions (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxCompare) compare = px_compare_new (articles, NULL, 0);
  GPtrArray *wire = g_ptr_array_index (compare->sentences, 0);

  g_assert_cmpint (px_claim_position_of (wire, 0), ==, PX_CLAIM_POSITION_HEADLINE);
  g_assert_cmpint (px_claim_position_of (wire, 1), ==, PX_CLAIM_POSITION_LEAD);
  g_assert_cmpint (px_claim_position_of (wire, 3), ==, PX_CLAIM_POSITION_BODY);
  g_assert_cmpint (px_claim_position_of (wire, wire->len - 1), ==, PX_CLAIM_POSITION_END);
  g_assert_cmpstr (px_claim_position_to_string (PX_CLAIM_POSITION_END), ==, "end");
}

static void
test_pin_and_unlink (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxCompare) plain = px_compare_new (articles, NULL, 0);
  PxLinkConstraint constraints[2];
  g_autoptr(PxCompare) corrected = NULL;
  gboolean pinned_link = FALSE;

  /* The user says the hauliers' warning and the analysts' estimate say the
   * same, and that the two Wednesday sentences do not. */
  constraints[0].kind = PX_LINK_PIN;
  constraints[0].a = (PxSentenceRef) { 1, find_sentence (plain, 1, "hauliers") };
  constraints[0].b = (PxSentenceRef) { 2, find_sentence (plain, 2, "Brenner Capital") };
  constraints[1].kind = PX_LINK_UNLINK;
  constraints[1].a = (PxSentenceRef) { 0, find_sentence (plain, 0, "resume on Wednesday") };
  constraints[1].b = (PxSentenceRef) { 1, find_sentence (plain, 1, "restart on Wednesday") };
  g_assert_true (same_claim (plain, 0, "resume on Wednesday", 1, "restart on Wednesday"));
  g_assert_false (same_claim (plain, 1, "hauliers", 2, "Brenner Capital"));

  corrected = px_compare_new (articles, constraints, G_N_ELEMENTS (constraints));
  g_assert_true (same_claim (corrected, 1, "hauliers", 2, "Brenner Capital"));
  g_assert_false (same_claim (corrected, 0, "resume on Wednesday", 1, "restart on Wednesday"));
  for (guint k = 0; k < corrected->claims->links->len; k++)
    pinned_link |= g_array_index (corrected->claims->links, PxSentenceLink, k).pinned;
  g_assert_true (pinned_link);
}

static void
test_fold_word (void)
{
  g_autofree char *latin = px_claims_fold_word ("Zoë");
  g_autofree char *cyrillic = px_claims_fold_word ("Москва");
  g_autofree char *ascii = px_claims_fold_word ("Dushanbe");

  g_assert_cmpstr (latin, ==, "zoe");
  g_assert_cmpstr (cyrillic, ==, "moskva");
  g_assert_cmpstr (ascii, ==, "dushanbe");
}

/* A Russian name meets the spelling the English-language press gives it
 * ("Щукин" / "Shchukin"), and not a name folded alike ("Шукшин"). */
static void
test_names_across_scripts (void)
{
  const char * const english[] = {
    "Schools in Khabarovsk will stay closed until Friday.",
    "The decision was taken by Shchukin alone.",
    NULL
  };
  const char * const russian[] = {
    "Мэр Шукшин призвал жителей не выходить из дома.",
    "Решение принял лично Щукин.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  g_autofree char *name = px_claims_fold_word ("Щукин");
  PxArticle *article;

  /* Other words keep the fold that stays near their Latin cognates. */
  g_assert_cmpstr (name, ==, "sukin");

  article = px_test_article_new ("a.txt", "A", "Emergency in Khabarovsk", english);
  px_article_set_language (article, "en");
  g_ptr_array_add (articles, article);
  article = px_test_article_new ("b.txt", "B", "Режим ЧС в Хабаровске", russian);
  px_article_set_language (article, "ru");
  g_ptr_array_add (articles, article);
  compare = px_compare_new (articles, NULL, 0);

  g_assert_true (same_claim (compare, 0, "by Shchukin alone", 1, "лично Щукин"));
  g_assert_false (same_claim (compare, 0, "by Shchukin alone", 1, "Мэр Шукшин"));
}

static void
test_spelling_variants_of_names (void)
{
  const char * const native[] = {
    "Jiří Dvořák, the mayor, opened the new bridge over the Vltava on Friday.",
    "The works took three years.",
    NULL
  };
  const char * const plain[] = {
    "The city council met on Thursday.",
    "On Friday mayor Jiri Dvorak opened the bridge across the Vltava.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;

  g_ptr_array_add (articles, px_test_article_new ("native.txt", "A", "Bridge opens", native));
  g_ptr_array_add (articles, px_test_article_new ("plain.txt", "B", "Council meets", plain));
  compare = px_compare_new (articles, NULL, 0);
  g_assert_true (same_claim (compare, 0, "Jiří Dvořák", 1, "Jiri Dvorak"));
  g_assert_false (same_claim (compare, 0, "three years", 1, "council met"));
}

/* A figure given exactly in one outlet and rounded in another, and the same
 * report in two languages, meet; a sentence with the same actors but another
 * fact does not. */
static void
test_rounded_figures_and_translations (void)
{
  const char * const english[] = {
    "The Green Front won 38.6% of the vote in Sunday's regional election.",
    "Police said the ferry's captain had been arrested.",
    "The Green Front will hold its first party congress in March.",
    NULL
  };
  const char * const rounded[] = {
    "The regional election on Sunday gave the Green Front almost 39 per cent of the vote.",
    "Its leader thanked the volunteers who ran the campaign.",
    NULL
  };
  const char * const french[] = {
    "Le capitaine du ferry a été arrêté, selon la police.",
    "Les secours ont travaillé toute la nuit.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  PxArticle *article;

  g_ptr_array_add (articles, px_test_article_new ("en.txt", "A", "Green Front wins regional vote", english));
  g_ptr_array_add (articles, px_test_article_new ("rounded.txt", "B", "A win for the Greens", rounded));
  article = px_test_article_new ("fr.txt", "C", "Naufrage : le capitaine arrêté", french);
  px_article_set_language (article, "fr");
  g_ptr_array_add (articles, article);
  compare = px_compare_new (articles, NULL, 0);

  g_assert_true (same_claim (compare, 0, "38.6%", 1, "almost 39 per cent"));
  g_assert_true (same_claim (compare, 0, "captain had been arrested", 2, "capitaine du ferry"));
  g_assert_false (same_claim (compare, 0, "party congress", 1, "almost 39 per cent"));
}

/* A wire report and a local one on the same event, aligned: the pair most
 * tests here compare. */
static PxCompare *
compare_two (const char         *outlet_a,
             const char         *headline_a,
             const char * const *a,
             const char         *outlet_b,
             const char         *headline_b,
             const char * const *b)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, px_test_article_new ("wire.txt", outlet_a, headline_a, a));
  g_ptr_array_add (articles, px_test_article_new ("local.txt", outlet_b, headline_b, b));
  return px_compare_new (articles, NULL, 0);
}

/* A wire report, a local one and a brief on the same event, aligned: the
 * three-way comparisons of headlines and claims. */
static PxCompare *
compare_three (const char         *headline_wire,
               const char * const *wire,
               const char         *headline_local,
               const char * const *local,
               const char         *headline_brief,
               const char * const *brief)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, px_test_article_new ("wire.txt", "Wire", headline_wire, wire));
  g_ptr_array_add (articles, px_test_article_new ("local.txt", "Post", headline_local, local));
  g_ptr_array_add (articles, px_test_article_new ("brief.txt", "Brief", headline_brief, brief));
  return px_compare_new (articles, NULL, 0);
}

/* Two articles in @language, outlets "A" and "B", aligned: the pair the
 * tests of one language's numbers and words compare. */
static PxCompare *
compare_two_in (const char         *language,
                const char         *headline_a,
                const char * const *a,
                const char         *headline_b,
                const char * const *b)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (articles, px_test_article_new ("a.txt", "A", headline_a, a));
  g_ptr_array_add (articles, px_test_article_new ("b.txt", "B", headline_b, b));
  for (guint i = 0; i < articles->len; i++)
    px_article_set_language (g_ptr_array_index (articles, i), language);
  return px_compare_new (articles, NULL, 0);
}

/* Figures as each language writes them: a decimal comma, a space between
 * thousands, scale words; and "per cent" is no hundred. */
static void
test_figures_by_language (void)
{
  const char * const exact[] = {
    "Le nouveau pont a coûté 8,4 milliards d'euros.",
    "Quelque 1 200 ouvriers ont travaillé sur le chantier.",
    "La région compte trois ponts sur le fleuve.",
    NULL
  };
  const char * const words[] = {
    "Mille deux cents ouvriers ont participé au chantier.",
    "Le chantier a coûté plus de huit milliards d'euros.",
    NULL
  };
  const char * const english[] = {
    "Inflation rose by 100 basis points last year.",
    "Turnout was 61 per cent.",
    NULL
  };
  const char * const english_other[] = {
    "Some 61 per cent of voters cast a ballot.",
    "Prices climbed again in the spring.",
    NULL
  };
  g_autoptr(GPtrArray) both = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  g_autoptr(PxCompare) turnout = NULL;

  compare = compare_two_in ("fr", "Le pont est ouvert", exact, "Un pont de huit milliards", words);
  g_assert_true (same_claim (compare, 0, "8,4 milliards", 1, "huit milliards"));
  g_assert_true (same_claim (compare, 0, "1 200 ouvriers", 1, "Mille deux cents"));

  g_ptr_array_add (both, px_test_article_new ("c.txt", "C", "Turnout", english));
  g_ptr_array_add (both, px_test_article_new ("d.txt", "D", "Voters", english_other));
  turnout = px_compare_new (both, NULL, 0);
  g_assert_true (same_claim (turnout, 0, "61 per cent", 1, "61 per cent"));
  g_assert_false (same_claim (turnout, 0, "100 basis points", 1, "61 per cent"));
}

/* A hedged round number is a range ("plus d'une centaine" / "120", "une
 * dizaine" / "douze"), a plural collective no number at all ("des
 * centaines de familles" is not 112), and "more than 30" not 40. */
static void
test_hedged_numbers (void)
{
  const char * const wire[] = {
    "Quelque 120 pompiers ont été mobilisés toute la nuit sur le site de Varenne.",
    "Le laboratoire a rappelé douze lots de comprimés vendus en pharmacie.",
    "Plus de 30 camions attendaient au péage de Varenne.",
    "Les secours ont sauvé 112 passagers.",
    NULL
  };
  const char * const local[] = {
    "Plus d'une centaine de pompiers sont intervenus.",
    "Une dizaine de lots de comprimés sont retirés de la vente.",
    "Le péage de Varenne a été fermé pendant 40 minutes.",
    "Des centaines de familles attendaient des nouvelles des passagers.",
    NULL
  };
  g_autoptr(PxCompare) compare = NULL;

  compare = compare_two_in ("fr", "Incendie à Varenne", wire, "Nuit de feu à Varenne", local);

  g_assert_true (same_claim (compare, 0, "Quelque 120 pompiers", 1, "une centaine de pompiers"));
  g_assert_true (same_claim (compare, 0, "douze lots", 1, "Une dizaine de lots"));
  g_assert_false (same_claim (compare, 0, "Plus de 30 camions", 1, "40 minutes"));
  g_assert_false (same_claim (compare, 0, "112 passagers", 1, "Des centaines de familles"));
}

/* Sharing a specific number ("3,400", "11.3") vouches for a pair that
 * shares little else; sharing a small one ("two") does not. */
static void
test_specific_numbers (void)
{
  const char * const wire[] = {
    "Floodwater from the Arne breached the levee at Tolberg early on Sunday.",
    "Two bridges over the river were closed.",
    "Residents of the riverside districts were told to leave their homes before dawn.",
    "Forecasters expect more rain on Tuesday.",
    "Emergency shelters opened in three schools and the sports hall.",
    "Some 3,400 residents were moved to emergency shelters.",
    NULL
  };
  const char * const local[] = {
    "By midnight the council had taken 3,400 people out of the riverside districts, the mayor said.",
    "Two volunteers were treated in hospital for exhaustion.",
    "The mayor thanked volunteers who filled sandbags through the night.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Arne floods Tolberg", wire,
                                              "Post", "Night of the flood", local);

  g_assert_true (same_claim (compare, 0, "Some 3,400 residents", 1, "taken 3,400 people"));
  g_assert_false (same_claim (compare, 0, "Two bridges", 1, "Two volunteers"));
}

/* Numbers written in words as each language joins them: "treinta y
 * cinco" is 35 (not 30 and 5), "veinticinco" 25, "семнадцать" 17. */
static void
test_number_words_joined (void)
{
  const char * const es_a[] = {
    "Treinta y cinco personas resultaron heridas en el choque de dos autobuses en Valdemora.",
    "Veinticinco vecinos fueron desalojados por precaución.",
    NULL
  };
  const char * const es_b[] = {
    "En el choque murieron 30 personas, según la Guardia Civil.",
    "Los heridos son 35, varios de ellos graves.",
    "Las autoridades desalojaron a 25 vecinos.",
    NULL
  };
  const char * const ru_a[] = {
    "Семнадцать человек доставлены в больницу после пожара в Заречье.",
    NULL
  };
  const char * const ru_b[] = {
    "После пожара в Заречье в больницу доставлены 17 человек.",
    "Пожар тушили 7 часов.",
    NULL
  };
  g_autoptr(PxCompare) es = NULL;
  g_autoptr(PxCompare) ru = NULL;

  es = compare_two_in ("es", "Choque de autobuses en Valdemora", es_a, "Tragedia en la carretera de Valdemora", es_b);
  g_assert_true (same_claim (es, 0, "Treinta y cinco", 1, "Los heridos son 35"));
  g_assert_false (same_claim (es, 0, "Treinta y cinco", 1, "murieron 30"));
  g_assert_true (same_claim (es, 0, "Veinticinco vecinos", 1, "25 vecinos"));

  ru = compare_two_in ("ru", "Пожар в Заречье", ru_a, "Семнадцать пострадавших", ru_b);
  g_assert_true (same_claim (ru, 0, "Семнадцать человек", 1, "доставлены 17"));
}

/* A half after its number ("две с половиной тысячи", "deux millions et
 * demi") and a Russian collective numeral ("трое") are read as numbers. */
static void
test_number_words_halves (void)
{
  const char * const ru_a[] = {
    "Огонь охватил две с половиной тысячи квадратных метров склада.",
    "Трое рабочих получили ожоги.",
    NULL
  };
  const char * const ru_b[] = {
    "Площадь пожара составила 4000 квадратных метров, сообщили в МЧС.",
    "По данным МЧС, пострадали 2 рабочих.",
    "Склад площадью 2500 кв. метров сгорел полностью.",
    "Ожоги получили 3 рабочих.",
    NULL
  };
  const char * const fr_a[] = {
    "Le chantier du pont a coûté deux millions et demi d'euros à la commune.",
    NULL
  };
  const char * const fr_b[] = {
    "La commune a payé 2 millions d'euros pour la route.",
    "Le pont a coûté 2,5 millions d'euros.",
    NULL
  };
  g_autoptr(PxCompare) ru = NULL;
  g_autoptr(PxCompare) fr = NULL;

  ru = compare_two_in ("ru", "Пожар на складе", ru_a, "Склад сгорел", ru_b);
  g_assert_true (same_claim (ru, 0, "две с половиной", 1, "площадью 2500"));
  g_assert_false (same_claim (ru, 0, "две с половиной", 1, "составила 4000"));
  g_assert_true (same_claim (ru, 0, "Трое рабочих", 1, "Ожоги получили 3"));
  g_assert_false (same_claim (ru, 0, "Трое рабочих", 1, "пострадали 2"));

  fr = compare_two_in ("fr", "Le pont", fr_a, "Le coût du pont", fr_b);
  g_assert_true (same_claim (fr, 0, "deux millions et demi", 1, "2,5 millions"));
  g_assert_false (same_claim (fr, 0, "deux millions et demi", 1, "2 millions"));
}

/* An ordinal is its number: the "87th" minute is "87 minutes" in. */
static void
test_ordinals (void)
{
  const char * const wire[] = {
    "Tomas Reyes scored the winner for Harbour City in the 87th minute.",
    "Reyes had come on as a substitute for Kofi Mensah.",
    NULL
  };
  const char * const local[] = {
    "The decisive goal came on 87 minutes.",
    "Reyes came on for Mensah after 60 minutes.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Harbour City win the Cup", wire,
                                              "Post", "Reyes the hero", local);

  g_assert_true (same_claim (compare, 0, "87th minute", 1, "came on 87 minutes"));
  g_assert_false (same_claim (compare, 0, "87th minute", 1, "after 60 minutes"));
}

/* Spans in hours and minutes: "48 minutes" is "nearly an hour", a
 * "five-hour" shutdown lasted "five hours"; "more than five hours" is not
 * eight. */
static void
test_hedged_spans (void)
{
  const char * const wire[] = {
    "Teenagers who use their phones after 11pm sleep on average 48 minutes less per night than those who do not.",
    "The study of 2,100 pupils in Arlen ran for a school year.",
    "Pupils in the study also spent more than five hours a week on games consoles.",
    NULL
  };
  const char * const local[] = {
    "Late-night scrolling is costing teens nearly an hour of rest every night.",
    "The heaviest users were online for eight hours a week.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Phones cut teenagers' sleep", wire,
                                              "Post", "Teens lose sleep to screens", local);

  g_assert_true (same_claim (compare, 0, "48 minutes less", 1, "nearly an hour"));
  g_assert_false (same_claim (compare, 0, "more than five hours", 1, "eight hours"));
}

/* "Una cuarentena de personas" is about forty; "en cuarentena" is a
 * quarantine, no number. */
static void
test_spanish_collectives (void)
{
  const char * const a[] = {
    "Una cuarentena de personas tuvieron que ser rescatadas por los bomberos.",
    "La tripulación del buque sigue en cuarentena en el puerto.",
    NULL
  };
  const char * const b[] = {
    "Los equipos de emergencia rescataron a 41 vecinos atrapados en sus casas.",
    "El puerto recibió ayer 40 contenedores de ayuda.",
    NULL
  };
  g_autoptr(PxCompare) compare = NULL;

  compare = compare_two_in ("es", "Rescates en Alcarrán", a, "Inundaciones en Alcarrán", b);

  g_assert_true (same_claim (compare, 0, "Una cuarentena de personas", 1, "a 41 vecinos"));
  g_assert_false (same_claim (compare, 0, "sigue en cuarentena", 1, "40 contenedores"));
}

/* The same in French: "une quarantaine de" is about forty, "placé en
 * quarantaine" no number. */
static void
test_french_collectives (void)
{
  const char * const a[] = {
    "Une quarantaine de pompiers ont lutté toute la nuit contre les flammes.",
    "Le cargo a été placé en quarantaine dans le port de Brest.",
    NULL
  };
  const char * const b[] = {
    "Au total, 42 sapeurs-pompiers ont été mobilisés pendant la nuit.",
    "Le port a reçu mardi 40 conteneurs de matériel.",
    NULL
  };
  g_autoptr(PxCompare) compare = NULL;

  compare = compare_two_in ("fr", "Incendie près de Brest", a, "Feu de forêt dans le Finistère", b);

  g_assert_true (same_claim (compare, 0, "Une quarantaine de pompiers", 1, "42 sapeurs-pompiers"));
  g_assert_false (same_claim (compare, 0, "placé en quarantaine", 1, "40 conteneurs"));
}

/* A measure in another unit of its kind ("1.2 km" / "1,200 metres",
 * "2.4-tonne" / "2,400 kg") and a span in decades ("four decades" / "forty
 * years") is the same quantity. */
static void
test_measures_in_other_units (void)
{
  const char * const wire[] = {
    "The new road tunnel under the Vell estuary is 1.2 km long.",
    "Work on the tunnel began four decades after the first plans were drawn up.",
    "Each of the 2.4-tonne concrete segments was lowered by crane.",
    NULL
  };
  const char * const local[] = {
    "Forty years after it was first planned, the estuary tunnel opened to traffic on Monday.",
    "Drivers now cross under the Vell through 1,200 metres of tunnel.",
    "The segments of the tunnel weigh 2,400 kg each.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("A", "Vell tunnel opens", wire,
                                              "B", "Under the estuary at last", local);

  g_assert_true (same_claim (compare, 0, "1.2 km long", 1, "1,200 metres"));
  g_assert_true (same_claim (compare, 0, "2.4-tonne", 1, "2,400 kg"));
  g_assert_false (same_claim (compare, 0, "1.2 km long", 1, "2,400 kg"));
}

/* A time of day as each outlet writes it: "at 4pm" / "16:00", "midnight"
 * / "00:00", "um 20 Uhr" / "8pm". */
static void
test_times_of_day (void)
{
  const char * const wire[] = {
    "The curfew in Dorvik takes effect at midnight, the interior ministry said.",
    "Shops and cafes must close by 4pm.",
    "The army has sent two battalions to the city.",
    NULL
  };
  const char * const local[] = {
    "Residents must stay indoors from 00:00 under the new order.",
    "Every shop in the old town will have to shut its doors at 16:00.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("A", "Curfew in Dorvik", wire,
                                              "B", "A city indoors", local);

  g_assert_true (same_claim (compare, 0, "at midnight", 1, "from 00:00"));
  g_assert_true (same_claim (compare, 0, "by 4pm", 1, "at 16:00"));
  g_assert_false (same_claim (compare, 0, "by 4pm", 1, "from 00:00"));
}

/* A time of day in words ("um drei Uhr") is the one in figures ("3 Uhr",
 * "03:00"); a span of as many hours ("drei Stunden") is not. */
static void
test_times_in_words (void)
{
  const char * const wire[] = {
    "Der Warnstreik endet nach Angaben der Gewerkschaft um drei Uhr in der Nacht zum Freitag.",
    "Die Busfahrer hatten bereits im März für drei Stunden gestreikt.",
    NULL
  };
  const char * const local[] = {
    "Ab 03:00 am Freitag sollen die Busse wieder rollen.",
    "Die Sperrung der Brücke dauert noch bis 15 Uhr.",
    NULL
  };
  g_autoptr(PxCompare) compare = NULL;

  compare = compare_two_in ("de", "Warnstreik bis Freitag", wire, "Busse stehen still", local);

  g_assert_true (same_claim (compare, 0, "um drei Uhr", 1, "Ab 03:00"));
  g_assert_false (same_claim (compare, 0, "drei Stunden", 1, "Ab 03:00"));
}

static void
test_empty_and_single (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) nothing = px_compare_new (none, NULL, 0);
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) alone = NULL;
  g_autoptr(JsonNode) json = NULL;
  const char * const empty[] = { NULL };

  g_assert_cmpuint (nothing->claims->claims->len, ==, 0);
  g_ptr_array_add (one, px_test_article_new ("empty.txt", NULL, NULL, empty));
  alone = px_compare_new (one, NULL, 0);
  g_assert_cmpuint (alone->claims->claims->len, ==, 0);
  json = px_compare_to_json (alone);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json));
}

static void
test_json (void)
{
  g_autoptr(GPtrArray) articles = make_event ();
  g_autoptr(PxCompare) compare = px_compare_new (articles, NULL, 0);
  g_autoptr(JsonNode) node = px_compare_to_json (compare);
  JsonObject *root = json_node_get_object (node);
  JsonArray *claims = json_object_get_array_member (root, "claims");
  JsonArray *list = json_object_get_array_member (root, "articles");

  g_assert_cmpuint (json_array_get_length (list), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (list, 1), "outlet"), ==, "Kelmouth Post");
  g_assert_true (json_object_has_member (root, "omissions"));
  g_assert_true (json_object_has_member (root, "verbatim"));
  for (guint c = 0; c < json_array_get_length (claims); c++)
    {
      JsonObject *claim = json_array_get_object_element (claims, c);
      JsonArray *sentences = json_object_get_array_member (claim, "sentences");
      g_assert_true (json_object_has_member (claim, "id"));
      g_assert_true (json_object_has_member (claim, "label"));
      g_assert_true (json_object_has_member (claim, "articles"));
      for (guint k = 0; k < json_array_get_length (sentences); k++)
        {
          JsonObject *s = json_array_get_object_element (sentences, k);
          gint64 i = json_object_get_int_member (s, "article");
          gint64 n = json_object_get_int_member (s, "index");
          JsonArray *texts = json_object_get_array_member (json_array_get_object_element (list, i), "sentences");
          g_assert_cmpstr (json_array_get_string_element (texts, n), ==, json_object_get_string_member (s, "text"));
        }
    }
}

/* The seeds: two outlets on the Dushanbe meeting. */
static PxCompare *
compare_seeds (void)
{
  const char *seeds = g_getenv ("PARALLAX_SEEDS");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PxLoadResult) result = NULL;
  const char *name;

  if (seeds == NULL || (dir = g_dir_open (seeds, 0, NULL)) == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "000_") || g_str_has_prefix (name, "001_"))
      g_ptr_array_add (paths, g_build_filename (seeds, name, NULL));
  if (paths->len != 2)
    return NULL;
  if (strcmp (g_ptr_array_index (paths, 0), g_ptr_array_index (paths, 1)) > 0)
    {
      gpointer first = paths->pdata[0];
      paths->pdata[0] = paths->pdata[1];
      paths->pdata[1] = first;
    }
  g_ptr_array_add (paths, NULL);
  result = px_load_paths_sync ((const char * const *) paths->pdata, NULL, NULL);
  g_assert_nonnull (result);
  g_assert_cmpuint (result->articles->len, ==, 2);
  return px_compare_new (result->articles, NULL, 0);
}

static void
test_seeds (void)
{
  g_autoptr(PxCompare) compare = compare_seeds ();
  const char * const analysts[] = { "Kazimov", "Atanesian", "Broers", "Vartanyan", NULL };

  if (compare == NULL)
    {
      g_test_skip ("seeds not available");
      return;
    }
  /* Article 0 is 000, as given first. */
  g_assert_true (same_claim (compare, 0, "defence ministers", 1, "defense ministers"));
  g_assert_true (same_claim (compare, 0, "Bako Sahakyan", 1, "Bako Sahakyan"));
  g_assert_true (same_claim (compare, 0, "calmest", 1, "most peaceful"));
  g_assert_true (same_claim (compare, 0, "operational communication", 1, "operational link"));

  /* The analysts only 000 asked speak only there. */
  for (guint k = 0; analysts[k] != NULL; k++)
    {
      GPtrArray *sentences = g_ptr_array_index (compare->sentences, 0);
      guint seen = 0;
      for (guint s = 0; s < sentences->len; s++)
        if (strstr (((PxSentence *) g_ptr_array_index (sentences, s))->text, analysts[k]) != NULL)
          {
            PxClaim *claim = g_ptr_array_index (compare->claims->claims, claim_of (compare, 0, s));
            g_test_message ("%s: %s", analysts[k], ((PxSentence *) g_ptr_array_index (sentences, s))->text);
            g_assert_cmpuint (claim->articles->len, ==, 1);
            seen++;
          }
      g_assert_cmpuint (seen, >, 0);
    }
}

/* The dead and the rescued of one disaster are different facts, however
 * much the sentences share (the number, the place, the rubble), and a chain
 * of matches must not join them in one claim. */
static void
test_alternatives_stay_apart (void)
{
  const char * const wire[] = {
    "A strong earthquake struck the town of Velmora early on Tuesday.",
    "At least 23 people were killed, the disaster agency said.",
    "Rescuers pulled 23 people alive from collapsed buildings in Velmora by midday.",
    NULL
  };
  const char * const local[] = {
    "An earthquake hit Velmora before dawn on Tuesday.",
    "The death toll in Velmora stood at 23 on Tuesday evening.",
    "Emergency workers said 23 people had been pulled alive from the rubble in Velmora by midday.",
    NULL
  };
  const char * const brief[] = {
    "Twenty-three people died in the Velmora earthquake on Tuesday, officials said.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_three ("At least 23 dead as earthquake strikes Velmora", wire,
                                                "Velmora earthquake: 23 killed", local,
                                                "Quake kills 23 in Velmora", brief);

  g_assert_true (same_claim (compare, 0, "were killed", 2, "people died"));
  g_assert_true (same_claim (compare, 0, "Rescuers pulled", 1, "pulled alive"));
  g_assert_false (same_claim (compare, 0, "were killed", 1, "pulled alive"));
  g_assert_false (same_claim (compare, 0, "At least 23 dead", 1, "pulled alive"));
  g_assert_false (same_claim (compare, 2, "people died", 0, "Rescuers pulled"));
  g_assert_false (same_claim (compare, 2, "people died", 1, "pulled alive"));
  g_assert_false (same_claim (compare, 2, "Quake kills", 1, "pulled alive"));
}

/* A sentence that states two facts joins the claims of each, but not a
 * sentence of one of them that shares nothing with it: that one meets the
 * sentence that drew it in on another part (the jobs / the chief
 * executive). */
static void
test_wide_sentence_parts (void)
{
  const char * const wire[] = {
    "Halden Motors will cut 4,500 jobs and close its Dunmore plant by 2026, the carmaker said on Tuesday.",
    "Its shares rose 3% in early trading.",
    NULL
  };
  const char * const local[] = {
    "The Dunmore plant, which opened in 1974, will close by 2026, Halden Motors said.",
    "Halden Motors is to shed 4,500 jobs, and its chief executive, Mara Vint, will step down in March.",
    NULL
  };
  const char * const union_paper[] = {
    "Chief executive Mara Vint will leave in March, the board said.",
    "Union officials called a meeting for Thursday.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;

  g_ptr_array_add (articles, px_test_article_new ("wire.txt", "Wire", "Halden Motors to cut 4,500 jobs", wire));
  g_ptr_array_add (articles, px_test_article_new ("local.txt", "Post", "Dunmore plant to close", local));
  g_ptr_array_add (articles, px_test_article_new ("union.txt", "Union News", "Union calls a meeting", union_paper));
  compare = px_compare_new (articles, NULL, 0);

  g_assert_true (same_claim (compare, 1, "shed 4,500 jobs", 2, "Mara Vint will leave"));
  g_assert_false (same_claim (compare, 2, "Mara Vint will leave", 0, "will cut 4,500 jobs"));
}

/* A sentence that covers two facts sits in the claims of both; each
 * claim's row is labelled with a sentence of its own where it has one. */
static void
test_wide_sentence_labels (void)
{
  const char * const local[] = {
    "Halden Motors is to shed 4,500 jobs, and its chief executive, Mara Vint, will step down in March.",
    "The Dunmore plant opened in 1974.",
    NULL
  };
  const char * const wire[] = {
    "Halden Motors will cut 4,500 jobs across the group, the carmaker said on Tuesday.",
    "Its shares rose 3% in early trading.",
    NULL
  };
  const char * const union_paper[] = {
    "Chief executive Mara Vint will leave in March, the board said.",
    "Union officials called a meeting for Thursday.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  PxClaim *jobs, *chief;

  g_ptr_array_add (articles, px_test_article_new ("local.txt", "Post", "A hard winter for Dunmore", local));
  g_ptr_array_add (articles, px_test_article_new ("wire.txt", "Wire", "Carmakers under pressure", wire));
  g_ptr_array_add (articles, px_test_article_new ("union.txt", "Union News", "Union calls a meeting", union_paper));
  compare = px_compare_new (articles, NULL, 0);

  jobs = g_ptr_array_index (compare->claims->claims, claim_of (compare, 1, find_sentence (compare, 1, "will cut 4,500 jobs")));
  chief = g_ptr_array_index (compare->claims->claims, claim_of (compare, 2, find_sentence (compare, 2, "Mara Vint will leave")));
  g_assert_true (jobs != chief);
  g_assert_true (px_test_claim_holds (jobs, 0, find_sentence (compare, 0, "shed 4,500 jobs")));
  g_assert_true (px_test_claim_holds (chief, 0, find_sentence (compare, 0, "shed 4,500 jobs")));
  g_assert_cmpstr (jobs->label, !=, chief->label);
}

/* Near-misses a chain of words would join: a meeting held and one still to
 * come, men arrested and men released, and a headline that only asks. */
static void
test_near_misses_stay_apart (void)
{
  const char * const wire[] = {
    "The foreign ministers of Arland and Belmar agreed on Monday to reopen the Tessa border crossing.",
    "The two foreign ministers last met in Vienna in July.",
    "Police arrested two men near the Tessa crossing on Sunday night.",
    NULL
  };
  const char * const local[] = {
    "Arland and Belmar will reopen the Tessa border crossing, their foreign ministers agreed on Monday.",
    "The two foreign ministers are expected to meet again in Vienna next month.",
    "Two men held near the Tessa crossing on Sunday night were released without charge.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Arland and Belmar agree to reopen Tessa crossing", wire,
                                              "Post", "Analysis: will Arland and Belmar really reopen the Tessa border crossing?", local);

  g_assert_true (same_claim (compare, 0, "agreed on Monday to reopen", 1, "will reopen"));
  g_assert_false (same_claim (compare, 0, "last met", 1, "next month"));
  g_assert_false (same_claim (compare, 1, "next month", 0, "last met"));
  g_assert_false (same_claim (compare, 0, "Police arrested", 1, "released without charge"));
  g_assert_false (same_claim (compare, 1, "released without charge", 0, "Police arrested"));
  g_assert_false (same_claim (compare, 1, "Analysis: will", 0, "agree to reopen"));
  g_assert_false (same_claim (compare, 1, "Analysis: will", 0, "agreed on Monday to reopen"));
  g_assert_cmpuint (carriers (compare, 1, "Analysis: will"), ==, 1);
}

/* Whether any claim holds both sentences (a headline may be in several). */
static gboolean
share_a_claim (PxCompare  *compare,
               guint       a,
               const char *needle_a,
               guint       b,
               const char *needle_b)
{
  guint sa = find_sentence (compare, a, needle_a);
  guint sb = find_sentence (compare, b, needle_b);

  for (guint c = 0; c < compare->claims->claims->len; c++)
    {
      PxClaim *claim = g_ptr_array_index (compare->claims->claims, c);
      gboolean has_a = FALSE, has_b = FALSE;
      for (guint k = 0; k < claim->sentences->len; k++)
        {
          PxSentenceRef *ref = &g_array_index (claim->sentences, PxSentenceRef, k);
          has_a |= ref->article == a && ref->sentence == sa;
          has_b |= ref->article == b && ref->sentence == sb;
        }
      if (has_a && has_b)
        return TRUE;
    }
  return FALSE;
}

/* A headline that follows up an event leads on its own news and names the
 * event only as a backdrop ("… after the bridge collapse"): it matches
 * what states its news, not every sentence that reports the collapse. */
static void
test_headline_backdrop (void)
{
  const char * const wire[] = {
    "A footbridge over the river Alme collapsed in Dornbury on Friday evening, injuring six people.",
    "Two of the injured are in a serious condition, the hospital said.",
    "The city's prosecutors said they had opened an investigation into possible negligence.",
    "The bridge was built in 1974 and last inspected two years ago.",
    NULL
  };
  const char * const local[] = {
    "Six people were hurt when the Alme footbridge in Dornbury gave way on Friday.",
    "Witnesses said the deck tilted and then fell into the river.",
    "The council has closed two other bridges of the same design.",
    NULL
  };
  const char * const follow_up[] = {
    "Prosecutors in Dornbury have opened a negligence inquiry into the collapse of the Alme footbridge.",
    "\"We want to know who signed off on the last inspection,\" chief prosecutor Lena Voss said on Saturday.",
    "Six people were injured when the bridge fell into the river on Friday evening.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;

  g_ptr_array_add (articles, px_test_article_new ("wire.txt", "Wire", "Six injured as footbridge collapses in Dornbury", wire));
  g_ptr_array_add (articles, px_test_article_new ("local.txt", "Post", "Dornbury footbridge gives way, six hurt", local));
  g_ptr_array_add (articles, px_test_article_new ("follow.txt", "Courier",
                                                  "Prosecutors open negligence inquiry after Dornbury footbridge collapse", follow_up));
  compare = px_compare_new (articles, NULL, 0);

  /* Its news is matched … */
  g_assert_true (same_claim (compare, 0, "opened an investigation", 2, "Prosecutors open negligence"));
  /* … the backdrop is not. */
  g_assert_false (share_a_claim (compare, 0, "footbridge over the river Alme collapsed", 2, "Prosecutors open negligence"));
  g_assert_false (share_a_claim (compare, 1, "Six people were hurt", 2, "Prosecutors open negligence"));
  g_assert_false (share_a_claim (compare, 0, "Six injured as", 2, "Prosecutors open negligence"));
  g_assert_false (share_a_claim (compare, 1, "six hurt", 2, "Prosecutors open negligence"));
  /* The headlines that lead on the collapse still meet it. */
  g_assert_true (same_claim (compare, 0, "footbridge over the river Alme collapsed", 1, "Dornbury footbridge gives way"));
}

/* "Speaker: statement" reports what the speaker said: the headline
 * matches that statement, not every sentence that names the speaker. */
static void
test_headline_speaker (void)
{
  const char * const wire[] = {
    "Prime ministers Tomas Halvorsen of Norland and Eva Ostby of Sveland met in Tallinn on Friday for talks on Kvalsund.",
    "The talks lasted four hours.",
    "Sveland boats have fished off Kvalsund since 2019.",
    NULL
  };
  const char * const brief[] = {
    "Halvorsen said after the meeting that there could be no deal unless Sveland boats left Kvalsund.",
    NULL
  };
  const char * const local[] = {
    "Norland's prime minister Tomas Halvorsen and his Sveland counterpart Eva Ostby held four hours of talks in Tallinn on Friday.",
    "\"There will be no deal while Sveland boats fish in our waters,\" Halvorsen told reporters.",
    "Ostby called the meeting useful.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_three ("Halvorsen and Ostby hold Kvalsund talks in Tallinn", wire,
                                                "Halvorsen: no deal unless Sveland quits Kvalsund", local,
                                                "Norland rules out fishing deal", brief);

  g_assert_true (share_a_claim (compare, 2, "could be no deal", 1, "Halvorsen: no deal"));
  g_assert_false (share_a_claim (compare, 0, "met in Tallinn", 1, "Halvorsen: no deal"));
  g_assert_false (share_a_claim (compare, 0, "hold Kvalsund talks", 1, "Halvorsen: no deal"));
  g_assert_true (share_a_claim (compare, 0, "met in Tallinn", 1, "held four hours of talks"));
}

/* Two headlines on one event that share only its names and most used
 * words ("resigns", "resignation") lead on two angles of it when one's
 * own news is reported further down the other's article: the reaction
 * headline is not the resignation's reason. */
static void
test_headline_angles (void)
{
  const char * const wire[] = {
    "Transport minister Ada Okafor resigned on Monday after months of rail delays.",
    "Okafor said she took responsibility for the late trains on the northern lines.",
    "An inspectors' report last week found that one train in three ran late.",
    "Her deputy, Paul Reyes, will take over until a successor is named.",
    "Reyes has led the ministry's roads department since 2021.",
    "The prime minister thanked Okafor for her work and accepted the resignation.",
    "Unions welcomed the news and asked for talks on staffing.",
    "Fares rose by four percent in January.",
    "A new timetable is due in December.",
    NULL
  };
  const char * const reaction[] = {
    "Opposition leaders said Okafor's resignation on Monday came far too late.",
    "\"Passengers have paid for her failures for a year,\" said Green party leader Mara Tell.",
    "Okafor quit as transport minister after a report on rail delays on the northern lines.",
    "Tell called for a public inquiry into the network.",
    "The Liberal leader, Omar Saleh, said the government had ignored repeated warnings.",
    "Government backbenchers defended the former minister, saying she resigned with dignity.",
    "Polls show support for the governing party at its lowest since the election.",
    "Parliament returns from its summer break next week.",
    NULL
  };
  const char * const local[] = {
    "Ada Okafor quit as transport minister on Monday, days after a damning report on rail delays.",
    "The report found that one train in three on the northern lines ran late.",
    "Okafor's resignation is the second from the cabinet this year.",
    "Commuters in Harwick said services had not improved since the spring.",
    "The city council has asked for a meeting with the new minister.",
    "Her decision to resign surprised colleagues, who had expected her to survive.",
    "She was first elected for the Harwick East seat in 2015.",
    "Before politics she ran a logistics firm.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;

  g_ptr_array_add (articles, px_test_article_new ("wire.txt", "Wire", "Transport minister Okafor resigns over rail delays", wire));
  g_ptr_array_add (articles, px_test_article_new ("reaction.txt", "Post",
                                                  "\"Far too late\": opposition reacts to Okafor resignation", reaction));
  g_ptr_array_add (articles, px_test_article_new ("local.txt", "Courier", "Transport minister quits after damning rail delays report", local));
  compare = px_compare_new (articles, NULL, 0);

  g_assert_false (share_a_claim (compare, 0, "Okafor resigns over rail delays", 1, "opposition reacts"));
  g_assert_false (share_a_claim (compare, 2, "damning rail delays report", 1, "opposition reacts"));
  /* What each one leads on is still matched. */
  g_assert_true (share_a_claim (compare, 0, "Okafor resigns over rail delays", 2, "damning rail delays report"));
  g_assert_true (share_a_claim (compare, 0, "resigned on Monday", 1, "came far too late"));
}

/* An article of the alignment corpus: headline, blank line, paragraphs
 * separated by blank lines. */
static PxArticle *
corpus_article (const char *set,
                const char *file)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "corpus", "alignment", "dev", set, file, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) blocks = NULL;
  PxArticle *article = px_article_new (file);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  blocks = g_strsplit (text, "\n\n", -1);
  px_article_set_title (article, g_strstrip (blocks[0]));
  px_article_set_outlet (article, file, PX_SOURCE_USER);
  px_article_set_language (article, "en");
  for (guint i = 1; blocks[i] != NULL; i++)
    {
      g_strdelimit (g_strstrip (blocks[i]), "\n", ' ');
      if (blocks[i][0] != '\0')
        px_article_add_paragraph (article, PX_PARAGRAPH_BODY, blocks[i]);
    }
  return article;
}

/* A headline joins a claim only when it is a likely match in every article
 * the claim holds, not only of the sentence that drew it in: "Deadly
 * earthquake hits Sarikaya" sums up the quake, and another outlet's
 * sentence on the toll, in the same claim as a lead that gives both, is
 * not what it says. */
static void
test_headline_covers_claim (void)
{
  static const char * const files[] = { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt" };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_ptr_array_add (articles, corpus_article ("earthquake-sarikaya", files[i]));
  compare = px_compare_new (articles, NULL, 0);

  g_assert_false (share_a_claim (compare, 2, "Deadly earthquake hits", 3, "Officials put the death toll"));
  g_assert_true (share_a_claim (compare, 2, "Deadly earthquake hits", 3, "Strong earthquake rocks"));
}

/* A German compound meets its last part used on its own elsewhere in the
 * event ("Hochspannungskabel" / "Kabel"). */
static void
test_german_compound_heads (void)
{
  const char * const agency[] = {
    "In Kelsberg waren am Dienstagabend rund 40.000 Haushalte ohne Strom.",
    "Ein Bagger hatte bei Bauarbeiten ein Hochspannungskabel beschädigt.",
    "Die Feuerwehr befreite zwölf Menschen aus Aufzügen.",
    NULL
  };
  const char * const local[] = {
    "Am Dienstag gegen 20 Uhr fiel in Kelsberg der Strom aus.",
    "Schuld war ein beschädigtes Kabel an der Baustelle in der Mühlenstraße.",
    "Die Polizei regelte den Verkehr an den Kreuzungen.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  PxArticle *article;

  article = px_test_article_new ("agentur.txt", "Agentur", "Stromausfall in Kelsberg", agency);
  px_article_set_language (article, "de");
  g_ptr_array_add (articles, article);
  article = px_test_article_new ("lokal.txt", "Anzeiger", "Dunkle Nacht in Kelsberg", local);
  px_article_set_language (article, "de");
  g_ptr_array_add (articles, article);
  compare = px_compare_new (articles, NULL, 0);

  g_assert_true (same_claim (compare, 0, "Hochspannungskabel", 1, "beschädigtes Kabel"));
  g_assert_false (same_claim (compare, 0, "Feuerwehr", 1, "Polizei"));
}

/* Thousands as each country separates them: "18'500" (Swiss), "18.500",
 * "18 500"; "18,5" is a decimal in German. */
static void
test_thousands_separators (void)
{
  const char * const swiss[] = {
    "Im Letzigrund sahen 18'500 Zuschauer zu.",
    "Der Verein hat 2,5 Millionen Franken Schulden.",
    NULL
  };
  const char * const german[] = {
    "Es kamen 18.500 Fans.",
    "Die Mannschaft lief in der Partie 118 Kilometer.",
    NULL
  };
  g_autoptr(PxCompare) compare = NULL;

  compare = compare_two_in ("de", "Aarberg siegt", swiss, "Sieg für Aarberg", german);

  g_assert_true (same_claim (compare, 0, "18'500 Zuschauer", 1, "18.500 Fans"));
  g_assert_false (same_claim (compare, 0, "18'500 Zuschauer", 1, "118 Kilometer"));
}

/* A German compound also meets its first part used on its own
 * ("Notstromaggregate" / "Notstrom"), when that part is a word of the
 * event and not a mere syllable. */
static void
test_german_compound_modifiers (void)
{
  const char * const agency[] = {
    "Die Operationen liefen über Notstromaggregate weiter.",
    "Die Stadtwerke entschuldigten sich bei den Kunden.",
    NULL
  };
  const char * const local[] = {
    "Im Operationssaal sprang sofort der Notstrom an.",
    "Die Kunden erhalten eine Gutschrift.",
    NULL
  };
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PxCompare) compare = NULL;
  PxArticle *article;

  article = px_test_article_new ("agentur.txt", "Agentur", "Stromausfall in Kelsberg", agency);
  px_article_set_language (article, "de");
  g_ptr_array_add (articles, article);
  article = px_test_article_new ("lokal.txt", "Anzeiger", "Dunkle Nacht in Kelsberg", local);
  px_article_set_language (article, "de");
  g_ptr_array_add (articles, article);
  compare = px_compare_new (articles, NULL, 0);

  g_assert_true (same_claim (compare, 0, "Notstromaggregate", 1, "der Notstrom an"));
  g_assert_false (same_claim (compare, 0, "Notstromaggregate", 1, "Gutschrift"));
}

/* Words read as the verb they come from, where a stemmer leaves them
 * apart: strong verb forms, participles, nouns in -ung and of a particle
 * and a verb's root, irregular participles, Russian verbal nouns. */
static void
test_lemmas (void)
{
  static const struct { const char *language, *word; gboolean capitalised; const char *lemma; } cases[] = {
    { "de", "fiel", FALSE, "fallen" },
    { "de", "genommen", FALSE, "nehmen" },
    { "de", "festgenommen", FALSE, "festnehmen" },
    { "de", "beschloss", FALSE, "beschließen" },
    { "de", "ausfiel", FALSE, "ausfallen" },
    { "de", "gesperrt", FALSE, "sperren" },
    { "de", "gesperrten", FALSE, "sperren" },
    { "de", "abgesperrt", FALSE, "absperren" },
    { "de", "gemeldet", FALSE, "melden" },
    { "de", "geändert", FALSE, "ändern" },
    { "de", "evakuiert", FALSE, "evakuieren" },
    { "de", "beschädigtes", FALSE, "beschädigen" },
    { "de", "sperrung", TRUE, "sperren" },
    { "de", "behandlung", TRUE, "behandeln" },
    { "de", "forderungen", TRUE, "fordern" },
    { "de", "festnahme", TRUE, "festnehmen" },
    { "de", "ausfall", TRUE, "ausfallen" },
    { "de", "angriff", TRUE, "angreifen" },
    { "de", "beschluss", TRUE, "beschließen" },
    { "fr", "fermeture", FALSE, "fermer" },
    { "fr", "morts", FALSE, "mourir" },
    { "fr", "détention", FALSE, "détenir" },
    { "es", "murió", FALSE, "morir" },
    { "es", "cierre", FALSE, "cerrar" },
    { "es", "abierto", FALSE, "abrir" },
    { "ru", "задержание", FALSE, "задержать" },
    { "ru", "закрытие", FALSE, "закрыть" },
    { "ru", "восстановление", FALSE, "восстановить" },
    { "ru", "пострадавших", FALSE, "пострадать" },
    { "ru", "гибели", FALSE, "погибнуть" },
  };
  /* Words that are their own: a noun that only looks derived, an
   * adjective, a noun read as a verb form, a word of another language. */
  static const struct { const char *language, *word; gboolean capitalised; } own[] = {
    { "de", "zeitung", TRUE }, { "de", "gesamten", FALSE }, { "de", "stand", TRUE }, { "de", "fall", TRUE },
    { "de", "jung", FALSE }, { "en", "fell", FALSE }, { "ru", "план", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *lemma = px_lemma_of (cases[i].language, cases[i].word, cases[i].capitalised);
      g_assert_cmpstr (lemma, ==, cases[i].lemma);
    }
  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    {
      g_autofree char *lemma = px_lemma_of (own[i].language, own[i].word, own[i].capitalised);
      g_assert_null (lemma);
    }
}

/* A German separable verb's particle at the end of the clause joins it:
 * "fiel … aus" is "ausfallen", "teilte … mit" "mitteilen", and a finite
 * verb without one, or a particle in another language, is no such verb. */
static void
test_lemma_particles (void)
{
  static const struct { const char *particle, *verb, *joined; } cases[] = {
    { "aus", "fiel", "ausfallen" },
    { "mit", "teilte", "mitteilen" },
    { "fest", "nahm", "festnehmen" },
    { "lahm", "legt", "lahmlegen" },
    { "zu", "stimmten", "zustimmen" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *joined = px_lemma_join_particle ("de", cases[i].particle, cases[i].verb);
      g_assert_cmpstr (joined, ==, cases[i].joined);
    }
  g_assert_false (px_lemma_is_particle ("en", "out"));
  g_assert_false (px_lemma_is_particle ("de", "strom"));
  g_assert_null (px_lemma_join_particle ("de", "strom", "fiel"));
}

/* A German verb meets its noun across the articles of an event: the
 * power "fiel … aus" in one, the "Stromausfall" in the other; the road
 * was "gesperrt" in one, the "Sperrung" in the other. */
static void
test_german_verbs_meet_nouns (void)
{
  const char * const agency[] = {
    "Am Dienstagabend fiel in mehreren Stadtteilen der Strom aus.",
    "Die Bundesstraße nach Lindau wurde am Morgen vollständig gesperrt.",
    "Ein Sprecher der Stadtwerke entschuldigte sich bei den Kunden.",
    "Die Feuerwehr befreite zwölf Menschen aus Aufzügen.",
    NULL
  };
  const char * const local[] = {
    "Der Ausfall betraf mehrere Stadtteile.",
    "Wegen der Sperrung staute sich der Verkehr vor Lindau.",
    "Die Kunden sollen eine Gutschrift erhalten.",
    "Die Polizei regelte den Verkehr an den Kreuzungen.",
    NULL
  };
  g_autoptr(PxCompare) compare = NULL;

  compare = compare_two_in ("de", "Dunkle Nacht in Ostheim", agency, "Ostheim ohne Licht", local);

  g_assert_true (same_claim (compare, 0, "der Strom aus", 1, "Der Ausfall"));
  g_assert_true (same_claim (compare, 0, "vollständig gesperrt", 1, "Wegen der Sperrung"));
  g_assert_false (same_claim (compare, 0, "Feuerwehr", 1, "Polizei"));
}

/* Forms of several words, and stop words, in the paraphrase lexicon are
 * read on words in a row: "No one was injured" meets "Nobody was hurt"
 * (and "no one" is not the number 1), "lost their lives" meets "died". */
static void
test_phrases (void)
{
  const char * const wire[] = {
    "A gas explosion destroyed a bakery in Tarnby early on Monday.",
    "No one was injured, the fire service said.",
    "Two elderly residents of the flat above lost their lives in a house fire in the same street last winter.",
    "Gas engineers shut off the supply to the whole street.",
    NULL
  };
  const char * const local[] = {
    "The blast tore the front off the bakery shortly after five in the morning.",
    "Nobody was hurt.",
    "Neighbours recalled that two pensioners died in a blaze a few doors down last winter.",
    "Windows were broken in houses up to a hundred metres away.",
    NULL
  };
  g_autoptr(PxCompare) compare = NULL;
  GHashTable *phrases = px_paraphrase_phrases ("en");
  GPtrArray *starting_with_no;
  gboolean found = FALSE;

  g_assert_nonnull (phrases);
  starting_with_no = g_hash_table_lookup (phrases, "no");
  g_assert_nonnull (starting_with_no);
  for (guint i = 0; i < starting_with_no->len; i++)
    {
      const PxParaphrasePhrase *phrase = g_ptr_array_index (starting_with_no, i);
      if (phrase->n_words == 2 && g_str_equal (phrase->stems[1], "one"))
        found = g_str_equal (phrase->key, "=none");
    }
  g_assert_true (found);

  compare = compare_two ("Wire", "Gas blast wrecks Tarnby bakery", wire,
                         "Tarnby Post", "Bakery blast shakes street", local);

  g_assert_true (same_claim (compare, 0, "No one was injured", 1, "Nobody was hurt"));
  g_assert_true (same_claim (compare, 0, "lost their lives", 1, "pensioners died"));
  g_assert_false (same_claim (compare, 0, "No one was injured", 1, "Windows were broken"));
}

/* The paraphrase lexicon: each word, stemmed in its own language, belongs
 * to one group only, and no phrase belongs to two groups. */
static void
test_paraphrase_lexicon (void)
{
  static const char * const languages[] = { "en", "fr", "de", "es", "ru" };
  static const struct { const char *language_a, *word_a, *language_b, *word_b; gboolean same; } pairs[] = {
    { "en", "killed", "en", "dead", TRUE },
    { "en", "earthquake", "fr", "séisme", TRUE },
    { "de", "Verletzte", "en", "injured", TRUE },
    { "es", "huelga", "ru", "забастовка", TRUE },
    { "en", "killed", "en", "injured", FALSE },
    { "en", "rise", "en", "fall", FALSE },
  };

  g_assert_cmpuint (px_paraphrase_n_groups (), >=, 100);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GPtrArray) problems = px_paraphrase_dup_collisions (languages[l]);
      for (guint i = 0; i < problems->len; i++)
        g_test_message ("%s: %s", languages[l], (const char *) g_ptr_array_index (problems, i));
      g_assert_cmpuint (problems->len, ==, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *lower_a = g_utf8_strdown (pairs[i].word_a, -1);
      g_autofree char *lower_b = g_utf8_strdown (pairs[i].word_b, -1);
      g_autofree char *stem_a = px_paraphrase_stem (pairs[i].language_a, lower_a);
      g_autofree char *stem_b = px_paraphrase_stem (pairs[i].language_b, lower_b);
      const char *group_a = g_hash_table_lookup (px_paraphrase_table (pairs[i].language_a), stem_a);
      const char *group_b = g_hash_table_lookup (px_paraphrase_table (pairs[i].language_b), stem_b);
      g_assert_nonnull (group_a);
      g_assert_nonnull (group_b);
      g_assert_cmpint (g_str_equal (group_a, group_b), ==, pairs[i].same);
    }

  /* Alternatives that exclude one another share a category. */
  g_assert_cmpstr (px_paraphrase_category ("=kill"), ==, "casualty");
  g_assert_cmpstr (px_paraphrase_category ("=survivor"), ==, "casualty");
  g_assert_cmpstr (px_paraphrase_category ("=injure"), ==, "casualty");
  g_assert_cmpstr (px_paraphrase_category ("=rise"), ==, "direction");
  g_assert_cmpstr (px_paraphrase_category ("=fall"), ==, "direction");
  g_assert_null (px_paraphrase_category ("=earthquake"));
}

/* One speaker, two statements: two sentences that share only who said
 * them ("Harbour master Petra Lind said …") report different things, and
 * what the speaker said decides; the same statement reworded still
 * matches. */
static void
test_one_speaker_two_statements (void)
{
  const char * const wire[] = {
    "Storm damage closed the ferry pier at Drumlin on Thursday.",
    "Harbour master Petra Lind said the pier would stay shut until divers had checked the piles.",
    "Ferries will sail from Carrow instead.",
    NULL
  };
  const char * const local[] = {
    "Thursday's storm left the Drumlin ferry pier closed.",
    "Divers must check the piles before the pier can reopen, Lind said.",
    "Waves of six metres were seen off the point.",
    "Harbour master Petra Lind said nobody on the quay had been hurt by falling debris.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Storm shuts Drumlin pier", wire,
                                              "Post", "Drumlin pier closed after storm", local);

  g_assert_false (same_claim (compare, 0, "would stay shut", 1, "nobody on the quay"));
  g_assert_false (same_claim (compare, 1, "nobody on the quay", 0, "would stay shut"));
  g_assert_true (same_claim (compare, 0, "would stay shut", 1, "Divers must check"));
}

/* Two statements of one speaker, placed alike in two articles between
 * sentences that match: the order and the neighbours vouch for the pair,
 * but all the two share is who said them ("Harbour master Petra Lind
 * said …"), so they stay apart. */
static void
test_one_speaker_placed_alike (void)
{
  const char * const wire[] = {
    "Storm damage closed the ferry pier at Drumlin on Thursday.",
    "Harbour master Petra Lind said the crossing would resume within a week.",
    "Ferries will sail from Carrow instead.",
    NULL
  };
  const char * const local[] = {
    "Thursday's storm left the Drumlin ferry pier closed.",
    "Harbour master Petra Lind said nobody had been hurt.",
    "Ferries will use the Carrow slipway instead.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Storm shuts Drumlin pier", wire,
                                              "Post", "Drumlin pier closed after storm", local);

  g_assert_true (same_claim (compare, 0, "sail from Carrow", 1, "Carrow slipway"));
  g_assert_false (same_claim (compare, 0, "would resume", 1, "nobody had been hurt"));
}

/* Two shares of one thing further apart than rounding are two facts (a
 * fire 10 percent contained, then 45 percent); shares that rounding
 * brings together are one ("82.6%" / "about 80 per cent"). */
static void
test_shares_apart (void)
{
  const char * const wire[] = {
    "A wildfire near Pellow burned through dry forest on Monday.",
    "Crews had contained 10 percent of the fire by Monday evening, the forestry service said.",
    "Some 800 people left their homes.",
    "A survey last year found that 82.6% of residents had an evacuation plan.",
    NULL
  };
  const char * const local[] = {
    "Dry forest near Pellow burned on Monday as a wildfire spread.",
    "The fire was 45 percent contained by Tuesday night, the forestry service said.",
    "About 800 residents were evacuated.",
    "About 80 per cent of residents had an evacuation plan, according to a survey last year.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Wildfire forces 800 from homes near Pellow", wire,
                                              "Post", "Pellow fire 45 percent contained", local);

  g_assert_true (same_claim (compare, 0, "Some 800 people", 1, "About 800 residents"));
  g_assert_true (same_claim (compare, 0, "82.6%", 1, "About 80 per cent"));
  g_assert_false (same_claim (compare, 0, "contained 10 percent", 1, "45 percent contained by"));
}

/* A year is a date, not some 2,000 of anything: "by the end of 2026"
 * meets neither "2,000 jobs" nor "in 2021". */
static void
test_years_are_not_rounded (void)
{
  const char * const wire[] = {
    "Halden will close its engine plant in Dunmore by the end of 2026.",
    "The carmaker employs 9,000 people in the country.",
    NULL
  };
  const char * const local[] = {
    "Halden already cut 2,000 jobs at Dunmore in 2021.",
    "About nine thousand people work for the carmaker here.",
    NULL
  };
  g_autoptr(PxCompare) compare = compare_two ("Wire", "Halden to shut Dunmore engine plant", wire,
                                              "Post", "Dunmore fears for its future", local);

  g_assert_true (same_claim (compare, 0, "9,000 people", 1, "nine thousand"));
  g_assert_false (same_claim (compare, 0, "end of 2026", 1, "2,000 jobs"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The aligner reads its paraphrase lexicon from the lexicon folder: the
   * source tree's when run by hand, as meson test sets it. */
  if (g_getenv ("PARALLAX_LEXICON_DIR") == NULL)
    {
      g_autofree char *lexicons = g_test_build_filename (G_TEST_DIST, "..", "data", "lexicons", NULL);
      g_setenv ("PARALLAX_LEXICON_DIR", lexicons, TRUE);
    }

  g_test_add_func ("/parallax/claims/paraphrases-align", test_paraphrases_align);
  g_test_add_func ("/parallax/claims/headline-backdrop", test_headline_backdrop);
  g_test_add_func ("/parallax/claims/headline-angles", test_headline_angles);
  g_test_add_func ("/parallax/claims/headline-speaker", test_headline_speaker);
  g_test_add_func ("/parallax/claims/headline-covers-claim", test_headline_covers_claim);
  g_test_add_func ("/parallax/claims/every-sentence-in-a-claim", test_every_sentence_in_a_claim);
  g_test_add_func ("/parallax/claims/omissions", test_omissions);
  g_test_add_func ("/parallax/claims/positions", test_positions);
  g_test_add_func ("/parallax/claims/pin-and-unlink", test_pin_and_unlink);
  g_test_add_func ("/parallax/claims/fold-word", test_fold_word);
  g_test_add_func ("/parallax/claims/names-across-scripts", test_names_across_scripts);
  g_test_add_func ("/parallax/claims/spelling-variants-of-names", test_spelling_variants_of_names);
  g_test_add_func ("/parallax/claims/rounded-figures-and-translations", test_rounded_figures_and_translations);
  g_test_add_func ("/parallax/claims/figures-by-language", test_figures_by_language);
  g_test_add_func ("/parallax/claims/measures-in-other-units", test_measures_in_other_units);
  g_test_add_func ("/parallax/claims/hedged-numbers", test_hedged_numbers);
  g_test_add_func ("/parallax/claims/spanish-collectives", test_spanish_collectives);
  g_test_add_func ("/parallax/claims/french-collectives", test_french_collectives);
  g_test_add_func ("/parallax/claims/hedged-spans", test_hedged_spans);
  g_test_add_func ("/parallax/claims/specific-numbers", test_specific_numbers);
  g_test_add_func ("/parallax/claims/number-words-joined", test_number_words_joined);
  g_test_add_func ("/parallax/claims/ordinals", test_ordinals);
  g_test_add_func ("/parallax/claims/number-words-halves", test_number_words_halves);
  g_test_add_func ("/parallax/claims/times-of-day", test_times_of_day);
  g_test_add_func ("/parallax/claims/times-in-words", test_times_in_words);
  g_test_add_func ("/parallax/claims/empty-and-single", test_empty_and_single);
  g_test_add_func ("/parallax/claims/json", test_json);
  g_test_add_func ("/parallax/claims/seeds", test_seeds);
  g_test_add_func ("/parallax/claims/paraphrase-lexicon", test_paraphrase_lexicon);
  g_test_add_func ("/parallax/claims/lemmas", test_lemmas);
  g_test_add_func ("/parallax/claims/lemma-particles", test_lemma_particles);
  g_test_add_func ("/parallax/claims/german-verbs-meet-nouns", test_german_verbs_meet_nouns);
  g_test_add_func ("/parallax/claims/alternatives-stay-apart", test_alternatives_stay_apart);
  g_test_add_func ("/parallax/claims/near-misses-stay-apart", test_near_misses_stay_apart);
  g_test_add_func ("/parallax/claims/wide-sentence-parts", test_wide_sentence_parts);
  g_test_add_func ("/parallax/claims/wide-sentence-labels", test_wide_sentence_labels);
  g_test_add_func ("/parallax/claims/german-compound-heads", test_german_compound_heads);
  g_test_add_func ("/parallax/claims/german-compound-modifiers", test_german_compound_modifiers);
  g_test_add_func ("/parallax/claims/thousands-separators", test_thousands_separators);
  g_test_add_func ("/parallax/claims/phrases", test_phrases);
  g_test_add_func ("/parallax/claims/one-speaker-two-statements", test_one_speaker_two_statements);
  g_test_add_func ("/parallax/claims/one-speaker-placed-alike", test_one_speaker_placed_alike);
  g_test_add_func ("/parallax/claims/shares-apart", test_shares_apart);
  g_test_add_func ("/parallax/claims/years-are-not-rounded", test_years_are_not_rounded);
  return g_test_run ();
}
