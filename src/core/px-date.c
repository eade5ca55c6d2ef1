/* px-date.c — dates as people and pages write them
 *
 * Machine forms (ISO 8601, RFC 822 in feeds) and the forms of datelines:
 * "2 October 2018", "October 2, 2018", "Oct. 2, 2018", "02.10.2018",
 * "2018/10/02", "2 de octubre de 2018", "2 октября 2018 г.", with weekdays,
 * times and words such as "Updated" around them. Month names are ours, in
 * the nominative and the genitive where a language declines them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-date"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "px-date.h"
#include "px-text.h"

static const struct { const char *name; guint8 month; } month_names[] = {
  /* en */
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
  { "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 },
  { "november", 11 }, { "december", 12 },
  { "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 },
  { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
  /* de */
  { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 }, { "maerz", 3 },
  { "mai", 5 }, { "juni", 6 }, { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 },
  { "jän", 1 }, { "mär", 3 }, { "mrz", 3 }, { "okt", 10 }, { "dez", 12 },
  /* fr */
  { "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 },
  { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 }, { "septembre", 9 },
  { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 }, { "decembre", 12 },
  { "janv", 1 }, { "févr", 2 }, { "fév", 2 }, { "avr", 4 }, { "juil", 7 }, { "déc", 12 },
  /* es */
  { "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 }, { "mayo", 5 },
  { "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "septiembre", 9 }, { "setiembre", 9 },
  { "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 },
  { "ene", 1 }, { "abr", 4 }, { "ago", 8 }, { "dic", 12 },
  /* it */
  { "gennaio", 1 }, { "febbraio", 2 }, { "aprile", 4 }, { "maggio", 5 }, { "giugno", 6 },
  { "luglio", 7 }, { "settembre", 9 }, { "ottobre", 10 }, { "dicembre", 12 },
  { "gen", 1 }, { "mag", 5 }, { "giu", 6 }, { "lug", 7 }, { "set", 9 }, { "ott", 10 },
  /* pt */
  { "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "marco", 3 }, { "maio", 5 },
  { "junho", 6 }, { "julho", 7 }, { "setembro", 9 }, { "outubro", 10 }, { "novembro", 11 },
  { "dezembro", 12 }, { "fev", 2 }, { "out", 10 },
  /* nl */
  { "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "mei", 5 }, { "augustus", 8 },
  { "mrt", 3 },
  /* pl, nominative and genitive */
  { "styczeń", 1 }, { "stycznia", 1 }, { "luty", 2 }, { "lutego", 2 }, { "marzec", 3 },
  { "marca", 3 }, { "kwiecień", 4 }, { "kwietnia", 4 }, { "maj", 5 }, { "maja", 5 },
  { "czerwiec", 6 }, { "czerwca", 6 }, { "lipiec", 7 }, { "lipca", 7 }, { "sierpień", 8 },
  { "sierpnia", 8 }, { "wrzesień", 9 }, { "września", 9 }, { "październik", 10 },
  { "października", 10 }, { "listopad", 11 }, { "listopada", 11 }, { "grudzień", 12 },
  { "grudnia", 12 },
  /* tr */
  { "ocak", 1 }, { "şubat", 2 }, { "mart", 3 }, { "nisan", 4 }, { "mayıs", 5 },
  { "haziran", 6 }, { "temmuz", 7 }, { "ağustos", 8 }, { "eylül", 9 }, { "ekim", 10 },
  { "kasım", 11 }, { "aralık", 12 },
  /* ar: the Gregorian names and the Levantine ones (the two-word kanun months are left out) */
  { "يناير", 1 }, { "فبراير", 2 }, { "شباط", 2 }, { "مارس", 3 },
  { "آذار", 3 }, { "أبريل", 4 }, { "ابريل", 4 }, { "إبريل", 4 }, { "نيسان", 4 },
  { "مايو", 5 }, { "أيار", 5 }, { "يونيو", 6 }, { "حزيران", 6 }, { "يوليو", 7 },
  { "تموز", 7 }, { "أغسطس", 8 }, { "آب", 8 }, { "سبتمبر", 9 }, { "أيلول", 9 },
  { "أكتوبر", 10 }, { "اكتوبر", 10 }, { "نوفمبر", 11 }, { "ديسمبر", 12 },
  /* ru, nominative and genitive, and abbreviations */
  { "январь", 1 }, { "января", 1 }, { "февраль", 2 }, { "февраля", 2 }, { "март", 3 },
  { "марта", 3 }, { "апрель", 4 }, { "апреля", 4 }, { "май", 5 }, { "мая", 5 },
  { "июнь", 6 }, { "июня", 6 }, { "июль", 7 }, { "июля", 7 }, { "август", 8 },
  { "августа", 8 }, { "сентябрь", 9 }, { "сентября", 9 }, { "октябрь", 10 },
  { "октября", 10 }, { "ноябрь", 11 }, { "ноября", 11 }, { "декабрь", 12 },
  { "декабря", 12 }, { "янв", 1 }, { "фев", 2 }, { "мар", 3 }, { "апр", 4 }, { "июн", 6 },
  { "июл", 7 }, { "авг", 8 }, { "сен", 9 }, { "сент", 9 }, { "окт", 10 }, { "ноя", 11 },
  { "дек", 12 },
  /* uk, nominative and genitive */
  { "січень", 1 }, { "січня", 1 }, { "лютий", 2 }, { "лютого", 2 }, { "березень", 3 },
  { "березня", 3 }, { "квітень", 4 }, { "квітня", 4 }, { "травень", 5 }, { "травня", 5 },
  { "червень", 6 }, { "червня", 6 }, { "липень", 7 }, { "липня", 7 }, { "серпень", 8 },
  { "серпня", 8 }, { "вересень", 9 }, { "вересня", 9 }, { "жовтень", 10 }, { "жовтня", 10 },
  { "листопад", 11 }, { "листопада", 11 }, { "грудень", 12 }, { "грудня", 12 },
};

/* Words that may sit between a day, a month and a year ("2 de octubre de
 * 2018", "the 2nd of October", "2 октября 2018 г."). */
static const char * const date_fillers[] = {
  "de", "del", "of", "the", "st", "nd", "rd", "th", "er", "ème", "e", "º", "г", "гг",
  "года", "год", "року", "рік", "roku", "r", "den", "der", "le", "el", "il", "lo",
};

/* Words allowed on a line that is only a dateline. */
static const char * const dateline_words[] = {
  /* weekdays */
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
  "segunda", "terça", "quarta", "quinta", "sexta", "feira",
  "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
  "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
  "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
  "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
  "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя",
  /* published, updated, times */
  "updated", "update", "published", "posted", "last", "modified", "on", "at", "am", "pm",
  "a", "m", "p", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "msk",
  "eet", "eest", "amt", "azt", "get", "z", "t", "h", "hrs", "min", "ago", "date", "time",
  "aktualisiert", "veröffentlicht", "stand", "um", "uhr", "am", "vom",
  "publié", "mis", "à", "jour", "le", "modifié",
  "publicado", "actualizado", "el", "a", "las", "hs",
  "pubblicato", "aggiornato", "il", "alle", "ore",
  "atualizado", "em", "às",
  "gepubliceerd", "bijgewerkt", "op", "om",
  "opublikowano", "zaktualizowano", "aktualizacja", "publikacja", "o", "godz",
  "yayınlanma", "güncelleme", "tarihi", "yayınlandı", "güncellendi",
  "опубликовано", "обновлено", "в", "от", "мск", "дата", "публикации", "обновления",
  "оновлено", "опубліковано", "о",
};

typedef enum { PX_TOKEN_WORD, PX_TOKEN_NUMBER } PxTokenKind;

typedef struct {
  PxTokenKind kind;
  const char *start;      /* in the lower-cased text */
  gsize       length;
  guint       value;      /* numbers */
  int         month;      /* month names: 1–12, else 0 */
  gboolean    filler;
  gboolean    after_colon; /* separated from the previous token by ':' (a time) */
  gboolean    spaced;      /* separated from the previous token only by blanks or '.' */
  char        sep;         /* the punctuation before this token: '.', '/', '-', ':' or 0 */
  guint       sep_count;
} PxDateToken;

typedef struct {
  GHashTable *months;
  GHashTable *fillers;
  GHashTable *dateline;
} PxDateTables;

static gpointer
px_date_tables_build (gpointer data)
{
  PxDateTables *tables = g_new0 (PxDateTables, 1);

  tables->months = g_hash_table_new (g_str_hash, g_str_equal);
  tables->fillers = g_hash_table_new (g_str_hash, g_str_equal);
  tables->dateline = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    g_hash_table_insert (tables->months, (gpointer) month_names[i].name,
                         GUINT_TO_POINTER (month_names[i].month));
  for (guint i = 0; i < G_N_ELEMENTS (date_fillers); i++)
    g_hash_table_add (tables->fillers, (gpointer) date_fillers[i]);
  for (guint i = 0; i < G_N_ELEMENTS (dateline_words); i++)
    g_hash_table_add (tables->dateline, (gpointer) dateline_words[i]);
  return tables;
}

static const PxDateTables *
px_date_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, px_date_tables_build, NULL);
  return once.retval;
}

#define PX_DATE_MAX_TOKENS 400

/* Splits @lower into words and numbers, noting what separated them. */
static GArray *
px_date_tokenize (const char *lower)
{
  const PxDateTables *tables = px_date_tables ();
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (PxDateToken));
  const char *p = lower;
  char sep = 0;
  guint sep_count = 0;
  gboolean only_blank = TRUE;
  gboolean blank_after_sep = FALSE;

  while (*p && tokens->len < PX_DATE_MAX_TOKENS)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) && c < 128)
        {
          PxDateToken token = { PX_TOKEN_NUMBER, p, 0, 0, 0, FALSE, sep == ':' && !blank_after_sep, only_blank || sep == '.', sep, sep_count };
          const char *q = p;

          while (g_ascii_isdigit (*q) && q - p < 9)
            token.value = token.value * 10 + (*q++ - '0');
          while (g_ascii_isdigit (*q))
            q++;
          token.length = q - p;
          g_array_append_val (tokens, token);
          p = q;
          sep = 0, sep_count = 0, only_blank = TRUE, blank_after_sep = FALSE;
        }
      else if (g_unichar_isalpha (c) || c == 0x00ba)
        {
          PxDateToken token = { PX_TOKEN_WORD, p, 0, 0, 0, FALSE, sep == ':' && !blank_after_sep, only_blank || sep == '.', sep, sep_count };
          const char *q = p;
          g_autofree char *word = NULL;

          while (*q && (g_unichar_isalpha (g_utf8_get_char (q)) || g_utf8_get_char (q) == 0x00ba ||
                        (*q == '\'' && g_unichar_isalpha (g_utf8_get_char (q + 1)))))
            q = g_utf8_next_char (q);
          token.length = q - p;
          word = g_strndup (p, token.length);
          token.month = GPOINTER_TO_INT (g_hash_table_lookup (tables->months, word));
          token.filler = g_hash_table_contains (tables->fillers, word);
          g_array_append_val (tokens, token);
          p = q;
          sep = 0, sep_count = 0, only_blank = TRUE, blank_after_sep = FALSE;
        }
      else
        {
          if (g_unichar_isspace (c) || c == 0x00a0)
            {
              /* "Published: 06 March" is a label; "10:06" a time. */
              if (sep != 0)
                blank_after_sep = TRUE;
            }
          else
            {
              if (sep == 0)
                sep = c < 128 ? (char) c : '?';
              sep_count++;
              if (c != '.')
                only_blank = FALSE;
            }
          p = g_utf8_next_char (p);
        }
    }
  return tokens;
}

static gboolean
px_date_valid (guint year,
               guint month,
               guint day)
{
  return year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
         g_date_valid_dmy (day, month, year);
}

static inline PxDateToken *
tok (GArray *tokens, guint i)
{
  return &g_array_index (tokens, PxDateToken, i);
}

/* The next token after @i that is not a filler word, or -1. */
static int
px_next_meaningful (GArray *tokens,
                    int     i)
{
  for (i = i + 1; i < (int) tokens->len; i++)
    if (!(tok (tokens, i)->kind == PX_TOKEN_WORD && tok (tokens, i)->filler))
      return i;
  return -1;
}

static int
px_prev_meaningful (GArray *tokens,
                    int     i)
{
  for (i = i - 1; i >= 0; i--)
    if (!(tok (tokens, i)->kind == PX_TOKEN_WORD && tok (tokens, i)->filler))
      return i;
  return -1;
}

static gboolean
px_is_day (PxDateToken *t)
{
  return t->kind == PX_TOKEN_NUMBER && t->length <= 2 && t->value >= 1 && t->value <= 31;
}

static gboolean
px_is_year (PxDateToken *t)
{
  return t->kind == PX_TOKEN_NUMBER && t->length == 4 && t->value >= 1800 && t->value <= 2200;
}

/* Tries every form at token @i; fills @ymd and returns TRUE on a date. */
static gboolean
px_date_at (GArray *tokens,
            guint   i,
            guint   ymd[3])
{
  PxDateToken *t = tok (tokens, i);

  if (t->kind == PX_TOKEN_NUMBER && i + 2 < tokens->len)
    {
      PxDateToken *b = tok (tokens, i + 1);
      PxDateToken *c = tok (tokens, i + 2);

      if (b->kind == PX_TOKEN_NUMBER && c->kind == PX_TOKEN_NUMBER &&
          b->sep == c->sep && (b->sep == '-' || b->sep == '/' || b->sep == '.') &&
          b->sep_count == 1 && c->sep_count == 1)
        {
          /* 2018-10-02, 2018/10/02, 2018.10.02 */
          if (t->length == 4 && b->length <= 2 && c->length <= 2 &&
              px_date_valid (t->value, b->value, c->value))
            {
              ymd[0] = t->value, ymd[1] = b->value, ymd[2] = c->value;
              return TRUE;
            }
          /* 02.10.2018 and 02/10/2018 are day first, unless the second
           * number cannot be a month (10/22/2018). */
          if (t->length <= 2 && b->length <= 2 && c->length == 4)
            {
              guint day = t->value, month = b->value;

              if (month > 12 && b->sep == '/')
                day = b->value, month = t->value;
              if (px_date_valid (c->value, month, day))
                {
                  ymd[0] = c->value, ymd[1] = month, ymd[2] = day;
                  return TRUE;
                }
            }
        }
    }

  if (t->kind == PX_TOKEN_WORD && t->month != 0)
    {
      int before = px_prev_meaningful (tokens, i);
      int after = px_next_meaningful (tokens, i);
      int year_index;

      /* 2 October 2018, 2. Oktober 2018, 2 de octubre de 2018 */
      if (before >= 0 && px_is_day (tok (tokens, before)) && !tok (tokens, before)->after_colon &&
          tok (tokens, i)->spaced && after >= 0 && px_is_year (tok (tokens, after)) &&
          !(before + 1 < (int) tokens->len && tok (tokens, before + 1)->after_colon))
        {
          if (px_date_valid (tok (tokens, after)->value, t->month, tok (tokens, before)->value))
            {
              ymd[0] = tok (tokens, after)->value, ymd[1] = t->month, ymd[2] = tok (tokens, before)->value;
              return TRUE;
            }
        }
      /* October 2, 2018; Oct. 2 2018; October 2nd, 2018 */
      if (after >= 0 && px_is_day (tok (tokens, after)) && tok (tokens, after)->spaced &&
          (year_index = px_next_meaningful (tokens, after)) >= 0 &&
          px_is_year (tok (tokens, year_index)) && !tok (tokens, year_index)->after_colon)
        {
          if (px_date_valid (tok (tokens, year_index)->value, t->month, tok (tokens, after)->value))
            {
              ymd[0] = tok (tokens, year_index)->value, ymd[1] = t->month, ymd[2] = tok (tokens, after)->value;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* Finds the first date in @text; returns the index of its first token or -1,
 * and the index of its last token in @last. */
static int
px_date_find (GArray *tokens,
              guint   ymd[3])
{
  for (guint i = 0; i < tokens->len; i++)
    {
      PxDateToken *t = tok (tokens, i);

      /* A month name may be the first token of a date ("October 2, 2018");
       * a day is found from its month name. */
      if (t->kind == PX_TOKEN_NUMBER && i + 1 < tokens->len && tok (tokens, i + 1)->month == 0 &&
          px_date_at (tokens, i, ymd))
        return i;
      if (t->kind == PX_TOKEN_NUMBER && i + 1 < tokens->len && tok (tokens, i + 1)->month != 0 &&
          px_date_at (tokens, i + 1, ymd))
        return i;
      if (t->kind == PX_TOKEN_NUMBER && i + 2 < tokens->len && tok (tokens, i + 1)->filler &&
          tok (tokens, i + 2)->month != 0 && px_date_at (tokens, i + 2, ymd))
        return i;
      if (t->kind == PX_TOKEN_WORD && t->month != 0 && px_date_at (tokens, i, ymd))
        return i;
    }
  return -1;
}

/* RFC 822 allows a two-digit year ("Tue, 04 Jun 24 10:00:00 GMT"); only in
 * that shape, weekday and time included, is "24" taken for 2024. */
static gboolean
px_date_rfc822_short_year (GArray *tokens,
                           guint   ymd[3])
{
  PxDateToken *weekday, *day, *month, *year, *hour;
  guint full;

  if (tokens->len < 6)
    return FALSE;
  weekday = tok (tokens, 0), day = tok (tokens, 1), month = tok (tokens, 2);
  year = tok (tokens, 3), hour = tok (tokens, 4);
  if (weekday->kind != PX_TOKEN_WORD || weekday->length != 3 || day->sep != ',' ||
      !px_is_day (day) || month->month == 0 || year->kind != PX_TOKEN_NUMBER ||
      year->length != 2 || hour->kind != PX_TOKEN_NUMBER || tok (tokens, 5)->sep != ':')
    return FALSE;
  full = year->value + (year->value < 50 ? 2000 : 1900);
  if (!px_date_valid (full, month->month, day->value))
    return FALSE;
  ymd[0] = full, ymd[1] = month->month, ymd[2] = day->value;
  return TRUE;
}

/**
 * px_date_parse:
 * @text: (nullable): a date as written, possibly among other words
 *
 * Finds the first complete date (day, month and year) in @text, in ISO 8601,
 * RFC 822 or the written forms of the languages Parallax knows, and returns
 * it as it was written there (the time zone is not applied, so a page's
 * local date stays its date).
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DD", or %NULL
 */
char *
px_date_parse (const char *text)
{
  g_autofree char *lower = NULL;
  g_autoptr(GArray) tokens = NULL;
  guint ymd[3] = { 0 };

  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return NULL;
  lower = g_utf8_strdown (text, MIN (strlen (text), 4096));
  tokens = px_date_tokenize (lower);
  if (px_date_find (tokens, ymd) < 0 && !px_date_rfc822_short_year (tokens, ymd))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", ymd[0], ymd[1], ymd[2]);
}

/**
 * px_date_line_is_date:
 * @line: one line of text
 *
 * Tells whether @line is a dateline and nothing more: a date with perhaps a
 * weekday, a time, "Updated:" or "Published on", and a place name or two
 * ("TBILISI, 2 October 2018").
 *
 * Returns: %TRUE for a dateline
 */
gboolean
px_date_line_is_date (const char *line)
{
  const PxDateTables *tables = px_date_tables ();
  g_autofree char *lower = NULL;
  g_autoptr(GArray) tokens = NULL;
  guint ymd[3] = { 0 };
  guint other_words = 0;
  int first;

  if (line == NULL || *line == '\0' || strlen (line) > 200 || !g_utf8_validate (line, -1, NULL))
    return FALSE;
  lower = g_utf8_strdown (line, -1);
  tokens = px_date_tokenize (lower);
  first = px_date_find (tokens, ymd);
  if (first < 0)
    return FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      PxDateToken *t = tok (tokens, i);
      g_autofree char *word = NULL;

      if (t->kind == PX_TOKEN_NUMBER || t->month != 0 || t->filler)
        continue;
      word = g_strndup (t->start, t->length);
      if (g_hash_table_contains (tables->dateline, word))
        continue;
      other_words++;
    }
  /* A place name of up to three words, as in "NEW YORK, Oct 2". */
  return other_words <= 3;
}
