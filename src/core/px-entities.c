/* px-entities.c — capitalised names, their roles, and their spelling variants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-entities"

#include "config.h"

#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "px-analysis.h"
#include "px-entities.h"
#include "px-timex.h"
#include "px-text.h"

void
px_entity_free (PxEntity *entity)
{
  if (entity == NULL)
    return;
  g_free (entity->name);
  g_free (entity->head);
  g_free (entity->key);
  g_free (entity);
}

const char *
px_entity_kind_to_string (PxEntityKind kind)
{
  switch (kind)
    {
    case PX_ENTITY_PERSON:
      return "person";
    case PX_ENTITY_PLACE:
      return "place";
    case PX_ENTITY_ORGANISATION:
      return "organisation";
    case PX_ENTITY_UNKNOWN:
    default:
      return "unknown";
    }
}

/* Word lists are looked up for every token: make each a hash set once. */
static GHashTable *
word_set (GHashTable        **set,
          const char * const *words,
          gsize               n_words)
{
  if (g_once_init_enter (set))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (gsize i = 0; i < n_words; i++)
        if (words[i] != NULL)
          g_hash_table_add (table, (gpointer) words[i]);
      g_once_init_leave (set, table);
    }
  return *set;
}

/* Titles that put a person's name after them. A word the article also writes
 * in lower case ("the president said") is taken as a title as well, so this
 * list only has to catch the common ones in articles that never do. */
static gboolean
is_role_word (const char *folded)
{
  static const char * const roles[] = {
    "president", "prime", "minister", "chancellor", "king", "queen", "prince",
    "princess", "secretary", "general", "senator", "governor", "mayor", "leader",
    "chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "envoy", "mr", "mrs", "ms", "dr", "pope", "premier", "emir",
    "sheikh", "sultan", "commander", "colonel", "lieutenant", "captain", "judge",
    "deputy", "foreign", "defence", "defense", "interior", "vice", "speaker",
    "representative", "advisor", "adviser", "ceo", "director", "head",
    "président", "présidente", "ministre", "premier", "präsident", "präsidentin",
    "kanzler", "kanzlerin", "presidente", "primo", "ministro", "ministra",
    "президент", "премьер", "министр", "канцлер", "глава", "lord", "lady", "sir",
    "archbishop", "bishop", "cardinal", "rabbi", "imam", "ayatollah",
  };
  static GHashTable *set = NULL;

  return g_hash_table_contains (word_set (&set, roles, G_N_ELEMENTS (roles)), folded);
}

/* Words that join the parts of one name: "Commonwealth of Independent
 * States", "Charles de Gaulle", "Abu Bakr al-Baghdadi". */
static gboolean
is_connector (const char *folded)
{
  static const char * const connectors[] = {
    "of", "de", "del", "della", "di", "da", "du", "des", "la", "le", "von", "van",
    "der", "den", "al", "el", "bin", "ibn",
  };
  static GHashTable *set = NULL;

  return g_hash_table_contains (word_set (&set, connectors, G_N_ELEMENTS (connectors)), folded);
}

static gboolean
is_german_article (const char *folded)
{
  static const char * const articles[] = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "im", "am", "zum", "zur", "vom", "beim", "kein", "keine", "keinen", "keiner", "diese", "dieser",
    "diesen", "diesem", "jede", "jeder", "jeden", "seine", "seiner", "ihre", "ihrer", "ihren",
  };
  static GHashTable *set = NULL;

  return g_hash_table_contains (word_set (&set, articles, G_N_ELEMENTS (articles)), folded);
}

static gboolean
has_german_noun_ending (const char *folded)
{
  static const char * const endings[] = {
    "ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "tät", "ismus", "nis", "nisse",
    "chen", "ment", "ium", "ler", "leute", "kräfte",
  };

  for (guint i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (folded, endings[i]) && strlen (folded) > strlen (endings[i]) + 2)
      return TRUE;
  return FALSE;
}

/* Prepositions that put a place after them. */
static gboolean
is_place_preposition (const char *folded)
{
  static const char * const words[] = {
    "in", "at", "from", "to", "near", "outside", "inside", "across",
    "à", "au", "aux", "en", "dans", "im", "nach", "aus", "bei", "en", "desde",
    "a", "em", "no", "na", "в", "во", "из", "под", "на",
  };
  static GHashTable *set = NULL;

  return g_hash_table_contains (word_set (&set, words, G_N_ELEMENTS (words)), folded);
}

/* Common nouns for land and water that follow a place's name: "the Dorne
 * valley", "Kano state", "the Oster river". */
static gboolean
is_land_word (const char *folded)
{
  static const char * const words[] = {
    "valley", "river", "region", "province", "district", "county", "village", "town", "city",
    "island", "islands", "peninsula", "mountains", "coast", "strait", "gorge", "delta", "basin",
    "lake", "oblast", "governorate", "prefecture", "border", "state", "municipality", "port",
  };
  static GHashTable *set = NULL;

  return g_hash_table_contains (word_set (&set, words, G_N_ELEMENTS (words)), folded);
}

/* "Kardia's", "Kardia’s" (the tokenizer writes one apostrophe). */
static gboolean
ends_possessive (const PxToken *token)
{
  gsize length = strlen (token->text);

  return length > 2 && (token->flags & PX_TOKEN_WORD) &&
         (g_str_has_suffix (token->text, "'s") || g_str_has_suffix (token->text, "\xe2\x80\x99s"));
}

static void
close_transliterator (gpointer data)
{
  if (data != NULL && data != GINT_TO_POINTER (1))
    utrans_close (data);
}

static GPrivate thread_transliterator = G_PRIVATE_INIT (close_transliterator);

static UTransliterator *
get_transliterator (void)
{
  UTransliterator *trans = g_private_get (&thread_transliterator);

  if (trans == NULL)
    {
      static const UChar id[] = u"Any-Latin; Latin-ASCII";
      UErrorCode status = U_ZERO_ERROR;

      trans = utrans_openU (id, -1, UTRANS_FORWARD, NULL, 0, NULL, &status);
      if (U_FAILURE (status))
        {
          g_warning ("Cannot open the Any-Latin transliterator: %s", u_errorName (status));
          trans = GINT_TO_POINTER (1);
        }
      g_private_set (&thread_transliterator, trans);
    }
  return trans == GINT_TO_POINTER (1) ? NULL : trans;
}

static char *
transliterate (const char *text)
{
  UTransliterator *trans = get_transliterator ();
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0, limit, capacity;
  g_autofree UChar *buffer = NULL;
  char *out;
  int32_t out_length = 0;

  if (trans == NULL)
    return g_strdup (text);
  u_strFromUTF8WithSub (NULL, 0, &length, text, -1, 0xfffd, NULL, &status);
  status = U_ZERO_ERROR;
  capacity = length * 4 + 16;
  buffer = g_new0 (UChar, capacity);
  u_strFromUTF8WithSub (buffer, capacity, NULL, text, -1, 0xfffd, NULL, &status);
  limit = length;
  utrans_transUChars (trans, buffer, &length, capacity, 0, &limit, &status);
  if (U_FAILURE (status))
    return g_strdup (text);
  status = U_ZERO_ERROR;
  u_strToUTF8 (NULL, 0, &out_length, buffer, length, &status);
  status = U_ZERO_ERROR;
  out = g_malloc (out_length + 1);
  u_strToUTF8 (out, out_length + 1, NULL, buffer, length, &status);
  out[out_length] = '\0';
  return out;
}

/**
 * px_entities_fold:
 * @name: a name as written, in any script
 *
 * Transliterates @name to Latin ASCII (ICU's "Any-Latin; Latin-ASCII") and
 * keeps lower-case letters, digits and single spaces, so "Пашинян" becomes
 * "pasinan" and "Tajikistan’s" becomes "tajikistan".
 *
 * Returns: (transfer full): the folded key
 */
char *
px_entities_fold (const char *name)
{
  g_autofree char *latin = NULL;
  GString *out;
  gboolean ascii = TRUE;
  gsize len;

  for (const char *p = name; *p; p++)
    if ((guchar) *p >= 0x80)
      ascii = FALSE;
  latin = ascii ? g_strdup (name) : transliterate (name);

  out = g_string_sized_new (strlen (latin));
  for (const char *p = latin; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if ((*p == ' ' || *p == '-') && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      else if (*p == '\'' && (p[1] == 's' || p[1] == 'S') && !g_ascii_isalnum (p[2]))
        break;
    }
  len = out->len;
  while (len > 0 && out->str[len - 1] == ' ')
    len--;
  g_string_truncate (out, len);
  return g_string_free (out, FALSE);
}

typedef struct {
  const char *from;
  const char *to;
} Rewrite;

static void
rewrite_all (GString       *text,
             const Rewrite *rules,
             guint          n_rules)
{
  GString *out = g_string_sized_new (text->len);

  for (const char *p = text->str; *p; )
    {
      guint r;

      for (r = 0; r < n_rules; r++)
        {
          gsize len = strlen (rules[r].from);

          if (strncmp (p, rules[r].from, len) == 0)
            {
              g_string_append (out, rules[r].to);
              p += len;
              break;
            }
        }
      if (r == n_rules)
        g_string_append_c (out, *p++);
    }
  g_string_assign (text, out->str);
  g_string_free (out, TRUE);
}

/**
 * px_entities_key:
 * @name: a name as written
 * @language: (nullable): the language of the article it is written in
 *
 * The key two articles' names are compared by: transliterated and folded
 * (see px_entities_fold()), without the final vowel of long words (so
 * "Москве" and "Москва" agree), and written by one spelling for each sound whatever
 * the language's habits: French "ou" and "ch", German "sch", "tsch" and
 * "j", English "sh", "kh" and "zh", "dj" and "dzh" everywhere.
 *
 * Returns: (transfer full): the key
 */
char *
px_entities_key (const char *name,
                 const char *language)
{
  static const Rewrite french[] = {
    { "tch", "c" }, { "ch", "s" }, { "ou", "u" }, { "dj", "i" }, { "gu", "g" }, { "qu", "k" },
  };
  static const Rewrite german[] = {
    { "dsch", "i" }, { "tsch", "c" }, { "sch", "s" }, { "j", "i" }, { "w", "v" }, { "ck", "k" },
  };
  static const Rewrite general[] = {
    { "dzh", "i" }, { "dz", "i" }, { "dj", "i" }, { "sh", "s" }, { "zh", "z" }, { "kh", "h" },
    { "ch", "c" }, { "ph", "f" }, { "th", "t" }, { "ck", "k" }, { "ca", "ka" }, { "co", "ko" },
    { "cu", "ku" }, { "w", "v" }, { "y", "i" }, { "j", "i" }, { "q", "k" },
  };
  g_auto(GStrv) words = g_strsplit_set (name, " -", -1);
  GString *words_out = g_string_new (NULL);
  g_autofree char *folded = NULL;
  GString *key;
  char *collapsed;
  gsize n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_casefold (words[i], -1);

      if (*lower == '\0')
        continue;
      if (words_out->len > 0)
        g_string_append_c (words_out, ' ');
      g_string_append (words_out, lower);
    }
  folded = px_entities_fold (words_out->str);
  g_string_free (words_out, TRUE);

  key = g_string_new (folded);
  if (language != NULL && g_str_has_prefix (language, "fr"))
    rewrite_all (key, french, G_N_ELEMENTS (french));
  else if (language != NULL && g_str_has_prefix (language, "de"))
    rewrite_all (key, german, G_N_ELEMENTS (german));
  rewrite_all (key, general, G_N_ELEMENTS (general));

  /* Doubled letters, and an initial "h" that other alphabets drop. */
  collapsed = g_malloc (key->len + 1);
  for (gsize i = 0; i < key->len; i++)
    {
      char c = key->str[i];

      if (c == 'h' && (i == 0 || key->str[i - 1] == ' ') && key->len - i > 3)
        continue;
      if (n > 0 && collapsed[n - 1] == c)
        continue;
      /* Case endings change a name's last vowel ("Москве", "Армении",
       * "Мамедова"): a long word's last vowel is left out. */
      if (strchr ("aeiou", c) != NULL && (i + 1 == key->len || key->str[i + 1] == ' '))
        {
          gsize word = n;

          while (word > 0 && collapsed[word - 1] != ' ')
            word--;
          if (n - word >= 5)
            continue;
        }
      collapsed[n++] = c;
    }
  collapsed[n] = '\0';
  g_string_free (key, TRUE);
  return collapsed;
}

/* Spellings differ most in how they write one sound: "sh"/"š"→"s", "dj"/"j",
 * "y"/"i", doubled letters. */
static char *
normalise_spelling (const char *key)
{
  GString *out = g_string_sized_new (strlen (key));

  for (const char *p = key; *p; p++)
    {
      char c = *p;

      if ((c == 's' || c == 'z' || c == 'k' || c == 'c' || c == 't' || c == 'p') && p[1] == 'h')
        {
          c = c == 'z' ? 'j' : c == 'p' ? 'f' : c == 'c' ? 'c' : c;
          p++;
        }
      else if (c == 'd' && p[1] == 'z' && p[2] == 'h')
        {
          c = 'j';
          p += 2;
        }
      else if (c == 'd' && p[1] == 'j')
        {
          c = 'j';
          p++;
        }
      else if (c == 'c' && p[1] == 'k')
        {
          c = 'k';
          p++;
        }
      else if (c == 'y')
        c = 'i';
      else if (c == 'w')
        c = 'v';
      if (out->len > 0 && out->str[out->len - 1] == c)
        continue;
      g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

static char
consonant_class (char c)
{
  switch (c)
    {
    case 'b': case 'p':
      return 'p';
    case 'd': case 't':
      return 't';
    case 'g': case 'k': case 'q': case 'c':
      return 'k';
    case 's': case 'z': case 'x':
      return 's';
    case 'm': case 'n':
      return 'n';
    case 'v': case 'f': case 'w':
      return 'f';
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'h':
      return 0;
    default:
      return c;
    }
}

/**
 * px_entities_skeleton:
 * @key: a folded key, see px_entities_fold()
 *
 * The first letter and then the classes of the consonants, without vowels
 * or repeats: names spelt differently but heard alike share a skeleton
 * ("dushanbe" and "dushambe" both give "dsnp"). Used to find candidates only;
 * px_entities_are_variants() decides.
 *
 * Returns: (transfer full): the skeleton
 */
char *
px_entities_skeleton (const char *key)
{
  g_autofree char *normal = normalise_spelling (key);
  GString *out = g_string_new (NULL);
  char last = 0;

  for (const char *p = normal; *p; p++)
    {
      char c;

      if (*p == ' ')
        {
          g_string_append_c (out, ' ');
          last = 0;
          continue;
        }
      if (out->len == 0 || out->str[out->len - 1] == ' ')
        {
          g_string_append_c (out, *p);
          last = consonant_class (*p);
          continue;
        }
      c = consonant_class (*p);
      if (c == 0 || c == last)
        continue;
      g_string_append_c (out, c);
      last = c;
    }
  return g_string_free (out, FALSE);
}

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (gsize j = 0; j <= lb; j++)
    row[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }
  return row[lb];
}

/**
 * px_entities_are_variants:
 * @key_a: a folded key
 * @key_b: another
 *
 * Whether two folded names are one name spelt two ways: same consonant
 * skeleton, and at most one edit apart once spelling habits are normalised
 * (two for long names). Short names must match exactly: "Ali" is not "Ala".
 */
gboolean
px_entities_are_variants (const char *key_a,
                          const char *key_b)
{
  g_autofree char *skeleton_a = NULL;
  g_autofree char *skeleton_b = NULL;
  g_autofree char *normal_a = NULL;
  g_autofree char *normal_b = NULL;
  gsize shortest;

  if (strcmp (key_a, key_b) == 0)
    return TRUE;
  skeleton_a = px_entities_skeleton (key_a);
  skeleton_b = px_entities_skeleton (key_b);
  if (strcmp (skeleton_a, skeleton_b) != 0)
    return FALSE;
  normal_a = normalise_spelling (key_a);
  normal_b = normalise_spelling (key_b);
  shortest = MIN (strlen (normal_a), strlen (normal_b));
  if (shortest < 5)
    return strcmp (normal_a, normal_b) == 0;
  return edit_distance (normal_a, normal_b) <= (shortest >= 8 ? 2u : 1u);
}

typedef struct {
  guint first, last;   /* token indexes, inclusive */
  gboolean after_role;
  gboolean after_preposition;
  gboolean before_land;
} Span;

static gboolean
is_name_word (PxToken    *token,
              GHashTable *mid_capitalised,
              GHashTable *lowercase)
{
  if (!(token->flags & PX_TOKEN_WORD) || !(token->flags & PX_TOKEN_CAPITALISED))
    return FALSE;
  if (token->flags & PX_TOKEN_STOPWORD)
    return FALSE;
  if (g_utf8_strlen (token->folded, -1) < 2)
    return FALSE;
  /* Calendar words are capitalised in many languages but name no one. */
  if (px_timex_month_from_word (token->folded) > 0 || px_timex_weekday_from_word (token->folded) > 0)
    return FALSE;
  if (is_role_word (token->folded))
    return FALSE;
  /* A headline capitalises every word, a sentence its first: trust those
   * only when the article also capitalises the word elsewhere. */
  if ((token->zone == PX_ZONE_TITLE || (token->flags & PX_TOKEN_SENTENCE_START)) &&
      !g_hash_table_contains (mid_capitalised, token->folded))
    return FALSE;
  if (g_hash_table_contains (lowercase, token->folded) && !(token->flags & PX_TOKEN_ALL_CAPS))
    return FALSE;
  return TRUE;
}

static char *
join_tokens (PxToken * const *tokens,
             guint            first,
             guint            last)
{
  GString *out = g_string_new (NULL);

  for (guint i = first; i <= last; i++)
    {
      if (i > first && (tokens[i]->flags & PX_TOKEN_SPACE_BEFORE))
        g_string_append_c (out, ' ');
      g_string_append (out, tokens[i]->text);
    }
  /* "Tajikistan’s" names Tajikistan. */
  if (out->len > 3)
    {
      const char *tail = out->str + out->len - 2;

      if (strcmp (tail, "'s") == 0)
        g_string_truncate (out, out->len - 2);
      else if (out->len > 4 && strcmp (out->str + out->len - 4, "\xe2\x80\x99s") == 0)
        g_string_truncate (out, out->len - 4);
    }
  return g_string_free (out, FALSE);
}

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  const PxEntity *ea = *(PxEntity * const *) a;
  const PxEntity *eb = *(PxEntity * const *) b;

  if (ea->count != eb->count)
    return ea->count > eb->count ? -1 : 1;
  return strcmp (ea->key, eb->key);
}

/**
 * px_entities_extract:
 * @language: (nullable): ISO 639-1 code
 * @tokens: (array length=n_tokens): the article's tokens, see px_analysis_tokenize()
 * @n_tokens: how many
 *
 * Finds names as runs of capitalised words ("Nikol Pashinyan", "Commonwealth
 * of Independent States", "Nagorno-Karabakh"), leaves out titles before them
 * ("Prime Minister") but uses them to tell people, and prepositions ("in
 * Dushanbe") to tell places. A person named in full and then by surname is
 * one entity keyed by the surname.
 *
 * Returns: (transfer full) (element-type PxEntity): the names, most
 *   mentioned first
 */
GPtrArray *
px_entities_extract (const char      *language,
                     PxToken * const *tokens,
                     guint            n_tokens)
{
  g_autoptr(GHashTable) mid_capitalised = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lowercase = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) single = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GHashTable) kind_votes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  GPtrArray *entities = g_ptr_array_new_with_free_func ((GDestroyNotify) px_entity_free);

  for (guint i = 0; i < n_tokens; i++)
    {
      PxToken *token = tokens[i];

      if (!(token->flags & PX_TOKEN_WORD) || token->zone == PX_ZONE_TITLE)
        continue;
      if (!(token->flags & PX_TOKEN_CAPITALISED))
        g_hash_table_add (lowercase, token->folded);
      else if (!(token->flags & PX_TOKEN_SENTENCE_START))
        g_hash_table_add (mid_capitalised, token->folded);
    }
  /* German capitalises every noun: a capitalised word after an article
   * ("die Verhandlungen", "einer neuen Grenze") or with a noun's ending is
   * a common noun, counted as if written in lower case. */
  if (language != NULL && (g_str_has_prefix (language, "de") || g_str_has_prefix (language, "lb")))
    for (guint i = 1; i < n_tokens; i++)
      {
        PxToken *token = tokens[i];
        PxToken *before = tokens[i - 1];
        PxToken *two_before = i >= 2 ? tokens[i - 2] : NULL;

        if (!(token->flags & PX_TOKEN_WORD) || !(token->flags & PX_TOKEN_CAPITALISED) ||
            (token->flags & PX_TOKEN_ALL_CAPS))
          continue;
        if (is_german_article (before->folded) ||
            (two_before != NULL && is_german_article (two_before->folded) &&
             (before->flags & PX_TOKEN_WORD) && !(before->flags & PX_TOKEN_CAPITALISED)) ||
            has_german_noun_ending (token->folded))
          g_hash_table_add (lowercase, token->folded);
      }

  for (guint i = 0; i < n_tokens; )
    {
      Span span;
      guint j;

      if (!is_name_word (tokens[i], mid_capitalised, lowercase))
        {
          i++;
          continue;
        }
      span.first = span.last = i;
      for (j = i + 1; j < n_tokens; j++)
        {
          PxToken *token = tokens[j];

          if (token->paragraph != tokens[i]->paragraph)
            break;
          /* "Spain's Murcia", "Kardia's Lessing": a possessive ends a name;
           * what follows is another. */
          if (ends_possessive (tokens[span.last]))
            break;
          if (is_name_word (token, mid_capitalised, lowercase) && !(tokens[span.last]->flags & PX_TOKEN_PUNCT))
            {
              span.last = j;
              continue;
            }
          /* A hyphen written without spaces joins: "Nagorno-Karabakh". */
          if ((token->flags & PX_TOKEN_PUNCT) && !(token->flags & PX_TOKEN_SPACE_BEFORE) &&
              strcmp (token->text, "-") == 0 && j + 1 < n_tokens &&
              !(tokens[j + 1]->flags & PX_TOKEN_SPACE_BEFORE) &&
              (tokens[j + 1]->flags & PX_TOKEN_CAPITALISED))
            {
              span.last = ++j;
              continue;
            }
          if ((token->flags & PX_TOKEN_WORD) && !(token->flags & PX_TOKEN_CAPITALISED) &&
              is_connector (token->folded) && j + 1 < n_tokens &&
              is_name_word (tokens[j + 1], mid_capitalised, lowercase))
            continue;
          break;
        }
      span.after_role = FALSE;
      span.after_preposition = FALSE;
      /* "the Dorne valley", "Kano state": a name before a word for a kind
       * of land is a place. */
      j = span.last + 1;
      span.before_land = j < n_tokens && tokens[j]->paragraph == tokens[i]->paragraph &&
                         (tokens[j]->flags & PX_TOKEN_WORD) && !(tokens[j]->flags & PX_TOKEN_CAPITALISED) &&
                         is_land_word (tokens[j]->folded);
      if (i > 0 && tokens[i - 1]->paragraph == tokens[i]->paragraph)
        {
          PxToken *before = tokens[i - 1];

          if ((before->flags & PX_TOKEN_WORD) && is_role_word (before->folded))
            span.after_role = TRUE;
          else if ((before->flags & PX_TOKEN_WORD) && is_place_preposition (before->folded))
            span.after_preposition = TRUE;
          /* "in Spain's Murcia": the preposition places the whole phrase,
           * so the name after the possessive as much as the one before. */
          else if (ends_possessive (before) && spans->len > 0 &&
                   g_array_index (spans, Span, spans->len - 1).last == i - 1 &&
                   g_array_index (spans, Span, spans->len - 1).after_preposition)
            span.after_preposition = TRUE;
        }
      g_array_append_val (spans, span);
      if (span.first == span.last)
        g_hash_table_add (single, tokens[span.first]->folded);
      i = span.last + 1;
    }

  for (guint s = 0; s < spans->len; s++)
    {
      Span *span = &g_array_index (spans, Span, s);
      g_autofree char *name = join_tokens (tokens, span->first, span->last);
      g_autofree char *head = NULL;
      g_autofree char *key = NULL;
      gboolean has_connector = FALSE;
      guint words = 0;
      PxEntity *entity;
      guint *votes;

      for (guint k = span->first; k <= span->last; k++)
        if (tokens[k]->flags & PX_TOKEN_WORD)
          {
            words++;
            if (!(tokens[k]->flags & PX_TOKEN_CAPITALISED))
              has_connector = TRUE;
          }

      /* "Nikol Pashinyan … Pashinyan said": a person, keyed by the surname. */
      if (words >= 2 && words <= 4 && !has_connector &&
          !(tokens[span->last - 1]->flags & PX_TOKEN_PUNCT) &&
          (span->after_role || g_hash_table_contains (single, tokens[span->last]->folded)))
        head = join_tokens (tokens, span->last, span->last);
      else
        head = g_strdup (name);
      key = px_entities_key (head, language);
      if (*key == '\0')
        continue;

      entity = g_hash_table_lookup (by_key, key);
      if (entity == NULL)
        {
          entity = g_new0 (PxEntity, 1);
          entity->name = g_strdup (name);
          entity->head = g_strdup (head);
          entity->key = g_steal_pointer (&key);
          g_ptr_array_add (entities, entity);
          g_hash_table_insert (by_key, entity->key, entity);
        }
      else if (g_utf8_strlen (name, -1) > g_utf8_strlen (entity->name, -1))
        {
          g_free (entity->name);
          entity->name = g_strdup (name);
        }
      entity->count += tokens[span->first]->zone == PX_ZONE_TITLE ? 3 : 1;
      if (tokens[span->first]->zone == PX_ZONE_TITLE)
        entity->in_title = TRUE;
      votes = g_hash_table_lookup (kind_votes, entity);
      if (votes == NULL)
        g_hash_table_insert (kind_votes, entity, votes = g_new0 (guint, 3));
      if (span->after_role)
        votes[0] += 2;
      else if (words >= 2 && strcmp (head, name) != 0)
        votes[0]++;
      if (span->after_preposition)
        votes[1]++;
      if (span->before_land)
        votes[1] += 2;
      if (has_connector || (tokens[span->first]->flags & PX_TOKEN_ALL_CAPS))
        votes[2]++;
    }

  for (guint e = 0; e < entities->len; e++)
    {
      PxEntity *entity = g_ptr_array_index (entities, e);
      guint *votes = g_hash_table_lookup (kind_votes, entity);

      if (votes[0] > votes[1] && votes[0] >= votes[2])
        entity->kind = PX_ENTITY_PERSON;
      else if (votes[1] > 0 && votes[1] >= votes[2])
        entity->kind = PX_ENTITY_PLACE;
      else if (votes[2] > 0)
        entity->kind = PX_ENTITY_ORGANISATION;
    }

  g_ptr_array_sort (entities, compare_entities);
  return entities;
}

struct _PxEntityIndex {
  GHashTable *canonical;   /* key → interned canonical key */
  GHashTable *skeletons;   /* skeleton → GPtrArray of interned canonical keys */
};

PxEntityIndex *
px_entity_index_new (void)
{
  PxEntityIndex *index = g_new0 (PxEntityIndex, 1);

  index->canonical = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->skeletons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  return index;
}

void
px_entity_index_free (PxEntityIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->canonical);
  g_hash_table_unref (index->skeletons);
  g_free (index);
}

/**
 * px_entity_index_canonical:
 * @index: names seen so far
 * @key: a folded key
 *
 * Returns: the interned key that stands for @key and all its variants seen
 *   so far: the first spelling met.
 */
const char *
px_entity_index_canonical (PxEntityIndex *index,
                           const char    *key)
{
  const char *canonical = g_hash_table_lookup (index->canonical, key);
  g_autofree char *skeleton = NULL;
  GPtrArray *candidates;

  if (canonical != NULL)
    return canonical;
  skeleton = px_entities_skeleton (key);
  candidates = g_hash_table_lookup (index->skeletons, skeleton);
  if (candidates == NULL)
    {
      candidates = g_ptr_array_new ();
      g_hash_table_insert (index->skeletons, g_strdup (skeleton), candidates);
    }
  for (guint i = 0; i < candidates->len && canonical == NULL; i++)
    if (px_entities_are_variants (key, g_ptr_array_index (candidates, i)))
      canonical = g_ptr_array_index (candidates, i);
  if (canonical == NULL)
    {
      canonical = px_text_intern (key);
      g_ptr_array_add (candidates, (gpointer) canonical);
    }
  g_hash_table_insert (index->canonical, g_strdup (key), (gpointer) canonical);
  return canonical;
}
