/* px-plaintext.c — articles copied as plain text (.txt, .md)
 *
 * Text copied from a web page keeps the page's furniture and loses its
 * markup, so the fields are read from line cues:
 *
 *   layout  the body starts at the first sentence of prose; the headline is
 *           the headline-like line nearest above it whose words the body
 *           takes up (menus, taglines and captions rarely share them); the
 *           site's template over the headline goes, and of what lies between
 *           the headline and the body only a dek or standfirst stays;
 *   header  a dateline, a byline ("By", "Von", "Автор:", a lone name beside
 *           the date, "Name, Reporter"), a photo credit and its caption;
 *   body    paragraphs, subheadings (short lines without final punctuation),
 *           quotes and lists; "Read on X:" inserts, credits, appeals and
 *           sign-up boxes are dropped; a "Related" box with the article's
 *           prose after it was an insert;
 *   tail    everything after a heading such as "Related articles" or
 *           "Leave a Reply" is not the article, nor is the author's bio.
 *
 * The outlet is voted for: a banner ("Island Voice — news for the isles"),
 * the site's name over the title, a copyright footer, "Source: Name"
 * (unless a wire agency), "Name avec AFP", a tab title's suffix, appeals
 * ("Become an X Member"), a source domain; names that several cues agree
 * on add up.
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
  gint8     kind;          /* furniture kind + 1, or 0 before it is known */
  gint8     meta;          /* metadata line: 1 no, 2 yes, or 0 before it is known */
} PxUnit;

/* Units are classified many times over; the answer is kept. */
static PxFurnitureKind
px_unit_kind (PxUnit *unit)
{
  if (unit->kind == 0)
    unit->kind = (gint8) (px_furniture_classify (unit->text) + 1);
  return (PxFurnitureKind) (unit->kind - 1);
}

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
  GRegex *emphasis_one;   /* *italic*, _italic_ */
  GRegex *byline;
  GRegex *byline_place;   /* " in Kyiv", " for the Courier", " (à Kiev)" */
  GRegex *source;
  GRegex *member_outlet;  /* "Become an X Member" */
  GRegex *read_on_outlet; /* "[Read on X: …]" */
  GRegex *site_name;      /* "CPC - Caspian Policy Center" */
  GRegex *told_outlet;    /* "…, Broers told OC Media." */
  GRegex *list_marker;
  GRegex *name_split;     /* "Mira Holt, Jonas Ek and Ana Ruiz" */
  GRegex *agency_trailer; /* "Le Quotidien avec AFP", "Gazette with agencies" */
  GRegex *banner;         /* "Island Voice — independent news for the outer isles" */
  GRegex *copyright;      /* "© 2024 Coastline Courier. All rights reserved." */
  GRegex *copyright_end;  /* where the name in a copyright line ends */
  GRegex *rights;         /* "All rights reserved" */
  GRegex *subscribe_to;   /* "Subscribe to The Northbound" */
  GRegex *funded_by;      /* "Island Voice is run by volunteers" */
  GRegex *follow_outlet;  /* "Follow Island Voice on Telegram", "Download the Ledger app" */
  GRegex *title_key;      /* "Title: …" as web clippers write it */
  GRegex *caption_credit; /* "… harbour pier. Credit: Mara Ekholm" */
  GRegex *dateline;       /* "TOKYO, March 4 (Reuters) - " */
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
  r->emphasis_one = px_regex ("(?<![\\w*_])([*_])(?=\\S)([^*_\\n]+?)(?<=\\S)\\1(?![\\w*_])");
  r->byline = px_regex ("^(?i:(?:written |reported |reporting |text |words |story )?by|authors?|reporter|"
                        "scritto da|a cura di|escrito por|geschrieben von|écrit par|"
                        "\u0628\u0642\u0644\u0645|\u0643\u062a\u0628|"
                        "text|von|par|por|di|door|autor|autorzy|autorka|yazar|yazan|"
                        "автор|авторы|автори|текст)(?:\\s*[:\\-–—]\\s*|\\s+)(.+)$");
  r->byline_place = px_regex ("\\s+(?:in|for|from|at|à|aus|für|pour|para|per|из|для|dla|em|w)\\s+\\S|\\s*\\(");
  r->source = px_regex ("^(?i:source|sources|quelle|quellen|source de l'article|fuente|fonte|"
                        "źródło|kaynak|bron|источник|джерело|\u0627\u0644\u0645\u0635\u062f\u0631)\\s*:\\s*(.+)$");
  r->member_outlet = px_regex ("\\b(?i:become|be)\\s+(?i:an?)\\s+(.{2,50}?)\\s+"
                               "(?i:member|supporter|subscriber|patron)\\s*[.!]?$");
  r->read_on_outlet = px_regex ("^\\[?(?i:read|watch|listen)(?:\\s+(?i:more|also))?\\s+(?i:on|at)\\s+"
                                "([^:\\]]{2,40}?)\\s*:");
  r->site_name = px_regex ("^([A-Z][A-Za-z&]{1,7})\\s+[-–—|:]\\s+(\\p{Lu}[\\p{L}&.'’ -]{2,60})$");
  r->told_outlet = px_regex ("\\b(?:told|speaking to|spoke to|said to|in an interview with)\\s+"
                             "((?:the\\s+)?\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3})");
  /* Single-letter connectors in lower case only: "John A Smith" is a name. */
  r->name_split = px_regex ("\\s*[,;]\\s*|\\s+(?:(?i:and|und|et|ve|en|oraz|och|og|та)|&|y|e|i|a|и|і|ja)\\s+");
  r->agency_trailer = px_regex ("^(\\S.{1,50}?)\\s*(?:\\+|&|,|/|\\s(?:avec|with|and|mit|und|con|y|e|com|ile|ve|z|i|и|с|з|та|і|en|met|"
                                "\u0648))\\s*(?i:afp|ap|reuters|dpa|epa|efe|ansa|aa|pap|tass|anadolu|"
                                "agencies|agency|agences|agence|agencias|agencia|agenzie|agenturen|agentur|"
                                "agências|ajanslar|ajans|агентства|агентств|агенції|wires|"
                                "\u0648\u0643\u0627\u0644\u0627\u062a|\u0648\u0643\u0627\u0644\u0629)\\.?$");
  r->banner = px_regex ("^(\\p{Lu}[\\p{L}\\p{N}&.'’+ -]{1,40}?)\\s+(?:[—–|]|-|::)\\s+(\\S.{2,120})$");
  r->copyright = px_regex ("^(?i:copyright\\s*)?(?:©|\\((?i:c)\\)|(?i:copyright))\\s*"
                           "(?:(?:19|20)\\d\\d(?:\\s*[-–—/]\\s*(?:19|20)\\d\\d)?[.,]?\\s+)?(.+)$");
#define PX_RIGHTS "(?i:all rights|tous droits|alle rechte|todos los derechos|tutti i diritti|tüm hakları|" \
                  "все права|усі права|wszelkie prawa|\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642)"
  r->copyright_end = px_regex ("\\.\\s|\\s[-–—|]\\s|[,;]|\\s(?:" PX_RIGHTS "|(?i:при использовании|testata))");
  r->rights = px_regex ("\\s" PX_RIGHTS);
#undef PX_RIGHTS
  r->subscribe_to = px_regex ("\\b(?i:subscribe to|sign up for|abonnez-vous à|abonnieren sie)\\s+"
                              "((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&.'-]*(?:\\s+\\p{Lu}[\\p{L}&.'-]*){0,3})");
  r->funded_by = px_regex ("^((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3})\\s+"
                           "(?:is|are)\\s+(?:(?:an?\\s+)?(?:independent|non-profit|nonprofit|reader-funded|"
                           "member-funded)\\s+(?:\\S+\\s+)?(?:news|newsroom|media|outlet|publication|newspaper|"
                           "magazine|journalism|site|website)\\b|(?:entirely\\s+|largely\\s+|mostly\\s+)?(?:funded|supported|run|"
                           "powered|made possible|financed|owned)\\s+by\\s+(?:its\\s+|our\\s+)?"
                           "(?:readers|members|volunteers|subscribers|supporters))");
  r->follow_outlet = px_regex ("\\b(?:(?i:follow)\\s+((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3})"
                               "\\s+(?i:on)\\s+(?i:x|twitter|facebook|telegram|instagram|whatsapp|threads|bluesky|"
                               "google news|youtube|tiktok)|(?i:download|get)\\s+(?i:the\\s+)?"
                               "(\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*){0,3})\\s+(?i:app))");
  r->title_key = px_regex ("^(?i:title|titre|titel|título|titolo|tytuł|başlık|заголовок|заголовок)\\s*:\\s*(\\S.*)$");
  r->caption_credit = px_regex ("\\S.*[.)]\\s+(?i:photo|photograph|image|picture|credit|foto|fotoğraf|"
                                "crédit|bild|фото|zdjęcie|afbeelding|صورة)\\s*:\\s*\\S");
  r->dateline = px_regex ("^\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,30}(?:,[^()]{1,30})?\\s*\\((\\p{Lu}[\\p{L}.&/ -]{1,24})\\)\\s*[-–—]");
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

  g_autofree char *strong = NULL;

  if (strchr (text, '[') == NULL && strchr (text, '<') == NULL &&
      strchr (text, '*') == NULL && strchr (text, '_') == NULL)
    return g_strdup (text);
  links = g_regex_replace_eval (r->link, text, -1, 0, 0, px_replace_link, NULL, NULL);
  if (links == NULL)
    links = g_strdup (text);
  autolinks = g_regex_replace (r->autolink, links, -1, 0, "\\1", 0, NULL);
  if (autolinks == NULL)
    autolinks = g_strdup (links);
  strong = g_regex_replace (r->emphasis, autolinks, -1, 0, "\\2", 0, NULL);
  if (strong == NULL)
    strong = g_strdup (autolinks);
  return g_regex_replace (r->emphasis_one, strong, -1, 0, "\\2", 0, NULL);
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

static guint
px_first_word_length (const char *line)
{
  guint length = 0;

  for (const char *p = line; *p && *p != ' ' && *p != '\t'; p = g_utf8_next_char (p))
    length++;
  return length;
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
          /* A wrapped line stops where its next word would not have fit. */
          if (*next == '\0' || px_starts_block (next) ||
              length + 1 + px_first_word_length (next) <= wrap_width ||
              px_furniture_classify (next) != PX_FURNITURE_NONE)
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
      if (*clean == '\0' || (!px_text_has_letters (clean) && !px_date_line_is_date (clean)))
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

static gboolean px_is_wire_agency (const char *name);

/* "MIRA HOLT" as bylines in capitals print it → "Mira Holt". */
static char *
px_name_case (const char *name)
{
  GString *out;
  gboolean start = TRUE;

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return g_strdup (name);
  out = g_string_new (NULL);
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
      start = !g_unichar_isalpha (c) && c != '\'' && c != 0x2019;
    }
  return g_string_free (out, FALSE);
}

/* Bylines that name a desk, not a person. */
static gboolean
px_is_staff_name (const char *name)
{
  static const char * const staff[] = {
    "staff", "newsroom", "desk", "editors", "editorial", "redacción", "redaccion", "redaktion",
    "rédaction", "redazione", "redação", "redacção", "redakcja", "redactie", "редакция",
    "редакція", "merkezi", "haber", "agencies", "agency", "wires", "bureau",
  };
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_auto(GStrv) words = g_strsplit (g_strstrip (lower), " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (staff); j++)
      if (strcmp (words[i], staff[j]) == 0)
        return TRUE;
  return FALSE;
}

/* "Mira Holt on 3 March 2024", "Anna Weiß am 3. März 2024": cuts @text
 * before the date and the words that lead to it. */
static void
px_cut_before_date (char *text)
{
  char *end = text;
  gboolean cut = FALSE;

  while (*end && !g_ascii_isdigit (*end))
    end++;
  *end = '\0';
  do
    {
      char *space;
      g_autofree char *probe = NULL;
      g_autofree char *month = NULL;
      gunichar first;

      g_strchomp (text);
      space = strrchr (text, ' ');
      if (space == NULL)
        break;
      first = g_utf8_get_char (space + 1);
      probe = g_strdup_printf ("1 %s 2000", space + 1);
      month = px_date_parse (probe);
      /* Connectors ("on", "am", "le") are lower case; months may not be. */
      cut = g_unichar_islower (first) || month != NULL || !g_unichar_isalpha (first);
      if (cut)
        *space = '\0';
    }
  while (cut);
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
        if (strpbrk (rest, "0123456789") != NULL)
          px_cut_before_date (rest);
      }
  }

  /* "By Mira Holt in Kyiv", "Par Jean Dupont (à Kiev)": the place goes. */
  {
    g_autoptr(GMatchInfo) info = NULL;

    if (g_regex_match (r->byline_place, rest, 0, &info))
      {
        int start;

        g_match_info_fetch_pos (info, 0, &start, NULL);
        rest[start] = '\0';
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
        if (ok && (px_is_wire_agency (g_strstrip (candidates[i])) || px_is_staff_name (candidates[i])))
          {
            /* "By Reuters", "By Mira Holt, Associated Press": no person. */
            if (i == 0)
              return TRUE;
            break;
          }
        /* "By Mira Holt, Kyiv", "Text: Mira Holt, Fotos: Jonas Ek": after a
         * name, one word is a place and a colon starts another credit. */
        if (ok && i > 0 && (count < 2 || strchr (candidates[i], ':') != NULL))
          break;
        if (!ok)
          {
            /* "By Mira Holt, Reuters correspondent": keep the names before. */
            if (i == 0)
              return FALSE;
            break;
          }
        g_ptr_array_add (found, px_name_case (g_strstrip (candidates[i])));
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

/* No word starts in lower case: "Le Quotidien", "La Voce della Valle",
 * "الأفق نيوز" (a script without case passes). */
static gboolean
px_is_proper_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint lower = 0, count = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      count++;
      if (g_unichar_islower (g_utf8_get_char (words[i])) && strlen (words[i]) > 5)
        return FALSE;
      if (g_unichar_islower (g_utf8_get_char (words[i])))
        lower++;
    }
  return count > 0 && !g_unichar_islower (g_utf8_get_char (text)) && lower * 2 < count;
}

/* Wire agencies: a "Source: Reuters" line names the wire, not the outlet
 * that ran the story. */
static gboolean
px_is_wire_agency (const char *name)
{
  static const char * const agencies[] = {
    "reuters", "afp", "ap", "associated press", "agence france-presse", "agence france presse",
    "dpa", "epa", "efe", "ansa", "aa", "anadolu", "anadolu agency", "anadolu ajansı", "pap",
    "tass", "итар-тасс", "тасс", "ria novosti", "риа новости", "interfax", "интерфакс",
    "xinhua", "kyodo", "yonhap", "ukrinform", "укрінформ", "unian", "уніан", "bta", "apa",
    "trend", "armenpress", "azertac", "mena", "wam", "sana", "irna", "belga", "anp", "tt",
    "ntb", "ritzau", "stt", "apa-ots", "keystone-sda", "sda", "ats", "kna", "ips",
    "agencies", "agences", "agencias", "agenzie", "agenturen", "agências", "ajanslar",
    "агентства", "агенції", "wires", "wire services", "news agencies",
    "\u0648\u0643\u0627\u0644\u0627\u062a", "\u0631\u0648\u064a\u062a\u0631\u0632",
  };
  g_autofree char *key = g_utf8_casefold (name, -1);

  g_strstrip (key);
  for (guint i = 0; i < G_N_ELEMENTS (agencies); i++)
    if (strcmp (key, agencies[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "Le Quotidien avec AFP", "Gazette + agencies": the outlet, then the wires
 * it drew on. Returns the outlet's part. */
static char *
px_parse_agency_trailer (const char *text)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autofree char *name = NULL;

  if (px_text_count_words (text) > 10 || g_regex_match (r->byline, text, 0, NULL))
    return NULL;
  name = px_match_group (r->agency_trailer, text, 1);
  if (name == NULL)
    return NULL;
  g_strstrip (name);
  /* "Foto: Uli Deck / dpa" credits a picture. */
  if (px_text_count_words (name) > 5 || px_text_ends_sentence (name) || px_is_wire_agency (name) ||
      !px_is_proper_name (name) || strchr (name, ':') != NULL ||
      px_furniture_classify (text) == PX_FURNITURE_CREDIT)
    return NULL;
  return g_steal_pointer (&name);
}

/* "source: commonspace.eu with armenpress.am" → the domain;
 * "Source: Island Voice" → the name, unless it is a wire agency. */
static gboolean
px_parse_source_line (const char  *text,
                      char       **domain,
                      char       **name)
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
          *domain = px_outlet_from_url (word);
          return TRUE;
        }
    }
  if (name != NULL)
    {
      g_autofree char *trailer = px_parse_agency_trailer (value);
      char *candidate = trailer != NULL ? g_steal_pointer (&trailer) : g_strstrip (g_strdup (value));
      gsize length = strlen (candidate);

      while (length > 0 && candidate[length - 1] == '.')
        candidate[--length] = '\0';
      if (px_text_count_words (candidate) <= 5 && !px_is_wire_agency (candidate) &&
          strchr (candidate, ',') == NULL)
        *name = candidate;
      else
        g_free (candidate);
    }
  return TRUE;
}

/* "© 2024 Coastline Courier Media Ltd. All rights reserved." → "Coastline
 * Courier Media"; only footers with a year count, since "© Reuters" under a
 * picture credits the photograph. */
static char *
px_parse_copyright (const char *text)
{
  static const char * const suffixes[] = {
    " ltd", " limited", " gmbh", " inc", " llc", " s.a", " sa", " srl", " s.r.l", " spa",
    " s.p.a", " ag", " plc", " ooo", " ооо", " a.ş",
  };
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autofree char *rest = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  g_auto(GStrv) words = NULL;
  GString *kept = g_string_new (NULL);
  gboolean year = FALSE;
  char *name;

  if (px_text_count_words (text) > 30)
    {
      g_string_free (kept, TRUE);
      return NULL;
    }
  for (const char *p = text; *p && !year; p++)
    year = (p[0] == '1' || p[0] == '2') && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
           g_ascii_isdigit (p[3]);
  /* "© Island Voice. All rights reserved." needs no year. */
  if (!year)
    year = g_regex_match (r->rights, text, 0, NULL);
  rest = year ? px_match_group (r->copyright, text, 1) : NULL;
  if (rest == NULL)
    {
      g_string_free (kept, TRUE);
      return NULL;
    }
  /* The name ends where the sentence or the rights notice begins. */
  if (g_regex_match (r->copyright_end, rest, 0, &info))
    {
      int start;

      g_match_info_fetch_pos (info, 0, &start, NULL);
      rest[start] = '\0';
    }
  /* Drop quotes and years, keep the case. */
  words = g_strsplit (g_strstrip (rest), " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      GString *word = g_string_new (NULL);
      gboolean digits = TRUE;

      for (const char *p = words[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == 0x00ab || c == 0x00bb || c == 0x201c || c == 0x201d || c == 0x201e || c == '"')
            continue;
          digits = digits && (g_unichar_isdigit (c) || c == '-' || c == '/' || c == 0x2013 || c == 0x2014);
          g_string_append_unichar (word, c);
        }
      if (word->len > 0 && !digits)
        {
          if (kept->len > 0)
            g_string_append_c (kept, ' ');
          g_string_append (kept, word->str);
        }
      g_string_free (word, TRUE);
    }
  name = g_string_free (kept, FALSE);
  while (*name && (name[strlen (name) - 1] == '.' || name[strlen (name) - 1] == ','))
    name[strlen (name) - 1] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *lower = g_utf8_strdown (name, -1);

      if (strlen (lower) == strlen (name) && g_str_has_suffix (lower, suffixes[i]))
        name[strlen (name) - strlen (suffixes[i])] = '\0';
    }
  g_strstrip (name);
  if (!px_text_has_letters (name) || px_text_count_words (name) > 6)
    {
      g_free (name);
      return NULL;
    }
  return name;
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

static gboolean
px_is_short_date (const char *text)
{
  g_autofree char *date = NULL;

  if (px_text_count_words (text) > 10)
    return FALSE;
  date = px_date_parse (text);
  return date != NULL;
}

static gboolean px_is_lone_name (const char *text);

static const char * const px_role_words[] = {
    "reporter", "correspondent", "editor", "writer", "journalist", "columnist", "staff",
    "contributor", "producer", "analyst", "redakteur", "redakteurin", "korrespondent",
    "korrespondentin", "journaliste", "correspondant", "correspondante", "rédacteur",
    "rédactrice", "envoyé", "envoyée", "periodista", "corresponsal", "redactor", "redactora",
    "giornalista", "inviato", "inviata", "corrispondente", "redattore", "jornalista",
    "correspondente", "redactie", "verslaggever", "dziennikarz", "dziennikarka",
    "korespondent", "muhabir", "muhabiri", "editörü", "корреспондент", "журналист",
    "журналистка", "обозреватель", "редактор", "кореспондент", "журналіст", "журналістка",
    "оглядач",
};

/* "Environment correspondent", "Staff reporter": a job title under a name. */
static gboolean
px_is_role_line (const char *text)
{
  g_autofree char *lower = NULL;
  g_auto(GStrv) words = NULL;

  if (px_text_count_words (text) > 6 || px_text_ends_sentence (text))
    return FALSE;
  lower = g_utf8_strdown (text, -1);
  words = g_strsplit_set (lower, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (px_role_words); j++)
      if (g_str_has_prefix (words[i], px_role_words[j]))
        return TRUE;
  return FALSE;
}

/* "Jane Doe, Local Democracy Reporter", "Anna Weiß, Korrespondentin in
 * Wien": a byline without "By". Returns the name. */
static char *
px_parse_name_and_role (const char *text)
{
  const char *comma = strchr (text, ',');
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_auto(GStrv) words = NULL;

  if (comma == NULL || px_text_count_words (text) > 10 || px_text_ends_sentence (text))
    return NULL;
  name = g_strstrip (g_strndup (text, comma - text));
  if (!px_is_lone_name (name))
    return NULL;
  role = g_utf8_strdown (comma + 1, -1);
  words = g_strsplit_set (role, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    for (guint j = 0; j < G_N_ELEMENTS (px_role_words); j++)
      if (g_str_has_prefix (words[i], px_role_words[j]))
        return g_steal_pointer (&name);
  return NULL;
}

/* "Mira Holt | 2 October 2018": a name, then the date. Returns the name
 * and fills @date when it is unset. */
static char *
px_parse_name_and_date (const char  *text,
                        char       **date)
{
  static const char * const separators[] = { " | ", " \u2022 ", " \u00b7 ", " - ", " \u2013 ", " \u2014 ", ", " };

  if (px_text_count_words (text) > 14)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      const char *sep = strstr (text, separators[i]);
      g_autofree char *name = NULL;
      g_autofree char *found = NULL;

      if (sep == NULL)
        continue;
      name = g_strstrip (g_strndup (text, sep - text));
      found = px_date_parse (sep + strlen (separators[i]));
      if (found != NULL && px_is_lone_name (name))
        {
          if (date != NULL && *date == NULL)
            *date = g_steal_pointer (&found);
          return g_steal_pointer (&name);
        }
    }
  return NULL;
}

/* A name on its own line beside the date: the author. */
static gboolean
px_is_lone_name (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint count = g_strv_length (words);

  if (count < 2 || count > 4 || strlen (text) > 60 || px_text_ends_sentence (text) ||
      px_is_staff_name (text) || px_is_wire_agency (text))
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar first = g_utf8_get_char (words[i]);

      if (!g_unichar_isalpha (first) || g_unichar_islower (first))
        return FALSE;
      for (const char *p = words[i]; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!g_unichar_isalpha (c) && !g_unichar_ismark (c) && c != '-' && c != '\'' && c != 0x2019 && c != '.')
            return FALSE;
        }
    }
  return TRUE;
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

/* Cues to the outlet, weakest first; a cue's weight says how much one
 * sighting counts, and names that several cues agree on add up. */
typedef enum {
  PX_OUTLET_CUE_NONE,
  PX_OUTLET_CUE_HEADER,     /* a short name line over the title: "Le Quotidien" */
  PX_OUTLET_CUE_MASTHEAD,   /* the same in the page's first lines */
  PX_OUTLET_CUE_TOLD,       /* "X told OC Media" more than once */
  PX_OUTLET_CUE_READ_ON,    /* "[Read on OC Media: …]" */
  PX_OUTLET_CUE_MEMBER,     /* "Become an OC Media Member" */
  PX_OUTLET_CUE_SUBSCRIBE,  /* "Subscribe to The Northbound" */
  PX_OUTLET_CUE_DATELINE,   /* "TOKYO, March 4 (Reuters) - …": wire copy */
  PX_OUTLET_CUE_DOMAIN,     /* "source: commonspace.eu" */
  PX_OUTLET_CUE_SUFFIX,     /* "Headline | Outlet" as the tab title shows it */
  PX_OUTLET_CUE_BANNER,     /* "Island Voice — independent news for the outer isles" */
  PX_OUTLET_CUE_COPYRIGHT,  /* "© 2024 Coastline Courier. All rights reserved." */
  PX_OUTLET_CUE_SOURCE,     /* "Source: Island Voice" (not a wire agency) */
  PX_OUTLET_CUE_TRAILER,    /* "Le Quotidien avec AFP" */
  PX_OUTLET_CUE_SITE_NAME,  /* "CPC - Caspian Policy Center" */
  PX_OUTLET_CUE_FRONT,      /* front matter "outlet:" */
} PxOutletCue;

static const double px_outlet_cue_weights[] = {
  0, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 100,
};

typedef struct {
  char        *name;
  double       weight;
  PxOutletCue  cue;
} PxOutletVote;

static void
px_outlet_vote_clear (PxOutletVote *vote)
{
  g_free (vote->name);
}

typedef struct {
  PxArticle   *article;
  GArray      *out;          /* PxOut */
  char        *title;
  char        *date;
  char        *early_date;   /* a date over the title: perhaps the page's "today" */
  char        *outlet;
  PxOutletCue  outlet_cue;
  GArray      *votes;        /* PxOutletVote */
  GHashTable  *told;         /* outlet-like names after "told" → count */
  guint        body_words;
  guint        skip_related; /* headlines of a "Read also" box still to drop */
  gboolean     skip_signup;  /* …or lines of a newsletter box */
  guint        unit_index;   /* the unit being read */
  guint        emitted_unit; /* the unit the last paragraph came from, plus one */
  gboolean     in_body;
  gboolean     after_credit;
  gboolean     after_title_or_date;
} PxReader;

static void
px_reader_offer_outlet (PxReader    *reader,
                        const char  *outlet,
                        PxOutletCue  cue)
{
  PxOutletVote vote = { 0 };
  g_autofree char *name = NULL;

  if (outlet == NULL || cue == PX_OUTLET_CUE_NONE)
    return;
  name = g_strstrip (g_strdup (outlet));
  if (*name == '\0' || !px_text_has_letters (name) || px_text_count_words (name) > 8)
    return;
  vote.name = g_steal_pointer (&name);
  vote.weight = px_outlet_cue_weights[cue];
  vote.cue = cue;
  g_array_append_val (reader->votes, vote);
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
  reader->emitted_unit = reader->unit_index + 1;
  if (role == PX_PARAGRAPH_BODY || role == PX_PARAGRAPH_QUOTE || role == PX_PARAGRAPH_LIST)
    reader->body_words += px_text_count_words (text);
}

static PxOut *
px_reader_last (PxReader *reader)
{
  return reader->out->len > 0 ? &g_array_index (reader->out, PxOut, reader->out->len - 1) : NULL;
}

/* "https://…" or "URL: https://…" on a line of its own: the article's
 * address, as clippers note it. */
static void
px_reader_take_url (PxReader   *reader,
                    const char *text,
                    gboolean    vote)
{
  const char *start = strstr (text, "http://");
  g_autofree char *domain = NULL;

  if (start == NULL)
    start = strstr (text, "https://");
  if (start == NULL || strchr (start, ' ') != NULL || start - text > 40)
    return;
  if (px_article_get_url (reader->article) == NULL)
    px_article_set_url (reader->article, start);
  if (vote)
    {
      domain = px_outlet_from_url (start);
      px_reader_offer_outlet (reader, domain, PX_OUTLET_CUE_DOMAIN);
    }
}

/* Handles the cues that may appear anywhere; returns TRUE when @unit was
 * consumed (dropped or read into a field). */
static gboolean
px_reader_take_cue (PxReader *reader,
                    PxUnit   *unit,
                    guint     index)
{
  g_autofree char *outlet = NULL;
  g_autofree char *source_name = NULL;
  g_autofree char *site = NULL;
  g_autofree char *trailer = NULL;
  PxFurnitureKind kind;

  if (px_parse_source_line (unit->text, &outlet, &source_name))
    {
      px_reader_offer_outlet (reader, outlet, PX_OUTLET_CUE_DOMAIN);
      px_reader_offer_outlet (reader, source_name, PX_OUTLET_CUE_SOURCE);
      px_reader_take_url (reader, unit->text, FALSE);
      return TRUE;
    }
  if ((trailer = px_parse_agency_trailer (unit->text)) != NULL)
    {
      px_reader_offer_outlet (reader, trailer, PX_OUTLET_CUE_TRAILER);
      return TRUE;
    }
  /* "The Coast Courier is an independent newsroom…": the site about itself
   * (its name was counted with the footers). */
  if (px_text_count_words (unit->text) <= 25 &&
      g_regex_match (px_plaintext_regexes ()->funded_by, unit->text, 0, NULL))
    return TRUE;

  kind = px_unit_kind (unit);
  if (kind == PX_FURNITURE_LINE)
    {
      px_reader_scan_outlet_cues (reader, unit->text);
      px_reader_take_url (reader, unit->text, TRUE);
      return TRUE;
    }
  if (kind == PX_FURNITURE_CREDIT && (site = px_parse_copyright (unit->text)) != NULL)
    return TRUE;
  if (kind == PX_FURNITURE_CREDIT)
    {
      PxOut *last = px_reader_last (reader);

      /* A short sentence right before a credit is the picture's caption. */
      if (last != NULL && last->role == PX_PARAGRAPH_BODY && px_text_count_words (last->text) <= 25 &&
          reader->in_body && reader->emitted_unit == index)
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

  if (px_parse_byline (text, px_article_get_authors (reader->article), &reader->date))
    {
      reader->after_title_or_date = TRUE;
      return;
    }
  if (px_text_count_words (text) <= 20 && px_date_line_is_date (text))
    {
      date = px_date_parse (text);
      if (reader->date == NULL)
        reader->date = g_steal_pointer (&date);
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
  g_autofree char *name = NULL;

  if (px_text_count_words (text) <= 12 &&
      px_parse_byline (text, px_article_get_authors (reader->article), &reader->date))
    return TRUE;
  if (reader->body_words < 100 && px_article_get_authors (reader->article)->len == 0 &&
      (name = px_parse_name_and_date (text, &reader->date)) != NULL)
    {
      px_article_add_author (reader->article, name);
      return TRUE;
    }
  if (px_text_count_words (text) <= 12 && px_date_line_is_date (text))
    {
      if (reader->date == NULL)
        reader->date = px_date_parse (text);
      return TRUE;
    }
  if (px_is_lone_name (text) && px_article_get_authors (reader->article)->len == 0 &&
      ((next != NULL && px_is_short_date (next->text)) ||
       (index > 0 && px_is_short_date (g_array_index (units, PxUnit, index - 1).text))))
    {
      px_article_add_author (reader->article, text);
      return TRUE;
    }

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

/* "Mira Holt covers business for the Courier.": the byline's author about
 * herself, under the article. */
static gboolean
px_is_author_bio (PxReader   *reader,
                  const char *text)
{
  GPtrArray *authors = px_article_get_authors (reader->article);

  if (px_text_count_words (text) > 45 || reader->out->len < 3)
    return FALSE;
  for (guint i = 0; i < authors->len; i++)
    {
      const char *name = g_ptr_array_index (authors, i);
      gsize length = strlen (name);

      if (g_str_has_prefix (text, name) && (text[length] == ' ' || text[length] == ',') &&
          strchr (text + length, '"') == NULL && strstr (text + length, "\u201c") == NULL &&
          strstr (text + length, " said") == NULL)
        return TRUE;
    }
  return FALSE;
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
        {
          /* An author's name signed under the text. */
          if (last->role == PX_PARAGRAPH_BODY && px_is_lone_name (last->text) &&
              px_article_get_authors (reader->article)->len == 0)
            px_article_add_author (reader->article, last->text);
          g_array_set_size (reader->out, reader->out->len - 1);
        }
      else if (last->role == PX_PARAGRAPH_BODY && px_is_author_bio (reader, last->text))
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

/* A name as votes compare it: case-folded, without quotes or a leading
 * "the". */
static char *
px_outlet_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *key = g_string_new (NULL);
  const char *p = folded;

  if (g_str_has_prefix (p, "the "))
    p += 4;
  for (; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00ab || c == 0x00bb || c == 0x201c || c == 0x201d || c == 0x201e || c == '"')
        continue;
      g_string_append_unichar (key, c);
    }
  g_strstrip (key->str);
  key->len = strlen (key->str);
  while (key->len > 0 && (key->str[key->len - 1] == '.' || key->str[key->len - 1] == ','))
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

/* Letters and digits only: "The Northbound" → "northbound". */
static char *
px_outlet_slug (const char *key)
{
  GString *slug = g_string_new (NULL);

  for (const char *p = key; *p; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      g_string_append_unichar (slug, g_utf8_get_char (p));
  return g_string_free (slug, FALSE);
}

/* How many units name @name, as written (case counts: "Courier" the
 * outlet, not "courier" the trade). */
static guint
px_count_mentions (GArray     *units,
                   const char *name)
{
  g_autofree char *escaped = g_regex_escape_string (name, -1);
  g_autofree char *pattern = g_strdup_printf ("(?<![\\p{L}\\p{N}])%s(?![\\p{L}\\p{N}])", escaped);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
  guint count = 0;

  if (regex == NULL)
    return 0;
  for (guint i = 0; i < units->len && i < 600; i++)
    if (g_regex_match (regex, g_array_index (units, PxUnit, i).text, 0, NULL))
      count++;
  return count;
}

/* Tallies the votes: a name collects the votes of the longer names it
 * begins ("Coastline Courier" those of "Coastline Courier Media Ltd"), of
 * a domain that spells it ("northbound.example") and a little for every
 * line that mentions it. */
static void
px_reader_tally_outlet (PxReader *reader,
                        GArray   *units)
{
  guint n = reader->votes->len;
  g_autofree double *totals = g_new0 (double, n);
  g_autofree PxOutletCue *cues = g_new0 (PxOutletCue, n);
  g_auto(GStrv) keys = g_new0 (char *, n + 1);
  int best = -1;

  for (guint i = 0; i < n; i++)
    keys[i] = px_outlet_key (g_array_index (reader->votes, PxOutletVote, i).name);
  for (guint i = 0; i < n; i++)
    {
      PxOutletVote *vote = &g_array_index (reader->votes, PxOutletVote, i);
      gboolean domain = px_looks_like_domain (vote->name);
      g_autofree char *slug = px_outlet_slug (keys[i]);

      for (guint j = 0; j < n; j++)
        {
          PxOutletVote *other = &g_array_index (reader->votes, PxOutletVote, j);
          gsize length = strlen (keys[i]);
          gboolean agrees = strcmp (keys[i], keys[j]) == 0 ||
                            (g_str_has_prefix (keys[j], keys[i]) && keys[j][length] == ' ');

          if (!agrees && !domain && px_looks_like_domain (other->name) && strlen (slug) >= 3)
            {
              /* "northbound.example" spells "The Northbound". */
              g_autofree char *label = g_strndup (keys[j], strcspn (keys[j], "."));
              g_autofree char *label_slug = px_outlet_slug (label);

              agrees = strcmp (label_slug, slug) == 0 ||
                       (strlen (slug) >= 5 && strstr (label_slug, slug) != NULL);
            }
          if (agrees)
            {
              totals[i] += other->weight;
              cues[i] = MAX (cues[i], other->cue);
            }
        }
      if (!domain)
        totals[i] += 0.5 * MIN (2, px_count_mentions (units, vote->name));
    }
  for (guint i = 0; i < n; i++)
    {
      PxOutletVote *vote = &g_array_index (reader->votes, PxOutletVote, i);

      if (totals[i] < 2)
        continue;
      /* On a tie a name beats a bare domain, then the stronger cue wins. */
      if (best < 0 || totals[i] > totals[best] + 1e-9 ||
          (totals[i] > totals[best] - 1e-9 &&
           (px_looks_like_domain (g_array_index (reader->votes, PxOutletVote, best).name) >
            px_looks_like_domain (vote->name) ||
            cues[i] > cues[best] ||
            (cues[i] == cues[best] && g_utf8_strlen (vote->name, -1) <
             g_utf8_strlen (g_array_index (reader->votes, PxOutletVote, best).name, -1)))))
        best = i;
    }
  if (best >= 0)
    {
      px_set_str (&reader->outlet, g_array_index (reader->votes, PxOutletVote, best).name);
      reader->outlet_cue = cues[best];
    }
}

static void
px_reader_finish_outlet (PxReader *reader,
                         GArray   *units)
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

  px_reader_tally_outlet (reader, units);
  px_reader_lengthen_outlet (reader, units);

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

/* A "Read also" heading over a list of headlines (not "Read also: X"). */
static gboolean
px_is_read_also_heading (const char *text)
{
  static const char * const headings[] = {
    "read also", "also read", "read more", "see also", "related", "lire aussi", "à lire aussi",
    "lire également", "voir aussi", "lesen sie auch", "mehr zum thema", "lee también",
    "lea también", "leggi anche", "leia também", "veja também", "lees ook", "czytaj także",
    "czytaj też", "zobacz też", "zobacz także", "ilgili haberler", "ayrıca okuyun",
    "читайте также", "читайте по теме", "смотрите также", "читайте також", "дивіться також",
    "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627", "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b",
  };
  g_autofree char *normal = px_furniture_normalize (text);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (strcmp (normal, headings[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
px_is_signup (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return px_text_count_words (text) <= 12 &&
         (strstr (lower, "newsletter") != NULL || strstr (lower, "sign up") != NULL ||
          strstr (lower, "subscribe") != NULL || strstr (lower, "abonnieren") != NULL ||
          strstr (lower, "abonnez") != NULL || strstr (lower, "suscríbete") != NULL ||
          strstr (lower, "iscriviti") != NULL || strstr (lower, "подпиш") != NULL ||
          strstr (lower, "підпиш") != NULL);
}

/* "Comments (12)", "Leave a Reply", "Kommentare": the thread, not a box. */
static gboolean
px_is_comments_heading (const char *text)
{
  static const char * const stems[] = {
    "comment", "leave a reply", "reply", "join the conversation", "discussion", "kommentar",
    "commentaire", "comentario", "commenti", "comentário", "reactie", "komentarz", "yorum",
    "комментар", "коментар", "обсуждение", "تعليق", "التعليقات", "laisser une réponse",
    "deja una respuesta", "lascia una risposta", "deixe uma resposta", "thoughts on", "responses to",
  };
  g_autofree char *normal = px_furniture_normalize (text);

  for (guint i = 0; i < G_N_ELEMENTS (stems); i++)
    if (strstr (normal, stems[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
px_is_comment_header (GArray *units,
                      guint   index)
{
  static const char * const verbs[] = {
    " says:", " said:", " wrote:", " schreibt:", " dit :", " dit:", " dice:", " escribe:",
    " scrive:", " diz:", " schreef:", " пишет:", " пише:", " napisał:", " napisała:", " yazdı:",
  };
  const char *text = g_array_index (units, PxUnit, index).text;
  g_autofree char *name = NULL;

  if (index + 1 >= units->len || px_text_count_words (text) > 6 ||
      !px_is_short_date (g_array_index (units, PxUnit, index + 1).text))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_has_suffix (text, verbs[i]))
      {
        name = g_strndup (text, strlen (text) - strlen (verbs[i]));
        return *name != '\0';
      }
  return FALSE;
}

/* The page's layout ------------------------------------------------------
 *
 * A copied page opens with its template (skip links, the site's name,
 * menus, a ticker) and the article's header (kicker, title, standfirst,
 * byline, date, picture). The body starts at the first sentence of prose;
 * the title is the headline-like line nearest above it whose words the body
 * takes up, which a menu's, a tagline's or a caption's words rarely are.
 */

typedef struct {
  int         title;        /* unit index of the headline, or -1 */
  char       *title_text;   /* its text, the better-cased copy of a repeat */
  guint       first_prose;  /* the body's first unit */
  GHashTable *stems;        /* the body's word stems, and the title's */
} PxLayout;

/* The first five letters of the words of four letters or more, lower-cased:
 * enough to match inflected forms ("Wahlrecht", "Wahlrechts"). */
static void
px_add_stems (GHashTable *stems,
              const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *word = g_string_new (NULL);
  guint letters = 0;

  for (const char *p = lower; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          if (letters < 5)
            g_string_append_unichar (word, c);
          letters++;
          continue;
        }
      if (letters >= 4)
        g_hash_table_add (stems, g_strdup (word->str));
      g_string_truncate (word, 0);
      letters = 0;
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
}

/* The share of @text's stems found in @stems, or -1 when it has none. */
static double
px_stem_overlap (const char *text,
                 GHashTable *stems)
{
  g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer stem;
  guint found = 0;

  px_add_stems (own, text);
  if (g_hash_table_size (own) == 0)
    return -1;
  g_hash_table_iter_init (&iter, own);
  while (g_hash_table_iter_next (&iter, &stem, NULL))
    if (g_hash_table_contains (stems, stem))
      found++;
  return (double) found / g_hash_table_size (own);
}

/* Lines that carry metadata rather than text. */
static gboolean
px_is_meta_line (const char *text)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autoptr(GPtrArray) authors = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *domain = NULL;
  g_autofree char *trailer = NULL;

  if (px_text_count_words (text) <= 20 && px_date_line_is_date (text))
    return TRUE;
  if (px_parse_byline (text, authors, NULL) || px_parse_source_line (text, &domain, NULL))
    return TRUE;
  if ((trailer = px_parse_agency_trailer (text)) != NULL)
    return TRUE;
  return g_regex_match (r->title_key, text, 0, NULL) && px_text_count_words (text) <= 40;
}

static gboolean
px_unit_is_meta (PxUnit *unit)
{
  if (unit->meta == 0)
    unit->meta = px_is_meta_line (unit->text) ? 2 : 1;
  return unit->meta == 2;
}

/* A picture's caption: "… pier. Credit: Mara Ekholm", a line beside a
 * credit, or one ending in a parenthesised source: "… capital (Reuters)". */
static gboolean
px_is_caption_like (GArray *units,
                    guint   index)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  const char *text = g_array_index (units, PxUnit, index).text;
  gsize length = strlen (text);

  if (g_regex_match (r->caption_credit, text, 0, NULL))
    return TRUE;
  if (index + 1 < units->len &&
      px_unit_kind (&g_array_index (units, PxUnit, index + 1)) == PX_FURNITURE_CREDIT)
    return TRUE;
  if (index > 0 &&
      px_unit_kind (&g_array_index (units, PxUnit, index - 1)) == PX_FURNITURE_CREDIT &&
      !px_is_prose (text))
    return TRUE;
  if (length > 2 && text[length - 1] == ')')
    {
      const char *open = strrchr (text, '(');

      /* "(Reuters)", not "(updated)". */
      if (open != NULL && open > text && px_text_count_words (open) <= 3 &&
          !g_unichar_islower (g_utf8_get_char (g_utf8_next_char (open))))
        return TRUE;
    }
  return FALSE;
}

/* "Island Voice — independent news for the outer isles": a site's name and
 * its tagline. Returns the name. */
static char *
px_parse_banner (const char *text,
                 GHashTable *body_stems)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *tagline = NULL;
  g_autofree char *spelled = NULL;

  if (!g_regex_match (r->banner, text, 0, &info))
    return NULL;
  /* "CPC - Caspian Policy Center": the name is the part spelled out. */
  if ((spelled = px_parse_site_name (text)) != NULL)
    return NULL;
  name = g_match_info_fetch (info, 1);
  tagline = g_match_info_fetch (info, 2);
  g_strstrip (name);
  if (px_text_count_words (name) > 4 || !px_is_proper_name (name))
    return NULL;
  /* A tagline reads on in lower case, or is longer than the short name
   * before it; "Headline | Outlet" has its short part last. */
  if (px_text_ends_sentence (tagline) || strchr (tagline, '|') != NULL ||
      strstr (tagline, "\u00b7") != NULL || strstr (tagline, "\u2022") != NULL ||
      !(g_unichar_islower (g_utf8_get_char (tagline)) ||
        (px_text_count_words (name) <= 3 && px_text_count_words (tagline) >= 3 &&
         (body_stems == NULL || px_stem_overlap (tagline, body_stems) < 0.34))))
    return NULL;
  return g_steal_pointer (&name);
}

static gboolean
px_is_title_candidate (GArray     *units,
                       guint       index,
                       GHashTable *body_stems)
{
  PxUnit *unit = &g_array_index (units, PxUnit, index);
  const char *text = unit->text;
  guint words = px_text_count_words (text);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (text + strlen (text)));
  g_autofree char *banner = NULL;
  double overlap;

  if (words == 0 || words > 30 || strlen (text) > 300 || unit->quote || unit->list_item)
    return FALSE;
  if (px_unit_kind (unit) != PX_FURNITURE_NONE || px_unit_is_meta (unit))
    return FALSE;
  if (unit->heading_level > 0)
    return TRUE;
  if (words < 2 || last == '.' || last == ':' || last == ',' || last == ';' || px_is_caption_like (units, index))
    return FALSE;
  if (index <= 2 && (banner = px_parse_banner (text, body_stems)) != NULL)
    return FALSE;
  overlap = px_stem_overlap (text, body_stems);
  return overlap >= 0.2;
}

static gboolean
px_is_body_start (GArray *units,
                  guint   index)
{
  PxUnit *unit = &g_array_index (units, PxUnit, index);

  return unit->heading_level == 0 && px_is_prose (unit->text) &&
         px_unit_kind (unit) == PX_FURNITURE_NONE &&
         !px_unit_is_meta (unit) && !px_is_caption_like (units, index);
}

/* "Ferry fares to double from April, operator says." ends like a sentence,
 * but a byline or a date under it shows it is the headline. */
static void
px_layout_sentence_headline (PxLayout *layout,
                             GArray   *units,
                             guint     first)
{
  PxUnit *head = &g_array_index (units, PxUnit, first);
  guint next = first + 1;

  if (px_text_count_words (head->text) > 25 || strchr (head->text, '"') != NULL ||
      g_utf8_strchr (head->text, -1, 0x201c) != NULL)
    return;
  while (next < units->len && next <= first + 3 &&
         px_unit_kind (&g_array_index (units, PxUnit, next)) != PX_FURNITURE_NONE)
    next++;
  if (next >= units->len || !px_unit_is_meta (&g_array_index (units, PxUnit, next)))
    return;
  while (next < units->len && !px_is_body_start (units, next))
    next++;
  if (next >= units->len)
    return;
  layout->title = first;
  layout->title_text = g_strdup (head->text);
  layout->first_prose = next;
}

static void
px_layout_find (PxLayout *layout,
                GArray   *units)
{
  const PxPlaintextRegexes *r = px_plaintext_regexes ();
  GHashTable *stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint first = 0, low;
  int x = -1, y = -1;
  guint taken = 0, key_line = 0;
  gboolean meta_between = FALSE;

  layout->title = -1;
  layout->title_text = NULL;
  layout->stems = stems;
  while (first < units->len && first < 400 && !px_is_body_start (units, first))
    first++;
  layout->first_prose = first;
  if (first == 0 && units->len > 0)
    px_layout_sentence_headline (layout, units, first);
  if (first >= units->len || first == 0)
    return;
  for (guint i = first; i < units->len && taken < 40; i++)
    {
      const char *text = g_array_index (units, PxUnit, i).text;

      if (px_unit_kind (&g_array_index (units, PxUnit, i)) == PX_FURNITURE_END)
        break;
      if (px_unit_kind (&g_array_index (units, PxUnit, i)) != PX_FURNITURE_NONE)
        continue;
      px_add_stems (stems, text);
      taken++;
    }

  low = first > 30 ? first - 30 : 0;

  /* A Markdown heading or a clipper's "Title:" line says it outright. */
  for (guint i = low; i < first; i++)
    {
      PxUnit *unit = &g_array_index (units, PxUnit, i);
      g_autofree char *value = NULL;

      if (unit->heading_level > 0 && px_text_count_words (unit->text) <= 30 &&
          (x < 0 || unit->heading_level < g_array_index (units, PxUnit, x).heading_level))
        x = i;
      else if (x < 0 && layout->title_text == NULL &&
               (value = px_match_group (r->title_key, unit->text, 1)) != NULL)
        {
          layout->title_text = g_strstrip (g_steal_pointer (&value));
          key_line = i;
        }
    }
  if (x >= 0)
    {
      layout->title = x;
      g_free (layout->title_text);
      layout->title_text = g_strdup (g_array_index (units, PxUnit, x).text);
      return;
    }
  if (layout->title_text != NULL)
    {
      layout->title = key_line;
      return;
    }

  for (int i = (int) first - 1; i >= (int) low; i--)
    {
      if (x >= 0 && y < 0 && px_unit_is_meta (&g_array_index (units, PxUnit, i)))
        meta_between = TRUE;
      if (px_is_title_candidate (units, i, stems))
        {
          if (x < 0)
            x = i;
          else
            {
              y = i;
              break;
            }
        }
    }
  if (x < 0)
    {
      px_layout_sentence_headline (layout, units, first);
      return;
    }
  /* A headline carries the byline and the date under it: a line below
   * them is a caption or a standfirst. */
  if (y >= 0 && meta_between && g_array_index (units, PxUnit, x).heading_level == 0)
    {
      x = y;
      y = -1;
      for (int i = x - 1; i >= (int) low && i >= x - 4; i--)
        if (px_is_title_candidate (units, i, stems))
          {
            y = i;
            break;
          }
    }
  layout->title = x;
  layout->title_text = g_strdup (g_array_index (units, PxUnit, x).text);
  /* A kicker and a title on two lines, under the whole headline. */
  for (int i = x - 1; i >= (int) low && i >= x - 4; i--)
    {
      const char *above = g_array_index (units, PxUnit, i).text;

      if (px_text_count_words (above) > px_text_count_words (layout->title_text) &&
          px_is_title_fragment (layout->title_text, above) && px_is_title_candidate (units, i, stems))
        {
          layout->title = i;
          px_set_str (&layout->title_text, above);
          return;
        }
    }
  if (y >= 0 && x - y <= 4)
    {
      const char *tx = g_array_index (units, PxUnit, x).text;
      const char *ty = g_array_index (units, PxUnit, y).text;
      g_autofree char *fx = g_utf8_casefold (tx, -1);
      g_autofree char *fy = g_utf8_casefold (ty, -1);
      guint wx = px_text_count_words (tx), wy = px_text_count_words (ty);

      if (strcmp (fx, fy) == 0)
        {
          /* The title twice (the tab's, the page's): the better-cased copy. */
          if (px_count_uppercase (ty) > px_count_uppercase (tx))
            px_set_str (&layout->title_text, ty);
        }
      else if ((wx >= 12 && wy >= 3 && wy < wx) ||
               (x - y == 1 && wy >= 5 && px_stem_overlap (ty, stems) >= px_stem_overlap (tx, stems)))
        {
          /* A headline, then its longer standfirst. */
          layout->title = y;
          px_set_str (&layout->title_text, ty);
        }
    }
}

/* Units over the body: only the title, a standfirst, and metadata. */
static void
px_reader_preamble_unit (PxReader *reader,
                         GArray   *units,
                         guint     index,
                         PxLayout *layout,
                         gboolean *seen_picture)
{
  PxUnit *unit = &g_array_index (units, PxUnit, index);
  const char *text = unit->text;
  g_autofree char *banner = NULL;
  g_autoptr(GHashTable) stems = NULL;
  g_autofree char *name = NULL;
  guint words;

  if ((int) index == layout->title)
    {
      if (reader->title == NULL)
        reader->title = g_strdup (layout->title_text);
      reader->after_title_or_date = TRUE;
      return;
    }
  if ((int) index < layout->title && index <= 2 && px_unit_kind (unit) == PX_FURNITURE_NONE &&
      (banner = px_parse_banner (text, layout->stems)) != NULL)
    {
      px_reader_offer_outlet (reader, banner, PX_OUTLET_CUE_BANNER);
      return;
    }
  if (px_unit_kind (unit) == PX_FURNITURE_CREDIT || px_is_caption_like (units, index))
    *seen_picture = TRUE;
  /* Before the furniture tables: "Reporting by Mira Holt" over the text
   * is a byline, under it a trailer. */
  if (px_parse_byline (text, px_article_get_authors (reader->article), &reader->date))
    return;
  if (px_reader_take_cue (reader, unit, index))
    return;
  if (px_article_get_authors (reader->article)->len == 0 &&
      (name = px_parse_name_and_date (text, &reader->date)) != NULL)
    {
      px_article_add_author (reader->article, name);
      return;
    }
  if (px_text_count_words (text) <= 20 && px_date_line_is_date (text))
    {
      g_autofree char *date = px_date_parse (text);
      char **slot = (int) index < layout->title ? &reader->early_date : &reader->date;

      if (*slot == NULL)
        *slot = g_steal_pointer (&date);
      return;
    }
  if ((int) index < layout->title)
    {
      /* The site's name over the title: "Le Quotidien", "DER BLICK". */
      if (px_text_count_words (text) >= 2 && px_text_count_words (text) <= 4 &&
          px_is_proper_name (text) && !px_text_ends_sentence (text) &&
          px_unit_kind (unit) == PX_FURNITURE_NONE)
        px_reader_offer_outlet (reader, text, index <= 3 ? PX_OUTLET_CUE_MASTHEAD : PX_OUTLET_CUE_HEADER);
      /* One word at the very top counts only if other lines name it too. */
      else if (index <= 1 && px_text_count_words (text) == 1 && px_is_proper_name (text) &&
               g_utf8_strlen (text, -1) >= 3 && px_unit_kind (unit) == PX_FURNITURE_NONE)
        px_reader_offer_outlet (reader, text, PX_OUTLET_CUE_HEADER);
      return;
    }
  if (px_is_title_fragment (text, layout->title_text))
    return;
  if (px_is_lone_name (text) && px_article_get_authors (reader->article)->len == 0 &&
      ((index + 1 < units->len && (px_is_short_date (g_array_index (units, PxUnit, index + 1).text) ||
                                   px_is_role_line (g_array_index (units, PxUnit, index + 1).text))) ||
       (index > 0 && px_is_short_date (g_array_index (units, PxUnit, index - 1).text))))
    {
      px_article_add_author (reader->article, text);
      return;
    }
  /* A standfirst: a long line on the subject, before any picture. */
  stems = g_hash_table_ref (layout->stems);
  if (!g_hash_table_contains (stems, "\x01title"))
    {
      px_add_stems (stems, layout->title_text);
      g_hash_table_add (stems, g_strdup ("\x01title"));
    }
  if (px_article_get_authors (reader->article)->len == 0 && (name = px_parse_name_and_role (text)) != NULL)
    {
      px_article_add_author (reader->article, name);
      return;
    }
  if (px_is_role_line (text))
    return;
  words = px_text_count_words (text);
  /* The line under the headline is its dek; further down, a standfirst
   * must be on the subject. */
  if (!*seen_picture && !unit->list_item && !px_is_caption_like (units, index) && strstr (text, "://") == NULL &&
      (((int) index == layout->title + 1 && words >= 6) ||
       (((words >= 8 && px_text_ends_sentence (text)) || words >= 15) &&
        px_stem_overlap (text, stems) >= 0.2)))
    px_reader_emit (reader, PX_PARAGRAPH_BODY, text);
  else if (px_is_caption_like (units, index) ||
           (index + 1 == layout->first_prose && px_is_short_unpunctuated (text, 25)))
    px_reader_emit (reader, PX_PARAGRAPH_CAPTION, text);
}

/* At "Related articles" in the middle of a page: when the box holds only
 * headlines and the article's own prose follows it, the box was an insert.
 * Returns the unit to resume at, or 0 when the article is over. */
static guint
px_box_resume (PxReader *reader,
               GArray   *units,
               guint     index)
{
  guint j = index + 1, resume, prose = 0, words = 0;

  while (j < units->len && j <= index + 6)
    {
      const char *text = g_array_index (units, PxUnit, j).text;

      if (px_is_prose (text) || px_unit_kind (&g_array_index (units, PxUnit, j)) == PX_FURNITURE_END)
        break;
      if (px_text_count_words (text) > 20)
        return 0;
      j++;
    }
  resume = j;
  for (; j < units->len && prose < 3; j++)
    {
      const char *text = g_array_index (units, PxUnit, j).text;

      if (!px_is_prose (text) || px_unit_kind (&g_array_index (units, PxUnit, j)) != PX_FURNITURE_NONE)
        break;
      words += px_text_count_words (text);
      prose++;
    }
  /* Related stories come as headline, excerpt, headline: never two
   * paragraphs of prose in a row. (Word overlap with the article does not
   * tell them apart: a related story shares its subject.) */
  return prose >= 2 && words >= 40 ? resume : 0;
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
  PxLayout layout = { -1, NULL, 0, NULL };
  gboolean seen_picture = FALSE;
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
  reader.votes = g_array_new (FALSE, TRUE, sizeof (PxOutletVote));
  g_array_set_clear_func (reader.votes, (GDestroyNotify) px_outlet_vote_clear);
  start = px_read_front_matter (article, start, &reader.title, &reader.date, &front_outlet);
  if (front_outlet != NULL)
    {
      px_reader_offer_outlet (&reader, front_outlet, PX_OUTLET_CUE_FRONT);
    }

  lines = g_strsplit (start, "\n", -1);
  units = px_split_units (lines);
  px_layout_find (&layout, units);

  /* Footers and appeals name the outlet wherever they are. */
  for (guint i = 0; i < units->len && i < 600; i++)
    {
      const PxPlaintextRegexes *r = px_plaintext_regexes ();
      const char *line = g_array_index (units, PxUnit, i).text;
      g_autofree char *copyright = px_parse_copyright (line);
      g_autofree char *subscribe = NULL;

      px_reader_offer_outlet (&reader, copyright, PX_OUTLET_CUE_COPYRIGHT);
      if (px_text_count_words (line) <= 40)
        {
          g_autofree char *funded = px_match_group (r->funded_by, line, 1);
          g_autoptr(GMatchInfo) info = NULL;

          px_reader_offer_outlet (&reader, funded, PX_OUTLET_CUE_MEMBER);
          if (g_regex_match (r->follow_outlet, line, 0, &info))
            {
              g_autofree char *follow = g_match_info_fetch (info, 1);
              g_autofree char *app = g_match_info_fetch (info, 2);

              px_reader_offer_outlet (&reader, follow != NULL && *follow != '\0' ? follow : app,
                                      PX_OUTLET_CUE_SUBSCRIBE);
            }
        }
      if (px_text_count_words (line) <= 25 && (subscribe = px_match_group (r->subscribe_to, line, 1)) != NULL)
        px_reader_offer_outlet (&reader, subscribe, PX_OUTLET_CUE_SUBSCRIBE);
    }
  /* "Headline | Outlet" as the chosen title itself. */
  if (layout.title_text != NULL)
    {
      static const char * const separators[] = { " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 " };

      for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
        {
          const char *sep = g_strrstr (layout.title_text, separators[i]);

          if (sep != NULL && sep != layout.title_text &&
              px_text_count_words (sep) <= 4 && px_is_proper_name (sep + strlen (separators[i])) &&
              px_text_count_words (layout.title_text) - px_text_count_words (sep) >= 3)
            {
              px_reader_offer_outlet (&reader, sep + strlen (separators[i]), PX_OUTLET_CUE_SUFFIX);
              break;
            }
        }
    }
  /* "Headline | Outlet" over the page's own headline. */
  if (layout.title >= 0)
    for (guint i = 0; i < layout.first_prose; i++)
      {
        const char *line = g_array_index (units, PxUnit, i).text;
        static const char * const separators[] = { " | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 " };

        if ((int) i == layout.title)
          continue;
        /* The tab's title may shorten or lengthen the page's. */
        for (guint k = 0; k < G_N_ELEMENTS (separators); k++)
          {
            const char *sep = g_strrstr (line, separators[k]);
            g_autofree char *head = NULL;
            const char *rest;

            if (sep == NULL || sep == line)
              continue;
            head = g_strndup (line, sep - line);
            rest = sep + strlen (separators[k]);
            if (px_text_count_words (rest) <= 5 && px_is_proper_name (rest) &&
                (px_is_title_fragment (head, layout.title_text) || px_is_title_fragment (layout.title_text, head)))
              {
                px_reader_offer_outlet (&reader, rest, PX_OUTLET_CUE_SUFFIX);
                break;
              }
          }
      }

  for (guint i = 0; i < units->len; i++)
    {
      PxUnit *unit = &g_array_index (units, PxUnit, i);
      PxFurnitureKind kind;

      reader.unit_index = i;
      px_reader_count_told (&reader, unit->text);
      if (layout.title >= 0 && i < layout.first_prose)
        {
          px_reader_preamble_unit (&reader, units, i, &layout, &seen_picture);
          continue;
        }
      if (layout.title >= 0 && i == layout.first_prose)
        reader.in_body = TRUE;
      if (reader.in_body && reader.body_words < 80)
        {
          g_autofree char *wire = px_match_group (px_plaintext_regexes ()->dateline, unit->text, 1);

          px_reader_offer_outlet (&reader, wire, PX_OUTLET_CUE_DATELINE);
        }
      if (reader.skip_related > 0)
        {
          /* Headlines in a "Read also" box; a sign-up box's name and blurb. */
          guint words = px_text_count_words (unit->text);

          if (unit->heading_level == 0 && px_unit_kind (unit) == PX_FURNITURE_NONE &&
              (reader.skip_signup ? words <= 12 : (words <= 15 && !px_text_ends_sentence (unit->text))))
            {
              reader.skip_related--;
              continue;
            }
          reader.skip_related = 0;
        }
      kind = px_unit_kind (unit);
      if (kind == PX_FURNITURE_LINE && reader.in_body && px_is_read_also_heading (unit->text))
        {
          reader.skip_related = 4;
          reader.skip_signup = FALSE;
          continue;
        }
      /* A sign-up box: its name and blurb go with it. */
      if (kind == PX_FURNITURE_LINE && reader.in_body && px_is_signup (unit->text))
        {
          reader.skip_related = 2;
          reader.skip_signup = TRUE;
        }
      if (px_reader_take_cue (&reader, unit, i))
        continue;
      /* "Anna Berg says:" over a date: the comments have begun. */
      if (reader.in_body && reader.body_words >= 40 && px_is_comment_header (units, i))
        break;
      if (kind == PX_FURNITURE_END)
        {
          /* "Comments" before any body is a menu item; after it, the end,
           * unless the box was an insert the article goes on after. */
          gboolean thread = px_is_comments_heading (unit->text);

          if (reader.in_body && (reader.body_words >= 40 || (thread && reader.body_words >= 15)))
            {
              /* Comments read like prose: no insert test for them. */
              guint resume = thread ? 0 : px_box_resume (&reader, units, i);

              if (resume == 0)
                break;
              i = resume - 1;
            }
          continue;
        }
      if (!reader.in_body)
        px_reader_header_unit (&reader, units, i);
      else if (!px_reader_body_unit (&reader, units, i))
        break;
    }

  px_reader_trim_tail (&reader);
  px_reader_drop_repeats (&reader);
  px_reader_finish_outlet (&reader, units);

  if (reader.title != NULL)
    px_article_set_title (article, reader.title);
  if (reader.date == NULL)
    reader.date = g_steal_pointer (&reader.early_date);
  if (reader.date != NULL)
    px_article_set_date (article, reader.date);
  for (guint i = 0; i < out->len; i++)
    {
      PxOut *o = &g_array_index (out, PxOut, i);

      px_article_add_paragraph (article, o->role, o->text);
    }

  g_free (reader.title);
  g_free (reader.date);
  g_free (reader.early_date);
  g_free (reader.outlet);
  g_array_unref (reader.votes);
  g_free (layout.title_text);
  g_clear_pointer (&layout.stems, g_hash_table_unref);
  return article;
}
