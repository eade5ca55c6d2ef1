/* px-article-column.c — one article of the side-by-side view
 *
 * The clean text in a read-only text view, one text mark at the start of
 * each sentence, and a gutter that repeats each sentence's highlight as a
 * shape so that no highlight is told by colour alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "px-article-column"

#include "config.h"

#include <glib/gi18n.h>

#include "px-article-column.h"
#include "px-labels.h"
#include "px-sentences.h"

#define GUTTER_WIDTH 18

typedef struct {
  int start;  /* character offsets in the buffer */
  int end;
} SentenceSpan;

typedef struct {
  int y;
  int height;
  int first_line_height;
} SentenceExtent;

struct _PxArticleColumn
{
  GtkWidget          parent_instance;

  PxArticle         *article;
  guint              index;
  GArray            *spans;    /* SentenceSpan, one per sentence */
  GPtrArray         *marks;    /* GtkTextMark at each sentence's start */
  GByteArray        *highlights;
  guint              hidden;
  /* Each sentence's place in buffer coordinates: asking the text view
   * lays the paragraph out again, too slow to do on every frame. */
  GArray            *extents;  /* SentenceExtent */
  gboolean           extents_valid;
  int                allocated_width;
  double             measured_upper;

  GtkWidget         *header;
  GtkLabel          *outlet_label;
  GtkLabel          *date_label;
  GtkScrolledWindow *scroller;
  GtkTextView       *text_view;
  GtkWidget         *gutter;

  GtkTextTag        *headline_tag;
  GtkTextTag        *heading_tag;
  GtkTextTag        *quote_tag;
  GtkTextTag        *tags[PX_N_HIGHLIGHTS];
};

G_DEFINE_FINAL_TYPE (PxArticleColumn, px_article_column, GTK_TYPE_WIDGET)

static void
px_article_column_create_tags (PxArticleColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GdkRGBA color;

  self->headline_tag = gtk_text_buffer_create_tag (buffer, "headline",
                                                   "weight", PANGO_WEIGHT_BOLD,
                                                   "scale", 1.3,
                                                   "pixels-below-lines", 14,
                                                   NULL);
  self->heading_tag = gtk_text_buffer_create_tag (buffer, "heading",
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  NULL);
  self->quote_tag = gtk_text_buffer_create_tag (buffer, "quote",
                                                "style", PANGO_STYLE_ITALIC,
                                                "left-margin", 24,
                                                NULL);

  /* Tints light enough for text on them to stay readable in light and dark
   * styles; copied text is underlined as well, a second cue besides the
   * gutter bar. */
  px_highlight_get_color (PX_HIGHLIGHT_ALL, &color);
  color.alpha = 0.16f;
  self->tags[PX_HIGHLIGHT_ALL] = gtk_text_buffer_create_tag (buffer, "shared-by-all",
                                                             "background-rgba", &color,
                                                             NULL);
  px_highlight_get_color (PX_HIGHLIGHT_SOME, &color);
  color.alpha = 0.18f;
  self->tags[PX_HIGHLIGHT_SOME] = gtk_text_buffer_create_tag (buffer, "shared-by-some",
                                                              "background-rgba", &color,
                                                              NULL);
  px_highlight_get_color (PX_HIGHLIGHT_ONLY, &color);
  color.alpha = 0.13f;
  self->tags[PX_HIGHLIGHT_ONLY] = gtk_text_buffer_create_tag (buffer, "only-here",
                                                              "background-rgba", &color,
                                                              NULL);
  px_highlight_get_color (PX_HIGHLIGHT_VERBATIM, &color);
  self->tags[PX_HIGHLIGHT_VERBATIM] = gtk_text_buffer_create_tag (buffer, "word-for-word",
                                                                  "underline", PANGO_UNDERLINE_SINGLE,
                                                                  "underline-rgba", &color,
                                                                  NULL);
  self->tags[PX_HIGHLIGHT_QUOTES] = gtk_text_buffer_create_tag (buffer, "speaker-quote",
                                                                "style", PANGO_STYLE_ITALIC,
                                                                NULL);
  px_highlight_get_color (PX_HIGHLIGHT_TERMS, &color);
  self->tags[PX_HIGHLIGHT_TERMS] = gtk_text_buffer_create_tag (buffer, "framing-term",
                                                               "weight", PANGO_WEIGHT_BOLD,
                                                               "underline", PANGO_UNDERLINE_ERROR,
                                                               "underline-rgba", &color,
                                                               NULL);
  /* Copied text sits over its claim's tint. */
  gtk_text_tag_set_priority (self->tags[PX_HIGHLIGHT_VERBATIM],
                             gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (buffer)) - 1);
}

static void
px_article_column_draw_gutter (GtkDrawingArea *area,
                               cairo_t        *cr,
                               int             width,
                               int             height,
                               gpointer        data)
{
  PxArticleColumn *self = data;
  GdkRectangle visible;

  if (self->spans == NULL || self->highlights == NULL)
    return;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  for (guint s = px_article_column_get_sentence_at_y (self, visible.y); s < self->spans->len; s++)
    {
      guint8 marks = s < self->highlights->len ? self->highlights->data[s] & ~self->hidden : 0;
      int y, h, wy, line_height;

      px_article_column_get_sentence_yrange (self, s, &y, &h);
      if (y > visible.y + visible.height)
        break;
      line_height = g_array_index (self->extents, SentenceExtent, s).first_line_height;
      gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_LEFT, 0, y, NULL, &wy);

      for (PxHighlight hl = PX_HIGHLIGHT_ALL; hl <= PX_HIGHLIGHT_ONLY; hl++)
        if (marks & PX_MARK (hl))
          {
            GdkRGBA color;

            /* A thin rule along the sentence, the shape on its first line. */
            px_highlight_get_color (hl, &color);
            color.alpha = 0.35f;
            gdk_cairo_set_source_rgba (cr, &color);
            cairo_rectangle (cr, width - 3, wy, 2, MAX (h - 4, 2));
            cairo_fill (cr);
            px_highlight_draw_mark (hl, cr, width / 2.0 + 1, wy + line_height / 2.0, 8);
          }
      if (marks & PX_MARK (PX_HIGHLIGHT_VERBATIM))
        {
          GdkRGBA color;

          px_highlight_get_color (PX_HIGHLIGHT_VERBATIM, &color);
          gdk_cairo_set_source_rgba (cr, &color);
          cairo_rectangle (cr, 1, wy, 3, MAX (h - 4, 2));
          cairo_fill (cr);
        }
    }
}

static void
px_article_column_adjustment_changed (PxArticleColumn *self,
                                      GtkAdjustment   *adjustment)
{
  double upper = gtk_adjustment_get_upper (adjustment);

  /* The text's height changes as the view measures more lines. */
  if (upper != self->measured_upper)
    self->extents_valid = FALSE;
  self->measured_upper = upper;
}

static void
px_article_column_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PxArticleColumn *self = PX_ARTICLE_COLUMN (widget);

  GTK_WIDGET_CLASS (px_article_column_parent_class)->size_allocate (widget, width, height, baseline);
  /* Only a new width rewraps the text. */
  if (width != self->allocated_width)
    self->extents_valid = FALSE;
  self->allocated_width = width;
}

static void
px_article_column_dispose (GObject *object)
{
  PxArticleColumn *self = PX_ARTICLE_COLUMN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_ARTICLE_COLUMN);
  /* Template children without an id are not bound, so not disposed above. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->article);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->marks, g_ptr_array_unref);
  g_clear_pointer (&self->highlights, g_byte_array_unref);
  g_clear_pointer (&self->extents, g_array_unref);

  G_OBJECT_CLASS (px_article_column_parent_class)->dispose (object);
}

static void
px_article_column_class_init (PxArticleColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_article_column_dispose;
  widget_class->size_allocate = px_article_column_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/parallax/Parallax/px-article-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, header);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, outlet_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, date_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, text_view);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
px_article_column_init (PxArticleColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->gutter = gtk_drawing_area_new ();
  gtk_widget_set_size_request (self->gutter, GUTTER_WIDTH, -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->gutter), px_article_column_draw_gutter, self, NULL);
  gtk_text_view_set_gutter (self->text_view, GTK_TEXT_WINDOW_LEFT, self->gutter);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (gtk_widget_queue_draw), self->gutter, G_CONNECT_SWAPPED);

  /* Layout changes (more lines measured, a new width) move sentences. */
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (px_article_column_adjustment_changed), self, G_CONNECT_SWAPPED);
  self->extents = g_array_new (FALSE, FALSE, sizeof (SentenceExtent));

  px_article_column_create_tags (self);
}

GtkWidget *
px_article_column_new (void)
{
  return g_object_new (PX_TYPE_ARTICLE_COLUMN, NULL);
}

/**
 * px_article_dup_display_outlet:
 *
 * Returns: (transfer full): the name that tells @article's column apart:
 *   its outlet, else its address's host, else its file's name
 */
char *
px_article_dup_display_outlet (PxArticle *article)
{
  const char *outlet = px_article_get_outlet (article);
  const char *url = px_article_get_url (article);
  const char *path = px_article_get_path (article);

  if (outlet != NULL && *outlet != '\0')
    return g_strdup (outlet);
  if (url != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

      if (host != NULL && *host != '\0')
        return g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
    }
  if (path != NULL && *path != '\0')
    {
      g_autofree char *base = g_path_get_basename (path);
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      return g_steal_pointer (&base);
    }
  return g_strdup (_("Unknown outlet"));
}

/**
 * px_article_column_set_article:
 * @sentences: (element-type PxSentence): @article's sentences, as
 *   px_sentences_from_article() gives them
 *
 * Shows @article, the @index-th of its comparison, one mark per sentence.
 */
void
px_article_column_set_article (PxArticleColumn *self,
                               PxArticle       *article,
                               guint            index,
                               GPtrArray       *sentences)
{
  GtkTextBuffer *buffer;
  GPtrArray *paragraphs;
  guint paragraph = G_MAXUINT;
  int paragraph_start = 0;
  g_autofree char *date = NULL;
  g_autofree char *label = NULL;
  g_autofree char *outlet = NULL;
  GtkTextIter iter;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));
  g_return_if_fail (PX_IS_ARTICLE (article));
  g_return_if_fail (sentences != NULL);

  g_set_object (&self->article, article);
  self->index = index;
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->marks, g_ptr_array_unref);
  g_clear_pointer (&self->highlights, g_byte_array_unref);
  self->spans = g_array_sized_new (FALSE, FALSE, sizeof (SentenceSpan), sentences->len);
  self->marks = g_ptr_array_new_full (sentences->len, g_object_unref);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, "", 0);
  paragraphs = px_article_get_paragraphs (article);

  for (guint s = 0; s < sentences->len; s++)
    {
      PxSentence *sentence = g_ptr_array_index (sentences, s);
      SentenceSpan span;
      GtkTextTag *tag = NULL;

      if (sentence->role == PX_SENTENCE_HEADLINE)
        tag = self->headline_tag;
      else if (sentence->role == PX_SENTENCE_HEADING)
        tag = self->heading_tag;
      else if (sentence->role == PX_SENTENCE_QUOTE)
        tag = self->quote_tag;

      if (sentence->paragraph == PX_SENTENCE_NO_PARAGRAPH || sentence->paragraph >= paragraphs->len)
        {
          /* The headline stands as a paragraph of its own. */
          gtk_text_buffer_get_end_iter (buffer, &iter);
          if (gtk_text_iter_get_offset (&iter) > 0)
            gtk_text_buffer_insert (buffer, &iter, "\n", 1);
          span.start = gtk_text_iter_get_offset (&iter);
          gtk_text_buffer_insert_with_tags (buffer, &iter, sentence->text, -1, tag, NULL);
          span.end = gtk_text_iter_get_offset (&iter);
          paragraph = G_MAXUINT;
        }
      else
        {
          PxParagraph *p = g_ptr_array_index (paragraphs, sentence->paragraph);
          gsize start = MIN (sentence->start, strlen (p->text));
          gsize end = MIN (MAX (sentence->end, start), strlen (p->text));

          if (sentence->paragraph != paragraph)
            {
              gtk_text_buffer_get_end_iter (buffer, &iter);
              if (gtk_text_iter_get_offset (&iter) > 0)
                gtk_text_buffer_insert (buffer, &iter, "\n", 1);
              paragraph_start = gtk_text_iter_get_offset (&iter);
              gtk_text_buffer_insert_with_tags (buffer, &iter, p->text, -1, tag, NULL);
              paragraph = sentence->paragraph;
            }
          span.start = paragraph_start + (int) g_utf8_strlen (p->text, start);
          span.end = span.start + (int) g_utf8_strlen (p->text + start, end - start);
        }

      g_array_append_val (self->spans, span);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, span.start);
      g_ptr_array_add (self->marks, g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, &iter, TRUE)));
    }

  self->extents_valid = FALSE;
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);

  outlet = px_article_dup_display_outlet (article);
  gtk_label_set_text (self->outlet_label, outlet);
  date = px_labels_date (px_article_get_date (article));
  gtk_label_set_text (self->date_label, date != NULL ? date : _("Date unknown"));
  gtk_widget_set_tooltip_text (self->header, px_article_get_title (article));

  /* Translators: an article column's name for screen readers: outlet, headline */
  label = g_strdup_printf (_("%s: %s"), outlet,
                           px_article_get_title (article) != NULL ? px_article_get_title (article) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_queue_draw (self->gutter);
}

PxArticle *
px_article_column_get_article (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);

  return self->article;
}

guint
px_article_column_get_index (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), 0);

  return self->index;
}

GtkTextView *
px_article_column_get_text_view (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);

  return self->text_view;
}

GtkAdjustment *
px_article_column_get_vadjustment (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

guint
px_article_column_get_n_sentences (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), 0);

  return self->spans != NULL ? self->spans->len : 0;
}

void
px_article_column_get_sentence_bounds (PxArticleColumn *self,
                                       guint            sentence,
                                       GtkTextIter     *start,
                                       GtkTextIter     *end)
{
  GtkTextBuffer *buffer;
  SentenceSpan *span;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));
  g_return_if_fail (self->spans != NULL && sentence < self->spans->len);

  buffer = gtk_text_view_get_buffer (self->text_view);
  span = &g_array_index (self->spans, SentenceSpan, sentence);
  if (start != NULL)
    gtk_text_buffer_get_iter_at_mark (buffer, start, g_ptr_array_index (self->marks, sentence));
  if (end != NULL)
    gtk_text_buffer_get_iter_at_offset (buffer, end, span->end);
}

static void
measure_sentence (PxArticleColumn *self,
                  guint            sentence,
                  SentenceExtent  *extent)
{
  GtkTextIter start, end;
  GdkRectangle first, last;

  px_article_column_get_sentence_bounds (self, sentence, &start, &end);
  gtk_text_view_get_iter_location (self->text_view, &start, &first);
  if (!gtk_text_iter_equal (&start, &end))
    gtk_text_iter_backward_char (&end);
  gtk_text_view_get_iter_location (self->text_view, &end, &last);
  extent->y = first.y;
  extent->height = MAX (last.y + last.height - first.y, 1);
  extent->first_line_height = first.height;
}

/* In buffer coordinates: from the top of the sentence's first line to the
 * bottom of its last. */
void
px_article_column_get_sentence_yrange (PxArticleColumn *self,
                                       guint            sentence,
                                       int             *y,
                                       int             *height)
{
  SentenceExtent *extent;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));
  g_return_if_fail (self->spans != NULL && sentence < self->spans->len);

  if (!self->extents_valid)
    {
      /* In sentence order, so each paragraph is laid out once. */
      g_array_set_size (self->extents, self->spans->len);
      for (guint s = 0; s < self->spans->len; s++)
        measure_sentence (self, s, &g_array_index (self->extents, SentenceExtent, s));
      self->extents_valid = TRUE;
    }
  extent = &g_array_index (self->extents, SentenceExtent, sentence);
  *y = extent->y;
  *height = extent->height;
}

guint
px_article_column_get_sentence_at_iter (PxArticleColumn   *self,
                                        const GtkTextIter *iter)
{
  int offset = gtk_text_iter_get_offset (iter);
  guint lo = 0, hi;

  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), 0);

  if (self->spans == NULL || self->spans->len == 0)
    return 0;

  /* The last sentence that starts at or before @iter. */
  hi = self->spans->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->spans, SentenceSpan, mid).start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* @y in buffer coordinates. */
guint
px_article_column_get_sentence_at_y (PxArticleColumn *self,
                                     int              y)
{
  GtkTextIter iter;

  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), 0);

  gtk_text_view_get_iter_at_location (self->text_view, &iter, 0, MAX (y, 0));
  return px_article_column_get_sentence_at_iter (self, &iter);
}

GtkTextTag *
px_article_column_get_tag (PxArticleColumn *self,
                           PxHighlight      highlight)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  g_return_val_if_fail (highlight < PX_N_HIGHLIGHTS, NULL);

  return self->tags[highlight];
}

/* @marks: per sentence, the PX_MARK() bits of its highlights. */
void
px_article_column_set_marks (PxArticleColumn *self,
                             const guint8    *marks,
                             guint            n_marks)
{
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  g_clear_pointer (&self->highlights, g_byte_array_unref);
  self->highlights = g_byte_array_sized_new (n_marks);
  g_byte_array_append (self->highlights, marks, n_marks);
  gtk_widget_queue_draw (self->gutter);
}

/* @hidden: PX_MARK() bits of the categories not to draw. */
void
px_article_column_set_hidden (PxArticleColumn *self,
                              guint            hidden)
{
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  self->hidden = hidden;
  gtk_widget_queue_draw (self->gutter);
}

/* Scrolls so that @sentence's top sits at @within_page (0 top, 1 bottom)
 * of the visible height. */
void
px_article_column_scroll_to_sentence (PxArticleColumn *self,
                                      guint            sentence,
                                      double           within_page)
{
  GtkAdjustment *adjustment;
  int y, height;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  if (self->spans == NULL || sentence >= self->spans->len)
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  px_article_column_get_sentence_yrange (self, sentence, &y, &height);
  gtk_adjustment_set_value (adjustment, y - gtk_adjustment_get_page_size (adjustment) * within_page);
}
