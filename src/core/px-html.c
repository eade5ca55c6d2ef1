/* px-html.c — placeholder: takes <title> and every <p>; to be replaced by
 * the scoring extractor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-html"

#include "config.h"

#include <libxml/HTMLparser.h>

#include "px-html.h"
#include "px-text.h"

static void
px_collect (PxArticle *article,
            xmlNode   *node)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (xmlStrcasecmp (node->name, BAD_CAST "title") == 0 && px_article_get_title (article) == NULL)
        {
          g_autofree xmlChar *content = xmlNodeGetContent (node);
          g_autofree char *clean = px_text_normalize_space ((const char *) content, -1);
          px_article_set_title (article, clean);
        }
      else if (xmlStrcasecmp (node->name, BAD_CAST "p") == 0)
        {
          g_autofree xmlChar *content = xmlNodeGetContent (node);
          g_autofree char *clean = px_text_normalize_space ((const char *) content, -1);
          px_article_add_paragraph (article, PX_PARAGRAPH_BODY, clean);
        }
      else
        px_collect (article, node->children);
    }
}

void
px_html_append_fragment (PxArticle  *article,
                         const char *utf8_fragment,
                         gsize       length)
{
  htmlDocPtr doc = htmlReadMemory (utf8_fragment, (int) length, NULL, "UTF-8",
                                   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
  if (doc == NULL)
    return;
  px_collect (article, xmlDocGetRootElement (doc));
  xmlFreeDoc (doc);
}

PxArticle *
px_html_extract (const char  *utf8,
                 gsize        length,
                 const char  *path,
                 GError     **error)
{
  PxArticle *article = px_article_new (path);

  px_article_set_format (article, PX_FORMAT_HTML);
  px_html_append_fragment (article, utf8, length);
  return article;
}
