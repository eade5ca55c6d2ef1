/* px-sentences.c — an article's prose split into sentences, with offsets
 *
 * ICU's sentence break does the bulk of the work (with its per-language
 * abbreviation suppressions, "@ss=standard"). News prose trips it in a few
 * places we mend afterwards:
 *
 *  - titles and abbreviations that precede a name or a number ("Gen.",
 *    "Dr.", "No. 5", "Sept. 28", "U.S. Secretary", the initial in
 *    "J. Smith"), where ICU sees a full stop before a capital;
 *  - a quotation whose words run over several sentences: a reader takes it as
 *    one statement, and so must the aligner (a quote is matched as a whole);
 *  - a full stop with no space after it ("Azerbaijan.The parties"), which
 *    ICU never breaks, in text pasted from pages that lost a line break;
 *  - a word ICU's suppressions take for an abbreviation by its ending
 *    ("Bordeaux.", "Sommer."), before a capital.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-sentences"

#include "config.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "px-language.h"
#include "px-sentences.h"

/* Quotes run over at most this many sentences; an unbalanced mark must not
 * glue a whole paragraph together. */
#define PX_QUOTE_MAX_SENTENCES 8
#define PX_SENTENCE_MAX_BYTES 4096  /* about 600 words: far longer than any real sentence */

typedef struct {
  gsize start;
  gsize end;
} PxSpan;

void
px_sentence_free (PxSentence *sentence)
{
  if (sentence == NULL)
    return;
  g_free (sentence->text);
  g_free (sentence);
}

const char *
px_sentence_role_to_string (PxSentenceRole role)
{
  switch (role)
    {
    case PX_SENTENCE_HEADLINE: return "headline";
    case PX_SENTENCE_HEADING: return "heading";
    case PX_SENTENCE_BODY: return "body";
    case PX_SENTENCE_QUOTE: return "quote";
    case PX_SENTENCE_LIST: return "list";
    default: return "body";
    }
}

static gboolean
px_is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f || c == 0x2007 || c == 0x200b;
}

/* Titles that stand before a name: a full stop after them never ends a
 * sentence. Several languages, lower case, without the dot. */
static const char * const title_abbreviations[] = {
  "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt",
  "cpt", "sgt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres",
  "st", "mt", "ft", "supt", "insp", "brig", "mme", "mlle", "hr", "fr", "sr",
  "sra", "srta", "dott", "ing", "avv", "gen.-lt", "ген", "г-н", "г-жа", "проф",
  "д-р", "им", "ул", "пос", "с", "тов", NULL
};

/* Abbreviations that stand before a number. */
static const char * const number_abbreviations[] = {
  "no", "nos", "nr", "art", "arts", "p", "pp", "vol", "fig", "ch", "sec", "para",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "ca", "approx", "est", "tel", "№", "ст", "п", "т", "гл",
  /* months in other languages, before a year: "le 3 janv. 1980" */
  "janv", "févr", "fév", "avr", "juil", "déc", "ene", "abr", "dic", "mär", "okt", "dez",
  "genn", "febbr", "magg", "sett", "ott", "янв", "февр", "апр", "авг", "сент", "окт", "нояб", "дек", NULL
};

static const char * const day_and_month_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL
};

static gboolean
px_in_list (const char * const *list,
            const char          *word)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}

/* The last word of text[start, end) when it ends in a full stop, without
 * leading punctuation and the final dot; NULL otherwise. */
static char *
px_last_dotted_word (const char *text,
                     gsize       start,
                     gsize       end)
{
  const char *p = text + end;
  const char *word_end;
  const char *word_start;

  while (p > text + start)
    {
      const char *prev = g_utf8_prev_char (p);
      if (!px_is_space (g_utf8_get_char (prev)))
        break;
      p = prev;
    }
  if (p == text + start || p[-1] != '.')
    return NULL;
  word_end = p - 1;
  word_start = word_end;
  while (word_start > text + start)
    {
      const char *prev = g_utf8_prev_char (word_start);
      gunichar c = g_utf8_get_char (prev);
      if (px_is_space (c) || c == '(' || c == '[' || c == 0x201c || c == 0x2018 || c == '"' ||
          c == 0x00ab || c == 0x201e)
        break;
      word_start = prev;
    }
  if (word_start == word_end)
    return NULL;
  return g_strndup (word_start, word_end - word_start);
}

/* Like "U.S", "e.g", "U.N": single letters joined by dots. */
static gboolean
px_is_dotted_acronym (const char *word)
{
  guint letters = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      if (c == '.')
        continue;
      if (!g_unichar_isalpha (c))
        return FALSE;
      if (*next != '\0' && *next != '.')
        return FALSE;
      letters++;
    }
  return letters >= 2;
}

/* The first word of text[start, end), lower-cased, past any punctuation. */
static char *
px_first_word (const char *text,
               gsize       start,
               gsize       end,
               gunichar   *first_char)
{
  const char *p = text + start;
  const char *word_start;

  while (p < text + end && !g_unichar_isalnum (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  *first_char = p < text + end ? g_utf8_get_char (p) : 0;
  word_start = p;
  while (p < text + end && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '\''))
    p = g_utf8_next_char (p);
  return g_utf8_strdown (word_start, p - word_start);
}

/* Whether the last word of text[start, end) is a figure. */
static gboolean
px_figure_before (const char *text,
                  gsize       start,
                  gsize       end)
{
  const char *p = text + end;

  while (p > text + start && px_is_space (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  return p > text + start && g_ascii_isdigit (p[-1]);
}

/* Whether @language writes ordinals as "3." ("am 3. Januar"). */
static gboolean
px_writes_ordinal_dots (const char *language)
{
  static const char * const languages[] = {
    "de", "da", "nb", "nn", "no", "fi", "cs", "sk", "pl", "hu", "sl", "hr", "sr", "bs", "tr", "et", "lv", "lt", "is", NULL
  };
  g_autofree char *code = NULL;

  if (language == NULL)
    return FALSE;
  code = g_strndup (language, strcspn (language, "-_"));
  return px_in_list (languages, code);
}

/* Whether the full stop closing text[a.start, a.end) belongs to an
 * abbreviation, so the sentence goes on in text[b.start, b.end). */
static gboolean
px_joins_after_abbreviation (const char *text,
                             PxSpan      a,
                             PxSpan      b,
                             const char *language)
{
  g_autofree char *word = px_last_dotted_word (text, a.start, a.end);
  g_autofree char *lower = NULL;
  g_autofree char *next = NULL;
  gunichar next_char = 0;

  if (word == NULL)
    return FALSE;
  lower = g_utf8_strdown (word, -1);
  next = px_first_word (text, b.start, b.end, &next_char);

  if (g_unichar_islower (next_char))
    return TRUE;
  /* "am 3. Januar", "den 2. Platz": German and its neighbours write an
   * ordinal as a figure and a full stop, which ICU takes for a sentence's
   * end. A figure ends one only when a function word opens the next ("…
   * stieg auf 12. Die Polizei …"). */
  if (px_writes_ordinal_dots (language) && strlen (word) <= 3 && strspn (word, "0123456789") == strlen (word))
    return next_char != 0 && !g_unichar_isdigit (next_char) && !px_language_is_stopword (language, next);
  if (px_in_list (title_abbreviations, lower))
    return g_unichar_isupper (next_char) || g_unichar_istitle (next_char);
  /* Russian "г." is "год" after a year ("в 2020 г. Потом …") and
   * "господин" or "город" before a name ("заявил г. Иванов"). */
  if (g_str_equal (lower, "г") && language != NULL && g_str_has_prefix (language, "ru"))
    return !px_figure_before (text, a.start, g_strrstr_len (text + a.start, a.end - a.start, word) - text) &&
           (g_unichar_isupper (next_char) || g_unichar_istitle (next_char));
  if (px_in_list (number_abbreviations, lower))
    return g_unichar_isdigit (next_char);
  /* An initial: "J. Smith", "George W. Bush". */
  if (g_utf8_strlen (word, -1) == 1 && g_unichar_isupper (g_utf8_get_char (word)))
    return g_unichar_isupper (next_char) && !px_language_is_stopword (language, next);
  /* "U.S. Secretary" goes on, "in the U.S. The" does not: a sentence starts
   * with a function word far more often than a name does. */
  if (px_is_dotted_acronym (word))
    {
      /* "at 3:12 a.m. Death toll rose": a time ends the sentence unless a
       * day or month follows ("3 a.m. Tuesday"). */
      if (g_str_equal (lower, "a.m") || g_str_equal (lower, "p.m"))
        return !(g_unichar_isupper (next_char) || g_unichar_istitle (next_char)) ||
               px_in_list (day_and_month_names, next);
      if (g_unichar_islower (g_utf8_get_char (word)))
        return TRUE;  /* e.g., i.e. */
      return next_char != 0 && !px_language_is_stopword (language, next);
    }
  return FALSE;
}

/* Quotation state of a stretch of text: the mark that would close the
 * outermost open quotation, or 0. */
typedef struct {
  gunichar closer;
} PxQuoteState;

static gunichar
px_closer_for (gunichar c)
{
  switch (c)
    {
    case 0x201c: return 0x201d;  /* “ ” */
    case 0x201e: return 0x201c;  /* „ “ (also „ ”) */
    case 0x00ab: return 0x00bb;  /* « » */
    case 0x2018: return 0x2019;  /* ‘ ’ */
    case 0x300c: return 0x300d;  /* 「 」 */
    case 0x300e: return 0x300f;  /* 『 』 */
    default: return 0;
    }
}

static gboolean
px_is_opening_context (gunichar before)
{
  return before == 0 || px_is_space (before) || before == '(' || before == '[' ||
         before == 0x2014 || before == 0x2013 || before == ':';
}

/* Walks text[start, end) and updates the state. Returns TRUE when an opening
 * mark starts the stretch (so it is a new quotation, not a continuation). */
static gboolean
px_quote_scan (const char   *text,
               gsize         start,
               gsize         end,
               PxQuoteState *state)
{
  gunichar before = 0;
  gboolean opens_first = FALSE;
  gboolean first = TRUE;

  for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      gunichar after = next < text + end ? g_utf8_get_char (next) : 0;
      gboolean opening = FALSE;
      gboolean closing = FALSE;
      gunichar closer = 0;

      if (px_is_space (c))
        {
          before = c;
          continue;
        }

      if (c == '"')
        {
          if (px_is_opening_context (before) && after != 0 && !px_is_space (after))
            opening = TRUE, closer = '"';
          else
            closing = TRUE;
        }
      else if (c == 0x2019 || c == '\'')
        {
          /* An apostrophe inside a word ("doesn’t") is not a quote. */
          if (!(g_unichar_isalnum (before) && g_unichar_isalpha (after)))
            {
              if (c == '\'' && px_is_opening_context (before) && g_unichar_isalpha (after))
                opening = TRUE, closer = '\'';
              else
                closing = TRUE;
            }
        }
      else if (c == 0x201d || c == 0x00bb || c == 0x300d || c == 0x300f)
        closing = TRUE;
      else if (c == 0x201c && state->closer == 0x201c)
        closing = TRUE;  /* „…“ */
      else if ((closer = px_closer_for (c)) != 0)
        opening = TRUE;

      if (opening)
        {
          if (first)
            opens_first = TRUE;
          /* A new quotation of the same kind while one is open means the
           * first was never closed; inner quotes of another kind nest. */
          if (state->closer == 0 || state->closer == closer)
            state->closer = closer;
        }
      else if (closing && state->closer != 0)
        {
          if (c == state->closer ||
              (state->closer == 0x201c && c == 0x201d) ||
              (state->closer == '\'' && c == 0x2019) ||
              (state->closer == 0x2019 && c == '\''))
            state->closer = 0;
        }

      first = FALSE;
      before = c;
    }
  return opens_first;
}

/* Whether the open quotation is ever closed in text[from, end). */
static gboolean
px_quote_closes_later (const char *text,
                       gsize       from,
                       gsize       end,
                       gunichar    closer)
{
  PxQuoteState state = { closer };

  px_quote_scan (text, from, end, &state);
  return state.closer == 0;
}

/* ICU leaves "word.Word" whole; a lost space after a full stop, question or
 * exclamation mark between two real words is a sentence end. */
/* Whether the full stop at @stop, after a word of @letters letters, is
 * followed by a space, a figure and a lower-case word, and that word is not
 * an abbreviation that stands before numbers. */
static gboolean
px_number_sentence_follows (const char *text,
                            const char *stop,
                            gsize       end,
                            guint       letters)
{
  const char *q = stop + 1;
  const char *e = text + end;
  g_autofree char *word = NULL;
  g_autofree char *lower = NULL;
  guint digits = 0;

  if (*stop != '.' || q >= e || !px_is_space (g_utf8_get_char (q)))
    return FALSE;
  while (q < e && px_is_space (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);
  while (q < e && g_ascii_isdigit (*q))
    q++, digits++;
  if (digits == 0 || q >= e || !px_is_space (g_utf8_get_char (q)))
    return FALSE;
  while (q < e && px_is_space (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);
  if (q >= e || !g_unichar_islower (g_utf8_get_char (q)))
    return FALSE;
  /* The word before the stop: @letters letters back from it. */
  {
    const char *w = stop;
    for (guint i = 0; i < letters && w > text; i++)
      w = g_utf8_prev_char (w);
    word = g_strndup (w, stop - w);
  }
  lower = g_utf8_strdown (word, -1);
  return !px_in_list (number_abbreviations, lower) && !px_in_list (title_abbreviations, lower);
}

/* The letters right before @dot, lower-cased. */
static char *
px_word_before (const char *text,
                const char *dot)
{
  const char *p = dot;

  while (p > text && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  return g_utf8_strdown (p, dot - p);
}

/* Long abbreviations written in lower case, which a capital may follow. */
static gboolean
px_long_abbreviation (const char *text,
                      const char *dot)
{
  static const char * const words[] = { "approx", "aprox", "includ", "contin", "sowie", NULL };
  g_autofree char *word = px_word_before (text, dot);

  return px_in_list (words, word) || px_in_list (number_abbreviations, word) ||
         px_in_list (title_abbreviations, word);
}

/* Short words ICU's German suppressions hold as abbreviations, which end
 * sentences far more often than they abbreviate anything: "…, sagte er.",
 * "…, reiste sie ab.", "um 20 Uhr.", "im vergangenen Jahr.". */
static gboolean
px_suppressed_word (const char *text,
                    const char *dot,
                    const char *language)
{
  static const char * const german[] = { "er", "wir", "ihr", "ab", "her", "vor", "uhr", "jahr", NULL };
  g_autofree char *word = NULL;

  if (language == NULL || !g_str_has_prefix (language, "de"))
    return FALSE;
  word = px_word_before (text, dot);
  return px_in_list (german, word);
}

/* "Sales fell in Jan. The bank …": ICU holds the abbreviations of months
 * and the others that stand before a number as ones a name may follow,
 * but a capitalised function word after them opens a sentence. */
static gboolean
px_number_abbreviation_ends_sentence (const char *text,
                        const char *dot,
                        gsize       end,
                        const char *language)
{
  g_autofree char *word = px_word_before (text, dot);
  g_autofree char *next = NULL;
  gunichar next_char = 0;

  if (!px_in_list (day_and_month_names, word) && !px_in_list (number_abbreviations, word))
    return FALSE;
  next = px_first_word (text, dot + 1 - text, end, &next_char);
  return (g_unichar_isupper (next_char) || g_unichar_istitle (next_char)) &&
         px_language_is_stopword (language, next);
}

static void
px_add_sentence (GPtrArray  *sentences,
                 const char *text,
                 PxSpan      span)
{
  PxSentence *sentence = g_new0 (PxSentence, 1);

  sentence->text = g_strndup (text + span.start, span.end - span.start);
  sentence->role = PX_SENTENCE_BODY;
  sentence->paragraph = 0;
  sentence->start = span.start;
  sentence->end = span.end;
  g_ptr_array_add (sentences, sentence);
}

/* Whether a sentence starts at @p: past spaces and opening quotation
 * marks, a capital. */
static gboolean
px_capital_follows (const char *p,
                    const char *end)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (!px_is_space (c) && c != '"' && c != 0x201e && c != 0x201c && c != 0x00bb && c != 0x00ab && c != 0x2018)
        return g_unichar_isupper (c) || g_unichar_istitle (c);
      p = g_utf8_next_char (p);
    }
  return FALSE;
}

static void
px_split_glued (const char *text,
                PxSpan      span,
                const char *language,
                GArray     *out)
{
  gsize start = span.start;
  guint lower_run = 0;
  guint letter_run = 0;

  for (const char *p = text + span.start; p < text + span.end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '.' && letter_run >= 2 && p + 1 < text + span.end && px_is_space (g_utf8_get_char (p + 1)) &&
          ((px_suppressed_word (text, p, language) && px_capital_follows (p + 1, text + span.end)) ||
           px_number_abbreviation_ends_sentence (text, p, span.end, language)))
        {
          PxSpan piece = { start, p + 1 - text };
          g_array_append_val (out, piece);
          start = p + 1 - text;
        }
      else if ((c == '.' || c == '?' || c == '!') && lower_run >= 2 && letter_run >= 3 &&
          px_number_sentence_follows (text, p, span.end, letter_run))
        {
          /* "au moins 34 morts. 112 passagers ont été sauvés.": ICU reads a
           * figure then a lower-case word as the same sentence going on
           * (as after "approx."), but after a plain word it starts one. */
          const char *q = p + 1;
          PxSpan piece = { start, q - text };
          g_array_append_val (out, piece);
          start = q - text;
        }
      else if ((c == '.' || c == '?' || c == '!') && lower_run >= 2 && letter_run >= 3)
        {
          const char *q = p + 1;
          if (q < text + span.end)
            {
              gunichar up = g_utf8_get_char (q);
              const char *r = g_utf8_next_char (q);
              gunichar low = r < text + span.end ? g_utf8_get_char (r) : 0;
              if ((g_unichar_isupper (up) || g_unichar_istitle (up)) && g_unichar_islower (low))
                {
                  PxSpan piece = { start, q - text };
                  g_array_append_val (out, piece);
                  start = q - text;
                }
              else if (c == '.' && px_is_space (up) &&
                       ((lower_run == letter_run && letter_run >= 6) ||
                        (lower_run + 1 == letter_run && letter_run >= 4)))
                {
                  /* ICU's suppressions hold plain words whose end looks like
                   * an abbreviation (Spanish "centro.", French "Bordeaux.",
                   * German "Sommer.", "Ufer."): a long lower-case or
                   * capitalised word and a full stop before a capital end
                   * the sentence, unless the word is a known abbreviation. */
                  const char *w = r;
                  while (w < text + span.end && px_is_space (g_utf8_get_char (w)))
                    w = g_utf8_next_char (w);
                  if (w < text + span.end &&
                      (g_unichar_isupper (g_utf8_get_char (w)) || g_unichar_istitle (g_utf8_get_char (w))) &&
                      !px_long_abbreviation (text, p))
                    {
                      PxSpan piece = { start, q - text };
                      g_array_append_val (out, piece);
                      start = q - text;
                    }
                }
            }
        }

      if (g_unichar_isalpha (c))
        {
          letter_run++;
          lower_run = g_unichar_islower (c) ? lower_run + 1 : 0;
        }
      else
        letter_run = lower_run = 0;
    }
  if (start < span.end)
    {
      PxSpan piece = { start, span.end };
      g_array_append_val (out, piece);
    }
}

/* Opening a sentence iterator (with its abbreviation filter) costs far more
 * than using one: each thread keeps the last one it opened. */
typedef struct {
  char           *locale;
  UBreakIterator *breaker;
} PxBreakerCache;

static void
px_breaker_cache_free (gpointer data)
{
  PxBreakerCache *cache = data;

  if (cache->breaker != NULL)
    ubrk_close (cache->breaker);
  g_free (cache->locale);
  g_free (cache);
}

static GPrivate breaker_cache = G_PRIVATE_INIT (px_breaker_cache_free);

static UBreakIterator *
px_sentence_breaker (const char    *language,
                     const UChar   *text,
                     int32_t        length)
{
  PxBreakerCache *cache = g_private_get (&breaker_cache);
  g_autofree char *locale = g_strdup_printf ("%s@ss=standard", language != NULL ? language : "en");
  UErrorCode status = U_ZERO_ERROR;

  if (cache == NULL)
    {
      cache = g_new0 (PxBreakerCache, 1);
      g_private_set (&breaker_cache, cache);
    }
  if (cache->breaker == NULL || g_strcmp0 (cache->locale, locale) != 0)
    {
      g_clear_pointer (&cache->breaker, ubrk_close);
      g_clear_pointer (&cache->locale, g_free);
      cache->breaker = ubrk_open (UBRK_SENTENCE, locale, NULL, 0, &status);
      if (U_FAILURE (status))
        {
          status = U_ZERO_ERROR;
          cache->breaker = ubrk_open (UBRK_SENTENCE, "en", NULL, 0, &status);
        }
      if (U_FAILURE (status))
        {
          cache->breaker = NULL;
          return NULL;
        }
      cache->locale = g_steal_pointer (&locale);
    }
  ubrk_setText (cache->breaker, text, length, &status);
  return U_SUCCESS (status) ? cache->breaker : NULL;
}

/* ICU's sentence spans of @text in bytes. */
static GArray *
px_icu_spans (const char *text,
              gsize       length,
              const char *language)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PxSpan));
  g_autofree gunichar2 *utf16 = NULL;
  g_autofree gsize *byte_at = NULL;
  glong n16 = 0;
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *breaker;
  gsize unit = 0;
  int32_t from;

  utf16 = g_utf8_to_utf16 (text, length, NULL, &n16, NULL);
  if (utf16 == NULL || n16 == 0)
    {
      if (length > 0)
        {
          PxSpan whole = { 0, length };
          g_array_append_val (spans, whole);
        }
      return spans;
    }

  /* UTF-16 unit → byte offset, so spans come back in the caller's bytes. */
  byte_at = g_new (gsize, n16 + 1);
  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      byte_at[unit++] = p - text;
      if (c > 0xffff)
        byte_at[unit++] = p - text;
    }
  byte_at[n16] = length;

  breaker = px_sentence_breaker (language, (const UChar *) utf16, n16);
  if (breaker == NULL)
    {
      PxSpan whole = { 0, length };
      g_array_append_val (spans, whole);
      return spans;
    }

  from = ubrk_first (breaker);
  for (int32_t to = ubrk_next (breaker); to != UBRK_DONE; to = ubrk_next (breaker))
    {
      PxSpan span = { byte_at[from], byte_at[to] };
      px_split_glued (text, span, language, spans);
      from = to;
    }
  /* The cached iterator must not keep pointing at our text. */
  ubrk_setText (breaker, NULL, 0, &status);

  /* French sets a closing guillemet apart ("signé. » Puis"), and ICU then
   * breaks before it: the mark belongs to the sentence it closes. Not a
   * mark set right against the word after it: that one opens the next
   * sentence's quotation, as English “ and German » do. */
  for (guint k = 1; k < spans->len; k++)
    {
      PxSpan *previous = &g_array_index (spans, PxSpan, k - 1);
      PxSpan *span = &g_array_index (spans, PxSpan, k);
      const char *p = text + span->start;
      gboolean moved = FALSE;

      while (p < text + span->end && px_is_space (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      while (p < text + span->end)
        {
          gunichar c = g_utf8_get_char (p);
          if (c != 0x00bb && c != 0x201d && c != 0x201c && c != 0x2019 && c != 0x300d)
            break;
          p = g_utf8_next_char (p);
          moved = TRUE;
        }
      if (p < text + span->end && g_unichar_isalnum (g_utf8_get_char (p)))
        moved = FALSE;
      if (moved)
        {
          previous->end = span->start = p - text;
          if (span->start >= span->end)
            g_array_remove_index (spans, k--);
        }
    }
  return spans;
}

/* '“Is it over?” she asked.', '« Pourquoi ? » demande-t-elle.': a
 * question or exclamation closing a quotation, then the words that say
 * who spoke, in lower case, are one sentence. */
static gboolean
px_attribution_follows (const char *text,
                        PxSpan      span,
                        PxSpan      next)
{
  const char *p = text + span.end;
  const char *q = text + next.start;
  gboolean closed = FALSE;

  while (p > text + span.start && px_is_space (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  while (p > text + span.start)
    {
      gunichar c = g_utf8_get_char (g_utf8_prev_char (p));

      if (c != 0x201d && c != '"' && c != 0x00bb && c != 0x2019 && c != 0x201c && c != '\'')
        break;
      closed = TRUE;
      p = g_utf8_prev_char (p);
    }
  /* French sets a space between the mark and its guillemet: "? »" */
  while (p > text + span.start && px_is_space (g_utf8_get_char (g_utf8_prev_char (p))))
    p = g_utf8_prev_char (p);
  if (p == text + span.start)
    return FALSE;
  {
    gunichar mark = g_utf8_get_char (g_utf8_prev_char (p));

    if (mark != '?' && mark != '!')
      return FALSE;
  }
  if (!closed)
    return FALSE;
  while (q < text + next.end && px_is_space (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);
  return q < text + next.end && g_unichar_islower (g_utf8_get_char (q));
}

static gboolean
px_span_has_words (const char *text,
                   PxSpan      span)
{
  for (const char *p = text + span.start; p < text + span.end; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/**
 * px_sentences_split:
 * @text: one paragraph of prose, UTF-8
 * @language: (nullable): its ISO 639-1 code, for ICU's abbreviation lists
 *
 * Splits @text into sentences: ICU's sentence break, then abbreviations
 * before names and numbers and quotations that span sentences put back
 * together. Each sentence has its byte offsets in @text; its text is trimmed.
 *
 * Returns: (transfer full) (element-type PxSentence): the sentences, role
 *   %PX_SENTENCE_BODY and paragraph 0
 */
GPtrArray *
px_sentences_split (const char *text,
                    const char *language)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) px_sentence_free);
  g_autoptr(GArray) spans = NULL;
  gsize length;

  if (text == NULL || *text == '\0')
    return sentences;
  length = strlen (text);
  spans = px_icu_spans (text, length, language);

  for (guint k = 0; k < spans->len; )
    {
      PxSpan span = g_array_index (spans, PxSpan, k);
      PxQuoteState quote = { 0 };
      guint joined = 0;

      px_quote_scan (text, span.start, span.end, &quote);
      k++;
      while (k < spans->len)
        {
          PxSpan next = g_array_index (spans, PxSpan, k);
          gboolean join = FALSE;

          if (!px_span_has_words (text, next))
            join = TRUE;
          else if (px_attribution_follows (text, span, next))
            join = TRUE;
          else if (px_joins_after_abbreviation (text, span, next, language))
            join = TRUE;
          else if (quote.closer != 0 && joined < PX_QUOTE_MAX_SENTENCES)
            {
              PxQuoteState probe = { 0 };
              gboolean opens_new = px_quote_scan (text, next.start, next.end, &probe);
              /* Look no further than the quotation may reach. */
              guint last = MIN (spans->len - 1, k + PX_QUOTE_MAX_SENTENCES - joined);
              join = !opens_new &&
                     px_quote_closes_later (text, next.start, g_array_index (spans, PxSpan, last).end, quote.closer);
              if (join)
                joined++;
            }
          if (!join)
            break;
          px_quote_scan (text, next.start, next.end, &quote);
          span.end = next.end;
          k++;
        }

      /* Trim spaces, keep offsets true to the trimmed text. */
      while (span.start < span.end && px_is_space (g_utf8_get_char (text + span.start)))
        span.start = g_utf8_next_char (text + span.start) - text;
      while (span.end > span.start)
        {
          const char *prev = g_utf8_prev_char (text + span.end);
          if (!px_is_space (g_utf8_get_char (prev)))
            break;
          span.end = prev - text;
        }
      if (!px_span_has_words (text, span))
        continue;

      /* Text that runs on for pages without a sentence end (a pasted table,
       * a list, a file that is not prose) is cut at word boundaries, so
       * that no later stage works on a "sentence" of megabytes. */
      while (span.end - span.start > PX_SENTENCE_MAX_BYTES)
        {
          const char *limit = g_utf8_find_prev_char (text + span.start, text + span.start + PX_SENTENCE_MAX_BYTES + 1);
          const char *cut = limit;
          PxSpan piece;

          while (cut > text + span.start + PX_SENTENCE_MAX_BYTES / 2 && !px_is_space (g_utf8_get_char (cut)))
            cut = g_utf8_prev_char (cut);
          if (!px_is_space (g_utf8_get_char (cut)))
            cut = limit;
          piece.start = span.start;
          piece.end = cut - text;
          if (px_span_has_words (text, piece))
            px_add_sentence (sentences, text, piece);
          span.start = piece.end;
          while (span.start < span.end && px_is_space (g_utf8_get_char (text + span.start)))
            span.start = g_utf8_next_char (text + span.start) - text;
        }
      if (span.start < span.end)
        px_add_sentence (sentences, text, span);
    }
  return sentences;
}

static PxSentenceRole
px_role_for_paragraph (PxParagraphRole role)
{
  switch (role)
    {
    case PX_PARAGRAPH_HEADING: return PX_SENTENCE_HEADING;
    case PX_PARAGRAPH_QUOTE: return PX_SENTENCE_QUOTE;
    case PX_PARAGRAPH_LIST: return PX_SENTENCE_LIST;
    default: return PX_SENTENCE_BODY;
    }
}

/**
 * px_sentences_from_article:
 * @article: an article
 *
 * The sentences of @article's own prose in reading order: its headline as a
 * sentence of its own, then each prose paragraph's sentences (captions are
 * left out, as in the article's text).
 *
 * Returns: (transfer full) (element-type PxSentence): the sentences
 */
GPtrArray *
px_sentences_from_article (PxArticle *article)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func ((GDestroyNotify) px_sentence_free);
  GPtrArray *paragraphs = px_article_get_paragraphs (article);
  const char *title = px_article_get_title (article);
  const char *language = px_article_get_language (article);
  gboolean title_is_first_paragraph = FALSE;

  if (paragraphs->len > 0 && title != NULL)
    {
      PxParagraph *first = g_ptr_array_index (paragraphs, 0);
      title_is_first_paragraph = g_strcmp0 (first->text, title) == 0;
    }
  if (title != NULL && *title != '\0' && !title_is_first_paragraph)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (title));
      if (*trimmed != '\0')
        {
          PxSentence *headline = g_new0 (PxSentence, 1);
          headline->text = g_steal_pointer (&trimmed);
          headline->role = PX_SENTENCE_HEADLINE;
          headline->paragraph = PX_SENTENCE_NO_PARAGRAPH;
          headline->start = 0;
          headline->end = strlen (title);
          g_ptr_array_add (sentences, headline);
        }
    }

  for (guint p = 0; p < paragraphs->len; p++)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, p);
      g_autoptr(GPtrArray) pieces = NULL;

      if (!px_paragraph_role_is_prose (paragraph->role))
        continue;
      pieces = px_sentences_split (paragraph->text, language);
      for (guint k = 0; k < pieces->len; k++)
        {
          PxSentence *sentence = g_steal_pointer (&pieces->pdata[k]);
          sentence->paragraph = p;
          sentence->role = (p == 0 && title_is_first_paragraph) ? PX_SENTENCE_HEADLINE
                                                                 : px_role_for_paragraph (paragraph->role);
          g_ptr_array_add (sentences, sentence);
        }
      g_ptr_array_set_free_func (pieces, NULL);
    }
  return sentences;
}
