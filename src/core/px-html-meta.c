/* px-html-meta.c — a web page's metadata: headline, outlet, date, authors,
 * language and canonical URL, from JSON-LD, Open Graph, meta tags, <time>,
 * bylines and the visible page, strongest source first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-html"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "px-date.h"
#include "px-html-private.h"
#include "px-text.h"

/* JSON-LD nests objects inside @graph, arrays and properties; real pages stay
 * shallow, and the bound keeps a hostile page from exhausting the stack. */
#define PX_JSONLD_MAX_DEPTH 12

/* Candidates by source, each ranked: the lower the rank, the stronger. */
typedef struct {
  char *value;
  int   rank;
} PxCandidate;

typedef struct {
  PxCandidate  title;
  PxCandidate  site;
  PxCandidate  date;
  PxCandidate  url;
  PxCandidate  language;
  PxCandidate  description;
  char        *article_body;
  GPtrArray   *authors;          /* from the strongest source that had any */
  int          authors_rank;
  char        *document_title;   /* <title> */
  char        *first_h1;
  char        *first_time;       /* first <time datetime> */
  char        *byline;           /* visible "By …" text */
  char        *visible_date;     /* text of a class="date" element */
} PxMetaState;

static void
px_candidate_offer (PxCandidate *candidate,
                    const char  *value,
                    int          rank)
{
  g_autofree char *clean = NULL;

  if (value == NULL)
    return;
  clean = px_text_normalize_space (value, -1);
  if (*clean == '\0')
    return;
  if (candidate->value == NULL || rank < candidate->rank)
    {
      g_free (candidate->value);
      candidate->value = g_steal_pointer (&clean);
      candidate->rank = rank;
    }
}

/* ---- tree helpers ------------------------------------------------------ */

/**
 * px_html_next_node:
 * @node: the current node
 * @top: the root of the walk; the walk never leaves its subtree
 * @descend: whether to enter @node's children
 *
 * Returns: the next node of a pre-order walk, or %NULL at the end.
 */
xmlNode *
px_html_next_node (xmlNode  *node,
                   xmlNode  *top,
                   gboolean  descend)
{
  if (descend && node->children != NULL && node->type == XML_ELEMENT_NODE)
    return node->children;
  while (node != NULL && node != top)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }
  return NULL;
}

const char *
px_html_attr (xmlNode    *node,
              const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      if (attr->name == NULL || PX_ASCII_LOWER (attr->name[0]) != PX_ASCII_LOWER (name[0]) ||
          g_ascii_strcasecmp ((const char *) attr->name, name) != 0)
        continue;
      if (attr->children != NULL && attr->children->type == XML_TEXT_NODE &&
          attr->children->content != NULL)
        return (const char *) attr->children->content;
      return "";
    }
  return NULL;
}

static gboolean
px_html_is_invisible_tag (xmlNode *node)
{
  static const char *const skip[] = { "script", "style", "noscript", "template", "svg", "head", NULL };

  for (guint i = 0; skip[i] != NULL; i++)
    if (px_html_is_tag (node, skip[i]))
      return TRUE;
  return FALSE;
}

/**
 * px_html_node_text:
 * @max_bytes: stop after about this many bytes of text
 *
 * Returns: the visible text under @node, white space folded.
 */
char *
px_html_node_text (xmlNode *node,
                   gsize    max_bytes)
{
  g_autoptr(GString) raw = g_string_new (NULL);

  for (xmlNode *n = node; n != NULL && raw->len < max_bytes;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        {
          if (n->content != NULL)
            g_string_append (raw, (const char *) n->content);
        }
      else if (n->type == XML_ELEMENT_NODE)
        {
          if (n != node && px_html_is_invisible_tag (n))
            descend = FALSE;
          else if (px_html_is_tag (n, "br") || px_html_is_tag (n, "p") || px_html_is_tag (n, "div") ||
                   px_html_is_tag (n, "li"))
            g_string_append_c (raw, ' ');
        }
      n = px_html_next_node (n, node, descend);
    }
  return px_text_normalize_space (raw->str, raw->len);
}

static gboolean
px_starts_with_by (const char *text)
{
  while (g_ascii_isspace (*text))
    text++;
  return g_ascii_strncasecmp (text, "by", 2) == 0;
}

/* The first line of a byline box: "By Jane Doe" without the desk and
 * place that follow in their own elements. */
static char *
px_html_node_first_line (xmlNode *node)
{
  static const char *const breaks[] = { "br", "p", "div", "li", "ul", "ol", "time", NULL };
  g_autoptr(GString) raw = g_string_new (NULL);

  for (xmlNode *n = node; n != NULL && raw->len < 512;)
    {
      gboolean descend = TRUE;

      if (n->type == XML_TEXT_NODE && n->content != NULL)
        g_string_append (raw, (const char *) n->content);
      else if (n->type == XML_ELEMENT_NODE && n != node)
        {
          gboolean is_break = FALSE;

          for (guint i = 0; breaks[i] != NULL; i++)
            is_break |= px_html_is_tag (n, breaks[i]);
          /* "<span>Jane Doe</span><span class="role">Health
           * Correspondent</span>": the job title is styled apart. */
          if (!is_break)
            {
              const char *cls = px_html_attr (n, "class");
              g_autofree char *lower = cls != NULL ? g_ascii_strdown (cls, -1) : NULL;

              is_break = lower != NULL && (strstr (lower, "role") != NULL || strstr (lower, "job") != NULL ||
                                           strstr (lower, "position") != NULL || strstr (lower, "title") != NULL);
            }
          if (px_html_is_invisible_tag (n))
            descend = FALSE;
          else if (is_break && px_text_has_letters (raw->str) &&
                   !(px_text_count_words (raw->str) == 1 && px_starts_with_by (raw->str)))
            break;
          else if (is_break)
            g_string_append_c (raw, ' ');
        }
      n = px_html_next_node (n, node, descend);
    }
  return px_text_normalize_space (raw->str, raw->len);
}

/* Raw text of a <script>, without folding white space. */
static char *
px_html_script_text (xmlNode *node)
{
  GString *raw = g_string_new (NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content != NULL)
      g_string_append (raw, (const char *) child->content);
  return g_string_free (raw, FALSE);
}

/**
 * px_html_language_code:
 * @tag: a language tag such as "en-GB", "pt_BR" or "EN"
 *
 * Returns: (nullable): the two-letter primary language, lower case
 */
char *
px_html_language_code (const char *tag)
{
  static const struct { const char *three, *two; } iso639_2[] = {
    { "eng", "en" }, { "fra", "fr" }, { "fre", "fr" }, { "deu", "de" }, { "ger", "de" },
    { "spa", "es" }, { "ita", "it" }, { "por", "pt" }, { "rus", "ru" }, { "ukr", "uk" },
    { "hye", "hy" }, { "arm", "hy" }, { "aze", "az" }, { "tur", "tr" }, { "pol", "pl" },
    { "nld", "nl" }, { "dut", "nl" }, { "kat", "ka" }, { "geo", "ka" },
  };
  char code[4] = { 0 };
  guint n = 0;

  if (tag == NULL)
    return NULL;
  while (g_ascii_isspace (*tag))
    tag++;
  while (n < 4 && g_ascii_isalpha (tag[n]))
    n++;
  if (n == 2)
    {
      code[0] = g_ascii_tolower (tag[0]);
      code[1] = g_ascii_tolower (tag[1]);
      return g_strdup (code);
    }
  if (n == 3)
    {
      for (guint i = 0; i < 3; i++)
        code[i] = g_ascii_tolower (tag[i]);
      for (guint i = 0; i < G_N_ELEMENTS (iso639_2); i++)
        if (strcmp (code, iso639_2[i].three) == 0)
          return g_strdup (iso639_2[i].two);
    }
  return NULL;
}

/* ---- values ------------------------------------------------------------ */

/* YYYY-MM-DD from an ISO-like or free-form date; the date the page wrote,
 * not its UTC conversion, so a late-evening story keeps its day. */
static char *
px_meta_parse_date (const char *text)
{
  const char *p;

  if (text == NULL)
    return NULL;
  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
      g_ascii_isdigit (p[3]) && (p[4] == '-' || p[4] == '/' || p[4] == '.') &&
      g_ascii_isdigit (p[5]) && g_ascii_isdigit (p[6]) && p[7] == p[4] &&
      g_ascii_isdigit (p[8]) && g_ascii_isdigit (p[9]) && !g_ascii_isdigit (p[10]))
    {
      int year = atoi (p), month = atoi (p + 5), day = atoi (p + 8);

      if (year >= 1900 && year <= 2200 && g_date_valid_dmy (day, month, year))
        return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
  /* 15.01.2024, as Central and Eastern European sites write it. */
  if (g_ascii_isdigit (p[0]) && (p[1] == '.' || (g_ascii_isdigit (p[1]) && p[2] == '.')))
    {
      int day = atoi (p);
      const char *q = strchr (p, '.') + 1;
      int month = atoi (q);
      const char *r = strchr (q, '.');

      if (r != NULL && r - q <= 2 && g_ascii_isdigit (r[1]) && g_ascii_isdigit (r[2]) && g_ascii_isdigit (r[3]) &&
          g_ascii_isdigit (r[4]) && !g_ascii_isdigit (r[5]))
        {
          int year = atoi (r + 1);

          if (year >= 1900 && year <= 2200 && g_date_valid_dmy (day, month, year))
            return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
        }
    }
  /* Compact forms some CMSs write: 20231004 or 20231004T101500Z. */
  if (strlen (p) >= 8)
    {
      guint digits = 0;

      while (digits < 9 && g_ascii_isdigit (p[digits]))
        digits++;
      if (digits == 8)
        {
          int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
          int month = (p[4] - '0') * 10 + (p[5] - '0');
          int day = (p[6] - '0') * 10 + (p[7] - '0');

          if (year >= 1900 && year <= 2200 && g_date_valid_dmy (day, month, year))
            return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
        }
    }
  return px_date_parse (p);
}

static gboolean
px_looks_like_url (const char *text)
{
  return g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://") ||
         g_str_has_prefix (text, "//") || g_str_has_prefix (text, "/");
}

/* Removes a leading "By" and trailing clutter from a byline. */
static char *
px_meta_strip_by (const char *text)
{
  g_autofree char *clean = px_text_normalize_space (text, -1);
  const char *p = clean;
  static const char *const prefixes[] = {
    "by ", "by: ", "written by ", "words by ", "story by ", "submitted by ", "posted by ", "reporting by ",
    "author: ", "authors: ", "von ", "par ", "por ",
    "di ", "door ", "автор: ", "автор ", NULL
  };

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_ascii_strncasecmp (p, prefixes[i], strlen (prefixes[i])) == 0)
      {
        p += strlen (prefixes[i]);
        break;
      }
  /* "Jane Doe on Mon, 04/29/2024", "Jane Doe | 12 May": the date goes. */
  {
    static const char *const tails[] = { " on ", " | ", " — ", " published ", " updated ", NULL };
    g_autofree char *name = g_strdup (p);

    for (guint i = 0; tails[i] != NULL; i++)
      {
        char *cut = strstr (name, tails[i]);

        if (cut != NULL && cut != name)
          *cut = '\0';
      }
    if (g_str_has_suffix (name, " on"))
      name[strlen (name) - 3] = '\0';
    return g_strstrip (g_steal_pointer (&name));
  }
}

/* Bylines and author tags often name the outlet, an agency or a desk
 * ("Staff", "Редакция", "日本放送協同機構"): no person wrote under them. */
static gboolean
px_meta_is_organisation (const char *name)
{
  static const char *const words[] = {
    "news", "agency", "press", "media", "staff", "desk", "newsroom", "editorial", "editors", "team",
    "corporation", "group", "network", "broadcasting", "television", "radio", "inc", "ltd", "llc", "gmbh",
    "redaktion", "rédaction", "redacción", "redazione", "redação", "redactie", "redakcja", "редакция",
    "редакція", "agence", "agencia", "agenzia", "agentur", "агентство", "службa", NULL
  };
  static const char *const suffixes[] = {
    "機構", "協会", "協會", "放送", "新聞", "新闻", "通信", "通信社", "通讯社", "新聞社", "新闻社", "报社", "報社",
    "电视台", "電視台", "テレビ", "ニュース", "編集部", "编辑部", "网", "網", "신문", "방송", "뉴스", "편집부", NULL
  };
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_auto(GStrv) parts = g_regex_split_simple ("[^\\p{L}\\p{N}]+", lower, 0, 0);

  for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
    if (g_strv_contains (words, parts[i]))
      return TRUE;
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (lower, suffixes[i]))
      return TRUE;
  return FALSE;
}

/* "DANIEL VOSS": a byline styled in capitals, not a name spelt so. */
static char *
px_meta_name_case (const char *name)
{
  GString *out;
  gboolean upper = FALSE, start = TRUE;

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return g_strdup (name);
      upper |= g_unichar_isupper (c);
    }
  if (!upper || g_utf8_strlen (name, -1) < 4)
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

/* Whether a string can be a person's or a desk's name. */
static gboolean
px_meta_plausible_author (const char *name,
                          const char *outlet)
{
  guint words;

  if (name == NULL || *name == '\0' || px_looks_like_url (name) || strchr (name, '@') != NULL)
    return FALSE;
  if (!px_text_has_letters (name))
    return FALSE;
  words = px_text_count_words (name);
  if (words == 0 || words > 6 || strlen (name) > 80)
    return FALSE;
  if (outlet != NULL && g_ascii_strcasecmp (name, outlet) == 0)
    return FALSE;
  if (px_meta_is_organisation (name))
    return FALSE;
  return TRUE;
}

/* "Editor: Jane Doe", "Redaktor: …": the person who edited the story,
 * not who wrote it. */
static gboolean
px_meta_names_editor (const char *text)
{
  static const char *const labels[] = {
    "editor", "edited by", "editing by", "redaktor", "redakteur", "redactor", "rédacteur en chef", "редактор",
    "責任編集", "责任编辑", "編集", "편집", NULL
  };
  g_autofree char *lower = g_utf8_strdown (text, -1);
  const char *p = lower;

  for (;;)
    {
      if (*p == ' ' || *p == '[' || *p == '(')
        p++;
      else if (g_str_has_prefix (p, "【"))
        p += strlen ("【");
      else
        break;
    }
  for (guint i = 0; labels[i] != NULL; i++)
    if (g_str_has_prefix (p, labels[i]))
      {
        const char *rest = p + strlen (labels[i]);

        if (*rest == ':' || *rest == ' ' || g_str_has_prefix (rest, "：") || g_str_has_prefix (rest, "՝"))
          return TRUE;
      }
  return FALSE;
}

/* Splits "A, B and C" into names; keeps "Doe, Jane" whole when the parts are
 * single words. */
static void
px_meta_split_authors (const char *text,
                       GPtrArray  *out)
{
  static GRegex *separators;
  g_autofree char *stripped = px_meta_strip_by (text);
  g_auto(GStrv) parts = NULL;
  gboolean all_multiword = TRUE;

  if (g_once_init_enter (&separators))
    g_once_init_leave (&separators,
                       g_regex_new ("\\s*(?:,|;|\\||\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s|\\sи\\s)\\s*",
                                    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  if (*stripped == '\0' || px_meta_names_editor (text))
    return;
  parts = g_regex_split (separators, stripped, 0);
  if (parts == NULL)
    return;
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0' && px_text_count_words (parts[i]) < 2)
      all_multiword = FALSE;
  if (!all_multiword && g_strv_length (parts) == 2 && strchr (stripped, ',') != NULL)
    {
      g_ptr_array_add (out, g_strdup (stripped));
      return;
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));

      /* "Jane Doe in Baku" and "Jane Doe - Staff Writer" keep only the name. */
      char *cut = strstr (part, " - ");
      if (cut != NULL)
        *cut = '\0';
      if (*part != '\0')
        g_ptr_array_add (out, g_steal_pointer (&part));
    }
}

static void
px_meta_offer_authors (PxMetaState *state,
                       GPtrArray   *names,
                       int          rank)
{
  if (names->len == 0)
    return;
  if (state->authors != NULL && state->authors->len > 0 && state->authors_rank <= rank)
    return;
  g_clear_pointer (&state->authors, g_ptr_array_unref);
  state->authors = g_ptr_array_ref (names);
  state->authors_rank = rank;
}

/* ---- JSON-LD ----------------------------------------------------------- */

static gboolean
px_jsonld_type_is_article (JsonObject *object)
{
  static const char *const types[] = {
    "NewsArticle", "Article", "ReportageNewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
    "LiveBlogPosting", "Report", "ScholarlyArticle", "SocialMediaPosting", "TechArticle",
    "SatiricalArticle", "PressRelease", NULL
  };
  JsonNode *type = json_object_get_member (object, "@type");
  g_autoptr(GList) elements = NULL;

  if (type == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    {
      const char *name = json_node_get_string (type);

      for (guint i = 0; types[i] != NULL; i++)
        if (g_strcmp0 (name, types[i]) == 0)
          return TRUE;
      return FALSE;
    }
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      elements = json_array_get_elements (json_node_get_array (type));
      for (GList *l = elements; l != NULL; l = l->next)
        if (JSON_NODE_HOLDS_VALUE (l->data) && json_node_get_value_type (l->data) == G_TYPE_STRING)
          for (guint i = 0; types[i] != NULL; i++)
            if (g_strcmp0 (json_node_get_string (l->data), types[i]) == 0)
              return TRUE;
    }
  return FALSE;
}

static const char *
px_jsonld_string (JsonObject *object,
                  const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    node = json_array_get_element (json_node_get_array (node), 0);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *inner = json_node_get_object (node);

      if (json_object_has_member (inner, "name"))
        return px_jsonld_string (inner, "name");
      if (json_object_has_member (inner, "@id"))
        return px_jsonld_string (inner, "@id");
      if (json_object_has_member (inner, "url"))
        return px_jsonld_string (inner, "url");
    }
  return NULL;
}

static void
px_jsonld_author_names (JsonNode   *node,
                        GPtrArray  *out,
                        guint       depth)
{
  if (node == NULL || depth > 3)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < 32; i++)
        px_jsonld_author_names (json_array_get_element (array, i), out, depth + 1);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *type = px_jsonld_string (object, "@type");
      const char *name = px_jsonld_string (object, "name");

      if (g_strcmp0 (type, "Organization") == 0 || g_strcmp0 (type, "NewsMediaOrganization") == 0)
        return;
      if (name != NULL)
        px_meta_split_authors (name, out);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    px_meta_split_authors (json_node_get_string (node), out);
}

static void
px_jsonld_visit (PxMetaState *state,
                 JsonNode    *node,
                 guint        depth)
{
  JsonObject *object;

  if (node == NULL || depth > PX_JSONLD_MAX_DEPTH)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && i < 256; i++)
        px_jsonld_visit (state, json_array_get_element (array, i), depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;

  object = json_node_get_object (node);
  if (px_jsonld_type_is_article (object))
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      JsonObject *publisher = NULL;
      JsonNode *publisher_node = json_object_get_member (object, "publisher");
      const char *date;

      px_candidate_offer (&state->title, px_jsonld_string (object, "headline"), 0);
      px_candidate_offer (&state->description, px_jsonld_string (object, "description"), 0);
      {
        const char *body = px_jsonld_string (object, "articleBody");

        if (body != NULL && (state->article_body == NULL || strlen (body) > strlen (state->article_body)))
          {
            g_free (state->article_body);
            state->article_body = g_strdup (body);
          }
      }
      px_candidate_offer (&state->title, px_jsonld_string (object, "name"), 3);
      date = px_jsonld_string (object, "datePublished");
      if (date == NULL)
        date = px_jsonld_string (object, "dateCreated");
      {
        g_autofree char *iso = px_meta_parse_date (date);
        px_candidate_offer (&state->date, iso, 0);
      }
      {
        g_autofree char *iso = px_meta_parse_date (px_jsonld_string (object, "dateModified"));
        px_candidate_offer (&state->date, iso, 8);
      }
      {
        g_autofree char *code = px_html_language_code (px_jsonld_string (object, "inLanguage"));
        px_candidate_offer (&state->language, code, 2);
      }
      {
        const char *url = px_jsonld_string (object, "url");
        if (url == NULL)
          url = px_jsonld_string (object, "mainEntityOfPage");
        if (url != NULL && g_str_has_prefix (url, "http"))
          px_candidate_offer (&state->url, url, 2);
      }
      if (publisher_node != NULL && JSON_NODE_HOLDS_ARRAY (publisher_node) &&
          json_array_get_length (json_node_get_array (publisher_node)) > 0)
        publisher_node = json_array_get_element (json_node_get_array (publisher_node), 0);
      if (publisher_node != NULL && JSON_NODE_HOLDS_OBJECT (publisher_node))
        publisher = json_node_get_object (publisher_node);
      if (publisher != NULL)
        px_candidate_offer (&state->site, px_jsonld_string (publisher, "name"), 1);
      else
        px_candidate_offer (&state->site, px_jsonld_string (object, "publisher"), 1);

      px_jsonld_author_names (json_object_get_member (object, "author"), names, 0);
      if (names->len == 0)
        px_jsonld_author_names (json_object_get_member (object, "creator"), names, 0);
      px_meta_offer_authors (state, names, 0);
    }
  else
    {
      const char *type = px_jsonld_string (object, "@type");

      if (g_strcmp0 (type, "WebSite") == 0 || g_strcmp0 (type, "NewsMediaOrganization") == 0)
        px_candidate_offer (&state->site, px_jsonld_string (object, "name"), 4);
      else if (g_strcmp0 (type, "WebPage") == 0)
        {
          g_autofree char *iso = px_meta_parse_date (px_jsonld_string (object, "datePublished"));
          px_candidate_offer (&state->date, iso, 3);
        }
    }

  /* Articles hide in @graph, mainEntity and similar containers. */
  {
    static const char *const containers[] = { "@graph", "mainEntity", "itemListElement", NULL };

    for (guint i = 0; containers[i] != NULL; i++)
      {
        JsonNode *inner = json_object_get_member (object, containers[i]);

        if (inner != NULL && (JSON_NODE_HOLDS_ARRAY (inner) || JSON_NODE_HOLDS_OBJECT (inner)))
          px_jsonld_visit (state, inner, depth + 1);
      }
  }
}

static void
px_jsonld_parse (PxMetaState *state,
                 xmlNode     *script)
{
  g_autofree char *text = px_html_script_text (script);
  g_autoptr(JsonParser) parser = json_parser_new ();
  char *start = text;
  char *end;

  /* Old templates wrap the data in comment or CDATA markers. */
  start = g_strstrip (start);
  if (g_str_has_prefix (start, "<!--"))
    start += 4;
  else if (g_str_has_prefix (start, "//<![CDATA["))
    start += 11;
  end = start + strlen (start);
  if (end - start >= 3 && strcmp (end - 3, "-->") == 0)
    end[-3] = '\0';
  else if (end - start >= 5 && strcmp (end - 5, "//]]>") == 0)
    end[-5] = '\0';

  if (!json_parser_load_from_data (parser, start, -1, NULL))
    {
      /* Raw line breaks inside strings are a common error; JSON has no
       * meaningful ones outside strings, so turning them into spaces is safe. */
      for (char *p = start; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
          *p = ' ';
      if (!json_parser_load_from_data (parser, start, -1, NULL))
        return;
    }
  px_jsonld_visit (state, json_parser_get_root (parser), 0);
}

/* ---- meta tags --------------------------------------------------------- */

static void
px_meta_tag (PxMetaState *state,
             xmlNode     *node)
{
  const char *key = px_html_attr (node, "property");
  const char *content = px_html_attr (node, "content");
  g_autofree char *lower = NULL;

  if (key == NULL || *key == '\0')
    key = px_html_attr (node, "name");
  if (key == NULL || *key == '\0')
    key = px_html_attr (node, "itemprop");
  if (key == NULL || *key == '\0')
    {
      const char *equiv = px_html_attr (node, "http-equiv");

      if (equiv != NULL && g_ascii_strcasecmp (equiv, "content-language") == 0)
        {
          g_autofree char *code = px_html_language_code (content);
          px_candidate_offer (&state->language, code, 3);
        }
      return;
    }
  if (content == NULL)
    return;
  lower = g_ascii_strdown (key, -1);

  /* Titles. */
  if (strcmp (lower, "og:title") == 0)
    px_candidate_offer (&state->title, content, 1);
  else if (strcmp (lower, "twitter:title") == 0 || strcmp (lower, "parsely-title") == 0 ||
           strcmp (lower, "sailthru.title") == 0 || strcmp (lower, "dc.title") == 0 ||
           strcmp (lower, "citation_title") == 0 || strcmp (lower, "headline") == 0)
    px_candidate_offer (&state->title, content, 2);
  /* Summary. */
  else if (strcmp (lower, "og:description") == 0)
    px_candidate_offer (&state->description, content, 1);
  else if (strcmp (lower, "description") == 0 || strcmp (lower, "twitter:description") == 0)
    px_candidate_offer (&state->description, content, 2);
  /* Outlet. */
  else if (strcmp (lower, "og:site_name") == 0)
    px_candidate_offer (&state->site, content, 0);
  else if (strcmp (lower, "application-name") == 0 || strcmp (lower, "dc.publisher") == 0 ||
           strcmp (lower, "citation_publisher") == 0 || strcmp (lower, "publisher") == 0)
    px_candidate_offer (&state->site, content, 2);
  /* Chinese news systems name the outlet in <meta name="source">. */
  else if (strcmp (lower, "source") == 0 && !px_looks_like_url (content) && px_text_count_words (content) <= 4)
    px_candidate_offer (&state->site, content, 4);
  else if (strcmp (lower, "twitter:site") == 0 && content[0] != '@')
    px_candidate_offer (&state->site, content, 5);
  /* Dates. */
  else if (strcmp (lower, "article:published_time") == 0 || strcmp (lower, "og:article:published_time") == 0 ||
           strcmp (lower, "datepublished") == 0)
    {
      g_autofree char *iso = px_meta_parse_date (content);
      px_candidate_offer (&state->date, iso, 1);
    }
  else if (strcmp (lower, "date") == 0 || strcmp (lower, "pubdate") == 0 || strcmp (lower, "publishdate") == 0 ||
           strcmp (lower, "publish-date") == 0 || strcmp (lower, "publish_date") == 0 ||
           strcmp (lower, "publication_date") == 0 || strcmp (lower, "dc.date") == 0 ||
           strcmp (lower, "dc.date.issued") == 0 || strcmp (lower, "dcterms.date") == 0 ||
           strcmp (lower, "dcterms.created") == 0 || strcmp (lower, "dcterms.issued") == 0 ||
           strcmp (lower, "parsely-pub-date") == 0 || strcmp (lower, "sailthru.date") == 0 ||
           strcmp (lower, "citation_publication_date") == 0 || strcmp (lower, "citation_date") == 0 ||
           strcmp (lower, "article.published") == 0 || strcmp (lower, "article_date_original") == 0 ||
           strcmp (lower, "original-publish-date") == 0 || strcmp (lower, "displaydate") == 0 ||
           strcmp (lower, "created") == 0 || strcmp (lower, "datecreated") == 0)
    {
      g_autofree char *iso = px_meta_parse_date (content);
      px_candidate_offer (&state->date, iso, 2);
    }
  else if (strcmp (lower, "article:modified_time") == 0 || strcmp (lower, "og:updated_time") == 0 ||
           strcmp (lower, "datemodified") == 0 || strcmp (lower, "last-modified") == 0)
    {
      g_autofree char *iso = px_meta_parse_date (content);
      px_candidate_offer (&state->date, iso, 9);
    }
  /* Authors. */
  else if (strcmp (lower, "author") == 0 || strcmp (lower, "article:author") == 0 ||
           strcmp (lower, "dc.creator") == 0 || strcmp (lower, "dcterms.creator") == 0 ||
           strcmp (lower, "parsely-author") == 0 || strcmp (lower, "sailthru.author") == 0 ||
           strcmp (lower, "citation_author") == 0 || strcmp (lower, "byl") == 0 ||
           strcmp (lower, "og:article:author") == 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      int rank = strcmp (lower, "author") == 0 || strcmp (lower, "byl") == 0 ? 2 : 1;

      if (px_looks_like_url (content))
        return;
      px_meta_split_authors (content, names);
      /* Several tags of the same kind list several authors. */
      if (state->authors != NULL && state->authors_rank == rank)
        for (guint i = 0; i < names->len; i++)
          g_ptr_array_add (state->authors, g_strdup (g_ptr_array_index (names, i)));
      else
        px_meta_offer_authors (state, names, rank);
    }
  /* URL and language. */
  else if (strcmp (lower, "og:url") == 0 || strcmp (lower, "twitter:url") == 0)
    {
      if (g_str_has_prefix (content, "http"))
        px_candidate_offer (&state->url, content, 1);
    }
  else if (strcmp (lower, "og:locale") == 0 || strcmp (lower, "language") == 0 ||
           strcmp (lower, "dc.language") == 0 || strcmp (lower, "content-language") == 0 ||
           strcmp (lower, "inlanguage") == 0)
    {
      g_autofree char *code = px_html_language_code (content);
      px_candidate_offer (&state->language, code, 1);
    }
}

/* Class or id words that mark a visible byline or date. */
enum {
  PX_META_BYLINE = 1 << 0,
  PX_META_DATE = 1 << 1,
};

static guint
px_meta_words (const char *value)
{
  char hints[256];
  guint bits = 0;

  g_strlcpy (hints, value, sizeof hints);
  for (char *p = hints; *p; p++)
    *p = g_ascii_tolower (*p);
  /* "photo-author" credits a picture, "QuoteBlock_author" names a speaker. */
  if (strstr (hints, "bio") == NULL && strstr (hints, "avatar") == NULL && strstr (hints, "comment") == NULL &&
      strstr (hints, "photo") == NULL && strstr (hints, "image") == NULL && strstr (hints, "img") == NULL &&
      strstr (hints, "quote") == NULL && strstr (hints, "caption") == NULL && strstr (hints, "credit") == NULL &&
      (strstr (hints, "byline") != NULL || strstr (hints, "submitted") != NULL || strstr (hints, "author-name") != NULL ||
       strstr (hints, "author_name") != NULL || strstr (hints, "authorname") != NULL ||
       g_str_has_suffix (hints, "author") || strstr (hints, "author ") != NULL))
    bits |= PX_META_BYLINE;
  /* "date-today" in a masthead is the day the page was saved. */
  if (strstr (hints, "today") == NULL && strstr (hints, "current") == NULL && strstr (hints, "modified") == NULL &&
      strstr (hints, "updated") == NULL &&
      (strstr (hints, "date") != NULL || strstr (hints, "time") != NULL || strstr (hints, "published") != NULL))
    bits |= PX_META_DATE;
  return bits;
}

/* Class names repeat across a page: each distinct one is matched once. */
static guint
px_meta_class_bits (GHashTable *cache,
                    xmlNode    *node)
{
  const char *cls = px_html_attr (node, "class");
  const char *id = px_html_attr (node, "id");
  const char *rel = px_html_attr (node, "rel");
  const char *itemprop = px_html_attr (node, "itemprop");
  guint bits = 0;

  if (cls != NULL && *cls != '\0')
    {
      gpointer cached;

      if (g_hash_table_lookup_extended (cache, cls, NULL, &cached))
        bits = GPOINTER_TO_UINT (cached);
      else
        {
          bits = px_meta_words (cls);
          g_hash_table_insert (cache, (gpointer) cls, GUINT_TO_POINTER (bits));
        }
    }
  if (id != NULL && *id != '\0')
    bits |= px_meta_words (id) & PX_META_BYLINE;
  if ((rel != NULL && g_ascii_strcasecmp (rel, "author") == 0) ||
      (itemprop != NULL && strstr (itemprop, "author") != NULL))
    bits |= PX_META_BYLINE;
  if (node->children == NULL)
    bits &= ~PX_META_DATE;
  return bits;
}

/* ---- title -------------------------------------------------------------- */

static gboolean
px_title_equal (const char *a,
                const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return strcmp (fa, fb) == 0;
}

/* "Headline | Outlet", "Outlet - Headline": drops the part that names the
 * site, or a short trailing part when the site's name is not known. */
static char *
px_title_strip_site (const char *title,
                     const char *site)
{
  static const char *const separators[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " / ", NULL };

  for (guint i = 0; separators[i] != NULL; i++)
    {
      const char *first = strstr (title, separators[i]);
      const char *last = g_strrstr (title, separators[i]);
      gsize sep = strlen (separators[i]);

      if (last == NULL)
        continue;
      {
        g_autofree char *tail = g_strdup (last + sep);
        g_autofree char *head = g_strndup (title, last - title);
        g_autofree char *lead = g_strndup (title, first - title);
        g_autofree char *rest = g_strdup (first + sep);

        if (site != NULL && (px_title_equal (tail, site) || (strstr (tail, site) != NULL && px_text_count_words (tail) <= 5)))
          return px_title_strip_site (head, site);
        if (site != NULL && (px_title_equal (lead, site)))
          return g_strdup (rest);
        if (site == NULL && px_text_count_words (tail) <= 3 && px_text_count_words (head) >= 4)
          return g_steal_pointer (&head);
      }
    }
  /* "标题-网站", "Headline|Site": unspaced separators, only before the
   * site's known name. */
  if (site != NULL && *site != '\0' && g_str_has_suffix (title, site) && strlen (title) > strlen (site))
    {
      gsize n = strlen (title) - strlen (site);
      g_autofree char *head = g_strndup (title, n);

      g_strchomp (head);
      n = strlen (head);
      if (n > 0 && strchr ("-_|:", head[n - 1]) != NULL)
        {
          head[n - 1] = '\0';
          return g_strdup (g_strstrip (head));
        }
      if (g_str_has_suffix (head, "–") || g_str_has_suffix (head, "—") || g_str_has_suffix (head, "·") ||
          g_str_has_suffix (head, "｜") || g_str_has_suffix (head, "－") || g_str_has_suffix (head, "_"))
        {
          *g_utf8_prev_char (head + n) = '\0';
          return g_strdup (g_strstrip (head));
        }
    }
  return g_strdup (title);
}

/* /2024/01/15/ in a URL. */
static char *
px_meta_date_from_url (const char *url)
{
  g_autoptr(GRegex) pattern = g_regex_new ("/((?:19|20)\\d\\d)[/-](\\d\\d?)[/-](\\d\\d?)(?:/|[-_]|$)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (pattern != NULL && g_regex_match (pattern, url, 0, &match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);
      g_autofree char *d = g_match_info_fetch (match, 3);

      if (g_date_valid_dmy (atoi (d), atoi (m), atoi (y)))
        return g_strdup_printf ("%s-%02d-%02d", y, atoi (m), atoi (d));
    }
  return NULL;
}

/* The part of "Headline — Outlet" that is not the headline. */
static char *
px_title_site_part (const char *document_title,
                    const char *headline)
{
  static const char *const separators[] = { " | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", NULL };

  if (headline == NULL)
    return NULL;
  for (guint i = 0; separators[i] != NULL; i++)
    {
      gsize sep = strlen (separators[i]);
      const char *last = g_strrstr (document_title, separators[i]);
      const char *first = strstr (document_title, separators[i]);

      if (last != NULL && g_str_has_prefix (document_title, headline) && strlen (headline) == (gsize) (last - document_title) &&
          px_text_count_words (last + sep) <= 5)
        return g_strdup (last + sep);
      if (first != NULL && g_str_has_suffix (document_title, headline) && g_strcmp0 (first + sep, headline) == 0 &&
          px_text_count_words (document_title) - px_text_count_words (headline) <= 5)
        return g_strndup (document_title, first - document_title);
    }
  return NULL;
}

/* ---- the pass ------------------------------------------------------------ */

void
px_html_meta_clear (PxHtmlMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->outlet, g_free);
  g_clear_pointer (&meta->language, g_free);
  g_clear_pointer (&meta->description, g_free);
  g_clear_pointer (&meta->article_body, g_free);
}

void
px_html_meta_collect (PxArticle  *article,
                      xmlDoc     *doc,
                      PxHtmlMeta *meta)
{
  PxMetaState state = { { 0 } };
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *title = NULL;
  guint bylines_seen = 0;
  g_autoptr(GHashTable) class_cache = g_hash_table_new (g_str_hash, g_str_equal);

  state.title.rank = state.site.rank = state.date.rank = state.url.rank = state.language.rank = G_MAXINT;
  state.description.rank = G_MAXINT;
  state.authors_rank = G_MAXINT;

  for (xmlNode *node = root; node != NULL;)
    {
      gboolean descend = TRUE;
      guint class_bits;

      if (node->type != XML_ELEMENT_NODE)
        {
          node = px_html_next_node (node, root, FALSE);
          continue;
        }
      class_bits = node->properties != NULL ? px_meta_class_bits (class_cache, node) : 0;
      if (px_html_is_tag (node, "html"))
        {
          g_autofree char *code = px_html_language_code (px_html_attr (node, "lang"));
          if (code == NULL)
            code = px_html_language_code (px_html_attr (node, "xml:lang"));
          px_candidate_offer (&state.language, code, 0);
        }
      else if (px_html_is_tag (node, "meta"))
        px_meta_tag (&state, node);
      else if (px_html_is_tag (node, "link"))
        {
          const char *rel = px_html_attr (node, "rel");
          const char *href = px_html_attr (node, "href");

          if (rel != NULL && href != NULL && g_ascii_strcasecmp (rel, "canonical") == 0 &&
              g_str_has_prefix (href, "http"))
            px_candidate_offer (&state.url, href, 0);
        }
      else if (px_html_is_tag (node, "title"))
        {
          if (state.document_title == NULL)
            state.document_title = px_html_node_text (node, 4096);
          descend = FALSE;
        }
      else if (px_html_is_tag (node, "script"))
        {
          const char *type = px_html_attr (node, "type");

          if (type != NULL && g_ascii_strcasecmp (type, "application/ld+json") == 0)
            px_jsonld_parse (&state, node);
          descend = FALSE;
        }
      else if (px_html_is_tag (node, "style") || px_html_is_tag (node, "svg") || px_html_is_tag (node, "noscript"))
        descend = FALSE;
      else if (px_html_is_tag (node, "h1") && state.first_h1 == NULL)
        state.first_h1 = px_html_node_text (node, 4096);
      else if (px_html_is_tag (node, "time") && state.first_time == NULL)
        {
          const char *datetime = px_html_attr (node, "datetime");
          const char *itemprop = px_html_attr (node, "itemprop");

          if (datetime != NULL)
            state.first_time = px_meta_parse_date (datetime);
          if (itemprop != NULL && strstr (itemprop, "datePublished") != NULL)
            px_candidate_offer (&state.date, state.first_time, 3);
        }
      else if (state.visible_date == NULL && (class_bits & PX_META_DATE))
        {
          g_autofree char *text = px_html_node_text (node, 128);

          if (px_text_count_words (text) <= 8)
            state.visible_date = px_meta_parse_date (text);
        }
      if (state.byline == NULL && bylines_seen < 8 && (class_bits & PX_META_BYLINE))
        {
          g_autofree char *text = px_html_node_first_line (node);

          bylines_seen++;
          if (text != NULL && *text != '\0' && px_text_count_words (text) <= 12)
            state.byline = g_steal_pointer (&text);
        }
      node = px_html_next_node (node, root, descend);
    }

  /* Weaker date sources. */
  if (state.first_time != NULL)
    px_candidate_offer (&state.date, state.first_time, 6);
  if (state.visible_date != NULL)
    px_candidate_offer (&state.date, state.visible_date, 7);
  if (state.date.value == NULL && state.url.value != NULL)
    {
      g_autofree char *from_url = px_meta_date_from_url (state.url.value);
      px_candidate_offer (&state.date, from_url, 10);
    }
  /* No site name in the metadata: "Headline — Outlet" in <title> names it
   * when the headline part is the page's <h1> or og:title. */
  if (state.site.value == NULL && state.document_title != NULL)
    {
      g_autofree char *outlet = px_title_site_part (state.document_title,
                                                    state.first_h1 != NULL ? state.first_h1 : state.title.value);
      px_candidate_offer (&state.site, outlet, 20);
    }
  if (state.authors == NULL && state.byline != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      px_meta_split_authors (state.byline, names);
      px_meta_offer_authors (&state, names, 5);
    }

  /* The headline: metadata titles often carry the site's name, the visible
   * <h1> does not; take the <h1> when it agrees with the metadata. */
  if (state.title.value != NULL)
    title = px_title_strip_site (state.title.value, state.site.value);
  else if (state.document_title != NULL)
    title = px_title_strip_site (state.document_title, state.site.value);
  if (state.first_h1 != NULL && *state.first_h1 != '\0')
    {
      if (title == NULL || px_title_equal (title, state.first_h1) ||
          (state.document_title != NULL && strstr (state.document_title, state.first_h1) != NULL &&
           (px_text_count_words (state.first_h1) >= 3 || g_utf8_strlen (state.first_h1, -1) >= 8)))
        {
          g_free (title);
          title = g_strdup (state.first_h1);
        }
    }
  if (title != NULL && *title != '\0')
    px_article_set_title (article, title);

  /* "Le Quotidien.fr" names the outlet "Le Quotidien"; a bare domain such
   * as "example.eu" is the outlet's name as it is. */
  if (state.site.value != NULL && strchr (state.site.value, ' ') != NULL)
    {
      char *dot = strrchr (state.site.value, '.');

      if (dot != NULL && dot > state.site.value && strchr (dot, ' ') == NULL && strlen (dot) >= 3 &&
          strlen (dot) <= 4 && g_ascii_isalpha (dot[1]) && g_ascii_islower (dot[1]) && g_ascii_isalpha (dot[-1]))
        *dot = '\0';
    }
  if (state.site.value != NULL)
    px_article_offer_outlet (article, state.site.value, PX_SOURCE_METADATA);
  if (state.date.value != NULL)
    px_article_set_date (article, state.date.value);
  if (state.url.value != NULL)
    px_article_set_url (article, state.url.value);
  if (state.language.value != NULL)
    px_article_set_language (article, state.language.value);
  if (state.authors != NULL)
    for (guint i = 0; i < state.authors->len; i++)
      {
        const char *name = g_ptr_array_index (state.authors, i);

        if (px_meta_plausible_author (name, state.site.value))
          {
            g_autofree char *cased = px_meta_name_case (name);

            px_article_add_author (article, cased);
          }
      }

  meta->title = g_strdup (px_article_get_title (article));
  meta->outlet = g_strdup (state.site.value);
  meta->language = g_strdup (state.language.value);
  meta->description = g_steal_pointer (&state.description.value);
  meta->article_body = g_steal_pointer (&state.article_body);

  g_free (state.title.value);
  g_free (state.site.value);
  g_free (state.date.value);
  g_free (state.url.value);
  g_free (state.language.value);
  g_clear_pointer (&state.authors, g_ptr_array_unref);
  g_free (state.document_title);
  g_free (state.first_h1);
  g_free (state.first_time);
  g_free (state.byline);
  g_free (state.visible_date);
}
