/* px-timex.c — dates mentioned in an article, and when its event happened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-timex"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "px-analysis.h"
#include "px-timex.h"

/* How far before publication a report's event may lie and still be "the"
 * event of the article rather than background. */
#define EVENT_WINDOW_DAYS 30
/* A leap year, so 29 February floats too. */
#define FLOATING_YEAR 2000

static guint32
julian (int year,
        int month,
        int day)
{
  GDate date;

  if (!g_date_valid_dmy (day, month, year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

guint32
px_timex_day_from_iso (const char *iso_date)
{
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return 0;
  return julian (year, month, day);
}

char *
px_timex_day_to_iso (guint32 day)
{
  GDate date;

  if (day == 0 || !g_date_valid_julian (day))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* Month names and common abbreviations, case-folded, in the languages the
 * stemmer and stop-word lists cover best. Index + 1 is the month. */
int
px_timex_month_from_word (const char *folded)
{
  static const char * const months[12][16] = {
    { "january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "января", "январь", "styczeń", NULL },
    { "february", "feb", "février", "févr", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "февраля", "февраль", "luty", "lutego", NULL },
    { "march", "mar", "mars", "märz", "marzo", "março", "maart", "марта", "март", "marca", "marzec", NULL },
    { "april", "apr", "avril", "abril", "aprile", "апреля", "апрель", "kwietnia", "kwiecień", NULL },
    { "may", "mai", "mayo", "maggio", "maio", "mei", "мая", "май", "maja", "maj", NULL },
    { "june", "jun", "juin", "juni", "junio", "giugno", "junho", "июня", "июнь", "czerwca", "czerwiec", NULL },
    { "july", "jul", "juillet", "juli", "julio", "luglio", "julho", "июля", "июль", "lipca", "lipiec", NULL },
    { "august", "aug", "août", "aout", "agosto", "augustus", "августа", "август", "sierpnia", "sierpień", NULL },
    { "september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "сентября", "сентябрь", "września", "wrzesień", NULL },
    { "october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro", "октября", "октябрь", "października", "październik", NULL },
    { "november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "listopada", "listopad", NULL },
    { "december", "dec", "décembre", "decembre", "dezember", "dez", "diciembre", "dicembre", "dezembro", "декабря", "декабрь", "grudnia", "grudzień", NULL },
  };

  static GHashTable *table = NULL;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (int m = 0; m < 12; m++)
        for (int k = 0; months[m][k] != NULL; k++)
          g_hash_table_insert (t, (gpointer) months[m][k], GINT_TO_POINTER (m + 1));
      g_once_init_leave (&table, t);
    }
  if (folded == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (table, folded)) ?: -1;
}

/* Monday is 1, as in GDateWeekday. */
int
px_timex_weekday_from_word (const char *folded)
{
  static const char * const days[7][10] = {
    { "monday", "lundi", "montag", "lunes", "lunedì", "segunda", "maandag", "понедельник", "понедельника", NULL },
    { "tuesday", "mardi", "dienstag", "martes", "martedì", "terça", "dinsdag", "вторник", NULL },
    { "wednesday", "mercredi", "mittwoch", "miércoles", "mercoledì", "quarta", "woensdag", "среду", "среда", NULL },
    { "thursday", "jeudi", "donnerstag", "jueves", "giovedì", "quinta", "donderdag", "четверг", NULL },
    { "friday", "vendredi", "freitag", "viernes", "venerdì", "sexta", "vrijdag", "пятницу", "пятница", NULL },
    { "saturday", "samedi", "samstag", "sábado", "sabato", "zaterdag", "субботу", "суббота", NULL },
    { "sunday", "dimanche", "sonntag", "domingo", "domenica", "zondag", "воскресенье", NULL },
  };

  static GHashTable *table = NULL;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (int d = 0; d < 7; d++)
        for (int k = 0; days[d][k] != NULL; k++)
          g_hash_table_insert (t, (gpointer) days[d][k], GINT_TO_POINTER (d + 1));
      g_once_init_leave (&table, t);
    }
  if (folded == NULL)
    return -1;
  return GPOINTER_TO_INT (g_hash_table_lookup (table, folded)) ?: -1;
}

/* Days relative to the reference: "yesterday" -1 … */
static gboolean
relative_day_word (const char *folded,
                   int        *offset)
{
  static const struct { const char *word; int offset; } words[] = {
    { "yesterday", -1 }, { "today", 0 }, { "tonight", 0 }, { "tomorrow", 1 },
    { "hier", -1 }, { "aujourd'hui", 0 }, { "demain", 1 },
    { "gestern", -1 }, { "heute", 0 },
    { "ayer", -1 }, { "hoy", 0 }, { "mañana", 1 },
    { "ieri", -1 }, { "oggi", 0 }, { "domani", 1 },
    { "ontem", -1 }, { "hoje", 0 }, { "amanhã", 1 },
    { "gisteren", -1 }, { "vandaag", 0 }, { "morgen", 1 },
    { "вчера", -1 }, { "сегодня", 0 }, { "завтра", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (folded, words[i].word) == 0)
      {
        *offset = words[i].offset;
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_last_word (const char *folded)
{
  static const char * const words[] = {
    "last", "past", "previous", "dernier", "dernière", "letzte", "letzten", "letzter",
    "pasado", "pasada", "scorso", "scorsa", "passado", "passada", "vorige", "прошлой", "прошлом",
    "прошлом", NULL,
  };

  for (guint i = 0; words[i] != NULL; i++)
    if (strcmp (folded, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static PxTimexPrecision
period_word (const char *folded)
{
  if (strcmp (folded, "week") == 0 || strcmp (folded, "semaine") == 0 || strcmp (folded, "woche") == 0 ||
      strcmp (folded, "semana") == 0 || strcmp (folded, "settimana") == 0 || strcmp (folded, "week") == 0 ||
      strcmp (folded, "неделе") == 0)
    return PX_TIMEX_WEEK;
  if (strcmp (folded, "month") == 0 || strcmp (folded, "mois") == 0 || strcmp (folded, "monat") == 0 ||
      strcmp (folded, "mes") == 0 || strcmp (folded, "mese") == 0 || strcmp (folded, "maand") == 0 ||
      strcmp (folded, "месяце") == 0)
    return PX_TIMEX_MONTH;
  return PX_TIMEX_NONE;
}

/* "28", "28th", "1er", "28." → 28 */
static int
parse_day (PxToken *token)
{
  const char *s = token->folded;
  int day = 0, digits = 0;

  if (!(token->flags & (PX_TOKEN_NUMBER | PX_TOKEN_WORD)))
    return -1;
  for (; g_ascii_isdigit (*s) && digits < 3; s++, digits++)
    day = day * 10 + (*s - '0');
  if (digits == 0 || digits > 2 || day < 1 || day > 31)
    return -1;
  if (*s != '\0' && strcmp (s, "st") != 0 && strcmp (s, "nd") != 0 && strcmp (s, "rd") != 0 &&
      strcmp (s, "th") != 0 && strcmp (s, "er") != 0 && strcmp (s, "e") != 0 && strcmp (s, "º") != 0 &&
      strcmp (s, "o") != 0 && strcmp (s, ".") != 0)
    return -1;
  return day;
}

static int
parse_year (PxToken *token)
{
  const char *s = token->folded;
  int year = 0;

  if (!(token->flags & PX_TOKEN_NUMBER) || strlen (s) != 4)
    return -1;
  for (; *s; s++)
    {
      if (!g_ascii_isdigit (*s))
        return -1;
      year = year * 10 + (*s - '0');
    }
  return year >= 1900 && year <= 2100 ? year : -1;
}

static guint32
month_last_day (int year,
                int month)
{
  return julian (year, month, g_date_get_days_in_month (month, year));
}

/* Without a year, the date nearest the reference: in a paper of 2 January,
 * "28 December" is last year's. */
static gboolean
resolve_year (int      month,
              int      day,
              guint32  reference,
              int     *year)
{
  GDate ref;
  guint32 best = 0;
  int ref_year;

  if (reference == 0)
    return FALSE;
  g_date_clear (&ref, 1);
  g_date_set_julian (&ref, reference);
  ref_year = g_date_get_year (&ref);
  for (int y = ref_year - 1; y <= ref_year + 1; y++)
    {
      guint32 candidate = julian (y, month, day);

      if (candidate == 0)
        continue;
      if (best == 0 || ABS ((gint64) candidate - reference) < ABS ((gint64) best - reference))
        {
          best = candidate;
          *year = y;
        }
    }
  return best != 0;
}

static gboolean
is_range_joiner (PxToken *token)
{
  return strcmp (token->folded, "-") == 0 || strcmp (token->folded, "\xe2\x80\x93") == 0 ||
         strcmp (token->folded, "\xe2\x80\x94") == 0 || strcmp (token->folded, "to") == 0 ||
         strcmp (token->folded, "and") == 0 || strcmp (token->folded, "au") == 0 ||
         strcmp (token->folded, "bis") == 0 || strcmp (token->folded, "al") == 0;
}

static gboolean
is_filler (PxToken *token)
{
  return strcmp (token->folded, ",") == 0 || strcmp (token->folded, ".") == 0 ||
         strcmp (token->folded, "of") == 0 || strcmp (token->folded, "de") == 0 ||
         strcmp (token->folded, "del") == 0 || strcmp (token->folded, "the") == 0;
}

/* Index of the next token after @i, skipping fillers; n when none. */
static guint
next_token (PxToken * const *tokens,
            guint            n,
            guint            i,
            gboolean         skip_fillers)
{
  for (i++; i < n; i++)
    if (!skip_fillers || !is_filler (tokens[i]))
      break;
  return i;
}

typedef struct {
  PxTimexMention mention;
  int            month;
  int            day_first;
  int            day_last;
} Pending;

static void
add_mention (GArray     *mentions,
             guint       token,
             guint       paragraph,
             guint32     first,
             guint32     last,
             PxTimexPrecision precision,
             gboolean    relative,
             gboolean    explicit_year)
{
  PxTimexMention mention = { { first, last, precision, FALSE }, token, paragraph, relative, explicit_year };

  if (first == 0 || last == 0 || last < first)
    return;
  g_array_append_val (mentions, mention);
}

/* Days @p of a month, the last of whose tokens is @last: dated when a year
 * follows, else kept pending until the year can be guessed. The first
 * full date also becomes the article's reference when it has none.
 * Returns the token the scan goes on from. */
static guint
add_days (PxToken * const *tokens,
          guint            n_tokens,
          guint            last,
          const Pending   *p,
          GArray          *mentions,
          GArray          *pending,
          guint32         *document_reference)
{
  guint k = next_token (tokens, n_tokens, last, TRUE);
  int year;

  if (k < n_tokens && (year = parse_year (tokens[k])) > 0)
    {
      add_mention (mentions, p->mention.token, p->mention.paragraph, julian (year, p->month, p->day_first),
                   julian (year, p->month, p->day_last), PX_TIMEX_DAY, FALSE, TRUE);
      if (*document_reference == 0)
        *document_reference = julian (year, p->month, p->day_first);
      return k;
    }
  g_array_append_val (pending, *p);
  return last;
}

/**
 * px_timex_find:
 * @tokens: (array length=n_tokens): an article's tokens
 * @n_tokens: how many
 * @reference_day: publication day (Julian), or 0 when unknown
 *
 * Finds absolute dates ("28 September", "September 28, 2018", "27-28
 * September 2018", "2018-09-28", "28 septembre", "28. September", "28
 * сентября"), months ("September 2018"), and — only when @reference_day is
 * known — relative ones ("on Thursday", "yesterday", "last week"). A date
 * without a year takes the year that puts it nearest the reference, or, when
 * there is none, nearest the first full date the article gives.
 *
 * Returns: (transfer full) (element-type PxTimexMention): the mentions in
 *   reading order
 */
GArray *
px_timex_find (PxToken * const *tokens,
               guint            n_tokens,
               guint32          reference_day)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (PxTimexMention));
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  guint32 document_reference = reference_day;

  for (guint i = 0; i < n_tokens; i++)
    {
      PxToken *token = tokens[i];
      int day, day_last, month = -1, year = -1, weekday, offset;
      guint j, k;

      /* ISO dates: 2018-09-28 */
      if ((year = parse_year (token)) > 0 && i + 4 < n_tokens &&
          strcmp (tokens[i + 1]->folded, "-") == 0 && strcmp (tokens[i + 3]->folded, "-") == 0 &&
          (tokens[i + 2]->flags & PX_TOKEN_NUMBER) && (tokens[i + 4]->flags & PX_TOKEN_NUMBER))
        {
          month = atoi (tokens[i + 2]->folded);
          day = atoi (tokens[i + 4]->folded);
          if (month >= 1 && month <= 12)
            {
              guint32 d = julian (year, month, day);

              add_mention (mentions, i, token->paragraph, d, d, PX_TIMEX_DAY, FALSE, TRUE);
              i += 4;
              continue;
            }
        }

      /* 28.09.2018 and 28/09/2018, which ICU keeps as one number */
      if ((token->flags & PX_TOKEN_NUMBER) && strlen (token->folded) >= 8)
        {
          int d1, m1, y1;
          char sep1, sep2;

          if (sscanf (token->folded, "%2d%c%2d%c%4d", &d1, &sep1, &m1, &sep2, &y1) == 5 &&
              sep1 == sep2 && (sep1 == '.' || sep1 == '/') && y1 >= 1900 && y1 <= 2100)
            {
              guint32 d = julian (y1, m1, d1);

              add_mention (mentions, i, token->paragraph, d, d, PX_TIMEX_DAY, FALSE, TRUE);
              continue;
            }
        }

      /* DAY [- DAY] [of] MONTH [YEAR] */
      if ((day = parse_day (token)) > 0)
        {
          guint last_day_token = i;

          day_last = day;
          j = next_token (tokens, n_tokens, i, FALSE);
          if (j + 1 < n_tokens && is_range_joiner (tokens[j]) && parse_day (tokens[j + 1]) > day)
            {
              day_last = parse_day (tokens[j + 1]);
              last_day_token = j + 1;
            }
          j = next_token (tokens, n_tokens, last_day_token, TRUE);
          if (j < n_tokens && (month = px_timex_month_from_word (tokens[j]->folded)) > 0)
            {
              Pending p = { { { 0, 0, PX_TIMEX_DAY, FALSE }, i, token->paragraph, FALSE, FALSE }, month, day, day_last };

              i = add_days (tokens, n_tokens, j, &p, mentions, pending, &document_reference);
              continue;
            }
        }

      /* MONTH DAY [- DAY] [, YEAR] and MONTH YEAR */
      if ((token->flags & PX_TOKEN_WORD) && (month = px_timex_month_from_word (token->folded)) > 0 &&
          /* "may" is a verb far more often than a month */
          !(month == 5 && !(token->flags & PX_TOKEN_CAPITALISED)))
        {
          j = next_token (tokens, n_tokens, i, FALSE);
          if (j < n_tokens && (year = parse_year (tokens[j])) > 0)
            {
              add_mention (mentions, i, token->paragraph, julian (year, month, 1),
                           month_last_day (year, month), PX_TIMEX_MONTH, FALSE, TRUE);
              i = j;
              continue;
            }
          if (j < n_tokens && (day = parse_day (tokens[j])) > 0 && (tokens[j]->flags & PX_TOKEN_NUMBER))
            {
              Pending p = { { { 0, 0, PX_TIMEX_DAY, FALSE }, i, token->paragraph, FALSE, FALSE }, month, day, day };

              day_last = day;
              k = next_token (tokens, n_tokens, j, FALSE);
              if (k + 1 < n_tokens && is_range_joiner (tokens[k]) && parse_day (tokens[k + 1]) > day &&
                  (tokens[k + 1]->flags & PX_TOKEN_NUMBER))
                {
                  day_last = parse_day (tokens[k + 1]);
                  j = k + 1;
                }
              p.day_last = day_last;
              i = add_days (tokens, n_tokens, j, &p, mentions, pending, &document_reference);
              continue;
            }
        }

      if (reference_day == 0 || !(token->flags & PX_TOKEN_WORD))
        continue;

      /* on Thursday: the last such day on or before publication */
      if ((weekday = px_timex_weekday_from_word (token->folded)) > 0)
        {
          GDate ref;
          int ref_weekday, back;

          g_date_clear (&ref, 1);
          g_date_set_julian (&ref, reference_day);
          ref_weekday = g_date_get_weekday (&ref);
          back = (ref_weekday - weekday + 7) % 7;
          add_mention (mentions, i, token->paragraph, reference_day - back, reference_day - back,
                       PX_TIMEX_DAY, TRUE, FALSE);
          continue;
        }
      if (relative_day_word (token->folded, &offset))
        {
          add_mention (mentions, i, token->paragraph, reference_day + offset, reference_day + offset,
                       PX_TIMEX_DAY, TRUE, FALSE);
          continue;
        }
      if (is_last_word (token->folded) && i + 1 < n_tokens)
        {
          PxTimexPrecision period = period_word (tokens[i + 1]->folded);

          if (period == PX_TIMEX_WEEK)
            add_mention (mentions, i, token->paragraph, reference_day - 13, reference_day - 7,
                         PX_TIMEX_WEEK, TRUE, FALSE);
          else if (period == PX_TIMEX_MONTH)
            add_mention (mentions, i, token->paragraph, reference_day - 60, reference_day - 28,
                         PX_TIMEX_MONTH, TRUE, FALSE);
        }
    }

  for (guint p = 0; p < pending->len; p++)
    {
      Pending *item = &g_array_index (pending, Pending, p);
      int year;

      if (!resolve_year (item->month, item->day_first, document_reference, &year))
        {
          guint32 first = julian (FLOATING_YEAR, item->month, item->day_first);
          guint32 last = julian (FLOATING_YEAR, item->month, item->day_last);

          if (first != 0 && last >= first)
            {
              PxTimexMention mention = { { first, last, PX_TIMEX_DAY, TRUE }, item->mention.token,
                                         item->mention.paragraph, FALSE, FALSE };

              g_array_append_val (mentions, mention);
            }
          continue;
        }
      add_mention (mentions, item->mention.token, item->mention.paragraph,
                   julian (year, item->month, item->day_first),
                   julian (year, item->month, item->day_last), PX_TIMEX_DAY, FALSE, FALSE);
    }
  return mentions;
}

/**
 * px_timex_estimate_event:
 * @mentions: (element-type PxTimexMention): from px_timex_find()
 * @publication_day: Julian day, or 0
 *
 * A report is written days after its event, and names the day: the
 * estimate is the day mentioned most often in the month before publication
 * (the first mentioned wins a tie), else the publication day. Without a
 * publication day, the first full date the article gives, if any.
 *
 * Returns: the estimated span; first == 0 when nothing is known
 */
PxTimexSpan
px_timex_estimate_event (GArray  *mentions,
                         guint32  publication_day)
{
  PxTimexSpan best = { 0, 0, PX_TIMEX_NONE, FALSE };
  guint best_votes = 0;

  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      PxTimexMention *m = &g_array_index (mentions, PxTimexMention, i);
      guint votes = 0;

      if (m->span.precision != PX_TIMEX_DAY)
        continue;
      /* A date with its year beats any without. */
      if (m->span.floating && best.first != 0 && !best.floating)
        continue;
      if (publication_day != 0 &&
          (m->span.last + EVENT_WINDOW_DAYS < publication_day || m->span.first > publication_day + 1))
        continue;
      for (guint j = 0; j < mentions->len; j++)
        {
          PxTimexMention *o = &g_array_index (mentions, PxTimexMention, j);

          if (o->span.precision == PX_TIMEX_DAY && o->span.floating == m->span.floating &&
              o->span.first <= m->span.last && m->span.first <= o->span.last)
            votes++;
        }
      if (votes > best_votes || (best.floating && !m->span.floating))
        {
          best = m->span;
          best_votes = votes;
        }
    }
  if (best.first == 0 && publication_day != 0)
    {
      best.first = best.last = publication_day;
      best.precision = PX_TIMEX_DAY;
    }
  return best;
}

/**
 * px_timex_distance:
 *
 * Returns: days between two spans, 0 when they overlap, -1 when either is
 *   unknown
 */
static gint32
span_gap (gint64 a_first,
          gint64 a_last,
          gint64 b_first,
          gint64 b_last)
{
  if (a_last < b_first)
    return b_first - a_last;
  if (b_last < a_first)
    return a_first - b_last;
  return 0;
}

static gint64
shift_years (guint32 day,
             int     years)
{
  GDate date;
  int d, m, y;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  d = g_date_get_day (&date);
  m = g_date_get_month (&date);
  y = g_date_get_year (&date) + years;
  if (!g_date_valid_dmy (d, m, y))
    d = 28;   /* 29 February in a common year */
  return julian (y, m, d);
}

gint32
px_timex_distance (const PxTimexSpan *a,
                   const PxTimexSpan *b)
{
  gint32 best = G_MAXINT32;
  GDate date;
  int year;

  if (a->first == 0 || b->first == 0)
    return -1;
  if (a->floating == b->floating)
    {
      if (!a->floating)
        return span_gap (a->first, a->last, b->first, b->last);
      /* Both without a year: the nearest across New Year too. */
      for (int shift = -1; shift <= 1; shift++)
        best = MIN (best, span_gap (a->first, a->last, shift_years (b->first, shift), shift_years (b->last, shift)));
      return best;
    }
  if (a->floating)
    {
      const PxTimexSpan *swap = a;

      a = b;
      b = swap;
    }
  /* b floats: try it in a's year and the years beside. */
  g_date_clear (&date, 1);
  g_date_set_julian (&date, a->first);
  year = g_date_get_year (&date);
  for (int y = year - 1; y <= year + 1; y++)
    best = MIN (best, span_gap (a->first, a->last, shift_years (b->first, y - FLOATING_YEAR),
                                shift_years (b->last, y - FLOATING_YEAR)));
  return best;
}

/**
 * px_timex_anchor:
 * @floating: a span without a year
 * @fixed: a dated span
 *
 * Returns: @floating placed in the year that puts it nearest @fixed
 */
PxTimexSpan
px_timex_anchor (const PxTimexSpan *floating,
                 const PxTimexSpan *fixed)
{
  PxTimexSpan best = *floating;
  gint32 best_gap = G_MAXINT32;
  GDate date;
  int year;

  if (!floating->floating || fixed->floating || fixed->first == 0 || floating->first == 0)
    return best;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, fixed->first);
  year = g_date_get_year (&date);
  for (int y = year - 1; y <= year + 1; y++)
    {
      PxTimexSpan candidate = { shift_years (floating->first, y - FLOATING_YEAR),
                                shift_years (floating->last, y - FLOATING_YEAR),
                                floating->precision, FALSE };
      gint32 gap = span_gap (candidate.first, candidate.last, fixed->first, fixed->last);

      if (gap < best_gap)
        {
          best_gap = gap;
          best = candidate;
        }
    }
  return best;
}
