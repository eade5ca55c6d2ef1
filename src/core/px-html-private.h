/* px-html-private.h — helpers shared by the HTML extractor's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/HTMLparser.h>

#include "px-article.h"

G_BEGIN_DECLS

/* What the metadata pass learnt that the content pass can use. */
typedef struct {
  char *title;          /* the headline, site suffix stripped */
  char *outlet;
  char *language;
  char *description;    /* the page's own summary, often its standfirst */
  char *article_body;   /* JSON-LD articleBody, the longest one */
} PxHtmlMeta;

void      px_html_meta_clear        (PxHtmlMeta *meta);
void      px_html_meta_collect      (PxArticle  *article,
                                     xmlDoc     *doc,
                                     PxHtmlMeta *meta);

/* Tree helpers: every walk is iterative, so any nesting depth is safe. */
xmlNode  *px_html_next_node         (xmlNode    *node,
                                     xmlNode    *top,
                                     gboolean    descend);
const char *px_html_attr            (xmlNode    *node,
                                     const char *name);
char     *px_html_node_text         (xmlNode    *node,
                                     gsize       max_bytes);
char     *px_html_language_code     (const char *tag);

/* ASCII lower case without a function call. */
#define PX_ASCII_LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + ('a' - 'A') : (c))

/* Whether @node is an element named @name, in any case. Inline, with the
 * first letter tested before the whole name: the page walks ask this of
 * every element several times, and most answers are a miss on that letter. */
static inline gboolean
px_html_is_tag (xmlNode    *node,
                const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         PX_ASCII_LOWER (node->name[0]) == PX_ASCII_LOWER (name[0]) &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

G_END_DECLS
