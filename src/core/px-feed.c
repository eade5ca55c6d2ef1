/* px-feed.c — RSS 2.0, Atom and RDF (RSS 1.0) feeds: one article per item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-feed"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <string.h>

#include "px-date.h"
#include "px-encoding.h"
#include "px-feed.h"
#include "px-html.h"
#include "px-loader.h"
#include "px-text.h"

#define NS_ATOM    "http://www.w3.org/2005/Atom"
#define NS_RSS10   "http://purl.org/rss/1.0/"
#define NS_RDF     "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_DC      "http://purl.org/dc/elements/1.1/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
#define NS_XML     "http://www.w3.org/XML/1998/namespace"

/* Entities stay unexpanded (no XML_PARSE_NOENT, no DTD loading), so an
 * external entity is never fetched and an entity bomb never grows; every value
 * below is read from TEXT and CDATA nodes only, never through the entity
 * reference nodes the parser leaves in the tree. */
#define PX_FEED_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC | \
                               XML_PARSE_NOBLANKS | XML_PARSE_COMPACT)

/* Markup nested deeper than this inside one item is read as flat text. */
#define PX_FEED_MAX_DEPTH 256

typedef enum {
  PX_BODY_TEXT,
  PX_BODY_HTML,
  PX_BODY_XHTML,
} PxBodyType;

static gboolean
px_node_is (xmlNode    *node,
            const char *ns_href,
            const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || xmlStrcmp (node->name, BAD_CAST name) != 0)
    return FALSE;
  if (ns_href == NULL)
    return TRUE;
  /* Feeds in the wild forget to declare their namespaces; a matching prefix
   * then still tells us what the element is. */
  if (node->ns == NULL)
    return FALSE;
  return xmlStrcmp (node->ns->href, BAD_CAST ns_href) == 0;
}

/* True for elements of the feed's own vocabulary: RSS 2.0 has no namespace,
 * RSS 1.0 and Atom have theirs. */
static gboolean
px_node_is_core (xmlNode    *node,
                 const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || xmlStrcmp (node->name, BAD_CAST name) != 0)
    return FALSE;
  return node->ns == NULL ||
         xmlStrcmp (node->ns->href, BAD_CAST NS_ATOM) == 0 ||
         xmlStrcmp (node->ns->href, BAD_CAST NS_RSS10) == 0;
}

/* Appends the text and CDATA under @node in document order, without
 * recursion and without entering entity references. */
static void
px_append_text (GString *out,
                xmlNode *node)
{
  xmlNode *cur = node->children;
  guint depth = 0;

  while (cur != NULL)
    {
      if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE)
        {
          if (cur->content != NULL)
            g_string_append (out, (const char *) cur->content);
        }
      else if (cur->type == XML_ELEMENT_NODE && cur->children != NULL && depth < PX_FEED_MAX_DEPTH)
        {
          cur = cur->children;
          depth++;
          continue;
        }

      while (cur->next == NULL && depth > 0)
        {
          cur = cur->parent;
          depth--;
        }
      cur = cur->next;
    }
}

static char *
px_node_text (xmlNode *node)
{
  GString *out = g_string_new (NULL);

  px_append_text (out, node);
  return g_string_free (out, FALSE);
}

static char *
px_node_clean_text (xmlNode *node)
{
  g_autofree char *raw = px_node_text (node);
  char *clean = px_text_normalize_space (raw, -1);

  if (*clean == '\0')
    g_clear_pointer (&clean, g_free);
  return clean;
}

/* An attribute's value from its text children only: xmlGetProp() would
 * expand entity references found in attribute values. */
static char *
px_node_attribute (xmlNode    *node,
                   const char *ns_href,
                   const char *name)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      GString *value;

      if (xmlStrcmp (attr->name, BAD_CAST name) != 0)
        continue;
      if (ns_href != NULL && (attr->ns == NULL || xmlStrcmp (attr->ns->href, BAD_CAST ns_href) != 0))
        continue;
      if (ns_href == NULL && attr->ns != NULL)
        continue;
      value = g_string_new (NULL);
      for (xmlNode *child = attr->children; child != NULL; child = child->next)
        if (child->type == XML_TEXT_NODE && child->content != NULL)
          g_string_append (value, (const char *) child->content);
      return g_strstrip (g_string_free (value, FALSE));
    }
  return NULL;
}

/* The nearest xml:lang on @node or its ancestors. */
static char *
px_node_language (xmlNode *node)
{
  for (; node != NULL && node->type == XML_ELEMENT_NODE; node = node->parent)
    {
      char *lang = px_node_attribute (node, NS_XML, "lang");

      if (lang != NULL && *lang != '\0')
        return lang;
      g_free (lang);
    }
  return NULL;
}

/* "en-US", "EN_gb" → "en"; the rest of the app speaks ISO 639-1 codes. */
static char *
px_language_code (const char *tag)
{
  g_autofree char *clean = NULL;
  gsize len;

  if (tag == NULL)
    return NULL;
  clean = g_strstrip (g_ascii_strdown (tag, -1));
  len = strcspn (clean, "-_");
  if (len < 2 || len > 3)
    return NULL;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalpha (clean[i]))
      return NULL;
  return g_strndup (clean, len);
}

/* "editor@example.org (Mira Holt)" → "Mira Holt". */
static char *
px_feed_author_name (const char *text)
{
  const char *open, *close;

  if (text == NULL)
    return NULL;
  open = strchr (text, '(');
  close = strrchr (text, ')');
  if (open != NULL && close != NULL && close > open + 1 && memchr (text, '@', open - text) != NULL)
    return px_text_normalize_space (open + 1, close - open - 1);
  return px_text_normalize_space (text, -1);
}

static gboolean
px_looks_like_html (const char *text)
{
  for (const char *p = strchr (text, '<'); p != NULL; p = strchr (p + 1, '<'))
    if (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!')
      return strchr (p, '>') != NULL;
  return FALSE;
}

static void
px_add_text_paragraphs (PxArticle  *article,
                        const char *text)
{
  g_auto(GStrv) blocks = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);

  for (guint i = 0; blocks[i] != NULL; i++)
    {
      g_autofree char *clean = px_text_normalize_space (blocks[i], -1);

      if (*clean != '\0')
        px_article_add_paragraph (article, PX_PARAGRAPH_BODY, clean);
    }
}

static gboolean
px_is_block_element (const xmlChar *name)
{
  static const char *blocks[] = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "tr", "pre", "figcaption", "dd", "dt", "hr",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (xmlStrcasecmp (name, BAD_CAST blocks[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Flattens an HTML fragment to text with a blank line at every block
 * boundary: the fallback when the page extractor finds no paragraphs in a
 * short item ("One line.<br><br>Another."). */
static char *
px_html_fragment_to_text (const char *html)
{
  htmlDocPtr doc;
  GString *out = g_string_new (NULL);
  xmlNode *root, *cur;
  guint depth = 0;

  doc = htmlReadMemory (html, (int) strlen (html), NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_RECOVER | HTML_PARSE_NOIMPLIED);
  if (doc == NULL)
    return g_string_free (out, FALSE);

  /* Walk every top-level node as a sibling chain, iteratively. */
  root = doc->children;
  cur = root;
  while (cur != NULL)
    {
      gboolean descend = FALSE;

      if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) cur->content);
      else if (cur->type == XML_ELEMENT_NODE)
        {
          if (px_is_block_element (cur->name))
            g_string_append (out, "\n\n");
          if (xmlStrcasecmp (cur->name, BAD_CAST "script") != 0 &&
              xmlStrcasecmp (cur->name, BAD_CAST "style") != 0 &&
              cur->children != NULL && depth < PX_FEED_MAX_DEPTH)
            descend = TRUE;
        }

      if (descend)
        {
          cur = cur->children;
          depth++;
          continue;
        }
      while (cur->next == NULL && depth > 0)
        {
          cur = cur->parent;
          depth--;
          if (cur->type == XML_ELEMENT_NODE && px_is_block_element (cur->name))
            g_string_append (out, "\n\n");
        }
      cur = cur->next;
    }
  xmlFreeDoc (doc);
  return g_string_free (out, FALSE);
}

static void
px_add_html_body (PxArticle  *article,
                  const char *html)
{
  guint before = px_article_get_paragraphs (article)->len;

  px_html_append_fragment (article, html, strlen (html));
  if (px_article_get_paragraphs (article)->len == before)
    {
      g_autofree char *text = px_html_fragment_to_text (html);

      px_add_text_paragraphs (article, text);
    }
}

/* Atom's type="xhtml" content is markup inside the feed itself: write it back
 * out as HTML (text escaped, attributes dropped) for the page extractor. */
static char *
px_serialize_xhtml (xmlNode *node)
{
  GString *out = g_string_new (NULL);
  xmlNode *cur = node->children;
  guint depth = 0;

  while (cur != NULL)
    {
      if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE)
        {
          g_autofree char *escaped = g_markup_escape_text ((const char *) cur->content, -1);
          g_string_append (out, escaped);
        }
      else if (cur->type == XML_ELEMENT_NODE)
        {
          g_string_append_printf (out, "<%s>", (const char *) cur->name);
          if (cur->children != NULL && depth < PX_FEED_MAX_DEPTH)
            {
              cur = cur->children;
              depth++;
              continue;
            }
          g_string_append_printf (out, "</%s>", (const char *) cur->name);
        }
      while (cur->next == NULL && depth > 0)
        {
          cur = cur->parent;
          depth--;
          g_string_append_printf (out, "</%s>", (const char *) cur->name);
        }
      cur = cur->next;
    }
  return g_string_free (out, FALSE);
}

static PxBodyType
px_body_type (xmlNode    *node,
              const char *text)
{
  g_autofree char *type = px_node_attribute (node, NULL, "type");

  if (type != NULL)
    {
      if (g_ascii_strcasecmp (type, "xhtml") == 0 || g_ascii_strcasecmp (type, "application/xhtml+xml") == 0)
        return PX_BODY_XHTML;
      if (g_ascii_strcasecmp (type, "html") == 0 || g_ascii_strcasecmp (type, "text/html") == 0)
        return PX_BODY_HTML;
      if (g_ascii_strcasecmp (type, "text") == 0 || g_ascii_strcasecmp (type, "text/plain") == 0)
        return PX_BODY_TEXT;
    }
  return px_looks_like_html (text) ? PX_BODY_HTML : PX_BODY_TEXT;
}

static void
px_add_body (PxArticle *article,
             xmlNode   *node)
{
  g_autofree char *text = px_node_text (node);
  PxBodyType type;

  if (node->children != NULL && node->children->next == NULL && node->children->type == XML_TEXT_NODE)
    type = px_body_type (node, text);
  else
    {
      /* Element children: Atom xhtml content, or HTML pasted unescaped. */
      gboolean has_elements = FALSE;

      for (xmlNode *child = node->children; child != NULL; child = child->next)
        has_elements |= child->type == XML_ELEMENT_NODE;
      type = has_elements ? PX_BODY_XHTML : px_body_type (node, text);
    }

  switch (type)
    {
    case PX_BODY_XHTML:
      {
        g_autofree char *html = px_serialize_xhtml (node);

        px_add_html_body (article, html);
      }
      break;
    case PX_BODY_HTML:
      px_add_html_body (article, text);
      break;
    case PX_BODY_TEXT:
    default:
      px_add_text_paragraphs (article, text);
      break;
    }
}

/* A title may be escaped HTML ("Talks &lt;em&gt;resume&lt;/em&gt;"). */
static char *
px_title_text (xmlNode *node)
{
  g_autofree char *text = px_node_text (node);

  if (px_body_type (node, text) != PX_BODY_TEXT)
    {
      g_autofree char *flat = px_html_fragment_to_text (text);
      char *clean = px_text_normalize_space (flat, -1);

      if (*clean != '\0')
        return clean;
      g_free (clean);
    }
  return px_node_clean_text (node);
}

typedef struct {
  const char *path;
  PxFormat    format;
  char       *outlet;
  char       *language;
  char       *author;     /* the feed's own author (Atom), for entries without one */
  guint       count;      /* items seen, for FILE#N */
  GPtrArray  *articles;
} PxFeed;

static void
px_feed_add_author (PxArticle *article,
                    xmlNode   *node)
{
  if (px_node_is (node, NS_ATOM, "author") || (node->ns == NULL && xmlStrcmp (node->name, BAD_CAST "author") == 0 &&
                                               node->children != NULL && node->children->type == XML_ELEMENT_NODE))
    {
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE && xmlStrcmp (child->name, BAD_CAST "name") == 0)
          {
            g_autofree char *name = px_node_clean_text (child);
            px_article_add_author (article, name);
          }
      return;
    }
  {
    g_autofree char *raw = px_node_clean_text (node);
    g_autofree char *name = px_feed_author_name (raw);

    px_article_add_author (article, name);
  }
}

static void
px_feed_read_item (PxFeed  *feed,
                   xmlNode *item)
{
  g_autoptr(PxArticle) article = NULL;
  g_autofree char *path = NULL;
  g_autofree char *language = NULL;
  xmlNode *full_body = NULL, *summary = NULL, *alternate_link = NULL, *any_link = NULL, *guid = NULL;
  xmlNode *published = NULL, *updated = NULL;
  gboolean has_author = FALSE;

  feed->count++;
  path = g_strdup_printf ("%s#%u", feed->path, feed->count);
  article = px_article_new (path);
  px_article_set_format (article, feed->format);

  for (xmlNode *child = item->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (px_node_is_core (child, "title"))
        {
          g_autofree char *title = px_title_text (child);
          px_article_set_title (article, title);
        }
      else if (px_node_is_core (child, "link"))
        {
          g_autofree char *href = px_node_attribute (child, NULL, "href");
          g_autofree char *rel = px_node_attribute (child, NULL, "rel");

          if (href == NULL)
            any_link = any_link != NULL ? any_link : child;   /* RSS: the URL is the text */
          else if (rel == NULL || g_ascii_strcasecmp (rel, "alternate") == 0)
            alternate_link = alternate_link != NULL ? alternate_link : child;
        }
      else if (px_node_is_core (child, "guid") || px_node_is_core (child, "id"))
        guid = child;
      else if (px_node_is (child, NS_CONTENT, "encoded") ||
               (px_node_is_core (child, "content") && feed->format == PX_FORMAT_ATOM))
        full_body = full_body != NULL ? full_body : child;
      else if (px_node_is_core (child, "description") || px_node_is_core (child, "summary"))
        summary = summary != NULL ? summary : child;
      else if (px_node_is_core (child, "pubDate") || px_node_is_core (child, "published") ||
               px_node_is (child, NS_DC, "date") || px_node_is (child, NS_DC, "issued"))
        published = published != NULL ? published : child;
      else if (px_node_is_core (child, "updated") || px_node_is (child, NS_DC, "modified"))
        updated = updated != NULL ? updated : child;
      else if (px_node_is_core (child, "author") || px_node_is (child, NS_DC, "creator"))
        {
          px_feed_add_author (article, child);
          has_author = TRUE;
        }
      else if (px_node_is (child, NS_DC, "language"))
        {
          g_autofree char *text = px_node_clean_text (child);
          g_free (language);
          language = px_language_code (text);
        }
    }

  if (!has_author && feed->author != NULL)
    px_article_add_author (article, feed->author);

  if (alternate_link != NULL)
    {
      g_autofree char *href = px_node_attribute (alternate_link, NULL, "href");
      px_article_set_url (article, href);
    }
  else if (any_link != NULL)
    {
      g_autofree char *url = px_node_clean_text (any_link);
      px_article_set_url (article, url);
    }
  else if (guid != NULL)
    {
      g_autofree char *permalink = px_node_attribute (guid, NULL, "isPermaLink");
      g_autofree char *url = px_node_clean_text (guid);

      if (url != NULL && (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")) &&
          g_strcmp0 (permalink, "false") != 0)
        px_article_set_url (article, url);
    }

  {
    xmlNode *date_node = published != NULL ? published : updated;

    if (date_node != NULL)
      {
        g_autofree char *text = px_node_clean_text (date_node);
        g_autofree char *date = px_date_parse (text);

        px_article_set_date (article, date);
      }
  }

  if (full_body != NULL)
    {
      g_autofree char *src = px_node_attribute (full_body, NULL, "src");

      if (src == NULL)
        px_add_body (article, full_body);
    }
  if (px_article_get_paragraphs (article)->len == 0 && summary != NULL)
    px_add_body (article, summary);

  if (language == NULL)
    {
      g_autofree char *lang = px_node_language (full_body != NULL ? full_body : item);
      language = px_language_code (lang);
    }
  if (language == NULL && feed->language != NULL)
    language = g_strdup (feed->language);
  if (language != NULL)
    px_article_set_language (article, language);

  px_article_offer_outlet (article, feed->outlet, PX_SOURCE_METADATA);

  /* An item with neither title nor text is a placeholder; it keeps its
   * number so FILE#N still matches the item's position. */
  if (px_article_get_title (article) == NULL && px_article_get_paragraphs (article)->len == 0)
    return;
  g_ptr_array_add (feed->articles, g_steal_pointer (&article));
}

/* Reads the channel's (RSS) or feed's (Atom) own fields, then the items in
 * document order: items sit inside <channel> in RSS 2.0, beside it in RSS
 * 1.0, and are <entry> children of Atom's <feed>. */
static void
px_feed_read_container (PxFeed  *feed,
                        xmlNode *container)
{
  for (xmlNode *child = container->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (px_node_is_core (child, "title") && feed->outlet == NULL)
        feed->outlet = px_title_text (child);
      else if ((px_node_is_core (child, "language") || px_node_is (child, NS_DC, "language")) &&
               feed->language == NULL)
        {
          g_autofree char *text = px_node_clean_text (child);
          feed->language = px_language_code (text);
        }
      else if (px_node_is (child, NS_ATOM, "author") && feed->author == NULL)
        {
          for (xmlNode *name = child->children; name != NULL; name = name->next)
            if (px_node_is (name, NS_ATOM, "name"))
              feed->author = px_node_clean_text (name);
        }
      else if (px_node_is_core (child, "item") || px_node_is_core (child, "entry"))
        px_feed_read_item (feed, child);
      else if (px_node_is_core (child, "channel"))
        px_feed_read_container (feed, child);
    }
}

static gboolean
px_feed_identify (xmlNode  *root,
                  PxFormat *format)
{
  if (px_node_is_core (root, "rss"))
    *format = PX_FORMAT_RSS;
  else if (px_node_is_core (root, "feed"))
    *format = PX_FORMAT_ATOM;
  else if (px_node_is (root, NS_RDF, "RDF") || (root != NULL && xmlStrcmp (root->name, BAD_CAST "RDF") == 0))
    *format = PX_FORMAT_RDF;
  else
    return FALSE;
  return TRUE;
}

/* Feeds in the wild are often sloppy: a bare "&" in a title, HTML's
 * "&nbsp;" or "&rsquo;" that XML does not know. Rewrites those into what the
 * author meant, so the strict parser can read the rest intact (libxml2's
 * recovery mode drops every entity after the first error). Names a doctype
 * may declare are left alone when the document has one. */
static char *
px_feed_repair_entities (const char *utf8,
                         gsize       length,
                         gsize      *out_length)
{
  const char *end = utf8 + length;
  gboolean has_doctype = g_strstr_len (utf8, MIN (length, 4096), "<!DOCTYPE") != NULL;
  GString *out = g_string_sized_new (length + 64);

  for (const char *p = utf8; p < end; p++)
    {
      const char *q;

      if (*p != '&')
        {
          g_string_append_c (out, *p);
          continue;
        }
      q = p + 1;
      if (q < end && *q == '#')
        {
          const char *digits = ++q;

          if (q < end && (*q == 'x' || *q == 'X'))
            for (digits = ++q; q < end && g_ascii_isxdigit (*q); q++);
          else
            for (; q < end && g_ascii_isdigit (*q); q++);
          if (q > digits && q < end && *q == ';')
            {
              g_string_append_len (out, p, q - p + 1);
              p = q;
              continue;
            }
        }
      else
        {
          for (; q < end && (g_ascii_isalnum (*q) || *q == '_' || *q == '-' || *q == '.'); q++);
          if (q > p + 1 && q < end && *q == ';' && q - p < 32)
            {
              g_autofree char *name = g_strndup (p + 1, q - p - 1);
              const htmlEntityDesc *html;

              if (strcmp (name, "amp") == 0 || strcmp (name, "lt") == 0 || strcmp (name, "gt") == 0 ||
                  strcmp (name, "quot") == 0 || strcmp (name, "apos") == 0 || has_doctype)
                g_string_append_len (out, p, q - p + 1);
              else if ((html = htmlEntityLookup (BAD_CAST name)) != NULL)
                g_string_append_printf (out, "&#%u;", html->value);
              else
                g_string_append_printf (out, "&amp;%s;", name);
              p = q;
              continue;
            }
        }
      g_string_append (out, "&amp;");
    }
  *out_length = out->len;
  return g_string_free (out, FALSE);
}

static xmlDoc *
px_feed_read_memory (const char  *utf8,
                     gsize        length,
                     int          options,
                     char       **message,
                     int         *line)
{
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt ();
  xmlDoc *doc;

  if (ctxt == NULL)
    return NULL;
  doc = xmlCtxtReadMemory (ctxt, utf8, (int) length, NULL, "UTF-8", options);
  if (doc != NULL && !ctxt->wellFormed && (options & XML_PARSE_RECOVER) == 0)
    g_clear_pointer (&doc, xmlFreeDoc);
  if (doc == NULL && message != NULL && *message == NULL && ctxt->lastError.message != NULL)
    {
      *message = g_strstrip (g_strdup (ctxt->lastError.message));
      *line = ctxt->lastError.line;
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}

static void
px_feed_set_malformed (GError     **error,
                       const char  *message,
                       int          line)
{
  if (message != NULL && line > 0)
    g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED,
                 /* Translators: %d is a line number, %s the XML parser's message (in English) */
                 _("This news feed is not well-formed XML (line %d: %s)."), line, message);
  else
    g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED,
                 _("This news feed is not well-formed XML."));
}

/* Returns the parsed feed, with *well_formed telling whether it was read
 * as written or recovered from errors; %NULL with @error when nothing could
 * be read. */
static xmlDoc *
px_feed_parse (const char  *utf8,
               gsize        length,
               gboolean    *well_formed,
               char       **message,
               int         *line,
               GError     **error)
{
  g_autofree char *repaired = NULL;
  gsize repaired_length = 0;
  xmlDoc *doc;

  *well_formed = TRUE;
  if (length > G_MAXINT)
    {
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_TOO_LARGE,
                   _("The news feed is too large to read."));
      return NULL;
    }

  doc = px_feed_read_memory (utf8, length, PX_FEED_PARSE_OPTIONS, message, line);
  if (doc != NULL)
    return doc;

  /* Entity loops and bombs are refused outright: recovering from them would
   * only hand back a tree still full of the same references. */
  if (*message != NULL && (strstr (*message, "loop") != NULL || strstr (*message, "mplification") != NULL))
    {
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_MALFORMED,
                   _("This news feed defines entities that expand without end (an “entity bomb”), "
                     "so it was not read."));
      return NULL;
    }

  *well_formed = FALSE;
  repaired = px_feed_repair_entities (utf8, length, &repaired_length);
  doc = px_feed_read_memory (repaired, repaired_length, PX_FEED_PARSE_OPTIONS, NULL, NULL);
  if (doc == NULL)
    doc = px_feed_read_memory (repaired, repaired_length, PX_FEED_PARSE_OPTIONS | XML_PARSE_RECOVER,
                               NULL, NULL);
  if (doc == NULL)
    px_feed_set_malformed (error, *message, *line);
  return doc;
}

/**
 * px_feed_extract:
 * @data: the feed's bytes, in any encoding
 * @length: the number of bytes
 * @path: the feed file's path; item N is reported as `PATH#N`
 * @error: where to say why the feed could not be read
 *
 * Reads an RSS 2.0, Atom or RDF (RSS 1.0) feed into one article per item, in
 * document order, items counted from 1. Titles, links, dates, authors and the
 * item's text (full content where the feed has it, else the description or
 * summary) come from the item; the outlet and language from the channel.
 *
 * Entities are never expanded: an external entity is not read and an entity
 * bomb does not grow.
 *
 * Returns: (transfer full): a #GPtrArray of #PxArticle (possibly empty, for a
 *   feed without items), or %NULL with @error
 */
GPtrArray *
px_feed_extract (const char  *data,
                 gsize        length,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *declared = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *utf8 = NULL;
  g_autofree char *message = NULL;
  gsize utf8_length = 0;
  gboolean well_formed = TRUE;
  int line = 0;
  xmlDoc *doc;
  xmlNode *root;
  PxFeed feed = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* Decode first with the same rules as every other file, so the parser
   * always sees UTF-8 and a feed in windows-1251 without a declaration reads
   * as well as a page would. */
  declared = px_encoding_sniff_declared (data, length);
  utf8 = px_encoding_to_utf8 (data, length, declared, &encoding, &utf8_length, error);
  if (utf8 == NULL)
    return NULL;

  xmlInitParser ();
  doc = px_feed_parse (utf8, utf8_length, &well_formed, &message, &line, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (!px_feed_identify (root, &feed.format))
    {
      xmlFreeDoc (doc);
      g_set_error (error, PX_LOAD_ERROR, PX_LOAD_ERROR_NOT_ARTICLE,
                   _("This is an XML file, but not an RSS, Atom or RDF news feed."));
      return NULL;
    }

  feed.path = path;
  feed.articles = articles;
  px_feed_read_container (&feed, root);
  xmlFreeDoc (doc);

  /* A repaired feed is kept only if the repair gave back items to read. */
  if (!well_formed && articles->len == 0)
    {
      px_feed_set_malformed (error, message, line);
      g_free (feed.outlet);
      g_free (feed.language);
      g_free (feed.author);
      return NULL;
    }

  for (guint i = 0; i < articles->len; i++)
    px_article_set_encoding (g_ptr_array_index (articles, i), encoding);

  g_free (feed.outlet);
  g_free (feed.language);
  g_free (feed.author);
  return g_steal_pointer (&articles);
}
