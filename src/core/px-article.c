/* px-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-article"

#include "config.h"

#include "px-article.h"

struct _PxArticle
{
  GObject        parent_instance;

  char          *path;
  PxFormat       format;
  char          *title;
  char          *outlet;
  PxValueSource  outlet_source;
  char          *found_outlet;  /* what the files said, kept under a user's override */
  PxValueSource  found_source;
  char          *date;
  char          *language;
  char          *url;
  char          *encoding;
  GPtrArray     *authors;
  GPtrArray     *paragraphs;
};

G_DEFINE_FINAL_TYPE (PxArticle, px_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OUTLET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

PxParagraph *
px_paragraph_new (PxParagraphRole  role,
                  const char      *text)
{
  PxParagraph *paragraph = g_new0 (PxParagraph, 1);

  paragraph->role = role;
  paragraph->text = g_strdup (text);
  return paragraph;
}

void
px_paragraph_free (PxParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_free (paragraph->text);
  g_free (paragraph);
}

const char *
px_format_to_string (PxFormat format)
{
  switch (format)
    {
    case PX_FORMAT_HTML: return "html";
    case PX_FORMAT_TEXT: return "text";
    case PX_FORMAT_RSS:  return "rss";
    case PX_FORMAT_ATOM: return "atom";
    case PX_FORMAT_RDF:  return "rdf";
    case PX_FORMAT_UNKNOWN:
    default:             return "unknown";
    }
}

const char *
px_paragraph_role_to_string (PxParagraphRole role)
{
  switch (role)
    {
    case PX_PARAGRAPH_HEADING: return "heading";
    case PX_PARAGRAPH_QUOTE:   return "quote";
    case PX_PARAGRAPH_CAPTION: return "caption";
    case PX_PARAGRAPH_LIST:    return "list";
    case PX_PARAGRAPH_BODY:
    default:                   return "body";
    }
}

/* Captions describe a picture, not the event: they stay visible in the
 * reading view but are not part of the article's own prose. */
gboolean
px_paragraph_role_is_prose (PxParagraphRole role)
{
  return role != PX_PARAGRAPH_CAPTION;
}

static void
px_article_finalize (GObject *object)
{
  PxArticle *self = (PxArticle *)object;

  g_free (self->path);
  g_free (self->title);
  g_free (self->outlet);
  g_free (self->found_outlet);
  g_free (self->date);
  g_free (self->language);
  g_free (self->url);
  g_free (self->encoding);
  g_clear_pointer (&self->authors, g_ptr_array_unref);
  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);

  G_OBJECT_CLASS (px_article_parent_class)->finalize (object);
}

static void
px_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PxArticle *self = PX_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_article_class_init (PxArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = px_article_finalize;
  object_class->get_property = px_article_get_property;

  /**
   * PxArticle:outlet:
   *
   * The outlet that published the article, as found or as the user set
   * it; views showing it follow its changes.
   */
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
px_article_init (PxArticle *self)
{
  self->authors = g_ptr_array_new_with_free_func (g_free);
  self->paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_paragraph_free);
}

PxArticle *
px_article_new (const char *path)
{
  PxArticle *self = g_object_new (PX_TYPE_ARTICLE, NULL);

  self->path = g_strdup (path);
  return self;
}

#define PX_ARTICLE_STRING_ACCESSORS(field)                                  \
  const char *                                                              \
  px_article_get_##field (PxArticle *self)                                  \
  {                                                                         \
    g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);                      \
    return self->field;                                                     \
  }                                                                         \
  void                                                                      \
  px_article_set_##field (PxArticle  *self,                                 \
                          const char *value)                                \
  {                                                                         \
    g_return_if_fail (PX_IS_ARTICLE (self));                                \
    if (value != NULL && *value == '\0')                                    \
      value = NULL;                                                         \
    if (value != self->field)                                               \
      {                                                                     \
        g_free (self->field);                                               \
        self->field = g_strdup (value);                                     \
      }                                                                     \
  }

PX_ARTICLE_STRING_ACCESSORS (path)
PX_ARTICLE_STRING_ACCESSORS (title)
PX_ARTICLE_STRING_ACCESSORS (date)
PX_ARTICLE_STRING_ACCESSORS (language)
PX_ARTICLE_STRING_ACCESSORS (url)
PX_ARTICLE_STRING_ACCESSORS (encoding)

PxFormat
px_article_get_format (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), PX_FORMAT_UNKNOWN);
  return self->format;
}

void
px_article_set_format (PxArticle *self,
                       PxFormat   format)
{
  g_return_if_fail (PX_IS_ARTICLE (self));
  self->format = format;
}

const char *
px_article_get_outlet (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->outlet;
}

PxValueSource
px_article_get_outlet_source (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), PX_SOURCE_NONE);
  return self->outlet_source;
}

void
px_article_set_outlet (PxArticle     *self,
                       const char    *outlet,
                       PxValueSource  source)
{
  g_autofree char *old = NULL;

  g_return_if_fail (PX_IS_ARTICLE (self));

  /* The first override keeps the automatic value so it can come back. */
  if (source == PX_SOURCE_USER && self->outlet_source != PX_SOURCE_USER)
    {
      g_free (self->found_outlet);
      self->found_outlet = g_steal_pointer (&self->outlet);
      self->found_source = self->outlet_source;
    }

  old = g_steal_pointer (&self->outlet);
  self->outlet = (outlet != NULL && *outlet != '\0') ? g_strstrip (g_strdup (outlet)) : NULL;
  self->outlet_source = self->outlet != NULL ? source : PX_SOURCE_NONE;
  if (g_strcmp0 (old, self->outlet) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

/**
 * px_article_get_found_outlet:
 * @source: (out) (optional): where the automatic value came from
 *
 * Returns: (nullable): the outlet the files name, whatever the user set
 */
const char *
px_article_get_found_outlet (PxArticle     *self,
                             PxValueSource *source)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);

  if (self->outlet_source != PX_SOURCE_USER)
    {
      if (source != NULL)
        *source = self->outlet_source;
      return self->outlet;
    }

  if (source != NULL)
    *source = self->found_source;
  return self->found_outlet;
}

/**
 * px_article_reset_outlet:
 *
 * Drops a user's override and brings back the outlet the files name.
 */
void
px_article_reset_outlet (PxArticle *self)
{
  g_return_if_fail (PX_IS_ARTICLE (self));

  if (self->outlet_source != PX_SOURCE_USER)
    return;

  g_free (self->outlet);
  self->outlet = g_steal_pointer (&self->found_outlet);
  self->outlet_source = self->outlet != NULL ? self->found_source : PX_SOURCE_NONE;
  self->found_source = PX_SOURCE_NONE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLET]);
}

/* Sets the outlet only when @source is stronger than what is known, so the
 * extractors can offer guesses in any order. */
void
px_article_offer_outlet (PxArticle     *self,
                         const char    *outlet,
                         PxValueSource  source)
{
  g_return_if_fail (PX_IS_ARTICLE (self));

  if (outlet == NULL || *outlet == '\0')
    return;
  if (self->outlet == NULL || source > self->outlet_source)
    px_article_set_outlet (self, outlet, source);
}

GPtrArray *
px_article_get_authors (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->authors;
}

void
px_article_add_author (PxArticle  *self,
                       const char *author)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (PX_IS_ARTICLE (self));

  if (author == NULL)
    return;
  clean = g_strstrip (g_strdup (author));
  if (*clean == '\0')
    return;
  for (guint i = 0; i < self->authors->len; i++)
    if (g_utf8_collate (g_ptr_array_index (self->authors, i), clean) == 0)
      return;
  g_ptr_array_add (self->authors, g_steal_pointer (&clean));
}

GPtrArray *
px_article_get_paragraphs (PxArticle *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);
  return self->paragraphs;
}

void
px_article_add_paragraph (PxArticle       *self,
                          PxParagraphRole  role,
                          const char      *text)
{
  g_return_if_fail (PX_IS_ARTICLE (self));

  if (text == NULL || *text == '\0')
    return;
  g_ptr_array_add (self->paragraphs, px_paragraph_new (role, text));
}

void
px_article_remove_paragraph (PxArticle *self,
                             guint      index)
{
  g_return_if_fail (PX_IS_ARTICLE (self));
  g_return_if_fail (index < self->paragraphs->len);

  g_ptr_array_remove_index (self->paragraphs, index);
}

/**
 * px_article_dup_text:
 * @self: a #PxArticle
 *
 * Returns: the article's own prose: every paragraph but captions, joined by
 *   blank lines.
 */
char *
px_article_dup_text (PxArticle *self)
{
  GString *text;

  g_return_val_if_fail (PX_IS_ARTICLE (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (self->paragraphs, i);

      if (!px_paragraph_role_is_prose (paragraph->role))
        continue;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, paragraph->text);
    }
  return g_string_free (text, FALSE);
}

guint
px_article_count_words (PxArticle *self)
{
  guint words = 0;

  g_return_val_if_fail (PX_IS_ARTICLE (self), 0);

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      PxParagraph *paragraph = g_ptr_array_index (self->paragraphs, i);
      gboolean in_word = FALSE;

      if (!px_paragraph_role_is_prose (paragraph->role))
        continue;
      for (const char *p = paragraph->text; *p; p = g_utf8_next_char (p))
        {
          gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

          if (alnum && !in_word)
            words++;
          in_word = alnum;
        }
    }
  return words;
}
