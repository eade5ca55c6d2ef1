/* px-language.c — which language a text is in, from its stop words
 *
 * Texts in scripts that belong to one language (or one family we cannot
 * tell apart without a dictionary) are named by their script: Greek,
 * Armenian, Georgian, Hebrew, Arabic (Persian when its own letters show),
 * Japanese kana, Korean Hangul, Chinese. Latin and Cyrillic texts are told
 * apart by votes of their most frequent function words.
 *
 * The word lists are ours: the commonest function words of each language
 * (articles, pronouns, prepositions, conjunctions, auxiliaries), as a
 * reader of news in it would list them. They also serve jusText-style
 * paragraph scoring: prose is dense in stop words, menus and link lists are
 * not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-language"

#include "config.h"

#include <string.h>

#include "px-language.h"

typedef struct {
  const char *code;
  const char *words;    /* separated by single spaces */
} PxStopwordList;

static const PxStopwordList stopword_lists[] = {
  { "en",
    "the of and to a in is that for it as was with be by on not he i this are or his from at "
    "which but have an they you were her she there been one all we their has would had when "
    "more if will so no can what about up out into them than its who also do said could other "
    "these some two may then him only my any over new such after our most very should those "
    "between both each did does just how where while because before being through under "
    "during against until without again further here why off own same too am me us your "
    "yours ours theirs myself itself themselves whom whose upon across among around since "
    "though although whether however yet nor per via within toward towards onto despite "
    "unless shall might must cannot many much few less least several every either neither "
    "another once already still ever even also just now then there's it's don't didn't "
    "doesn't isn't wasn't aren't weren't won't can't he's she's they're we're i'm let" },
  { "de",
    "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es "
    "an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so "
    "zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ihr ihre ihren ihrem "
    "ihrer wir ich du uns euch kann können könnte hatte hätte wenn dann schon wieder gegen "
    "unter ohne seit während weil denn doch da hier dort was wer wo wie welche welcher welches "
    "dieser diese dieses diesem diesen jeder jede jedes kein keine keinen keiner alle allem "
    "allen alles viel viele sehr zwischen beim vom zwei sowie damit darauf dabei dazu davon "
    "daher also jedoch bereits etwa ob sondern waren wären würde würden soll sollen sollte "
    "muss müssen will wollen habe hatten ihm ihn ihnen mich mir dich dir sein seine seinen "
    "seinem seiner seines es ist nun neben laut rund" },
  { "fr",
    "de la le et les des en un une du est que pour dans qui a il au pas par sur ne se plus ce "
    "avec sont son sa ses elle ils elles nous vous je tu on mais ou où donc or ni car cette "
    "ces cet leur leurs aux été être avoir ont avait était fait comme tout tous toute toutes "
    "aussi bien très sans sous entre depuis après avant contre chez vers selon lors dont "
    "même mêmes autre autres encore déjà alors ainsi si y en lui eux moi toi me te nous "
    "notre nos votre vos mon ma mes ton ta tes quand comment pourquoi quel quelle quels "
    "quelles lequel laquelle deux peut pourrait doit sera seront serait aurait étaient "
    "avaient fut l'a qu'il qu'elle c'est n'est d'un d'une l'on jusqu'à puis pendant" },
  { "es",
    "de la que el en y a los del se las por un para con no una su al lo como más pero sus le "
    "ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien "
    "desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes "
    "algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual "
    "poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas vosotros os "
    "mío mía nuestro nuestra nuestros nuestras es son fue fueron ha han había habían será "
    "serán sería está están estaba estaban tiene tienen tenía hace hizo puede pueden dijo "
    "según tras cada aunque así dos ser haber sido mientras luego entonces además" },
  { "it",
    "di e il la che a per un in è del non una i da le si al con della sono dei gli lo ha "
    "più come ma anche nel alla delle alle questo questa questi queste quello quella se "
    "dal dalla dai dagli degli nella nelle negli sul sulla sui sugli suo sua suoi sue loro "
    "lui lei noi voi io tu ci vi mi ti ne o ed né però quindi dopo prima contro tra fra "
    "senza sotto sopra verso presso mentre quando dove perché cosa chi cui quale quali "
    "tutto tutti tutte tutta molto molti poco già ancora sempre mai solo stato stata stati "
    "essere avere era erano fu furono ha hanno aveva avevano sarà saranno sarebbe può "
    "possono deve devono fa fanno detto due anni secondo così ogni altro altri altra altre" },
  { "pt",
    "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao "
    "ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso "
    "ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram "
    "essa num nem suas meu às minha têm numa pelos elas havia seja qual será nós tenho lhe "
    "deles essas esses pelas este fosse dele tu te vocês vos lhes meus minhas teu tua nosso "
    "nossa nossos nossas dela delas esta estes estas aquele aquela aqueles isto aquilo "
    "estava estavam foram são ser sido pode podem disse segundo sobre após contra durante "
    "ainda onde porque cada dois outro outra outros outras assim então" },
  { "nl",
    "de en van het een in is dat op te zijn met voor niet aan er die als ook maar om bij "
    "door of dan nog wel naar uit tot over hij ze zij ik je we wij jij u hun haar hem mij "
    "ons zich was waren werd worden wordt heeft hebben had hadden kan kunnen zou zouden moet "
    "moeten wil willen zal zullen deze dit die dat wat wie waar wanneer hoe waarom welke "
    "geen al alle veel meer meest zo dus toch want omdat terwijl sinds tegen zonder onder "
    "tussen na voor achter naast binnen buiten sinds twee jaar nu hier daar er echter "
    "volgens zegt zei zijn haar hun ons onze mijn jouw uw iets niets niemand iemand elk "
    "elke ieder iedere andere eigen steeds reeds even ooit nooit altijd" },
  { "pl",
    "i w na z się nie do to że o jest jak po co ale od za tak przez dla jego a już tylko "
    "jej są być by było był była były może mnie mi ich go ten ta te tym tego tej tych "
    "które który która którego której których którzy czy także również oraz lub albo ani "
    "jednak gdy kiedy gdzie dlaczego bo ponieważ więc też jeszcze bardzo przy pod nad "
    "przed między bez u ze we ku dzięki według podczas wśród wobec mu im nim niej nią nich "
    "nas was my wy on ona ono oni one ja ty sam sama samo swój swoje swojej swoich jako "
    "wszystko wszyscy wszystkie każdy każda inne innych będzie będą został została zostało "
    "zostały ma mają miał miała mieli można trzeba dwa roku lat tu tam" },
  { "tr",
    "ve bir bu da de için ile olarak çok daha en gibi ama ancak ki o şu ne kadar sonra önce "
    "olan olduğu olduğunu oldu olmak olması var yok değil mi mı mu mü her tüm bütün bazı "
    "hiç ise ya veya hem yani çünkü eğer göre karşı kendi kendisi onun onlar onları onların "
    "biz siz ben sen bizim sizin benim senin bana sana ona bunu bunun buna şunu şöyle böyle "
    "nasıl neden niçin nerede zaman kez iki yeni ilk son diğer başka aynı arasında "
    "üzerinde tarafından içinde dolayı rağmen kadar dair yine artık hala henüz bile sadece "
    "yalnızca etti eden edilen edildi ettiği yaptı yapılan dedi söyledi belirtti açıkladı" },
  { "ru",
    "и в не на что с по как он его это она к из у за но а то все от так же о для ее её был "
    "было были была бы мы вы они я ты мне меня нас вас их им ему ей ним них нее неё при уже "
    "или ни если когда где только еще ещё до после без под над между через чтобы потому "
    "также тоже может можно будет будут быть есть нет этот эта эти этого этой этих том тем "
    "той тех который которая которые которых которого которой который свой своей своих "
    "своего свою сам сама само себя себе всех всего всем весь вся очень более менее даже "
    "вот ли бы ведь лишь два года году против около однако поэтому где здесь там теперь "
    "сейчас тогда словам заявил сообщил сказал отметил также то есть чем чего кто какой" },
  { "uk",
    "і й в у на що з із зі не як він його це вона до від за але а то все так же про для її "
    "був було були була б би ми ви вони я ти мені мене нас вас їх їм йому їй ним них неї "
    "при вже або ні якщо коли де тільки лише ще після без під над між через щоб тому також "
    "теж може можна буде будуть бути є немає цей ця ці цього цієї цих цим цій який яка які "
    "яких якого якої свій своєї своїх свого свою сам сама само себе всіх всього всім весь "
    "вся дуже більш менш навіть ось чи адже два року році проти близько однак тому тут там "
    "тепер зараз тоді заявив повідомив сказав зазначив також тобто ніж чого хто" },
};

#define PX_LANGUAGE_COUNT G_N_ELEMENTS (stopword_lists)

typedef struct {
  GHashTable *words;   /* word → bit mask of the languages listing it */
} PxLanguageTables;

static gpointer
px_language_tables_build (gpointer data)
{
  PxLanguageTables *tables = g_new0 (PxLanguageTables, 1);

  G_STATIC_ASSERT (G_N_ELEMENTS (stopword_lists) <= 32);
  tables->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < PX_LANGUAGE_COUNT; i++)
    {
      g_auto(GStrv) words = g_strsplit (stopword_lists[i].words, " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        {
          guint mask;

          if (*words[j] == '\0')
            continue;
          mask = GPOINTER_TO_UINT (g_hash_table_lookup (tables->words, words[j]));
          g_hash_table_insert (tables->words, g_strdup (words[j]), GUINT_TO_POINTER (mask | (1u << i)));
        }
    }
  return tables;
}

static const PxLanguageTables *
px_language_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, px_language_tables_build, NULL);
  return once.retval;
}

static int
px_language_index (const char *language)
{
  char primary[4] = { 0 };

  if (language == NULL)
    return -1;
  for (guint i = 0; i < 3 && g_ascii_isalpha (language[i]); i++)
    primary[i] = g_ascii_tolower (language[i]);
  for (guint i = 0; i < PX_LANGUAGE_COUNT; i++)
    if (strcmp (stopword_lists[i].code, primary) == 0)
      return i;
  return -1;
}

typedef void (*PxWordFunc) (const char *word, gsize length, gpointer data);

#define PX_WORD_MAX_BYTES 64

/* Calls @func on each lower-cased word of @text (letters and apostrophes
 * inside words), up to @max_words. */
static void
px_language_foreach_word (const char *text,
                          guint       max_words,
                          PxWordFunc  func,
                          gpointer    data)
{
  char word[PX_WORD_MAX_BYTES + 8];
  gsize length = 0;
  gboolean too_long = FALSE;
  guint count = 0;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;
      gboolean apostrophe = (c == '\'' || c == 0x2019) && length > 0 &&
                            g_unichar_isalpha (g_utf8_get_char (g_utf8_next_char (p)));

      if (c != 0 && (g_unichar_isalpha (c) || g_unichar_ismark (c) || apostrophe))
        {
          if (apostrophe)
            c = '\'';
          c = g_unichar_tolower (c);
          if (length + 6 < PX_WORD_MAX_BYTES)
            length += g_unichar_to_utf8 (c, word + length);
          else
            too_long = TRUE;
          continue;
        }
      if (length > 0 && !too_long)
        {
          word[length] = '\0';
          func (word, length, data);
          if (++count >= max_words)
            return;
        }
      length = 0;
      too_long = FALSE;
      if (c == 0)
        return;
    }
}

typedef struct {
  const PxLanguageTables *tables;
  guint votes[PX_LANGUAGE_COUNT];
  guint words;
  /* letters by script */
  guint latin, cyrillic, greek, armenian, georgian, hebrew, arabic, persian, kana, hangul, han;
  guint ukrainian_letters, russian_letters;
} PxDetect;

static void
px_detect_word (const char *word,
                gsize       length,
                gpointer    data)
{
  PxDetect *detect = data;
  guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (detect->tables->words, word));

  detect->words++;
  for (guint i = 0; mask != 0 && i < PX_LANGUAGE_COUNT; i++)
    if (mask & (1u << i))
      detect->votes[i]++;
}

static void
px_detect_scripts (PxDetect   *detect,
                   const char *text,
                   gsize       max_bytes)
{
  const char *end = text + max_bytes;

  for (const char *p = text; *p && p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80)
        {
          if (g_ascii_isalpha (c))
            detect->latin++;
          continue;
        }
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_LATIN: detect->latin++; break;
        case G_UNICODE_SCRIPT_CYRILLIC:
          detect->cyrillic++;
          if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491 ||
              c == 0x0406 || c == 0x0407 || c == 0x0404 || c == 0x0490)
            detect->ukrainian_letters++;
          else if (c == 0x044b || c == 0x044d || c == 0x0451 || c == 0x044a ||
                   c == 0x042b || c == 0x042d || c == 0x0401 || c == 0x042a)
            detect->russian_letters++;
          break;
        case G_UNICODE_SCRIPT_GREEK: detect->greek++; break;
        case G_UNICODE_SCRIPT_ARMENIAN: detect->armenian++; break;
        case G_UNICODE_SCRIPT_GEORGIAN: detect->georgian++; break;
        case G_UNICODE_SCRIPT_HEBREW: detect->hebrew++; break;
        case G_UNICODE_SCRIPT_ARABIC:
          detect->arabic++;
          if (c == 0x067e || c == 0x0686 || c == 0x0698 || c == 0x06af || c == 0x06cc)
            detect->persian++;
          break;
        case G_UNICODE_SCRIPT_HIRAGANA:
        case G_UNICODE_SCRIPT_KATAKANA: detect->kana++; break;
        case G_UNICODE_SCRIPT_HANGUL: detect->hangul++; break;
        case G_UNICODE_SCRIPT_HAN: detect->han++; break;
        default: break;
        }
    }
}

#define PX_DETECT_MAX_WORDS 3000
#define PX_DETECT_MAX_BYTES (64 * 1024)

static int
px_best_vote (PxDetect *detect,
              int       only_a,
              int       only_b)
{
  int best = -1;

  for (guint i = 0; i < PX_LANGUAGE_COUNT; i++)
    {
      if (only_a >= 0 && (int) i != only_a && (int) i != only_b)
        continue;
      if (best < 0 || detect->votes[i] > detect->votes[best])
        best = i;
    }
  return best;
}

/**
 * px_language_detect:
 * @text: (nullable): some text, a few sentences or more
 *
 * Guesses the language of @text as an ISO 639-1 code: by script where a
 * script names the language, otherwise by the votes of stop words.
 *
 * Returns: (nullable): a static language code such as "en", or %NULL when
 *   the text is too short or in no language Parallax knows
 */
const char *
px_language_detect (const char *text)
{
  PxDetect detect = { 0 };
  guint letters, best_script;
  int best;

  if (text == NULL || *text == '\0')
    return NULL;
  detect.tables = px_language_tables ();
  px_detect_scripts (&detect, text, PX_DETECT_MAX_BYTES);

  letters = detect.latin + detect.cyrillic + detect.greek + detect.armenian + detect.georgian +
            detect.hebrew + detect.arabic + detect.kana + detect.hangul + detect.han;
  if (letters == 0)
    return NULL;

  /* Japanese mixes kana with Han characters; Chinese has no kana. */
  best_script = MAX (MAX (MAX (detect.latin, detect.cyrillic), MAX (detect.greek, detect.armenian)),
                     MAX (MAX (detect.georgian, detect.hebrew), MAX (detect.arabic, detect.kana + detect.han + detect.hangul)));
  if (best_script == detect.kana + detect.han + detect.hangul && best_script > detect.latin)
    {
      if (detect.hangul > detect.kana + detect.han / 4)
        return "ko";
      if (detect.kana * 10 > detect.han)
        return "ja";
      return "zh";
    }
  if (best_script == detect.greek)
    return "el";
  if (best_script == detect.armenian)
    return "hy";
  if (best_script == detect.georgian)
    return "ka";
  if (best_script == detect.hebrew)
    return "he";
  if (best_script == detect.arabic)
    return detect.persian * 50 > detect.arabic ? "fa" : "ar";

  px_language_foreach_word (text, PX_DETECT_MAX_WORDS, px_detect_word, &detect);

  if (best_script == detect.cyrillic)
    {
      int ru = px_language_index ("ru"), uk = px_language_index ("uk");

      /* Letters only one of the two alphabets has settle most texts. */
      if (detect.ukrainian_letters > 2 * detect.russian_letters && detect.ukrainian_letters > 0)
        return "uk";
      if (detect.russian_letters > 2 * detect.ukrainian_letters && detect.russian_letters > 0)
        return "ru";
      best = px_best_vote (&detect, ru, uk);
      return stopword_lists[best].code;
    }

  best = px_best_vote (&detect, -1, -1);
  /* Too few function words: a list of names, a menu, a language we do not
   * list. Better no guess than a wrong one. */
  if (best < 0 || detect.votes[best] < 2 || detect.votes[best] * 20 < detect.words)
    return NULL;
  return stopword_lists[best].code;
}

/**
 * px_language_is_stopword:
 * @language: an ISO 639-1 code ("en", "de-AT" is read as "de")
 * @lowercase_word: a word in lower case
 *
 * Returns: %TRUE when @lowercase_word is one of @language's stop words
 */
gboolean
px_language_is_stopword (const char *language,
                         const char *lowercase_word)
{
  int index = px_language_index (language);

  if (index < 0 || lowercase_word == NULL)
    return FALSE;
  return (GPOINTER_TO_UINT (g_hash_table_lookup (px_language_tables ()->words, lowercase_word)) &
          (1u << index)) != 0;
}

typedef struct {
  const PxLanguageTables *tables;
  guint mask;
  guint words;
  guint stopwords;
} PxDensity;

static void
px_density_word (const char *word,
                 gsize       length,
                 gpointer    data)
{
  PxDensity *density = data;

  density->words++;
  if (GPOINTER_TO_UINT (g_hash_table_lookup (density->tables->words, word)) & density->mask)
    density->stopwords++;
}

/**
 * px_language_stopword_density:
 * @text: a paragraph or block of text
 * @language: (nullable): its language, or %NULL to detect it
 *
 * The fraction of @text's words that are stop words of @language, as
 * jusText uses it: around 0.3–0.5 for prose, near zero for menus and lists
 * of links. A language without a list scores 0.
 *
 * Returns: a fraction between 0 and 1
 */
double
px_language_stopword_density (const char *text,
                              const char *language)
{
  PxDensity density = { 0 };
  int index;

  if (text == NULL || *text == '\0')
    return 0.0;
  if (language == NULL)
    language = px_language_detect (text);
  index = px_language_index (language);
  if (index < 0)
    return 0.0;
  density.tables = px_language_tables ();
  density.mask = 1u << index;
  px_language_foreach_word (text, G_MAXUINT, px_density_word, &density);
  return density.words > 0 ? (double) density.stopwords / density.words : 0.0;
}
