/* px-plaintext.c — placeholder: first line is the title, blank lines split
 * paragraphs; to be replaced by the cue-reading extractor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-plaintext"

#include "config.h"

#include "px-plaintext.h"
#include "px-text.h"

PxArticle *
px_plaintext_extract (const char  *utf8,
                      gsize        length,
                      const char  *path,
                      GError     **error)
{
  PxArticle *article = px_article_new (path);
  g_autofree char *copy = g_strndup (utf8, length);
  g_auto(GStrv) blocks = g_regex_split_simple ("\\n\\s*\\n", copy, 0, 0);

  px_article_set_format (article, PX_FORMAT_TEXT);
  for (guint i = 0; blocks[i] != NULL; i++)
    {
      g_autofree char *clean = px_text_normalize_space (blocks[i], -1);

      if (*clean == '\0')
        continue;
      if (px_article_get_title (article) == NULL)
        px_article_set_title (article, clean);
      else
        px_article_add_paragraph (article, PX_PARAGRAPH_BODY, clean);
    }
  return article;
}
