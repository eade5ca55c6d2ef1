/* px-reading-view.c — one article's clean text with its metadata
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-reading-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "px-labels.h"
#include "px-reading-view.h"

struct _PxReadingView
{
  GtkWidget          parent_instance;

  PxArticle         *article;

  GtkScrolledWindow *scroller;
  GtkLabel          *headline_label;
  GtkLabel          *byline_label;
  GtkTextView       *text_view;

  /* Indexed by PxParagraphRole. */
  GtkTextTag        *role_tags[PX_PARAGRAPH_LIST + 1];
};

G_DEFINE_FINAL_TYPE (PxReadingView, px_reading_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Text tags cannot use CSS classes, so the colours that depend on the
 * style (dimmed captions, the quote background) follow the widget's
 * foreground colour and are refreshed when the style changes, which keeps
 * them right in both light and dark. */
static void
px_reading_view_update_tag_colors (PxReadingView *self)
{
  GdkRGBA color;
  GdkRGBA dimmed;
  GdkRGBA shade;

  if (self->role_tags[PX_PARAGRAPH_CAPTION] == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  dimmed = color;
  dimmed.alpha *= 0.6f;
  shade = color;
  shade.alpha = 0.06f;

  g_object_set (self->role_tags[PX_PARAGRAPH_CAPTION], "foreground-rgba", &dimmed, NULL);
  g_object_set (self->role_tags[PX_PARAGRAPH_QUOTE], "paragraph-background-rgba", &shade, NULL);
}

static void
px_reading_view_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (px_reading_view_parent_class)->css_changed (widget, change);

  px_reading_view_update_tag_colors (PX_READING_VIEW (widget));
}

static void
px_reading_view_create_tags (PxReadingView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  self->role_tags[PX_PARAGRAPH_BODY] =
    gtk_text_buffer_create_tag (buffer, "body", NULL);
  self->role_tags[PX_PARAGRAPH_HEADING] =
    gtk_text_buffer_create_tag (buffer, "heading",
                                "weight", PANGO_WEIGHT_BOLD,
                                "scale", 1.2,
                                "pixels-above-lines", 12,
                                "pixels-below-lines", 6,
                                NULL);
  self->role_tags[PX_PARAGRAPH_QUOTE] =
    gtk_text_buffer_create_tag (buffer, "quote",
                                "style", PANGO_STYLE_ITALIC,
                                "left-margin", 24,
                                "right-margin", 24,
                                NULL);
  self->role_tags[PX_PARAGRAPH_CAPTION] =
    gtk_text_buffer_create_tag (buffer, "caption",
                                "scale", 0.88,
                                NULL);
  self->role_tags[PX_PARAGRAPH_LIST] =
    gtk_text_buffer_create_tag (buffer, "list",
                                "left-margin", 24,
                                "indent", -14,
                                "pixels-below-lines", 4,
                                NULL);
}

static void
px_reading_view_dispose (GObject *object)
{
  PxReadingView *self = PX_READING_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_READING_VIEW);
  g_clear_object (&self->article);

  G_OBJECT_CLASS (px_reading_view_parent_class)->dispose (object);
}

static void
px_reading_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PxReadingView *self = PX_READING_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_reading_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PxReadingView *self = PX_READING_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      px_reading_view_set_article (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_reading_view_class_init (PxReadingViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_reading_view_dispose;
  object_class->get_property = px_reading_view_get_property;
  object_class->set_property = px_reading_view_set_property;
  widget_class->css_changed = px_reading_view_css_changed;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         PX_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-reading-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PxReadingView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PxReadingView, headline_label);
  gtk_widget_class_bind_template_child (widget_class, PxReadingView, byline_label);
  gtk_widget_class_bind_template_child (widget_class, PxReadingView, text_view);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_reading_view_init (PxReadingView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  px_reading_view_create_tags (self);
  px_reading_view_update_tag_colors (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reading view"),
                                  -1);
}

GtkWidget *
px_reading_view_new (void)
{
  return g_object_new (PX_TYPE_READING_VIEW, NULL);
}

PxArticle *
px_reading_view_get_article (PxReadingView *self)
{
  g_return_val_if_fail (PX_IS_READING_VIEW (self), NULL);

  return self->article;
}

static void
px_reading_view_fill_buffer (PxReadingView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GPtrArray *paragraphs = px_article_get_paragraphs (self->article);
  GtkTextIter end;

  gtk_text_buffer_set_text (buffer, "", 0);

  for (guint i = 0; paragraphs != NULL && i < paragraphs->len; i++)
    {
      const PxParagraph *paragraph = g_ptr_array_index (paragraphs, i);
      g_autofree char *text = NULL;
      PxParagraphRole role = paragraph->role;

      if (role > PX_PARAGRAPH_LIST)
        role = PX_PARAGRAPH_BODY;

      if (role == PX_PARAGRAPH_LIST)
        text = g_strconcat ("•\t", paragraph->text, NULL);
      else
        text = g_strdup (paragraph->text);

      gtk_text_buffer_get_end_iter (buffer, &end);
      if (i > 0)
        gtk_text_buffer_insert (buffer, &end, "\n", 1);
      gtk_text_buffer_insert_with_tags (buffer, &end, text, -1, self->role_tags[role], NULL);
    }

  gtk_text_buffer_get_start_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
}

void
px_reading_view_set_article (PxReadingView *self,
                             PxArticle     *article)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (PX_IS_READING_VIEW (self));
  g_return_if_fail (article == NULL || PX_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  if (article != NULL)
    {
      g_autofree char *byline = px_labels_byline (article);
      const char *title = px_article_get_title (article);

      gtk_label_set_text (self->headline_label,
                          title != NULL && *title != '\0' ? title : _("Untitled article"));
      gtk_label_set_text (self->byline_label, byline);
      px_reading_view_fill_buffer (self);
    }
  else
    {
      gtk_label_set_text (self->headline_label, "");
      gtk_label_set_text (self->byline_label, "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);
    }

  /* A new article starts at its headline, not where the last one was left. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/* The shown article's fields changed (a corrected outlet, say); its text
 * and the reader's place in it did not. */
void
px_reading_view_update_byline (PxReadingView *self)
{
  g_autofree char *byline = NULL;

  g_return_if_fail (PX_IS_READING_VIEW (self));

  if (self->article == NULL)
    return;

  byline = px_labels_byline (self->article);
  gtk_label_set_text (self->byline_label, byline);
}

const char *
px_reading_view_get_headline (PxReadingView *self)
{
  g_return_val_if_fail (PX_IS_READING_VIEW (self), NULL);

  return gtk_label_get_text (self->headline_label);
}

const char *
px_reading_view_get_byline (PxReadingView *self)
{
  g_return_val_if_fail (PX_IS_READING_VIEW (self), NULL);

  return gtk_label_get_text (self->byline_label);
}

/* The text as shown, paragraphs separated by newlines. */
char *
px_reading_view_dup_text (PxReadingView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PX_IS_READING_VIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The text of every paragraph styled as @role, one per line. */
char *
px_reading_view_dup_role_text (PxReadingView   *self,
                               PxParagraphRole  role)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter iter;

  g_return_val_if_fail (PX_IS_READING_VIEW (self), NULL);
  g_return_val_if_fail (role <= PX_PARAGRAPH_LIST, NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  tag = self->role_tags[role];
  gtk_text_buffer_get_start_iter (buffer, &iter);

  while (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      GtkTextIter start = iter;
      g_autofree char *text = NULL;

      if (!gtk_text_iter_has_tag (&iter, tag))
        continue;
      gtk_text_iter_forward_to_tag_toggle (&iter, tag);
      text = gtk_text_iter_get_text (&start, &iter);
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, text);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

GtkWidget *
px_reading_view_get_text_view (PxReadingView *self)
{
  g_return_val_if_fail (PX_IS_READING_VIEW (self), NULL);

  return GTK_WIDGET (self->text_view);
}
