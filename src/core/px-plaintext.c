/* px-plaintext.c — articles copied as plain text (.txt, .md)
 *
 * Text copied from a web page keeps the page's furniture and loses its
 * markup, so the fields are read from line cues:
 *
 *   header  furniture, a site-name line, the title (perhaps repeated, in
 *           lower case, or split into kicker and title), a dateline, a
 *           byline, a photo credit and its caption;
 *   body    paragraphs, subheadings (short lines without final punctuation),
 *           quotes and lists; "Read on X:" inserts, credits and appeals are
 *           dropped; "source: outlet.com" names the outlet;
 *   tail    everything after a heading such as "Related articles" or
 *           "Leave a Reply" is not the article.
 *
 * Hard-wrapped lines are joined back into paragraphs; Markdown headings,
 * quotes, lists, links and emphasis are read as such.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-plaintext"

#include "config.h"

#include <string.h>

#include "px-date.h"
#include "px-furniture.h"
#include "px-outlet.h"
#include "px-plaintext.h"
#include "px-text.h"

typedef struct {
  char     *text;          /* one line, or a hard-wrapped paragraph joined */
  guint     heading_level; /* Markdown "#" count, or 1 for a setext heading */
  gboolean  quote;         /* Markdown "> " */
  gboolean  list_item;
  gboolean  blank_before;
} PxUnit;

static void
px_unit_clear (PxUnit *unit)
{
  g_free (unit->text);
}

typedef struct {
  PxParagraphRole  role;
  char            *text;
} PxOut;

static void
px_out_clear (PxOut *out)
{
  g_free (out->text);
}

typedef struct {
  GRegex *link;           /* [text](url) and ![alt](url) */
  GRegex *autolink;       /* <https://…> */
  GRegex *emphasis;       /* **bold**, __bold__ */
  GRegex *byline;
  GRegex *source;
  GRegex *member_outlet;  /* "Become an X Member" */
  GRegex *read_on_outlet; /* "[Read on X: …]" */
  GRegex *site_name;      /* "CPC - Caspian Policy Center" */
  GRegex *told_outlet;    /* "…, Broers told OC Media." */
  GRegex *list_marker;
  GRegex *name_split;     /* "Mira Holt, Jonas Ek and Ana Ruiz" */
} PxPlaintextRegexes;

static GRegex *
px_regex (const char *pattern)
{
  g_autoptr(GError) error = NULL;
  GRegex *regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &error);

  if (regex == NULL)
    g_critical ("Plain-text pattern does not compile: %s", error->message);
  return regex;
}

static gpointer
px_plaintext_regexes_build (gpointer data)
{
  PxPlaintextRegexes *r = g_new0 (PxPlaintextRegexes, 1);

  r->link = px_regex ("(!?)\\[([^\\]\\n]*)\\]\\(([^)\\s]*)(\\s+\"[^\"]*\")?\\)");
  r->autolink = px_regex ("<((https?|mailto):[^>\\s]+)>");
  r->emphasis = px_regex ("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  r->byline = px_regex ("^(?i:(?:written |reported |text |words )?by|authors?|reporter|"
                        "text|von|par|por|di|door|autor|autorzy|autorka|yazar|yazan|"
                        "автор|авторы|автори|текст)(?:\\s*[:\\-–—]\\s*|\\s+)(.+)$");
  r->source = px_regex ("^(?i:source|sources|quelle|quellen|source de l'article|fuente|fonte|"
                        "źródło|kaynak|bron|источник|джерело)\\s*:\\s*(.+)$");
  r->member_outlet = px_regex ("\\b(?i:become|be)\\s+(?i:an?)\\s+(.{2,50}?)\\s+"
                               "(?i:member|supporter|subscriber|patron)\\s*[.!]?$");
  r->read_on_outlet = px_regex ("^\\[?(?i:read|watch|listen)(?:\\s+(?i:more|also))?\\s+(?i:on|at)\\s+"
                                "([^:\\]]{2,40}?)\\s*:");
  r->site_name = px_regex ("^([A-Z][A-Za-z&]{1,7})\\s+[-–—|:]\\s+(\\p{Lu}[\\p{L}&.'’ -]{2,60})$");
  r->told_outlet = px_regex ("\\b(?:told|speaking to|spoke to|said to|in an interview with)\\s+"
                             "((?:the\\s+)?\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3})");
  r->name_split = px_regex ("\\s*[,;]\\s*|\\s+(?:and|&|und|et|y|e|и|і|ve|en|i)\\s+");
  r->list_marker = px_regex ("^\\s*(?:[-*+•·▪◦–]|\\d{1,3}[.)])\\s+");
  return r;
}

static const PxPlaintextRegexes *
px_plaintext_regexes (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, px_plaintext_regexes_build, NULL);
  return once.retval;
}

/* Lines and units ------------------------------------------------------- */

static guint
px_utf8_length (const char *text)
{
  return g_utf8_strlen (text, -1);
}

static gboolean
px_is_rule_line (const char *line,
                 char        rule)
{
  guint count = 0;

  for (const char *p = line; *p; p++)
    {
      if (*p == rule)
        count++;
      else if (*p != ' ' && *p != '\t')
        return FALSE;
    }
  return count >= 3;
}

static gboolean
px_replace_link (const GMatchInfo *info,
                 GString          *result,
                 gpointer          data)
{
  g_autofree char *bang = g_match_info_fetch (info, 1);
  g_autofree char *label = g_match_info_fetch (info, 2);

  if (*bang == '\0')
    g_string_append (result, label);
  return FALSE;
}

/* Markdown inline markup to text: links keep their words, images go. */
static char *
px_strip_inline_markup (const char *text)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autofree char *links = NULL;
  g_autofree char *autolinks = NULL;

  if (strchr (text, '[') == NULL && strchr (text, '<') == NULL &&
      strstr (text, "**") == NULL && strstr (text, "__") == NULL)
    return g_strdup (text);
  links = g_regex_replace_eval (r->link, text, -1, 0, 0, px_replace_link, NULL, NULL);
  if (links == NULL)
    links = g_strdup (text);
  autolinks = g_regex_replace (r->autolink, links, -1, 0, "\\1", 0, NULL);
  if (autolinks == NULL)
    autolinks = g_strdup (links);
  return g_regex_replace (r->emphasis, autolinks, -1, 0, "\\2", 0, NULL);
}

/* Whether the file's lines were wrapped at a fixed width, and that width. */
static guint
px_detect_wrap_width (char **lines)
{
  guint nonblank = 0, over_100 = 0, max_length = 0, near_max = 0, continued = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint length = px_utf8_length (lines[i]);

      if (length == 0)
        continue;
      nonblank++;
      if (length > 100)
        over_100++;
      else
        max_length = MAX (max_length, length);
      if (lines[i + 1] != NULL && *lines[i + 1] != '\0' && !px_text_ends_sentence (lines[i]))
        continued++;
    }
  if (nonblank < 4 || max_length < 40 || over_100 * 20 > nonblank || continued * 5 < nonblank)
    return 0;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint length = px_utf8_length (lines[i]);

      if (length <= 100 && length * 4 >= max_length * 3)
        near_max++;
    }
  return near_max * 10 >= nonblank * 3 ? max_length : 0;
}

static gboolean
px_starts_block (const char *line)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();

  return line[0] == '#' || line[0] == '>' || g_regex_match (r->list_marker, line, 0, NULL);
}

/* Splits the text into units: lines, or joined paragraphs when wrapped. */
static GArray *
px_split_units (char **lines)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  GArray *units = g_array_new (FALSE, TRUE, sizeof (PxUnit));
  guint wrap_width = px_detect_wrap_width (lines);
  gboolean blank_before = TRUE;

  g_array_set_clear_func (units, (GDestroyNotify) px_unit_clear);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autoptr(GString) joined = NULL;
      g_autofree char *stripped = NULL;
      g_autofree char *plain = NULL;
      g_autofree char *clean = NULL;
      PxUnit unit = { 0 };
      const char *p = line;

      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '\0')
        {
          blank_before = TRUE;
          continue;
        }
      /* A setext underline makes the unit before it a heading. */
      if ((px_is_rule_line (p, '=') || px_is_rule_line (p, '-')) && !blank_before && units->len > 0)
        {
          g_array_index (units, PxUnit, units->len - 1).heading_level = 1;
          continue;
        }
      if (px_is_rule_line (p, '-') || px_is_rule_line (p, '*') || px_is_rule_line (p, '_') ||
          px_is_rule_line (p, '='))
        {
          blank_before = TRUE;
          continue;
        }

      if (*p == '#')
        {
          guint level = 0;

          while (p[level] == '#')
            level++;
          if (level <= 6 && (p[level] == ' ' || p[level] == '\t'))
            {
              unit.heading_level = level;
              p += level;
              /* Closing hashes: "## Title ##" */
              stripped = g_strstrip (g_strdup (p));
              while (*stripped && stripped[strlen (stripped) - 1] == '#')
                stripped[strlen (stripped) - 1] = '\0';
              p = stripped;
            }
        }
      else if (*p == '>')
        {
          unit.quote = TRUE;
          while (*p == '>' || *p == ' ')
            p++;
        }
      else if (g_regex_match (r->list_marker, p, 0, NULL) &&
               (p[0] != '-' || p[1] == ' ') && !g_ascii_isdigit (p[0]))
        {
          unit.list_item = TRUE;
          while (*p && *p != ' ' && *p != '\t')
            p = g_utf8_next_char (p);
        }
      else if (g_regex_match (r->list_marker, p, 0, NULL) && g_ascii_isdigit (p[0]) &&
               !px_date_line_is_date (p))
        {
          /* "1. " starts an ordered item only in a run of them; a year
           * such as "2018. " does not match the three-digit limit. */
          unit.list_item = TRUE;
          while (g_ascii_isdigit (*p))
            p++;
          p++;
        }

      joined = g_string_new (p);
      /* Hard-wrapped: a line filled to the width continues on the next. */
      while (wrap_width > 0 && unit.heading_level == 0 && lines[i + 1] != NULL)
        {
          const char *next = lines[i + 1];
          const char *last_line = lines[i];
          guint length = px_utf8_length (last_line);

          while (*next == ' ' || *next == '\t')
            next++;
          if (*next == '\0' || length * 10 < wrap_width * 6 || px_starts_block (next))
            break;
          if (unit.quote && *next == '>')
            while (*next == '>' || *next == ' ')
              next++;
          if (joined->len > 1 && joined->str[joined->len - 1] == '-' &&
              g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (joined->str + joined->len - 1))) &&
              g_unichar_islower (g_utf8_get_char (next)))
            g_string_truncate (joined, joined->len - 1);
          else
            g_string_append_c (joined, ' ');
          g_string_append (joined, next);
          i++;
        }

      plain = px_strip_inline_markup (joined->str);
      clean = px_text_normalize_space (plain, -1);
      if (*clean == '\0' || !px_text_has_letters (clean))
        {
          /* A line of digits or symbols: a counter, a separator. */
          if (*clean != '\0')
            blank_before = FALSE;
          continue;
        }
      unit.text = g_steal_pointer (&clean);
      unit.blank_before = blank_before;
      g_array_append_val (units, unit);
      blank_before = FALSE;
    }
  return units;
}

/* Cues ------------------------------------------------------------------ */

static char *
px_match_group (GRegex     *regex,
                const char *text,
                int         group)
{
  g_autoptr(GMatchInfo) info = NULL;

  if (regex == NULL || !g_regex_match (regex, text, 0, &info))
    return NULL;
  return g_match_info_fetch (info, group);
}

static gboolean
px_is_name_word (const char *word)
{
  static const char * const particles[] = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la",
    "le", "du", "al", "el", "bin", "ibn", "ben", "y", "e", "and", "und", "et", "i", "и", "і",
    "ve", "&", "st.", "mc", "mac", "ter", "ten", "zu",
  };
  gunichar first = g_utf8_get_char (word);

  if (g_unichar_isupper (first) || g_unichar_istitle (first))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (particles); i++)
    if (strcmp (word, particles[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Reads "By Mira Holt and Jonas Ek | 2 October 2018" into names; returns
 * FALSE when what follows "By" is not a list of names. */
static gboolean
px_parse_byline (const char *text,
                 GPtrArray  *authors,
                 char      **date)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autofree char *rest = NULL;
  guint names = 0;

  if (px_text_count_words (text) > 16 || strlen (text) > 200)
    return FALSE;
  rest = px_match_group (r->byline, text, 1);
  if (rest == NULL)
    return FALSE;

  /* A date or a place may follow the names after "|", "–", "," or "•". */
  {
    static const char * const separators[] = { "|", "\u2022", "\u00b7", "\u2014", "\u2013", "/", " - " };
    char *cut = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
      {
        char *found = strstr (rest, separators[i]);

        if (found != NULL && (cut == NULL || found < cut))
          cut = found;
      }
    if (cut != NULL)
      {
        if (date != NULL && *date == NULL)
          *date = px_date_parse (g_utf8_next_char (cut));
        *cut = '\0';
      }
  }
  {
    g_autofree char *maybe_date = px_date_parse (rest);

    if (maybe_date != NULL)
      {
        /* "By Mira Holt, October 2, 2018": cut at the first digit or month. */
        char *comma = strchr (rest, ',');

        if (date != NULL && *date == NULL)
          *date = g_steal_pointer (&maybe_date);
        if (comma != NULL)
          *comma = '\0';
      }
  }

  /* Split on commas and connectors, then check each name. */
  {
    g_autofree char *normalized = g_strdup (rest);
    g_auto(GStrv) candidates = g_regex_split (r->name_split, g_strstrip (normalized), 0);
    g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; candidates[i] != NULL; i++)
      {
        g_auto(GStrv) words = g_strsplit (g_strstrip (candidates[i]), " ", -1);
        guint count = g_strv_length (words);
        gboolean ok = count >= 1 && count <= 5;

        if (*candidates[i] == '\0')
          continue;
        for (guint j = 0; ok && words[j] != NULL; j++)
          ok = *words[j] != '\0' && px_is_name_word (words[j]) && px_text_has_letters (words[j]);
        /* The first word of a name is capitalised, whatever its particles. */
        ok = ok && (g_unichar_isupper (g_utf8_get_char (words[0])) || g_unichar_istitle (g_utf8_get_char (words[0])));
        if (!ok)
          {
            /* "By Mira Holt, Reuters correspondent": keep the names before. */
            if (i == 0)
              return FALSE;
            break;
          }
        g_ptr_array_add (found, g_strdup (g_strstrip (candidates[i])));
      }
    for (guint i = 0; i < found->len; i++)
      {
        g_ptr_array_add (authors, g_strdup (g_ptr_array_index (found, i)));
        names++;
      }
  }
  return names > 0;
}

static gboolean
px_looks_like_domain (const char *text)
{
  const char *dot = strrchr (text, '.');

  if (dot == NULL || dot == text || strchr (text, ' ') != NULL)
    return FALSE;
  for (const char *p = dot + 1; *p; p++)
    if (!g_ascii_isalpha (*p))
      return FALSE;
  return strlen (dot + 1) >= 2;
}

/* "source: commonspace.eu with armenpress.am" → "commonspace.eu". A source
 * that is a name ("Source: Reuters") is the wire, not the outlet. */
static gboolean
px_parse_source_line (const char  *text,
                      char       **outlet)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autofree char *value = NULL;
  g_auto(GStrv) words = NULL;

  if (px_text_count_words (text) > 14)
    return FALSE;
  value = px_match_group (r->source, text, 1);
  if (value == NULL)
    return FALSE;
  words = g_strsplit_set (value, " ,;()", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      char *word = words[i];
      gsize length = strlen (word);

      while (length > 0 && (word[length - 1] == '.' || word[length - 1] == ':'))
        word[--length] = '\0';
      if (px_looks_like_domain (word) || g_str_has_prefix (word, "http"))
        {
          *outlet = px_outlet_from_url (word);
          break;
        }
    }
  return TRUE;
}

/* "CPC - Caspian Policy Center": an acronym and the name it stands for. */
static char *
px_parse_site_name (const char *text)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *acronym = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GString) initials = g_string_new (NULL);
  g_auto(GStrv) words = NULL;

  if (!g_regex_match (r->site_name, text, 0, &info))
    return NULL;
  acronym = g_match_info_fetch (info, 1);
  name = g_match_info_fetch (info, 2);
  words = g_strsplit (name, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (g_unichar_isupper (g_utf8_get_char (words[i])))
      g_string_append_unichar (initials, g_utf8_get_char (words[i]));
  if (g_ascii_strcasecmp (initials->str, acronym) != 0)
    return NULL;
  return g_steal_pointer (&name);
}

/* Words of @text, lower-cased, for comparing titles. */
static GHashTable *
px_word_set (const char *text)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *word = g_string_new (NULL);

  for (const char *p = lower; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_hash_table_add (set, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return set;
}

/* Whether every word of @line is in @title: a repeat, or a kicker or
 * title split over lines. */
static gboolean
px_is_title_fragment (const char *line,
                      const char *title)
{
  g_autoptr(GHashTable) title_words = px_word_set (title);
  g_autoptr(GHashTable) line_words = px_word_set (line);
  GHashTableIter iter;
  gpointer word;

  if (g_hash_table_size (line_words) == 0)
    return FALSE;
  g_hash_table_iter_init (&iter, line_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (!g_hash_table_contains (title_words, word))
      return FALSE;
  return TRUE;
}

static guint
px_count_uppercase (const char *text)
{
  guint count = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_isupper (g_utf8_get_char (p)))
      count++;
  return count;
}

static gboolean
px_is_title_like (const char *text)
{
  guint words = px_text_count_words (text);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  return words >= 1 && words <= 30 && strlen (text) <= 300 && last != ':' && last != ',' && last != ';';
}

/* Prose: a sentence of some length. */
static gboolean
px_is_prose (const char *text)
{
  guint words = px_text_count_words (text);

  return (words >= 8 && px_text_ends_sentence (text)) || words >= 30;
}

static gboolean
px_is_short_unpunctuated (const char *text,
                          guint       max_words)
{
  return px_text_count_words (text) <= max_words && !px_text_ends_sentence (text);
}

static gboolean
px_is_subheading (const char *text)
{
  guint words = px_text_count_words (text);
  gunichar first = g_utf8_get_char (text);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));

  if (words == 0 || words > 14 || g_utf8_strlen (text, -1) > 120)
    return FALSE;
  if (!(g_unichar_isupper (first) || g_unichar_isdigit (first) || g_unichar_istitle (first) ||
        first == '"' || first == 0x201c || first == 0x00ab || first == 0x2018 || first == '\''))
    return FALSE;
  if (last == '?')
    return words <= 10;
  return !px_text_ends_sentence (text) && last != ',';
}

/* Outlet names that news writers put after "told": media, not people. */
static gboolean
px_name_sounds_like_outlet (const char *name)
{
  static const char * const outlet_words[] = {
    "media", "news", "times", "post", "agency", "radio", "tv", "daily", "journal", "herald",
    "press", "tribune", "gazette", "today", "online", "network", "magazine", "review",
    "observer", "monitor", "standard", "telegraph", "guardian", "independent", "express",
    "chronicle", "wire", "report", "insider", "eurasianet", "bbc", "cnn", "reuters", "afp",
    "dw", "nbc", "abc", "cbs", "npr", "rfe/rl", "voa", "sputnik", "tass",
  };
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (outlet_words); j++)
      if (strcmp (words[i], outlet_words[j]) == 0)
        return TRUE;
  return FALSE;
}

/* The extractor --------------------------------------------------------- */

static void
px_set_str (char       **slot,
                  const char  *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

typedef enum {
  PX_OUTLET_CUE_NONE,
  PX_OUTLET_CUE_TOLD,       /* "X told OC Media" more than once */
  PX_OUTLET_CUE_READ_ON,    /* "[Read on OC Media: …]" */
  PX_OUTLET_CUE_MEMBER,     /* "Become an OC Media Member" */
  PX_OUTLET_CUE_SITE_NAME,  /* "CPC - Caspian Policy Center" */
  PX_OUTLET_CUE_SOURCE,     /* "source: commonspace.eu" */
} PxOutletCue;

typedef struct {
  PxArticle   *article;
  GArray      *out;          /* PxOut */
  char        *title;
  char        *date;
  char        *outlet;
  PxOutletCue  outlet_cue;
  GHashTable  *told;         /* outlet-like names after "told" → count */
  guint        body_words;
  gboolean     in_body;
  gboolean     after_credit;
  gboolean     after_title_or_date;
} PxReader;

static void
px_reader_offer_outlet (PxReader    *reader,
                        const char  *outlet,
                        PxOutletCue  cue)
{
  if (outlet == NULL || *outlet == '\0' || cue <= reader->outlet_cue)
    return;
  g_free (reader->outlet);
  reader->outlet = g_strstrip (g_strdup (outlet));
  reader->outlet_cue = cue;
}

/* Outlet names hidden in furniture lines. */
static void
px_reader_scan_outlet_cues (PxReader   *reader,
                            const char *text)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autofree char *member = px_match_group (r->member_outlet, text, 1);
  g_autofree char *read_on = NULL;

  if (member != NULL)
    px_reader_offer_outlet (reader, member, PX_OUTLET_CUE_MEMBER);
  read_on = px_match_group (r->read_on_outlet, text, 1);
  if (read_on != NULL && px_text_count_words (read_on) <= 4)
    px_reader_offer_outlet (reader, read_on, PX_OUTLET_CUE_READ_ON);
}

static void
px_reader_count_told (PxReader   *reader,
                      const char *text)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autoptr(GMatchInfo) info = NULL;

  if (strstr (text, "told") == NULL && strstr (text, "to") == NULL && strstr (text, "with") == NULL)
    return;
  g_regex_match (r->told_outlet, text, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *name = g_match_info_fetch (info, 1);

      if (px_name_sounds_like_outlet (name))
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (reader->told, name));
          g_hash_table_insert (reader->told, g_steal_pointer (&name), GUINT_TO_POINTER (count + 1));
        }
      g_match_info_next (info, NULL);
    }
}

static void
px_reader_emit (PxReader        *reader,
                PxParagraphRole  role,
                const char      *text)
{
  PxOut out = { role, g_strdup (text) };

  g_array_append_val (reader->out, out);
  if (role == PX_PARAGRAPH_BODY || role == PX_PARAGRAPH_QUOTE || role == PX_PARAGRAPH_LIST)
    reader->body_words += px_text_count_words (text);
}

static PxOut *
px_reader_last (PxReader *reader)
{
  return reader->out->len > 0 ? &g_array_index (reader->out, PxOut, reader->out->len - 1) : NULL;
}

/* Handles the cues that may appear anywhere; returns TRUE when @unit was
 * consumed (dropped or read into a field). */
static gboolean
px_reader_take_cue (PxReader *reader,
                    PxUnit   *unit,
                    guint     index)
{
  g_autofree char *outlet = NULL;
  g_autofree char *site = NULL;
  PxFurnitureKind kind;

  if (px_parse_source_line (unit->text, &outlet))
    {
      px_reader_offer_outlet (reader, outlet, PX_OUTLET_CUE_SOURCE);
      return TRUE;
    }

  kind = px_furniture_classify (unit->text);
  if (kind == PX_FURNITURE_LINE)
    {
      px_reader_scan_outlet_cues (reader, unit->text);
      return TRUE;
    }
  if (kind == PX_FURNITURE_CREDIT)
    {
      PxOut *last = px_reader_last (reader);

      /* A short sentence right before a credit is the picture's caption. */
      if (last != NULL && last->role == PX_PARAGRAPH_BODY && px_text_count_words (last->text) <= 25 &&
          reader->in_body)
        {
          reader->body_words -= MIN (reader->body_words, px_text_count_words (last->text));
          last->role = PX_PARAGRAPH_CAPTION;
        }
      reader->after_credit = TRUE;
      return TRUE;
    }

  if (!reader->in_body && (site = px_parse_site_name (unit->text)) != NULL)
    {
      px_reader_offer_outlet (reader, site, PX_OUTLET_CUE_SITE_NAME);
      return TRUE;
    }
  return FALSE;
}

static void
px_reader_header_unit (PxReader *reader,
                       GArray   *units,
                       guint     index)
{
  PxUnit *unit = &g_array_index (units, PxUnit, index);
  const char *text = unit->text;
  g_autofree char *date = NULL;

  if (px_text_count_words (text) <= 20 && px_date_line_is_date (text))
    {
      date = px_date_parse (text);
      if (reader->date == NULL)
        reader->date = g_steal_pointer (&date);
      reader->after_title_or_date = TRUE;
      return;
    }
  if (px_parse_byline (text, px_article_get_authors (reader->article), &reader->date))
    {
      reader->after_title_or_date = TRUE;
      return;
    }

  if (reader->title == NULL)
    {
      if (unit->heading_level > 0 || (px_is_title_like (text) && !px_is_prose (text)))
        {
          /* A short kicker ("Analysis", "Exclusive"), a section or the
           * site's name over the real title. */
          if (unit->heading_level == 0 && px_text_count_words (text) <= 3)
            {
              for (guint j = index + 1; j < units->len && j <= index + 4; j++)
                {
                  const char *next = g_array_index (units, PxUnit, j).text;

                  if (px_furniture_classify (next) != PX_FURNITURE_NONE)
                    continue;
                  if (px_is_prose (next) || px_date_line_is_date (next))
                    break;
                  if (px_is_title_like (next) && px_text_count_words (next) >= 4)
                    return;
                }
            }
          reader->title = g_strdup (text);
          reader->after_title_or_date = TRUE;
          return;
        }
    }
  else if (unit->heading_level <= 1 && px_is_title_like (text) && !px_is_prose (text) &&
           px_is_title_fragment (text, reader->title))
    {
      /* The title again: keep the better-cased copy. */
      if (g_utf8_strlen (text, -1) == g_utf8_strlen (reader->title, -1) &&
          px_count_uppercase (text) > px_count_uppercase (reader->title))
        {
          g_free (reader->title);
          reader->title = g_strdup (text);
        }
      return;
    }

  if (reader->title != NULL && (reader->after_title_or_date || reader->after_credit) &&
      !unit->heading_level && px_is_short_unpunctuated (text, 20) && index + 1 < units->len &&
      px_is_prose (g_array_index (units, PxUnit, index + 1).text))
    {
      px_reader_emit (reader, PX_PARAGRAPH_CAPTION, text);
      reader->after_title_or_date = FALSE;
      reader->after_credit = FALSE;
      return;
    }

  if (reader->title == NULL)
    {
      /* Prose before any title: the text starts with its body. */
      reader->in_body = TRUE;
      px_reader_emit (reader, unit->quote ? PX_PARAGRAPH_QUOTE : PX_PARAGRAPH_BODY, text);
      return;
    }

  /* The first paragraph: the body begins. */
  reader->in_body = TRUE;
  px_reader_emit (reader,
                  unit->heading_level > 0 ? PX_PARAGRAPH_HEADING :
                  unit->quote ? PX_PARAGRAPH_QUOTE :
                  unit->list_item ? PX_PARAGRAPH_LIST : PX_PARAGRAPH_BODY,
                  text);
}

/* Returns FALSE when the article is over. */
static gboolean
px_reader_body_unit (PxReader *reader,
                     GArray   *units,
                     guint     index)
{
  PxUnit *unit = &g_array_index (units, PxUnit, index);
  const char *text = unit->text;
  PxUnit *next = index + 1 < units->len ? &g_array_index (units, PxUnit, index + 1) : NULL;
  PxOut *last = px_reader_last (reader);
  PxParagraphRole role = PX_PARAGRAPH_BODY;

  if (px_text_count_words (text) <= 12 && px_date_line_is_date (text))
    {
      if (reader->date == NULL)
        reader->date = px_date_parse (text);
      return TRUE;
    }
  if (px_text_count_words (text) <= 12 &&
      px_parse_byline (text, px_article_get_authors (reader->article), &reader->date))
    return TRUE;

  if (reader->after_credit && px_is_short_unpunctuated (text, 20) && next != NULL &&
      px_is_prose (next->text))
    {
      reader->after_credit = FALSE;
      px_reader_emit (reader, PX_PARAGRAPH_CAPTION, text);
      return TRUE;
    }
  reader->after_credit = FALSE;

  if (unit->heading_level > 0)
    role = PX_PARAGRAPH_HEADING;
  else if (unit->quote)
    role = PX_PARAGRAPH_QUOTE;
  else if (unit->list_item)
    role = PX_PARAGRAPH_LIST;
  else if (px_is_subheading (text) && last != NULL && last->role != PX_PARAGRAPH_HEADING &&
           next != NULL && !next->list_item && px_text_count_words (next->text) >= 8)
    role = PX_PARAGRAPH_HEADING;

  px_reader_emit (reader, role, text);
  return TRUE;
}

/* Short unpunctuated lines after the last paragraph are leftovers of the
 * page (tags, a name, a share bar) rather than the article. */
static void
px_reader_trim_tail (PxReader *reader)
{
  while (reader->out->len > 1)
    {
      PxOut *last = px_reader_last (reader);

      if (last->role == PX_PARAGRAPH_HEADING || last->role == PX_PARAGRAPH_CAPTION ||
          (last->role == PX_PARAGRAPH_BODY && px_is_short_unpunctuated (last->text, 12)))
        g_array_set_size (reader->out, reader->out->len - 1);
      else
        break;
    }
}

/* Paragraphs pasted twice (a related story in the tail) keep their first
 * copy only; the tail cut usually removes both. */
static void
px_reader_drop_repeats (PxReader *reader)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *title_key = reader->title ? g_utf8_casefold (reader->title, -1) : NULL;

  for (guint i = 0; i < reader->out->len; )
    {
      PxOut *out = &g_array_index (reader->out, PxOut, i);
      g_autofree char *key = g_utf8_casefold (out->text, -1);

      if ((title_key != NULL && strcmp (key, title_key) == 0) ||
          (px_text_count_words (out->text) >= 6 && g_hash_table_contains (seen, key)))
        {
          g_array_remove_index (reader->out, i);
          continue;
        }
      g_hash_table_add (seen, g_steal_pointer (&key));
      i++;
    }
}

/* "Become a Ledger Member" names the outlet short; "the Harbour Ledger"
 * elsewhere on the page names it in full. */
static void
px_reader_lengthen_outlet (PxReader *reader,
                           GArray   *units)
{
  g_autofree char *escaped = NULL;
  g_autofree char *pattern = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *best = NULL;

  if (reader->outlet == NULL || reader->outlet_cue > PX_OUTLET_CUE_MEMBER ||
      px_text_count_words (reader->outlet) > 2)
    return;
  escaped = g_regex_escape_string (reader->outlet, -1);
  pattern = g_strdup_printf ("((?:\\p{Lu}[\\p{L}&.'-]+\\s+){1,3})%s\\b", escaped);
  regex = g_regex_new (pattern, 0, 0, NULL);
  if (regex == NULL)
    return;
  for (guint i = 0; i < units->len && i < 400; i++)
    {
      g_autoptr(GMatchInfo) info = NULL;

      if (g_regex_match (regex, g_array_index (units, PxUnit, i).text, 0, &info))
        {
          g_autofree char *prefix = g_match_info_fetch (info, 1);
          g_autofree char *lower = g_utf8_strdown (prefix, -1);

          /* A sentence's first word is no part of a name. */
          if (g_match_info_fetch_pos (info, 1, NULL, NULL) &&
              (g_str_has_prefix (lower, "support ") || g_str_has_prefix (lower, "become ") ||
               g_str_has_prefix (lower, "join ") || g_str_has_prefix (lower, "the ")))
            {
              char *space = strchr (prefix, ' ');
              memmove (prefix, space + 1, strlen (space + 1) + 1);
            }
          g_strstrip (prefix);
          if (*prefix != '\0' && (best == NULL || strlen (prefix) > strlen (best)))
            px_set_str (&best, prefix);
        }
    }
  if (best != NULL)
    {
      char *longer = g_strconcat (best, " ", reader->outlet, NULL);

      g_free (reader->outlet);
      reader->outlet = longer;
    }
}

static void
px_reader_finish_outlet (PxReader *reader)
{
  GHashTableIter iter;
  gpointer name, count;
  const char *best = NULL;
  guint best_count = 1;

  g_hash_table_iter_init (&iter, reader->told);
  while (g_hash_table_iter_next (&iter, &name, &count))
    if (GPOINTER_TO_UINT (count) > best_count ||
        (GPOINTER_TO_UINT (count) == best_count && best != NULL && strcmp (name, best) < 0))
      {
        best = name;
        best_count = GPOINTER_TO_UINT (count);
      }
  if (best != NULL)
    px_reader_offer_outlet (reader, best, PX_OUTLET_CUE_TOLD);

  if (reader->outlet == NULL)
    return;
  px_article_set_outlet (reader->article, reader->outlet, PX_SOURCE_TEXT);

  /* "Headline | OC Media": the outlet's name is not part of the headline. */
  if (reader->title != NULL)
    {
      static const char * const separators[] = { " | ", " - ", " – ", " — ", " :: ", " · " };

      for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
        {
          const char *sep = g_strrstr (reader->title, separators[i]);

          if (sep != NULL && sep != reader->title &&
              g_ascii_strcasecmp (sep + strlen (separators[i]), reader->outlet) == 0)
            {
              char *shorter = g_strndup (reader->title, sep - reader->title);

              g_free (reader->title);
              reader->title = shorter;
              break;
            }
        }
    }
}

/* YAML front matter as note-taking tools write it. */
static const char *
px_read_front_matter (PxArticle  *article,
                      const char *text,
                      char      **title,
                      char      **date,
                      char      **outlet)
{
  const char *end;
  g_auto(GStrv) lines = NULL;

  if (!g_str_has_prefix (text, "---\n"))
    return text;
  end = strstr (text + 4, "\n---");
  if (end == NULL || end - text > 8192)
    return text;
  {
    g_autofree char *block = g_strndup (text + 4, end - (text + 4));
    lines = g_strsplit (block, "\n", -1);
  }
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *colon = strchr (lines[i], ':');
      g_autofree char *raw_key = NULL;
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (g_str_has_prefix (lines[i], "---"))
        break;
      if (colon == NULL)
        continue;
      raw_key = g_strndup (lines[i], colon - lines[i]);
      key = g_ascii_strdown (g_strstrip (raw_key), -1);
      value = g_strstrip (g_strdup (colon + 1));
      if (*value == '"' || *value == '\'')
        {
          gsize length = strlen (value);

          if (length >= 2 && value[length - 1] == value[0])
            value[length - 1] = '\0';
          memmove (value, value + 1, strlen (value));
        }
      if (*value == '\0')
        continue;
      if (strcmp (key, "title") == 0 && *title == NULL)
        *title = g_strdup (value);
      else if ((strcmp (key, "date") == 0 || strcmp (key, "published") == 0) && *date == NULL)
        *date = px_date_parse (value);
      else if (strcmp (key, "author") == 0 || strcmp (key, "by") == 0)
        px_article_add_author (article, value);
      else if (strcmp (key, "url") == 0 || strcmp (key, "source") == 0 || strcmp (key, "link") == 0)
        {
          if (strstr (value, "://") != NULL)
            px_article_set_url (article, value);
        }
      else if ((strcmp (key, "outlet") == 0 || strcmp (key, "publisher") == 0 ||
                strcmp (key, "site") == 0) && *outlet == NULL)
        *outlet = g_strdup (value);
    }
  end = strchr (end + 4, '\n');
  return end != NULL ? end + 1 : text + strlen (text);
}

/**
 * px_plaintext_extract:
 * @utf8: the text, in UTF-8
 * @length: its length in bytes
 * @path: the path to report
 * @error: unused: any text gives an article
 *
 * Reads an article copied as plain text or Markdown: title, date, authors
 * and outlet from line cues, and the paragraphs with their roles, without
 * the page furniture that copying from a browser brings along.
 *
 * Returns: (transfer full): the article
 */
PxArticle *
px_plaintext_extract (const char  *utf8,
                      gsize        length,
                      const char  *path,
                      GError     **error)
{
  PxArticle *article = px_article_new (path);
  g_autoptr(GString) text = g_string_sized_new (length + 1);
  g_autoptr(GArray) units = NULL;
  g_autoptr(GArray) out = g_array_new (FALSE, TRUE, sizeof (PxOut));
  g_autoptr(GHashTable) told = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *front_outlet = NULL;
  g_auto(GStrv) lines = NULL;
  PxReader reader = { 0 };
  const char *start;

  px_article_set_format (article, PX_FORMAT_TEXT);
  g_array_set_clear_func (out, (GDestroyNotify) px_out_clear);

  /* CRLF and CR line ends, a BOM, NULs: one kind of line end, no NULs. */
  for (gsize i = 0; i < length; i++)
    {
      char c = utf8[i];

      if (c == '\r')
        {
          g_string_append_c (text, '\n');
          if (i + 1 < length && utf8[i + 1] == '\n')
            i++;
        }
      else if (c == '\0')
        g_string_append_c (text, ' ');
      else
        g_string_append_c (text, c);
    }
  start = text->str;
  if (g_str_has_prefix (start, "\xef\xbb\xbf"))
    start += 3;

  reader.article = article;
  reader.out = out;
  reader.told = told;
  start = px_read_front_matter (article, start, &reader.title, &reader.date, &front_outlet);
  if (front_outlet != NULL)
    {
      px_reader_offer_outlet (&reader, front_outlet, PX_OUTLET_CUE_SOURCE);
    }

  lines = g_strsplit (start, "\n", -1);
  units = px_split_units (lines);

  for (guint i = 0; i < units->len; i++)
    {
      PxUnit *unit = &g_array_index (units, PxUnit, i);

      px_reader_count_told (&reader, unit->text);
      if (px_reader_take_cue (&reader, unit, i))
        continue;
      if (px_furniture_classify (unit->text) == PX_FURNITURE_END)
        {
          /* "Comments" before any body is a menu item; after it, the end. */
          if (reader.in_body && reader.body_words >= 40)
            break;
          continue;
        }
      if (!reader.in_body)
        px_reader_header_unit (&reader, units, i);
      else if (!px_reader_body_unit (&reader, units, i))
        break;
    }

  px_reader_trim_tail (&reader);
  px_reader_drop_repeats (&reader);
  px_reader_lengthen_outlet (&reader, units);
  px_reader_finish_outlet (&reader);

  if (reader.title != NULL)
    px_article_set_title (article, reader.title);
  if (reader.date != NULL)
    px_article_set_date (article, reader.date);
  for (guint i = 0; i < out->len; i++)
    {
      PxOut *o = &g_array_index (out, PxOut, i);

      px_article_add_paragraph (article, o->role, o->text);
    }

  g_free (reader.title);
  g_free (reader.date);
  g_free (reader.outlet);
  return article;
}
