/* px-article.h — one clean article: metadata and paragraphs with roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  PX_FORMAT_UNKNOWN,
  PX_FORMAT_HTML,
  PX_FORMAT_TEXT,
  PX_FORMAT_RSS,
  PX_FORMAT_ATOM,
  PX_FORMAT_RDF,
} PxFormat;

typedef enum {
  PX_PARAGRAPH_BODY,
  PX_PARAGRAPH_HEADING,
  PX_PARAGRAPH_QUOTE,
  PX_PARAGRAPH_CAPTION,
  PX_PARAGRAPH_LIST,
} PxParagraphRole;

/* Where an automatic value came from, weakest last; a user's override wins. */
typedef enum {
  PX_SOURCE_NONE,
  PX_SOURCE_FOLDER,
  PX_SOURCE_URL,
  PX_SOURCE_TEXT,
  PX_SOURCE_METADATA,
  PX_SOURCE_USER,
} PxValueSource;

typedef struct {
  PxParagraphRole  role;
  char            *text;
} PxParagraph;

PxParagraph *px_paragraph_new  (PxParagraphRole  role,
                                const char      *text);
void         px_paragraph_free (PxParagraph     *paragraph);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxParagraph, px_paragraph_free)

const char  *px_format_to_string         (PxFormat        format);
const char  *px_paragraph_role_to_string (PxParagraphRole role);
gboolean     px_paragraph_role_is_prose  (PxParagraphRole role);

#define PX_TYPE_ARTICLE (px_article_get_type ())

G_DECLARE_FINAL_TYPE (PxArticle, px_article, PX, ARTICLE, GObject)

PxArticle     *px_article_new                (const char      *path);

const char    *px_article_get_path           (PxArticle       *self);
void           px_article_set_path           (PxArticle       *self,
                                              const char      *path);
PxFormat       px_article_get_format         (PxArticle       *self);
void           px_article_set_format         (PxArticle       *self,
                                              PxFormat         format);
const char    *px_article_get_title          (PxArticle       *self);
void           px_article_set_title          (PxArticle       *self,
                                              const char      *title);
const char    *px_article_get_outlet         (PxArticle       *self);
PxValueSource  px_article_get_outlet_source  (PxArticle       *self);
void           px_article_set_outlet         (PxArticle       *self,
                                              const char      *outlet,
                                              PxValueSource    source);
const char    *px_article_get_found_outlet   (PxArticle       *self,
                                              PxValueSource   *source);
void           px_article_reset_outlet       (PxArticle       *self);
void           px_article_offer_outlet       (PxArticle       *self,
                                              const char      *outlet,
                                              PxValueSource    source);
const char    *px_article_get_date           (PxArticle       *self);
void           px_article_set_date           (PxArticle       *self,
                                              const char      *iso_date);
const char    *px_article_get_language       (PxArticle       *self);
void           px_article_set_language       (PxArticle       *self,
                                              const char      *language);
const char    *px_article_get_url            (PxArticle       *self);
void           px_article_set_url            (PxArticle       *self,
                                              const char      *url);
const char    *px_article_get_encoding       (PxArticle       *self);
void           px_article_set_encoding       (PxArticle       *self,
                                              const char      *encoding);
GPtrArray     *px_article_get_authors        (PxArticle       *self);
void           px_article_add_author         (PxArticle       *self,
                                              const char      *author);
GPtrArray     *px_article_get_paragraphs     (PxArticle       *self);
void           px_article_add_paragraph      (PxArticle       *self,
                                              PxParagraphRole  role,
                                              const char      *text);
void           px_article_remove_paragraph   (PxArticle       *self,
                                              guint            index);
char          *px_article_dup_text           (PxArticle       *self);
guint          px_article_count_words        (PxArticle       *self);

G_END_DECLS
