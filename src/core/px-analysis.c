/* px-analysis.c — tokens, stems, weighted terms, names and dates of one article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-analysis"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "px-analysis.h"
#include "px-language.h"
#include "px-text.h"

/* Words of the headline say most about the event, the first sentences next. */
#define TITLE_WEIGHT 3.0f
#define LEAD_WEIGHT  2.0f
#define BODY_WEIGHT  1.0f
#define LEAD_WORDS   60
#define BODY_HALF_WEIGHT_WORDS 400

/* ICU break iterators and Snowball stemmers are not thread-safe and are costly
 * to open, so each thread keeps its own. */
static void
close_break_iterator (gpointer data)
{
  ubrk_close (data);
}

static GPrivate thread_breaker = G_PRIVATE_INIT (close_break_iterator);
static GPrivate thread_stemmers = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

static UBreakIterator *
get_break_iterator (void)
{
  UBreakIterator *bi = g_private_get (&thread_breaker);

  if (bi == NULL)
    {
      UErrorCode status = U_ZERO_ERROR;

      bi = ubrk_open (UBRK_WORD, "", NULL, 0, &status);
      if (U_FAILURE (status))
        {
          g_warning ("Cannot open a word break iterator: %s", u_errorName (status));
          return NULL;
        }
      g_private_set (&thread_breaker, bi);
    }
  return bi;
}

/**
 * px_analysis_stemmer_name:
 * @language: an ISO 639-1 code such as "en"
 *
 * Returns: (nullable): the Snowball algorithm for @language, or %NULL when
 *   there is none.
 */
const char *
px_analysis_stemmer_name (const char *language)
{
  static const struct { const char *iso, *snowball; } names[] = {
    { "ar", "arabic" }, { "hy", "armenian" }, { "eu", "basque" }, { "ca", "catalan" },
    { "da", "danish" }, { "nl", "dutch" }, { "en", "english" }, { "fi", "finnish" },
    { "fr", "french" }, { "de", "german" }, { "el", "greek" }, { "hi", "hindi" },
    { "hu", "hungarian" }, { "id", "indonesian" }, { "ga", "irish" }, { "it", "italian" },
    { "lt", "lithuanian" }, { "ne", "nepali" }, { "no", "norwegian" }, { "nb", "norwegian" },
    { "nn", "norwegian" }, { "pt", "portuguese" }, { "ro", "romanian" }, { "ru", "russian" },
    { "sr", "serbian" }, { "es", "spanish" }, { "sv", "swedish" }, { "ta", "tamil" },
    { "tr", "turkish" }, { "yi", "yiddish" },
  };

  if (language == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strncasecmp (language, names[i].iso, 2) == 0 &&
        (language[2] == '\0' || language[2] == '-' || language[2] == '_'))
      return names[i].snowball;
  return NULL;
}

static void
close_stemmer (gpointer data)
{
  if (data != NULL && data != GINT_TO_POINTER (1))
    sb_stemmer_delete (data);
}

static struct sb_stemmer *
get_stemmer (const char *language)
{
  GHashTable *stemmers = g_private_get (&thread_stemmers);
  const char *name = px_analysis_stemmer_name (language);
  struct sb_stemmer *stemmer;

  if (name == NULL)
    return NULL;
  if (stemmers == NULL)
    {
      stemmers = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, close_stemmer);
      g_private_set (&thread_stemmers, stemmers);
    }
  stemmer = g_hash_table_lookup (stemmers, name);
  if (stemmer == NULL)
    {
      stemmer = sb_stemmer_new (name, "UTF_8");
      /* Remember a failure too, so it is not retried for every word. */
      g_hash_table_insert (stemmers, (gpointer) name,
                           stemmer != NULL ? (gpointer) stemmer : GINT_TO_POINTER (1));
    }
  return stemmer == GINT_TO_POINTER (1) ? NULL : stemmer;
}

/**
 * px_analysis_stem:
 * @language: (nullable): ISO 639-1 code
 * @folded_word: a case-folded word
 *
 * Returns: the interned stem of @folded_word, or @folded_word itself interned
 *   when the language has no stemmer.
 */
const char *
px_analysis_stem (const char *language,
                  const char *folded_word)
{
  struct sb_stemmer *stemmer = get_stemmer (language);
  const sb_symbol *stem;
  g_autofree char *copy = NULL;

  if (stemmer == NULL)
    return px_text_intern (folded_word);
  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) folded_word, strlen (folded_word));
  if (stem == NULL)
    return px_text_intern (folded_word);
  copy = g_strndup ((const char *) stem, sb_stemmer_length (stemmer));
  return px_text_intern (copy);
}

void
px_token_clear (PxToken *token)
{
  g_clear_pointer (&token->text, g_free);
  g_clear_pointer (&token->folded, g_free);
}

static void
px_token_free (PxToken *token)
{
  px_token_clear (token);
  g_free (token);
}

static char *
utf16_to_utf8 (const UChar *text,
               int32_t      length)
{
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  char *out;

  u_strToUTF8 (NULL, 0, &needed, text, length, &status);
  status = U_ZERO_ERROR;
  out = g_malloc (needed + 1);
  u_strToUTF8WithSub (out, needed + 1, NULL, text, length, 0xfffd, NULL, &status);
  if (U_FAILURE (status))
    out[0] = '\0';
  out[needed] = '\0';
  return out;
}

static char *
fold_utf16 (const UChar *text,
            int32_t      length)
{
  UChar stack[128];
  UChar *buffer = stack;
  g_autofree UChar *heap = NULL;
  UErrorCode status = U_ZERO_ERROR;
  int32_t folded;
  char *out;

  folded = u_strFoldCase (buffer, G_N_ELEMENTS (stack), text, length, U_FOLD_CASE_DEFAULT, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR)
    {
      status = U_ZERO_ERROR;
      heap = g_new (UChar, folded + 1);
      buffer = heap;
      folded = u_strFoldCase (buffer, folded + 1, text, length, U_FOLD_CASE_DEFAULT, &status);
    }
  if (U_FAILURE (status))
    return utf16_to_utf8 (text, length);
  /* One apostrophe, so "Tajikistan’s" and "Tajikistan's" are one word. */
  for (int32_t i = 0; i < folded; i++)
    if (buffer[i] == 0x2019 || buffer[i] == 0x02bc)
      buffer[i] = '\'';
  out = utf16_to_utf8 (buffer, folded);
  return out;
}

static gboolean
is_sentence_end (const UChar *text,
                 int32_t      length)
{
  for (int32_t i = 0; i < length; i++)
    if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == 0x2026 ||
        text[i] == 0x3002 || text[i] == 0xff01 || text[i] == 0xff1f || text[i] == ':')
      return TRUE;
  return FALSE;
}

static void
tokenize_paragraph (GPtrArray  *tokens,
                    const char *language,
                    const char *paragraph,
                    guint       paragraph_index,
                    PxZone      zone,
                    guint      *body_words)
{
  UBreakIterator *bi = get_break_iterator ();
  UErrorCode status = U_ZERO_ERROR;
  g_autofree UChar *text = NULL;
  int32_t length = 0;
  int32_t start, end;
  gboolean sentence_start = TRUE;
  gboolean space_before = TRUE;

  if (bi == NULL || paragraph == NULL || *paragraph == '\0')
    return;
  u_strFromUTF8WithSub (NULL, 0, &length, paragraph, -1, 0xfffd, NULL, &status);
  status = U_ZERO_ERROR;
  text = g_new (UChar, length + 1);
  u_strFromUTF8WithSub (text, length + 1, NULL, paragraph, -1, 0xfffd, NULL, &status);
  if (U_FAILURE (status))
    return;
  ubrk_setText (bi, text, length, &status);
  if (U_FAILURE (status))
    return;

  start = ubrk_first (bi);
  for (end = ubrk_next (bi); end != UBRK_DONE; start = end, end = ubrk_next (bi))
    {
      int32_t rule = ubrk_getRuleStatus (bi);
      PxToken *token;
      UChar32 first;
      gboolean all_space = TRUE;

      if (rule < UBRK_WORD_NONE_LIMIT)
        {
          for (int32_t i = start; i < end; i++)
            if (!u_isUWhiteSpace (text[i]) && text[i] != 0xfeff && text[i] != 0x200b)
              all_space = FALSE;
          if (all_space)
            {
              space_before = TRUE;
              continue;
            }
        }

      token = g_new0 (PxToken, 1);
      token->text = utf16_to_utf8 (text + start, end - start);
      token->folded = fold_utf16 (text + start, end - start);
      token->paragraph = paragraph_index;
      token->zone = zone;
      if (space_before)
        token->flags |= PX_TOKEN_SPACE_BEFORE;
      space_before = FALSE;

      if (rule < UBRK_WORD_NONE_LIMIT)
        {
          token->flags |= PX_TOKEN_PUNCT;
          if (is_sentence_end (text + start, end - start))
            sentence_start = TRUE;
          g_ptr_array_add (tokens, token);
          continue;
        }

      if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
        token->flags |= PX_TOKEN_NUMBER;
      else
        {
          gboolean upper = TRUE;
          guint letters = 0;

          token->flags |= PX_TOKEN_WORD;
          U16_GET (text, start, start, end, first);
          if (u_isupper (first) || u_istitle (first))
            token->flags |= PX_TOKEN_CAPITALISED;
          for (int32_t i = start; i < end; i++)
            if (u_isalpha (text[i]))
              {
                letters++;
                if (!u_isupper (text[i]))
                  upper = FALSE;
              }
          if (upper && letters > 1)
            token->flags |= PX_TOKEN_ALL_CAPS;
          if (px_language_is_stopword (language, token->folded))
            token->flags |= PX_TOKEN_STOPWORD;
          else
            token->stem = px_analysis_stem (language, token->folded);
        }
      if (sentence_start)
        token->flags |= PX_TOKEN_SENTENCE_START;
      sentence_start = FALSE;

      if (zone != PX_ZONE_TITLE)
        {
          token->zone = *body_words < LEAD_WORDS ? PX_ZONE_LEAD : PX_ZONE_BODY;
          (*body_words)++;
        }
      g_ptr_array_add (tokens, token);
    }
}

/**
 * px_analysis_tokenize:
 * @language: (nullable): ISO 639-1 code, for stop words and stems
 * @paragraphs: %NULL-terminated paragraphs in reading order
 * @n_title_paragraphs: how many of the first paragraphs are the headline
 *
 * Splits text into words, numbers and punctuation by ICU's word rules, which
 * know scripts without spaces too.
 *
 * Returns: (transfer full) (element-type PxToken): the tokens
 */
GPtrArray *
px_analysis_tokenize (const char         *language,
                      const char * const *paragraphs,
                      guint               n_title_paragraphs)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func ((GDestroyNotify) px_token_free);
  guint body_words = 0;

  for (guint i = 0; paragraphs != NULL && paragraphs[i] != NULL; i++)
    tokenize_paragraph (tokens, language, paragraphs[i], i,
                        i < n_title_paragraphs ? PX_ZONE_TITLE : PX_ZONE_BODY,
                        &body_words);
  return tokens;
}

/* News puts the event first; far down come background, other stories and
 * page furniture, so a word counts less the later it comes. */
static float
token_weight (PxZone zone,
              guint  position)
{
  switch (zone)
    {
    case PX_ZONE_TITLE:
      return TITLE_WEIGHT;
    case PX_ZONE_LEAD:
      return LEAD_WEIGHT;
    case PX_ZONE_BODY:
    default:
      return BODY_WEIGHT / (1.0f + position / (float) BODY_HALF_WEIGHT_WORDS);
    }
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const PxTerm *ta = a, *tb = b;

  return ta->term < tb->term ? -1 : ta->term > tb->term;
}

/* Numbers become terms of their own ("#2018", "#40000"): a year, a death toll
 * or a vote count is often what tells two events of one kind apart. */
static const char *
number_term (const char *folded)
{
  char buffer[32];
  guint n = 0;

  buffer[n++] = '#';
  for (const char *p = folded; *p && n < sizeof buffer - 1; p++)
    if (g_ascii_isdigit (*p))
      buffer[n++] = *p;
  buffer[n] = '\0';
  if (n < 3)
    return NULL;
  return px_text_intern (buffer);
}

static void
build_terms (PxAnalysis *analysis,
             GPtrArray  *tokens)
{
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);

  analysis->terms = g_array_new (FALSE, FALSE, sizeof (PxTerm));
  for (guint i = 0; i < tokens->len; i++)
    {
      PxToken *token = g_ptr_array_index (tokens, i);
      const char *term = NULL;
      gpointer slot;
      guint position;

      position = analysis->word_count;
      if (token->flags & PX_TOKEN_WORD)
        {
          analysis->word_count++;
          if (token->stem == NULL || g_utf8_strlen (token->folded, -1) < 2)
            continue;
          term = token->stem;
        }
      else if (token->flags & PX_TOKEN_NUMBER)
        {
          analysis->word_count++;
          term = number_term (token->folded);
        }
      if (term == NULL)
        continue;

      if (g_hash_table_lookup_extended (index, term, NULL, &slot))
        g_array_index (analysis->terms, PxTerm, GPOINTER_TO_UINT (slot)).weight += token_weight (token->zone, position);
      else
        {
          PxTerm entry = { term, px_text_intern (token->folded), token_weight (token->zone, position) };

          g_hash_table_insert (index, (gpointer) term, GUINT_TO_POINTER (analysis->terms->len));
          g_array_append_val (analysis->terms, entry);
        }
    }
  g_array_sort (analysis->terms, compare_terms);
}

/* The dateline: near the top, a full date standing alone or with a few
 * words of byline or outlet ("La Voix du Sud, 23 février 2025", "Par Claire
 * Vasseur — 20 octobre 2024"), or opening one of the first paragraphs
 * ("Almaty, 10.10.2025 – Der …"). Returns its index in @mentions, or -1. */
static int
find_dateline (GPtrArray *tokens,
               GArray    *mentions)
{
  for (guint m = 0; m < mentions->len; m++)
    {
      PxTimexMention *mention = &g_array_index (mentions, PxTimexMention, m);
      guint words = 0, all_words = 0, before = 0;

      if (mention->paragraph > 10 || mention->span.precision != PX_TIMEX_DAY ||
          !mention->explicit_year || mention->relative)
        continue;
      for (guint i = 0; i < tokens->len; i++)
        {
          PxToken *token = g_ptr_array_index (tokens, i);

          if (token->paragraph != mention->paragraph || !(token->flags & (PX_TOKEN_WORD | PX_TOKEN_NUMBER)))
            continue;
          all_words++;
          if (i < mention->token)
            before++;
          if (px_timex_weekday_from_word (token->folded) < 0 &&
              px_timex_month_from_word (token->folded) < 0 && !(token->flags & PX_TOKEN_NUMBER))
            words++;
        }
      if (words == 0 || (all_words <= 12 && words <= 6) || (mention->paragraph <= 3 && before <= 3))
        return m;
    }
  return -1;
}

/* Plain-text files often carry their date on a line of its own above the
 * prose, a line extractors may drop as page furniture: look for it in the
 * first lines of the file itself. Returns the day, or 0. */
static guint32
dateline_from_file (const char *path,
                    const char *language)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GPtrArray) tokens = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_auto(GStrv) split = NULL;
  char buffer[4096];
  const char *valid_end;
  gsize length;
  FILE *file;
  int dateline;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return 0;
  file = fopen (path, "rb");
  if (file == NULL)
    return 0;
  length = fread (buffer, 1, sizeof buffer - 1, file);
  fclose (file);
  buffer[length] = '\0';
  /* Keep the text up to the first invalid byte (a cut character at the end,
   * or another encoding altogether). */
  g_utf8_validate (buffer, length, &valid_end);
  buffer[valid_end - buffer] = '\0';
  split = g_strsplit (buffer, "\n", -1);
  for (guint i = 0; split[i] != NULL && lines->len < 10; i++)
    if (*g_strstrip (split[i]) != '\0')
      g_ptr_array_add (lines, split[i]);
  g_ptr_array_add (lines, NULL);
  tokens = px_analysis_tokenize (language, (const char * const *) lines->pdata, 0);
  mentions = px_timex_find ((PxToken * const *) tokens->pdata, tokens->len, 0);
  dateline = find_dateline (tokens, mentions);
  return dateline >= 0 ? g_array_index (mentions, PxTimexMention, dateline).span.first : 0;
}

/**
 * px_analysis_new_from_text:
 * @path: the article's path, as shown
 * @title: (nullable): the headline
 * @paragraphs: %NULL-terminated prose paragraphs
 * @language: (nullable): ISO 639-1 code; guessed from the text when %NULL
 * @date: (nullable): publication date, ISO 8601
 * @outlet: (nullable): who published it
 *
 * Returns: (transfer full): the article's terms, names and dates
 */
PxAnalysis *
px_analysis_new_from_text (const char         *path,
                           const char         *title,
                           const char * const *paragraphs,
                           const char         *language,
                           const char         *date,
                           const char         *outlet)
{
  PxAnalysis *analysis = g_new0 (PxAnalysis, 1);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) tokens = NULL;
  guint n_title = 0;
  guint32 publication_day;
  int dateline;

  analysis->path = g_strdup (path);
  analysis->title = g_strdup (title);
  analysis->outlet = g_strdup (outlet);
  analysis->date = g_strdup (date);

  if (title != NULL && *title != '\0')
    {
      g_ptr_array_add (all, (gpointer) title);
      n_title = 1;
    }
  for (guint i = 0; paragraphs != NULL && paragraphs[i] != NULL; i++)
    {
      /* Extractors often repeat the headline as the first heading. */
      if (i == 0 && n_title == 1 && g_strcmp0 (paragraphs[i], title) == 0)
        continue;
      g_ptr_array_add (all, (gpointer) paragraphs[i]);
    }
  g_ptr_array_add (all, NULL);

  if (language == NULL)
    {
      g_autofree char *joined = g_strjoinv ("\n\n", (char **) all->pdata);
      language = px_language_detect (joined);
    }
  analysis->language = g_strdup (language);

  tokens = px_analysis_tokenize (language, (const char * const *) all->pdata, n_title);
  build_terms (analysis, tokens);
  analysis->entities = px_entities_extract (language, (PxToken * const *) tokens->pdata, tokens->len);

  publication_day = px_timex_day_from_iso (date);
  analysis->dates = px_timex_find ((PxToken * const *) tokens->pdata, tokens->len, publication_day);
  dateline = find_dateline (tokens, analysis->dates);
  if (dateline >= 0 && publication_day == 0)
    {
      publication_day = g_array_index (analysis->dates, PxTimexMention, dateline).span.first;
      g_clear_pointer (&analysis->dates, g_array_unref);
      analysis->dates = px_timex_find ((PxToken * const *) tokens->pdata, tokens->len, publication_day);
      g_clear_pointer (&analysis->date, g_free);
      analysis->date = px_timex_day_to_iso (publication_day);
      dateline = find_dateline (tokens, analysis->dates);
    }
  /* The dateline says when it was written, not when the event was. */
  if (dateline >= 0)
    g_array_remove_index (analysis->dates, dateline);
  analysis->event_time = px_timex_estimate_event (analysis->dates, publication_day);
  return analysis;
}

/**
 * px_analysis_new:
 * @article: a loaded article
 *
 * Returns: (transfer full): the analysis of @article's headline and prose
 */
PxAnalysis *
px_analysis_new (PxArticle *article)
{
  GPtrArray *paragraphs = px_article_get_paragraphs (article);
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  const char *date = px_article_get_date (article);
  g_autofree char *found = NULL;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);

      if (px_paragraph_role_is_prose (paragraph->role))
        g_ptr_array_add (texts, paragraph->text);
    }
  g_ptr_array_add (texts, NULL);

  if (date == NULL && px_article_get_format (article) == PX_FORMAT_TEXT)
    {
      guint32 day = dateline_from_file (px_article_get_path (article), px_article_get_language (article));

      found = px_timex_day_to_iso (day);
      date = found;
    }
  return px_analysis_new_from_text (px_article_get_path (article),
                                    px_article_get_title (article),
                                    (const char * const *) texts->pdata,
                                    px_article_get_language (article),
                                    date,
                                    px_article_get_outlet (article));
}

void
px_analysis_free (PxAnalysis *analysis)
{
  if (analysis == NULL)
    return;
  g_free (analysis->path);
  g_free (analysis->title);
  g_free (analysis->outlet);
  g_free (analysis->language);
  g_free (analysis->date);
  g_clear_pointer (&analysis->terms, g_array_unref);
  g_clear_pointer (&analysis->entities, g_ptr_array_unref);
  g_clear_pointer (&analysis->dates, g_array_unref);
  g_free (analysis);
}

/**
 * px_analysis_get_weight:
 *
 * Returns: the zone-weighted frequency of the interned @term, 0 when absent
 */
float
px_analysis_get_weight (const PxAnalysis *analysis,
                        const char       *term)
{
  guint lo = 0, hi = analysis->terms->len;

  term = px_text_intern (term);
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const PxTerm *entry = &g_array_index (analysis->terms, PxTerm, mid);

      if (entry->term == term)
        return entry->weight;
      if (entry->term < term)
        lo = mid + 1;
      else
        hi = mid;
    }
  return 0.0f;
}
